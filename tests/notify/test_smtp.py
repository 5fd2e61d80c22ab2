"""UNSPOKEN_SMTP_URL parsing, and the mailer against the real SMTP sink process."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from unspoken.notify.smtp import Mailer, SmtpConfigError, SmtpTemporary, parse


class TestSmtpUrl:
    def test_smtp_means_starttls_required_with_credentials_from_the_url(self):
        c = parse("smtp://me%40co.com:p%40ss@mail.co.com", sender="Unspoken <u@co.com>")
        assert (c.host, c.port, c.use_tls, c.start_tls) == ("mail.co.com", 587, False, True)
        assert (c.username, c.password, c.envelope_from, c.domain) == \
            ("me@co.com", "p@ss", "u@co.com", "co.com")

    def test_smtps_is_tls_from_the_first_byte(self):
        c = parse("smtps://mail.co.com")
        assert (c.port, c.use_tls, c.start_tls, c.sender) == \
            (465, True, None, "Unspoken <unspoken@mail.co.com>")

    def test_a_local_relay_may_turn_starttls_off(self):
        assert parse("smtp://127.0.0.1:2525/?starttls=off").start_tls is False
        assert parse("smtp://relay:25/?starttls=optional").start_tls is None

    @pytest.mark.parametrize("url,words", [
        ("http://mail.co.com", "scheme"), ("smtp://", "no host"),
        ("smtp://h:99999999", "port"), ("smtp://h/?starttls=maybe", "starttls")])
    def test_bad_urls_are_one_line_naming_the_setting(self, url, words):
        with pytest.raises(SmtpConfigError, match=words) as e:
            parse(url)
        assert str(e.value).startswith("UNSPOKEN_SMTP_URL") and "\n" not in str(e.value)

    def test_a_from_without_an_address_is_refused(self):
        with pytest.raises(SmtpConfigError, match="UNSPOKEN_SMTP_FROM"):
            parse("smtp://h", sender="Unspoken")


def _msg(n: int) -> EmailMessage:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "a@unspoken.test", "b@co.test", f"n{n}"
    m["Message-ID"] = f"<n{n}@unspoken.test>"
    m.set_content("hello")
    return m


class TestMailer:
    async def test_reuses_one_connection_and_the_sink_gets_every_message(self, smtp_sink):
        mailer = Mailer(parse(smtp_sink.url, sender="a@unspoken.test"))
        try:
            for n in range(5):
                await mailer.send(_msg(n), to="b@co.test")
            assert len(mailer._idle) == 1
        finally:
            await mailer.close()
        assert [m["Subject"] for m in smtp_sink.messages()] == [f"n{n}" for n in range(5)]

    async def test_a_server_that_is_down_is_a_temporary_failure(self, smtp_sink):
        mailer = Mailer(parse(smtp_sink.url, sender="a@unspoken.test"))
        smtp_sink.stop()
        with pytest.raises(SmtpTemporary):
            await mailer.send(_msg(0), to="b@co.test")
