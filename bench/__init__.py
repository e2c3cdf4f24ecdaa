"""Benchmarks: ``python -m bench [NAME...]`` (``make bench``); not part of the tests."""
