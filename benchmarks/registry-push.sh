#!/usr/bin/env bash
# Push/pull throughput of a container registry against Debian's docker-registry 2.8 (the
# reference), measured the same way in the same run: skopeo pushes a one-layer image whose layer
# is N MiB of random bytes, once gzip-compressed by skopeo and once uncompressed
# (--preserve-digests), then pulls both back into a dir: layout. Each run builds a new image
# (new random bytes, so no target can skip the upload because it already holds the blob) and
# starts the reference on a fresh storage directory. Targets are interleaved within each run,
# their order alternating between runs. Prints the median MB/s (10^6 bytes of the layer per
# second) per target and operation, each server's peak resident memory (VmHWM), and the
# target/reference ratio as Markdown. Method and figures: benchmarks/README-registry.md.
set -euo pipefail

usage() {
  cat <<'EOF'
usage: benchmarks/registry-push.sh [options]

  -n, --size MIB         layer size in MiB (default 1024)
  -r, --runs N           runs; each run pushes and pulls on every target (default 3)
  -u, --url URL          target registry, e.g. http://127.0.0.1:4566 (default: none, reference only)
      --creds-env VAR    name of the environment variable holding USER:PASSWORD for --url
                         (default REGISTRY_CREDS; unset or empty: anonymous, or --ecr-endpoint)
      --ecr-endpoint URL ECR API endpoint of the target (e.g. the emulator's http://127.0.0.1:4566):
                         creates the repository with `aws ecr create-repository` and, when the
                         creds variable is empty, logs in with `aws ecr get-login-password` as AWS
                         (AWS_ACCESS_KEY_ID/SECRET default to test/test, region to us-east-1)
      --repo NAME        repository on both registries (default bench/push)
      --pid PID          PID of the target server, for its peak RSS (default: found by --url's port)
      --ref-port PORT    port of the reference docker-registry on 127.0.0.1 (default 5000; must be free)
      --ref-auth         reference with htpasswd Basic auth (bcrypt cost 4), like a target that
                         checks a password on every request (default: no auth)
      --registry-bin P   the reference's binary (default /usr/bin/docker-registry)
      --no-ref           skip the reference (only with --url)
      --keep             keep the work directory (archives, registry logs)
  -h, --help             this text

Needs skopeo, python3 and (for the reference) Debian's docker-registry:
  apt-get install -y skopeo docker-registry python3 [awscli]
Example against the emulator, password from its ECR API:
  benchmarks/registry-push.sh -n 1024 -r 3 -u http://127.0.0.1:4566 --ecr-endpoint http://127.0.0.1:4566
EOF
}

size_mib=1024 runs=3 url= creds_env=REGISTRY_CREDS ecr_endpoint= repo=bench/push target_pid=
ref_port=5000 ref_auth=0 registry_bin=/usr/bin/docker-registry use_ref=1 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    -n|--size) size_mib=$2; shift ;;
    -r|--runs) runs=$2; shift ;;
    -u|--url) url=$2; shift ;;
    --creds-env) creds_env=$2; shift ;;
    --ecr-endpoint) ecr_endpoint=$2; shift ;;
    --repo) repo=$2; shift ;;
    --pid) target_pid=$2; shift ;;
    --ref-port) ref_port=$2; shift ;;
    --ref-auth) ref_auth=1 ;;
    --registry-bin) registry_bin=$2; shift ;;
    --no-ref) use_ref=0 ;;
    --keep) keep=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ $size_mib =~ ^[0-9]+$ && $size_mib -gt 0 ]] || { echo "--size must be a positive integer" >&2; exit 2; }
[[ $runs =~ ^[0-9]+$ && $runs -gt 0 ]] || { echo "--runs must be a positive integer" >&2; exit 2; }
[ "$use_ref" = 1 ] || [ -n "$url" ] || { echo "--no-ref needs --url" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
for tool in skopeo python3; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install -y skopeo python3)" >&2; exit 1; }
done
if [ "$use_ref" = 1 ] && [ ! -x "$registry_bin" ]; then
  echo "$registry_bin is missing (apt-get install -y docker-registry), or pass --no-ref" >&2; exit 1
fi

log() { printf '%s %s\n' "$(date +%T)" "$*" >&2; }
now_ns() { date +%s%N; }

work=$(mktemp -d /tmp/registry-push.XXXXXX)
ref_pid=
cleanup() {
  if [ -n "$ref_pid" ]; then kill "$ref_pid" 2>/dev/null || true; wait "$ref_pid" 2>/dev/null || true; fi
  if [ "$keep" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- target (b) ---------------------------------------------------------------------------
target_host= target_creds=
if [ -n "$url" ]; then
  target_host=${url#*://}; target_host=${target_host%%/*}
  target_creds=${!creds_env:-}
  if [ -n "$ecr_endpoint" ]; then
    command -v aws >/dev/null || { echo "aws is missing (apt-get install -y awscli)" >&2; exit 1; }
    export AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID:-test} AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-test}
    export AWS_DEFAULT_REGION=${AWS_DEFAULT_REGION:-${AWS_REGION:-us-east-1}}
    if ! out=$(aws --endpoint-url "$ecr_endpoint" ecr create-repository --repository-name "$repo" 2>&1) \
        && ! grep -q RepositoryAlreadyExists <<<"$out"; then
      echo "ecr create-repository $repo failed: $out" >&2; exit 1
    fi
    if [ -z "$target_creds" ]; then
      target_creds="AWS:$(aws --endpoint-url "$ecr_endpoint" ecr get-login-password)"
    fi
  fi
  if [ -z "$target_pid" ]; then
    port=${target_host##*:}
    target_pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  fi
  [ -n "$target_pid" ] || log "no PID for $target_host (pass --pid): its RSS is not reported"
fi

# --- reference: docker-registry on a fresh directory --------------------------------------
ref_creds=
if [ "$ref_auth" = 1 ]; then
  ref_creds="bench:bench-$$"
  if command -v htpasswd >/dev/null; then
    htpasswd -nbB -C 4 bench "bench-$$" | head -1 >"$work/htpasswd"
  else # Python's crypt (glibc's libxcrypt) makes bcrypt hashes; removed in Python 3.13
    python3 -W ignore -c 'import crypt,sys; print("bench:"+crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16)))' "bench-$$" >"$work/htpasswd"
  fi
fi
start_ref() { # $1 = run number
  local dir="$work/ref-storage-$1"
  mkdir -p "$dir"
  if ss -ltnH "sport = :$ref_port" | grep -q .; then echo "port $ref_port is taken (use --ref-port)" >&2; exit 1; fi
  {
    printf 'version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\n'
    printf 'storage:\n  filesystem:\n    rootdirectory: %s\n  delete:\n    enabled: true\n' "$dir"
    printf 'http:\n  addr: 127.0.0.1:%s\n' "$ref_port"
    if [ "$ref_auth" = 1 ]; then printf 'auth:\n  htpasswd:\n    realm: bench\n    path: %s\n' "$work/htpasswd"; fi
  } >"$work/ref-config.yml"
  "$registry_bin" serve "$work/ref-config.yml" >>"$work/ref.log" 2>&1 &
  ref_pid=$!
  local i
  for i in $(seq 200); do
    curl -s -o /dev/null "http://127.0.0.1:$ref_port/v2/" && return 0
    kill -0 "$ref_pid" 2>/dev/null || break
    sleep 0.05
  done
  cat "$work/ref.log" >&2; echo "docker-registry did not start" >&2; exit 1
}
stop_ref() { kill "$ref_pid"; wait "$ref_pid" 2>/dev/null || true; ref_pid=; rm -rf "$work/ref-storage-$1"; }
hwm_kib() { awk '/^VmHWM:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# --- one timed copy -------------------------------------------------------------------------
layer_mb=$(python3 -c "print($size_mib * 1048576 / 1e6)")
declare -A samples # key "target op" -> space-separated MB/s
declare -A failures # key "target op" -> 1 when some run failed (reported, not averaged)
nfail=0
record() { samples["$1 $2"]+="$3 "; }
host_of() { if [ "$1" = ref ]; then echo "127.0.0.1:$ref_port"; else echo "$target_host"; fi; }
creds_of() { if [ "$1" = ref ]; then echo "$ref_creds"; else echo "$target_creds"; fi; }
name_of() { if [ "$1" = ref ]; then echo "docker-registry"; else echo "$target_host"; fi; }
timed() { # target op -- command...; prints seconds
  local t0 t1; t0=$(now_ns)
  if ! "${@:4}" >"$work/skopeo.out" 2>&1; then
    cat "$work/skopeo.out" >&2
    echo "failed: $1 $2: $(sed -E 's/(--(src|dest)-creds )[^ ]+/\1USER:***/' <<<"${*:4}")" >&2
    return 1
  fi
  t1=$(now_ns)
  python3 -c "print(round(($t1 - $t0) / 1e9, 3))"
}
push() { # target mode run
  local host creds flags=() s rate; host=$(host_of "$1"); creds=$(creds_of "$1")
  [ -n "$creds" ] && flags+=(--dest-creds "$creds")
  # gzip: skopeo compresses the uncompressed layer on the fly (the default for a registry);
  # uncompressed: --preserve-digests forbids that, so the layer tar goes up as it is.
  [ "$2" = uncompressed ] && flags+=(--preserve-digests)
  if ! s=$(timed "$1" push -- skopeo copy -q --dest-tls-verify=false "${flags[@]}" \
    "docker-archive:$work/image.tar" "docker://$host/$repo:r$3-$2"); then
    failures["$1 push-$2"]=1; nfail=$((nfail + 1)); return 0
  fi
  rate=$(python3 -c "print(round($layer_mb / $s, 1))")
  record "$1" "push-$2" "$rate"
  log "run $3 push $2 $(name_of "$1"): ${s}s = $rate MB/s"
}
pull() { # target mode run
  local host creds flags=() s rate; host=$(host_of "$1"); creds=$(creds_of "$1")
  [ -n "$creds" ] && flags+=(--src-creds "$creds")
  rm -rf "$work/pulled"
  if [ -n "${failures["$1 push-$2"]:-}" ]; then return 0; fi # nothing was pushed
  if ! s=$(timed "$1" pull -- skopeo copy -q --src-tls-verify=false "${flags[@]}" \
    "docker://$host/$repo:r$3-$2" "dir:$work/pulled"); then
    failures["$1 pull-$2"]=1; nfail=$((nfail + 1)); return 0
  fi
  rm -rf "$work/pulled"
  rate=$(python3 -c "print(round($layer_mb / $s, 1))")
  record "$1" "pull-$2" "$rate"
  log "run $3 pull $2 $(name_of "$1"): ${s}s = $rate MB/s"
}

targets=()
[ "$use_ref" = 1 ] && targets+=(ref)
[ -n "$url" ] && targets+=(b)
ref_hwm=0
log "layer $size_mib MiB, $runs runs; skopeo $(skopeo --version | awk '{print $3}');" \
  "reference $([ "$use_ref" = 1 ] && "$registry_bin" --version | awk '{print $NF}' || echo none)${url:+; target $url}"
for run in $(seq "$runs"); do
  log "run $run/$runs: building a $size_mib MiB image"
  python3 "$here/registry/make-archive.py" "$work/image.tar" "$size_mib" "bench/layer:r$run" >/dev/null
  [ "$use_ref" = 1 ] && start_ref "$run"
  order=("${targets[@]}")
  if [ $((run % 2)) = 0 ] && [ ${#targets[@]} = 2 ]; then order=("${targets[1]}" "${targets[0]}"); fi
  # gzip first: pushed later, skopeo's blob-info cache could offer the uncompressed blob instead
  for mode in gzip uncompressed; do for t in "${order[@]}"; do push "$t" "$mode" "$run"; done; done
  for mode in gzip uncompressed; do for t in "${order[@]}"; do pull "$t" "$mode" "$run"; done; done
  if [ "$use_ref" = 1 ]; then
    h=$(hwm_kib "$ref_pid"); [ "$h" -gt "$ref_hwm" ] && ref_hwm=$h
    stop_ref "$run"
  fi
  rm -f "$work/image.tar"
done
target_hwm=0
[ -n "$target_pid" ] && target_hwm=$(hwm_kib "$target_pid")

median() { tr ' ' '\n' | { grep . || true; } | sort -g | awk '{a[NR]=$1} END {if (NR == 0) exit; if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
ops=(push-gzip push-uncompressed pull-gzip pull-uncompressed)
declare -A med
for t in "${targets[@]}"; do for op in "${ops[@]}"; do
  m=$(median <<<"${samples["$t $op"]:-}")
  if [ -n "${failures["$t $op"]:-}" ]; then m="${m:+$m, }failed"; fi
  med["$t $op"]=${m:-n/a}
done; done
mib() { python3 -c "print(round($1 / 1024, 1))"; }
echo
echo "Layer $size_mib MiB of random bytes, median of $runs runs, MB/s = 10^6 bytes of the layer per second; peak RSS = VmHWM."
echo
echo "| target | push gzip MB/s | push uncompressed MB/s | pull gzip MB/s | pull uncompressed MB/s | peak RSS MiB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
row() { # target label hwm_kib
  local r="| $2 |" op
  for op in "${ops[@]}"; do r+=" ${med["$1 $op"]} |"; done
  if [ "$3" -gt 0 ]; then r+=" $(mib "$3") |"; else r+=" n/a |"; fi
  echo "$r"
}
[ "$use_ref" = 1 ] && row ref "docker-registry $("$registry_bin" --version | awk '{print $NF}')$([ "$ref_auth" = 1 ] && echo ' (htpasswd)')" "$ref_hwm"
[ -n "$url" ] && row b "$url" "$target_hwm"
if [ "$use_ref" = 1 ] && [ -n "$url" ]; then
  r="| ratio target / docker-registry |"
  for op in "${ops[@]}"; do
    if [[ ${med["b $op"]} =~ ^[0-9.]+$ && ${med["ref $op"]} =~ ^[0-9.]+$ ]]; then
      r+=" $(python3 -c "print(round(${med["b $op"]} / ${med["ref $op"]}, 2))") |"
    else r+=" n/a |"; fi
  done
  if [ "$target_hwm" -gt 0 ] && [ "$ref_hwm" -gt 0 ]; then r+=" $(python3 -c "print(round($target_hwm / $ref_hwm, 2))") |"; else r+=" n/a |"; fi
  echo "$r"
fi
[ "$nfail" = 0 ] || { echo "$nfail copies failed: see the log above" >&2; exit 1; }
