"""Server-rendered SVG charts: a sparkline and a 12-week score line with markers for the weeks
signals began. Both take a list of (week, score 0-100) points, whatever produced them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from markupsafe import Markup, escape

Point = tuple[date, int]

_INK = "#1d4ed8"
_GRID = "#d1d5db"
_MUTED = "#4b5563"
_MARK = "#b91c1c"


def week_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _xy(points: Sequence[Point], width: float, height: float, pad_x: float, pad_top: float,
        pad_bottom: float, weeks: Sequence[date]) -> list[tuple[float, float]]:
    n = max(1, len(weeks) - 1)
    where = {w: i for i, w in enumerate(weeks)}
    inner_w, inner_h = width - 2 * pad_x, height - pad_top - pad_bottom
    out = []
    for w, score in points:
        i = where.get(week_of(w))
        if i is None:
            continue
        x = pad_x + inner_w * (i / n if len(weeks) > 1 else 1.0)
        y = pad_top + inner_h * (1 - max(0, min(100, score)) / 100)
        out.append((round(x, 1), round(y, 1)))
    return out


def weeks_ending(last: date, count: int = 12) -> list[date]:
    end = week_of(last)
    return [end - timedelta(weeks=count - 1 - i) for i in range(count)]


def sparkline(points: Sequence[Point], *, label: str, width: int = 96,
              height: int = 24) -> Markup:
    """A small line of the last 12 weeks (one point: a dot at the latest week)."""
    if not points:
        return Markup('<span class="spark-none">no history</span>')
    weeks = weeks_ending(max(p[0] for p in points))
    xy = _xy(points, width, height, 3, 3, 3, weeks)
    path = " ".join(f"{'M' if i == 0 else 'L'}{x},{y}" for i, (x, y) in enumerate(xy))
    last_x, last_y = xy[-1]
    line = f'<path d="{path}" fill="none" stroke="{_INK}" stroke-width="1.5"/>' \
        if len(xy) > 1 else ""
    base = height - 3
    return Markup(
        f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(label)}"><title>{escape(label)}</title>'
        f'<line x1="3" y1="{base}" x2="{width - 3}" y2="{base}" stroke="{_GRID}"/>{line}'
        f'<circle cx="{last_x}" cy="{last_y}" r="2.5" fill="{_INK}"/></svg>')


def line_chart(points: Sequence[Point], *, markers: Sequence[tuple[date, str]], label: str,
               last_week: date, width: int = 640, height: int = 220) -> Markup:
    """12 weekly scores on a 0-100 axis; each marker is a dashed line at the week a signal
    began, numbered (the legend beside the chart names them)."""
    pad_x, pad_top, pad_bottom = 36, 22, 28
    weeks = weeks_ending(last_week)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(label)}" preserveAspectRatio="xMidYMid meet">'
             f'<title>{escape(label)}</title>']
    inner_h = height - pad_top - pad_bottom
    for v in (0, 50, 100):
        y = pad_top + inner_h * (1 - v / 100)
        parts.append(f'<line x1="{pad_x}" y1="{y}" x2="{width - pad_x}" y2="{y}" '
                     f'stroke="{_GRID}" stroke-dasharray="{"" if v == 0 else "2 3"}"/>'
                     f'<text x="{pad_x - 6}" y="{y + 4}" text-anchor="end" font-size="11" '
                     f'fill="{_MUTED}">{v}</text>')
    n = len(weeks) - 1
    for i, w in enumerate(weeks):
        if i % 2 == 1 and i != n:
            continue
        x = pad_x + (width - 2 * pad_x) * i / n
        parts.append(f'<text x="{x}" y="{height - 8}" text-anchor="middle" font-size="11" '
                     f'fill="{_MUTED}">{w.strftime("%b %d").replace(" 0", " ")}</text>')
    for k, (when, _name) in enumerate(markers, start=1):
        wk = week_of(when)
        if wk < weeks[0] or wk > weeks[-1]:
            continue
        x = pad_x + (width - 2 * pad_x) * weeks.index(wk) / n
        parts.append(f'<line x1="{x}" y1="{pad_top - 4}" x2="{x}" y2="{height - pad_bottom}" '
                     f'stroke="{_MARK}" stroke-dasharray="4 3"/>'
                     f'<circle cx="{x}" cy="{pad_top - 10}" r="8" fill="{_MARK}"/>'
                     f'<text x="{x}" y="{pad_top - 6}" text-anchor="middle" font-size="11" '
                     f'font-weight="700" fill="#fff">{k}</text>')
    xy = _xy(points, width, height, pad_x, pad_top, pad_bottom, weeks)
    if len(xy) > 1:
        path = " ".join(f"{'M' if i == 0 else 'L'}{x},{y}" for i, (x, y) in enumerate(xy))
        parts.append(f'<path d="{path}" fill="none" stroke="{_INK}" stroke-width="2.5" '
                     'stroke-linejoin="round"/>')
    for (x, y), (w, s) in zip(xy, [p for p in points if week_of(p[0]) in weeks], strict=False):
        parts.append(f'<circle cx="{x}" cy="{y}" r="3.5" fill="#fff" stroke="{_INK}" '
                     f'stroke-width="2"><title>week of {w.isoformat()}: {s}</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))
