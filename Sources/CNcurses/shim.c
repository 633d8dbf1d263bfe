// Implementation of the CNcurses shim. See include/CNcurses.h for the contract.
#include "CNcurses.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/term.h>

// MARK: Globals and function-like macros.

SCREEN *ally_newterm(void) { return newterm(NULL, stdout, stdin); }

WINDOW *ally_stdscr(void) { return stdscr; }

int ally_rows(void) {
    int rows, cols;
    getmaxyx(stdscr, rows, cols);
    (void)cols;
    return rows;
}

int ally_cols(void) {
    int rows, cols;
    getmaxyx(stdscr, rows, cols);
    (void)rows;
    return cols;
}

int ally_colors(void) { return COLORS; }

int ally_color_pairs(void) { return COLOR_PAIRS; }

int ally_can_address_cursor(void) {
    // tigetstr returns (char *)-1 for "not a string capability" and NULL for "absent".
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

int ally_key_f(int n) { return KEY_F(n); }

// MARK: Drawing.

attr_t ally_attr_bits(unsigned bits, short pair) {
    attr_t attr = A_NORMAL;
    if (bits & ALLY_ATTR_BOLD) attr |= A_BOLD;
    if (bits & ALLY_ATTR_UNDERLINE) attr |= A_UNDERLINE;
    if (bits & ALLY_ATTR_REVERSE) attr |= A_REVERSE;
    if (bits & ALLY_ATTR_DIM) attr |= A_DIM;
    if (pair > 0) attr |= COLOR_PAIR(pair);
    return attr;
}

int ally_put_cell(int y, int x, const int32_t *codepoints, int count, unsigned bits, short pair) {
    wchar_t text[CCHARW_MAX + 1];
    int n = count > CCHARW_MAX ? CCHARW_MAX : count;
    if (n < 1) {
        text[0] = L' ';
        n = 1;
    } else {
        for (int i = 0; i < n; i++) text[i] = (wchar_t)codepoints[i];
    }
    text[n] = L'\0';
    cchar_t cell;
    // The pair travels separately in setcchar; the attribute word carries only the flags.
    if (setcchar(&cell, text, ally_attr_bits(bits, 0), pair, NULL) != OK) {
        // curses rejected the text (e.g. a lone combining mark): draw a visible placeholder.
        wchar_t fallback[2] = {L'?', L'\0'};
        setcchar(&cell, fallback, ally_attr_bits(bits, 0), pair, NULL);
    }
    return mvwadd_wch(stdscr, y, x, &cell);
}

// Declared by <wchar.h> only under _XOPEN_SOURCE, which the rest of the shim does not want.
extern int wcwidth(wchar_t c);
int ally_wcwidth(uint32_t codepoint) { return wcwidth((wchar_t)codepoint); }

// MARK: Input.

int ally_get_wch(uint32_t *out) {
    wint_t ch = 0;
    int rc = wget_wch(stdscr, &ch);
    *out = (uint32_t)ch;
    return rc;
}

int ally_skip_escape_sequence(void) {
    wint_t ch = 0;
    wtimeout(stdscr, 0);
    int rc = wget_wch(stdscr, &ch);
    if (rc == ERR) return 0;  // nothing waiting: the Escape key itself
    if (rc == KEY_CODE_YES) {
        ungetch((int)ch);
        return 0;
    }
    // OSC, DCS, APC, PM and SOS carry a string up to BEL or ST (a paste or a terminal's reply).
    int string = ch == ']' || ch == 'P' || ch == '_' || ch == '^' || ch == 'X';
    if (ch != '[' && ch != 'O' && !string) {  // Alt+key: Escape, then the key
        unget_wch((wchar_t)ch);
        return 0;
    }
    // curses gave ESC back because it did not know the sequence, so the rest is already queued;
    // the short wait covers a sequence split over a slow link.
    wtimeout(stdscr, 10);
    if (ch == 'O') {
        (void)wget_wch(stdscr, &ch);
        return 1;
    }
    if (string) {
        int escaped = 0;
        while (wget_wch(stdscr, &ch) == OK) {
            if (ch == 0x07 || ch == 0x9C || (escaped && ch == '\\')) return 1;
            escaped = ch == 0x1B;
        }
        return 1;
    }
    // CSI: parameter and intermediate bytes up to the final byte, however many parameters there
    // are (a limit of 32 let the tail of a long sequence leak into the name field as text).
    for (int i = 0;; i++) {
        if (wget_wch(stdscr, &ch) != OK) return 1;
        if (i == 0 && ch == 'M') {  // an X10 mouse report: three bytes follow the M
            for (int j = 0; j < 3; j++) (void)wget_wch(stdscr, &ch);
            return 1;
        }
        if (ch >= 0x40 && ch <= 0x7E) return 1;  // the final byte of a CSI sequence
        if (ch < 0x20 || ch > 0x3F) {            // not part of a sequence: it is input again
            unget_wch((wchar_t)ch);
            return 1;
        }
    }
}

// Terminals report a wheel notch as a press of button 4 (up) or 5 (down). Button 5 exists
// only with mouse version 2; under version 1 the wheel can only go up.
#ifdef BUTTON5_PRESSED
#define ALLY_WHEEL_DOWN BUTTON5_PRESSED
#else
#define ALLY_WHEEL_DOWN 0
#endif

unsigned long ally_enable_mouse(void) {
    // No click resolution: a press is reported at once instead of after mouseinterval.
    mouseinterval(0);
    return (unsigned long)mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | ALLY_WHEEL_DOWN, NULL);
}

void ally_disable_mouse(void) { mousemask(0, NULL); }

void ally_define_normal_mode_keys(void) {
    // terminfo lists the keypad-transmit sequences (ESC O A for up on xterm). A terminal that
    // ignores smkx, or a TERM that does not match the terminal, sends the normal-mode ESC [ A
    // instead; unknown, it would read as Escape (leave, quit) followed by "[A".
    static const struct { const char *sequence; int code; } keys[] = {
        {"\033[A", KEY_UP}, {"\033[B", KEY_DOWN}, {"\033[C", KEY_RIGHT}, {"\033[D", KEY_LEFT},
        {"\033[H", KEY_HOME}, {"\033[F", KEY_END}, {"\033OA", KEY_UP}, {"\033OB", KEY_DOWN},
        {"\033OC", KEY_RIGHT}, {"\033OD", KEY_LEFT}, {"\033OH", KEY_HOME}, {"\033OF", KEY_END},
        {"\033[1~", KEY_HOME}, {"\033[4~", KEY_END}, {"\033[5~", KEY_PPAGE}, {"\033[6~", KEY_NPAGE},
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if (key_defined(keys[i].sequence) == 0) define_key(keys[i].sequence, keys[i].code);
    }
}

int ally_get_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return ALLY_MOUSE_NONE;
    *x = event.x;
    *y = event.y;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return ALLY_MOUSE_CLICK;
    if (event.bstate & BUTTON4_PRESSED) return ALLY_MOUSE_WHEEL_UP;
    if (ALLY_WHEEL_DOWN != 0 && (event.bstate & ALLY_WHEEL_DOWN)) return ALLY_MOUSE_WHEEL_DOWN;
    return ALLY_MOUSE_NONE;
}

// MARK: Termination signals: a sticky flag plus a self-pipe, nothing else in the handler.

static volatile sig_atomic_t termination_signal = 0;
static int termination_pipe[2] = {-1, -1};
static int termination_installed = 0;
static const int termination_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
#define TERMINATION_COUNT (sizeof termination_signals / sizeof termination_signals[0])
static struct sigaction termination_previous[TERMINATION_COUNT];

static void on_termination(int sig) {
    int saved_errno = errno;
    termination_signal = sig;
    if (termination_pipe[1] >= 0) {
        char byte = (char)sig;
        ssize_t ignored = write(termination_pipe[1], &byte, 1);
        (void)ignored;
    }
    errno = saved_errno;
}

int ally_install_termination_handlers(void) {
    if (termination_installed) return termination_pipe[0];
    if (termination_pipe[0] < 0) {
        if (pipe(termination_pipe) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(termination_pipe[i], F_SETFL, fcntl(termination_pipe[i], F_GETFL) | O_NONBLOCK);
            fcntl(termination_pipe[i], F_SETFD, FD_CLOEXEC);
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_termination;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking poll() must wake up (EINTR) when a signal arrives.
    action.sa_flags = 0;
    for (size_t i = 0; i < TERMINATION_COUNT; i++) {
        sigaction(termination_signals[i], &action, &termination_previous[i]);
    }
    termination_installed = 1;
    return termination_pipe[0];
}

void ally_remove_termination_handlers(void) {
    if (!termination_installed) return;
    for (size_t i = 0; i < TERMINATION_COUNT; i++) {
        sigaction(termination_signals[i], &termination_previous[i], NULL);
    }
    termination_installed = 0;
}

int ally_take_termination_signal(void) {
    // Drain so poll() does not spin; the flag stays set (termination is final).
    if (termination_pipe[0] >= 0) {
        char buffer[64];
        while (read(termination_pipe[0], buffer, sizeof buffer) > 0) {}
    }
    return (int)termination_signal;
}

void ally_suspend(void) {
    // curses may have a SIGTSTP handler of its own; the stop must be the plain default one.
    struct sigaction plain, previous;
    memset(&plain, 0, sizeof plain);
    plain.sa_handler = SIG_DFL;
    sigemptyset(&plain.sa_mask);
    sigaction(SIGTSTP, &plain, &previous);
    sigset_t tstp, blocked;
    sigemptyset(&tstp);
    sigaddset(&tstp, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &tstp, &blocked);
    kill(0, SIGTSTP);  // the whole group, as the terminal's Ctrl-Z does (e.g. `swift run` above us)
    sigprocmask(SIG_SETMASK, &blocked, NULL);
    sigaction(SIGTSTP, &previous, NULL);
}

// MARK: Exit and crash safety nets.

static volatile sig_atomic_t curses_active = 0;

void ally_set_curses_active(int active) { curses_active = active ? 1 : 0; }

static void on_exit_restore(void) {
    if (curses_active) {
        curses_active = 0;
        endwin();
    }
}

void ally_register_atexit(void) {
    static int registered = 0;
    if (!registered) {
        registered = 1;
        atexit(on_exit_restore);
    }
}

static int crash_fd = -1;
static struct termios crash_termios;
static int crash_have_termios = 0;
static char crash_reset[512];
static size_t crash_reset_length = 0;
static int crash_installed = 0;
static const int crash_signals[] = {SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
#define CRASH_COUNT (sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction crash_previous[CRASH_COUNT];

static void append_reset(const char *capability) {
    char *value = tigetstr(capability);
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    if (crash_reset_length + length >= sizeof crash_reset) return;
    memcpy(crash_reset + crash_reset_length, value, length);
    crash_reset_length += length;
}

static void on_crash(int sig, siginfo_t *info, void *context) {
    (void)context;
    // Only async-signal-safe calls: write(2), tcsetattr(3), sigaction(2), raise(3).
    if (curses_active) {
        curses_active = 0;
        if (crash_fd >= 0 && crash_reset_length > 0) {
            ssize_t ignored = write(crash_fd, crash_reset, crash_reset_length);
            (void)ignored;
        }
        if (crash_fd >= 0 && crash_have_termios) tcsetattr(crash_fd, TCSADRAIN, &crash_termios);
    }
    for (size_t i = 0; i < CRASH_COUNT; i++) {
        if (crash_signals[i] == sig) sigaction(sig, &crash_previous[i], NULL);
    }
    // A fault re-executes on return and reaches the previous handler (e.g. Swift's
    // backtracer) with its real context; a signal sent by kill(2) must be re-raised.
    if (info == NULL || info->si_code <= 0) raise(sig);
}

// A stack overflow leaves no stack for a handler to run on: without a stack of its own the
// kernel kills the process at once, with the terminal still in curses' modes.
static char crash_stack[64 * 1024];

void ally_install_crash_handlers(int tty_fd) {
    if (crash_installed) return;
    crash_fd = tty_fd;
    crash_have_termios = tcgetattr(tty_fd, &crash_termios) == 0;
    // Keep an alternate stack someone else (the Swift runtime's backtracer) already set up;
    // it serves our handler as well.
    stack_t current;
    if (sigaltstack(NULL, &current) != 0 || (current.ss_flags & SS_DISABLE)) {
        stack_t ours;
        memset(&ours, 0, sizeof ours);
        ours.ss_sp = crash_stack;
        ours.ss_size = sizeof crash_stack;
        sigaltstack(&ours, NULL);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_crash;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (size_t i = 0; i < CRASH_COUNT; i++) {
        sigaction(crash_signals[i], &action, &crash_previous[i]);
    }
    crash_installed = 1;
}

void ally_capture_reset_strings(void) {
    crash_reset_length = 0;
    append_reset("sgr0");
    append_reset("cnorm");
    append_reset("rmkx");
    append_reset("rmcup");
    char *mouse = tigetstr("kmous");
    if (mouse != NULL && mouse != (char *)-1) {
        static const char mouse_off[] = "\033[?1006l\033[?1000l";
        if (crash_reset_length + sizeof mouse_off < sizeof crash_reset) {
            memcpy(crash_reset + crash_reset_length, mouse_off, sizeof mouse_off - 1);
            crash_reset_length += sizeof mouse_off - 1;
        }
    }
}

void ally_remove_crash_handlers(void) {
    if (!crash_installed) return;
    for (size_t i = 0; i < CRASH_COUNT; i++) {
        sigaction(crash_signals[i], &crash_previous[i], NULL);
    }
    crash_installed = 0;
}

// MARK: For the end-to-end test of the crash net only.

static int overflow_depth(volatile char *previous) {
    volatile char frame[1024];
    frame[0] = previous ? previous[0] + 1 : 0;
    // Not a tail call: the frame is used after the call returns.
    return overflow_depth(frame) + frame[0];
}

void ally_overflow_the_stack(void) {
    (void)overflow_depth(NULL);
}
