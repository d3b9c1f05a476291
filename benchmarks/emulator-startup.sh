#!/usr/bin/env bash
# Start-up of one emulator as `rehearse up` launches it (C1, serial GC, the class-data archive its
# data directory keeps from the previous run): launch to the first 200 of its readiness URL, polled
# every 20 ms with curl (for the oidc-emulator over HTTPS, verifying its CA), and the emulator's CPU
# time at that moment. The first, untimed run on a fresh data directory makes its keys and records
# the archive. Issues 3 and 4; method: docs/benchmarks.d/startup.md.
#
#   benchmarks/emulator-startup.sh oidc-emulator|aws-emulator [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1:?usage: $0 oidc-emulator|aws-emulator [RUNS]}
runs=${2:-5}
./rehearse --version >/dev/null # builds what is missing, outside the measurement
jar="$PWD/$module/target/$module-runner.jar"
data=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$data"' EXIT
case "$module" in
  oidc-emulator) port_property=quarkus.http.ssl-port scheme=https ;;
  aws-emulator) port_property=quarkus.http.port scheme=http ;;
  *) echo "unknown module $module" >&2; exit 2 ;;
esac
now_ms() { date +%s%3N; }
one() { # extra JVM options; prints "ms cpu-ms"
  rm -f "$data/port"
  local start; start=$(now_ms)
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off "$@" \
    -Drehearsal.data-dir="$data" -D$port_property=0 -jar "$jar" >"$data.log" 2>&1 &
  pid=$!
  until [ -s "$data/port" ]; do kill -0 $pid || { cat "$data.log" >&2; exit 1; }; sleep 0.02; done
  local port; port=$(cat "$data/port")
  local tls=(); [ "$scheme" = https ] && tls=(--cacert "$data/ca.pem")
  until curl -s -o /dev/null -f "${tls[@]}" "$scheme://127.0.0.1:$port/_rehearsal/ready"; do sleep 0.02; done
  local elapsed=$(( $(now_ms) - start ))
  local cpu; cpu=$(awk -v t="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / t)}' "/proc/$pid/stat")
  kill $pid; wait $pid 2>/dev/null || true; pid=
  echo "$elapsed $cpu"
}
one -XX:ArchiveClassesAtExit="$data/archive.jsa" >/dev/null # first start: keys, CA, archive
times=(); cpus=()
for _ in $(seq 1 "$runs"); do
  read -r ms cpu <<<"$(one -XX:SharedArchiveFile="$data/archive.jsa")"
  times+=("$ms"); cpus+=("$cpu")
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "$module start-up to ready (ms): ${times[*]}; median $(printf '%s\n' "${times[@]}" | median)" \
  "(CPU ms ${cpus[*]}; median $(printf '%s\n' "${cpus[@]}" | median); load $(cut -d' ' -f1 /proc/loadavg))"
