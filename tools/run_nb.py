"""Execute notebooks and save their outputs in place, skipping the cells `nbdev_test` skips.

Usage: python tools/run_nb.py nbs/01_roesser.ipynb [more.ipynb ...] [--slow]

Cells marked `#| eval: false` never run; cells marked `#| slow` run only with `--slow`. Cells that are
skipped keep the outputs saved earlier (for example a long benchmark's results).
Outputs are what the docs and the README show; run `nbdev_clean` afterwards.
"""
import sys, os, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from nbdev.process import extract_directives


def _skip(cell, flags):
    if cell.cell_type != 'code': return True
    d = extract_directives(cell, remove=False)
    if d.get('eval:', [''])[0].lower() == 'false': return True
    return bool(flags & d.keys())


def run(fn, slow=False):
    fn = Path(fn).resolve()
    flags = set() if slow else {'slow'}
    nb = read_nb(fn)
    for c in nb.cells:      # cells that will run start empty; skipped cells keep their saved outputs
        if c.cell_type == 'code' and not _skip(c, flags): c.outputs, c.execution_count = [], None
    os.environ['IN_TEST'] = '1'
    sh = CaptureShell(fn)
    sh.set_path(fn.parent)
    cwd = os.getcwd(); os.chdir(fn.parent); t = time.time()
    cur = {}
    def pre(c):
        cur['src'] = c.source
        return _skip(c, flags)
    try: sh.run_all(nb, exc_stop=True, preproc=pre)
    except Exception:
        print(f'{fn.name}: failed in the cell\n' + cur.get('src', ''), file=sys.stderr); raise
    finally: os.chdir(cwd)
    write_nb(nb, fn)
    print(f'{fn.name}: ran in {time.time()-t:.1f}s')


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    for a in args: run(a, slow='--slow' in sys.argv)
