#!/usr/bin/env bash
# Compiles and lints the Bicep templates in infra/ offline, failing on any diagnostic.
#
# The Bicep CLI is not expected on the machine: a pinned version is taken from the NuGet
# package Azure.Bicep.CommandLine.<rid> (a self-contained binary under tools/) through a
# throwaway `dotnet restore` of a PackageDownload item, and cached in .tools/ (git-ignored).
# Needs only the .NET SDK and access to the NuGet feed on the first run.
#
# infra/lint.sh --print-cli installs the CLI if needed and prints its path only (the deployment contract suite,
# tests/TalentHukou.Deployment.Tests, uses it).
set -euo pipefail

BICEP_VERSION="${BICEP_VERSION:-0.49.2}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

case "$(uname -m)" in
  x86_64 | amd64) rid="linux-x64" ;;
  aarch64 | arm64) rid="linux-arm64" ;;
  *) echo "lint.sh: unsupported architecture $(uname -m)" >&2; exit 2 ;;
esac

package="Azure.Bicep.CommandLine.$rid"
packages_dir="$repo_root/.tools/nuget"
bicep="$packages_dir/${package,,}/$BICEP_VERSION/tools/bicep"

install_bicep() {
  command -v dotnet >/dev/null 2>&1 || { echo "lint.sh: the .NET SDK (dotnet) is required" >&2; exit 2; }
  local work
  work="$(mktemp -d)"
  # Empty Directory.* files stop MSBuild from importing a parent folder's props (central versions etc.).
  for f in Directory.Build.props Directory.Build.targets Directory.Packages.props; do
    echo '<Project />' >"$work/$f"
  done
  cat >"$work/fetch-bicep.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net\$(NETCoreAppMaximumVersion)</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$package" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
XML
  echo "lint.sh: fetching $package $BICEP_VERSION into .tools/ ..." >&2
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 \
    dotnet restore "$work/fetch-bicep.csproj" --packages "$packages_dir" --verbosity quiet >&2
  rm -rf "$work"
  [ -f "$bicep" ] || { echo "lint.sh: $bicep not found after restore" >&2; exit 2; }
  chmod +x "$bicep"
}

[ -x "$bicep" ] || install_bicep
if [ "${1:-}" = "--print-cli" ]; then
  echo "$bicep"
  exit 0
fi
echo "lint.sh: $("$bicep" --version)"

failed=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# Runs one bicep command; any non-zero exit or any Error/Warning/Info diagnostic fails the lint.
check() {
  local label="$1"
  shift
  local rc=0
  "$@" >"$log.out" 2>"$log" || rc=$?
  if [ "$rc" -ne 0 ] || grep -Eq ': (Error|Warning|Info) ' "$log"; then
    echo "FAIL  $label (exit $rc)"
    sed 's/^/      /' "$log"
    failed=1
  else
    echo "ok    $label"
  fi
  rm -f "$log.out"
}

cd "$repo_root"
shopt -s nullglob
for file in infra/*.bicep; do
  check "bicep build $file" "$bicep" build "$file" --stdout
  check "bicep lint  $file" "$bicep" lint "$file"
done

# The azd parameters file: names, types and allowed values must match main.bicep. azd's
# substitution is emulated (${VAR=default} -> default, ${VAR} -> empty, with a sample environment
# name, region and API client id), and like azd a "true"/"false" string becomes a bool; then
# decompile-params turns it into a .bicepparam whose build type-checks it.
if [ -f infra/main.parameters.json ]; then
  params_json="infra/.lint-main.parameters.json"
  params_tmp="infra/.lint-main.bicepparam"
  trap 'rm -f "$log" "$params_json" "$params_tmp"' EXIT
  sed -E -e 's/\$\{AZURE_ENV_NAME\}/lint/g' -e 's/\$\{AZURE_LOCATION\}/eastasia/g' \
    -e 's/\$\{AUTH_CLIENT_ID\}/00000000-0000-0000-0000-000000000000/g' \
    -e 's/\$\{AUTH_IDENTITY_CLAIM\}/gd_verified_id/g' \
    -e 's/\$\{[A-Za-z0-9_]+=([^}]*)\}/\1/g' -e 's/\$\{[A-Za-z0-9_]+\}//g' \
    -e 's/"value": "(true|false)"/"value": \1/g' \
    infra/main.parameters.json >"$params_json"
  if "$bicep" decompile-params "$params_json" --bicep-file infra/main.bicep --stdout >"$params_tmp" 2>"$log"; then
    # idIndexKey is absent from the file on purpose: azd generates it (see main.bicep); a dummy stands in.
    printf "\nparam idIndexKey = '%s'\n" "$(printf 'x%.0s' {1..48})" >>"$params_tmp"
    check "bicep build-params infra/main.parameters.json" "$bicep" build-params "$params_tmp" --stdout
  else
    echo "FAIL  bicep decompile-params infra/main.parameters.json"
    sed 's/^/      /' "$log"
    failed=1
  fi
  rm -f "$params_json" "$params_tmp"
fi

if [ "$failed" -ne 0 ]; then
  echo "lint.sh: FAILED"
  exit 1
fi
echo "lint.sh: all Bicep files build and lint clean"
