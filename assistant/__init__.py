"""Ward Assistant core: settings, Vietnamese text handling, documents, embeddings, store, retrieval,
answering. `ingest/`, `api/` and `evals/` build on this package; it imports none of them."""
