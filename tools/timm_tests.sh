#!/usr/bin/env bash
# timm's own tests/test_models.py (unmodified, from the sdist of the installed timm) over every model ssm2d registers.
# Usage: tools/timm_tests.sh [pytest args...]   (e.g. -k vim_tiny). Needs pytest (a dev requirement).
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python}
VER=$($PY -c "import timm; print(timm.__version__)") || exit 2
CACHE=${SSM2D_TIMM_CACHE:-$HOME/.cache/ssm2d-timm-tests}/timm-$VER
if [ ! -f "$CACHE/tests/test_models.py" ]; then
  mkdir -p "$CACHE" && $PY -m pip download -q "timm==$VER" --no-binary :all: --no-deps -d "$CACHE/sdist" \
    && tar xzf "$CACHE"/sdist/timm-*.tar.gz -C "$CACHE" --strip-components=1 "timm-$VER/tests/test_models.py" \
    || { echo "could not fetch the timm $VER sdist"; exit 2; }
fi
RUN=$(mktemp -d); trap 'rm -rf "$RUN"' EXIT
cp "$CACHE/tests/test_models.py" tools/timm_tests/conftest.py "$RUN/"
PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" $PY -m pytest "$RUN/test_models.py" -q -p no:cacheprovider -W ignore "$@"
