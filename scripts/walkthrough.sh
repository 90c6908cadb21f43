#!/usr/bin/env bash
# A guided walk through the whole seed process, as the front ends would do it, against a running local host.
#   Clock__Acceleration=100000 ./run.sh        # in one terminal (publicity then passes in seconds)
#   ./scripts/walkthrough.sh                   # in another; BASE_URL defaults to http://localhost:7071/api
# Prints each step with its HTTP status and where to look; exits non-zero on any unexpected answer.
set -euo pipefail

BASE="${BASE_URL:-http://localhost:7071/api}"
# Where file uploads go: ./test.sh walks through a Prism validation proxy, which cannot forward binary multipart bodies
# unchanged, so it sends uploads to the host directly.
UPLOAD="${UPLOAD_BASE_URL:-$BASE}"
WORK=$(mktemp -d /tmp/talenthukou-walk.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
RUN=$(date +%s%N | tail -c 7)
echo 0 > "$WORK/steps"

# Numbers the HTTP calls (a file, because calls run in command substitutions).
next_step() { local n=$(( $(cat "$WORK/steps") + 1 )); echo "$n" > "$WORK/steps"; echo "$n"; }

say() { printf '\n\033[1m%s\033[0m\n' "$*"; }
fail() { printf '\033[31mFAILED: %s\033[0m\n' "$*" >&2; exit 1; }

# call METHOD PATH EXPECTED_STATUS [TOKEN] [JSON_BODY] → prints the body; the status must match.
call() {
  local method=$1 path=$2 expected=$3 token=${4:-} body=${5:-}
  local args=(-s -o "$WORK/body" -w '%{http_code}' -X "$method" "$BASE/$path")
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data "$body")
  local status; status=$(curl "${args[@]}")
  printf '  %2d. %-6s /api/%-58s → %s\n' "$(next_step)" "$method" "${path:0:58}" "$status" >&2
  [ "$status" = "$expected" ] || fail "expected $expected, got $status: $(cat "$WORK/body")"
  cat "$WORK/body"
}

# $3: the verified ID number the token carries (the identity platform's claim; submissions must match it).
token() { call POST dev/token 200 "" "{\"sub\":\"$1\",\"roles\":[\"$2\"],\"idNumber\":\"${3:-}\"}" | jq -r .token; }

# poll PATH TOKEN JQ_CONDITION SECONDS → prints the body once the condition holds.
poll() {
  local path=$1 token=$2 condition=$3 seconds=${4:-120} body
  for _ in $(seq 1 $((seconds * 2))); do
    if [ -n "$token" ]; then
      body=$(curl -s "$BASE/$path" -H "Authorization: Bearer $token")
    else
      body=$(curl -s "$BASE/$path")
    fi
    if echo "$body" | jq -e "$condition" >/dev/null 2>&1; then echo "$body"; return 0; fi
    sleep 0.5
  done
  fail "GET /api/$path did not reach '$condition' within ${seconds}s: $body"
}

check_digit() { # GB 11643 check digit of a 17-digit body
  local body=$1 weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) codes=(1 0 X 9 8 7 6 5 4 3 2) sum=0
  for i in $(seq 0 16); do sum=$((sum + ${body:$i:1} * ${weights[$i]})); done
  echo "${codes[$((sum % 11))]}"
}

credit_code() { # GB 32100 check character of a 17-character body
  local body=$1 chars=0123456789ABCDEFGHJKLMNPQRTUWXY weights=(1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28) sum=0
  for i in $(seq 0 16); do local c=${body:$i:1}; local v=${chars%%"$c"*}; sum=$((sum + ${#v} * ${weights[$i]})); done
  echo "$body${chars:$(((31 - sum % 31) % 31)):1}"
}

say "0. The service (anonymous callers see the status only; ops see the details)"
call GET health 200 | jq -c . | sed 's/^/     /'
OPS=$(token "walk-ops" ops)
health=$(call GET health 200 "$OPS")
accel=$(echo "$health" | jq -r .clockAcceleration)
echo "     storage: $(echo "$health" | jq -r .checks.storage.status)," \
  "durable: $(echo "$health" | jq -r .checks.durable.status), clock ×$accel"
[ "$accel" != "1" ] || echo "     note: without Clock__Acceleration the 5-working-day publicity takes 5 working days."
APPLICANT=$(token "walk-applicant-$RUN" applicant)
ADMIN=$(token "walk-registry-admin" registry-admin)
PSB=$(token "walk-psb" psb)
SUPPORT=$(token "walk-support" support)

say "1. 引进单位 not found (seed Q2): search by full name"
EMPLOYER="广州漫步示范科技有限公司$RUN"
ENC=$(jq -rn --arg v "$EMPLOYER" '$v|@uri')
call GET "registry/employers?name=$ENC" 404 "$APPLICANT" | jq -r '"     title: " + .title'

say "2. 添加企业: request it; a registry admin approves within 1 working day"
CODE=$(credit_code "91440101WALK$(printf '%05d' $((10#$RUN % 100000)))")
json="{\"action\":\"add\",\"name\":\"$EMPLOYER\",\"creditCode\":\"$CODE\",\"kind\":\"enterprise\","
json+="\"district\":\"tianhe\",\"address\":\"广州市天河区天河路1号\",\"contactName\":\"王芳\",\"contactPhone\":\"13912345678\"}"
REQ=$(call POST registry/employer-requests 202 "$APPLICANT" "$json" | jq -r .requestId)
call GET "registry/requests/$REQ" 200 "$APPLICANT" | jq -r '"     progress: " + .status + ", due by " + .dueBy'
EMPLOYER_ID=$(call POST "registry/requests/$REQ/decision" 200 "$ADMIN" '{"approve":true,"reason":"营业执照核验通过"}' \
  | jq -r .resultId)
call GET "registry/employers?name=$ENC" 200 "$APPLICANT" \
  | jq -r '"     found: " + .[0].name + " (" + .[0].employerId + ")"'

say "3. 毕业院校 and 专业 from the registries (seed Q4)"
SCHOOL=$(call GET "registry/schools?name=$(jq -rn --arg v 中山大学 '$v|@uri')" 200 "$APPLICANT" | jq -r '.[0].schoolId')
MAJOR=$(call GET "registry/majors?name=$(jq -rn --arg v 计算机科学与技术 '$v|@uri')&schoolId=$SCHOOL" 200 "$APPLICANT" \
  | jq -r '.[0].majorId')

say "4. Apply on the smart path (智能审批): publicity starts right after submission"
BODY17="44010619950315$(printf '%03d' $((10#$RUN % 1000)))"
ID_NUMBER="$BODY17$(check_digit "$BODY17")"
APPLICANT=$(token "walk-applicant-$RUN" applicant "$ID_NUMBER")
NAME="陈一鸣"
json="{\"applicant\":{\"name\":\"$NAME\",\"idNumber\":\"$ID_NUMBER\",\"phone\":\"13800138000\","
json+="\"email\":\"walk-$RUN@example.cn\"},\"employerId\":\"$EMPLOYER_ID\","
json+="\"education\":{\"schoolId\":\"$SCHOOL\",\"majorId\":\"$MAJOR\",\"degree\":\"master\","
json+="\"graduationDate\":\"2020-07-01\",\"certificateNo\":\"1055812020$RUN\"},\"approvalMode\":\"smart\"}"
APP=$(call POST applications 202 "$APPLICANT" "$json")
APP_ID=$(echo "$APP" | jq -r .applicationId)
echo "     application $APP_ID → $(echo "$APP" | jq -r .route.office)"

say "4b. The public roster (公示名单): anyone reads it; a signed-in citizen objects by roster id, never an application id"
CITIZEN=$(token "walk-citizen-$RUN" applicant)
REVIEWER=$(call POST dev/token 200 "" '{"sub":"walk-reviewer","roles":["reviewer"],"hrss":"tianhe"}' | jq -r .token)
BODY17B="44010619960420$(printf '%03d' $((10#$RUN % 1000)))"
NEIGHBOUR=$(token "walk-neighbour-$RUN" applicant "$BODY17B$(check_digit "$BODY17B")")
json="{\"applicant\":{\"name\":\"林小华\",\"idNumber\":\"$BODY17B$(check_digit "$BODY17B")\",\"phone\":\"13700137000\","
json+="\"email\":\"walk2-$RUN@example.cn\"},\"employerId\":\"$EMPLOYER_ID\","
json+="\"education\":{\"schoolId\":\"$SCHOOL\",\"majorId\":\"$MAJOR\",\"degree\":\"bachelor\","
json+="\"graduationDate\":\"2019-07-01\",\"certificateNo\":\"1055812019$RUN\"},\"approvalMode\":\"smart\"}"
APP2=$(call POST applications 202 "$NEIGHBOUR" "$json" | jq -r .applicationId)
ENTRY=$(poll "publicity?office=tianhe&pageSize=100" "" \
  "[.items[] | select(.employerName == \"$EMPLOYER\" and .maskedName == \"林*华\")] | length == 1" 30 \
  | jq -c "[.items[] | select(.employerName == \"$EMPLOYER\" and .maskedName == \"林*华\")][0]")
ROSTER_ID=$(echo "$ENTRY" | jq -r .rosterId)
echo "     listed: $(echo "$ENTRY" | jq -r '.maskedName + " (" + (.gender // "?") + "), " + .employerName
  + ", " + .school + " " + .major + ", " + .publicity.start + " … " + .publicity.end')"
OBJECTION=$(call POST "publicity/$ROSTER_ID/objections" 201 "$CITIZEN" \
  '{"reason":"该人员实际未在该单位工作","contact":"13912345678"}' | jq -r .objectionId)
poll "applications/$APP2" "$NEIGHBOUR" '.stage == "objection-review"' 30 \
  | jq -r '"     the objection holds the publicity: " + .stage'
call POST "applications/$APP2/objections/$OBJECTION/resolution" 202 "$REVIEWER" \
  '{"upheld":true,"note":"经核实异议成立"}' >/dev/null
poll "applications/$APP2" "$NEIGHBOUR" '.stage == "rejected"' 60 \
  | jq -r '"     upheld: " + .stage + " (" + .reason + ")"'

say "4c. 退回补正: a manual application with its degree certificate; the reviewer returns it, the applicant corrects it"
BODY17C="44010619970512$(printf '%03d' $((10#$RUN % 1000)))"
MANUAL=$(token "walk-manual-$RUN" applicant "$BODY17C$(check_digit "$BODY17C")")
printf '%%PDF-1.7\n%% walkthrough degree certificate scan\n' > "$WORK/degree.pdf"
jq -n --arg id "$BODY17C$(check_digit "$BODY17C")" --arg employer "$EMPLOYER_ID" \
  --arg school "$SCHOOL" --arg major "$MAJOR" --arg email "walk3-$RUN@example.cn" --arg cert "1055812021$RUN" \
  '{applicant:{name:"黄小敏",idNumber:$id,phone:"13600136000",email:$email},employerId:$employer,
    education:{schoolId:$school,majorId:$major,degree:"bachelor",graduationDate:"2021-07-01",certificateNo:$cert},
    approvalMode:"manual"}' \
  > "$WORK/application.json"
status=$(curl -s -o "$WORK/body" -w '%{http_code}' "$UPLOAD/applications" -H "Authorization: Bearer $MANUAL" \
  -F "application=<$WORK/application.json" -F "degreeCertificate=@$WORK/degree.pdf;type=application/pdf")
printf '  %2d. %-6s /api/%-58s → %s\n' "$(next_step)" POST "applications (multipart, with degreeCertificate)" "$status"
[ "$status" = 202 ] || fail "multipart application: $(cat "$WORK/body")"
APP3=$(jq -r .applicationId "$WORK/body")
MATERIAL=$(poll "applications/$APP3" "$MANUAL" '.stage == "hrss-review" and .dueBy != null' 30 \
  | jq -r '.materials[0].id')
status=$(curl -s -o "$WORK/material" -w '%{http_code}' "$UPLOAD/applications/$APP3/materials/$MATERIAL" \
  -H "Authorization: Bearer $REVIEWER")
printf '  %2d. %-6s /api/%-58s → %s\n' "$(next_step)" GET "applications/$APP3/materials/$MATERIAL" "$status"
cmp -s "$WORK/material" "$WORK/degree.pdf" || fail "the reviewer did not get the uploaded degree certificate"
json='{"items":[{"field":"education.certificateNo","note":"证书编号与学信网记录不一致"},'
json+='{"material":"degreeCertificate","note":"扫描件不清晰"}]}'
call POST "applications/$APP3/return" 202 "$REVIEWER" "$json" >/dev/null
poll "applications/$APP3" "$MANUAL" '.stage == "returned"' 30 | jq -r '"     returned: correct by " + .correctionDueBy'
call POST "applications/$APP3/correction" 202 "$MANUAL" \
  "{\"education\":{\"certificateNo\":\"1055812021${RUN}9\"}}" >/dev/null
poll "applications/$APP3" "$MANUAL" \
  '.stage == "hrss-review" and .dueBy != null and ([.timeline[].event] | index("resubmitted"))' 30 \
  | jq -r '"     resubmitted: back at " + .stage + ", review due by " + .dueBy'
call POST "applications/$APP3/review" 202 "$REVIEWER" '{"approve":true,"reason":"补正后材料齐全"}' >/dev/null
poll "applications/$APP3" "$MANUAL" '.stage != "hrss-review"' 30 | jq -r '"     approved: " + .stage'

say "5. Watch the 5-working-day publicity pass (公示)"
STATUS=$(poll "applications/$APP_ID" "$APPLICANT" '.stage == "awaiting-card"' 180)
echo "     publicity $(echo "$STATUS" | jq -r '.publicity.start + " … " + .publicity.end')," \
  "now: $(echo "$STATUS" | jq -r .stage)"

say "6. Generate the card with an e-signature; the system signs and issues it (seed Q6)"
call POST "applications/$APP_ID/card/generate" 202 "$APPLICANT" "{\"consent\":true,\"signedName\":\"$NAME\"}" >/dev/null
STATUS=$(poll "applications/$APP_ID" "$APPLICANT" '.card.downloadable == true' 120)
CARD=$(echo "$STATUS" | jq -r .card.number)
echo "     card $CARD issued at $(echo "$STATUS" | jq -r .card.issuedAt); stage $(echo "$STATUS" | jq -r .stage)"

say "7. Download the card (业务进度查询 → 下载入户卡)"
status=$(curl -s -o "$WORK/card.pdf" -w '%{http_code}' "$BASE/applications/$APP_ID/card" \
  -H "Authorization: Bearer $APPLICANT")
printf '  %2d. %-6s /api/%-58s → %s\n' "$(next_step)" GET "applications/$APP_ID/card" "$status"
[ "$status" = 200 ] && [ "$(head -c 4 "$WORK/card.pdf")" = "%PDF" ] || fail "the card PDF did not download"
echo "     $(wc -c < "$WORK/card.pdf") bytes of PDF"

say "8. Verify it through its QR target, without echoing personal data (holder matching by name and ID: psb only)"
call GET "cards/$CARD/verification" 200 | jq -c '{valid, issuedAt, issuer, status}' | sed 's/^/     /'
call GET "cards/$CARD/verification?name=$(jq -rn --arg v "$NAME" '$v|@uri')&idNumber=$ID_NUMBER" 200 "$PSB" \
  | jq -c '{valid, status, holderMatches}' | sed 's/^/     /'

say "9. Public-security cross-check (seed Q7)"
poll "applications/$APP_ID" "$APPLICANT" '.stage == "psb-synced" or .stage == "psb-reconciliation"' 120 \
  | jq -r '"     stage: " + .stage + ", psbCheck: " + .psbCheck.status'
call POST psb/cross-checks 200 "$PSB" "{\"name\":\"$NAME\",\"idNumber\":\"$ID_NUMBER\",\"cardNumber\":\"$CARD\"}" \
  | jq -c . | sed 's/^/     /'
call POST psb/cross-checks 404 "$PSB" \
  "{\"name\":\"$NAME\",\"idNumber\":\"$ID_NUMBER\",\"cardNumber\":\"R2600000000000\"}" \
  | jq -r '"     a wrong number: " + .title'

say "10. A support ticket with a full-screen screenshot (seed Q8)"
png='iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
printf '%s' "$png" | base64 -d > "$WORK/screen.png"
status=$(curl -s -o "$WORK/body" -w '%{http_code}' "$UPLOAD/support/tickets" -H "Authorization: Bearer $APPLICANT" \
  -F "name=$NAME" -F "idNumber=$ID_NUMBER" -F "phone=13800138000" -F "email=walk-$RUN@example.cn" \
  -F "category=other" -F "description=走查：演示提交技术支持工单" -F "screenshot=@$WORK/screen.png;type=image/png")
printf '  %2d. %-6s /api/%-58s → %s\n' "$(next_step)" POST support/tickets "$status"
[ "$status" = 202 ] || fail "ticket: $(cat "$WORK/body")"
TICKET=$(jq -r .ticketId "$WORK/body")
echo "     ticket $TICKET, answer due by $(jq -r .dueBy "$WORK/body")"
call GET "support/tickets/$TICKET" 200 "$SUPPORT" | jq -r '"     support sees: " + .status' 

say "Done: $(cat "$WORK/steps") calls, all as expected."
echo "  Mail:  every notice above went to the outbox; locally they arrive in the maildev inbox at http://localhost:1080"
echo "  SMS:   notices to verified numbers arrive in the local SMS gateway's inbox at http://localhost:1081" \
  "(JSON: /api/messages)"
echo "  Ops:   http://localhost:7071/api/ops" \
  "(paste a token with the ops role: POST /api/dev/token {\"sub\":\"me\",\"roles\":[\"ops\"]})"
