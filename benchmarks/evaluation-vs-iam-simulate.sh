#!/usr/bin/env bash
# Issue 2's evaluation benchmark and its peer, in one run (docs/benchmarks.md):
# JMH on the seed trust policy (one thread), then @cloud-copilot/iam-simulate on the same policy
# and requests in Node. Needs JDK 17+, Node 20+ and npm (the peer comes from the npm registry).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests -pl benchmarks -am
java -jar benchmarks/target/benchmarks.jar 'TrustPolicyEvaluation|TemplateResolution' \
  -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1
(cd benchmarks/peers/iam-simulate && npm ci --silent && node bench.mjs 10)
