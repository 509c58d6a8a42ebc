#!/usr/bin/env bash
# Benchmarks pledgetrack on the seeds and on generated corpora, and compares each case's
# mean time and peak memory with bench/baseline.json. Timings come from hyperfine (warm-up
# and repeated runs); they belong here, not in the tests, because shared machines are noisy.
#
#   bench/run.sh                    # build as bootstrap does, measure, compare with the baseline
#   bench/run.sh --update-baseline  # measure and make this machine's numbers the baseline
#
# A case slower than 1.5x its baseline (or using 1.5x its memory) is flagged and the script
# exits 1; results go to build-bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
update=${1:-}

scripts/install-deps
command -v hyperfine >/dev/null || { apt-get install -y -q hyperfine >/dev/null; }
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLEDGETRACK_TESTS=OFF >/dev/null
cmake --build build-bench -j "$(nproc)" --target pledgetrack >/dev/null
pt=$PWD/build-bench/src/pledgetrack
work=$PWD/build-bench/work
mkdir -p "$work"

for size in 500 5000; do
  [[ -d $work/corpus-$size ]] || /usr/bin/python3 bench/generate_corpus.py "$work/corpus-$size" "$size"
done

# name | command
cases=(
  "validate-seeds|$pt validate seeds"
  "report-seeds|$pt report seeds -q --as-of 2025-06-01 -o $work/seeds.xlsx"
  "validate-500|$pt validate $work/corpus-500"
  "report-500|$pt report $work/corpus-500 -q --as-of 2025-06-01 -o $work/500.xlsx"
  "validate-5000|$pt validate $work/corpus-5000"
  "report-5000-json|$pt report $work/corpus-5000 -q --as-of 2025-06-01 --format json -o $work/5000.json"
)

results=$work/../results.json
echo "{" > "$results"
first=1
for entry in "${cases[@]}"; do
  name=${entry%%|*}
  command=${entry#*|}
  hyperfine --warmup 1 --min-runs 5 --style none --export-json "$work/$name.json" "$command" >/dev/null
  mean=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean'])" "$work/$name.json")
  /usr/bin/time -f %M -o "$work/$name.rss" $command >/dev/null 2>&1
  rss=$(tail -n 1 "$work/$name.rss")
  [[ $first -eq 1 ]] || echo "," >> "$results"
  first=0
  printf '  "%s": {"mean_seconds": %s, "max_rss_kb": %s}' "$name" "$mean" "$rss" >> "$results"
done
printf '\n}\n' >> "$results"

if [[ $update == --update-baseline ]]; then
  cp "$results" bench/baseline.json
  echo "baseline updated: bench/baseline.json"
  exit 0
fi

if [[ ! -f bench/baseline.json ]]; then
  echo "no bench/baseline.json yet: run bench/run.sh --update-baseline" >&2
  exit 1
fi
/usr/bin/python3 - "$results" bench/baseline.json <<'PY'
import json, sys
now, base = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
slow = 0
print(f"{'case':<18} {'mean s':>9} {'base s':>9} {'ratio':>6} {'RSS MB':>8} {'base MB':>8}")
for name, r in now.items():
    b = base.get(name)
    if not b:
        print(f"{name:<18} {r['mean_seconds']:9.3f} {'-':>9} {'-':>6} {r['max_rss_kb']/1024:8.1f} {'-':>8}")
        continue
    ratio = r["mean_seconds"] / b["mean_seconds"]
    flag = ratio > 1.5 or r["max_rss_kb"] > 1.5 * b["max_rss_kb"]
    slow += flag
    print(f"{name:<18} {r['mean_seconds']:9.3f} {b['mean_seconds']:9.3f} {ratio:6.2f} "
          f"{r['max_rss_kb']/1024:8.1f} {b['max_rss_kb']/1024:8.1f}{'  <- slower than baseline' if flag else ''}")
sys.exit(1 if slow else 0)
PY
