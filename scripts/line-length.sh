#!/usr/bin/env bash
# Keeps the code within .editorconfig's max_line_length (120 characters, counted as Unicode characters, so a
# Chinese character is one, not three bytes). Every line in scope counts: the reflow (#25) left none longer.
#
#   scripts/line-length.sh check       # lists each long line as file:line and exits 1 when there is one
#   scripts/line-length.sh self-test   # proves on a scratch repository that check fails on a long line
#
# It works on the git work tree of the current directory, tracked and untracked files alike (git-ignored excluded).
set -euo pipefail

limit=120
# All code: the shipped app and its hosts, the tests, the tools, the benchmark, the scripts and the infrastructure.
# Data files (seed JSON, calendar, replay fixtures, fonts) and generated files (the typed client) are out of scope.
scope=(':(glob)functions/**/*.cs' ':(glob)functions/**/*.csproj' ':(glob)functions/**/*.html'
  ':(glob)tests/**/*.cs' ':(glob)tests/**/*.csproj' ':(glob)tests/**/*.sh'
  ':(glob)tools/**/*.cs' ':(glob)tools/**/*.csproj' ':(glob)bench/**/*.cs' ':(glob)bench/**/*.csproj'
  ':(glob)scripts/**/*.sh' ':(glob)*.sh' ':(glob)infra/**/*.bicep' ':(glob)infra/**/*.sh' ':(glob)infra/**/*.kql')

# Prints "file<TAB>line number<TAB>characters<TAB>hash" for every line over the limit in scope.
long_lines() {
  git ls-files -z --cached --others --exclude-standard -- "${scope[@]}" | sort -zu | perl -0 -MEncode -MDigest::SHA -e '
    my $limit = shift;
    while (my $file = <STDIN>) {
      chomp $file;
      open(my $in, "<:raw", $file) or next;  # listed by the index but deleted in the work tree
      local $/ = "\n";
      while (my $raw = <$in>) {
        $raw =~ s/\r?\n\z//;
        my $chars = length(Encode::decode("UTF-8", $raw));
        printf "%s\t%d\t%d\t%s\n", $file, $., $chars, substr(Digest::SHA::sha256_hex($raw), 0, 16) if $chars > $limit;
      }
    }' "$limit"
}

check() {
  local found
  found=$(long_lines)
  if [ -n "$found" ]; then
    awk -F'\t' -v limit="$limit" '{ printf "%s:%s: %s characters (limit %s)\n", $1, $2, $3, limit }' <<< "$found"
  fi
  echo "$(grep -c . <<< "$found" || true) long line(s)"
  [ -z "$found" ]
}

# expect OUTCOME DESCRIPTION [FILE:LINE]: runs check in the scratch repository; exits on the wrong outcome or report.
expect() {
  local outcome=$1 description=$2 output status=0
  output=$(bash "$script" check 2>&1) || status=$?
  if { [ "$outcome" = pass ] && [ "$status" != 0 ]; } || { [ "$outcome" = fail ] && [ "$status" = 0 ]; }; then
    echo "self-test: expected check to $outcome when $description, got:"; echo "$output"; exit 1
  fi
  if [ "$outcome" = fail ] && [ -n "${3:-}" ] && ! grep -q "^$3: " <<< "$output"; then
    echo "self-test: expected check to name $3 when $description, got:"; echo "$output"; exit 1
  fi
  echo "self-test: check ${outcome/%ss/sse}s when $description"
}

self_test() {
  local script long chinese120 chinese121
  script=$(realpath "$0")
  scratch=$(mktemp -d)  # global: the EXIT trap runs after this function returned
  trap 'rm -rf "$scratch"' EXIT
  cd "$scratch"
  git init -q .
  mkdir -p functions/App scripts tests/T
  long="var text = \"$(printf 'x%.0s' $(seq 1 107))\";"  # 121 characters
  chinese120=$(printf '中%.0s' $(seq 1 120))              # 120 characters, 360 bytes
  chinese121="${chinese120}文"
  printf '%s\n' "class A" "{" "    $long" "$chinese120" "}" > functions/App/A.cs
  expect fail "a line has 121 characters" functions/App/A.cs:3
  printf '%s\n' "class A" "{" "$chinese120" "}" > functions/App/A.cs
  printf '%s\n' "$long" > functions/App/seed.json
  expect pass "120 Chinese characters (360 bytes) and a long line outside the scope"
  printf '%s\n' "$long" > tests/T/T.cs
  expect fail "a test has a long line" tests/T/T.cs:1
  rm tests/T/T.cs
  printf '%s\n' "class B" "$chinese121" > functions/App/B.cs
  expect fail "a line has 121 Chinese characters" functions/App/B.cs:2
  rm functions/App/B.cs
  printf '%s\n' "echo \"${long}\"" > scripts/new.sh
  expect fail "a script has a long line" scripts/new.sh:1
}

case "${1:-}" in
  check) cd "$(git rev-parse --show-toplevel)"; check ;;
  self-test) self_test ;;
  *) echo "usage: $0 check|self-test" >&2; exit 2 ;;
esac
