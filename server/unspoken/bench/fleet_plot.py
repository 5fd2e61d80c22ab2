"""The fleet simulator's runs as one SVG, drawn by hand (no plotting library): throughput and
sync lag against the number of workers, one line per fleet size. Plain SVG 1.1 elements only,
so it renders the same on GitHub, in the docs and in a browser."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

W, H = 860, 360
PANEL_W, PANEL_H = 340, 230
LEFT, TOP = 70, 60
GAP = 90
COLOURS = ("#1f6feb", "#d1242f", "#2da44e", "#8250df", "#bf8700")


def _ticks(top: float) -> list[float]:
    """About five round ticks from 0 to at least `top`."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / 5
    mag = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 0.1
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    n = int(top / step) + 1
    return [round(i * step, 3) for i in range(n + 1)]


def _panel(x0: float, title: str, unit: str, series: dict[int, list[tuple[int, float]]],
           goal: float | None = None, goal_label: str = "") -> list[str]:
    out = [f'<text x="{x0 + PANEL_W / 2}" y="{TOP - 22}" text-anchor="middle" '
           f'font-size="14" font-weight="bold">{escape(title)}</text>']
    workers = sorted({w for pts in series.values() for w, _ in pts}) or [1]
    top = max([v for pts in series.values() for _, v in pts] + [goal or 0.0, 1.0]) * 1.1
    ticks = _ticks(top)
    top = ticks[-1]

    def px(w: int) -> float:
        i = workers.index(w)
        return x0 + (PANEL_W * (i + 0.5) / len(workers))

    def py(v: float) -> float:
        return TOP + PANEL_H - PANEL_H * v / top

    out.append(f'<rect x="{x0}" y="{TOP}" width="{PANEL_W}" height="{PANEL_H}" fill="none" '
               'stroke="#888"/>')
    for t in ticks:
        y = py(t)
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + PANEL_W}" y2="{y:.1f}" '
                   'stroke="#eee"/>')
        out.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end" '
                   f'font-size="11">{t:g}</text>')
    for w in workers:
        out.append(f'<text x="{px(w):.1f}" y="{TOP + PANEL_H + 16}" text-anchor="middle" '
                   f'font-size="11">{w}</text>')
    out.append(f'<text x="{x0 + PANEL_W / 2}" y="{TOP + PANEL_H + 34}" text-anchor="middle" '
               'font-size="12">worker processes</text>')
    out.append(f'<text x="{x0 - 48}" y="{TOP + PANEL_H / 2}" text-anchor="middle" '
               f'font-size="12" transform="rotate(-90 {x0 - 48} {TOP + PANEL_H / 2})">'
               f'{escape(unit)}</text>')
    if goal is not None:
        y = py(goal)
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + PANEL_W}" y2="{y:.1f}" '
                   'stroke="#999" stroke-dasharray="5 4"/>')
        out.append(f'<text x="{x0 + PANEL_W - 4}" y="{y - 4:.1f}" text-anchor="end" '
                   f'font-size="11" fill="#666">{escape(goal_label)}</text>')
    for k, (n, pts) in enumerate(sorted(series.items())):
        colour = COLOURS[k % len(COLOURS)]
        pts = sorted(pts)
        line = " ".join(f"{px(w):.1f},{py(v):.1f}" for w, v in pts)
        out.append(f'<polyline points="{line}" fill="none" stroke="{colour}" '
                   'stroke-width="2"/>')
        for w, v in pts:
            out.append(f'<circle cx="{px(w):.1f}" cy="{py(v):.1f}" r="3.5" fill="{colour}">'
                       f'<title>{n:,} mailboxes, {w} workers: {v:g} {escape(unit)}</title>'
                       '</circle>')
    return out


def svg(runs: list[dict[str, Any]]) -> str:
    """Left: jobs per second of all workers while every mailbox connects (the queue is never
    empty). Right: p95 sync lag in steady state, against the 60 s goal."""
    jobs: dict[int, list[tuple[int, float]]] = {}
    lag: dict[int, list[tuple[int, float]]] = {}
    for r in runs:
        n, w = int(r["mailboxes"]), int(r["workers"])
        jobs.setdefault(n, []).append((w, round(r["connect"]["jobs_per_s_per_worker"] * w, 2)))
        p95 = r["steady"]["lag_s"]["p95"]
        if p95 is not None:
            lag.setdefault(n, []).append((w, float(p95)))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
             f'viewBox="0 0 {W} {H}" font-family="Helvetica, Arial, sans-serif">',
             f'<rect width="{W}" height="{H}" fill="#fff"/>']
    parts += _panel(LEFT, "Throughput while connecting", "jobs / s (all workers)", jobs)
    parts += _panel(LEFT + PANEL_W + GAP, "Sync lag in steady state (p95)", "seconds", lag,
                    goal=60.0, goal_label="goal: 60 s")
    for k, n in enumerate(sorted(set(jobs) | set(lag))):
        x = LEFT + k * 150
        colour = COLOURS[k % len(COLOURS)]
        parts.append(f'<rect x="{x}" y="{H - 22}" width="14" height="4" fill="{colour}"/>')
        parts.append(f'<text x="{x + 20}" y="{H - 16}" font-size="12">{n:,} mailboxes</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
