"""The org policy as an HTML form and back: one input per field the policy API accepts, built
from `OrgPolicy` itself (a field added to the model appears in the editor), and validation
errors turned into a sentence next to the field they concern."""

from __future__ import annotations

import hashlib
import json
import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from annotated_types import Ge, Le
from pydantic import BaseModel, ValidationError

from unspoken.console import views
from unspoken.services.policy import OrgPolicy, PolicyIn, SignalSetting


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    label: str
    help: str
    kind: str  # lines | bool | int | text | signals
    ge: float | None = None
    le: float | None = None
    max_items: int | None = None


_TEXT: dict[str, tuple[str, str]] = {
    "internal_domains": ("Internal domains", "Your organisation's other domains, one per line: "
                         "mail between them is never a customer's."),
    "customer_domains": ("Customer domains", "Only these domains are customers (one per line). "
                         "Empty: every outside domain that writes like a customer."),
    "ignored_domains": ("Ignored domains", "Never accounts, one per line (vendors, partners)."),
    "executive_titles": ("Executive titles", "Patterns, one per line, for titles that make "
                         "someone a decision maker besides VP, C-level, director, head of… "
                         "(words, alternatives and classes; no lookaround)."),
    "executive_emails": ("Executive addresses", "People to treat as decision makers whatever "
                         "their signature says, one address per line."),
    "signals": ("Signals", "Turn a signal off, or make it more (higher) or less (lower) "
                "sensitive. The team's feedback multiplies it by a learned factor, within "
                "bounds (Learned: see Admin → Learning)."),
    "recent_days": ("Recent window (days)", "How far back “lately” reaches."),
    "baseline_days": ("Baseline window (days)", "The period before the recent window that "
                      "defines each contact's usual habits."),
    "store_quotes": ("Store short evidence quotes", "Keep the sentence behind each signal so "
                     "people can check it. Off: only dates and counts are kept."),
    "retention_days": ("Keep evidence quotes for (days)", ""),
    "admins_see_team_risk": ("Admins see the team's account risk", "Off: admins see members' "
                             "sync health only, never their accounts."),
    "token_max_days": ("Longest API token lifetime (days)", ""),
}


def _kind(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is dict:
        return "signals"
    if origin is list:
        return "lines"
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int"
    return "text"


def specs() -> list[FieldSpec]:
    out = []
    for name, f in PolicyIn.model_fields.items():
        label, help_ = _TEXT.get(name, (name.replace("_", " ").capitalize(),
                                        f.description or ""))
        ge = next((float(m.ge) for m in f.metadata if isinstance(m, Ge)), None)  # type: ignore[arg-type]
        le = next((float(m.le) for m in f.metadata if isinstance(m, Le)), None)  # type: ignore[arg-type]
        max_items = next((getattr(m, "max_length", None) for m in f.metadata
                          if getattr(m, "max_length", None) is not None), None)
        out.append(FieldSpec(name, label, help_, _kind(f.annotation), ge, le, max_items))
    return out


SENSITIVITY = SignalSetting.model_fields["sensitivity"]
SENS_MIN = next(m.ge for m in SENSITIVITY.metadata if isinstance(m, Ge))  # 0.25
SENS_MAX = next(m.le for m in SENSITIVITY.metadata if isinstance(m, Le))  # 4.0


def values(pol: OrgPolicy) -> dict[str, Any]:
    """What the form's inputs show for a policy."""
    raw = pol.model_dump(mode="json")
    out: dict[str, Any] = {}
    for s in specs():
        v = raw[s.name]
        if s.kind == "lines":
            out[s.name] = "\n".join(str(x) for x in v)
        elif s.kind == "signals":
            out[s.name] = {k: {"enabled": v.get(k, {}).get("enabled", True),
                               "sensitivity": v.get(k, {}).get("sensitivity", 1.0)}
                           for k in views.SIGNALS}
        else:
            out[s.name] = v
    return out


def parse(form: Mapping[str, Any]) -> tuple[PolicyIn | None, dict[str, Any], dict[str, str]]:
    """(policy or None, the values to show again, errors by input name; "_form" for a rule
    across fields that names none of them)."""
    shown: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for s in specs():
        if s.kind == "lines":
            text = str(form.get(s.name, ""))
            shown[s.name] = text
            raw[s.name] = [ln.strip() for ln in text.splitlines() if ln.strip()]
        elif s.kind == "bool":
            shown[s.name] = raw[s.name] = form.get(s.name) in ("on", "true", "1")
        elif s.kind == "int":
            text = str(form.get(s.name, "")).strip()
            shown[s.name] = text
            try:
                raw[s.name] = int(text)
            except ValueError:
                errors[s.name] = "Enter a whole number" + _range(s) + "."
        elif s.kind == "signals":
            sig: dict[str, Any] = {}
            shown[s.name] = {}
            for k in views.SIGNALS:
                enabled = form.get(f"signals.{k}.enabled") in ("on", "true", "1")
                text = str(form.get(f"signals.{k}.sensitivity", "1")).strip()
                shown[s.name][k] = {"enabled": enabled, "sensitivity": text}
                try:
                    value = float(text)
                    if not enabled or value != 1.0:  # the defaults stay implicit: no diff
                        sig[k] = {"enabled": enabled, "sensitivity": value}
                except ValueError:
                    errors[f"signals.{k}.sensitivity"] = (
                        f"Enter a number from {SENS_MIN} to {SENS_MAX}.")
            raw[s.name] = sig
        else:
            shown[s.name] = raw[s.name] = str(form.get(s.name, "")).strip()
    if errors:
        return None, shown, errors
    try:
        return PolicyIn.model_validate(raw), shown, {}
    except ValidationError as exc:
        return None, shown, messages(exc, raw)


def _range(s: FieldSpec) -> str:
    if s.ge is not None and s.le is not None:
        return f" from {s.ge:g} to {s.le:g}"
    return ""


def messages(exc: ValidationError, raw: dict[str, Any]) -> dict[str, str]:
    """One plain sentence per input (the first problem found), never a schema dump."""
    by_name = {s.name: s for s in specs()}
    out: dict[str, str] = {}
    for e in exc.errors():
        loc = [str(p) for p in e.get("loc", ())]
        if not loc:  # a rule across fields: next to the field its message names first
            msg = _sentence(str(e.get("msg", "")))
            low = msg.lower()
            named = min((n for n in by_name if n in low), key=low.find, default="_form")
            out.setdefault(named, msg.replace("_", " "))
            continue
        name, spec = loc[0], by_name.get(loc[0])
        if spec is None:
            continue
        if spec.kind == "signals" and len(loc) >= 3:
            key = f"signals.{loc[1]}.{loc[2]}"
            out.setdefault(key, f"Enter a number from {SENS_MIN} to {SENS_MAX}.")
            continue
        if spec.kind == "lines" and len(loc) >= 2 and loc[1].isdigit():
            i = int(loc[1])
            value = raw[name][i] if i < len(raw[name]) else ""
            out.setdefault(name, f"Line {i + 1}: {_why(name, e, value)}")
            continue
        if e.get("type") == "too_long" and spec.max_items:
            out.setdefault(name, f"At most {spec.max_items} lines.")
            continue
        if spec.kind == "int":
            out.setdefault(name, "Enter a whole number" + _range(spec) + ".")
            continue
        msg = str(e.get("msg", "not a valid value")).removeprefix("Value error, ")
        line = re.match(rf"{name}\[(\d+)\] ", msg)
        if line:  # a rule about one line of a list field
            msg = f"Line {int(line.group(1)) + 1}: " + msg[line.end():]
        out.setdefault(name, _sentence(msg))
    return out


def _why(name: str, e: Any, value: str) -> str:
    shown = value if len(value) <= 60 else value[:57] + "…"
    if e.get("type") == "string_pattern_mismatch":
        what = "an email address" if "email" in name else "a domain name such as acme.com"
        return f"“{shown}” is not {what}."
    if e.get("type") == "string_too_long":
        return "too long."
    return _sentence(str(e.get("msg", "not valid")))


def _sentence(msg: str) -> str:
    msg = msg.removeprefix("Value error, ").rstrip(".")
    return msg[:1].upper() + msg[1:] + "."


def fingerprint(pol: BaseModel) -> str:
    """Identifies a previewed policy: saving something else asks for a new preview."""
    body = json.dumps(pol.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode()).hexdigest()[:32]
