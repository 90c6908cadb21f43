#!/usr/bin/env bash
# Lints openapi.json with two independent tools, as generated clients and API references would read it:
# Spectral's OpenAPI rules (warnings fail too: every operation described, every tag defined) and Redocly's
# recommended rules (errors fail). Exits non-zero on a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/dev-tools.sh
ensure_npm_tools
node_modules/.bin/spectral lint openapi.json --ruleset .spectral.yaml --fail-severity warn --format text
node_modules/.bin/redocly lint openapi.json --extends recommended --format stylish
