"""`python -m ssm2d.train ...` (and `torchrun ... -m ssm2d.train ...`): the `ssm2d_train` command line."""
import sys
from .cli import cli

if __name__ == '__main__': sys.exit(cli())
