#!/usr/bin/env bash
# Store figures for the closing notes: decision commit latency and the progress view with 100,000
# attempts (release build in its own scratch folder), then the kill campaign. Usage: Scripts/store-bench.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
ALLY_STORE_BENCH=1 swift test -c release -Xswiftc -enable-testing --scratch-path .build-release \
  --filter 'StoreBenchmarks' 2>&1 | grep -E 'latency|progress with|✘|Test run'
Scripts/kill-campaign.sh "${1:-200}"
