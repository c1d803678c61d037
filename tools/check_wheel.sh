#!/usr/bin/env bash
# Packaging check: build the sdist and the wheel (the wheel from the sdist, as `python -m build`
# does), install the wheel (not editable) with the README's command into two fresh venvs that already hold a torch
# other than the one constraints.txt pins (one with torchvision, one with torch alone, where pip must pick a
# torchvision for that torch), and check that pip keeps that torch and the package works there:
# `import ssm2d`, `ssm2d_train --epochs 1` (the default digits run), `ssm2d_torchrun` with a bad flag (one line, exit 2), and the exported API of
# notebooks 10 and 11 (the fast selective scan against the reference one, in float64).
#   bash tools/check_wheel.sh            # user's torch: torch==2.8.0 torchvision==0.23.0
#   SSM2D_WHEEL_TORCH="torch==2.4.0 torchvision==0.19.0" SSM2D_WHEEL_DIR=/tmp/w bash tools/check_wheel.sh
# Ends with `N passed, M failed` (one count per check).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
unset PYTHONPATH     # the installed wheel is under test, never a checkout on the path
PY=${SSM2D_WHEEL_PYTHON:-python3}
TORCH=${SSM2D_WHEEL_TORCH:-torch==2.8.0 torchvision==0.23.0}
DIR=${SSM2D_WHEEL_DIR:-$(mktemp -d)}
mkdir -p "$DIR"; rm -rf "$DIR/dist" "$DIR"/venv* "$DIR/run"; mkdir -p "$DIR/run"
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

# 2-4, for each user environment: another torch first (with torchvision, and torch alone), then the wheel with the
# README's command (the installed torch pinned in the same pip call), then the package at work from site-packages
user_env() {  # user_env NAME "PACKAGES"
  local name=$1 pkgs=$2 V="$DIR/venv-$1"
  echo "== user environment '$name': $pkgs"
  "$PY" -m venv "$V" && "$V/bin/pip" install -q --upgrade pip >/dev/null 2>&1
  "$V/bin/pip" install -q $pkgs >"$DIR/torch-$name.log" 2>&1 || { tail -20 "$DIR/torch-$name.log"; echo "could not install $pkgs"; failed=$((failed+1)); return; }
  local q="import torch; v = [torch.__version__]
try:
    import torchvision; v.append(torchvision.__version__)
except ImportError: v.append('no torchvision')
print(*v)"
  local before after tv
  before=$("$V/bin/python" -c "$q")
  echo "user's torch, torchvision before: $before"
  tv=$("$V/bin/python" -c "from importlib.metadata import version; print(version('torch'))")   # not torch.__version__: PyPI's 2.8.0 says 2.8.0+cu128
  check "[$name] pip install the wheel with torch==$tv pinned (the README's command)" logged "$DIR/install-$name.log" "$V/bin/pip" install -q "$WHEEL" "torch==$tv"
  after=$("$V/bin/python" -c "$q")
  echo "user's torch, torchvision after:  $after"
  check "[$name] pip kept the user's torch" test "${before%% *}" = "${after%% *}"
  [[ "$before" == *"no torchvision"* ]] || check "[$name] pip kept the user's torchvision" test "$before" = "$after"
  (cd "$DIR/run" && check "[$name] import ssm2d (from site-packages)" "$V/bin/python" -c "
import ssm2d, torch, timm
assert '$ROOT' not in ssm2d.__file__ and 'site-packages' in ssm2d.__file__, ssm2d.__file__
m = timm.create_model('ssm2d_vit_ssm', depth=1)
print('ssm2d', ssm2d.__version__, 'from', ssm2d.__file__, 'with torch', torch.__version__, '; ssm2d_vit_ssm out', tuple(m(torch.randn(1, 3, 32, 32)).shape))"
   echo "$passed $failed" > "$DIR/counts")
  read -r passed failed < "$DIR/counts"
  LAST_VENV=$V
}
user_env torch_torchvision "$TORCH"
user_env torch_only "${SSM2D_WHEEL_TORCH_ONLY:-${TORCH%% *}}"

# the package works there, from outside the clone (so the installed copy is the one imported)
V=${LAST_VENV:-$DIR/venv-torch_only}
cd "$DIR/run"
check "notebooks 10/11 API: fast scan == reference scan (float64)" "$V/bin/python" -c "
import torch
from ssm2d.mamba.scan import selective_scan_ref, random_scan_inputs
from ssm2d import selective_scan, SSM2D
x = random_scan_inputs(Bsz=2, L=33, Dm=5, N=4, dtype=torch.float64)
ref, fast = selective_scan_ref(**x), selective_scan(**x)
err = (ref - fast).abs().max().item(); print('max |fast - ref| =', err); assert err < 1e-10, err
y = SSM2D(8)(torch.randn(2, 8, 6, 6)); print('SSM2D(8) output', tuple(y.shape)); assert y.shape == (2, 8, 6, 6)"
check "ssm2d_train --epochs 1 (digits)" logged "$DIR/train.log" env OMP_NUM_THREADS=${OMP_NUM_THREADS:-2} "$V/bin/ssm2d_train" --epochs 1 \
  && tail -8 "$DIR/train.log"
check "ssm2d_torchrun: a bad flag is one line, exit status 2, before any worker starts" bash -c \
  '"$0" --nproc_per_node 2 --batch-size 0 2>"$1"; [ $? = 2 ] && [ "$(cat "$1")" = "ssm2d_train: error: --batch-size=0: expected an integer >= 1" ] || { cat "$1"; false; }' \
  "$V/bin/ssm2d_torchrun" "$DIR/torchrun.err"
finish
