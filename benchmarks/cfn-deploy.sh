#!/usr/bin/env bash
# Deploying the seed stack with the AWS CLI v2, the seed's own command (plus the capability it
# needs), against the aws-emulator's CloudFormation and against moto's server, interleaved in one
# hyperfine run. Before each timed deploy the stack is deleted and the delete waited for (not
# timed), so every run creates the stack anew. Prints hyperfine's table; the ratio is the peer's
# mean over ours. Method and figures: docs/benchmarks.md ("CloudFormation: the seed deploy").
set -euo pipefail

usage() {
  cat <<'USAGE'
usage: benchmarks/cfn-deploy.sh --emulator URL [--moto-port PORT] [--runs N]

  --emulator URL   the aws-emulator's endpoint, e.g. http://127.0.0.1:4566 (required)
  --moto-port P    port for the moto server this script starts (default 5055; must be free)
  --runs N         timed deploys per target (default 10)
  --aws PATH       the AWS CLI v2 (default /usr/bin/aws, Debian's awscli)

Needs hyperfine, python3 with moto[server] (pip install 'moto[server]') and the AWS CLI v2.
USAGE
}

emulator= moto_port=5055 runs=10 aws=/usr/bin/aws
while [ $# -gt 0 ]; do
  case "$1" in
    --emulator) emulator=$2; shift ;;
    --moto-port) moto_port=$2; shift ;;
    --runs) runs=$2; shift ;;
    --aws) aws=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
[ -n "$emulator" ] || { usage >&2; exit 2; }

here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill "$moto_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cp "$here/examples/seed/stack.yaml" "$work/define_github_oidc_with_iam_role.yaml"

python3 -m moto.server -p "$moto_port" >"$work/moto.log" 2>&1 &
moto_pid=$!
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$moto_port/moto-api/" >/dev/null 2>&1 && break
  sleep 0.1
done

export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_PAGER=
deploy() {
  echo "cd $work && $aws --endpoint-url $1 cloudformation deploy --template-file define_github_oidc_with_iam_role.yaml --stack-name github-oidc --parameter-overrides GitHubOrg=acme --capabilities CAPABILITY_NAMED_IAM"
}
delete() {
  echo "$aws --endpoint-url $1 cloudformation delete-stack --stack-name github-oidc && $aws --endpoint-url $1 cloudformation wait stack-delete-complete --stack-name github-oidc"
}
moto="http://127.0.0.1:$moto_port"
hyperfine --runs "$runs" --style basic \
  --prepare "$(delete "$emulator")" -n aws-emulator "$(deploy "$emulator")" \
  --prepare "$(delete "$moto")" -n moto "$(deploy "$moto")" \
  --export-markdown "$work/result.md"
cat "$work/result.md"
echo
echo "what each answered (the role's trust policy's Federated principal):"
for target in "$emulator" "$moto"; do
  printf '%s: ' "$target"
  $aws --endpoint-url "$target" iam get-role --role-name GithubOIDCIAMRole \
    --query 'Role.AssumeRolePolicyDocument.Statement[0].Principal.Federated' --output text 2>&1 | tr '\n' ' '
  echo
done
