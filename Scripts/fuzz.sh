#!/bin/sh
# Fuzzes YAML → scenario → checker → engine walks (Sources/ally-fuzz) with libFuzzer for a set time.
#
#   Scripts/fuzz.sh [seconds] [jobs]      default: 300 seconds, 1 job
#
# Builds the target with -sanitize=fuzzer into .build/fuzz (kept apart from the ordinary build),
# seeds a corpus under .build/fuzz/corpus with the bundled Content/, and runs for the given time
# with a 10 s limit per input (a hang) and 2 GB of memory (a blow-up). Findings land in
# .build/fuzz/findings; replay one with `swift run ally-fuzz FILE`, and keep it under
# Tests/AllyContentTests/Broken/ with the diagnostic it must produce.
# Prints executions per second, total executions and the number of findings.
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-300}
jobs=${2:-1}
scratch=.build/fuzz
swift build --scratch-path "$scratch" --product ally-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xcc -fsanitize=fuzzer-no-link >&2
mkdir -p "$scratch/corpus" "$scratch/findings"
cp Content/en/*.yaml Content/nl/*.yaml "$scratch/corpus/"
log="$scratch/fuzz.log"
status=0
# Several jobs write their logs (fuzz-N.log) into the working folder: run from the scratch folder.
parallel=""
[ "$jobs" -gt 1 ] && parallel="-jobs=$jobs -workers=$jobs"
(cd "$scratch" && ./debug/ally-fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 $parallel -artifact_prefix=findings/ corpus) >"$log" 2>&1 || status=$?
[ "$jobs" -gt 1 ] && cat "$scratch"/fuzz-*.log >>"$log"
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
findings=$(find "$scratch/findings" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
echo "fuzzed for ${seconds} s with ${jobs} job(s): ${runs} executions, ${rate} per second, ${findings} finding(s) in ${scratch}/findings (log: ${log})"
[ "$findings" -eq 0 ] && [ "$status" -eq 0 ]
