"""The HTTP API and the chat widget for citizens, plus the staff admin routes."""
