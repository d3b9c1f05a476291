#!/usr/bin/env bash
# AssumeRoleWithWebIdentity with a cached JWKS: the aws-emulator and moto server under the
# same wrk load in the same run, then start-up to ready (median of 3) for both.
# Method: docs/benchmarks.md. Needs: the built jar, wrk, python3 with moto and
# cryptography, /usr/bin/aws. Usage: benchmarks/aws-emulator/bench.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-$(mktemp -d /tmp/aws-emulator-bench.XXXXXX)}
JAR=aws-emulator/target/aws-emulator-runner.jar
LUA=benchmarks/wrk/assume-role-with-web-identity.lua
[ -f "$JAR" ] || { echo "build first: ./mvnw -pl aws-emulator -am package -DskipTests" >&2; exit 2; }
mkdir -p "$OUT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
wait_ready() { # URL -> prints ms waited; polls every 50 ms
  local start; start=$(now_ms)
  until curl -s -o /dev/null "$1"; do sleep 0.05; done
  echo $(( $(now_ms) - start ))
}

python3 benchmarks/aws-emulator/issuer.py "$OUT/issuer" & PIDS+=($!)
until [ -s "$OUT/issuer/issuer.port" ]; do sleep 0.1; done
ISSUER_LOCATION="https://127.0.0.1:$(cat "$OUT/issuer/issuer.port")"

start_emulator() { # DATA_DIR PORT
  java -Drehearsal.data-dir="$1" -Dquarkus.http.port="$2" \
    -Drehearsal.issuers.github.url=https://token.actions.githubusercontent.com \
    -Drehearsal.issuers.github.location="$ISSUER_LOCATION" \
    -Drehearsal.issuers.github.ca-file="$OUT/issuer/ca.pem" \
    -jar "$JAR" >"$1.log" 2>&1 &
  echo $!
}

echo "== start-up to ready (ms), 3 runs each"
for run in 1 2 3; do
  port=$(free_port); pid=$(start_emulator "$OUT/startup-$run" "$port")
  echo "aws-emulator $(wait_ready "http://127.0.0.1:$port/_rehearsal/ready")"; kill "$pid"; wait "$pid" 2>/dev/null || true
  port=$(free_port); python3 -m moto.server -p "$port" >"$OUT/moto-startup-$run.log" 2>&1 & pid=$!
  echo "moto $(wait_ready "http://127.0.0.1:$port/moto-api/")"; kill "$pid"; wait "$pid" 2>/dev/null || true
done | tee "$OUT/startup.txt"

EMU_PORT=$(free_port); EMU_PID=$(start_emulator "$OUT/emulator" "$EMU_PORT"); PIDS+=("$EMU_PID")
MOTO_PORT=$(free_port); python3 -m moto.server -p "$MOTO_PORT" >"$OUT/moto.log" 2>&1 & MOTO_PID=$!; PIDS+=("$MOTO_PID")
wait_ready "http://127.0.0.1:$EMU_PORT/_rehearsal/ready" >/dev/null
wait_ready "http://127.0.0.1:$MOTO_PORT/moto-api/" >/dev/null

seed() { # ENDPOINT: the seed's provider and role, with the AWS CLI
  local aws=(env AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
    AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null /usr/bin/aws --endpoint-url "$1")
  "${aws[@]}" iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com \
    --client-id-list sts.amazonaws.com --thumbprint-list 6938fd4d98bab03faadb97b34396831e3780aea1 >/dev/null
  "${aws[@]}" iam create-role --role-name GithubOIDCIAMRole --assume-role-policy-document \
    '{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Principal":{"Federated":["arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com"]},"Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/*"}}}]}' >/dev/null
}
seed "http://127.0.0.1:$EMU_PORT"; seed "http://127.0.0.1:$MOTO_PORT"

export TOKEN_FILE="$OUT/issuer/token"
load() { # NAME URL
  echo "== $1: warm-up 10 s"
  wrk -t2 -c16 -d10s -s "$LUA" "$2" >/dev/null
  echo "== $1: measured 20 s"
  wrk -t2 -c16 -d20s --latency -s "$LUA" "$2" | tee "$OUT/wrk-$1.txt"
  echo "peak RSS: $(grep VmHWM /proc/"$3"/status)" | tee -a "$OUT/wrk-$1.txt"
}
load aws-emulator "http://127.0.0.1:$EMU_PORT/" "$EMU_PID"
load moto "http://127.0.0.1:$MOTO_PORT/" "$MOTO_PID"
echo "results in $OUT"
