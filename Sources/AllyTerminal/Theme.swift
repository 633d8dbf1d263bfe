/// One of the eight standard terminal colours, or the terminal's own default.
///
/// Eight colours work on every colour terminal (and over SSH with any TERM), so themes use
/// only these; SVG output maps them to RGB through the theme's palette.
public enum TerminalColor: Int, CaseIterable, Hashable, Sendable {
    /// The terminal's default foreground or background.
    case terminalDefault = -1
    /// Black.
    case black = 0
    /// Red.
    case red = 1
    /// Green.
    case green = 2
    /// Yellow.
    case yellow = 3
    /// Blue.
    case blue = 4
    /// Magenta.
    case magenta = 5
    /// Cyan.
    case cyan = 6
    /// White.
    case white = 7
}

/// Foreground and background colour of a role.
public struct RoleColors: Hashable, Sendable {
    /// Text colour.
    public var foreground: TerminalColor
    /// Background colour.
    public var background: TerminalColor

    /// Creates a colour pair.
    public init(_ foreground: TerminalColor, on background: TerminalColor = .terminalDefault) {
        self.foreground = foreground
        self.background = background
    }
}

/// Maps roles to colours and attributes; shared by the ncurses backend and SVG output.
public struct Theme: Hashable, Sendable {
    /// A short name.
    public var name: String
    /// Colours per role; a missing role uses the terminal defaults.
    public var colors: [Role: RoleColors]
    /// Attributes a role always gets on top of the cell's own (how monochrome tells roles apart).
    public var attributes: [Role: TextAttributes]
    /// RGB (`#rrggbb`) for each colour in SVG output; `terminalDefault` is the page's text colour.
    public var palette: [TerminalColor: String]
    /// The SVG page background (`#rrggbb`), standing in for the terminal's default background.
    public var defaultBackground: String

    /// Creates a theme.
    public init(
        name: String, colors: [Role: RoleColors], attributes: [Role: TextAttributes],
        palette: [TerminalColor: String], defaultBackground: String
    ) {
        self.name = name
        self.colors = colors
        self.attributes = attributes
        self.palette = palette
        self.defaultBackground = defaultBackground
    }

    /// The colours of `role`.
    public func colors(for role: Role) -> RoleColors {
        colors[role] ?? RoleColors(.terminalDefault)
    }

    /// The attributes a cell of `style` is drawn with: its own plus the role's.
    public func attributes(for style: Style) -> TextAttributes {
        style.attributes.union(attributes[style.role] ?? [])
    }

    /// Whether this theme uses any colour at all.
    public var usesColor: Bool {
        colors.values.contains { $0.foreground != .terminalDefault || $0.background != .terminalDefault }
    }

    /// A dark-terminal palette (xterm-like) for SVG output.
    public static let darkPalette: [TerminalColor: String] = [
        .terminalDefault: "#d0d0d0", .black: "#1c1c1c", .red: "#e06c75", .green: "#98c379",
        .yellow: "#e5c07b", .blue: "#61afef", .magenta: "#c678dd", .cyan: "#56b6c2", .white: "#e8e8e8",
    ]

    /// The standard colour theme.
    public static let standard = Theme(
        name: "standard",
        colors: [
            .title: RoleColors(.cyan), .muted: RoleColors(.blue), .accent: RoleColors(.magenta),
            .selected: RoleColors(.black, on: .cyan), .correct: RoleColors(.green), .wrong: RoleColors(.red),
            .warning: RoleColors(.yellow), .keyHint: RoleColors(.black, on: .white), .border: RoleColors(.blue),
            .meterGood: RoleColors(.green), .meterMid: RoleColors(.yellow), .meterBad: RoleColors(.red),
        ],
        attributes: [.title: .bold, .correct: .bold, .wrong: .bold],
        palette: darkPalette,
        defaultBackground: "#1c1c1c"
    )

    /// No colour at all (`NO_COLOR`, or a terminal without colours): roles differ by attributes.
    public static let monochrome = Theme(
        name: "monochrome",
        colors: [:],
        attributes: [
            .title: .bold, .muted: .dim, .accent: .bold, .selected: .reverse, .correct: .bold,
            .wrong: [.bold, .underline], .warning: [.bold, .underline], .keyHint: .reverse,
            .meterBad: .bold,
        ],
        palette: darkPalette,
        defaultBackground: "#1c1c1c"
    )
}
