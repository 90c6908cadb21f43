#!/usr/bin/env bash
# Shared helpers for run.sh and test.sh: npm tools, free ports, background services.
set -euo pipefail

repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# Installs the npm dev tools (Azurite, maildev) into the repo when missing or outdated.
ensure_npm_tools() {
  local root stamp want
  root=$(repo_root)
  # A content stamp, not file times: a fresh checkout (a clone or a worktree sharing node_modules) has a lock file newer
  # than node_modules without any change to it, and npm ci would then empty the tools another checkout is using.
  stamp="$root/node_modules/.talenthukou-lock.sha256"
  want=$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)
  if [ ! -x "$root/node_modules/.bin/azurite" ] || [ ! -x "$root/node_modules/.bin/maildev" ] \
    || [ ! -x "$root/node_modules/.bin/prism" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "==> installing dev tools from npm (azurite, maildev, prism, spectral, redocly)"
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}

# Installs Debian's chromium for the ops page browser test when it is missing and apt-get can (root). Never fails:
# without it that test reports itself skipped.
ensure_chromium() {
  # Chinese text in the ops console's screenshots needs a CJK font (Chromium shows boxes without one).
  if [ -x /usr/bin/chromium ] && { fc-list :lang=zh 2>/dev/null | grep -q . || [ "$(id -u)" != 0 ]; }; then return 0; fi
  if [ -x /usr/bin/chromium ] && command -v apt-get >/dev/null 2>&1; then
    { apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
          fonts-wqy-zenhei; } >/dev/null 2>&1 \
      || echo "    fonts-wqy-zenhei could not be installed; screenshots will show Chinese as boxes"
    return 0
  fi
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "==> installing Debian's chromium (headless browser test of the ops page)"
    { apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
          chromium fonts-wqy-zenhei; } >/dev/null 2>&1 \
      || echo "    chromium could not be installed; the browser test will be skipped"
  else
    echo "==> chromium missing and apt-get unavailable: the browser test will be skipped"
  fi
  return 0
}

# Prints a free loopback TCP port.
free_port() {
  node -e 'const s=require("net").createServer();
    s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for_port PORT SECONDS NAME
wait_for_port() {
  local port=$1 seconds=$2 name=$3
  for _ in $(seq 1 $((seconds * 10))); do
    port_open "$port" && return 0
    sleep 0.1
  done
  echo "error: $name did not start listening on port $port within ${seconds}s" >&2
  return 1
}

# start_azurite DATA_DIR BLOB_PORT QUEUE_PORT TABLE_PORT LOG [--inMemoryPersistence] [AZURITE_OPTION...]
# → prints the PID; fails when Azurite does not come up (its log says why). With --inMemoryPersistence nothing is
# written to DATA_DIR (Azurite refuses both). Further options go to Azurite as they are, e.g. --debug FILE (its debug
# log: every request with its headers and the string it authenticates; large, and it slows Azurite down).
start_azurite() {
  local dir=$1 blob=$2 queue=$3 table=$4 log=$5 root; root=$(repo_root)
  shift 5
  local storage=(--location "$dir")
  if [ "${1:-}" = "--inMemoryPersistence" ]; then storage=(--inMemoryPersistence); shift; else mkdir -p "$dir"; fi
  # Its own session: a Ctrl-C meant for the host must not reach it while the host still needs storage to shut down.
  setsid "$root/node_modules/.bin/azurite" --silent "${storage[@]}" --skipApiVersionCheck --loose \
    --blobPort "$blob" --queuePort "$queue" --tablePort "$table" "$@" >"$log" 2>&1 &
  local pid=$!
  if ! { wait_for_port "$blob" 30 "Azurite blob" && wait_for_port "$queue" 30 "Azurite queue" \
    && wait_for_port "$table" 30 "Azurite table"; }; then
    cat "$log" >&2
    return 1
  fi
  echo "$pid"
}

# The connection string of an Azurite instance on the given ports (well-known development account).
azurite_connection_string() {
  local blob=$1 queue=$2 table=$3 connection
  connection="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
  connection+="AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
  connection+="BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;"
  connection+="QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;"
  connection+="TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"
  echo "$connection"
}

# stop_process PID: asks the process to stop and waits up to 10 s for it to exit (then kills it), so that its files can
# be removed safely. Needed for Azurite: it is not a child of the calling shell, so `wait` does not wait for it, and
# test runs left Azurite processes behind when their data directory was removed while they were still shutting down.
stop_process() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

# start_sms_gateway WEB_PORT LOG → prints the PID. The local SMS gateway (tools/TalentHukou.SmsGateway, a development
# tool that speaks Tencent Cloud SMS's API with the development keys): inbox page and GET /api/messages on WEB_PORT.
start_sms_gateway() {
  local web=$1 log=$2 root; root=$(repo_root)
  dotnet build "$root/tools/TalentHukou.SmsGateway" -nologo -v q >"$log" 2>&1
  setsid dotnet "$root/tools/TalentHukou.SmsGateway/bin/Debug/net10.0/TalentHukou.SmsGateway.dll" \
    --urls "http://localhost:$web" >>"$log" 2>&1 &
  local pid=$!
  wait_for_port "$web" 60 "local SMS gateway"
  echo "$pid"
}

# start_maildev DATA_DIR SMTP_PORT WEB_PORT LOG → prints the PID. A local mail catcher: SMTP on SMTP_PORT,
# web inbox and REST API (GET /api/email) on WEB_PORT, both on loopback only; mail kept in DATA_DIR.
start_maildev() {
  local dir=$1 smtp=$2 web=$3 log=$4 root; root=$(repo_root)
  mkdir -p "$dir"
  setsid "$root/node_modules/.bin/maildev" --smtp "$smtp" --web "$web" --ip 127.0.0.1 --web-ip 127.0.0.1 \
    --mail-directory "$dir" >"$log" 2>&1 &
  local pid=$!
  wait_for_port "$smtp" 30 "maildev SMTP" && wait_for_port "$web" 30 "maildev web"
  echo "$pid"
}

# start_example_web PORT API_ORIGIN LOG → prints the PID. Compiles the example front end (clients/example-web, with the
# pinned tsc) and serves it on 127.0.0.1:PORT, proxying /api/* to API_ORIGIN (see clients/example-web/README.md).
start_example_web() {
  local port=$1 api=$2 log=$3 root; root=$(repo_root)
  "$root/node_modules/.bin/tsc" -p "$root/clients/example-web" >"$log" 2>&1 || { cat "$log" >&2; return 1; }
  EXAMPLE_WEB_PORT="$port" EXAMPLE_WEB_API="$api" setsid node "$root/clients/example-web/serve.mjs" >>"$log" 2>&1 &
  local pid=$!
  wait_for_port "$port" 30 "example front end" || { cat "$log" >&2; return 1; }
  echo "$pid"
}
