"""Benchmarks for crosscheck: comparator quality on public sentence-pair sets, and pipeline speed."""
