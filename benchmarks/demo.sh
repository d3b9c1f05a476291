#!/usr/bin/env bash
# Issue 16's benchmark: `./rehearse demo` from a built checkout, emulators cold (every demo starts
# its own in a fresh data directory), with the Docker engine and without one (PATH without
# docker: the workflow's docker commands run through the daemonless stand-in, Jib core). hyperfine
# measures the wall time; each run's own JSON document gives each phase's time, whose medians are
# printed as shares of the median run.
#
#   benchmarks/demo.sh [RUNS]      # default 5 runs each, after one untimed warm-up run each
#
# The warm-up records what a built checkout keeps after its first demo: the CLI's class-data
# archive for `demo` (./rehearse), the emulators' archives next to their jars, the stand-in's.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
./rehearse --version >/dev/null # builds what is missing, outside the measurement
out=target/bench-demo
rm -rf "$out" && mkdir -p "$out"

# This PATH without docker: a folder that holds one is replaced by a folder of links to the rest
# of it (bash may live beside docker in /usr/bin).
no_docker="" tools="$PWD/$out/tools"
mkdir -p "$tools"
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  if [ -x "$dir/docker" ]; then
    for file in "$dir"/*; do
      name=${file##*/}
      [[ $name == docker* ]] || [ -e "$tools/$name" ] || ln -s "$file" "$tools/$name"
    done
  else
    no_docker="${no_docker:+$no_docker:}$dir"
  fi
done
no_docker="$no_docker:$tools"

names=() commands=()
if docker info >/dev/null 2>&1; then
  names+=(docker-engine)
  commands+=("./rehearse demo --format json >>$out/docker-engine.json 2>/dev/null")
else
  echo "no Docker engine answers 'docker info': measuring the daemonless demo only" >&2
fi
names+=(no-docker)
commands+=("env PATH='$no_docker' ./rehearse demo --format json >>$out/no-docker.json 2>/dev/null")

args=()
for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 1 --runs "$runs" --export-markdown "$out/hyperfine.md" "${args[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$runs" "$out" "${names[@]}" <<'PY'
import json, statistics, sys
runs, out, names = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
for name in names:
    text, docs, at = open(f"{out}/{name}.json").read(), [], 0
    decoder = json.JSONDecoder()
    while at < len(text.rstrip()):
        doc, at = decoder.raw_decode(text, at)
        docs.append(doc)
        while at < len(text) and text[at].isspace():
            at += 1
    docs = docs[-runs:]  # the warm-up's document first
    bad = [d for d in docs if not d["asExpected"]]
    total = statistics.median(d["millis"] for d in docs)
    print(f"\n{name}: median {total / 1000:.2f} s inside the CLI over {len(docs)} runs"
          f"{'' if not bad else f', {len(bad)} NOT as expected'}")
    for i, phase in enumerate(docs[0]["phases"]):
        ms = statistics.median(d["phases"][i]["millis"] for d in docs if len(d["phases"]) > i)
        print(f"  {i + 1}. {phase['title'][:70]:70} {ms / 1000:5.2f} s {100 * ms / total:3.0f}%")
PY
