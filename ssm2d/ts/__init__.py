"""Time series (notebooks 50-52): the ETT data, SiMBA-TS and its baselines, the forecasting command."""
