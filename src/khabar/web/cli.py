"""`khabar serve`: run the web application over a corpus.

`register(app)` adds the command to the `khabar` Typer app; the command only turns
options into a call of `serve()`, which builds the app and hands it to uvicorn.
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from khabar.errors import KhabarError
from khabar.options import AccurateNer
from khabar.store.corpus import DEFAULT_DB_ENV, default_db_path

TOKEN_ENV = "KHABAR_TOKEN"
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]
# How `serve` hands its settings to worker processes, which build their own app (`app_from_environment`).
SERVE_DB_ENV = "KHABAR_SERVE_DB"
SERVE_LOOPBACK_ENV = "KHABAR_SERVE_LOOPBACK_ONLY"
SERVE_ACCURATE_NER_ENV = "KHABAR_SERVE_ACCURATE_NER"


def register(app: typer.Typer) -> None:
    """Add `serve` to `app`."""
    app.command("serve")(serve_cli)


def serve_cli(
    db: Annotated[Optional[str], typer.Option("--db", envvar=DEFAULT_DB_ENV,
                                              help="SQLite file or postgresql:// URL; default: the user's data directory.")] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on; only this machine by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    token: Annotated[Optional[str], typer.Option("--token", envvar=TOKEN_ENV,
                                                 help="Bearer token allowing ingest through POST /api/articles; "
                                                      "read-only without one. Prefer the environment variable.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, max=64,
                                         help="Server processes; one per core serves concurrent searches best.")] = 1,
    accurate_ner: AccurateNer = False,
) -> None:
    """Serve the corpus as Persian web pages and a JSON API (docs at /docs)."""
    try:
        serve(db, host=host, port=port, token=token, workers=workers, accurate_ner=accurate_ner)
    except KhabarError as error:
        typer.secho(f"khabar: {error}", err=True, fg="red")
        raise typer.Exit(1) from None


def serve(db: str | None, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          workers: int = 1, accurate_ner: bool = False) -> None:
    """Run the web app on `host:port` in `workers` processes until interrupted; `accurate_ner` for its analyses."""
    import uvicorn

    from khabar.web.app import create_app
    from khabar.web.render import assets_ready

    location = existing_corpus(db)
    if not is_loopback(host):
        typer.secho(f"khabar: listening on {host}: other machines can reach this server", err=True, fg="yellow")
    if not assets_ready():
        typer.secho("khabar: front-end assets not built (scripts/web-assets.sh); pages run without font and charts",
                    err=True, fg="yellow")
    mode = "read-write with a token" if token else "read-only"
    typer.echo(f"khabar: serving {location} ({mode}) on http://{host}:{port}/ with {workers} worker(s)", err=True)
    if workers == 1:
        app = create_app(location, token=token, allowed_hosts=allowed_hosts(host), analyzer=analyzer(accurate_ner))
        uvicorn.run(app, host=host, port=port, log_level="warning")
        return
    # Several processes each build the app: uvicorn needs it by name, so the settings travel in the environment.
    os.environ.update({SERVE_DB_ENV: location, SERVE_LOOPBACK_ENV: "1" if is_loopback(host) else "0",
                       SERVE_ACCURATE_NER_ENV: "1" if accurate_ner else "0"})
    if token:
        os.environ[TOKEN_ENV] = token
    uvicorn.run("khabar.web.cli:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="warning")


def app_from_environment():
    """Build the app a `serve` worker process runs, from the settings `serve` put in the environment."""
    from khabar.web.app import create_app

    loopback_only = os.environ.get(SERVE_LOOPBACK_ENV, "1") == "1"
    return create_app(os.environ[SERVE_DB_ENV], token=os.environ.get(TOKEN_ENV) or None,
                      allowed_hosts=LOOPBACK_HOSTS if loopback_only else None,
                      analyzer=analyzer(os.environ.get(SERVE_ACCURATE_NER_ENV) == "1"))


def analyzer(accurate_ner: bool):
    """Return the pipeline for the server's analyses: None (the app's lazy default) unless the accurate NER is asked."""
    if not accurate_ner:
        return None
    import khabar

    return khabar.default_pipeline(accurate_ner=True)


def allowed_hosts(host: str) -> list[str] | None:
    """On loopback, answer only loopback Host headers: a web page cannot reach the API through DNS rebinding."""
    return LOOPBACK_HOSTS if is_loopback(host) else None


def existing_corpus(db: str | None) -> str:
    """Return the corpus location, refusing a SQLite path where no corpus was ingested yet."""
    location = str(db or os.environ.get(DEFAULT_DB_ENV) or default_db_path())
    if not location.startswith(("postgresql://", "postgres://")) and not Path(location).is_file():
        raise KhabarError(f"no corpus at {location}: ingest articles first (khabar ingest FILES --db {location})")
    return location


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
