/// The environment of a session's trainer, built from scratch.
///
/// Nothing the client sends gets in: `env` requests are refused, and the terminal type a client
/// names in its `pty-req` is only looked up in an allow-list. Passing client environment on was
/// soft-serve's CVE-2024-41956 (`LD_PRELOAD` and friends); Debian's `ssh` sends `LANG` and
/// `LC_*` by default, and the class's language must win over them.
public enum TrainerEnvironment {
    /// Terminal types the trainer is known to draw well on; every client in a classroom
    /// (Windows Terminal, conhost, macOS Terminal, iTerm2, GNOME and KDE terminals, tmux, screen)
    /// names one of them.
    public static let allowedTerminals: Set<String> = [
        "xterm", "xterm-256color", "xterm-color", "xterm-16color", "xterm-kitty", "xterm-ghostty",
        "screen", "screen-256color", "tmux", "tmux-256color", "rxvt-unicode", "rxvt-unicode-256color",
        "linux", "vt100", "vt220", "alacritty", "foot", "putty", "putty-256color", "konsole", "konsole-256color",
        "gnome", "gnome-256color", "wezterm", "st-256color", "ms-terminal", "cygwin",
    ]

    /// What a terminal type not on the list becomes.
    public static let fallbackTerminal = "xterm-256color"

    /// The `TERM` for a client that asked for `requested`: itself when allowed, else the fallback.
    public static func terminal(for requested: String) -> String {
        allowedTerminals.contains(requested) ? requested : fallbackTerminal
    }

    /// The whole environment of a trainer: terminal, a UTF-8 locale, and fixed paths. The class's
    /// language goes on the trainer's command line (`--lang`): a `LANG` naming a locale that is
    /// not installed would make setlocale fail as a whole and lose UTF-8; C.UTF-8 is always there.
    public static func build(term requested: String, home: String) -> [String] {
        [
            "TERM=\(terminal(for: requested))",
            "LANG=C.UTF-8",
            "PATH=/usr/local/bin:/usr/bin:/bin",
            "HOME=\(home)",
        ]
    }
}
