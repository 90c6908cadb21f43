#!/usr/bin/env bash
# The typed TypeScript client in clients/typescript, built with the repository's pinned npm tools (package.json).
#   scripts/typescript-client.sh generate   # regenerate src/schema.d.ts (and the package version) from openapi.json
#   scripts/typescript-client.sh check      # fail when they are not what openapi.json generates (drift)
#   scripts/typescript-client.sh compile    # tsc --strict: the client and the journey, into clients/typescript/.build
#   scripts/typescript-client.sh journey    # compile, then run the journey against BASE_URL (a running local host)
#   scripts/typescript-client.sh test API   # ./test.sh: check, then the journey through a Prism validation proxy in
#                                           # front of API (e.g. http://127.0.0.1:7071/api); prints "N passed, N failed"
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dev-tools.sh
client=clients/typescript
bin=node_modules/.bin

# generate OUTPUT: the one set of generator options (README explains each).
generate() {
  "$bin/openapi-typescript" openapi.json --root-types --root-types-no-schema-prefix --output "$1" > /dev/null
}

# package_version [--check]: the package's version is the contract's info.version; sets it, or fails when it differs.
package_version() {
  node -e '
    const fs = require("fs"), [file, mode] = process.argv.slice(1);
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
    const version = JSON.parse(fs.readFileSync("openapi.json", "utf8")).info.version;
    if (pkg.version === version) process.exit(0);
    if (mode === "--check") {
      console.error(`${file}: version ${pkg.version}, openapi.json: ${version}`); process.exit(1);
    }
    fs.writeFileSync(file, JSON.stringify({ ...pkg, version }, null, 2) + "\n");' "$client/package.json" "${1:-}"
}

case "${1:-}" in
  generate)
    generate "$client/src/schema.d.ts"
    package_version
    echo "regenerated $client/src/schema.d.ts and the package version from openapi.json" ;;
  check)
    fresh=$(mktemp /tmp/talenthukou-schema.XXXXXX.d.ts)
    trap 'rm -f "$fresh"' EXIT
    generate "$fresh"
    package_version --check || { echo "run scripts/typescript-client.sh generate" >&2; exit 1; }
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
  test)
    api=${2:?usage: $0 test API_URL}
    work=$(mktemp -d /tmp/talenthukou-ts-client.XXXXXX)
    # Prism checks each request and answer of the journey against openapi.json, as it does for the walkthrough.
    prism_port=$(free_port)
    setsid "$bin/prism" proxy openapi.json "$api" -p "$prism_port" > "$work/prism.log" 2>&1 &
    prism_pid=$!
    trap 'kill -- -"$prism_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
    passed=0; failed=0
    echo "==> drift: src/schema.d.ts against openapi.json"
    if bash "$0" check; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    echo "==> journey (tsc --strict, then node) through Prism in front of $api (checked after $SECONDS s)"
    if "$bin/tsc" -p "$client/journey" && echo "    compiled after $SECONDS s" && wait_for_port "$prism_port" 60 Prism \
      && BASE_URL="http://127.0.0.1:$prism_port" DIRECT_URL="$api" node "$client/.build/journey/journey.js" \
      && ! grep -q "✖" "$work/prism.log"; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1)); echo "Prism's violations:"; grep -E "✖|Violation" "$work/prism.log" | tail -20 || true
    fi
    echo "TypeScript client: $passed passed, $failed failed (drift check; strict journey through Prism; ${SECONDS} s)"
    [ "$failed" = 0 ] ;;
  *)
    echo "usage: $0 generate|check|compile|journey|test API_URL" >&2; exit 2 ;;
esac
