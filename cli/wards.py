"""`ward-assistant ward …`: the units of a city deployment (`WARD_WARDS_FILE`, see assistant/tenancy.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from assistant.errors import WardError
from assistant.settings import get_settings

ward_app = typer.Typer(help="The wards of a city deployment (WARD_WARDS_FILE).", no_args_is_help=True)
console = Console()
errors = Console(stderr=True)


def _fail(message: str) -> None:
    errors.print(f"[red]error:[/red] {message}", markup=True, highlight=False)
    raise typer.Exit(1)


def _registry_path() -> Path:
    settings = get_settings()
    if not settings.wards_file:
        _fail("set WARD_WARDS_FILE to the city's wards.yaml")
    return settings.wards_file


def _ward(slug: str):
    from assistant.tenancy import Registry, UnknownWard

    settings = get_settings()
    try:
        return Registry.load(_registry_path(), settings.collection, settings.ward_profile_path).get(slug)
    except UnknownWard:
        _fail(f"no ward {slug!r} in {settings.wards_file}")
    except WardError as exc:
        _fail(str(exc))


@ward_app.command("add")
def ward_add(
    slug: str = typer.Argument(..., help="The ward's address in URLs, e.g. tan-hung (/w/tan-hung/)."),
    name: str = typer.Option("", "--name", help="Official name, e.g. 'Phường Tân Hưng'."),
    service_center: str = typer.Option("", "--service-center"),
    address: str = typer.Option("", "--address"),
    hotline: str = typer.Option("", "--hotline"),
    hours: str = typer.Option("", "--hours", help="Opening hours of the service center."),
    city: str = typer.Option("", "--city"),
) -> None:
    """Add a unit to wards.yaml; fields not given are written as [CHƯA XÁC MINH] placeholders."""
    from assistant.tenancy import add_ward

    try:
        ward = add_ward(_registry_path(), slug, get_settings().collection, ward_name=name, service_center=service_center,
                        address=address, hotline=hotline, opening_hours=hours, city=city)
    except ValueError as exc:
        _fail(str(exc))
    console.print(f"ward {ward.slug} added: /w/{ward.slug}/", markup=False, highlight=False)


@ward_app.command("list")
def ward_list() -> None:
    """The units of the registry, with their names (unverified values shown as such)."""
    from assistant.tenancy import Registry

    settings = get_settings()
    try:
        registry = Registry.load(_registry_path(), settings.collection, settings.ward_profile_path)
    except WardError as exc:
        _fail(str(exc))
    for ward in registry.wards.values():
        mark = "  (default: the root paths)" if ward.default else ""
        console.print(f"{ward.slug}  {ward.profile.ward_name}{mark}", markup=False, highlight=False)
    console.print(f"{len(registry)} ward{'' if len(registry) == 1 else 's'}", style="dim")


@ward_app.command("token")
def ward_token(slug: str = typer.Argument(...)) -> None:
    """A new admin token for one ward (replaces its previous one); printed once, stored hashed."""
    from api.city_store import CityStore

    ward = _ward(slug)
    console.print(CityStore.for_data_dir(get_settings().data_dir).new_token(ward.slug), markup=False, highlight=False)


@ward_app.command("staff")
def ward_staff(
    slug: str = typer.Argument(..., help="The ward, or * for the whole city."),
    name: str = typer.Argument(...),
    role: Optional[str] = typer.Option(None, "--role", help="Create the account with this role (editor, approver)."),
) -> None:
    """Bind a staff account to a ward (creating it with --role; the password is asked twice)."""
    from api.city_store import CITY_WIDE, CityStore
    from api.console.auth import StaffStore

    settings = get_settings()
    if slug != CITY_WIDE:
        slug = _ward(slug).slug
    staff = StaffStore.for_data_dir(settings.data_dir)
    if role:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
        try:
            staff.add(name, role, password)
        except ValueError as exc:
            _fail(str(exc))
    elif staff.get(name) is None:
        _fail(f"no staff member {name!r}: give --role to create the account")
    CityStore.for_data_dir(settings.data_dir).bind_staff(name, slug)
    console.print(f"{name} acts for {'the whole city' if slug == CITY_WIDE else 'ward ' + slug}", markup=False, highlight=False)


@ward_app.command("ingest")
def ward_ingest(
    slug: str = typer.Argument(...),
    paths: list[Path] = typer.Argument(None, help="Files or folders (default: the ward's documents and uploads)."),
    dry_run: bool = typer.Option(False, "--dry-run"),
) -> None:
    """Refresh one ward's overlay; no other ward's data and not the shared index is touched."""
    from ingest.wards import ingest_ward

    try:
        report = ingest_ward(get_settings(), _ward(slug), paths or None, dry_run=dry_run)
    except WardError as exc:
        _fail(str(exc))
    for change in report.changes:
        if change.action != "unchanged":
            console.print(f"{change.action}  {change.procedure_id}  {change.source}  {change.reason}", markup=False, highlight=False)
    console.print(report.summary(), markup=False, highlight=False)
    if report.failed:
        raise typer.Exit(1)


@ward_app.command("ask")
def ward_ask(
    slug: str = typer.Argument(...),
    question: str = typer.Argument(..., help="The question, in Vietnamese or English."),
) -> None:
    """Answer one question as that ward's page would (its overlay, its profile), with the sources cited."""
    from assistant.pipeline import Assistant
    from assistant.tenancy import City, Registry

    settings = get_settings()
    ward = _ward(slug)
    try:
        base = Assistant(settings)
        city = City(base, Registry.load(settings.wards_file, settings.collection, settings.ward_profile_path),
                    base.index.store.client)
        answer = city.assistant(ward.slug).ask(question)
    except WardError as exc:
        _fail(str(exc))
    console.print(answer.answer, markup=False, highlight=False)
    for i, citation in enumerate(answer.citations, 1):
        console.print(f"[{i}] {citation.title} — {citation.section} ({citation.source})", markup=False, style="dim")
