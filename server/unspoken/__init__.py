"""Unspoken: warns salespeople when a customer is quietly walking away."""

__all__ = ["__version__"]
__version__ = "0.1.0"
