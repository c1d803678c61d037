"""Give every notebook in `nbs/` the Python 3 (ipykernel) kernelspec, so JupyterLab opens it ready to run.

nbdev_clean keeps the `kernelspec` key (settings.ini `allowed_metadata_keys = kernelspec`) and writes its
`display_name` as the kernel's name, so this writes the form nbdev_clean leaves unchanged. Run it after adding
a notebook, then `nbdev_clean`:
    python tools/kernelspec.py && nbdev_clean
Prints the notebooks it changed.
"""
import json
from pathlib import Path

KERNELSPEC = {'display_name': 'python3', 'language': 'python', 'name': 'python3'}


def main(root=None):
    root = Path(root or Path(__file__).resolve().parent.parent)
    changed = []
    for nb in sorted((root/'nbs').rglob('*.ipynb')):
        if '.ipynb_checkpoints' in nb.parts: continue
        d = json.loads(nb.read_text(encoding='utf-8'))
        if d.get('metadata', {}).get('kernelspec') == KERNELSPEC: continue
        d.setdefault('metadata', {})['kernelspec'] = dict(KERNELSPEC)
        nb.write_text(json.dumps(d, sort_keys=True, indent=1, ensure_ascii=False) + '\n', encoding='utf-8')
        changed.append(nb.relative_to(root))
    for c in changed: print(c)
    return changed


if __name__ == '__main__': main()
