#!/usr/bin/env bash
# Issue 5's check benchmark: `rehearse check` of 100,000 scenarios against the seed template.
#   [RUNS=5] [NO_HYPERFINE=1] benchmarks/check-100k.sh [SCENARIOS]
# The file repeats the six seed scenarios (examples/seed/scenarios.yaml); the command's last line
# gives its time from main's first line to the end of the report ("in all"), and hyperfine (if
# installed) times the whole command. benchmarks/interleaved.py compares builds in one window.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
file=$(mktemp --suffix=.yaml)
trap 'rm -f "$file"' EXIT
python3 - "$n" "$file" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
runs = [
    ("{repository: acme/app, ref: main}", "{assume: allow, ecr: [{action: ecr:PutImage, repository: test-service, expect: allow}]}"),
    ("{repository: evil/app, ref: main}", "{assume: deny, error: AccessDenied}"),
    ("{repository: acme/app, ref: main, audience: other}", "{assume: deny, error: InvalidIdentityToken}"),
    ("{repository: acme/app, ref: main, token_age: 6m}", "{assume: deny, error: ExpiredTokenException}"),
    ("{repository: acme/app, ref: refs/pull/7/merge, event: pull_request}", "{assume: allow}"),
    ("{repository: acme/r%d, ref: refs/heads/b%d}", "{assume: allow}"),
]
with open(path, "w") as out:
    out.write("defaults: {role: GithubOIDCIAMRole}\nscenarios:\n")
    for i in range(n):
        run, expect = runs[i % len(runs)]
        run = run.replace("%d", str(i))
        out.write(f"  - {{name: s{i}, run: {run}, expect: {expect}}}\n")
PY
# One untimed run records the command's class-data archive after a build; then RUNS timed runs,
# each printing the command's own summary and timing lines, and the median "in all".
./rehearse check --template examples/seed/stack.yaml -p GitHubOrg=acme --scenarios "$file" >/dev/null
runs=${RUNS:-5}
times=()
for _ in $(seq "$runs"); do
  lines=$(./rehearse check --template examples/seed/stack.yaml -p GitHubOrg=acme --scenarios "$file" |
    tail -2)
  echo "$lines"
  times+=("$(echo "$lines" | sed -n 's/.*; \([0-9.]*\) ms in all.*/\1/p')")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {printf "median of %d: %s ms in all\n", NR, a[int((NR + 1) / 2)]}'
if [ -z "${NO_HYPERFINE:-}" ] && command -v hyperfine >/dev/null; then
  hyperfine -w 1 -r 5 "./rehearse check --template examples/seed/stack.yaml -p GitHubOrg=acme --scenarios $file"
fi
