"""Development wording #8: labelled phrases for tuning the language rules, NOT an evaluation.

Blind until the coordinator has measured it (`splits.BLIND`; `--worlds dev8`; the developer
tools refuse it until then). Written on 2026-12-07 by five writers in parallel, each blind like
dev #4 to #7: each read the product brief, issue 10, `fresh_pools.py` (the shared Pool and
picker), the skeleton of dev #7 (each pool's name, label, size and slots, its phrases
withheld), the docstrings of `wording_dev4/5/6/7.py` and `test_wording_fresh.py`, and the
evaluation dates -- and neither the detectors, the markers, the lexicon, the text layer, the
marker data, nor any earlier wording's phrases, nor each other's. Writer a1 wrote the warmth
pools (greetings, small talk, compliments, thanks, emoji, warm sign-offs); a2 the neutral text
and auto-replies (BODY, SENT_BODY, NUDGE, LEFT_COMPANY, OUT_OF_OFFICE); a3 the terse replies,
plain sign-offs and slot values; b1 the feature asks, deferrals (with and without a
postponement verb, idioms, holidays) and assistants; b2 our proposals (with a verb, as bare
statements, as subjects) and the answers (vague noes, concrete noes, acceptances). Their drafts
are pasted here unchanged, pool by pool.

Industries no earlier wording used: passenger and commuter rail, a bus and transit authority,
elevator and escalator maintenance, a theme park, an orchestra, a theatre and an opera house,
a funeral-home, crematorium and cemetery group, a textile mill and dye house, a colocation data
centre, a satellite ground station, an environmental testing lab, a solar installer, a
fitness-club chain, pest control, airport car rental and ground handling, a zoo and aquarium,
a toy maker, a cosmetics lab, an esports studio, a casino resort, a flower auction, a sawmill,
coworking, a daycare chain, a parking operator and a security firm. Voices: Nigerian ("Well
noted. Will revert.", "No wahala, proceed"), Filipino ("Noted on this po"), South African
("Howzit", "Just now I will send"), Kenyan, Irish ("Sure look", "That's grand"), Scottish,
Dutch ("Hereby we confirm"), Polish, Québécois and French-English ("I come back to you"),
Latin-American, Japanese-formal, Korean, Italian, Turkish, Swedish, Kiwi and Texan English;
old-school formal, lowercase mobile with typos, numbered lists, run-ons, US-government and
accounts-payable boilerplate, and the point buried mid-paragraph.

The hard cases on the healthy side: BODY, SENT_BODY and NUDGE carry no warmth at all; BODY asks
how-to and where-is questions, fixes VAT, IBAN and PO details, moves a review by an hour for a
stated clash, uses "left" in ordinary senses ("Your engineer left the site at 16:20"), notes an
office holiday inside normal mail and a CFO who signs on Wednesdays; TERSE replies carry a
concrete detail and no warmth ("Well noted. Will revert.", "1) approved 2) approved 3) needs
legal"); compliments name what was good (even "your proposal documents") and ask for nothing;
small talk mentions retirements and closures that are not departures; CONCRETE_DECLINE always
names a checkable reason (an acquisition closing, an ERP freeze, a tender, a works council, a
new CFO) and a month; ACCEPT includes yeses waiting on a PO or a signature, a yes buried in a
status update and one that starts with "No" ("No wahala, proceed"). On the risk side: feature
asks as needs, workaround complaints, roadmap questions ("planned, parked, or dead?"), relayed
asks, competitor comparisons and offers to co-fund a feature; deferrals with a wide range of
verbs (park, shelve, punt, table, put on ice, hold fire) and without one ("it's {month}
territory for us"); invitations declined by idiom (a body swerve, deal me out, take a bye);
assistants who route the request or describe the executive's closed diary, sabbatical or
secondment and who holds the account day to day; proposals as bare maths of tiers, seats, sites
and prices and as subject lines; vague noes that rarely say "no" ("people went quiet, which
around here means no").

Collisions with the earlier wordings (the test's normalisation: case, punctuation and spacing
ignored; the checker showed each writer only their own phrase): a1 65 of 721 first-draft
phrases (43 emoji, 13 warm sign-offs, 5 thanks, 4 greetings), then 8, then none; a2 none in
any round; a3 76 of 829 (45 cities, 21 terse, 9 features, 1 sign-off), then 16, then none; b1
4 of 826, then none; b2 5 of ~700, then none. Each writer then reworded a few phrases so that
every phrase carries only its own label (no thanks in an idiom, no "quote" in BODY, no
"upgrade" in TOPICS)."""

from __future__ import annotations

from tests.signals.fresh_pools import SLOTS, Pool, picker, pool, pools_of

WARM_GREETING = Pool("greeting (warm opener; marker greeting)", [
    "Howzit {me}! Hope the week is treating you gently so far.",
    "Morning {me} - hope you got a proper cup of coffee in before this one landed.",
    "Hiya {me}, lovely to hear from you again.",
    "Kia ora {me}, hope all's sweet on your end!",
    "Hej {me}! Hope you're having a calm and good week.",
    "Good day po {me}, I hope you are doing well and your family also.",
    "Trust you are doing great, {me}, and that the week has been kind.",
    "Dear {me}, I hope this message finds you in good health and good spirits.",
    "Hey {me}!! So good to see your name pop up in my inbox.",
    "Hi {me}, greetings from a very foggy {city}!",
    "Well hello there {me}, long time no chat!",
    "Hey hey {me}, hope your Monday went easier than mine :)",
    "Bonjour-hi {me}! Hope everything is good over there.",
    "Buenos días {me}, I hope you had a beautiful weekend.",
    "Hi {me}, hope you're keeping well and staying dry.",
    "Jambo {me}! Warm greetings from all of us on the site team.",
    "Afternoon {me}, always a treat to get a note from you.",
    "{me}! Great to hear from you, hope things are humming along.",
    "Hello {me}, I hope the sun is shining wherever you're reading this.",
    "Hi there {me} - hope life in {city} is being good to you.",
    "Heyyy {me}, happy Friday-eve!",
    "Good morning {me}, and a happy start to the week to you.",
    "Hi {me}, it's been a minute - hope you've been well!",
    "Greetings from the greenhouse, {me}! Hope you are thriving.",
    "Hey {me}, hope you had a restful few days off.",
    "Dear {me}, warmest greetings from our whole crew here in {city}.",
    "Hallo {me}, I hope you are fine and the week is going nice.",
    "Hi {me}, hope all is grand with you!",
    "Yo {me}, hope you're crushing it this week.",
    "Hi {me} - what a pleasure to get your note this morning.",
    "Hello again {me}! Hope the weekend recharged you.",
    "Happy Tuesday {me}! Hope the coffee's strong and the meetings are short.",
    "Hi {me}, sending good vibes from a sunny {city}.",
    "Dear Mr. {me}, a very good morning to you, and I trust all is well.",
    "Hey {me}, hope the new week is off to a cracking start!",
    "Ciao {me}! Hope you're doing wonderfully.",
    "Hi {me}, always nice to kick off the day with one of your emails.",
    "Heya {me}, hope you and the team are doing alright!",
    "Good evening {me} - hope you managed to get out of the office at a decent hour today.",
    "Hi {me}! Hope you had a fab weekend, ours was lovely.",
    "Hey {me}, hope the travel back from {city} was smooth!",
    "Hello {me}, a warm hello from the roastery!",
    "Hi {me}, greetings and good wishes from the whole front office.",
    "Hey friend! Hope you're well, {me}.",
    "Morning {me}, hope you slept well and the day ahead is a good one.",
    "Hi {me} -- so nice to hear from you, it's been ages!",
    "Hei {me}, hope everything goes well for you this week.",
    "Hi {me}, happy almost-weekend to you!",
    "Dear {me}, I hope you and your loved ones are keeping well.",
    "Ahoj {me}! Hope you are good and healthy.",
    "Hey {me}, hope the week's been more sunshine than storm.",
    "Hi {me}, I hope your day is off to a brilliant start.",
    "Sawubona {me}, hope all is well with you and yours.",
    "Hiii {me}!! Missed our chats, hope you're good.",
    "Hi {me}, hope you're doing well - it's a gorgeous day here in {city}.",
    "Good morning from {city}, {me}! Hope your day is going great.",
    "Hello hello {me}, hope you're surviving the heat wave.",
    "Hi {me}, hope the start of the season is treating you well.",
    "Dearest {me}, hope you are well!",
    "Hey {me}, really good to hear from you as always.",
    "Hi {me}! Hope this finds you rested and in good form.",
    "Top of the morning to you, {me}! Hope you're keeping well.",
    "Aloha {me}, hope you're having a mellow week.",
    "Hi {me}, hope things are calm and bright over in {city}.",
    "Dzień dobry {me}! I hope you are doing very good.",
    "Hey {me}, hope you soaked up a bit of sunshine over the weekend!",
    "Hi {me}, warm greetings from the mill - hope you're well.",
    "Hello {me}, it's always lovely to catch up with you.",
    "Good afternoon {me}, hope your week has been a productive and happy one.",
    "Hey {me}, sending a big wave from the showroom floor!",
    "Hi {me}, lovely to be back in touch.",
    "Hola {me}! Hope everything is going super well with you.",
    "Hey {me} - hope you had a nice long weekend, you deserved it.",
    "Hi {me}, hope you're well and that {city} is being kind to you.",
    "Greetings {me}, and I hope the season finds you well!",
    "hey {me} hope ur good!! been a crazy fun week over here",
    "Hi {me}, trust the family is well and the little one is sleeping through the night by now.",
    "Good morning {me}, greetings from the fifth floor and everyone up here says hello.",
    "Hi {me} and a very happy Diwali week to you if you're celebrating!",
    "Dear {me}, it is always a real pleasure to write to you.",
    "Hey {me}, hope your knee is healing up nicely.",
    "Hi {me}, hope you're well! The team still talks about your visit to {city}.",
    "Hello {me}, and greetings from a chilly but cheerful {city}.",
    "Hey {me}, happy Thursday! Nearly there.",
    "Hi {me}, hope you had a wonderful break and came back refreshed.",
    "Morning {me}! Hope the trains behaved for you today.",
    "Hi {me}, warm regards to you and I hope all is well on your side.",
    "Hey {me} :) hope you're doing fab.",
    "Goeiemorgen {me}, I hope you are well.",
    "Hi {me}, good to be writing to you again - hope the week has been smooth.",
    "Hey there {me}, hope the world is treating you right.",
    "Hello {me}! Hope this lands on a nice quiet afternoon for you.",
    "Salaam {me}, I hope you and your family are in good health.",
    "Hi {me}, hope you had a chance to enjoy the long weekend with the kids.",
    "Hello dear {me}, how are you keeping?",
    "Hey {me}, hope you're doing awesome - it's been too long!",
    "Hi {me}, a cheerful good morning from the whole crew at the depot.",
    "Good day {me}, I hope you are keeping very well indeed.",
    "Hi {me}, hope settling into the new office has been painless and the coffee machine works!",
    "{me}, hi! Hope you're having a great week, truly.",
    "Hey {me}, hope the sun's out in {city} today.",
    "Hi {me}, I hope you had a lovely birthday!",
    "Hey {me}, hope all's well and you've had a good run of weather.",
    "Hello {me}, hope you had a peaceful Sunday.",
    "Hi {me}! Hope your week is going as smooth as butter.",
    "Howdy {me}, hope y'all are doing well up there.",
    "Mornin' {me}, hope you're having a good'un.",
    "Hey {me}, hope the jet lag wore off quickly after {city}!",
    "Hi {me}, hope life's been treating you well since we last spoke!",
    "Hello {me}, I do hope you are well and keeping warm.",
    "Hi {me}, hope the week's being good to you and yours.",
    "Hey {me}!!! Hope you're doing amazing.",
    "Dear {me}, a very warm hello from our side of the river.",
    "Hi {me}, I hope everything is going well and that you are enjoying the autumn colours.",
    "Hey {me}, hope all is well and the new puppy is settling in.",
    "Hi {me}, hope you're having a good one and that the rain has let up in {city}.",
    "Good morning {me}! Hope your day is full of small wins.",
    "Hi {me}, hope you are well and happy.",
    "Hey {me}, nice to be in touch again, hope all's good.",
    "Hello {me}, warm greetings from the backstage office!",
    "Hi {me}, I hope you're doing well and enjoying a bit of downtime.",
    "Hey {me}, happy Monday - hope it's a gentle one.",
    "Hi {me}, hope your week has been as lovely as you are.",
    "Hello {me}, hoping all is well with you, and sending sunshine from {city}.",
    "Hi {me}, hope you and the family had a great Thanksgiving.",
    "Dear {me}, it was so nice to see your email this morning - I hope you're well.",
    "Hey {me}, hope things are good - we've missed hearing from you.",
    "Hi {me}, hope you're keeping cosy, it's properly cold here now.",
    "Hey {me}, how's life? Hope all is well.",
    "Hi {me}, hope your team offsite in {city} was a blast!",
    "Hello there {me}, I hope you have had a marvellous week.",
    "Hi {me}, top of the afternoon to you, hope all's rosy.",
    "Hey {me}, good to hear from ya, hope life's full of fun stuff lately.",
    "Hi {me}, hope your weekend was full of good food and good people.",
    "Hello {me}, many warm greetings from Monterrey, I hope you are very well.",
    "Hi {me}, how are you? Hope the kids are enjoying school.",
    "Hey {me}, hope you've had a chilled week so far.",
    "Hi {me}, a very happy Friday to you - hope you have something fun planned.",
    "Good morning {me}, and hooray, it's nearly the weekend - hope you're well.",
    "Hi {me}, lovely hearing from you, I hope all is well at home too.",
    "Hi {me}, greetings from sunny {city}, where it's somehow still t-shirt weather!",
    "Hey {me}, hope your legs survived the half marathon, well done you!",
    "Hi {me}, I trust you are well and had a pleasant trip home.",
    "Hello {me}! Cheers from the whole gang in {city}.",
    "Hi {me}, good morning and happy hump day!",
    "Hey {me}, what a nice surprise to hear from you.",
    "Hi {me}, I hope you're doing well and getting some rest too.",
    "Annyeong {me}! Hope your week is going well.",
    "Dear {me}, good morning, and I hope the week is being gentle with you.",
    "Hey {me}, hope you're well and fully recovered from the conference!",
    "Hi {me}, hope your Monday has more coffee than emails.",
    "Hi {me}, hope you're having a fab day, it's a lovely crisp one here.",
    "Hello {me}, and a warm welcome back from your holidays!",
    "Hey {me}, hope you're good and the new house is feeling like home.",
    "Hi {me}, it's always a joy to hear from you.",
    "Hey {me}, hope things are looking up this week, sending a hug from {city}.",
    "Hello {me}, I hope you're having a really good day.",
    "Hi {me}, hope all is well and that {city} isn't too snowed in!",
    "Hey {me}, hope you're having a smashing week.",
    "Dear {me}, a warm good afternoon to you, I hope all is going well.",
])

SMALL_TALK = Pool("small talk (personal aside; marker small_talk)", [
    "Our daughter just lost her first tooth at the dinner table last night, so the tooth fairy "
    "had a scramble.",
    "The greenhouse smells like tomato leaves today and honestly it's the best part of the job.",
    "We finally got the roller coaster back open after the inspection and the whole staff rode it "
    "first thing, screaming like kids.",
    "Side note: I tried that ramen place in {city} you recommended and you were completely right "
    "about the broth.",
    "My dog ate an entire sock over the weekend, so that was a fun vet visit. He's fine, the sock "
    "is not.",
    "It's been bucketing down here all week and the car park is basically a lake.",
    "How did your son's football tournament go? Did they make the final?",
    "Totally unrelated, but the lads on the sawmill floor have started a fantasy league and I'm "
    "dead last.",
    "We had our first frost this morning and the whole yard looked like it had been sugared.",
    "I've taken up pottery on Tuesday nights - my first bowl looks like a hat, but I'm proud of "
    "it.",
    "By the way, the café downstairs has started doing pastel de nata and I may never recover.",
    "Hope you got to see the northern lights last night, they were out over {city} apparently!",
    "Our elevator techs had a chili cook-off on Friday and the winning pot had chocolate in it, "
    "which caused a real argument.",
    "The kids made us watch the same dinosaur film four times this weekend, I now know all the "
    "words.",
    "Random thought: did you ever finish that thousand-piece puzzle of the lighthouse?",
    "Had my first swim in the sea this year on Saturday - freezing, but I felt brilliant after.",
    "We've got a family of swallows nesting above the loading bay again, the crew have named them "
    "all.",
    "Did you end up going to the jazz festival in {city}? I heard the closing night was magic.",
    "My mum turned ninety on Sunday and danced with every single grandchild, it was such a lovely "
    "day.",
    "I'm writing this with one hand because the cat has decided my other arm is a pillow.",
    "The whole theatre smells of fresh paint from the new set and I'm slightly light-headed in "
    "the best way.",
    "Oh and congrats on the marathon - saw the photo, you looked far too happy for mile twenty!",
    "Winter has properly arrived in {city}, everyone's dug out the big coats.",
    "Our little one started kindergarten this week and cried less than I did.",
    "Quick aside, I've been listening to that podcast you mentioned on my drive and I'm hooked.",
    "Harvest at the nursery was wild this year, we've got pumpkins the size of armchairs.",
    "Hope the new kitchen is finished by now - did you go with the green tiles in the end?",
    "We had a power cut at home on Sunday and ended up playing cards by candlelight, honestly "
    "nicest evening in ages.",
    "The coffee we roasted this morning has a blueberry note that has everyone in the office a "
    "bit giddy.",
    "I've been in {city} for a wedding and the food was so good I'm still full three days later.",
    "My partner has taken up sourdough, so our flat is now mostly jars of starter with names.",
    "Did your team win on the weekend? Ours lost in the last minute and I'm still sulking.",
    "Our twins have discovered drums. Please send earplugs.",
    "The view from the solar farm this morning was unreal, mist over all the panels and the sun "
    "coming up behind.",
    "Got a new bike for the commute and I've already been overtaken by a man on a unicycle, so "
    "that's humbling.",
    "Loved your post about the climbing trip, those photos from the ridge were stunning.",
    "I still think about the tacos we had when you were down in {city}.",
    "We've been doing a step challenge across the gyms and I'm being beaten by our receptionist "
    "by a mile.",
    "Hope your mum is feeling better after the operation, thinking of you all.",
    "Funny story - a customer brought a parrot into the showroom today and it kept saying 'sold!'.",
    "It's cherry blossom time in {city} and the park behind the office is just pink everywhere.",
    "My grandson taught me what a meme is this weekend, I'm not sure I'm better off.",
    "The theme park closes for the season next door and it's oddly quiet without the screaming "
    "from the drop tower.",
    "I baked far too many cinnamon buns for the team and now the whole floor smells like Sweden.",
    "Did you get any snow out your way? We're buried here and the kids are delighted.",
    "Saw a fox trot right across the data-centre car park at dawn, bold as anything.",
    "Our office plant, Gerald, has finally put out a new leaf after two years of sulking.",
    "I hope the move went okay and the boxes are mostly unpacked by now!",
    "We took the kids camping in the hills and it rained the entire time, but they say it was the "
    "best trip ever.",
    "Big news on my side, we're expecting our second baby in the spring!",
    "The festival lights are up all along the main street in {city} and it looks like a postcard.",
    "My brother got married on a boat on Saturday and somehow nobody fell in.",
    "The kettle in our break room finally died and there's been a memorial service, more or less.",
    "Are you still doing the Italian lessons? Come va?",
    "I went to my first ice hockey game and understood nothing and loved all of it.",
    "Our night shift at the depot brought in a cake for the driver who's retiring after forty "
    "years, there wasn't a dry eye.",
    "Have you been to the new market hall in {city} yet? The cheese stall alone is worth the trip.",
    "The garden's gone completely mad with courgettes again, I'm leaving them on neighbours' "
    "doorsteps.",
    "I just got back from visiting my sister in {city} and ate my body weight in dumplings.",
    "Heads up that I'm now the proud owner of a very anxious rescue greyhound called Biscuit.",
    "It's Friday and the smell of fresh croissants from the bakery downstairs is not helping "
    "anyone focus.",
    "How's the new job treating your husband? Hope he's settling in well.",
    "Quick personal note - I read the book you tipped me off about in two sittings on the beach.",
    "We're all in hats and scarves in the workshop because the heating has decided to retire.",
    "The river was so calm on my paddle this morning I could see the fish.",
    "Our jewellery workshop had a little party for the apprentice who finished her first ring, "
    "she was glowing.",
    "I'm still recovering from my kid's birthday party, fourteen eight-year-olds and a bouncy "
    "castle.",
    "Hope you had a nice time at the lake, you definitely earned it.",
    "The leaves are turning here and the drive in this morning was glorious.",
    "My wife and I finally did the cooking class in {city}, we now make a very respectable "
    "risotto.",
    "Our fire-protection crew won the charity tug-of-war at the county fair, they're unbearable "
    "now.",
    "Did you manage to catch any of the cricket? What a finish.",
    "We adopted two kittens and they've already knocked every plant off the windowsill.",
    "I started running again and my knees are filing a formal complaint.",
    "The sunrise over the harbour in {city} when I flew in was ridiculous, pink and gold "
    "everywhere.",
    "Our toy testers (read: my kids) have given the new wooden train set a very enthusiastic "
    "thumbs up.",
    "Saw your team picture from the charity run - love the matching socks!",
    "here it is raining since three days, my tomatoes on the balcony are very unhappy haha",
    "We had the fiesta for the patron saint in our town this weekend, fireworks until four in the "
    "morning, I did not sleep but was worth it.",
    "ps my son made the school band!! trumpet. pray for our neighbours",
    "In Kraków the first Christmas market stalls are already going up and the whole square smells "
    "of grilled cheese.",
    "Last night the whole family was watching the football, my father shouting at the TV like the "
    "referee can hear him.",
    "btw the new barista at our roastery does latte art swans now, we're all very emotional about "
    "it",
    "We had typhoon rains here the whole weekend po, but everyone is safe and the kids enjoyed "
    "staying home.",
    "My grandmother sent me a huge box of mangoes from the province and now the whole office is "
    "eating mango.",
    "The jacarandas are blooming all over {city} right now, purple everywhere you look.",
    "Our braai on Sunday got rained out so we just moved it into the garage, best party of the "
    "year.",
    "I have finally learned to ski, well, more like fall down with style.",
    "Hope your sister's wedding in {city} was beautiful, I saw the photos and the flowers were "
    "amazing.",
    "Fun fact from the funeral home: our director plays the bagpipes and gave an impromptu "
    "concert at the staff barbecue.",
    "In the lab someone labelled the office fridge 'Stability Study: Yoghurt' and I laughed for "
    "an hour.",
    "Random but - have you seen the new season of that baking show? The bread week was chaos.",
    "We celebrated Koningsdag with the whole team in orange, even the boss wore the silly hat.",
    "The matatu to the office this morning had the best music, I arrived dancing.",
    "I finally got my driving licence after three attempts, the examiner even smiled this time!",
    "We spent Sunday picking apples with the kids and now I have four kilos of apples and no plan.",
    "It was 38 degrees in {city} yesterday, I think I melted a bit into the pavement.",
    "My husband has started growing chillies on the balcony and they are far too hot for anyone "
    "in the family.",
    "Went to see the ballet with my daughter on Saturday, she has not stopped twirling since.",
    "Our game studio had a retro night with old arcade cabinets and I got humiliated at Pac-Man "
    "by the intern.",
    "The swans are back on the pond outside the rental depot, which means autumn is officially "
    "here.",
    "Ha, I just realised we've been emailing for five years now - time flies!",
    "My father-in-law has discovered voice notes and sends me six-minute ones about his garden "
    "every morning.",
    "The smell of sawdust never leaves my clothes, my kids say I smell like a Christmas tree all "
    "year.",
    "We had our first theatre opening night last week and the leading lady got a standing "
    "ovation, goosebumps.",
    "Did you see the eclipse? We all went out on the roof with the welding masks.",
    "The cosmetics lab had a perfume-blending afternoon for the team and now the whole building "
    "smells like a garden.",
    "My little boy asked me what I do at work and I said 'emails', he looked very disappointed.",
    "I'm typing this from a hotel in {city} with a view of the mountains, not complaining one bit.",
    "Our neighbours had a baby goat born in their garden this morning, the kids are over the moon.",
    "Are you going to watch the derby on Sunday? I'll be the one in the red scarf crying.",
    "It's midsummer here and the sun basically doesn't set, my sleep is a mess but it's glorious.",
    "We just got back from the Highlands, midges ate me alive but the lochs were beautiful.",
    "oh and happy belated birthday!! hope you got spoiled",
    "The ice-cream van came past the transit depot at lunch and the drivers formed a queue like "
    "schoolkids.",
    "Our office dog had puppies over the weekend and productivity is down roughly one hundred "
    "percent.",
    "Hope Lagos traffic was kind to you when you visited - ours was legendary yesterday, three "
    "hours to go ten kilometres!",
    "I'm on a strict no-sugar thing this week and someone left doughnuts on my desk. Rude.",
    "How is your dad getting on with the new hip? Hope he's up and about.",
    "My choir sang in the old cathedral on Sunday and the echo gave me goosebumps.",
    "The autumn light on the vineyards behind our warehouse in {city} is something else this week.",
    "Got caught in a hailstorm on my bike on the way in, arrived looking like a drowned rat.",
    "I had the best pho of my life in {city}, I'm still thinking about it.",
    "We painted the kids' bedroom at the weekend and somehow the dog is now partly blue.",
    "Everyone here is obsessed with the office sweepstake for the cup, I drew Uruguay.",
    "I'm finally back from parental leave and it's so nice to be talking to grown-ups again!",
    "The new gym in our Eastside club has a sauna and I have been there every evening, no regrets.",
    "Our jacaranda-watch in the office is a real thing - someone made a chart.",
    "My daughter wants to be a vet now after she watched a calf being born at her uncle's farm.",
    "Not work related but: the sunset over the bay last night was the prettiest I've ever seen.",
    "I've given up coffee for my blood pressure, so forgive me if this email sounds sleepy.",
    "Hope you're staying warm, we've had the fire going every night since the weekend.",
    "Just back from Lisbon, the custard tarts alone were worth the flight.",
    "We've started a lunchtime walking club round the watch factory, six of us and a very "
    "enthusiastic beagle.",
    "The wind here this week has been so strong it took the sign off the front of the showroom!",
    "The children built a snowman in front of the office and gave it a hard hat and a hi-vis vest.",
    "Loved catching up over dinner in {city} - we should do the dumpling place again.",
    "My nephew just got his black belt and is now very dangerous to hug.",
    "We had a bit of an earthquake wobble this morning but all fine, just rattled the mugs.",
    "Oh, I meant to say - your photos from the Camino were stunning, did your feet survive?",
    "Some good news at home: we finally closed on the new house and the kids have claimed rooms "
    "already.",
    "The first snow dusted the peaks around {city} this morning and everyone has been staring out "
    "the windows.",
    "Our old printer finally died and the office held a small, sincere funeral.",
    "My Saturday was spent at a kids' birthday party at a trampoline park, so my back is a mess.",
    "Did your roses survive the heatwave? Mine are crispy.",
    "We had a potluck at the plant and someone brought a cheesecake so good there were fights.",
    "The monsoon has finally broken here, everyone is just standing outside smiling in the rain.",
    "Completely off topic, but my partner popped the question at the top of a ferris wheel and I "
    "said yes!",
    "It's the feast of St Martin here and the kids are walking around with lanterns all evening.",
    "This is random, but I made your grandmother's lemon cake recipe and it vanished in ten "
    "minutes.",
    "We're deep in pumpkin-spice season at the roastery, I can't escape it.",
    "I hope your little girl's recital went well, she must have been so nervous and excited.",
    "My commute is now a ferry ride and watching the seals in the morning has been so good for my "
    "soul.",
    "The whole gym staff did a charity spin-a-thon for twelve hours and raised more than we "
    "hoped, I can't feel my legs.",
    "Has {city} had much of a summer? Ours was mostly grey but the last week made up for it.",
    "One of our rental cars came back with a wedding bouquet on the back seat, we're trying to "
    "track down the happy couple.",
    "I spent the weekend at my grandparents' farm and now I miss the cows a bit.",
    "Hope you had a nice time in Dublin, did you make it to the Guinness storehouse?",
    "My son asked for a rock collection for his birthday and our living room is now a geology "
    "exhibit.",
    "Our team went to an escape room on Friday and we escaped with thirty seconds to spare, very "
    "proud.",
    "ha, we've had the same playlist on in the studio for three weeks and nobody has the heart to "
    "change it",
    "Our summer interns threw an end-of-season picnic and made the most incredible empanadas.",
    "It snowed on my birthday for the first time ever, the kids thought it was a present.",
    "How was the fishing trip? I want a full report and at least one photo of a big one.",
    "We had the annual staff regatta on the lake and my boat sank, gracefully.",
    "I just discovered that the guy at the corner shop in {city} knows my whole order by heart, "
    "it's the little things.",
])

COMPLIMENT = Pool("compliment (praise for us; marker compliment)", [
    "Your onboarding crew were fantastic with our box-office staff, patient even with the folks "
    "who still print everything.",
    "Honestly the best vendor call I've had all year, you explained it so clearly.",
    "The nursery managers keep telling me how much easier the ordering screens are now, so hats "
    "off to your designers.",
    "I have to say your support desk is the most human one we deal with.",
    "Our dispatchers love it. Like, actually love it, which never happens with software.",
    "You made the whole rollout at the sawmill feel painless, and that is not a sentence I say "
    "often.",
    "Credit where it's due - your team fixed the booking glitch before our guests even noticed.",
    "The report you put together for our trustees was superb, they asked who made it.",
    "Your people are a class act, every single one we've dealt with.",
    "Really impressed with how fast the migration went, zero downtime for our members.",
    "The new dashboard is gorgeous, our colourists in the lab wanted to frame it.",
    "Wanted to pass on that our elevator technicians rate the mobile app a solid ten out of ten.",
    "You guys set the bar for service, I tell everyone at the trade shows.",
    "Your training session was so well pitched, even our oldest foreman was nodding along.",
    "Super slick product, and the documentation is genuinely a pleasure to read.",
    "I've worked with a lot of account managers and you are by far the most responsive.",
    "The way your engineer walked us through the outage was calm, honest and really reassuring.",
    "The solar crews say the route planning alone has made their days so much shorter, brilliant "
    "work.",
    "Our franchise owners were beaming after your demo, you won them over completely.",
    "Top-notch work on the invoice templates, our finance lead actually smiled.",
    "Your product just works, which in our world is the highest praise there is.",
    "Love what your team did with the scheduling screen, it's so much cleaner.",
    "I'm genuinely impressed by how well you understood our funeral directors' needs from day one.",
    "The speed of your replies is unreal, it's like having someone in the next room.",
    "The go-live in our six clubs was the smoothest launch we've had in a decade.",
    "Your consultant was a gem, sharp, kind and always a step ahead of us.",
    "Great job on the sizing guide, the garment factory floor managers picked it up in an "
    "afternoon.",
    "Your team's attention to detail is remarkable, nothing slips through.",
    "What a well-run project - I'll happily be a reference any time.",
    "Kudos to whoever designed the new check-in flow, our front desk loves it.",
    "You've been an absolute star through all of this.",
    "The platform has been rock solid all season, not a single hiccup at peak.",
    "Our game producers keep saying your build reports are the clearest they've ever seen.",
    "Very good work from your team, we are very satisfied with the quality.",
    "Your crew handled our crazy opening week like pros, truly.",
    "Just wanted to say your help desk lady, Priya, is wonderful - so patient with our drivers.",
    "I've recommended you to three other jewellers in the guild already, you're that good.",
    "The import of our old records was flawless, I was braced for chaos and there was none.",
    "It's such a well-thought-out tool, you can tell the people who built it actually listened.",
    "Fair play to your lads, they sorted the whole thing in an afternoon.",
    "Excellent service as usual, I wish all our suppliers were like you.",
    "The quarterly summary you sent was beautifully put together, clear and no fluff.",
    "Our roasting team says the batch logs have never been this easy, you've made believers of "
    "them.",
    "Your product has honestly changed how our theatre runs front of house.",
    "Really impressive response from your security team, thorough and fast.",
    "Bravo on the new release, it's snappy and everything is where you'd expect it.",
    "You are a pleasure to work with, I mean that.",
    "The fleet maps look amazing on the big screen in our control room, everybody stops to look.",
    "Your patience with our never-ending questions has been saintly.",
    "Our wealth advisers were skeptical and now they're your biggest fans, well done.",
    "Honestly, world-class support - the fix was in before I'd finished my coffee.",
    "The cosmetics lab techs say the sample tracking is a dream to use.",
    "Your walkthrough video was perfect, short and to the point, the new hires loved it.",
    "Amazing turnaround on the custom labels, the toy warehouse was thrilled.",
    "The team at your end has been nothing short of brilliant.",
    "We've never had such a clean audit trail, our compliance officer is delighted with it.",
    "Your tool is very good, our people in the warehouse in Poznań use it without any problem and "
    "they are happy.",
    "you guys are legends honestly",
    "The level of care your team shows is rare po, the quality of your work is really excellent.",
    "I must commend your project manager for her excellent coordination throughout.",
    "Fantastic job on the data-centre cutover, the night shift barely noticed a thing.",
    "Your app is lekker, the guys in the field use it all day without moaning.",
    "Props to your designers, the new layout is a joy.",
    "Our head gardener, who hates computers, told me your system is 'not bad at all' - that's a "
    "rave review from him.",
    "The clarity of your proposal documents is exemplary, our board commented on it.",
    "The attention you gave our little account is something the big vendors never managed.",
    "Seriously good work on the fix, the ticket queue is empty for the first time in months.",
    "What a great piece of software - the transit planners are genuinely excited about Monday "
    "mornings now.",
    "Your explanations are always so crisp, I learn something every time we talk.",
    "I'm blown away by how intuitive the new reporting is.",
    "Our stage managers rave about the cue sheets, they say it's the best tool in the building.",
    "The workshop you ran for our adviser team was outstanding, practical and fun.",
    "Your team's professionalism made a difficult quarter a lot easier for us.",
    "You really go above and beyond, it doesn't go unnoticed here.",
    "The mobile version is brilliant, our installers on the roofs swear by it.",
    "Massive respect to your support engineer, he stayed on the call until it was all sorted.",
    "Everything you've delivered has been first class.",
    "The product is fab and the people behind it even better.",
    "We've had nothing but compliments from our store managers about the new screens.",
    "The integration to our till system was done beautifully, you made it look easy.",
    "Your service is top drawer, as always.",
    "Great stuff on the release notes, finally ones we can actually understand.",
    "Very impressed with the stability this season, our busiest ever and not one outage.",
    "Your team handled our fussy creative director with real grace.",
    "Gotta say, your onboarding checklist is the best I've seen in twenty years of doing this.",
    "I really like how your people always explain the why, not just the how.",
    "The renewal paperwork was the easiest I have ever done, vendors like you are rare.",
    "The accuracy of the stock counts since we switched is astonishing, our auditors were "
    "impressed.",
    "Your engineers are so knowledgeable, it is a real pleasure to work with them.",
    "Our parks crew finally trust the ride-maintenance logs because of you, that's huge.",
    "You lot have been an absolute dream to work with.",
    "The booking calendar is so much clearer now, our families using the chapels find it easy too.",
    "Impressed with how gracefully your team handled our last-minute changes.",
    "Your customer success folks are the real deal.",
    "I keep showing your dashboards off to other directors, they're that good.",
    "The whole experience has been excellent from start to finish.",
    "Nice work on the patch, super quick and no side effects at all.",
    "Your product really shines when things get busy, which is exactly when we need it.",
    "The inspectors at our fire-safety firm are delighted with how the checklists sync, so pass "
    "that on to your developers.",
    "Honestly one of the best-built systems we run.",
    "Your team is so easy to deal with, no drama, just results.",
    "The forecasting view is spot on, our buyers have stopped using their spreadsheets.",
    "Big compliment from our CEO: she said it's the only software she enjoys opening.",
    "What you built for our rental counters is slick, customers are in and out in half the time.",
    "The support articles are so well written, I rarely even need to ring you.",
    "Just a shout-out to your billing team, they were wonderfully helpful.",
    "The new version is a real leap, really well done.",
    "Your rollout plan was meticulous, we've never had a launch go so cleanly.",
    "I am very impressed by the responsiveness of your team, it is much better than we were used "
    "to.",
    "Our knitters on the factory floor picked the tablets up without a single training session, "
    "that says it all.",
    "You nailed it with the appointment reminders, our no-shows have dropped a lot.",
    "Your colleague in the Dublin office was a total star on the phone with our accountant.",
    "Such a polished product, nothing feels bolted on.",
    "The demo for our regional managers was a masterclass.",
    "I can't say enough good things about the way you've looked after us.",
    "Your tool has made the morning stand-up at the roastery take five minutes instead of twenty.",
    "Chapeau to the whole team, that was tidy work.",
    "Our trustees were impressed by how secure and well documented everything is.",
    "The search is lightning fast now, whatever you did, it's brilliant.",
    "Genuinely the most reliable partner we've got.",
    "You have a wonderful team, please tell them so from us.",
    "The level of polish in the last update is really something.",
    "Kudos on keeping everything running during the storm, our stations never went dark.",
    "Your product is a big reason our front-of-house runs so smoothly these days.",
])

THANKS = Pool("thanks (gratitude; marker thanks)", [
    "A million thanks for pouncing on that ticket so quickly.",
    "Many thanks for your patience with us on this one.",
    "Dziękuję bardzo, this helps us a lot.",
    "Thank you so much po for the quick help!",
    "Really appreciate you taking the time to walk me through it.",
    "Thanks heaps, legend.",
    "Asante sana for sending this over.",
    "Big thanks to you and the team for staying late on it.",
    "I'm very grateful for your help with the board pack.",
    "Thank you kindly for the swift reply.",
    "Thanks again, you saved my bacon with that spreadsheet.",
    "Gracias, de verdad, you made this so easy.",
    "As ever, much appreciated by all of us at the club.",
    "Thank you thrice over!",
    "Appreciate the heads-up, very thoughtful of you.",
    "A huge thank-you from all of us at the depot.",
    "Thanks for being so flexible with us.",
    "Thanks for sorting it out so fast, the crew were chuffed.",
    "Tack så mycket for the help today.",
    "Thank you for your kind assistance in this matter.",
    "Thanks ever so much, I owe you a coffee.",
    "Cheers, really appreciate it mate.",
    "Dank je wel for the quick fix.",
    "Thanks for going the extra mile on this, it didn't go unnoticed.",
    "Grazie mille, you are very kind.",
    "Thank u so much!!",
    "Sincere thanks for your support during the launch.",
    "Thanks for looping me in, really helpful.",
    "I can't thank you enough for getting this over the line.",
    "Thank you for your understanding, we truly appreciate it.",
    "Thanks a bunch for the quick turnaround.",
    "Merci mille fois for your help.",
    "Thanks for checking in on us, it means a lot.",
    "Thanks so much for thinking of us.",
    "Obliged for your help with the invoices, truly.",
    "Arigatou gozaimasu for the detailed answer.",
    "Kamsahamnida, your explanation was very helpful.",
    "Thanks for holding our hand through the whole thing.",
    "Thanks for your hard work, very appreciated by our team.",
    "Thank you for the lovely gift basket, the office devoured it.",
    "Much obliged, you're a star.",
    "Thanks for staying on the call so long yesterday, that was above and beyond.",
    "Ngiyabonga, we really appreciate it.",
    "A heartfelt thank you for all your help this year.",
    "Thanks loads, that's exactly what I needed.",
    "Thank you for your prompt response, it is highly appreciated.",
    "thx a ton for this!!",
    "Thanks for making time for us on such short notice.",
    "Ta very muchly.",
    "Thanks for your continued support, it really makes a difference.",
    "So grateful you spotted the typo before the brochure went to print.",
    "Thanks for the quick call earlier, super helpful.",
    "Many, many thanks for the training materials.",
    "Thank you for the flowers you sent for our chapel's fiftieth anniversary, it touched "
    "everyone here.",
    "Thanks for remembering the little details, it's appreciated.",
    "Thanks for your patience while we got our act together.",
    "We appreciate you, truly.",
    "Thanks for having our backs on this one.",
    "Thank you very much indeed for the update.",
    "Go raibh maith agat, that's brilliant.",
    "thank you for the help with the login yesterday, my team is very happy now",
    "Thanks for explaining it in plain English, I finally get it.",
    "Thank you, you absolute lifesaver of a human.",
    "Thanks for the nudge, glad you kept after me.",
    "Thanks for bearing with our chaos during the refit.",
    "Really grateful for the extra hands during our opening weekend.",
    "Thank you for treating our tiny account like it matters.",
    "Thanks for all you do for us behind the scenes.",
    "Big thank you for the cheat sheet, it's taped to every till now.",
    "Kudos and thanks for sorting the access for our night crew.",
    "Thanks for being so quick off the mark this morning.",
    "Thanks so much, you've made my week.",
    "Thanks for sending the slides over, very kind.",
    "I really appreciate the honesty on the call, thank you.",
    "Thanks for digging into the logs with us, above and beyond really.",
    "Ah thanks a mil, you're very good.",
    "Thank you for the warm welcome at your Leeds office, lovely to meet everyone.",
    "Thanks for flagging the duplicate charge, we'd never have spotted it.",
    "Thanks in advance for your help, it's much appreciated.",
    "Thanks for hopping on so late in your evening.",
    "Muchas gracias por todo, de corazón.",
    "Thank you for the clear answers, that settles it nicely.",
    "Thanks for keeping us in the loop the whole way.",
    "Thanks for the fast fix, the box office is breathing again.",
    "Thank you sincerely for the care you put into this.",
    "Thanks for taking our feedback on board, it's appreciated.",
    "Thanks for the recommendation for the caterer, they were a hit.",
    "Thanks for making the migration painless for our advisers.",
    "Enormous thanks from the whole workshop.",
    "Many thanks and warm regards to your team for the help.",
    "Thanks for your time today, I got a lot out of it.",
    "Thanks for the reminder, genuinely helpful.",
    "Thanks for covering for Sandra while she was away, we appreciate it.",
    "Thanks bud, you're the best.",
    "Thanks for squeezing the interns into your training slot, very generous.",
    "Deeply appreciate your support this past year.",
    "Thanks so so much for fitting us in!",
    "Thanks for the patience with our questions, I know there were loads.",
    "Spasibo, this is exactly what we needed.",
    "Danke vielmals for the help, much appreciated.",
    "Thanks for sending the certificates so promptly, our inspectors were pleased.",
    "Thank you for the beautiful card, it's on the fridge in the break room.",
    "Thanks for fixing my mess, I owe you a pint.",
    "Thank you for your speedy and kind help.",
    "Thanks for the photos from the site visit, lovely to have them.",
    "Thank you once again for accommodating us.",
    "Thanks for walking our new hire through it, she came back buzzing.",
    "I appreciate you so much for this.",
    "Thanks for the flexibility on the invoice dates, it helps our cash flow a lot.",
    "Thanks for lending us your engineer for the afternoon.",
    "Thank you for always being so responsive, it makes our lives easier.",
    "Obrigada! The whole team at our Porto mill is very happy.",
    "Maraming salamat po for your help!",
    "Thanks for the great session with our stylists, they loved it.",
    "Thanks for getting back to me on a Sunday, you didn't have to.",
    "Thanks for the brilliant support this season, honestly.",
    "Thank you so much for remembering our anniversary, what a kind gesture.",
    "Thanks a lot, this is a huge help for the drivers.",
    "Cheers for the quick reply, much obliged.",
    "With gratitude for all your help these past months.",
    "Thank you for the patience and good humour on the calls.",
    "Thank you from the bottom of my heart.",
    "Thanks for taking care of the ticket personally, really appreciated.",
    "Thanks heaps for the tip about the export button, it saved us hours.",
    "Thanks, you've been a massive help.",
    "Thanks for the smooth handover, everything's in good order.",
    "Thanks for batting for us with your billing team.",
    "Thanks for listening, it helps to have someone who gets it.",
])

EMOJI = Pool("emoji or emoticon appended to a sentence (marker emoji)", [
    "🌻🌻🐞",
    "🫶🏾💞",
    "🥳🎊",
    "🤞🏻🍀🤞🏻",
    "🧡🧡",
    "🙏🏽",
    "🙌🏼✨",
    "☀️😎",
    "🤩🔥",
    "🥰🌼",
    "💐🫖",
    "🌈✨",
    "🎈🎂",
    "🤗🧸",
    "👏🏾👏🏾",
    "😄👍🏽",
    "🍻🎶",
    "☕🥐",
    "🐶💕",
    "🌴🍹😎",
    "💚",
    "😁🎉",
    "🤝😀",
    "🌷🌷",
    "💫",
    "🥂🍾",
    "🤘",
    "😻",
    "🌸🌸",
    "🍩😅",
    "🙃🙌",
    "😺💤",
    "🎶😊",
    "🏆🥇",
    "🥹",
    "🫡😄",
    "🙏🏿😇",
    "🍕😋",
    "🌊🏄",
    "🦄",
    "💛💙",
    "😊😊😊",
    "👌🏻😃",
    "🤓📚",
    "🧁🕯️🎉",
    "⭐️⭐️",
    "😸",
    "🐝💛",
    "(=^・^=)",
    "(｡♥‿♥｡)",
    "(•‿•)",
    "ᕦ(ò_óˇ)ᕤ",
    "(づ｡◕‿‿◕｡)づ",
    "┌(・。・)┘♪",
    "(ᵔᴥᵔ)",
    "\\(^-^)/",
    "(*^▽^*)",
    "(o^^o)",
    "ヽ(´▽`)ノ",
    "(≧◡≦)",
    "(✿◠‿◠)",
    "(☆▽☆)",
    "ʕ•ᴥ•ʔ",
    "(ﾉ◕ヮ◕)ﾉ*:･ﾟ✧",
    "٩(◕‿◕)۶",
    "(～￣▽￣)～",
    "ฅ^•ﻌ•^ฅ",
    "😌🌿",
    "🌮🎉",
    "🎄🙂",
    "🚀🙌",
    "🍵😌",
    "🍁😊",
    "🐣",
    "🛶☀️",
    "🦔",
])

BODY = Pool('neutral business text (no marker; questions here are not feature asks)', [
    "Re {topic}: the Northside depot has signed off on the revised rota, and the Eastgate garage "
    "will follow once their supervisor is back from the driver-trainer course.",
    "Kindly find the updated figures for {topic} in the shared folder; the column headed "
    "'variance' is the one our finance team needs you to confirm.",
    "The elevator inspection certificates for towers B and C are uploaded. Tower A is still with "
    "the city inspector, expected by Friday.",
    "Quick one on {topic} — which address should the invoices go to from now on, accounts@ or the "
    "AP portal?",
    "We ran the overnight batch twice and the totals match now. Nothing else needed from your "
    "side on {topic}.",
    "For {topic}, please note our purchase order number changed to PO-88214 after the fiscal year "
    "rollover; the old one is closed.",
    "The park opens for the winter season on the 12th, so any user changes should be done before "
    "then, when the ticketing staff rotate.",
    "I have attached the signed order form. Page 3 carries the initials from our legal department "
    "as you asked.",
    "Where in the admin screen do I reset a password for someone who has been locked out? Two of "
    "our ride operators cannot log in this morning.",
    "Our auditors want a copy of your SOC 2 report before year end. Is that something you send "
    "under NDA or is it on your trust page?",
    "ok so on {topic} — the numbers from the Harbour Road site are in, the ones from Kiln Lane "
    "arent yet, Ill forward them when I get them",
    "The orchestra's box office moves into the new hall in January, so the shipping address on "
    "our account should change to 40 Concert Hall Square from the 2nd.",
    "Pls confirm the licence count on our current invoice is 42 and not 44, two users were "
    "removed in September.",
    "Following the call regarding {topic}: the decision was to keep the existing approval chain, "
    "with the shift lead as second approver.",
    "We noticed the export for {topic} includes a blank row at the end of the file. Not urgent, "
    "just so your support team knows.",
    "Our Lagos office will handle payment this quarter; the remittance will come from a different "
    "bank account, same company name.",
    "Is the data from the tracking terminals kept for 12 months or 24? Our compliance officer is "
    "asking for the retention period in writing.",
    "The bread lines in Plant 2 switch to the seasonal schedule from the 20th; expect fewer "
    "log-ins from that site for a few weeks.",
    "Regarding {topic}, I have looped in our procurement officer, who will handle the paperwork "
    "from here.",
    "Dear Sir, the remittance advice for invoice 2026-1187 is attached. Payment was effected on "
    "Tuesday via wire transfer.",
    "we've cleared the backlog of service tickets at the Pretoria branch, the remaining two are "
    "hardware and sit with our own IT",
    "Could you resend the onboarding guide as a PDF? The link in the original mail now opens a "
    "login page for us.",
    "Per our discussion, the three testing labs will share one admin account until the org chart "
    "settles. Please leave the permissions as they are.",
    "The board pack mentions {topic} on page 7 only in passing; no action is expected from your "
    "side.",
    "Noted on the maintenance window po. Our chapel schedule is not affected since Sunday "
    "services are booked on paper anyway.",
    "Can you tell me who at your company handles W-9 requests? Our new vendor form needs one on "
    "file before the next payment run.",
    "Two of the six solar install crews now report from the Fresno yard instead of Bakersfield; "
    "please reflect this in the location field if that sits on your side.",
    "I am forwarding the thread on {topic} to Ewa in our Kraków office, who runs the service desk "
    "for Central Europe.",
    "The monthly usage report arrived but the page for the Durban warehouse is empty. Is that a "
    "display issue or did the site really log nothing?",
    "For the record: the casino floor systems are on a separate network and not in scope for this "
    "contract.",
    "We will need the invoice split in two, one for the hotel tower and one for the gaming floor, "
    "because they belong to different legal entities.",
    "Our fiscal year closes 31 December, so anything billed after the 20th posts in January. Just "
    "flagging it for your accounts team.",
    "Attached are the minutes from Tuesday. Item 4, on {topic}, lists the owners and due dates.",
    "On {topic} we went with option B, the one with the weekly export, mainly because the night "
    "staff find it easier to follow.",
    "The pass logs from the Svalbard ground station are flowing into the dashboard again after "
    "the certificate renewal on our end.",
    "Please update the billing contact to Thandeka Mokoena, finance manager; the previous contact "
    "now sits with the treasury team two floors up.",
    "How do I change the time zone on the scheduled report? It arrives at 3am our time instead of "
    "8.",
    "Could we move Wednesday's review from 10 to 11? Our head keeper has the giraffe barn "
    "inspection at 10 and it tends to overrun.",
    "Not yet on the signed copy — legal has it and it should come back to me by Thursday.",
    "The fitness clubs in Cork and Galway go live on the new check-in kiosks next week, the rest "
    "of the chain in the new year.",
    "i checked {topic} on my phone, the second table doesnt scroll sideways, on desktop its fine",
    "Our treasurer asks whether the annual invoice may be paid in two instalments, as under the "
    "previous contract. If yes, please note it on the invoice.",
    "The route planners at the bus depot share workstations, so the sign-in prompt appears at "
    "every shift change. Where do we set the session length?",
    "For {topic}: headcount at the mill is 310 as of Monday, down from 326 after the dye house "
    "consolidation.",
    "Kindly note that our offices will be closed on Friday for a public holiday; any invoices "
    "should reach us by Thursday noon.",
    "I went through {topic} with Mrs Adeyemi this morning and we agree with the figures except "
    "line 14, which should read 1,200 and not 12,000.",
    "Sample chain-of-custody forms are attached for your records. The lab director signs them, "
    "not the technicians.",
    "The renewal paperwork is with our contracts team; they track everything against master "
    "agreement number 55-0192.",
    "We replaced the handheld scanners at the rental counters in Terminal 2, so you will see new "
    "device IDs in the log from Monday.",
    "Ja, the figures for {topic} tally with ours now, the difference was the VAT line.",
    "Would it be the same support number for after-hours issues at the pest control branches, or "
    "is there a separate line?",
    "Below the list of sites with their go-live status: 1) Leeds depot – live, 2) Bradford – "
    "live, 3) Wakefield – waiting on network cabling.",
    "As requested I confirm we have received the hardware shipment in good order, 14 boxes, no "
    "damage.",
    "The escalator downtime numbers for {topic} are higher this month because of the two planned "
    "overhauls, not faults.",
    "There's a mismatch between the user list and our HR export: 7 seasonal staff whose contracts "
    "ended in August still show as active. Do we deactivate them one by one or can your team do "
    "it in bulk?",
    "Our Tokyo office asks me to confirm the contract currency: is it billed in USD, and may the "
    "invoice also show the yen amount for their local books?",
    "Apologies for the late reply, your mail landed in the spam folder. The answer on {topic} is "
    "yes, the approval came through on Monday.",
    "We have reviewed the data processing addendum and have no comments. The countersigned "
    "version will follow from our DPO.",
    "re {topic} - the coach yard is still using the old login page, the bookmark points there. "
    "ill ask IT to push the new link",
    "The funeral directors at the three Glasgow branches each need their own view of the case "
    "list; at the moment all three see all cases. How do I restrict that?",
    "Item for your records: our company registration number changed after the merger of the two "
    "roasting businesses. New number on the letterhead attached.",
    "Our maintenance engineers raised ticket 40913 about the sync delay. It has sat in the portal "
    "with no comment since the 3rd; who is it assigned to?",
    "We will be running the parallel test on {topic} from the 9th to the 16th, both systems side "
    "by side.",
    "The invoice shows our old address in Rotterdam, we moved to the Maashaven building in "
    "August. Please correct and resend, otherwise our system rejects it.",
    "Payroll closes on the 25th here, so please send the usage statement before that date if it "
    "should be included in this month's allocation.",
    "I checked with our HSE manager and {topic} does not need a separate risk assessment, it is "
    "covered by the existing one.",
    "I come back to you regarding {topic}. Our direction has validated the budget line, the "
    "purchase order will be emitted next week.",
    "I remain attentive to any comment on the attached draft of {topic}, which our legal area "
    "prepared.",
    "The inspectors from the gaming commission will be on site on the 14th and may ask for system "
    "access logs; please have someone reachable by phone that afternoon.",
    "The membership desk at the zoo will use the shared inbox from now on, so replies sent to my "
    "personal address may take longer to be picked up.",
    "We printed the quick-reference cards for the ticket booths. Steps 4 and 5 of the refund "
    "procedure are swapped; can you send a corrected file?",
    "The sensors on the 400 kW array in Visalia stopped reporting between 02:10 and 04:40 on "
    "Sunday. Our side shows the inverters online during that time.",
    "It is noted that the service report for {topic} was received. We shall circulate it to the "
    "heads of department before the next management meeting.",
    "For our records, may we have the name and email of the account manager on your end for the "
    "Nairobi entity? Our vendor register requires one per entity.",
    "Hi, sending this from the road so excuse the brevity: the meter readings for {topic} are on "
    "the shared drive under /2026/Q4, file named readings_final_v2.",
    "Our group CFO signs anything above 25k, so the order for {topic} goes to her desk on Monday "
    "and should come back within the week.",
    "Please be informed that the cashier terminals at the Sun City property were re-imaged on "
    "Saturday. If the device count looks off on your side, that is why.",
    "One correction to the summary you sent: the trial ran at four clubs, not five, Limerick "
    "pulled out before the start.",
    "Could someone on your side explain line 3 of the credit note? We expected the prorated "
    "amount for 11 days, not 14.",
    "The weaving hall in Łódź works in three shifts, so the supervisors will log in at 6, 14 and "
    "22 hours. Please plan the training sessions around that.",
    "Confirming receipt of {topic}. Our planning department will review and revert with comments "
    "within ten working days.",
    "Heads up that our IT is changing the mail relay this weekend; if your notifications bounce "
    "on Saturday night, it is on our side.",
    "The gate counts for October are attached as a CSV, one row per entrance per hour. The "
    "aquarium entrance was closed for 3 days, hence the zeros.",
    "We keep getting two copies of every invoice, one by post and one by email. The email copy is "
    "enough for us, could you switch off the paper one?",
    "On {topic}, our works council needs to see what employee data is processed before we widen "
    "the rollout. I will share their questions as a list.",
    "Re the training, we'll send eight people from the Johannesburg branch and four from Cape "
    "Town. Names to follow by Wednesday.",
    "the lab's LIMS export for {topic} went through ok this time, 1,412 rows, same as the source",
    "Our accounts payable runs on Thursdays only. An invoice received on Friday will therefore be "
    "paid the Thursday after next.",
    "Please find below the contact list for the bus garages, in case your engineers need access "
    "on site: Ardwick – Paul, Hyde Road – Shireen, Queens Road – Tomasz.",
    "The new cold room at the bakery is on a separate circuit and has its own sensor gateway; it "
    "should appear as a new device in your list sometime today.",
    "May I ask where the audit trail is in the web console? Our gaming compliance manager needs "
    "to see who changed the jackpot reporting settings on the 2nd.",
    "For information, {topic} was discussed at our executive committee and noted; no decision was "
    "needed from them.",
    "We hebben — sorry, wrong language: we have uploaded the signed SLA to the portal. Our "
    "counterpart for service matters stays the facilities team.",
    "I have asked our IT manager to whitelist your domain, as some of your system emails go to "
    "quarantine. It should be done by end of day.",
    "Can you confirm the invoice for the Ōtautahi site is under the same contract as Auckland? "
    "Our finance system files them by region.",
    "Regarding {topic}, my colleague in the Manila office will send the signed form, she has the "
    "notarised copy.",
    "Noted, we will use the new support email for the rental branches from 1 December.",
    "The planned downtime on Sunday affects only the web portal, correct? Our mechanics in the "
    "lift service vans use the mobile app on weekends.",
    "Just to clarify the sequence on {topic}: first the data export from the old system, then "
    "your team's import, then our sign-off on the sample of 50 records.",
    "Our insurer asks for a certificate confirming your cyber liability cover. Who should I "
    "address that request to?",
    "The payment for September was returned by the bank because the IBAN on the invoice has a "
    "typo in the last two digits. Please send the correct details on letterhead.",
    "We are a bit behind on the data clean-up for {topic}, around two thirds done. The remaining "
    "sites are the rural depots where the connection is poor.",
    "Kindly advise the correct VAT number for your Irish entity; the one on the invoice does not "
    "validate on VIES.",
    "The technicians in the field have started using the checklist on tablets. Paper copies will "
    "be kept in the vans until March, as backup.",
    "Attached the floor plan of the new clubhouse in Utrecht with the device locations marked in "
    "red. Network ports are on the plan too.",
    "Good to know on {topic}. We'll adjust our internal procedure and circulate the updated "
    "version to the branch managers.",
    "The sound engineers at the concert hall use Macs, the box office uses Windows. Is the "
    "desktop client the same download for both?",
    "I sent the user list twice but the import log says 0 records. Is there a column order you "
    "expect?",
    "For {topic}, the sign-off sits with our Operations Director, since the depot managers report "
    "to him. He has the file.",
    "We had a power cut at the Mombasa site on Tuesday, the gap in the readings from 11:00 to "
    "15:30 is that, not an error.",
    "The procurement portal requires all vendors to re-register by 31 December. I have sent the "
    "link to the billing address on file.",
    "Please note that the tonnage figures in the report for the dye house are in kilograms, not "
    "tonnes, as shown in the header.",
    "Re: {topic}. Our side is ready. The test users are created, the sample data is loaded, and "
    "the network team opened the port.",
    "I am not sure who on your side owns the Singapore invoice, so I am sending this to you and "
    "the general billing address together.",
    "Our cremation records must stay in-country by regulation. Could you confirm in writing in "
    "which data centre our tenant is hosted?",
    "The new price list from your side came in. Our buyer will load it into the system this week, "
    "no comments so far.",
    "kindly correct the PO reference on invoice 7731 to 4500019822, our AP bot rejects anything "
    "without the 45 prefix",
    "The zoo's education team starts using the booking module for school groups in spring; until "
    "then they stay on the spreadsheet.",
    "Question from our site manager at the Gdańsk plant: is the label printer driver in the "
    "downloads area the current one? He has version 3.1 from last year.",
    "Following our exchange about {topic}, I have prepared a short summary for my director. I'll "
    "share it with you as well once she has read it.",
    "The ride inspection forms for the coaster were filed on time. Two items flagged amber, both "
    "closed by our engineers on the same day.",
    "We migrated the call recordings from the old storage to the new one over the weekend; the "
    "links in tickets older than June may not open.",
    "Our financial year-end audit starts on the 6th. The auditors may contact your team for a "
    "confirmation of balances, please answer them directly.",
    "From our side {topic} is closed. The remaining points go into the normal support queue.",
    "Is the support portal login the same as the application login, or do we need separate "
    "accounts for the support staff at the roastery?",
    "The lift controllers in the Parkview building are an older model; our engineers need the "
    "legacy connector from your site. Where can we download it?",
    "Twelve new members of staff joined the testing lab in Hamilton. Their names and roles are in "
    "the attached sheet, please create the accounts.",
    "We had a question from our union rep on {topic}, about whether drivers' location data is "
    "visible to supervisors after shift end. What is the answer I should give him?",
    "Our head office moved to the 9th floor, same building. Deliveries should go to reception on "
    "the ground floor.",
    "Mr Okonkwo will sign on behalf of the company as he holds the power of attorney for "
    "contracts of this size.",
    "I'll be the contact for {topic} on our side until the new procurement lead starts in "
    "February.",
    "The door counters at the Porto club double-count when the door is held open. Our facilities "
    "guy thinks it's the sensor angle, not your software.",
    "Please send the certificate of insurance to risk@ rather than to me; they keep the register.",
    "Sorry, I was unclear earlier. What I meant on {topic} is that the signatures are done, and "
    "only the scan is missing.",
    "Our accounting switches to a new ERP on 1 January. Invoices sent in the last week of "
    "December may need to be sent again; we will tell you which.",
    "In short: the 3 crews in Tucson use the app, the 2 crews in Flagstaff still phone in their "
    "jobs. That's why you see fewer logins from Flagstaff.",
    "Is there a maximum file size for attachments on a ticket? The inspection photos from our "
    "engineers are around 12 MB each.",
    "The stage crew schedule for the winter season is final. I have uploaded it so your trainer "
    "can pick a slot that avoids matinée days.",
    "re {topic}, answer from finance: they need the order form on letterhead, with validity date, "
    "or the PO won't go through",
    "A short status from the bakery: ovens 3 and 4 back online since Monday, sensor data looks "
    "normal again.",
    "Our legal team reviewed the updated terms of service and has no objection. They asked me to "
    "keep a PDF of the version dated 1 October.",
    "The lifeguards at the Shannon leisure centre enter incidents after their shift, so the "
    "timestamps in the log will be later than the incident times.",
    "Can you check why the weekly summary now goes to an old distribution list? It should go to "
    "ops-leads@ only.",
    "With regard to {topic}, the steering group met on Thursday and asked for a cost breakdown by "
    "site, which I will prepare with our controller.",
    "Our call centre in Cebu will take first-line calls from the rental customers from January. "
    "The agents will need read-only access.",
    "FYI the security team ran their annual penetration test against our own network last week. "
    "Your service wasn't in scope, nothing to action.",
    "The lab received the calibration certificates. One of the pipette serial numbers on the "
    "certificate doesn't match the unit, please check on your side.",
    "We've got a new starter on the maintenance planning desk, Joaquín, who will be copied on "
    "{topic} from now on.",
    "Please disregard my previous message about the missing invoice, it was filed under the wrong "
    "cost centre here.",
    "The crematorium logbook is now kept in the system for all three sites. Paper registers are "
    "archived at head office as regulation requires.",
    "To answer your question on {topic}: yes, the numbers include the franchise locations, except "
    "the two in Nevada that report separately.",
    "Our electricians will be on the roof of the warehouse on Tuesday to relocate the gateway. "
    "Expect the Modesto array to be offline between 9 and noon.",
    "Please route anything about invoices to Ama in finance, and anything about the system itself "
    "to me.",
    "The steering committee minutes are attached. For {topic} the owner is listed as 'TBD', I "
    "will confirm the name next week.",
    "Dear Madam, we acknowledge receipt of your letter dated 3 November. The matter has been "
    "passed to our Legal and Compliance unit for review.",
    "The aquarium divers log water quality in the morning and the keepers at night; the two gaps "
    "you asked about are the shift changeover.",
    "i think the csv you sent for {topic} has commas inside the address field, excel splits it "
    "into extra columns. could u send it with semicolons?",
    "We'll run the annual stock-take on the 28th and 29th; the warehouse scanners will be busy "
    "with that, so no system changes on those days please.",
    "Our company was renamed in October. The legal entity and bank details are unchanged, only "
    "the name on invoices needs updating.",
    "Is the invoice for the training days separate from the annual one, or is it included? I "
    "cannot find the line.",
    "On {topic}: the engineers prefer one longer session on site to several short calls. Half a "
    "day on a Tuesday works best for them.",
    "The gaming machines at the riverboat property report through a separate gateway, so their "
    "numbers arrive 30 minutes later than the hotel's.",
    "Below are the answers to your security questionnaire, numbered as in your document. Question "
    "17 is not applicable to us.",
    "The racking at the Newark branch was re-labelled, so the old location codes in your system "
    "no longer exist. The mapping is in the attached sheet.",
    "Confirming the site visit on Thursday at 10:00 at the Valley Road depot. Visitors need "
    "safety boots; we have spares at the gate if needed.",
    "Following the staff consultation, the new rota for {topic} starts on the first Monday of the "
    "month.",
    "Could your team send us the log for Saturday night between midnight and 3am? We are "
    "investigating a door alarm at the Nijmegen club.",
    "We counted 64 active users on our side and your portal says 67. Three may be test accounts "
    "your trainer created in June.",
    "The conductor's office has asked that the rehearsal schedule in the system be visible to the "
    "musicians only, not to the front-of-house staff. How do I set that?",
    "As discussed with your colleague on the phone, the invoice for {topic} will be paid from the "
    "capital budget, not the operational one.",
    "Our ticket office closes at 18:00 local, so any call about the kiosks should be before then, "
    "or with the night manager after.",
    "The shuttle buses between the terminals now have tablets; 22 devices in total, serial "
    "numbers attached.",
    "Small thing: in the monthly report the Kenyan shilling amounts are shown with a dollar sign. "
    "The amounts are correct, only the symbol is wrong.",
    "The certificate for {topic} expires in February. Who on your side sends the renewal "
    "reminder, or should we put it in our own calendar?",
    "We have three different spellings of the company name in your system (with and without "
    "'Ltd', and one with an ampersand). Can they be merged?",
    "Per the SLA, the incident on the 11th counts as priority 2. We have logged it in our "
    "supplier register accordingly; no further action needed.",
    "The field crews were trained yesterday at the Phoenix yard. Attendance sheet attached, two "
    "absentees will join the next session.",
    "We have moved {topic} to the Tuesday operations meeting agenda, it's a standing item now.",
    "Our hearse fleet has GPS from a different vendor; it's not connected to your system and "
    "doesn't need to be.",
    "The figures you asked for: 1,240 visitors on weekdays, 3,900 on weekend days on average in "
    "October. The spread is wider in summer.",
    "Hi, forwarding you the note from our CIO's office about the password policy change. It "
    "applies to all vendor accounts from 15 January.",
    "Quick status: {topic} signed, PO raised, invoice can be sent.",
    "Our bank requires the vendor's bank letter to be re-confirmed each year. Could your finance "
    "team send a fresh one dated this month?",
    "The printers at the booking counters print the rental agreements in A4 but the paper trays "
    "are Letter. Which setting controls the page size?",
    "The dyeing recipes are confidential and should not leave our server. Please confirm your "
    "import only reads the batch numbers and times.",
    "Just so you know, I'm now covering both the Abuja and Port Harcourt sites, so you may see me "
    "on threads for either.",
    "Item 2 of the action list, {topic}, is with our facilities team; item 3 is with yours. Item "
    "1 is done.",
    "Our new head of maintenance asked for a walkthrough of the reports he will receive. Could "
    "your support team point me to the right guide?",
    "The annual contract number is on the top right of the order form, it starts with AC-. Please "
    "quote it on all invoices.",
    "We noticed a difference between the time on the turnstile records and the server time, "
    "around four minutes. Which clock is the reference?",
    "For {topic}, the minutes say 'agreed in principle'. Our legal needs the final wording before "
    "they call it agreed.",
    "Pardon the delay in responding, sir. The documents requested for {topic} are attached, duly "
    "signed by the Managing Director.",
    "The safety officer at the Tilburg garden centre—sorry, the distribution hub next to it—asked "
    "for a printout of the last three months of incident reports for his audit.",
    "Three orchestra members use shared tablets in the library; each needs his or her own login, "
    "not the shared one. How do we set that up?",
    "For {topic} the reference period is 1 July to 30 September; the report you sent ran to 31 "
    "October.",
    "The park's rides are closed Mondays and Tuesdays from November, so the maintenance team will "
    "run the weekly checks on those days instead.",
    "The remittance for invoices 1143 and 1144 was sent as one payment, 18,400 in total. Please "
    "allocate accordingly.",
    "We need the invoice to show the order number on the first page, not only in the attachment, "
    "otherwise our scanner misses it.",
    "On the topic of {topic}, Yusuf from our internal audit will contact you directly about the "
    "sample of transactions they picked.",
    "Your engineer left the site at 16:20 on Wednesday and the ticket was closed at 16:22. Our "
    "site lead confirms the work was done.",
    "As per our procedure, any change to the contact list must come from the account owner by "
    "email. Please treat this email as that request.",
    "The installers use their own phones for the app. Is the data on the phone wiped when they "
    "log out? Our works council asked.",
    "I'm attaching the organisation chart for the casino's IT department so your team knows whom "
    "to contact for what.",
    "The pickup address for the returned handsets is the loading bay behind building C, not the "
    "main reception.",
    "Our lab accreditation visit is on the 20th. The assessor may ask how the data in your system "
    "is backed up, please send me the paragraph I can show her.",
    "For {topic}, our preference is to receive the report as a PDF attached to the mail, not as a "
    "link, because the link requires a login the directors don't have.",
    "Two escalators at the Central station site are being replaced in spring. The old controllers "
    "will be removed from the system then; I'll confirm the date.",
    "we're fine with the change to the invoice date, as long as the PO number stays the same",
    "Can you tell me whether the training sessions are recorded? Two of our funeral arrangers "
    "work weekends and would watch it later.",
    "Kindly be advised that the bank details in our vendor master were updated after your letter. "
    "The next payment will go to the new account.",
    "The new sign-in page works at all depots except Longsight, where the browser on the kiosk is "
    "too old. Our IT is replacing it this week.",
    "Our CFO has the paperwork for {topic} on his desk; he signs contracts on Wednesdays, so "
    "expect it back after that.",
    "Please cc our operations inbox on anything that involves downtime. They plan the crews "
    "around it.",
    "The numbers for {topic} look right to me. I've forwarded them to the controller to book the "
    "accrual.",
    "We are consolidating the three pest control regions into two from January: North (incl. the "
    "former Central) and South.",
    "Our treasury asks: is the price in the contract fixed for the whole term, or indexed yearly? "
    "I couldn't find the clause.",
    "Attached is the completed vendor onboarding form, including bank details on company "
    "letterhead and the signed code of conduct.",
    "The trial users at the Galway club have been switched to normal accounts. The trial banner "
    "still shows on their screen, does it go away by itself?",
    "Please note that Lindiwe is now the point of contact for {topic} on the Durban side; Sipho "
    "stays on for Cape Town.",
    "We are sorry for the late reply. Regarding {topic}, our side has confirmed the schedule "
    "internally, and the person in charge will send the final document by the end of this week.",
    "That's grand on the invoice, it has gone through to accounts. The only thing outstanding on "
    "{topic} is the signed addendum from our side.",
    "Y'all's invoice came in with the old PO, so our AP kicked it back. Send it with PO 7712 and "
    "it'll clear on the next run.",
    "Please check the attached file for {topic}. Our team leader reviewed it and has one question "
    "on page 2, the unit price for night shift support.",
    "Aye, the depot in Paisley has the new scanners now; the one in Greenock gets them after the "
    "stock-take.",
    "Just now I will send the signed copy, our MD is signing it as we speak.",
    "Hereby we confirm the purchase order for {topic} is released in our system under number "
    "4500231187.",
    "For {topic}: the figures are ok for us, but the invoice must mention our cost centre 3410, "
    "else the payment is blocked by our finance.",
])

SENT_BODY = Pool('our own neutral text (no marker)', [
    "The release going out on {day} fixes the duplicate rows in the export; no action is needed "
    "on your side.",
    "I've opened ticket 58120 for the sync delay you reported and assigned it to our integrations "
    "team.",
    "Our engineer will be in {city} on {day} and can stop by the depot for the scanner swap if "
    "someone can meet him at the gate.",
    "Attached is the reissued invoice with the corrected PO number. The original has been voided "
    "in our system.",
    "For {topic}, I've put the summary of our call in the shared doc, with the three open items "
    "at the bottom.",
    "Our support desk hours change from 1 December: 7:00 to 19:00 Central, Monday to Saturday.",
    "The maintenance window is {day} night from 23:00 to 01:00 UTC. The web portal will be "
    "unavailable; the mobile app keeps working offline.",
    "I'll be on leave from the 18th; my colleague Renata covers the account and has the full "
    "history on {topic}.",
    "The W-9 and our certificate of insurance are attached, both current.",
    "Your request for the SOC 2 Type II report is approved; a DocuSign for the NDA comes first, "
    "then the download link.",
    "Training materials for the booth staff are in the folder below, in English and Spanish.",
    "Re {topic}: our developers confirmed the blank row was a bug in the export. It is fixed in "
    "the patch released {day}.",
    "We moved your data to the EU region as agreed; the switchover took 40 minutes and all "
    "records reconciled.",
    "Our office in {city} will handle your invoices from January; the bank details stay the same.",
    "Quick recap of {day}'s call: the import template is attached, your team fills in the site "
    "codes, and we load it on our side.",
    "The credit note for the 3 unused days is attached; it will be netted against the next "
    "invoice.",
    "The password reset link has gone directly to the locked-out users. Links expire after 24 "
    "hours.",
    "I checked the logs for the Svalbard station: the gap was a certificate expiry on our relay, "
    "not your network.",
    "As requested, paper invoices are switched off. From the next cycle you will receive a PDF "
    "only, at ap@.",
    "For the training in {city}, we've booked the room at the depot for {day} from 9 to 12.",
    "I've updated the billing contact to your finance manager. A confirmation should have arrived "
    "from our billing system.",
    "Attached the release notes for version 8.4; the only change that touches your setup is the "
    "session timeout setting under Admin > Security.",
    "On your retention question: data is kept for 24 months by default and then deleted; the "
    "letter confirming this is attached.",
    "Your tenant is hosted in Frankfurt with a backup in Dublin; the hosting annex of the "
    "contract lists both.",
    "We've added the 12 new users for the Hamilton lab. Their invitations go out within the hour.",
    "The corrected quick-reference card is attached, with steps 4 and 5 in the right order.",
    "ticket 40913 is now with our senior engineer, Dmitri. He'll call your maintenance lead on "
    "{day}.",
    "The meeting invite for {topic} is out for {day} at 2pm your time; dial-in details are in the "
    "invite.",
    "For your auditors: the balance confirmation is attached, signed by our controller. The open "
    "balance as of 30 November is zero.",
    "The legacy connector for the older lift controllers is in the downloads area under Tools > "
    "Legacy. Version 2.9 is the right one.",
    "Our trainer is in {city} the week of the 14th and can do the on-site half day on {day}, if "
    "that suits your engineers.",
    "The shipping address on your account now points to the new hall. The next hardware delivery "
    "will go there.",
    "This year's bank letter is attached, on letterhead and signed by our CFO.",
    "I'm handing the day-to-day on your account to Kwame, who sits in our {city} office and will "
    "be your first contact for support questions.",
    "The incident on the 11th is written up in the attached report: cause, timeline, and the "
    "change we made to prevent a repeat.",
    "We've merged the three spellings of your company name into one record; historical invoices "
    "keep the name they were issued under.",
    "The label printer driver in the downloads area is the current one, 4.0. Version 3.1 still "
    "works but won't be updated.",
    "Session length lives in Admin > Security > Sessions. The default is 8 hours; you can shorten "
    "it to match your shift changes.",
    "Summary from {day}: go-live for {topic} is the 9th, your IT confirmed the firewall rule, and "
    "our side runs the data load the night before.",
    "The VAT number for our Irish entity is IE 3712045WH; it is now printed in the invoice header.",
    "The size limit for ticket attachments is 25 MB per file, so the inspection photos should go "
    "through.",
    "I've sent the certificate of insurance to risk@ as you asked and copied you for the record.",
    "Our support team runs reduced hours on {day}; urgent tickets are still covered by the "
    "on-call engineer.",
    "The offset on the turnstile records comes from the device clock; our server time is the "
    "reference and syncs over NTP.",
    "For {topic}, the sample of 50 records is loaded in the test environment, ready for your "
    "sign-off.",
    "The price in your contract is fixed for the three-year term; see clause 7.2 on page 5.",
    "The kiosk browser needs Chrome 110 or later. I've sent your IT the list of supported "
    "versions.",
    "Attached the updated data processing addendum with your DPO's comments worked in; changes "
    "are tracked.",
    "Our engineer confirmed the work in the Parkview building was completed on {day}; the service "
    "report is attached.",
    "We're changing our invoice numbering in January, new invoices will start with 27-. Old "
    "invoice numbers stay valid for payment.",
    "Thandeka is set up as your billing contact; she'll receive the invoice for {topic} directly.",
    "Our release on {day} changes the login page address. The old address redirects for 90 days.",
    "The recording of the training session is in the shared folder; it runs 1h40 and has chapters.",
    "The connector certificate renews automatically; our system emails you 30 days before expiry.",
    "I had a look at the Flagstaff numbers: the lower logins match the crews phoning in jobs, as "
    "you said. Nothing is wrong with the app.",
    "We'll send the engineer from our {city} office, he knows the site layout from the "
    "installation.",
    "Data on the phone is wiped when the user logs out or after 14 days without a login, "
    "whichever comes first.",
    "Your tenant sits in the Sydney region, so your data stays in Australia, backups included.",
    "I'll be running the {topic} workshop on {day}; agenda attached, around 90 minutes.",
    "The trial banner clears at the next login after the account type changes. If it is still "
    "there tomorrow, send me a screenshot.",
    "Payment received for invoices 1143 and 1144, allocated as you described.",
    "Our status page now lists the {city} data centre separately, so you can subscribe to the "
    "region you use only.",
    "We corrected the IBAN on the invoice template; a fresh copy of the September invoice is "
    "attached.",
    "The audit trail is under Admin > Activity, filterable by user or by setting. Entries are "
    "kept for two years.",
    "From the next cycle the order number will be on page 1 of your invoices; I've added it to "
    "your account notes.",
    "To recap the open items on {topic}: 1) site codes from your side, 2) import on ours, 3) "
    "joint check on {day}.",
    "The courier has the pickup request for the returned handsets and will come to the loading "
    "bay behind building C on {day}.",
    "The note for your accreditation assessor is attached: how backups run, where they're stored, "
    "and how often we test a restore.",
    "The after-hours support number is unchanged; calls after 19:00 go to the on-call engineer.",
    "Our accounts team will send the balance confirmation straight to your auditors; they have "
    "the request.",
    "Re {topic}: the order form is on letterhead now, with the validity date your finance asked "
    "for.",
    "The device IDs of the new scanners at Terminal 2 are registered; the old ones are archived.",
    "Our engineering team is in {city} for a conference on {day}, so ticket answers may be a few "
    "hours slower that day.",
    "Attached are the minutes from our review of {topic}, with actions and owners.",
    "The attendance certificates for the Phoenix crews are in the attachment, one PDF per person.",
    "Your operations inbox is now on the downtime notification list.",
    "The distribution list for the weekly summary is fixed; from this week it goes to ops-leads@ "
    "only.",
    "Our AP contact changed: please send remittance advice to remittance@ instead of my address.",
    "The import log showed 0 records because the first column was empty. The expected column "
    "order is in the attached template.",
    "About the shilling symbol in the monthly report: it is a formatting bug, and the fix is in "
    "the {day} release.",
    "Confirming the on-site visit: our engineer arrives at the Valley Road depot {day} at 10:00 "
    "and brings his own safety boots.",
    "Separate logins are set up for the three library tablets; the shared account is disabled.",
    "The rehearsal schedule is visible to the musicians' group only now; front-of-house no longer "
    "sees it.",
    "Tokyo can have a second invoice copy showing the yen amount at the day's rate; the USD "
    "invoice remains the legal one.",
    "The patch for the duplicate notifications goes live {day} evening, no downtime.",
    "I'm in {city} on {day} for another customer and could drop the replacement tablets at your "
    "office in the afternoon.",
    "The service report for October is attached. Uptime was 99.97%, with one incident on the 11th.",
    "Our legal team has countersigned the SLA; your copy is in the portal under Documents.",
    "The user list on our side shows 64 active users now, same as yours; the three test accounts "
    "were removed.",
    "Case 77-4410: the sensor gap at the Visalia array was on the gateway's side, it lost its "
    "uplink between 02:10 and 04:40.",
    "On the records-residency requirement: your data is hosted in our Johannesburg region and "
    "does not leave the country.",
    "We've noted the new registration number on your account; the next invoice will carry it.",
    "Whitelisting instructions for your IT are attached, with our sending IP ranges and the DKIM "
    "selector.",
    "I'll send the agenda for {topic} by {day}, once our product lead confirms which items he "
    "covers.",
    "From January your account manager will be Ines, based in {city}. I'll introduce you both on "
    "a call before the handover.",
    "The new support address for the rental branches is active: support-rentals@. The old address "
    "forwards until March.",
    "Our support rota over the holidays is attached; the on-call engineer covers 24 to 26 "
    "December and 1 January.",
    "Invoice 27-0012 covers the training days only; the annual subscription is on invoice 27-0011.",
    "Short status from our side: the data migration for {topic} finished at 03:12, 18,904 "
    "records, no errors.",
    "On the clock question: turnstiles sync every hour, so four minutes of drift means a sync "
    "failed. We've reset it.",
    "Our trainer's slides from {day} are attached, together with answers to the two questions we "
    "couldn't answer live.",
    "Our billing team is splitting the invoice in two, hotel tower and gaming floor, each under "
    "its own legal entity.",
    "Visit report from the Porto club: sensor angle adjusted, no double counting observed since.",
    "The automatic reminder for {topic} is paused until your legal team has the final wording.",
    "The shuttle bus tablets are registered under your account, 22 devices, serials matched to "
    "your list.",
    "On {day} our {city} team runs the load test from the plan; you may see more traffic from our "
    "IPs between 20:00 and 22:00.",
    "The sound engineers can use the same desktop client download; the installer detects Mac or "
    "Windows.",
    "Your remittance came through on {day}; the receipt is attached.",
    "I've logged the French column headings as ticket 61002; it sits with the localisation team.",
    "Our answers to your security questionnaire are attached, in your numbering; two items refer "
    "to the SOC 2 report rather than repeat it.",
    "Bank charges on the wire were deducted from the amount; the difference of 35.00 is written "
    "off on our side.",
    "The log extract for Saturday night at the Nijmegen club is attached, midnight to 3am, as a "
    "CSV.",
    "I'm at the trade fair in {city} until {day}, reading mail in the evenings; Renata has the "
    "account in the meantime.",
    "The handover notes for {topic} are in the account folder; Kwame has read them and will join "
    "the next call.",
    "FYI: the old reporting server is switched off on {day}. Scheduled reports already run from "
    "the new one.",
    "We can run the data export for your internal audit sample; which transaction IDs did they "
    "pick?",
    "As discussed, our engineer will bring the legacy connector on a USB stick in case the "
    "download is blocked on site.",
    "The refund of the duplicate payment went out on {day}, reference RF-2210.",
    "I've re-sent the onboarding guide as a PDF attachment; the old link needed a login.",
    "Section 3 of the administrator guide covers deactivating users in bulk; the link is below.",
    "The order form for {topic} is countersigned on our side; your copy is attached for your "
    "files.",
    "For your works council: attached is a one-page description of what employee data the app "
    "processes and who can see it.",
    "Our escalation contacts, in order: first-line support, then the duty manager, then me.",
    "Finance confirms the annual invoice can be paid in two instalments, the second due 30 June. "
    "It is noted on the invoice.",
    "We'll be in {city} for the user group meeting on {day}; slides will be shared afterwards for "
    "anyone who can't attend.",
])

FEATURE_ASK = Pool("feature / integration / roadmap ask (marker feature_ask)", [
    "Quick one from the depot: is {feature} anywhere on your roadmap? Our signalling contractors "
    "keep asking.",
    "We'd need {feature} before the timetable change goes live. Is that something you're building?",
    "Does the platform do {feature} yet, or is that still a maybe?",
    "Our dispatch leads want {feature}. Any ETA you can share, even rough?",
    "Is there a plan to add {feature}? Right now we re-key everything by hand after each "
    "inspection round.",
    "Honest question - will {feature} ever land, or should we stop waiting on it?",
    "The elevator techs asked me to find out if {feature} is coming. They're tired of the "
    "spreadsheet shuffle.",
    "Can your system handle {feature}? Our old vendor could, and the crews notice the gap.",
    "Pls confirm if {feature} is in scope for next release. Need to tell the plant.",
    "Kindly advise whether {feature} is supported, as our auditors require it from Q1.",
    "Wondering if {feature} is on the cards at all. It would save our night shift about an hour "
    "per run.",
    "Any movement on {feature}? You mentioned it at the kickoff and I haven't heard since.",
    "is {feature} a thing yet? asking for the ops channel lol",
    "Our colocation customers are starting to ask for {feature}, so I need to know if it's coming "
    "before I promise anything.",
    "What would it take to get {feature} turned on for us? Happy to be a pilot site.",
    "Would you consider {feature}? We're two depots and both have asked for it.",
    "We're evaluating whether to keep the side tool we use for this - does your team have "
    "{feature} planned for this year?",
    "Two asks from the dye house: {feature}, and a way to flag rejected rolls. The first one "
    "matters most - is it on the list?",
    "Any chance of {feature}? The solar crews would use it daily.",
    "Could {feature} be added for the Kenyan branch as well, or is that only for the US tenants?",
    "How far out is {feature}? I have a board slide that says 'vendor to confirm'.",
    "Is {feature} roadmap or wishlist? Need to know which column to put it in.",
    "Before our fleet refresh I want to check one thing: will you support {feature}?",
    "Our chemists would kill for {feature}. Is anybody on your side working on that?",
    "Any news about {feature}? The zoo's keepers log feeds on paper when the tablet can't do it.",
    "Are you guys planning {feature} at some point? We'd pay extra for it, frankly.",
    "The product sheet doesn't say - is {feature} included, or a separate module we'd need to "
    "license?",
    "Hoping you can tell me {feature} is coming. Otherwise I'm building a macro again.",
    "Is there a beta for {feature}? We'd sign up tomorrow.",
    "I'm being asked by the funeral directors whether {feature} is possible. Is it?",
    "Do you intend to offer {feature}? Several of our franchisees run a competitor that already "
    "has it.",
    "Would it be feasible to get {feature} on the roadmap? Our pest techs do forty stops a day "
    "and it would make a real difference.",
    "One request that keeps coming up in our team retro: {feature}. Is it being considered?",
    "Our IT security lead needs {feature} before she'll sign off on wider use. Timeline?",
    "Can you find out from product whether {feature} is planned? I'd rather not guess in front of "
    "the steering group.",
    "Do you support {feature} in the EU data center, or only in the US one?",
    "Is {feature} something your engineers could look at this quarter? It's our top ask.",
    "The ground handling supervisors keep asking me about {feature}. Is there a date?",
    "We need {feature}. Not nice-to-have, need. Where does it sit on your list?",
    "Will {feature} work with our existing setup when it ships, or would we need to migrate?",
    "Eh, we are wondering if {feature} will come soon? Our manager in Lagos asked me this morning.",
    "Is it possible to get {feature}? Currently we export, fix in Excel and re-import, every "
    "single week.",
    "Roadmap question: {feature}. Yes, no, someday?",
    "Any plans for {feature}? The satellite imaging team asked, and they're not usually the ones "
    "asking.",
    "Could we see {feature} on a demo account before it's general release? We'd test it hard.",
    "If {feature} were available we'd move the second site onto you. Is it coming?",
    "Sorry to be that customer, but - {feature}. Any update from your product people?",
    "When might {feature} be ready? Rough quarter is fine.",
    "Does your API expose enough to build {feature} ourselves, or are you adding it natively?",
    "We saw {feature} in another vendor's demo last week. Is that something you do, or plan to?",
    "Ok so the parking attendants want {feature}. Is this anywhere in the pipeline?",
    "Would love to know whether {feature} is part of the spring release.",
    "Can you confirm {feature} is on the roadmap so I can stop the workaround project on our side?",
    "Our QA lab needs {feature} for ISO traceability - are you adding it?",
    "Ja, one more point: {feature}. Is this planned, and if yes, when?",
    "Trying to plan our budget. Will {feature} be part of the standard plan or an add-on, and "
    "when does it arrive?",
    "Might you be able to give us {feature}? Even a basic version would do.",
    "Any idea if {feature} is being worked on? I keep getting pinged about it by the bike "
    "assembly line leads.",
    "Hey, does your thing support {feature}? Couldn't find it in the docs.",
    "Is {feature} on your radar? It's the one gap our staffing coordinators keep raising.",
    "When you say 'coming soon' for {feature}, what does soon mean in your world?",
    "Can the tool be made to do {feature}? Our theme park ops have to reconcile ride counts "
    "nightly without it.",
    "Question for your roadmap people: {feature}, any intention of building it?",
    "We'd like to request {feature}. Who do I log that with, and is it already planned?",
    "Do you have {feature} in the works? The orchestra's librarian asked and I said I'd check.",
    "Please can we have {feature}? Our site managers are begging.",
    "Three of our coworking locations have asked whether {feature} is possible. Is it?",
    "Is {feature} still planned for this year? It slid off the last release notes.",
    "What's the status of {feature}? Last I heard it was in design.",
    "Could you build {feature} if we co-funded it? Serious question.",
    "Are there plans to support {feature} for multi-site accounts like ours?",
    "Will {feature} be available to us on the current contract?",
    "Our cremation records team needs {feature}. Is that on the horizon?",
    "One thing that would make a big difference: {feature}. Possible?",
    "I'd like to know if {feature} is something you'd prioritise if enough customers asked.",
    "Do you know when {feature} goes GA? Our regional lead asked me directly.",
    "Has anyone asked for {feature} before? We can't be the only ones.",
    "Quick check: {feature} - yes or no on the roadmap?",
    "Could you put me in touch with whoever owns {feature} on your product team? We have "
    "requirements to share.",
    "Is {feature} in the enterprise tier, and if not, will it be?",
    "We're mapping our processes for next year and {feature} is the missing piece. When?",
    "would be great to get {feature}, any chance??",
    "Does the mobile app do {feature}, or only desktop? The field crews are mostly on phones.",
    "Any possibility of {feature} before our audit season? It would save us a lot of manual "
    "evidence-gathering.",
    "Our esports analysts want {feature}. Is it in progress or should I tell them no?",
    "Is there a way to get {feature}? If not today, is it coming?",
    "We've outgrown the manual workaround. Is {feature} going to be offered?",
    "Right, so {feature} - are your lads building that or not?",
    "Sincere apologies for the repeat question, but is {feature} still on the roadmap? Our CFO is "
    "asking.",
    "The lab techs want to know whether {feature} could be switched on for their instrument data.",
    "Would {feature} be doable in the next few months? Our packaging line goes live with a new "
    "press and we'd want it there.",
    "Is {feature} supported for the Canadian sites, eh? Need bilingual too, if you're building it.",
    "Curious whether {feature} has any timeline attached. Even a 'not this year' helps.",
    "Our groundskeepers at the cemetery want {feature} for plot maps. Can your system do it?",
    "Do you plan {feature}? We have a tender next year where it's mandatory.",
    "Any chance {feature} makes it into the next sprint? Half our escalations are about its "
    "absence.",
    "Is it on the roadmap to support {feature}? I'd like to tell the Dutch office something "
    "concrete.",
    "Can I get a straight answer on {feature}? Coming, not coming, or undecided?",
    "We're keen on {feature}. Is it being scoped yet?",
    "I have a feature request: {feature}. Tell me it's already planned.",
    "Our haulage partner asked if you integrate {feature}. Do you, or will you?",
    "Does anyone on your side know if {feature} is happening? The Polish warehouse team is "
    "waiting with the go-live.",
    "Could {feature} be supported soon please, we are having to do it by phone calls now.",
    "Is {feature} included in what's shipping next quarter, or further out?",
    "I need to know about {feature} by the time we sign next year's budget. Is it planned?",
    "Is {feature} being built? Our regulator is pushing us toward it.",
    "Seriously considering asking for {feature} formally. Is there a feature request process, and "
    "is it already on it?",
    "Can your platform talk to our SCADA for {feature}? If not now, is that planned?",
    "Can you add {feature}? Our bakery-to-store runs would be so much easier to track. Wait, not "
    "bakery - the spare parts runs. Same question.",
    "Another vote for {feature} from the Johannesburg branch. Any timeline, boet?",
    "Is {feature} going to come to the basic plan, or stay enterprise-only?",
    "Would you have something like {feature}? Our funeral arrangers deal with it daily.",
    "Let me know if {feature} is a possibility. It's been on our wish list for ages.",
    "How likely is {feature} in the next six months? Scale of one to ten.",
    "We really need {feature}. Our night auditors waste hours without it. Is it close?",
    "Our tour operators ask if you have {feature}. Is it existing or future?",
    "Do your devs have {feature} on their board? Our team would test a preview.",
    "I'd argue hard internally for your renewal if {feature} were coming. Is it?",
    "So - {feature}. Is this in the plan for the next major version?",
    "Could you look into offering {feature}? It's become a deciding factor for the new wing.",
    "We have 12 sites asking the same thing: when is {feature} coming?",
    "Do you have any update regarding {feature}? Mr. Tanaka asked me again today.",
    "Will there be {feature} for the solar monitoring side? Installers want it badly.",
    "Is {feature} something you'd ever support, given how niche we are?",
    "What are the odds of {feature} landing before our peak season?",
    "Asking on behalf of the warehouse: {feature}, is it on the roadmap?",
    "Would {feature} be possible through an API if not in the UI? We have a developer ready.",
    "I've been told {feature} is in beta somewhere. Can we get on it?",
    "Wanted to ask whether {feature} is part of your plans. The aquarium's vet team would benefit.",
    "Do you support {feature} or is that a custom job?",
    "Our rail maintenance planners need {feature} to replace the old green-screen system. Please "
    "say it's planned.",
    "Are you building {feature}? Straight yes/no is fine.",
    "Can {feature} be enabled for our account? If it's not built yet, when?",
    "Need {feature} for the fleet of forklifts. Doable?",
    "When's {feature} expected? Planning our training calendar around it.",
    "Has {feature} been prioritised? We asked back in the spring.",
    "Is it realistic to expect {feature} this financial year?",
    "Mate, is {feature} ever going to happen? Asking nicely.",
    "Is {feature} planned for the on-prem version too?",
    "We'd find {feature} incredibly useful. Any chance you're looking at it?",
    "Our staffing desks want to know if {feature} is coming. It's the number one thing in every "
    "feedback round.",
    "Do you foresee {feature} in the near term? We'd adjust our rollout to suit.",
    "I'm writing up the requirements doc for next year - can I list {feature} as 'vendor roadmap'?",
    "Will you be supporting {feature} once the new platform launches?",
    "Could you tell us more about the plans for {feature}? The board wants a date.",
    "Please add {feature} to the list of requests from our side, and let me know if it's already "
    "scheduled.",
    "Any way to get an early look at {feature}? We have a use case ready.",
    "Would {feature} be on the table if we committed to a longer term?",
    "I wanted to float {feature} as a request - is it something you already plan to ship?",
    "Where are you with {feature}? Last update I got was months ago.",
    "Does it do {feature}? If so I've missed it; if not, is it coming?",
    "Our event ops at the stadium concourse asked about {feature}. I said I'd chase you.",
    "Is {feature} likely to be supported by the time our new terminal opens?",
    "Can you confirm whether {feature} made the cut for your next release train?",
    "We'd really value {feature}. Is product considering it?",
    "I keep getting asked about {feature} by our Filipino support hub - po, is it coming?",
    "Wondering about {feature}: planned, parked, or dead?",
    "Is there any intention to integrate {feature} with your scheduling module?",
    "Could {feature} come to the tablet app? Our vets do rounds with tablets.",
    "Tell me honestly: is {feature} a this-year thing?",
    "Please share the roadmap for {feature} if you have one.",
    "When do you reckon {feature} will be live?",
    "Is {feature} available in a sandbox? We'd like to try it before committing our Nairobi team.",
    "Any plan to let us do {feature} without going through support every time?",
    "Our textile buyers ask if you can support {feature}. Is it possible now or later?",
    "Have you got {feature} planned? We're drafting our three-year systems plan.",
    "Small ask, big impact: {feature}. On the roadmap?",
    "Can your team give a date for {feature}? A quarter is fine.",
    "Is anybody building {feature}? Our partners in Monterrey are asking every week.",
    "Do you anticipate adding {feature}? Without it we run a separate tool and pay twice.",
    "Is {feature} something your product folks have looked at? I'd love a call with them.",
    "Will {feature} support our setup with three legal entities?",
    "Can we expect {feature} at some point, or should we budget for a third-party add-on?",
    "Is {feature} live for anyone yet? We'd take an early-access slot.",
    "Tbh {feature} is the one thing missing for us. any eta?",
    "Any chance of {feature} getting bumped up the list? We'd be a reference customer for it.",
    "Is {feature} going to work offline? Our tunnel crews have no signal.",
    "I'm told {feature} is 'in discovery'. What does the timeline look like after that?",
    "What's the likelihood of {feature} for the elevator modernisation projects?",
    "We would like {feature} for our laboratories - could you check with development if this is "
    "foreseen?",
    "Is {feature} a paid add-on when it arrives, or part of the core?",
    "The crematorium in Galway wants {feature}. Sure, is that on the list at all?",
    "Does your roadmap include {feature}? I'd like to see it if you can share under NDA.",
    "Can you support {feature} for the ground crews at the regional airports?",
    "We're hoping for {feature}. Has your team decided on it yet?",
    "Just need to know: {feature}, and when?",
    "Wondering if {feature} could be on your list for next year. It would help the whole fleet.",
    "Is {feature} being looked at by your integrations team? Our dev is ready to test.",
    "Are there any plans for {feature}? It'd let us retire two spreadsheets and a whiteboard.",
    "Our quality manager keeps saying 'ask them about {feature}', so: is it coming?",
    "Would you support {feature} if it were only for our region?",
    "Can we get {feature} prioritised? It's blocking our next site rollout.",
    "Does {feature} exist in some form? The docs are silent.",
    "One more from the Milan office: is {feature} planned for the Italian tenants?",
    "Is {feature} on next year's roadmap or the one after?",
    "Could you check with your product manager whether {feature} is on the cards?",
    "Do you have any timeline for {feature}? Our Korean partners asked during the visit.",
    "Can the system be extended with {feature}? We've got the use case documented.",
    "Might {feature} be added for heavy users like us?",
    "What's your position on {feature}? Building it, partnering for it, or neither?",
])

DEFERRAL = Pool('deferral with a postponement verb (marker deferral)', [
    "Let's push the review to {month}. The depot inspections are eating every hour we have.",
    "Can we postpone our sync until {month}? We're mid-migration on the rail side.",
    "I'd rather we defer this until {month}, when the new fiscal year starts.",
    "We'll have to put the QBR back to {month}.",
    "Could we bump this to {month}? Nothing is going to move before then anyway.",
    "Moving our catch-up to {month} - I'll send a new invite when things settle.",
    "I'm going to park this until {month}.",
    "Let's shelve the roadmap session till {month}, if that's ok.",
    "Can we revisit in {month}? The elevator modernisation bid has swallowed the team.",
    "We need to delay the workshop to {month}, sorry.",
    "Suggest we reschedule for {month} when the new plant manager is in place.",
    "Pls push to {month}. Crazy here.",
    "Kindly note we shall postpone the quarterly review to {month}.",
    "Any objection if we kick the can to {month}? The depot audit landed on us.",
    "I'll circle back in {month} once the audit closes.",
    "Mind if we hold off until {month}? Our solar install season is still running late.",
    "Let's pick this back up in {month}.",
    "We have decided to defer the discussion to {month}.",
    "Happy to reconnect in {month}; before that it's not realistic for us.",
    "Going to have to slide the business review into {month}.",
    "Could we move the training to {month}? Half the techs are on call-outs.",
    "Let's table it for now and come back to it in {month}.",
    "I need to push our monthly to {month}, the satellite launch window moved and it's all hands.",
    "Can we put a pin in this until {month}?",
    "Would it be ok to postpone until {month}? Our new ERP goes in next week and I'm living in it.",
    "We're pausing all vendor reviews until {month}.",
    "I'll get back to you in {month} on this.",
    "Let's regroup in {month}, after the tender is decided.",
    "Postponing to {month} - please don't read anything into it, it's just the season.",
    "Can we shift the planning session to {month}?",
    "We'll need to reschedule to {month}; the zoo's winter maintenance has everyone out in the "
    "enclosures.",
    "My suggestion: we push it to {month} and keep it short then.",
    "Could we delay the QBR until {month}? We're in the thick of year-end close.",
    "Mind pushing our call out to {month}?",
    "Let's pause this thread until {month}.",
    "We will revert in {month}.",
    "I'm moving this to {month} on my side.",
    "Can we hold this over until {month}?",
    "Rescheduling our review for {month}, new invite to follow.",
    "Would you be ok deferring the rollout discussion to {month}?",
    "Let's reconvene in {month} when the numbers are in.",
    "Punting this to {month}, sorry - too much on.",
    "Can you put us down for {month} instead? Postponing the current slot.",
    "We should probably move the kickoff to {month}.",
    "I'd like to defer our renewal conversation until {month}.",
    "Can we bump the demo to {month}? The funeral homes are in their busiest stretch.",
    "Let's push back the steering meeting until {month}.",
    "We've had to postpone all non-critical projects to {month}, this included.",
    "Please move our standing call to {month}, we'll reassess then.",
    "I'll reach back out in {month}. Until then we're heads-down.",
    "Got your note. The escalator contract renewal has turned into a monster, so I'm going to "
    "push our review to {month}. Will ping you.",
    "We are postponing the meeting until {month} because of the new regulation, sorry for that.",
    "Our GM wants all vendor sessions moved to {month}; yours is one of them.",
    "Let's defer until {month}. I'd rather give this proper attention than half of it now.",
    "Re: QBR - can we slip it to {month}? The chemical plant turnaround is running over.",
    "I think we should postpone the expansion chat to {month} and see where volumes land.",
    "need to move this to {month}, apologies",
    "We'll circle back in {month} - right now the colocation build-out is all we can think about.",
    "Would you mind terribly if we put this off until {month}?",
    "Putting our check-in on hold until {month}.",
    "Could we re-slot for {month}? Ours is a small team and two are on leave.",
    "I'll have to delay my feedback until {month}, the lab accreditation visit is next.",
    "Can the review wait till {month}? I'll reschedule from my side.",
    "Best to push to {month}, honestly.",
    "Let's reschedule the whole thing for {month} - new dates to follow.",
    "Hi, so sorry but I have to cancel today and rebook for {month}.",
    "Our board asked us to defer new tools discussions to {month}, so we'll hold until then.",
    "Let's postpone. {month} works better for everyone on our side.",
    "Can we push the business review to {month}? Nothing wrong, just too much going on.",
    "We will delay the pilot to {month}; I'll let you know if that changes.",
    "Proposing to shift our conversation to {month}.",
    "Hi - I'm deferring this to {month}. I know we said this week, but the staffing peak hit "
    "early.",
    "Let's pick it up again in {month}, when the new season schedule is out.",
    "Ok to push our session to {month}? I'll be in a better place to discuss.",
    "As discussed with my team we will postpone the onboarding of the second site to {month}.",
    "Let's park the data migration piece until {month}.",
    "Can we put everything on ice until {month}?",
    "Moving the review out to {month}, as our priorities have shifted for the quarter.",
    "Can we hold fire until {month}? Budgets are frozen until the new year sign-off.",
    "I'd prefer to postpone until {month}, if you can live with that.",
    "Sorry, pushing again - {month} now.",
    "Let's regroup after {month}; until then we're consumed by the move to the new terminal.",
    "Please reschedule our call to {month}.",
    "We'll revisit the expansion topic in {month}.",
    "I'm going to hit pause on this until {month}.",
    "Could we defer the training to {month}? The orchestra's touring and the admin team with it.",
    "We must postpone our appointment to {month}, prosze o zrozumienie - very busy in the "
    "warehouse.",
    "I'll get back in touch around {month}.",
    "Let's bump the roadmap call to {month} and do it properly then.",
    "Would pushing to {month} work? Sorry for the shuffle.",
    "Delaying to {month} - the cemetery expansion approvals are with the county and I can't plan "
    "anything until they're back.",
    "Can we take this up again in {month}?",
    "Let's move the check-in out to {month}, nothing urgent on our side.",
    "Rebooking us for {month}. Fewer fires by then, hopefully.",
    "We'll pause the onboarding and restart it in {month}.",
    "I'd like to push this conversation out until {month}, when we know our volumes.",
    "Could you move our slot to {month}? I'm drowning in the parking permit changeover.",
    "Let's postpone to {month}; I'll confirm a date nearer the time.",
    "The team asked me to defer the demo until {month}.",
    "Let's leave it until {month} and pick it up then.",
    "Our MD has asked that we postpone any renewal talks to {month}.",
    "Can we defer the QBR? {month} would be the earliest I can do it justice.",
    "Going to reschedule the sync for {month} - the rolling-stock delivery is delayed and "
    "everyone's firefighting.",
    "Let's take a rain date in {month} instead; pushing today's session.",
    "We have to put the second phase back until {month}, at the earliest.",
    "Can I ask you to move the review into {month}? This month is a write-off.",
    "Delay till {month} pls",
    "I'm postponing the stakeholder session until {month}, as our COO is only then available to "
    "attend.",
    "Let's defer decisions to {month}; I'll have a clearer picture of headcount.",
    "We will push the evaluation back to {month}, kindly adjust your plans accordingly.",
    "If it's alright with you, we'll pick the conversation up in {month}.",
    "Can you hold this until {month}? We want to look again then.",
    "Ugh, need to move our call again - {month}?",
    "We should revisit this in {month} once the pest-season contracts are signed.",
    "Pushing the on-site visit to {month}. The aquarium is closed for works and there's nothing "
    "to show you.",
    "Let's reconnect in {month} when I'm out from under the audit.",
    "Could we postpone the executive review to {month}? The calendars just don't line up.",
    "I'll come back to you in {month} with our thoughts.",
    "Defer to {month}, please. I'll explain another time.",
    "Sorry - the textile fair ate my month. Can we move everything to {month}?",
    "We'd like to delay the upgrade conversation until {month}.",
    "I'll bump our monthly call to {month}, skipping the next couple.",
    "The project is postponed to {month}, and our meetings with it.",
    "Let's slow down and re-discuss in {month}.",
    "Moving this out until {month}. Will reach out.",
    "Can we postpone until {month} and do the session in person in the new office?",
    "Nothing from our side until {month}, so let's push the check-in there.",
    "Hope it's ok - we're pushing the QBR into {month} to line up with our planning cycle.",
    "Shall we defer the rollout review to {month}? I can't get the regional heads together before "
    "that.",
    "Let's revisit the numbers in {month}.",
    "I have to cancel our recurring slot and would like to restart it in {month}.",
    "Best we regroup in {month}; right now it's wall-to-well... wall-to-wall, I mean.",
    "We can pick this up after {month}, when the new director has settled in.",
    "Could the demo slide to {month}? Our crews are fully booked until then.",
    "I'll follow up in {month}.",
    "We're pushing all our vendor QBRs back to {month}. Yours included, sorry.",
    "Let's hold this conversation till {month}, the warehouse move is on.",
    "I'm afraid we have to postpone to {month}.",
    "Can we delay the integration kickoff until {month}? Our IT is tied up with the ground "
    "handling contract.",
    "Pushing to {month}. Not ideal, I know.",
    "We'll reschedule the workshop for {month}, if you can keep a slot open.",
    "Could we defer to {month}? I'd hate to rush it.",
    "Let's postpone our planning session - {month} is more realistic for us.",
    "Tentatively moving us to {month}.",
    "Please push our meeting back until {month}, our bike assembly line is moving plants.",
    "I'll shelve this until {month} and revisit with fresh eyes.",
    "Let's revisit when things calm down - {month} maybe, I'll send something.",
    "Putting our roadmap review off to {month}, apologies for the short notice.",
])

DEFERRAL_NO_VERB = Pool("deferral WITHOUT a postponement verb: bad timing + a vague later time "
                        "(marker deferral)", [
    "Timing isn't great on our end. {month} would be more realistic.",
    "Honestly, the depot is chaos right now. Sometime around {month} is better.",
    "Bad moment for this, sorry. Maybe {month}?",
    "Our whole crew is underwater with call-outs; {month} would be the realistic window.",
    "Not the right season for us - the pest calls triple in the heat. {month} looks calmer.",
    "Bandwidth here is close to nil. {month}, perhaps.",
    "This quarter is a write-off for anything new. {month} or so.",
    "Nothing before {month}, I'm afraid.",
    "Between the depot audit and the winter timetable, {month} at the earliest.",
    "Our heads are all in the tender right now; {month} feels more doable.",
    "Wrong time, unfortunately. Closer to {month} we'd have room.",
    "Too much on our plate this month. {month} might be saner.",
    "Right now is not good. After {month}, sure.",
    "With the line conversion going on, anything like this is a topic for {month} at best.",
    "Can't give it proper thought at the moment - {month}-ish?",
    "The team is stretched thin until {month}.",
    "Timing's off. We'll be in a better place around {month}.",
    "Now isn't ideal. {month} could work.",
    "It's peak season at the zoo, so not now. Maybe {month}.",
    "Nope, not this month. {month} more likely.",
    "We're in the middle of an ERP cutover, so realistically {month}.",
    "Our calendar is a disaster at the moment; {month} would be kinder.",
    "Not a good time, unfortunately - the solar rebates expire and everyone's on roofs. Think "
    "{month}.",
    "Not now, {month} maybe",
    "At this moment we have no capacity. Perhaps in {month} there is more space.",
    "It's just a busy stretch. Somewhere in {month} would suit us better.",
    "This is not the moment for us, honestly. {month} sounds more like it.",
    "Things are hectic with the new rolling stock. {month} is when it eases off.",
    "Too early for that conversation - {month} makes more sense.",
    "We're mid-audit, so not now. {month}?",
    "Honestly the worst possible timing for us. {month} or later.",
    "Our priorities for this quarter are locked. {month} is the next window.",
    "Until {month} there's just no room.",
    "The funeral homes are at their busiest, so it's {month} territory for us.",
    "With the regulator visit coming, the next few weeks are out. {month} looks better.",
    "I don't have the headspace right now. {month}, I'd guess.",
    "Our year-end is brutal. {month} would be the soonest.",
    "Not this side of {month}, sorry.",
    "We're firefighting on three sites. Perhaps in {month}.",
    "There's no slack in the schedule this quarter; {month} has some.",
    "No bandwidth until {month}, realistically.",
    "Kindly note the present period is not suitable. {month} would be more appropriate.",
    "It's all hands on the colocation expansion. After {month}, I'd say.",
    "Not feasible right now. {month}, possibly.",
    "Mate, it's mayhem. {month} maybe, no promises.",
    "The timing just isn't there for us yet - probably {month}.",
    "Our lab is under accreditation review, so any new topic is for {month}.",
    "We're short-staffed this month. {month} feels more realistic.",
    "Can't see it happening before {month}.",
    "Next few weeks are a no-go. {month} perhaps, if the planets align.",
    "Re the roadmap session: our planners are buried in the winter timetable, so this is really a "
    "conversation for {month}.",
    "Timing is tough with the acquisition closing. I'd say {month} is the earliest we could give "
    "it real attention.",
    "Look, right now isn't it. {month} feels right.",
    "Our board pack is due and I'm living in spreadsheets. {month} would be a lot better.",
    "Hmm, not great timing. Somewhere after {month}?",
    "We just lost two coordinators and are covering their desks, so not now - {month} perhaps.",
    "The escalator refurb has everybody on nights. {month} is more like it.",
    "It is very busy season for us in Nairobi. More possible in {month}.",
    "Our ops director is clear that nothing new happens this quarter; {month} is the earliest.",
    "This week, this month - no. {month}, probably.",
    "Brutal few weeks ahead. {month} looks like the first breathing room.",
    "Not a fit for the current sprint. {month} maybe.",
    "Capacity is zero until the launch, so {month}-ish.",
    "The plant's annual shutdown is eating everything. Sometime in {month} instead?",
    "It's not the best moment. Perhaps closer to {month}.",
    "We're deep in budget season - anything like that is for {month}.",
    "Honestly no time. {month} at best.",
    "Things are mad with the stadium fixtures, so realistically {month}.",
    "Not a good window for us. The next one opens around {month}.",
    "The dye house is in its peak run, so not now. {month} or thereabouts.",
    "Your timing is fine, ours isn't. {month} would be better for us.",
    "Our people are spread thin right now; {month} is a fairer ask.",
    "Just not the moment. {month}, I'd hope.",
    "Quarter-end chaos here. {month} more likely.",
    "The satellite constellation launch is taking every engineer we have - {month} for sure, not "
    "before.",
    "I'm travelling non-stop until {month}, so that's the earliest realistic slot.",
    "Ah, tough timing. {month} maybe?",
    "Nah, too soon. {month}.",
    "Not possible at the minute - {month} looks less crazy.",
    "We're in crunch mode. Possibly {month}.",
    "Right now we can't even think about it. {month} or later, honestly.",
    "Ja, this is bad timing with the inventory count. In {month} it looks better.",
    "Our calendar is jammed solid; {month} would be more sensible.",
    "Not this month, not next. {month}, most likely.",
    "Ticketing launch week here, so not great. {month} maybe, once the queues die down.",
    "Ehh, not ideal right now. Let's say {month}.",
    "With the new terminal opening, the ground teams are maxed out - {month} at the earliest for "
    "anything extra.",
    "Too busy to do it justice now. {month} looks more promising.",
    "The headcount freeze means no new projects this quarter - {month}, if things thaw.",
    "Whatever we do, it's not going to be this month. {month}?",
    "We're stretched. Perhaps {month}, when the new hires are up to speed.",
    "Sorry, not the best time with the chemical recall on. {month} probably.",
    "The coming weeks are chock-full. {month} looks clearer.",
    "Timing doesn't work. Maybe {month}, maybe later.",
    "Busy busy. {month}?",
    "This is a busy patch for the whole cemetery team, so it'd be {month} before we could engage.",
    "We won't have the resources until {month}.",
    "Our heads are down on the migration; not until {month}.",
    "I'd love to but it's not realistic until {month}.",
    "The franchise conference is next month and swallows everything. Realistically {month}.",
    "We're in the thick of the franchise renewals, so it's really not the time. {month} maybe.",
    "Not right now. The ops team is at capacity until {month}.",
    "I'm juggling two site openings. {month} looks far more realistic.",
    "Honestly, anything new is a non-starter until {month}.",
    "With the fleet recall on, now is out of the question. {month} perhaps.",
    "Now is the wrong time - our new CFO starts and everything's under review. Think {month}.",
    "The packaging line upgrade has us flat out. {month} could be better.",
    "Sorry, no room in the diary this side of {month}.",
    "Not now, po. Busy with the year-end reports. Maybe {month}.",
    "Timing-wise it's a mess. {month} would be the sensible window.",
    "We're short on hands and long on fires. {month} or so.",
    "Our team simply doesn't have the time now; {month} seems more achievable.",
    "Now's tricky. {month}, give or take.",
    "All our energy goes into the opera season premiere, so {month} is the soonest realistic "
    "point.",
    "It's not happening this quarter. {month} is possible.",
    "Tough month. {month} is probably better for everyone.",
    "Hard to see us having capacity before {month}.",
    "At the moment it's simply too early; {month} feels like the right time.",
    "The bike season launch is on top of us. {month} is more realistic, I reckon.",
    "We're not in a position to engage right now. Possibly {month}.",
    "Our pipeline of site surveys is overloaded until {month}.",
    "Super hectic here, so {month}-ish would be better.",
    "The merger integration has everyone tied up. Maybe by {month}.",
    "I'd rather not start anything now; {month} is cleaner.",
    "Not the best week, month, or quarter. {month}, touch wood.",
    "Not something we can take on right now - perhaps around {month}.",
    "Too much in flight. {month} would give us space to think.",
    "We're in lockdown mode for the safety audit. After {month}, likely.",
    "Right now the priority is getting the new park attractions open, so {month} at the earliest.",
    "Can't do now. {month} possible.",
    "Not good timing with the tax filing crunch. {month} should be calmer.",
    "We're mid-reorg, so this lands better in {month}.",
    "I'm stretched across three programmes - {month} would be easier.",
    "Genuinely no spare cycles. Perhaps {month}.",
    "Our annual stocktake makes this month impossible; sometime in {month} would be feasible.",
    "Too busy with the terminal handover. {month} perhaps.",
    "This isn't the moment for our team - maybe {month}, once we've hired.",
    "Currently swamped with the regulator's questions. {month} looks more workable.",
    "We're running at full tilt right now. {month} or after.",
    "Nothing doing until {month}, I'm afraid. Too much on.",
    "Bad timing all round. {month} I'd say.",
    "The warehouse relocation takes priority; {month} is more realistic.",
    "Right now? No chance. {month} maybe.",
    "The current quarter's spoken for. {month} perhaps, depending.",
    "I'm out of capacity till {month}.",
    "Our calendar is chaos until {month}, so that's when it'd make sense.",
    "It just doesn't fit with everything else on now. {month}?",
    "Very hectic times here, amigo. Better in {month}.",
    "We're at full stretch on the site opening. {month} looks kinder to everyone.",
    "Frankly no one here has time for it at present; {month} is a better bet.",
    "Our schedule is full to the brim. {month} would be wiser.",
    "Too soon for us - {month} at the very earliest.",
])

INVITE_DECLINE_IDIOM = Pool("declining an invitation or meeting for now, by idiom "
                            "(marker deferral)", [
    "I'll have to take a rain check on the customer dinner.",
    "Going to sit this one out.",
    "We'll give the user summit a miss this year.",
    "Afraid I'll have to bow out of Thursday's session.",
    "I'm going to beg off the roadmap preview this time.",
    "Count me out for the golf day, I'm afraid.",
    "I'll pass on the product webinar this once - heads down on the tender.",
    "Think we'll skip this round of the advisory board.",
    "Not going to make it to the workshop this time around.",
    "I'll be sitting the demo out, sorry.",
    "This one's a no-go for me, unfortunately.",
    "Raincheck on lunch?",
    "Have to give the site visit a swerve this time.",
    "I'll give it a body swerve, if that's alright - too much on.",
    "Count us out this go-round, partner.",
    "Gonna have to bail on the happy hour.",
    "I'll take a pass on the conference invite for now.",
    "Hard pass for now on the beta group, sorry.",
    "I'm going to opt out of this one.",
    "We'll let this particular invite sail past us.",
    "I'll stay on the sidelines for the pilot group this time.",
    "Ugh, can't swing it this time. Rain check?",
    "No dice on Tuesday, I'm afraid.",
    "I'll duck out of the quarterly this once.",
    "We'll catch the next one.",
    "I'll leave this one to the others on our side.",
    "Please count me out of the panel this year.",
    "I'm tapping out of the working group for now.",
    "We'll be giving the roundtable a miss.",
    "I'll take a bye on this one.",
    "Not this time for me, I am afraid; I will be giving that one a miss.",
    "I'll have to miss this boat, I'm afraid.",
    "Going to step back from the steering group for the time being.",
    "I'll have to decline the dinner on this occasion.",
    "I'm out for this one, mate.",
    "I'll sit the training out and catch the recording.",
    "We're going to pass on the invite this time round.",
    "Not for us this time around.",
    "I'll give the breakfast briefing a skip.",
    "Can I take a rain check on the walkthrough?",
    "Afraid that's a no from me this time.",
    "I won't be able to squeeze it in, so I'll give it a miss.",
    "Going to have to take a raincheck on coffee, it's been a week.",
    "We'll sit tight and skip the pilot cohort for now.",
    "I'll let this train leave without me.",
    "I must excuse myself from the event this time.",
    "I'm sitting this dance out.",
    "I'll pass this round, next one maybe.",
    "We'll hold off on accepting this one - not for us right now.",
    "I'll give the advisory council a wide berth for the time being.",
    "Thursday's out for me; I'll skip this instalment.",
    "Gotta take a pass on the offsite.",
    "I'll have to respectfully decline for now and sit this one out.",
    "Count the depot team out of the user day this year.",
    "Not on this occasion, I'm afraid.",
    "I'll stand down from the product council for now.",
    "Let's call it a miss for this year's summit.",
    "I'll bow out gracefully this time.",
    "This time I must pass, ne.",
    "We'll keep our seats empty at the roundtable this time.",
    "I'll be a no-show for the kickoff, sadly.",
    "Can't make it work this time, so I'll pass.",
    "I'm gonna skip this one, sorry.",
    "Rain check on the tour of your new office, if that's ok.",
    "I'll have to sit out the beta, unfortunately.",
    "Give me a pass on the dinner this time round.",
    "Not this go, I'm afraid.",
    "The team will sit out this round of interviews.",
    "I'll give the quarterly call a miss this once.",
    "Deal me out of the workshop this time.",
    "I'll let the invite pass this year.",
    "We're going to skip the next cohort.",
    "Rain check, please - this week has got away from me.",
    "Consider us out for this edition.",
    "I'll take myself off the invite list for now.",
    "Going to duck this one, sorry.",
    "I'm afraid I'll have to give the expo a pass.",
    "I'll wave off the invitation for now.",
    "We won't be joining this time around.",
    "I'll pass for the moment.",
    "Not going to swing the trip to the user conference, so I'll skip it.",
    "Put me down as a maybe-not for Thursday. Realistically a no.",
    "I'll have to forgo the masterclass this time.",
    "Pass for now on the plant tour.",
    "I'll skip the meet-up, work is bonkers.",
    "I'll leave the round table to my colleagues this time.",
    "We'll steer clear of new pilots for the moment.",
    "I'll be missing the launch event, sorry to say.",
    "Let me take a raincheck on the walk-through of the new module.",
    "I'll give it a bye this year.",
])

HOLIDAY_DEFERRAL = Pool('holiday-period deferral (marker deferral; a lull, not a risk)', [
    "The depot runs a skeleton crew over Christmas, so let's pick this up in the new year.",
    "Most of us are off from the 23rd until the 4th. Can we look at this in January?",
    "With the holidays coming up, I'd rather start fresh in January on this one.",
    "We close for the festive break next week - let's reconnect after New Year.",
    "Half my team is on Christmas leave, so nothing will move until early January. Talk then.",
    "Our office shuts between Christmas and New Year. Happy to resume in the first week of "
    "January.",
    "Thanksgiving week is a dead zone here. Let's revisit the week after.",
    "I'm out over the holidays and back on the 5th; can we pick it up then?",
    "Given the holiday period, let's park this until the new year.",
    "It's the year-end shutdown at the plant, so this will have to wait for January.",
    "The Christmas rush at the parking garages has us flat out; January is much quieter.",
    "Let's get through the holidays and set something up in January.",
    "Everything slows right down here for the festive season - can we aim for mid-January?",
    "We're closed for the Christmas fortnight. Let's speak again in the new year.",
    "I'll be offline from the 20th for the holidays. Can we continue this in January?",
    "Between the holiday parties and year-end close, December is lost. January, fresh start?",
    "Our annual holiday shutdown starts Friday, so let's resume this after the break.",
    "Holiday season means limited staff here - I'd suggest we pick this back up in January.",
    "Let's leave it until after the holidays; nobody will be around to decide before then.",
    "We're winding down for Christmas. Early January would work better for a proper look.",
    "The theme park's holiday lights event has everyone working nights, so let's talk in January.",
    "With the festive break on the horizon, let's regroup once everyone's back in the office.",
    "Let's pick this up in the new year when the team is back.",
    "The crematorium runs reduced hours over the holidays; I'll come back to you in January.",
    "Our teams are off over Christmas and New Year, so can we schedule for the second week of "
    "January?",
    "Noting your request - with the holidays, I'll have an answer once we're back in January.",
    "Let's press pause for the holidays and start again in the new year.",
    "Office is closed from Christmas Eve to 2 January. Talk after that?",
    "It's Diwali week and the whole Pune office is off. Next week we can pick it up.",
    "We take the whole week of Thanksgiving off. Let's touch base the Monday after.",
    "The holidays are nearly here and my head is already half out the door - January, please.",
    "Nothing's getting signed over the holiday period here. Let's revisit in the new year.",
    "Our year-end freeze kicks in on the 18th; changes resume in January. Can we plan for then?",
    "I'm taking the holiday fortnight off. Let's get going again when I'm back in January.",
    "The chemical distribution side shuts down for the Christmas break, so January it is.",
    "December is our holiday blackout for new projects; we can look at this first thing in "
    "January.",
    "Everybody disappears after the Christmas party. Mid-January is a safer bet.",
    "Given the holiday closures, shall we reconnect after New Year's?",
    "The bike shop is slammed with Christmas orders until the 24th. Let's talk in January.",
    "I'll be out for the holiday break; please ping me again in the new year.",
    "Let's hold everything until after the holidays and go again in January.",
    "The colocation team has a change freeze over the holidays, so anything new waits for January.",
    "We're closed over the Christmas and New Year week. Back on the 4th - let's speak then.",
    "With the holidays upon us, I'd rather not kick this off now. Early January?",
    "Our Filipino team is off for Simbang Gabi and Christmas - we'll continue in January.",
    "The festive season has thinned us out. Can this wait until everyone's back after New Year?",
    "Thanksgiving and then the December rush - realistically we can dig in once the new year "
    "starts.",
    "Let's regroup after the holidays. I'll be back on 5 January.",
    "The office is on holiday hours until the new year, so I'll pick this up then.",
    "Holidays here mean the orchestra's busiest season - Nutcracker run until New Year. January?",
    "With the Christmas closure, nothing moves until the first week of January. Let's aim for "
    "that.",
    "We'll be closed for the holidays; let's look at dates once we reopen in January.",
    "Out of the office for Hanukkah and the year-end break. Let's continue in January.",
    "The stadium's holiday fixtures have us stretched, so let's talk properly after New Year.",
    "Let's let the holidays pass and pick this up in the first week back.",
    "Year-end close plus Christmas leave means I'm not much use until January. Talk then?",
    "The zoo's winter lantern festival runs through the holidays. Early January is better for us.",
    "We'll be running a skeleton staff through the festive period - can it keep until January?",
    "Over the holidays decisions slow to a crawl here. January would be the time.",
    "With the office on holiday rota, let's pick this up again once the new year is under way.",
    "Ferien bis zum 6. Januar - I am back after Epiphany and we can continue then.",
])

EXPANSION_PROPOSAL = Pool("our expansion proposal with an explicit verb or question (marker "
                          "expansion_proposal)", [
    "Since the {city} park opens its second gate next season, I'd like to propose adding {n} "
    "ride-ops seats so the new crew is on the same board from day one.",
    "Would you be open to extending the licence to the {city} crematorium as well? I can have "
    "paperwork ready by {month}.",
    "I'm proposing we move your colocation account from Standard to the Premium tier, which "
    "covers the {n} extra racks you brought online.",
    "Quick one: should I quote you for {n} more trainer logins before the January rush hits the "
    "gyms?",
    "Can I put together an offer for the {city} mill? Same setup as the dyehouse, roughly {n} "
    "users.",
    "We'd like to offer you the scheduling module at the partner rate if you bring the {city} "
    "installers onto it by {month}.",
    "Would it make sense to add the {city} venue to the contract now rather than running it on "
    "spreadsheets through wedding season?",
    "I recommend going up to the Growth plan at this point, you are already at {n} active users "
    "and the Starter cap will bite soon.",
    "Shall I send over a quote for {n} additional dispatcher seats for the {city} depot?",
    "My suggestion: fold the {city} and Harbourside chapels into one enterprise agreement from "
    "{month}. Want me to draft it?",
    "Are you interested in the analytics add-on? I'm happy to quote it for all {n} branches or "
    "just the pilot ones.",
    "Given how the toy line launch went, may I propose a second workspace for the design studio "
    "in {city}?",
    "How would you feel about extending coverage to the night shift too, {n} more guards on the "
    "roster?",
    "I'd love to offer the fleet module to the {city} rental counters, shall I price that up for "
    "you?",
    "Would your team consider the multi-site bundle? With {city} joining in {month} it starts to "
    "pay for itself.",
    "Following our call, I am formally proposing an expansion to {n} seats across the chemical "
    "distribution desks, pricing attached.",
    "Can we talk about adding the compliance pack? I can offer it at last year's rate if we sign "
    "before {month}.",
    "Would it help if I quoted the Pro tier for the lab, so your formulators in {city} get batch "
    "tracing too?",
    "I wanted to float an idea: extend the contract to the greenhouse crews in {city}, {n} seats, "
    "starting {month}. Thoughts?",
    "Do you want me to prepare an upgrade quote for the whole transit authority, not just the "
    "{city} garage?",
    "Proposal for you, short version: {n} extra coach seats for the esports academy, billed with "
    "the main team from {month}.",
    "We could offer a site licence for the {city} campus instead of per-seat billing. Shall I "
    "model it for {n} users?",
    "Would you like to add the remaining {n} parking structures to the platform? I can quote them "
    "as one block.",
    "I'd suggest taking the pest-control route optimizer for the {city} franchise as well; "
    "interested?",
    "Is now a good moment to discuss upgrading the HVAC service team to Enterprise? I have an "
    "offer ready for {n} technicians.",
    "Let me propose something: the coworking floors in {city} go onto your existing plan, {n} "
    "community managers, no new contract needed.",
    "Could I offer you the premium support tier for the holiday season, given the jewellery "
    "stores run {n} registers each?",
    "Would you be up for a conversation about extending to the daycare centres in {city}? I'd "
    "propose starting with {n} directors.",
    "My recommendation is to upgrade the language school to the Campus plan before enrolment "
    "opens in {month}.",
    "Shall we add the bakery's {city} production kitchen? I can quote {n} seats at the current "
    "per-user price.",
    "Any appetite for extending to the linen plant? Happy to make you an offer covering all {n} "
    "route drivers.",
    "I'm writing to propose an upgrade of the print shop account to the Plus tier, effective "
    "{month}.",
    "Can we look at adding the sawmill in {city}? I'd offer the same discount you have on the "
    "first site.",
    "Would the cinema chain be interested in the concessions module for the {n} screens in {city}?",
    "Let me quote you the escape room bundle for the {city} and Riverside locations, would that "
    "be useful?",
    "Would it be worth adding the bike-share maintenance crew, {n} mechanics, to your plan from "
    "{month}?",
    "We're offering existing customers a free month on the Enterprise tier if they upgrade before "
    "{month}, want in?",
    "I'd like to recommend the elevator inspection module for your {city} portfolio, shall I send "
    "numbers?",
    "Thinking ahead for the zoo's new aquarium wing in {city}: can I propose {n} keeper seats for "
    "it now?",
    "Would you consider bringing the oilfield crews in {city} onto the platform? I'll quote it "
    "per rig or per user, your pick.",
    "Is it worth me pricing an expansion to {n} users now that the funeral group has taken over "
    "two more homes?",
    "Shall I draw up an offer to move you to annual billing on the Premium plan? It would cover "
    "the {city} venue too.",
    "How about we upgrade the solar install team to the Field tier so the {n} crews get offline "
    "maps?",
    "Would you like a quote to add {n} casual staff accounts for the summer season at the park?",
    "I'm proposing a modest step: {n} more seats for the security control room in {city}, on the "
    "same terms.",
    "Can I tempt you with the reporting add-on? I'd offer it at half price through {month}.",
    "Do you want to extend the agreement to the new {city} showroom? I can have a quote to you "
    "tomorrow.",
    "Would you consider a tier upgrade so the gym franchisees can each see their own dashboards? "
    "That's {n} owners.",
    "Should we add the textile mill's quality team as well? I'd suggest {n} seats to start.",
    "May I send a proposal for rolling the platform out to the {city} cosmetics lab from {month}?",
    "I'd like to offer a three-year renewal at Enterprise level with the {city} site included, "
    "does that interest you?",
    "Question for you and the ops leads: would you add {n} seats for the flower auction buyers in "
    "{city}?",
    "Can I suggest upgrading the bus operator account so the {city} control centre gets live "
    "tracking?",
    "Would it be OK if I sent over an offer for the esports merch team, about {n} people?",
    "I propose we extend the trial users at the data centre to full seats, {n} of them, from "
    "{month}.",
    "Right, thinking about next year: could we quote the whole chain, all {n} stores, instead of "
    "the {city} cluster only?",
    "Would you entertain an offer for the premium tier? It includes the audit trail your chemists "
    "asked about.",
    "Can I recommend adding the {city} crematorium's admin staff? It is {n} more logins and they "
    "are on paper today.",
    "Is there interest in extending the contract to your HVAC subcontractors? I'd propose a "
    "lighter seat type for the {n} of them.",
    "I wanted to offer you early access to the Enterprise tier, including the {city} parking "
    "garages, at your current rate until {month}.",
    "Should I price a bigger bundle, say {n} seats, so the new hires at the jewellery workshop "
    "aren't waiting on licences?",
    "Would you like me to quote the multi-venue plan? Covers {city} plus the barn venue, {n} "
    "planners total.",
    "We can offer an upgrade path to Premium for the theme park with no migration fee, interested?",
    "Do you want to go ahead with a proposal for the {city} language school? They'd need {n} "
    "teacher accounts.",
    "What would you think about upgrading to the Ops tier from {month}? I'll send a formal quote "
    "if yes.",
    "My proposal is to add {n} seats for the toy company's {city} warehouse team and bundle them "
    "with your renewal.",
    "Could we discuss extending the platform to the car rental desks at {city} airport?",
    "Would you let me quote the daycare chain for the parent portal? About {n} centres would use "
    "it.",
    "I'd propose an enterprise licence covering the mill, the dyehouse and the {city} finishing "
    "plant.",
    "Are you open to an upgrade conversation? With {n} gyms you're past where the Studio tier "
    "makes sense.",
    "Shall I prepare an offer for the pest-control franchisees who joined in {city}?",
    "We would like to offer a bundle: sensors plus {n} dashboard seats for the greenhouse "
    "operation.",
    "Would it be useful if I proposed a phased expansion? {city} first in {month}, then the other "
    "depots.",
    "So, proposal: take the coworking group to the Enterprise tier, {n} seats, unlimited guests. "
    "Shall I put it in writing?",
    "Can I offer the bakery chain a seasonal add-on for the {month} peak, {n} temporary seats?",
    "Would you like to include the {city} esports arena in the renewal? I can quote it as an "
    "add-on.",
    "I'm suggesting we add the linen service's {city} depot, {n} users, to the current order form.",
    "Would the security firm consider the premium incident module? I'd offer it free for the "
    "first quarter.",
    "Can we add your cinema's head office team? I'll quote {n} seats at the multi-site rate.",
    "I would like to propose the Enterprise plan for the funeral group, which includes the "
    "pre-need module.",
    "Interested in extending to the {city} fitness studios? I can hold the current price until "
    "{month}.",
    "Should I include the bike-share's {city} expansion in a fresh quote? Around {n} extra "
    "mechanics.",
    "Would you be open to a proposal for the premium tier, so the transit planners get the "
    "scenario tools?",
    "Let me offer you a simple one: {n} more seats, same price, added from {month}. Yes or no?",
    "How would the board feel about a group licence covering {city} and the two new parks?",
    "I can offer you a volume price if we take the solar firm from {n} to double that; want the "
    "numbers?",
    "Would you consider adding the parking enforcement officers? I'd quote a mobile-only seat for "
    "them.",
    "I recommend we extend the data centre contract to the {city} facility ahead of the {month} "
    "go-live.",
    "Perhaps we could add the textile mill's warehouse in {city}? I'd be glad to quote it.",
    "Do you want to expand the coverage to weekends? I'd propose {n} weekend-shift seats at a "
    "reduced rate.",
    "Should we look at upgrading the cosmetics lab to the GMP tier? I can send a quote by Friday.",
    "Would you consider moving all {n} HVAC vans onto the fleet add-on from {month}?",
    "Can I offer the jeweller's repair workshop in {city} its own workspace on your account?",
    "Wondering if you'd like to add the event venue's catering team, {n} seats; shall I quote it?",
    "I'd propose expanding the language school to the online academy too, which is another {n} "
    "tutors.",
    "Would it suit you to bring the {city} zoo education team on board? I'm happy to make an "
    "offer.",
    "I'm recommending the Enterprise tier for the daycare group ahead of the {month} openings.",
    "Do you fancy adding the {city} sawmill's logistics desk? I'd quote {n} users.",
    "Can I propose moving the theme park from monthly to an annual Enterprise agreement covering "
    "{n} staff?",
    "Would the print shop like the prepress module added? I can offer it at cost through {month}.",
    "Shall we extend the licence to the funeral homes in {city}? I'd propose {n} arrangers to "
    "start.",
    "Any chance you'd consider the premium SLA for the colocation floor in {city}? I'll send an "
    "offer.",
    "I'd like to suggest an upgrade for the rental fleet team so the {n} branch managers get "
    "their own reports.",
    "Could I quote the toy maker's retail stores in {city} as part of the main account?",
    "Would you be open to adding the oilfield safety team? I'd propose {n} seats from {month}.",
    "I'd be happy to offer the greenhouse co-packers seats as well, should I include them, {n} or "
    "so?",
    "Would your security ops want the {city} control room added? Shall I send a quote for {n} "
    "operators?",
    "Propose we take the gym chain to unlimited seats from {month}, cheaper than adding {n} at a "
    "time. Want the maths?",
    "Is it worth adding the bakery's {city} franchisees directly? I can offer them seats under "
    "your contract.",
    "Would you like me to extend the current discount to an upgrade for {n} more coworking hosts?",
    "Can I recommend we add the events team in {city} before the season starts in {month}?",
    "Should I quote the premium analytics for the transit authority's {n} planners?",
    "We'd like to propose the multi-region tier so the data in {city} stays local; would that "
    "work for your compliance people?",
    "Happy to offer the print plant a second site licence for {city}; shall I send it?",
    "Would you like to upgrade so the esports coaches can share scrim reviews, {n} seats from "
    "{month}?",
    "I propose one more step for the crematorium group: the {city} location and its {n} staff. "
    "Shall I draft?",
    "Couple of things from the site visit. The badge readers at the east gate are on our list, "
    "the ticket is open. Separately, and I know your park director mentioned headcount going up, "
    "I'd like to put forward {n} additional ride-ops seats for the {city} park. Last thing, the "
    "training video is in the shared drive.",
    "Options for next year, pick one:\n- stay as you are\n- add the {city} venue, {n} seats\n- go "
    "Enterprise across both venues\nMy recommendation is the second. Shall I price it formally?",
    "I'm going to be cheeky and ask whether the solar team would consider rolling the platform "
    "out to the battery-storage crews too. It's {n} people and I can quote it this week.",
    "Reading your usage report, the funeral homes are bumping against the seat cap nearly every "
    "Monday, which is why I'd propose lifting it to {n} from {month}. Let me know and I'll send "
    "the amendment.",
    "hey, random thought after our call: want me to add the {city} studio to the gym contract? "
    "same price, {n} seats, I can do it before {month}",
    "Would it be helpful to extend the agreement to the cemetery maintenance crews as well? "
    "They'd only need {n} mobile logins, and I'm able to offer those at the field rate.",
    "May I suggest, respectfully, that the security firm consider our Premium tier for the {city} "
    "branch? The incident reports your supervisors file by hand would go away.",
    "Before your budget meeting: could I send an offer that takes the bakery from {n} seats to "
    "unlimited, effective {month}? I'd rather you have the option on the table than not.",
    "On the renewal call you said the coworking group is opening in {city}. Should I include that "
    "location in the renewal quote, {n} host seats?",
    "Would the pest-control franchise want to bring their call centre on as well? I'd put it "
    "forward as {n} agent seats on your existing agreement.",
    "I'd like to offer the greenhouse a trial of the climate module in the {city} houses, "
    "followed by a quote for all {n} houses if it works. Interested?",
])

PROPOSAL_STATEMENT = Pool("our expansion proposal as a plain statement of what an upgrade / higher "
                          "tier / extension would look like or cost, with no "
                          "propose/offer/quote verb (marker expansion_proposal)", [
    "For reference, the Enterprise tier for {n} users comes to $38 per user per month, billed "
    "annually, with the {city} site included at no extra platform fee.",
    "Adding the {city} crematorium would be another {n} seats at your current rate, so roughly "
    "$4,200 a year on top of what you pay now.",
    "The jump from Standard to Premium is $9 a seat. For your {n} trainers that's a little over "
    "$1,000 a month, and it unlocks the class-capacity dashboards.",
    "Rough numbers for the second park: {n} ride-ops logins, same price per head, starting "
    "{month} if the paperwork lands in time.",
    "Extending to the night shift means {n} more guard profiles. At the volume band you'd be in, "
    "the per-seat price actually drops by about 12%.",
    "To cover the {city} mill as well, the licence would go from one site to two and the annual "
    "total from $48k to $71k.",
    "Here's what the Plus tier looks like for the bakery: batch costing, allergen labels, and {n} "
    "production seats, $1,150 a month all in.",
    "The multi-venue plan is a flat $2,400 per month and includes {city} plus unlimited event "
    "planners.",
    "Bringing the HVAC subcontractors on would be {n} light seats at $6 each, so under $100 a "
    "month for the lot.",
    "A full site licence for the {city} campus works out cheaper than per-seat once you pass {n} "
    "users, which you will in {month}.",
    "The fleet add-on is $14 per vehicle. All {n} vans would be covered from {month}, with the "
    "telematics feed included.",
    "Just so you have it: Enterprise is $52k a year for the whole transit authority, versus $31k "
    "today for the {city} garage alone.",
    "The next tier up gives the cosmetics lab full batch genealogy and e-signatures; the "
    "difference is $600 a month for {n} users.",
    "With {n} additional seats for the {city} depot your annual invoice would move from $18,900 "
    "to $24,300, prorated from {month}.",
    "Moving the parking structures onto one contract: {n} sites, one invoice, $310 per site per "
    "month.",
    "Annual Premium for the funeral group, covering both chapels and the {city} home, is $27,500, "
    "payable quarterly if that helps.",
    "The bundle for the greenhouse is sensors plus {n} dashboard seats for $890 a month, "
    "installation by {month}.",
    "In numbers: unlimited seats at the gym chain would be $4,800 a month from {month}, against "
    "$3,900 now for {n} named users.",
    "The pest-control franchise in {city} can join under your agreement at the franchise rate of "
    "$29 per technician.",
    "A three-year Enterprise term with {city} included lands at $44 per seat, down from $51 on "
    "the one-year.",
    "The compliance pack is $2 per user per month, so for {n} users about $600 a quarter.",
    "Per rig pricing for the oilfield crews would be $750 a month; per user it's $35, and with "
    "{n} users per rig the per-rig option wins.",
    "Going to the GMP tier adds audit trails, controlled documents and training records. For the "
    "lab that's a $7,800 yearly uplift.",
    "The esports academy coaches would sit on the main team's contract: {n} seats at $19, "
    "starting {month}.",
    "Attached is what the {city} showroom would add: {n} sales seats and one kiosk licence, about "
    "$540 a month.",
    "An extra {n} licences for the jewellery workshop come to $2,100 a year, no setup cost since "
    "it's the same tenant.",
    "The daycare parent portal is $1.50 per enrolled child per month; with {n} centres at your "
    "sizes that's around $3k monthly.",
    "The Campus plan for the language school covers unlimited teachers and {n} classrooms, at "
    "$1,900 a month from {month}.",
    "Weekend coverage would be {n} extra shift seats at the reduced weekend rate, $11 each.",
    "What the upgrade buys you: live tracking for the {city} control centre, route replay, and an "
    "API. Cost difference, $1,250 per month.",
    "Including the toy stores in {city} on the main account would be {n} retail seats at $22, "
    "billed with everything else.",
    "The seasonal add-on runs from {month} through the peak: {n} temporary seats at $9 each, "
    "switched off automatically after.",
    "If the esports arena in {city} joins, that's one more venue licence at $800 a month, nothing "
    "else changes.",
    "Two sites on Enterprise would be $3,950 monthly. One site on Pro, what you have today, is "
    "$2,100.",
    "Premium support for the holiday stretch is a flat $1,200, covering all {n} registers from "
    "{month} to the end of the season.",
    "The multi-region tier keeps your {city} data in-country; it's a 15% uplift on the current "
    "subscription.",
    "Unlimited guests and {n} community-manager seats on Enterprise would be $3,300 a month for "
    "the coworking group.",
    "Prepress would add $450 per month to the print shop account, discounted to cost through "
    "{month}.",
    "Adding the linen depot in {city}: {n} route drivers on mobile seats, $12 each, same renewal "
    "date as the main plant.",
    "The numbers for the whole chain, all {n} stores, are in the sheet: $18 per store per day, "
    "against $24 for the {city} cluster pricing.",
    "For what it's worth, the Growth plan starts at {n} users and is $7 cheaper per seat than "
    "what you pay on Starter now that you're over the cap.",
    "The crematorium admin staff would be {n} more logins; at your band that's $2,640 for the "
    "year.",
    "Premium incident management for the security firm is $3 per officer per month, first quarter "
    "free.",
    "Your cinema head office would be {n} seats at the multi-site rate of $16, so $16 times {n}, "
    "monthly.",
    "The pre-need module lives in the Enterprise plan, which for the funeral group is $4,100 a "
    "month from {month}.",
    "Bike-share mechanics in {city} would add {n} seats, which puts you in the next volume band "
    "and lowers every seat by a dollar.",
    "Scenario tools for the transit planners come with Premium: $60 per planner per month.",
    "A mobile-only seat for parking enforcement is $8 a month, so {n} officers would cost less "
    "than one full-time seat does today.",
    "Extending the data centre contract to the {city} facility is $1,800 a month more, live in "
    "time for {month}.",
    "The textile warehouse in {city} could run on {n} warehouse seats at $14, which is what the "
    "finishing plant pays today.",
    "A weekend-shift package is {n} seats, Saturday and Sunday only, at 40% of the weekday price.",
    "For the HVAC vans, the fleet add-on is $14 a van from {month}; {n} vans, a bit over what you "
    "pay for coffee, I suspect.",
    "The repair workshop in {city} would be its own workspace on your tenant: $290 a month flat, "
    "up to {n} users.",
    "Catering at the venue: {n} seats, kitchen display included, $15 per seat.",
    "The online academy adds another {n} tutors at the Campus rate, which is already unlimited, "
    "so the only change is $200 for the extra storage.",
    "The zoo education team could be on board for $120 a month: {n} seats, the education "
    "templates, nothing more to buy.",
    "Enterprise for the daycare group is $7 per staff member and includes the {month} openings "
    "with no re-contracting.",
    "The {city} sawmill logistics desk would be {n} users at $21, plus a one-time $500 for the "
    "scale integration.",
    "Annual Enterprise for the theme park, {n} staff, is $96k, compared with about $110k on "
    "monthly billing over the same year.",
    "Adding {n} arrangers in {city} brings the funeral group's total to around $3,700 a month.",
    "The premium SLA for colocation in {city} is four-hour response, 99.95% uptime, and $2,200 a "
    "month.",
    "Branch managers' own reports come with the Pro tier; for the rental fleet that's $18 more "
    "per manager, {n} managers.",
    "An oilfield safety add-on starts at {n} seats and $28 per seat from {month}.",
    "For the co-packers, {n} seats at the partner rate would be $11 each, added to the greenhouse "
    "invoice.",
    "The control room in {city} needs {n} operator seats; that's $40 each on the security tier.",
    "Unlimited seats for the gyms is $5,200 flat; adding {n} at a time costs you more by spring.",
    "Franchisees in {city} could sit on your contract at $24 per seat with the bakery as the "
    "billing entity.",
    "Extending your current discount to {n} more coworking hosts keeps them at $17 instead of "
    "list $23.",
    "The events team in {city} before the season starts in {month} would be {n} seats, $600 a "
    "month together.",
    "Premium analytics for {n} transit planners: $48 each, or $40 on a two-year term.",
    "Second-site licence for the print plant in {city}: same features, 30% off list since it's a "
    "second site.",
    "Scrim review for the esports coaches is part of the Team Plus tier; {n} seats at $25 from "
    "{month}.",
    "The {city} crematorium and its {n} staff on the group plan would be an additional $1,900 a "
    "quarter.",
    "Pricing on the Field tier for the solar installers: $32 per crew lead, offline maps and "
    "photo capture included, {n} leads.",
    "For the second gate at the park in {city}, the ops board runs $11 per seat; {n} seats covers "
    "both morning and evening crews.",
    "The scheduling module for the {city} installers sits at the partner rate of $19 per user if "
    "they come on by {month}.",
    "The upgrade to Premium for your colocation account covers the {n} new racks and drops the "
    "per-rack fee by $4.",
    "Versions compared: Starter, what you have, caps at 25 users and has no SSO. Business adds "
    "SSO, {n} users, and costs $2,300 a year more.",
    "Short version of the maths: {n} seats, $13 each, annual prepay, live from {month}.",
    "The enterprise agreement for both chapels from {month} would replace the two contracts with "
    "one at $2,950 per month.",
    "For the analytics add-on, all {n} branches would be $1,600 a month; the pilot branches "
    "alone, $450.",
    "The design studio in {city} as a second workspace runs $700 a month, with shared asset "
    "libraries between the two.",
    "A group licence for {city} and the two new parks is $8,200 a month, roughly what three "
    "separate contracts would cost minus 20%.",
    "Doubling the solar firm to {n} seats moves you to volume pricing: $26 instead of $31.",
    "A mobile-first seat for the field engineers costs half a full seat, and {n} of them would be "
    "under $500 a month.",
    "Renewing at Enterprise level for three years with {city} in it locks today's list price for "
    "the whole term, starting {month}.",
    "The flower auction buyers in {city} would be {n} seats on the buyer tier, $15 each.",
    "Live tracking in the {city} control centre is part of the Operations tier; from where you "
    "are, that's plus $940 a month.",
    "The esports merch team is about {n} people, which at the retail-seat price is $360 a month.",
    "Converting the data-centre trial users to full seats from {month} means {n} seats at your "
    "contracted rate, nothing new to negotiate.",
    "Everything you'd get with the Enterprise tier: SSO, audit log, sandbox, {n} included seats, "
    "named support. $4,400 monthly.",
    "The {city} crematorium admin work sits on paper today; {n} logins for them would run $180 a "
    "month.",
    "HVAC subcontractors on the lighter seat type: {n} seats at $5.",
    "Early access to Enterprise would keep your current rate until {month}, with the {city} "
    "garages included.",
    "A bigger bundle of {n} seats for the jewellery workshop is $1,050 a month, so new hires get "
    "a licence on their first day.",
    "The multi-venue plan covers {city} plus the barn venue: {n} planners, $1,700 a month.",
    "The upgrade path to Premium for the theme park carries no migration fee and adds $2.50 per "
    "seat.",
    "Teacher accounts for the {city} language school: {n} of them at $9, education pricing.",
    "From {month}, the Ops tier would be $3,100 per month, which includes the shift-swap and "
    "overtime rules your supervisors keep doing by hand.",
    "The toy company's {city} warehouse team, {n} users, bundled with your renewal, adds $6,500 "
    "to the annual total.",
    "Car rental desks at {city} airport would run as a sub-account: {n} agents at $17, "
    "consolidated billing.",
    "Enterprise licence covering the mill, the dyehouse and the {city} finishing plant: $112k a "
    "year, three sites.",
    "Past {n} gyms the Studio tier stops making sense; Network tier is $95 per gym and includes "
    "franchise roll-ups.",
    "Sensors plus {n} dashboard seats, installed by {month}, for a single monthly line of $890.",
    "Phase one in {city} from {month}, phase two the other depots, each phase a $2,000 monthly "
    "step.",
    "The Enterprise tier for the coworking group: {n} seats, unlimited guests, $3,300 a month.",
    "The linen depot in {city} on the current order form: {n} users, $10 each, added at the next "
    "invoice.",
    "A rough figure, since you asked on the phone: taking the whole festival crew onto the "
    "platform is {n} seats and about $2k for the season.",
    "Weekend-only licences for the cinema ushers exist; {n} of them would be $4 each, billed "
    "monthly.",
    "Just for planning: if the bus operator adds the {city} depot, the total goes up by roughly a "
    "third, and the per-vehicle price goes down slightly.",
    "Bumping the bakery from Plus to Pro is another $350 a month and gives each of the {n} shops "
    "its own waste report.",
    "The yearly amount for the security firm with the {city} branch is $61,000, up from $49,000, "
    "including the {n} extra officers.",
    "For your budget spreadsheet: Premium for {n} users from {month} = $47,520 per year.",
    "Same contract, one more line: {city} site, {n} users, effective {month}.",
    "The regional setup would be {n} seats across {city} and the two satellite sites, $2,700 "
    "monthly, GST extra.",
    "Hospitality tier for the wedding venues adds seating plans and supplier portals; the uplift "
    "is $220 per venue per month.",
    "The cemetery records module is a one-off $3,000 setup and $150 a month, covering {n} staff "
    "in {city}.",
    "Printing-plant second shift: {n} operators, $12 a seat, switched on from {month}.",
    "For the zoo, the Vet Care add-on is $400 a month, keeper seats unchanged.",
])

PROPOSAL_SUBJECT = Pool("subject line that IS the expansion proposal (the body may not restate it; "
                        "marker expansion_proposal when read with the first lines)", [
    "{company}: adding the {city} park to your plan",
    "Premium tier for {company} from next renewal, pricing inside",
    "Upgrade option: {n} ride-ops seats for the second gate",
    "{n} more trainer logins before the January rush?",
    "Proposal: {city} crematorium on the group licence",
    "Enterprise for {company} (colocation, incl. new racks)",
    "Second site licence: {city} mill",
    "Expansion quote, {company} x {city} installers",
    "Offer: night-shift guard profiles, {n} seats",
    "Fleet add-on for all {n} HVAC vans",
    "Would {company} like the multi-venue plan?",
    "{city} showroom: extend the agreement?",
    "Bringing the {city} depot onto your account ({n} dispatchers)",
    "Quote attached: Plus tier for the bakery",
    "Site licence instead of per-seat for {company}",
    "Upgrade to Growth plan: {company}, {n} users",
    "RE: next year, whole chain ({n} stores) instead of {city} only",
    "GMP tier for the {city} lab: numbers",
    "Annual Enterprise for {company} — {n} staff",
    "Adding the esports academy coaches ({n})",
    "[Proposal] {company} transit: Premium for all garages",
    "Seasonal seats for the peak: {n} temporaries",
    "Compliance pack add-on for {company}",
    "Your {city} franchisees on {company}'s contract",
    "Parent portal for {company} daycare centres",
    "Campus plan for the language school ({n} classrooms)",
    "Weekend coverage add-on, {n} seats",
    "Live tracking for the {city} control centre: upgrade",
    "{company} + {city} toy stores, one account",
    "Premium holiday support for {n} registers",
    "Multi-region tier for {company} ({city} data residency)",
    "{n} community-manager seats, Enterprise, {company}",
    "Prepress module at cost for {company}",
    "Linen depot {city}: {n} driver seats",
    "Pre-need module / Enterprise plan for {company}",
    "Bike-share {city}: extra mechanics on the plan?",
    "Scenario tools for your planners (Premium)",
    "Mobile-only seats for {company} parking enforcement",
    "Extending colocation to {city}",
    "Textile warehouse {city}: {n} seats",
    "Repair workshop workspace, {company}",
    "Catering team seats for the {city} venue",
    "Online academy: {n} more tutors for {company}",
    "Zoo education team on board? ({n} seats)",
    "{company} — sawmill logistics desk, {n} users",
    "Theme park: monthly to annual Enterprise",
    "Funeral homes in {city}: {n} arrangers",
    "Premium SLA, {city} colocation floor",
    "Pro tier for {company} branch managers",
    "Oilfield safety add-on, {n} seats",
    "Co-packer seats under {company}'s greenhouse account",
    "Control room {city}: {n} operators — pricing",
    "Unlimited seats for {company}'s gyms?",
    "Current discount extended to {n} more hosts",
    "{company} events team, {city}, before the season",
    "Premium analytics x {n} planners",
    "Second print site ({city}) for {company}",
    "Team Plus for the coaches: {n} seats",
    "Group plan: add the {city} location",
    "Field tier for {company} solar crews",
    "Scheduling module, partner rate, {city} installers",
    "Business tier with SSO for {company} ({n} users)",
    "One enterprise agreement for both chapels",
    "Analytics add-on: all {n} branches or pilot only",
    "Design studio {city}: second workspace",
    "{company} group licence: {city} + two new parks",
    "Volume pricing if {company} goes to {n} seats",
    "3-yr Enterprise renewal incl. {city}",
    "Flower auction buyers ({city}) — buyer tier",
    "Converting {n} trial users to full seats",
    "Everything in Enterprise, priced for {company}",
    "Hospitality tier for {company} wedding venues",
    "Cemetery records module for {city}",
    "Second shift operators, {n} seats, {company} print plant",
    "Vet Care add-on for the {city} zoo",
    "fyi - {n} extra seats for {city}, same terms?",
    "{company}: Pro for every bakery shop ({n})",
    "Security firm, {city} branch: the bigger plan",
    "Step up to Network tier ({n} gyms)",
    "idea for {company}: cinema head office seats",
    "Kiosk licence + {n} sales seats, {city} showroom",
    "Sub-account for the {city} airport rental desks",
    "Three sites, one licence: mill, dyehouse, {city}",
])

PROPOSAL_SUBJECT_BODY = Pool("body under a proposal subject that does not restate the offer (no "
                             "marker of its own)", [
    "Details are in the attached PDF. Page two has the breakdown your finance team usually asks "
    "for.",
    "Putting this in writing after Tuesday's call so it doesn't get lost in the thread.",
    "Attached, and I squeezed it onto a single page so it reads in two minutes.",
    "The spreadsheet has two tabs, one per option. Your controller can change the headcount cell "
    "and the totals update.",
    "Sending this ahead of your ops meeting so you have it on the table.",
    "Everything is in the document; the terms are the same as your current agreement unless "
    "marked in yellow.",
    "This follows what we sketched on the whiteboard at your office last week.",
    "Short note, the attachment says it better than I would.",
    "As discussed with your park operations lead. The document is editable if you want to mark it "
    "up.",
    "Two PDFs attached: the summary for leadership and the long version for procurement.",
    "I've copied your procurement contact so she has the same version you do.",
    "The figures assume your current billing cycle. Happy to walk through them on a "
    "fifteen-minute call.",
    "This is the version with the changes your IT lead asked for on Monday.",
    "Link to the document below, it's view-only for now; I can open comments for your team.",
    "Following up on the conversation at the trade show. The details are attached.",
    "Nothing needed from you this week. It's here so you can look at it when the budget "
    "discussions start.",
    "Attached as discussed. The contract language is identical to what legal approved in the "
    "spring.",
    "I've kept the structure close to your current order form so the comparison is easy.",
    "Our solutions engineer reviewed the setup notes your team sent, and the attachment reflects "
    "them.",
    "Sending the one-pager now and the full terms separately through the procurement portal.",
    "Your finance director asked for this in writing. It's attached in Excel and PDF.",
    "Here it is. The second page covers the onboarding steps and who does what.",
    "I put the rollout timeline at the end of the document, with the training sessions spread "
    "over three weeks.",
    "Summary below the signature, attachment for the detail.",
    "Drafted with the headcount your HR lead gave me. Correct me if it has changed.",
    "I'll be in your area on Thursday if a face-to-face walk-through is easier.",
    "The document is also in the shared folder we set up for the renewal.",
    "Per your note, I've split the amounts by cost centre so each site manager sees their own "
    "line.",
    "This is the revised version; the first one had the wrong entity name on the cover.",
    "Everything in the attachment is valid for sixty days from today's date.",
    "Flagging it now so it can go into the planning deck your COO is preparing.",
    "Our onboarding lead is on copy in case your team wants to talk through the practical side.",
    "The attachment includes the data processing addendum your compliance officer will want.",
    "I've used the same format as the renewal paperwork so your AP team recognises it.",
    "Quick context: this came out of the workshop with your supervisors, their notes are on the "
    "last page.",
    "No slides, just the document. Questions by reply are fine.",
    "It's all in there. I'm around most of the week.",
    "Our legal team signed off on the wording this morning.",
    "The references page lists two customers in your sector who agreed to take a call.",
    "PDF attached, signed on our side.",
    "Please see the attached and the order form that goes with it.",
    "Your account number is on the cover page; the rest should be self-explanatory.",
    "I had our billing team check the proration, so the figures inside are final.",
    "The document has a section for each of your locations, in the order you listed them.",
    "The rollout plan assumes your IT team's change freeze, so nothing touches production during "
    "it.",
    "Attaching it here as well as in the portal, since the portal upload failed for your "
    "colleague yesterday.",
    "I kept the technical appendix separate so it can go straight to your IT lead.",
    "Have a look whenever you are back at your desk. The key page is three.",
    "Nothing in here changes your existing setup.",
    "The training plan in section four is the one your shift leads drafted with our team.",
    "Our CSM has reviewed this against your usage report from last quarter.",
    "Your purchasing department's template is used for the cover sheet as requested.",
    "This replaces the draft I sent before the call.",
    "The comparison table on the last page shows your current plan next to this one.",
    "Sent from the airport, so forgive the brevity. It's all in the attachment.",
    "A signed copy will follow once your side has reviewed it.",
    "I've included the implementation checklist, it's the same one your team used the first time.",
    "Re-sending because the first email bounced from your old address.",
    "Attached in both English and Spanish for your plant managers.",
    "The DocuSign envelope will come separately; this email is just the readable copy.",
    "Your CFO's questions from the call are answered inline in the document.",
    "All details in the deck. Slide five is the one for your board.",
    "Here is the written version. Any line you want changed, mark it and send it back.",
    "I'll call your office on Friday morning to make sure it arrived.",
    "Sharing now so your team has time to read before the quarterly review.",
    "The document is short and the appendix is optional reading.",
    "Cc'ing our implementation manager, who'd run the project on our side.",
])

VAGUE_DECLINE = Pool("vague, open-ended decline of expansion (marker vague_decline)", [
    "We'll stay as we are for the moment.",
    "Honestly, the current setup does what we need. Let's leave it there.",
    "An expansion isn't anywhere on our radar right now, truthfully.",
    "I shared it with the team. The feeling is we'd rather not add anything at this point.",
    "We're going to hold steady on the licence count.",
    "Let's keep it the way it is for now, I think.",
    "I see the logic of it, but it's not for us at this stage.",
    "Sure look, it's not the right fit for us at the moment.",
    "Ag, we're going to sit tight with what we've got, hey.",
    "Kindly note that management has decided not to proceed with any additional licences for now.",
    "Noted on this po, but we will not be availing of the upgrade for the time being.",
    "To be honest we don't see the need. The present package is enough.",
    "We are sorry, but this time it is difficult for us to consider the expansion.",
    "Aye, we'll give it a miss just now.",
    "Gonna pass on this one, the current plan's fine.",
    "Nah we're good as is.",
    "It's a bit much for us right now. We'll stick with the basic plan.",
    "I don't think we'll be taking this further.",
    "We're trying to simplify our tool stack, so adding modules goes the wrong way for us.",
    "The board isn't keen on new commitments. Keep what we have.",
    "Not the moment for us to grow the footprint.",
    "I'll be straight with you, there isn't any appetite internally.",
    "We need to consolidate before we expand anything, so this one is parked indefinitely.",
    "Ehh, I'd say no for now. Too many moving parts on our side.",
    "Let's not complicate things. Current scope is fine.",
    "We've had a look and decided to keep things lean.",
    "Our leadership wants fewer vendors, not bigger contracts, so I can't take this forward.",
    "Unfortunately it is not possible for us at this time.",
    "I'd rather not open that conversation internally at the moment.",
    "We're in a wait-and-see mode on everything, this included.",
    "Going to politely decline. Nothing against the product.",
    "The second park will muddle along without it, I think.",
    "Y'all, we're fixin' to stay right where we are on this.",
    "Passing for now. Maybe someday.",
    "We're focusing on getting more out of what we already pay for.",
    "It's one of those things that isn't going to get through our approval process as things "
    "stand.",
    "I floated it with ops. Lukewarm at best, so let's leave it.",
    "Not a priority for the gyms at present.",
    "The mill is cautious about anything new. We'll keep the single site.",
    "Between us, the appetite for spend just isn't there.",
    "We'll keep the current agreement and see how things develop.",
    "Our preference is to keep the scope as it stands.",
    "With respect, no. We are comfortable with the present arrangement.",
    "I'm not going to be able to champion this one internally.",
    "We need to streamline first. Adding more isn't on the table.",
    "lets leave the plan as is pls",
    "Afraid the extra modules aren't for us.",
    "The funeral group isn't in a position to take on more at this time.",
    "We'd prefer not to change anything right now.",
    "I showed the numbers around and people went quiet, which around here means no.",
    "There are some internal discussions happening that make any expansion hard to justify.",
    "I'll pass. The team is stretched and adding users just means more to manage.",
    "For now it's a no, and I can't tell you when that changes.",
    "The crematorium side will keep doing it the old way.",
    "The bigger plan isn't going to fly here, so we'll keep the small one.",
    "Not right now, no.",
    "It's not in the cards at the moment.",
    "Our priorities have shifted a bit, so we'll stay where we are.",
    "Jeez, timing. We're in belt-and-braces mode. Current scope stays.",
    "We've decided against it. The existing setup covers the essentials.",
    "I'm going to say we park the whole expansion idea.",
    "For us it is enough like this. Lagom, as we say.",
    "We don't need the extra tier, at least not as far as I can see.",
    "I'd love to say yes but it's not going to happen on my watch, not now.",
    "Our stance is to keep costs flat. So no additional modules.",
    "The owners would rather keep things small and simple.",
    "I think we'll stay on the smaller package, it's served us fine.",
    "Leave it with us. Though realistically I don't see it moving.",
    "We're not ready to scale it out across the sites.",
    "After some discussion we're going to keep to the single venue.",
    "Listen, it's not happening. We keep the current contract and that's it.",
    "Ahorita no, we will stay with the current plan.",
    "Pour le moment, we prefer to stay with what we have.",
    "We must regretfully decline. The current licence remains sufficient for our needs.",
    "I took it upstairs. Answer was 'not now', no further detail.",
    "Let's leave the extra seats out of it.",
    "We're good on users, no need to add.",
    "Sorry, we won't be going ahead with the upgrade.",
    "It's a no from the partners, at least for the foreseeable.",
    "The bakery is happy as it is. Nothing to add.",
    "We'll make do with the standard tier.",
    "Frankly the team isn't using the current one enough to justify more.",
    "I can't see us adding any modules in the near term.",
    "The appetite for change here is low right now, so we'll sit this out.",
    "No change for us. Same plan, same seats.",
    "We prefer to keep our footprint as is while we figure some things out.",
    "Keep us on the current plan.",
    "Not convinced we need it, to be honest.",
    "We have a lot on. Growing the contract isn't something I want to take on.",
    "We'll stick to the basics, it's not worth the extra for us.",
    "Probably not. Feels like more than we need.",
    "We are reviewing all our software spend, so nothing new will be approved for a while.",
    "Nobody here is in a growing-the-contract frame of mind.",
    "We'll continue with the existing arrangement.",
    "Parking the upgrade, no timeline.",
    "It's a hard sell internally and I'm not going to fight for it.",
    "The site managers see no need, so we'll leave it.",
    "After going back and forth we'd rather not, for now.",
    "Hmm, don't think so. Maybe down the road.",
    "Can't justify it at the moment.",
    "We want to tidy up how we use it today before anything else.",
    "The zoo will keep to the keeper seats it has.",
    "I'd leave it as it is, the team's still finding their feet.",
    "We're going to let this one go.",
    "Stay as we are, please. No extension needed.",
    "We've got enough going on; adding the other sites can wait indefinitely.",
    "The taste for new tools around here is basically nil.",
    "Our director prefers we don't commit to anything larger.",
    "Hold on the extra licences, we're fine.",
    "It's not something we'd act on anytime soon.",
    "Going to keep the contract at the current level.",
    "We're happy enough with the lower tier.",
    "The franchisees don't want it, so it's off the table.",
    "With everything else going on, this one doesn't make the cut.",
    "There's no budget owner willing to sponsor this at the moment.",
    "We don't plan to widen the rollout.",
    "We'll stay small for now.",
    "It's fine as is. Let's not overdo it.",
    "I'm not seeing the case for it on our side.",
    "At this stage we decided to keep everything unchanged.",
    "i think we pass, current one is ok for us",
    "Sounds interesting in theory, but we're not biting.",
    "Our plan is to keep the scope tight.",
    "Honestly, it's a bit early for that sort of thing for us.",
    "Please don't put anything extra on the renewal.",
    "We need to get our house in order first. Nothing more for now.",
    "Management said to hold the current level, so that's where we'll stay.",
    "Having read the document, we will keep the existing scope.",
    "We'll keep it at one site. That's the decision.",
    "It's too big a step for us at the minute.",
    "The family isn't keen on growing the system beyond what we use.",
    "We're in a period of restraint. No additions.",
    "Let us stay with the present licences, we are quite fine.",
    "Interesting, but we're going to stand pat.",
    "The security side is stretched thin, taking on more licences doesn't feel wise.",
    "I'm going to say not now and leave it at that.",
    "We'll keep things ticking over as they are.",
    "My gut says the team won't go for it, so let's leave it.",
    "The crews are back on site Monday and the new harness rules are keeping everyone busy. On "
    "the extra seats, I took it to the owners and we'll keep things as they are. The certificate "
    "you asked for is attached.",
    "Saw the numbers. It's a no on our end, without going into it.",
    "Ok so the short answer is we're staying put on the plan. Long answer is long, and not very "
    "interesting.",
    "We have decided not to extend at this stage. The rest of the account continues unchanged.",
    "Honestly? I don't see us growing the contract. Not a reflection on you.",
    "Nope, not this one. We'll keep the licences we've got.",
    "As for the upgrade, it does not fit our direction currently. The outstanding invoices are "
    "paid, please confirm receipt.",
    "We discussed your note in the management meeting and prefer to remain on the present "
    "subscription level.",
    "We'd rather not make any commitments beyond the current contract.",
    "Eish, not right now. Keep us where we are.",
    "Sorry, we won't take the extra module. Everything else is fine with the service.",
])

CONCRETE_DECLINE = Pool("decline with a concrete reason AND a date to revisit (marker "
                        "concrete_decline; weak evidence)", [
    "Not this round: the {city} park is closed for its rebuild until spring and there's nobody "
    "there to use the seats. Ask me again in {month}.",
    "We can't add the crematorium yet because the acquisition of the {city} home doesn't close "
    "until {month}. After closing, happy to talk.",
    "No to the upgrade for now. We're mid-migration to a new ERP and IT has frozen all "
    "integrations until {month}; come back to me then.",
    "The budget for this year is spent, full stop. The new fiscal year starts in {month} and I'll "
    "put it in the request then.",
    "Our {city} mill is being sold, so adding it makes no sense. If the sale falls through, "
    "revisit in {month}.",
    "Not now. The gym chain has a hiring freeze until {month}, so there are no new trainers to "
    "license. Let's look again when it lifts.",
    "We're running a formal tender for all field software and can't sign anything outside it. The "
    "tender closes in {month}; you're welcome to bid.",
    "The colocation racks in {city} won't be energised until {month}, so Premium would be paying "
    "for empty space. Let's pick it up then.",
    "Can't do it: the new CFO starts in {month} and she's asked for no new contracts before she "
    "arrives. Put a note in for after her first weeks.",
    "We are pausing the second site because the {city} lease is in renegotiation. Realistically "
    "we'll know by {month} and I'll reach out.",
    "Decline for now, reason is simple: the bakery's {city} kitchen only opens in {month}. Check "
    "back around then.",
    "The funeral group is under a regulatory audit right now and legal won't let us change "
    "systems mid-audit. It wraps up in {month}.",
    "Our auditors want no change to the access model until the SOC 2 window ends in {month}. "
    "After that we can add the {city} team.",
    "We have to say no at this time. The installers in {city} are moving to a new subcontractor "
    "model and we won't know headcount until {month}.",
    "The board approved the capex plan last week and software expansion isn't in it. Next "
    "approval cycle is {month}; send it to me two weeks before.",
    "The event venues are seasonal and the {city} venue is closed for winter. Revisit in {month} "
    "before bookings open.",
    "Not doing it this quarter. We're integrating the company we bought in {city} and everything "
    "waits for that, target {month}.",
    "The language school's enrolment numbers come out in {month}. Until then I can't commit to "
    "classrooms I may not fill.",
    "We're switching payroll providers and HR won't add headcount tools until that's live in "
    "{month}. Please ping me then.",
    "Security contract with our biggest client is up for renewal in {month}; if we keep it, we'll "
    "need the night shift seats, if not, we won't. Let's decide after.",
    "The print plant is getting new presses installed and the second shift doesn't exist until "
    "{month}. We'll look at seats once it does.",
    "Sorry, no. The {city} data centre's go-live slipped to {month} because of the power "
    "contract, and I won't license it before it's live.",
    "Our franchise agreement in {city} is being rewritten and we can't put franchisees on our "
    "contract until it's signed in {month}.",
    "The esports academy lost its sponsor and we're cutting coaches. If the new sponsor deal "
    "lands in {month}, we can talk about it again.",
    "The parking contracts with the city council are re-tendered in {month}. If we win {city} "
    "again, I'll call you about enforcement seats.",
    "We just can't while the {city} garage is being converted to electric buses. It's back in "
    "service in {month}; revisit then.",
    "Not this year. We committed the tools budget to the new ticketing system. I'll have room "
    "again in {month}.",
    "The zoo's new wing won't open until {month} and the keepers aren't hired yet. Talk then.",
    "We're consolidating three offices into {city} over the next months. Let the dust settle and "
    "reach out in {month}.",
    "Our parent company is standardising on one platform group-wide and we have to wait for that "
    "decision in {month} before buying anything.",
    "Decline. The cosmetics lab's GMP certification is scheduled for {month} and the QA lead "
    "won't introduce a new system before it.",
    "No go at the moment: the bike-share contract with {city} expires in {month} and we don't "
    "know yet if it's renewed.",
    "Our insurance renewal has eaten the discretionary budget. {month} is the earliest I can "
    "bring this back.",
    "We're not adding the jewellery workshop because it moves to {city} in {month}. Once they're "
    "settled, yes, let's talk.",
    "Finance put a freeze on new SaaS until the year-end close is done in {month}. I'll resubmit "
    "after that.",
    "The theme park changes ownership in {month} and nobody will sign multi-year deals before the "
    "new owners are in. Let's reconnect after the handover.",
    "HVAC is our slow season and half the vans are off the road. Ask again in {month} when the "
    "fleet is back up.",
    "Texting you quick: no for now, waiting on the {city} council permit, should come through "
    "{month}.",
    "The toy warehouse in {city} is being outsourced to a 3PL from {month}. If anything, we'll "
    "need fewer seats. Let's review the whole thing then.",
    "We need to see the results of the pilot at the {city} site first. It finishes in {month}; if "
    "the numbers hold, we'll expand.",
    "Our IT security team has a vendor review backlog. Your review is slotted for {month}, and "
    "nothing can be added before it passes.",
    "Unfortunately not. We're renegotiating our bank covenants and all spending above a threshold "
    "is on hold until {month}.",
    "The owners are retiring and the business is being sold; closing is planned for {month}. The "
    "buyer will decide on systems.",
    "We're waiting on the union agreement for the {city} drivers, due {month}. Without it I don't "
    "know how many shifts we run.",
    "Not now — we are rolling out new hardware in all stores until {month} and the store teams "
    "can't absorb another change.",
    "The cinema in {city} is being refurbished and reopens in {month}. No point in seats for a "
    "closed building.",
    "Budget line for software is fixed until {month}, when our fiscal year turns over. Please "
    "send the revised numbers then.",
    "We're piloting a competitor's module at the {city} branch until {month}. Once we've "
    "compared, we'll tell you either way.",
    "Ne, not yet. The {city} depot has a new manager from {month} and I want him to choose.",
    "The greenhouse expansion in {city} isn't built. Construction finishes {month}, earliest. "
    "Revisit the sensor bundle then.",
    "Hold on the daycare portal: the state licensing review for the new centres is in {month}, "
    "and we can't change parent communication before it.",
    "We're mid-way through layoffs at the mill, I'm sorry to say. Nothing new until the "
    "restructuring is done in {month}.",
    "Our procurement policy changed: anything over $20k needs three bids, and the next bid window "
    "is {month}.",
    "The annual Enterprise move doesn't work for us because we're switching to a calendar fiscal "
    "year in {month}. Send it again after.",
    "We have a freeze on the {city} region until the merger is cleared by regulators, expected "
    "{month}.",
    "Can't this year. The chapel in {city} is being renovated, reopening {month}. We'll add the "
    "arrangers when they're back.",
    "Not yet: our SSO provider changes in {month} and IT won't onboard any new user groups until "
    "the switch is done.",
    "We don't have the {city} contract signed yet. If it comes through in {month}, the extra "
    "guards will need seats and I'll call you.",
    "Our sawmill in {city} is shut for the annual maintenance and retooling until {month}. Nobody "
    "to train. Ping me then.",
    "The management team is changing and the new COO starts {month}. I'd rather not commit to the "
    "upgrade before he's had his say.",
    "The coworking floors in {city} aren't leased out yet. Occupancy target is {month}; with "
    "tenants, we'll need hosts and then the Enterprise tier makes sense.",
    "The transit authority has an election in {month} and spending decisions are frozen until the "
    "new council sits. Ask again after.",
    "We're replacing the phone system first, budgeted and scheduled through {month}. One project "
    "at a time. The upgrade can be discussed after.",
    "Not until we've hired a platform admin. The role is posted and I expect someone in seat by "
    "{month}.",
    "The rental desks at {city} airport are going to a new concession operator in {month}; they "
    "decide their own tools. No from our side for now.",
    "Our grant for the zoo education programme is only confirmed in {month}. If it's approved, "
    "the education team comes on board.",
    "We need the data residency question settled by our lawyers first; they expect an opinion in "
    "{month}. Until then, no new regions.",
    "The linen depot in {city} is under a health and safety improvement notice. Nothing else "
    "changes there until it's lifted in {month}.",
    "I'd like to, but the price increase on our main contract takes effect in {month} and I can't "
    "stack another increase on top. Let's talk after.",
    "Entiendo, but the {city} plant is changing owner and we cannot sign until {month}.",
    "We're waiting for the quarterly results in {month}. If revenue is where we want it, I'll "
    "come back to you about the extra seats.",
    "Deferring the premium SLA: we are moving the {city} servers to a different hall in {month} "
    "and will look at support levels after the move.",
    "The solar crews are mostly laid off for winter. Start of season is {month}, and that's when "
    "headcount is real again.",
    "Not possible right now, the works council has to approve any new tool that tracks staff, and "
    "their next session is in {month}.",
    "The parent portal needs a translation into four languages for our families; the translator "
    "is booked until {month}. Then we can consider it.",
    "Our {city} franchise is in dispute with the franchisor and legal said don't add them to "
    "anything. Hearing is in {month}.",
    "The bakery's new point-of-sale goes in across all shops by {month}; after that the waste "
    "report makes sense, before it doesn't.",
    "This needs to go through our annual planning, which happens in {month}. I'll put it on the "
    "list with the numbers you sent.",
    "The security officers' contracts are being moved to a new agency in {month}. Until I know "
    "who's employed by whom, no more seats.",
    "The print plant is for sale and the prospective buyer asked us not to sign new vendor "
    "agreements until due diligence ends in {month}.",
    "We're relocating HQ to {city} and the move is the only project this quarter. Please check in "
    "with me in {month}.",
    "Can't commit before the insurance audit in {month}; they want to see the current system "
    "unchanged.",
    "Oof, no. Our biggest customer just cut their order and we're re-forecasting. New forecast "
    "lands in {month}, I'll know then.",
    "The esports season ends in {month}; roster and coaching changes happen after that. Any new "
    "seats get decided then.",
    "Our dyehouse in {city} runs on a different system we're phasing out by {month}. Once it's "
    "gone, we'll bring it onto yours.",
    "Niet nu. Our {city} site moves to the new building and until {month} everyone is in boxes. "
    "After the move we look at it seriously.",
    "We got the price, it's fair, but the biggest laundry contract we depend on is renegotiated "
    "in {month}. No extra seats before I know that volume.",
    "Honestly the upgrade is fine on paper, but our IT manager is on parental leave until {month} "
    "and nobody else can run the rollout. Please try me again then.",
])

ACCEPT = Pool("accepting the expansion (no decline marker)", [
    "Yes, go ahead with the {n} extra seats. PO number to follow from purchasing.",
    "Approved. Add the {city} park from {month}.",
    "We're in. Send the order form for the Premium tier and I'll sign it today.",
    "OK from my side and from finance: {n} more trainer logins, same terms.",
    "Let's do it. The crematorium in {city} joins the group licence.",
    "Sounds right. Please move us to Enterprise and include the new racks.",
    "Yes to the second site licence for the {city} mill, starting {month}.",
    "The board signed off this morning. You can provision the night-shift profiles.",
    "Go for it, {n} seats for the installers in {city}.",
    "Confirmed, we'll take the fleet add-on for all the vans.",
    "Agreed on the multi-venue plan. Contract to me, please, and cc legal.",
    "Yep, add the {city} showroom. Invoice it with the rest.",
    "That works. Please set up the {n} dispatcher accounts for the {city} depot before {month}.",
    "We'll go with the Plus tier. Purchasing will raise the PO this week.",
    "Decision made: site licence instead of per-seat. Send the paperwork.",
    "OK, Growth plan it is.",
    "Whole chain, all {n} stores. Yes. Start {month}.",
    "Yes to GMP for the lab. QA is expecting the onboarding plan.",
    "We accept the annual Enterprise agreement as drafted.",
    "Coaches are a yes, {n} of them.",
    "The transit authority approves Premium for all garages. Formal letter attached.",
    "Sure, turn on the seasonal seats for the peak.",
    "Compliance pack: approved, add it from the next invoice.",
    "The franchisees in {city} can go on our contract. Legal is fine with it.",
    "Parent portal is a go for all centres. We'd like it live by {month}.",
    "Yes on the Campus plan. Enrolment opens in {month}, so the sooner the better.",
    "We'll take the weekend coverage. {n} seats is the right number.",
    "Live tracking approved. The {city} control centre manager will be your contact.",
    "Put the {city} toy stores on the main account, agreed.",
    "Holiday premium support, yes. All registers.",
    "We're going ahead with the multi-region tier for {city}. Compliance signed it.",
    "Yes please, Enterprise for the coworking group with {n} hosts.",
    "Prepress module at cost: accepted.",
    "Add the linen depot drivers. {n} mobile seats, effective {month}.",
    "We'll move to the Enterprise plan including pre-need. DocuSign it over.",
    "Extra mechanics in {city} — yes.",
    "Scenario tools are worth it; upgrade us to Premium.",
    "Mobile-only seats for enforcement, agreed, {n} officers.",
    "Extending colocation to {city} is approved. Target go-live {month} stands.",
    "Yes. Add the textile warehouse in {city}.",
    "The repair workshop gets its own workspace. Go ahead.",
    "Catering team is in. {n} seats.",
    "OK to the extra tutors for the online academy.",
    "The zoo education team comes on board. Start date {month}.",
    "Add the sawmill logistics desk, please, {n} users, plus the scale integration.",
    "We'll switch to annual Enterprise. Send the contract to our GM.",
    "Yes for the arrangers in {city}.",
    "Premium SLA for the {city} floor: accepted, effective {month}.",
    "Pro tier for the branch managers — signed and returned.",
    "Oilfield safety add-on approved, {n} seats to start.",
    "Co-packers on our account is fine. Bill them to us.",
    "Yes, {n} operator seats for the control room. PO is with purchasing.",
    "Unlimited seats makes sense. Switch us over from {month}.",
    "Deal on the extended discount for the extra hosts.",
    "The events team in {city} joins before the season. Approved.",
    "We'll take premium analytics for the planners on the two-year term.",
    "Second print site licence for {city}, agreed.",
    "Team Plus for the coaches, yes, from {month}.",
    "Add the {city} location to the group plan. I've told the staff.",
    "Field tier for the crews. Approved by ops and finance.",
    "The {city} installers go on the scheduling module at the partner rate. Yes.",
    "Business tier with SSO: we accept. IT will schedule the SSO setup with your team.",
    "One agreement for both chapels from {month}. Agreed.",
    "All {n} branches on the analytics add-on, pilots and the rest alike.",
    "Yes to the second workspace for the design studio in {city}.",
    "The group licence for {city} and the two new parks is approved by the board.",
    "Double it. {n} seats at the volume price.",
    "Three-year renewal with {city}: signed, scanned copy attached.",
    "Buyer tier for the {city} flower auction team — approved.",
    "Convert the trial users to full seats, all {n}.",
    "Enterprise it is. Our procurement will reach out for the vendor form.",
    "Hospitality tier for the venues: yes.",
    "We'll take the cemetery records module for {city}. Setup fee approved.",
    "Second-shift operators, {n} seats, go.",
    "Vet Care add-on: yes, add it to the zoo account.",
    "ok go ahead w the {n} extra for {city}",
    "Pro for every shop. Approved at this morning's meeting.",
    "The {city} branch goes on the bigger plan. Contract attached, signed.",
    "We'll move to Network tier from {month}.",
    "Cinema head office seats, yes, {n} of them.",
    "Kiosk plus {n} sales seats for {city}, agreed. Send the invoice to AP.",
    "Sub-account for the airport desks is fine. Set it up.",
    "Mill, dyehouse and {city} on one licence — we're doing it.",
    "Yes, subject only to the PO, which takes our procurement about a week. Consider it agreed.",
    "Legal has one small wording change on page 3; otherwise we accept the upgrade as written.",
    "Approved in principle and in budget. Signature from our MD follows when she's back in the "
    "office.",
    "Ja, we take it. {n} seats, invoice to the {city} entity.",
    "Go ahead and add them. We'll sort the cost centre split internally.",
    "Fine by us: Premium from {month}, {n} users.",
    "You have a yes from operations. Finance will countersign.",
    "Agreed. Please send the updated order form with {n} seats and a {month} start.",
    "Put the analytics add-on on our account, we're counting on it for the spring reports.",
    "The owners said yes. Let's add the {city} venue.",
    "Proceed with the upgrade. Onboarding for the new users can be the week you suggested.",
    "Our MD has approved the expansion to {n} users across {city}.",
    "No wahala, proceed with the {n} seats. Our procurement officer will send the LPO.",
    "Approved na po by our GM. Pls add the {city} branch, sir.",
    "Quick update from our side: the warehouse inventory is done, the new forklift training is "
    "booked, and yes, we want the extra {n} seats you priced, starting {month}. Invoice to the "
    "usual address.",
    "Right, the committee met and it went through. Add {city}.",
    "Yes. Full stop. Send the forms.",
    "Sweet as, go ahead with the upgrade.",
    "That's a yes from me, the GM and the accountant. Turn it on whenever you're ready.",
    "Grand so, we'll take the Enterprise tier. Contract to my attention.",
])

TERSE = Pool("terse reply (marker terse; no warmth)", [
    "Timetable file uploaded.",
    "Platform 4 data corrected.",
    "Crew roster is in the shared drive.",
    "Depot says fine.",
    "Rolling stock list attached, v3.",
    "Signed. Scan in your inbox.",
    "Ops approved the cutover window.",
    "Night possession confirmed, 01:00 to 04:30.",
    "Box office export sent.",
    "Seat map fixed for the dress circle.",
    "Matinee numbers below.",
    "Front of house has it.",
    "Comp tickets reconciled.",
    "Subscriber list done.",
    "Arrangement forms scanned, attached.",
    "Chapel bookings synced.",
    "Director signed off on it.",
    "Member import finished. 4 errors, see log.",
    "Club 12 is live.",
    "Class schedule loaded through Sunday.",
    "Freeze codes mapped.",
    "Tech dispatched.",
    "Inspection certs uploaded for both towers.",
    "Callback log attached.",
    "Unit 3B cleared.",
    "Dye lot numbers corrected.",
    "Loom 9 data missing. Checking.",
    "Sent the bale weights.",
    "QC passed on lot 4471.",
    "Cross-connect done, cage 14.",
    "Remote hands ticket closed.",
    "Power readings for October attached.",
    "Badge access granted to both techs.",
    "Farebox data posted.",
    "Route 41 detour entered.",
    "Safety test reports are in the folder.",
    "SKU list updated, 212 lines.",
    "Carton labels approved.",
    "Chain of custody forms attached.",
    "Results posted for batch 2218.",
    "Method codes fixed.",
    "Die line approved.",
    "Proofs signed.",
    "Press check at 7.",
    "Guard schedule uploaded.",
    "Incident export is in the portal.",
    "Post orders revised, v2 attached.",
    "Patch notes sent.",
    "Build 0.9.3 is on the server.",
    "Discord webhook works now.",
    "Route sheets attached.",
    "Bait station map corrected.",
    "Hold released on the east ballroom.",
    "BEO attached.",
    "Deposit received for the Hendry wedding.",
    "Timesheets approved for week 43.",
    "Candidate file uploaded.",
    "Placement count corrected to 37.",
    "Ground station logs attached.",
    "Pass schedule confirmed.",
    "Sprinkler reports uploaded, 3 sites.",
    "Deficiency list attached.",
    "Fleet feed fixed.",
    "Branch 220 back online.",
    "Crew assigned.",
    "Inventory sheet attached, 84 items.",
    "Garage C rates updated.",
    "Gate controller rebooted. Sync ok now.",
    "INCI list sent.",
    "Batch records are in the QA folder.",
    "Dock status feed restored.",
    "Rebalancing report attached.",
    "Line 2 numbers corrected.",
    "Pallet tags reprinted.",
    "Serials reconciled.",
    "Boutique 3 counted.",
    "Well noted. Will revert.",
    "Payment has been effected.",
    "Have sent it, kindly check.",
    "Noted on this.",
    "Already sent, pls check spam.",
    "For your reference.",
    "Ok noted, will coordinate with accounting.",
    "Is done.",
    "Document in attachment.",
    "Invoice in attachment, corrected VAT.",
    "I send the signed version tomorrow.",
    "It's ok for me.",
    "File is sent, in annex.",
    "Correction is made.",
    "Clear. Go ahead.",
    "Fine by us on the Groningen cutover.",
    "Check, received.",
    "Will action now-now.",
    "Grand, done.",
    "Aye, got it.",
    "We confirmed the document. No problem.",
    "Checked. Proceed as planned.",
    "Listo, enviado.",
    "Received, we review and answer.",
    "Ok for us, proceed.",
    "Approved, you can continue.",
    "Received, will share with procurement.",
    "OK from our side.",
    "Accepted as is.",
    "Kindly find attached the signed form.",
    "Received. We will check and feedback.",
    "sent to print",
    "ok go, crew 2",
    "y, same PO",
    "done fyi",
    "see att",
    "k, approved",
    "pls use v2",
    "signed both copies, pdf attached",
    "in mtg. yes approved",
    "ack. alarm panel ticket closed",
    "ack, tech en route",
    "fwd to ops",
    "Not yet. By Thursday.",
    "Tomorrow AM.",
    "EOD.",
    "Will read the contract tonight.",
    "Yes to option B.",
    "Option 2, the steel racks.",
    "Go with the cheaper one.",
    "Use the Durban address.",
    "Same split as the spring order.",
    "No changes from the mill.",
    "No comments on the draft.",
    "Redlines attached.",
    "Two edits, tracked.",
    "Page 3 only.",
    "Section 4.2 stays as is.",
    "Legal has it.",
    "With finance now.",
    "PO number is 88-1204.",
    "Cost center 4410.",
    "Bill to head office.",
    "Ship to dock 2.",
    "Confirmed for 9:00.",
    "Room 14B.",
    "Teams link works.",
    "Dial-in failed, using mobile.",
    "Running 5 min late.",
    "Received the rider. Stage manager has a copy.",
    "Costume count is 212, not 221.",
    "Rigging cert expires in March, new one attached.",
    "Conductor's parts printed.",
    "Orchestra pit layout v4 is final.",
    "Hearse 2 back from service.",
    "Obituary live on the site.",
    "Cremation permit filed.",
    "Spin bikes delivered to club 7.",
    "Locker codes reset.",
    "Trainer rota uploaded for the week.",
    "Lift 6 inspection booked.",
    "Parts on order, ETA Tuesday.",
    "Escalator back in service 14:20.",
    "Greige fabric shipped, 18 rolls.",
    "Shade card approved by design.",
    "Weft count fixed on the spec.",
    "Rack 22 PDU swapped.",
    "Cooling ticket 5531 resolved.",
    "Visitor list for Thursday loaded.",
    "Fare table v12 published.",
    "Driver bids closed at 5.",
    "Shelter 118 repaired.",
    "ASTM F963 report attached.",
    "Retailer PO acknowledged via EDI.",
    "Plush samples left the factory.",
    "COC signed by field tech.",
    "PFAS results in the portal under project 77.",
    "Holding time ok on all samples.",
    "Plate made, press at 6.",
    "Ink swatch matched.",
    "Board stock arrived, 40 pallets.",
    "Guard at post 3 replaced.",
    "Tour checkpoints re-scanned.",
    "Access list cleaned up, 14 removed.",
    "Brackets posted.",
    "Server region switched to EU-West.",
    "Hotfix is live.",
    "Treatment logged for site 19.",
    "Tech licence copy attached.",
    "Floor plan updated, 22 rounds of 10.",
    "Menu tasting booked for Friday 3 pm.",
    "AV spec forwarded to the client.",
    "Timesheet for Okafor corrected.",
    "Background checks cleared for all six.",
    "Badges printed, pick up at reception.",
    "TLE updated.",
    "Downlink restored 03:12 UTC.",
    "Antenna 2 realigned.",
    "Flow test results: 1,150 gpm.",
    "Panel replaced at building C.",
    "Tags hung on all 40 extinguishers.",
    "Transfer of 12 cars to the airport branch done.",
    "Damage photos uploaded.",
    "Rate code fixed for the corporate account.",
    "Truck 9 loaded.",
    "Piano crated.",
    "Storage unit 118 inventoried.",
    "Permit billing run complete.",
    "Validation codes sent to the hotel.",
    "Firmware 4.2 on all gates.",
    "Stability data to 12 weeks attached.",
    "Allergen labels reprinted.",
    "Shade names locked.",
    "Station 31 relocated.",
    "Batteries swapped on 60 e-bikes.",
    "Dock 12 sensor replaced.",
    "Changeover done in 38 min.",
    "Source permit reissued, copy attached.",
    "Caps from the new supplier passed torque test.",
    "Repair 2231 returned to client.",
    "Stock count matches the system.",
    "Straps arrived, 300 units.",
    "Forwarded to AP in Łódź.",
    "Forwarded to our DPO.",
    "Passing to IT security.",
    "Copying our controller.",
    "Adding Nkechi from finance.",
    "Looping in plant maintenance.",
    "Ticket raised on our side, INC0091.",
    "Logged as CHG-2207.",
    "Approved in Coupa.",
    "Vendor form submitted in Ariba.",
    "W-9 for the new LLC attached.",
    "COI attached, expires 2027.",
    "DPA countersigned.",
    "NDA back, signed page only.",
    "Questionnaire complete. 3 items N/A.",
    "Pen test summary is under NDA, requesting.",
    "Invoice 7781 paid today.",
    "Remittance attached.",
    "Credit note received.",
    "Wire sent, ref MT103 attached.",
    "Paid via ACH this morning.",
    "Price letter received, filed.",
    "Users added. 18 total.",
    "Removed Ruiz's access.",
    "Password reset done.",
    "Login works now.",
    "Still erroring. Screenshot attached.",
    "Same error on Chrome and Edge.",
    "Cleared cache, fixed.",
    "Export ran, 3,402 rows.",
    "CSV has 2 bad rows, lines 14 and 90.",
    "Dry run ok.",
    "Restore test passed.",
    "Sandbox refreshed.",
    "Mapping looks right.",
    "Time zone set to Europe/Warsaw.",
    "Numbers match ours.",
    "Figures differ by 2%, checking why.",
    "Yes, both sites.",
    "Correct, 38 trucks.",
    "Agreed on the wording.",
    "Confirmed, 14 seats as listed.",
    "That date works.",
    "Tues 2pm ok.",
    "ok 10:30",
    "Either slot works for the chief engineer.",
    "Will be there.",
    "Dialing in from the car.",
    "Call moved to 3 on our side, clash with payroll run.",
    "Calendar updated.",
    "Invite accepted.",
    "Agenda fine as is.",
    "Minutes from the safety walk attached.",
    "Action items assigned in Planner.",
    "recvd",
    "got it. fwd to site mgr",
    "approved pls proceed w install",
    "done - see portal",
    "yep sent to the printer",
    "sent frm phone, attachment to follow",
    "docx corrupt again, pdf pls",
    "wrong invoce number, should be 4471-B",
    "teh file is in the dropbox",
    "signed + scanned",
    "ok. next.",
    "Reviewed the SOW. Fine.",
    "Nothing to add from rigging.",
    "Seen, passed to the duty manager.",
    "Understood, will inform the site.",
    "Confirmed with the gaffer, go.",
    "Sorted on our end, invoice reissued.",
    "Done deal on the pallets, 40 at the agreed rate.",
    "Ja, klopt.",
    "Tak, zrobione.",
    "D'accord, c'est envoyé.",
    "Hai, received and checked.",
    "Confirmed from the Busan office. Schedule unchanged.",
    "Tamam, approved.",
    "Sawa, will share with the team.",
    "Ok po, noted.",
    "Attached the revised BOQ as requested.",
    "Please see comments inline, in red.",
    "Figures for Gdańsk and Poznań sites below.",
    "Site list: Kumasi, Takoradi, Tamale. All live.",
    "1) approved 2) approved 3) needs legal",
    "Yes / yes / no change.",
    "Items 2 and 5 done, 3 pending vendor.",
    "Headcount 212. Sites 9.",
    "Received, log ref 0092 for the Kisumu depot.",
])

ASSISTANT_REDIRECT = Pool("assistant replying for the executive and redirecting (marker "
                          "assistant_redirect)", [
    "I'm replying on behalf of {exec}. Please direct anything about the contract to {junior} "
    "going forward.",
    "This is {exec}'s assistant. {exec} has asked that you take this up with {junior}, who I've "
    "copied.",
    "Writing for {exec}: kindly route future correspondence on the account to {junior}.",
    "Hi, I manage {exec}'s inbox. Could you please reach out to {junior} on this? They'll handle "
    "it from here.",
    "On behalf of {exec} - please liaise with {junior} on all operational matters.",
    "{exec} forwarded your note to me. Please work with {junior} directly on the renewal.",
    "I handle scheduling for {exec}. For the QBR, please contact {junior} instead.",
    "Good afternoon, assistant to {exec} here. Your request has been passed to {junior}; please "
    "follow up with them.",
    "Responding for {exec}, who asked me to point you to {junior} for anything related to the "
    "platform.",
    "Kindly address further questions to {junior}. I'm writing on {exec}'s behalf.",
    "{exec} has reviewed your message and asks that you speak with {junior}, who now owns this "
    "relationship.",
    "I'm {exec}'s EA. Please loop in {junior} rather than {exec} from now on.",
    "Replying for {exec}: please send the proposal to {junior}, copied here.",
    "Assistant to {exec} writing. The best route is via {junior}; please contact them for next "
    "steps.",
    "Hello, I am the personal assistant of {exec}. Please refer your questions to {junior}.",
    "As {exec}'s assistant, I've been asked to redirect you to {junior} for this and future "
    "topics.",
    "Please channel any account questions through {junior}. - Office of {exec}",
    "Message from {exec}'s office: please deal with {junior} on the day-to-day going forward.",
    "I'm covering {exec}'s email. Could you get in touch with {junior} about the meeting request?",
    "{exec} has asked me to hand this over to {junior}. Please coordinate with them.",
    "Hi there - {exec}'s coordinator here. Please direct the review invitation to {junior}.",
    "Your email to {exec} reached me. I've forwarded it to {junior}, who will be your contact on "
    "this.",
    "Replying on behalf of {exec}. For support and roadmap items, please speak to {junior}.",
    "This inbox is monitored by {exec}'s assistant. Please send meeting requests to {junior}.",
    "{exec} asked me to let you know that {junior} will take it from here - please reach out to "
    "them.",
    "Writing for {exec}, who would prefer you raise this with {junior} first.",
    "Hello from {exec}'s office. We've passed your note to {junior}; please continue the thread "
    "with them.",
    "I assist {exec}. Please contact {junior} for the renewal discussion; {exec} won't be joining.",
    "{exec}'s assistant here - please reroute this to {junior}.",
    "On {exec}'s instruction, please take all vendor follow-ups to {junior}.",
    "Please reach {junior} for this. Sent by the assistant to {exec}.",
    "I'm responding for {exec}. The right person for this is {junior}, please email them directly.",
    "Dear sir/madam, on behalf of {exec} I ask that you forward your documents to {junior}.",
    "Executive assistant to {exec}. Kindly transfer this conversation to {junior}.",
    "{exec} has delegated vendor management to {junior}. Please work through them from now on.",
    "I look after {exec}'s diary. Rather than a call with {exec}, please set one up with {junior}.",
    "Replying for {exec} - please send the agenda to {junior} and they'll take it forward.",
    "Hi, {exec}'s PA. I'm redirecting you to {junior}, who is cc'd.",
    "From the office of {exec}: please direct all commercial queries to {junior}.",
    "Assistant here on behalf of {exec}. Would you please coordinate with {junior} instead?",
    "{exec} asked that I point you to {junior}. Please contact {junior} at your convenience.",
    "Writing for my boss, {exec}. Please take this to {junior}; they handle vendors now.",
    "Good morning. I'm {exec}'s executive assistant. Your meeting request should go to {junior}.",
    "On behalf of {exec}, I'd ask you to follow up with {junior} on the points raised.",
    "Replying for {exec}. Please loop {junior} in and drop {exec} from the thread.",
    "Please note, I am secretary to {exec}. Kindly contact {junior} for this matter, {exec} is "
    "not handling it.",
    "I am writing on behalf of {exec}-san. Please send your request to {junior}, who is in charge.",
    "Assistant to {exec} here. Going forward, please route invites to {junior}.",
    "{exec} has asked me to respond: please connect with {junior} regarding the expansion.",
    "Hi, answering for {exec} as they're swamped. Please speak with {junior}, who has the full "
    "picture.",
    "I'm the chief of staff to {exec}. Please take this conversation to {junior}.",
    "For {exec}: we've reassigned this. Please direct all further emails to {junior}.",
    "Good day, I'm replying on behalf of {exec}. Please contact {junior} for anything related to "
    "the renewal, {exec} has handed it over.",
    "{exec}'s office here. Please email {junior} instead for scheduling.",
    "Responding on behalf of {exec}. Could you please redirect your questions to {junior}?",
    "Pls contact {junior} on this. - sent by {exec}'s assistant",
    "The office of {exec} asks that you refer this to {junior} in the first instance.",
    "I've been asked by {exec} to send you over to {junior}. They'll sort it out.",
    "EA to {exec} writing. Please work directly with {junior} on the next steps.",
    "On behalf of {exec}: please bring {junior} into the thread and address them.",
    "Hi, I'm helping {exec} with the inbox this quarter. Please reach out to {junior} for the QBR.",
    "{exec}'s assistant replying. Kindly raise this with {junior}; it's their area now.",
    "For the attention of the sender: {exec} has asked that {junior} be your contact. Please "
    "write to {junior}.",
    "Writing for {exec} - please route account matters to {junior}, copied.",
    "I coordinate for {exec}. Please correspond with {junior} about the project.",
    "Hello, replying on behalf of {exec}. Please contact {junior} who will follow up with you.",
    "Assistant to {exec}. Your request is better handled by {junior}; please get in touch with "
    "them.",
    "{exec} asked me to reply and pass you to {junior}. Please send future updates there.",
    "Executive office of {exec}: please liaise with {junior} from now on.",
    "This is {exec}'s PA, answering. Please send the materials to {junior}, who will review.",
    "Replying for {exec}, who has asked that {junior} be kept as main point of contact - please "
    "write to {junior} going forward.",
    "Hi! {exec}'s assistant here. Could you please forward the deck to {junior} instead?",
    "I am the assistant of {exec}. {exec} request that you speak to {junior} for all matters of "
    "the contract.",
    "On behalf of {exec}, please coordinate the review with {junior}.",
    "{exec}'s assistant: please take it up with {junior}.",
    "Writing for {exec}. Kindly redirect the invitation to {junior}.",
    "Please contact {junior} for this - {exec}'s office.",
    "Answering for {exec}: for anything operational, please go through {junior}.",
    "As the assistant to {exec}, I'd ask that you re-address this to {junior}.",
    "Hi, on behalf of {exec} - could you please schedule with {junior} instead?",
    "I support {exec}. They asked me to pass this to {junior}; please contact {junior} directly "
    "with any questions.",
    "{exec}'s EA here: please send the renewal paperwork to {junior}.",
    "Replying for {exec}, who's asked that the conversation continue with {junior}. Please reach "
    "out there.",
    "From {exec}'s desk: please follow up with {junior}, not {exec}.",
    "Hi - assistant to {exec}. Please consult {junior} on this one.",
    "Dear vendor, {exec}'s office asks that you direct inquiries to {junior}.",
    "Writing as {exec}'s assistant: please contact {junior}, who's been asked to handle your "
    "account.",
])

ASSISTANT_UNAVAILABLE = Pool("assistant describing the executive's lack of availability and "
                             "pointing elsewhere, with no redirect verb (marker "
                             "assistant_redirect)", [
    "Assistant to {exec} here. {exec}'s diary is closed to external meetings until {month}; "
    "{junior} holds the account day to day.",
    "Unfortunately {exec} is travelling between sites for the next several weeks. {junior} has "
    "the full picture on your topic.",
    "I manage {exec}'s calendar, and there's simply no room before {month}. {junior} is the "
    "person closest to this.",
    "On behalf of {exec}: no vendor meetings this quarter, I'm afraid. {junior} is across the "
    "details.",
    "{exec} is on extended leave until {month}. In the meantime {junior} is covering the "
    "portfolio.",
    "Replying for {exec}, who is fully committed to the board process. {junior} has authority on "
    "the renewal.",
    "This is {exec}'s EA. {exec}'s schedule is solid through {month}, whereas {junior} has time "
    "this week.",
    "At the moment {exec} isn't taking calls on vendor topics. {junior} owns the relationship now.",
    "Writing for {exec}: the calendar is booked wall to wall until {month}. {junior} is your best "
    "bet in the meantime.",
    "Office of {exec} - {exec} is overseas for the plant commissioning and largely unreachable. "
    "{junior} is on point.",
    "Hello, {exec}'s assistant. {exec} won't be available before {month}. {junior} is very much "
    "up to speed, though.",
    "{exec} is in back-to-back leadership sessions for the foreseeable future. {junior} is the "
    "one handling your contract.",
    "I'm {exec}'s PA. Realistically {exec} has no slots this side of {month}; {junior}, on the "
    "other hand, is free.",
    "On {exec}'s behalf: {exec} has stepped back from day-to-day vendor matters. {junior} is the "
    "decision maker for this now.",
    "{exec}'s assistant replying - I'm afraid {exec} is on sabbatical until {month}. {junior} is "
    "minding the shop.",
    "Unfortunately {exec} is unavailable for the coming weeks. {junior} is fully briefed and "
    "empowered.",
    "Writing for {exec}, whose availability is very limited until {month}. {junior} is the right "
    "person for the QBR.",
    "{exec} is tied up with the acquisition and not meeting vendors. {junior} is the point of "
    "contact on our side.",
    "Assistant to {exec}: there's nothing in {exec}'s calendar before {month}. {junior} is "
    "already familiar with the account.",
    "As things stand, {exec} is on the road with the regional tour until {month}. Meanwhile "
    "{junior} has the mandate.",
    "This is {exec}'s office. {exec} is not in a position to take this meeting; {junior} is "
    "responsible for the platform now.",
    "Replying for {exec}: fully booked, I'm afraid, and likely to stay so until {month}. {junior} "
    "is the contact for this.",
    "{exec} has very little availability these days. {junior} is the one who'd know the answer.",
    "As {exec}'s EA, I can tell you the calendar is frozen until {month}. {junior} is handling "
    "vendor matters in the interim.",
    "Right now {exec} is out of the office for an extended period. {junior} is the acting lead.",
    "On behalf of {exec}: {exec} is dedicated to the safety programme full time until {month}. "
    "{junior} has taken over the supplier side.",
    "{exec}'s assistant here. There's no window before {month}, but {junior} is on the thread and "
    "can answer.",
    "Writing for {exec}, who is unavailable through {month}. All account decisions now sit with "
    "{junior}.",
    "{exec} is in Tokyo until {month} and not joining calls. {junior} is the person in charge "
    "locally.",
    "I look after {exec}'s diary and it's full until {month}, unfortunately. {junior} is very "
    "capable on this topic.",
    "Just so you know, {exec} is no longer involved at this level. {junior} is your counterpart.",
    "{exec} has limited bandwidth for the rest of the year. {junior} is leading the evaluation "
    "now.",
    "Apologies from {exec}'s office - {exec} is unreachable during the audit. {junior} is on it.",
    "Just so you're aware, {exec} will not be available in the coming period; {junior} is the "
    "responsible manager.",
    "From {exec}'s EA: {exec} isn't able to commit time before {month}. {junior} is empowered to "
    "decide.",
    "Assistant here. {exec} is fully consumed by the refinancing. {junior} is copied and is the "
    "owner of this.",
    "I'm writing for {exec}. The schedule is impossible until {month}, but {junior} is available.",
    "{exec} is on parental leave until {month}. {junior} is covering for the duration.",
    "On behalf of {exec}: {exec} no longer attends vendor reviews. {junior} has the account.",
    "To be candid, {exec}'s diary is spoken for until {month}; {junior} is in the loop and the "
    "natural contact.",
    "Replying for {exec}, who is in the middle of the union negotiations and not available. "
    "{junior} is the lead on your side of things.",
    "{exec} has been seconded to the new terminal project until {month}. {junior} is responsible "
    "for the account meanwhile.",
    "This is {exec}'s office. No availability from {exec} in the near term; {junior} has full "
    "sign-off authority.",
    "Hi, {exec}'s assistant here. {exec} is away at the rail safety conference and then on leave "
    "until {month}. {junior} knows this file inside out.",
    "Sorry, {exec} is completely booked. {junior} is the one running the project now.",
    "Be advised that {exec}'s time is fully allocated to the restructuring until {month}. "
    "Operational questions are {junior}'s area.",
    "I'm the executive assistant. {exec} has no capacity for new meetings; {junior} is the key "
    "person here.",
    "Writing for {exec}: out of the country until {month}, with very patchy access. {junior} is "
    "holding the fort.",
    "{exec} is not available, unfortunately. For this subject it's {junior}.",
    "Assistant to {exec}. {exec} is recovering from surgery and off until {month}; {junior} is in "
    "charge meanwhile.",
    "Ms. {exec}'s calendar is not open for the moment. Mr. {junior} is responsible person for "
    "this topic.",
    "For your information, {exec} is on a site tour of the Asian plants, back around {month}. "
    "{junior} is the contact while {exec} is away.",
    "From the office of {exec}: {exec} has withdrawn from the vendor programme. {junior} is the "
    "owner going forward.",
    "{exec} isn't free before {month}, I'm sorry to say. {junior} has the background and the "
    "authority.",
    "Hi - on behalf of {exec}. No free slots at all this quarter. {junior} is the person who "
    "handles these reviews.",
    "Sadly {exec} can't make time for this. {junior} is the person with the answers.",
    "Replying for {exec}: the diary is closed until after {month}. {junior} is looking after "
    "supplier relationships.",
    "{exec} is on jury duty and then annual leave - realistically {month}. {junior} is covering "
    "everything in the meantime.",
    "Just a note from {exec}'s assistant: {exec} won't be attending. {junior} will be there on "
    "our side.",
    "I handle {exec}'s calendar; nothing available before {month}. {junior} is usually quicker "
    "anyway.",
    "Unfortunately {exec} is not accepting meetings. {junior} is the account manager on our side "
    "now.",
    "As assistant to {exec}, I can confirm {exec} is unavailable until {month}. {junior} has "
    "visibility of everything.",
    "{exec} is committed to the plant relocation full time. {junior} is the one who can make "
    "decisions on your product.",
    "This is {exec}'s assistant. {exec} is heads-down on the tender and unavailable; {junior} is "
    "cc'd and on top of it.",
    "Looking at the calendar, {exec} has no openings until {month}. {junior} is the natural "
    "person for this discussion in the meantime.",
    "On behalf of {exec}, who is in Lagos for the next month: {junior} is managing all vendor "
    "items.",
    "{exec} isn't around much this quarter. {junior} is the go-to for anything about the system.",
    "The office of {exec} here. Their calendar is overcommitted through {month}; {junior} is "
    "better placed to help.",
    "I'm afraid {exec}'s availability is nil until {month}. {junior} is the one with the budget "
    "now.",
    "{exec} has stepped into the interim CEO role and has no time for supplier calls. {junior} is "
    "the owner of this area.",
    "I'm afraid {exec} is unavailable. {junior} is our lead for your platform.",
    "As things stand, {exec} is at the stadium every evening for the playoffs and unreachable in "
    "the daytime. {junior} is the person on this.",
    "Writing for {exec}. Diary full, no exceptions until {month}. {junior} is informed and able "
    "to answer.",
    "{exec}'s schedule doesn't allow for this at present; {junior} is the better contact.",
    "{exec} will be unreachable until {month}, I'm sorry to say. {junior} has been given "
    "responsibility for the account.",
    "As {exec}'s PA, I need to let you know {exec} won't take part. {junior} is already on the "
    "invite.",
    "{exec} is on leave until {month}, and {junior} is acting on {exec}'s behalf.",
    "As it stands {exec} is not in a position to meet this side of {month}. {junior} holds the "
    "budget and the relationship.",
    "{exec} is overseas with limited connectivity. {junior} is your contact in the interim.",
    "Assistant replying: {exec} isn't taking supplier meetings at all right now. {junior} is the "
    "owner.",
    "Just so you're aware, {exec} is dealing with the regulator full time. {junior} is the lead "
    "for everything else.",
    "{exec}'s diary is packed. {junior} is the one carrying this on our side.",
    "On behalf of {exec}: busy with the board until {month}, and {junior} is the one who decides "
    "on tools now.",
    "To be candid, {exec} is stretched across four sites and hard to pin down; {junior} is much "
    "more available.",
    "PA to {exec}. There is no time in the calendar until {month}. {junior} is the one who's been "
    "asked to handle this.",
    "{exec} is off grid on the expedition until {month}. {junior} is in charge of the account "
    "meanwhile.",
    "Honestly, {exec}'s calendar can't take another meeting this year. {junior} is who you want "
    "for the review.",
    "{exec} has no time at present, I'm sorry. {junior} is familiar with your proposal and is the "
    "lead.",
])

LEFT_COMPANY = Pool('auto-reply or note that the person left (marker left_company)', [
    "I have left {company} as of {date}. This mailbox is no longer monitored; please write to "
    "{junior} for anything about your account.",
    "Please note that {exec} is no longer with {company}. Your message has not been forwarded.",
    "{exec} left {company} on {date}. For open matters, {junior} is taking over the file.",
    "Automatic reply: this address belongs to a former employee of {company}. Messages are not "
    "read. For general enquiries please use the main switchboard.",
    "I'm no longer at {company} — {date} was my last day. Reach {junior} for the contract and "
    "billing topics.",
    "This is an automated notice. The recipient has departed {company} and the mailbox will be "
    "deleted after 30 days.",
    "Kindly note that {exec} has retired from {company} effective {date}. All correspondence "
    "should now be directed to {junior}.",
    "My time at {company} ended on {date}. I'm not able to help further; {junior} has my handover "
    "notes.",
    "The person you are trying to reach no longer works here. Please resend your message to "
    "{junior}.",
    "{exec} has moved on from {company}. We're in the process of reassigning the account; in the "
    "meantime {junior} can answer.",
    "Your email to {exec} could not be delivered: the mailbox was closed on {date} following the "
    "end of employment.",
    "As of {date} I am no longer part of the team at {company}. This inbox is closed and unread.",
    "Just letting you know {exec} left us at the end of last month. I'll pick up anything urgent "
    "for now.",
    "Delivery has failed to these recipients: the user account has been disabled because the "
    "employee has left {company}.",
    "I wanted to let you know that {exec} resigned and worked their last day on {date}. Please "
    "copy {junior} going forward.",
    "We do not forward mail for former staff. {exec} is no longer employed by {company}.",
    "Note: I've left the organisation. For the service contract, write to {junior}, who now holds "
    "it.",
    "{exec} is no longer with us. I'm replying from the shared inbox; please update your contact "
    "list.",
    "This mailbox is deactivated. The owner left {company} on {date}. Messages sent here are "
    "deleted without being read.",
    "After eleven years I have finished my time at {company}; my last working day was {date}. "
    "{junior} will help you from now on.",
    "pls note our director of ops doesn't work here anymore, left in october. send stuff to me or "
    "{junior}",
    "Auto-reply: no longer with {company}. Contact {junior}.",
    "The employee you have written to has left the company. For customer matters please contact "
    "our central purchasing team at purchasing@.",
    "I am writing to inform you that {exec} has left {company} with effect from {date}. Until a "
    "successor is appointed, {junior} is your point of contact.",
    "This address has not been in use since {date}. Its former owner has left the organisation.",
    "Heads up — {exec} isn't at {company} anymore. The replacement hasn't started, so for now "
    "it's {junior}.",
    "Effective {date}, I have stepped down from my role and left {company}. Please remove this "
    "address from your lists.",
    "This is an automatic reply. I no longer work for {company}. If your message is about an "
    "order, please contact {junior}; otherwise use info@.",
    "{exec}'s employment with {company} has ended. Mail to this account is not monitored and will "
    "not be forwarded.",
    "Please be advised the individual you are contacting has separated from {company}. For "
    "business continuity, contact {junior}.",
    "The mailbox of {exec} has been closed after their departure from {company}; for anything "
    "related to your contract please contact {junior}.",
    "I've taken a new role outside {company} and this address will stop working soon. Everything "
    "I was handling is now with {junior}.",
    "{exec} departed on {date}. I'm covering their accounts until further notice.",
    "Your message could not be delivered because the recipient is no longer employed at "
    "{company}. Please do not reply to this notification.",
    "Noted your email to {exec} — she has left the company some weeks ago. I will be handling the "
    "vendor side from here.",
    "Unfortunately {exec} is not with {company} any more. We will let you know who takes over the "
    "relationship.",
    "Automatisch antwoord / automatic reply: ik werk niet meer bij {company}. I no longer work at "
    "{company}; please contact {junior}.",
    "Réponse automatique / automatic reply: I have left {company}. For all questions, please "
    "contact {junior}.",
    "I've left {company}. If you need me personally, my new details are on LinkedIn; for company "
    "business please write to {junior}.",
    "{exec} has retired. Please contact {junior}, who now manages the suppliers for the plant.",
    "This account belongs to a former staff member and is kept for records only. Please contact "
    "the company switchboard.",
    "Dear Sender, {exec} has ceased to be an employee of {company} as of {date}. Kindly redirect "
    "your correspondence to {junior}.",
    "I am no longer with {company} and cannot act on your message. My former duties are with "
    "{junior}.",
    "{exec} finished up with us on {date}. {junior} is the person to talk to about the renewal "
    "now.",
    "My role at {company} ended {date}. I won't see replies to this address.",
    "FYI, {exec} is gone — left {company} on {date}, not sure where to. I'll forward your note to "
    "{junior}.",
    "Undeliverable: the recipient's account was removed after their departure from {company}.",
    "Please update your records: {exec} has left our organisation and this email address will be "
    "deactivated shortly.",
    "The {company} employee who used this address has left. Messages are routed to a general "
    "inbox that is checked once a week.",
    "Just so you're aware, {exec} handed in notice and left on {date}. {junior} has the account "
    "now.",
    "I'm afraid {exec} has left {company}. I don't have forwarding details but can connect you "
    "with {junior}.",
    "Left {company} {date}. Not monitored. Please use {junior}.",
    "This is to notify you that {exec}, formerly with {company}, is no longer with the "
    "organisation. The role is currently vacant.",
    "As part of a restructure, {exec} left {company} on {date}. Contracts formerly under their "
    "responsibility now sit with {junior}.",
    "I have now left {company}. This inbox closes at the end of the month; please use {junior} "
    "for anything ongoing.",
    "{exec} no longer works at {company}, as of {date}. Going forward please address vendor "
    "matters to {junior}.",
    "About the last thread — {exec} actually left the company in the summer, so the email went "
    "nowhere. Send it to {junior} and it will be picked up.",
    "Automated message: the mailbox you wrote to belongs to someone who is no longer at "
    "{company}. Your email has been deleted.",
    "Note from IT: this user has left {company}. Mail is held for 14 days for the manager's "
    "review and then purged.",
    "{exec} has left {company} to join another firm. We'll confirm the new contact for your "
    "account by the end of the week.",
    "My employment with {company} concluded on {date}. For continuity on your account, {junior} "
    "has been briefed.",
    "hey, {exec} left a couple weeks ago, kind of sudden. {junior} is covering for now",
    "Please be informed that I have resigned from {company}; my last day was {date}. Do contact "
    "{junior} for all pending matters.",
    "The {company} address you used is closed. The former holder has left; general enquiries to "
    "info@.",
    "No longer with {company} since {date}. For the account please contact {junior}.",
])

OUT_OF_OFFICE = Pool('out-of-office auto-reply (marker out_of_office)', [
    "I am out of the office until {date} with limited access to email. For urgent matters please "
    "contact {junior}.",
    "Away at a plant commissioning in Chile, back {date}. Replies will be delayed.",
    "Automatic reply: I'm on annual leave and will return on {date}. Your message will not be "
    "forwarded.",
    "I'm on parental leave until {date}. {junior} is covering my accounts in the meantime.",
    "OOO until {date}. Urgent: {junior}.",
    "I am currently travelling with intermittent connectivity and will respond when I return on "
    "{date}.",
    "This is an automatic response. I'm attending a conference this week and will read my email "
    "on {date}.",
    "I'm away on holiday without access to mail until {date}. If it can't wait, write to {junior}.",
    "Please note I am out of office on medical leave. I'll be back on {date}; {junior} handles my "
    "work until then.",
    "Currently off-site at our Mombasa depot with very patchy signal. Back at my desk {date}.",
    "Kindly note that I am on leave and will resume duty on {date}. For urgent issues, please "
    "reach {junior}.",
    "I'm out on site inspections for the rest of the week with no laptop. Expect a reply on "
    "{date}.",
    "Auto-reply: out of the office, returning {date}. Messages received during my absence will be "
    "read after my return, not before.",
    "I am absent until {date}. For anything urgent, {junior} will take care of it.",
    "I am out of office over the year-end closure and return on {date}. Please contact {junior} "
    "for anything that cannot wait.",
    "I'm on training leave until {date} and checking email only once a day, in the evening.",
    "Away from the office. I will have no phone or email coverage until {date}.",
    "I'm on jury duty this week and unable to answer. Back {date}. For the account, {junior} has "
    "the details.",
    "Auto reply — I'm on the road visiting our depots until {date}; responses will be slow.",
    "Je suis absent / I am away until {date}. For urgent requests please write to {junior}.",
    "Currently on leave. I'll have a look at your email after {date}. In urgent cases {junior} is "
    "available.",
    "I'm out of the office at a company offsite until {date} and will be reading email "
    "sporadically.",
    "I'm on sick leave and not reading email. I expect to be back on {date}. Please send anything "
    "urgent to {junior}.",
    "Out of office: I'm at the plant shutdown in Łódź until {date} and only checking mail at "
    "night.",
    "I'm currently out of the office with no access to email and will get back to you after "
    "{date}. For immediate help, contact {junior}.",
    "I'm on a long-haul flight today and in meetings tomorrow; replies from {date}.",
    "Please be advised that I am on study leave until {date}. Your email has been received and "
    "will be attended to upon my return.",
    "I'm out for a family matter this week. Back {date}. {junior} can help with anything pressing.",
    "This mailbox is not monitored while I'm on leave (until {date}). Messages are not forwarded "
    "automatically, so please resend to {junior} if urgent.",
    "I'm at the gaming expo in Las Vegas until {date}; booth 4412 if you are there, otherwise "
    "expect a slow reply.",
    "Automatic reply: Away until {date}.",
    "I am away from my desk on a field audit of the solar sites until {date}. Responses will be "
    "delayed by a few days.",
    "On vacation until {date}, back in the office the next morning. Urgent contract questions to "
    "{junior}.",
    "Out of office until {date}. I will deal with your message on my return. In my absence please "
    "contact {junior}.",
    "Off the grid hiking until {date}. This message is automatic.",
    "I'm out of the office on maternity leave until {date}. {junior} is managing my accounts in "
    "the interim.",
    "I am currently on an overseas assignment with limited email access until {date}.",
    "Your email has arrived while I am away. I return on {date} and will answer then.",
    "I'm out today and tomorrow for a funeral. Back on {date}.",
    "Please note our office is closed for the holiday period and reopens on {date}. Emails will "
    "be answered in order of arrival.",
    "I'm on leave — back {date}. For rota questions talk to {junior}; for invoices, accounts@.",
    "Out sick today, will respond when I'm back on {date}.",
    "I'm attending the regional safety conference until {date}. I'll have my phone for urgent "
    "calls only.",
    "I am out of office till {date}. Messages will be answered after I come back, kindly bear "
    "with me.",
    "I'm on annual leave and returning on {date}. No access to email during this time.",
    "I'm on the ferry to the islands depot and then on site, so email is spotty until {date}.",
    "Sabbatical until {date}. {junior} has taken over my open items in the meantime.",
    "I'm out of the office attending a course until {date}. If your matter is time-sensitive, "
    "please contact {junior}; otherwise I will reply when back.",
    "auto: ooo til {date}, limited mail. ping {junior} for anything urgent",
    "At present I am on leave and will not be checking email. I shall respond upon my return on "
    "{date}.",
    "I'm away on business in Seoul until {date}. Because of the time difference, replies may take "
    "a day.",
    "Away for the holidays. Back in the office {date}.",
    "I'm on planned leave until {date}. {junior} has access to my inbox for urgent items.",
    "Out of the office on a plant visit. I'll be back on {date} and will respond then.",
    "Currently away, returning {date}. This is an automated reply; no need to respond to it.",
    "I'm off for a few days and back on {date}. Your email will wait until then unless it's "
    "urgent, in which case call the office.",
    "I am on bereavement leave and will be back on {date}. For urgent matters contact {junior}.",
    "Automatic reply: I'm out of the office until {date}. During this time {junior} is the "
    "contact for urgent operational issues at the park.",
    "I am at the annual general meeting of our association until {date}. Email is checked at the "
    "end of each day.",
    "Desk unattended until {date}. The person covering is {junior}.",
    "I'm on rotation at the offshore ground station until {date}; satellite email only, short "
    "replies at best.",
    "On leave from today. Back {date}. Nothing is being forwarded.",
    "I am out of the office and will return on {date}. I will respond to your email as soon as "
    "possible after that.",
    "Away at a customer site until {date} with little time for email. For quick questions, "
    "{junior} may be faster.",
])

NUDGE = Pool('our nudge after no answer (no marker)', [
    "Bumping this to the top of your inbox — the question about the site codes is still open on "
    "our side.",
    "Following up on my note from last week about the import template; I haven't seen it come "
    "back yet.",
    "Checking whether my previous email reached you. Our logs show it delivered, but I know "
    "filters can be strict.",
    "Circling back on the open items from the 4th. If someone else on your team owns this now, a "
    "name is enough.",
    "Any update on the signed order form? I'll keep the slot with our onboarding team open until "
    "Friday.",
    "Resending the below in case it got buried under month-end.",
    "Second try on this one — is the billing contact still the right person, or should I write to "
    "someone else?",
    "I'm following up on the questions from my email of the 2nd, in particular the site list, "
    "which our engineers need to plan the visit.",
    "A reminder that the training date is still unconfirmed. We can hold the trainer's week for a "
    "few more days.",
    "Haven't heard back on the maintenance window, so I'll assume Sunday 23:00 works unless you "
    "tell me otherwise by Thursday.",
    "Pinging you again on the invoice question. A one-line answer is fine.",
    "Re-sharing the link to the questionnaire, since the first one expired after seven days.",
    "Is this still on your radar? The ticket shows 'waiting for customer' and will auto-close in "
    "5 days.",
    "When you have a minute, the two questions in my last mail are still open.",
    "Quick nudge on the user list for the new lab staff — without it we can't create the accounts.",
    "Raising this again: we still need a decision on the data region before we can schedule the "
    "move.",
    "No reply yet to my email from Monday, so I'm trying you here as well as by phone.",
    "Following up once more on the review date. Should I send the invite to someone else on your "
    "side?",
    "Let me know if my previous message didn't make sense; I can rephrase it or we can do a "
    "ten-minute call.",
    "Surfacing this thread again. The draft agreement is attached a second time for convenience.",
    "It has been two weeks since I sent the summary of the workshop and I haven't seen comments. "
    "I can take silence as agreement, but I'd prefer a yes.",
    "Did the corrected invoice arrive? I sent it on the 19th to ap@ and to you.",
    "Checking on the status of the PO. Our finance team asks me about it every week.",
    "Still waiting on the vendor form from your side; our system holds the account in draft until "
    "it's in.",
    "Looping back on this. If the timing is bad, a short note is enough and I will stop chasing.",
    "One more try on the question below. I'd rather not guess on the invoice split.",
    "Sorry to chase — the certificate expires on the 30th and I need the renewal form signed "
    "before then.",
    "Resurfacing this in case it slipped through. The on-site visit still needs a date.",
    "Writing a third time about site access for our engineer. Who should I ask instead?",
    "The email below is still unanswered. I'm forwarding it to your shared inbox too, in case "
    "you're away.",
    "Did you get a chance to look at the data processing addendum? Our legal team asks whether "
    "comments are coming.",
    "Chasing the signed SLA — a scan is fine, the original can follow by post.",
    "Reminder: the agenda for the steering meeting needs your three items by Wednesday.",
    "I'm putting this back in front of you: our engineers still have no contact on site for the "
    "door-counter fix.",
    "Nothing back from you on the training dates yet. Option A was the 9th, option B the 16th.",
    "Nudging this one more time — it only needs a yes or a no.",
    "My last two emails seem to have gone unanswered. Is there a better way to reach you, phone "
    "or Teams?",
    "Following up here since the portal ticket got no response: we need the error screenshot to "
    "go further.",
    "Could you let me know if the hardware shipment arrived? The courier shows it delivered on "
    "the 3rd but I have no confirmation.",
    "Another follow-up on the balance confirmation for your auditors; they have written to us "
    "directly as well.",
    "Top of the inbox again: the bank letter we need before we can send the refund.",
    "I still need your view on the summary from the workshop; without it we'll go with the draft "
    "as written.",
    "Re-sending with the attachment this time — I realised the first mail went out without it.",
    "I'll try once more before I ask your colleague in finance: is the PO number on the invoice "
    "correct?",
    "This thread has been open 10 days. Nothing needed other than a confirmation of the delivery "
    "address.",
    "Can you give me a rough idea of when you can look at the below? Even 'after the 15th' would "
    "help me plan.",
    "Dropping this back into your inbox with the key question first: which site goes live first?",
    "Any news on the access request for Dmitri? He's on site Tuesday and needs the badge.",
    "In case my email from last Thursday went to junk: we need the signed form by Friday for the "
    "December billing run.",
    "Touching base again about the renewal paperwork. Our contracts team has it marked as pending "
    "on your side.",
    "Three reminders from our system have gone unanswered, so here is a human one: the admin "
    "password expires tomorrow.",
    "I'll call your office tomorrow morning unless I hear back by email before then.",
    "Is there someone else I should send this to? I haven't had a reply to the last two messages "
    "about the site list.",
    "Following up. I still need the headcount per site to finish the invoice.",
    "Resending the calendar invite for the review; the first one shows no response from your side.",
    "A short reminder about the open questionnaire. Section B is the only part left.",
    "Not sure this reached the right person, so I'm copying your team inbox on this follow-up.",
    "Checking back on the results of the parallel run. Did the totals match on your side?",
    "Bringing this up again since the deadline for the certificate is close: the 30th.",
    "just a nudge on the below when u get a sec",
    "Coming back to my message of the 12th about the invoice split — the controller here wants to "
    "close the month.",
    "I sent the updated rota template on Monday and have no confirmation yet that it works for "
    "your supervisors.",
    "Second reminder regarding the countersigned DPA. Our compliance team needs it on file by "
    "month-end.",
    "Picking this thread up again: what's the status of the firewall rule on your side?",
    "Following on from my voicemail this morning, the question is the same as in the email below.",
    "Apologies for the repeat mail. The login details for the test environment expire on Friday "
    "if unused.",
    "Last note on this from me: if the site codes don't come back by the 20th, we'll load the old "
    "ones and you can correct them later.",
])

SIGNOFF_WARM = Pool("warm sign-off", [
    "Warmest wishes from the roastery,",
    "Big squeezy hugs from the toy warehouse,",
    "Love from all of us backstage,",
    "Signing off with a grin,",
    "Stay cosy,",
    "Hugs and high fives,",
    "Mind yourself now,",
    "Sending sunshine,",
    "Warm wishes to you and the family,",
    "Keep that chin up and smiling,",
    "Abrazos,",
    "With much affection,",
    "Fondest regards,",
    "Be well and be happy,",
    "Pozdrawiam serdecznie,",
    "Cheers and love,",
    "Lots of love from the workshop,",
    "Hartelijke groeten,",
    "With every good wish, from the heart,",
    "Wishing you a wonderful weekend,",
    "Enjoy what's left of the evening,",
    "Go gently and chat soon,",
    "Soak up some sun for me,",
    "Kind and warm regards,",
    "Warmly, from a rainy Galway,",
    "Every good wish to you and all your people,",
    "Un abrazo fuerte,",
    "Mit herzlichen Grüßen,",
    "Ka kite anō,",
    "Xoxo,",
    "Good vibes from the box office,",
    "Till we meet again, friend,",
    "God bless and warm regards,",
    "Ta-ra for now, love,",
    "With a grin as wide as the river,",
    "Have a beautiful day,",
    "Wishing you all the best, always,",
    "Hugs from the whole crew,",
    "Your friends at the mill,",
    "Kind regards and happy weekend,",
    "Affectionately,",
    "Peace and love,",
    "Looking forward to seeing you soon, warmly,",
    "Stay fabulous,",
    "With warm thoughts,",
    "Mit freundlichen und sonnigen Grüßen,",
    "Baci,",
    "Have a cracking week,",
    "Best wishes and a big wave,",
    "Love and light,",
    "All good wishes,",
    "Much love from the studio,",
    "Cheers, and give the dog a pat from me,",
    "Ingat and regards,",
    "With fond regards from the whole team,",
    "Enjoy your weekend, you've earned it,",
    "Wishing you a peaceful week,",
    "Warmest regards from the depot,",
    "Stay safe and be happy,",
    "Bisous,",
    "Many warm greetings,",
    "Hugs all round,",
    "Sláinte and all the best,",
    "Till soon, and stay well,",
    "Go well,",
    "Hamba kahle,",
    "Mabuhay and warm regards,",
])

SIGNOFF_PLAIN = Pool("plain sign-off", [
    "Regards, Crew Planning",
    "Regards from the depot office,",
    "— Timetable Data Desk",
    "Sent from the night possession desk",
    "Best, Box Office",
    "Yours faithfully, Company Secretary",
    "Yours sincerely, Front of House Manager",
    "Respectfully, Funeral Director on call",
    "Regards, Club Operations, Region North",
    "Br, Lift Service Coordination",
    "BR / Mill Planning",
    "Mvh, Inköp",
    "Mvh, Colocation Support",
    "Mvg, Facilitair Bedrijf",
    "Pozdrawiam, Dział Zakupów",
    "Cordialement, Service Achats",
    "Saludos, Compras Monterrey",
    "Distinti saluti, Ufficio Acquisti",
    "Saygılarımla, Satın Alma",
    "Regards, NOC shift lead",
    "Regards — Fare Systems",
    "Rgds, Toy Safety Compliance",
    "Rgds / Lab Admin",
    "Best, Sample Receiving",
    "Regards, Prepress",
    "Regards, Scheduling (Guard Services)",
    "Best regards, Build & Release",
    "Regards, Route Manager, Zone 5",
    "Best, Events Office",
    "Regards, Payroll Desk, Branch 12",
    "Regards, Flight Dynamics",
    "Regards, Inspection & Testing",
    "Best, Fleet Desk",
    "Regards, Dispatch (Moves)",
    "Regards, Garage Operations",
    "Regards, Regulatory Affairs — Cosmetics Division",
    "Best, System Ops",
    "Regards, Bottling Line Supervisor",
    "Regards, Boutique Operations",
    "Sincerely, Office of the Treasurer",
    "Best — sent from mobile, excuse brevity",
    "Sent from Outlook for iOS, typos likely",
    "Yours truly, Contracts Administrator",
    "Respectfully submitted, Facilities",
    "Regards, K.",
    "— M.O.",
    "Best, T. Nakamura",
    "Regards, Adaeze O.",
    "Rgds, Jun",
    "Regards, Ops Control Room",
    "With regards, Stores & Spares",
    "Regards, Accounts Payable (unmonitored mailbox, reply to the ticket)",
    "Signed on behalf of Procurement,",
    "For and on behalf of the Board Office,",
    "Best, IT (Venue Systems)",
    "Regards, Shift Supervisor B",
    "Regards — Dispatch, Yard 3",
    "Atentamente, Gerencia de Operaciones",
    "Regards, Purchasing Officer, Port Harcourt office",
    "Regards, Admin — Kisumu branch",
    "Best, Bike Ops Night Shift",
    "Regards, Controls Engineer",
    "Regards, Capacity Planning",
    "Best, Rostering",
    "Yours, Service Desk",
    "Regards, Commercial Team, Mill 2",
    "Best regards, Hall Manager",
    "Regards, Plant Accountant",
    "Best, Fire Systems Estimating",
    "Regards — Station Manager",
    "V/r, Contracting Officer",
    "R/ Ops",
])

TOPICS = Pool("topic slot values", [
    "winter timetable upload",
    "crew roster import",
    "platform assignment data",
    "night possession planning",
    "depot handover checklist",
    "rolling stock mileage report",
    "ticket machine reconciliation",
    "subscriber season package",
    "seat map rebuild",
    "matinee pricing",
    "box office month-end",
    "donor gala seating plan",
    "touring production budget",
    "pre-need contract scanning",
    "chapel booking calendar",
    "obituary page templates",
    "member data migration",
    "class booking rollout",
    "trainer payroll export",
    "club opening checklist",
    "towel service invoices",
    "annual lift inspections",
    "callback reporting",
    "escalator downtime report",
    "maintenance contract paperwork",
    "dye house scheduling",
    "yarn inventory count",
    "loom sensor pilot",
    "export paperwork for the Antwerp order",
    "cotton price clause",
    "cage 14 cross-connects",
    "power usage reporting",
    "remote hands billing",
    "generator test window",
    "cooling audit",
    "farebox data feed",
    "route 41 detour",
    "bus shelter ad inventory",
    "paratransit scheduling",
    "driver bid sheets",
    "carton label artwork",
    "toy safety test reports",
    "retailer EDI setup",
    "catalogue sample shipment",
    "chain-of-custody forms",
    "groundwater sampling batch",
    "method code cleanup",
    "lab accreditation audit",
    "die line approvals",
    "press check schedule",
    "board grade substitution",
    "guard tour reports",
    "post order revisions",
    "incident log export",
    "patrol route changes",
    "tournament bracket setup",
    "patch notes for build 0.9",
    "streamer contract paperwork",
    "arena network test",
    "bait station mapping",
    "route sheet reprint",
    "technician licence paperwork",
    "east ballroom floor plan",
    "banquet event orders",
    "wedding deposit ledger",
    "AV equipment inventory",
    "week 43 timesheets",
    "candidate file transfer",
    "onsite badge requests",
    "placement fee invoices",
    "ground station pass schedule",
    "telemetry archive",
    "downlink outage report",
    "frequency filing paperwork",
    "sprinkler inspection reports",
    "deficiency list follow-up",
    "hydrant flow tests",
    "alarm panel replacement",
    "one-way fleet transfers",
    "airport branch cutover",
    "damage claim exports",
    "crew assignments for the Henley move",
    "storage unit inventory",
    "long-haul fuel surcharge",
    "garage C rate change",
    "gate controller firmware",
    "monthly permit billing",
    "hotel validation codes",
    "INCI list updates",
    "batch record digitisation",
    "shade names for the new line",
    "stability test data",
    "dock status feed",
    "rebalancing routes",
    "e-bike battery swaps",
    "station siting study",
    "line 2 changeover",
    "spring source permit",
    "pallet tag reprint",
    "recycled PET sourcing",
    "serial number reconciliation",
    "boutique stock count",
    "after-sales repair tracking",
    "client preview evening",
    "rehearsal rota",
    "music library digitisation",
    "guest conductor contracts",
    "touring freight manifest",
    "user access review",
    "audit log export",
    "invoice address change",
    "data retention settings",
    "admin training session",
    "single sign-on cutover",
    "tax form update",
    "vendor onboarding packet",
    "security questionnaire",
    "DPA signature",
    "pilot results",
    "first-year review",
    "support ticket 4471",
    "dashboard cleanup",
    "report scheduling",
    "field mapping",
    "sandbox refresh",
    "API key rotation",
    "bulk upload template",
    "duplicate record cleanup",
    "permissions overhaul",
    "go-live checklist",
    "backup restore test",
    "billing contact change",
    "signage refresh at the north terminal",
    "lost property log",
    "cleaning contractor handover",
    "costume inventory",
    "rigging inspection",
    "hearse fleet servicing",
    "locker room refit",
    "escalator parts backorder",
    "knitting line relayout",
    "rack power rework",
    "fare cap rollout",
    "plush toy recall paperwork",
    "PFAS test results",
    "ink coverage dispute",
    "night shift coverage at the mall",
    "scrim practice schedule",
    "termite bond re-inspections",
    "kitchen walkthrough for the gala",
    "payroll cutoff for temps",
    "antenna alignment report",
    "fire door survey",
    "winter tyre swap",
    "piano move for the conservatory",
    "EV charger billing",
    "fragrance allergen labels",
    "helmet sanitising routine",
    "bottle cap supplier switch",
    "strap inventory for the autumn collection",
    "percussion storage move",
    "password reset flow",
    "report export to Excel",
    "CSV import errors",
    "quarterly usage numbers",
    "new-starter accounts",
    "mobile app login issue",
    "site list cleanup",
    "purchase order wording",
    "insurance certificate",
    "W-9 form",
    "supplier code of conduct",
    "annual price adjustment letter",
    "holiday rota",
    "headcount report",
    "service credits from the outage",
    "migration dry run",
    "training videos",
    "invoice numbering",
    "time zone settings",
    "notification noise",
    "sample data wipe",
    "integration test plan",
    "roll-call sheets for fire wardens",
    "wardrobe department move",
    "crematorium permit filing",
    "spin studio relaunch",
    "lift phone line audit",
    "selvedge defect log",
    "cold aisle containment",
    "ticket office closures",
    "bingo hall booking",
])

FEATURES = Pool("feature / integration slot values", [
    "GTFS-realtime export",
    "two-way Workday sync",
    "offline mode for tablets",
    "SAML login through Azure AD",
    "per-site permission groups",
    "scheduled PDF reports by email",
    "bulk editing of shift schedules",
    "audit trail export",
    "webhooks on status changes",
    "Sage Intacct integration",
    "Xero sync for invoices",
    "QuickBooks Desktop connector",
    "Microsoft Teams alerts",
    "Slack notifications per channel",
    "barcode scanning in the mobile app",
    "NFC tag check-ins",
    "invoicing in both naira and dollars",
    "right-to-left language support",
    "a Polish translation of the interface",
    "Japanese UI",
    "custom fields on work orders",
    "recurring job templates",
    "geofenced clock-ins",
    "SCIM user provisioning from JumpCloud",
    "IP allowlists per depot",
    "data hosted in Québec",
    "a read-only role for external auditors",
    "DocuSign e-signature",
    "Power BI connector",
    "Snowflake data sharing",
    "higher API rate limits",
    "sandbox environment",
    "dark theme for the night control room",
    "kiosk mode for front desks",
    "SMS appointment reminders",
    "WhatsApp notifications",
    "Google Workspace calendar sync",
    "hardware-key two-factor",
    "Zapier actions",
    "BACnet integration",
    "OPC UA connector",
    "nightly SFTP file drop",
    "SAP S/4HANA export",
    "Shopify inventory sync",
    "Ticketmaster import",
    "Mindbody migration tool",
    "Tessitura integration",
    "Bullhorn sync",
    "Samsara telematics feed",
    "Geotab integration",
    "Zebra label printer support",
    "GS1 label templates",
    "lot traceability",
    "expiry-date tracking",
    "photo annotation on inspections",
    "map view of assets",
    "route optimisation",
    "shift-swap approvals",
    "ADP payroll export",
    "custom branding on the client portal",
    "white-label customer portal",
    "bulk SMS to field crews",
    "per-user notification settings",
    "Excel add-in",
    "conditional logic in forms",
    "digital signatures on checklists",
    "voice notes in the app",
    "Outlook add-in",
    "offline sync on Android",
    "Parquet export",
    "OneLogin group mapping",
    "dashboards per job role",
    "field-level encryption",
    "encryption keys held in our own Azure Key Vault",
    "EU hosting",
    "historic data import",
    "version history on documents",
    "QR code check-in",
    "RFID reader support",
    "ELD compliance reports",
    "temperature sensor alerts",
    "dynamic pricing rules",
    "waitlist management",
    "gift card module",
    "multi-language receipts",
    "tiered purchase approvals",
    "Vietnamese localisation",
    "Turkish e-invoice (e-Fatura) support",
    "KSeF e-invoicing for Poland",
    "M-Pesa payment integration",
    "Paystack checkout",
    "GCash payments",
    "a public status page",
    "escalation rules by severity",
    "SLA timers on tickets",
])

CITIES = Pool("city slot values", [
    "Oshkosh",
    "Klaipėda",
    "Pärnu",
    "Altoona",
    "Bemidji",
    "Kearney",
    "Olomouc",
    "Plzeň",
    "Grand Junction",
    "Yuma",
    "Joplin",
    "Texarkana",
    "Debrecen",
    "Timișoara",
    "Takoradi",
    "Benin City",
    "Williamsport",
    "Elmira",
    "Ndola",
    "Eldoret",
    "Bacolod",
    "Cagayan de Oro",
    "Wausau",
    "Peoria",
    "Lafayette",
    "Kanazawa",
    "Grand Island",
    "Enid",
    "Topeka",
    "Las Cruces",
    "Rochester, Minnesota",
    "Gwangju",
    "Ulsan",
    "Port Harcourt",
    "Ibadan",
    "Enugu",
    "Abuja",
    "Kaunas",
    "Tartu",
    "Iloilo",
    "Wrocław",
    "Poznań",
    "Gdańsk",
    "Łódź",
    "Sherbrooke",
    "Trois-Rivières",
    "Gatineau",
    "Québec City",
    "Brno",
    "Groningen",
    "Utrecht",
    "Durban",
    "Gqeberha",
    "Stellenbosch",
    "Bloemfontein",
    "Ostrava",
    "Košice",
    "Szeged",
    "Aberdeen",
    "Dundee",
    "Cluj-Napoca",
    "Sapporo",
    "Fukuoka",
    "Sendai",
    "Busan",
    "Daegu",
    "Incheon",
    "Monterrey",
    "Guadalajara",
    "Querétaro",
    "Puebla",
    "Bologna",
    "Turin",
    "Verona",
    "Izmir",
    "Bursa",
    "Eskişehir",
    "Mombasa",
    "Kisumu",
    "Nakuru",
    "Uppsala",
    "Malmö",
    "Plovdiv",
    "Novi Sad",
    "Alexandria",
    "Maribor",
    "Hai Phong",
    "Huế",
    "Kumasi",
    "Tamale",
    "Moncton",
    "Bulawayo",
    "Kitwe",
    "Sheboygan",
    "Tuscaloosa",
    "Wilmington, North Carolina",
    "Arusha",
    "Gulu",
])

MONTHS = Pool("month slot values (after the evaluation date)", [
    "December",
    "mid-December",
    "January",
    "early January",
    "mid-January",
    "late January",
    "the first week of January",
    "February",
    "early February",
    "mid-February",
    "late February",
    "the second half of February",
    "March",
    "early March",
    "mid-March",
    "late March",
    "the back half of March",
    "the start of March",
    "April",
    "early April",
    "mid-April",
    "late April",
    "the first half of April",
    "the tail end of April",
    "May",
    "early May",
    "mid-May",
    "late May",
    "the last week of May",
    "January 2027",
    "February 2027",
    "March 2027",
    "April 2027",
    "the first days of February",
])

DAYS = Pool("day slot values", [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Monday morning",
    "Monday afternoon",
    "Monday at 10:30",
    "Monday close of business",
    "Monday before the ops call",
    "Tuesday morning",
    "Tuesday after lunch",
    "Tuesday end of day",
    "Tuesday at 8 sharp",
    "Tuesday lunchtime",
    "Tuesday, 2 pm Eastern",
    "Wednesday morning",
    "Wednesday at 9",
    "Wednesday before noon",
    "Wednesday late afternoon",
    "Wednesday evening",
    "Wednesday 14:00 CET",
    "Thursday afternoon",
    "Thursday at 4",
    "Thursday first thing",
    "Thursday around 11",
    "Thursday early",
    "Thursday 9:00 Pacific",
    "Friday morning",
    "Friday before 3",
    "Friday midday",
    "Friday noon",
    "Friday after the shift change",
    "Saturday morning",
    "Monday, first thing after standup",
    "Tuesday between 1 and 3",
    "Wednesday right after the board call",
    "Thursday before the 5 pm cutoff",
    "Friday around half ten",
])

POOLS: dict[str, Pool] = pools_of(globals())
pick = picker(POOLS, counts=[2, 6, 9, 14, 22, 35, 50, 80, 140, 250], date="the 21st")
__all__ = ["POOLS", "SLOTS", "Pool", "pick", "pool"]
