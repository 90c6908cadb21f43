#!/usr/bin/env bash
# Post-deploy smoke check of the TalentHukou API (docs/deploy.md).
#
#   scripts/smoke.sh BASE_URL [TOKEN]
#
# BASE_URL  the API base, ending in /api: the azd output API_BASE_URL, e.g.
#           https://func-xxxx.azurewebsites.net/api, or http://localhost:7071/api locally.
# TOKEN     optional Entra ID access token for the API (any role). SMOKE_TOKEN is read when the argument is
#           absent, which keeps the token out of the shell history; either way it reaches curl through a file,
#           not its command line.
#
# Environment: SMOKE_ORIGIN  a browser origin that CORS must allow (optional), e.g. https://talent.example.gov.cn
#              SMOKE_ATTEMPTS how often /health is tried while the app starts (default 5, 15 s apart)
#
# Checks: GET /health is 200; GET /openapi.json is OpenAPI 3.x; the anonymous reads GET /contacts and
# GET /calendar/working-days?from=2026-01-05&add=1 (= 2026-01-06) answer; GET /registry/employers without a token
# is 401; with a token it is 200 or a 404 problem (not 401/403). Exits 1 on any failure, 2 on bad usage.
# Needs bash and curl; reads JSON with jq, else python3, else grep.
set -euo pipefail

usage() {
  echo "usage: scripts/smoke.sh BASE_URL [TOKEN]" \
    "  (BASE_URL ends in /api, e.g. https://<app>.azurewebsites.net/api)" >&2
  exit 2
}

[ $# -ge 1 ] && [ $# -le 2 ] || usage
base="${1%/}"
token="${2:-${SMOKE_TOKEN:-}}"
origin="${SMOKE_ORIGIN:-}"
attempts="${SMOKE_ATTEMPTS:-5}"
case "$base" in
  http://* | https://*) ;;
  *) echo "smoke: BASE_URL must start with http:// or https:// (got '$base')" >&2; usage ;;
esac
case "$attempts" in '' | *[!0-9]*) echo "smoke: SMOKE_ATTEMPTS must be a number" >&2; exit 2 ;; esac
command -v curl >/dev/null 2>&1 || { echo "smoke: curl is required" >&2; exit 2; }

if jq --version >/dev/null 2>&1; then
  json_tool=jq
elif python3 -c 'import json' >/dev/null 2>&1; then
  json_tool=python3
else
  json_tool=grep
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
warnings=0

pass() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
warn() { echo "warn  $*"; warnings=$((warnings + 1)); }

echo "smoke: $base (JSON via $json_tool$([ -n "$token" ] && echo ', with token'))"
case "$base" in
  */api) ;;
  *) warn "BASE_URL does not end in /api; the routes live under /api (azd output API_BASE_URL)" ;;
esac

if [ -n "$token" ]; then
  umask 077
  printf 'Authorization: Bearer %s\n' "$token" >"$work/auth-header"
fi

# request METHOD PATH [auth] [curl args...]: the body goes to $work/body, the headers of the last response to
# $work/headers, the status code to $status (000 when there was no answer, with curl's error in $work/error).
request() {
  local method="$1" path="$2" auth="${3:-}"
  shift 3 || shift $#
  local args=(-sS -X "$method" -o "$work/body" -D "$work/headers.raw" -w '%{http_code}' --max-time 90
    -H 'Accept: application/json, application/problem+json')
  [ "$auth" = auth ] && args+=(-H "@$work/auth-header")
  : >"$work/body"
  : >"$work/headers.raw"
  status="$(curl "${args[@]}" "$@" "$base$path" 2>"$work/error")" || status=000
  # Only the last header block (after any 100 Continue or redirect), without carriage returns.
  tr -d '\r' <"$work/headers.raw" \
    | awk '/^HTTP\//{block=""} {block=block $0 "\n"} END{printf "%s", block}' >"$work/headers"
}

header() {
  grep -i "^$1:" "$work/headers" | tail -n1 | cut -d: -f2- | sed -E 's/^[[:space:]]+//' || true
}

json_valid() {
  [ -s "$work/body" ] || return 1
  case "$json_tool" in
    jq) jq -e . "$work/body" >/dev/null 2>&1 ;;
    python3) python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$work/body" 2>/dev/null ;;
    grep) grep -Eq '^[[:space:]]*[[{]' "$work/body" ;;
  esac
}

# json_field NAME: a top-level string or number of the body ('' when absent). The grep fallback takes the first
# "NAME": "..." anywhere in the body.
json_field() {
  case "$json_tool" in
    jq) jq -r --arg k "$1" 'if type == "object" and has($k) and .[$k] != null then .[$k] | tostring else "" end' \
          "$work/body" 2>/dev/null || true ;;
    python3)
      python3 -c 'import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
v = d.get(sys.argv[2]) if isinstance(d, dict) else None
print("" if v is None else v if isinstance(v, str) else json.dumps(v))' "$work/body" "$1" 2>/dev/null || true ;;
    grep) grep -oE "\"$1\"[[:space:]]*:[[:space:]]*(\"[^\"]*\"|[0-9.]+)" "$work/body" | head -n1 |
      sed -E 's/^[^:]*:[[:space:]]*//; s/^"//; s/"$//' || true ;;
  esac
}

# json_length NAME: length of the top-level array NAME ('.' for the body itself); -1 when it is not an array;
# the grep fallback says 0 for an empty array and 1 for a non-empty one.
json_length() {
  case "$json_tool" in
    jq) jq -r --arg k "$1" '(if $k == "." then . else .[$k]? end) | if type == "array" then length else -1 end' \
          "$work/body" 2>/dev/null || echo -1 ;;
    python3)
      python3 -c 'import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
v = d if sys.argv[2] == "." else d.get(sys.argv[2]) if isinstance(d, dict) else None
print(len(v) if isinstance(v, list) else -1)' "$work/body" "$1" 2>/dev/null || echo -1 ;;
    grep)
      local prefix='^[[:space:]]*'
      [ "$1" = . ] || prefix="\"$1\"[[:space:]]*:[[:space:]]*"
      if grep -Eq "${prefix}\[[[:space:]]*\]" "$work/body"; then echo 0
      elif grep -Eq "${prefix}\[" "$work/body"; then echo 1
      else echo -1; fi ;;
  esac
}

# What went wrong, for a failure message: curl's error, or the status with the problem's title and detail.
explain() {
  if [ "$status" = 000 ]; then
    echo "no answer: $(head -c 300 "$work/error")"
    return
  fi
  local detail=""
  if json_valid; then
    detail="$(json_field title) $(json_field detail)"
    detail="${detail# }"
  else
    detail="$(head -c 200 "$work/body" | tr '\n' ' ')"
  fi
  echo "HTTP $status${detail:+: $detail}"
}

# 1. Health: storage and the durable backend reachable. Retried while the app starts (cold start, Key Vault
#    reference resolution after a deployment).
for ((try = 1; ; try++)); do
  request GET /health
  if [ "$status" = 200 ] || [ "$try" -ge "$attempts" ]; then break; fi
  echo "      /health: $(explain); trying again in 15 s ($try/$attempts)"
  sleep 15
done
if [ "$status" = 200 ] && json_valid; then
  health="$(json_field status)"
  case "$health" in
    ok) pass "GET /health: 200, status ok" ;;
    degraded)
      pass "GET /health: 200, status degraded (a non-critical dependency, such as email, is failing)"
      warn "/health is degraded" ;;
    *) fail "GET /health: 200 but status '$health' (expected ok or degraded)" ;;
  esac
else
  fail "GET /health: $(explain) (expected 200; 503 means storage or the durable backend is unreachable)"
fi

# 2. The OpenAPI document.
request GET /openapi.json
if [ "$status" != 200 ]; then
  fail "GET /openapi.json: $(explain)"
elif ! json_valid; then
  fail "GET /openapi.json: 200 but not JSON"
else
  version="$(json_field openapi)"
  case "$version" in
    3.*) pass "GET /openapi.json: OpenAPI $version" ;;
    *) fail "GET /openapi.json: 'openapi' is '${version:-missing}', expected 3.x" ;;
  esac
fi

# 3. Anonymous reads.
request GET /contacts
if [ "$status" != 200 ] || ! json_valid; then
  fail "GET /contacts: $(explain) (expected 200 JSON, anonymous)"
else
  count="$(json_length contacts)"
  if [ "$count" -le 0 ]; then
    fail "GET /contacts: no contacts array or an empty one"
  elif [ "$json_tool" != grep ] && [ "$count" -ne 12 ]; then
    pass "GET /contacts: 200"
    warn "/contacts lists $count offices; the contract has the city HRSS and the 11 district HRSS (12)"
  else
    pass "GET /contacts: 200"
  fi
fi

request GET '/calendar/working-days?from=2026-01-05&add=1'
if [ "$status" != 200 ] || ! json_valid; then
  fail "GET /calendar/working-days: $(explain) (expected 200 JSON, anonymous)"
else
  date="$(json_field date)"
  if [ "$date" = 2026-01-06 ]; then
    pass "GET /calendar/working-days?from=2026-01-05&add=1: 2026-01-06"
  else
    fail "GET /calendar/working-days?from=2026-01-05&add=1: date '${date:-missing}', expected 2026-01-06"
  fi
fi

# 4. Deny by default: a signed-in route without a token.
request GET '/registry/employers?name=x'
if [ "$status" = 401 ]; then
  challenge="$(header WWW-Authenticate)"
  case "$challenge" in
    Bearer*) pass "GET /registry/employers without a token: 401 ($challenge)" ;;
    *) pass "GET /registry/employers without a token: 401"; warn "the 401 has no 'WWW-Authenticate: Bearer' header" ;;
  esac
else
  fail "GET /registry/employers without a token: $(explain) (expected 401)"
fi

# 5. An authenticated read: 200 (a match) or 404 无符合条件的记录 as problem+json; never 401 or 403.
if [ -n "$token" ]; then
  request GET '/registry/employers?name=x' auth
  content_type="$(header Content-Type)"
  case "$status" in
    200)
      if json_valid && [ "$(json_length .)" -ge 0 ]; then
        pass "GET /registry/employers?name=x with the token: 200"
      else
        fail "GET /registry/employers?name=x with the token: 200 but not a JSON list"
      fi ;;
    404)
      case "$content_type" in
        application/problem+json*)
          pass "GET /registry/employers?name=x with the token: 404 problem ($(json_field title))" ;;
        *) fail "GET /registry/employers?name=x with the token: 404 with Content-Type '$content_type'," \
          "expected application/problem+json (is BASE_URL right?)" ;;
      esac ;;
    401) fail "GET /registry/employers with the token: the token was rejected: $(explain)" \
      "[WWW-Authenticate: $(header WWW-Authenticate)];" \
      "check its aud (the API's client id), iss (…/v2.0: a v2 token) and expiry" ;;
    403) fail "GET /registry/employers with the token: $(explain) (any signed-in caller may search)" ;;
    *) fail "GET /registry/employers with the token: $(explain) (expected 200 or 404)" ;;
  esac
else
  echo "skip  authenticated read (no TOKEN)"
fi

# 6. CORS for a browser origin (optional).
if [ -n "$origin" ]; then
  request OPTIONS /contacts "" -H "Origin: $origin" -H 'Access-Control-Request-Method: GET' \
    -H 'Access-Control-Request-Headers: authorization'
  allowed="$(header Access-Control-Allow-Origin)"
  if [ "$allowed" = "$origin" ] || [ "$allowed" = '*' ]; then
    pass "CORS preflight from $origin: allowed (HTTP $status)"
  else
    fail "CORS preflight from $origin: Access-Control-Allow-Origin is '${allowed:-absent}' (HTTP $status);" \
      "is the origin in CORS_ALLOWED_ORIGINS?"
  fi
  request GET /contacts "" -H "Origin: $origin"
  exposed="$(header Access-Control-Expose-Headers | tr '[:upper:]' '[:lower:]')"
  missing=""
  for name in location retry-after etag www-authenticate; do
    case ",${exposed// /}," in *",$name,"*) ;; *) missing="$missing $name" ;; esac
  done
  if [ -n "$missing" ]; then
    warn "CORS: Access-Control-Expose-Headers lacks:$missing; browser code cannot read them (docs/deploy.md#cors)"
  else
    pass "CORS: Location, Retry-After, ETag and WWW-Authenticate are exposed"
  fi
fi

echo
if [ "$failures" -gt 0 ]; then
  echo "smoke: FAILED ($failures failure(s), $warnings warning(s))"
  exit 1
fi
echo "smoke: passed ($warnings warning(s))"
