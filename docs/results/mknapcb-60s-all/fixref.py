#!/usr/bin/env python3
"""fixref.py RUNS_IN RUNS_OUT REF.csv SOURCE: fill reference, gap and time-to-target columns of a runs.csv from a
best-known file (rows whose reference was the best run because the file given to the benchmark lacked them)."""
import csv, sys
src, dst, refp, label = sys.argv[1:5]
ref = {r['instance']: float(r['best_known']) for r in csv.DictReader(open(refp))}
rows = list(csv.DictReader(open(src)))
def fmt(x): return f'{x:.3f}'
for r in rows:
    v = ref[r['instance']]
    r['reference'] = f'{v:g}'; r['reference_source'] = label
    obj = float(r['objective'])
    r['gap_percent'] = f'{100 * (v - obj) / v:.4f}'
    t995 = t100 = ''
    for p in filter(None, r['best_over_time'].split(';')):
        t, o, viol = p.split(':')[:3]
        if float(viol) != 0: continue
        if not t995 and float(o) >= 0.995 * v: t995 = fmt(float(t))
        if not t100 and float(o) >= v: t100 = fmt(float(t))
    r['time_to_99.5%_s'] = t995; r['time_to_100%_s'] = t100
w = csv.DictWriter(open(dst, 'w', newline=''), fieldnames=rows[0].keys(), lineterminator='\n')
w.writeheader(); w.writerows(rows)
print(len(rows), 'rows')
