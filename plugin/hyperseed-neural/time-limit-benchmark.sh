#!/usr/bin/env bash
# Runs io.hyperseed.neural.bench.TimeLimitBenchmark (test tree): overshoot and peak RSS of the neural seeding
# phase. Usage, from the repository root:
#   plugin/hyperseed-neural/time-limit-benchmark.sh [n=200,2000,...] [budgets=1,5,30] [name=value ...]
# Builds the module (no tests), writes its test class path once, then runs the benchmark with 2 torch threads.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. scripts/find-jdk.sh
hyperseed_find_jdk
module=plugin/hyperseed-neural
./build -q -o -pl "$module" -am package -DskipTests
./build -q -o -pl "$module" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/$module/target/test-classpath.txt" >/dev/null
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/test-classpath.txt")"
export DJL_OFFLINE=true OPT_OUT_TRACKING=true DJL_CACHE_DIR="$root/.djl-cache" OMP_NUM_THREADS=2
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx3g -Dai.djl.offline=true \
    -Dai.djl.pytorch.num_threads=2 -cp "$cp" io.hyperseed.neural.bench.TimeLimitBenchmark "$@"
