#!/bin/sh
# azd post-provision hook (azure.yaml): waits until every Key Vault reference in the Function App's app settings
# resolves, restarting the app while one does not, within a bound. Right after the first provision the app's Key Vault
# roles can take minutes to apply; a reference that failed then stays failed until the app restarts (or 24 hours
# pass), and the app refuses to start while any setting holds an unresolved reference (docs/deploy.md, section 5).
#
# Reads the ARM list of the app's config references (GET {app}/config/configreferences/appsettings) through
# `az rest`, so it runs with the identity azd and az are signed in with. Never prints a secret: the list has the
# setting, vault and secret names and a status only. POSIX sh and python3 (for the JSON), like scripts/smoke.sh.
#
# Environment (azd passes its environment's values): AZURE_SUBSCRIPTION_ID, AZURE_RESOURCE_GROUP,
# AZURE_FUNCTION_APP_NAME; optional KEYVAULT_REFERENCES_TIMEOUT (seconds, default 900), KEYVAULT_REFERENCES_POLL
# (seconds between checks, default 15), KEYVAULT_REFERENCES_RESTART_EVERY (seconds between restarts, default 60).
# Exit 0 when all resolve (or there are none), 1 when the bound passes first, 2 on a usage or az error.
set -eu

api_version="2024-11-01"
timeout="${KEYVAULT_REFERENCES_TIMEOUT:-900}"
poll="${KEYVAULT_REFERENCES_POLL:-15}"
restart_every="${KEYVAULT_REFERENCES_RESTART_EVERY:-60}"

for name in AZURE_SUBSCRIPTION_ID AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "key-vault-references: $name is not set (run through azd, or export it)" >&2
    exit 2
  fi
done
app="/subscriptions/$AZURE_SUBSCRIPTION_ID/resourceGroups/$AZURE_RESOURCE_GROUP"
app="$app/providers/Microsoft.Web/sites/$AZURE_FUNCTION_APP_NAME"

# Prints one line per reference that is not Resolved: "<setting> <status> <details>"; fails on a malformed answer.
unresolved() {
  python3 -c '
import json, sys
answer = json.load(sys.stdin)
for item in answer["value"]:
    props = item.get("properties") or {}
    status = props.get("status") or "Unknown"
    if status != "Resolved":
        setting = item["id"].rstrip("/").split("/")[-1]
        details = " ".join((props.get("details") or "").split())
        print(setting, status, details)
'
}

start=$(date +%s)
last_restart=0
while :; do
  if ! answer=$(az rest --method get \
      --url "$app/config/configreferences/appsettings?api-version=$api_version" 2>&1); then
    echo "key-vault-references: az rest failed: $answer" >&2
    exit 2
  fi
  if ! pending=$(printf '%s' "$answer" | unresolved); then
    echo "key-vault-references: unexpected answer from the configreferences API" >&2
    exit 2
  fi
  if [ -z "$pending" ]; then
    echo "key-vault-references: every Key Vault reference of $AZURE_FUNCTION_APP_NAME is resolved"
    exit 0
  fi
  now=$(date +%s)
  echo "key-vault-references: not resolved yet ($((now - start)) s):"
  printf '%s\n' "$pending" | sed 's/^/  /'
  if [ $((now - start)) -ge "$timeout" ]; then
    echo "key-vault-references: still unresolved after ${timeout} s; see docs/deploy.md, section 5" >&2
    exit 1
  fi
  # Initialized means a fetch is under way; any failure status is only retried by a restart.
  if printf '%s\n' "$pending" | grep -qv '^[^ ]* Initialized' && [ $((now - last_restart)) -ge "$restart_every" ]; then
    echo "key-vault-references: restarting $AZURE_FUNCTION_APP_NAME so the platform fetches the references again"
    if ! out=$(az rest --method post --url "$app/restart?api-version=$api_version" 2>&1); then
      echo "key-vault-references: restart failed: $out" >&2
      exit 2
    fi
    last_restart=$now
  fi
  sleep "$poll"
done
