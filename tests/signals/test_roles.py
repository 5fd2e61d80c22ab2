"""Role from a title or a signature block (signals/roles.py).

The custodian titles come from ../shared/data/enron/custodians_titles.tsv (EnronData.org,
CC BY 3.0 US; see ../shared/data/SOURCES.md); that test skips when the file is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unspoken.signals.model import Role
from unspoken.signals.roles import role_from_signature, role_from_title

TITLES = Path(__file__).parents[3] / "shared" / "data" / "enron" / "custodians_titles.tsv"

E, M, A, IC, U = Role.EXECUTIVE, Role.MANAGER, Role.ASSISTANT, Role.INDIVIDUAL, Role.UNKNOWN


class TestRoleFromTitle:
    @pytest.mark.parametrize(
        ("title", "role"),
        [
            ("CEO", E), ("Chief Revenue Officer", E), ("CFO & Treasurer", E), ("CISO", E),
            ("President", E), ("Vice President, Regulatory Affairs", E), ("SVP Sales", E),
            ("EVP, Operations", E), ("Sr. VP, Sales", E), ("VP/GM EMEA", E),
            ("Director of Engineering", E), ("Managing Director", E), ("Head of Partnerships", E),
            ("Co-Founder & CTO", E), ("Founder", E), ("Partner", E), ("Managing Partner", E),
            ("General Manager", E), ("Chairman of the Board", E), ("Owner", E),
            ("General Counsel", E), ("Chief of Staff", E), ("Directrice commerciale", E),
            ("Assistant Vice President", E), ("Chief Executive", E),
            ("Manager", M), ("Customer Success Manager", M), ("Team Lead", M), ("Supervisor", M),
            ("Account Director", M), ("Assistant Director", M), ("Partner Marketing Manager", M),
            ("Chef de projet", M),
            ("Executive Assistant", A), ("Executive Assistant to the CEO", A),
            ("Director's Assistant", A), ("Office Manager", A), ("EA to Dana Reyes", A),
            ("Administrative Assistant", A), ("Assistante de direction", A), ("Secretary", A),
            ("Software Engineer", IC), ("Senior Analyst", IC), ("Account Executive", IC),
            ("Product Owner", IC), ("Lead Engineer", IC), ("Specialist", IC), ("Trader", IC),
            ("In House Lawyer", IC), ("Associate", IC),
            ("Acme Logistics", U), ("Dana Reyes", U), ("", U),
        ],
    )
    def test_title_maps_to_role(self, title: str, role: Role) -> None:
        assert role_from_title(title) is role

    def test_admin_pattern_makes_an_executive(self) -> None:
        assert role_from_title("Global Lead Strategist") is IC
        assert role_from_title("Global Lead Strategist", extra_patterns=(r"global\s+lead",)) is E

    def test_broken_admin_pattern_is_ignored(self) -> None:
        assert role_from_title("Analyst", extra_patterns=("([unclosed",)) is IC

    def test_lowercase_abbreviations_in_prose_are_not_titles(self) -> None:
        assert role_from_title("ea pa gm md") is U

    @given(st.text(max_size=300))
    def test_any_text_gives_a_role(self, title: str) -> None:
        assert isinstance(role_from_title(title), Role)


class TestRoleFromSignature:
    def test_title_line_below_the_name(self) -> None:
        sig = "Dana Reyes\nVP of Operations | Acme Logistics\n+1 555 123 4567\ndana@acme.com"
        assert role_from_signature(sig) == (E, "VP of Operations | Acme Logistics")

    def test_assistant_signature(self) -> None:
        sig = "Dana Reyes | Executive Assistant to Sam Park\ndana@acme.com"
        assert role_from_signature(sig) == (A, "Executive Assistant to Sam Park")

    def test_highest_role_wins_over_lines(self) -> None:
        sig = "Jo Lin\nSenior Analyst\nand Head of Research\nAcme"
        assert role_from_signature(sig)[0] is E

    def test_contact_lines_are_not_titles(self) -> None:
        assert role_from_signature("Dana\nwww.head-office.com\nmanager@acme.com") == (U, "")

    def test_empty_signature(self) -> None:
        assert role_from_signature("") == (U, "")

    @given(st.text(max_size=500))
    def test_any_signature_gives_a_role(self, sig: str) -> None:
        role, title = role_from_signature(sig)
        assert isinstance(role, Role)
        assert (role is U) == (title == "")


@pytest.mark.skipif(not TITLES.exists(), reason="shared Enron custodian titles not present")
class TestEnronCustodianTitles:
    def _titles(self) -> dict[str, str]:
        rows = [line.split("\t") for line in TITLES.read_text(encoding="utf-8").splitlines()]
        return {row[0]: row[3].strip() for row in rows if len(row) >= 4}

    def test_every_named_title_gets_a_role(self) -> None:
        titles = {k: v for k, v in self._titles().items() if v and v != "Trading"}
        unknown = [t for t in titles.values() if role_from_title(t) is U]
        assert unknown == []

    @pytest.mark.parametrize(
        ("custodian", "role"),
        [
            ("lay-k", E), ("skilling-j", E), ("kitchen-l", E), ("beck-s", E), ("buy-r", E),
            ("derrick-j", E), ("arnold-j", E), ("farmer-d", M), ("bass-e", IC),
            ("causholli-m", IC),
        ],
    )
    def test_known_custodians(self, custodian: str, role: Role) -> None:
        title = self._titles().get(custodian)
        if not title:
            pytest.skip(f"{custodian} has no title in this copy")
        assert role_from_title(title) is role

    def test_the_administrative_assistant_is_an_assistant(self) -> None:
        titles = [t for t in self._titles().values() if "Assistant" in t]
        assert titles and all(role_from_title(t) is A for t in titles)
