#!/usr/bin/env bash
# Runs the JMH benchmarks and reports citegraph's speed as ratios to a baseline measured in the
# same run (Jena RIOT parsing the N-Triples the conversion wrote), plus citations per second.
# Usage: bench/run.sh [extra JMH options, e.g. -p notes=5000]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
out=target/bench-results.json
# One core for the measured thread: -t 1; JSON results for the ratio computation below.
java -cp "$cp" org.openjdk.jmh.Main 'org.citegraph.bench.*' -t 1 -rf json -rff "$out" "$@" | tee target/bench.log
corpus=$(grep -m1 '^\[corpus\]' target/bench.log || true)
python3 - "$out" "$corpus" <<'PY'
import json, re, sys
results = {r["benchmark"].rsplit(".", 1)[1]: r for r in json.load(open(sys.argv[1]))}
m = re.search(r"citations=(\d+)", sys.argv[2] or "")
citations = int(m.group(1)) if m else None
base = results["baselineRiotParseNTriples"]["primaryMetric"]["score"]
print("\nbenchmark                      ms/op    ratio to baseline   citations/s")
for name in ("baselineRiotParseNTriples", "parseNotes", "convertToNTriples"):
    r = results.get(name)
    if not r: continue
    ms = r["primaryMetric"]["score"]
    rate = f"{citations / (ms / 1000):,.0f}" if citations else "?"
    print(f"{name:28s} {ms:9.2f}   {ms / base:8.2f}x time      {rate}")
PY
