"""`unspoken migrate | keys new | keys rotate | probe`: an operator's commands (cli.py mounts
them).

`migrate` is the deployment's one migration step (compose's `migrate` service, the Helm hook
Job): the API and the workers then start with `UNSPOKEN_AUTO_MIGRATE=false`. It is safe to run
from several places at once (an advisory lock on PostgreSQL, see store/migrate.py).
"""

from __future__ import annotations

import asyncio
import base64
import re
import secrets
from typing import Annotated

import typer

from unspoken.config import KeyRingError, Settings, get_settings

keys_app = typer.Typer(add_completion=False, no_args_is_help=True,
                       help="Encryption keys of provider secrets (UNSPOKEN_ENCRYPTION_KEYS).")
_KID = re.compile(r"[A-Za-z0-9_-]{1,32}")


def _die(line: str) -> None:
    typer.echo(f"unspoken: {line}", err=True)
    raise typer.Exit(2)


def migrate() -> None:
    """Bring the database schema to the newest revision (run once per deployment/upgrade)."""
    from unspoken.service_cli import check_services
    from unspoken.store.migrate import current, head, upgrade

    settings = get_settings()
    check_services(settings)
    url = settings.effective_database_url
    from alembic.util import CommandError

    try:
        upgrade(url)
    except CommandError as exc:  # e.g. a revision this release does not know
        _die(f"migration failed: {exc}")
    after = asyncio.run(current(url))
    if after != head():
        _die(f"the database is at revision {after}, not this release's {head()}: "
             "it was migrated by a newer release — deploy that release or restore a backup")
    typer.echo(f"database at revision {after}")


@keys_app.command("new")
def keys_new(kid: Annotated[str, typer.Option(help="Key id: letters, digits, - or _.")] = "",
             ) -> None:
    """Print a new key entry `kid:base64url(32 random bytes)` for UNSPOKEN_ENCRYPTION_KEYS."""
    kid = kid or f"k{secrets.token_hex(3)}"
    if not _KID.fullmatch(kid):
        _die(f"--kid: letters, digits, '-' or '_' (at most 32), not {kid!r}")
    key = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
    typer.echo(f"{kid}:{key}")


def require_key_ring(settings: Settings) -> None:
    """One line and exit 2 when the key ring is missing where required, or malformed."""
    try:
        settings.key_ring()
    except KeyRingError as exc:
        _die(str(exc))


async def _rotate(settings: Settings) -> dict[str, int]:
    from unspoken.services import keys as key_service
    from unspoken.store.crypto import SecretBox
    from unspoken.store.db import make_engine, make_sessionmaker, transaction
    from unspoken.store.repositories import mailboxes as mailboxes_repo

    box = SecretBox(settings.key_ring())
    engine = make_engine(settings.effective_database_url)
    sessions = make_sessionmaker(engine)
    counts = {r.value: 0 for r in key_service.Resealed}
    after = ""
    try:
        while True:
            async with sessions() as s:
                batch = await mailboxes_repo.ids_sealed_with_other_keys(
                    s, active_kid=box.active_kid, after=after)
            if not batch:
                return counts
            for mailbox_id in batch:  # one short transaction per row: syncs keep running
                async with transaction(sessions) as s:
                    done = await key_service.reseal(s, box=box, mailbox_id=mailbox_id)
                counts[done.value] += 1
            after = batch[-1]
    finally:
        await engine.dispose()


@keys_app.command("rotate")
def keys_rotate() -> None:
    """Re-encrypt every stored provider secret under the first (active) key of the ring."""
    from unspoken.service_cli import check_services

    settings = get_settings()
    check_services(settings)
    require_key_ring(settings)
    if not settings.encryption_keys.strip():
        _die("keys rotate needs UNSPOKEN_ENCRYPTION_KEYS (new key first, old keys after it)")
    counts = asyncio.run(_rotate(settings))
    typer.echo(f"re-encrypted {counts['done']} mailbox secrets; {counts['unreadable']} "
               "unreadable with this key ring (those users reconnect)")


def probe_target(argv: list[str]) -> tuple[str, int]:
    """What a container's main command is, from its argv: ("api", port), ("worker", 0) or
    ("other", 0)."""
    if "serve" in argv:
        i = argv.index("--port") + 1 if "--port" in argv else len(argv)
        value = argv[i] if i < len(argv) else ""
        return "api", int(value) if value.isdigit() else 8000
    if "worker" in argv and "--check" not in argv:
        return "worker", 0
    return "other", 0


def probe() -> None:
    """Health of whatever this container runs as PID 1 (the image's HEALTHCHECK): the API
    answers /healthz, a worker's heartbeat is fresh; `migrate` and one-off commands pass."""
    import urllib.request
    from pathlib import Path

    try:
        argv = [a.decode() for a in Path("/proc/1/cmdline").read_bytes().split(b"\0") if a]
    except OSError:
        argv = []
    kind, port = probe_target(argv)
    if kind == "api":
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=4) as r:
                if r.status == 200:
                    return
        except OSError as exc:
            _die(f"the API on port {port} does not answer /healthz: {exc}")
        _die(f"the API on port {port} answered /healthz with an error")
    if kind == "worker":
        from unspoken.worker.heartbeat import problem

        settings = get_settings()
        issue = problem(settings.worker_heartbeat_file,
                        stale_after=settings.worker_heartbeat_stale_seconds)
        if issue:
            _die(issue)


def register(app: typer.Typer) -> None:
    app.command()(migrate)
    app.command()(probe)
    app.add_typer(keys_app, name="keys")
