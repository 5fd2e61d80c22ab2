"""What a process holds while it runs (API or worker): sessions, key-value store, secret box,
job queue, mailer. Built once from Settings; closed on shutdown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from unspoken.config import Settings
from unspoken.notify.smtp import Mailer, parse
from unspoken.store.crypto import SecretBox
from unspoken.store.db import make_engine, make_sessionmaker
from unspoken.store.kv import KV, make_kv
from unspoken.store.memo import Memo
from unspoken.worker.queue import JobQueue, make_queue


@dataclass
class Runtime:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    kv: KV
    box: SecretBox
    queue: JobQueue
    mailer: Mailer | None = None  # None: no SMTP configured (digests are only previewed)
    memo: Memo = field(default_factory=Memo)  # rendered badges and pages, per generation

    @classmethod
    async def start(cls, settings: Settings, *, queue: JobQueue | None = None) -> Runtime:
        engine = make_engine(settings.effective_database_url)
        rt = cls(settings=settings, engine=engine, sessions=make_sessionmaker(engine),
                 kv=make_kv(settings.redis_url, settings.redis_prefix),
                 box=SecretBox(settings.key_ring()), queue=queue or _NoQueue(),
                 mailer=Mailer(parse(settings.smtp_url, sender=settings.smtp_from,
                                     timeout=settings.smtp_timeout_seconds), pool=8)
                 if settings.smtp_url else None)
        if queue is None:
            rt.queue = await make_queue(rt)
        return rt

    async def close(self) -> None:
        await self.queue.close()
        if self.mailer is not None:
            await self.mailer.close()
        await self.kv.close()
        await self.engine.dispose()


class _NoQueue:
    async def enqueue(self, task: str, *args: str, defer: float = 0,
                      first: bool = False) -> None:
        raise RuntimeError("queue not started")

    async def live(self, task: str, ids: Sequence[str]) -> set[str]:
        return set()

    async def close(self) -> None:
        return None
