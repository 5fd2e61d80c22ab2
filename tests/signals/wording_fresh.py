"""Fresh evaluation wording, written apart from the detectors: an untouched labelled split.

Same pool names and slots as `wording.py`, so the scenario builder can draw from either module
(`W.pick(rng, W.DEFERRAL, split)`), plus pools for constructions the engine was found to miss on
mail written outside the team (proposals stated as plain facts or only in a subject line,
deferrals with no postponement verb, idioms that decline for now, assistants describing an
executive's lack of availability, ...). Every phrase here is new: other rhythms and registers
(curt, chatty, formal, American business idiom), lowercase, typos, several sentences at once.

This module is for EVALUATION ONLY: nobody tunes a marker, threshold or gate on it. `split` is
accepted for signature compatibility and ignored — every split draws from the whole pool.
Each pool is a `Pool` carrying its ground-truth label (what a phrase drawn from it IS, and which
marker the scenario builder records for it). Slots: {me} {topic} {month} {day} {feature}
{junior} {exec} {company} {date} {city} {n} — the same as `wording.py`.
"""

from __future__ import annotations

from tests.signals.fresh_pools import SLOTS, Pool, picker, pool, pools_of

# ---- warmth (small talk loss: these are what disappears) ----------------------------------

WARM_GREETING = Pool("greeting (warm opener; marker greeting)", [
    "hey {me}!! hope you're well", "Hi {me}, hope the week has been kind to you.",
    "{me}! Long time no talk.", "Howdy {me}!", "Hello {me}, I hope this finds you well!",
    "Hi {me} - hope you had a nice weekend.", "good morning {me} :)",
    "Hey {me}, hope things are good out your way!", "Hi again {me}!",
    "Dear {me}, I trust you are well and had a pleasant weekend.",
    "Hi {me}, hope you're staying cool in this heat!", "Hey hey {me}!",
    "Hi {me}, happy Monday! Hope you had some downtime.", "Hello hello {me}!",
    "{me}, hi! Hope you're doing great.", "Hi {me}, hope your Thursday is going well!",
    "Hey {me} — hope all's good with you and the family.", "Morning {me}, happy almost-Friday!",
    "Hi {me}, nice to hear from you as always.", "Hey {me}, hope you're hanging in there!",
    "Hi {me}, hope you had a great holiday!", "hiya {me}, hope ur well",
    "Good evening {me}, hope your day went well.", "Hello {me}! Hope life is treating you well.",
    "Hi {me}, always a pleasure!", "Hey {me}, hope the quarter is ending on a high note!",
    "Hi {me}, hope the new year is off to a flying start.", "Hey {me}, welcome back!",
    "Hi {me}! Hope you got some sun this weekend.", "Hello {me}, lovely to be in touch again.",
    "Hey {me}, hope you've had a good one so far!", "Hi {me}, great to hear from you again!",
])

SMALL_TALK = Pool("small talk (personal aside; marker small_talk)", [
    "We finally got snow last night, the kids were thrilled.",
    "I'm writing from my sister's kitchen, we're visiting for the week.",
    "Did you get to see the eclipse? We had clouds, of course.",
    "my son just got his driver's license so pray for me lol",
    "Back from two weeks in Portugal and I'm still dreaming about the food.",
    "Hope {city} was as fun as it sounded on your LinkedIn.",
    "We adopted a puppy last weekend so I'm running on zero sleep.",
    "How's the new house coming along?",
    "Our team won the company bowling night, I'm insufferable now.",
    "The marathon training is going ok, my knees disagree.",
    "Is it still raining nonstop over there? It's been sunny here all week.",
    "I just got back from my cousin's wedding in {city}, what a party.",
    "Hope your little one is feeling better.",
    "We're moving offices next month so everything's in boxes.",
    "Random, but I tried that ramen place you mentioned and it was amazing.",
    "Congrats on the promotion btw, well deserved!",
    "I spent the weekend repainting the deck, never again.",
    "How was the conference? I heard the keynote was great.",
    "we're all a bit sleepy here after the holiday party haha",
    "My flight got cancelled twice this week, so I'm working from the hotel.",
    "Hope you had a chance to rest after the big launch.",
    "I'm finally taking that vacation in {month}, can't wait.",
    "The office dog ate someone's lunch today, it's been eventful.",
    "Did your team make it to the playoffs?",
    "Still can't believe how fast this year has gone.",
    "We had our first team lunch in person in ages, it felt great.",
    "I hear {city} is lovely this time of year, jealous!",
    "Hope the move went smoothly and the boxes are unpacked.",
    "My daughter's recital was last night, I cried, obviously.",
    "We just wrapped the fiscal year so everyone's in a great mood.",
    "Sorry for the delay, I was out at my nephew's graduation.",
    "Hope your trip back from {city} was uneventful.",
    "It's been a crazy week but the weekend is in sight!",
    "I finally watched the documentary you recommended — wow.",
    "Happy belated birthday, by the way!",
    "We're having a heat wave and our AC picked this week to die.",
    "I saw your team at the trade show, looked like a great booth.",
    "Just back from paternity leave, so forgive me if I'm rusty.",
    "Our new CFO started this week and she's great so far.",
    "Fingers crossed for good weather for your BBQ on Saturday.",
])

COMPLIMENT = Pool("compliment (praise for us; marker compliment)", [
    "Your support team is honestly the best we deal with.",
    "That was a really well-run session, thank you all.",
    "The new release is slick, people noticed right away.",
    "Seriously impressed with how fast you fixed the sync issue.",
    "Great job on the webinar, several of us attended.",
    "Everyone loved the training materials, super clear.",
    "You guys made the audit painless, which is saying something.",
    "The onboarding was smooth as butter.",
    "Love the new reporting view, it saves us hours.",
    "Whoever wrote the migration guide deserves a raise.",
    "Our execs were really impressed with the demo.",
    "Thanks to you the go-live was a non-event, in the best way.",
    "Your engineer stayed late to help us and we noticed.",
    "The product keeps getting better, nice work.",
    "You've been a fantastic partner this year.",
    "I keep telling other teams how good your service is.",
    "That was one of the smoothest renewals I've done.",
    "great work on the fix, nobody here even noticed the outage",
    "The account review deck was excellent, very thoughtful.",
    "Your responsiveness is a big reason we picked you.",
    "Kudos on the uptime this quarter.",
    "The new admin console is so much nicer.",
    "Props to your CSM, she's been amazing.",
    "You always go above and beyond for us.",
])

THANKS = Pool("thanks (gratitude; marker thanks)", [
    "thx so much!", "Thank you kindly.", "Really appreciate the help here.",
    "thanks a million", "Thanks, you're a lifesaver.", "Many thanks for sorting this out.",
    "Much obliged.", "Thank you for your patience with us.", "Appreciate you!",
    "Thanks for going the extra mile.", "Thanks for being so quick on this.",
    "thank u!!", "With many thanks for your help.", "Thanks heaps.",
    "Thank you — really helpful as always.", "Cheers for this, really appreciated.",
    "Thank you for the thorough answer.", "Thanks, that's a huge help.",
    "We're grateful for the support.", "Thanks for keeping us in the loop.",
    "Thanks again, truly.", "thanks for the heads up!", "Thank you so very much.",
    "Really grateful, thank you.",
])

EMOJI = Pool("emoji or emoticon appended to a sentence (marker emoji)", [
    " 😀", " 🥳", " ✨", " 😅", " 🙏", " ❤️", " 💪", " 🤞", " 😉", " :)", " :-)", " :D",
])

# ---- neutral business text (hard negatives: no signal in these) --------------------------

BODY = Pool("neutral business text (no marker; questions here are not feature asks)", [
    "{topic} went live for everyone this morning.",
    "quick note: {topic} is done on our end",
    "Per our call, I've updated the owners for {topic}.",
    "Is the invoice for {topic} going to the new billing address?",
    "We found two duplicates in {topic}, fixing them today.",
    "Heads up that our IT freeze starts {day}, so {topic} needs to land before then.",
    "{topic}: our security lead reviewed it and had no comments.",
    "Attaching the signed form for {topic}.",
    "Our finance team needs the PO number for {topic}.",
    "Could you walk {junior} through {topic} when you have a slot?",
    "The go/no-go for {topic} is {day}.",
    "We re-ran {topic} with the new filters and the totals line up now.",
    "Just confirming {topic} is on the agenda for {day}.",
    "Procurement has what they need for {topic}.",
    "I'll send the list of attendees for {topic} by {day}.",
    "The users in {city} confirmed {topic} works for them.",
    "We had a small hiccup with {topic} but it's sorted.",
    "For {topic}, please use the shared folder instead of email.",
    "who on your side owns {topic} now?",
    "We're a go on {topic}.",
    "Minor thing: the dates in {topic} are in UK format.",
    "The board pack references {topic}, so I need the final numbers by {day}.",
    "Our auditors asked for the logs from {topic}.",
    "Re {topic} — all green on our dashboards.",
    "I've added {n} users to the group for {topic}.",
    "Let me know if you need anything else for {topic}.",
    "FYI {topic} was discussed in our leadership meeting and nobody raised concerns.",
    "We've scheduled the dry run of {topic} for {day} at 10.",
    "The contract addendum for {topic} is with our lawyers.",
    "Does {topic} need a change request on our side?",
    "I moved {topic} to the new project board.",
    "Our help desk closed the ticket for {topic}.",
    "{topic} numbers attached, same format as usual.",
    "When is the maintenance window for {topic}?",
    "I'm the new contact for {topic} while {junior} is out.",
    "The login issue around {topic} was on our side, sorry for the noise.",
    "Please cc {junior} on anything about {topic}.",
    "We signed off on {topic} yesterday.",
    "Can you resend the invite for {topic}? I deleted it by mistake.",
    "No blockers on {topic} from us.",
])

SENT_BODY = Pool("our own neutral text (no marker)", [
    "Wanted to share the recap from {topic}.",
    "The patch for {topic} is rolling out today.",
    "Quick one: is {day} still good for {topic}?",
    "Here's the doc we discussed on {topic}.",
    "Hope {topic} is going smoothly so far.",
    "Our team flagged a small config issue in {topic}, details inside.",
    "Sending over the agenda for {topic}.",
    "Happy to jump on a call about {topic} whenever suits.",
    "Just a reminder about {topic} on {day}.",
    "Closing the loop on {topic}: all resolved.",
    "The release notes for {topic} are attached.",
    "Do you have the final headcount for {topic}?",
    "Checking you received the access details for {topic}.",
    "Our support lead will own {topic} from here.",
    "Thought this write-up on {topic} might be useful.",
    "I booked the room for {topic} on {day}.",
    "We updated the runbook for {topic}.",
    "Let me know who should get the admin rights for {topic}.",
    "Following our chat, here's the plan for {topic}.",
    "Minor update to {topic}: times are now in your time zone.",
    "Is there anything blocking {topic} on your side?",
    "We've extended the trial of {topic} for your testers.",
    "The export for {topic} is ready to download.",
    "Sharing the timeline for {topic}.",
])

# ---- feature silence: these are the asks that stop ---------------------------------------

FEATURE_ASK = Pool("feature / integration / roadmap ask (marker feature_ask)", [
    "Does it talk to {feature} at all?",
    "any chance you'll support {feature} soon? we're moving to it next year",
    "What would it take to get a native {feature} integration?",
    "Is there a public roadmap we could look at?",
    "We really need role-based access — is that coming?",
    "Can we get the reports as a scheduled email instead of logging in?",
    "Our devs are asking whether there's a GraphQL API or just REST.",
    "Is dark mode on the roadmap? Half my team has asked.",
    "lmk if a {feature} connector is in the works",
    "Could you support multiple currencies on invoices?",
    "How far out is the offline mode you mentioned at the QBR?",
    "Can the app handle more than one workspace per login?",
    "Would love to know when the {feature} sync goes GA.",
    "Does the API let us pull historical data, or only the last 90 days?",
    "Any plan to add two-factor via hardware keys?",
    "Is there a way to white-label the portal for our clients?",
    "We'd pay for a {feature} integration if that helps prioritise it.",
    "Can we get an export to Parquet? CSV is killing us.",
    "What's on the roadmap for next half? We're planning our own.",
    "Is there any support for data residency in the EU?",
    "Can you add approval workflows? Legal keeps asking.",
    "We'd like custom roles per region, is that doable?",
    "Do you have an integraton with {feature} or should we build one?",
    "Any news on the audit trail export?",
    "Could the alerts go to {feature} instead of email?",
    "Is there an ETA on the bulk edit feature?",
    "We need SCIM provisioning before we can roll out further, is it planned?",
    "Will the mobile app get offline forms?",
    "Is there a beta program for the new analytics? We'd sign up.",
    "Can you expose the usage metrics through the API?",
    "how do other customers connect you to {feature}?",
    "Would you consider adding a Spanish UI? Our Mexico team needs it.",
    "Is single-tenant hosting an option on the roadmap?",
    "Is it possible to set retention per project rather than globally?",
    "Feature request: let us pin dashboards for the whole team.",
    "When do you think the {feature} app will be out of preview?",
    "Can we trigger workflows from {feature} events?",
    "Do you plan to support custom domains for the portal?",
    "We'd love a sandbox per team, any plans there?",
    "Is there a timeline for the SOC 2 Type II report and the SSO upgrade?",
])

# ---- polite procrastination ---------------------------------------------------------------

DEFERRAL = Pool("deferral with a postponement verb (marker deferral)", [
    "Mind if we bump this a few weeks? Things are nuts.",
    "Can we kick this down the road to {month}?",
    "let's table this till {month}",
    "I'll have to push our call again, sorry — next month?",
    "Could we slide this into {month}? The team is underwater.",
    "We need to put a pin in this for now and pick it back up in {month}.",
    "Let's revisit once budgets are set, likely {month}.",
    "Can we reschedule for sometime in {month}?",
    "I'd like to postpone until the new fiscal year kicks off.",
    "Let's circle back after the holidays.",
    "Would you be ok moving this out a month or so?",
    "We're going to defer this until after our planning offsite in {month}.",
    "Can we hold this until things calm down? Maybe late {month}.",
    "Let's pause the conversation and reconnect after Q1 planning.",
    "I'm going to have to move our review to {month}, apologies.",
    "Can we delay the kickoff a few weeks? We're stretched thin.",
    "Would it be ok to punt this to next quarter?",
    "Let's put this on the back burner until {month}.",
    "I need to bump our sync out again, sorry. Later in {month}?",
    "Could we reconvene sometime after {month}?",
    "Can we pick this up again once the reorg settles?",
    "Let's shelve it for a few weeks and check in again.",
    "We'll have to push the QBR, maybe into next quarter.",
    "Is it ok if we reschedule? Probably a few weeks out.",
    "Can this slip to {month}? We have too much in flight.",
    "Let's hit pause and revisit in the spring.",
    "I'll need to move this to later, maybe after {month}.",
    "Could we defer the review until the dust settles?",
    "Let's regroup in a month or two.",
    "Do you mind if we postpone? Things are a bit chaotic.",
    "Can we touch base again in {month} instead?",
    "I'd rather park the renewal chat until later in {month}.",
])

DEFERRAL_NO_VERB = Pool(
    "deferral WITHOUT a postponement verb: bad timing + a vague later time (marker deferral)", [
        "Timing isn't great on our side. Maybe after the new year?",
        "Honestly now's a bad moment — spring would be better.",
        "We're heads-down on the audit; sometime in {month} is more realistic.",
        "This quarter is a wash for us. Next one, maybe.",
        "not the best time tbh, maybe later in the year",
        "Bad timing, unfortunately. After {month} would be easier.",
        "The next few weeks are brutal for us. Early {month} perhaps?",
        "I don't have the bandwidth right now; Q1 looks more likely.",
        "It's not a good week. Or month, really. Sometime after {month}?",
        "Things are a bit upside down here at the moment — later in the fall feels right.",
        "Our calendar is wall-to-wall until {month}.",
        "Now isn't ideal for us. Maybe once the busy season is over.",
        "With the reorg going on, this isn't the moment. After {month}, perhaps.",
        "We're in the middle of budget season, so not now — sometime next quarter?",
        "I'm underwater this month; maybe in a few weeks.",
        "Realistically, nothing happens before {month} on our end.",
        "We're just too stretched at present. Down the line, for sure.",
        "The team has zero capacity right now. Sometime in the new year would work better.",
        "This month is tough. Next month might be better, not sure yet.",
        "Between the migration and hiring, now's not great. Later in {month}?",
        "hmm, tough timing on our side. maybe after the holidays",
        "We're in a quiet period until the earnings call, so sometime after that.",
        "Not a good stretch for us; once things settle down.",
        "I'm booked solid for the foreseeable future, later in the quarter maybe.",
        "Right now is not the right time. Perhaps in {month} or so.",
        "It's all hands on deck here for the next while — {month} at the soonest.",
        "Our priorities are elsewhere this quarter; sometime next year.",
        "Now is really busy, maybe sometime down the road.",
        "The timing doesn't work for us at the moment. Possibly {month}.",
        "We've got a lot on our plate. A bit later would be better.",
        "Not feasible in the near term; perhaps when things quiet down.",
        "Honestly, the earliest we could look at it is {month}, maybe later.",
    ])

INVITE_DECLINE_IDIOM = Pool(
    "declining an invitation or meeting for now, by idiom (marker deferral)", [
        "I'll have to take a rain check on this one.",
        "We'll sit this one out, but keep us posted.",
        "Going to pass for now.",
        "Count me out this time, maybe next round.",
        "I'm going to bow out of this one.",
        "Rain check? Things are crazy here.",
        "We'll skip this round.",
        "Not this time, unfortunately.",
        "Think I'll give this one a miss.",
        "I'll have to sit out the session, perhaps another time.",
        "We'll take a raincheck on the workshop.",
        "Let's leave it for now and see.",
        "I'll need to beg off this one.",
        "We're going to give the summit a pass this year.",
        "Can't make it work this time around, maybe later.",
        "I'll skip the review this quarter if that's ok.",
    ])

HOLIDAY_DEFERRAL = Pool("holiday-period deferral (marker deferral; a lull, not a risk)", [
    "Office is closed between the holidays; early January works better.",
    "Everyone's out until after New Year's, can we talk then?",
    "Most of us are off for the break, let's pick it up in the new year.",
    "We shut down for two weeks over the holidays, so after that please.",
    "Half the team is on vacation until mid-{month}; after that is best.",
    "It's a ghost town here until the holidays are over.",
    "Can this wait until everyone's back from the break?",
    "We're on holiday hours until {date}, so after that.",
])

# ---- expansion refusal ---------------------------------------------------------------------

EXPANSION_PROPOSAL = Pool("our expansion proposal with an explicit verb or question "
                          "(marker expansion_proposal)", [
    "Would you want us to price out the Enterprise plan for next year?",
    "I can put together a quote for {n} more licences if useful.",
    "Should we talk about bringing the {city} team onto the platform?",
    "Happy to propose a bundle with the analytics add-on.",
    "Want me to send an offer for the premium support package?",
    "I'd recommend moving to annual billing on the Growth tier; can send numbers.",
    "Shall I draft an order for the extra seats your new hires will need?",
    "We'd love to extend the rollout to your support org — interested?",
    "Could I send over a proposal to add the workflow module?",
    "Are you open to discussing an upgrade before renewal?",
    "Let me know if you'd like a quote for the {city} expansion.",
    "I'd suggest adding the data-retention add-on given the audit; want pricing?",
    "We could bring marketing on board too — shall I prep something?",
    "Interested in a proposal for the Business tier? It covers SSO.",
    "I can offer a discount if you add {n} seats before quarter end.",
    "How about we extend the contract to the EU entities?",
    "Would an upgrade to Premium make sense ahead of your busy season?",
    "Let me put together an expansion proposal for the ops team.",
    "Can I send you pricing for the forecasting module?",
    "We'd like to offer you early access to the Enterprise tier at a reduced rate.",
    "Should I quote the additional regions you mentioned?",
    "Any appetite for adding the API package this year?",
    "I'd propose we add the {city} office at the same per-seat rate.",
    "Want me to send a proposal to cover your contractors as well?",
])

PROPOSAL_STATEMENT = Pool(
    "our expansion proposal as a plain statement of what an upgrade / higher tier / extension "
    "would look like or cost, with no propose/offer/quote verb (marker expansion_proposal)", [
        "For reference, {n} additional seats come to about $9,600 a year.",
        "Going to the Growth tier would be $18 per user per month and adds SSO and audit logs.",
        "Extending to the {city} site would look like a six-week rollout and roughly $22k "
        "annually.",
        "The Enterprise plan includes the sandbox and priority support; the difference for you "
        "is around $1,400 a month.",
        "Adding the analytics module is $4 per user on top of what you have today.",
        "On the Premium tier your current overages would disappear and the total would be "
        "about the same.",
        "Covering the support org would mean {n} more seats, at your current rate that's "
        "$7,200/yr.",
        "The upgrade path from Business to Enterprise is a one-line change on the order form, "
        "about 20% more per seat.",
        "Here's what the next tier looks like: unlimited projects, SCIM, 99.9% SLA, $26/user.",
        "Rolling this out to the EU entities would be a separate order of roughly 120 seats.",
        "With {n} more seats you'd land in the next volume band, so the per-seat price drops "
        "by 12%.",
        "The forecasting module runs $15k a year for a team your size.",
        "A two-year term on the Pro plan works out to $31 per seat instead of $36.",
        "Bringing your contractors on would be {n} guest licences at $5 each.",
        "The compliance add-on is $2,500 per quarter and includes the audit export.",
        "Moving everyone to Premium comes to $58,000 for the year, implementation included.",
        "An extension to the {city} warehouse is the same setup as Denver, about three weeks "
        "of work.",
        "the bigger plan is $11 more per seat but it has the SSO you asked about",
        "Upgrading now would prorate to about $3,100 for the rest of the term.",
        "Your usage is past the Starter limits; the Team tier is $800 a month flat.",
        "Premium support is 15% of the licence fee and gives you a named engineer.",
        "The next band up is {n} seats, which is what the new hires would take you to.",
        "Adding the regions module would mean data centres in Frankfurt and Sydney for "
        "$9k a year.",
        "Enterprise is $42/user with a 200-seat minimum; at your headcount that's close to "
        "what you pay now.",
    ])

PROPOSAL_SUBJECT = Pool(
    "subject line that IS the expansion proposal (the body may not restate it; marker "
    "expansion_proposal when read with the first lines)", [
        "Pricing for {n} extra seats", "Enterprise tier: numbers for next year",
        "Upgrade options before renewal", "Adding the {city} office — rough costs",
        "Analytics add-on pricing", "Your plan vs. Premium, side by side",
        "Renewal + upgrade bundle", "Rolling out to the support org: what it would take",
        "Pro tier for Q1?", "quote: {n} additional licences",
        "Expansion to EU entities", "Growth plan proposal",
        "Seats for the new hires", "Moving to Enterprise — costs attached",
        "Forecasting module for your finance team", "Volume pricing if you add {n} seats",
    ])

PROPOSAL_SUBJECT_BODY = Pool(
    "body under a proposal subject that does not restate the offer (no marker of its own)", [
        "Breakdown attached, happy to walk through it.",
        "See the doc below, shout with any questions.",
        "Sharing this ahead of our next sync.",
        "Put this together after our chat last week.",
        "Numbers are in the attachment. No rush.",
        "As discussed — details inside.",
        "Have a look when you get a minute and let me know what you think.",
        "Here's the summary I mentioned.",
        "Quick one-pager attached.",
        "Thought you'd want this before your planning meeting.",
        "This is the version finance asked for.",
        "Let me know if the format works for your procurement team.",
    ])

VAGUE_DECLINE = Pool("vague, open-ended decline of expansion (marker vague_decline)", [
    "We're good for now.", "I think we'll stay put.", "not a priority for us rn",
    "Let me take it back to the team, but I wouldn't expect movement.",
    "We're fine with where we are.", "That's probably more than we need at the moment.",
    "We'll stick with the current setup.", "I don't think that's in the cards for us.",
    "Appreciate it, but we're set.", "Let's not complicate things right now.",
    "We're trying to do more with what we have.", "Not something we're looking at.",
    "We'll keep it lean for now.", "I'd say no for the time being.",
    "Our focus is elsewhere, so we'll pass.", "Honestly we're happy as is.",
    "We need to trim, not add, at the moment.", "Thanks, but we'll leave it there.",
    "I don't see the need right now.", "We'll hold where we are.",
    "Probably not for us, but thanks for the thought.",
    "We're rationalising tools, so no additions for a while.",
    "Let's keep the footprint where it is.", "Can't see us going for that anytime soon.",
    "Not at this stage, I'm afraid.", "we'll pass on the upgrade, current plan is enough",
    "It's a no from us for now.", "I'll mention it internally, but don't hold your breath.",
])

CONCRETE_DECLINE = Pool("decline with a concrete reason AND a date to revisit "
                        "(marker concrete_decline; weak evidence)", [
    "Budget is frozen until the fiscal year rolls over on July 1; write me on July 6.",
    "Our CFO signs off new spend on January 22, send the numbers by January 20.",
    "We're mid-audit until December 15; let's look at seats on December 18.",
    "Legal is reviewing all vendor contracts until February 9, I'll reply on February 10.",
    "The {city} office opens March 3; we'll add those people the week of March 9.",
    "No new licences before the board meeting on November 19 — call me November 20.",
    "Procurement is closed for the year on December 12 and reopens January 8; quote again then.",
    "Our renewal committee meets on January 14, put the upgrade on that agenda.",
    "We only hire the new team in April, so the seats can wait until April 6.",
    "IT won't approve a new module until the SSO migration ends on February 27.",
    "We get the new budget on April 1; let's talk on April 3.",
    "Security review of add-ons restarts on January 12; send it then.",
    "The reorg is announced on December 2, after which I'll know who needs seats — December 9.",
    "Finance locked the plan on October 31; the next window is February 1.",
    "Our tier decision is tied to the Q4 review on January 28, ask me on January 29.",
    "Spend approvals resume on March 16 after the merger closes; let's reconnect March 17.",
])

ACCEPT = Pool("accepting the expansion (no decline marker)", [
    "Yes — send the order form over.", "Let's do it, the team needs it.",
    "Sounds right. Can you draft the paperwork?", "Go ahead and add the seats.",
    "Approved on our end, please invoice.", "We're in. What's the next step?",
    "That works, let's start next month.", "Perfect timing actually, yes please.",
    "ok let's go with the bigger plan", "Happy to sign, send it through DocuSign.",
    "Yes, include the {city} office too.", "Makes sense. Loop in our procurement lead.",
    "Deal. Start the upgrade whenever you're ready.", "We'll take it.",
    "Great, please add the module from the 1st.", "Count us in for the Enterprise tier.",
])

TERSE = Pool("terse reply (marker terse; no warmth)", [
    "k.", "ok", "yep", "sounds fine", "Works.", "Np.", "Sure.", "Acknowledged.",
    "all good", "fine w/ me", "Yes, proceed.", "Understood.", "Copy that.", "Looks right.",
    "That's fine.", "Will check.", "On it.", "Ack.", "Seen.", "ok, sending now",
    "Here you go.", "Attached as requested.", "pls see attached", "Confirmed for Thursday.",
    "No objection.", "Forwarded to IT.", "Fixed.", "Not yet.", "Tomorrow.", "Same as before.",
    "Signed.", "Paid.", "Approved on our end.", "Nope, all set.", "See below.",
    "yes", "Correct, go.", "Done on our side.", "No.", "Received, will review.",
])

# ---- executives drifting out of reach ------------------------------------------------------

ASSISTANT_REDIRECT = Pool("assistant replying for the executive and redirecting "
                          "(marker assistant_redirect)", [
    "Hi, I'm {exec}'s EA. Please route this through {junior} going forward.",
    "Replying on {exec}'s behalf — {junior} is the right person for this now.",
    "{exec} forwarded your note to me; {junior} will be your contact on this.",
    "I support {exec}. This belongs with {junior}, copying them here.",
    "Good afternoon, writing from {exec}'s office: please liaise with {junior}.",
    "{exec} has handed this area over to {junior}, who will follow up.",
    "I'm coordinating {exec}'s inbox this month. Kindly send this to {junior}.",
    "Thanks for reaching out. {exec} would like {junior} to take the lead here.",
    "On behalf of {exec}, I'm redirecting you to {junior} for all renewal questions.",
    "This is {exec}'s assistant. {junior} owns the relationship now, please reach out there.",
    "{exec} has asked me to let you know that {junior} will attend instead.",
    "hi - i help {exec} with scheduling. pls work with {junior} on this one",
    "As {exec}'s chief of staff, I'd ask that you direct this to {junior}.",
    "{exec} won't be the right contact for this; {junior} is handling it.",
    "Writing for {exec}: {junior} has full authority on this and will respond.",
    "I manage correspondence for {exec}. Please take this up with {junior}.",
])

ASSISTANT_UNAVAILABLE = Pool(
    "assistant describing the executive's lack of availability and pointing elsewhere, "
    "with no redirect verb (marker assistant_redirect)", [
        "{exec}'s calendar is fully booked through {month}. {junior} is the best person to "
        "help in the meantime.",
        "{exec} isn't taking new meetings this quarter; {junior} can cover this.",
        "Unfortunately {exec} has no availability for the foreseeable future. {junior} is "
        "across the details.",
        "{exec} is travelling for most of {month} and won't have time for this. {junior} knows "
        "the account well.",
        "I'm afraid {exec}'s schedule doesn't allow for it. {junior} would be happy to meet.",
        "{exec} is heads-down on the board cycle; {junior} is your best bet.",
        "There's no room in {exec}'s diary before {month}. {junior} has time next week.",
        "{exec} is stepping back from vendor meetings. {junior} is up to speed.",
        "Sadly {exec} can't fit this in. {junior} is the one who'd know.",
        "{exec} is unavailable for the rest of the year; {junior} can answer your questions.",
        "{exec}'s time is committed to the integration project right now — {junior} is "
        "closer to this anyway.",
        "I checked with {exec}, there's simply no slot. {junior} is probably the better fit.",
        "{exec} won't be able to make the time, but {junior} is fully briefed.",
        "Given {exec}'s commitments, a meeting isn't possible. {junior} is available instead.",
        "{exec} is out of pocket for a while. {junior} has the context.",
        "{exec} has a very limited schedule these days; {junior} is closer to the day-to-day.",
    ])

LEFT_COMPANY = Pool("auto-reply or note that the person left (marker left_company)", [
    "{exec} has left {company}. Please contact {junior} for anything going forward.",
    "This mailbox belongs to a former employee of {company}. Please write to {junior}.",
    "Hello, {exec} is no longer employed at {company}.",
    "{exec} departed {company} last month; {junior} has taken over the account.",
    "Please be advised that {exec} is no longer part of {company}.",
    "{exec}'s last day at {company} has passed. Email {junior} instead.",
    "This person is no longer at {company}. Messages are not being read.",
    "{exec} has left the organisation; for urgent matters contact {junior}.",
    "{exec} no longer works here. Your email has been deleted unread.",
    "We're sorry, {exec} has moved on from {company}. {junior} will help you.",
    "{exec} is not with {company} any longer; please update your records.",
    "{exec} has left; this account will be closed soon. Reach {junior} instead.",
])

OUT_OF_OFFICE = Pool("out-of-office auto-reply (marker out_of_office)", [
    "I'm away until {date} and checking email sporadically.",
    "Out of office until {date}. For anything urgent, {junior} can help.",
    "Thank you for your email. I'm on leave and back on {date}.",
    "I'm currently out with no access to email, returning {date}.",
    "Away on business travel until {date}, replies will be delayed.",
    "I am on annual leave until {date}; I'll reply on my return.",
    "On vacation through {date}. I'll read your message when I'm back.",
    "I'm at a conference until {date} with limited connectivity.",
    "Out of the office, back {date}. Please reach {junior} in the meantime.",
    "Thanks for your note — I'm offline until {date}.",
    "I'm on parental leave until {date}. {junior} is covering.",
    "Currently out of office, returning on {date}. Your message has not been forwarded.",
])

NUDGE = Pool("our nudge after no answer (no marker)", [
    "Bumping this to the top of your inbox.", "Any update on the below?",
    "Following up in case this slipped through.", "Did this land ok?",
    "Just resurfacing this one.", "Circling back — any thoughts?",
    "Wanted to check whether you'd had a chance to review.", "Friendly nudge on this.",
    "Let me know if the below needs more detail.", "Quick follow-up on my last note.",
    "Checking in again on the proposal.", "Any reactions from the team?",
])

SIGNOFF_WARM = Pool("warm sign-off", [
    "Cheers!", "Thanks again,", "Take care,", "Speak soon,", "Have a good one,",
    "Best wishes,", "Enjoy the weekend!", "Many thanks,", "With thanks,", "Hugs from all of us,",
    "All the best and talk soon,", "Have a lovely week!",
])

SIGNOFF_PLAIN = Pool("plain sign-off", [
    "Rgds,", "BR,", "Sincerely,", "--", "Kind regards,", "Respectfully,", "Best", "Regards",
    "Thank you,", "",
])

# ---- slot vocabularies -----------------------------------------------------------------------

TOPICS = Pool("topic slot values", [
    "the licence true-up", "the April usage export", "SAML setup", "PO 44817",
    "webhook retries", "the archive migration", "the admin training", "the renewal quote",
    "the Phoenix pilot", "role mapping", "the monthly check-in notes", "UAT",
    "the cutover weekend", "account provisioning", "the vendor risk assessment",
    "the new billing contact", "the staging refresh", "the handover to ops",
    "the KPI templates", "the phase two plan", "the data retention settings",
    "the QBR deck", "the API key rotation", "invoice 7730", "the pen test findings",
    "the sandbox credentials", "the user import", "the go-live checklist",
    "the support escalation", "the DPA signature", "the workflow redesign",
    "the analytics rollout", "the help centre content", "the SSO cutover",
    "the regional rollout", "the integration test plan", "the admin audit",
    "the license count", "the pilot feedback", "the data mapping sheet",
])

FEATURES = Pool("feature / integration slot values", [
    "Dynamics", "Zendesk", "ServiceNow", "Teams", "Google Sheets", "Databricks", "Marketo",
    "Zapier", "SAP", "Tableau", "Power BI", "Looker", "Intercom", "Asana", "Box", "Dropbox",
    "GitHub", "Confluence", "QuickBooks", "Xero",
])

CITIES = Pool("city slot values", [
    "Boston", "Toronto", "Dublin", "Madrid", "Atlanta", "Phoenix", "Vancouver", "Munich",
    "Amsterdam", "Nashville", "Portland", "Sydney", "Singapore", "Milan", "Dallas", "Oslo",
])

MONTHS = Pool("month slot values (after the evaluation date)", [
    "November", "December", "January", "February", "March", "April", "May", "June",
])

DAYS = Pool("day slot values", [
    "Tuesday", "Thursday", "Monday", "Wednesday", "Friday", "next Tuesday",
    "end of week", "Thursday morning", "the 14th", "early next week",
])

POOLS: dict[str, Pool] = pools_of(globals())
pick = picker(POOLS, counts=[5, 12, 30, 50, 75], date="the 9th")
__all__ = ["POOLS", "SLOTS", "Pool", "pick", "pool"]
