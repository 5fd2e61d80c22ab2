"""Benchmarks, run as modules: `python -m unspoken.bench` times the scan of a generated
export against a bare stdlib parse (`make bench`)."""

import socket


def redis_up(host: str = "127.0.0.1", port: int = 6379) -> bool:
    """Whether a Redis answers there: the provider benches coordinate through it when it does."""
    try:
        with socket.create_connection((host, port), 0.5):
            return True
    except OSError:
        return False
