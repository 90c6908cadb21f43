#!/usr/bin/env bash
# Runs every test. Starts its own Azurite on free ports (so it never collides with ./run.sh) and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/dev-tools.sh

ensure_npm_tools
ensure_chromium
work=$(mktemp -d /tmp/talenthukou-test.XXXXXX)
blob=$(free_port); queue=$(free_port); table=$(free_port)
# Nothing restarts this Azurite, so it keeps its data in memory only: its periodic saves of the whole database to disk
# would only take time from its single thread, which every test host shares.
azurite_pid=$(start_azurite "$work/azurite" "$blob" "$queue" "$table" "$work/azurite.log" --inMemoryPersistence)
cleanup() { stop_process "$azurite_pid"; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

export TALENTHUKOU_TEST_STORAGE
TALENTHUKOU_TEST_STORAGE=$(azurite_connection_string "$blob" "$queue" "$table")
export TALENTHUKOU_TEST_REPO_ROOT="$PWD"

echo "==> compiling and linting the Bicep infrastructure (offline)"
bash infra/lint.sh
echo "==> building (warnings are errors)"
dotnet build TalentHukou.sln -nologo -v quiet
echo "==> checking the formatting against .editorconfig (fix with: dotnet format TalentHukou.sln)"
dotnet format TalentHukou.sln --verify-no-changes --no-restore
echo "==> testing against Azurite on ports $blob/$queue/$table"
set +e
# A test hanging for 15 minutes fails the run with a dump instead of holding CI to its limit.
dotnet test TalentHukou.sln --no-build -nologo --blame-hang-timeout 15m 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}

echo "==> OpenAPI lint (scripts/openapi-lint.sh: Spectral, Redocly)"
if bash scripts/openapi-lint.sh > "$work/openapi-lint.log" 2>&1; then
  echo "OpenAPI lint: 1 passed, 0 failed"; lint_passed=1
else
  echo "OpenAPI lint: 0 passed, 1 failed"; cat "$work/openapi-lint.log"; lint_passed=0; status=1
fi

echo "==> walkthrough (scripts/walkthrough.sh) through a Prism validation proxy in front of a fresh local host"
api_port=$(free_port); prism_port=$(free_port)
ASPNETCORE_ENVIRONMENT=Development LocalHost__Port="$api_port" Storage__ConnectionString="$TALENTHUKOU_TEST_STORAGE" \
  Storage__NamePrefix="walk$RANDOM" DurableTask__HubName="walk$RANDOM" Clock__Acceleration=100000 Logging__LogLevel__Default=Warning \
  setsid dotnet run --no-build --no-launch-profile --project functions/TalentHukou.LocalHost > "$work/walk-host.log" 2>&1 &
host_pid=$!
# Prism checks every request and answer against openapi.json; an error-level violation fails the walk.
setsid node_modules/.bin/prism proxy openapi.json "http://127.0.0.1:$api_port/api" -p "$prism_port" > "$work/prism.log" 2>&1 &
prism_pid=$!
if wait_for_port "$api_port" 60 "local host" && wait_for_port "$prism_port" 60 "Prism" \
  && BASE_URL="http://127.0.0.1:$prism_port" UPLOAD_BASE_URL="http://127.0.0.1:$api_port/api" bash scripts/walkthrough.sh \
  && ! grep -q "✖" "$work/prism.log"; then
  echo "Walkthrough: 1 passed, 0 failed (no contract violation reported by Prism)"
  walk_passed=1
else
  echo "Walkthrough: 0 passed, 1 failed (Prism's violations and the host log below)"
  grep -E "✖|Violation" "$work/prism.log" | tail -20; tail -40 "$work/walk-host.log"
  walk_passed=0; status=1
fi
kill -- -"$prism_pid" 2>/dev/null || true
kill -- -"$host_pid" 2>/dev/null || true
# Let the host finish shutting down while Azurite still runs: stopped later, it retries storage for minutes.
wait "$host_pid" 2>/dev/null || true
set -e
# One closing line for CI: "N passed, N failed".
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "%d passed, %d failed\n", p + walk + lint, f + (1 - walk) + (1 - lint) }' walk="$walk_passed" lint="$lint_passed" "$work/test.log"
exit "$status"
