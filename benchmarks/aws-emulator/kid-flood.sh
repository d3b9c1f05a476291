#!/usr/bin/env bash
# AssumeRoleWithWebIdentity with a valid token while a second wrk floods tokens naming a kid the
# issuer does not publish (issue 13): p99 of the valid requests alone, then under the flood.
# The flood's token is the valid one with its header's kid replaced, so every flood request
# reaches the JWKS cache and asks for a refresh (at most one per rehearsal.jwks.min-refresh-interval).
# Method: docs/benchmarks.md. Needs: a built jar, wrk, python3 with cryptography,
# /usr/bin/aws. Usage: [JAR=path/to/aws-emulator-runner.jar] benchmarks/aws-emulator/kid-flood.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:-$(mktemp -d /tmp/aws-emulator-kid-flood.XXXXXX)}
JAR=${JAR:-aws-emulator/target/aws-emulator-runner.jar}
LUA=benchmarks/wrk/assume-role-with-web-identity.lua
VALID_CONNECTIONS=${VALID_CONNECTIONS:-8}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-32}
[ -f "$JAR" ] || { echo "build first: ./mvnw -pl aws-emulator -am package -DskipTests" >&2; exit 2; }
mkdir -p "$OUT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

python3 benchmarks/aws-emulator/issuer.py "$OUT/issuer" & PIDS+=($!)
until [ -s "$OUT/issuer/issuer.port" ]; do sleep 0.1; done
PORT=$(free_port)
java -Drehearsal.data-dir="$OUT/emulator" -Dquarkus.http.port="$PORT" \
  -Drehearsal.issuers.github.url=https://token.actions.githubusercontent.com \
  -Drehearsal.issuers.github.location="https://127.0.0.1:$(cat "$OUT/issuer/issuer.port")" \
  -Drehearsal.issuers.github.ca-file="$OUT/issuer/ca.pem" \
  -jar "$JAR" >"$OUT/emulator.log" 2>&1 & PIDS+=($!)
until curl -s -o /dev/null "http://127.0.0.1:$PORT/_rehearsal/ready"; do sleep 0.05; done

aws=(env AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
  AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null /usr/bin/aws
  --endpoint-url "http://127.0.0.1:$PORT")
"${aws[@]}" iam create-open-id-connect-provider --url https://token.actions.githubusercontent.com \
  --client-id-list sts.amazonaws.com --thumbprint-list 6938fd4d98bab03faadb97b34396831e3780aea1 >/dev/null
"${aws[@]}" iam create-role --role-name GithubOIDCIAMRole --assume-role-policy-document \
  '{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRoleWithWebIdentity","Principal":{"Federated":["arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com"]},"Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/*"}}}]}' >/dev/null

# The flood's token: the valid token under a header naming kid "not-published".
python3 - "$OUT/issuer/token" "$OUT/flood-token" <<'PY'
import base64, json, sys
token = open(sys.argv[1]).read().strip().split(".")
header = base64.urlsafe_b64encode(json.dumps(
    {"alg": "RS256", "typ": "JWT", "kid": "not-published"}).encode()).rstrip(b"=").decode()
open(sys.argv[2], "w").write(header + "." + token[1] + "." + token[2])
PY

URL="http://127.0.0.1:$PORT/"
valid() { TOKEN_FILE="$OUT/issuer/token" wrk -t1 -c"$VALID_CONNECTIONS" -d"$1" --latency -s "$LUA" "$URL"; }
flood() { TOKEN_FILE="$OUT/flood-token" wrk -t1 -c"$FLOOD_CONNECTIONS" -d"$1" --latency -s "$LUA" "$URL"; }

echo "== warm-up 10 s (valid and flood)"
valid 10s >/dev/null & W1=$!; flood 10s >/dev/null & W2=$!; wait "$W1" "$W2"
echo "== valid alone, 20 s"
valid 20s | tee "$OUT/valid-alone.txt"
echo "== valid under the unknown-kid flood, 20 s"
flood 22s >"$OUT/flood.txt" & FLOOD=$!
sleep 1
valid 20s | tee "$OUT/valid-under-flood.txt"
wait "$FLOOD"
echo "-- the flood itself:"; cat "$OUT/flood.txt"
echo "results in $OUT"
