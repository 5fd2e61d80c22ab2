"""Benchmarks, run as modules: `python -m unspoken.bench` times the scan of a generated
export against a bare stdlib parse (`make bench`)."""
