#!/usr/bin/env bash
# Re-runs every benchmark behind docs/results.md on this machine (about 45 minutes on 2 cores); run it on an
# otherwise idle machine. Writes the logs and generated tables under docs/results/.
# Usage: scripts/run-benchmarks.sh [core|neural|timefold|seed|gset|configs|frameworks ...]  (default: all)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
data=${HYPERSEED_DATA:-$root/../shared/data}
out=docs/results
mkdir -p "$out"
./hyperseed --version >/dev/null            # builds on first use
. scripts/find-jdk.sh && hyperseed_find_jdk
cp="examples/hyperseed-cli/target/$(cd examples/hyperseed-cli/target && ls hyperseed-cli-*.jar | grep -v tests | head -1):$(cat examples/hyperseed-cli/target/classpath.txt)"
java_main() {
  DJL_OFFLINE=true OPT_OUT_TRACKING=true DJL_CACHE_DIR="$root/.djl-cache" OMP_NUM_THREADS=2 \
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -Dai.djl.offline=true \
    -Dai.djl.pytorch.num_threads=2 -Dhyperseed.data="$data" -cp "$cp" "$@"
}
sections=("$@")
[ ${#sections[@]} -eq 0 ] && sections=(core neural timefold seed gset configs frameworks)
seed_instances=("$data"/seed-bip/*_graph.txt "$data"/seed-bip/*_hypergraph.txt)
for s in "${sections[@]}"; do
  echo "== $s ($(date -u +%FT%TZ))"
  case "$s" in
    core)
      java_main io.hyperseed.core.bench.CoreBenchmark | tee "$out/core-benchmark.txt"
      java_main io.hyperseed.core.io.ParseBenchmark | tee "$out/parse-benchmark.txt" ;;
    neural)
      java_main io.hyperseed.neural.bench.NeuralBenchmark toy epoch cora scaling memory | tee "$out/neural-benchmark.txt" ;;
    timefold)
      java_main io.hyperseed.timefold.bench.TimefoldBenchmark speed 20 | tee "$out/timefold-speed.txt" ;;
    seed)
      ./hyperseed benchmark --instances "${seed_instances[@]}" --configs neural-tabu,tabu --frameworks timefold \
        --time 60s --repeats 1 --anchors "$data/seed-bip/reported_results.csv" \
        --markdown "$out/seed-bip.md" --out "$out/seed-bip" --title "Seed-paper instances, 60 s per run" ;;
    gset)
      ./hyperseed benchmark --instances "$data"/gset/graphs/G{14,15,22,49,50,55,70}.txt \
        --configs neural-tabu,tabu --frameworks timefold --time 60s --repeats 1 \
        --best-known "$data/gset/best_known.csv" --anchors "$data/gset/gnn_reported_results.csv" \
        --markdown "$out/gset.md" --out "$out/gset" --title "G-set (PI-GNN table), 60 s per run" ;;
    configs)
      ./hyperseed benchmark --instances "${seed_instances[@]}" \
        --configs neural-tabu,tabu,late-acceptance,simulated-annealing --frameworks timefold --time 10s \
        --repeats 1 --anchors "$data/seed-bip/reported_results.csv" \
        --markdown "$out/configs-10s.md" --out "$out/configs-10s" --title "All configs, seed-paper instances, 10 s" ;;
    frameworks)
      ./hyperseed benchmark --instances "$data/seed-bip/cora_hypergraph.txt" --configs neural-tabu,tabu \
        --frameworks timefold,optaplanner --time 30s --repeats 1 --anchors "$data/seed-bip/reported_results.csv" \
        --markdown "$out/frameworks-cora.md" --out "$out/frameworks-cora" \
        --title "Timefold vs OptaPlanner on seed Cora, 30 s" ;;
    *) echo "unknown section: $s" >&2; exit 2 ;;
  esac
done
