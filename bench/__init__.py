"""Benchmarks: each module prints a table of measured figures beside its baseline."""
