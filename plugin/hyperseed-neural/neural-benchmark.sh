#!/usr/bin/env bash
# Runs a benchmark main of the neural module's test tree (package io.hyperseed.neural.bench). From the repository
# root:
#   plugin/hyperseed-neural/neural-benchmark.sh TimeLimitBenchmark [n=200,2000,...] [budgets=1,5,30] [name=value ...]
#   plugin/hyperseed-neural/neural-benchmark.sh NetworkComparison [seeds=3] [timeLimit=30s] [name=value ...]
# Builds the module (no tests), writes its test class path, then runs the main with 2 torch threads and the
# shared data folder ../shared/data (override with HYPERSEED_DATA).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. scripts/find-jdk.sh
hyperseed_find_jdk
module=plugin/hyperseed-neural
./build -q -o -pl "$module" -am package -DskipTests
./build -q -o -pl "$module" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$root/$module/target/test-classpath.txt" >/dev/null
# the reactor's own core classes first: the class path file may name an older core jar in ~/.m2
core=plugin/hyperseed-core
cp="$module/target/test-classes:$module/target/classes:$core/target/classes:$core/target/test-classes"
cp="$cp:$(cat "$module/target/test-classpath.txt")"
export DJL_OFFLINE=true OPT_OUT_TRACKING=true DJL_CACHE_DIR="$root/.djl-cache" OMP_NUM_THREADS=2
main=${1:?"Which benchmark? TimeLimitBenchmark or NetworkComparison"}
shift
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx3g -Dai.djl.offline=true \
    -Dai.djl.pytorch.num_threads=2 -Dhyperseed.data="${HYPERSEED_DATA:-$root/../shared/data}" -cp "$cp" \
    "io.hyperseed.neural.bench.$main" "$@"
