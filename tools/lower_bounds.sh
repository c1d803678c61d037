#!/usr/bin/env bash
# The notebooks' fast suite at the oldest versions settings.ini allows. Every `name>=X` in
# `requirements` and `dev_requirements` becomes `name==X` in a constraints file made here; the
# package is installed (editable) into a venv of its own, cached outside the clone and keyed by
# those pins; then tools/nbtest.py runs every notebook there. Ends with `N passed, M failed`.
#   bash tools/lower_bounds.sh                   # what `SSM2D_CI_LOWER_BOUNDS=1 bash .ci/run` adds
#   SSM2D_LOWER_VENV=/tmp/low bash tools/lower_bounds.sh   # choose where the venv goes
# Slow: a fresh venv downloads an older torch (~3 GB with its CUDA libraries) and the suite runs again.
set -uo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
PY=${SSM2D_LOWER_PYTHON:-python3}

LOW=$(mktemp --suffix=-lower.txt); trap 'rm -f "$LOW"' EXIT
"$PY" - settings.ini >"$LOW" <<'PYEOF' || { echo "could not read settings.ini"; echo "0 passed, 1 failed"; exit 1; }
import configparser, re, shlex, sys
cfg = configparser.ConfigParser(delimiters=['=']); cfg.read(sys.argv[1], encoding='utf-8')
d = cfg['DEFAULT']
for r in shlex.split(d.get('requirements', '')) + shlex.split(d.get('dev_requirements', '')):
    m = re.match(r'^([A-Za-z0-9_.\-]+)(\[[^\]]*\])?.*>=\s*([^,;\s]+)', r)
    if m: print(f'{m.group(1)}=={m.group(3)}')
PYEOF
echo "lower bounds (from settings.ini):"; sed 's/^/  /' "$LOW"

KEY=$( ("$PY" --version; cat "$LOW") | sha256sum | cut -c1-16)
VENV=${SSM2D_LOWER_VENV:-${SSM2D_CI_CACHE:-$HOME/.cache/ssm2d-ci}/lower-$KEY}
if [ ! -f "$VENV/.complete" ]; then
  echo "creating venv $VENV (first run: several minutes)"
  rm -rf "$VENV"; mkdir -p "$(dirname "$VENV")"
  "$PY" -m venv "$VENV" && "$VENV/bin/pip" install -q --upgrade pip setuptools wheel \
    && "$VENV/bin/pip" install -q -e ".[dev]" -c "$LOW" && touch "$VENV/.complete" \
    || { echo "install at the lower bounds failed"; echo "0 passed, 1 failed"; exit 1; }
fi
# this clone, in case the cached venv was made from another one
"$VENV/bin/pip" install -q --no-deps -e . >/dev/null 2>&1 || { echo "pip install -e . failed"; echo "0 passed, 1 failed"; exit 1; }
"$VENV/bin/python" - "$LOW" <<'PYEOF' || { echo "the venv does not hold the lower bounds"; echo "0 passed, 1 failed"; exit 1; }
import importlib.metadata as md, sys
from packaging.version import Version
bad = []
for line in open(sys.argv[1]):
    name, want = line.strip().split('==')
    have = md.version(name)
    print(f'  {name} {have}')
    if Version(Version(have).public) != Version(want): bad.append((name, have, want))
if bad: sys.exit(f'not at the lower bound: {bad}')
PYEOF
echo "lower-bounds venv ready after $(( $(date +%s) - start ))s; running the notebooks"
"$VENV/bin/python" tools/nbtest.py
