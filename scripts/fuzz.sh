#!/usr/bin/env bash
# Fuzzes Monitor's HTML and JSON entry points (bench/Monitor.Fuzz) with afl-fuzz, SECONDS per target (default 120),
# and prints what it found. Installs afl++ and the SharpFuzz instrumenter when missing (Debian, as root).
# Findings stay in FUZZ_OUT (default /tmp/monitor-fuzz); replay one with:
#   dotnet FUZZ_OUT/build/Monitor.Fuzz.dll html|json FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
out=${FUZZ_OUT:-/tmp/monitor-fuzz}
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v afl-fuzz >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null; }
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0 >/dev/null

rm -rf "$out" && mkdir -p "$out"
dotnet publish bench/Monitor.Fuzz -c Release -o "$out/build" -nologo -v quiet
# Coverage comes from instrumented assemblies: Monitor's own and the HTML parser's.
for assembly in Monitor.Analysis.dll Monitor.Hosting.dll AngleSharp.dll; do sharpfuzz "$out/build/$assembly" >/dev/null; done

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
status=0
for target in html json; do
  afl-fuzz -V "$seconds" -t 10000 -m none -i "bench/Monitor.Fuzz/seeds/$target" -o "$out/$target" \
    -- dotnet "$out/build/Monitor.Fuzz.dll" "$target" > "$out/$target.log" 2>&1 || true
  stats="$out/$target/default/fuzzer_stats"
  crashes=$(find "$out/$target/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$out/$target/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
  execs=$(awk -F: '/^execs_done/ {gsub(/ /, "", $2); print $2}' "$stats" 2>/dev/null || echo 0)
  paths=$(awk -F: '/^corpus_count/ {gsub(/ /, "", $2); print $2}' "$stats" 2>/dev/null || echo 0)
  echo "$target: $execs inputs run, $paths paths, $crashes crashes, $hangs hangs (over 10 s) in ${seconds}s"
  [ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ] || status=1
done
exit $status
