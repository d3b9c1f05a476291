#!/usr/bin/env bash
# What the decision log costs AssumeRoleWithWebIdentity: two emulators from the same jar, one with
# the log (the default) and one without (-Drehearsal.decisions.enabled=false), under the same wrk
# load in interleaved rounds of the same run (ABBA order), medians reported.
# Method: docs/benchmarks.md ("the decision log"). Needs: the built jar, wrk, python3 with
# cryptography, /usr/bin/aws. Usage: benchmarks/aws-emulator/decisions.sh [OUT_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-$(mktemp -d /tmp/decisions-bench.XXXXXX)}
ROUNDS=${2:-6}
JAR=${JAR:-aws-emulator/target/aws-emulator-runner.jar}
LUA=benchmarks/wrk/assume-role-with-web-identity.lua
[ -f "$JAR" ] || { echo "build first: ./mvnw -pl aws-emulator -am package -DskipTests" >&2; exit 2; }
mkdir -p "$OUT"
rm -f "$OUT/issuer/issuer.port"   # a port left by an earlier run names an issuer that is gone
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

python3 benchmarks/aws-emulator/issuer.py "$OUT/issuer" & PIDS+=($!)
until [ -s "$OUT/issuer/issuer.port" ]; do sleep 0.1; done
ISSUER_LOCATION="https://127.0.0.1:$(cat "$OUT/issuer/issuer.port")"

start_emulator() { # NAME PORT LOG_ENABLED
  java -Drehearsal.data-dir="$OUT/$1" -Dquarkus.http.port="$2" \
    -Drehearsal.decisions.enabled="$3" \
    -Drehearsal.issuers.github.url=https://token.actions.githubusercontent.com \
    -Drehearsal.issuers.github.location="$ISSUER_LOCATION" \
    -Drehearsal.issuers.github.ca-file="$OUT/issuer/ca.pem" \
    -jar "$JAR" >"$OUT/$1.log" 2>&1 &
  PIDS+=($!)
  until curl -s -o /dev/null "http://127.0.0.1:$2/_rehearsal/ready"; do sleep 0.1; done
  local aws=(env AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
    AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null /usr/bin/aws
    --endpoint-url "http://127.0.0.1:$2")
  "${aws[@]}" iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com \
    --client-id-list sts.amazonaws.com --thumbprint-list 6938fd4d98bab03faadb97b34396831e3780aea1 >/dev/null
  "${aws[@]}" iam create-role --role-name GithubOIDCIAMRole --assume-role-policy-document \
    '{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Principal":{"Federated":["arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com"]},"Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/*"}}}]}' >/dev/null
}
ON_PORT=$(free_port); start_emulator log-on "$ON_PORT" true
OFF_PORT=$(free_port); start_emulator log-off "$OFF_PORT" false

export TOKEN_FILE="$OUT/issuer/token"
measure() { # NAME PORT SECONDS -> req/s
  wrk -t2 -c16 -d"$3"s -s "$LUA" "http://127.0.0.1:$2/" >"$OUT/wrk-$1.txt"
  # wrk's done() sees none of its threads' counters: its own Non-2xx line is the check.
  if grep -q "Non-2xx" "$OUT/wrk-$1.txt"; then echo "refusals in $OUT/wrk-$1.txt" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$1.txt"
}
echo "== warm-up, ${WARMUP:-30} s each"
measure warm-on "$ON_PORT" "${WARMUP:-30}" >/dev/null; measure warm-off "$OFF_PORT" "${WARMUP:-30}" >/dev/null
echo "== $ROUNDS rounds of 10 s each, ABBA order"
: >"$OUT/rounds.txt"
for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 )); then order="on off"; else order="off on"; fi
  for which in $order; do
    port=$ON_PORT; [ "$which" = off ] && port=$OFF_PORT
    echo "$round $which $(measure "$which-$round" "$port" 10)" | tee -a "$OUT/rounds.txt"
  done
done
python3 - "$OUT/rounds.txt" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
on = [float(r[2]) for r in rows if r[1] == "on"]
off = [float(r[2]) for r in rows if r[1] == "off"]
pairs = [float(a[2]) / float(b[2]) for a, b in zip(rows[0::2], rows[1::2])]
ratios = [p if rows[2*i][1] == "on" else 1 / p for i, p in enumerate(pairs)]
print(f"log on : median {statistics.median(on):,.0f} req/s  {on}")
print(f"log off: median {statistics.median(off):,.0f} req/s  {off}")
print(f"on/off, per round: {[round(r, 3) for r in ratios]}; median {statistics.median(ratios):.3f}"
      f" (cost {100 * (1 - statistics.median(ratios)):.1f}%)")
PY
echo "records in the log: $(cat "$OUT"/log-on/decisions/decisions*.jsonl | wc -l)"
echo "results in $OUT"
