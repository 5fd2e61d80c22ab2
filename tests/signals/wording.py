"""Wording pools for the scenario builder: many paraphrases, split in two halves.

`split="tune"` draws from even-indexed phrases (the tests we tune on), `split="eval"` from the
odd-indexed ones (`make eval`), so the evaluation reads wording the thresholds never saw.
Each phrase is ours, not PRODUCT.md's; slots: {me} {topic} {month} {day} {feature} {junior}
{exec} {company} {date} {city} {n}.
"""

from __future__ import annotations

import random

WARM_GREETING = [
    "Hi {me}!", "Hey {me}, hope your week is off to a good start.", "Good morning {me}!",
    "Hello {me}, hope all is well on your end!", "Morning {me}!",
    "Hi {me}, hope you had a restful weekend.", "Hey there {me}!",
    "Hello {me}! Hope things are calm on your side.", "Hi {me}, happy Friday!",
    "Dear {me}, hope you're doing well.", "Hey {me}, great to hear from you!",
    "Hi {me}, hope the week is treating you kindly.", "Hiya {me}!",
    "Good afternoon {me}, hope you're keeping well.", "Hi {me} — lovely to hear from you.",
    "Hey {me}! Hope you're surviving the Monday.",
]

SMALL_TALK = [
    "How was the trip to {city}?", "The kids are finally back at school, so things are calmer.",
    "We just got back from a long weekend at the lake, much needed.",
    "Hope the weather is kinder over there than it is here.",
    "Congrats again on the new office, the photos looked amazing.",
    "Still recovering from our team offsite, it was a blast.",
    "Did you end up catching the game on Sunday?",
    "My daughter started soccer this month, so my Saturdays are gone.",
    "Writing this from the airport, so excuse any typos.",
    "Hope you had a good break with the family.",
    "I'm back from parental leave this week and slowly catching up.",
    "We finally moved into the new building, coffee machine included.",
    "How did the half marathon go?", "Our whole floor is out sick this week, send soup.",
    "Hope the renovation is nearly done at your place.",
    "It was great to finally meet in person in {city}.",
    "I've been binge-watching the show you recommended, thank you for that.",
    "The team is still talking about the dinner last month.",
    "Hope your dog has recovered from the surgery.",
    "We had our summer party yesterday, everyone is a bit slow today.",
]

COMPLIMENT = [
    "Your team's help on the migration was outstanding.",
    "Really appreciate how quickly you turned that around.",
    "The new dashboard looks great, people here love it.",
    "Great session yesterday, very useful for the group.",
    "Kudos to your support folks, they were fantastic.",
    "That walkthrough was super helpful.", "You made our rollout look easy.",
    "Honestly the best vendor onboarding we've had.",
    "Loved the release notes this month, very clear.",
    "The training your team ran was spot on.",
    "Impressive work on the fix, nobody noticed a thing.",
    "Big thanks to your engineers, that was a tough one.",
]

THANKS = [
    "Thanks so much!", "Thanks again for your help.", "Many thanks.",
    "Thank you for the quick answer.", "Appreciate it, thanks!", "Thanks a ton.",
    "Thank you, this is really helpful.", "Much appreciated!", "Thanks for jumping on this.",
    "Thanks for all the support.", "Grateful for the quick turnaround, thank you.",
    "Thanks as always.",
]

EMOJI = [" 🙂", " 😊", " 🎉", " 👍", " 🙌", " 😄"]

BODY = [
    "We reviewed {topic} with the team and it looks fine.",
    "I've attached the updated list for {topic}.",
    "We ran {topic} again this morning and the numbers match.",
    "{topic} is scheduled for {day} on our side.",
    "Quick update on {topic}: IT approved the change.",
    "For {topic}, legal signed off, so we can move ahead.",
    "The numbers for {topic} came in a little lower than expected, but nothing alarming.",
    "We'd like to loop in two more people from finance on {topic}.",
    "Our admin will handle {topic} this week.",
    "I checked {topic} and the fix works on our end.",
    "We've rolled {topic} out to the second team.",
    "Can you confirm {topic} will be ready by {day}?",
    "Could you resend the link for {topic}? It expired.",
    "We're still waiting on security to review {topic}.",
    "Everything around {topic} went smoothly.",
    "Sharing the notes from our side on {topic}.",
    "I'll have the spreadsheet for {topic} over by {day}.",
    "Two of our users had trouble logging in during {topic}, but it resolved itself.",
    "The steering group was happy with {topic}.",
    "Let's use the same format as last time for {topic}.",
]

FEATURE_ASK = [
    "Is there a way to push the reports straight into {feature}?",
    "Any news on the {feature} integration you mentioned?",
    "Does the API support bulk updates yet?",
    "When do you expect single sign-on with {feature} to land?",
    "Could the dashboard break numbers down by region? Our ops team keeps asking.",
    "Is a {feature} connector on the roadmap?",
    "We'd love to schedule exports automatically, is that planned?",
    "Can we set different permissions per team?",
    "What's the timeline for the mobile app?",
    "Would it be possible to add custom fields to the intake form?",
    "Do you support webhooks for status changes?",
    "Is anything coming for audit logs? Compliance is asking.",
    "Could you add a French version of the interface for our Lyon office?",
    "Are you planning a sandbox environment we could test in?",
    "Can the tool sync with {feature} both ways?",
    "Will there be an on-prem option at some point?",
    "Can we get usage analytics per user?", "Is there an SDK for Python on the roadmap?",
    "How hard would it be to support SAML for our contractors?",
    "Any chance of a bulk import from CSV in the next release?",
]

DEFERRAL = [
    "Things are hectic here at the moment, can we pick this up next month?",
    "Let's park this until after our planning cycle in {month}.",
    "We're swamped with year-end, could we revisit in a few weeks?",
    "I need to push our conversation to later in {month}, sorry about that.",
    "Can we circle back on this after the {month} board meeting?",
    "Let's regroup on this in the new quarter.",
    "Not a great time on our end, let's touch base again in {month}.",
    "My calendar is a mess until {month}, can we move this out?",
    "Could we put this on hold for a few weeks? Too much going on.",
    "Let me come back to you on this once things settle down, probably in {month}.",
    "We'll need to postpone, maybe try again in a month or so.",
    "Can this wait until the second half of {month}?",
    "I'd rather look at this after the reorg, so {month} at the earliest.",
    "Let's reconvene on this in a couple of weeks.",
    "Pushing this to next month would really help us.",
    "We should probably revisit this later in the fall.",
]

VAGUE_DECLINE = [
    "We'd rather stick with what we have for now.",
    "I don't think we're ready to expand at this point.",
    "Let's keep things as they are for the moment.",
    "We need to get our house in order first before adding anything.",
    "Not something we can take on right now, but thanks for thinking of us.",
    "We're going to hold off on changes to the plan for now.",
    "Probably not the right time for us, maybe down the road.",
    "We're focused on simplifying our stack first, so we'll pass for now.",
    "I'll keep it in mind, but we won't be adding anything at this stage.",
    "For now we'll stay on the current package.",
    "We prefer not to grow the footprint until we've digested what we have.",
    "Let's leave the scope where it is for the time being.",
    "I don't see us moving on this in the near term.",
    "We want to consolidate what we already use before looking at more.",
]

CONCRETE_DECLINE = [
    "We can't add seats this quarter because of a budget freeze that ends March 1; "
    "let's revisit then.",
    "Procurement reopens in January, please send the quote again on January 15.",
    "Finance capped new spend until our fiscal year starts in April, ping me April 2.",
    "We're blocked until the security audit closes on December 10; happy to talk after that.",
    "The London office only opens in February, so let's discuss regions on February 3.",
    "Our contract review is scheduled for January 20, bring this proposal to that meeting.",
    "Budget for new modules is decided on November 28; I'll come back to you that week.",
    "Headcount for that team is approved in Q1, so let's pick the seats up on January 12.",
]

ACCEPT = [
    "Sounds good, send over the order form and I'll get it signed.",
    "Yes, let's do it. Can you send the paperwork?",
    "That makes sense for us, please prepare the quote.",
    "Great idea, the team has been asking for exactly that.",
    "Let's go ahead, I'll loop in procurement.",
    "Happy to move forward, what do you need from us?",
    "Yes please, we'll take the upgrade.",
    "Works for us, let's add them from next month.",
]

TERSE = [
    "Attached.", "Noted.", "Done.", "Ok.", "Confirmed.", "Received.", "Fine by me.",
    "See attached.", "Will do.", "Approved.", "Yes.", "Ok, works.", "Signed copy attached.",
    "Got it.", "Agreed.", "Fine.", "Sent.", "Correct.", "No changes.", "Ok, go ahead.",
]

ASSISTANT_REDIRECT = [
    "{exec} asked me to reply on her behalf: going forward, please work with {junior} on this.",
    "I manage {exec}'s calendar; she won't be able to take this, {junior} will handle it.",
    "On behalf of {exec}: please direct this to {junior}, who owns the topic now.",
    "{exec} has asked that you coordinate with {junior} from now on.",
    "I'm replying for {exec}, who is unavailable. {junior} is your point of contact.",
    "As {exec}'s assistant, I'd suggest sending this to {junior} instead.",
    "{exec} won't be joining; she has delegated this to {junior}.",
    "Executive office of {exec} here: please take this up with {junior}.",
]

LEFT_COMPANY = [
    "{exec} is no longer with {company}. Please direct your inquiries to {junior}.",
    "Thank you for your email. {exec} has left {company} and this mailbox is not monitored.",
    "Please note {exec} no longer works at {company}; contact {junior} instead.",
    "{exec} has moved on from {company}. For anything urgent, write to {junior}.",
    "This address is no longer active. {exec} has left the company.",
    "{exec} is not with {company} anymore; your message has not been forwarded.",
]

OUT_OF_OFFICE = [
    "I'm out of the office until {date} with limited access to email.",
    "Thanks for your message. I am away and will reply when I return on {date}.",
    "I'm on vacation until {date}. For urgent matters contact {junior}.",
    "Currently traveling with patchy connectivity until {date}; I'll answer when back.",
    "I am out until {date}. Your email will not be forwarded.",
    "Away from my desk until {date}, I'll get back to you then.",
]

HOLIDAY_DEFERRAL = [
    "Most of the team is off until mid-{month}, can we pick this up after the break?",
    "Let's resume once everybody is back from the holidays.",
    "We're closed for the holiday period, let's reconnect after.",
    "Half the office is away, let's come back to this after the break.",
]

SENT_BODY = [
    "Following up on {topic}: the new build is live.",
    "Sharing the notes from today's call on {topic}.",
    "Quick question on {topic}: who should be the admin on your side?",
    "Here is the summary of {topic} as promised.",
    "Just checking that {topic} went well for your team.",
    "The fix for {topic} shipped this morning, let me know if anything looks off.",
    "I've set up {topic} for {day}, invite on its way.",
    "Attaching the report for {topic}.",
    "Can you confirm the list of users for {topic}?",
    "Reminder that {topic} is coming up on {day}.",
    "Our engineers looked at {topic} and have a suggestion.",
    "Let me know if {topic} needs anything else from us.",
]

EXPANSION_PROPOSAL = [
    "Given how the rollout went, would it make sense to extend licences to your {city} team?",
    "We could add the analytics module for your finance group; happy to put together a quote.",
    "You're close to your seat limit; shall I send a proposal for {n} more seats?",
    "The Enterprise tier would give you SSO and audit logs, want me to prepare pricing?",
    "We're launching in EMEA next quarter, would you like to bring your London office on?",
    "I'd suggest upgrading to the Premium plan before the busy season, I can send numbers.",
    "Would you consider adding the forecasting module? It fits what you described.",
    "We could expand the contract to cover the {city} warehouse as well.",
    "An extra {n} seats would cover the new hires you mentioned, shall I draft an order?",
    "Your usage suggests the Business tier would save you money, interested in a quote?",
    "We now offer the compliance add-on; I think it would help your audit team.",
    "Would it help to roll the platform out to the support organisation too?",
]

NUDGE = [
    "Just bumping this up in case it got buried.", "Any thoughts on the note below?",
    "Circling back on my previous email.", "Did you get a chance to look at this?",
    "Gentle follow-up on the proposal below.", "Checking in on this one.",
]

# --- the language gaps of issue 10 (new worlds): our wording, split like the rest ----------

# Our proposals as plain statements of what more would look like or cost: no "propose",
# "offer" or "quote" in the sentence.
PROPOSAL_STATEMENT = [
    "For the {city} team, {n} additional seats come to $9,400 a year at your current rate.",
    "The Enterprise tier is $18 per user per month and includes SSO, audit logs and a named CSM.",
    "Moving everyone to Premium would put you at roughly $31k a year, priority support included.",
    "Extending the contract to the {city} warehouse adds about $6,000 to the annual fee.",
    "Here is what the Business tier looks like for you: unlimited projects and advanced "
    "reporting at $14 a seat.",
    "Bringing finance onto the platform would mean {n} more licences, billed from next month.",
    "The Growth plan runs $2,100 a month for up to 150 users.",
    "With the forecasting module your plan would be $450 more per month.",
    "Data residency is a flat $3,000 a year on top of your subscription.",
    "Rolling the platform out to support would be another {n} seats at the discount you have "
    "today.",
    "At 200 seats the per-seat price drops to $11.",
    "The next tier up adds API access and custom roles for an extra $5 per seat.",
]

# Proposals whose offer is only in the subject line; the first lines just point at it.
PROPOSAL_SUBJECT = [
    "Pricing for {n} additional seats", "Enterprise tier for your team",
    "Upgrade quote: Premium plan", "Extending your licence to the {city} office",
    "Analytics module: numbers for your team", "Business tier proposal",
    "Adding the support team: costs", "Options for a bigger plan next year",
]
PROPOSAL_SUBJECT_BODY = [
    "As discussed, the figures are below.", "Numbers attached, happy to walk you through them.",
    "Here is what we put together after our call.", "Sharing this ahead of your planning meeting.",
    "Please find the details in the attached PDF.", "I've put the breakdown in the table below.",
]

# Deferrals without a postponement verb: the timing is bad, a vague later time is floated.
DEFERRAL_NO_VERB = [
    "Timing is tough on our side right now; maybe early next year?",
    "Honestly this quarter is spoken for. Sometime in the spring, perhaps.",
    "Not the best moment for us. After the audit would be better.",
    "Bad timing with the reorg going on, {month} at the earliest.",
    "Our plate is full until {month}, realistically.",
    "The next few weeks don't look good for us, probably {month}.",
    "It's a difficult period for the team, perhaps later in the year.",
    "Now isn't ideal. Maybe once the new budget year starts?",
    "Right now is not a good window for us, more like {month}.",
    "This is a crunch period for us; after the holidays sounds more realistic.",
]

# Declining an invitation for now, as idioms.
INVITE_DECLINE_IDIOM = [
    "Rain check for me this time, if that's alright.",
    "We're going to sit out this round, keep us in the loop.",
    "Count us out for this round.",
    "I'm going to pass this time around.",
    "Not this time, I'm afraid, maybe the next one.",
    "I'll have to bow out of this one.",
    "We'll skip this session and catch a later one.",
    "Going to give this one a miss, sorry.",
]

# Assistant redirects that describe the executive's lack of availability.
ASSISTANT_UNAVAILABLE = [
    "{exec}'s calendar is fully committed through year-end; {junior} can help you with this.",
    "{exec} isn't taking vendor meetings this quarter. {junior} is the best person to speak "
    "with.",
    "Unfortunately {exec} has no availability in the coming weeks, so please work with {junior}.",
    "{exec}'s schedule won't allow for it at present; {junior} will be able to assist.",
    "{exec} is tied up with the board for the foreseeable future, and {junior} can pick this up.",
    "I'm afraid {exec} can't make time for this; {junior} handles these conversations now.",
    "{exec} is fully booked, but {junior} would be glad to meet instead.",
    "{exec} won't be available for this. I'd suggest connecting with {junior}.",
]

SIGNOFF_WARM = ["Cheers,", "Best,", "Talk soon!", "Warmly,", "All the best,", "Have a great week,"]
SIGNOFF_PLAIN = ["Regards,", "Thanks,", "Best regards,", "-", ""]

TOPICS = [
    "onboarding for the support team", "the Q3 usage report", "SSO configuration",
    "invoice 2291", "API rate limits", "the data export", "the training session",
    "the renewal paperwork", "the Denver pilot", "dashboard permissions", "weekly sync notes",
    "integration testing", "the migration timeline", "user provisioning",
    "the security questionnaire", "the billing contact change", "the sandbox refresh",
    "the admin handover", "the reporting templates", "the rollout plan",
]

FEATURES = ["Salesforce", "Snowflake", "HubSpot", "Okta", "Azure AD", "NetSuite", "Slack",
            "Jira", "Workday", "BigQuery"]
CITIES = ["Lisbon", "Denver", "Austin", "Montreal", "Lyon", "Chicago", "Berlin", "Seattle"]
MONTHS = ["November", "December", "January", "February"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def pool(items: list[str], split: str) -> list[str]:
    """The half of a list a split may use (even indexes to tune, odd to evaluate)."""
    if split == "all":
        return items
    return items[0::2] if split == "tune" else items[1::2]


def pick(rng: random.Random, items: list[str], split: str, **slots: str) -> str:
    text = rng.choice(pool(items, split))
    defaults = {"me": "Sam", "topic": rng.choice(TOPICS), "month": rng.choice(MONTHS),
                "day": rng.choice(DAYS), "feature": rng.choice(FEATURES),
                "city": rng.choice(CITIES), "n": str(rng.choice([10, 15, 20, 25, 40])),
                "junior": "our team", "exec": "she", "company": "us", "date": "Monday"}
    defaults.update(slots)
    return text.format(**defaults)
