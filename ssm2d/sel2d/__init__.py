"""The selective 2-D scan (notebooks 17-19): the recurrence of Mamba2D derived and checked against a loop, an exact fast CPU kernel, and the Mamba2D models."""
