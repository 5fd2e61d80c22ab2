"""Sign-in with MSAL against the fake identity platform; tokens for the sync."""

from __future__ import annotations

import asyncio

import pytest

from tests.providers.microsoft.conftest import connect_mailbox
from tests.providers.microsoft.fake_graph import auth_query
from unspoken.providers.base import AuthRevoked
from unspoken.providers.microsoft.auth import SCOPES, AdminConsentRequired, SignInFailed
from unspoken.store.repositories import mailboxes as mailboxes_repo


class TestSignIn:
    async def test_flow_stores_a_sealed_token_cache_for_the_tenant(self, rt, deps, identity):
        box = await connect_mailbox(rt, deps, identity)
        async with rt.sessions() as s:
            mb = await mailboxes_repo.get(s, box)
        assert mb.provider == "microsoft" and mb.address == identity.user
        assert mb.source["tenant_id"] == identity.tenant
        assert mb.credentials  # sealed, never in the clear: no issued refresh token appears
        assert identity.refresh_tokens and not any(
            rt in mb.credentials for rt in identity.refresh_tokens)
        grants = [f for f in identity.token_requests if f["grant_type"] == "authorization_code"]
        assert len(grants) == 1 and grants[0]["code_verifier"]  # PKCE

    async def test_auth_uri_asks_only_the_pinned_scopes(self, deps):
        q = auth_query(await deps.auth.start())
        assert set(q["scope"].split()) == {*SCOPES, "openid", "profile", "offline_access"}
        assert q["code_challenge_method"] == "S256" and q["state"] and q["nonce"]

    async def test_tampered_state_stores_nothing_and_asks_no_token(self, deps, identity):
        answer = identity.authorize(await deps.auth.start())
        with pytest.raises(SignInFailed):
            await deps.auth.finish({**answer, "state": answer["state"] + "x"})
        assert identity.token_requests == []

    async def test_flow_is_single_use(self, deps, identity):
        answer = identity.authorize(await deps.auth.start())
        await deps.auth.finish(answer)
        with pytest.raises(SignInFailed):
            await deps.auth.finish(answer)
        assert len(identity.token_requests) == 1

    async def test_admin_consent_error_gives_the_admin_consent_link(self, deps, identity):
        identity.consent_error = True
        with pytest.raises(AdminConsentRequired) as exc:
            await deps.auth.finish(identity.authorize(await deps.auth.start()))
        assert "/organizations/v2.0/adminconsent?client_id=" in exc.value.link
        assert identity.token_requests == []


class TestTokens:
    async def test_twenty_concurrent_jobs_refresh_once(self, rt, deps, identity):
        box = await connect_mailbox(rt, deps, identity, stale_token=True)
        async with rt.sessions() as s:
            home = (await mailboxes_repo.get(s, box)).source["home_account_id"]
        jobs = [deps.auth.tokens(box, home_account_id=home, store=deps.credentials)
                for _ in range(20)]
        tokens = await asyncio.gather(*(j() for j in jobs))
        assert identity.refreshes() == 1 and identity.invalid_grant_answers == 0
        assert len(set(tokens)) == 1 and identity.valid_access("Bearer " + tokens[0])

    async def test_revoked_grant_needs_reauth_without_retry_storm(self, rt, deps, identity):
        box = await connect_mailbox(rt, deps, identity, stale_token=True)
        identity.revoked = True
        before = len(identity.token_requests)
        for _ in range(5):
            job = deps.auth.tokens(box, home_account_id="", store=deps.credentials)
            with pytest.raises(AuthRevoked):
                await job()
        assert len(identity.token_requests) - before <= 3


    async def test_an_unreachable_login_host_is_transient_for_the_sync(self, rt, deps,
                                                                       identity):
        from unspoken.providers.base import Transient
        from unspoken.providers.microsoft.auth import MicrosoftAuth

        box = await connect_mailbox(rt, deps, identity, stale_token=True)
        fresh = MicrosoftAuth(deps.auth.config, deps.coord, http=deps.auth.http)  # no cache
        identity.down = "refused"
        with pytest.raises(Transient):
            await fresh.tokens(box, home_account_id="", store=deps.credentials)()
        identity.down = ""
        token = await fresh.tokens(box, home_account_id="", store=deps.credentials)()
        assert identity.valid_access("Bearer " + token)


class TestOrganisation:
    async def _sign_in(self, deps, identity, rt, user: str, tenant: str):
        from unspoken.providers.microsoft import connect
        from unspoken.store.db import transaction

        identity.user, identity.tenant = user, tenant
        c = await deps.auth.finish(identity.authorize(await deps.auth.start()))
        async with transaction(rt.sessions) as s:
            return (await connect.link(s, connected=c, box=rt.box)).user

    async def test_work_accounts_of_a_tenant_share_an_org_personal_ones_do_not(
            self, rt, deps, identity):
        from unspoken.providers.microsoft.auth import PERSONAL_TENANT

        a = await self._sign_in(deps, identity, rt, "ann@contoso-x.test", "t-contoso")
        b = await self._sign_in(deps, identity, rt, "bob@contoso-x.test", "t-contoso")
        c = await self._sign_in(deps, identity, rt, "cy@outlook-x.test", PERSONAL_TENANT)
        d = await self._sign_in(deps, identity, rt, "di@outlook-x.test", PERSONAL_TENANT)
        assert a.org_id == b.org_id and a.role == "admin" and b.role == "member"
        assert len({c.org_id, d.org_id, a.org_id}) == 3
