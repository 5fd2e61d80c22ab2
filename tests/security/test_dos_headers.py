"""Security headers: nosniff on every response (the Microsoft validation echo above all), and
the browser set on every HTML page, console included."""

from __future__ import annotations

from tests.service_support import make_user


class TestHeaders:
    async def test_the_validation_echo_is_never_sniffed(self, client):
        r = await client.post("/webhooks/microsoft?validationToken=%3Cscript%3Ealert(1)"
                              "%3C/script%3E")
        assert r.status_code == 200 and r.text == "<script>alert(1)</script>"
        assert r.headers["content-type"].startswith("text/plain")
        assert r.headers["x-content-type-options"] == "nosniff"

    async def test_api_answers_carry_nosniff_but_no_page_headers(self, rt, client):
        user = await make_user(rt)
        for r in (await client.get("/v1/me", headers=user.auth), await client.get("/healthz"),
                  await client.get("/v1/me")):
            assert r.headers["x-content-type-options"] == "nosniff"
            assert "content-security-policy" not in r.headers

    async def test_every_html_page_gets_the_browser_set(self, rt, client):
        user = await make_user(rt)
        signed = await client.post("/v1/auth/session", json={"token": user.token})
        client.cookies.set("unspoken_session", signed.cookies["unspoken_session"])
        pages = ["/signin", "/", "/accounts", "/accounts/nowhere.test", "/docs"]
        for path in pages:
            r = await client.get(path)
            assert r.headers["content-type"].startswith("text/html"), path
            assert r.headers["x-content-type-options"] == "nosniff", path
            assert r.headers["x-frame-options"] == "DENY", path
            assert r.headers["referrer-policy"] in ("no-referrer", "same-origin"), path
            if path != "/docs":  # Swagger UI comes from its CDN with an inline script
                assert "script-src 'self'" in r.headers["content-security-policy"], path
                assert "frame-ancestors 'none'" in r.headers["content-security-policy"]

    async def test_a_page_with_its_own_policy_keeps_it(self, client):
        r = await client.get("/signin")  # the console sets a stricter style-src itself
        assert r.headers["content-security-policy"].count("default-src") == 1
        assert "style-src 'self';" in r.headers["content-security-policy"]
        assert r.headers.get_list("x-content-type-options") == ["nosniff"]
