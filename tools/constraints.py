"""Print `constraints.txt`: the exact versions installed in this environment of every package that
`ssm2d[dev]` needs (the requirements of settings.ini and everything they pull in, recursively).

Run it with the python of a venv made by `pip install -e ".[dev]"` (without `-c`), then commit the output:
    .venv/bin/python tools/constraints.py > constraints.txt
"""
import configparser, importlib.metadata as md, shlex
from pathlib import Path
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HEADER = '''# The exact versions CI and the README install (Python 3.11, Linux x86_64): every package that
# `pip install -e ".[dev]"` brings in. settings.ini declares the ranges the package supports;
# this file makes an install reproducible:
#     pip install -e ".[dev]" -c constraints.txt
# Regenerate after changing settings.ini (in a venv installed from settings.ini alone):
#     python tools/constraints.py > constraints.txt'''


def closure(reqs):
    "Name -> installed version for `reqs` and their dependencies (markers evaluated here, extras followed)."
    dists = {canonicalize_name(d.metadata['Name']): d for d in md.distributions()}
    todo, seen = [Requirement(r) for r in reqs], {}
    while todo:
        r = todo.pop()
        n = canonicalize_name(r.name)
        if n in seen: continue
        if n not in dists: raise SystemExit(f'{r.name} is required but not installed: pip install -e ".[dev]" first')
        seen[n] = dists[n].version
        for s in dists[n].requires or []:
            q = Requirement(s)
            if q.marker and not any(q.marker.evaluate({'extra': e}) for e in (r.extras or {''})): continue
            todo.append(q)
    return seen


if __name__ == '__main__':
    cfg = configparser.ConfigParser(delimiters=['='])
    cfg.read(Path(__file__).resolve().parent.parent / 'settings.ini', encoding='utf-8')
    d = cfg['DEFAULT']
    pins = closure(shlex.split(d.get("requirements", "")) + shlex.split(d.get("dev_requirements", "")))
    print(HEADER)
    for n in sorted(pins): print(f'{n}=={pins[n]}')
