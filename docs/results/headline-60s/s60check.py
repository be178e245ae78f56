import csv, statistics, collections
best = {r['instance']: float(r['best_known_cut']) for r in csv.DictReader(open('/work/shared/data/gset/best_known.csv'))}
pignn = {r['instance']: float(r['PI-GNN']) for r in csv.DictReader(open('/work/shared/data/gset/gnn_reported_results.csv'))}
runs = collections.defaultdict(list); ref = {}
for r in csv.DictReader(open('/work/bench-out/s60/runs.csv')):
    runs[r['instance']].append(float(r['objective'])); ref[r['instance']] = r['reference']
ok = 0; total = 0
for inst, vals in runs.items():
    med = statistics.median(vals); total += 1
    if inst in best:
        gap = 100 * (best[inst] - med) / best[inst]
        good = gap <= 0.3 + 1e-9 and med > pignn[inst] and (inst != 'G70' or med >= 9562)
        print(f"{inst:20s} median {med:8.0f} {sorted(vals)} best {best[inst]:.0f} gap {gap:.2f}% PI-GNN {pignn[inst]:.0f} {'OK' if good else 'MISS'}")
    else:
        good = med >= float(ref[inst])
        print(f"{inst:20s} median {med:8.0f} {sorted(vals)} ref {ref[inst]} {'OK' if good else 'MISS'}")
    ok += good
print(ok, 'of', total)
