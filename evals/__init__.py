"""Evaluation: golden sets, the pass rule of docs/contracts.md, metrics, reports and comparisons."""
