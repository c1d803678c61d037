__version__ = "0.1.0"

# timm has no plugin discovery: importing the model modules registers their models with timm,
# so `import ssm2d; timm.create_model('ssm2d_vit_ssm')` (or 'vim_tiny_patch16_224', 'simba_s', 'emamba_s') works.
from . import vit, swin, mega, convnext, vim, simba  # noqa: E402,F401
