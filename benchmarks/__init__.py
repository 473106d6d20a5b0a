"""Benchmarks for edge: speed, memory and size of every stage, against the design's budgets (JSON + PNG)."""
