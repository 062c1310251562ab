#!/usr/bin/env bash
# Runs every test of Monitor from a fresh Debian machine (as root): installs what is missing,
# restores, builds, runs each test project, and ends with one line "N passed, N failed".
# Exits non-zero when anything failed or nothing ran.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

need_apt=()
command -v dotnet >/dev/null 2>&1 || need_apt+=(dotnet-sdk-10.0)
command -v curl >/dev/null 2>&1 || need_apt+=(curl)
# The dashboard tests drive Debian's Chromium (or the one MONITOR_CHROMIUM names); Playwright never downloads one.
[ -n "${MONITOR_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
# The cluster and Redis store tests start their own redis-server processes on loopback (with their own
# ports and files), so only the program is needed; the Debian service it comes with is not used.
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
# The deployment tests run deploy/certs/make-certs.sh, which makes the cluster's TLS certificates with openssl.
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "== restore and build"
if ! dotnet build Monitor.sln -c Release -nologo -v minimal 2>&1 | tee -a "$log" | grep -E "error|Warn|Build succeeded"; then :; fi
if ! grep -q "Build succeeded" "$log" || grep -qE ": error " "$log"; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0; failed=0; status=0
for project in tests/*.Tests/*.Tests.csproj; do
  echo "== $(basename "$project" .csproj)"
  out=$(mktemp)
  dotnet test "$project" -c Release --no-build -nologo > "$out" 2>&1
  rc=$?
  grep -E "^\s*(Failed|Skipped) |Passed!|Failed!" "$out" || true
  summary=$(grep -E "(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+" "$out" | tail -n 1)
  if [ -n "$summary" ]; then
    f=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$summary")
    p=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$summary")
    passed=$((passed + p)); failed=$((failed + f))
  else
    echo "no test summary from $project (exit code $rc)"
    failed=$((failed + 1))
  fi
  if [ "$rc" -ne 0 ]; then
    status=1
    echo "---- full output of $(basename "$project" .csproj)"; cat "$out"
  fi
  rm -f "$out"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ] && [ "$passed" -gt 0 ]
