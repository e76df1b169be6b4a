"""Benchmarks: a seeded corpus of generated committee papers, and the speed and memory measurements run on it."""
