#!/usr/bin/env bash
# refcut reference: ten 10 s runs (seeds 1..10) per dense graph, checkpoints 1 s and 5 s
for f in dense-*.txt; do
  for s in $(seq 1 10); do
    echo "== $f seed $s"
    nice -n 19 /tmp/refcut rudy "$f" 10 "$s" "ref-${f%.txt}-s$s.witness" -c 0.1,1,5
  done
done
