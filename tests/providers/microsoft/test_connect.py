"""A finished Microsoft sign-in joins the organisation of its tenant."""

from __future__ import annotations

import uuid

from tests.service_support import make_user
from unspoken.providers.microsoft import connect
from unspoken.providers.microsoft.auth import PERSONAL_TENANT, Connected
from unspoken.runtime import Runtime
from unspoken.store.db import transaction
from unspoken.store.models import Org, Role, User


def _signed_in(address: str, tenant: str) -> Connected:
    return Connected(address=address, name="", tenant_id=tenant,
                     home_account_id=f"oid.{tenant}", token_cache=b"{}")


async def _link(rt: Runtime, c: Connected) -> tuple[User, Org]:
    async with transaction(rt.sessions) as s:
        linked = await connect.link(s, connected=c, box=rt.box)
        org = await s.get(Org, linked.user.org_id)
        assert org is not None
        return linked.user, org


def _domain() -> str:
    return f"d{uuid.uuid4().hex[:10]}.test"


class TestOrganisationFromTenant:
    async def test_one_tenant_is_one_organisation_whatever_the_mail_domain(
            self, rt: Runtime) -> None:
        tenant, a, b = str(uuid.uuid4()), _domain(), _domain()
        first, org1 = await _link(rt, _signed_in(f"ana@{a}", tenant))
        second, org2 = await _link(rt, _signed_in(f"bo@{b}", tenant))
        assert org1.id == org2.id and org1.tenant_id == tenant and org1.domain == a
        assert first.role == Role.ADMIN.value and second.role == Role.MEMBER.value

    async def test_two_tenants_are_two_organisations(self, rt: Runtime) -> None:
        _, org1 = await _link(rt, _signed_in(f"ana@{_domain()}", str(uuid.uuid4())))
        user, org2 = await _link(rt, _signed_in(f"bo@{_domain()}", str(uuid.uuid4())))
        assert org1.id != org2.id and user.role == Role.ADMIN.value

    async def test_personal_accounts_get_an_organisation_of_one(self, rt: Runtime) -> None:
        u1, org1 = await _link(rt, _signed_in(f"ana.{uuid.uuid4().hex[:8]}@outlook.test",
                                              PERSONAL_TENANT))
        u2, org2 = await _link(rt, _signed_in(f"bo.{uuid.uuid4().hex[:8]}@outlook.test",
                                              PERSONAL_TENANT))
        assert org1.id != org2.id and org1.tenant_id is None and org2.tenant_id is None
        assert u1.role == u2.role == Role.ADMIN.value

    async def test_an_organisation_of_the_domain_without_tenant_becomes_the_tenants(
            self, rt: Runtime) -> None:
        existing = await make_user(rt)  # e.g. signed up before tenants were recorded
        tenant = str(uuid.uuid4())
        user, org = await _link(rt, _signed_in(f"bo@{existing.org}", tenant))
        assert org.id == existing.org_id and org.tenant_id == tenant
        assert user.role == Role.MEMBER.value
        _, again = await _link(rt, _signed_in(f"cy@{_domain()}", tenant))
        assert again.id == existing.org_id
