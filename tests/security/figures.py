"""What the fault and abuse suite did, printed when the run ends (`conftest.py`) and quoted in
the README: faults injected by kind, rows checked, the worst `/healthz` latency seen."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Figures:
    faults: Counter[str] = field(default_factory=Counter)
    rows_checked: int = 0
    healthz_checks: int = 0
    worst_healthz_ms: float = 0.0

    def fault(self, kind: str, n: int = 1) -> None:
        self.faults[kind] += n

    def rows(self, n: int) -> None:
        self.rows_checked += n

    def healthz(self, ms: float) -> None:
        self.healthz_checks += 1
        self.worst_healthz_ms = max(self.worst_healthz_ms, ms)

    def lines(self) -> list[str]:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.faults.items()))
        return [f"faults injected: {sum(self.faults.values())} ({kinds or 'none'})",
                f"rows checked: {self.rows_checked}",
                f"/healthz: {self.healthz_checks} probes, worst {self.worst_healthz_ms:.1f} ms"]


FIGURES = Figures()
