"""Fresh evaluation wording #2: an untouched labelled split, written blind to the detectors.

Why a second one: the first fresh split (`wording_fresh.py`) was spent — rules were written
after reading its misses, so it no longer measures mail the team has not seen. This module was
written by someone who read neither the detectors, the markers, their word lists nor their
training data, and who did not copy or paraphrase `wording.py` or `wording_fresh.py` (only
their pool names, labels and slots were read; a test checks no phrase is shared).

It is written the way US B2B customers write to a vendor's salesperson: curt executives,
chatty champions, formal procurement, assistants, non-native English, mobile one-liners,
lowercase, typos, run-ons, several sentences at once, the phrase inside a longer sentence.
The healthy-side pools carry hard negatives on purpose, because a false alarm costs as much as
a miss: neutral text with a call moved by an hour or a day, "not yet, by Thursday", busy
people who still answer, how-to questions that are not feature asks; acceptances that mention
a PO delay or a later start date; feature asks stated as needs rather than questions.

This module is for EVALUATION ONLY: nobody tunes a marker, threshold or gate on it, and nobody
reads which of its phrases are missed (that would spend it like the first one). `split` is
accepted for signature compatibility and ignored — every split draws from the whole pool.
Each pool is a `Pool` carrying its ground-truth label (what a phrase drawn from it IS, and which
marker the scenario builder records for it). Slots: {me} {topic} {month} {day} {feature}
{junior} {exec} {company} {date} {city} {n} — the same as `wording.py`.
"""

from __future__ import annotations

from tests.signals.fresh_pools import SLOTS, Pool, picker, pool, pools_of

# ---- warmth (small talk loss: these are what disappears) ----------------------------------

WARM_GREETING = Pool("greeting (warm opener; marker greeting)", [
    "Hi {me}! Hope your week's off to a good start.",
    "hey {me} hope all is well on your end",
    "Good morning {me}! Hope you had a relaxing weekend.",
    "{me} — hi! Hope things are going great over there.",
    "Hi {me}, so good to hear from you.",
    "Hello {me}, hope you and the family are doing well.",
    "Hey there {me}! Hope the week is treating you right.",
    "Hi {me}, hope your day is going well!",
    "Dear {me}, I hope you are doing well and that you had a nice weekend.",
    "Hi {me}!! Hope you survived the Monday madness.",
    "Hey {me}, hope you had a chance to recharge over the long weekend.",
    "Hi {me} :) hope everything's good with you.",
    "Hello {me}, happy Friday eve!",
    "gm {me}! hope youre doing well",
    "Hi {me}, it's always nice to see your name in my inbox.",
    "Hey {me}, hope things have calmed down for you a bit!",
    "Hi {me}, hope you're keeping warm out there!",
    "Hey {me}! Hope the travel's been smooth.",
    "Hi {me}, I hope this week has been a good one for you.",
    "Dear {me}, warm greetings from all of us here in {city}.",
    "Hi {me}, hope you made it through the inbox after your vacation!",
    "Hello dear {me}, hope you are fine and in good health.",
    "Hey {me}, hope your team had a great quarter!",
    "Hi {me}, hope you had a fun weekend — ours flew by.",
    "{me}!! Great to hear from you.",
    "Hi {me}, hope all is well and you're staying sane this week.",
    "Hey {me}, hope your morning's going smoothly!",
    "Hi {me}, hope you're well and the coffee is strong today.",
    "Hi {me}, hope your week is going great so far!",
    "Hello {me}! Trust you're doing well.",
    "Hi {me}, hope you had a great time off!",
    "Hey {me} - hope things are humming along on your side!",
    "Hi {me}, hope this note finds you and the team in great spirits.",
    "Hiii {me}! Hope all is good.",
    "Good afternoon {me}, hope your day's going well!",
    "Hi {me}, was just thinking about you guys — hope all's well!",
])

SMALL_TALK = Pool("small talk (personal aside; marker small_talk)", [
    "We finally closed on the house last week, so I'm living out of boxes.",
    "My daughter started kindergarten this week and I'm more emotional than she is.",
    "Did you catch the game Sunday? Brutal ending.",
    "We just got back from a long weekend at the lake, highly recommend.",
    "I'm on my third coffee already, the toddler was up at 4am lol",
    "How was your trip to {city}? Did you get to try the barbecue?",
    "Hope your dad's surgery went well, been thinking of you guys.",
    "The new puppy chewed through my laptop charger this morning so I'm typing this on my phone.",
    "Our office finally fixed the AC, it only took all summer.",
    "I'm coaching my son's little league team this season, send help.",
    "Saw your post about the half marathon — congrats, that's awesome.",
    "We're headed to {city} for my brother's wedding next month, any restaurant tips?",
    "finally home after being stuck 3 days at the {city} airport, never again",
    "Have you tried that new taco place by your office? Everyone here is obsessed.",
    "I just got back from paternity leave, so still catching up on sleep and email.",
    "How's the kitchen remodel going? Hope the contractor showed up this time.",
    "Our fantasy football league is getting way too competitive this year.",
    "The leaves are turning here and the drive in has been gorgeous.",
    "I've been binge-watching that show you recommended, no regrets.",
    "We had a tornado warning yesterday so the whole office spent an hour in the stairwell, "
    "fun times.",
    "My in-laws are staying with us all week, so wish me luck.",
    "Happy belated birthday by the way, hope you celebrated properly.",
    "I heard you're relocating to {city}, that's exciting news.",
    "We took the kids camping for the first time, nobody slept but it was fun.",
    "Still recovering from our team offsite, there was karaoke involved.",
    "Hope your knee is healing up ok after the ski trip.",
    "My wife and I finally took a real vacation, first one in two years.",
    "Is your team still doing the Friday donut thing? We stole that idea.",
    "It's 95 degrees here today and the office AC is broken again, so I'm melting.",
    "I just finished that book on negotiation you mentioned, really good.",
    "how's the new baby?? hope everyone's getting at least a little sleep",
    "We're hosting my whole extended family this weekend, wish me luck.",
    "My twins just graduated high school, still can't believe it.",
    "The drive in this morning took 90 minutes, traffic in {city} is getting ridiculous.",
    "Hope you had fun at the concert, I was so jealous when I saw you got tickets.",
    "I'm writing this from the sidelines of my daughter's soccer game, excuse typos.",
    "our office moved to a new floor and I still can't find the kitchen haha",
    "Did you end up getting the Tesla or did you go with the hybrid?",
    "I was in {city} for a conference last week and thought of you, we should grab dinner "
    "next time I'm in town.",
    "It was good catching up at the user conference, my feet still hurt from all the walking.",
    "Hope the storm missed your area, saw the news and thought of your team.",
    "I finally learned how to make sourdough, my family is sick of bread by now.",
    "in my country we say autumn is for the harvest, and here it is the same for projects haha",
    "How did your daughter's recital go?",
])

COMPLIMENT = Pool("compliment (praise for us; marker compliment)", [
    "Your support team has honestly been the best part of this rollout.",
    "The new dashboard is a huge hit with my managers.",
    "You've been super responsive, which is rare with vendors.",
    "Just want to say the onboarding went smoother than any tool we've rolled out.",
    "Priya on your CS team was fantastic on the call yesterday.",
    "Honestly the product has saved my team hours every week.",
    "Big kudos to your engineers for the quick fix on {topic}.",
    "Our CFO actually said something nice about the reports, which never happens.",
    "You guys really knocked it out of the park with the last release.",
    "I've been bragging about your platform to everyone at our user group.",
    "The training session was excellent, people are still talking about it.",
    "You always explain things so clearly, it makes my life easier.",
    "the mobile app update is sooo much better, nice work",
    "The way your team handled the outage was great, really transparent communication.",
    "Your product is the one tool nobody on my team complains about.",
    "The new reporting is exactly what we needed — great job.",
    "Our adoption numbers are way up and a lot of that is down to your team.",
    "Your documentation is really well done, our admins found everything they needed.",
    "Must say, the quality of your service is very high, we are very satisfied.",
    "You've been a great partner through all of this.",
    "Love the new UI, it's so much cleaner.",
    "Everyone who's tried the new workflow builder loves it.",
    "Your implementation lead was a rock star, please pass that along.",
    "Of all our vendors you're by far the easiest to work with.",
    "The renewal process was painless, which I can't say about most vendors.",
    "I showed the analytics to our VP and she was impressed.",
    "great webinar yesterday, really useful stuff",
    "Your team's turnaround on {topic} was impressive.",
])

THANKS = Pool("thanks (gratitude; marker thanks)", [
    "Thanks so much for jumping on this so quickly.",
    "Really appreciate your help on this one.",
    "Thank you for your patience while we sorted this out.",
    "Many thanks for all your support.",
    "thx a ton!!",
    "I owe you one for this, thank you.",
    "Thank you, this is super helpful.",
    "Appreciate you going the extra mile here.",
    "Thanks again for making time for us last week.",
    "Thank you very much for the fast answer.",
    "Grateful for the quick turnaround, as always.",
    "Thanks for keeping me posted on this.",
    "Thank you for sending this over so fast.",
    "Huge thanks to you and the team.",
    "ty for the help on this!",
    "Thanks a bunch for the quick reply.",
    "Much appreciated, truly.",
    "Thanks for looking into this for me.",
    "We really appreciate the flexibility.",
    "Thank you kindly for the follow-up.",
    "A big thank you for the extra training session.",
    "thank u for being so on top of things",
    "Appreciate you walking me through it again.",
    "Thanks for always being so responsive.",
    "Thanks for the heads up, really helpful.",
    "Thank you in advance for your help with this.",
    "Appreciate it, as always!",
    "Thanks for bearing with us on this.",
])

EMOJI = Pool("emoji or emoticon appended to a sentence (marker emoji)", [
    " 😂", " 🤗", " 😁", " 👌", " 😎", " 🔥", " 💯", " ☺️", " 👏", " ;)", " :P", " ^_^",
    " 🤣", " 😃",
])

# ---- neutral text (no marker: these must not raise anything) -------------------------------

BODY = Pool("neutral business text (no marker; questions here are not feature asks)", [
    "Following up on {topic} — where did we land?",
    "Attached is the signed copy for {topic}.",
    "Can you resend the link for {topic}? The old one expired.",
    "I've added our IT lead to this thread for {topic}.",
    "We reviewed {topic} internally and have a few comments, see below.",
    "Who on your end is the owner for {topic} these days?",
    "Status on {topic}: about 80% done, the rest should wrap up by {day}.",
    "Could we shift our call on {day} by one day? Same time works, I just have a conflict.",
    "Our call on {day} needs to start an hour later, same link is fine.",
    "Can we bump tomorrow's check-in by a day? I'm double-booked.",
    "Quick q — is {topic} covered under our current contract or billed separately?",
    "Our legal team has a couple of redlines on {topic}, sending them over shortly.",
    "I haven't had a chance to review {topic} yet; you'll have my comments by {day}.",
    "pls see attached re {topic}",
    "Confirming that {topic} is done on our side.",
    "We ran into an error on {topic} this morning, screenshot attached.",
    "Re {topic}: procurement needs a W-9 from you before they can process anything.",
    "Can you confirm the dates for {topic}? I want to block the team's calendars.",
    "Just a heads up that our fiscal year closes end of month, so invoices for {topic} "
    "should reference the new PO.",
    "FYI I forwarded {topic} to our controller, she'll reply directly if she has questions.",
    "I'm out Thursday and Friday, back Monday — I'll pick up {topic} first thing then.",
    "Where are we on {topic}? My team is asking.",
    "We've scheduled {topic} for {day}, invite coming from my side.",
    "Two questions on {topic}: does it apply to all regions, and who signs on your end?",
    "Is there a way to get a copy of last month's invoice? Accounts payable can't find it.",
    "Our security team needs the SOC 2 report before we finalize {topic}.",
    "Small correction on {topic}: our billing address changed to the Chicago office.",
    "We're good to go on {topic} from our end.",
    "Noted on {topic}, I'll share with the team at our standup.",
    "Could you walk me through {topic} one more time? I need to explain it to my manager.",
    "i think {topic} is sorted now but let me double check w the team and get back to u today",
    "As discussed, we will proceed with {topic} as planned, I send you the documents tomorrow.",
    "Regarding {topic}, kindly find attached the requested documents.",
    "Per our conversation, {topic} is approved on our side; finance will be in touch about "
    "the invoice.",
    "Do you have a template for {topic}, or should we draft our own?",
    "The numbers in {topic} look off compared to what we see in our system, can you check?",
    "Just checking the invoice for {topic} went to our AP inbox and not to me directly.",
    "Our kickoff for {topic} is still on for {day}, agenda to follow.",
    "We pushed our internal review of {topic} from Tuesday to Wednesday, nothing changes on "
    "your side.",
    "Our offices are closed Monday for the federal holiday, so I'll reply on {topic} Tuesday.",
    "Can you add Maria from our finance team to the distribution list for {topic}?",
    "We're running {topic} in parallel with the old process for two weeks before we switch.",
    "Sorry for the slow reply, it's been a busy week. On {topic}: yes, go ahead.",
    "Slammed today but wanted to get you an answer on {topic}: the numbers are fine.",
    "Got the draft of {topic}, reviewing now and will send comments tommorow.",
    "Who should we invite from your side for {topic}?",
    "Let me know if you need anything else from me for {topic}.",
    "Our new admin starts Monday and will take over {topic} from me, I'll introduce you then.",
])

SENT_BODY = Pool("our own neutral text (no marker)", [
    "Attached is the recap from our call on {topic}.",
    "Circling back on {topic} — here's where things stand on our end.",
    "I've asked our solutions engineer to join the next call on {topic}.",
    "Quick update on {topic}: the fix shipped this morning.",
    "Here's the link to the recording of the {topic} session.",
    "Let me know who else should be on the invite for {topic}.",
    "Our support team confirmed {topic} is resolved; can you check on your end?",
    "Sharing the agenda for {topic} ahead of our call.",
    "I'll have the updated doc on {topic} to you by {day}.",
    "Just making sure you got my note on {topic}.",
    "Flagging a small change to {topic}: the admin settings moved under Workspace.",
    "For {topic}, the next step on our side is a short config review.",
    "Happy to set up time with our product team on {topic} if useful.",
    "We've updated the invoice for {topic} with the new PO number.",
    "Summary of {topic} is below, shout if I missed anything.",
    "Do you have ten minutes this week to go over {topic}?",
    "Our release notes for this month cover {topic}, link below.",
    "The sandbox for {topic} is ready, credentials coming in a separate email.",
    "Can you confirm the right billing contact for {topic}?",
    "We moved the training on {topic} to {day} per your note.",
    "Per your request, I've looped in our billing team on {topic}.",
    "Here's the checklist we use for {topic}, feel free to adapt it.",
    "Our CSM will reach out separately about {topic}.",
    "Reminder that the session on {topic} is on {day}.",
    "I'll keep an eye on {topic} and update you as soon as I hear back.",
    "Wanted to close the loop on {topic}: all set on our side.",
    "Attaching the updated timeline for {topic}.",
    "Could you share the error logs for {topic}? That'll help our engineers.",
])

# ---- feature asks (feature silence: these are what stops) ----------------------------------

FEATURE_ASK = Pool("feature / integration / roadmap ask (marker feature_ask)", [
    "Any chance you'll support {feature} anytime soon? It's the one thing holding us back.",
    "We'd really need a native {feature} integration before we roll this out to finance.",
    "Is {feature} on the roadmap for this year?",
    "Our admins keep asking for bulk user edits — is that coming?",
    "Would love to see a dark mode, just putting it out there.",
    "Can the dashboards be scheduled to email out as PDFs? If not, consider this a feature "
    "request.",
    "Any ETA on the {feature} connector you mentioned at the user conference?",
    "It would be huge for us if we could sync custom fields to {feature}.",
    "We need SCIM provisioning for our security audit, is that something you're building?",
    "Put my team down as a +1 for the {feature} integration.",
    "Does your API support webhooks for status changes? We want to trigger workflows in "
    "{feature}.",
    "is there a way to get audit logs exported to {feature}? our compliance team is asking",
    "We'd like the ability to set permissions at the folder level rather than per project.",
    "Our reps want to log activity from their phones, is a mobile app planned?",
    "What's the timeline on multi-currency support? We're expanding into Canada.",
    "One request from our side: let managers approve changes without admin rights.",
    "If you ever add a {feature} sync, we'd switch off our homegrown script in a heartbeat.",
    "Could you check with product whether two-way sync with {feature} is planned?",
    "We're missing a way to archive old projects without deleting them.",
    "It would be great to have field-level history, our auditors keep asking for it.",
    "Is it possible to have the reports in Spanish also? Our team in Mexico needs this.",
    "The one thing we'd love is SSO for contractors without adding them to our IdP.",
    "Not sure who to ask but we really need an export to {feature} that keeps the formatting.",
    "Are you planning anything for offline access? Our field crews lose signal a lot.",
    "any update on the {feature} integration we talked about?",
    "We have to copy data into {feature} by hand every Monday, it'd be a big win if that could "
    "be automated on your side.",
    "Could you add a custom date range to the usage report? Right now we only get 30/60/90.",
    "Our IT team is asking whether you'll support data residency in the EU.",
    "Feature request: let us pin a dashboard as the default home page.",
    "Any plans to open up the API for writing, not just reading?",
    "If there was a way to tag records in bulk, that would save my team a ton of time.",
    "We'd want a sandbox that mirrors production before the next rollout — is that on your "
    "roadmap?",
    "Can you build a {feature} app so people don't have to switch tabs? Half our users live "
    "in it.",
    "Pls add an approval step before invoices go out, our finance lead is definately going to "
    "ask for it.",
    "we really need role-based dashboards, the execs see way too much noise",
    "Is a {feature} connector something your team is working on? We'd happily be a beta "
    "tester.",
    "Would be great if the alerts could go to a shared channel in {feature} instead of email.",
    "The lack of a {feature} integration is starting to come up in our internal reviews.",
    "Do you have anything on the roadmap for usage alerts? We keep going over our limits "
    "without noticing.",
    "My ask for the next release: a proper undo button.",
    "We'd need the API rate limit raised, or batch endpoints, to make the {feature} sync "
    "workable.",
    "Could your product people look at adding conditional fields to forms? We'd use it right "
    "away.",
    "Would it be possible to get a read-only seat type for our auditors in the next release?",
    "Our managers are asking for a weekly digest they can read on their phone, anything like "
    "that planned?",
    "If there's any way to get {feature} support before our renewal, that would really help "
    "my case internally.",
    "we were hoping the {feature} integration would be in this release, is it still coming?",
])

# ---- procrastination ---------------------------------------------------------------------

DEFERRAL = Pool("deferral with a postponement verb (marker deferral)", [
    "Let's push this out to {month}, things are too hectic right now.",
    "We need to put {topic} on hold for a bit.",
    "I'm going to have to postpone our review, I'll reach out when things calm down.",
    "Can we table this until after budget season?",
    "We're going to hold off on the rollout for now.",
    "Let's revisit this next quarter.",
    "I'd like to delay the kickoff a few weeks, we've had some changes internally.",
    "Mind if we kick this down the road a bit? Other priorities came up.",
    "Can we move the QBR out a month or so?",
    "we'll have to punt on this until next quarter",
    "I need to reschedule our sync, and honestly probably not before {month}.",
    "Our leadership asked us to pause new projects, so {topic} will have to wait.",
    "Let's circle back on this later in the year.",
    "We're going to slide the pilot to {month} at the earliest.",
    "Please let us postpone the training to a later date, we will inform you.",
    "I'm going to bump this to next quarter, sorry.",
    "We decided to shelve the phase two work for now.",
    "Could we push our check-in back a few weeks? I'm underwater.",
    "Let's pick this back up once the reorg settles.",
    "Going to defer the decision on {topic} until our new VP is on board.",
    "Can we hit pause on this for now and reconnect in {month}?",
    "I'm afraid we'll have to delay our review again.",
    "We'll need to move the go-live back, probably by a month or two.",
    "Let's park {topic} for now.",
    "Would it be ok to push our next call out a few weeks?",
    "I'll need to cancel our meeting and reschedule for sometime next month.",
    "We're putting the expansion on the back burner for the moment.",
    "pls postpone our mtg, will send new time later",
    "Can we hold off untill after our board meeting? Not sure when that'll be yet.",
    "Given everything going on, I'd rather wait on {topic} until things stabilize.",
    "We've had to push back all vendor reviews this quarter, yours included.",
    "Could we revisit this in a couple of months? The timing isn't right.",
    "I'm going to step back from {topic} for a few weeks while we sort out staffing.",
    "We need to reschedule the workshop, probably for after {month}.",
    "Mind if we put a pin in this and pick it up later?",
    "The team voted to delay the migration until further notice.",
])

DEFERRAL_NO_VERB = Pool(
    "deferral WITHOUT a postponement verb: bad timing + a vague later time (marker deferral)", [
        "Timing's rough on our end, maybe sometime next quarter?",
        "Honestly it's a zoo here right now. Spring seems more realistic.",
        "Not the right moment for us — let's talk again once the dust settles.",
        "We're heads down on quarter-end close, so this is more of a {month} conversation.",
        "Bandwidth is basically zero until after our audit.",
        "This is more of a next-year thing for us.",
        "Things are crazy with the reorg. Later in the year, maybe.",
        "Not a great time, to be honest. Ping me in a couple of months?",
        "We have too much on our plate at the moment; {month} at the earliest.",
        "The team is stretched thin with the launch, so probably after that.",
        "i'm buried in budget stuff rn, prob after the new year",
        "At this moment it is not possible for us, maybe in the second half of the year.",
        "With the acquisition going on, nothing new gets approved before Q2 or so.",
        "Hard to focus on this with the system migration underway. Sometime after summer?",
        "Our calendar is packed through {month}, so later than that.",
        "Not this quarter. Probably next, but no promises.",
        "Priorities have shifted and this isn't near the top right now — maybe down the line.",
        "Between the hiring freeze and the audit, it's just bad timing. Some other time.",
        "We're in the middle of a leadership change, so this is a later-in-the-year topic.",
        "Realistically this is a Q3 discussion.",
        "Too much in flight at the moment. Check back with me in a few months?",
        "It's our busy season until spring, so not before then.",
        "My team is maxed out for the foreseeable future.",
        "Probably a conversation for after our fiscal year starts.",
        "Now's not ideal — let's reconnect when things are calmer.",
        "We've got a lot going on. Some time next year feels more realistic.",
        "Not a priority for this half, unfortunately.",
        "It's too soon to tell; maybe {month}, maybe later.",
        "I don't have the cycles for this right now. Maybe later this year.",
        "Our roadmap is locked for the next couple of quarters.",
        "This one's further out for us, I'd say end of next year at best.",
        "Just swamped with the ERP go-live, so it'll be a while.",
        "the timing just isnt great, maybe in a few months",
        "With the budget freeze, anything new is a next-fiscal-year item.",
        "Sorry, this is low on the list right now. Possibly after conference season.",
        "We are in a very busy period; in some months maybe it is better.",
    ])

INVITE_DECLINE_IDIOM = Pool(
    "declining an invitation or meeting for now, by idiom (marker deferral)", [
        "I'm going to have to sit this one out.",
        "Gonna take a rain check on this one.",
        "We'll pass this time around.",
        "Count me out for this round, unfortunately.",
        "I'm bowing out on this one, unfortunately.",
        "Can't swing it this time, sorry.",
        "That's not going to work for us right now.",
        "We'll have to skip this one.",
        "I'm going to take a pass for now.",
        "Not in the cards for us at the moment.",
        "I'll have to decline for now, maybe another time.",
        "Going to give this one a miss.",
        "Don't think we can make that happen this time.",
        "I'll be sitting this one out, sorry.",
        "Going to have to say no for now.",
        "We won't be able to participate this time.",
        "Unfortunately we must decline at this time.",
        "Gotta pass for now, things are nuts.",
        "I'll let this one go by, but keep me in mind.",
        "It's a no for now on our end.",
    ])

HOLIDAY_DEFERRAL = Pool("holiday-period deferral (marker deferral; a lull, not a risk)", [
    "Most of our team is out for the holidays, can we pick this up when everyone's back?",
    "We're closed through the break, let's reconnect once the office reopens.",
    "Half my team is on PTO the next two weeks, so let's regroup after that.",
    "Let's pick this up after New Year's when people are back.",
    "Everyone's out on vacation right now, I'll get back to you when we're fully staffed.",
    "Our office shuts down for the break, so nothing will move until we're back.",
    "I'm out next week and so is {exec}, let's touch base the week after.",
    "We're in vacation mode here; let's push the next steps to when we return.",
    "With people on vacation, let's revisit when the team is back in the office.",
    "Can we wait until after the break? Nobody's around to sign off.",
    "Our company is closed for two weeks, so we'll circle back after we reopen.",
    "Quiet time here with all the vacations, let's resume when we're back.",
])

# ---- expansion: our proposals and their answers --------------------------------------------

EXPANSION_PROPOSAL = Pool("our expansion proposal with an explicit verb or question "
                          "(marker expansion_proposal)", [
    "Would it make sense to add {n} seats for the new hires before the quarter ends?",
    "I'd like to propose moving your team to the Enterprise plan at renewal.",
    "Can I put together a quote for bringing the {city} office on board?",
    "Would you be open to a two-year extension? I can lock in today's rate.",
    "I'd love to offer your team early access to the analytics add-on at a discount.",
    "Want me to send over pricing for {n} additional licenses?",
    "Should we look at upgrading you to Premium so you get SSO and audit logs?",
    "I can offer 15% off if we add the support team this quarter.",
    "Is now a good time to talk about expanding to the rest of the org?",
    "Would your finance team be interested in the {feature} add-on? Happy to quote it.",
    "We'd like to propose a pilot for your sales org, free for the first month.",
    "Could we explore a company-wide license instead of per-team contracts?",
    "Would you consider the Premier support tier? I can send a proposal.",
    "Any interest in adding the workflow module? I can quote it alongside the renewal.",
    "I'd recommend stepping up to the Business plan given your usage — want me to draft an "
    "order form?",
    "Shall I prepare an offer for {n} more seats starting in {month}?",
    "Would it help if I quoted a multi-year deal?",
    "Do you want to add the EMEA team to your contract this year?",
    "Can we talk about extending the rollout to operations?",
    "I'd like to offer you a bundle: analytics plus premium support at a reduced rate.",
    "Would the {city} team benefit from their own workspace? I can put numbers together.",
    "Are you open to moving from monthly to an annual plan with more seats?",
    "Could I propose an upgrade to unlimited storage before you hit the cap?",
    "Would you like a quote for the data warehouse connector?",
    "Are you interested in adding {n} admin seats as part of the renewal?",
    "Want to look at the Enterprise tier together? I can walk you through what it adds.",
    "I'm proposing we add the customer success package for your rollout — thoughts?",
    "Happy to offer a trial of the {feature} integration for your whole team — interested?",
])

PROPOSAL_STATEMENT = Pool(
    "our expansion proposal as a plain statement of what an upgrade / higher tier / extension "
    "would look like or cost, with no propose/offer/quote verb (marker expansion_proposal)", [
        "Moving to the Enterprise plan would put you at $45 per user per month, with SSO, "
        "audit logs and a dedicated CSM included.",
        "Adding {n} seats for the new hires comes to about $7,800 a year at your current rate.",
        "For reference, the Premium tier adds unlimited automations and priority support for "
        "roughly 20% more than what you pay today.",
        "A two-year extension would lock in your current pricing through {month} 2028.",
        "Bringing the {city} office onto your contract would be {n} more seats, prorated from "
        "the day they start.",
        "The analytics add-on runs $12 per seat per month and plugs straight into your "
        "existing dashboards.",
        "At your current usage, the Business tier would actually save you about $4k a year.",
        "Extending the license to the support team is a flat $18,000 per year for up to {n} "
        "users.",
        "Here's roughly what a company-wide rollout looks like: every team on one contract, "
        "one admin console, billed annually at the volume rate.",
        "Upgrading to Premier support means a 1-hour response SLA and a named engineer for your "
        "account, for $1,500 a month.",
        "With {n} more seats you'd move into our next volume band, which drops the per-seat "
        "price by 10%.",
        "The workflow module is an extra $2,500 per month for your whole org.",
        "If the operations team joins, the total for next year lands around $96k, including "
        "onboarding.",
        "An annual plan at {n} seats would come in below what you're paying month to month "
        "today.",
        "The {feature} connector is included in the Enterprise tier, so the upgrade would cover "
        "it at no extra charge.",
        "Unlimited storage would be $300 a month on top of your current plan.",
        "For {n} additional licenses the per-seat price stays the same as your current seats.",
        "Just so you have it: the multi-year option knocks 12% off the annual price.",
        "Adding the EMEA team would mean a second workspace at the same per-seat rate, billed "
        "on your existing invoice.",
        "The next tier up includes sandbox environments and advanced permissions, at $8 more "
        "per user.",
        "A full rollout to sales would be about {n} users and roughly $60k per year.",
        "Premium onboarding for the new division would be a one-time $5,000.",
        "For a team your size, Enterprise would mean {n} seats plus the data warehouse add-on "
        "at around $110k per year.",
        "The upgrade from Standard to Pro is prorated, so you'd only pay the difference for the "
        "months left on your term.",
        "Extending your contract to the {city} team would add about $22k to the annual total.",
        "I ran the numbers: {n} more seats on the annual plan is $14,400 per year, or $1,200 a "
        "month.",
        "The Growth plan adds the API, single sign-on and 5 sandboxes; for you it'd be $3,900 "
        "a month.",
        "Viewer seats for your execs would be $5 per seat per month on top of the current plan.",
    ])

PROPOSAL_SUBJECT = Pool(
    "subject line that IS the expansion proposal (the body may not restate it; marker "
    "expansion_proposal when read with the first lines)", [
        "{company}: Enterprise upgrade pricing",
        "Adding {n} seats for {company}",
        "{company} renewal + analytics add-on",
        "Expanding {company} to the {city} office",
        "Two-year extension option for {company}",
        "{company} — Premier support tier",
        "Company-wide license for {company}",
        "Upgrade path: {company} to the Business plan",
        "{company} x Northwind: more seats for next year",
        "Rolling out to the ops team at {company}",
        "{company} – moving to annual billing with additional seats",
        "Workflow module for {company}",
        "Bringing {company}'s EMEA team onto the contract",
        "{company}: unlimited storage upgrade",
        "The next tier for {company}",
        "{company}: {feature} connector add-on",
        "Multi-year pricing for {company}",
        "Seats for {company}'s new hires",
        "{company} expansion — sales org rollout",
        "{company}: Pro plan upgrade, numbers inside",
    ])

PROPOSAL_SUBJECT_BODY = Pool(
    "body under a proposal subject that does not restate the offer (no marker of its own)", [
        "Details are in the attached one-pager. Let me know what you think.",
        "Numbers attached — happy to walk through them on a quick call.",
        "Sending this over so you have it ahead of your planning meeting.",
        "See the attached breakdown; I kept it to one page.",
        "Short version in the subject line, longer version attached.",
        "Put this together after our last call. Thoughts welcome.",
        "Attaching the summary. No rush, but I'd love your reaction when you get a chance.",
        "Wanted to get this in front of you before budgets are set.",
        "Everything should be in the PDF, but shout if anything is unclear.",
        "Let me know if it helps to bring in anyone from finance.",
        "Here's the doc we discussed.",
        "Sharing ahead of your team meeting on {day}.",
        "As mentioned, the spreadsheet is attached with the scenarios side by side.",
        "Curious what you think — I can adjust the scope either way.",
    ])

VAGUE_DECLINE = Pool("vague, open-ended decline of expansion (marker vague_decline)", [
    "We're going to stick with what we have for now.",
    "Not something we're looking at right now.",
    "Don't see that happening for us.",
    "We're good with our current setup.",
    "I'll pass on that for the time being.",
    "Doesn't feel like the right fit for us at this point.",
    "We're not in a position to take that on.",
    "Probably not for us, but I'll let you know if anything changes.",
    "We're happy with the current plan, no changes needed.",
    "I don't see us expanding anytime soon.",
    "Budgets are tight, so we'll stay where we are.",
    "nah we're ok for now",
    "I'll have to say no to this one.",
    "We've decided not to go that route.",
    "It's not really a priority for us.",
    "For the moment we prefer to remain with the package we have.",
    "The team isn't really asking for more, so we'll leave it.",
    "I don't think leadership would go for it.",
    "Not interested at the moment, but I appreciate you thinking of us.",
    "We'll keep things as they are.",
    "I can't justify the extra spend right now.",
    "That's a hard sell internally, so I'd say no.",
    "We're not ready to make that kind of commitment.",
    "i think we're fine w what we've got",
    "Hmm, I don't think so. Our usage doesn't really call for it.",
    "We'll stay put where we are.",
    "Going to say no for now. If that changes I'll reach out.",
    "That's more than we need.",
    "Honestly, I don't see the value for our team.",
    "We've got other priorities for the budget.",
    "Our current tier does what we need.",
    "After discussing internally, we'll decline this time.",
])

CONCRETE_DECLINE = Pool("decline with a concrete reason AND a date to revisit "
                        "(marker concrete_decline; weak evidence)", [
    "We can't add seats until our new budget is approved on {date}, so let's revisit right "
    "after that.",
    "We're mid-migration to the new ERP until {month}, so no new tools before then. Let's "
    "reconnect on {month} 1st.",
    "Headcount is frozen until the board meets in {month}; once the new hires are approved "
    "we'll need the extra seats, so let's talk the week after.",
    "Not this quarter — our procurement cycle reopens in {month}. Put something on my "
    "calendar for the first week.",
    "We just put a freeze on new spend through {month}. I'll come back to you on the 15th of "
    "that month with a decision.",
    "We need to finish the {city} rollout first, which wraps up in {month}. Happy to look at "
    "the upgrade then.",
    "Legal is reviewing all vendor contracts until the end of {month}; after that we can "
    "discuss the extension.",
    "The team that would use it doesn't start until {month}, so let's regroup early that "
    "month.",
    "We're over budget this fiscal year, which ends in {month}. Ping me then and we'll sort "
    "out the extra licenses.",
    "I can't sign anything new until our new CFO starts on {date}. Let's pick it up the "
    "following week.",
    "The security review of your Enterprise features won't finish until {month}, so the "
    "upgrade has to wait until then. I've set a reminder to come back to you.",
    "We need to see this quarter's adoption numbers first. I'll have them on {date} and we "
    "can decide then.",
    "Not yet — the reorg lands in {month} and I'll reach out the first week after it does.",
    "Our contract with the other vendor runs through {month}, so we can't consolidate before "
    "that. Let's talk at the start of that month.",
    "Budget for tooling is spent for this year. It resets in {month}, and I'll bring your "
    "numbers to that planning meeting.",
    "We're not adding anyone until the {city} office opens in {month}. Let's revisit then.",
    "I can't get this approved before the quarter closes, but I've put it on the agenda for "
    "our {month} planning session.",
    "Right now the answer is no because of the hiring freeze, but the freeze lifts on {date} "
    "and I'll circle back then.",
    "Our IT team is locked into the SSO project until {month}. Once that's live, let's "
    "restart this conversation.",
    "The new fiscal year starts in {month}, that's when we can fund it. Let's touch base the "
    "first week.",
])

ACCEPT = Pool("accepting the expansion (no decline marker)", [
    "Let's do it. Send over the order form and I'll get it signed.",
    "Yes, go ahead and add the {n} seats.",
    "Approved on our end. Procurement will send the PO this week.",
    "Sounds good, we'll move forward with the upgrade.",
    "yep, lets go with the annual plan",
    "No objections from me, please send the paperwork.",
    "I can't see any reason not to. Let's move ahead.",
    "Works for us. Can the new seats start on the 1st of next month?",
    "We're in. Who do I send the signed contract to?",
    "Great, that fits our budget. Please prepare the contract.",
    "Yes — it'll take a week or so for the PO to clear on our side, but consider it a go.",
    "OK by me. I ran it past finance and they're fine with it.",
    "Consider it approved. I'll have legal review the amendment by {day}.",
    "We accept, please proceed with the extension.",
    "That's a no-brainer for us, let's add the analytics module.",
    "Sure thing, let's get the {city} team set up.",
    "Go for it. Just make sure the invoice references our new PO.",
    "We agreed internally to go ahead. Kindly send the revised document for signature.",
    "Yes please. No need for another call, just send the DocuSign.",
    "Happy to move forward. A start date of {month} 1st works best for us.",
    "Yes. I'll get the signature done by end of week, my boss is out until Thursday.",
    "Alright, you've convinced me — let's upgrade.",
])

# ---- coldness ------------------------------------------------------------------------------

TERSE = Pool("terse reply (marker terse; no warmth)", [
    "recieved", "pls resend", "not sure, will ask", "will look", "roger", "checking",
    "in progress", "pending legal", "correct, proceed", "still the case", "tbd",
    "will confirm tmrw", "yes, same as before", "forwarding to IT", "per below", "resent",
    "ok will review", "makes sense", "nope", "will check w/ team", "y", "n/a", "see prior email",
    "yes pls", "will revert", "received, will revert", "handled", "k, noted", "okay",
    "yes confirmed", "done on our end", "no issue", "standing by", "see attachment",
    "call me instead",
    "cant open the file", "wrong file attached", "ok for me", "its fine", "no update",
    "will advise", "same as last time", "ok, go", "yes to both", "no to the second one",
    "signed pdf attached", "fine w/ that", "ok on my end", "agree w/ below", "sure, why not",
    "can do", "not on my end", "doing it now", "will fwd",
])

# ---- executive access ----------------------------------------------------------------------

ASSISTANT_REDIRECT = Pool("assistant replying for the executive and redirecting "
                          "(marker assistant_redirect)", [
    "Hi {me}, I'm {exec}'s assistant. {exec} has asked me to forward vendor requests to "
    "{junior}, who will follow up with you.",
    "Hello {me}, I handle {exec}'s inbox. Please direct this to {junior} going forward.",
    "Thank you for your note. I've passed this along to {junior}, who covers these topics for "
    "{exec}.",
    "Hi {me}, {exec} asked that I route renewal questions to {junior}. I've copied them here.",
    "{exec} won't be able to take this on; please work with {junior} instead.",
    "Good afternoon, I'm responding on behalf of {exec}. Kindly reach out to {junior} for "
    "anything related to the account.",
    "Hi — assistant to {exec} here. I'm redirecting you to {junior}, who owns this "
    "relationship.",
    "{exec} has delegated vendor management to {junior}, so please loop them in directly.",
    "Hi {me}, I'm copying {junior} here; {exec} would like them to handle this going forward.",
    "Please send future updates to {junior} rather than {exec}.",
    "On behalf of {exec}: {junior} is taking point on this, please coordinate with them.",
    "Hi {me}, {exec}'s office here. We're referring all product discussions to {junior}.",
    "I manage {exec}'s calendar — rather than a meeting with {exec}, I'd suggest setting "
    "something up with {junior}.",
    "{exec} asked me to hand this over to {junior}. They'll be in touch.",
    "hi, EA to {exec}. pls contact {junior} on this, they're the right person",
    "Dear {me}, {exec} has requested that correspondence on this matter go to {junior}.",
    "Hi {me}, I'm moving you over to {junior}, who is handling vendor reviews for {exec} this "
    "year.",
    "Looping in {junior}, who will take this from here on {exec}'s behalf.",
    "Hi {me}, please reach out to {junior} directly going forward — {exec} has asked to be "
    "taken off vendor threads.",
    "Responding for {exec}: kindly redirect your request to {junior}, who has the details.",
])

ASSISTANT_UNAVAILABLE = Pool(
    "assistant describing the executive's lack of availability and pointing elsewhere, with no "
    "redirect verb (marker assistant_redirect)", [
        "{exec}'s calendar is fully booked through the end of the quarter. {junior} owns this "
        "relationship day to day.",
        "Hi {me}, {exec} isn't taking vendor meetings at the moment. {junior} is the best "
        "person for anything on the account.",
        "Unfortunately {exec} has no availability in the coming weeks. {junior} handles these "
        "topics.",
        "{exec} is focused on the board cycle and won't have time for this. {junior} has full "
        "context.",
        "Hi, I'm {exec}'s assistant. Their schedule is completely committed for the foreseeable "
        "future; {junior} is your contact for the renewal.",
        "{exec} is traveling nonstop until next quarter, so there's no time on the calendar. "
        "{junior} has the authority to decide on this.",
        "Hello {me}, {exec}'s diary is closed to external meetings this month. {junior} is "
        "responsible for vendor matters.",
        "Hi {me} — {exec} is stretched very thin right now and isn't in a position to meet. "
        "{junior} knows the account best.",
        "{exec} doesn't have any openings before {month}. In the meantime, {junior} is the "
        "decision-maker for your product.",
        "Dear {me}, at this time {exec} is unable to accommodate additional meetings. {junior} "
        "is managing the project.",
        "{exec} is tied up with the acquisition and unavailable for the time being. {junior} "
        "leads the team that uses your platform.",
        "hi {me}, {exec} has zero availability rn. {junior} is the point person.",
        "I'm afraid {exec}'s schedule won't allow it. {junior} is who you want for this.",
        "{exec} is out on extended leave. {junior} is covering their responsibilities.",
        "Hi {me}, {exec} isn't available for calls this quarter. {junior} is already up to "
        "speed.",
        "Good morning, {exec}'s calendar has no room for new meetings. {junior} is the owner of "
        "this initiative.",
        "{exec} is in back-to-back planning sessions for the next several weeks. {junior} runs "
        "point on vendor tools.",
        "Hello, unfortunately {exec} can't make time for this. {junior} is the appropriate "
        "contact.",
        "Hi {me}, {exec} is fully committed with the reorg; {junior} is empowered to make this "
        "call.",
        "{exec} won't be free anytime soon, I'm sorry. {junior} is your best bet.",
    ])

LEFT_COMPANY = Pool("auto-reply or note that the person left (marker left_company)", [
    "{exec} is no longer with {company}. For anything urgent please contact {junior}.",
    "Thank you for your email. {exec} has left {company} and this mailbox is no longer "
    "monitored. Please reach {junior} instead.",
    "Hi, {exec} moved on from {company} last month. I'm covering their accounts until a "
    "replacement is hired. — {junior}",
    "This address is inactive. {exec} is no longer employed at {company}. Your message will "
    "not be forwarded.",
    "{exec} has retired from {company}. Please direct all correspondence to {junior}.",
    "Hello, please note that {exec} is no longer at {company}. {junior} has taken over their "
    "responsibilities.",
    "Automatic reply: {exec} no longer works at {company}. For sales or vendor matters, email "
    "{junior}.",
    "Hi {me}, just letting you know {exec} left the company on Friday. {junior} will be your "
    "main contact for now.",
    "The person you are trying to reach is no longer with {company}. Please contact our main "
    "office.",
    "{exec}'s last day at {company} was last week. Please update your records and contact "
    "{junior} going forward.",
    "Thanks for reaching out. {exec} has departed {company}; this inbox will be closed on "
    "{date}.",
    "FYI {exec} is no longer part of our team at {company}. I'll pass your message to whoever "
    "takes over. {junior}",
    "{exec} has left the organization. Messages to this address are not being read.",
    "{exec} is no longer with {company} as of {date}. For account questions, please reach out "
    "to {junior}.",
    "Please be advised that {exec} has left {company}. Kindly remove this address from your "
    "mailing list.",
])

OUT_OF_OFFICE = Pool("out-of-office auto-reply (marker out_of_office)", [
    "I'm out of the office until {date} with limited access to email. For urgent matters, "
    "please contact {junior}.",
    "Thanks for your message. I'm on vacation and will be back on {date}.",
    "I am currently traveling with intermittent access to email and will reply when I return "
    "on {date}.",
    "Out of office: back {date}. If this is urgent, reach {junior}.",
    "I'm on PTO through {date}. I'll respond when I'm back; for anything time-sensitive please "
    "email {junior}.",
    "Hello, I am out of the office until {date} and will respond to your email upon my "
    "return.",
    "I'm away at a conference and checking email sporadically. Back in the office {date}.",
    "Thank you for your email. I am on leave until {date}. For urgent requests please contact "
    "{junior}.",
    "Currently OOO, returning {date}. Expect delays in my response.",
    "I'm offsite with my team this week with no access to email. I'll get back to you after "
    "{date}.",
    "I am on parental leave until {date}. In my absence, {junior} is handling my "
    "responsibilities.",
    "Auto-reply: I'm out until {date}. Messages will not be forwarded.",
    "I'm currently out of the office for a family matter and will return on {date}.",
    "Thanks for reaching out! I'm taking some time off and will reply after {date}.",
    "I am away from my desk until {date}. {junior} can help in the meantime.",
])

# ---- our follow-ups and sign-offs ----------------------------------------------------------

NUDGE = Pool("our nudge after no answer (no marker)", [
    "Bumping this back to the top of your inbox.",
    "Just following up on the note below — any thoughts?",
    "Wanted to make sure this didn't get buried.",
    "Circling back on this one, let me know where you landed.",
    "Any update on your end?",
    "Gentle follow-up on the below.",
    "Checking in to see if you had a chance to look at this.",
    "Did you get a chance to review the numbers?",
    "Following up in case this slipped through the cracks.",
    "Is this still on your radar?",
    "Quick nudge on the below.",
    "Resurfacing this in case it got lost.",
    "Let me know if it'd be easier to discuss live.",
    "Any thoughts on this so far?",
    "Happy to answer any questions on the below.",
])

SIGNOFF_WARM = Pool("warm sign-off", [
    "Chat soon!", "Warmest wishes,", "Thanks a million,", "Have a great weekend!",
    "Cheers and thanks!", "Have a fantastic day,", "Take it easy,", "Until next time!",
    "With gratitude,",
    "Much appreciated!", "Looking forward to it!", "Best and thanks so much,",
    "Have a great rest of your week!", "Catch you soon,",
])

SIGNOFF_PLAIN = Pool("plain sign-off", [
    "Thx,", "Yours truly,", "Cordially,", "V/r,", "Kind rgds,", "Thanks and regards,",
    "Brgds,", "Yours sincerely,", "With regards,", "Tx,", "Regs,", "Regards and thanks,",
])

# ---- slot values ---------------------------------------------------------------------------

TOPICS = Pool("topic slot values", [
    "the W-9 form", "the Q4 true-up", "the Okta SCIM setup", "PO 58210", "invoice 10442",
    "the admin console walkthrough", "the SOC 2 report", "the MSA redlines", "the field mapping",
    "the Columbus pilot", "the December usage numbers", "the user offboarding process",
    "the support ticket backlog", "the CSV import errors", "the kickoff agenda",
    "the permissions cleanup", "the order form", "the implementation timeline",
    "the dashboard rebuild", "the mobile rollout", "the IP allowlist",
    "the password policy change", "the backup schedule", "the quarterly business review",
    "the new hire onboarding", "the tax exemption certificate", "the API credentials",
    "the sales team training", "the workflow approvals", "the duplicate records cleanup",
    "the Monday report", "the contract amendment", "the executive summary",
    "the login issues", "the NDA", "the audit trail export", "the email notification settings",
    "the data sync errors", "the training calendar", "the license reassignment",
    "last week's ticket escalation", "the invoice dispute", "the Q1 plan", "the access review",
])

FEATURES = Pool("feature / integration slot values", [
    "Gong", "Outreach", "Pipedrive", "Freshdesk", "Smartsheet", "Airtable", "Segment",
    "Redshift", "Greenhouse", "BambooHR", "ADP", "Coupa", "Concur", "DocuSign",
    "Google Workspace", "Notion", "PagerDuty", "Datadog", "Splunk", "Sage Intacct",
    "Mailchimp", "Monday.com",
])

CITIES = Pool("city slot values", [
    "Minneapolis", "Charlotte", "Raleigh", "Salt Lake City", "San Diego", "Pittsburgh",
    "Kansas City", "Columbus", "Tampa", "Indianapolis", "Philadelphia", "New Orleans", "Boise",
    "Cincinnati", "Miami", "St. Louis", "Omaha", "Sacramento",
])

MONTHS = Pool("month slot values (after the evaluation date)", [
    "February", "March", "April", "May", "June", "July", "August", "September",
])

DAYS = Pool("day slot values", [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Monday morning",
    "Tuesday afternoon", "Wednesday at 2", "Thursday at 11", "Friday morning",
])

POOLS: dict[str, Pool] = pools_of(globals())
pick = picker(POOLS, counts=[4, 10, 25, 40, 120], date="the 12th")
__all__ = ["POOLS", "SLOTS", "Pool", "pick", "pool"]
