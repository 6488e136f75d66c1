"""The `ward-assistant` command: thin shells over `assistant`, `ingest`, `api` and `evals`."""
