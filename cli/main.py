"""`ward-assistant`: each command parses its arguments, calls one library function, prints the result."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Callable, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from assistant.errors import WardError
from assistant.settings import get_settings
from cli.wards import ward_app

app = typer.Typer(help="Ward Assistant: cited answers about a ward's administrative procedures.", no_args_is_help=True)
corpus_app = typer.Typer(help="Check the corpus documents.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")
staff_app = typer.Typer(help="Staff accounts of the console at /admin: add, list, unlock, password, role, remove.", no_args_is_help=True)
app.add_typer(staff_app, name="staff")
app.add_typer(ward_app, name="ward")
console = Console()
errors = Console(stderr=True)


def _fail(message: str, code: int = 1) -> None:
    errors.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


# Past this many procedures created, a refresh counts them instead of listing each (a first ingest).
MAX_CREATED_ROWS = 30


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(None, help="Files or folders to refresh from (default: the corpus folder)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would change; change nothing."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Start over: re-read the paths into a new index; what "
                                 "they do not hold is dropped (listed as deleted: try --dry-run first)."),
) -> None:
    """Refresh the index; prints created/updated/unchanged/deleted/failed. Exit 1 if any file failed."""
    from ingest.run import ingest as run_ingest

    settings = get_settings()
    with Progress(
        TextColumn("embedding"), BarColumn(), TextColumn("{task.completed}/{task.total} chunks"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=errors, transient=True,
    ) as bar:
        task = bar.add_task("embed", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        try:
            report = run_ingest(settings, paths or None, dry_run=dry_run, rebuild=rebuild, progress=progress)
        except WardError as exc:
            _fail(str(exc))
    table = Table(title="Refresh" + (" (dry run)" if dry_run else ""))
    for column in ("action", "procedure", "source", "reason"):
        table.add_column(column, overflow="fold")  # folded, not cut: a path stays whole to copy
    # An unchanged file is listed only when something overrides it (a console upload serves instead).
    shown = [c for c in report.changes if c.action != "unchanged" or c.reason]
    # A first ingest creates every procedure: its rows are counted, not listed; what changed or failed is.
    created = [c for c in shown if c.action == "created"]
    counted = len(created) > MAX_CREATED_ROWS
    if counted:
        shown = [c for c in shown if c.action != "created"]
    for change in shown:
        style = {"failed": "red", "deleted": "yellow", "created": "green", "updated": "cyan"}.get(change.action)
        table.add_row(change.action, change.procedure_id, change.source, change.reason, style=style)
    if shown:
        console.print(table)
    if counted:
        console.print(f"{len(created)} procedures created (not listed; `ward-assistant status --procedures` lists them)")
    _print_failures(report)
    for source, warning in report.warnings:
        errors.print(f"check: {source}: {warning}", markup=False, highlight=False, soft_wrap=True)
    console.print(report.summary())
    if report.failed:
        raise typer.Exit(1)


def _print_failures(report) -> None:
    """Each failed file as a whole line: a table cell wraps a long path or reason beyond copying."""
    for change in report.changes:
        if change.action == "failed":
            errors.print(f"failed: {change.source}: {change.reason}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def status(
    procedures: bool = typer.Option(False, "--procedures", help="Also list each indexed procedure and its file."),
) -> None:
    """What is indexed: procedures, chunks, embedder, last refresh."""
    from assistant.status import index_status, indexed_procedures

    try:
        info = index_status(get_settings())
        listed = indexed_procedures(get_settings()) if procedures else []
    except WardError as exc:
        _fail(str(exc))
    for key, value in info.items():
        console.print(f"[bold]{key}[/bold]: {value}")
    # One line each, never folded: a file name stays whole to copy.
    for procedure in listed:
        console.print(f"{procedure.source}  {procedure.id}  {procedure.title}", markup=False, highlight=False, soft_wrap=True)


def _warn_about_profile(settings, *, unfilled: bool = True) -> None:
    """Say on stderr when hand-offs will name no desk: the profile is missing (run from another folder)
    or (`unfilled`) its contact details are still to fill in. One ward only: a city's registry names
    its own files."""
    from assistant.messages import WardProfile

    if settings.wards_file:
        return
    path = settings.ward_profile_path
    if not path.is_file():
        errors.print(f"[yellow]warning:[/yellow] no ward profile at {path}: answers name no ward, address or hours. "
                     "Run from the project folder or set WARD_CORPUS_DIR.", soft_wrap=True)
        return
    missing = WardProfile.load(path).to_fill() if unfilled else []
    if missing:
        errors.print(f"[yellow]note:[/yellow] {path} still has {', '.join(missing)} to fill in "
                     "(marked [CHƯA XÁC MINH]): hand-offs name the service centre only.", markup=True,
                     highlight=False, soft_wrap=True)


@app.command()
def ask(
    question: str = typer.Argument(..., help="The question, in Vietnamese or English."),
    as_json: bool = typer.Option(False, "--json", help="Print the API's answer object."),
) -> None:
    """Answer one question."""
    from assistant.pipeline import Assistant

    _warn_about_profile(get_settings(), unfilled=False)
    try:
        answer = Assistant(get_settings()).ask(question)
    except WardError as exc:
        _fail(str(exc))
    if as_json:
        sys.stdout.write(json.dumps(answer.model_dump(), ensure_ascii=False, indent=2) + "\n")
        return
    # soft_wrap: a long line (a portal link) is left to the terminal, never cut by a hard newline.
    console.print(answer.answer, markup=False, highlight=False, soft_wrap=True)
    for i, citation in enumerate(answer.citations, 1):
        console.print(f"[{i}] {citation.title} — {citation.section} ({citation.url or citation.source})", markup=False,
                      style="dim", soft_wrap=True)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    workers: int = typer.Option(1, help="Worker processes (use a Chroma server with more than one)."),
) -> None:
    """Serve the HTTP API and the chat widget."""
    import uvicorn

    settings = get_settings()
    if workers > 1 and not settings.chroma_url:
        errors.print("[yellow]note:[/yellow] several workers on the embedded index: each loads it; refresh from one is seen by all")
    if workers > 1 and settings.embed_threads is None:
        # Workers that each take every core stall one another (see docs/performance.md): share them.
        os.environ["WARD_EMBED_THREADS"] = str(max(1, (os.cpu_count() or 1) // workers))
        console.print(f"{workers} workers, {os.environ['WARD_EMBED_THREADS']} embedding thread(s) each (WARD_EMBED_THREADS)")
    _warn_about_profile(settings)
    console.print(f"Ward Assistant on http://{host}:{port}  (index: {settings.chroma_url or settings.data_dir})")
    uvicorn.run("cli.server:create_app", host=host, port=port, workers=workers, factory=True, log_level="info")


@app.command("eval")
def evaluate(
    dataset: Path = typer.Argument(..., help="A golden set (JSONL, the format of docs/contracts.md)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Results folder (default: evals/results/<time>)."),
    compare: Optional[Path] = typer.Option(None, "--compare", help="A previous results folder: list regressions, fixes, deltas."),
    systems: Optional[list[str]] = typer.Option(
        None, "--systems", help="assistant, dense-only, keyword-only, naive-langchain (comma-separated or repeated; default all)."),
    fail_under: Optional[list[str]] = typer.Option(
        None, "--fail-under", help="Release gate: exit 1 if the pass rate is below 0.9, or a tag's below tag=0.85 (repeatable)."),
    judge: Optional[str] = typer.Option(None, "--judge", help="Judge model for judged metrics (needs OPENAI_BASE_URL)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N cases (a quick look)."),
    tags: Optional[list[str]] = typer.Option(
        None, "--tag", help="Only the cases carrying this tag (repeatable: any of them), e.g. --tag tune."),
    corpus: Optional[list[Path]] = typer.Option(
        None, "--corpus", help="Answer from these documents only: ingest them into a new, empty index first "
        "(repeatable; the embedding cache is shared with WARD_DATA_DIR's)."),
) -> None:
    """Run a golden set through the assistant and its baselines; write results, summary and reports."""
    from evals.run import run_eval
    from evals.systems import SYSTEMS

    chosen = [s.strip() for value in (systems or []) for s in value.split(",") if s.strip()] or list(SYSTEMS)
    settings = get_settings()
    if corpus:
        # The naive baseline reads a folder of Markdown (as its first LangChain loader would), not
        # the PDF, Word and web pages a ward ingests: it is left out here rather than run on nothing.
        if "naive-langchain" in chosen and systems:
            _fail("--corpus: the naive-langchain baseline reads only the Markdown corpus; choose other systems", 2)
        chosen = [s for s in chosen if s != "naive-langchain"]
        settings = _index_of_only(settings, corpus)

    with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                  TimeElapsedColumn(), console=errors, transient=True) as bar:
        task = bar.add_task("eval", total=None)

        shown = []

        def progress(system: str, done: int, total: int) -> None:
            bar.update(task, description=system, completed=done, total=total)
            if not errors.is_terminal and system not in shown:  # piped or logged: one line per stage
                shown.append(system)
                errors.print(f"{system}: {total} to do…", markup=False, highlight=False)

        try:
            run = run_eval(settings, dataset, out, systems=chosen, compare=compare, fail_under=fail_under,
                           judge=judge, limit=limit, tags=tags, progress=progress)
        except (WardError, ValueError, FileNotFoundError) as exc:
            _fail(str(exc), 2)
    console.print(run.text(), markup=False, highlight=False)
    if run.gate_failures:
        _fail(f"release gate failed for {run.primary}: " + "; ".join(run.gate_failures))


def _index_of_only(settings, paths: list[Path]):
    """Settings whose index holds only `paths`: a fresh data folder, ingested now, as a ward that
    starts from an empty index would. Vectors come from (and go to) the usual embedding cache."""
    import atexit
    import shutil
    import tempfile

    from ingest.run import ingest as run_ingest

    data_dir = Path(tempfile.mkdtemp(prefix="ward-eval-index-"))
    atexit.register(shutil.rmtree, data_dir, ignore_errors=True)
    only = settings.model_copy(update={"data_dir": data_dir, "embedding_cache": settings.embedding_cache_path})
    errors.print(f"ingesting {', '.join(map(str, paths))} into an empty index in {data_dir}")
    report = run_ingest(only, list(paths))
    errors.print(report.summary(), markup=False, highlight=False)
    _print_failures(report)
    if not report.count("created"):
        _fail("no document of --corpus could be read", 2)
    return only


@corpus_app.command("check")
def corpus_check(path: Optional[Path] = typer.Argument(None, help="The corpus folder (default: WARD_CORPUS_DIR).")) -> None:
    """Validate every document of the corpus; exit 1 on errors."""
    from ingest.check import check_corpus

    settings = get_settings()
    problems, count = check_corpus(path or settings.corpus_dir)
    table = Table(title=f"corpus check: {count} documents")
    for column in ("level", "file", "problem"):
        table.add_column(column)
    for problem in problems:
        table.add_row(problem.level, problem.file, problem.message, style="red" if problem.level == "error" else "yellow")
    if problems:
        console.print(table)
    n_errors = sum(p.level == "error" for p in problems)
    console.print(f"{count} documents, {n_errors} errors, {len(problems) - n_errors} warnings")
    if n_errors:
        raise typer.Exit(1)


@staff_app.command("add")
def staff_add(
    name: str = typer.Argument(..., help="The sign-in name, e.g. nguyen.an"),
    role: str = typer.Option(..., "--role", help="editor (upload, correct, publish a passing draft) or approver "
                             "(also publishes over a failed test gate, with a reason)."),
) -> None:
    """Create a staff account; the password is asked twice (or read from standard input) and stored hashed."""
    from api.console.auth import ROLES

    if role not in ROLES:  # before the password is typed twice for nothing
        _fail(f"role must be one of {', '.join(ROLES)}")
    password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    member = _on_staff(lambda store: store.add(name, role, password))
    console.print(f"staff member {member.name} added as {member.role}")


def _on_staff(change: Callable):
    """`change(store)` on the console's staff accounts; a refused change (ValueError) is a clear error."""
    from api.console.auth import StaffStore

    try:
        return change(StaffStore.for_data_dir(get_settings().data_dir))
    except ValueError as exc:
        _fail(str(exc))


@staff_app.command("unlock")
def staff_unlock(
    name: str = typer.Argument(None, help="The sign-in name locked out by wrong passwords."),
    address: str = typer.Option(None, "--address", help="Unlock a client address instead (20 wrong sign-ins lock it)."),
) -> None:
    """Lift a lock-out now, rather than in 15 minutes (after checking who typed the wrong passwords):
    a name, with the addresses its wrong passwords came from, or one address."""
    if address:
        cleared = _on_staff(lambda store: store.unlock_address(address))
        console.print(f"{address}: {cleared} wrong sign-in(s) forgotten; it can sign in again")
    elif name:
        cleared = _on_staff(lambda store: store.unlock(name))
        console.print(f"{name}: {cleared} wrong password(s) forgotten, with its addresses'; the name can sign in again")
    else:
        _fail("give a NAME or --address IP")


@staff_app.command("password")
def staff_password(name: str = typer.Argument(..., help="The sign-in name.")) -> None:
    """Set a new password (asked twice); the account's open sessions end and its lock-out lifts."""
    if _on_staff(lambda store: store.get(name)) is None:
        _fail(f"no staff member {name!r}")
    password = typer.prompt("New password", hide_input=True, confirmation_prompt=True)
    _on_staff(lambda store: store.set_password(name, password))
    console.print(f"{name}: password changed; open sessions ended")


@staff_app.command("role")
def staff_role(
    name: str = typer.Argument(..., help="The sign-in name."),
    role: str = typer.Option(..., "--role", help="editor or approver"),
) -> None:
    """Change an account's role; its open sessions end (the new role applies at the next sign-in)."""
    _on_staff(lambda store: store.set_role(name, role))
    console.print(f"{name} is now {role}")


@staff_app.command("remove")
def staff_remove(
    name: str = typer.Argument(..., help="The sign-in name."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
) -> None:
    """Remove an account (someone left the ward); its open sessions end. The audit log keeps its actions."""
    if not yes:
        typer.confirm(f"Remove the staff account {name!r}?", abort=True)
    _on_staff(lambda store: store.remove(name))
    console.print(f"{name} removed")


@staff_app.command("list")
def staff_list() -> None:
    """The staff accounts and their roles."""
    from api.console.auth import StaffStore

    for member in StaffStore.for_data_dir(get_settings().data_dir).list():
        console.print(f"{member.name}  {member.role}", markup=False, highlight=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
