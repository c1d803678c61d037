"""torch.compile against eager mode for one registered model: compile time (CPU seconds of this process, the first
forward and the first backward), the largest output and gradient differences, and the step-time ratio.
    python tools/compile_bench.py vim_tiny_patch4_32 [--batch 4] [--mode regional|full] [--kw "dict(depth=4)"]
regional: `ssm2d.regional.compile_blocks` (each repeated block compiled in place); full: `torch.compile(model)`."""
import os, sys, time, argparse, statistics, copy
os.environ.setdefault('TORCHINDUCTOR_COMPILE_THREADS', '1')   # compile in this process, so that its CPU time counts it
import torch, timm, ssm2d
from ssm2d.regional import compile_blocks

p = argparse.ArgumentParser()
p.add_argument('name'); p.add_argument('--batch', type=int, default=4); p.add_argument('--mode', default='regional')
p.add_argument('--kw', default='{}')
a = p.parse_args()
torch.set_num_threads(1)
clk = time.process_time
torch.manual_seed(0)
kw = eval(a.kw)
eager = timm.create_model(a.name, **kw).eval()
x = torch.randn(a.batch, *eager.pretrained_cfg['input_size'])
comp = copy.deepcopy(eager)
comp = torch.compile(comp) if a.mode == 'full' else compile_blocks(comp)
w0 = time.time()
print(f"{a.name} {kw or ''} {a.mode}, batch {a.batch}: compiling", flush=True)
t0 = clk()
with torch.no_grad(): yc = comp(x)
tf = clk() - t0
print(f"first forward (compile) done: {tf:.0f} CPU s, {time.time() - w0:.0f} s wall", flush=True)
with torch.no_grad(): ye = eager(x)
for m in (comp, eager):
    m.train()
    for mod in m.modules():
        if hasattr(mod, 'drop_prob'): mod.drop_prob = 0.
w0 = time.time()
t0 = clk(); comp(x).square().mean().backward(); tb = clk() - t0
print(f"first backward done: {tb:.0f} CPU s, {time.time() - w0:.0f} s wall", flush=True)
eager(x).square().mean().backward()
gd = max((pc.grad - pe.grad).abs().max().item() / (pe.grad.abs().max().item() + 1e-30)
         for pc, pe in zip(comp.parameters(), eager.parameters()) if pe.grad is not None)
comp.eval(); eager.eval()
te, tc = [], []
with torch.no_grad():
    for _ in range(5):
        t0 = clk(); eager(x); te.append(clk() - t0)
        t0 = clk(); comp(x); tc.append(clk() - t0)
print(f"{a.name} {kw or ''} {a.mode}, batch {a.batch}: compile (first forward) {tf:.0f} s, first backward {tb:.0f} s; "
      f"max |compiled - eager| {(yc - ye).abs().max().item():.1e} (outputs up to {ye.abs().max().item():.1f}), "
      f"max relative gradient difference {gd:.1e}; forward step {statistics.median(tc) / statistics.median(te):.2f}x eager")
