#!/usr/bin/env bash
# Runs the benchmark program (bench/TalentHukou.Bench) in Release against its own Azurite and maildev on free ports,
# then stops them. Options go to the program, e.g. ./bench.sh --concurrency 64 --sagas 80 --output /tmp/run2.json
# B4 (storage requests per application) gets an Azurite of its own, started only when B4 runs, with its debug log on.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/dev-tools.sh

# Does this run include B4? (--only absent: every part runs.)
only="b1,b2,b3,b4"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = "--only" ] && [ $((i + 1)) -lt ${#args[@]} ]; then only=${args[$((i + 1))]}; fi
done
runs_b4=false
case ",${only,,}," in *,b4,*) runs_b4=true ;; esac

ensure_npm_tools
work=$(mktemp -d /tmp/talenthukou-bench.XXXXXX)
blob=$(free_port); queue=$(free_port); table=$(free_port); smtp=$(free_port); web=$(free_port)
# Nothing restarts this Azurite, so it keeps its data in memory only: its periodic saves of the whole database to disk
# would only take time from its single thread, which every test host shares.
azurite_pid=$(start_azurite "$work/azurite" "$blob" "$queue" "$table" "$work/azurite.log" --inMemoryPersistence)
b4_pid=""
cleanup() {
  stop_process "$maildev_pid"; stop_process "$azurite_pid"; [ -n "$b4_pid" ] && stop_process "$b4_pid"
  wait 2>/dev/null || true; rm -rf "$work"
}
maildev_pid=$(start_maildev "$work/maildev" "$smtp" "$web" "$work/maildev.log")
trap cleanup EXIT
b4_args=()
if $runs_b4; then
  b4_blob=$(free_port); b4_queue=$(free_port); b4_table=$(free_port)
  b4_pid=$(start_azurite "$work/azurite-b4" "$b4_blob" "$b4_queue" "$b4_table" "$work/azurite-b4.log" \
    --inMemoryPersistence --debug "$work/azurite-b4-debug.log")
  b4_args=(--b4-storage "$(azurite_connection_string "$b4_blob" "$b4_queue" "$b4_table")"
    --b4-debug-log "$work/azurite-b4-debug.log")
fi

echo "==> building the bench (Release)"
dotnet build bench/TalentHukou.Bench -c Release -nologo -v quiet
echo "==> running against Azurite on ports $blob/$queue/$table, mail to maildev on $smtp"
dotnet bench/TalentHukou.Bench/bin/Release/net10.0/TalentHukou.Bench.dll \
  --storage "$(azurite_connection_string "$blob" "$queue" "$table")" \
  --smtp-port "$smtp" --maildev-url "http://127.0.0.1:$web" \
  "${b4_args[@]}" "$@"
