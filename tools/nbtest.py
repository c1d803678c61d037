"""Run `nbdev_test` on every notebook (one process each, two at a time) and print `N passed, M failed`.

nbdev_test itself prints no count; this runs `nbdev_test --path <notebook>` per notebook so each
one is reported, then ends with the one summary line CI reads. Extra arguments (for example
`--flags slow`) are passed on to every `nbdev_test` call.
"""
import sys, subprocess, time, os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nbs = sorted(p for p in (root/'nbs').rglob('*.ipynb') if not p.name.startswith('_') and '.ipynb_checkpoints' not in str(p))
extra = sys.argv[1:]
n_workers = int(os.environ.get('SSM2D_TEST_WORKERS', '2'))
exe = Path(sys.executable).parent/'nbdev_test'


def one(nb):
    t = time.time()
    r = subprocess.run([str(exe), '--path', str(nb), *extra], cwd=root, capture_output=True, text=True)
    return nb, r.returncode == 0 and 'Success' in r.stdout, time.time() - t, r.stdout + r.stderr


passed = failed = 0
with ThreadPoolExecutor(n_workers) as ex:
    for nb, ok, dt, out in ex.map(one, nbs):
        print(f"{'PASS' if ok else 'FAIL'} {nb.relative_to(root)} ({dt:.0f}s)", flush=True)
        if ok: passed += 1
        else:
            failed += 1
            print(out[-6000:], flush=True)
print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
