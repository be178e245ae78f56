#!/usr/bin/env python3
"""Headline vs every unseeded config, combining the Tabu/LA columns of one table with the SA columns of another."""
import csv, statistics, sys
def med(path, configs):
    d = {}
    for r in csv.DictReader(open(path)):
        if r['config'] in configs:
            d.setdefault(r['instance'], {}).setdefault(r['config'], []).append(float(r['objective']))
    return {i: {c: statistics.median(v) for c, v in per.items()} for i, per in d.items()}
a = med(sys.argv[1], {'tabu', 'late-acceptance'}); b = med(sys.argv[2], {'simulated-annealing', 'neural-simulated-annealing'})
wins = 0
print('| instance | neural-SA | SA | tabu | LA | headline >= all |'); print('|---|---:|---:|---:|---:|---|')
for i in b:
    h = b[i]['neural-simulated-annealing']; others = [b[i]['simulated-annealing'], a[i]['tabu'], a[i]['late-acceptance']]
    ok = h >= max(others); wins += ok
    print(f"| {i} | {h:g} | {others[0]:g} | {others[1]:g} | {others[2]:g} | {'yes' if ok else 'no'} |")
print(f'\nheadline >= every unseeded config on {wins} of {len(b)} rows')
