/// CNcurses: a thin C shim over <ncursesw/curses.h>.
///
/// Swift cannot import curses' macros (A_BOLD, COLOR_PAIR, getmaxyx, KEY_F(n)),
/// its globals (stdscr, COLORS) or its varargs-free-but-struct-heavy wide-char
/// calls comfortably, so this header wraps exactly those in plain C functions
/// over plain C types. Everything else (raw, noecho, endwin, ...) Swift calls
/// directly through the included curses.h.
///
/// Not thread-safe: curses is process-global. Call everything from one thread.
#ifndef CNCURSES_H
#define CNCURSES_H

// Wide-character curses (cchar_t, wget_wch, mvadd_wch) needs these before the include.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <stdint.h>
#include <ncursesw/curses.h>

// MARK: Results and key codes (octal macros, re-exported as an enum Swift sees).

/// Result and key-code constants of curses, as plain ints.
enum {
    ALLY_OK = OK,
    ALLY_ERR = ERR,
    ALLY_KEY_CODE_YES = KEY_CODE_YES,
    ALLY_KEY_UP = KEY_UP,
    ALLY_KEY_DOWN = KEY_DOWN,
    ALLY_KEY_LEFT = KEY_LEFT,
    ALLY_KEY_RIGHT = KEY_RIGHT,
    ALLY_KEY_HOME = KEY_HOME,
    ALLY_KEY_END = KEY_END,
    ALLY_KEY_NPAGE = KEY_NPAGE,
    ALLY_KEY_PPAGE = KEY_PPAGE,
    ALLY_KEY_ENTER = KEY_ENTER,
    ALLY_KEY_BACKSPACE = KEY_BACKSPACE,
    ALLY_KEY_DC = KEY_DC,
    ALLY_KEY_BTAB = KEY_BTAB,
    ALLY_KEY_RESIZE = KEY_RESIZE,
    ALLY_KEY_MOUSE = KEY_MOUSE,
    ALLY_KEY_F0 = KEY_F0,
};

/// Our own attribute bits (stable, independent of curses' layout); see ally_attr_bits.
enum {
    ALLY_ATTR_BOLD = 1,
    ALLY_ATTR_UNDERLINE = 2,
    ALLY_ATTR_REVERSE = 4,
    ALLY_ATTR_DIM = 8,
};

// MARK: Globals and function-like macros.

/// Starts curses on stdout/stdin for $TERM (newterm, so an unknown terminal returns NULL
/// instead of exiting the process as initscr would).
SCREEN *ally_newterm(void);

/// The standard screen (the `stdscr` global).
WINDOW *ally_stdscr(void);
/// Terminal rows of stdscr (getmaxyx).
int ally_rows(void);
/// Terminal columns of stdscr (getmaxyx).
int ally_cols(void);
/// The number of colours the terminal supports (`COLORS`).
int ally_colors(void);
/// The number of colour pairs the terminal supports (`COLOR_PAIRS`).
int ally_color_pairs(void);
/// Whether the terminal can address the cursor (terminfo `cup`).
int ally_can_address_cursor(void);
/// The key code of function key `n` (`KEY_F(n)`).
int ally_key_f(int n);

// MARK: Drawing.

/// Converts ALLY_ATTR_* bits and a colour pair into a curses attr_t.
attr_t ally_attr_bits(unsigned bits, short pair);
/// Puts one cell (1..5 code points: a base plus combining marks) at row y, column x.
int ally_put_cell(int y, int x, const int32_t *codepoints, int count, unsigned bits, short pair);

// MARK: Input.

/// Reads one wide character or key code (wget_wch on stdscr). Returns OK, KEY_CODE_YES or ERR.
int ally_get_wch(uint32_t *out);
/// What ally_get_mouse found.
enum {
    ALLY_MOUSE_NONE = 0,
    ALLY_MOUSE_CLICK = 1,
    ALLY_MOUSE_WHEEL_UP = 2,
    ALLY_MOUSE_WHEEL_DOWN = 3,
};

/// After curses returned a lone ESC: reads the rest of an escape sequence curses does not know
/// (CSI or SS3: Ctrl-arrows under some TERMs, a mouse report in another format) and returns 1,
/// or returns 0 when it was the Escape key (nothing followed, or Alt+key, whose key is put back).
int ally_skip_escape_sequence(void);
/// Turns on reporting of button-1 press and click and of the wheel; returns the mask curses granted.
unsigned long ally_enable_mouse(void);
/// Turns mouse reporting off again.
void ally_disable_mouse(void);
/// Also reads the arrows, Home, End, PgUp and PgDn as sent in normal cursor mode (ESC [ A), and in
/// keypad mode, whatever terminfo says, so a mismatched TERM never turns an arrow into Escape.
void ally_define_normal_mode_keys(void);
/// Fetches the pending mouse event and its cell: a button-1 press or click, a wheel notch, or ALLY_MOUSE_NONE.
int ally_get_mouse(int *x, int *y);

// MARK: Signals, exit and crash safety (async-signal-safe parts live in shim.c).

/// Installs SIGINT/SIGTERM/SIGHUP/SIGQUIT handlers that only record the signal and write one
/// byte to a self-pipe. Returns the pipe's read end (or -1 on failure). Idempotent.
int ally_install_termination_handlers(void);
/// Restores the signal dispositions that were in place before ally_install_termination_handlers.
void ally_remove_termination_handlers(void);
/// The termination signal received so far, or 0. Sticky (termination is final); drains the pipe.
int ally_take_termination_signal(void);
/// Stops this process group as Ctrl-Z on a cooked terminal would (SIGTSTP with its default
/// action), and returns once it is continued. Without job control (an orphaned process group,
/// such as a program run directly by sshd or tmux) the kernel discards the stop and this
/// returns at once. Call it with curses ended (endwin).
void ally_suspend(void);
/// Records whether curses currently owns the terminal (for the atexit and crash nets).
void ally_set_curses_active(int active);
/// Registers (once) an atexit handler that calls endwin if curses is still active.
void ally_register_atexit(void);
/// Saves the tty modes and the terminal's reset strings so a crash (SIGSEGV, SIGILL,
/// SIGTRAP, SIGABRT, SIGBUS, SIGFPE) can put the terminal back before dying. Idempotent.
void ally_install_crash_handlers(int tty_fd);
/// Captures the terminfo strings that undo curses' screen modes (call after newterm).
void ally_capture_reset_strings(void);
/// The columns the C library (and so curses) gives a character: wcwidth(3).
int ally_wcwidth(uint32_t codepoint);
/// Restores the crash-signal dispositions saved by ally_install_crash_handlers.
void ally_remove_crash_handlers(void);
/// Recurses until the stack overflows (SIGSEGV): only for the end-to-end test that the crash
/// handler restores the terminal even then, on its alternate signal stack.
void ally_overflow_the_stack(void);

#endif
