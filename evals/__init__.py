"""Evaluation: golden sets, the DESIGN.md pass rule, metrics, reports and comparisons."""
