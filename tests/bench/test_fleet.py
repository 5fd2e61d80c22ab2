"""The fleet simulator, tiny: six mailboxes (half Google, half Microsoft), one real worker
process, a few seconds of steady state with a 429 storm and a huge backfill.
Checks that every part measured something, for both providers
(figures are the benchmark's business, not asserted here), and that the plot draws them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from unspoken.bench.fleet import run
from unspoken.bench.fleet_plot import svg

pytestmark = pytest.mark.slow


async def test_a_tiny_fleet_measures_every_figure() -> None:
    out = await run(mailboxes=6, workers=1, seconds=6, speed=200, messages=5,
                    huge_messages=250, connect_timeout=120, seed=1, microsoft_share=0.5)
    connect, steady, fair = out["connect"], out["steady"], out["fairness"]
    assert connect["synced"] == 6 and connect["first_badges_s"]["n"] == 6
    assert connect["jobs"] >= 4 and connect["jobs_per_s_per_worker"] > 0
    assert steady["changes"] > 0 and steady["unserved"] == 0
    assert steady["lag_s"]["n"] > 0 and steady["lag_s"]["p50"] <= steady["lag_s"]["max"]
    assert fair["storm_429s"] > 0  # the storm mailbox was refused...
    assert fair["huge_backfill_done_s"] is not None  # ...and the huge one finished
    google, microsoft = out["by_provider"]["google"], out["by_provider"]["microsoft"]
    assert google["mailboxes"] == microsoft["mailboxes"] == 3
    assert google["first_badges_s"]["n"] == microsoft["first_badges_s"]["n"] == 3
    assert microsoft["lag_s"]["n"] > 0 and google["lag_s"]["n"] > 0
    assert fair["graph_requests"] > 0  # the Microsoft half went through the served Graph
    store = out["storage_per_mailbox"]
    assert store["pg_rows"] > 0 and store["pg_bytes"] > 0 and store["redis_bytes"] > 0
    drawn = svg([out, {**out, "workers": 2}])
    root = ET.fromstring(drawn)  # well-formed SVG
    assert root.tag.endswith("svg") and drawn.count("<polyline") == 2
