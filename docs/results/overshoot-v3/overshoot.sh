#!/bin/bash
# overshoot.sh LABEL [CONFIG] [SIZES] [TIMES] [FRAMEWORK]: whole-solve overshoot, one JVM per solve, wall and peak RSS.
# Pauses (SIGSTOP) any JVM running from /work/wt-graphap for the duration, logged in pauses.txt.
L=$1; C=${2:-neural-tabu}; SIZES=${3:-"200 1000 10000 100000 1000000"}; TIMES=${4:-"1 5 30"}; F=${5:-timefold}
cd /work/main
d=/work/bench-out/over-$L; mkdir -p $d; out=$d/overshoot.tsv
pids=$(pgrep -f "wt-graphap/examples" | tr '\n' ' ')
[ -n "$pids" ] && kill -STOP $pids && echo "STOP $(date +%T) $pids overshoot-$L" >> /work/bench-out/pauses.txt
trap '[ -n "$pids" ] && kill -CONT $pids && echo "CONT $(date +%T) $pids" >> /work/bench-out/pauses.txt' EXIT
echo -e "n\tbudget_s\tframework\tconfig\tseeding_s\tsearch_s\ttotal_s\tovershoot_s\tjvm_wall_s\tpeak_rss_mib\tobjective\tevalcut" > $out
echo "== overshoot $L $(date +%T) $(git rev-parse --short HEAD) $(git status --short | wc -l) uncommitted"
for n in $SIZES; do for T in $TIMES; do
  f=$d/h$n-$F-$C-$T
  /usr/bin/time -v nice -n -15 ./hyperseed solve /work/bench-out/scale/h$n.hgr --framework $F --config $C --time ${T}s --progress off --out $f.sol > $f.log 2>&1
  line=$(grep "^time " $f.log); obj=$(grep "^objective" $f.log | awk '{print $2}')
  seeding=$(echo "$line" | sed -E 's/.*seeding ([0-9.]+)s.*/\1/'); search=$(echo "$line" | sed -E 's/.*search ([0-9.]+)s.*/\1/'); total=$(echo "$line" | sed -E 's/.*total ([0-9.]+)s.*/\1/')
  wall=$(grep "Elapsed (wall" $f.log | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident" $f.log | awk '{print int($NF/1024)}')
  ec=$(python3 /work/shared/tools/evalcut.py hgr /work/bench-out/scale/h$n.hgr $f.sol 2>&1 | tail -1)
  over=$(python3 -c "print(round($total-$T,2))")
  echo -e "$n\t$T\t$F\t$C\t$seeding\t$search\t$total\t$over\t$wall\t$rss\t$obj\t$ec" | tee -a $out
done; done
echo "== done $(date +%T)"
