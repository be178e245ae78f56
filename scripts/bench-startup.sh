#!/usr/bin/env bash
# Start-up benchmark behind docs/results/startup.md: wall and CPU time of three ./hyperseed calls on a 100-vertex
# graph (generated, seed 1), with and without the start-up archive. Needs hyperfine (apt-get install hyperfine).
#   scripts/bench-startup.sh [RUNS]    (default 10 runs each, after 2 warm-up runs)
# Writes target/startup/startup.md and .json, and prints the machine's load before and after.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-10}
command -v hyperfine >/dev/null || { echo "bench-startup: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
out="$root/target/startup"
mkdir -p "$out"
./hyperseed --version >/dev/null   # builds first when needed, outside the measurement
graph="$out/g100.txt"
[ -f "$graph" ] || ./hyperseed generate hypergraph --n 100 --m 300 --max-size 2 --writer rudy --seed 1 \
  --out "$graph" >/dev/null

echo "load before: $(uptime)"
hyperfine -N --warmup 2 --runs "$runs" --export-markdown "$out/startup.md" --export-json "$out/startup.json" \
  -n "info" "./hyperseed info $graph" \
  -n "solve --config tabu --time 1s" "./hyperseed solve $graph --config tabu --time 1s --progress off" \
  -n "solve --config neural-tabu --time 1s" "./hyperseed solve $graph --config neural-tabu --time 1s --progress off" \
  -n "info (HYPERSEED_CDS=off)" "env HYPERSEED_CDS=off ./hyperseed info $graph" \
  -n "solve --config tabu --time 1s (HYPERSEED_CDS=off)" \
     "env HYPERSEED_CDS=off ./hyperseed solve $graph --config tabu --time 1s --progress off" \
  -n "solve --config neural-tabu --time 1s (HYPERSEED_CDS=off)" \
     "env HYPERSEED_CDS=off ./hyperseed solve $graph --config neural-tabu --time 1s --progress off"
echo "load after: $(uptime)"
