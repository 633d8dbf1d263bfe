#ifndef C_PSEUDOTERMINAL_H
#define C_PSEUDOTERMINAL_H

#include <sys/types.h>

/// Opens a new pseudoterminal: its master (close-on-exec, non-blocking, never our controlling
/// terminal) in *master and the path of its slave in name. Returns 0, or an errno value.
int ally_pty_open(int *master, char *name, int name_size);

/// Sets the window size a program on the terminal sees (TIOCSWINSZ; the kernel sends SIGWINCH
/// to the terminal's foreground process group). Returns 0, or an errno value.
int ally_pty_set_size(int fd, unsigned short columns, unsigned short rows);

/// Starts path with argv and envp as the leader of a new session whose controlling terminal is
/// the pseudoterminal slave at slave_name, on its standard input, output and error; every other
/// descriptor closed, no signal blocked, every disposition at its default. posix_spawn's
/// POSIX_SPAWN_SETSID runs setsid before the file actions, so the open of the slave (without
/// O_NOCTTY) by the new session leader makes it the controlling terminal. Returns 0 and the
/// child's pid in *pid, or an errno value.
int ally_pty_spawn(pid_t *pid, const char *path, char *const argv[], char *const envp[], const char *slave_name);

/// The descriptor a trainer finds its class link on.
#define ALLY_LINK_FD 3

/// ally_pty_spawn, with `link` (when not -1) open in the child as descriptor ALLY_LINK_FD: the
/// private channel on which the trainer reports to the server. Nothing else is inherited.
int ally_pty_spawn_linked(pid_t *pid, const char *path, char *const argv[], char *const envp[], const char *slave_name, int link);

#endif
