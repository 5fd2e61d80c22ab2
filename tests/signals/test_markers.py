"""Language markers (signals/markers.py): the sentence grammar and its context rules.

Phrasings here are deliberately NOT copied from tests/signals/data/sentences.tsv: they check
that the grammar generalises beyond its labelled set.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unspoken.signals import markers
from unspoken.signals.markers import ALL, Markers, detect, split_sentences
from unspoken.signals.model import Direction

R, S = Direction.RECEIVED, Direction.SENT


def kinds(text: str, direction: Direction = R) -> set[str]:
    return set(detect(text, direction=direction).counts)


class TestDetectApi:
    def test_empty_text_has_no_markers(self) -> None:
        assert detect("", direction=R) == Markers()
        assert detect("   \n ", direction=S) == Markers()

    def test_counts_and_quotes_use_only_known_kinds(self) -> None:
        found = detect("Hi Dana! Thanks a lot. Can we push the QBR to January?", direction=R)
        assert set(found.counts) <= set(ALL)
        assert set(found.quotes) <= set(found.counts)

    def test_quote_is_the_sentence_that_fired(self) -> None:
        text = "Thanks for the notes. We're slammed, let's reconnect in March."
        found = detect(text, direction=R)
        assert found.quotes[markers.DEFERRAL] == "We're slammed, let's reconnect in March."

    def test_long_sentence_quote_is_trimmed_around_the_match(self) -> None:
        text = (
            "As we discussed at length with the regional operations directors and their teams "
            "in Chicago on Tuesday afternoon and again over dinner, our people are swamped and "
            "we would like to push the business review to the second quarter."
        )
        quote = detect(text, direction=R).quotes[markers.DEFERRAL]
        assert len(quote) <= 160
        assert "push the business review" in quote


class TestWarmth:
    def test_personal_greeting(self) -> None:
        assert markers.GREETING in kinds("Hey Priya,\n\nQuick update on the rollout.")

    def test_impersonal_greeting_is_not_personal(self) -> None:
        assert markers.GREETING not in kinds("Dear Sir or Madam,\n\nPlease find attached.")

    def test_french_greeting_and_thanks(self) -> None:
        assert {markers.GREETING, markers.THANKS} <= kinds("Bonjour Marc,\n\nMerci pour le devis.")

    @pytest.mark.parametrize(
        "sentence",
        [
            "Hope the skiing trip with the kids was fun!",
            "How was Thanksgiving with your in-laws?",
            "It's pouring rain here in Seattle, as usual.",
            "Hope you're doing well.",
            "Enjoy the long weekend!",
            "Bonnes fêtes à toute l'équipe !",
        ],
    )
    def test_small_talk(self, sentence: str) -> None:
        assert markers.SMALL_TALK in kinds(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "We'll run the migration over the weekend.",
            "The office is closed for the holiday on Monday.",
            "Travel expenses must be filed within 30 days.",
        ],
    )
    def test_business_use_of_personal_words_is_not_small_talk(self, sentence: str) -> None:
        assert markers.SMALL_TALK not in kinds(sentence)

    def test_compliment(self) -> None:
        assert markers.COMPLIMENT in kinds("Fantastic work on the onboarding session yesterday.")

    def test_acknowledgement_is_not_a_compliment(self) -> None:
        assert markers.COMPLIMENT not in kinds("Great, thanks.")

    def test_negated_praise_is_not_a_compliment(self) -> None:
        assert markers.COMPLIMENT not in kinds("Honestly it was not a great demo.")

    def test_exclamations_and_emoji_are_counted(self) -> None:
        found = detect("Love it!! See you soon :) \U0001f389", direction=R)
        assert found.counts[markers.EXCLAMATION] == 2
        assert found.counts[markers.EMOJI] == 2

    def test_thanks_but_not_no_thanks(self) -> None:
        assert markers.THANKS in kinds("Much appreciated.")
        assert markers.THANKS not in kinds("No thanks.")


class TestTerse:
    @pytest.mark.parametrize(
        "text",
        ["Attached.", "Noted.", "See below.", "ok", "Received, thanks", "Done.\n\nJ.", "Ci-joint."],
    )
    def test_bare_transactional_replies(self, text: str) -> None:
        assert markers.TERSE in kinds(text)

    @pytest.mark.parametrize(
        "text",
        ["Thanks so much, Dana!", "Can you resend it?", "Attached is the revised deck with the "
         "pricing changes we discussed on Tuesday."],
    )
    def test_warm_or_substantive_replies_are_not_terse(self, text: str) -> None:
        assert markers.TERSE not in kinds(text)


class TestQuestions:
    def test_real_question(self) -> None:
        assert markers.QUESTION in kinds("Which invoice does this payment cover?")

    @pytest.mark.parametrize("text", ["How are you?", "Make sense?", "Right?", "How's it going?"])
    def test_pleasantries_and_rhetorical_questions(self, text: str) -> None:
        assert markers.QUESTION not in kinds(text)

    def test_indirect_question(self) -> None:
        assert markers.QUESTION in kinds("I was wondering whether the PO went through.")

    def test_question_mark_inside_a_link_is_not_a_question(self) -> None:
        assert markers.QUESTION not in kinds("Report: http://intranet/report.asp?id=60&x=2")


class TestFeatureAsk:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Does the scheduler sync with Outlook calendars?",
            "Is there any way to set approval limits per department?",
            "When are you going to ship the Xero connector?",
            "Any plans to support Okta groups?",
            "We'd really love a bulk export to S3 at some point.",
            "Can the reporting module break revenue down by product line?",
            "Est-ce que vous avez une API pour les commandes ?",
        ],
    )
    def test_capability_and_roadmap_questions(self, sentence: str) -> None:
        assert markers.FEATURE_ASK in kinds(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Can you send me the signed NDA?",
            "Does Thursday at 2pm work for you?",
            "Do you have time next week to walk through the API plan?",
            "Where can I find last quarter's usage report?",
            "The API returned an error on Tuesday.",
        ],
    )
    def test_errands_and_statements_are_not_feature_asks(self, sentence: str) -> None:
        assert markers.FEATURE_ASK not in kinds(sentence)


class TestDeferral:
    @pytest.mark.parametrize(
        "sentence",
        [
            "We're slammed right now, let's reconnect next month.",
            "Can we push this to Q1?",
            "Let's circle back after the holidays.",
            "Not a priority this quarter.",
            "Things are hectic until our audit wraps up in March, so let's talk after that.",
            "I'll have to bump our check-in to the week after next.",
            "Could we revisit in the new fiscal year?",
            "On se reparle après les fêtes ?",
        ],
    )
    def test_postponement_with_a_time(self, sentence: str) -> None:
        assert markers.DEFERRAL in kinds(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "I'm not slammed at all this week, happy to meet.",
            "There's no need to postpone; Thursday still works.",
            "Let's reconnect next week to finalize the order form.",
            "I'll follow up next week with the numbers.",
            "We postponed the offsite last year and it was the right call.",
            "We are moving FY02 revenue guidance to $13.4B.",
            "There was a 2 week delay in shipping last month.",
            "Let's put it on hold.",
        ],
    )
    def test_no_postponement_or_no_time(self, sentence: str) -> None:
        assert markers.DEFERRAL not in kinds(sentence)

    def test_quoted_speech_is_not_the_senders(self) -> None:
        text = (
            'Their CFO told us "we are slammed, let\'s reconnect next quarter" '
            "but we are ready now."
        )
        assert markers.DEFERRAL not in kinds(text)


class TestExpansionProposal:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Would it make sense to add the Berlin team to your subscription?",
            "I can send a quote for 40 more licenses.",
            "Happy to set you up on the Enterprise tier with SSO.",
            "Have you considered rolling the platform out to your support org?",
        ],
    )
    def test_our_proposals(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    def test_only_our_own_mail_proposes(self) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds("Should we add 40 more licenses?", R)

    @pytest.mark.parametrize(
        "sentence",
        [
            "The 40 seats you requested are now active.",
            "We released the new reporting module last week.",
            "We will consolidate your three invoices into one.",
        ],
    )
    def test_reports_are_not_proposals(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)


class TestVagueDecline:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Let's keep the current scope for now.",
            "We need to streamline first.",
            "We're good with what we have.",
            "Honestly I don't think we need more seats at this point.",
            "We'd rather get the first team fully trained before we consider anything else.",
            "Maybe down the road.",
            "We'll pass for the time being.",
            "Pour l'instant on garde l'offre actuelle.",
        ],
    )
    def test_open_ended_no(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "We will consolidate the positions into one book by Friday.",
            "The consolidation of the two units is complete.",
            "Let's keep the meeting on Thursday as planned.",
            "We don't want to delay the rollout any further.",
            "I will pass the information on to him.",
            "There will be no changes to the Portland office.",
        ],
    )
    def test_ordinary_business_language_is_not_a_refusal(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(sentence)

    def test_our_own_mail_never_declines(self) -> None:
        assert markers.VAGUE_DECLINE not in kinds("Let's keep the current scope for now.", S)

    def test_a_dated_postponement_is_a_deferral_not_a_vague_no(self) -> None:
        found = kinds("Let's revisit the extra seats in Q3.")
        assert markers.DEFERRAL in found and markers.VAGUE_DECLINE not in found


class TestConcreteDecline:
    @pytest.mark.parametrize(
        "text",
        [
            "Budget is frozen until our fiscal year starts in April; let's revisit then.",
            "We can't add licenses until the hiring plan is approved in February.",
            "Procurement is closed for the year, so the upgrade will have to wait until January.",
            "Our budget is frozen until April. Let's revisit then.",
        ],
    )
    def test_reason_and_date(self, text: str) -> None:
        found = kinds(text)
        assert markers.CONCRETE_DECLINE in found and markers.VAGUE_DECLINE not in found

    @pytest.mark.parametrize(
        "sentence",
        [
            "Our fiscal year ends in March.",
            "Finance approved the budget for the expansion.",
            "The renewal is due in March.",
        ],
    )
    def test_facts_about_budgets_are_not_declines(self, sentence: str) -> None:
        assert markers.CONCRETE_DECLINE not in kinds(sentence)


class TestRedirectsDeparturesAutoReplies:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Jeff asked me to respond on his behalf.",
            "Please work with Maria Chen going forward.",
            "I'm his executive assistant and handle his calendar.",
            "Tom will be your new point of contact.",
        ],
    )
    def test_assistant_redirect(self, sentence: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Dana is no longer with the company.",
            "This mailbox is no longer monitored.",
            "Sam has left Acme; please contact sales@acme.com.",
            "Marie ne fait plus partie de la société.",
        ],
    )
    def test_left_company(self, sentence: str) -> None:
        assert markers.LEFT_COMPANY in kinds(sentence)

    def test_out_of_office(self) -> None:
        text = "I am out of the office until Monday, October 12 with limited access to email."
        assert markers.OUT_OF_OFFICE in kinds(text)

    def test_mentioning_the_office_is_not_an_auto_reply(self) -> None:
        text = "I'll be in the office until 6 if you want to call."
        assert markers.OUT_OF_OFFICE not in kinds(text)


class TestGeneralisedConstructions:
    """Constructions found missing by the engine's evaluation on unseen wording (own phrasings)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Hi,\n\nPlease see the attached.",
            "Hello,\n\nThe signed copy is below.",
            "Good afternoon,\nInvoice attached.",
            "Hi all,\nMinutes attached.",
            "Hello there,\nsee below",
        ],
    )
    def test_bare_greeting_is_not_personal(self, text: str) -> None:
        assert markers.GREETING not in kinds(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Hi Tomasz,\n\nPlease see the attached.",
            "Hello,\n\nHope the new house is coming along nicely!\n\nThe file is attached.",
            "Hi, hope you had a restful break. The invoice is attached.",
        ],
    )
    def test_greeting_that_names_or_wishes_well_is_personal(self, text: str) -> None:
        assert markers.GREETING in kinds(text)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Let's keep the footprint where it is for the time being.",
            "We'll hold our licence count at current levels for now.",
            "I'd prefer not to expand the deployment until the team has settled in.",
            "We're not looking to take on more seats at this point.",
            "Let's hold off on adding the Denver office for the moment.",
        ],
    )
    def test_status_quo_and_not_grow_frames_are_vague_noes(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(sentence)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Please leave the conference room as it is after the meeting.",
            "We plan to expand the pipeline capacity at the Bammel storage field.",
            "Keep the rollout plan on the shared drive.",
        ],
    )
    def test_ordinary_keep_and_expand_sentences_are_not_declines(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(sentence)

    @pytest.mark.parametrize(
        "text",
        [
            "Purchasing froze new software spend through 4/30, so no extra licences until then.",
            "We can't take the analytics tier during the hiring freeze that lifts June 2; "
            "let's talk again then.",
        ],
    )
    def test_reason_and_calendar_date_is_concrete_not_vague(self, text: str) -> None:
        found = kinds(text)
        assert markers.CONCRETE_DECLINE in found and markers.VAGUE_DECLINE not in found

    @pytest.mark.parametrize(
        "sentence",
        [
            "Would you like to bring your Singapore team on as well?",
            "Happy to set up a separate workspace for the Lyon office.",
            "We could onboard your support reps next quarter if useful.",
            "Would it help to bring on the Leeds and Bristol sites?",
        ],
    )
    def test_bringing_another_unit_on_is_a_proposal(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Who will own the rollout plan on your side?",
            "Could you confirm the list of users for the rollout plan?",
            "Feel free to bring your team to the demo on Thursday.",
            "I think we can add value to your team with this report.",
        ],
    )
    def test_ordinary_rollout_logistics_are_not_proposals(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)


class TestLanguageGaps:
    """What issue 10 found missed on mail written outside the team, as general constructions
    (the phrasings here are neither the tuning wording's nor the fresh evaluation's)."""

    @pytest.mark.parametrize("sentence", [
        "Thirty extra licences for the Porto plant would come to about $7,200 a year.",
        "The Platinum edition is $22 a user per month, with 24/7 support.",
        "Adding the compliance module adds $300 a month to what you pay today.",
        "Switching your team to Enterprise would run roughly 40k annually.",
    ])
    def test_a_proposal_stated_as_what_more_would_cost(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "Your invoice for 25 seats is attached.",
        "Your plan renews at $12 a seat on March 1.",
        "The onboarding plan includes three training sessions.",
        "Want me to save you a seat at the webinar?",
    ])
    def test_billing_plans_of_work_and_event_seats_are_not_proposals(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    def test_an_offer_only_in_the_subject_is_read_with_the_first_lines(self) -> None:
        body = "Hi Dana,\n\nAs promised, you'll find the breakdown in the attachment.\n\nSam"
        for subject in ("Quote for 12 extra licences", "Platinum tier pricing"):
            found = detect(body, direction=S, subject=subject)
            assert markers.EXPANSION_PROPOSAL in found.counts
            assert found.quotes[markers.EXPANSION_PROPOSAL] == subject
        for subject in ("Notes from Tuesday", "The rollout plan", "Upgrade guide for admins"):
            assert markers.EXPANSION_PROPOSAL not in detect(body, direction=S,
                                                            subject=subject).counts
        # (eleventh round) a reply carries the offer when it sends the offer's paper; a reply
        # that only answers does not
        assert markers.EXPANSION_PROPOSAL in detect(
            body, direction=S, subject="Re: Quote for 12 extra licences").counts
        assert markers.EXPANSION_PROPOSAL not in detect(
            "Hi Dana,\n\nThanks, I'll check with finance.\n\nSam", direction=S,
            subject="Re: Quote for 12 extra licences").counts
        # Their subject is not our offer.
        assert markers.EXPANSION_PROPOSAL not in detect(
            body, direction=R, subject="Quote for 12 extra licences").counts

    @pytest.mark.parametrize("text", [
        "Timing is rough for us at the moment, probably sometime in the spring.",
        "This is not the right moment for our team; maybe after the migration?",
        "Bad timing, I'm afraid. Perhaps in the new year.",
        "Our plate is completely full until March, realistically.",
    ])
    def test_a_deferral_without_a_postponement_verb(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "The timing of the release was great.",
        "It was a tough period for the team last year.",
        "Bad timing on the invoice, sorry, it went out twice.",
    ])
    def test_bad_timing_without_a_later_time_is_not_a_deferral(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)

    @pytest.mark.parametrize("sentence", [
        "Going to have to take a raincheck, sorry!",
        "I think we'll sit this one out.",
        "Please count me out this time.",
        "I'll bow out of Thursday's session.",
    ])
    def test_idioms_declining_for_now(self, sentence: str) -> None:
        assert markers.DEFERRAL in kinds(sentence)

    @pytest.mark.parametrize("text", [
        "Hello,\n\nMaria's diary is completely booked until February. Jon can help you instead.",
        "Good morning. Unfortunately Ahmed has no capacity for new meetings; please liaise with "
        "Beth on this.",
        "He won't be available for this review. I'd recommend speaking with Carla directly.",
    ])
    def test_an_assistant_describing_someone_unavailable_and_pointing_elsewhere(
            self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(text)

    @pytest.mark.parametrize("text", [
        "I am unavailable until Monday. Tom can help you in the meantime.",
        "The export is unavailable right now. Our support team can help.",
        "Maria's calendar is fully booked until February.",
        "Jon can help you with the export.",
    ])
    def test_unavailability_of_the_writer_or_a_thing_or_no_pointer_is_not_a_redirect(
            self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT not in kinds(text)


class TestLanguageGapsSecondRound:
    """Constructions the first fresh wording showed missing (its misses grouped by cause and
    taught in general terms; the phrasings here are new)."""

    @pytest.mark.parametrize("text", [
        "Hello, this is Omar's executive assistant. Lena owns this topic now.",
        "I support Omar day to day. Please connect with Lena on the renewal.",
        "Writing from Omar's office: Lena will follow up with you.",
        "I handle the calendar for Omar. Lena has the full picture on this.",
        "Omar has passed the vendor topics over to Lena, who will reply shortly.",
        "Omar would like Lena to lead on this going forward.",
    ])
    def test_someone_speaking_for_an_executive_and_handing_on(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(text)

    @pytest.mark.parametrize("text", [
        "Omar is travelling most of next month. Lena is up to speed on your account.",
        "Omar is heads-down on the budget until June; Lena is the better fit here.",
        "There is no space left in Omar's calendar this quarter. Lena knows the details.",
        "Omar can't fit a meeting in before summer. Lena is your best bet.",
        "Given Omar's travel, a call won't work. Lena will be in touch.",
        "Omar has a packed schedule these weeks; this belongs with Lena.",
    ])
    def test_an_executive_without_time_and_a_pointer_to_someone_else(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(text)

    @pytest.mark.parametrize("text", [
        "Omar is travelling most of next month.",
        "Lena knows the details and will follow up.",
        "Our CFO is heads-down on the audit, so the numbers come next week.",
    ])
    def test_an_absence_or_a_pointer_alone_is_not_a_redirect(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT not in kinds(text)

    @pytest.mark.parametrize("text", [
        "This month is rough for us. Maybe in the summer.",
        "Now's a tough time — the autumn would work better.",
        "The timing doesn't work right now; perhaps after the launch.",
        "We have no capacity at the moment, so further down the road.",
        "We're in the thick of year-end close, sometime in February then.",
        "Our priorities are elsewhere this half; next year, maybe.",
        "We've got too much on our plate. Later in the spring?",
        "Could we move the workshop? Things are chaotic here.",
        "Let's shift the check-in, probably into next month.",
        "Could it slide to April? We're short-staffed.",
    ])
    def test_a_deferral_from_a_bad_moment_and_a_loosely_named_later(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "We'll give the roundtable a miss this year.",
        "Think I'll pass for now, thanks.",
        "I have to beg off the dinner.",
        "We can't make it this time, unfortunately.",
        "I'll skip the webinar this round.",
    ])
    def test_more_idioms_declining_an_invitation_for_now(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "Maybe down the road, but not now.",
        "The rollout was chaotic last year.",
        "This quarter was rough, but the numbers look better now.",
        "We're in the middle of the onboarding and it's going well.",
    ])
    def test_no_deferral_without_a_present_bad_moment_and_a_later_time(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)


class TestFeatureAsksSecondRound:
    """Asks for a capability phrased without the usual question frames (new phrasings)."""

    @pytest.mark.parametrize("text", [
        "Is something coming for audit logs this year?",
        "When do you expect single sign-on for Okta to be ready?",
        "Our analysts keep asking whether there's an ODBC connector.",
        "lmk if a Slack integration is in the works",
        "How far off is the dark mode you showed us?",
        "Would love to know when the mobile app goes GA.",
        "We'd happily pay for a Salesforce integration.",
        "Separate permissions per team, is that doable?",
        "Could you expose the audit data through the API?",
        "How do other customers hook the reports into Tableau?",
        "Would you consider adding a German UI?",
        "Is it possible to set retention per workspace?",
        "Can you support several currencies on one account?",
    ])
    def test_a_capability_asked_for(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Our auditors are asking about the invoice from May.",
        "Is that doable by Friday for the contract?",
        "How do other customers usually schedule their renewal call?",
    ])
    def test_asks_about_paperwork_or_scheduling_are_not_feature_asks(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestProposalsSecondRound:
    """A commercial noun naming ongoing work offers nothing; subjects that can only offer
    more do (new phrasings)."""

    @pytest.mark.parametrize("sentence", [
        "Can you send me the latest seat count before Friday?",
        "Wanted to share the notes from the licence audit.",
        "Is anything holding up the module migration on your side?",
        "Happy to walk through the phase two timeline whenever suits.",
    ])
    def test_a_commercial_noun_naming_work_is_not_a_proposal(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "Would you like to try the next tier for the support team?",
        "Want me to quote adding the analytics module for your team?",
        "Happy to send pricing for 15 more seats.",
    ])
    def test_offers_of_the_same_nouns_stay_proposals(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    def test_subjects_that_can_only_offer_more(self) -> None:
        body = "Hi Dana,\n\nA short summary is below.\n\nSam"
        for subject in ("Switching to Enterprise: the numbers", "Your tier vs. Business",
                        "Adding the Porto warehouse", "Expanding into the Nordics",
                        "Upgrade options for next year"):
            assert markers.EXPANSION_PROPOSAL in detect(body, direction=S,
                                                        subject=subject).counts, subject
        for subject in ("Re: Adding the Porto warehouse", "Upgrade to version 5.2",
                        "The seat count"):
            assert markers.EXPANSION_PROPOSAL not in detect(body, direction=S,
                                                            subject=subject).counts, subject


class TestSmallTalkSecondRound:
    """Asides about life outside work told in the writer's own voice (new phrasings)."""

    @pytest.mark.parametrize("sentence", [
        "We adopted a kitten on Saturday and I'm running on zero sleep.",
        "Just back from a week in Iceland, I keep dreaming about the hot springs.",
        "I spent Sunday weeding the garden, never again lol",
        "My son's recital is tonight, fingers crossed!",
        "Did you catch the eclipse from your side?",
        "Finally watched the movie you recommended, what a ride.",
    ])
    def test_a_personal_aside(self, sentence: str) -> None:
        assert markers.SMALL_TALK in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "The book of record for the migration is the shared sheet.",
        "Please show the new fields in the export.",
        "Sleep mode on the kiosks is now disabled.",
    ])
    def test_the_same_words_in_business_text_are_not_small_talk(self, sentence: str) -> None:
        assert markers.SMALL_TALK not in kinds(sentence)


class TestSplitSentences:
    def test_wrapped_lines_are_joined_and_short_lines_stand_alone(self) -> None:
        text = (
            "Hi Dana,\n\nWe reviewed the proposal with the finance team yesterday and we would\n"
            "like to move ahead. Mr. Lay agrees.\n\nBest,\nSam"
        )
        assert split_sentences(text) == [
            "Hi Dana,",
            "We reviewed the proposal with the finance team yesterday and we would like to "
            "move ahead.",
            "Mr. Lay agrees.",
            "Best,",
            "Sam",
        ]

    def test_quoted_lines_are_skipped(self) -> None:
        assert split_sentences("Yes.\n> Can we push to Q1?") == ["Yes."]


class TestProperties:
    @settings(max_examples=300, deadline=None)
    @given(st.text(), st.sampled_from([R, S]))
    def test_never_raises_and_quotes_are_short(self, text: str, direction: Direction) -> None:
        found = detect(text, direction=direction)
        assert set(found.counts) <= set(ALL)
        assert all(v > 0 for v in found.counts.values())
        assert all(len(q) <= 160 for q in found.quotes.values())

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from([
        "Hi Dana,", "We're slammed", "next month", "Q1", "?", "!", "not", "for now", "seats",
        "Thanks", "budget", "frozen until April", "let's", "keep", "the current scope", ".",
        "\n", "\"", "Est-ce", "API", "push this", "I'm not",
    ]), max_size=40))
    def test_word_salad_never_raises(self, parts: list[str]) -> None:
        for direction in (R, S):
            detect(" ".join(parts), direction=direction)


class TestFeatureAsksThirdRound:
    """Issue 10, third round: a capability wanted in constructions a new writer uses — stated
    wants with a capability object, status and radar questions, relayed questions, passive
    capability questions (phrasings written for these tests, not drawn from any wording)."""

    @pytest.mark.parametrize("text", [
        # stated wants: frame + a feature noun, the product doing something, or "a way to"
        "It'd be huge for us if you supported Xero.",
        "Would be a game changer if we could tag records in bulk.",
        "The one thing missing for us is a proper audit trail.",
        "If only it could pull data from Monday.com.",
        "+1 for the dark mode request.",
        "Our team keeps needing a way to export filtered views.",
        "We really miss having custom fields on the intake form.",
        "Hoping you'll add recurring invoices at some point.",
        "Our finance folks would kill for a NetSuite sync.",
        "Please consider adding SSO for the contractor accounts.",
        "If you ever add Freshdesk, let me know, we'd switch tomorrow.",
        "One request: a CSV export of the audit log.",
        "It's really frustrating that we can't export to Excel.",
        "Honestly a proper Gantt chart would make my week.",
        "still holding out for that Power BI connector lol",
        "We require the ability to restrict exports by role.",
        # questions: status, radar, relayed, passive capability, "ever"
        "Any word on the Outlook add-in?",
        "What's the status on the HubSpot connector?",
        "Is it on your radar to support Okta SCIM?",
        "Is role-based access control something you offer?",
        "Our ops lead asked if you have a mobile app for field techs.",
        "Our CIO would like to understand if a private cloud deployment is feasible.",
        "Question from the team: can reports be scheduled to land in SharePoint?",
        "Do you know if the API will ever expose custom objects?",
        "Are there plans to let managers approve timesheets from mobile?",
        "is there sso yet",
        "pls tell me u guys are adding a zapier thing soon",
        "Any way to bulk-edit tickets from the list?",
        # frames tied to product development, whatever the capability is called
        "is multi-entity billing coming anytime soon",
        "Anything in the works for shared calendars?",
        "Has your product team considered per-project budgets?",
        "Would per-seat reporting be possible in the near future?",
        "Could a guest approver role be added for agencies like ours?",
        "What are the odds of getting a Freshbooks connector this year?",
        "Add our vote for a Pipedrive integration please.",
        "Our dispatchers would like a map view of open jobs.",
        "I'd like to formally request bulk user deactivation for our account.",
        "Could your devs build a way to bulk archive projects?",
        "Is a Gusto integration something your team is working on?",
    ])
    def test_a_capability_wanted(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "I want to wish you all the very best in your new role.",
        "It will be great if Mr. Lay could show up at the event.",
        "Let me know if you have any and when it is convenient to pick them up.",
        "Would love to grab coffee when you're in town.",
        "Our reps keep asking for the price list.",
        "The one thing missing from the invoice is the PO number.",
        "Any update on my support ticket about the login error?",
        "Is the export working again? It failed this morning.",
        "We'd love to see you at the conference.",
        "Is it possible to move the QBR to the 14th?",
        "We're still waiting on security to review the usage report.",
        "Can you confirm the SSO configuration will be ready by Friday?",
        "What the IRS would really like your client to do is set clear rules.",
        "Please cast a vote for real leadership in the city election.",
        "Is your team coming to the conference?",
    ])
    def test_errands_wishes_and_problem_reports_are_not_feature_asks(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestVagueDeclinesThirdRound:
    """Issue 10, third round: open-ended noes a new writer uses — more than we need, does the
    job, no real use for it, hard to justify, park the idea, the team wouldn't go for it, stay
    put, make do with what we have (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "That's a bit more than we need.",
        "The current setup does the job.",
        "We don't really have a use for that.",
        "Hard to make the case internally for that.",
        "We're going to stay on Standard.",
        "Let's park the upgrade idea.",
        "I don't think we'll need it.",
        "We're not ready to go there.",
        "I don't think the team would go for it.",
        "That's outside what we can do right now.",
        "We'll manage with what we have.",
        "We'll hold off on that.",
        "Going to say no on this one.",
        "Honestly we're fine with the seats we have.",
        "Going to hold where we are for now.",
        "We've decided not to move forward with the upgrade.",
        "No interest in the premium tier at the moment.",
        "I don't see the value for us right now.",
        "We're going to stay put.",
        "Let's not go down that road right now.",
        "Our current plan is working just fine.",
        "Not something I can sell to my boss right now.",
        "I'll bring it up internally but wouldn't count on it.",
    ])
    def test_an_open_ended_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(text)

    @pytest.mark.parametrize("text", [
        "We'll keep you posted on the pilot results.",
        "The current export does the job for the monthly report.",
        "We're good with the Business tier, send over the paperwork.",
        "I have decided not to go to India so we can focus on this.",
        "Pass code for both call-in numbers: 2158556",
        "Trips to Houston are far more difficult to justify given the travel time.",
        "We don't need the training slides, we have them.",
    ])
    def test_acceptances_updates_and_reports_are_not_vague_noes(self, text: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(text)


class TestRedirectsThirdRound:
    """Issue 10, third round: someone who keeps an executive's inbox or calendar, or says the
    executive is away for long, and hands the matter to someone else (phrasings written for
    these tests)."""

    @pytest.mark.parametrize("text", [
        "Hi Sam, I look after Morgan's calendar. Please reach out to Casey, who owns this area.",
        "Sam, assistant to Morgan here. Please send future updates to Casey instead.",
        "Hi Sam, quick note from Morgan's office: reach out to Casey for this one.",
        "Hello Sam, Morgan prefers that vendors work through Casey.",
        "Hi Sam, I'm passing your note to Casey, who covers vendor relationships for Morgan.",
        "Hi Sam, on Morgan's instruction I'm forwarding this to Casey. Please follow up there.",
        "Hi Sam, Morgan is on parental leave until June. In the meantime Casey is covering.",
        "Hi Sam, Morgan has no openings this quarter; Casey is the decision-maker here.",
        "Hi Sam, Morgan can't take this on right now. Casey runs point on software purchases.",
        "Hello Sam, Morgan is not accepting meeting requests this month. Casey is the lead.",
    ])
    def test_an_executive_handed_on(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(text)

    @pytest.mark.parametrize("text", [
        "Upon checking in with Michael's assistant, I said you would call him.",
        "If you have any questions, please contact Ted Bland at x35275.",
        "Casey owns the rollout plan, and we meet on Thursday.",
        "I spoke with Morgan's team yesterday and they liked the demo.",
    ])
    def test_a_pointer_or_a_mention_alone_is_not_a_redirect(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT not in kinds(text)


class TestProposalsThirdRound:
    """Issue 10, third round: our offers of more as a place, a capability or a move up, in a
    statement with what it costs or brings, or in a subject line (phrasings written for these
    tests)."""

    @pytest.mark.parametrize("sentence", [
        "How about we add the Boise location to your contract in May?",
        "Could we add SSO provisioning to your next invoice?",
        "Can I suggest adding Okta single sign-on before your busy season?",
        "I can offer you a BigQuery export at 15% off if you add it this quarter.",
        "Want me to send over a proposal for adding SMS alerts?",
        "Adding SMS alerts to your current plan is a flat $300 a month.",
        "Going to Enterprise adds an ADP integration and priority support.",
        "The next tier up unlocks e-signatures and unlimited admins.",
        "For the whole Boise region the total would be around $30k a year.",
        "Your renewal with 40 more seats would total $51,000.",
        "The higher plan also removes the storage cap, for about $600 a month more.",
    ])
    def test_an_offer_of_more(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "This will take you to another logon page.",
        "Total plan assets are about $235 million.",
        "They signed a two-year agreement with a pager provider last spring.",
        "The firm managed $10 billion of transactions including warehouse financings.",
        "Training reached the entire organization in a cost-effective way.",
        "An earlier effort to include such controls in the bill was defeated.",
    ])
    def test_reports_and_prose_are_not_offers(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    def test_subject_lines_offering_more(self) -> None:
        body = "Hi Dana,\n\nSharing this ahead of your planning session.\n\nSam"
        for subject in ("Quote - Boise rollout for Harbor Foods", "Harbor Foods renewal with 15 "
                        "more seats", "Extending your contract + Teams alerts",
                        "New Boise workspace for Harbor Foods?"):
            assert markers.EXPANSION_PROPOSAL in detect(body, direction=S,
                                                        subject=subject).counts, subject
        for subject in ("The field team rollout", "Your renewal paperwork"):
            assert markers.EXPANSION_PROPOSAL not in detect(body, direction=S,
                                                            subject=subject).counts, subject


class TestVagueDeclinesFromDevWording:
    """Open-ended noes in constructions dev wording #3 showed missing (phrasings written for
    these tests), and statuses or praise that are not noes."""

    @pytest.mark.parametrize("text", [
        "I doubt that's something we'll be pursuing.",
        "That's going to be a pass.",
        "Our answer on the premium tier is no.",
        "Honestly it's not on our radar.",
        "It's not the direction we want to take.",
        "I don't see us going any bigger this year.",
        "We won't be taking you up on the offer.",
        "That doesn't really fit our plans.",
        "We're not considering any additional licenses.",
        "We're not looking to change anything.",
        "We won't be expanding.",
        "We'll keep the agreement as it stands.",
        "We're content with where we are.",
        "Probably not, thanks.",
        "Hard pass on the add-on, sorry.",
    ])
    def test_an_open_ended_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(text)

    @pytest.mark.parametrize("text", [
        "Not yet - I'll have the numbers for the seat count by Thursday.",
        "Your onboarding team was quick and thorough, we are very happy.",
        "Happy to move ahead, once the PO clears we're all set.",
        "Tuesday doesn't work for us, how about Wednesday?",
    ])
    def test_a_status_praise_or_acceptance_is_not_a_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(text)


class TestDeferralsThirdRound:
    """Deferrals in constructions dev wording #3 showed missing (phrasings written for these
    tests): a present "not now" however said with a loosely named later time, the matter
    named as a later topic, a postponement verb moving something to a later time, and idioms
    declining an invitation this time."""

    @pytest.mark.parametrize("text", [
        "Not now, maybe late June.",
        "Nope, not this quarter. Maybe next.",
        "This month is a no-go for us, probably more of a fall thing.",
        "Timing's just not great, maybe closer to May.",
        "We don't have the headspace right now, possibly June.",
        "We're in a hiring freeze at the moment, probably April or so.",
        "Realistically this is an August conversation.",
        "With the ERP cutover, this would be a second-half thing.",
        "Honestly we're maxed out; October is more realistic.",
        "Going to have to punt on the reporting revamp till mid-June, sorry.",
        "Let's bump the renewal kickoff to September.",
        "We're tabling this until early October.",
        "We'll have to push the migration out a couple of months.",
        "Pat wants to hold this until the team is back in January.",
        "I'll skip this go-round, my calendar is a mess.",
        "I'll have to duck out of this one, too much going on.",
        "Can't squeeze it in this time, sorry.",
        "I'm spread too thin, so I'll pass.",
    ])
    def test_a_deferral(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "Hope you're well - it's been a crazy few weeks here.",
        "Our engineer found the cause of the sync delay, a patch ships next Tuesday.",
        "Heads up that our IT freeze starts early next week, so the PO needs to land before then.",
        "For three weeks I'm at a camp, leaving me available from June 11 until August 8.",
        "But I can't let this one go.",
    ])
    def test_no_deferral(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)


class TestFeatureAsksByConstruction:
    """Issue 10, fourth round: a request for a capability recognised by its shape, whatever the
    capability is called — the product as the subject of what it should do, development
    frames, someone pressing for a thing, wants done from a channel or on their own, another
    vendor's product as the measure, work by hand complained about (phrasings written for
    these tests, not drawn from any wording)."""

    @pytest.mark.parametrize("text", [
        # the product (or a part of it) as the subject of a modal question
        "Can the scheduler skip public holidays when it builds the rota?",
        "Does the new planner let you drag shifts between sites?",
        "Is the tool able to flag duplicate vendors?",
        "Can we get the dashboard to refresh every hour instead of nightly?",
        "Could invoices carry our PO number automatically?",
        "Can managers see each rep's pipeline from the phone app yet?",
        # development frames
        "When does the Spanish interface ship?",
        "Is multi-warehouse support still slated for Q3?",
        "Has the scheduling piece made it onto the roadmap yet?",
        "How close is the Teams integration?",
        "How long until the map view is out of beta?",
        "Is a Sage 300 connector anywhere on the horizon?",
        "Is there appetite on your side to build a Procore integration?",
        "Would it be a big lift to add a second approver step?",
        "Can your product team look at adding approval limits per department?",
        "Are custom statuses something that's coming?",
        "Do you think the team will get to the Arabic translation this year?",
        "Any intention of supporting Canadian payroll?",
        "Where do things stand with the Shopify plug-in?",
        "My boss wants to know if you'll be adding a profitability report.",
        "Finance asked me to check whether you'll ever do multi-entity consolidation.",
        # someone pressing for a thing
        "The warehouse leads have been begging for barcode scanning.",
        "My team has been pushing for a kanban board.",
        "Our auditors are asking for field-level change history.",
        "Our controller keeps asking when she'll be able to close the month inside the system.",
        # wants whose object is the product doing something, or done for them
        "The crew leads want to be able to clock in from the truck.",
        "Our reps want to log calls straight from their phones.",
        "We need the weekly report to go out to store managers on its own.",
        "What we really need is for approvals to route by region.",
        "Our biggest wish is for the forms to work without a connection.",
        "Ideally the export would keep our column order.",
        "It would help a lot if invoices could be split by cost center.",
        "It would save us hours if the system could auto-match payments to invoices.",
        "If the calendar synced both ways with Google we'd use it a lot more.",
        "We'd be all over a Spanish-language version for our Miami team.",
        "I know it's a long shot, but a white-labeled client portal would be great.",
        "Would you ever consider a per-location pricing view?",
        # another vendor's product as the measure
        "Our old system could split shipments across carriers, will yours?",
        "Other vendors we talked to include route optimization out of the box.",
        "Zoho does this natively, any reason you don't?",
        # work by hand, or a missing way, complained about
        "We still have to retype every order into QuickBooks by hand, which is killing us.",
        "It's a real pain that we can't bulk-assign tickets.",
        "Right now there's no way for dispatchers to see where the trucks are.",
        "Still no Slack alerts, huh?",
        # shapes that ask on their own
        "Pls add an option to hide archived clients, the list is endless.",
        "We are needing the possibility to export the timesheets in PDF format.",
        "Suggestion: let users set their own notification hours.",
        "Tell your product people we'd love Kanban boards!",
        "Do you guys have anything for inventory tracking?",
        "The one feature that would make this a no-brainer for the other offices: approvals.",
        "Could you add a 'duplicate invoice' button?",
        "We really need custom roles, right now everybody is an admin.",
        "Our Canadian office needs French-language invoices before they can come on board.",
        "Can it do split billing across two cost codes?",
        "Is it foreseen to have the interface in German?",
        "Is there a plan to let clients upload documents themselves?",
        "We were promised API access to the raw data last spring - where is that at?",
    ])
    def test_a_capability_requested(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        # how-to questions, problem reports, errands and logistics
        "How do I add a new user?",
        "Where do I find the export button?",
        "Can you walk me through setting up the approval chain again?",
        "How do we turn on the Slack alerts you showed us?",
        "The sync failed again last night.",
        "Is there a fix for the duplicate invoices yet?",
        "Is the export working yet?",
        "Will the report be ready for the review?",
        "Can the report go out to the board on Friday?",
        "Can we move the training to Thursday?",
        "Can Jordan get access to the portal?",
        "Our reps keep asking for the price list.",
        "Great idea, the team has been asking for exactly that.",
        "Everyone keeps asking for a discount this year.",
        "My kids keep asking for a puppy.",
        "It would help if you could send the deck before the call.",
        "Ideally we'd meet on Tuesday.",
        "We had to redo the mapping by hand because the import failed.",
        "There is still no way to know what happened.",
        "It's a pain that we can't meet until Tuesday.",
        "Jordan is the decision-maker for tools like yours.",
        "What do you think our competitors will do next year?",
        "We're not looking at adding anything right now.",
        "We don't need to be able to export from the phone.",
        "Procurement has what they need for webhook retries.",
        "Let me know if you need anything else for the April usage export.",
        "Please allow two weeks for processing.",
        "Please let us know if the dates work.",
        "Could you add Sam to the invite for Thursday?",
        "Could you make a copy of the signed order form?",
        "Can you create a user for our new hire?",
        "Can it wait until Monday?",
        "If you want to be able to search on other criteria, let us know.",
        "Hollywood has been lobbying for tougher enforcement of copyright laws.",
        "Since they are asking for the firm to be a strategic investor, I'll run it by legal.",
        "A pile of clouds stacked up on the horizon hid the sunset.",
    ])
    def test_how_tos_errands_and_reports_are_not_capability_requests(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestWarmthFromDevWording:
    """Warmth a writer expresses without a word of feeling or the usual praise frames, as
    constructions (taught from dev wording #3's misses; phrasings written for these tests)."""

    @pytest.mark.parametrize("sentence", [
        "My brother-in-law talked me into a sprint triathlon, send help.",
        "Our youngest starts kindergarten Monday, so the house is very quiet.",
        "Funny story, the last time I was in Reno I got snowed in for two days.",
        "On a personal note, we finally finished redoing the garage.",
        "We spent the long weekend camping up north with no signal at all.",
        "Our team held a pie contest on Thursday and I came in dead last.",
        "We got six inches of rain overnight and the yard is a lake.",
        "Apologies for typos, writing this from the sidelines of a soccer game.",
        "Did you ever get that boat you were telling me about?",
        "Had jury duty Tuesday, so I'm a bit behind.",
    ])
    def test_a_life_aside_told_plainly(self, sentence: str) -> None:
        assert markers.SMALL_TALK in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "I'll be out of office next week, Jordan will cover for me.",
        "I am currently on vacation and will return on Monday.",
        "Our parent company signs the renewal, not us.",
        "We had a call with finance yesterday about the invoice.",
        "Can you tell me where the export sits on the roadmap?",
        "The storm of tickets after the release is under control.",
        "We moved the kickoff to the Denver office.",
    ])
    def test_logistics_and_business_in_personal_words_are_not(self, sentence: str) -> None:
        assert markers.SMALL_TALK not in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "Your onboarding folks have been incredibly patient with us.",
        "You've been rock solid through the whole migration.",
        "The new dashboard is slick, our managers open it daily now.",
        "Top marks to your support desk this quarter.",
        "Whoever built the import wizard deserves a medal.",
        "Your CSM handled the escalation really well.",
        "Honestly you're one of the good ones.",
        "The product just works, which is rare.",
    ])
    def test_praise_of_us_without_the_usual_frame(self, sentence: str) -> None:
        assert markers.COMPLIMENT in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "It would be great if you could add SSO.",
        "Your team is waiting on our PO.",
        "The new dashboard was not reliable last week.",
        "You were clear that the price goes up in May.",
    ])
    def test_requests_and_reports_are_not_praise(self, sentence: str) -> None:
        assert markers.COMPLIMENT not in kinds(sentence)


class TestWarmthFromDevWording4:
    """More of the same constructions, from dev wording #4's misses (its first look, before
    these: small talk 47 %, compliments 36 %); phrasings written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "Finally got the deck stained this weekend, my back is complaining.",
        "Took the kids to the aquarium on Saturday, they loved the sharks.",
        "Our kiddo starts daycare next week, wish me luck.",
        "My fantasy team is winless, please don't ask.",
        "Is it just me or did October vanish?",
        "The Rangers game last night nearly gave me a heart attack.",
    ])
    def test_a_life_aside_told_plainly(self, sentence: str) -> None:
        assert markers.SMALL_TALK in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "The tool lets the family of products share one login.",
        "She is a research fellow at the institute.",
        "The wind farm came online in March.",
        "Our sister company handles the billing.",
    ])
    def test_the_same_words_in_business_text_are_not(self, sentence: str) -> None:
        assert markers.SMALL_TALK not in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "Your release notes were really well put together.",
        "The new approval flow is clever, our buyers noticed.",
        "I can't say enough good things about your onboarding crew.",
        "You've made our quarter-end so much smoother.",
        "Your tool saved us a few hours every week.",
        "Our planners are big fans of the forecast view.",
    ])
    def test_praise_of_us_without_the_usual_frame(self, sentence: str) -> None:
        assert markers.COMPLIMENT in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "Your invoice came through yesterday.",
        "We recommended you send the form again.",
        "The new contract is attached for signature.",
    ])
    def test_receipts_are_not_praise(self, sentence: str) -> None:
        assert markers.COMPLIMENT not in kinds(sentence)


class TestProposalsFourthRound:
    """Issue 10, fourth round: our offers of more by construction (phrasings written for these
    tests): an outright offer of what can only be more, a statement whose subject is the move
    and says what it would do or cost, a hypothetical move, a renewal offered with growth and
    a new thread named after adding something for them."""

    @pytest.mark.parametrize("sentence", [
        "We could offer you the Scale edition at this year's rate.",
        "I'd like to propose a three-year term with the price held flat.",
        "Want to lock in a two-year renewal before the list price changes?",
        "How would you feel about bringing Reno into the rollout?",
        "What if we upgraded you to Premium so the Reno office gets the kiosk mode?",
        "Extending into next spring would line your term up with the school year.",
        "Upgrading keeps your admins on the same bill and adds audit logs.",
        "Moving your Reno team onto the Premium plan would come to about $900 a month.",
        "The Growth tier is $1,200 a month for up to 50 users.",
    ])
    def test_an_offer_of_more(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "We want to keep our standing as the top team in the entire region.",
        "Want me to send over the project plan?",
        "If we upgraded the server last week, the logs would show it.",
        "Extending the deadline would give the team some room.",
        "The upgrade we did last month went well.",
    ])
    def test_plans_and_prose_are_not_offers(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    def test_subject_lines_offering_more(self) -> None:
        body = "Hi Dana,\n\nThe details are in the attached sheet.\n\nSam"
        for subject in ("Adding a kiosk mode for Harbor Foods?", "Bringing Okta SSO to Harbor "
                        "Foods", "Renewal + Premium tier", "Upgrade options ahead of your "
                        "renewal"):
            assert markers.EXPANSION_PROPOSAL in detect(body, direction=S,
                                                        subject=subject).counts, subject
        for subject in ("Adding notes to the agenda for Thursday", "Adding Jo to the thread "
                        "for the migration", "Your renewal invoice", "Renewal payment "
                        "for the upgrade"):
            assert markers.EXPANSION_PROPOSAL not in detect(body, direction=S,
                                                            subject=subject).counts, subject


class TestDeclinesFourthRound:
    """Issue 10, fourth round: a no said with words between its parts, a bare "no" for the
    time being, a refusal to go ahead (not an acceptance); a no with a date is a dated no,
    and a hedged time is no date (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "We've decided not to go ahead with the upgrade.",
        "I really don't think it fits our roadmap.",
        "I don't see that in the cards for us.",
        "I'd say it's a no for the time being.",
        "Put us down as a pass for this year.",
    ])
    def test_an_open_ended_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(text)

    @pytest.mark.parametrize("text", [
        "No new tools for the Reno team until mid-October.",
        "We can't add seats before the board meets on June 4.",
        "Let's go ahead with the upgrade.",
    ])
    def test_a_dated_no_or_an_acceptance_is_not_open_ended(self, text: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(text)

    def test_the_verb_may_is_no_date(self) -> None:
        assert markers.VAGUE_DECLINE in kinds("We may not need more seats, we're fine as is.")

    def test_a_hedged_time_is_a_deferral_not_a_concrete_decline(self) -> None:
        found = kinds("Timing isn't great with the budget freeze, maybe sometime next year.")
        assert markers.CONCRETE_DECLINE not in found
        assert markers.DEFERRAL in found
        assert markers.CONCRETE_DECLINE in kinds(
            "Budget is frozen until March, we can revisit the seats then.")


class TestFourthRoundConstructionsFromDevWording:
    """Constructions dev wording #4 showed missing (phrasings written for these tests): our
    offers stated of the item itself or with a move as the subject, subject lines with a
    company prefix, and open-ended noes whoever says them."""

    @pytest.mark.parametrize("sentence", [
        "The Premier tier includes a named support engineer.",
        "Enterprise would mean single sign-on and a yearly on-site review.",
        "The inventory module runs $7K annually.",
        "The Tulsa warehouse would be an extra $9K a year.",
        "Raising your storage cap would come to $250 a month.",
        "Three more years at this rate would save you about 12%.",
        "A five-year agreement locks today's rate.",
        "The reporting add-on is $4 per user on top of your current plan.",
        "Can I send a quote for bringing the Akron, OH plant onto the platform?",
        "Would you consider adding the supplier portal for your vendors?",
        "Could we run a pilot of the kiosk app in three stores?",
    ])
    def test_an_offer_of_more(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "The team will be responsible for covering the utilities.",
        "They secured an additional $200k from other investors.",
        "The appointments will serve three-year terms.",
        "The extension will allow the company more time to evaluate the bids.",
        "Your current plan includes two admin seats.",
    ])
    def test_prose_and_current_plans_are_not_offers(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    def test_subject_lines_offering_more(self) -> None:
        body = "Hi Dana,\n\nNumbers are in the attached sheet.\n\nSam"
        for subject in ("Harbor Foods: bringing the Akron, OH plant onto the platform",
                        "Three-year renewal option for Harbor Foods", "Harbor Foods | Premier "
                        "support upgrade", "Lock in 2027 pricing, Harbor Foods", "Harbor Foods + "
                        "chatbot pilot", "Adding payroll to Harbor Foods' account",
                        "Growth plan for Harbor Foods"):
            assert markers.EXPANSION_PROPOSAL in detect(body, direction=S,
                                                        subject=subject).counts, subject
        for subject in ("Harbor Foods: notes from Tuesday", "Renewal invoice for Harbor Foods",
                        "Upgrade guide for admins"):
            assert markers.EXPANSION_PROPOSAL not in detect(
                "Hi Dana,\n\nSee the steps below.\n\nSam", direction=S,
                subject=subject).counts, subject

    @pytest.mark.parametrize("text", [
        "Our finance team is fine with the current tools.",
        "We're all set on licenses, thanks.",
        "Honestly we'd rather keep the status quo.",
        "We'll hold at our current level.",
        "The additional module isn't needed right now.",
        "We don't have a use case for it yet.",
        "The review board decided against it.",
        "Our leadership isn't keen on anything new this year.",
        "Not sure the budget is there for it.",
        "We're consolidating vendors, so probably not.",
        "It's not a priority for the team.",
        "An upgrade isn't really the direction we're going.",
    ])
    def test_an_open_ended_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(text)

    @pytest.mark.parametrize("text", [
        "We're good with the Business tier, send over the paperwork.",
        "Probably not a good idea to call her today.",
        "We're happy with the new tier, please go ahead.",
    ])
    def test_acceptances_and_asides_are_not_noes(self, text: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(text)


class TestFeatureAsksAnyCapability:
    """Issue 10, fourth round, from dev wording #4's misses (phrasings written for these tests):
    the capability asked for is an arbitrary noun phrase, often built of ordinary nouns ("route
    reminders by text", "a second sandbox", "payment files"), so the frame decides and only an
    errand at the head of its object vetoes; questions about using what exists are not asks."""

    @pytest.mark.parametrize("text", [
        "Any movement on a holiday calendar for the warehouse crews?",
        "Any possibility of kiosk check-in for visitors at the plants?",
        "Are you folks building anything for two-way timesheet approval?",
        "Is your team working on appointment reminders by text?",
        "Does your team have plans for pallet labels in Spanish?",
        "Is a night theme for the dispatch screens coming?",
        "Is bulk re-rating of old shipments planned for the web version as well?",
        "Could split shipments across two carriers be added to the next sprint?",
        "Would route cards for drivers be available for the smaller depots too?",
        "When is crew scheduling by skill coming to the Standard plan?",
        "Do you have a date for a second sandbox?",
        "Our controller asked whether you'll ever support payment files for our bank.",
        "Our planners asked if shift swapping is something you'll offer.",
        "Could your engineers add approval limits by cost center?",
        "Can you add ACH return codes to the remittance screen?",
        "I'd like to put in a formal request for photo capture at delivery.",
        "Could you escalate a request for role-based home screens to your product team?",
        "Our planners would honestly kill for drag-and-drop route planning.",
        "The one thing we're still missing is a roster sync with our HR system.",
        "If proof of delivery photos were available we'd expand to the other depots.",
        "Is there a roadmap item for carrier scorecards? Please add our vote.",
        "It'd be great if we could get a Spanish driver app, our leads keep asking.",
        "My boss wants dashboards per region for the plant managers.",
        "We need proof of delivery photos to drop our old tool, any plans?",
    ])
    def test_a_capability_asked_for(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Is there a filter I'm missing? The report came up empty.",
        "Is there a guide for setting up approval chains?",
        "Is there a way to see who last changed the rate table?",
        "Can we move Friday's call on the route alerts to Monday?",
        "Does the nightly feed need a separate login for the temps or can they share?",
        "Can you add Lee from finance to the invite for the review?",
        "Here's the signed order form, a countersigned copy would be great.",
        "Our CFO wants a summary of the export in two bullets.",
        "Any update on the below?",
        "Any update on your end since the committee met?",
        "Any chance you'd want to expand to 40 users before June?",
        "The grant that would pay for it is decided in October.",
        "Is Pat coming?",
        "Can you make sure the PO number is on the invoice?",
    ])
    def test_use_errands_and_nudges_are_not_asks(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


@pytest.mark.parametrize("text", [
    # real mail that the fourth round's frames must leave alone (paraphrased from Enron)
    "If your client would like our firm to help as a consultant, we'd be pleased to assist.",
    "Any chance you would be coming to Columbia this fall?",
    "Is there any possibility that the rate will be reduced?",
    "I was wondering if you would have any interest in joining them on the trip.",
    "I would love for you to come and spend a few hours with our class.",
    "Would love to have you guys here.",
    "I read the company is considering building a gas-fired plant here.",
    "What are you thinking about?",
    "Please consider adding an extra $1 to the ticket price for the charity.",
])
def test_social_and_civic_mail_is_not_a_feature_ask(text: str) -> None:
    assert markers.FEATURE_ASK not in kinds(text)


class TestOneErrandVocabulary:
    """Issue 10, sixth round: every feature-ask rule vetoes errands from one vocabulary, read
    at the head of the noun phrase; an errand word used as a modifier is no head, a manner
    after "by" or "per" keeps a capability, a record named by its kind is a capability, and a
    word that names no thing leads to what follows it (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "Any plans for read-only vendor accounts?",
        "Could you add claim forms in Portuguese?",
        "Are you building anything for route exports to our telematics box?",
        "Do you foresee adding delivery receipts by text message?",
        "Will you ever support bank payment files?",
        "Any movement on SAML login for the field staff?",
        "Are tenant access levels by building on the roadmap?",
        "Is two-factor login by authenticator app coming?",
        "Would love to see appointment reminder templates at some point.",
        "Has support for multi-currency rates per customer come up on your side?",
        "Our clerks have been begging for permit receipts by email.",
        "Any chance you'll support role-based access per warehouse?",
        "Is a customs certificate generator anywhere on the horizon?",
        "Nice-to-have: guest accounts for our subcontractors.",
        "Will you have invoice templates per client before the busy season?",
    ])
    def test_a_capability_named_with_an_errand_word(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Can you send over the signed forms by Friday?",
        "Could you add me to the access list?",
        "Do you have a one-pager on the new tiers?",
        "Any update on the revised quote for the extra seats?",
        "Could we get temporary access for our auditor?",
        "Would a quick call by Friday work?",
        "Any news on the invoice by end of month?",
        "Is anything needed from us before Thursday?",
        "We'd love anything you can share.",
        "Can you resend my new login details?",
        "Any update on the data by Monday?",
        "Will the signed contract be back by next week?",
    ])
    def test_an_errand_stays_an_errand(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestSeasonWishes:
    """A wish for the season with a later time in the same sentence signs off for the break
    (it is no put-off, whatever month it is sent); a put-off in the next sentence still is."""

    @pytest.mark.parametrize("text", [
        "Merry Christmas, and we'll talk in the new year!",
        "Happy holidays, speak in January.",
        "Enjoy the holiday break and let's catch up after the 1st.",
        "Season's greetings, more in January!",
    ])
    def test_a_wish_for_the_season_is_no_deferral(self, text: str) -> None:
        found = kinds(text)
        assert markers.DEFERRAL not in found and markers.SMALL_TALK in found

    @pytest.mark.parametrize("text, only", [
        ("Happy holidays to you and yours!", True),
        ("Merry Christmas and talk in January!", True),
        ("Happy holidays, hope the kids love the snow!", False),
        ("Hope you had a great weekend at the lake!", False),
    ])
    def test_a_wish_alone_is_marked_seasonal(self, text: str, only: bool) -> None:
        found = detect(text, direction=R).counts
        assert markers.SMALL_TALK in found
        assert (markers.SEASONAL in found) is only

    def test_a_put_off_beside_the_wish_still_counts(self) -> None:
        assert markers.DEFERRAL in kinds("Happy holidays! Let's push the rollout to February.")
        assert markers.DEFERRAL in kinds("Let's circle back after the holidays.")


class TestFeatureAsksByPredicate:
    """Issue 10, fifth round (phrasings written for these tests): the predicate carries the ask
    — a development or future-existence predicate, the vendor building something, people
    pressing for it, a label, a use it would find, the product letting people do something, a
    feasibility tag after a want — whatever the thing is called; only the head of the thing
    vetoes (a definite one must name a part of the product; one bare word may be a person)."""

    @pytest.mark.parametrize("text", [
        "Are crew rosters by skill anywhere on the horizon?",
        "Is a Portuguese version of the driver screens being discussed?",
        "Would Polish menus on the tenant screens be realistic this year?",
        "Please tell me weekend routing rules are on the way.",
        "Is consolidated billing for the clinics going to be part of the next release?",
        "Is tiered approval for credit notes something you'd consider building?",
        "Has there been any thought given to pallet photos at pickup?",
        "Has support for thermal label printers come up on your side?",
        "Do you foresee adding a data centre in Australia?",
        "Would your side entertain a connector for our payroll provider?",
        "Our dispatchers are really after map-based load planning.",
        "The receiving team has been requesting lot expiry warnings for months.",
        "Nice-to-have from our side: a bulk close button for finished jobs.",
        "Our biggest request this year is per-store tax rules.",
        "We could really use automatic dunning letters.",
        "Our planners would benefit hugely from a what-if view of the schedule.",
        "Could the portal ever let tenants split a deposit?",
        "Hoping the next version lets drivers sign on the glass.",
        "We'd like overtime alerts for the depots by spring, is that realistic?",
        "Our auditors asked about immutable change logs, is that possible at some point?",
        "My manager wants a holiday calendar per site and asked me to bug you about it.",
        "Would love to see invoice approval by text message at some point.",
        "What would it take to get carrier scorecards prioritized?",
        "Can I log route replay as an enhancement?",
        "I'd like to formally request pallet-level returns.",
        "Do you have weight-based pricing rules yet?",
        "Per-driver fuel reports would be a big win for us.",
        "Will offline signatures be available for the smaller depots?",
        "If supervisor approval for write-offs were available we'd add the other clinics.",
    ])
    def test_a_thing_asked_for_by_its_predicate(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        # said rather than asked (from dev wording #5's misses, as constructions)
        "The dispatchers want pallet photos at pickup so they can stop calling drivers.",
        "Our controller asked me to ask you about dunning by text.",
        "The clinic leads have asked for a waitlist for cancellations.",
        "We keep re-keying orders because there's no supplier portal yet.",
        "We still don't have recurring work orders, which is becoming a problem.",
        "Right now we fake mileage tracking with a macro.",
        "Our previous vendor had a Sage Intacct sync, and the team misses it.",
        "One more for the product team: shift notes per crew.",
        "The one blocker to wider adoption here is bulk rescheduling.",
        "Our ops lead has per-site price books on her must-have list.",
        "Still hoping route optimisation makes it into a release soon.",
        "Having skill-based dispatch would save our planners hours every week.",
        "Crew chat inside the app would make renewal an easy conversation.",
        "Honest feedback: a proper audit trail is overdue.",
        "It would really help to have a customer-facing status page.",
        "We're also interested in tip reports by shift, whenever that's available.",
        "We'd be happy to pilot weather alerts for the crews if it's being built.",
        "What would it take for a Procore sync to jump the queue?",
        "Is there a beta for the scheduling assistant?",
        "How far out is a Polish interface?",
        "Is a kiosk mode a thing yet?",
        "If you could get crew timesheets done, our foremen would stop calling me.",
        "Our planners keep asking me if you'll have route templates before peak season.",
        "The county clerk would sign off faster if you had audit exports by month.",
        "Our admins wonder if a Spanish kiosk will ever happen.",
        "The vet we talked to uses a tool with vaccine reminders; any plans on your end?",
        "We absolutely need lot tracking for the new state inspection rules.",
        "Every quarter-end I wish you had consolidated billing.",
        "My team spends an hour a day working around the lack of crew scheduling.",
        "From our clinic leads: can we please get chairside charting?",
        "Can you check with product about reorder alerts? Our buyers keep asking.",
        "Do you guys have offline signatures coming down the pipe?",
        "Can our firm get on an early-access list for matter dashboards?",
    ])
    def test_a_thing_said_for(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Would Tuesday at 10 be possible instead?",
        "Is Jordan coming?",
        "Will the slides be available after the session?",
        "Is the migration on the plan for Q1?",
        "We're hoping for a quick turnaround on the quote.",
        "I'm after a copy of the signed agreement.",
        "Quick request: can you resend the October invoice?",
        "We could use some good news this quarter.",
        "We could use Zoom for the call instead.",
        "Could you do a walkthrough for the new hires?",
        "Can you add Priya to the thread on the renewal?",
        "We need the signed order form back by Friday, is that possible?",
        "We need more time on the questionnaire, any chance?",
        "Do you have the numbers yet?",
        "What would it take to get my ticket prioritized?",
        "How long does it usually take for the route export to refresh after an edit?",
        "What's the best way to add a dispatcher, do I invite them or does IT?",
        "Can we do Thursday at 9:15 for the pallet labels review instead?",
        "Can we start the driver app training call 10 minutes late today?",
        "Can you add Lee from accounting to the invite for the dunning workflow demo?",
        "If the invoice is available by Friday we'll pay it this month.",
        "If Tuesday were possible we'd bring the whole team.",
        "Our auditors asked for the logs from the SSO key rotation.",
        "Could you add our new hire, Ines, to the dispatch onboarding?",
        "Is there a training video for the route templates? New folks start Monday.",
        "The room is booked, can we do the tax settings review on Zoom instead?",
        "The union asked about data retention for the driver app, what's your standard policy?",
        "Great idea, the team has been asking for exactly that.",
        "Any update from your side on the onboarding checklist?",
        "Can we keep the permissions review to 30 minutes?",
        "Quick one on the payroll export: which time zone is it stamped in?",
        "On the dispatch board, does the new pricing apply to this term or the next?",
        "If you have an interest in investing we'd be pleased to have you as a shareholder.",
        "It would be helpful to have Dana actively involved.",
        "Can we get a copy of the signed order form?",
    ])
    def test_errands_times_people_and_papers_are_not_asks(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)

    @pytest.mark.parametrize("text", [
        # real mail the fifth round's predicates must leave alone (paraphrased from Enron)
        "The words of 'Come Let Us Adore Him'?",
        "It also allows them the opportunity to go back if they need a refresher?",
        "Hollywood, which has been lobbying for stronger copyright laws, welcomed it.",
        "My wife is desperate for some assurance that we will manage.",
        "I thought it would be helpful to send you some background information.",
        "Email Request: click here",
        "The extension will allow the company more time to evaluate the bids.",
        "We would use yesterday's weakness as a buying opportunity.",
        "I'm writing in the hope you can provide a little background for a cover story.",
        "Many more features have been added to the cyber loop.",
    ])
    def test_real_mail_is_not_a_thing_asked_for(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestExpansionAnswersFifthRound:
    """Issue 10, fifth round: the answer to our proposal read by construction — an event placed
    at a firm time is a concrete reason and a date at once (a concrete decline, weighed apart
    from an open-ended no); a yes is an acceptance whatever it waits on, and a yes to a time or
    a meeting is scheduling (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "Our steering group convenes in October, I'll table the extra seats there.",
        "We can't sign anything new until our audit is done in March; let's talk then.",
        "No new modules until after the warehouse move in April.",
        "The Denver office opens in September, we'll need those licenses then, not before.",
        "Our spend committee approves tools in Q3, so send the quote before then.",
        "Nothing changes until our next board review, which is scheduled for February.",
    ])
    def test_an_event_at_a_firm_time_is_a_concrete_decline(self, text: str) -> None:
        found = kinds(text)
        assert markers.CONCRETE_DECLINE in found
        assert markers.VAGUE_DECLINE not in found

    @pytest.mark.parametrize("text", [
        "We can't look at that until October.",  # a date, but no reason: a put-off
        "Swamped with the audit, maybe sometime in March.",  # a hedged time
        "The training day opens in September with a keynote.",  # an event, and no no
    ])
    def test_a_date_alone_or_a_hedge_is_not_a_concrete_decline(self, text: str) -> None:
        assert markers.CONCRETE_DECLINE not in kinds(text)

    @pytest.mark.parametrize("text", [
        "Sure, let's go with the bigger bundle.",
        "Our COO signed off, so add the Tampa branch.",
        "Approved pending the PO from purchasing.",
        "Count the Reno team in, and send over the order form.",
        "We'd like to go ahead with the two-year term once legal has a look.",
        "Okay, we're in for the premium support.",
        "Let's lock in the 3-year pricing.",
    ])
    def test_a_yes_is_an_acceptance(self, text: str) -> None:
        found = kinds(text)
        assert markers.ACCEPTANCE in found
        assert not found & {markers.VAGUE_DECLINE, markers.CONCRETE_DECLINE}

    @pytest.mark.parametrize("text", [
        "Let's do 2:30 instead, I have a clash.",
        "Let's do Thursday for the walkthrough.",
        "We won't go ahead with the upgrade.",
        "No to the extra seats, but thanks.",
        "Please send the contract questions to our counsel.",
        "Per the email below, invoice 4471 is approved on our side.",
        "Please add our vote for calendar sync.",
    ])
    def test_a_no_a_time_or_another_topic_is_not_an_acceptance(self, text: str) -> None:
        assert markers.ACCEPTANCE not in kinds(text)

    def test_acceptance_is_read_only_in_received_mail(self) -> None:
        assert markers.ACCEPTANCE not in kinds("Let's lock in the 3-year pricing.", S)


class TestOpenNoesFifthRound:
    """Issue 10, fifth round: open-ended noes to an offer by construction — not now with the
    later time left open or hedged, a present state that leaves no room with a hedged time,
    what the team would rather not or is not looking at (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "Given the system cutover, it's going to be a while.",
        "We're knee-deep in the relaunch, so not anytime soon.",
        "Not this fiscal, I'm afraid.",
        "Our people are maxed out; perhaps next spring.",
        "Headcount is tight, maybe later in the year.",
        "Leadership would rather not expand the contract.",
        "That's not something our CFO is considering at the moment.",
        "We're concentrating, er, focused on making the most of the current plan.",
        "We need to settle in before looking at anything new.",
    ])
    def test_an_open_no(self, text: str) -> None:
        found = kinds(text)
        assert found & {markers.VAGUE_DECLINE, markers.DEFERRAL}
        assert markers.CONCRETE_DECLINE not in found

    @pytest.mark.parametrize("text", [
        "Jo isn't available this quarter; Sam covers her accounts.",  # someone's time
        "Can't believe it's been a year already!",
        "We can't add seats until the controller's review is done in July; let's talk then.",
        "Not yet, I'll send the numbers by Thursday.",
        "Are you not planning a release this quarter?",
    ])
    def test_not_an_open_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(text)


class TestSubjectOffersFifthRound:
    """A subject line that names them and something more for them is an offer, with whatever
    neutral first lines; a topic, an errand or a meeting about what they have is not."""

    @pytest.mark.parametrize("subject", [
        "Next edition for Borealis Labs",
        "Borealis Labs x inventory module",
        "Five-year agreement for Borealis",
        "Borealis: scaling to 400 users",
        "Company-wide rollout for Borealis",
        "Borealis: bringing the Ogden warehouse onto the platform",
    ])
    def test_an_offer_in_the_subject(self, subject: str) -> None:
        found = detect("Hi Dana,\n\nShort note, more when we talk.\n\nBest,\nSam", direction=S,
                       subject=subject)
        assert markers.EXPANSION_PROPOSAL in found.counts

    @pytest.mark.parametrize("subject", [
        "Borealis - inventory module login issue",
        "The forklift pilot at Ogden",
        "Agenda for the Borealis rollout call",
        "Re: Next edition for Borealis Labs",
    ])
    def test_not_an_offer(self, subject: str) -> None:
        found = detect("Hi Dana,\n\nShort note, more when we talk.\n\nBest,\nSam", direction=S,
                       subject=subject)
        assert markers.EXPANSION_PROPOSAL not in found.counts


class TestOpenNoesFromDevWording5:
    """Issue 10, fifth round, taught from dev wording #5's misses as constructions: the outlook
    for the offer said by us (doubt that it fits, flies or gets through), what it is worth to
    us said to be little, contentment with what we have however named, a not-now followed by a
    short sentence that is only an open or hedged later time; a next step placed at a firm time
    is a dated answer (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "I can't imagine the board going for it.",
        "Doubt the CFO would approve that.",
        "Honestly it wouldn't move the needle for us.",
        "That would be a bit of a stretch for us this year.",
        "Our focus lies elsewhere.",
        "We're content with the tier we have.",
        "We'll stick with what we've got.",
        "The principals aren't keen.",
    ])
    def test_an_open_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(text)

    @pytest.mark.parametrize("text", [
        "I'm not sure the export worked on our side.",  # doubt about an errand
        "I don't think we received the invoice.",
        "Tough loss for the Cubs, a rough week for us.",
    ])
    def test_doubt_about_an_errand_or_small_talk_is_no_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(text)

    def test_not_now_then_only_a_later_time(self) -> None:
        assert markers.VAGUE_DECLINE in kinds("Things are hectic with the move. Later, maybe.")
        assert kinds("We're in the thick of audits. Once that's done.") & {
            markers.VAGUE_DECLINE, markers.DEFERRAL}
        # a firm date in either sentence makes it a dated put-off, not an open one
        found = kinds("We're in the thick of audits until May 3. After that, sure.")
        assert markers.VAGUE_DECLINE not in found

    def test_a_next_step_at_a_firm_time_is_a_dated_answer(self) -> None:
        found = kinds("We want to see how the new hires ramp first; let's revisit in early June.")
        assert markers.CONCRETE_DECLINE in found
        assert markers.CONCRETE_DECLINE not in kinds("Could we talk again in early June?")


class TestProposalsFromDevWording5:
    """Issue 10, fifth round: our offers as a question or a suggestion (a frame that offers, a
    move that grows, what grows) and what more would cost said of the scope of more
    (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "I'd be happy to offer multi-site pricing for the new clinics.",
        "Would it make sense to bring your Tucson warehouse onto the plan?",
        "For the whole district, it would come to $41,000 a year.",
        "With the two new sites included, your renewal comes to $19,400.",
        "Adding the night crew brings you to 30 seats.",
    ])
    def test_an_offer(self, text: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(text, S)

    @pytest.mark.parametrize("text", [
        "Should we move our sync with the Denver team to Friday?",
        "Free raffles in all departments, prizes from $70 to $800!",
        "In a city-wide outage the support line would be unavailable.",
        "Technology For All-Houston raised $5 million over three years.",
    ])
    def test_not_an_offer(self, text: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(text, S)


class TestFirmTimesSixthRound:
    """Issue 10, sixth round: a firm time to come back recognised by construction (a month that
    is not the verb "may", its part or year, a quarter, the new fiscal year, a season with its
    year, a count of weeks, the turn of a budget cycle), told apart from a vague later; a reason
    and a firm time make a concrete decline, a hedge, bad timing or a date alone a put-off
    (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "nothing new until mid-may.",
        "we'll know in the spring of 2027.",
        "early next quarter works.",
        "the window reopens in six weeks.",
        "not before q3.",
        "that's a fy27 decision.",
        "we can talk when our budget resets.",
        "send it for the next planning round.",
        "the review is in may.",
        "we need the numbers first, so may.",
    ])
    def test_a_firm_time(self, text: str) -> None:
        assert markers._firm_time(text, markers._words_of(text)) is not None

    @pytest.mark.parametrize("text", [
        "we may look at it again.",
        "at some point next year, for sure.",
        "down the road, once things settle.",
        "maybe in march.",
        "probably q3.",
        "we signed it since march.",
        "the last quarter was rough.",
        "take the 2nd option.",
        "in a few weeks.",
    ])
    def test_not_a_firm_time(self, text: str) -> None:
        assert markers._firm_time(text, markers._words_of(text)) is None

    @pytest.mark.parametrize("text", [
        "Not this fiscal year, our budget resets in July — let's talk then.",
        "We'll revisit in March after the audit.",
        "Our procurement window reopens in six weeks, so nothing new before then.",
        "We need a quarter of usage data on the new plan first, so May.",
        "The new wing opening in late April will decide it; let's revisit at that point.",
        "The lease isn't signed until the spring of 2027, so no new seats before then.",
        "We're in the middle of a CRM cutover that wraps in mid-May. After that we can look.",
        "Can't add the module this quarter because of the data center move. Early next "
        "quarter we can talk.",
        "Our clinics are consolidating their scheduling until mid-June. After that, let's talk.",
    ])
    def test_a_reason_and_a_firm_time_is_a_concrete_decline(self, text: str) -> None:
        found = kinds(text)
        assert markers.CONCRETE_DECLINE in found
        assert markers.VAGUE_DECLINE not in found

    @pytest.mark.parametrize("text", [
        "Swamped right now. Maybe in March, we'll see.",  # a hedged time
        "Not for us right now, maybe down the road.",  # a vague later
        "We can't look at that until October.",  # a date, and no reason
        "Not a great week. After the audit would suit us better.",  # a milestone, no time
        "Bad timing with the office move, March at the earliest.",  # bad timing is the reason
        "I'm heads down on the board pack until the 20th, let's talk after.",
        "Let's park the renewal discussion until after the offsite in October.",
        "We may revisit the plan later this year.",
    ])
    def test_a_hedge_bad_timing_or_a_bare_date_is_not_a_concrete_decline(self, text: str) -> None:
        assert markers.CONCRETE_DECLINE not in kinds(text)

    def test_an_ordinal_is_no_day(self) -> None:
        assert markers.CONCRETE_DECLINE not in kinds(
            "I'm swamped with the budget, but here's my pick for the rollout: the 2nd option.")
        assert markers.CONCRETE_DECLINE in kinds(
            "Spend is frozen until the 20th, so send the quote after that.")

    def test_a_month_named_is_a_dated_no_whatever_its_part(self) -> None:
        # "mid-May" is a month, as "mid-June" is: the open no gives way to the dated one
        for month in ("mid-June", "mid-May"):
            assert markers.VAGUE_DECLINE not in kinds(
                f"We'll stick with the current setup until {month}.")
        assert markers.VAGUE_DECLINE in kinds("We'll stick with the current setup for now.")


class TestDeferralsSixthRound:
    """Issue 10, sixth round (dev wording #6 read 39 % of its deferrals without a verb and 40 %
    of its invitation idioms): deferrals by construction, not by phrase (phrasings written
    for these tests): a later time with its article ("until the tail end of May"), a later
    time said to suit better, a busy state until a later time, nothing before a later time,
    a first person staying away from an invitation, a vaguer "some other time"."""

    @pytest.mark.parametrize("text", [
        "Let's push the workshop to the beginning of October.",
        "Could we revisit this in the second half of September?",
        "October would be a lot easier for us.",
        "The back half of November looks quieter.",
        "Honestly, after the audit is a different story.",
        "Late October could.",
        "Probably September.",
        "In November we'll have more room to think about it.",
        "Our calendar frees up around early autumn.",
        "We're knee-deep in the warehouse move till mid-October.",
        "My team has no spare cycles until the end of Q3.",
        "We've got a lot on until the first week of November.",
        "We're mid-acquisition until late September, frankly.",
        "Nothing before the autumn, I'm afraid.",
        "Not before mid-October, realistically.",
        "The earliest slot on our side is the second week of November.",
        "It's a lot right now. Some point down the road, sure.",
        "Rough week. Maybe some other time?",
        "I'll have to skip the customer dinner, sorry.",
        "We're going to hang back on the beta for the time being.",
        "I can't commit to the advisory board right now.",
        "I'll send my regrets for the user group.",
        "Gonna have to bail on the happy hour, apologies!",
    ])
    def test_a_deferral(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "Can we bump tomorrow's call by 15 minutes? I have a conflict.",
        "Could we push Thursday's sync an hour later?",
        "October 14 would work for the training.",
        "The new dashboard is a lot better than the old one.",
        "I can't make Tuesday's call, can we do Wednesday instead?",
        "I'm missing the export from the board report.",
        "We miss the old keyboard shortcuts.",
        "Our focus is on the reporting rollout and it's going well.",
        "It's a lot of data to migrate, but the team is on it.",
        "Last year the review was better in October.",
    ])
    def test_no_deferral(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)


class TestRedirectsSixthRound:
    """Issue 10, sixth round (dev wording #6: 49 % of its assistant redirects, 59 % of its
    "the executive is unavailable" notes): the pointer is a verb sending mail, meetings or
    questions to someone, or someone named as the one who knows or decides now; the
    executive is out of reach, or has handed over, in more words (phrasings written for these
    tests)."""

    @pytest.mark.parametrize("text", [
        "Hi Sam, I'm the executive assistant here. Please address vendor matters to Casey "
        "rather than Morgan.",
        "Morgan won't be free before October; Casey is up to speed on all of it.",
        "Morgan is fully occupied with the plant opening until November. Casey coordinates "
        "vendors.",
        "Morgan can't be reached this quarter. Casey has taken over this area.",
        "Morgan's responsibilities have changed; this now sits within Casey's remit.",
        "I've been asked to pass you along to Casey for anything on the renewal.",
        "Please set future check-ins up with Casey instead of Morgan.",
        "Morgan is off-site through September; Casey is minding the shop.",
    ])
    def test_an_executive_handed_on(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(text)

    @pytest.mark.parametrize("text", [
        "Please send the signed order form to Casey in finance.",
        "Casey is familiar with the new dashboards already.",
        "Morgan is traveling next week, but Casey and I will join the call.",
    ])
    def test_a_pointer_or_a_mention_alone_is_not_a_redirect(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT not in kinds(text)

    def test_the_executives_calendar_is_no_deferral_of_ours(self) -> None:
        text = "Morgan is swamped until November. Casey is up to date on all of it."
        found = kinds(text)
        assert markers.ASSISTANT_REDIRECT in found
        assert markers.DEFERRAL not in found
        # ...but the writer's own put-off in the same note still counts
        text = "Morgan is swamped until November; Casey can help. We'd rather revisit in Q1."
        assert markers.DEFERRAL in kinds(text)


class TestWellbeingWishesAndReconnecting:
    """Warmth by construction (seventh round, from dev wording #5/#6's warm emails the small-talk
    detector read as plain): a hope that something of the reader's life treats them well, the
    pleasure of hearing from them again, a person or team praised as one to work with. The
    phrasings are written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "Hope the end of the fiscal year is treating you gently.",
        "Hi Dana, I hope the past couple of months have been good to you.",
        "Trust life is good over in Leeds.",
        "Hope the new month is off to a calm start.",
        "Hoping the holidays were kind to you and yours.",
        "Always lovely to hear from you, Dana.",
        "Great to have you back after the sabbatical!",
        "What a treat to see your name in my inbox.",
    ])
    def test_wellbeing_wishes_and_reconnecting_are_small_talk(self, sentence: str) -> None:
        assert markers.SMALL_TALK in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "Hope you can send the signed form by Friday.",
        "Hoping you could add the export to the next release.",
        "I hope the numbers are good enough for finance.",
        "Trust the invoice is in order.",
        "Good to have your sign-off on the PO.",
        "We hope the migration is going well for the other teams.",
    ])
    def test_requests_and_business_hopes_are_not(self, sentence: str) -> None:
        assert markers.SMALL_TALK not in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "Your support desk has always been great people to deal with.",
        "Honestly a joy to work with a team that answers the same day.",
        "The new audit trail caught it before anyone else did, great stuff.",
    ])
    def test_a_person_or_team_praised_as_one_to_work_with(self, sentence: str) -> None:
        assert markers.COMPLIMENT in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "It is not easy to work with the old export format.",
        "Please send the list of people to work with on the cutover.",
    ])
    def test_difficulty_and_staffing_are_not_praise(self, sentence: str) -> None:
        assert markers.COMPLIMENT not in kinds(sentence)


class TestWarmSignOffs:
    """A closing line that wishes the reader well or sends affection (warm_signoff), where a
    plain one only signs; phrasings written for these tests."""

    @pytest.mark.parametrize("closing", [
        "Warmest,", "Fondly, from the whole lab,", "Hugs to everyone in Leeds,",
        "Take good care of yourself,", "Take it easy,", "Be well,", "Stay cool out there!",
        "Have a restful evening,", "Enjoy the sunshine,", "All my very best,",
        "Best wishes to you and the kids,", "Say hi to the team for me,",
        "Looking forward to catching up in March,", "Until soon, my friend,",
    ])
    def test_warm_closings(self, closing: str) -> None:
        assert markers.WARM_SIGNOFF in kinds(f"Hi Sam,\n\nThe export ran fine.\n\n{closing}\nDa")

    @pytest.mark.parametrize("closing", [
        "Best,", "Best wishes,", "Kind regards,", "Regards from the plant office,",
        "Talk soon,", "Cheers,", "Sincerely, Accounts Payable", "Thanks in advance,",
        "Sent from my phone", "All the best,",
    ])
    def test_plain_closings(self, closing: str) -> None:
        assert markers.WARM_SIGNOFF not in kinds(f"Hi Sam,\n\nThe export ran fine.\n\n{closing}")

    @pytest.mark.parametrize("text", [
        "Take care of the PO before Friday.",
        "Please take care of the renewal paperwork.\n\nThanks,\nDana",
        "We will have a look at the invoice next week and come back to you.\n\nRegards,\nDana",
    ])
    def test_business_is_no_sign_off(self, text: str) -> None:
        assert markers.WARM_SIGNOFF not in kinds(text)

    @pytest.mark.parametrize("closing", ["With much gratitude,", "Gratefully yours,",
                                         "With appreciation,"])
    def test_gratitude_in_a_closing_is_thanks(self, closing: str) -> None:
        assert markers.THANKS in kinds(f"The export ran fine.\n\n{closing}\nDana")


class TestFeatureAskFrameGrammar:
    """Issue 10, seventh round: an ask frame followed by any noun phrase the errand vocabulary
    lets through is an ask, whatever the thing is called and with or without an article
    (phrasings written for these tests); the same frames with an errand, a meeting, a time,
    money, a person or a definite thing are not. Questions about what exists, how to use it or
    the work's logistics ask for nothing to be built."""

    @pytest.mark.parametrize("text", [
        "Would it be possible to have crate tracking by aisle for the cold store?",
        "Any chance of pallet photos at pickup? The drivers would love it.",
        "Can we expect loyalty points for repeat guests next year?",
        "Do you foresee per-site billing codes at some point?",
        "When can we get shift notes on the tablet view?",
        "Any plans for tenant-level retention rules?",
        "We'd like batch relabelling of returns, ideally before peak season.",
        "We really miss route history per driver when we close the month.",
        "We're still missing overtime alerts for the night crew.",
        "We'd be very interested in kiosk sign-in for contractors.",
        "If there were recurring purchase orders, we could drop the spreadsheet.",
        "Would your team consider variance reports by warehouse?",
        "Our safety lead keeps asking whether you'll ever support badge scanning.",
        "I've been asked to push again for multi-language receipts.",
        "We're getting more requests for self-serve refunds from the store managers.",
        "A competitor we looked at has live seat maps, and people keep bringing it up.",
        "Without carrier rate cards we can't roll this out to the other depots.",
        "We pay a student to do what an invoice matcher would do in seconds.",
    ])
    def test_a_frame_with_any_thing_is_an_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "We'd like the slides from Tuesday when you get a chance.",
        "I'd like a copy of the March invoice.",
        "We need two more seats for the new hires.",
        "We'd love a quick chat next week about the rollout.",
        "Would it be possible to have a call on Monday instead?",
        "Any chance of a meeting next week?",
        "We'd like Tuesday at 3 if that works.",
        "We miss seeing you at the Lyon meetups!",
        "I left the call early, did I miss anything important?",
        "We don't need offline mode anymore, the sites all have wifi now.",
        "We need more drivers for the winter routes.",
        "We need a controller who can own the close.",
        "We'd like one form filled in by each site lead.",
        "We would welcome board members to the opening dinner.",
        "The unions will push for arbitration of the claims.",
    ])
    def test_a_frame_with_an_errand_or_a_negation_is_not(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)

    @pytest.mark.parametrize("text", [
        "How does the scheduler handle public holidays for part-timers?",
        "Can I give a contractor view-only access to the shipping board?",
        "Is there a template for the monthly board pack?",
        "Is there a keyboard shortcut for closing tickets? My wrist hurts.",
        "The label printer we use is a Brother QL-820; is that supported?",
        "Is there an upload limit we should plan around for the photo archive?",
        "Quick one: is the maintenance on Saturday still going ahead at 6am?",
        "Will the uploader take spreadsheets with merged cells, or do we flatten them first?",
        "Does the importer accept tab-delimited files, or only CSV?",
        "Does your portal accept PDF attachments over 10 MB?",
        "Can the API read dates in day-month order?",
    ])
    def test_what_exists_or_how_to_is_no_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)

    @pytest.mark.parametrize("text", [
        "Do you support badge scanning at the gate?",
        "Is there a way to route alerts by shift?",
        "Is the maintenance forecasting module still planned for this year?",
        "Can I put in a formal request for shift swapping?",
    ])
    def test_a_capability_asked_about_stays_an_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)


class TestFeatureAskNamedByPlace:
    """Issue 10, eighth round: a new writer names the thing in words no list holds and asks about
    its arrival, its status, a team's need of it, its being required, relays a question about
    it, imagines it or orders it built; the noun phrase the construction captures decides
    (phrasings written for these tests). The same constructions with an errand, a meeting, a
    person, a quantity or a definite record are not asks."""

    @pytest.mark.parametrize("text", [
        # arrival and status
        "When does kennel occupancy forecasting land?",
        "so when is allergen labelling on the recipe cards dropping",
        "Do you think lane-by-lane yield maps could be ready before the spring intake?",
        "Reckon tiered loyalty stamps will show up before Christmas?",
        "Is per-litter weight tracking happening?",
        "Any joy on batch cost roll-ups?",
        "Where are we on farm-gate price alerts?",
        "Where does route-level spoilage tracking stand?",
        "Could you let us know the status of multi-depot stock transfers?",
        "Agenda item for Thursday: photo proof of delivery and where it stands.",
        "hi, quick q re oven temperature logging timing",
        "Would there be a grower self-service portal at some stage?",
        # a team's need, said
        "The night bakery crew needs oven temperature logging before the audit.",
        "Our vet nurses need vaccine stock alerts, they keep a clipboard at the moment.",
        "Heads up, our ward manager wants bed-turnover dashboards before she signs off.",
        "The pastry team would love ingredient swaps by allergen.",
        "We would need per-clinic price lists for the new practices.",
        "We are needing donor tax receipts in Welsh for the spring appeal.",
        "For the audit, our requirements include tamper-evident batch records.",
        # required, relayed
        "Cold-chain probe readings is the one thing holding up the rollout.",
        "The board listed photo proof of delivery as mandatory for next year.",
        "Our pharmacists asked whether the stock screen could handle controlled drugs.",
        "The orchard team wonders if harvest planning might stretch to frost alerts.",
        # counterfactual, imperative, then "when"
        "Should rota swapping by text become available, we'd move the other two sites.",
        "Were split billing per owner on offer, the whole group would switch.",
        "We'd drop the paper forms tomorrow if tablet check-in existed.",
        "Please prioritise customer-facing order tracking, we would pilot it.",
        "Add recipe scaling by tray size to whatever backlog you keep.",
        "Loyalty points per branch - when?",
        "Quick one: kiosk ordering, yes or no, and roughly when?",
    ])
    def test_a_thing_named_by_its_place_is_an_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Our previous bakery software had proofing timers per rack. Is it on yours?",
        "The dispatch office needs live van locations. Any timeline?",
        "Kennel occupancy forecasting. Any news?",
        "A short wishlist from the clinic leads:\n- vaccine stock alerts (urgent)\n- bigger fonts",
    ])
    def test_a_thing_named_then_asked_about_is_an_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "When is the meeting scheduled?",
        "When will Priya be available?",
        "When does the invoice land?",
        "Any update on the contract?",
        "Our finance team needs a copy of the invoice.",
        "The ops team needs a call with you on Friday.",
        "Procurement requires three quotes for anything over 20k.",
        "Thanks for being patient on the timing.",
        "Awful timing, sorry. Another month perhaps.",
        "We sent the purchase order last week. Any update?",
        "Our accountant needs the signed form. Any update?",
        "The numbers need a second look before Friday.",
        "I'd love another long roadmap meeting, said nobody.",
    ])
    def test_the_same_places_with_an_errand_are_not(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)

    @pytest.mark.parametrize("text", [
        # a parenthesis glosses the thing; the subject after "whether" in a relayed arrival
        "Reckon stock alerts per store (dairy, bakery, frozen) will turn up this spring?",
        "Our ward sisters have asked, somewhat wearily, whether bed dashboards (surgical, "
        "medical) might appear before winter.",
        "Please advise, when convenient, whether a Sage payroll bridge will be made available "
        "to franchisees.",
        "Kindly advise whether a Moodle gradebook feed can be enabled for the sixth form.",
        "We would welcome confirmation as to whether a parent app forms part of your plans.",
        # a release asked to hold it; a need to know about it; asking about it with a date
        "Once you cut the next release, can a Lightspeed till link be in it?",
        "Need to know about allergen filters on the menu builder before the franchise review.",
        "Head office is enquiring about a Shopify stock feed, what is the expected date?",
        # said of the thing: would help the rollout, would end a workaround; a fronted place
        "At the quarterly review it came up that a barcode scanner link would really help the "
        "rollout at the depots.",
        "We retype every delivery note into Sage. A Sage purchase ledger sync would end that.",
        "For the launch in all our branches a Lightspeed till link is mandatory.",
        "Across our other depots temperature logging on the vans is a must-have.",
        # the missing thing as the complaint; the thing alone with "please"
        "Frankly the absence of a parent app is what the governors grumble about most.",
        "Nous voulons a Moodle gradebook feed, please. The heads of year keep asking.",
        "A Lightspeed till link pls, the store managers are asking again",
        "sorry to nag but a Sage payroll connector?",
    ])
    def test_a_thing_named_round_about_is_an_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Our auditors have asked whether the figures (Q1, Q2) might appear in the annual report.",
        "Please advise whether the invoice can be made available before Friday.",
        "Once you send the next update, can the agenda be in it?",
        "Need to know about the invoice before Friday.",
        "Finance is asking about the refund, what is the expected date?",
        "For the audit a signed copy is mandatory.",
        "At all our depots attendance is mandatory.",
        "The lack of time is what people complain about most.",
        "A Teams link please.",
        "A new Zoom link, please.",
        "A link to the recording, please.",
        "An API key please.",
        "A CSV export of last month, please.",
        "Next steps please.",
        "Some extra support please.",
        "A template?",
        "A new report?",
    ])
    def test_the_same_round_about_with_an_errand_are_not(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)

    @pytest.mark.parametrize("text", [
        "Is there a way to reset my own PIN without calling the help desk?",
        "Is there an easier way to send you the photo archive than the upload page?",
        "Is the tablet app covered by our licence, or is it a separate charge?",
        "Is live chat offered only on our tier, or on every plan?",
        "Can you confirm whether our agreement rolls over in June?",
        "Our insurer wants your latest SOC 2 report; where can I download it?",
        "Could you add our new practice manager to the billing emails?",
        "Great, please add the module from the 1st.",
        "Yes, that bundle makes sense. Please add it.",
    ])
    def test_lookups_and_yes_to_our_offer_are_no_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestProductNamedAlone:
    """Issue 10, seventh round: a product customers connect to, named alone as a question, asks
    about an integration without a verb of wanting; a name said, or a meeting tool, does not."""

    @pytest.mark.parametrize("text", [
        "Looker?",
        "and BigQuery?",
        "Any news on the Looker thing?",
        "What about the Airtable connector?",
        "Quick one - Smartsheet? Still hoping.",
    ])
    def test_a_name_asked_about(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Zoom?",
        "We use Looker.",
        "Any news on the contract thing?",
        "Is Looker the one your team uses?",
    ])
    def test_a_name_said_or_a_meeting_tool_is_not(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestOfferObjectWithTermsSeventhRound:
    """Issue 10, seventh round: our offer as a plain statement by construction - an offered
    thing (more seats or users, a higher tier, an add-on, a longer term, a unit of theirs
    brought on) with terms apart from it (a price in any currency, a rate, a discount, what it
    comes to or works out at, the same contract), whatever the verb; and a subject line that
    names an offered thing. Phrasings written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "The Sparks depot on your existing contract: 14 seats, co-termed with the renewal.",
        "At 30 users, the Premier edition works out cheaper per head than what you have now.",
        "For the Elko store, it's \u20ac3 per terminal per month, 9 terminals.",
        "The shift-planning module lands at \u00a3600 a month for up to 40 users.",
        "The step from Starter to Business is roughly $2,400 a year at your headcount.",
        "Your sister company could come onto the agreement for an extra $9,000 a year.",
        "Eight more dispatcher seats would be billed from March, prorated.",
        "The remaining 40 stores: same terms as the first wave.",
    ])
    def test_an_offered_thing_with_terms(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "Shall I put together a quote for the Elko depot?",
        "Would the ops group be open to adding 12 more terminals?",
    ])
    def test_an_offering_question(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "Your 25 seats renew on March 1 at $9,000.",
        "Per your request, here is the data processing agreement for the audit.",
        "I've updated the contact list for the Elko store.",
        "Here are the steps to add a new user group.",
        "Free raffles in all departments, prizes from $70 to $800!",
        "Extending the deadline would give the team some room.",
        "The bid package for the annex is attached.",
    ])
    def test_what_they_have_errands_and_prose_are_not_offers(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    def test_subject_lines_naming_an_offered_thing(self) -> None:
        body = "Hi Dana,\n\nEverything is in the attached PDF.\n\nSam"
        for subject in ("Harbor Foods: 15 more seats before renewal",
                        "Shift-planning module for Harbor Foods",
                        "Academic rate for 30 more researchers",
                        "Elko depot on your contract",
                        "Harbor Foods: depot ops on Premier",
                        "The Elko pilot: 60 days at half price",
                        "Extending your contract + kiosk mode",
                        "Moving Harbor Foods to annual Premier",
                        "Seats for harbor's new drivers"):
            assert markers.EXPANSION_PROPOSAL in detect(body, direction=S,
                                                        subject=subject).counts, subject
        for subject in ("The planning submission pack", "The stock footage licenses",
                        "The pilot extension", "Adding Jo to the thread for the migration",
                        "Season-ticket issue on the Premier portal"):
            assert markers.EXPANSION_PROPOSAL not in detect(
                "Hi Dana,\n\nThe onboarding checklist for it is attached.\n\nSam",
                direction=S, subject=subject).counts, subject


class TestRestraintAndPendingYesSeventhRound:
    """Issue 10, seventh round: an open no that never says no - the will to buy is low, we are
    holding back, what we have is enough, our focus is elsewhere - and a yes that waits on a
    PO, a fiscal year or the renewal is no decline. Phrasings written for these tests."""

    @pytest.mark.parametrize("text", [
        "We're in belt-tightening mode.",
        "Honestly there's not much appetite upstairs for another tool.",
        "Enthusiasm for a bigger contract is pretty muted here.",
        "The CFO is wary of anything that grows the vendor bill.",
        "There's a general reluctance to add licences this year.",
        "We've got enough seats, thanks.",
        "The Standard plan suits us fine.",
        "We're prioritising other projects.",
        "The board wants to pause all new spending.",
        "We'll keep things lean and see how it goes with what we have.",
    ])
    def test_restraint_is_an_open_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(text)

    @pytest.mark.parametrize("text", [
        "We're being careful with the migration, so it'll take until Friday.",
        "The export worked, there's no need to resend.",
        "Interest in the webinar was high.",
        "Our team has enough context to start on Monday.",
        "Not there yet on the rota import, should be done by Thursday EOD.",
    ])
    def test_care_with_work_and_news_are_not_declines(self, text: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(text)

    @pytest.mark.parametrize("text", [
        "Sounds good, please move us to the Premier tier at renewal in May.",
        "We'll do it. Our budget year starts next month, so please date the order after the 1st.",
        "We'll go for the bigger bundle, waiting only on legal's sign-off.",
        "Yes, we want the Elko module. It'll come out of next year's budget, starting in July.",
    ])
    def test_a_yes_that_waits_is_an_acceptance(self, text: str) -> None:
        found = detect(text, direction=R).counts
        assert markers.ACCEPTANCE in found

    def test_moving_a_meeting_is_not_a_yes(self) -> None:
        found = detect("Sounds good, please move us to Thursday.", direction=R).counts
        assert markers.ACCEPTANCE not in found


class TestUnitsComingInSeventhRound:
    """Issue 10, seventh round (second commit): what they hold apart brought under one
    agreement, and a unit of theirs said to come in, are offered things (phrasings written for
    these tests)."""

    @pytest.mark.parametrize("sentence", [
        "With the Elko depot added, your annual total comes to $41,200.",
        "The Reno clinics could join at the same per-provider price.",
        "Your three plans under one agreement would save about 8%.",
    ])
    def test_a_unit_coming_in_with_terms(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "Our product team will join the call on Friday to take your questions.",
        "Our support lead could join the review on Tuesday if that helps.",
        "We merged the invoices into one PDF for you.",
    ])
    def test_people_joining_a_call_are_no_offer(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    def test_a_subject_bringing_contracts_into_one(self) -> None:
        body = "Hi Dana,\n\nThe summary is attached.\n\nSam"
        for subject in ("Harbor Foods - four contracts into one", "Both brands on one licence"):
            assert markers.EXPANSION_PROPOSAL in detect(body, direction=S,
                                                        subject=subject).counts, subject


class TestDeferralsSeventhRound:
    """Issue 10, seventh round (dev wordings #4 and #5 read about half of their deferrals
    without a postponement verb as open noes, and a postponement verb with no time to move to
    was not a deferral at all): a busy or bad-timing state now x a vague later time, in one
    sentence or two; a postponement verb said by the writer with a meeting to move, an open
    end, an event to wait for, or the busy state that explains it. Said with no object, such
    a put-off may answer an offer as well as a meeting: an open no read in it is kept
    (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "We're at full capacity, sometime next spring perhaps.",
        "With the plant audit going on, not for a while.",
        "Our crew is short three people, so not in the near term.",
        "It'll have to be later, we're deep in year-end planning.",
        "Payroll close is killing us, so sometime after that.",
        "Between the relocation and the hiring, it'll be a bit.",
        "Wrong time of year for us, maybe in the autumn.",
        "We're still digesting the warehouse changes, maybe early next year.",
        "Not for the next couple of months, sorry.",
        "The next few weeks are completely booked on our side.",
        "Ask me again once the dust settles.",
        "We're in the middle of a systems overhaul. Afterwards, maybe.",
        "Things are a bit frantic here. Once we're past this stretch.",
        "Maybe in the autumn? Right now isn't good.",
        "I'll have to push our check-in again, apologies.",
        "Let's postpone the planning workshop, the depot is on shutdown.",
        "We'll need to postpone indefinitely, I'll be in touch.",
        "Let's table it until we close the inspection.",
        "Can we hold off until the new director starts?",
        "we need to push this one, totally swamped",
    ])
    def test_a_deferral(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "I moved our check-in to Thursday because of a clash, same time.",
        "Please cancel the duplicate order from last week.",
        "The vendor delayed the shipment twice last month.",
        "We're at full capacity on the line and it's going well.",
        "With the new dashboards in place, reporting takes minutes.",
        "No extra seats until the spring, we're at capacity.",
        "Could we push Thursday's call by an hour?",
    ])
    def test_no_deferral(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)

    def test_an_open_no_is_kept_when_nothing_is_named(self) -> None:
        # the same words answer an offer as often as a meeting: both are read, and the
        # detectors decide by the thread (expansion refusal; procrastination skips offers)
        found = kinds("We're swamped right now. Later in the year, maybe.")
        assert markers.DEFERRAL in found


def test_a_move_by_minutes_in_words_is_no_deferral() -> None:
    # seventh round: a plain "shift" said by the writer is a move; thirty minutes is a conflict
    assert markers.DEFERRAL not in kinds("Can we shift the budget walkthrough thirty minutes "
                                         "later? A hearing may run long.")


class TestRedirectsSeventhRound:
    """Issue 10, seventh round (dev wordings #4 and #5 read 63-76 % of their redirects and
    "the executive is unavailable" notes): by construction, a named third person as the
    subject of a clause saying they are out of reach (any busy or away state the deferral
    grammar knows, or a negated availability), or a writer speaking for them; and the other
    person named as the one to deal with in more ways (copied, in the loop, owns it now,
    a thread steered or handed to them). Phrasings written for these tests."""

    @pytest.mark.parametrize("text", [
        "Morgan is at full capacity this quarter. Casey is copied and can answer.",
        "Morgan's time is extremely limited right now. Casey is in the loop.",
        "Morgan won't be attending these reviews anymore. Casey speaks for operations.",
        "Morgan isn't taking vendor calls at present. Casey owns the relationship now.",
        "Morgan is in budget hearings all month; Casey is the purchasing lead.",
        "Morgan is knee-deep in the merger. Casey has this.",
        "Morgan asked me to steer this thread to Casey.",
        "I'm Morgan's scheduler. Please reach out to Casey instead.",
        "I look after the calendar for Morgan, who has asked Casey to respond.",
    ])
    def test_an_executive_handed_on(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(text)

    @pytest.mark.parametrize("text", [
        "Thursday is fully booked. Casey is copied for the agenda.",
        "I'm at full capacity this week. Casey is in the loop.",
        "Casey is copied on the invoice for the records.",
        "Morgan loved the new dashboard. Casey is in the loop on the rollout.",
    ])
    def test_no_redirect(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT not in kinds(text)


def test_a_season_naming_a_thing_is_no_later_time() -> None:
    # seventh round (dev #5's exec-access account read as procrastination): "the spring
    # launch" is a thing, not a time to come back
    assert markers.DEFERRAL not in kinds(
        "Let me check with the buyer on the artwork for the spring catalog and get back to you.")
    assert markers.DEFERRAL in kinds("Let me get back to you in the spring, once we've settled.")


@pytest.mark.parametrize("text", [
    # seventh round, from the Enron check: what happened, or a wait on word, is no put-off
    "As you know, we postponed the partner summit after the travel restrictions.",
    "I'll hold the room until I hear otherwise.",
    "Per our phone conversation, you may cancel this subscription for Jo.",
    "Last spring it was next to impossible to get a slot, until the new hall opened.",
    "We'll work you in without delaying your departure.",
])
def test_reports_and_waits_on_word_are_no_deferral(text: str) -> None:
    assert markers.DEFERRAL not in kinds(text)


def test_weather_and_a_cancellations_feature_are_no_deferral() -> None:
    # seventh round (dev #6's expansion account read as procrastination): a wild storm in a
    # personal aside is small talk, not a busy state; "cancellations" is a noun, not a verb
    text = ("Hi Sam, hope you're staying dry, the storms here have been wild. Is there any "
            "hope for a webhook for cancellations before the busy season?")
    assert markers.DEFERRAL not in kinds(text)


class TestHolidayBreaksSeventhRound:
    """Issue 10, seventh round (holiday deferrals: dev #6 55 %, fresh #1 38 %): a deferral to
    or past a holiday or a break, in many calendars, by construction (a break named x a time
    after it or a plan to meet then); counted as a deferral and as a holiday break, which the
    detectors read as the season, not the person (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "Our plant is closed over Christmas week, so early January please.",
        "Half the team is off for Eid, let's pick this back up after.",
        "We're on holiday shutdown until the 4th, after that works.",
        "Everyone's away for Golden Week; can we meet the week after?",
        "After Diwali would be much easier for us.",
        "With the summer holidays, let's reconnect in September.",
        "Most of us take PTO over Thanksgiving, so the week after.",
    ])
    def test_a_deferral_past_a_break(self, text: str) -> None:
        m = detect(text + "\n\nBest,\nDana", direction=R)
        assert m.counts.get(markers.DEFERRAL) and m.counts.get(markers.HOLIDAY_BREAK)

    @pytest.mark.parametrize("text", [
        "Happy holidays to you and the team!",
        "We're all a bit tired after the holiday party, ha.",
        "The holiday orders shipped on time, thanks.",
        "Last year we closed for the holidays and it went fine.",
    ])
    def test_no_break_deferral(self, text: str) -> None:
        m = detect(text + "\n\nBest,\nDana", direction=R)
        assert markers.HOLIDAY_BREAK not in m.counts

    def test_a_put_off_for_work_is_not_the_season(self) -> None:
        m = detect("We're swamped with the audit, let's revisit in March.\n\nBest,\nDana",
                   direction=R)
        assert m.counts.get(markers.DEFERRAL) and markers.HOLIDAY_BREAK not in m.counts


class TestConcreteReturnEighthRound:
    """Issue 10, eighth round: a concrete no hands the matter back for its firm time without a
    revisit verb ("ask us again", "check back", "come back to us", "revert", "may be revisited",
    someone "will decide"), and its reason may be a lack of anyone to use the offer, a state of
    the unit until then ("closed for refurbishment until"), a rule that "means" the no, an event
    delivered, completed or changing hands, or an event said after its time ("in June when the
    new season starts"); the no may be said as "nothing", a budget spoken for, "no point"
    (phrasings written for these tests; healthy accounts' noes were read as open put-offs)."""

    @pytest.mark.parametrize("text", [
        "Our grant money is all allocated; ask us again in October.",
        "The Tulsa warehouse isn't fitted out until November. Check back then, please.",
        "Nobody to hand licences to yet; try us in June when the new cohort starts.",
        "Our procurement calendar is set in September, kindly revert at that time.",
        "The board approved this year's spend already; the item may be revisited in April.",
        "The Derby lab is under renovation till August, so no point adding it yet.",
        "Vendor policy means no new contracts until the audit in July.",
        "The second plant only gets delivered in May; we'll reconsider then.",
        "Our new COO starts in March and will decide.",
        "The franchise changes hands in June, so wait until the sale completes.",
        "The regional budget resets in April; nothing before that.",
        "Seats now would sit unused: the new shift only begins in September.",
    ])
    def test_a_reason_a_firm_time_and_a_return_is_a_concrete_decline(self, text: str) -> None:
        found = kinds(text)
        assert markers.CONCRETE_DECLINE in found
        assert markers.VAGUE_DECLINE not in found

    @pytest.mark.parametrize("text", [
        "Crazy week here. Ask me again in March.",  # bad timing and a time, no reason
        "This quarter is spoken for. March is more realistic.",  # someone's time, not money
        "Her diary is closed until February.",  # an executive's calendar
        "The window is closed until about April, honestly.",
        "Maybe ask again in the spring, we'll see.",  # a hedged time
        "Let's push our sync to March.",  # a postponement asked for
    ])
    def test_a_put_off_or_someones_time_is_not_a_concrete_decline(self, text: str) -> None:
        assert markers.CONCRETE_DECLINE not in kinds(text)


class TestAcceptanceEighthRound:
    """Issue 10, eighth round: a yes said as the offered thing approved ("The reporting add-on
    is approved in principle") or as an order with "please" ("15 more seats for the night
    shift, please") is a yes, whatever it waits on; a hold or a cut asked for is not (phrasings
    written for these tests)."""

    @pytest.mark.parametrize("text", [
        "The reporting add-on is approved in principle; the PO follows our March budget run.",
        "15 more seats for the night shift, please, ahead of the June peak.",
        "The Boise depot, yes please.",
        "Premium tier for the support desk, please.",
    ])
    def test_a_yes(self, text: str) -> None:
        found = kinds(text)
        assert markers.ACCEPTANCE in found
        assert not found & {markers.VAGUE_DECLINE, markers.CONCRETE_DECLINE}

    @pytest.mark.parametrize("text", [
        "Please hold off on the extra seats, please.",
        "Three fewer seats at renewal, please.",
        "Not the extra seats, please.",
        "Send the invoice to accounts, please.",
    ])
    def test_not_a_yes(self, text: str) -> None:
        assert markers.ACCEPTANCE not in kinds(text)


class TestSubjectOffersEighthRound:
    """Issue 10, eighth round: subject lines that are the offer over a body that only points at
    an attachment — a count of people or seats with up to two words between ("9 night nurse
    seats", "Planner logins x 6", "Dispatch users (+4)"), a tier by its name for them or for a
    unit ("Gold for Harrow Tools", "Kitchen tier for the two cafes"), a named unit brought onto
    what they hold or extended to ("Dover yard on the group contract", "Extending to the Ely
    warehouse", "Ely cold store extension"), the same setup for a unit, rollout numbers, today's
    price held longer; a document, an errand or a topic is not (phrasings written for these
    tests)."""

    BODY = "Hi Dana,\n\nThe PDF is attached for your finance lead.\n\nBest,\nSam"

    @pytest.mark.parametrize("subject", [
        "9 night nurse seats",
        "Planner logins x 6",
        "Dispatch users (+4)",
        "Gold for Harrow Tools",
        "Kitchen tier for the two cafes",
        "Dover yard on the group contract",
        "Ely depot added to the service scope",
        "Extending to the Ely warehouse",
        "Ely cold store extension",
        "Ely cold store: same setup as Dover",
        "Harrow Tools - Dover rollout numbers",
        "Reporting module - Harrow Tools",
        "Lock in today's pricing for two years",
    ])
    def test_an_offer_in_the_subject(self, subject: str) -> None:
        found = detect(self.BODY, direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL in found.counts

    @pytest.mark.parametrize("subject", [
        "The pilot extension",  # a topic named with an article
        "The W-9 your AP team asked for",  # a count, then a possessive
        "The KPI pack for the regional VPs",  # a document for a unit
        "The bid package for the library annex",
        "Rollout status for Dover",
        "Adding Jo to the group thread",
        "Premium support tickets - Harrow Tools",
        "Re: Gold for Harrow Tools",
    ])
    def test_not_an_offer(self, subject: str) -> None:
        found = detect(self.BODY, direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL not in found.counts


class TestOpenNoesEighthRound:
    """Issue 10, eighth round: open noes said of the organisation in the third person ("The
    lab will remain on its existing arrangement"), going on with what is there ("we'll just
    roll with the current plan"), content with the present setup, the next move left to us on
    a need that may never come, "not something the board is likely to back", spend on more
    paused with no time; a date, an errand or a news item is not one (phrasings written for
    these tests)."""

    @pytest.mark.parametrize("text", [
        "The lab will remain on its existing arrangement for now.",
        "The studio wishes to retain the present subscription level.",
        "The district is staying on its current plan this year.",
        "Honestly we'll just roll with the current setup.",
        "The site leads are comfortable with the existing licence count.",
        "For us the present tier is plenty at this stage.",
        "We'll get in touch when the need arises.",
        "Should things change on our end, I'll reach out.",
        "It's not something the partners are likely to back right now.",
        "Discretionary spend is frozen across the group at the moment.",
    ])
    def test_an_open_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(text)

    @pytest.mark.parametrize("text", [
        "The lab will remain on its existing arrangement until the audit closes on June 3.",
        "The district will maintain the current bus schedule.",
        "Our auditors are comfortable with the current retention settings export.",
        "I'll reach out if the courier is late again.",
        "Discretionary spend is frozen until April 1.",
    ])
    def test_not_an_open_no(self, text: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(text)


class TestRedirectsEighthRound:
    """Issue 10, eighth round (dev wording #7 read 71 % of its redirects and 42 % of its "the
    executive is unavailable" notes): a contracted copula is a copula ("Morgan's on the road"),
    a third person engaged somewhere or in something for a span, telegraphic or negated
    ("Morgan unavailable this month", "won't resurface before"), named by title ("our CFO"), a
    writer speaking for someone by title or answering our note to them; the other person who
    holds what decides it, stands in, or whose call it now is, the role said first, and more
    verbs that send us to them. Phrasings written for these tests."""

    @pytest.mark.parametrize("text", [
        "Morgan is at the quarry all week; please sync with Casey instead.",
        "Morgan's on the road through the end of April. Casey holds the purchasing budget now.",
        "Our CFO is tied up with the audit until the summer; Casey is stepping in.",
        "Morgan won't resurface before the board retreat ends. Deputy in the meantime: Casey.",
        "Morgan unavailable this month, Casey covering.",
        "I'm the chair's assistant. Please take pricing questions up with Casey.",
        "Re your note to Morgan: that's Casey's call now.",
        "Morgan has passed day-to-day ownership of the supplier accounts to Casey.",
        "Morgan is leading the plant expansion full-time, so Casey has the vendor portfolio.",
        "Morgan is offshore on the rig, with Casey acting for them.",
        "Morgan has taken over the merger and has no spare time before autumn; Casey runs "
        "procurement.",
    ])
    def test_an_executive_handed_on(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(text)

    @pytest.mark.parametrize("text", [
        "Morgan is at the quarry all week, so the photos will come on Monday.",
        "Casey holds the budget figures you asked for; they're attached.",
        "Morgan is available until noon and happy to take the call; Casey has the account "
        "details.",
        "Morgan said that the rollout went well; Casey is the lead for training.",
        "Morgan's team is at the plant all week; Casey is the contact for the visit.",
    ])
    def test_no_redirect(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT not in kinds(text)

    @pytest.mark.parametrize("text", [
        "I'll catch up with Casey over lunch about the export.",
        "Who's the best person to ask about invoices?",
    ])
    def test_no_pointer(self, text: str) -> None:
        assert markers.POINTS_ELSEWHERE not in kinds(text)

    def test_the_executives_span_away_is_no_deferral_of_ours(self) -> None:
        found = kinds("Morgan is on the trade mission through March. Casey has the mandate.")
        assert markers.ASSISTANT_REDIRECT in found
        assert markers.DEFERRAL not in found


class TestRedirectsNinthRound:
    """Issue 10, ninth round (a false executive-access alarm on a healthy account of dev wording
    #8): "on behalf of" an organisation, a part of it or a body of people is the writer speaking
    for their own side (a legal sign-off, a request from the whole site), and a writer whose
    remit widens to more sites or regions stands in for nobody. A person, a title, someone's
    office or inbox keep the redirect. Phrasings written for these tests."""

    @pytest.mark.parametrize("text", [
        "For and on behalf of the Harbour Trust,",
        "Signed on behalf of Purchasing,",
        "Raising this on behalf of the depot: can the export include pallet IDs?",
        "On behalf of all of us at the clinic, thanks for the quick fix!",
        "The contract will be countersigned on behalf of the firm by our counsel.",
        "Heads up, I'm now managing the Kumasi and Tema depots too, so expect mail from me.",
        "I'll be handling both the north and south regions from March.",
    ])
    def test_no_redirect_for_ones_own_side_or_remit(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT not in kinds(text)

    @pytest.mark.parametrize("text", [
        "Writing on behalf of Morgan, who is abroad; please work with Casey directly.",
        "On behalf of the managing director: kindly route renewals to Casey.",
        "I am replying on behalf of the head of purchasing.",
        "Writing on behalf of Morgan's office.",
        "I'm covering Morgan's inbox while she is on leave.",
        "I'm now handling the account that Morgan used to run.",
    ])
    def test_a_person_answered_for_is_still_a_redirect(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(text)


class TestRedirectsTenthRound:
    """Issue 10, tenth round (dev wording #9's one false alarm: a healthy account flagged for
    executive access by a sign-off written "on behalf of" a place the writer belongs to, named
    by a noun no list of organisations held): "on behalf of" a definite thing named by a common
    noun (lower case, so no name) with no person at its head is the writer's own side, whatever
    the noun. A title, a role or a relation at the head ("the managing director", "my boss",
    "the account owner", "the librarian") is someone answered for. Phrasings written for these
    tests."""

    @pytest.mark.parametrize("text", [
        "Kind regards, on behalf of the vineyard",
        "Thanking you on behalf of our parish.",
        "On behalf of the whole kitchen brigade, thanks for sorting the tablets!",
        "We're writing on behalf of this marina, which needs the berth export by Friday.",
        "Warm wishes on behalf of their orchestra",
    ])
    def test_no_redirect_for_a_thing_named_by_a_common_noun(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT not in kinds(text)

    @pytest.mark.parametrize("text", [
        "Writing on behalf of my boss, who is travelling; Casey will pick this up.",
        "On behalf of the account owner, please take this to Casey.",
        "I reply on behalf of the chief financial officer.",
        "Writing on behalf of the librarian, please send the invoice to Casey.",
        "On behalf of our trustee, kindly liaise with Casey.",
        "Writing on behalf of the Harbour Master.",
    ])
    def test_a_person_at_the_head_is_still_a_redirect(self, text: str) -> None:
        assert markers.ASSISTANT_REDIRECT in kinds(text)


class TestPersonalRemarksEighthRound:
    """Small talk by construction (eighth round, from dev wording #7's personal remarks the
    grammar passed over, 45 % read): an aside announced as one ("Total aside, but"), a remark
    that ends on a feeling of one's own (", no regrets", "..., and I'm jealous"), and a
    first-person story of one's own time (a weekend, a Saturday, an evening) that work did not
    fill. Phrasings written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "Complete tangent, but the lake froze over and the whole town went skating.",
        "Random thought: do you still keep bees?",
        "Outside of work, I've been restoring an old canoe.",
        "Booked a week of sailing lessons, no regrets.",
        "Our choir sang at the cathedral, very proud.",
        "The tomatoes finally ripened and I'm over the moon.",
        "We spent Sunday picking blackberries by the canal.",
        "I spent Saturday evening learning to make dumplings.",
        "Respect.",
    ])
    def test_personal_remarks_are_small_talk(self, sentence: str) -> None:
        assert markers.SMALL_TALK in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "Quick note: the invoice went out this morning.",
        "We ran the data migration over the weekend, all green.",
        "I worked Saturday to finish the quarterly report.",
        "We met with the auditors on Sunday evening.",
        "Yes to the larger plan, the team is thrilled.",
        "We're exhausted after the audit, so let's talk after the holidays.",
        "I have a good working relationship with them and we have mutual respect.",
    ])
    def test_business_is_not(self, sentence: str) -> None:
        assert markers.SMALL_TALK not in kinds(sentence)


class TestPraiseEighthRound:
    """Compliments by construction (eighth round, dev wording #5-#7 read 42-47 % of theirs):
    praise said without a verb at the head of the sentence, a manner of doing praised, and
    more words of praise for a thing or a person of ours ("the <part of the product>" as well
    as "the new ..."). Phrasings written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "Outstanding turnaround on the data fix, the auditors noticed.",
        "Truly first-class onboarding from start to finish.",
        "What a polished handover, not one loose end.",
        "Expertly handled, the whole escalation.",
        "The dashboard is gorgeous, the drivers keep showing it off.",
        "Your solutions engineer is an absolute gem.",
        "The search refresh is a huge improvement for our archivists.",
    ])
    def test_praise_is_a_compliment(self, sentence: str) -> None:
        assert markers.COMPLIMENT in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "Great, thanks, the file arrived.",
        "Seamless sync with our ERP is what we need before the renewal.",
        "The support ticket is still open after a week.",
        "Solid reasons were given for holding the budget.",
        "Impressive numbers are what the board wants to see this quarter.",
    ])
    def test_no_compliment(self, sentence: str) -> None:
        assert markers.COMPLIMENT not in kinds(sentence)


class TestCommitmentNinthRound:
    """Issue 10, ninth round: a yes by construction — the customer commits to act on the offer:
    the decision said last of the offered thing, an assent with an order that acts on it, a
    commitment to take, join or agree to it, a yes with only paperwork left. Never with a
    hedge, a condition, a hand-back, a status quo or a later time for the act (phrasings
    written for these tests)."""

    @pytest.mark.parametrize("text", [
        "Analytics module for the 30 planners is signed off.",
        "Fine by us, extend it to the Tacoma yard.",
        "Gold tier it is.",
        "Yep - 12 extra seats, same rate as last year.",
        "The Tacoma yard team will join from the first of May.",
        "We'd be delighted to take the 40 additional licences.",
        "The operations board accepts the proposed extension to Tacoma.",
        "Agreed; subject to counsel's final read of the amendment.",
        "That's a yes from us on the higher tier.",
        "We'll take the 25 field seats for the spring crew.",
        "OK, draw up the paperwork and invoice us from March.",
        "We'd like the Premium plan for the claims team.",
        "lets do it, 10 more seats",
    ])
    def test_a_commitment_is_a_yes(self, text: str) -> None:
        found = kinds(text)
        assert markers.ACCEPTANCE in found
        assert not found & {markers.VAGUE_DECLINE, markers.CONCRETE_DECLINE}

    @pytest.mark.parametrize("text", [
        "We'll add the Tacoma yard after the lease is signed in June.",  # an act then: not now
        "Please send the numbers again in March.",
        "We'll take it to the operations board next month.",  # a hand-back
        "We'd add the seats if the price came down.",  # a condition
        "Let's leave it where it is.",  # a status quo
        "We're keeping our seat count where it is.",
        "Invoices for the training hours are approved.",  # not an offered thing
        "The yard inspection is done.",
        "Happy to join the webinar on Thursday.",  # an event
        "Please send the contract questions to Morgan.",  # a redirect
        "Great instincts from your team on the rollout plan.",  # praise
        "Maybe the Gold tier next year.",
        "Held pending the PO.",
    ])
    def test_not_a_yes(self, text: str) -> None:
        assert markers.ACCEPTANCE not in kinds(text)


class TestConcreteReasonsNinthRound:
    """Issue 10, ninth round: concrete noes read as open put-offs (weighed 0.9, a refusal) —
    the reason was work going on by a date, a team still new, a move to a new system, a budget
    we committed, an event waited for; the time a part of a month ("the back half of April");
    the hand-back "I'd rather revisit after", "reach out after", "come back to you", "I can
    take this to the CFO" (phrasings written for these tests)."""

    @pytest.mark.parametrize("text", [
        "We're migrating the billing stack by late April; ask us again after the cutover.",
        "Our shift leads are all new; we'd revisit in mid-June once they've settled in.",
        "Our finance team is moving to a new ERP in March, so let's wait for that.",
        "We've committed our capex to the new forklifts through the end of Q2; reach out after.",
        "We can't add the depot until the refit wraps in the back half of April - let's talk then.",
        "We're halfway through an inventory audit; once the report is signed in May I can take "
        "this to the board.",
        "We're consolidating the two warehouses through September. I'd rather revisit after.",
        "Adding the clinic has to wait for its relocation in the second week of March.",
    ])
    def test_a_reason_a_firm_time_and_a_return(self, text: str) -> None:
        found = kinds(text)
        assert markers.CONCRETE_DECLINE in found
        assert markers.VAGUE_DECLINE not in found

    @pytest.mark.parametrize("text", [
        "We're in a holding pattern until the grant comes through.",  # open: a cycle, no month
        "Not now, sorry. Ping me after late August.",  # no reason
    ])
    def test_open_put_offs_stay_open(self, text: str) -> None:
        assert markers.CONCRETE_DECLINE not in kinds(text)

    def test_a_part_of_a_month_is_a_firm_time(self) -> None:
        s = "ask again in the back half of february"
        assert markers._firm_time(s, markers._words_of(s)) is not None

    def test_a_firm_quarter_dates_an_open_no(self) -> None:
        # "not something we're budgeted for" with "the end of Q1" to come back is not open-ended
        assert markers.VAGUE_DECLINE not in kinds(
            "We're redoing our pricing this quarter; ask me again at the end of Q1 when it's "
            "approved.")


class TestFeatureAskNinthRound:
    """Issue 10, ninth round (from dev wording #8's misses and false asks; phrasings written for
    these tests, in trades dev #8 does not use). The thing asked about with the modal first, by
    the odds of its arrival, as the vendor's plan, by its status or by who builds it; named in
    one sentence, then asked about in a short follow-up. Neutral mail that holds an ask's words
    — routing the reader to someone, same-or-separate of what exists, who does a task, a meeting
    to schedule, what the customer will prepare, a document, visitors' kit, fewer vendors — is
    not."""

    @pytest.mark.parametrize("text", [
        "Straight question - will kennel occupancy forecasting ever ship?",
        "Might allergen labelling on recipe cards be added for bakeries our size?",
        "Could batch cost roll-ups come to the phone app?",
        "Would tablet check-in be on the table if we added the Leeds site?",
        "When's frost alert texting expected?",
        "When do you think per-litter weight tracking will be ready?",
        "What are the odds of oven temperature logging landing before the audit?",
        "Have you got grower self-service invoicing planned?",
        "Does your product team have rota swapping by text planned for next year?",
        "Do you plan tamper-evident batch records?",
        "Is anybody building recipe scaling by tray size?",
        "Where are you with harvest planning by orchard block?",
        "What's your position on multi-depot stock transfers?",
        "How likely is cold-chain probe logging this winter?",
        "Is it realistic to expect vaccine stock alerts by spring?",
        "Is loyalty stamps per branch going to work offline?",
        "Is farm-gate price alerting a this-year thing?",
        "Is donor gift aid tracking something your developers could look at?",
        "Please can we have split billing per owner?",
        "Might you be able to give us kiosk ordering for the cafe?",
        "Would you have something like allergen swaps by ingredient?",
        "Pls confirm if tray-level yield reporting is in scope for the next release.",
        "Can you confirm whether proofing timers per rack made the cut for the spring release?",
    ])
    def test_a_thing_asked_about_is_an_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Our vet nurses want vaccine stock alerts. Is it in progress?",
        "Wishlist item: proofing timers per rack. Yes, no, maybe?",
        "A rival's demo had recipe scaling by tray size. Is that something you do?",
        "We'd find kennel occupancy forecasting very handy. Any chance?",
        "The orchard team asked if you integrate frost alert texting. Do you, or will you?",
        "I hear per-litter weight tracking is in beta. Can we get on it?",
        "Our pharmacists ask whether controlled drug stock screens are possible. Is it?",
    ])
    def test_a_thing_named_then_asked_about_is_an_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "For billing and roadmap questions, please talk to Priya.",
        "Your request is best handled by our facilities lead.",
        "Would it be the same login for the bakery branches, or is there a separate portal?",
        "Should we close the old accounts ourselves or can your support team do it for us?",
        "Our kitchens shut over Easter, so can we schedule for the week after?",
        "The board asked for a cost breakdown by bakery, which I will prepare next week.",
        "Our auditor asks for a letter confirming your data retention policy.",
        "Visitors need hi-vis vests on the yard.",
        "Our owners want fewer suppliers, not more contracts.",
        "Would you be free for a call on Thursday?",
        "Will the signed contract be ready by Friday?",
        "Could Jordan be available on Monday?",
    ])
    def test_neutral_mail_with_an_asks_words_is_no_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestFeatureAskEleventhRound:
    """Issue 10, eleventh round (from dev wording #9's misses and the packaging, status and
    setting questions left on dev #8, #4 and #6; phrasings written for these tests, in trades
    those wordings do not use). The thing's state asked of it (possible, supported, planned, in
    development, in a tier or an add-on, part of a plan), the vendor asked to provide or look
    into it, its status by a noun of news or work, and the thing with a short question after
    it in the same sentence. A setting looked for, a service's packaging, a person's
    availability or a meeting is not."""

    @pytest.mark.parametrize("text", [
        "Is barrel-level yield tracking in our tier, or is it an add-on?",
        "Would cellar door bookings come as part of an update or as a paid module?",
        "Does vintage comparison charting exist on the premium plan? Can't see it.",
        "Will tank temperature alerts support our setup with two bottling sites?",
        "Has grape intake weighing from the scales been prioritised at all?",
        "Is loan renewal by text something your developers would entertain?",
        "Please confirm whether RFID shelf checks are supported.",
        "Let me know if overdue fine waivers by branch will be available in Q2.",
        "hi there, does ur platform support kennel webcam links or no? thx",
        "Are you able to support microchip registry lookups?",
        "Can you look into dosage calculators by body weight for us?",
        "What's the story with hop inventory forecasting? Last we heard it was being scoped.",
        "Have you got anything coming for keg deposit tracking?",
        "Can you confirm if there's work happening on patron self-checkout?",
        "I need an update on fermentation curve alerts.",
        "When you say 'coming soon' for cask rotation reminders, what does soon mean?",
        "Could you tell me where reading challenge badges sit on your priorities?",
        "is keg tap telemetry a thing yet or still vapour lol",
    ])
    def test_a_things_state_asked_is_an_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Wondering about pallet label printing: planned, parked, or dead?",
        "Question for your product people: vaccine reminder texts - planned, in progress, or "
        "not happening?",
        "so the tasting room staff want a loyalty stamp card, is that on ur roadmap or nah",
        "Our Leith taproom wants mash tun scheduling, can do or not?",
        "Tell us more about interlibrary loan tracking - is it in development?",
        "We'd make heavy use of batch recall notices - is it something your team could look at?",
        "We would like to ask for cage occupancy boards. Is this something in your plans?",
    ])
    def test_a_thing_with_its_question_after_it_is_an_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "We need the invoices in Welsh for the council, is there a setting for language?",
        "The export came through with broken accents — is there an encoding setting?",
        "Is support on weekends part of our plan, or would that be extra?",
        "Is training for new staff included?",
        "Can a transfer be done by Friday?",
        "Let me know if the Bristol office is on the way.",
        "Is a second meeting in the plans?",
        "Would a call next week be possible?",
        "Can you provide an estimate by Monday?",
        "Are you able to provide a copy of the invoice?",
        "Does the signed contract exist anywhere?",
        "I need an update on the contract.",
    ])
    def test_neutral_mail_about_what_exists_is_no_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestPlainNoNinthRound:
    """A vague no that avoids the word "no" and the usual idioms (ninth round, dev wording #8
    read 58 % of its vague noes): taking the offer forward negated, letting it go, staying as
    we are said differently, the will for it absent, a poor outlook. Never with a time to come
    back, a condition or a meeting. Phrasings written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "The partners have decided not to proceed with the wider rollout.",
        "Honestly I won't be able to sponsor this internally.",
        "We won't be taking on the additional dashboards.",
        "Let's leave it at that.",
        "My sense is we'll stand pat.",
        "Silence from the board, which here means no.",
        "The depot will carry on without it.",
        "We'll keep to the one warehouse.",
        "We'll make do with the basic edition.",
        "The interest from the regional heads just isn't there.",
        "The stomach for new contracts is basically zero.",
        "That isn't going to fly with procurement.",
        "Your add-on doesn't make the cut for us.",
        "It's too big a step for a firm our size.",
        "Nobody here is willing to sponsor this at the moment.",
    ])
    def test_plain_no_is_vague(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "We won't proceed until the purchase order is signed in March.",
        "Let's leave it until the audit is over.",
        "I'll give the webinar a miss, sorry.",
        "We'll stay small for this quarter and look again after the merger.",
        "Please leave the invoice as it is.",
        "Happy to proceed, the paperwork is with legal.",
    ])
    def test_not_a_plain_no(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(sentence)


class TestOfferMadeNinthRound:
    """Our offer as an offer made or a step up recommended, and subject lines shaped as an offer
    (ninth round, dev wording #8 read 83 % of its offers with a verb and 75 % of its subject-only
    offers). Phrasings written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "Shall I put together a quote for the night-shift pickers?",
        "Would you let me quote the warehouse crew as well?",
        "If it helps, I'm happy to make an offer.",
        "My recommendation is to upgrade the Bristol office to the Scale plan.",
        "I recommend we bring the Lisbon studio onto your contract.",
    ])
    def test_offer_made_is_a_proposal(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "Shall I send the meeting invite for Thursday?",
        "I recommend we move the call to Friday.",
        "I'll send the minutes over by tonight.",
    ])
    def test_not_an_offer_made(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    @pytest.mark.parametrize("subject", [
        "[Quote] Analytics add-on for the planners",
        "Driver seats for the Porto depot",
        "Would Acme like the multi-site tier?",
        "Porto site: extend the licence?",
    ])
    def test_subject_shaped_as_an_offer(self, subject: str) -> None:
        got = detect("Hi Dana,\n\nDetails below.\n\nBest,\nSam", direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL in got.counts

    @pytest.mark.parametrize("subject", [
        "Test plan for the integration",
        "Admin permissions for the store leads",
        "Shift handover notes",
    ])
    def test_subject_not_an_offer(self, subject: str) -> None:
        got = detect("Hi Dana,\n\nNotes attached.\n\nBest,\nSam", direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL not in got.counts


class TestFlatNoTenthRound:
    """A flat no in other words than the ninth round's (tenth round, dev wording #9 read 59 % of
    its vague noes): the matter set aside with no time, growth negated, the matter not moving,
    content with what there is, spend held, the bare no with now. Never with a time to come
    back, a condition, a meeting or a problem. Phrasings written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "Let's shelve the regional rollout.",
        "The dashboard idea has been sidelined, I'm afraid.",
        "We'll set the second warehouse aside.",
        "Right now the firm is shrinking, not expanding.",
        "Upgrading is not on the agenda here.",
        "Frankly, nothing new is being added this side.",
        "The proposal just isn't going anywhere with the directors.",
        "We're perfectly content with what we have.",
        "The crews will manage without it.",
        "We'll stick with the existing package.",
        "The group has a moratorium on new software.",
        "Money is tight at the depot.",
        "We're in cash-saving mode.",
        "No for a good while, sadly.",
        "Realistically, for now, no.",
        "Not the right time for that.",
        "We'd rather hold back.",
    ])
    def test_flat_no_is_vague(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "Let's park it until the audit in May.",
        "The numbers don't add up on the March invoice.",
        "The upload isn't moving past 40 percent.",
        "We'd rather not join the webinar.",
        "Happy to go ahead with the extra seats once the PO clears.",
        "If budget allows, we'll look at expanding after the merger.",
        "The sync hasn't happened yet.",
        "There's no additional charge on the invoice, is there?",
        "Not now.",
        "Keep the heading as is.",
        "Let's put a pin in it and come back to it later.",
        "We can't roll the Lisbon team out without it.",
    ])
    def test_not_a_flat_no(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "She never grasped that expansion follows demand.",
    "He reckons money is tight at the rival firm.",
])
def test_a_report_of_others_is_no_flat_no(sentence: str) -> None:
    assert markers.VAGUE_DECLINE not in kinds(sentence)


class TestOfferStatedEleventhRound:
    """Our offer said as a price, a path up or leave to quote, and subject-line offers under a
    reply or forward prefix or as a bare noun phrase (eleventh round, dev wording #9 read 85 %
    of its offers and none of those under "Re:"/"FW:"). A reply carries an offer only when its
    first lines send the offer's paper and its subject names more. Phrasings written for these
    tests."""

    @pytest.mark.parametrize("sentence", [
        "Going to 60 seats takes the per-user rate down to $18.",
        "Upgrade options for the Porto team: Business now, Enterprise from June.",
        "Side by side: your plan at $640 a month, Premium at $890.",
        "The reporting tier lets your finance lead export by site; it's $300 more a month.",
        "I'd suggest and can offer the audit module ahead of the inspection.",
        "We can offer the reporting add-on free through March.",
        "Ready for me to quote the extra scanners?",
        "Okay to start a quote for the night-shift seats?",
        "Could I put a quote together for the Braga office?",
        "Would it be useful if I prepared a quote for the whole group?",
        "Happy to propose terms.",
    ])
    def test_offer_stated_is_a_proposal(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "Power prices moving to 40 would cost the desk dearly.",
        "The current price of gold at $280 is a floor.",
        "We are going to 12 users on the test server next week.",
        "Shall I quote you on that in the memo?",
        "I can offer you a lift to the station.",
        "Are you okay to quote him on the record?",
        "Our upgrade path for the servers is still unclear.",
    ])
    def test_not_an_offer_stated(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    @pytest.mark.parametrize("subject", [
        "Group licence for the three Porto clinics",
        "Route-planning integration (12 vans)",
        "25-seat upgrade ahead of the new year",
        "Licence extension \u2013 night crew",
        "Covering the Porto bakery as well",
        "Your plan, plus the Braga store",
        "Pilot \u2192 annual contract for the Porto team",
        "Early-renewal discount on Premium",
    ])
    def test_noun_phrase_subject_is_an_offer(self, subject: str) -> None:
        got = detect("Hi Dana,\n\nSee the attached.\n\nBest,\nSam", direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL in got.counts

    @pytest.mark.parametrize("subject,body", [
        ("Re: 15 more driver logins", "Figures attached, as promised."),
        ("FW: premium tier for the Porto depot", "The PDF has the detail."),
        ("RE: RE: adding the scheduling module", "Putting it in writing, as agreed."),
        ("Re[2]: 15 more driver logins", "Figures attached, as promised."),
        ("AW: 15 more driver logins", "Figures attached, as promised."),
    ])
    def test_reply_sending_the_offer_is_an_offer(self, subject: str, body: str) -> None:
        got = detect(f"Hi Dana,\n\n{body}\n\nBest,\nSam", direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL in got.counts

    @pytest.mark.parametrize("subject,body", [
        # a reply that only answers continues the thread; it sends no offer
        ("Re: 15 more driver logins", "Thanks Dana, talk Tuesday."),
        ("Re: premium tier for the Porto depot", "Got it, I'll check with finance."),
        # every reply or forward prefix, counted or in another language, is a reply
        ("Re[2]: 15 more driver logins", "Thanks Dana, talk Tuesday."),
        ("RV: premium tier for the Porto depot", "Got it, I'll check with finance."),
        # a thread named for a price, a pack or a tier-like word is often about what they have
        ("Re: Copper price fixing", "Attached is the signed copy."),
        ("Re: Gold scale calibration", "The certificate is attached."),
        ("Fwd: The agent onboarding pack", "Attaching the deck from Monday."),
        ("Re: Plant passport numbers", "The corrected list is attached."),
    ])
    def test_reply_not_an_offer(self, subject: str, body: str) -> None:
        got = detect(f"Hi Dana,\n\n{body}\n\nBest,\nSam", direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL not in got.counts

    @pytest.mark.parametrize("subject", [
        "Group photo for the offsite",
        "Dashboard (2 issues)",
        "Covering the phones this week",
        "Your plan for the launch",
        "Pilot to full production run",
        "Pilot results for the Porto team",
    ])
    def test_noun_phrase_subject_not_an_offer(self, subject: str) -> None:
        got = detect("Hi Dana,\n\nNotes attached.\n\nBest,\nSam", direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL not in got.counts


@pytest.mark.parametrize("text", [
    "We've got the external audit in the second week of May. After that, we can think about it.",
    "Our trade show is on June 12. Once that's over, I'll give it some thought.",
])
def test_an_event_at_a_time_then_after_it_is_a_concrete_no(text: str) -> None:
    # (eleventh round) the event is the reason, its time the time to come back
    assert markers.CONCRETE_DECLINE in detect(text, direction=R).counts


@pytest.mark.parametrize("text", [
    "We're flat out until April. After that, sure.",
    "The audit was tough. After that, everyone took a break.",
    "Is the audit in May? After that, we can think about it.",
])
def test_a_state_until_a_time_then_after_it_is_no_concrete_no(text: str) -> None:
    assert markers.CONCRETE_DECLINE not in detect(text, direction=R).counts


@pytest.mark.parametrize("text", [
    "Talk in April? Swamped now.",
    "This is the wrong month for it. The start of Q2 is when we'll have capacity.",
    "Ah, things are tight here just now. Perhaps March 2027 when the selling season is over.",
    "We're not there yet; March 2027, most likely.",
    "We're slammed. Easter week?",
    "Our whole crew is underwater with call-outs; April would be the realistic window.",
])
def test_a_put_off_without_a_postponement_verb_is_a_deferral(text: str) -> None:
    # (eleventh round) now is strained and a later month, season or quarter floated alone
    got = detect(text, direction=R).counts
    assert markers.DEFERRAL in got
    assert markers.ACCEPTANCE not in got


@pytest.mark.parametrize("text", [
    "Not yet, sorry. By Thursday.",
    "Busy morning. Friday?",
    "Yes, let's go ahead. The PO should clear in April.",
    "Happy to proceed. April, once the PO is through.",
])
def test_a_day_moved_or_a_yes_waiting_is_no_put_off(text: str) -> None:
    got = detect(text, direction=R).counts
    assert markers.DEFERRAL not in got
    assert markers.VAGUE_DECLINE not in got


def test_a_reason_and_a_date_stays_a_concrete_no() -> None:
    got = detect("No, the budget is frozen until the merger closes. April at the earliest.",
                 direction=R).counts
    assert markers.CONCRETE_DECLINE in got


class TestFeatureAsksTwelfthRound:
    """Issue 10, twelfth round (from dev wording #10's misses, grouped by the construction
    that carries the ask; phrasings written for these tests, in trades no wording uses). The
    vendor or its product asked whether it does or has the thing, the thing's status asked by
    where it stands, whether anything was decided, or an answer sought on it, the thing
    requested or interest in it registered by a verb of the request, and a short follow-up
    (where is it, will you have it, any firmer date) after a sentence that relays or demands
    the thing. Errands, documents, definite things and people are not."""

    @pytest.mark.parametrize("text", [
        "Does the platform do tide-table imports per harbour?",
        "Can the booking engine do mooring waitlists by boat length?",
        "Will you do loaf-count forecasts for the morning bake?",
        "Y'all ever gonna offer exhibit audio guides?",
        "Our curator asked if the planner will get loan-object condition reports.",
        "Do you guys have berth power metering?",
        "Are you going to support gallery occupancy counters?",
    ])
    def test_the_vendor_asked_whether_it_does_the_thing(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Where do things stand on dough proofing timers?",
        "How far along is mooring invoice splitting?",
        "Has there been any decision on crate rotation reminders?",
        "hey any news re sourdough starter logs",
        "Anything new on fuel-dock queue numbers?",
        "I need a straight answer on crew rota swaps before the season.",
        "We'd like to understand your plans around allergen labels by batch.",
        "Can you share when tide-gauge alerts are expected?",
        "Did ticket bundles for school groups make it into the plan for next year?",
        "What's the chance we see rigging inspection reminders by the summer regatta?",
    ])
    def test_the_things_status_asked(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "We'd like to register interest in berth-by-berth water metering.",
        "Put us on the list for oven temperature alerts, whenever they exist.",
        "Formally requesting gallery footfall heatmaps on behalf of the museum trustees.",
        "We kindly request flour stock forecasting to be developed.",
        "What would it take to prioritise sail-locker rentals?",
        "I'd like to ask about adding guided-tour capacity caps.",
        "Is anyone else asking for pastry waste tracking?",
        "if u add harbour-master SMS alerts we're sorted for the whole marina",
    ])
    def test_the_thing_requested_by_a_verb_of_the_request(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "The skippers keep asking the harbour office for fuel dock queues. Is it coming?",
        "Our head baker insists on oven humidity logs before we open the second shop. "
        "Where is it?",
        "We still count crates on a clipboard. Crate rotation reminders would fix that. "
        "Any plans?",
        "Next season the trustees will require donor wall exports. Will you have it?",
        "The volunteers asked again about gallery audio guides. Where are we on that one?",
    ])
    def test_a_follow_up_after_the_thing_relayed_or_demanded(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Do you have the signed berth contract on file?",
        "Can you do the invoice in two parts?",
        "Where do things stand on the contract renewal?",
        "Has there been any decision on the venue for the workshop?",
        "hey any news re my refund",
        "I need a straight answer on pricing before Friday.",
        "Put us on the list for the training day in March.",
        "Our accountant asked about the March invoice. Where is it?",
        "Does the system do anything when a card expires?",
        "Can you share when the engineer is expected?",
        "We kindly request the invoice to be reissued.",
        "Are you going to do anything about the noise on the line?",
        "Do you do the timesheets yourself on Fridays?",
    ])
    def test_errands_documents_and_definite_things_are_no_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestFeatureAsksThirteenthRound:
    """Issue 10, thirteenth round (from dev wording #11's misses, grouped by the construction
    that carries the ask; phrasings written for these tests, in trades no wording uses). The
    thing's life or packaging asked of it (shipped, slipped, in a release, in one tier only,
    sold separately), a capability asked of the thing itself whatever it is called, a status
    noun or a ranking leading the question, a place among its first users or a share in its
    making, the request lodged where the vendor collects them, a heading over the asks, and a
    follow-up after what the vendor said of the thing. Errands, people, times, our own kit and
    definite things are not."""

    @pytest.mark.parametrize("text", [
        "Has lift-pass scanning by phone shipped?",
        "Did kennel occupancy forecasts slip?",
        "Has vaccine reminder texting been deprioritised?",
        "so is keg-return tracking a thing yet",
        "Is hop inventory alerts in Enterprise only?",
        "Can ski-rental waivers be bought separately?",
        "Will batch-cost rollups be in every plan or only the top one?",
        "Is litter weight charting in the next release?",
    ])
    def test_the_things_life_or_packaging_asked(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Does lesson booking support family discounts across siblings?",
        "Will tap-list syncing work with our untappd page?",
        "Can kennel card printing handle microchip numbers?",
        "Could fermentation logging pull from our tank sensors directly?",
        "Is ski-school scheduling going to support split-day lessons?",
        "Our vet lead wants to know if pet-portal messaging supports SMS.",
    ])
    def test_a_capability_asked_of_the_thing_itself(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "ETA on grain bill scaling?",
        "Status check on boarding-kennel webcams, please.",
        "any news abt avalanche-day closures in the booking page",
        "What happened to kennel-cam streaming?",
        "How high on the list is recipe version history?",
        "Kindly advise on the expected availability of brew-day checklists.",
        "brah when keg tracking by QR coming?",
    ])
    def test_a_status_noun_or_a_rank_asked(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Put us down as very interested in lift-line wait estimates.",
        "We'd like to be on the beta list for vaccine stock alerts.",
        "We'd volunteer as a design partner for taproom table ordering.",
        "Happy to co-fund instructor payroll exports.",
        "Would you co-develop kennel cleaning rotas with us?",
        "Could our front desk join a research session on appointment waitlists?",
        "Can you raise grain supplier price feeds with your product team?",
        "I added keg deposit tracking to your ideas board.",
        "Raising ski-locker rentals again.",
        "We request that pet weight trends be considered for a future release.",
        "can u guys add brewery tour bookings",
        "Could you make lesson reminders configurable per instructor?",
    ])
    def test_interest_a_share_or_the_request_lodged(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Top of our list remains batch-level allergen labels.",
        "q for product: ski-pass family bundles yes/no?",
        "Three asks from the vets: 1) kennel occupancy maps 2) dental charting 3) SMS reminders.",
        "Missing instructor availability sync is hurting our weekend bookings.",
        "At the open day you said taproom ordering was weeks away. Has that changed?",
        "The brochure says recipe scaling is 'coming soon'. Is there a date behind that?",
        "Another clinic in our group has vaccine stock alerts. How do we get it?",
    ])
    def test_a_heading_or_a_follow_up_after_what_was_said(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Will Tuesday work for you?",
        "Does 3pm work with your schedule?",
        "Is the customer portal meant to show last year's invoices as well?",
        "Do you know if the new printer supports our label rolls?",
        "Still waiting on legal re: the lease.",
        "We are still waiting for council clearance.",
        "Has the invoice shipped?",
        "Did the delivery slip?",
        "What happened to the meeting notes?",
        "ETA on the replacement part?",
        "Status check on my refund, please.",
        "Could you make the call at three?",
        "Is the training in the next release of the handbook?",
        "Can you raise the invoice with your finance team?",
    ])
    def test_errands_people_times_and_own_kit_are_no_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestFeatureAsksFourteenthRound:
    """Issue 10, fourteenth round (from dev wording #12's misses and false asks, grouped by the
    construction; phrasings written for these tests, in trades no wording uses). The vendor
    asked whether it has a kind of software part or process, the person to ask about a thing,
    a want followed by a short feasibility question, a thing of theirs asked to be tracked or
    linked in the passive. Not asks: "which" picking among what exists, where they do it
    themselves after what they want, a routine step their own device needs, and the vendor's
    documents, offices and people."""

    @pytest.mark.parametrize("text", [
        "Do you have a pallet map for the cold store?",
        "Do you do route planners?",
        "Do you have e-ticketing for the ferry crossings?",
        "Do you have any kind of kennel log?",
        "who do i talk to about lane-level yield forecasting",
        "Who should we speak to about a kiln temperature feed?",
    ])
    def test_the_vendor_asked_what_it_has_or_who_to_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "The kennel staff want a dog-walk rota for weekends. Possible this year?",
        "The brewers want batch-cost rollups for the taproom. Can it be done?",
        "what about ferry manifest sync. still coming?",
        "Could the rental skis be tracked from shop to slope?",
        "Can each hive be linked to the beekeeper who inspected it?",
        "Could the kiln thermometer be connected directly?",
    ])
    def test_a_want_then_feasibility_or_a_passive_capability(self, text: str) -> None:
        assert markers.FEATURE_ASK in kinds(text)

    @pytest.mark.parametrize("text", [
        "Which user group lets the kennel staff see the vaccination log?",
        "which address do the booking confirmations come from, they land in spam",
        "The brewers want a separate tag for sour beers, so where do I create a new tag?",
        "Does the label printer need pairing again after the move?",
        "Do you have a recommended browser?",
        "Do you have an office in Lyon?",
        "Do you have a training video for new staff?",
        "Do you have a reference customer we could call?",
        "Do you have parking at your office?",
        "Who do I talk to about the invoice?",
        "The invoice for June is wrong. Can it be done by Friday?",
        "We need the signed contract back. Possible this week?",
        "Can the meeting be linked to the calendar invite?",
        "Can they be linked to the old account?",
        "And we would love for Mr. Lay to stay for dinner - is this doable?",
    ])
    def test_lookups_own_steps_documents_and_errands_are_no_ask(self, text: str) -> None:
        assert markers.FEATURE_ASK not in kinds(text)


class TestPutoffsTwelfthRound:
    """(twelfth round) One reader of "strain now + a later time"; declining an occasion for this
    time by construction; a state of ours lasting until a later month. Phrasings written for
    the tests."""

    @pytest.mark.parametrize("text", [
        "The warehouse is chaos this fortnight. Perhaps later in the spring.",   # vague later
        "Honestly we're up to our eyes. October, realistically.",                 # month led
        "Revisit in September? We're stretched thin right now.",                  # reversed
        "Our people are running flat out - November at the soonest.",             # clauses
        "The office is packed to the rafters until October.",                     # until-form
    ])
    def test_one_reader_of_strain_then_later(self, text: str) -> None:
        got = kinds(text)
        assert markers.DEFERRAL in got
        assert markers.ACCEPTANCE not in got

    @pytest.mark.parametrize("text", [
        "We were up to our eyes back then. October, mostly.",       # past
        "Busy afternoon here. Thursday?",                            # a weekday moves a meeting
        "Great, count us in. October suits for the kickoff.",       # a yes
        "The crew was flat out. October, mostly.",                   # past
    ])
    def test_strain_readers_keep_their_gates(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)

    def test_a_request_to_move_then_a_bare_not_now_stays_a_vague_no(self) -> None:
        got = kinds("We'll hold back on it. Nothing in particular, just not the moment.")
        assert markers.VAGUE_DECLINE in got or markers.DEFERRAL not in got

    @pytest.mark.parametrize("text", [
        "I'll give the harbour cruise a swerve this year, thanks all the same.",
        "We're going to take a bye on the spring mixer.",
        "Think I'll sit this particular roundtable out.",
        "Please count the Lisbon team out for this edition of the forum.",
        "I'll steer clear of the partner breakfast for now.",
        "Our planners will step back from the advisory council for the time being.",
        "I'll leave the awards evening to my colleagues this year.",
        "No can do on the supplier tasting this time, sorry.",
        "Kindly excuse me from the kick-off on this occasion.",
    ])
    def test_declining_an_occasion_for_this_time_is_a_deferral(self, text: str) -> None:
        got = kinds(text)
        assert markers.DEFERRAL in got
        assert markers.ACCEPTANCE not in got

    @pytest.mark.parametrize("text", [
        "I'll pass it along to the events team.",                     # an errand
        "We skipped the gala last year and regretted it.",           # past
        "Can we skip the demo and go straight to pricing?",           # a question
        "I'll give the upgrade a swerve for now.",                     # what we sell: an open no
        "Not for us, thanks.",                                        # no occasion: an open no
        "He will sit the March 3 session out.",                      # a date
    ])
    def test_what_is_no_declined_occasion(self, text: str) -> None:
        assert not markers._declines_occasion(text.lower())

    @pytest.mark.parametrize("text", [
        "Our diary is solid red until October.",
        "Nothing spare on our side till November.",
        "We won't have any headspace till October.",
        "Until October there's simply no room here.",
    ])
    def test_a_state_of_ours_until_a_later_month_is_a_deferral(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "Pat is unreachable until October.",                  # someone else's: an assistant
        "No new licences until October, I'm afraid.",          # what we sell: an open no
        "Our diary was solid red until October.",             # past
    ])
    def test_an_until_state_not_ours_or_about_buying_is_no_put_off(self, text: str) -> None:
        assert not markers._within_one_sentence(text)

    @pytest.mark.parametrize("text", [
        # a greeting's wish, negated or not, then the body's own times
        "Hi Dana, hope you're keeping well and not too snowed under.\n\n"
        "The auditors want the ledger export by the end of the quarter.",
        "Hi Dana, hope the week hasn't been too hectic.\n\nWe tried the export in the autumn too.",
        "Hello Dana, trust you're keeping busy.\n\nCould you send the rota for the autumn term?",
        # small talk's chaos, then an unrelated question naming a later season
        "The twins are home for half-term so the flat is chaos.\n\n"
        "Which region hosts the backups for Q3?",
        # a cause named, no strain of ours
        "Thanks for steering us through the peak season migration.\n\n"
        "The finance board signed it off in October.",
    ])
    def test_small_talk_strain_then_a_time_is_no_put_off(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)


class TestPutoffsThirteenthRound:
    """(thirteenth round) Put-offs the readers missed by construction: later months the
    month-led reader lacked ("May" with no verb after it, the second quarter, the back half of
    Q1, next summer), a clause break at a lower-case full stop, "til"/"through" in the until
    form, being asked to be contacted later, booked again for a later time, a gerund leading a
    postponement, another occasion as the whole answer, and more ways to abstain from an
    occasion. Phrasings written for the tests."""

    @pytest.mark.parametrize("text", [
        "Honestly the crew is flat out. Possibly May.",                    # May, no verb after
        "We're at full stretch. the fourth quarter, most likely.",         # lower-case clause
        "Stretched thin here; the back half of Q3 at best.",               # back half
        "Run off our feet right now. Next summer, maybe.",                 # next season
        "snowed under til late October",                                  # til
        "Our welders are fully booked through mid-November.",              # through, ours
    ])
    def test_later_months_the_month_led_reader_lacked(self, text: str) -> None:
        got = kinds(text)
        assert markers.DEFERRAL in got
        assert markers.ACCEPTANCE not in got

    @pytest.mark.parametrize("text", [
        "We're swamped. May I ask you to resend the invoice?",          # "may" the verb
        "Pat is fully booked with the auditors through October.",       # an assistant's
        "The lease runs through the second quarter.",                    # no strain
        "We were flat out. Possibly May.",                               # past
    ])
    def test_what_the_month_led_reader_still_leaves(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)

    @pytest.mark.parametrize("text", [
        "Try us again in the autumn.",
        "Could you try me around mid-October?",
        "Shoot me a note in the second half of Q3.",
        "Give us a buzz in late September.",
        "Let me loop back after the summer.",
    ])
    def test_asked_to_be_contacted_later_is_a_deferral(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "Give me a call if the courier is late.",                              # no later time
        "Drop me a line when the pallets arrive.",                             # an event
        "Our ledger is frozen till October, try me then about the renewal.",  # not leading
    ])
    def test_contact_me_not_leading_or_without_a_later_time(self, text: str) -> None:
        assert not markers._CONTACT_ME_LATER.match(text.lower()) or not markers._far(
            text.lower(), markers._words_of(text.lower()))

    def test_contact_me_later_with_its_reason_is_no_put_off(self) -> None:
        s = "try us in mid-october when the new crew starts."  # a concrete no's revisit date
        assert not markers._is_deferral(s, markers._words_of(s), markers._far(
            s, markers._words_of(s)))

    @pytest.mark.parametrize("text", [
        "Could you rebook the review for October?",
        "Rebooking to late September, sorry.",
        "Tabling the rollout until the autumn.",
        "Punting to early October.",
        "Shelving it for now. Let's reopen in October.",
    ])
    def test_booked_again_or_a_gerund_postponement_is_a_deferral(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "Perhaps another time.",
        "Some other day, maybe.",
        "The next one, hopefully.",
        "On another occasion, perhaps.",
    ])
    def test_another_occasion_as_the_whole_answer_is_a_deferral(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "Next time, please attach the PO.",               # an instruction
        "Another time we tried the API it worked.",        # a story
        "The next one is on the 14th.",                    # a date
    ])
    def test_another_occasion_inside_a_sentence_is_no_deferral(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)

    @pytest.mark.parametrize("text", [
        "Giving the harbour cruise a miss this year.",
        "Begging off the partner breakfast, I'm afraid.",
        "We'll watch from the sidelines on this one.",
        "Please take us off the list for this edition.",
        "Put us down as a no for this round.",
        "I must send my regrets for the roundtable.",
        "We won't take you up on the invitation this time.",
        "I'm afraid we can't participate on this occasion.",
        "Gonna rain-check the mixer.",
        "That one's a no-go for me.",
    ])
    def test_more_ways_to_abstain_from_an_occasion(self, text: str) -> None:
        got = kinds(text)
        assert markers.DEFERRAL in got
        assert markers.ACCEPTANCE not in got

    @pytest.mark.parametrize("text", [
        "We'd be glad to take you up on the invitation.",     # a yes
        "We sent our regrets to the board last year.",        # past
        "Sure, we'll come this time.",                        # a yes
        "Regrets aside, the rollout went well.",               # no abstention
    ])
    def test_what_is_no_abstention(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text)


class TestPutoffsFourteenthRound:
    """(fourteenth round) Put-offs and redirects the readers missed by construction: a later
    time named by its year ("early 2027", "the spring of 2027", "December 2027, possibly."),
    more ways to say the timing is bad or too much is going on, and someone at hand for you
    after someone away; and false put-offs in small talk: a noun "table" or "park", a task
    done at last, a thing "full of" things. Phrasings written for the tests."""

    @pytest.mark.parametrize("text", [
        "Rough timing, sorry. late 2028.",                          # year with a part of it
        "We're flat out. the autumn of 2028, perhaps.",                # season of a year
        "November 2028, possibly.",                                   # month and year alone
        "H2 2028 at the earliest.",                                   # half and year
        "Q4 2028 soonest. sorry",                                     # an apology closing it
        "The timing couldn't be worse. Maybe March.",                 # could not be worse
        "Too much going on at the depot, maybe next quarter.",       # too much going on
    ])
    def test_a_later_time_by_its_year_or_a_bad_spell_in_more_words(self, text: str) -> None:
        assert markers.DEFERRAL in kinds(text)

    @pytest.mark.parametrize("text", [
        "We renewed the lease in March 2024, it was a relief.",       # past report
        "Invoice 2028-0017 is attached.",                              # a number, no time
        "Our 2028 catalogue is at the printer.",                       # a year naming a thing
        "The rafters are finally stacked for the barn, a good day.",   # a task done at last
        "I fixed the bike on the kitchen table this weekend.",         # table the noun
        "Hello Dana, greetings from a shed full of tools.",            # full of things
        "October 2028",                                                # a date line
        "- Minutes August 2028.doc",                                   # a file's name
    ])
    def test_years_nouns_and_tasks_done_are_no_put_off(self, text: str) -> None:
        assert markers.DEFERRAL not in kinds(text + "\n\nThe orchard came right past the "
                                              "gate this year, quite a sight.")

    @pytest.mark.parametrize("text", [
        "Pat is off grid till spring. Jordan is around for anything you need.",
        "Pat is on the rig through March. Jordan is here to help in the meantime.",
        "Pat is travelling all month. Jordan is on hand if you need anything.",
    ])
    def test_someone_away_then_someone_at_hand_is_a_redirect(self, text: str) -> None:
        got = detect(text, direction=R).counts
        assert markers.ASSISTANT_REDIRECT in got and markers.POINTS_ELSEWHERE in got

    def test_someone_around_for_an_event_points_nowhere(self) -> None:
        assert markers.POINTS_ELSEWHERE not in detect(
            "Jordan is around for the conference next week.", direction=R).counts


class TestHolidayPutoffsFourteenthRound:
    """(fourteenth round) A holiday or a break named in one sentence and only the time after
    it in the next is a put-off to the break (a deferral counted as one to a holiday, which
    procrastination leaves to the season). Phrasings written for the tests."""

    @pytest.mark.parametrize("text", [
        "Over the holidays the depot runs on a skeleton crew. February, please.",
        "Christmas week is dead here. The second week of January is fine.",
        "The studio shuts for the festive break. After that.",
        "We close for Diwali. Let's pick it up in the new year.",
    ])
    def test_a_break_then_only_the_time_after_it(self, text: str) -> None:
        got = detect(text, direction=R).counts
        assert got.get(markers.DEFERRAL) and got.get(markers.HOLIDAY_BREAK)

    @pytest.mark.parametrize("text", [
        "We spent Christmas with the grandchildren. January is always grey.",   # past
        "Merry Christmas to you and yours! January, then.",                     # a season wish
        "Closed for the Christmas period, returning the 17th. The shop reopens then.",  # OOO
        "Out of office for the holidays. Messages will be answered after the break.",  # OOO
        "We've got the fire inspection in Easter week. After that I'll think about it.",  # an event
    ])
    def test_no_put_off_to_a_break(self, text: str) -> None:
        assert not markers._break_then_after(*split_sentences(text)[:2])


class TestOffersAndNoesThirteenthRound:
    """Our offers in a trade's own nouns (a yard, a vessel, a crew, a route's tablets), a term in
    months or seasons, a tier by its rank, a unit set under what they hold, asked in other
    frames; a reply's paper by its other names; and the customer's no said as a verdict, a move
    refused, staying as they are or passing (thirteenth round, dev wording #11 read 74 % of its
    offers and 50 % of its vague noes). Phrasings written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "A third packing shed on the same plan would be $210 a month.",
        "An 18-month extension takes 8 percent off the monthly fee.",
        "Another two seasons at today's rate come to $7,900.",
        "Tier three for the Lisbon depots: $1,300 more per quarter.",
        "The Braga workshop under your account at the group rate: $60 a month.",
        "Fancy adding the Faro boatyard as a third site?",
        "Is there any interest in stretching the contract to four years?",
        "Would the cooperative consider one shared account for all its farms?",
        "What would it take to get the second boat on the system?",
        "Five-year fixed rate for the cooperative: $4,100 a year.",
    ])
    def test_offer_in_trade_words_is_a_proposal(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "Highlights on page 1, station detail on pages 2 to 9.",
        "The van tablets are registered under your account, 14 devices in all.",
        "Writing a third time about site access for our engineer. Who should I ask instead?",
        "The building permit fees are due on Friday.",
    ])
    def test_trade_words_alone_are_no_offer(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    @pytest.mark.parametrize("subject,body", [
        ("Re: second boat on the platform", "The table is at the bottom of this email."),
        ("Fwd: tier three for the Lisbon depots", "Slides attached; slide 2 has the detail."),
        ("Re: Braga workshop under your account", "Attached for your records."),
    ])
    def test_reply_sending_the_offer_in_trade_words(self, subject: str, body: str) -> None:
        got = detect(f"Hi Dana,\n\n{body}\n\nBest,\nSam", direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL in got.counts

    @pytest.mark.parametrize("sentence", [
        "The co-op board said no.",
        "We won't be taking that up.",
        "The ferry side won't be moving up.",
        "The drivers won't need their own logins.",
        "We'll stay on the small plan.",
        "The second shed stays off the system.",
        "The owners decided to remain with one shed.",
        "Will pass on the extension.",
        "The partners aren't interested.",
        "I wouldn't bank on it.",
    ])
    def test_no_in_other_words_is_a_vague_decline(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "No.",                                          # terse, weighed as terse
        "Not needed.",
        "Pat won't be joining; she has handed this to Jordan.",
        "I'm going to leave this one at the gate.",
        "He said no problem, the invoice is fine.",
        "We won't take that up until the board meets in June.",
    ])
    def test_not_a_no_in_other_words(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(sentence)


class TestFirstAsAnOrdinal:
    """"We need X first" puts X before any expansion (a vague no); "first" as an ordinal ("for
    the first time", "the first half") says nothing of the kind, whatever the verb before it
    (thirteenth round's guard: a dev #5 small talk, "we're hosting ... for the first time",
    read as a no under an offer seen in a reply's subject). Phrasings written for these tests."""

    @pytest.mark.parametrize("sentence", [
        "We're hosting the family reunion for the first time this summer, pray for me.",
        "I'm running the relay for the first time in ten years.",
        "We're spending the first week of the holidays at the lake.",
    ])
    def test_an_ordinal_first_is_no_decline(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(sentence, R)

    @pytest.mark.parametrize("sentence", [
        "We're finishing the migration first.",
        "We need to sort out the billing first.",
    ])
    def test_first_as_before_anything_else_stays_a_decline(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(sentence, R)


class TestOffersAndNoesFourteenthRound:
    """Our offer as a proposal put as a question, a thing added to what they hold or to our
    quote, a trade's centre, an ordinal past the third, two places priced as one, in more
    offering frames; and the customer's no as what was decided or an offer refused by whoever
    decides (fourteenth round, from dev wording #12's missed accounts). Phrasings written for
    these tests."""

    @pytest.mark.parametrize("sentence", [
        "Would a quote for three more kilns be useful before the spring board?",
        "Could I send the trustees a proposal for the whole federation?",
        "Shall we talk about adding the sorting centre in Ghent?",
        "What if we added the Porto bakery to your plan from June?",
        "Would it help to bring the night shift onto your current plan?",
        "Any objection if I include the harbour kiosk in the next quote?",
        "The Ghent warehouse as a fifth site would be $180 a month.",
        "Might I propose we add the cooperage to the contract?",
    ])
    def test_offer_asked_or_added_is_a_proposal(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL in kinds(sentence, S)

    @pytest.mark.parametrize("sentence", [
        "Could you send a proposal for the whole federation?",   # one asked of them
        "Would they send a proposal for the whole federation?",
        "We added the Porto office to the distribution list.",
        "Is there a quote for the new printer yet?",
    ])
    def test_proposal_asked_of_them_or_a_list_is_no_offer(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)

    @pytest.mark.parametrize("subject,body", [
        ("Re: Ghent warehouse as a fifth site", "The file is attached, two pages."),
        ("Re: the bakery and the cafe on one site", "Everything is in the attachment."),
    ])
    def test_reply_sending_an_ordinal_or_merged_site(self, subject: str, body: str) -> None:
        got = detect(f"Hi Dana,\n\n{body}\n\nBest,\nSam", direction=S, subject=subject)
        assert markers.EXPANSION_PROPOSAL in got.counts

    @pytest.mark.parametrize("sentence", [
        "The partners' decision was to drop it.",
        "The trustees have turned down the extension.",
        "Finance rejected the add-on.",
        "The verdict was not to proceed.",
    ])
    def test_decided_no_is_a_vague_decline(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        "The decision was to leave it for now.",        # for now: a spell, not a no
        "We declined the invoice because the PO number was wrong.",
        "The decision was to go ahead with the upgrade.",
    ])
    def test_decided_otherwise_is_no_vague_decline(self, sentence: str) -> None:
        assert markers.VAGUE_DECLINE not in kinds(sentence)

    @pytest.mark.parametrize("sentence", [
        # a share of a count is a statistic, not terms (Enron's "17 percent of the 90,000
        # volunteers"); "more" before a phrase of place counts no unit ("... and more at each
        # workshop")
        "So far the council has signed up 12 percent of the 4,000 drivers it needs.",
        "Vendors will bring samples, brochures and more at each workshop, free of charge.",
    ])
    def test_a_share_or_more_of_a_place_is_no_offer(self, sentence: str) -> None:
        assert markers.EXPANSION_PROPOSAL not in kinds(sentence, S)
