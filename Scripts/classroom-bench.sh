#!/usr/bin/env bash
# The classroom benchmark: `ally serve` against OpenSSH's sshd with ForceCommand as the baseline,
# the same release `ally` behind both, the same machine, alternating, with real `ssh` clients from
# ../shared/tools/classroom-bench (copied to a scratch folder; its sshd and test account are its own
# and removed at the end). Every client sits on the trainer's menu and presses j and k in turn at
# about two keys a second; a key's latency is the time to the first byte of its redraw.
# Needs root (the baseline's test account) and Debian's openssh-server (setup.sh installs it).
# Usage: Scripts/classroom-bench.sh [N list, default 10,50] [seconds of typing, default 30]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench=${CLASSROOM_BENCH:-$root/../shared/tools/classroom-bench}
ns=${1:-10,50}
duration=${2:-30}
export PATH="/opt/swift/usr/bin:$PATH"

work=$(mktemp -d /tmp/ally-classroom-bench.XXXXXX)
cp -r "$bench"/. "$work"
chmod -R u+w "$work"
cd "$root"
swift build -c release --product ally >&2
swift build -c release --product ally-classroom >&2
mkdir -p "$work/bin"
cp .build/release/ally .build/release/ally-classroom "$work/bin/"
cp -r Content "$work/bin/"
chmod -R a+rX "$work"

# The bench's typing mode needs a text field; the class trainer starts on its menu, so this adds a
# menu mode (--menu-keys) to the copy.
python3 - "$work/bench.py" <<'EOF'
import sys
p = sys.argv[1]
s = open(p).read()
def sub(old, new):
    global s
    assert old in s, old
    s = s.replace(old, new, 1)
sub('''    if not chunks:
        return b""''', '''    if not chunks:
        c.raw_got = 0
        return b""''')
sub('''    data = b"".join(chunks)
    c.raw_tail''', '''    data = b"".join(chunks)
    c.raw_got = len(data)
    c.raw_tail''')
sub('''                    if c.field_len >= a.field_max:
                        if c.pending:  # let outstanding echoes arrive first''', '''                    if a.menu_keys:
                        if c.pending:
                            c.next_key = t + 0.02
                            continue
                        ch = b"jk"[c.sent % 2]
                        tw = now()
                        os.write(c.master, bytes([ch]))
                        c.pending.append((ch, tw))
                        c.sent += 1
                    elif c.field_len >= a.field_max:
                        if c.pending:  # let outstanding echoes arrive first''')
sub('''                if plain and c.pending:
                    for b in plain:''', '''                if a.menu_keys and c.pending and getattr(c, "raw_got", 0) > 0:
                    c.lat.append(tr - c.pending[0][1])
                    c.pending.pop(0)
                elif plain and c.pending and not a.menu_keys:
                    for b in plain:''')
sub('''    g.add_argument("--marker", default="Welcome to Ally", help="text that means the session is ready")''',
    '''    g.add_argument("--marker", default="Welcome to Ally", help="text that means the session is ready")
    g.add_argument("--menu-keys", action="store_true", help="press j and k in turn; time the first output after each")''')
open(p, "w").write(s)
EOF
# The baseline runs the same trainer on the same screen: the menu, as a named trainee, one shared store.
sed -i 's#^exec @ALLY@ --content @CONTENT@#exec @ALLY@ train --content @CONTENT@ --lang en --trainee allybench#' "$work/ally-wrapper.sh.in"
echo shared > "$work/store_mode"

server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  (cd "$work" && CLS="$work" sh teardown.sh >&2) || true
}
trap cleanup EXIT
export CLS="$work" ALLY="$work/bin/ally" CONTENT="$work/bin/Content" PORT=42022
(cd "$work" && sh setup.sh >&2 && sh start_sshd.sh >&2)
mkdir -p "$work/class"
XDG_DATA_HOME="$work/class" HOME="$work" "$work/bin/ally" serve --class bench --port 42122 --address 127.0.0.1 \
  --code bench-code --content "$work/bin/Content" --lang en --max-connections 300 > "$work/ally-serve.log" 2>&1 &
server=$!
echo "$server" > "$work/ally-serve.pid"
printf '#!/bin/sh\necho bench-code\n' > "$work/askpass"
chmod 700 "$work/askpass"
until grep -q "listening on" "$work/ally-serve.log"; do sleep 0.1; done

common=(--menu-keys --marker "Play a scenario" --session-comm ally --repeat 1 --duration "$duration" --rate 2
        --idle-seconds 5 --pause 5 --max-runtime 600 --json-out "$work/results.jsonl")
for n in ${ns//,/ }; do
  python3 "$work/bench.py" --host 127.0.0.1 --port 42122 --user trainee --askpass "$work/askpass" \
    --server-pidfile "$work/ally-serve.pid" --n "$n" --label ally-serve "${common[@]}" >> "$work/table.md" 2>> "$work/bench.log"
  python3 "$work/bench.py" --host 127.0.0.1 --port 42022 --user allybench --key "$work/client_key" \
    --server-pidfile "$work/sshd.pid" --n "$n" --label sshd-forcecommand "${common[@]}" >> "$work/table.md" 2>> "$work/bench.log"
done
grep -v '^|---' "$work/table.md" | awk '!seen[$0]++'
# Memory per session: the whole server tree's PSS (trainers and the server's share) over N.
python3 - "$work/results.jsonl" <<'EOF'
import json, sys
print("\n| server | N | PSS per session (server tree / N) MiB | server process CPU s | trainers' CPU s | all ready after s |")
print("|---|---|---|---|---|---|")
for line in open(sys.argv[1]):
    r = json.loads(line)
    n = r.get("n") or 1
    comm = r.get("server_cpu_by_comm", {})
    trainers = comm.get("ally", 0)
    print(f"| {r['label']} | {n} | {r.get('server_total_pss_kb', 0) / n / 1024:.1f} | {r.get('server_cpu_s', 0) - trainers:.2f} | "
          f"{trainers:.2f} | {r.get('time_to_marker_s', {}).get('max')} |")
EOF
echo "raw results: $work/results.jsonl" >&2
