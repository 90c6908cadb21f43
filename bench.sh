#!/usr/bin/env bash
# Runs the benchmark program (bench/TalentHukou.Bench) in Release against its own Azurite and maildev on free ports,
# then stops them. Options go to the program, e.g. ./bench.sh --concurrency 64 --sagas 80 --output /tmp/run2.json
set -euo pipefail
cd "$(dirname "$0")"
source scripts/dev-tools.sh

ensure_npm_tools
work=$(mktemp -d /tmp/talenthukou-bench.XXXXXX)
blob=$(free_port); queue=$(free_port); table=$(free_port); smtp=$(free_port); web=$(free_port)
# Nothing restarts this Azurite, so it keeps its data in memory only: its periodic saves of the whole database to disk
# would only take time from its single thread, which every test host shares.
azurite_pid=$(start_azurite "$work/azurite" "$blob" "$queue" "$table" "$work/azurite.log" --inMemoryPersistence)
maildev_pid=$(start_maildev "$work/maildev" "$smtp" "$web" "$work/maildev.log")
cleanup() { stop_process "$maildev_pid"; stop_process "$azurite_pid"; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "==> building the bench (Release)"
dotnet build bench/TalentHukou.Bench -c Release -nologo -v quiet
echo "==> running against Azurite on ports $blob/$queue/$table, mail to maildev on $smtp"
dotnet bench/TalentHukou.Bench/bin/Release/net10.0/TalentHukou.Bench.dll \
  --storage "$(azurite_connection_string "$blob" "$queue" "$table")" --smtp-port "$smtp" "$@"
