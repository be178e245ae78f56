#!/usr/bin/env bash
# Re-runs every benchmark behind docs/results.md on this machine (about 45 minutes on 2 cores); run it on an
# otherwise idle machine. Writes the logs and generated tables under docs/results/.
# Usage: scripts/run-benchmarks.sh [core|neural|timefold|solve|seed|gset|configs|frameworks ...]
#        (default: all but solve). core, neural, timefold and solve run the benchmark module
#        (examples/hyperseed-benchmarks, main io.hyperseed.bench.Benchmarks: `... Benchmarks --help`);
#        the others run `./hyperseed benchmark`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
data=${HYPERSEED_DATA:-$root/../shared/data}
out=docs/results
mkdir -p "$out"
./hyperseed --version >/dev/null            # builds the CLI on first use
./build -q -DskipTests -pl examples/hyperseed-benchmarks -am package   # the benchmark module and its class path
. scripts/find-jdk.sh && hyperseed_find_jdk
bench_dir=examples/hyperseed-benchmarks/target
cp="$bench_dir/$(cd "$bench_dir" && ls hyperseed-benchmarks-*.jar | grep -v tests | head -1):$(cat "$bench_dir/classpath.txt")"
bench() {  # JMH forks inherit these JVM arguments
  DJL_OFFLINE=true OPT_OUT_TRACKING=true DJL_CACHE_DIR="$root/.djl-cache" OMP_NUM_THREADS=2 \
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -Dai.djl.offline=true \
    -Dai.djl.pytorch.num_threads=2 -Dhyperseed.data="$data" -cp "$cp" io.hyperseed.bench.Benchmarks "$@"
}
sections=("$@")
[ ${#sections[@]} -eq 0 ] && sections=(core neural timefold seed gset configs frameworks)
seed_instances=("$data"/seed-bip/*_graph.txt "$data"/seed-bip/*_hypergraph.txt)
for s in "${sections[@]}"; do
  echo "== $s ($(date -u +%FT%TZ))"
  case "$s" in
    core)
      bench core | tee "$out/core-benchmark.txt"
      bench parse | tee "$out/parse-benchmark.txt" ;;
    neural)
      bench neural toy epoch cora scaling memory | tee "$out/neural-benchmark.txt" ;;
    timefold)
      bench timefold speed --seconds 20 | tee "$out/timefold-speed.txt" ;;
    solve)
      bench solve --seconds 10 --frameworks timefold,optaplanner | tee "$out/solve-quick.txt" ;;
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
