"""Staff refresh: loaders by document type, and the refresh command that feeds `assistant.refresh`."""
