#define _GNU_SOURCE
#include "CPseudoterminal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int ally_pty_open(int *master, char *name, int name_size) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return errno;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ptsname_r(fd, name, (size_t)name_size) != 0) {
        int error = errno;
        close(fd);
        return error;
    }
    *master = fd;
    return 0;
}

int ally_pty_set_size(int fd, unsigned short columns, unsigned short rows) {
    struct winsize size = { .ws_row = rows, .ws_col = columns, .ws_xpixel = 0, .ws_ypixel = 0 };
    return ioctl(fd, TIOCSWINSZ, &size) == 0 ? 0 : errno;
}

int ally_pty_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[], const char *slave_name) {
    return ally_pty_spawn_linked(pid, path, argv, envp, slave_name, -1);
}

int ally_pty_spawn_linked(pid_t *pid, const char *path, char *const argv[], char *const envp[], const char *slave_name, int link) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    int result = posix_spawn_file_actions_init(&actions);
    if (result != 0) return result;
    result = posix_spawnattr_init(&attributes);
    if (result != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return result;
    }
    // The server's own descriptors (every other session's terminal, the listening socket) must not
    // reach a trainer: a master held open elsewhere would keep a dropped session's terminal alive.
    short flags = POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    // The class link, if any, becomes descriptor 3 (dup2 clears its close-on-exec flag). A link
    // that already is 3 is moved first: dup2 onto itself would leave the flag set.
    int moved = -1;
    if (link == ALLY_LINK_FD) {
        moved = fcntl(link, F_DUPFD_CLOEXEC, 10);
        if (moved < 0) result = errno;
        link = moved;
    }
    if (result == 0 && link >= 0) result = posix_spawn_file_actions_adddup2(&actions, link, ALLY_LINK_FD);
#if defined(__APPLE__)
    flags |= POSIX_SPAWN_CLOEXEC_DEFAULT;
#else
    if (result == 0) result = posix_spawn_file_actions_addclosefrom_np(&actions, link >= 0 ? ALLY_LINK_FD + 1 : 0);
#endif
    if (result == 0) result = posix_spawn_file_actions_addopen(&actions, 0, slave_name, O_RDWR, 0);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, 0, 1);
    if (result == 0) result = posix_spawn_file_actions_adddup2(&actions, 0, 2);
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    // The server ignores SIGPIPE (SwiftNIO does) and its threads may block signals; a trainer that
    // inherited either would not quit on SIGHUP when its connection drops.
    if (result == 0) result = posix_spawnattr_setsigmask(&attributes, &none);
    if (result == 0) result = posix_spawnattr_setsigdefault(&attributes, &all);
    if (result == 0) result = posix_spawnattr_setflags(&attributes, flags);
    if (result == 0) result = posix_spawn(pid, path, &actions, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (moved >= 0) close(moved);
    return result;
}
