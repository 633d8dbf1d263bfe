#!/usr/bin/env python3
"""How soon the class sees a decision: real `ssh` clients in tmux play the first decision of the
class's course under `ally serve`, and the time from the key to the server's published state
(state.json in the class folder) showing it is measured per trainee; the dashboard reads that file
every half second, so it shows the decision at most 0.5 s later.

Usage: Scripts/class-link-bench.py [trainees, default 10] [path to the ally binary, default .build/debug/ally]
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
ally = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, ".build/debug/ally"))
content = os.path.join(root, "Tests/AllyEndToEndTests/Fixtures/class")
work = tempfile.mkdtemp(prefix="ally-link-bench.")
env = {"PATH": "/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8", "XDG_DATA_HOME": work + "/data"}
log = open(work + "/server.log", "w+")
server = subprocess.Popen([ally, "serve", "--class", "bench", "--port", "0", "--address", "127.0.0.1", "--code", "bench",
                           "--lang", "en", "--content", content, "--course", "class-course", "--failure-delay", "10"],
                          env=env, stdout=log, stderr=subprocess.STDOUT)
folder = work + "/data/ally/classes/bench"
socket = "ally-link-bench-%d" % os.getpid()

def wait(condition, what, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.002)
    raise SystemExit("timed out waiting for " + what)

def port():
    log.seek(0)
    for line in log.read().splitlines():
        if "listening on" in line:
            return int(line.split()[-1])

def state():
    try:
        with open(folder + "/state.json") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None

def tmux(*arguments):
    return subprocess.run(["tmux", "-L", socket, "-f", "/dev/null"] + list(arguments), env=env,
                          capture_output=True, text=True, check=True).stdout

try:
    p = wait(port, "the server")
    askpass = work + "/askpass"
    with open(askpass, "w") as f:
        f.write("#!/bin/sh\necho bench\n")
    os.chmod(askpass, 0o700)
    key = subprocess.run(["ssh-keygen", "-y", "-f", folder + "/host_ed25519_key"], capture_output=True, text=True).stdout
    with open(work + "/known_hosts", "w") as f:
        f.write("[127.0.0.1]:%d %s" % (p, key))
    client_env = "SSH_ASKPASS=%s SSH_ASKPASS_REQUIRE=force DISPLAY=:0" % askpass
    ssh = ("env %s ssh -F /dev/null -p %d -o UserKnownHostsFile=%s -o PubkeyAuthentication=no -o LogLevel=ERROR -t"
           % (client_env, p, work + "/known_hosts"))
    names = ["t%03d" % i for i in range(count)]
    for i, name in enumerate(names):
        command = "%s %s@127.0.0.1" % (ssh, name)
        if i == 0:
            tmux("new-session", "-d", "-s", "bench", "-n", name, "-x", "80", "-y", "24", command)
        else:
            tmux("new-window", "-d", "-t", "bench", "-n", name, command)
    for name in names:
        wait(lambda: "What type of customer" in tmux("capture-pane", "-p", "-t", "bench:" + name), name + " on the play screen")
    latencies = []
    screens = []
    logs = []
    for name in names:
        # Apart, so each is a lone decision (the server writes a burst of changes once, 25 ms after the last write).
        time.sleep(0.3)
        start = time.monotonic()
        tmux("send-keys", "-t", "bench:" + name, "2", "Enter")
        wait(lambda: "Right" in tmux("capture-pane", "-p", "-t", "bench:" + name), name + "'s feedback")
        screens.append((time.monotonic() - start) * 1000)
        def logged():
            log.seek(0)
            return (name + " decision 1") in log.read()
        wait(logged, name + "'s report in the log")
        logs.append((time.monotonic() - start) * 1000)
        wait(lambda: ((state() or {}).get("trainees", {}).get(name, {}).get("decisions") == 1), name + "'s decision")
        latencies.append((time.monotonic() - start) * 1000)
    # Then the whole class answers the next question at once: how long until every answer is published.
    for name in names:
        tmux("send-keys", "-t", "bench:" + name, "Enter")
    for name in names:
        wait(lambda: "Which strategy" in tmux("capture-pane", "-p", "-t", "bench:" + name), name + " on the strategy question")
    start = time.monotonic()
    for name in names:
        tmux("send-keys", "-t", "bench:" + name, "2", "Enter")
    sent = (time.monotonic() - start) * 1000
    wait(lambda: all(t.get("decisions") == 2 for t in (state() or {}).get("trainees", {}).values()), "every second decision")
    burst = (time.monotonic() - start) * 1000
    latencies.sort()
    screens.sort()
    print("key to the trainee's feedback on screen p50 %.0f ms; to the server's log line p50 %.0f ms"
          % (statistics.median(screens), statistics.median(sorted(logs))))
    final = state()
    right = sum(1 for t in final["trainees"].values() if t["judged"] >= 1)
    print("%d trainees: key to published state p50 %.0f ms, p95 %.0f ms, max %.0f ms; first decisions in the state %d of %d"
          % (count, statistics.median(latencies), latencies[int(0.95 * (len(latencies) - 1))], latencies[-1], right, count))
    print("all %d answering at once: every answer published %.0f ms after the first key (sending the keys took %.0f ms)"
          % (count, burst, sent))
finally:
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)
    server.terminate()
    server.wait()
    shutil.rmtree(work, ignore_errors=True)
