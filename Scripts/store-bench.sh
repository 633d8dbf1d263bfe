#!/usr/bin/env bash
# Store figures for the closing notes: decision commit latency and the progress view with 100,000
# attempts (release build in its own scratch folder), then the kill campaign. Usage: Scripts/store-bench.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
release=(-c release -Xswiftc -enable-testing --scratch-path .build-release)
swift build "${release[@]}" --build-tests >/dev/null
ALLY_STORE_BENCH=1 swift test "${release[@]}" --skip-build --filter 'StoreBenchmarks' 2>&1 \
  | grep -E 'latency|progress with|✘|Test run' || true
Scripts/kill-campaign.sh "${1:-200}"
