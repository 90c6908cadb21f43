#!/usr/bin/env bash
# The typed TypeScript client in clients/typescript, built with the repository's pinned npm tools (package.json).
#   scripts/typescript-client.sh generate   # regenerate src/schema.d.ts from openapi.json (after changing the API)
#   scripts/typescript-client.sh check      # fail when src/schema.d.ts is not what openapi.json generates (drift)
#   scripts/typescript-client.sh compile    # tsc --strict: the client and the journey, into clients/typescript/.build
#   scripts/typescript-client.sh journey    # compile, then run the journey against BASE_URL (a running local host)
set -euo pipefail
cd "$(dirname "$0")/.."
client=clients/typescript
bin=node_modules/.bin

# generate OUTPUT: the one set of generator options (README explains each).
generate() {
  "$bin/openapi-typescript" openapi.json --root-types --root-types-no-schema-prefix --output "$1" > /dev/null
}

case "${1:-}" in
  generate)
    generate "$client/src/schema.d.ts"
    echo "regenerated $client/src/schema.d.ts from openapi.json" ;;
  check)
    fresh=$(mktemp /tmp/talenthukou-schema.XXXXXX.d.ts)
    trap 'rm -f "$fresh"' EXIT
    generate "$fresh"
    if ! diff -u "$client/src/schema.d.ts" "$fresh" > "$fresh.diff"; then
      echo "$client/src/schema.d.ts is not what openapi.json generates: run scripts/typescript-client.sh generate" >&2
      head -40 "$fresh.diff" >&2; rm -f "$fresh.diff"; exit 1
    fi
    rm -f "$fresh.diff"
    echo "$client/src/schema.d.ts matches openapi.json" ;;
  compile)
    "$bin/tsc" -p "$client/journey" ;;
  journey)
    "$bin/tsc" -p "$client/journey"
    node "$client/.build/journey/journey.js" ;;
  *)
    echo "usage: $0 generate|check|compile|journey" >&2; exit 2 ;;
esac
