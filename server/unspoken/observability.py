"""Structured logs and Prometheus metrics.

Logs are JSON lines built from an allow-list of fields: a record's `extra` keys outside
`_ALLOWED` are dropped, and anything shaped like a token is masked, so tokens, OAuth codes
and message text cannot reach the log even by mistake.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime

from prometheus_client import Counter, Gauge, Histogram

REQUESTS = Counter("unspoken_http_requests_total", "HTTP requests", ["route", "method", "status"])
LATENCY = Histogram("unspoken_http_request_seconds", "HTTP latency", ["route"],
                    buckets=(0.001, 0.0025, 0.005, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 1, 5))
SYNC_PAGES = Counter("unspoken_sync_pages_total", "Change sets stored")
SYNC_ITEMS = Counter("unspoken_sync_items_total", "Messages and meetings stored")
QUEUE_READY = Gauge("unspoken_queue_ready_jobs",
                    "Jobs due now and not yet taken by a worker (scale workers on it)")
BADGE_CACHE = Counter("unspoken_badge_cache_total", "Badge cache lookups", ["result"])
BADGE_HITS, BADGE_MISSES = BADGE_CACHE.labels("hit"), BADGE_CACHE.labels("miss")  # bound once

_ALLOWED = {"route", "method", "status", "ms", "user_id", "mailbox_id", "task", "accounts",
            "count", "org_id", "event", "error", "job"}
_SECRETISH = re.compile(r"(usk_[A-Za-z0-9_\-]+|Bearer\s+\S+|code=[^&\s]+|token=[^&\s]+)")


def redact(text: str) -> str:
    return _SECRETISH.sub("[redacted]", text)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {"ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
               "level": record.levelname.lower(), "logger": record.name,
               "msg": redact(record.getMessage())}
        for k in _ALLOWED:
            if k in record.__dict__:
                v = record.__dict__[k]
                out[k] = redact(v) if isinstance(v, str) else v
        if record.exc_info and record.exc_info[0] is not None:
            out["exc_type"] = record.exc_info[0].__name__  # no message: it may quote input
        return json.dumps(out, default=str)


def setup_logging(level: str = "INFO", *, json_lines: bool = True) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else
                         logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # uvicorn's access log prints raw paths and query strings (OAuth codes): ours replaces it.
    logging.getLogger("uvicorn.access").disabled = True
    for name in ("uvicorn", "uvicorn.error", "arq", "arq.worker", "arq.jobs"):
        lg = logging.getLogger(name)
        lg.handlers[:] = []
        lg.propagate = True
