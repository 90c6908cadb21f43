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

# stage TEXT: a stage's heading, with the seconds since the start so a slow CI run shows where its time went.
stage() { echo "==> $* (at $SECONDS s)"; }

# The Bicep lint needs nothing the build makes, so it runs beside the build; its output follows the build's.
bash infra/lint.sh > "$work/bicep-lint.log" 2>&1 &
bicep_pid=$!
stage "building (warnings are errors, the .editorconfig's code style included: EnforceCodeStyleInBuild)"
dotnet build TalentHukou.sln -nologo -v quiet
stage "compiling and linting the Bicep infrastructure (offline)"
bicep_status=0; wait "$bicep_pid" || bicep_status=$?
cat "$work/bicep-lint.log"; [ "$bicep_status" = 0 ] || exit "$bicep_status"
# The build checked the code style rules; whitespace is the rest of what dotnet format checks, and needs no build.
stage "checking the whitespace against .editorconfig (fix with: dotnet format TalentHukou.sln)"
dotnet format whitespace . --folder --verify-no-changes --exclude node_modules .tools '**/bin' '**/obj'
stage "testing against Azurite on ports $blob/$queue/$table"
# The OpenAPI lint runs meanwhile: it only reads openapi.json.
set +e
bash scripts/openapi-lint.sh > "$work/openapi-lint.log" 2>&1 &
lint_pid=$!
# A test hanging for 15 minutes fails the run with a dump instead of holding CI to its limit.
dotnet test TalentHukou.sln --no-build -nologo --blame-hang-timeout 15m 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
echo "    test assemblies done at $SECONDS s"

stage "OpenAPI lint (scripts/openapi-lint.sh: Spectral, Redocly)"
if wait "$lint_pid"; then
  echo "OpenAPI lint: 1 passed, 0 failed"; lint_passed=1
else
  echo "OpenAPI lint: 0 passed, 1 failed"; cat "$work/openapi-lint.log"; lint_passed=0; status=1
fi
stage "line length (scripts/line-length.sh: all code, tests included, no line over 120 characters)"
if { bash scripts/line-length.sh self-test && bash scripts/line-length.sh check; } > "$work/line-length.log" 2>&1; then
  echo "Line length: 1 passed, 0 failed"; lint_passed=$((lint_passed + 1))
else
  echo "Line length: 0 passed, 1 failed"; grep -v '^self-test: check' "$work/line-length.log"; status=1
fi

stage "walkthrough (scripts/walkthrough.sh) through Prism validation proxies"
echo "    at the same time against a fresh local host and against the Functions app run as a worker process by the" \
  "host harness (tests/TalentHukou.FunctionsHost)"
api_port=$(free_port); prism_port=$(free_port); fn_port=$(free_port); fn_prism_port=$(free_port)
ASPNETCORE_ENVIRONMENT=Development LocalHost__Port="$api_port" Storage__ConnectionString="$TALENTHUKOU_TEST_STORAGE" \
  Storage__NamePrefix="walk$RANDOM" DurableTask__HubName="walk$RANDOM" Clock__Acceleration=100000 \
  Logging__LogLevel__Default=Warning \
  setsid dotnet run --no-build --no-launch-profile --project functions/TalentHukou.LocalHost \
  > "$work/walk-host.log" 2>&1 &
host_pid=$!
# The harness publishes the app (cached by the Functions tests above), starts the worker with the local host's settings
# and its own test OpenID issuer; business time comes from Clock__* (the worker has no /dev/clock). The worker's walk
# is slower than the local host's, and at x100000 the e-signature window would pass while it waits (withdrawn).
AZURE_FUNCTIONS_ENVIRONMENT=Development LocalHost__Port="$fn_port" \
  Storage__ConnectionString="$TALENTHUKOU_TEST_STORAGE" \
  Storage__NamePrefix="fwalk$RANDOM" DurableTask__HubName="fwalk$RANDOM" Clock__Acceleration=100000 \
  Applications__CardGenerationDays=3650 \
  Logging__LogLevel__Default=Warning CardSigning__KeyPath="$work/functions-card-signing.pem" \
  setsid dotnet run --no-build --no-launch-profile --project tests/TalentHukou.FunctionsHost \
  > "$work/walk-functions.log" 2>&1 &
fn_pid=$!
# Prism checks every request and answer against openapi.json; an error-level violation fails the walk.
setsid node_modules/.bin/prism proxy openapi.json "http://127.0.0.1:$api_port/api" -p "$prism_port" \
  > "$work/prism.log" 2>&1 &
prism_pid=$!
setsid node_modules/.bin/prism proxy openapi.json "http://127.0.0.1:$fn_port/api" -p "$fn_prism_port" \
  > "$work/prism-functions.log" 2>&1 &
fn_prism_pid=$!
# walk NAME API_PORT PRISM_PORT: the host answers /api/health (the harness answers 503 until the worker loaded), then
# the walk through Prism; uploads go to the host directly.
walk() {
  local name=$1 api=$2 proxy=$3 status=""
  for _ in $(seq 1 240); do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$api/api/health" || true)
    [ "$status" = 200 ] && break; sleep 0.5
  done
  [ "$status" = 200 ] || { echo "the $name did not answer /api/health within 120 s"; return 1; }
  wait_for_port "$proxy" 60 "Prism ($name)" || return 1
  BASE_URL="http://127.0.0.1:$proxy" UPLOAD_BASE_URL="http://127.0.0.1:$api/api" bash scripts/walkthrough.sh
}
walk_started=$(date +%s)
walk "local host" "$api_port" "$prism_port" > "$work/walk-local.out" 2>&1 &
local_walk=$!
walk "Functions app" "$fn_port" "$fn_prism_port" > "$work/walk-functions.out" 2>&1 &
functions_walk=$!
wait "$local_walk"; local_status=$?
echo "    local host walk done after $(( $(date +%s) - walk_started )) s"
# The typed TypeScript client: drift check and its journey through its own Prism, while the Functions app still walks.
bash scripts/typescript-client.sh test "http://127.0.0.1:$api_port/api" > "$work/ts-client.out" 2>&1; client_status=$?
echo "    TypeScript client done after $(( $(date +%s) - walk_started )) s"
wait "$functions_walk"; functions_status=$?
echo "    Functions app walk done after $(( $(date +%s) - walk_started )) s"
walk_passed=0
# report NAME WALK_STATUS WALK_OUTPUT PRISM_LOG HOST_LOG → 1 when the walk passed with no contract violation
report() {
  if [ "$2" = 0 ] && ! grep -q "✖" "$4"; then
    echo "Walkthrough ($1): 1 passed, 0 failed (no contract violation reported by Prism)"; return 0
  fi
  echo "Walkthrough ($1): 0 passed, 1 failed (the walk, Prism's violations and the host log below)"
  tail -30 "$3"; grep -E "✖|Violation" "$4" | tail -20; tail -40 "$5"; return 1
}
report "local host" "$local_status" "$work/walk-local.out" "$work/prism.log" "$work/walk-host.log" \
  && walk_passed=$((walk_passed + 1))
report "Functions app" "$functions_status" "$work/walk-functions.out" "$work/prism-functions.log" \
  "$work/walk-functions.log" && walk_passed=$((walk_passed + 1))
[ "$walk_passed" = 2 ] || status=1
client_counts=$(sed -nE 's/^TypeScript client: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/p' "$work/ts-client.out")
read -r client_passed client_failed <<< "${client_counts:-0 2}"
if [ "$client_status" = 0 ]; then tail -1 "$work/ts-client.out"; else tail -60 "$work/ts-client.out"; status=1; fi
for pid in "$prism_pid" "$fn_prism_pid" "$host_pid" "$fn_pid"; do kill -- -"$pid" 2>/dev/null || true; done
# Let the hosts finish shutting down while Azurite still runs: stopped later, they retry storage for minutes.
wait "$host_pid" "$fn_pid" 2>/dev/null || true
set -e
# One closing line for CI: "N passed, N failed". An aborted test run (a crash, or a test hanging past the blame
# timeout) still prints "Passed!" for the tests it finished, so it counts as one failure of its own.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     /^Test Run Aborted/ { f++ }
     END { printf "%d passed, %d failed\n", p + walk + lint + cp, f + (2 - walk) + (2 - lint) + cf }' \
  walk="$walk_passed" lint="$lint_passed" cp="$client_passed" cf="$client_failed" "$work/test.log"
exit "$status"
