#!/bin/bash
# The 22-row 10 s table (four configs, seeds 1-3) at the worktree's commit, as configs-10s-v4/v5 were run.
cd /work/wt-bench
S=/work/shared/data
OUT=/work/bench-out/configs-10s-v6
echo "== CUT-10s-v6 $(date +%T) $(git rev-parse --short HEAD)"
nice -n -15 ./hyperseed benchmark \
  --instances $S/seed-bip/bat_graph.txt $S/seed-bip/citeseer_graph.txt $S/seed-bip/dblp_graph.txt $S/seed-bip/eat_graph.txt $S/seed-bip/uat_graph.txt \
              $S/seed-bip/cora_hypergraph.txt $S/seed-bip/high_hypergraph.txt $S/seed-bip/primary_hypergraph.txt \
              "$S/hypop/synthetic_original/Hyp_*.txt" \
              $S/gset/graphs/G14.txt $S/gset/graphs/G15.txt $S/gset/graphs/G22.txt $S/gset/graphs/G49.txt $S/gset/graphs/G50.txt $S/gset/graphs/G55.txt $S/gset/graphs/G70.txt \
  --configs neural-simulated-annealing,tabu,simulated-annealing,late-acceptance --time 10s --repeats 3 --solutions \
  --title "Headline vs every unseeded config, 10 s, 3 seeds (snapshot clones, deadline watch)" \
  --out $OUT --markdown $OUT.md
echo "== done $(date +%T)"
