"""Run `nbdev_test` on every notebook (one process each, two at a time) and print `N passed, M failed, K skipped`.

nbdev_test itself prints no count; this runs `nbdev_test --path <notebook>` per notebook so each
one is reported, then ends with the one summary line CI reads. Notebooks named as arguments are the
only ones run; other arguments (for example `--flags slow`) are passed on to every `nbdev_test` call.

A notebook whose cells all pass is `PASS`; one that passed but skipped a check on real data
that is not on this machine (`ssm2d.train.testdata.skip_real`, which prints
`SKIP (real data not found: ...)`) is `SKIP`, with the reasons; the three counts add up to the
number of notebooks. Each notebook gets its own empty `$SSM2D_SKIP_DIR`, where `skip_real` notes
its skips. With `$SSM2D_REQUIRE_REAL_DATA=1` (as `.ci/run` sets it) a missing dataset fails the
notebook instead, so K is 0 there.
"""
import sys, subprocess, time, os, tempfile, shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

root = Path(__file__).resolve().parent.parent
only = [Path(a).resolve() for a in sys.argv[1:] if a.endswith('.ipynb')]      # notebooks named on the command line: only those
nbs = only or sorted(p for p in (root/'nbs').rglob('*.ipynb') if not p.name.startswith('_') and '.ipynb_checkpoints' not in str(p))
extra = [a for a in sys.argv[1:] if not a.endswith('.ipynb')]
n_workers = int(os.environ.get('SSM2D_TEST_WORKERS', '2'))
exe = Path(sys.executable).parent/'nbdev_test'
skip_root = Path(tempfile.mkdtemp(prefix='ssm2d-skips-'))


def one(nb):
    t = time.time()
    skips = skip_root/nb.stem
    env = dict(os.environ, SSM2D_SKIP_DIR=str(skips))
    r = subprocess.run([str(exe), '--path', str(nb), *extra], cwd=root, capture_output=True, text=True, env=env)
    why = sorted({l for f in skips.glob('*') for l in f.read_text().splitlines() if l.strip()}) if skips.is_dir() else []
    return nb, r.returncode == 0 and 'Success' in r.stdout, why, time.time() - t, r.stdout + r.stderr


passed = failed = skipped = 0
with ThreadPoolExecutor(n_workers) as ex:
    for nb, ok, why, dt, out in ex.map(one, nbs):
        status = 'FAIL' if not ok else 'SKIP' if why else 'PASS'
        print(f"{status} {nb.relative_to(root)} ({dt:.0f}s)", flush=True)
        if not ok:
            failed += 1
            print(out[-6000:], flush=True)
        elif why:
            skipped += 1
            for w in why: print(f"    {w}", flush=True)
        else: passed += 1
shutil.rmtree(skip_root, ignore_errors=True)
print(f'{passed} passed, {failed} failed, {skipped} skipped')
sys.exit(1 if failed else 0)
