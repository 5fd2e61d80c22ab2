"""Admin title patterns cannot stall the API or the shared worker: RE2 runs them in time
linear in the title, refuses what would backtrack, and a member's request stays fast."""

from __future__ import annotations

import pytest

from tests.service_support import make_user, run_task, synced_user
from tests.worker.helpers import stored
from unspoken.imports.isolate import Limits, OverLimit, call_limited
from unspoken.services.policy import OrgPolicy, PolicyIn
from unspoken.signals import patterns
from unspoken.signals.roles import role_from_signature, role_from_title

# Backtracking bombs for Python's `re`: (.|.|.)* tries 3^n ways on an n-character title.
BOMBS = ["^(.|.)*\\d", "(.|.|.)*\\d", "(a|aa)*$", "(x+x+)+y"]
TITLE = "Director of Procurement and Global Operations"


def _classify_with_bombs() -> tuple[str, str]:
    """Runs in a child under a CPU limit: with a backtracking engine it never returns."""
    role = role_from_title(TITLE + " " * 10, extra_patterns=tuple(BOMBS))
    sig_role, _ = role_from_signature("Dana\n" + TITLE, extra_patterns=tuple(BOMBS))
    return role.value, sig_role.value


class TestPatterns:
    def test_backtracking_bombs_run_in_linear_time(self):
        try:
            role, sig_role = call_limited(_classify_with_bombs, limits=Limits(cpu_seconds=10))
        except OverLimit as exc:  # pragma: no cover - what a backtracking engine does
            pytest.fail(f"an admin pattern ran away: {exc}")
        assert (role, sig_role) == ("executive", "executive")  # "Director" still counts

    def test_patterns_still_match_case_insensitively(self):
        assert patterns.matches_any("Chief Revenue Officer", ["chief\\s+\\w+\\s+officer"])
        assert not patterns.matches_any("Account Executive", ["^chief"])

    @pytest.mark.parametrize("pattern", ["(?=vp)vp", "(vp)\\1", "a{1001}", "(unclosed",
                                         "x" * (patterns.MAX_LENGTH + 1)])
    def test_what_needs_backtracking_or_is_too_big_is_refused_with_a_reason(self, pattern):
        assert patterns.refusal(pattern)
        assert patterns.compiled(pattern) is None

    def test_a_stored_policy_made_under_older_rules_still_loads_and_is_ignored(self):
        old = OrgPolicy.model_validate({"executive_titles": ["(?=vp)vp", "head of"],
                                        "retention_days": 1})
        assert old.retention_days == 1
        assert patterns.matches_any("Head of Sales", old.executive_titles)
        assert not patterns.matches_any("vp", ["(?=vp)vp"])


class TestPolicyApi:
    async def test_lookaround_and_oversized_patterns_are_422_naming_the_pattern(self, rt,
                                                                             client):
        admin = await make_user(rt, admin=True)
        for titles, where in ((["vp", "(?=x)y"], "executive_titles[1]"),
                              (["v"] * (patterns.MAX_PATTERNS + 1), "executive_titles"),
                              (["v" * (patterns.MAX_LENGTH + 1)], "executive_titles")):
            r = await client.put("/v1/admin/policy", headers=admin.auth,
                                 json={"executive_titles": titles})
            assert r.status_code == 422, titles
            assert where in str(r.json()["errors"])

    async def test_retention_below_the_analysis_window_is_422_with_the_reason(self, rt,
                                                                            client):
        admin = await make_user(rt, admin=True)
        r = await client.put("/v1/admin/policy", headers=admin.auth,
                             json={"retention_days": 1})
        assert r.status_code == 422
        msg = r.json()["errors"][0]["msg"]
        assert "retention_days (1)" in msg and "analysis window" in msg and "330" in msg
        ok = await client.put("/v1/admin/policy", headers=admin.auth,
                              json={"retention_days": 200, "recent_days": 30,
                                    "baseline_days": 170})
        assert ok.status_code == 200
        assert PolicyIn.model_validate(ok.json()["policy"]).retention_days == 200

    async def test_a_bomb_policy_leaves_members_and_the_worker_fast(self, rt, client):
        """The issue's probe: with `re`, the contact request took seconds and the worker's
        job minutes; here each is bounded by pytest's timeout and finishes at once."""
        owner, _ = await synced_user(rt)
        admin = await make_user(rt, org=owner.org, admin=True, local="ada")
        r = await client.put("/v1/admin/policy", headers=admin.auth,
                             json={"executive_titles": BOMBS})
        assert r.status_code == 200  # RE2 runs these in linear time: nothing to refuse
        assert await run_task(rt, "assess.user", owner.id) == "ok accounts=6"
        assert await run_task(rt, "scores.weekly", owner.id) == "ok weeks=12"  # 12 replays
        contacts = (await stored(rt, owner.id))["contacts"]
        exec_contact = next(e for e, (_, _, _, _) in contacts.items() if e.startswith("dana"))
        r = await client.get(f"/v1/contacts/{exec_contact}", headers=owner.auth)
        assert r.status_code == 200 and len(r.json()["trend"]) == 12
