#!/usr/bin/env bash
# Token requests per second and start-up time of oidc-emulator and, in the same run, of
# no.nav.security:mock-oauth2-server (see docs/benchmarks.d/oidc-emulator.md).
# Usage: benchmarks/wrk/oidc-emulator.sh MOCK_OAUTH2_LIB_DIR
# Needs: the packaged emulator (./mvnw -pl oidc-emulator -am package -DskipTests), wrk, curl.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
mock_lib=${1:?usage: $0 MOCK_OAUTH2_LIB_DIR (mock-oauth2-server and its dependencies)}
jar="$root/oidc-emulator/target/quarkus-app/quarkus-run.jar"
scripts="$root/benchmarks/wrk"
data=$(mktemp -d /tmp/oidc-bench.XXXXXX)
emulator_port=18443
mock_port=18080
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

now_ms() { date +%s%3N; }

# Milliseconds from launch to the first 200 of the readiness URL, polled every 50 ms.
wait_ready() {
  local url=$1 start=$2 curl_opts=$3
  until curl -s -o /dev/null -f $curl_opts "$url"; do sleep 0.05; done
  echo $(( $(now_ms) - start ))
}

start_emulator() {
  java -Drehearsal.data-dir="$data" -Dquarkus.http.ssl-port=$emulator_port -jar "$jar" \
    >"$data.log" 2>&1 &
  pids+=($!)
  emulator_pid=$!
}

start_mock() {
  SERVER_PORT=$mock_port SERVER_HOSTNAME=127.0.0.1 \
    java -cp "$mock_lib/*" no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt \
    >/tmp/mock-oauth2-bench.log 2>&1 &
  pids+=($!)
  mock_pid=$!
}

stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

echo "== start-up to ready (ms), 3 runs each"
# The first start creates ca.pem; until then curl cannot verify, so it polls without --cacert.
t=$(now_ms); start_emulator
first=$(wait_ready "https://127.0.0.1:$emulator_port/_rehearsal/ready" "$t" "--insecure"); stop "$emulator_pid"
echo "oidc-emulator first start (creates CA, TLS and signing keys): $first"
runs=()
for _ in 1 2 3; do
  t=$(now_ms); start_emulator
  runs+=("$(wait_ready "https://127.0.0.1:$emulator_port/_rehearsal/ready" "$t" "--cacert $data/ca.pem")")
  stop "$emulator_pid"
done
echo "oidc-emulator (existing data dir): ${runs[*]} median $(printf '%s\n' "${runs[@]}" | median)"
runs=()
for _ in 1 2 3; do
  t=$(now_ms); start_mock
  runs+=("$(wait_ready "http://127.0.0.1:$mock_port/default/.well-known/openid-configuration" "$t" "")")
  stop "$mock_pid"
done
echo "mock-oauth2-server: ${runs[*]} median $(printf '%s\n' "${runs[@]}" | median)"

echo "== oidc-emulator: runner token endpoint"
start_emulator
wait_ready "https://127.0.0.1:$emulator_port/_rehearsal/ready" "$(now_ms)" "--cacert $data/ca.pem" >/dev/null
job=$(curl -s --cacert "$data/ca.pem" -H "Authorization: Bearer $(cat "$data/admin-token")" \
  -d '{"repository":"octo-org/octo-repo","environment":"prod","permissions":{"id-token":"write"}}' \
  "https://127.0.0.1:$emulator_port/_rehearsal/jobs")
url=$(echo "$job" | sed -E 's/.*"ACTIONS_ID_TOKEN_REQUEST_URL":"([^"]*)".*/\1/')
export ACTIONS_ID_TOKEN_REQUEST_TOKEN
ACTIONS_ID_TOKEN_REQUEST_TOKEN=$(echo "$job" | sed -E 's/.*"ACTIONS_ID_TOKEN_REQUEST_TOKEN":"([^"]*)".*/\1/')
wrk -t2 -c16 -d10s -s "$scripts/oidc-emulator-token.lua" "$url&audience=sts.amazonaws.com" >/dev/null
wrk -t2 -c16 -d20s --latency -s "$scripts/oidc-emulator-token.lua" "$url&audience=sts.amazonaws.com"
grep VmHWM "/proc/$emulator_pid/status"
stop "$emulator_pid"

echo "== mock-oauth2-server: POST /default/token"
start_mock
wait_ready "http://127.0.0.1:$mock_port/default/.well-known/openid-configuration" "$(now_ms)" "" >/dev/null
wrk -t2 -c16 -d10s -s "$scripts/mock-oauth2-token.lua" "http://127.0.0.1:$mock_port/default/token" >/dev/null
wrk -t2 -c16 -d20s --latency -s "$scripts/mock-oauth2-token.lua" "http://127.0.0.1:$mock_port/default/token"
grep VmHWM "/proc/$mock_pid/status"
stop "$mock_pid"
rm -rf "$data" "$data.log"
