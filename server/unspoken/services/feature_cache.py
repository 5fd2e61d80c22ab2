"""A process's memory of decoded message features: rescoring an account after one new message
decodes that message, not the account's hundreds.

An entry is keyed by (database, row key, row version): the row key is (box, ext_id), the
version PostgreSQL's `xmin`, the transaction that wrote that version of the row: any write
gives the row a new one, in the same transaction as the write (a replaced message is a new
row, so a new version under the same key), so an entry never stands for other content than
the row's, and there is nothing to invalidate. The keys and
versions are read in the rescoring transaction itself; rows missing from the cache are read
with their version, and used only when it is the one listed (else the plain read runs).
Bounded in entries and in age (it holds evidence quotes, as the rows do). SQLite keeps no row
versions: there, the plain read.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

from sqlalchemy.ext.asyncio import AsyncSession

from unspoken.signals.model import MessageFeatures
from unspoken.store.repositories import records as records_repo
from unspoken.store.repositories.records import RowKey

MAX_ENTRIES = 20_000  # ~1.7 KB each: a 10,000-message mailbox twice over, ~35 MB
MAX_AGE_S = 900.0  # what an erased user leaves in another worker's memory lasts this long

_Key = tuple[str, RowKey, str]  # database, row key, row version


class FeatureCache:
    """Decoded features by (database, row key, row version); oldest out first."""

    def __init__(self, *, max_entries: int = MAX_ENTRIES, max_age_s: float = MAX_AGE_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries = max_entries
        self.max_age_s = max_age_s
        self._clock = clock
        self._entries: OrderedDict[_Key, tuple[float, MessageFeatures]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: _Key) -> MessageFeatures | None:
        hit = self._entries.get(key)
        if hit is None or self._clock() - hit[0] > self.max_age_s:
            return None
        return hit[1]

    def put(self, key: _Key, features: MessageFeatures) -> None:
        now = self._clock()
        self._entries.pop(key, None)
        self._entries[key] = (now, features)
        while self._entries:
            oldest = next(iter(self._entries.values()))[0]
            if len(self._entries) <= self.max_entries and now - oldest <= self.max_age_s:
                break
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()


CACHE = FeatureCache()


def _database(session: AsyncSession) -> str:
    return session.get_bind().engine.url.render_as_string(hide_password=True)


async def features_for_keys(session: AsyncSession, *, user_id: str, keys: Iterable[str],
                            cache: FeatureCache = CACHE) -> list[MessageFeatures]:
    """`records.features_for_keys`, the same list, decoding only rows not seen before."""
    keys = list(keys)
    versions = await records_repo.feature_versions_for_keys(session, user_id=user_id,
                                                            keys=keys)
    if versions is None:
        return await records_repo.features_for_keys(session, user_id=user_id, keys=keys)
    db = _database(session)
    found: dict[RowKey, MessageFeatures] = {}
    missing: list[RowKey] = []
    for row, version in versions:
        f = cache.get((db, row, version))
        if f is None:
            missing.append(row)
        else:
            found[row] = f
    if missing:
        listed = dict(versions)
        fetched = await records_repo.features_by_row_keys(session, keys=missing)
        for row in missing:
            got = fetched.get(row)
            if got is None or got[0] != listed[row]:
                # Written since the versions were read (another transaction): read it plainly.
                return await records_repo.features_for_keys(session, user_id=user_id,
                                                            keys=keys)
            found[row] = got[1]
            cache.put((db, row, got[0]), got[1])
    return records_repo.dedupe([found[row] for row, _ in versions])
