#!/usr/bin/env bash
# Startup benchmark: Ally's first interactive frame against GNU Typist's first menu frame, measured
# through a pseudo-terminal in the same run, plus `ally --version`, the shared libraries loaded,
# the resident memory of a play session and the bytes written per selection move.
#
#   Scripts/startup-bench.sh [RUNS]          (default 30 runs per startup figure)
#
# Needs python3, gtypist (sudo apt-get install gtypist), optionally valgrind, and the probe at $PTYPROBE
# (default /work/shared/tools/ptyprobe.py). Builds release into .build-release, as Scripts/install does.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-30}
PTYPROBE=${PTYPROBE:-/work/shared/tools/ptyprobe.py}
export TERM=${TERM:-xterm-256color}

# The binaries as `make install` builds them (runtime, Foundation and libstdc++ linked in).
ALLY_SCRATCH_PATH=.build-release bash Scripts/install --build-only >/dev/null
BIN=$(swift build -c release --scratch-path .build-release --static-swift-stdlib --show-bin-path)
ALLY="$BIN/ally"
command -v gtypist >/dev/null || { echo "gtypist is missing: sudo apt-get install gtypist" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/gtypist-home" "$WORK/fresh" "$WORK/remembered"
# Ally finds the bundled Content/ in the current folder (the repository root).

# A remembered name: type it once on the welcome screen.
XDG_DATA_HOME="$WORK/remembered" python3 "$PTYPROBE" keys --marker "Welcome to Ally" --keys A,n,a,enter --settle 0.5 -- "$ALLY" >/dev/null

echo "== first frame (ms), 80x24: GNU Typist and ally alternating run by run ($RUNS pairs), so drift hits both alike"
HOME="$WORK/gtypist-home" XDG_DATA_HOME="$WORK/fresh" python3 - "$PTYPROBE" "$RUNS" "$ALLY" <<'PY'
import importlib.util, statistics, sys, time
spec = importlib.util.spec_from_file_location("ptyprobe", sys.argv[1]); p = importlib.util.module_from_spec(spec); spec.loader.exec_module(p)
runs, ally = int(sys.argv[2]), sys.argv[3]
programs = {"gtypist": (["gtypist", "-t", "-q"], b"Series"), "ally": ([ally], b"Welcome to Ally")}
times = {name: [] for name in programs}
for _ in range(runs):
    for name, (cmd, marker) in programs.items():
        pid, fd = p.spawn(cmd, 80, 24)
        _, dt = p.read_until(fd, marker, 10)
        p.stop(pid, fd)
        if dt is None: sys.exit(f"{name}: marker never appeared")
        times[name].append(dt * 1000)
for name, ts in times.items():
    ts = sorted(ts)
    print(f"{name:8} min={ts[0]:.1f} median={statistics.median(ts):.1f} p90={ts[int(len(ts) * 0.9)]:.1f} max={ts[-1]:.1f}")
faster = sum(a < g for a, g in zip(times["ally"], times["gtypist"]))
print(f"ally first in {faster} of {runs} pairs; median of (ally - gtypist) = {statistics.median(a - g for a, g in zip(times['ally'], times['gtypist'])):+.1f} ms")
PY

echo "== first frame (ms), $RUNS runs each, 80x24, in blocks"
echo -n "gtypist -t -q (marker Series):                "
HOME="$WORK/gtypist-home" python3 "$PTYPROBE" startup --marker Series --runs "$RUNS" -- gtypist -t -q
# No name yet: the first run creates the store, later runs find it without a trainee in it.
echo -n "ally, no name yet (marker Welcome to Ally):    "
XDG_DATA_HOME="$WORK/fresh" python3 "$PTYPROBE" startup --marker "Welcome to Ally" --runs "$RUNS" -- "$ALLY"
echo -n "ally, remembered name (marker Welcome to Ally):"
XDG_DATA_HOME="$WORK/remembered" python3 "$PTYPROBE" startup --marker "Welcome to Ally" --runs "$RUNS" -- "$ALLY"
echo -n "ally, remembered name shown (marker Ana):      "
XDG_DATA_HOME="$WORK/remembered" python3 "$PTYPROBE" startup --marker "Ana" --runs "$RUNS" -- "$ALLY"
echo -n "gtypist again (marker Series):                 "
HOME="$WORK/gtypist-home" python3 "$PTYPROBE" startup --marker Series --runs "$RUNS" -- gtypist -t -q

echo "== instructions before the first frame (callgrind: reproducible on a noisy machine)"
if command -v valgrind >/dev/null; then
    # valgrind cannot read the release binary's 90 MB of debug info; a stripped copy runs the same code.
    strip --strip-debug -o "$WORK/ally-stripped" "$ALLY"
    XDG_DATA_HOME="$WORK/remembered" python3 - "$PTYPROBE" "$WORK" <<'PY'
import importlib.util, glob, sys
spec = importlib.util.spec_from_file_location("ptyprobe", sys.argv[1]); p = importlib.util.module_from_spec(spec); spec.loader.exec_module(p)
work = sys.argv[2]
# Everything up to the first doupdate(), where the first frame is handed to the terminal.
pid, fd = p.spawn(["valgrind", "--tool=callgrind", "--dump-before=doupdate*", f"--callgrind-out-file={work}/cg.%p",
                   f"{work}/ally-stripped"], 80, 24)
p.read_until(fd, b"Welcome to Ally", 120); p.drain(fd, 1.0); p.stop(pid, fd)
first = sorted(glob.glob(f"{work}/cg.*.1"))[0]
total = next(int(line.split()[1]) for line in open(first) if line.startswith("summary:"))
print(f"ally: {total:,} instructions before its first doupdate()")
PY
else
    echo "(valgrind is missing: sudo apt-get install valgrind)"
fi

echo "== ally --version"
python3 - "$ALLY" "$RUNS" <<'PY'
import statistics, subprocess, sys, time
ts = []
for _ in range(int(sys.argv[2])):
    t0 = time.perf_counter(); subprocess.run([sys.argv[1], "--version"], stdout=subprocess.DEVNULL, check=True)
    ts.append((time.perf_counter() - t0) * 1000)
ts.sort(); print(f"version_ms min={ts[0]:.1f} median={statistics.median(ts):.1f} max={ts[-1]:.1f}")
PY

echo "== shared libraries (ldd)"
echo "ally: $(ldd "$ALLY" | wc -l)   ally-lrs: $(ldd "$BIN/ally-lrs" | wc -l)   gtypist: $(ldd "$(command -v gtypist)" | wc -l)"
echo "ally binary: $(du -h "$ALLY" | cut -f1)"

echo "== VmRSS in a play session (kB), after the first question of the first scenario"
XDG_DATA_HOME="$WORK/remembered" python3 - "$PTYPROBE" "$ALLY" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("ptyprobe", sys.argv[1]); p = importlib.util.module_from_spec(spec); spec.loader.exec_module(p)
import os
def rss(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"): return line.split()[1]
pid, fd = p.spawn([sys.argv[2]], 80, 24)
p.read_until(fd, b"Ana", 10); p.drain(fd, 0.3)
for key in [b"\r", b"\r", b"\r"]:            # welcome -> menu -> scenario list -> first scenario
    os.write(fd, key); p.drain(fd, 0.5)
print("ally play:", rss(pid)); p.stop(pid, fd)
PY
HOME="$WORK/gtypist-home" python3 - "$PTYPROBE" <<'PY'
import importlib.util, sys
spec = importlib.util.spec_from_file_location("ptyprobe", sys.argv[1]); p = importlib.util.module_from_spec(spec); spec.loader.exec_module(p)
pid, fd = p.spawn(["gtypist", "-t", "-q"], 80, 24); p.read_until(fd, b"Series", 10); p.drain(fd, 0.3)
print("gtypist menu:", [l.split()[1] for l in open(f"/proc/{pid}/status") if l.startswith("VmRSS")][0]); p.stop(pid, fd)
PY

echo "== bytes per selection move (80x24)"
echo "ally menu:    $(XDG_DATA_HOME="$WORK/remembered" python3 "$PTYPROBE" keys --marker Ana --keys enter,down,down,down,up,up,up -- "$ALLY" | tail -2 | tr '\n' ' ')"
echo "gtypist menu: $(HOME="$WORK/gtypist-home" python3 "$PTYPROBE" keys --marker Series --keys down,down,down,up,up,up -- gtypist -t -q | tail -2 | tr '\n' ' ')"
