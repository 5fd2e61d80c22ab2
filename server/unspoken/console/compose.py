"""Open the suggested check-in as a draft: Gmail's and Outlook on the web's compose links."""

from __future__ import annotations

from urllib.parse import urlencode


def links(checkin: dict[str, str]) -> dict[str, str]:
    to, subject, body = checkin.get("to", ""), checkin.get("subject", ""), checkin.get("body", "")
    return {
        "gmail": "https://mail.google.com/mail/?" + urlencode(
            {"view": "cm", "fs": "1", "to": to, "su": subject, "body": body}),
        "outlook": "https://outlook.office.com/mail/deeplink/compose?" + urlencode(
            {"to": to, "subject": subject, "body": body}),
    }
