"""Address -> customer account: registrable domain, free-mail contacts alone, never ourselves.

An account is the customer's registrable domain (`eu.acme.co.uk` -> `acme.co.uk`). A free-mail
address is its own account. The user's organisation, ignored domains and automated senders
(no-reply, notifications, bounces, bulk mail) never become accounts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import tldextract

from unspoken.signals.model import MessageFeatures, MessageFlag
from unspoken.signals.policy import Policy

# The bundled public-suffix snapshot only: resolving an address never touches the network.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "outlook.fr", "hotmail.com", "hotmail.fr",
    "hotmail.co.uk", "live.com", "live.fr", "msn.com", "yahoo.com", "yahoo.fr", "yahoo.co.uk",
    "ymail.com", "rocketmail.com", "icloud.com", "me.com", "mac.com", "aol.com", "aim.com",
    "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "gmx.de", "gmx.fr", "web.de",
    "mail.com", "yandex.com", "yandex.ru", "mail.ru", "free.fr", "orange.fr", "wanadoo.fr",
    "laposte.net", "sfr.fr", "zoho.com", "fastmail.com", "hey.com", "tutanota.com", "qq.com",
    "163.com", "comcast.net", "verizon.net", "att.net", "sbcglobal.net", "earthlink.net",
    # Consumer ISPs (many real mailboxes, Enron's included, are full of them).
    "rr.com", "swbell.net", "pdq.net", "prodigy.net", "compuserve.com", "juno.com",
    "netzero.net", "netzero.com", "bellsouth.net", "mindspring.com", "excite.com", "cox.net",
    "charter.net", "ev1.net", "flash.net", "msn.fr", "optonline.net", "shaw.ca",
    "rogers.com", "sympatico.ca", "btinternet.com", "wanadoo.com", "t-online.de", "libero.it",
})

# Local parts of senders no person types at: they never become contacts.
_AUTOMATED_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|noreply[-_.].*|.*[-_.]no[-_.]?reply|"
    r"notifications?|notify|alerts?|mailer[-_.]?daemon|postmaster|bounces?(?:[-+].*)?|"
    r"newsletters?|news|digest|updates?|marketing|mailer|automated|calendar[-_.]notification|"
    r"listserv|majordomo|owner-.*|.*-request|root|daemon)$"
)


def normalise(email: str) -> str:
    return email.strip().strip("<>").lower()


@lru_cache(maxsize=8192)
def registrable_domain(domain: str) -> str:
    """`mail.acme.co.uk` -> `acme.co.uk`; a bare host or IP stays as it is."""
    domain = domain.strip().strip(".").lower()
    r = _EXTRACT(domain)
    if r.domain and r.suffix:
        return f"{r.domain}.{r.suffix}"
    return domain


def domain_of(email: str) -> str:
    _, _, domain = normalise(email).rpartition("@")
    return domain


def is_automated_address(email: str) -> bool:
    local, _, domain = normalise(email).rpartition("@")
    return not local or not domain or bool(_AUTOMATED_LOCAL.match(local))


def bulk_senders(features: Iterable[MessageFeatures]) -> frozenset[str]:
    """Addresses most of whose mail is flagged bulk (newsletters, notifications, lists)."""
    bulk: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for f in features:
        email = f.sender.email
        total[email] += 1
        if MessageFlag.BULK in f.flags:
            bulk[email] += 1
    return frozenset(e for e, n in bulk.items() if n * 2 > total[e])


@dataclass(frozen=True, slots=True)
class AccountResolver:
    """Which account an address belongs to, or None when it is not a customer's."""

    own: frozenset[str]  # the user's registrable domains (from --me and internal domains)
    me: frozenset[str]
    policy: Policy
    automated: frozenset[str] = frozenset()  # bulk senders seen in this mailbox
    # address -> account, as `account_of` answered it (a mailbox has few distinct addresses)
    _seen: dict[str, str | None] = field(default_factory=dict, init=False, repr=False,
                                         compare=False)

    @classmethod
    def build(cls, *, me: frozenset[str], policy: Policy,
              automated: frozenset[str] = frozenset()) -> AccountResolver:
        own = {registrable_domain(domain_of(a)) for a in me if "@" in a}
        own |= {registrable_domain(d) for d in policy.internal_domains}
        own -= FREE_MAIL_DOMAINS  # a gmail user does not make every gmail contact a colleague
        return cls(own=frozenset(own), me=frozenset(normalise(a) for a in me), policy=policy,
                   automated=automated)

    def account_of(self, email: str) -> str | None:
        try:
            return self._seen[email]
        except KeyError:
            found = self._seen[email] = self._account_of(email)
            return found

    def _account_of(self, email: str) -> str | None:
        email = normalise(email)
        if "@" not in email or email in self.me or email in self.automated:
            return None
        if is_automated_address(email):
            return None
        domain = domain_of(email)
        reg = registrable_domain(domain)
        if domain in FREE_MAIL_DOMAINS or reg in FREE_MAIL_DOMAINS:
            return email
        if not reg or "." not in reg or reg in self.own:
            return None
        ignored = self.policy.ignored_domains
        if ignored and (reg in ignored or domain in ignored):
            return None
        customers = self.policy.customer_domains
        if customers and reg not in customers and domain not in customers:
            return None
        return reg
