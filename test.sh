#!/usr/bin/env bash
# Runs every test. Starts its own Azurite on free ports (so it never collides with ./run.sh) and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/dev-tools.sh

ensure_npm_tools
work=$(mktemp -d /tmp/talenthukou-test.XXXXXX)
blob=$(free_port); queue=$(free_port); table=$(free_port)
azurite_pid=$(start_azurite "$work/azurite" "$blob" "$queue" "$table" "$work/azurite.log")
cleanup() { stop_process "$azurite_pid"; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

export TALENTHUKOU_TEST_STORAGE
TALENTHUKOU_TEST_STORAGE=$(azurite_connection_string "$blob" "$queue" "$table")
export TALENTHUKOU_TEST_AZURITE_DIR="$work/azurite" TALENTHUKOU_TEST_AZURITE_PORTS="$blob,$queue,$table"
export TALENTHUKOU_TEST_REPO_ROOT="$PWD"

echo "==> compiling and linting the Bicep infrastructure (offline)"
bash infra/lint.sh
echo "==> building (warnings are errors)"
dotnet build TalentHukou.sln -nologo -v quiet
echo "==> testing against Azurite on ports $blob/$queue/$table"
set +e
dotnet test TalentHukou.sln --no-build -nologo 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
set -e
# One closing line for CI: "N passed, N failed".
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$work/test.log"
exit "$status"
