"""The app `ward-assistant serve` runs: the API wired to the ingest package (admin uploads, the
console's drafts and versions) and to the evaluation's pass rule (the console's test gate)."""
from __future__ import annotations

import logging
from pathlib import Path

from api.app import create_app as create_api
from assistant.settings import Settings, get_settings

SHIPPED_GOLDEN_SETS = [Path(__file__).resolve().parent.parent / "evals" / "datasets" / "dev.jsonl"]


def console_services(settings: Settings, embedder=None, golden_sets: list[Path] | None = None):
    """The staff console's parts that live outside `api/`: drafts and versions (ingest), pass rule (evals)."""
    from api.console import ConsoleServices
    from assistant.embeddings import make_embedder
    from assistant.store import Store, make_client
    from evals.golden import Case, passes
    from ingest.versions import open_console_index

    embedder = embedder or make_embedder(settings.embedder, settings.embed_threads)
    workspace, versions = open_console_index(settings, Store(make_client(settings), settings.collection, embedder))

    def golden_pass(case: dict, answer) -> bool:
        return passes(Case.model_validate(case), answer.status, answer.answer, [c.title for c in answer.citations])

    return ConsoleServices(workspace, versions, golden_pass,
                           SHIPPED_GOLDEN_SETS if golden_sets is None else golden_sets)


def create_app():
    from api.console.routes import install
    from ingest.run import ingest

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    app = create_api(settings, ingest_files=ingest)
    install(app, console_services(settings, embedder=app.state.assistant.embedder))
    if settings.wards_file:  # a city: every ward of the registry on this app (api/wards.py)
        from api.wards import install_city
        from ingest.wards import ingest_ward, ward_settings

        install_city(app, settings.wards_file, ingest_ward, ward_settings)
    return app
