#!/usr/bin/env python3
"""What a trainer costs while it waits in a live run's lobby, and how soon a message from the server
shows on its screen.

One trainer (`ally train --class-link 3`, as `ally serve` starts it) runs on a pseudoterminal of
80x24 with this script holding the server's end of its class link. The script puts it in a live
run's lobby, then:

- idle: for SECONDS it leaves the trainer alone and reads, from /proc, the CPU time the process
  used and how often it woke up (its voluntary context switches);
- latency: 40 times, each after a random pause of 0.1 to 0.2 s, it sends a live message (a question,
  then the lobby again) and times the arrival on the terminal of the text only the new screen shows.

Usage: Scripts/live-wait-bench.py [path to the ally binary, default .build/debug/ally] [SECONDS, default 60]
"""
import os, pty, random, shutil, socket, statistics, struct, sys, tempfile, threading, time
import fcntl, termios

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ally = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build/debug/ally"))
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
content = os.path.join(root, "Tests/AllyEndToEndTests/Fixtures/class")
work = tempfile.mkdtemp(prefix="ally-live-wait.")
env = {"PATH": "/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8", "TERM": "xterm-256color", "XDG_DATA_HOME": work + "/data"}

server, trainer = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
pid, terminal = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.dup2(trainer.fileno(), 3)
    os.execve(ally, [ally, "train", "--class-link", "3", "--trainee", "bench", "--lang", "en",
                     "--content", content, "--store", work + "/ally.sqlite"], env)
trainer.close()

screen = bytearray()
arrived = threading.Condition()

def read_terminal():
    while True:
        try:
            chunk = os.read(terminal, 65536)
        except OSError:
            chunk = b""
        with arrived:
            if not chunk:
                screen.extend(b"\0EOF")
                arrived.notify_all()
                return
            screen.extend(chunk)
            arrived.notify_all()

def drain_link():
    # The trainer's reports (hello, the scenario shown) are read and dropped, as the server would take them.
    while server.recv(65536):
        pass

threading.Thread(target=read_terminal, daemon=True).start()
threading.Thread(target=drain_link, daemon=True).start()

def wait_for(marker, since, timeout=20.0):
    """The monotonic time at which `marker` had arrived on the terminal after offset `since`."""
    deadline = time.monotonic() + timeout
    with arrived:
        while screen.find(marker, since) < 0:
            if b"\0EOF" in screen:
                raise SystemExit("the trainer ended:\n" + screen.decode("utf-8", "replace")[-2000:])
            left = deadline - time.monotonic()
            if left <= 0:
                raise SystemExit("timed out waiting for %r" % marker)
            arrived.wait(left)
        return time.monotonic()

def send(message):
    with arrived:
        offset = len(screen)
    sent = time.monotonic()
    server.sendall((message + "\n").encode())
    return sent, offset

def usage():
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks   # utime + stime
    with open("/proc/%d/status" % pid) as f:
        wakeups = next(int(line.split()[1]) for line in f if line.startswith("voluntary_ctxt_switches"))
    return cpu, wakeups

lobby = '{"v":1,"t":"live.lobby","run":"live-bench","scenario":"desk-en"}'
question = '{"v":1,"t":"live.question","run":"live-bench","scenario":"desk-en","round":0,"path":[]}'
try:
    wait_for(b"Play a scenario", 0, timeout=60)
    sent, offset = send(lobby)
    wait_for(b"instructor", offset)
    cpu0, woke0 = usage()
    time.sleep(seconds)   # the measurement itself: the trainer left alone in the lobby
    cpu1, woke1 = usage()
    print("idle in the lobby for %.0f s: CPU %.3f s (%.2f%% of a core), %d wake-ups (%.1f per second)"
          % (seconds, cpu1 - cpu0, 100 * (cpu1 - cpu0) / seconds, woke1 - woke0, (woke1 - woke0) / seconds))
    delays = []
    for _ in range(20):
        for message, marker in ((question, b"Which"), (lobby, b"instructor")):
            # A message comes at any moment, not just after a frame: a random pause first.
            time.sleep(random.uniform(0.1, 0.2))
            sent, offset = send(message)
            delays.append(1000 * (wait_for(marker, offset) - sent))
    delays.sort()
    print("message to screen over %d messages: median %.1f ms, p90 %.1f ms, max %.1f ms"
          % (len(delays), statistics.median(delays), delays[int(len(delays) * 0.9)], delays[-1]))
finally:
    try:
        os.kill(pid, 15)
        os.waitpid(pid, 0)
    except OSError:
        pass
    shutil.rmtree(work, ignore_errors=True)
