"""scores.weekly: each stored Friday is the engine on the mail before its end; only what
changed is replayed; the contact trend reads the stored weeks."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select

from tests.service_support import AS_OF, make_user, run_task, statements, synced_user
from unspoken.providers.base import ChangeSet
from unspoken.providers.fake import FakeCursor, FakeProvider, item
from unspoken.services import scoring
from unspoken.services.policy import engine_policy
from unspoken.services.users import my_addresses
from unspoken.signals.assess import assess
from unspoken.signals.detectors.base import week_of
from unspoken.signals.model import Message
from unspoken.signals.replay import fridays, week_end
from unspoken.store import packing
from unspoken.store.models import MailboxNumber, MessageChunk, MessageRow, User
from unspoken.store.repositories import records as records_repo
from unspoken.store.repositories import weekly as weekly_repo
from unspoken.worker import tasks as tasks_module


async def _weekly_user(rt):
    user, box = await synced_user(rt)  # which also queued scores.weekly, a little later
    assert await run_task(rt, "scores.weekly", user.id) == "ok weeks=12"
    return user, box


async def _stored(rt, user_id):
    async with rt.sessions() as s:
        return await weekly_repo.all_weeks(s, user_id)


async def _engine_on_each_friday(rt, user_id):
    """The reference: the engine's full path over the records dated before each Friday's end."""
    async with rt.sessions() as s:
        user = await s.get(User, user_id)
        me = await my_addresses(s, user_id=user.id, email=user.email)
        policy = await engine_policy(s, org_id=user.org_id)
        features = await records_repo.all_features(s, user.id)
        meetings = await records_repo.all_meetings(s, user.id)
    out = {}
    for friday in fridays(scoring.as_of(rt.settings.as_of), 12):
        at = week_end(friday)
        report = assess([f for f in features if f.date < at], meetings, me=me, as_of=at,
                        policy=policy)
        for a in report.accounts:
            out[(friday, a.account, "")] = (a.risk.value, a.score)
            for c in a.contacts:
                out[(friday, a.account, c.email)] = (c.risk.value, c.score)
    return out


class TestWeeklyScores:
    async def test_each_friday_is_the_engine_on_the_mail_before_its_end(self, rt):
        user, _ = await _weekly_user(rt)
        stored = await _stored(rt, user.id)
        assert stored == await _engine_on_each_friday(rt, user.id)
        weeks = sorted({w for w, _, _ in stored})
        assert len(weeks) == 12 and all(w.weekday() == 4 for w in weeks)
        assert week_end(weeks[-1]) <= AS_OF < week_end(weeks[-1]) + timedelta(days=7)
        levels = {risk for risk, _ in stored.values()}
        assert "at_risk" in levels and "healthy" in levels  # the fake mailbox drifts

    async def test_only_changed_fridays_are_replayed(self, rt):
        user, box = await _weekly_user(rt)
        assert await run_task(rt, "scores.weekly", user.id) == "ok weeks=0"
        days = fridays(AS_OF, 12)
        async with rt.sessions() as s:  # one message from between the 6th and 7th Friday
            old = next(f for f in await records_repo.all_features(s, user.id)
                       if week_end(days[5]) <= f.date < week_end(days[6]))
        async with rt.sessions() as s:
            await records_repo.delete_messages(s, mailbox_id=box, ext_ids=[old.id])
            await s.commit()
        assert await run_task(rt, "scores.weekly", user.id) == "ok weeks=6"
        assert await _stored(rt, user.id) == await _engine_on_each_friday(rt, user.id)

    async def test_a_new_week_replays_one_friday_and_drops_the_oldest(self, rt):
        user, _ = await _weekly_user(rt)
        rt.settings = rt.settings.model_copy(update={"as_of": AS_OF + timedelta(days=7)})
        assert await run_task(rt, "scores.weekly", user.id) == "ok weeks=1"
        weeks = sorted({w for w, _, _ in await _stored(rt, user.id)})
        assert weeks == fridays(AS_OF + timedelta(days=7), 12)

    async def test_every_fridays_stamp_is_read_in_one_statement(self, rt):
        user, box = await _weekly_user(rt)
        befores = [week_end(d) for d in fridays(AS_OF, 12)]
        with statements(rt) as sent:
            async with rt.sessions() as s:
                stamps = await weekly_repo.records_stamps(s, user_id=user.id, befores=befores)
        # the meetings' part, every Friday's rows and whole chunks, the chunks across one
        assert len(sent) == 3
        async with rt.sessions() as s:
            features = await records_repo.all_features(s, user.id)
            num = select(MailboxNumber.num).where(
                MailboxNumber.mailbox_id == box).scalar_subquery()
            rows = (await s.execute(select(MessageRow.date, MessageRow.synced_at)
                                    .where(MessageRow.box == num))).all()
            folded = [(e.date, e.synced_at) for c in (await s.execute(
                select(MessageChunk.ext_keys, MessageChunk.hashes, MessageChunk.data)
                .where(MessageChunk.box == num))).all()
                for e in packing.unfold(c.ext_keys, c.hashes, c.data)]
        for before, stamp in zip(befores, stamps, strict=True):
            times = [t for d, t in [*rows, *folded] if d < before and t is not None]
            last = max(times, default=None)
            assert stamp[:2] == [sum(1 for f in features if f.date < before),
                                 last.isoformat() if last else None]
        assert stamps[0][0] < stamps[-1][0]  # the mailbox's mail spans the Fridays
        assert folded  # the weekly run folded the mailbox's old mail first

    async def test_unknown_user_is_gone(self, rt):
        assert await run_task(rt, "scores.weekly", "0" * 32) == "gone"


class TestTrend:
    async def test_contact_trend_reads_the_stored_fridays_then_today(self, rt, client):
        user, _ = await _weekly_user(rt)
        stored = await _stored(rt, user.id)
        email, account = next((e, a) for (_, a, e) in stored if e)
        body = (await client.get(f"/v1/contacts/{email}", headers=user.auth)).json()
        trend = body["trend"]
        assert len(trend) == 12 and trend[-1] == {"week": week_of(AS_OF).isoformat(),
                                                  "score": body["score"]}
        for point, friday in zip(trend[:-1], fridays(AS_OF, 12)[1:], strict=True):
            want = max(s for (w, a, e), (_, s) in stored.items()
                       if w == friday and a == account and e in ("", email))
            assert point == {"week": week_of(friday).isoformat(), "score": want}

    async def test_without_stored_weeks_the_trend_is_today_alone(self, rt, client):
        user, _ = await _weekly_user(rt)
        email = next(e for (_, _, e) in await _stored(rt, user.id) if e)
        async with rt.sessions() as s:  # no Friday kept: nothing replays in the request
            await weekly_repo.replace_weeks(s, user_id=user.id, weeks=[], rows=[],
                                            keep_from=AS_OF.date() + timedelta(days=1))
            await s.commit()
        trend = (await client.get(f"/v1/contacts/{email}", headers=user.auth)).json()["trend"]
        assert [p["week"] for p in trend] == [week_of(AS_OF).isoformat()]


async def test_weekly_for_a_user_without_mail_stores_nothing(rt):
    user = await make_user(rt)
    assert await run_task(rt, "scores.weekly", user.id) == "ok weeks=12"
    assert await _stored(rt, user.id) == {}


class _OneMessage:
    """A mailbox whose next change set is one message dated `date` (after the backfill)."""

    kind = "fake"

    def __init__(self, date):
        self.date = date

    def parse_cursor(self, data):
        return FakeProvider().parse_cursor(data)

    async def changes(self, mailbox, cursor, *, page_size):
        msg = next(m for m in (item(mailbox.source, k, mailbox.address) for k in range(20))
                   if isinstance(m, Message))
        yield ChangeSet(messages=(replace(msg, id=f"new-{self.date.isoformat()}",
                                          date=self.date),),
                        next_cursor=FakeCursor(cursor.position + 1), done=True)

    async def settle(self, mailbox):
        return None


class TestOneJobPerMessage:
    """An incremental sync queues scores.weekly only when a stored Friday's inputs changed."""

    async def _sync_one(self, rt, monkeypatch, date):
        user, box = await synced_user(rt)  # the backfill queued scores.weekly: forget it
        await rt.queue.close()
        rt.queue._pending.clear()
        monkeypatch.setattr(tasks_module, "provider_for", lambda kind: _OneMessage(date))
        assert (await run_task(rt, "sync.mailbox", box)).startswith("ok")
        return ("scores.weekly", (user.id,)) in rt.queue._pending

    async def test_new_mail_queues_no_weekly_replay(self, rt, monkeypatch):
        assert week_end(fridays(AS_OF, 1)[-1]) <= AS_OF  # dated after the last past Friday
        assert not await self._sync_one(rt, monkeypatch, AS_OF)

    async def test_mail_dated_before_a_past_friday_queues_it(self, rt, monkeypatch):
        old = week_end(fridays(AS_OF, 1)[-1]) - timedelta(days=2)
        assert await self._sync_one(rt, monkeypatch, old)
