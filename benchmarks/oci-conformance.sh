#!/usr/bin/env bash
# The OCI distribution-spec conformance suite against a registry: builds the suite (once, cached)
# and runs it, then prints the pass/fail/skip counts, the API and data groups' verdicts and the
# name of every failing test.
#
# The suite: the `conformance` folder of the public repository opencontainers/distribution-spec
# on GitHub (Apache-2.0), Go module github.com/opencontainers/distribution-spec/conformance, which
# has no tags of its own: it is pinned by pseudo-version (commit 97274622c111 of 2026-08-31, the
# redesigned suite of April 2026 that tests distribution-spec 1.1 by default; the older Ginkgo
# suite of tag v1.1.1 is what most registries quote, see README-registry.md). `go install` fetches
# it and its dependencies through the Go module proxy, so nothing of it is kept in this repository.
# Figures for Debian's docker-registry 2.8: benchmarks/README-registry.md.
set -euo pipefail

default_version=v0.0.0-20260831232431-97274622c111
module=github.com/opencontainers/distribution-spec/conformance

usage() {
  cat <<EOF
usage: benchmarks/oci-conformance.sh [options] [-- extra arguments for the suite]

  -u, --url URL          registry, http://HOST:PORT (TLS off) or https://HOST:PORT
                         (default http://127.0.0.1:5000)
      --creds-env VAR    environment variable holding USER:PASSWORD (default REGISTRY_CREDS;
                         unset or empty: anonymous, or --ecr-endpoint)
      --ecr-endpoint URL ECR API endpoint of the registry: creates both repositories with
                         \`aws ecr create-repository\` and, when the creds variable is empty, logs in
                         with \`aws ecr get-login-password\` as AWS (AWS_ACCESS_KEY_ID/SECRET default
                         to test/test, region to us-east-1)
  -n, --namespace NAME   first repository (OCI_REPO1, default conformance/repo1)
      --crossmount NAME  second repository, for cross-repository mounts (OCI_REPO2,
                         default conformance/repo2)
      --results DIR      where results.yaml, junit.xml and report.html go
                         (default /tmp/oci-conformance-results)
      --version V        the suite's module version (default $default_version)
      --src DIR          build from this checkout of the suite's folder instead of the module
                         (the Ginkgo suite of tag v1.1.1 and before is recognised and run with
                         its own variables: OCI_ROOT_URL, OCI_NAMESPACE, OCI_TEST_*...)
      --bin PATH         run this already built suite
  -h, --help             this text

Any OCI_* variable of the suite's README passes through, e.g. OCI_DATA_SHA512=false,
OCI_API_REFERRER=false, OCI_FILTER_TEST="OCI Conformance Test/sha256 blobs", OCI_LOG=debug.
Exit status: 0 all passed, 1 some test failed, 2 usage or set-up error.
Needs Go 1.24+ (to build the suite) and python3; awscli only for --ecr-endpoint.
EOF
}

url=http://127.0.0.1:5000 creds_env=REGISTRY_CREDS ecr_endpoint= repo1=conformance/repo1
repo2=conformance/repo2 results=/tmp/oci-conformance-results version=$default_version src= bin=
while [ $# -gt 0 ]; do
  case "$1" in
    -u|--url) url=$2; shift ;;
    --creds-env) creds_env=$2; shift ;;
    --ecr-endpoint) ecr_endpoint=$2; shift ;;
    -n|--namespace) repo1=$2; shift ;;
    --crossmount) repo2=$2; shift ;;
    --results) results=$2; shift ;;
    --version) version=$2; shift ;;
    --src) src=$2; shift ;;
    --bin) bin=$2; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

case "$url" in
  http://*) tls=disabled ;;
  https://*) tls=${OCI_TLS:-enabled} ;; # OCI_TLS=insecure for a self-signed certificate
  *) echo "--url must start with http:// or https://" >&2; exit 2 ;;
esac
host=${url#*://}; host=${host%%/*}

# --- the suite ------------------------------------------------------------------------------
if [ -z "$bin" ]; then
  command -v go >/dev/null || { echo "go is missing (Go 1.24+ builds the suite)" >&2; exit 2; }
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/oci-conformance
  if [ -n "$src" ]; then
    bin=$cache/local/conformance
    echo "building the suite from $src" >&2
    mkdir -p "$(dirname "$bin")"
    if [ -e "$src/00_conformance_suite_test.go" ]; then # the Ginkgo suite, tag v1.1.1 and before
      (cd "$src" && go test -c -o "$bin" .) || exit 2
    else
      (cd "$src" && go build -o "$bin" .) || exit 2
    fi
  else
    bin=$cache/$version/conformance
    if [ ! -x "$bin" ]; then
      echo "building $module@$version" >&2
      mkdir -p "$(dirname "$bin")"
      GOBIN=$(dirname "$bin") GOFLAGS=-mod=mod go install "$module@$version" || exit 2
    fi
  fi
fi
[ -x "$bin" ] || { echo "no suite at $bin" >&2; exit 2; }

# --- credentials ----------------------------------------------------------------------------
creds=${!creds_env:-}
if [ -n "$ecr_endpoint" ]; then
  command -v aws >/dev/null || { echo "aws is missing (apt-get install -y awscli)" >&2; exit 2; }
  export AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID:-test} AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-test}
  export AWS_DEFAULT_REGION=${AWS_DEFAULT_REGION:-${AWS_REGION:-us-east-1}}
  for r in "$repo1" "$repo2"; do
    if ! out=$(aws --endpoint-url "$ecr_endpoint" ecr create-repository --repository-name "$r" 2>&1) \
        && ! grep -q RepositoryAlreadyExists <<<"$out"; then
      echo "ecr create-repository $r failed: $out" >&2; exit 2
    fi
  done
  [ -n "$creds" ] || creds="AWS:$(aws --endpoint-url "$ecr_endpoint" ecr get-login-password)"
fi

# --- run ------------------------------------------------------------------------------------
mkdir -p "$results"
rm -f "$results"/{results.yaml,junit.xml,report.html,output.txt,stderr.txt}
log=$results/output.txt
echo "running $bin against $url ($repo1, $repo2); full output in $log" >&2
set +e
if grep -aq onsi/ginkgo "$bin"; then
  # the Ginkgo suite (v1.1.1 and before): its own variables, every workflow on
  ginkgo=1
  env OCI_ROOT_URL="${url%/}" OCI_NAMESPACE="$repo1" OCI_CROSSMOUNT_NAMESPACE="$repo2" \
    OCI_USERNAME="${creds%%:*}" OCI_PASSWORD="${creds#*:}" OCI_TEST_PULL=1 OCI_TEST_PUSH=1 \
    OCI_TEST_CONTENT_DISCOVERY=1 OCI_TEST_CONTENT_MANAGEMENT=1 OCI_HIDE_SKIPPED_WORKFLOWS=0 \
    OCI_REPORT_DIR="$results" "$bin" -ginkgo.no-color "$@" >"$log" 2>"$results/stderr.txt"
else
  ginkgo=0
  env OCI_REGISTRY="$host" OCI_TLS="$tls" OCI_REPO1="$repo1" OCI_REPO2="$repo2" \
    OCI_USERNAME="${creds%%:*}" OCI_PASSWORD="${creds#*:}" OCI_RESULTS_DIR="$results" \
    "$bin" "$@" >"$log" 2>"$results/stderr.txt"
fi
rc=$?
set -e
if [ ! -s "$results/junit.xml" ]; then
  cat "$log" "$results/stderr.txt" >&2
  echo "the suite wrote no results (exit $rc)" >&2
  exit 2
fi

# the summary block (counts of every result, groups included, and the API/data verdicts)
if [ "$ginkgo" = 1 ]; then grep -E '^(Ran [0-9]+ of|FAIL!|SUCCESS!)' "$log"; else sed -n '/^OCI Conformance Result/,$p' "$log"; fi
python3 - "$results/junit.xml" <<'EOF'
import collections, sys, xml.etree.ElementTree as ET
cases = list(ET.parse(sys.argv[1]).getroot().iter("testcase"))
by = collections.defaultdict(list)
for c in cases:
    by[c.get("status", "passed")].append(c.get("name"))
bad = by.get("failure", []) + by.get("failed", []) + by.get("error", [])
failed = sorted(set(bad))
print()
print("Failing tests (%d names, %d failing cases):" % (len(failed), len(bad)))
for name in failed:
    print("  " + name)
print()
print("tests: %d passed, %d failed, %d skipped" % (
    len(by.get("passed", [])), len(bad),
    sum(len(v) for k, v in by.items() if k not in ("passed", "failure", "failed", "error"))))
EOF
[ "$rc" = 0 ] && exit 0 || exit 1
