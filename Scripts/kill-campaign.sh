#!/usr/bin/env bash
# Kill campaign: SIGKILLs store writers at random moments, then checks that no acknowledged
# decision was lost and that `PRAGMA integrity_check` is ok. Usage: Scripts/kill-campaign.sh [KILLS]
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-200}"
swift build --build-tests >/dev/null
ALLY_KILL_CAMPAIGN_KILLS="$kills" swift test --skip-build --filter 'KillCampaignTests' 2>&1 \
  | grep -E 'kill campaign:|✘|Test run' || true
