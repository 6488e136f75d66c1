"""The assistant's errors. Each surface translates them once: the API into its JSON error shape, the
CLI into one line and a non-zero exit, the pipeline into a status.

    WardError
    ├── ConfigurationError     settings that cannot work (unknown embedder, missing extra)
    ├── IndexError_            the index is missing, busy, or was built by another embedder
    │   ├── IndexNotReady
    │   ├── EmbedderMismatch
    │   └── RefreshInProgress
    ├── DocumentError          one input file could not be read (the batch goes on)
    └── ProviderError          an LLM or embedding provider failed or timed out
"""


class WardError(Exception):
    """Base of every error the assistant raises on purpose."""


class ConfigurationError(WardError):
    pass


class IndexError_(WardError):
    pass


class IndexNotReady(IndexError_):
    pass


class EmbedderMismatch(IndexError_):
    pass


class RefreshInProgress(IndexError_):
    pass


class DocumentError(WardError):
    pass


class ProviderError(WardError):
    pass
