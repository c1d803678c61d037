"""Mamba (notebooks 10-14): the selective scan (reference and fast exact CPU paths), the Mamba block and Vision Mamba (Vim)."""
