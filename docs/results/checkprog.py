#!/usr/bin/env python3
"""Independent re-check of benchmark solution files for OR-Library MKNAP (via ../shared/tools/mknapcheck.py's
reader: profit and every capacity row recomputed) and DIMACS CNF (every clause re-evaluated). Usage:
checkprog.py mknap OUTDIR [OUTDIR...] | checkprog.py cnf CNFDIR OUTDIR [OUTDIR...]"""
import glob, os, re, statistics, sys
SHARED = os.environ.get('HYPERSEED_SHARED', '../shared')  # run from the project root
sys.path.insert(0, os.path.join(SHARED, 'tools'))
import mknapcheck
def values(sol):
    x = {}
    for line in open(sol):
        t = line.split()
        if t and not t[0].startswith('#') and len(t) == 2:
            x[int(re.sub(r'\D', '', t[0]))] = int(t[1])
    return x
def claimed(sol):
    return float(re.findall(r'# objective: (\S+)', open(sol).read())[0])
mode = sys.argv[1]
if mode == 'mknap':
    D = os.path.join(SHARED, 'data/orlib_mknap')
    bk = {}
    import csv
    for r in csv.DictReader(open(D + '/best_known.csv')):
        bk[r['file'][:-4] + '-' + r['index_in_file']] = float(r['best_known_max'])
    cache = {}; agree = bad = infeasible = 0; gaps = {}
    for out in sys.argv[2:]:
        for sol in sorted(glob.glob(out + '/solutions/*.sol')):
            name, config = os.path.basename(sol).split('__')[:2]
            f, k = name.rsplit('-', 1)
            if f not in cache: cache[f] = mknapcheck.instances(D + '/' + f + '.txt')
            n, m, p, A, b = cache[f][int(k) - 1]
            x = mknapcheck.read_solution(sol, n)
            profit = sum(pi * xi for pi, xi in zip(p, x))
            viol = sum(max(0.0, sum(Ai[j] * x[j] for j in range(n)) - bi) for Ai, bi in zip(A, b))
            infeasible += viol > 1e-9
            if abs(profit - claimed(sol)) < 1e-6: agree += 1
            else: bad += 1; print('MISMATCH', sol, profit, claimed(sol))
            gaps.setdefault((config, f), {}).setdefault(name, []).append(100 * (bk[name] - profit) / bk[name])
    print(f'mknapcheck: {agree} agree, {bad} disagree, {infeasible} infeasible')
    for (config, f), per in sorted(gaps.items()):
        med = [statistics.median(v) for v in per.values()]
        print(f'{config} {f}: {len(per)} instances, median-of-3 gap: median {statistics.median(med):.3f} %, '
              f'mean {statistics.mean(med):.3f} %, max {max(med):.3f} %; worst single run {max(max(v) for v in per.values()):.3f} %; '
              f'at best known (median) {sum(g <= 1e-9 for g in med)}')
else:
    cnfdir = sys.argv[2]; agree = bad = sat = total = 0
    for out in sys.argv[3:]:
        for sol in sorted(glob.glob(out + '/solutions/*.sol')):
            name = os.path.basename(sol).split('__')[0]
            clauses = []
            for line in open(os.path.join(cnfdir, name + '.cnf')):
                t = line.split()
                if not t or t[0] in ('c', 'p', '%'): continue
                lits = [int(v) for v in t if v != '0']
                if lits: clauses.append(lits)
            x = values(sol)
            ok = sum(any((l > 0) == (x[abs(l)] == 1) for l in c) for c in clauses)
            total += 1; sat += ok == len(clauses)
            if abs(ok - claimed(sol)) < 1e-9: agree += 1
            else: bad += 1; print('MISMATCH', sol, ok, claimed(sol))
    print(f'cnf check: {agree} agree, {bad} disagree; {sat} of {total} runs satisfy every clause')
