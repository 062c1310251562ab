#!/usr/bin/env bash
# Learns the judges' weights again from every corpus that is not held out and the calibration pairs, writing the
# examples gathered (judge-examples.jsonl, committed) and the weights the engine ships with. Run from anywhere; needs
# the development corpus beside the project (../shared/benchmarks/news-contradictions-dev).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dev="${MONITOR_DEV_CORPUS:-$root/../shared/benchmarks/news-contradictions-dev}"
corpora=(--corpus "$dev" --corpus "$root/bench/corpora/news-validation")
# Sets 13 and later are kept out: they measure what the learned weights do on events they never saw.
for n in 2 3 4 5 6 7 8 9 10 11 12; do corpora+=(--corpus "$root/bench/corpora/news-validation-$n"); done
dotnet run --project "$root/src/Monitor.Cli" -c Release -- eval train-judges "${corpora[@]}" \
  --pairs "$root/tests/Monitor.Analysis.Tests/Contradictions/Pairs/calibration.jsonl" \
  --examples "$root/bench/judges/judge-examples.jsonl" \
  --output "$root/src/Monitor.Analysis/Contradictions/judge-weights.json"
