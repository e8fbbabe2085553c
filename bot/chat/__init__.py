"""The shared chat layer: checking, passive watch, cooldowns and per-server settings.

Decided once here for every platform; the adapters only convert.
"""
