"""Backbones that carry the 2-D SSM (notebooks 30-35): the 1-D EMA, ViT, Swin, Mega, ConvNeXt and the recipe flags that build them."""
