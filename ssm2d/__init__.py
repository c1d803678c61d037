"""ssm2d: spatial state-space models derived step by step, proven exact, trained with fastai.

The package has seven parts (see the index notebook): `ssm2d.ssm` (the 2-D SSM), `ssm2d.mamba` (the selective
scan, Mamba, Vim), `ssm2d.simba` (EinFFT, SiMBA/EMamba), `ssm2d.models` (ViT, Swin, Mega, ConvNeXt with the
2-D SSM), `ssm2d.sel2d` (the selective 2-D scan, Mamba2D), `ssm2d.ts` (time series) and `ssm2d.train` (data, fastai
Learner, the `ssm2d_train` command line).
"""
__version__ = "0.1.0"

# timm has no plugin discovery: importing the model modules registers their models with timm, so
# `import ssm2d; timm.create_model('ssm2d_vit_ssm')` (or 'vim_tiny_patch16_224', 'simba_s', 'emamba_s') works.
from .ssm.layer import SSM2D
from .mamba.fastscan import selective_scan
from .mamba.block import Mamba
from .mamba.vim import VisionMamba
from .simba.einfft import EinFFT
from .simba.model import SiMBA
from .models import vit, swin, mega, convnext  # noqa: F401  (registers the backbones with timm)
from .sel2d import model as _sel2d_model  # noqa: F401  (registers the Mamba2D models, 'mamba2d_n/t/s/cifar', with timm)

__all__ = ['SSM2D', 'selective_scan', 'Mamba', 'VisionMamba', 'EinFFT', 'SiMBA', 'create_model', 'make_learner']

# The training API needs fastai, whose import costs seconds: load it on first use (PEP 562), so that
# `import ssm2d` stays as fast as importing the models.
_LAZY = {'create_model': 'ssm2d.train.learner', 'make_learner': 'ssm2d.train.learner'}

def __getattr__(name):
    if name in _LAZY:
        import importlib
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'ssm2d' has no attribute {name!r}")

def __dir__(): return sorted(list(globals()) + list(_LAZY))
