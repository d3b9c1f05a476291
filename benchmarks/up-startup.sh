#!/usr/bin/env bash
# Issue 6's start-up benchmark: from launching `rehearse up` (the CLI's own JVM included) to the
# moment it prints that both emulators answer their readiness URLs. Median of N runs (default 3),
# first start on a fresh data directory (keys and CA generated) and restart on an existing one.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
./rehearse --version >/dev/null   # builds what is missing, outside the measurement
measure() { # $1 = data dir; prints milliseconds
  local data=$1 out start end
  out=$(mktemp)
  start=$(date +%s%N)
  java -jar cli/target/rehearse.jar up --data "$data" --aws-port 0 --oidc-port 0 >"$out" 2>&1 &
  local pid=$!
  until grep -q "Ctrl-C or" "$out"; do
    kill -0 $pid 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  rm -f "$out"
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
first=(); again=()
for _ in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  first+=("$(measure "$dir")")
  again+=("$(measure "$dir")")
  rm -rf "$dir"
done
echo "rehearse up, first start (fresh data dir): ${first[*]} ms; median $(printf '%s\n' "${first[@]}" | median) ms"
echo "rehearse up, restart (existing data dir):  ${again[*]} ms; median $(printf '%s\n' "${again[@]}" | median) ms"
