"""The app `ward-assistant serve` runs: the API wired to the ingest package for the admin routes."""
from __future__ import annotations

import logging

from api.app import create_app as create_api
from assistant.settings import get_settings


def create_app():
    from ingest.run import ingest

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return create_api(get_settings(), ingest_files=ingest)
