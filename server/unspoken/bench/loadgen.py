"""A lean HTTP/1.1 load generator for the service bench: keep-alive connections to loopback
only, a fixed number of requests, the latency of each.

A general-purpose client costs more CPU per request than the endpoints it measures, and on a
2-core machine the generator and the server share the cores: the floor would then measure the
client. Requests here are prebuilt bytes and responses are read by Content-Length.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass


def request(method: str, path: str, *, token: str | None = None,
            body: object | None = None) -> bytes:
    """One request's bytes (JSON body when given)."""
    data = b"" if body is None else json.dumps(body, separators=(",", ":")).encode()
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: keep-alive",
             f"Content-Length: {len(data)}"]
    if token:
        lines.append(f"Authorization: Bearer {token}")
    if body is not None:
        lines.append("Content-Type: application/json")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + data


@dataclass
class Result:
    latencies_ms: list[float]
    seconds: float
    statuses: dict[int, int]

    @property
    def rps(self) -> float:
        return len(self.latencies_ms) / self.seconds

    def pct(self, p: float) -> float:
        s = sorted(self.latencies_ms)
        return s[min(len(s) - 1, max(0, round(p / 100 * len(s)) - 1))]


async def run(host: str, port: int, requests: Sequence[bytes], *, total: int,
              concurrency: int) -> Result:
    """`total` requests over `concurrency` connections; connection i sends requests[i % n]
    (so clients spread over tokens). Loopback only."""
    if not ipaddress.ip_address(host).is_loopback:
        raise ValueError(f"the load generator only targets loopback, not {host}")
    conns = [await asyncio.open_connection(host, port) for _ in range(concurrency)]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    left = total

    async def client(i: int) -> None:
        nonlocal left
        reader, writer = conns[i]
        raw = requests[i % len(requests)]
        while left > 0:
            left -= 1
            t = time.perf_counter()
            writer.write(raw)
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            await reader.readexactly(length)
            latencies.append((time.perf_counter() - t) * 1000)
            statuses[status] = statuses.get(status, 0) + 1

    try:
        t0 = time.perf_counter()
        await asyncio.gather(*(client(i) for i in range(concurrency)))
        took = time.perf_counter() - t0
    finally:
        for _, writer in conns:
            writer.close()
    return Result(latencies, took, statuses)
