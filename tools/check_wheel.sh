#!/usr/bin/env bash
# Packaging check: build the sdist and the wheel (the wheel from the sdist, as `python -m build`
# does), install the wheel (not editable) into a fresh venv that already holds a torch other than
# the one constraints.txt pins, and check that pip keeps that torch and the package works there:
# `import ssm2d`, `ssm2d_train --epochs 1` (the default digits run), and the exported API of
# notebooks 10 and 11 (the fast selective scan against the reference one, in float64).
#   bash tools/check_wheel.sh            # user's torch: torch==2.8.0 torchvision==0.23.0
#   SSM2D_WHEEL_TORCH="torch==2.4.0 torchvision==0.19.0" SSM2D_WHEEL_DIR=/tmp/w bash tools/check_wheel.sh
# Ends with `N passed, M failed` (one count per check).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PY=${SSM2D_WHEEL_PYTHON:-python3}
TORCH=${SSM2D_WHEEL_TORCH:-torch==2.8.0 torchvision==0.23.0}
DIR=${SSM2D_WHEEL_DIR:-$(mktemp -d)}
mkdir -p "$DIR"; rm -rf "$DIR/dist" "$DIR/venv" "$DIR/run"; mkdir -p "$DIR/run"
passed=0; failed=0
check() {  # check NAME CMD...: run CMD, count it
  local name=$1; shift
  if "$@"; then echo "PASS $name"; passed=$((passed+1)); else echo "FAIL $name"; failed=$((failed+1)); fi
}
finish() { echo "$passed passed, $failed failed"; [ "$failed" = 0 ]; exit $?; }
logged() {  # logged LOG CMD...: run CMD with its output in LOG; show the tail if it fails
  local log=$1; shift
  "$@" >"$log" 2>&1 || { tail -30 "$log"; return 1; }
}

# 1. sdist + wheel, in a throwaway build venv (build isolation fetches setuptools itself)
"$PY" -m venv "$DIR/buildenv" && "$DIR/buildenv/bin/pip" install -q build >/dev/null 2>&1
check "build sdist and wheel" logged "$DIR/build.log" "$DIR/buildenv/bin/python" -m build --outdir "$DIR/dist" "$ROOT" || finish
WHEEL=$(ls "$DIR"/dist/ssm2d-*.whl); SDIST=$(ls "$DIR"/dist/ssm2d-*.tar.gz)
echo "built $(basename "$SDIST") and $(basename "$WHEEL")"
check "sdist holds settings.ini, README.md and the package" \
  bash -c "tar -tzf '$SDIST' | grep -q '/settings.ini$' && tar -tzf '$SDIST' | grep -q '/README.md$' && tar -tzf '$SDIST' | grep -q '/ssm2d/mamba/fastscan.py$'"
check "wheel metadata has ranges, no == pins" \
  bash -c "unzip -p '$WHEEL' '*.dist-info/METADATA' | tee '$DIR/METADATA' | grep -q '^Requires-Dist: torch>=' && ! grep -E '^Requires-Dist: [^;]*==' '$DIR/METADATA'"

# 2. the user's environment: another torch first
"$PY" -m venv "$DIR/venv" && "$DIR/venv/bin/pip" install -q --upgrade pip >/dev/null 2>&1
"$DIR/venv/bin/pip" install -q $TORCH >"$DIR/torch.log" 2>&1 || { tail -20 "$DIR/torch.log"; echo "could not install $TORCH"; failed=$((failed+1)); finish; }
before=$("$DIR/venv/bin/python" -c "import torch, torchvision; print(torch.__version__, torchvision.__version__)")
echo "user's torch, torchvision before: $before"

# 3. the wheel, as a user installs it (no constraints file, not editable)
check "pip install the wheel" logged "$DIR/install.log" "$DIR/venv/bin/pip" install -q "$WHEEL"
after=$("$DIR/venv/bin/python" -c "import torch, torchvision; print(torch.__version__, torchvision.__version__)")
echo "user's torch, torchvision after:  $after"
check "pip kept the user's torch" test "$before" = "$after"

# 4. the package works there, from outside the clone (so the installed copy is the one imported)
cd "$DIR/run"
check "import ssm2d (from site-packages)" "$DIR/venv/bin/python" -c "
import ssm2d, torch, sys
assert '$ROOT' not in ssm2d.__file__ and 'site-packages' in ssm2d.__file__, ssm2d.__file__
print('ssm2d', ssm2d.__version__, 'from', ssm2d.__file__, 'with torch', torch.__version__)"
check "notebooks 10/11 API: fast scan == reference scan (float64)" "$DIR/venv/bin/python" -c "
import torch
from ssm2d.mamba.scan import selective_scan_ref, random_scan_inputs
from ssm2d import selective_scan, SSM2D
x = random_scan_inputs(Bsz=2, L=33, Dm=5, N=4, dtype=torch.float64)
ref, fast = selective_scan_ref(**x), selective_scan(**x)
err = (ref - fast).abs().max().item(); print('max |fast - ref| =', err); assert err < 1e-10, err
y = SSM2D(8)(torch.randn(2, 8, 6, 6)); print('SSM2D(8) output', tuple(y.shape)); assert y.shape == (2, 8, 6, 6)"
check "ssm2d_train --epochs 1 (digits)" logged "$DIR/train.log" env OMP_NUM_THREADS=${OMP_NUM_THREADS:-2} "$DIR/venv/bin/ssm2d_train" --epochs 1 \
  && tail -8 "$DIR/train.log"
finish
