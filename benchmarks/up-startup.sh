#!/usr/bin/env bash
# Issue 6's start-up benchmark: from launching `rehearse up` (the CLI's own JVM included) to the
# moment it prints that both emulators are ready. Median of N runs (default 3): first start on a
# fresh data directory (keys, CA and the emulators' class-data archives made) and restart on an
# existing one. Method and numbers: docs/benchmarks.d/startup.md.
#
#   benchmarks/up-startup.sh [RUNS] [TREE...]
#
# Each TREE is a built checkout (default: this one); several are measured in interleaved rounds,
# so that a shared machine's changing load hits them alike. A tree with the `rehearse` launcher is
# started through it, as a user starts it (its JVM flags and the CLI's class-data archive, which
# the launcher records on the first `up` after a build: one untimed `up` does that first); a tree
# without one (e.g. a copy of another build's jars) with `java -jar cli/target/rehearse.jar`.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
shift || true
trees=("$@")
[ ${#trees[@]} -gt 0 ] || trees=("$PWD")
./rehearse --version >/dev/null # builds what is missing, outside the measurement

launch() { # $1 = tree, $2 = data dir, $3 = output file; starts `up` in the background
  if [ -x "$1/rehearse" ]; then
    setsid "$1/rehearse" up --data "$2" --aws-port 0 --oidc-port 0 >"$3" 2>&1 &
  else
    setsid java -Drehearsal.home="$1" -jar "$1/cli/target/rehearse.jar" \
      up --data "$2" --aws-port 0 --oidc-port 0 >"$3" 2>&1 &
  fi
}
session_cpu_ms() { # CPU time (user + system) of every process in session $1, in milliseconds
  local tick
  tick=$(getconf CLK_TCK)
  cat /proc/[0-9]*/stat 2>/dev/null | sed 's/^.*) //' |
    awk -v s="$1" -v t="$tick" '$4 == s {sum += $12 + $13} END {print int(sum * 1000 / t)}'
}
measure() { # $1 = tree, $2 = data dir; prints "milliseconds cpu-milliseconds"
  local out start end pid cpu
  out=$(mktemp)
  start=$(date +%s%N)
  launch "$1" "$2" "$out"
  pid=$!
  until grep -q "Ctrl-C or" "$out"; do
    kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  cpu=$(session_cpu_ms "$pid") # the CLI and both emulators, when the CLI says ready
  kill "$pid"
  # the CLI stops both emulators (and the first start's archives are written) before it exits
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  rm -f "$out"
  echo "$(((end - start) / 1000000)) $cpu"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for tree in "${trees[@]}"; do # untimed: the launcher's archive of the CLI's JVM for `up`
  dir=$(mktemp -d)
  measure "$tree" "$dir" >/dev/null
  rm -rf "$dir"
done
declare -A first again first_cpu again_cpu
for _ in $(seq 1 "$runs"); do
  for tree in "${trees[@]}"; do
    dir=$(mktemp -d)
    read -r ms cpu < <(measure "$tree" "$dir")
    first[$tree]+="$ms "
    first_cpu[$tree]+="$cpu "
    read -r ms cpu < <(measure "$tree" "$dir")
    again[$tree]+="$ms "
    again_cpu[$tree]+="$cpu "
    rm -rf "$dir"
  done
done
of() { echo "$1" | tr ' ' '\n' | grep . | median; }
# Wall time, and the CPU time the CLI and both emulators had used when the CLI said ready: with
# three JVMs on two cores the latter bounds the former and varies less with the machine's load.
for tree in "${trees[@]}"; do
  echo "$tree"
  echo "  rehearse up, first start (fresh data dir): ${first[$tree]}ms; median $(of "${first[$tree]}")" \
    "ms; CPU ${first_cpu[$tree]}ms, median $(of "${first_cpu[$tree]}") ms"
  echo "  rehearse up, restart (existing data dir):  ${again[$tree]}ms; median $(of "${again[$tree]}")" \
    "ms; CPU ${again_cpu[$tree]}ms, median $(of "${again_cpu[$tree]}") ms"
done
echo "load: $(uptime)"
