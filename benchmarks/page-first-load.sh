#!/usr/bin/env bash
# The page's first load from a warm emulator (issue 18, goal < 300 ms): what a browser fetches
# when the page is opened — the HTML, its stylesheet, script and icon, then the world at a glance
# (/api/world: the aws-emulator's IAM, ECR and CloudFormation asked through their APIs) — by one
# curl process over one kept-alive connection, as a browser does; repeated with hyperfine.
#
#   benchmarks/page-first-load.sh [DATA_DIR] [RUNS]
#
# DATA_DIR is that of a running `rehearse up` (default ~/.rehearsal), its page recorded in its
# world.json; deploy the seed first (README) so that the world has something to show.
set -euo pipefail
data=${1:-$HOME/.rehearsal}
runs=${2:-200}
page=$(grep -o '"page" *: *"[^"]*"' "$data/world.json" | sed 's/.*"\(http[^"]*\)"/\1/')
[ -n "$page" ] || { echo "no page recorded in $data/world.json (started with --no-page?)" >&2; exit 2; }
assets=(-o /dev/null "$page" -o /dev/null "${page}page.css" -o /dev/null "${page}page.js"
        -o /dev/null "${page}favicon.svg")
uptime
hyperfine -N --warmup 10 --runs "$runs" --export-json "${TMPDIR:-/tmp}/page-first-load.json" \
  "curl -sf ${assets[*]} -o /dev/null ${page}api/world" \
  "curl -sf ${assets[*]}" \
  "curl -sf -o /dev/null ${page}api/world"
uptime
python3 - "${TMPDIR:-/tmp}/page-first-load.json" <<'PY'
import json, sys
for result in json.load(open(sys.argv[1]))["results"]:
    times = sorted(result["times"])
    n = len(times)
    print("median %.1f ms, p95 %.1f ms, p99 %.1f ms: %s" % (
        times[n // 2] * 1000, times[int(n * 0.95)] * 1000, times[int(n * 0.99)] * 1000,
        result["command"][:70]))
PY
