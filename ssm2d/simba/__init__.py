"""SiMBA (notebooks 20-23): EinFFT channel mixing, the SiMBA/EMamba image models and their parameter counts."""
