from tests.signals.helpers import feat
from unspoken.signals.accounts import AccountResolver, bulk_senders, registrable_domain
from unspoken.signals.policy import Policy

ME = frozenset({"sam@northwind-saas.com"})


def resolver(**kw) -> AccountResolver:
    return AccountResolver.build(me=ME, policy=Policy(**kw))


class TestRegistrableDomain:
    def test_subdomains_fold_into_the_registrable_domain(self):
        assert registrable_domain("mail.eu.acme.co.uk") == "acme.co.uk"
        assert registrable_domain("corp.enron.com") == "enron.com"

    def test_bare_hosts_stay_as_they_are(self):
        assert registrable_domain("localhost") == "localhost"


class TestAccountOf:
    def test_customer_address_maps_to_its_domain(self):
        assert resolver().account_of("Dana.Reyes@Ops.Acme-Logistics.com ") == "acme-logistics.com"

    def test_free_mail_contact_is_its_own_account(self):
        assert resolver().account_of("jo.smith77@gmail.com") == "jo.smith77@gmail.com"
        assert resolver().account_of("x@orange.fr") == "x@orange.fr"

    def test_own_organisation_never_becomes_an_account(self):
        r = resolver(internal_domains=frozenset({"northwind.eu"}))
        assert r.account_of("jamie@northwind-saas.com") is None
        assert r.account_of("jamie@sales.northwind-saas.com") is None
        assert r.account_of("ravi@northwind.eu") is None
        assert r.account_of("sam@northwind-saas.com") is None

    def test_free_mail_user_does_not_turn_gmail_into_a_colleague(self):
        r = AccountResolver.build(me=frozenset({"sam.w@gmail.com"}), policy=Policy())
        assert r.account_of("client@gmail.com") == "client@gmail.com"
        assert r.account_of("sam.w@gmail.com") is None

    def test_automated_senders_never_become_accounts(self):
        r = resolver()
        for a in ("noreply@acme.com", "no-reply@acme.com", "notifications@github.com",
                  "MAILER-DAEMON@acme.com", "postmaster@acme.com", "newsletter@acme.com",
                  "billing-noreply@acme.com", "do_not_reply@acme.com"):
            assert r.account_of(a) is None, a

    def test_bulk_senders_seen_in_the_mailbox_are_not_accounts(self):
        feats = [feat(sender="team@saasweekly.com", bulk=True) for _ in range(3)]
        auto = bulk_senders(feats)
        r = AccountResolver.build(me=ME, policy=Policy(), automated=auto)
        assert r.account_of("team@saasweekly.com") is None
        assert r.account_of("editor@saasweekly.com") == "saasweekly.com"

    def test_ignored_domains_are_dropped(self):
        assert resolver(ignored_domains=frozenset({"acme.com"})).account_of("a@acme.com") is None

    def test_customer_domains_act_as_an_allow_list(self):
        r = resolver(customer_domains=frozenset({"acme.com"}))
        assert r.account_of("a@eu.acme.com") == "acme.com"
        assert r.account_of("b@other.com") is None

    def test_garbage_is_not_an_account(self):
        r = resolver()
        assert r.account_of("") is None
        assert r.account_of("undisclosed-recipients:;") is None
        assert r.account_of("user@localhost") is None

    def test_consumer_isp_subdomains_stay_individual(self):
        r = resolver()
        assert r.account_of("jdoe@houston.rr.com") == "jdoe@houston.rr.com"
        assert r.account_of("x@worldnet.att.net") == "x@worldnet.att.net"
