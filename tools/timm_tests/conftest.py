"""pytest configuration that runs timm's own, unmodified `tests/test_models.py` over exactly the models ssm2d registers.

timm's test module parametrizes its tests with `timm.list_models(...)` when it is imported. This conftest is imported
first: it imports ssm2d (which registers its models) and narrows `timm.list_models` to the ssm2d names, classifying each
family as timm classifies its own equivalent family (the same filters, with the reason below); then every collected test
whose `model_name` is not an ssm2d model is deselected, and a minimum number of collected ids per model is asserted.
"""
import fnmatch, os, sys
import pytest
import timm, timm.models
import ssm2d  # registers the models

SSM2D_MODELS = sorted(n for n in timm.models._registry._model_entrypoints
                      if timm.models.model_entrypoint(n).__module__.startswith('ssm2d.'))

# Token-sequence models: `forward_features` returns tokens `(B, L, C)` (class token included), as timm's ViT/DeiT,
# which timm lists in NON_STD_FILTERS (so they go to `test_model_default_cfgs_non_std`, not the NCHW-map checks).
NON_STD = ('vim_*', 'ssm2d_vit*', 'ssm2d_mega*')
# Not TorchScript-able, like the families in timm's EXCLUDE_JIT_FILTERS: the Mamba scans dispatch to numba kernels and
# autograd Functions (the selective 2-D scan of Mamba2D too), the 2-D SSM / EMA build their kernels with Python-side dispatch, the ViT/Mega patchify with einops.
NO_JIT = ('vim_*', 'simba_*', 'emamba_*', 'ssm2d_vit*', 'ssm2d_mega*', 'ssm2d_swin_ssm', 'ssm2d_convnext_cifar_ssm*',
          'mamba2d_*')   # the selective 2-D scan: a numba kernel behind an autograd Function, as the Mamba scans
# Every family has `forward_intermediates` + `prune_intermediate_layers` (timm's FEAT_INTER_FILTERS lists such modules)
FEAT_INTER = ('*',)

def _match(name, pats): return any(fnmatch.fnmatch(name, p) for p in pats)
def _match_case(name, pats): return any(fnmatch.fnmatchcase(name, p) for p in pats)
def _as_list(f): return [] if not f else [f] if isinstance(f, str) else list(f)

_timm_list_models = timm.list_models

def list_models(filter='', module='', pretrained=False, exclude_filters='', name_matches_cfg=False, include_tags=None):
    "timm's `list_models`, answering with ssm2d's models only (none have pretrained weights)."
    if pretrained: return []
    names = list(SSM2D_MODELS)
    filters, excl, modules = _as_list(filter), _as_list(exclude_filters), _as_list(module)
    if filters:
        non_std_query = 'vit_*' in filters               # timm's NON_STD_FILTERS
        names = [n for n in names if _match(n, filters) or (non_std_query and _match(n, NON_STD))]
    if modules: names = [n for n in names if _match(n, FEAT_INTER)]
    if excl:
        names = [n for n in names if not _match(n, excl)]
        if 'vit_*' in excl: names = [n for n in names if not _match(n, NON_STD)]        # + NON_STD_FILTERS
        if 'densenet*' in excl: names = [n for n in names if not _match(n, NO_JIT)]     # + EXCLUDE_JIT_FILTERS
    return names

timm.list_models = list_models

# timm's CI runs its tests by marker (base, cfg, forward, ...); its one unmarked model test is "slow ... excluded from CI
# for now" in timm's words, and is left out here too unless SSM2D_TIMM_SLOW=1.
UNMARKED_SLOW = ('test_prune_intermediate_layers_contract',)

def pytest_collection_modifyitems(config, items):
    keep, drop = [], []
    slow = os.environ.get('SSM2D_TIMM_SLOW') == '1'
    only = os.environ.get('SSM2D_TIMM_MODELS')      # names or fnmatch patterns, comma-separated: run these models only
    pats = [p.strip() for p in only.split(',') if p.strip()] if only else None
    for it in items:
        name = getattr(getattr(it, 'callspec', None), 'params', {}).get('model_name')
        ok = name in SSM2D_MODELS and (slow or it.originalname not in UNMARKED_SLOW)
        (keep if ok else drop).append(it)
    counts = {n: 0 for n in SSM2D_MODELS}
    for it in keep: counts[it.callspec.params['model_name']] += 1
    if pats is not None:
        unknown = [p for p in pats if not any(fnmatch.fnmatchcase(n, p) for n in SSM2D_MODELS)]
        if unknown: raise pytest.UsageError(f"SSM2D_TIMM_MODELS: no ssm2d model matches {unknown}")
        drop += [it for it in keep if not _match_case(it.callspec.params['model_name'], pats)]
        keep = [it for it in keep if _match_case(it.callspec.params['model_name'], pats)]
    if drop: config.hook.pytest_deselected(items=drop)
    items[:] = keep
    need = int(os.environ.get('SSM2D_TIMM_MIN_TESTS', '7'))
    few = {n: c for n, c in counts.items() if c < need}
    if len(SSM2D_MODELS) < 31 or few:
        raise pytest.UsageError(f"too few timm tests collected: {len(SSM2D_MODELS)} models, under {need} tests each: {few}")
    print(f"\nssm2d: {len(keep)} timm tests over {len(SSM2D_MODELS)} models (min {min(counts.values())} per model)", file=sys.stderr)
