"""`unspoken serve | worker | demo | users create`: the service's commands (cli.py mounts them).

A missing PostgreSQL or Redis is one line on stderr saying how to get it, never a traceback.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated
from urllib.parse import urlparse

import typer

from unspoken.config import Settings, get_settings

users_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Manage users.")

DEMO_USER = "sam@northwind-saas.com"
DEMO_AS_OF = datetime(2026, 10, 30, 18, 0, tzinfo=UTC)  # the bundled sample's "today"


def _die(line: str) -> None:
    typer.echo(f"unspoken: {line}", err=True)
    raise typer.Exit(2)


def _reachable(url: str, default_port: int) -> bool:
    u = urlparse(url.replace("+asyncpg", ""))
    try:
        with socket.create_connection((u.hostname or "127.0.0.1", u.port or default_port), 2):
            return True
    except OSError:
        return False


def check_services(settings: Settings) -> None:
    """One line per missing service, with how to get it."""
    db = settings.effective_database_url
    if db.startswith("postgresql") and not _reachable(db, 5432):
        _die(f"PostgreSQL is not reachable at {urlparse(db).hostname}:{urlparse(db).port or 5432}"
             " — start it (`pg_ctlcluster <version> main start`, or `docker compose -f "
             "infra/compose.yaml up -d postgres`) or unset UNSPOKEN_DATABASE_URL for SQLite")
    if settings.smtp_url:
        from unspoken.notify.smtp import SmtpConfigError, parse

        try:
            parse(settings.smtp_url, sender=settings.smtp_from)
        except SmtpConfigError as exc:
            _die(str(exc))
    if settings.redis_url and not _reachable(settings.redis_url, 6379):
        _die(f"Redis is not reachable at {settings.redis_url} — start it (`redis-server "
             "--daemonize yes`, or `docker compose -f infra/compose.yaml up -d redis`) or unset "
             "UNSPOKEN_REDIS_URL for the in-process queue")


def _setup_logs(settings: Settings) -> None:
    from unspoken.observability import setup_logging

    setup_logging(settings.log_level, json_lines=settings.log_json)


def serve(host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
          workers: Annotated[int, typer.Option(help="Processes (PostgreSQL + Redis only).")] = 1,
          ) -> None:
    """Run the API (uvicorn). With nothing configured: SQLite and an in-process queue."""
    import uvicorn

    from unspoken.ops_cli import require_key_ring

    settings = get_settings()
    check_services(settings)
    require_key_ring(settings)
    _setup_logs(settings)
    if workers > 1:
        if not settings.redis_url or settings.effective_database_url.startswith("sqlite"):
            _die("--workers > 1 needs UNSPOKEN_DATABASE_URL (PostgreSQL) and UNSPOKEN_REDIS_URL")
        from unspoken.store.migrate import upgrade

        upgrade(settings.effective_database_url)
        os.environ["UNSPOKEN_AUTO_MIGRATE"] = "false"
        uvicorn.run("unspoken.api.app:app_factory", factory=True, host=host, port=port,
                    workers=workers, log_config=None, access_log=False)
        return
    from unspoken.api.app import create_app

    uvicorn.run(create_app(settings), host=host, port=port, log_config=None, access_log=False)


def worker(burst: Annotated[bool, typer.Option(help="Exit when the queue is empty.")] = False,
           jobs: Annotated[bool, typer.Option(help="Run tasks (--no-jobs: schedule only).")]
           = True,
           cron: Annotated[bool, typer.Option(help="Run the schedule (poll, nightly).")] = True,
           check: Annotated[bool, typer.Option(
               "--check", help="Probe: exit 0 when a worker's heartbeat here is fresh.")]
           = False,
           ) -> None:
    """Run the background worker (arq on Redis), or probe one (--check)."""
    settings = get_settings()
    if check:
        from unspoken.worker.heartbeat import problem

        issue = problem(settings.worker_heartbeat_file,
                        stale_after=settings.worker_heartbeat_stale_seconds)
        if issue:
            _die(issue)
        return
    if not settings.redis_url:
        _die("the worker needs Redis: set UNSPOKEN_REDIS_URL (e.g. redis://127.0.0.1:6379/0); "
             "without Redis, `unspoken serve` runs jobs in-process")
    if not (jobs or cron):
        _die("--no-jobs with --no-cron leaves the worker nothing to do")
    check_services(settings)
    from unspoken.ops_cli import require_key_ring

    require_key_ring(settings)
    _setup_logs(settings)
    from unspoken.store.migrate import upgrade
    from unspoken.worker.main import run

    if settings.auto_migrate:
        upgrade(settings.effective_database_url)
    run(settings, burst=burst, jobs=jobs, cron_=cron)


async def _create_user(settings: Settings, email: str, admin: bool, name: str,
                       days: int) -> tuple[str, str]:
    from unspoken.services import users as user_service
    from unspoken.store.db import make_engine, make_sessionmaker, transaction
    from unspoken.store.migrate import upgrade_async

    await upgrade_async(settings.effective_database_url)
    engine = make_engine(settings.effective_database_url)
    try:
        async with transaction(make_sessionmaker(engine)) as s:
            user = await user_service.create_user(s, email=email, name=name, admin=admin)
            token = await user_service.issue_token(s, user_id=user.id, now=datetime.now(UTC),
                                                   ttl=timedelta(days=days), label="cli")
            return user.id, token
    finally:
        await engine.dispose()


@users_app.command("create")
def users_create(
    email: Annotated[str, typer.Option("--email", help="The user's address (org = domain).")],
    admin: Annotated[bool, typer.Option("--admin", help="Org admin.")] = False,
    name: Annotated[str, typer.Option("--name")] = "",
    days: Annotated[int, typer.Option("--days", min=1, max=365, help="Token lifetime.")] = 90,
) -> None:
    """Create a user and print a bearer token for the extension (shown once)."""
    from unspoken.services.users import UserExists

    settings = get_settings()
    check_services(settings)
    if "@" not in email or email.count("@") != 1 or "." not in email.split("@")[1]:
        _die(f"--email: not an address: {email!r}")
    try:
        user_id, token = asyncio.run(_create_user(settings, email, admin, name, days))
    except UserExists:
        _die(f"a user with address {email.strip().lower()} already exists")
    typer.echo(f"user {user_id} {email.strip().lower()}{' (admin)' if admin else ''}")
    typer.echo(f"token {token}")


async def demo_setup(settings: Settings) -> tuple[str, str, str, str]:
    """(user id, token, one-time console sign-in secret, mailbox id): the demo user, admin of
    their org, and their import."""
    from unspoken.providers.fake import default_source
    from unspoken.services import imports as import_service
    from unspoken.services import users as user_service
    from unspoken.store.db import make_engine, make_sessionmaker, transaction
    from unspoken.store.migrate import upgrade_async
    from unspoken.store.repositories import mailboxes as mailboxes_repo

    await upgrade_async(settings.effective_database_url)
    engine = make_engine(settings.effective_database_url)
    sample = settings.sample_dir
    files = [p for p in (sample / "sample.mbox", sample / "sample.ics") if p.is_file()]
    try:
        async with transaction(make_sessionmaker(engine)) as s:
            user = await user_service.create_user(s, email=DEMO_USER, name="Sam", admin=True)
            token = await user_service.issue_token(s, user_id=user.id, now=datetime.now(UTC),
                                                   ttl=timedelta(days=7), label="demo")
            link = await user_service.issue_signin_link(s, user_id=user.id,
                                                        now=datetime.now(UTC),
                                                        ttl=timedelta(days=1))
            assert settings.as_of is not None
            if files:
                mailbox_id = import_service.new_import_id()
                folder = settings.upload_dir / mailbox_id
                for i, p in enumerate(files):
                    dest = import_service.target_path(folder, p.name, i)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(p, dest)
                box = await import_service.create(
                    s, user_id=user.id, address=DEMO_USER, folder=folder, mailbox_id=mailbox_id,
                    as_of=settings.as_of, window_days=330,
                    ahead_days=settings.calendar_ahead_days)
            else:
                box = await mailboxes_repo.add(
                    s, user_id=user.id, provider="fake", address=DEMO_USER, label="demo",
                    source=default_source(messages=1200, accounts=9, end=settings.as_of))
            return user.id, token, link, box.id
    finally:
        await engine.dispose()


def demo(port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
         data_dir: Annotated[Path, typer.Option(help="Fresh demo state lives here.")] =
         Path(".unspoken/demo")) -> None:
    """Serve a demo on 127.0.0.1: SQLite, in-process worker, the bundled sample imported."""
    import uvicorn

    from unspoken.api.app import create_app
    from unspoken.runtime import Runtime

    shutil.rmtree(data_dir, ignore_errors=True)
    has_sample = (get_settings().sample_dir / "sample.mbox").is_file()
    settings = get_settings().model_copy(update={
        "data_dir": data_dir, "database_url": "", "redis_url": "", "log_json": False,
        "public_url": f"http://127.0.0.1:{port}", "smtp_url": "",
        "log_level": "WARNING", "as_of": get_settings().as_of or
        (DEMO_AS_OF if has_sample else datetime.now(UTC))})
    _setup_logs(settings)
    _, token, link, mailbox_id = asyncio.run(demo_setup(settings))

    async def start_import(rt: Runtime) -> None:
        await rt.queue.enqueue("sync.mailbox", mailbox_id)

    url = f"http://127.0.0.1:{port}/"
    source = "the bundled sample export" if has_sample else "the fake provider's sample mailbox"
    typer.echo(f"Unspoken demo — {source} imported for {DEMO_USER} (as of "
               f"{settings.as_of:%Y-%m-%d}).")
    typer.echo(f"  console: {url}signin/link?token={link}")
    typer.echo("           (signs you in once, as the demo's admin; afterwards sign in at "
               f"{url} with the token)")
    typer.echo(f"  digest:  {url}digest/preview  (no mail server here: shown, not sent)")
    typer.echo(f"  token:   {token}")
    typer.echo(f"  try:     curl -s -H 'Authorization: Bearer {token}' {url}v1/accounts")
    typer.echo("Ctrl-C to stop.")
    uvicorn.run(create_app(settings, on_start=start_import, migrate=False), host="127.0.0.1",
                port=port, log_config=None, access_log=False, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(worker)
    app.command()(demo)
    app.add_typer(users_app, name="users")
