#!/usr/bin/env python3
"""Independent QUBO check of bqp solution files: x^T Q x from the OR-Library file (each listed entry once,
i==j on the diagonal), compared with the file's '# objective' and with best_known.csv."""
import csv, glob, os, re, sys
D = '/work/shared/data/orlib_bqp'
def instances(path):
    tok = open(path).read().split(); pos = 0; K = int(tok[pos]); pos += 1; out = []
    for _ in range(K):
        n, nz = int(tok[pos]), int(tok[pos + 1]); pos += 2
        e = [(int(tok[pos + 3 * k]), int(tok[pos + 3 * k + 1]), float(tok[pos + 3 * k + 2])) for k in range(nz)]
        pos += 3 * nz; out.append((n, e))
    return out
best = {r['instance']: float(r['best_known_max']) for r in csv.DictReader(open(D + '/best_known.csv'))}
cache = {}; ok = bad = hit = 0
for sol in sorted(glob.glob(sys.argv[1] + '/solutions/*.sol')):
    name = os.path.basename(sol).split('__')[0]; f, k = name.split('-')
    if f not in cache: cache[f] = instances(D + '/' + f + '.txt')
    n, e = cache[f][int(k) - 1]
    x = {}
    for line in open(sol):
        t = line.split()
        if t and not t[0].startswith('#'): x[int(re.sub(r'\D', '', t[0]))] = int(t[1])
    base = min(x)
    v = sum((1 if i == j else 2) * q * x[i - 1 + base] * x[j - 1 + base] for i, j, q in e)
    claimed = float(re.search(r'# objective: (\S+)', open(sol).read()).group(1))
    if abs(v - claimed) < 1e-6: ok += 1
    else: bad += 1; print('MISMATCH', sol, v, claimed)
    hit += v >= best[name] - 1e-6
print(f'qubo check: {ok} agree, {bad} disagree; {hit} of {ok + bad} at the best known')
