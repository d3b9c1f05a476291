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

echo "== calibration: what this machine gives now (RSA-2048 signs/s, one core)"
openssl speed -seconds 3 rsa2048 2>/dev/null | grep '^rsa 2048' || true

# Both servers up at once; measured rounds interleave them (A B A B A B) so that the shared
# machine's changing load hits both alike. Each gets a 10 s warm-up first.
start_emulator
wait_ready "https://127.0.0.1:$emulator_port/_rehearsal/ready" "$(now_ms)" "--cacert $data/ca.pem" >/dev/null
job=$(curl -s --cacert "$data/ca.pem" -H "Authorization: Bearer $(cat "$data/admin-token")" \
  -d '{"repository":"octo-org/octo-repo","environment":"prod","permissions":{"id-token":"write"}}' \
  "https://127.0.0.1:$emulator_port/_rehearsal/jobs")
url=$(echo "$job" | sed -E 's/.*"ACTIONS_ID_TOKEN_REQUEST_URL":"([^"]*)".*/\1/')
export ACTIONS_ID_TOKEN_REQUEST_TOKEN
ACTIONS_ID_TOKEN_REQUEST_TOKEN=$(echo "$job" | sed -E 's/.*"ACTIONS_ID_TOKEN_REQUEST_TOKEN":"([^"]*)".*/\1/')
start_mock
wait_ready "http://127.0.0.1:$mock_port/default/.well-known/openid-configuration" "$(now_ms)" "" >/dev/null

emulator_wrk() { wrk -t2 -c16 -d"$1" --latency -s "$scripts/oidc-emulator-token.lua" "$url&audience=sts.amazonaws.com"; }
mock_wrk() { wrk -t2 -c16 -d"$1" --latency -s "$scripts/mock-oauth2-token.lua" "http://127.0.0.1:$mock_port/default/token"; }
summary() { awk '/Requests\/sec/{r=$2} /^ +50%/{p50=$2} /^ +99%/{p99=$2} /Non-2xx/{bad=$NF} END{print r, "req/s  p50", p50, " p99", p99, (bad ? " non-2xx " bad : "")}'; }

emulator_wrk 10s >/dev/null
mock_wrk 10s >/dev/null
# The first token starts loading AWS-LC in the background; the warm-up covers it.
if grep -q "now goes through AWS-LC" "$data.log"; then
  echo "oidc-emulator signs with AWS-LC (Amazon Corretto Crypto Provider)"
else
  echo "oidc-emulator signs with the JDK's provider (AWS-LC not loaded here)"
fi
for round in 1 2 3; do
  echo "round $round oidc-emulator:      $(emulator_wrk 20s | summary)"
  echo "round $round mock-oauth2-server: $(mock_wrk 20s | summary)"
done
echo "peak RSS oidc-emulator $(grep VmHWM "/proc/$emulator_pid/status")"
echo "peak RSS mock-oauth2-server $(grep VmHWM "/proc/$mock_pid/status")"
openssl speed -seconds 3 rsa2048 2>/dev/null | grep '^rsa 2048' || true
stop "$emulator_pid"
stop "$mock_pid"
rm -rf "$data" "$data.log"
