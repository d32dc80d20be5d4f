"""Benchmarks run by hand: ``python -m benchmarks.run --help``."""
