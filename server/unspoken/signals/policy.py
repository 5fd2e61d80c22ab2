"""What an organisation may tune in the engine: windows, domains, executives, signals.

The admin policy of the service maps onto this one frozen value; the CLI builds it from flags.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from unspoken.signals.model import SignalKind


@dataclass(frozen=True, slots=True)
class SignalPolicy:
    enabled: bool = True
    sensitivity: float = 1.0  # 0.5 = quieter, 2.0 = more eager; scales detection thresholds


@dataclass(frozen=True, slots=True)
class Policy:
    recent_days: int = 60  # the recent window ends at as_of
    baseline_days: int = 270  # the baseline window ends where the recent one starts
    internal_domains: frozenset[str] = frozenset()  # the user's own organisation
    customer_domains: frozenset[str] = frozenset()  # empty: every external domain may be one
    ignored_domains: frozenset[str] = frozenset()
    executive_titles: tuple[str, ...] = ()  # extra regular expressions matched on titles
    executive_emails: frozenset[str] = frozenset()  # people the admin names as executives
    signals: dict[SignalKind, SignalPolicy] = field(default_factory=dict)
    store_quotes: bool = True

    def signal(self, kind: SignalKind) -> SignalPolicy:
        return self.signals.get(kind, SignalPolicy())
