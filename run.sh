#!/usr/bin/env bash
# Runs TalentHukou locally: Azurite (unless one already listens on 10000-10002), maildev (unless something already
# listens on 1025; inbox on http://localhost:1080), the local SMS gateway (unless something listens on 1081; SMS inbox
# on http://localhost:1081), the example front end the e-mails link to (unless something listens on 5173;
# clients/example-web on http://localhost:5173) and the local host on http://localhost:7071.
# Configuration comes from appsettings*.json and environment variables, e.g. `Clock__Acceleration=100000 ./run.sh`.
# `./run.sh --functions` runs the shipped Functions app instead, as a worker process under the host harness
# (tests/TalentHukou.FunctionsHost) on the same port, with the local host's settings; its tokens come from the harness's
# test OpenID issuer (POST /api/dev/token) and business time from the Clock__* settings only (no /api/dev/clock).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/dev-tools.sh

mode=local
case "${1:-}" in
  "") ;;
  --functions) mode=functions ;;
  *) echo "usage: ./run.sh [--functions]" >&2; exit 2 ;;
esac

started=()
host=""
# The host first (it still writes to storage while it stops), then Azurite and maildev, which run in sessions of their
# own so that Ctrl-C reaches only the host.
cleanup() {
  trap - INT TERM EXIT
  if [ -n "$host" ]; then
    # TERM, not INT: a background job of a script ignores SIGINT. Both dotnet run and the app it started.
    kill -TERM "$host" 2>/dev/null || true; pkill -TERM -P "$host" 2>/dev/null || true
    wait "$host" 2>/dev/null || true
  fi
  for pid in "${started[@]}"; do stop_process "$pid"; done
}
trap cleanup INT TERM EXIT

ensure_npm_tools
if port_open 10000 && port_open 10001 && port_open 10002; then
  echo "==> using the Azurite already listening on 10000-10002"
else
  mkdir -p .data
  echo "==> starting Azurite (data in .data/azurite, log in .data/azurite.log)"
  started+=("$(start_azurite .data/azurite 10000 10001 10002 .data/azurite.log)")
fi

if port_open 1025; then
  echo "==> using the SMTP server already listening on 1025 (mail goes there)"
else
  mkdir -p .data
  echo "==> starting maildev (SMTP on 1025, inbox on http://localhost:1080, log in .data/maildev.log)"
  started+=("$(start_maildev .data/maildev 1025 1080 .data/maildev.log)")
fi

if port_open 1081; then
  echo "==> using the SMS gateway already listening on 1081 (SMS inbox on http://localhost:1081)"
else
  mkdir -p .data
  echo "==> starting the local SMS gateway" \
    "(Tencent Cloud SMS API; SMS inbox on http://localhost:1081, log in .data/sms-gateway.log)"
  started+=("$(start_sms_gateway 1081 .data/sms-gateway.log)")
fi

if port_open 5173; then
  echo "==> something already listens on 5173: the e-mails' links go there, not to the example front end"
else
  mkdir -p .data
  echo "==> building and starting the example front end on http://localhost:5173 (log in .data/example-web.log)"
  started+=("$(start_example_web 5173 http://127.0.0.1:7071 .data/example-web.log)")
fi

if [ "$mode" = functions ]; then
  echo "==> publishing the Functions app and running it through the host harness on http://localhost:7071" \
    "(Ctrl-C stops everything)"
  export AZURE_FUNCTIONS_ENVIRONMENT="${AZURE_FUNCTIONS_ENVIRONMENT:-Development}"
  dotnet run --project tests/TalentHukou.FunctionsHost --no-launch-profile &
else
  echo "==> building and starting the local host on http://localhost:7071 (Ctrl-C stops everything)"
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  dotnet run --project functions/TalentHukou.LocalHost --no-launch-profile &
fi
host=$!
wait "$host"
