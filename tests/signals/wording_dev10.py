"""Development wording #10: measured blind by the coordinator in rounds 9-11, tunable since.

Written on 2026-12-07 by five writers in parallel, each blind like dev #4 to #9: each read the
product brief, issue 10, `fresh_pools.py` (the shared Pool and picker), the skeleton of dev #9
(each pool's name, label, size and slots, its phrases withheld), the docstrings of
`wording_dev4` to `wording_dev9` and `test_wording_fresh.py`, and the evaluation dates -- and
neither the detectors, the markers, the lexicon, the text layer, the marker data, nor any
earlier wording's phrases, nor each other's. Each writer was given a palette of regions and
trades no earlier writer had used. Writer a1 wrote the warmth pools; a2 the neutral text and
auto-replies (BODY, SENT_BODY, NUDGE, LEFT_COMPANY, OUT_OF_OFFICE); a3 the terse replies, plain
sign-offs and slot values; b1 the feature asks, deferrals and assistants; b2 our proposals and
the answers. Their drafts are pasted here unchanged, pool by pool.

Industries: a beekeeping co-op, a piano tuners' network, a curling club, a sign maker and a
microbrewery taproom (a1); port pilots, hearing-aid clinics, church-organ builders and a bell
foundry, snow-making contractors, hydroponic farms, a peat extractor and a dredging contractor
(a2); geothermal drillers, climbing gyms, shoe-repair chains, ice rinks, seed banks, Basque
canneries and cider houses, Nepali trekking agencies and Bermudian dive shops (a3); school-bus
contractors, organ procurement logistics, cable cars, horse-racing stables, public libraries'
IT, a fireworks firm and a mountain-rescue team (b1); mushroom farms, roofing firms, model-rail
makers, mobile dentists and lighthouse heritage trusts (b2). Voices: Scandinavian-Canadian
prairie, Maltese, Fijian and Cajun English; Moroccan French-English, Lebanese, Estonian and
Tongan English; Icelandic, Basque, Nepali and Bermudian English; Kazakh, Armenian, Samoan and
Appalachian English; Mongolian, Georgian, Acadian and Aboriginal-community English; curt,
formal, lowercase mobile with typos, lists and run-ons.

The hard cases on the healthy side: small talk says "next month" without deferring anything
and speaks of retirements and people moving away; BODY moves meetings by 20 minutes to an hour
for a stated clash or a national holiday and uses "left" in its ordinary sense; TERSE keeps
"Not yet, the logs come Thursday." and "pushed the update"; acceptances open with "No
objection..." or "No problem..." or wait on a PO or a signature. On the risk side: proposals as
bare statements with no proposal verb and no question, vague noes with no date, reason or
postponement verb, concrete noes with a checkable reason and a month, deferrals without a verb
and assistants describing unavailability without a redirect verb.

Collisions with the earlier wordings, dev #9 included (the test's normalisation; the checker
showed each writer only their own phrase): a1 51 of ~1,000 first-draft phrases (27 emoji, 11
thanks, 7 warm sign-offs, 4 greetings, 2 compliments), then 7 (emoticons with letters), then
none; a2 none in any round; a3 40 (30 terse, 5 topics, 4 features, 1 sign-off), then none; b1 7
of 1,021, then none; b2 7, then none. Each writer then reworded a few phrases so that every
phrase carries only its own label."""

from __future__ import annotations

from tests.signals.fresh_pools import SLOTS, Pool, picker, pool, pools_of

WARM_GREETING = Pool("greeting (warm opener; marker greeting)", [
    "Bula {me}! Hope the week has been kind to you so far.",
    "Ni sa bula vinaka, {me}, greetings from the whole crew here.",
    "Bula vinaka {me}, and a big smile from the office in {city}!",
    "Hey there {me}, hope you're keeping warm out your way!",
    "Well hello {me}, how the heck are ya? Been a while!",
    "Hi {me}, hope you and yours are doing real good this week.",
    "Mela, {me}! How are things with you? All good I hope.",
    "Ħello {me}, hope you are keeping well and the family too.",
    "Dear {me}, a warm hello from all of us, hope all is good your side.",
    "Comment ça va, {me}? Hope you're doing good, cher.",
    "Hey {me}, how's my favourite vendor doing today?",
    "Mais hey {me}! Hope you had yourself a good weekend.",
    "Hey cher, hope all's well with you and the family down there.",
    "Morning {me}! Coffee's on and I'm thinking of you, ha.",
    "Hi {me} -- lovely to hear from you again, truly.",
    "Good morning {me}, sending some sunshine from {city} your way.",
    "Hiya {me}! Hope the snow hasn't buried you yet.",
    "{me}! So good to see your name pop up in my inbox.",
    "Hello hello {me}, hope your week is buzzing along nicely.",
    "Hi {me}, warm greetings from the honey house, we're all sticky but happy.",
    "Hey {me}, hope the new year's treating you well so far!",
    "Dear {me}, I hope this finds you rested and in good spirits.",
    "Hi {me}! Hearing from you always brightens a grey prairie morning.",
    "Good day {me}, hope all is well in {city}.",
    "Howdy {me}, hope life's been good to you since we last talked.",
    "Hey {me}, hope you had a chance to put your feet up this weekend.",
    "Bonjour {me}, hope you're doing fine fine.",
    "Hi {me}, greetings from a very chilly taproom, hope you're toastier than us!",
    "Hello {me}, I hope you are keeping well, it has been some time!",
    "Hey {me} -- hope your Monday's been gentle on you.",
    "Hi {me}, hope you're having a lovely week, mine's been a good one.",
    "Well good morning to you {me}, hope you're well and keeping busy.",
    "Bula bula {me}, hope the sun is shining on you today like it is here.",
    "Hi {me}, how are you keeping? We were just talking about you at lunch.",
    "Hey {me}! Long time no chat, hope everything's grand with you.",
    "Dear {me}, kind regards and a warm hello from everyone at the shop.",
    "Hello {me}, I trust you are well and had a nice break.",
    "Hey {me}, happy Friday-eve to you!",
    "Hi {me}, happy Monday, hope you had a restful weekend.",
    "Greetings from the rink, {me}! Hope all's well with you.",
    "Hey {me}, hope the drive back to {city} was an easy one.",
    "Hi {me}, hope you got home safe and sound after the trip.",
    "Hey {me}, hope this finds you happy and healthy.",
    "Hello dear {me}, I hope you are doing well and keeping warm.",
    "Hi again {me}! Hope your day is off to a great start.",
    "{me}, hello! Hope you're keeping well over there.",
    "Hi {me}, hope you're doing awesome -- it's been too long!",
    "Good evening {me}, hope you had a nice day.",
    "Hey {me}, greetings from sunny Suva, hope you're well!",
    "Ciao {me}, hope you're good and the week isn't too mad.",
    "Hey {me}, I hope all is well with you and the team.",
    "Hi {me}, warmest greetings from the shop floor, we're all thinking of you.",
    "Hey {me}! Hope your week's been as nice as the weather here.",
    "Hello {me}, hope you are well, we miss seeing you around.",
    "Hi {me}, happy to be writing to you again, hope you're doing great.",
    "Hey {me}, hope things are good down your way.",
    "Good morning, {me}! Hope the roads weren't too icy getting in.",
    "Hi {me}, hope your weekend had lots of good food and a fireplace in it.",
    "Heya {me}, hope the week's been treating you right.",
    "Dear {me}, season's greetings and all the best to you and your family.",
    "Hey {me}, how ya doin'? Hope all's well!",
    "Hello {me}, hope you had a wonderful time off.",
    "Hi {me}, hope the holidays were restful for you and yours.",
    "Hey {me}, hope you're doing swell!",
    "Mela {me}, how's it going? Hope you're well.",
    "Hi {me}, a very good morning to you from the whole co-op!",
    "Hey {me}, hope you're surviving the cold snap!",
    "Good afternoon {me}, lovely to hear from you, hope you're well.",
    "Hi {me}, hope the week is going smooth for you!",
    "Hey {me}, sending good vibes from {city}!",
    "Well hi there {me}, hope you're doing fine.",
    "Hi {me}, so nice to hear from you again!",
    "Hey {me}, trust you're keeping well and not working too hard.",
    "Hi {me}, greetings and a warm hello from the whole tuning team.",
    "Hello {me}, hope this note finds you in fine form.",
    "Hey {me}, happy belated new year! Hope it started well.",
    "Hi {me}, hope you are well and enjoying the season.",
    "Hiya {me}, hope your day's going grand.",
    "Hey {me}, bonjour from the bayou, hope you're well!",
    "Hi {me}, hope everything is peachy on your end.",
    "Dear {me}, warm greetings, and I hope you are well.",
    "Hello {me}! Hope your week has been a good one so far.",
    "Hey {me}! Hope you had a blast at the conference.",
    "Hi {me}, lovely to be back in touch, hope you're well.",
    "Good morning {me}, trust you slept well and the coffee is strong.",
    "Hey {me}, hope the kiddos are good and you're getting some sleep!",
    "Hi {me}, sending warm wishes from a snowy {city}.",
    "Hey {me}, it's always a pleasure, hope you're keeping well.",
    "Hi {me}, greetings from the taproom, hope your week's going good.",
    "Hello {me}, I hope you had a pleasant weekend.",
    "Hey {me}, hope all's good in your world!",
    "Hi {me}, hope the day's being good to you out there in {city}.",
    "Hey {me}, happy Thursday, the weekend is in sight, hope you're well!",
    "Dear {me}, I hope you are keeping well in these busy weeks.",
    "Hi {me}, hope your trip home to {city} was a good one.",
    "Uff da {me}, what a week, hope yours was calmer than ours!",
    "Hey {me}, greetings from the prairie, where it's minus thirty and we're smiling anyway.",
    "Hi {me}! Hope you're well -- the whole rink says hi.",
    "Hello {me}, warm wishes from the sign shop, hope life is good.",
    "Good morning {me}, hope you're well and enjoying a slower December!",
    "Hey {me}, bula from the Nadi office, hope you're all good up there.",
    "Hi {me}, I do hope you are keeping well, we think of you often here in {city}.",
    "Hey {me}, ça va bien? Hope you're good, cher.",
    "Mais {me}, hope you doing alright this week!",
    "Hey {me}, hope you made it through the storm okay.",
    "Bonġu {me}! Hope you are well and the weather is kind to you.",
    "Hello {me}, hope all is well, and greetings from everyone at the festa committee office.",
    "Hi {me}, hope you got to enjoy some sunshine this weekend.",
    "Dearest {me}, hope you're well, it's been ages!",
    "Hi {me}, hope you're keeping cosy, we've got the woodstove going here.",
    "Heyyy {me} hope ur doing good!!",
    "hi {me} hope all good ur side",
    "Hey {me}, hope the week's been good to ya.",
    "Hi {me}, long time! Hope you've been keeping well.",
    "Hello {me}, greetings from a sticky, happy honey house in {city}.",
    "Hi {me}, good to hear from you, hope you're in good health.",
    "Hey {me}, hope you're doing well -- tell the team we said hi!",
    "Hey {me}, Merry Christmas a little early from all of us!",
    "Hi {me}, hope the family's all well and you had a good Thanksgiving.",
    "Good morning {me}! Hope the start of your week is a bright one.",
    "Hello {me}, so very nice to hear from you, I hope you are well.",
    "Hi {me}, hope the piano season's been good to you too, ha!",
    "Bula {me}, warmest greetings from all of us in {city}.",
    "Hey {me}, just wanted to say hi first -- hope you're well!",
    "Hey there {me}, hope you had a good one!",
    "Hi {me}, it's lovely to hear from you as always.",
    "Well hey {me}, how's life treating you these days?",
    "Hi {me}! Hope you're keeping your head above the snowbanks.",
    "Hello {me}, hope you are doing great, kind greetings from Valletta.",
    "Hey {me}, hope the holidays are shaping up nicely for you.",
    "Hi {me}, a big warm hello from the crew at the taproom!",
    "Dear {me}, hope you and the family are keeping healthy and happy.",
    "Hey {me}, good to see you in my inbox, how've you been?",
    "Hi {me}, hope you're having a really nice day!",
    "Hey {me}, hoping this finds you well and caffeinated.",
    "Hello {me}! Greetings from one very happy curling club.",
    "Hi {me}, hope you had a good trip to {city} and back.",
    "Hey {me}, hope all is going well on your end!",
    "Hi {me}, I hope you are well and that {city} is treating you kindly.",
    "Bon matin {me}, hope you slept good!",
    "Hey {me} -- good morning and hope you're well!",
    "Hi {me}, it was so good chatting last week, hope the rest of your week went well.",
    "Hello {me}, we hope this email finds you in high spirits.",
    "Hey {me}, bula and hello from a rainy afternoon here.",
    "Hi {me}, trust all is well and the family is thriving.",
    "Hello {me}, hope your Christmas shopping is going better than mine!",
    "Hey {me}, hope you're doing grand and keeping busy in a good way.",
    "Hi {me}, hope you've had a lovely start to December.",
    "Hey {me}, sending warm hugs from the prairie!",
    "Hi {me}, cheers from all of us here, hope you're well.",
    "Hello {me}, I hope everything is going beautifully for you.",
    "Hey {me}, hope all is fine and dandy!",
    "Good day {me}, I hope you've been well since the fall.",
    "Hi {me}, hope your week has been full of wins!",
    "Hey {me}, greetings from the piano shop, hope you're doing good.",
    "Hi there {me}, hope you had a lovely weekend with the family.",
    "Hey {me}, howzit going? Hope all's good.",
    "Hello {me}, warm greetings from Gozo!",
    "Hi {me}, hope you're doing fab.",
    "Hey {me}, nice to hear from you as always, hope things are good.",
    "Hello {me}, I hope the cold isn't getting to you too much.",
    "Hi {me}, hope all is wonderful with you!",
    "Hey {me}, good afternoon and hope your day's been a nice one.",
    "Hi {me}, greetings from Lafayette, hope you're keeping well.",
    "Hello {me}, hope your December is off to a cheerful start.",
    "Hi {me}, hope you are well and the kids are over the flu!",
    "Hey {me}, hope the weekend treated you right!",
    "Hi {me}, warm regards and a hello from the whole co-op board.",
    "Hey {me}, I hope you're well and that work is being kind.",
    "Hi {me}, what a lovely surprise to hear from you!",
    "Hello {me}, hope you're doing well and staying dry.",
    "Hey {me}, good to hear from ya, hope you're keeping well.",
    "Hi {me}, I hope you're having a great week and enjoying the lights.",
    "Hey {me}, hope you had a merry one!",
    "Hi {me}, hope you had a fun time at the staff party.",
    "Hello {me}, it's always good to hear from you, hope you're well.",
    "Hey {me}, happy new year to you and yours!",
    "Hi {me}, sending a warm hello and a virtual coffee and bars.",
    "Hey {me}, hope your holidays were full of good food and rest.",
    "Bula {me}, hope the week is going sweet as for you.",
    "Hi {me}, hope you're well and the jet lag's worn off.",
    "Hey {me}, a very happy Monday from us to you!",
    "Hello {me}, hope you're keeping your spirits up this grey week.",
    "Hi {me}, hope you are doing well, and a warm hello to your team too.",
    "Hey {me}, thinking of you folks out in {city}, hope all's well.",
    "Hi {me}, hope it's been a good week, talk soon I hope!",
    "Hey {me}, what's new with you? Hope it's all good stuff.",
    "Well {me}, hello again, hope you're doing wonderful.",
    "Hi {me}, hope your week's off to a flying start.",
    "Hey {me}, greetings and good cheer from {city}!",
    "Hi {me}, hope you're well, and happy almost-weekend!",
    "Hello {me}, warmest greetings from everyone in the tuning network.",
    "Hey {me}, oh ya, hope you're keeping well and the furnace is holding up!",
    "Hi {me}, hope the family's good and you're enjoying the quiet stretch.",
    "Good morning {me}, I hope this finds you well and happy.",
    "Hey {me}, hope you're staying warm and well!",
    'Bula {me}, how are you, hope you and family are fine there.',
    "Hello {me}, how are you? All good? Here everything ok, we can't complain.",
    "Mais hey {me}, how's ya mama an'em? Hope everybody's good.",
    'hey {me}!! long time no hear, hope ur well',
    "Hi {me}, hop eyou're well, typing this on my phone in the bee yard so bear with me.",
    'Good morning dear {me}, I hope you are fine and healthy, greetings from Ħamrun.',
    "Well hey there {me}, oh for sure it's been too long, hope you're good!",
    'Ni sa yadra {me}, good morning and hope you are well.',
])

SMALL_TALK = Pool("small talk (personal aside; marker small_talk)", [
    "We pulled the last supers off on Saturday and the kitchen still smells like clover honey.",
    "The hives are wrapped for winter now, so I'm actually sleeping in on Saturdays, imagine that.",
    "My daughter got stung three times at the extraction day and still wants to be a beekeeper, "
    "go figure.",
    "Our queen in hive four is nine years old in bee years, which I'm told is basically ancient.",
    "Tuned a 1912 Steinway in a church basement yesterday, the thing had a mouse nest in it, true "
    "story.",
    "I spent the weekend restringing my own upright, which is like a mechanic finally fixing his "
    "own truck.",
    "There's a little girl in one of my client homes who plays the same Chopin waltz every visit, "
    "it's become my favourite part of the route.",
    "We lost our skip's final on the last rock Sunday night, heartbreaking, but the chili after "
    "was excellent.",
    "The ice tech finally got the pebble right this week, the rocks are curling like a dream.",
    "Bonspiel was a blast, our rink came third and nobody fell on the ice, which is a first.",
    "My dad still throws lead at eighty-one, he says it's the only exercise he'll admit to.",
    "We just finished a twelve-foot neon sign for a diner and I got to flip it on at dusk, never "
    "gets old.",
    "Gold leaf day today, so the whole shop is holding its breath every time someone opens the "
    "door.",
    "I hand-lettered a window for a bakery this week and they paid me partly in cinnamon buns, no "
    "complaints.",
    "The taproom had its trivia night Tuesday and the regulars beat the staff again, we'll never "
    "live it down.",
    "We put the new winter stout on tap and the regulars have been very vocal about loving it.",
    "Somebody left a dog at the taproom last Friday, turns out it was the owner's, long story, "
    "happy ending.",
    "It's minus thirty-four here this morning, the truck made a noise I've never heard before.",
    "Uff da, the wind off the prairie this week, I swear it went right through my parka.",
    "My grandma's lefse recipe came out of the drawer this weekend, the whole house smells like "
    "butter.",
    "We had the Lutheran church supper Saturday, I ate my weight in meatballs and Jell-O salad.",
    "Saw the northern lights on the drive home Tuesday, had to pull over, just green ribbons "
    "everywhere.",
    "The kids built a snow fort in the yard that's honestly sturdier than our garage.",
    "Harvest is all in around here so folks are finally smiling again at the coffee shop.",
    "Our town rink opened for the season and my boy scored his first goal, I was louder than the "
    "other parents.",
    "We did the festa in our village last weekend, fireworks till two a.m., the dog is still "
    "under the bed.",
    "Had pastizzi for breakfast on the way in, don't tell my doctor.",
    "The sea was glass-flat in Marsaskala on Sunday, we swam in December, can you believe it.",
    "My nanna turned ninety-three and insisted on cooking the ftira for everyone herself.",
    "We took the ferry over to Gozo for the weekend, the wind was mad but the rabbit stew made up "
    "for it.",
    "The traffic in Birkirkara this week, ajma, I could have walked faster.",
    "My cousin is getting married in {city} next month and I've been roped into the choir, pray "
    "for me.",
    "Bula, it's been raining nonstop here but the kava circle at the village was lovely Saturday.",
    "We had a lovo on Sunday for my aunty's birthday, the whole koro came.",
    "Rugby sevens on TV all weekend, the whole office is hoarse from shouting.",
    "The mango season is starting here, there are more mangoes on my desk than papers.",
    "My little one started class one this week, very proud in her uniform.",
    "We went out to the islands on the weekend, the water so clear you could see the starfish.",
    "Cyclone season is here so we've all got our candles and tinned fish ready, just in case.",
    "Mais, we had a crawfish boil on Sunday even though it's not season, my uncle knows a guy.",
    "My paw-paw made a gumbo this weekend that would make you slap your mama, cher.",
    "The fais do-do at the dance hall Saturday went till midnight, my feet still hurt.",
    "We went out on the bayou Sunday, saw a gator sunning himself like he owned the place, and he "
    "kinda does.",
    "Boudin from the gas station is still the best breakfast in Louisiana, I will not be taking "
    "questions.",
    "My wife's been making cracklins for the church bake sale, the house smells amazing.",
    "The cane harvest is going full tilt out here, you can smell the mill from town.",
    "It finally cooled off to sixty down here, so everybody's in their winter coats, ha.",
    "We took the kids to see the bonfires on the levee last Christmas Eve and they're already "
    "asking about this year.",
    "I'm writing this from the bleachers at my son's hockey practice, so forgive any typos.",
    "I'm typing this with one hand and holding a very sleepy toddler with the other.",
    "We finally got the baby sleeping through the night, I feel like a new person.",
    "My old golden retriever turned fourteen on Sunday, we gave him a steak, he deserved it.",
    "The cat has decided my keyboard is her bed now, so if this email is odd, blame her.",
    "We adopted a rescue pup last week, she has chewed exactly three of my boots so far.",
    "Took my mom to the Christmas market in {city} on the weekend, she bought four ornaments she "
    "swore she didn't need.",
    "How was {city}? I've only been once and still dream about the food.",
    "Hope the weather in {city} is better than what we've got, it's sideways sleet here.",
    "I was in {city} last week for my niece's recital, lovely town, lousy parking.",
    "Are you still doing the marathon training? I gave up on mine after two weeks, haha.",
    "Did you end up getting that puppy? I need pictures.",
    "How did your daughter's first semester go? Mine survived hers, barely.",
    "Did you catch the game Sunday? What a finish.",
    "Oh and how was the trip to {city}? You were so excited about it last time.",
    "I finally tried that sourdough starter you mentioned, it's alive and I'm a little scared of "
    "it.",
    "I took your advice and watched that show, now I'm three seasons in and not sleeping.",
    "Went ice fishing on the lake Saturday, caught nothing but a cold, still a great day.",
    "We cut our own Christmas tree this year and it's about two feet too tall for the living "
    "room, whoops.",
    "The whole office is doing a secret Santa and I drew the boss, no pressure.",
    "Our staff potluck was Friday, someone brought three kinds of pickled herring, very "
    "Scandinavian of us.",
    "I'm on my third cup of coffee and it's not even nine, Monday has been Monday-ing.",
    "Our founder turned seventy this week and still climbs the ladder to hang the signs himself.",
    "One of our tuners retired last month after forty years, we gave him a gold-plated tuning "
    "hammer.",
    "Our head beekeeper retired in the spring and she still drops by every Tuesday with muffins.",
    "We had a memorial for old Ole at the club, he'd curled here since 1961, lovely send-off with "
    "lots of stories.",
    "My brother-in-law is opening a little bakery in {city} next month, so I know where I'm "
    "eating.",
    "We finally got the new roof on the honey house before the first snow, what a relief.",
    "My knees are telling me it's going to snow again, and they're never wrong.",
    "It's so dark by four-thirty now, I'm living on vitamin D pills and hot chocolate.",
    "We had the first proper snow of the year yesterday, the kids were out before breakfast.",
    "My husband has started a sourdough phase, we have more bread than people.",
    "The taproom dog got a Christmas sweater and she is not amused.",
    "We hosted a wedding reception in the taproom on Saturday, the couple met at our trivia "
    "night, so sweet.",
    "Someone proposed at the curling club last night, on the ice, during the eighth end, she said "
    "yes.",
    "My grandson just learned to play Heart and Soul and he plays it every minute of the day now.",
    "The church choir's Christmas concert is this Sunday, I tuned the organ's piano partner for "
    "it.",
    "I spent Saturday in the sugar shack with my uncle, no sap yet but plenty of stories.",
    "The lake froze over early this year, so the hockey boards are up already.",
    "Got our first jar of buckwheat honey of the year, dark as molasses and twice as good.",
    "There's a moose that keeps wandering behind our shop, we named him Gordon.",
    "I had my first bowl of kakavia at a little place in {city}, still thinking about it.",
    "Our youngest lost her first tooth at the dinner table and demanded the tooth fairy pay in "
    "loonies.",
    "My in-laws are visiting for two weeks so I'm very happy to be at work, haha, kidding, mostly.",
    "We're repainting the taproom mural this winter, a local artist is doing a big bee on the "
    "back wall.",
    "I finally beat my brother at crokinole over the weekend, he demanded a rematch immediately.",
    "The kids want to go to the Fijian show at the resort again, they know all the dances now.",
    "My mum sent a parcel of cassava cake from home, the office finished it in ten minutes.",
    "I went for a dive at the reef on Sunday, a turtle swam right past me, so peaceful.",
    "The trade winds are back so the office is finally cool, everyone is happier.",
    "The church in our village has the Christmas cribs out already, the kids love the little "
    "sheep.",
    "My father is building a model luzzu for my son, eyes painted on the bow and everything.",
    "We had a long lunch at my cousin's farm in Żebbuġ on Sunday, fresh ġbejniet, heaven.",
    "Mela, the rain last week flooded half of Msida again, same story every year.",
    "I'm off to my sister's in {city} for the weekend, first time seeing the new baby.",
    "Our office plant finally bloomed after three years, we all stood around it like proud "
    "parents.",
    "I started learning the accordion this fall, my neighbours are being very patient.",
    "Cher, my mama's turning eighty and the whole family's coming in for the party, it's gonna be "
    "a zoo.",
    "We ran the Turkey Trot on Thanksgiving morning, well, we walked most of it, but we finished.",
    "My nephew got into the LSU band, drums, we're all so proud we could bust.",
    "Went duck hunting Saturday at dawn, didn't get one but the sunrise over the marsh was worth "
    "it.",
    "Our street does a big light-up contest every December and my neighbour is taking it way too "
    "seriously.",
    "I've been on a knitting kick, everyone's getting lumpy scarves this Christmas.",
    "We drove out to see my folks on the farm, the grain bins have holiday lights on them now, "
    "very festive.",
    "It was a balmy minus twelve today, practically shorts weather around here.",
    "I got snowed into the shop Tuesday so I finally organised the vinyl drawer, silver linings.",
    "The heater in the van died right before Christmas, of course, so I'm tuning pianos in two "
    "sweaters.",
    "Our little taproom got a shout-out in the local paper this week, the owner's framed it "
    "already.",
    "My son's curling team won their junior bonspiel, I may have cried a little.",
    "We had a lovely dinner for my parents' fiftieth anniversary on Saturday, Dad gave a speech "
    "and Mom rolled her eyes the whole time.",
    "I'm so ready for a holiday, it's been a long fall but a good one.",
    "My daughter wants a honeybee costume for the school play, so guess who's sewing wings "
    "tonight.",
    "The bees actually did a cleansing flight on the warm day Thursday, they looked so relieved.",
    "Got stuck behind a combine for ten miles on the highway, classic prairie traffic jam.",
    "My wife and I finally took that trip to the coast, first vacation in four years, we didn't "
    "want to come home.",
    "Still recovering from the office holiday party, someone brought a karaoke machine, that's "
    "all I'll say.",
    "We had a power outage Sunday and played cards by candlelight, the kids thought it was the "
    "best day ever.",
    "My grandfather's old piano came back from the restorer and it sounds just like I remember.",
    "I saw a bald eagle sitting on the sign over the highway this morning, felt like a good omen.",
    "Spent Sunday afternoon at the rink with a thermos of coffee watching the little rocks "
    "league, adorable.",
    "Hope you had a good Thanksgiving, we ate too much pie as usual.",
    "How's the new house coming along? Did the kitchen ever get finished?",
    "Did you get out to the lake at all this fall? It was gorgeous up here till the end of "
    "October.",
    "Is your little guy still into dinosaurs? Mine has moved on to trucks.",
    "How's your mom doing after the surgery? Thinking of her.",
    "Hope your dad is feeling better, I know that was a scary couple of weeks.",
    "Are you doing anything fun for the holidays? We're staying put with a big pot of chili.",
    "Hope you're getting some skiing in, the hills near {city} look great this year.",
    "We watched the Christmas parade downtown Saturday, the Shriners' tiny cars stole the show "
    "again.",
    "Funny thing, the new neon we made for the bowling alley made the evening news.",
    "I'm writing this from the honey fair, surrounded by candles and wax sculptures, it's a vibe.",
    "Our regulars chipped in to buy the bartender a new bike after his got stolen, that's this "
    "neighbourhood for you.",
    "The oyster roast at the church fundraiser was a huge success, we raised enough for a new "
    "roof.",
    "I tried making king cake early this year, it tasted right but looked like a deflated tire.",
    "We spent Sunday making tamales with the neighbours, we've got enough to last till spring.",
    "Bula, the village rugby team won the cup, so the celebrations went on for three days.",
    "My husband is in {city} on a fishing trip this week, so it's just me and the dogs.",
    "The bakery across the street just started doing lussekatter for December, I'm there every "
    "morning.",
    "Yesterday I found a wasp nest inside an old piano, the client was more surprised than me.",
    "We had a wee scare with a swarm in October, it moved into a church bell tower, the priest "
    "was very gracious.",
    "Our club's oldest member bowled his last end before moving to be near his grandkids in "
    "{city}, we threw him quite the party.",
    "The ice at the club was so fast on Saturday that half the draws slid straight through the "
    "house.",
    "I can't believe it's already December, where did this year go?",
    "Hope the move went smoothly, I remember how stressful ours was.",
    "We just got back from Malta, my first time, I'm obsessed with the balconies.",
    "The sunset over the harbour tonight was unreal, whole sky went pink.",
    "Sorry for the late reply, the kids have had every bug going around this month.",
    "My mother-in-law taught me to make pastizzi on Sunday, mine looked like little footballs but "
    "tasted right.",
    "We had the village band practising under our window all week for the feast, I know every "
    "march by heart now.",
    "I took my boys to see the reindeer at the farm outside town, they were mostly interested in "
    "the hot dogs.",
    "Was thinking of you this morning when I drove past that coffee place we went to in {city}.",
    "My partner and I just got back from a week in the mountains, no signal, pure bliss.",
    "Hope your holiday plans come together, we're doing the big family thing at my sister's.",
    "We lit the first Advent candle yesterday and the kids fought over who got to blow it out.",
    "I finally got my winter tires on, a week after everybody else, as usual.",
    "The grandkids were up for the weekend and we made a gingerbread curling rink, complete with "
    "candy rocks.",
    "Just back from the dentist, so apologies if I sound a bit numb.",
    "Our yoga teacher at lunch is away, so the whole office has been eating donuts instead.",
    "The snow plough finally made it down our road at noon, so I'm writing from the kitchen table "
    "today.",
    "Work's been busy but in the good way, and we've had some lovely frosty mornings.",
    "My niece sang at the Christmas concert in {city} and brought the house down, so proud of her.",
    "We tapped a cask of honey ale for the staff party and it disappeared in an hour.",
    "Had a lovely chat with your colleague at the trade show, she told me about her trip to "
    "Iceland, sounds amazing.",
    "My old boss from the co-op days came by the shop yesterday, we talked for two hours about "
    "nothing.",
    "Our kid's hockey tournament is in {city} this weekend, so it's hotel pizza and cold "
    "bleachers for us.",
    "We had the whole crew over for a fish fry on Friday, nobody left hungry.",
    "I picked up a second-hand banjo at the flea market, my wife says it was a cry for help.",
    "Fun fact, our shop cat caught her first mouse this morning and left it on my chair as a gift.",
    "Was at the lake cabin last weekend, we had the woodstove roaring and the loons were long "
    "gone.",
    "The taproom's holiday sweater contest is Thursday and I'm wearing the one with the light-up "
    "reindeer.",
    "The village in Taveuni where my mum grew up just got proper internet, so now she calls me "
    "every day, haha.",
    "Got my first pair of proper curling shoes this year, feeling very official.",
    "We had a whole herd of deer in the back field at sunrise, the dog lost his mind.",
    "I've got the radio on the Christmas station already and nobody in the office has complained "
    "yet.",
    "My husband booked us a trip to New Orleans for our anniversary, so I'll finally try beignets.",
    "Our town's winter carnival is coming up and I'm on the ice-sculpture committee, send help.",
    "Tell your family I said hi, hope the little ones are well.",
    "PS I still have that recipe you sent, made it twice already.",
    "Oh, and congratulations on the new baby! Hope everyone is sleeping at least a little.",
    "Congrats again on the engagement, we were all so happy to hear it.",
    "Happy birthday for yesterday, by the way, hope you were spoiled rotten.",
    "By the way, I hope your knee's healing up after the fall.",
    "Side note: the bakery down the road from us finally reopened and their rye bread is as good "
    "as ever.",
    "Random but my sister just moved to {city}, any coffee shop recommendations?",
    "On a personal note, we're expecting our second in the spring, so the house is in chaos "
    "already.",
    "Off topic, but my neighbour has been building a canoe in his garage for three winters now "
    "and he says this is the year.",
    "We had the kids' Christmas program at the church on Sunday, my youngest was a sheep and "
    "refused to say baa.",
    "Oh ya, and the coffee-and-bars at the curling club have gotten fancy, someone brought "
    "Nanaimo bars with mint.",
    "here its raining like crazy all week, the road to the farm is all mud, my car is brown now "
    "lol",
    'My tita sent a big box of dalo and fish from the village, we are eating good this week.',
    'The kids had their sports day at school Friday, my son won the sack race, very proud papa.',
    "Me I'm fine, only the weather is crazy, yesterday hot today wind, typical Malta.",
    'We went to the Mdina Christmas market on Saturday, too many people but the lights, so pretty.',
    "Yesterday was the feast of Santa Lucija in our parish, band, fireworks, everything, I'm "
    "still tired.",
    "Mais, it's gumbo weather finally, my wife made a pot big enough for the whole street.",
    "My cousin Boo got married at the VFW hall Saturday, zydeco band, we danced till the lights "
    "came on.",
    "Cold front came through last night and now it's forty-five and everybody's acting like it's "
    "the arctic, me included.",
    "Our piano-tuning guild had its Christmas supper, forty tuners in one room and not one of us "
    "could agree on the A.",
    "The signwriting apprentice did her first gold-leaf window solo this week, I was prouder than "
    "she was.",
    "Took the grandkids sledding on the coulee behind the house, I went down once and my back is "
    "still filing complaints.",
])

COMPLIMENT = Pool("compliment (praise for us; marker compliment)", [
    "Your onboarding was the smoothest we've had with any vendor, honestly.",
    "The hive-inspection log you set up for us has saved our volunteers hours every week.",
    "Whoever designed the scheduling screen deserves a raise, our tuners figured it out in a day.",
    "Your support team is top notch, every single time.",
    "The new dashboard is a thing of beauty, the board actually read the report this time.",
    "You folks really know your stuff, it shows.",
    "I have to say, your team made the ice-booking mess disappear overnight.",
    "The sign proofs your tool generates look better than the ones we used to draw by hand.",
    "Your product is the only software at the taproom the bartenders don't complain about.",
    "Mela, your guys are really good, everyone here says so.",
    "Your people have been nothing but helpful, and that's rare these days.",
    "Bula, it's a brilliant product, the girls in accounts love it.",
    "Mais, y'all do good work, I'll give you that.",
    "Your training session was the best hour our staff spent all month.",
    "Credit where it's due: the mobile app is fast even on the rural connection out here.",
    "The way the invoices come out now, clean and clear, our treasurer nearly wept.",
    "That last release was spot on, the batch tracking is exactly how beekeepers think.",
    "Your documentation is so clear even I could follow it, and I'm a piano tuner, not a computer "
    "guy.",
    "Honestly you've been a pleasure to work with from day one.",
    "Your tech, Priya, was patient and kind and fixed it in ten minutes, please tell her boss.",
    "The reporting is miles ahead of what we had before.",
    "Your team's response time is unreal, we had an answer before the kettle boiled.",
    "The way you handled the outage, with updates every hour, was really professional.",
    "I've recommended you to two other clubs in the league already, that's how happy we are.",
    "Your product just works, which is the highest praise I've got.",
    "You've made our little co-op look like a big outfit, and the buyers noticed.",
    "That migration was flawless, not a single jar of honey lost in the records.",
    "Really impressed with how quickly your developers turned that fix around.",
    "Your customer success folks are the real deal, every one of them we've met.",
    "The new label printing feature is genius, our signwriters are in love.",
    "I'm impressed, the app hasn't crashed once since we switched.",
    "You have a fantastic team, please pass that on.",
    "The tap list display looks slick on the taproom TVs, customers keep asking who made it.",
    "Our auditors said our records were the tidiest they'd seen, and that's down to your system.",
    "What a great job your crew did on the setup at the rink.",
    "The interface is clean and friendly, even our eighty-year-old volunteers use it.",
    "Your support is very very good, everybody here in the Lautoka office says so.",
    "You guys knocked it out of the park with the route planner.",
    "Your quarterly review deck was genuinely useful, not just fluff.",
    "The way your product handles the tuning history per instrument is brilliant, it's like a "
    "medical chart for pianos.",
    "Our treasurer says your billing is the most honest she's seen, no hidden anything.",
    "Your account team is always one step ahead of us, it's impressive.",
    "Top marks for the webinar last week, very well run.",
    "The search is lightning quick, we find old work orders in seconds now.",
    "I just want to say your people are lovely to deal with.",
    "Your software has been rock solid all season, even during the honey rush.",
    "The offline mode is a lifesaver, half our apiaries have no signal.",
    "Really well thought out product, you can tell someone who's done the job designed it.",
    "Ajma, the new version is so much faster, well done.",
    "You did a fantastic job with the data import, everything landed exactly right.",
    "Kudos to your team on the new release, the members noticed right away.",
    "Your implementation specialist was a star, patient with all our silly questions.",
    "I'm blown away by how easy you made the switch.",
    "Great product, great people, great price, not much more to say.",
    "Your team went above and beyond getting us live before the bonspiel.",
    "It's a joy to use, honestly, and I don't say that about software.",
    "The calendar sync is perfect, no more double-booked tunings.",
    "I love how the app remembers which piano is in which room, genius.",
    "Everyone at the taproom says the new ordering screen is a huge improvement.",
    "Your release notes are the only ones I actually read, they're that well written.",
    "The care you put into the product really shows.",
    "Your help centre articles are excellent, I found the answer myself in two minutes.",
    "Your rep has been an absolute gem all year.",
    "I've worked with a lot of vendors and you folks are in the top one or two.",
    "The map view of our hives is beautiful, the members love zooming around it.",
    "The design is so clean and simple, it's a pleasure to look at.",
    "What a difference your system has made to our membership renewals, it's night and day.",
    "Your people really listen, and it shows in the product.",
    "The export to the accountant worked perfectly first time, that's never happened before.",
    "Our signmakers say the new quote builder is the best thing since sliced vinyl.",
    "Your chat support is the best I've used, real humans and quick.",
    "You really nailed the inventory piece, our keg counts finally match.",
    "I wanted to tell you how impressed our committee was with your presentation.",
    "The new mobile layout is gorgeous, well done to the designers.",
    "You guys are the best, seriously.",
    "Your engineers clearly care about the little details, the rounding fix was perfect.",
    "Very impressed with the stability, not one hiccup all year.",
    "Your onboarding videos were short, clear and actually fun, bravo.",
    "The reminders you send our members are so nicely worded, nobody finds them pushy.",
    "Hats off to your support desk, they stayed on with us till the problem was gone.",
    "The product keeps getting better every update, it's great to watch.",
    "Mais that new feature is slick, cher, real slick.",
    "Your team has made my job so much easier this year, truly.",
    "Really smart approach to the permissions, our volunteers see only what they need.",
    "The whole experience has been first class.",
    "Your product has paid for itself already in the hours we saved.",
    "The reports are beautiful, I printed one and stuck it on the fridge, kidding, sort of.",
    "Such a thoughtful team, you always remember the little things we mentioned.",
    "Your system is sturdy as a curling stone, never lets us down.",
    "You've got a gem of a product there.",
    "The printing templates for our signs are spot on, even the kerning is right.",
    "The QR menus look fantastic on the taproom tables.",
    "Your consultant really understood how a co-op works, that was refreshing.",
    "Your people are always so friendly and quick, it makes a real difference.",
    "The new timeline view is exactly what we'd been dreaming of.",
    "Really great work on the accessibility improvements, our visually impaired tuner can use it "
    "now.",
    "Your system handled our busiest week without breaking a sweat, impressive.",
    "The team at your end has been wonderful, warm and efficient both.",
    "Bravo on the new release, it's a big step up.",
    "Your sales team never once oversold us, and everything you promised was true.",
    "I'm a tough critic and I have to admit this is excellent software.",
    "Your app is the first thing I open in the morning and I don't hate it, high praise.",
    "The reliability has been outstanding, nothing but good words here.",
    "You've built something really special, and it shows in the details.",
    "That was a masterclass in customer service from start to finish.",
    "The renewal reminders are so well designed, our members actually renew on time now.",
    "The ticket you closed yesterday was handled beautifully.",
    "Mela, your support lady Maria is really the best, so patient.",
    "Your system has been a real blessing for our small team.",
    "Everything about the setup was painless, honestly.",
    "Your tool has taken so much stress off our plate, the difference is huge.",
    "Your UX folks did a cracking job on the settings page.",
    "The new season-planning module is brilliant, the beekeepers are raving about it.",
    "I just love how simple it is, our board members picked it up in minutes.",
    "The way your product tracks each sign from sketch to install is really clever.",
    "Your team brought real expertise and good humour, a winning combo.",
    "Just wanted to say the last update was a home run.",
    "You guys are always so on the ball, it's reassuring.",
    "Such a well-run company, it's a pleasure doing business with you.",
    "Your tool is hands down the best purchase we made this year.",
    "Your account manager is a credit to your company.",
    "The speed of the new version is incredible, pages load instantly now.",
    "I showed the app to the other taproom owners at the guild meeting and they were all "
    "impressed.",
    "Your support fellow Jake was a real sport, stayed late to sort us out.",
    "The integration with our till is seamless, the staff didn't even notice the change.",
    "Your on-site trainer had everyone laughing and learning, brilliant.",
    "You've made the piano network feel like a real business, not a bunch of guys with tuning "
    "forks.",
    "The team is responsive, friendly and knows the product inside out.",
    "Sega na leqa ever since we started with you, everything runs smooth.",
    "I'm so glad we went with you, best decision of the year.",
    "Your people are a class act from the front desk to the engineers.",
    "Lovely work on the new invoice layout, our customers commented on it.",
    "You guys have honestly restored my faith in software companies.",
    "The co-op members voted you the best vendor we work with, no contest.",
    "The forecast report nailed our honey yield within a few jars, amazing.",
    "Your platform is so intuitive, the learning curve was basically flat.",
    "I really like how transparent your team is, it builds a lot of trust.",
    "The way you rolled out the update with zero downtime was impressive.",
    "Our bartenders call your app the good one, which is high praise from that bunch.",
    "I can't say enough good things about your service.",
    "Your new help videos are great, short and to the point.",
    "The product is polished and reliable, exactly what we needed.",
    "Your whole team deserves a round on the house.",
    "The club's new member portal looks so professional, everyone's impressed.",
    "Your engineers really outdid themselves with the offline sync.",
    "That was some of the best support I've had in twenty years in business.",
    "Your system is the backbone of our shop now, and a strong one.",
    "Smooth, quick, friendly, that's been our whole experience with you.",
    "The way you explained the changes on the call was crystal clear.",
    "Your product is a real credit to the team that built it.",
    "The work orders look so sharp now, customers think we hired a designer.",
    "Love the little touches, like the bee icon on the harvest screen, so cute.",
    'Your system is very good, very easy, even my uncle can use it.',
    'Oh ya, that new update is a real dandy, the gals at the front counter love it.',
    "Mais cher, that support fella y'all got, he knows his business.",
])

THANKS = Pool("thanks (gratitude; marker thanks)", [
    "Vinaka vakalevu for sorting that out so fast.",
    "Vinaka, really appreciate your help on this one.",
    "Grazzi ħafna, you're a star.",
    "Grazzi for the quick turnaround, much appreciated.",
    "Merci beaucoup, cher, you saved my bacon.",
    "Mange takk, as my grandma would say, thanks a bunch.",
    "Tusen takk for getting back to me so quick!",
    "Thank ya kindly for the help with the invoices.",
    "Thanks a million for jumping on that call at short notice.",
    "Many thanks for your patience with our volunteers, they're not computer people.",
    "Thank you so much for walking me through the reports yesterday.",
    "Really grateful you stayed on the line till it was fixed.",
    "Big thanks to you and the team for the weekend help.",
    "Thank you, thank you, thank you, the tap list is back up!",
    "Much obliged for the extra training session for the new bartenders.",
    "Thanks heaps for the fast reply.",
    "I can't thank you enough for sorting the hive records before the inspection.",
    "Thanks for always being so responsive, it's appreciated more than you know.",
    "Appreciate you looking into that so quickly.",
    "Thanks for your kindness on the phone the other day, it was a rough morning.",
    "Thank you for your help, it meant a lot to our little club.",
    "Thanks for thinking of us with the holiday card, it's on the shop wall.",
    "A huge thank you for the jar of chocolates, they lasted about an hour.",
    "Thank you for being so understanding about the late payment.",
    "Many thanks for the clear explanation, it finally makes sense.",
    "Thanks again for coming out to the taproom for the training, the staff loved it.",
    "Ta muchly for the speedy fix.",
    "Mais thank you, cher, you came through again.",
    "Thank you for your time today, it was really helpful.",
    "Thanks for the heads up about the maintenance window.",
    "Thanks so much for the follow-up, very kind of you.",
    "We're so grateful for everything you've done for the co-op this year.",
    "Thank you for all the hard work on the migration, it went perfectly.",
    "Thanks for going the extra mile on the sign templates.",
    "A heartfelt thanks from all of us at the club.",
    "Thanks bunches, you got the tap list back before happy hour!",
    "Thx so much, lifesaver.",
    "thank u!! that worked",
    "Thanks a ton for the quick call this morning.",
    "Thank you kindly for your assistance.",
    "Appreciate it, truly, the whole sign shop does.",
    "Thank you for your support throughout the season.",
    "Thanks a bunch for checking on that for me.",
    "Thank you for the wonderful gift basket, the honey mead was a hit.",
    "Many many thanks for the help with the swarm-season schedule.",
    "Thanks for pulling that report together on such short notice.",
    "Thank you for being so patient with all my questions.",
    "Big thank you to Sara on your support desk, she was brilliant.",
    "I really appreciate you taking the time to explain it twice.",
    "Thank you for making the changeover so easy for a bunch of beekeepers.",
    "Thanks, you've made my day.",
    "Thanks ever so much, cher, I owe you a plate of boudin.",
    "Thank you for the warm welcome when we visited your office, the kava was a nice touch.",
    "Vinaka saka, thank you sir for the help.",
    "Thanks a lot for the reminder, I'd totally forgotten.",
    "Appreciate your flexibility on the timing, thank you.",
    "Thanks for fixing the bug so quickly, the bartenders cheered.",
    "A million thanks for the patience over the busy season.",
    "I'm very grateful for your quick response.",
    "Thank you for sending the updated invoice, much appreciated.",
    "Thanks a bundle for the walk-through.",
    "Thank you from the bottom of my heart, that was a big help.",
    "Sincere thanks for your support this year.",
    "Thanks for having our backs during the outage.",
    "Cheers for the help, appreciate it.",
    "Thanks a heap, you're the best.",
    "Thank you for always picking up the phone.",
    "Thanks so so much for this.",
    "Thanks for going above and beyond, as always.",
    "Thanks for the lovely chat the other day.",
    "Thank you, this is exactly what the tuners needed before the Christmas rush.",
    "Merci, that's perfect.",
    "Gratefully yours for the extra hand with the year-end.",
    "Many thanks for the thorough answer.",
    "Thanks for being so on top of things while I was out at the hives.",
    "Thank you for the patience while we sorted out our end.",
    "Thank you for the fast turnaround, the signs went up on time.",
    "Much appreciated, thank you for looking into it.",
    "Thanks again for everything this year, it's been a pleasure.",
    "Thanks very much for your kind words about our taproom.",
    "Thank you for the generous discount on the training, the club board was thrilled.",
    "Thanks for the coffee and the good company last week.",
    "Really appreciate you squeezing us in.",
    "Thanks for bearing with me on this one.",
    "Thank you for the detailed notes after the call.",
    "Thanks so much for the help with the tuning schedule, the network owes you one.",
    "Many thanks and much gratitude from the whole team.",
    "A big vinaka to you and everyone who helped.",
    "Grazzi tal-għajnuna, thank you for the help.",
    "Thanks muchly for the speedy answer.",
    "Thank you for keeping us in the loop.",
    "Thanks again for the lunch, that was very generous.",
    "Thank you for the invite to the user meetup, it was lovely.",
    "Thanks for sending the files over, got them all.",
    "Thank you for your understanding and your help.",
    "Deeply appreciate the support you gave our beekeepers during the transition.",
    "Thanks loads.",
    "Thanks a mil, really.",
    "Thank you for answering on a Sunday, above and beyond.",
    "Thanks heaps and heaps.",
    "I owe you one, thanks so much.",
    "Thank you for your continued support of our little curling club.",
    "Thank you for the beautiful calendar, it's hanging in the honey house.",
    "Thanks for getting the training videos to us so quickly.",
    "Thanks, this helps a lot.",
    "Very kind of you, thanks.",
    "Thank you for taking such good care of us.",
    "Thanks for the shout-out in your newsletter, our taproom got new visitors from it.",
    "Thanks for your patience while I tracked down the PO.",
    "Thank you for explaining the changes so clearly.",
    "Thanks for sticking with us through the teething problems.",
    "Appreciate you chasing that down for me, thank you.",
    "Thank you for lending us the demo tablets during the honey festival.",
    "Thanks again, you really made our week.",
    "Thanks for listening to our feedback, it means a lot.",
    "Thanks for the good vibes and the quick fix.",
    "Thank you for being so easy to work with.",
    "Takk skal du ha, thanks a lot!",
    "Thank you ever so kindly.",
    "Thanks for the fast and friendly service.",
    "Thank you, you're a lifesaver.",
    "Thank you for staying late to help us with that.",
    "Thanks again for the patience with our old hardware.",
    "Thank you, that was above and beyond.",
    "Thank you for the support during the ice-plant breakdown.",
    "Thanks for getting us sorted before the weekend.",
    "Many thanks for your time and expertise.",
    "Thanks a lot for the kind note.",
    "Thank you for all the help this fall, we couldn't have done it without you.",
    "Thanks for the detailed reply, very helpful.",
    "Thank you so much for the care package, the crew loved it.",
    "Thanks for being awesome.",
    "Thank you for sorting the login so quickly.",
    "Thanks for looking after us so well.",
    "Thank you for going to bat for us with your billing team.",
    "Thanks for being so flexible with the dates.",
    "Grateful for your help as always, you make this easy.",
    "Thank you for the honesty, appreciated.",
    "Thank you for the time you spent with our new manager.",
    "Thanks so much, it's working like a charm now.",
    "Thank you, we really appreciate it.",
    "Thanks again to you and your tech for the quick fix.",
    "Heaps of thanks from the bayou.",
    "Thanks, y'all, much appreciated down here.",
    "Thank you truly, that was a huge weight off.",
    "Thanks for getting back to me so fast, I was in a pinch.",
    "Thank you for the help with the label printer, it's purring now.",
    "A very big thank you from all of us at the sign shop.",
    "Thanks for your help with the curling league sign-ups, smoothest ever.",
    "Thank you for remembering our anniversary with you guys, that was sweet.",
    "Thanks for everything, seriously.",
    "Ta for that, you absolute legend, the neon order is saved.",
    "Thank you, that was so thoughtful.",
    "Thanks for all your help and patience this year.",
    'Vinaka sir for the help, very helpful.',
    'Thank you very much for your patient, you are very kind.',
    'thx again!! so quick',
    "Merci, merci, cher, y'all saved our Saturday.",
])

EMOJI = Pool("emoji or emoticon appended to a sentence (marker emoji)", [
    "🐝🌸", "🐝🍯", "🍯✨", "🐝🧡🐝", "🌼🐝", "🍯🙂", "🐝🐝🐝", "🍯😋",
    "🎹", "🎹🎶", "🎶🎹🙂", "🎹😊", "🎼✨", "🎹👌",
    "🥌", "🥌🧹", "🥌😄", "🥌🏆", "🥌❄️", "🧹😂",
    "🪧✨", "🖌️🙂", "🎨👍", "💡😁",
    "🍻😄", "🍺🙌", "🍻🎉", "🍺😉", "🥨🍻",
    "🌺", "🌺🙂", "🌴☀️", "🌊🐢", "🥥🌴", "🏉💪", "🇫🇯🙌", "🌺😊",
    "🇲🇹", "🇲🇹😊", "🎆🎇", "🎆😄", "⛪🎉", "☀️🌊", "🥐😋",
    "🦞", "🦞🌶️", "🎷🎺", "⚜️", "⚜️😄", "🐊😎", "🎺🥳", "🌶️🔥",
    "❄️☃️", "⛄😄", "🥶😂", "🌨️🙃", "❄️😅", "🦌🎄", "🧣☕",
    "🎄🥌✨", "🎄😊", "🎅🤶", "🕯️✨", "🎁😉",
    "😊🍯", "🙂🎺", "😄👍🥌", "👍🙂", "🤗🌺", "🥰🇲🇹", "😍🙏", "🙏😊",
    "💪😄", "😎🐊👌", "🤩🎆", "😁🎉🍻", "🙌🙌", "😂👌", "🤣🤣", "😇🎹",
    "(•‿•) 🥌",
    ":^) 🍯",
    ";-) 🍺",
    "♪(´▽｀) 🎶",
    "( ◠‿◠ ) 🌺",
    "^_^; 🐝",
    "ʕ•ᴥ•ʔ 🇫🇯",
    "(*^▽^*) 🎷",
    "(ﾉ◕ヮ◕)ﾉ 🥌",
    "(づ｡◕‿◕｡)づ 🦞",
    "(=^ω^=)", "( ˘ ³˘)♥", "d(^_^)b", "<(￣︶￣)> 🪧",
    "😊🐝", "🎶🍻", "🥌🍻", "☕🥯🙂", "🌅🙂", "🍂😊", "🌟👏🎹", "💐😊🐝",
    "🍯🐝🌼", "🎹🕯️", "🥌🥌🍻",
])

BODY = Pool("neutral business text (no marker; questions here are not feature asks)", [
    "The pilot boarding schedule for next week is attached as a PDF. Two vessels changed their "
    "ETA overnight, so rows 4 and 9 are new.",
    "On {topic}: the harbour master wants the revised figures before the Tuesday berthing "
    "meeting. Can you send the export in CSV rather than XLSX?",
    "Where do I find the audit log for the pilot dispatch desk? The duty officer needs the "
    "entries from 02:00 to 05:00 on Sunday.",
    "Our launch boat was in dry dock last week, which is why the tide-window reports show a gap "
    "from the 3rd to the 8th. Nothing is wrong with the data.",
    "Please find attached the signed delivery note for the second batch of pilot ladders. The "
    "invoice number is on page 2.",
    "Is the licence per pilot or per workstation? We have 14 pilots and 3 dispatch consoles, and "
    "finance is asking which figure goes on the PO.",
    "Re {topic} - the file you sent opens fine on the dispatch PC but not on the tablets in the "
    "pilot station. Probably a browser version issue on our side, IT is checking.",
    "The port authority changed our VAT number after the merger of the two harbour boards. New "
    "number below, please update it on the next invoice.",
    "Can we shift Thursday's review from 10:00 to 11:30? The marine superintendent has a safety "
    "drill at 10 that he cannot skip.",
    "We have rotated the pilots' shifts, so the Monday report should now go to the night-desk "
    "mailbox, not to mine.",
    "How do I reset the password for a pilot who is on leave? He is back on the 12th and would "
    "like to log in from home before his first job.",
    "Confirming that the weather feed outage on the 19th was on the met office side. Your system "
    "logged it correctly.",
    "Hearing-aid fitting rooms 2 and 3 are being repainted next week, so the two workstations "
    "there will be switched off from Monday to Wednesday.",
    "The audiologists want the appointment export split by clinic. Is there a filter for that in "
    "the report screen or do we do it in Excel afterwards?",
    "Attached: the list of 41 patients whose reminder SMS bounced in October. Most look like old "
    "landline numbers in our own records.",
    "Our clinic in Rabat is closed on 18 November for a national holiday, so no bookings will "
    "sync that day.",
    "On {topic}, the regional manager asked me to confirm the count: 6 clinics, 22 audiologists, "
    "9 front-desk staff. That matches what is on the contract.",
    "Could you resend the data processing agreement? The copy we have is unsigned on page 4 and "
    "our compliance officer flagged it.",
    "We moved the server room to the ground floor. The static IP stays the same, but the firewall "
    "rule was re-created, so please test the connection from your end when you can.",
    "Is the patient data stored in the EU? Our DPO asks for it in writing for the annual register.",
    "Where is the setting for the reminder time? The default sends at 08:00 and the clinic in "
    "Marrakech opens at 09:30.",
    "The hearing-test booth calibration is due on the 2nd, which means the audiometry import will "
    "be paused that morning. Just so you are not surprised by the gap.",
    "Please address the next invoice to the head office in Casablanca, not to the clinic. "
    "Accounts payable will reject it otherwise.",
    "Pipe shop update: the organ for the chapel in Tartu is in voicing stage, so the workshop "
    "tablets are mostly idle this month. Usage figures will look low.",
    "The attached spreadsheet lists every rank and stop we catalogued for {topic}. Column F is "
    "the pipe scale, column G the wind pressure.",
    "Our voicer works with gloves on in the loft and cannot tap the small buttons on the phone "
    "app. Where in the phone settings does one make the font bigger?",
    "Kindly note our new postal address from 1 December: the workshop moved 3 km east, same "
    "street name, number 14 now.",
    "Can you tell me how to export the maintenance history of one instrument only? The parish "
    "council asks for the record of the last ten years.",
    "We invoice the churches in euros and the Finnish clients in euros too, but the Latvian "
    "cathedral job is billed in the diocese's account in Riga. Is the currency field per client "
    "or per project?",
    "Tuning visits for {topic} are logged twice in the calendar since the import. I think our "
    "office manager imported the same file two times, not a fault of the software.",
    "The organ builder guild asked for our annual statistics. I need the number of service visits "
    "per county, is there a report for that or do I count by hand?",
    "Reed pipes for the Pärnu instrument ship on the 28th. Tracking number will follow once the "
    "carrier collects.",
    "The bellows motor replacement at St. Olaf took two days longer than planned because of a "
    "missing part. Job card is updated.",
    "Snowmaking update: the compressors at lift 4 were tested at minus 3 last night. Logged in "
    "the system with the water flow figures.",
    "Our crews work from the snow guns on the mountain with no signal above 1,800 m. Two entries "
    "went missing yesterday, I suspect they closed the app before it synced. Which icon shows "
    "that the sync is finished?",
    "Please find the hours sheet for November attached. Overtime is marked in orange, night "
    "shifts in blue.",
    "On {topic}: the resort's chief engineer wants the fan gun hours separated from the lance "
    "hours. Which field do I use for that in the equipment list?",
    "Water rights report for the reservoir is due to the canton on the 15th. We will pull the "
    "pumping volumes from your dashboard on the 12th.",
    "Two new hydrant numbers were added on the blue run. I entered them as H-31 and H-32, please "
    "let me know if the naming must follow another format.",
    "We had a power cut at the pump house from 23:10 to 01:40, so the snowmaking log has no data "
    "for that period.",
    "Is the price on the invoice with or without the Swiss VAT? Our accountant sees two different "
    "totals on page 1 and page 2.",
    "The hydroponic greenhouse 3 is on a new nutrient recipe from this week. EC and pH alerts "
    "will look different, the new thresholds are in the attached sheet.",
    "How can I change the sensor name from 'Bay 7' to 'Lettuce B7'? The harvest team keeps mixing "
    "it up with the basil bay.",
    "Harvest volumes for {topic} are attached. Butterhead was down 8 % because of the pump "
    "repair, everything else normal.",
    "Our farm manager asks if the dashboard can be opened on the big screen in the packing hall. "
    "Which browser do you recommend for that?",
    "The climate controller was replaced on Friday by the supplier. Sensor IDs are the same, only "
    "the firmware version changed.",
    "Please add Ana Vainikolo to the distribution list for the weekly yield report. Her address "
    "is in the signature below.",
    "We are starting a new bay for strawberries in January. I will send the layout when the racks "
    "are installed.",
    "Did you receive the purchase order? Our system shows it sent on Monday but I have no "
    "delivery confirmation.",
    "The PO number is 4500-88123. It must appear on the invoice or the hospital's procurement "
    "will return it.",
    "Regarding {topic}, the minutes from the meeting are attached. Action 3 is on our side, "
    "action 5 on yours.",
    "We closed the ticket about the duplicate bookings. The cause was a double import from our "
    "old system.",
    "Fyi the Nuku'alofa office will be on the new internet line from Monday, there might be a "
    "short interruption in the morning.",
    "Our finance team in Tonga pays international invoices on the 25th of each month, so if the "
    "invoice arrives after the 20th it will be paid the following month.",
    "Can you confirm the bank details by phone before we pay? We had a fraud attempt last year "
    "with a changed IBAN so this is now our rule.",
    "The report was ok but the date column shows American format. Where do we switch it to "
    "day/month/year?",
    "Please see below the list of users to deactivate, they are seasonal staff whose contract "
    "ended in October.",
    "Seasonal staff for the winter start on 1 December. I will send the list of the 12 new users "
    "by Friday.",
    "We renamed the site from 'Northern Slope' to 'Kõrvemaa'. Could you update it in the billing "
    "address as well, or is that done automatically?",
    "The training video link in your last email opens a page that says 'private'. Could you check "
    "the permission?",
    "Just to be clear on the numbers for {topic}: we count 118 active users, not 121. Three were "
    "duplicates created by the import.",
    "Our IT contractor needs the list of IP ranges your service uses, for the whitelist on the "
    "new firewall.",
    "The SSO login works for the office staff but not for the two pilots using the old domain. We "
    "will move them to the new domain next week.",
    "We had an internal audit this week and the auditor asked where the access logs are kept and "
    "for how long. Can you send me the retention period?",
    "The paper invoice came to the wrong building. It is fine, we scanned it, but for the future "
    "please use only email.",
    "Please note that Mr. Haddad is the contract owner now for all questions about billing; "
    "technical questions stay with me.",
    "Haddad is handling billing, I handle the system. Copying him here for the invoice question.",
    "Two of the hearing-care clinics still run Windows 8 on the reception PC. Will the new "
    "version of the web app still open there, or do we need to replace them first?",
    "The SMS sender name shows as a number in Lebanon. Is this a setting on your side or a "
    "restriction of the local operators?",
    "In Beirut the electricity schedule changed again, the clinic runs on the generator from "
    "14:00 to 18:00. If the sync misses a few hours, that is why.",
    "Yalla, the file is uploaded to the shared folder, name 'clinics_Q4_final_v2'. Use v2 not v1 "
    "please, v1 had an error in the totals.",
    "Please check attached, the total on the invoice is 3,240 but the contract says 3,420. Maybe "
    "the numbers were switched by mistake.",
    "For {topic} I need one more thing: the certificate of the ISO 27001, our hospital partner "
    "insists on having it in the file.",
    "Meeting room is booked for the 9th at 14:00 at our Jounieh office. Parking is in the "
    "basement, level -2.",
    "We are sending a new tax certificate for the year, the old one expired in September.",
    "We would like the invoices in French for the Moroccan entity and in English for the Lebanese "
    "one. Where do we set the language per entity?",
    "About the import error you mentioned: the column with the phone numbers had spaces. I "
    "cleaned the file and re-uploaded this morning.",
    "Our reception staff in Fes enter names in Arabic and Latin script. Is search working for "
    "both, or must we pick one?",
    "The printer in clinic 4 prints the appointment slips cut off on the right side. Which paper "
    "size is the template made for?",
    "One question about the export: does it include cancelled appointments or only attended ones?",
    "I attach the org chart after the reorganisation. The clinic managers now report to the "
    "regional director instead of head office.",
    "Status of {topic}: data migrated, users created, training done for 3 of 5 sites. The other "
    "two sites are scheduled for the week of the 14th.",
    "Our fiscal year ends 31 December, so the budget line for the licences is already booked. "
    "Invoice can be sent whenever it is ready.",
    "Accounts payable asks for the invoice to show the contract reference CT-2024-117 in the "
    "description line.",
    "The church council in Viljandi meets only once a month, so the signed service agreement will "
    "come back after their meeting on the 10th.",
    "Please mind that the organ at the Dome church is under heritage protection, our technicians "
    "need the heritage officer's permit number in the job record. Which field should it go in?",
    "Attached is the photo of the error message. It appears when the voicer saves a note longer "
    "than about 500 characters.",
    "The December schedule is in the shared folder. Two organ tunings in Tallinn moved from the "
    "4th to the 5th because the church has a funeral on the 4th.",
    "Our bookkeeper is asking: the invoice came as a PDF without the company registration code. "
    "In Estonia it is required on the invoice, please add 12345678.",
    "We checked the logs. The user 'kask.m' logged in from Helsinki because he is working at the "
    "Finnish job this month, nothing suspicious.",
    "So, about {topic}. We discussed internally and the answer is: the data owner is the "
    "workshop, the parish only sees the reports. Please set the permissions like this.",
    "The e-invoice operator in Estonia needs your invoices through Omniva or another e-invoice "
    "channel from next year. Which operator do you send through?",
    "Sauna heaters for the spa project arrived, 16 pieces, one box was damaged in transport. "
    "Photos attached, the claim is with the carrier.",
    "Please find below the answers to your questionnaire. 1. Yes, 24 users. 2. Windows and "
    "Android. 3. Single sign-on with Google. 4. No special data.",
    "For the record: the meeting on Tuesday will be in English, our project manager from Narva "
    "prefers English over Estonian.",
    "Rain in the Matsalu area flooded the access road so the site visit team went on Wednesday "
    "instead. The report is uploaded under the same job number.",
    "Our peat extraction season ended in September, so the field tablets are in the storage until "
    "April. Do not worry if those 8 devices show offline.",
    "The regulator needs the extraction volumes per field per month. Which export gives the "
    "monthly totals, the summary or the detailed one?",
    "Accounting closes the books on the 5th working day of the month. If the credit note can "
    "arrive before that, it will go in November.",
    "Small correction to the minutes: the pilot boarding fee is charged per movement, not per "
    "hour. Please change point 4.",
    "Tide gauge 2 at the outer harbour was giving wrong readings for three days, the fault was a "
    "cable. Data from 11 to 13 November should be ignored in the charts.",
    "I forwarded your question about {topic} to our IT manager, he is the one who set up the "
    "accounts.",
    "Regarding the API key: it was shared by email in clear text by our previous contractor. Can "
    "you revoke it and issue a new one to me?",
    "How do I print the pilot card for a single vessel? The print button gives me the full day.",
    "Our dispatch desk now runs 24/7 with three shifts. The shift leads are Tevita, Sione and "
    "Mele, each needs an admin account.",
    "The invoice for October was paid today by bank transfer from Westpac Tonga, reference "
    "INV-3381.",
    "The vanilla growers' association asks for the export of the member deliveries in one file "
    "per village. Which option in the export menu does that?",
    "We had a cyclone warning last week so the packing shed was closed Tuesday to Thursday. No "
    "deliveries were entered in that period.",
    "Whale-watching permits for the season are issued by the Ministry, the permit numbers need to "
    "go on every booking. Where do I put them so they print on the voucher?",
    "The boats are back in the water from July, the booking staff will need access again from "
    "June. Please keep the accounts, do not delete them.",
    "We changed the bank from ANZ to BSP. The new account details are on the attached letter with "
    "the company stamp.",
    "Our internet in 'Eua is by satellite and slow in the afternoon, so the uploads from that "
    "office are done early in the morning.",
    "The dredging log for {topic} is attached. Volumes are in cubic metres, the survey dates are "
    "in the second tab.",
    "Our dredger 'Haapsalu' is in the yard for the winter overhaul until March. The onboard "
    "terminal will be disconnected.",
    "Can you explain the difference between the two lines 'platform fee' and 'service fee' on the "
    "invoice? Our controller sees them as the same thing.",
    "We signed the change request. Scan attached, original goes by post to your Tartu office.",
    "Question from our safety officer: the incident form has 'injury type' as a mandatory field, "
    "but for near misses there is no injury. What do people pick in that case?",
    "The list of bell inspections for {topic} is attached. Eight towers, two of them need a "
    "crane, marked in red.",
    "Our foundry stops production for the annual kiln maintenance from the 20th to the 27th. "
    "Order entry continues, only dispatch stops.",
    "Bronze price index changed on 1 November. The new surcharge table is attached, effective for "
    "orders placed from today.",
    "A parish in Lyon asked for the certificate of the bell's tuning. Which report template has "
    "the partials listed, the 'inspection' one or the 'delivery' one?",
    "The cathedral's insurance company needs a copy of the last inspection report signed by the "
    "engineer. Can it be exported with the signature included?",
    "Moving Friday's call to 15:00 our time, the chief pilot is on a night shift and sleeps until "
    "14.",
    "Could we do the training on Wednesday at 9 instead of 8? The first ferry from the island "
    "arrives at 8:20 and two of the staff come on it.",
    "The call on the 3rd clashes with the port state control inspection. Is 16:00 the same day "
    "possible, or the 4th at the same time?",
    "Half an hour later please for tomorrow's call, the harbour master has just scheduled a "
    "berthing conference at 10.",
    "I need to push tomorrow's review by one hour, our clinic director is doing a home visit for "
    "a patient who cannot travel. 14:00 instead of 13:00?",
    "Can we move the check-in from Monday to Tuesday same time? Monday is Independence Day here "
    "and the office is closed.",
    "18 November is a public holiday in Morocco, the weekly call that day will not happen. Next "
    "one is the 25th as usual.",
    "Our weekly call on 22 November falls on Independence Day in Lebanon. Let's do Friday the "
    "21st at the same hour.",
    "The greenhouse manager left the site at 17:00 so the alarm test was done by the night guard. "
    "The result is in the log under his name.",
    "The truck left Agadir at 06:30 with the pallets for the Tangier distribution centre. ETA "
    "tomorrow afternoon.",
    "There are two users with the same name 'Mohamed Alaoui' in the clinic system. One is in "
    "Oujda, the other in Meknes. Please use the employee ID to tell them apart.",
    "We receive the weekly PDF in Arabic characters broken, like small squares. It seems to be "
    "the font. The English version is fine.",
    "For the Ramadan period the clinics open 09:00 to 15:00. That is in March, I mention it now "
    "because the reminder times must be adjusted in the settings.",
    "Our Tangier clinic is being audited by the Ministry of Health next week. The auditor may ask "
    "for a printout of the patient access log, I want to be ready.",
    "Which version of the form is valid, the one on your website or the one in the PDF you sent? "
    "They have different field names.",
    "About {topic}, I enclose the comparison of hours budgeted vs. hours used. We are at 62 % of "
    "the budget at month 7.",
    "The ticket number is 48213. It was opened by our receptionist in Zahlé, I am taking it over.",
    "Just confirming receipt of the credit note. It will be applied against the December invoice.",
    "The new hearing-aid models arrived from the manufacturer. I added them to the product list "
    "with the codes, but the prices are still to be confirmed by the distributor.",
    "Two audiologists share one login in the Tyre clinic. I know this is not allowed, I asked the "
    "manager to request a second licence through the normal order.",
    "The bank transfer was sent in USD from our account in Beirut. If the amount arrives short "
    "because of correspondent bank fees, tell me the difference.",
    "Our IT in Lebanon asks if the service works through a VPN, because some of the staff connect "
    "from outside the clinic network. How should they set it up?",
    "Please correct the company name on the invoice: it is 'Audition Plus SAL', with SAL at the "
    "end, not 'SARL'.",
    "Regarding the question from your support about the appointment double-booking: it happened "
    "because two receptionists booked at the same minute. We have told the team.",
    "Can the monthly report be sent to two emails instead of one? Where do I add the second "
    "address?",
    "The patients' consent form for data processing is now in three languages, Arabic, French, "
    "English. I upload them in the documents section, which folder do you suggest?",
    "The report of the snow depth survey is uploaded. Piste 7 is not ready for the opening day, "
    "the others are.",
    "Our night crew starts snowmaking only when wet-bulb is under minus 2.5. The readings are "
    "logged every 15 minutes from the weather station on the summit.",
    "Can you confirm which time zone the timestamps are in? Our logs are in CET, your export "
    "looks one hour off.",
    "The diesel generator at the reservoir pump station was serviced on Monday. The runtime "
    "counter reset to zero, so the chart shows a drop, nothing else.",
    "Please add the new contractor 'Lumetööd OÜ' as a supplier. Their registration code and VAT "
    "number are in the attached PDF.",
    "We will need a copy of your liability insurance certificate for the resort's contractor "
    "file. The old one in our file expired in August.",
    "Water intake from the river is limited to 60 l/s after 1 December per the new permit. The "
    "alarm threshold in the system should be changed from 80 to 60, how do I edit it?",
    "The lift company wants to see our snowmaking hours per slope for their cost split. For an "
    "external company, what do your other clients usually do, a read-only user or monthly exports?",
    "Attached the timesheet corrections for week 46. Four entries were entered on the wrong "
    "project code.",
    "Our groundwater well log for {topic} has a gap on the 8th, the sensor battery ran out. "
    "Replaced on the 9th.",
    "Basil bay 2 was fumigated on Saturday so nobody entered the readings that day. Data for "
    "Sunday is complete again.",
    "The lettuce buyer wants the traceability code on each crate label. Which field in the "
    "harvest form carries over to the label?",
    "LED panels in rooms 1 to 4 are on the new timer from this week: 18 hours on, 6 off. The "
    "energy report will show a higher consumption, expected.",
    "We are registering as an organic grower, the certifier needs the list of inputs used in the "
    "last 12 months. Does the input log export include the supplier names?",
    "Harvest days are Monday, Wednesday and Friday from now on, not Tuesday and Thursday. Please "
    "change the delivery report schedule accordingly.",
    "The cooling unit in the packing room failed at 3am. The temperature log shows the spike, the "
    "buyer may ask you for a copy of the record, please send it only to me.",
    "Hydroponic tower 14 was dismantled, the sensor is moved to tower 22. How do I move the "
    "history with the sensor or does it stay with the old tower?",
    "Please use the following for the delivery of the documents: Ülikooli 8, 51003 Tartu, "
    "attention Kadri Tamm.",
    "Kadri is our new accountant from December, please include her in the invoice emails. The old "
    "accountant's address will be kept for one more month.",
    "We found the mistake in the import: the Excel file had the dates in text format. Fixed on "
    "our side, import runs fine now.",
    "What is the maximum size of an attachment on a job record? The voicer uploads photos of 12 "
    "MB and they fail.",
    "Reading the release note you sent, I am not sure if the change to the calendar affects us. "
    "We use only the week view.",
    "Our firewall was blocking the notification emails, they went to quarantine. IT released them "
    "and whitelisted the domain.",
    "The two users from the Haapsalu office will work from the Tallinn office from next Monday. "
    "Their site must change in the system, nothing else.",
    "Please send us the W-8BEN-E or the equivalent form for the foreign supplier file, our "
    "accountant needs it before the next payment.",
    "For the tender documents, we need a reference letter from a client with a similar setup. "
    "Which client could we mention?",
    "Our lawyer has two comments on the DPA, sections 7.2 and 9.1, redlined in the attached "
    "document.",
    "Status report for {topic}: 4 items closed, 2 open, 1 waiting on the port authority's data.",
    "sent from phone. pilot roster for sat is wrong, Sione is on leave, swap with Tevita pls",
    "invoice recvd, fwd to AP",
    "pls call the dispatch desk not my mobile, im on the pilot boat all morning",
    "re {topic} - see attachd, numbers updated",
    "the link expired, can u send again",
    "which login does the night guard use, his own or the shared one?",
    "confirmed for 14:00. room 3, second floor, ask at reception for the clinic manager",
    "uploaded the file. 3 tabs, last one is the summary",
    "ok for the 9th. send the invite to the whole team please, not only me",
    "PO attached, no 7781. Delivery address same as last time",
    "Ma fi moshkle with the file, it opened on my side. Maybe the clinic PC is missing the update.",
    "We did the count again for {topic} and it is 37 not 39, two were test accounts from the "
    "setup.",
    "I am writing on behalf of the finance department regarding the invoice dated 1 November. The "
    "amount is correct but the due date should be 30 days, as per contract, not 15.",
    "Following our call, here is the summary as I understood it: a) all 6 clinics stay on the "
    "same configuration, b) the data export goes to the regional office monthly, c) training for "
    "the new receptionists in the first week of January.",
    "Points from today: 1) backup time changed to 02:00, 2) new admin is Rania, 3) test restore "
    "on the 15th, 4) next review in February as planned.",
    "Just one thing on {topic}, the figures in the slide deck and in the spreadsheet don't match "
    "for the Saida clinic, 412 vs 421, I think it is a typo in the deck.",
    "The Ministry changed the format of the monthly statistics form again this year so our admin "
    "team is redoing the template and they asked me to check whether the export from your system "
    "has the patient age groups in the same bands as the ministry form which are 0-17, 18-64 and "
    "65 plus, or if we need to regroup them manually in Excel like last year.",
    "Our reception in Byblos asked me why the calendar shows Sunday as the first day of the week. "
    "Where is that changed?",
    "There is a notice on the login page about maintenance on Saturday night. Which hours "
    "exactly, in Beirut time?",
    "The harbour pilots' association holds its AGM on the 12th, the chief pilot will present the "
    "annual figures from the report you helped us set up. Nothing needed from your side.",
    "Our vessel traffic service switched to the new AIS receiver, the positions come 30 seconds "
    "faster now. If the pilot ETA screen looks different, that is the reason.",
    "A pilot boarding at the fairway buoy reported the tablet shut down in the cold. Hardware "
    "problem on our side, we ordered rugged cases.",
    "To answer your question: the pilotage area is 42 nautical miles, four boarding points, 2 "
    "pilot boats. The compulsory pilotage limit is 70 m length.",
    "Monthly movements for {topic}: 311 inbound, 298 outbound, 27 shifts inside the harbour.",
    "Where do I see which pilot accepted a job at what time? The harbour master asks for the "
    "times in the incident of the 14th.",
    "Our tariff changes on 1 January per the government gazette. I will send the new tariff table "
    "when it is published, the system needs the new rates loaded.",
    "We need an extra copy of the invoice with the stamp 'paid' for the grant report. Is that "
    "something your accounts team can do?",
    "In the CSV the decimal separator is a dot, our Excel is set to comma. I will handle it on "
    "our side.",
    "The organ at St. John's was dismantled for cleaning and the console is in our workshop, so "
    "the remote humidity sensor shows the workshop climate this month.",
    "Humidity in the church dropped to 31 % after the heating was turned on. The readings are in "
    "the log, the parish has been told to run the humidifiers.",
    "Pipe count for {topic}: 2,146 pipes, 32 stops, 3 manuals and pedal. Attached the stop list "
    "in the form the diocese wants.",
    "Our apprentices record their hours on the old paper sheet until they get accounts in "
    "January. I will type them in at the end of each week.",
    "We use the word 'instrument' for the organ and 'site' for the church. In the system it's "
    "'asset' and 'location'. Just so we understand each other in the emails.",
    "The cathedral's organist sends his requests by fax, still. I scan them and attach to the "
    "job. Is PDF fine as the format for attachments?",
    "Mitu asja: 1. invoice 2211 is paid. 2. invoice 2230 waits for the director's signature. 3. "
    "the credit note still missing.",
    "Sorry for the confusion with the two files, the correct one is 'tuning_2026_final.xlsx', "
    "delete the other.",
    "Our office in Tartu is closed on 24-26 December, the workshop works on the 27th. Emails will "
    "be read from the 29th.",
    "The question from our auditor is simple: who at your company can see our data? Please send "
    "the list of roles, not names.",
    "Snow guns 1-14 on the lower slopes are the old generation, without the automatic sensor. The "
    "crew logs them manually every two hours.",
    "We counted the hours per shift and the numbers match your report except the night of the "
    "20th, where the report shows 4 hours less. Can you check the import for that night?",
    "The resort changed the name of the pistes for the new season. List old name -> new name "
    "attached, please apply in the system.",
    "On {topic} the resort's finance director wants the cost per cubic metre of snow. The figures "
    "in the report are per hour of operation. Which export has the volumes?",
    "Tower fans at the top station will be removed for the summer in April, just for your "
    "information because the sensors will go silent.",
    "Two of our crew phones were stolen from the van. Please revoke the sessions for users "
    "'nightcrew3' and 'nightcrew5'.",
    "Thursday's call: can we start 20 minutes later? The ski patrol briefing runs until 9:20.",
    "I will be on the mountain with no signal most of Monday, please send the draft to our office "
    "manager as well so he can print it.",
    "Reading of the week for the hydroponic farm: 4.1 t lettuce, 680 kg basil, 220 kg "
    "microgreens. File attached with the daily split.",
    "The nutrient dosing pump went offline twice this week, the log shows the times. Supplier is "
    "replacing the controller on Friday.",
    "Our food safety auditor asked for the temperature records of the cold room for the last 90 "
    "days. I exported them, but the file shows only 30 days. Where do I choose the period?",
    "We have a new buyer, a supermarket chain, they send orders by EDI. Our IT will contact you "
    "about the format they use.",
    "The strawberry trial in bay 9 is done. Please archive the bay in the system, but keep the "
    "data.",
    "Water tests for {topic} came back normal. Lab report is in the documents folder, dated the "
    "17th.",
    "please read the attachment before the call, page 3 has the question about the user roles",
    "Our CEO asked me for a one-page summary of what the system does for the clinics, for the "
    "board pack. Do you have a short product sheet in French?",
    "The email with the monthly report landed in spam for the Casablanca clinics. We added the "
    "sender to the safe list.",
    "There is a spelling error in the reminder SMS template, 'rendez-vouz' instead of "
    "'rendez-vous'. I corrected it in the template editor, I hope that was the right place.",
    "Our new branch in Kenitra opens on 5 January. The manager is Youssef Benali, he will need an "
    "account a week before.",
    "Our regional director sits in Casablanca but approves invoices for all the clinics. Please "
    "send invoices to him in copy from now.",
    "Kindly find enclosed the certificate of tax residence for 2026 so that no withholding is "
    "applied on your side.",
    "The bank needs a pro-forma invoice for the foreign currency transfer. Amount in EUR, with "
    "your bank SWIFT and the reason 'software services'.",
    "About the demo account: who created it? I see a user 'test123' with admin rights in our list "
    "and nobody here knows it.",
    "We noticed the session times out after 15 minutes. Where is that timeout configured, in our "
    "admin settings or on your side?",
    "Our audiologists use the tablet in the booth with the headphones on, so they don't hear the "
    "notification sound. They check the screen instead, it is fine.",
    "The patient count in the dashboard includes patients who passed away. How do we mark them so "
    "they stop appearing in the recall list?",
    "Please note that I changed my email from the old clinic domain to the group domain. Both "
    "work until the end of the year.",
    "For the grant application we have to describe the IT systems we use. May we name your "
    "company and product in the document?",
    "The harbour board approved the budget for next year. The licences are in it, as before.",
    "We had a visit from the maritime authority yesterday, they looked at the pilot records and "
    "had no remarks.",
    "Your technician called our dispatch desk at 3am about a server update. Please use the IT "
    "on-call number for that, not dispatch.",
    "The on-call number for IT is in the signature. Dispatch should be called only for "
    "operational matters.",
    "Timesheets for the workshop are approved. 3 people, 22 days each, no overtime this month.",
    "Please use only the PO number in the reference line. Our system reads it automatically and "
    "the invoice goes straight to approval.",
    "The tender committee asks if your company is registered in the EU. Please send the business "
    "register extract.",
    "I tried the new report but I think I selected the wrong date range, the totals look doubled. "
    "Will try again tomorrow with IT.",
    "We are changing our email provider on the weekend of the 13th. Mail may bounce for a few "
    "hours on Saturday night.",
    "Please see the reply from our IT below about the certificate error. They say the "
    "intermediate certificate is missing on the server, but I do not understand the details.",
    "Quick note on {topic}: legal looked at it and has no comments, so we can use the version "
    "from the 4th.",
    "Our new address for invoices: factures@ plus the group domain. The old one stops working on "
    "31 December.",
    "I did not find the user guide in the help center for the mobile app, only for the web. Where "
    "is it?",
    "On the import screen there is an option 'merge duplicates'. What does it do with the older "
    "record, does it delete it?",
    "The heritage board inspector will come on the 16th to see the restored organ at Rõuge "
    "church. Our records from the system will be printed for her.",
    "The humidity logger in the Kaarma church has not reported since Sunday. The church was "
    "locked, the verger will check the power plug tomorrow.",
    "Lists of bells per tower sent earlier were missing the tower in Otepää. Updated list "
    "attached.",
    "Can you please confirm that the backups include the photos attached to job records, or only "
    "the text fields?",
    "The support ticket from last week can be closed, the problem was the browser cache. Clearing "
    "it solved it.",
    "We are preparing the annual report for the board and I would like the chart of job volume "
    "per month for the whole year. How do I change the chart from 12 weeks to 12 months?",
    "The clinics want to print the hearing test results with the clinic logo instead of the group "
    "logo. Where are the print templates edited?",
    "The pilot boat crew changed their shift start to 05:30. Please make sure the morning summary "
    "goes out before that, currently it arrives at 06:00.",
    "Our accountant asks whether you invoice from the Irish entity or the Estonian one, because "
    "the reverse-charge note on the invoice mentions Ireland.",
    "Two clinics in the south are merging into one from January, Nabatieh and Marjayoun. The "
    "patient lists must be combined. Who on your side handles this kind of data job?",
    "Dispatch reports that the map layer with the anchorage areas disappeared after Tuesday. Is "
    "this on our side, a cache, or a change in the release?",
    "fyi our organ builder in Lübeck is a subcontractor, he gets a guest login for the Lübeck job "
    "only, until the end of February.",
    "Attached the signed acceptance protocol for phase 1. Phase 2 starts according to the plan.",
    "For {topic} we need to keep the documents for 10 years by law. What happens to attachments "
    "when a job is archived?",
    "The system sent the weekly report twice on Monday, 07:00 and 07:05. Not a big problem, just "
    "so you know.",
    "Ok, understood. We will use the template from the help page for the import then.",
    "Both dates work for us, the 10th or the 11th. The 10th is slightly better because the chief "
    "engineer is on site.",
    "In the hearing-aid stock list some serial numbers start with a zero and Excel removes it. "
    "How do I import them as text?",
    "Our monthly board meeting was moved to the first Thursday, so the report is needed by "
    "Wednesday evening instead of Friday.",
    "The greenhouse moved to summer time for the lights ahead of the clocks, so the timestamps in "
    "the lighting log are one hour off for two days. Ignore it.",
    "We use the term 'run' for one night of snowmaking. In the report you call it 'session'. Same "
    "thing, I think.",
    "Question about the invoice: the exchange rate used for the TOP amount, which date is it from?",
    "Please note we are a registered charity for the church restoration part of the business. The "
    "invoices for that part need the charity number, attached.",
    "Could the training for the new pilots be on a weekday afternoon? Mornings are the busy tide "
    "windows.",
    "Stock-take at the clinic warehouse is on the 30th, the inventory module will be used by 4 "
    "people at the same time that day.",
    "Bookings for the whale season open on 1 March. Nothing to do before then, the staff only "
    "answer emails in the off season.",
    "For {topic}, the field names are decided on our side: 'Clinic' becomes 'Site' and 'Room' "
    "becomes 'Booth'. Memo attached.",
])

SENT_BODY = Pool("our own neutral text (no marker)", [
    "The release on {day} changes the export screen: the date filter moves to the top of the "
    "page. Nothing else on your side changes.",
    "I will be in {city} on {day} for another client and can stop by the clinic at 15:00 if that "
    "suits the team.",
    "Attached is the corrected invoice. The only change is the company name, which now reads with "
    "SAL at the end.",
    "Your ticket about the duplicate bookings is closed. The cause was a double import on the "
    "3rd; the extra records were removed.",
    "The minutes from {day}'s call are below. Two actions on our side, one on yours, all with "
    "dates.",
    "On {topic}: our engineer checked the logs and the sync did run at 02:00 each night. The "
    "missing rows are from the source file.",
    "I am on leave from the 20th. My colleague Liis Kask has the account for those two weeks and "
    "has the full history.",
    "We have scheduled the maintenance window for Saturday 23:00 to Sunday 01:00 CET. The service "
    "will be read-only during that time.",
    "The data processing agreement signed by our side is attached. Please return a copy "
    "countersigned on page 4.",
    "Here is the link to the training recording from {day}. It stays available for 90 days.",
    "The import template for the pipe inventory is attached. Columns A to H are required, the "
    "rest optional.",
    "Our support desk moves to a new phone number on 1 December. The old number forwards until "
    "the end of January.",
    "I checked with billing: the invoice was issued in euros because the contract is in euros. "
    "The TOP figure in the footer is only for information.",
    "The certificate renewal on our side is done. If the tablets at the pilot station show a "
    "warning, a restart of the browser clears it.",
    "Agenda for {day}: 1) open tickets, 2) the new report for the harbour master, 3) the tariff "
    "table for January.",
    "For {topic}, the export you asked for is in your shared folder, split by clinic as requested.",
    "Your admin can reset the pilot's password under Users > Security. I attached a screenshot "
    "with the button marked.",
    "We changed the sender name of the SMS for Lebanon to the clinic group name. The local "
    "operator needs up to five working days to approve it.",
    "Please find the updated price list for 2027 attached, as per the indexation clause in "
    "section 6 of the contract.",
    "I will send the meeting invite for {day} from my calendar; the dial-in is in the invite.",
    "Your question about the time zone: all timestamps in the export are UTC. There is a column "
    "with local time from the next release.",
    "I have asked our finance team to add the PO number to the October invoice and resend it to "
    "accounts payable directly.",
    "The firewall list for your IT contractor: three IP ranges, attached as a text file so it can "
    "be pasted.",
    "We are closed on 24-26 December and 1 January. Support has an on-call engineer on those days "
    "for critical incidents only.",
    "The bug with the long notes in job records is fixed in version 4.12, which reaches your "
    "account on {day}.",
    "Summary of where {topic} stands: data migrated, 118 users active, two sites still to be "
    "trained in the week of the 14th.",
    "Our product manager will join the call on {day} to walk through the calendar change; it "
    "takes about ten minutes.",
    "I am travelling to {city} next week, so the call on Tuesday will be from my mobile. Same "
    "link.",
    "For the audit: only three roles on our side can see customer data, support level 2, the "
    "database team and the account manager. The list of roles is attached.",
    "The new user guide for the mobile app is in the help centre under 'Field crews'. It is in "
    "English and Estonian for now.",
    "Credit note CN-0192 was issued today for the duplicated line on invoice 2230.",
    "Your hosting region is Frankfurt, and backups are kept in a second data centre in the same "
    "region. I put this in writing for your DPO.",
    "The revoked API key stops working at midnight tonight. The new key is in the admin console, "
    "not in this email.",
    "I have logged your request for the Arabic font in the weekly PDF as ticket 50117. The "
    "support team will write to you directly.",
    "Meeting room for {day}: we have booked the small room at the hotel in {city}, 10:00 to 12:00.",
    "The session timeout is set by your admin under Settings > Security, currently 15 minutes. It "
    "can be set up to 8 hours.",
    "We sent the pro-forma invoice for the bank transfer to your finance team this morning, in "
    "EUR with our SWIFT details.",
    "The tender reference letter: one of our clients in the port sector has agreed to be named. "
    "Contact details follow in a separate email.",
    "For {topic}, here is the plan for the week of the 14th: Monday Fes, Tuesday Meknes, "
    "Wednesday remote catch-up with the head office.",
    "Your account was moved to the new server cluster on {day}. Logins and data are unchanged.",
    "The duplicate report on Monday was caused by a retry in our scheduler. It has been fixed and "
    "will not repeat.",
    "Liis will run the training in {city} on {day}; she will bring the printed quick guides in "
    "Estonian.",
    "Below is the list of open items for {topic}, in the order our team will handle them.",
    "We have added the charity number to the template for the restoration invoices. The next "
    "invoice will carry it.",
    "I am back in the office on {day}. Until then the support desk has the details of your ticket.",
    "The offline mode for the snowmaking crews stores entries for up to 72 hours and sends them "
    "when the phone has signal again.",
    "Release notes for version 4.13 are attached. For your crews, only point 3 matters: the night "
    "mode in the mobile app.",
    "I spoke with our billing team about the exchange rate: it is the rate of the invoice date, "
    "taken from the central bank.",
    "The translation of the consent form into Arabic is done. Your admin can upload it in "
    "Documents > Templates.",
    "Our office in {city} has moved to a new address; invoices and contracts keep the registered "
    "address in Tallinn.",
    "The sensor move you asked about: the history stays with the tower, and the sensor starts a "
    "new history in tower 22. I can merge them on request.",
    "We have re-sent the weekly report to the new distribution list, including Ana Vainikolo.",
    "The training slots for the new receptionists are {day} at 09:00 and 14:00, 90 minutes each, "
    "online.",
    "Your ISO 27001 certificate copy is attached, valid until March 2028.",
    "Our engineer will be on site in {city} from {day} for the network check. He needs access to "
    "the server room for about two hours.",
    "Regarding {topic}, I forwarded your question to our legal team. They usually answer within "
    "five working days.",
    "The new tariff table can be loaded by your admin from the Rates screen; the format is in the "
    "attached sample file.",
    "The print templates with the clinic logo are under Settings > Documents. Each clinic can "
    "have its own logo.",
    "Please note our bank details have not changed. If you receive an email saying otherwise, "
    "call our finance desk on the number in the contract.",
    "I have updated the contact list on our side: Mr. Haddad for billing, Mrs. Khoury for the "
    "system.",
    "Our quarterly business review slot is on {day} at 11:00 your time. I will share the slides a "
    "day before.",
    "Attached is the usage report for November, broken down by site and by role.",
    "The API documentation for the EDI connection is at the link below. Your IT contact can also "
    "write to our integrations team directly.",
    "The invoice for the annual licence will be issued on 1 January according to the contract, "
    "with payment terms of 30 days.",
    "I have checked the patient count: people marked as deceased are still counted in the "
    "dashboard. The recall list filters them out since version 4.10.",
    "For {topic} our team needs the final list of users by {day}, so accounts are ready for the "
    "first shift.",
    "Our engineer confirmed the root cause of the gap on the 19th: the weather feed did not send "
    "data. Nothing was lost on our side.",
    "Please see the two dates below for the on-site session in {city}; either one works for our "
    "trainer.",
    "We have archived bay 9 as requested. The data remains searchable under Archived sites.",
    "I attach the onboarding plan for the new branch in Kenitra, with the account for Youssef "
    "Benali set up a week before opening.",
    "The maintenance on Saturday lasted 40 minutes instead of two hours. Everything is back to "
    "normal.",
    "Your request to rename the pistes is done. The old names remain in the history as aliases.",
    "The exports in CSV now use a semicolon and a comma decimal if your locale is set to "
    "Estonian. Your admin can change the locale per user.",
    "The user 'test123' was created by our onboarding team in March and should have been removed. "
    "It is deleted now.",
    "Next week I am in {city} Monday to Wednesday; any call is possible on Thursday or Friday.",
    "On {day} our support hours are 08:00-14:00 because of the national holiday here.",
    "The hearing-test print layout with three audiograms per page is in the template library "
    "under 'Compact'.",
    "The new e-invoice channel is set up: your invoices from December come through the Omniva "
    "network.",
    "Copying our finance lead, Marko, who can answer the question about the reverse-charge "
    "wording.",
    "The checklist for the heritage inspection: job records, photos, and the signed restoration "
    "report. All three can be printed from the asset page.",
    "Attached the signed change request, countersigned on our side. The original goes by post to "
    "your office.",
    "quick one: the invite for {day} had the wrong time zone, corrected invite sent a minute ago",
    "Resent the invoice as PDF/A, which is what your e-archive accepts.",
    "Short update on {topic}: the fix is in testing, release planned for {day}.",
    "The link in my last email pointed to the old help page. Correct one below.",
    "Our office will be closed on {day} for a staff day. Support runs as usual.",
    "Pls see attached the signed NDA.",
    "Done - the two phones are logged out and the sessions revoked.",
    "I've moved {day}'s call to 15:00 as you asked. Same link.",
    "Your admin's question about the merge option: the older record is kept as history, the newer "
    "one becomes the main record. Nothing is deleted.",
    "For the record, the outage this morning was 07:12 to 07:41 UTC, caused by a failed network "
    "switch at our provider. Full incident report by {day}.",
    "I'll bring a printed copy of the contract to {city}, in case the director wants to go "
    "through clause 6 on paper.",
    "The receipts for the October payment are attached as requested for your grant report, "
    "stamped 'paid'.",
    "Timeline we agreed for {topic}: test on {day}, go-live the following Monday, review two "
    "weeks after.",
    "I spoke to our developer: the calendar change affects only the month view, your team on the "
    "week view will see no difference.",
    "The address for the documents is noted. Our courier will deliver to Ülikooli 8 on {day}.",
    "The backups include the photos and attachments, not only the text fields. Retention is 35 "
    "days.",
    "Kadri is now on the invoice distribution list. The previous accountant stays on until 31 "
    "January, then I will remove her.",
    "We do send through Omniva, so the e-invoices will reach your accounting system directly from "
    "December.",
    "Your question on the VPN: the service works through any VPN that allows HTTPS. No special "
    "setup is needed.",
    "I have reserved two hours on {day} for the data merge of the Nabatieh and Marjayoun clinics; "
    "our data team will run it after 18:00 your time.",
    "The anchorage layer is back. It was hidden by a map style change in Tuesday's release and "
    "has been restored.",
    "A guest login for the Lübeck subcontractor is created with an end date of 28 February.",
    "Phase 2 kickoff is on {day} at 10:00, with the same team as phase 1.",
    "For attachments on archived jobs: they are kept with the job for the full retention period "
    "you set, 10 years in your case.",
    "The duplicate Monday report was a scheduler retry, fixed in last night's patch.",
    "The stock list import: format the serial number column as Text before saving the CSV, then "
    "the leading zeros stay. Short guide attached.",
    "The report deadline moves to Wednesday evening from next month, I've changed the schedule.",
    "Tevita and Sione have admin rights now. Mele's account is waiting for her to confirm her "
    "email.",
    "Attached the updated minutes with point 4 corrected to 'per movement'.",
    "About the tablets shutting down in the cold: the manufacturer lists 0 °C as the minimum "
    "operating temperature. The rugged cases should help.",
    "The pilot card for one vessel: open the job, then Print > This job only. Screenshot attached.",
    "Our support line in Tonga time: we answer from 07:00 to 19:00 your time on weekdays.",
    "I've noted the new bank details from BSP for your refund of the overpayment. Finance will "
    "transfer on {day}.",
    "Permit numbers go in the 'Reference' field of the booking; that field prints on the voucher.",
    "The accounts for the booking staff will be kept through the off season, nothing will be "
    "deleted.",
    "Here is the answer on 'platform fee' vs 'service fee': the first is the licence, the second "
    "the hosting and support. Both are in the contract, annex 2.",
    "For {topic}, the columns in the dredging export are now in cubic metres, as in your log.",
    "The terminal on the dredger is marked as 'in yard' until March, so it will not raise offline "
    "alerts.",
    "The near-miss question: most clients pick 'None' in the injury type field. It was added for "
    "this case in version 4.8.",
    "The bell inspection template with partials is the 'Inspection' one. The 'Delivery' template "
    "only has the weight and the note.",
    "Signed reports export with the engineer's signature included when you choose 'PDF with "
    "signatures'.",
    "The bronze surcharge table is loaded in your price list, effective from today as your email "
    "said.",
    "I've changed the call to 16:00 on the 3rd because of the port state control inspection.",
    "Training on Wednesday at 9 is fine for us, the invite is updated.",
    "The session for the Ramadan opening hours: I've set a reminder for February to adjust the "
    "SMS times with your admin.",
    "The broken Arabic characters in the PDF come from a missing font in the template. Fix goes "
    "out on {day}.",
    "Our support confirmed the VAT number change. The next invoice carries the new number.",
    "I'm in {city} on {day}; if the Tangier clinic is on my route I can drop the printed guides "
    "there at noon.",
    "Corrected the company name on the invoice to 'Audition Plus SAL'. New copy attached.",
    "The difference from the correspondent bank fee was 18 USD. We've written it off, no action "
    "needed.",
    "Where to add the second email for the monthly report: Reports > Schedule > Recipients. Up to "
    "five addresses.",
    "Consent forms: upload them to Documents > Consent. The clinics see them from the patient "
    "page.",
    "Timestamps in the snowmaking export are in UTC, which explains the one-hour difference with "
    "your CET logs.",
    "The new contractor Lumetööd OÜ is added as a supplier with the registration code you sent.",
    "Our liability insurance certificate for 2027 is attached for the resort's contractor file.",
    "Changing the alarm threshold: Sites > Reservoir > Alarms > Water intake. Set it to 60 and "
    "save.",
    "The night of the 20th: our import skipped one file because it arrived after 06:00. "
    "Reimported, the four hours are in the report now.",
    "The rename list for the pistes is applied. The report from {day} will show the new names.",
    "Both phones are blocked: users 'nightcrew3' and 'nightcrew5' are logged out everywhere.",
    "Moved Thursday's call to 09:20 to fit after the ski patrol briefing.",
    "Your food safety auditor's request: choose the period under Export > Date range; the default "
    "is 30 days.",
    "The EDI formats we support are EDIFACT and a simple CSV. Our integrations team will write to "
    "your IT on {day}.",
    "The water test reports can be attached to the site's compliance folder; that keeps them in "
    "the audit export too.",
    "I've put the page 3 question on roles on the agenda for {day}.",
    "The one-page product sheet in French is attached, for the board pack.",
    "Our sender domain is now authenticated with DKIM, which should keep the monthly reports out "
    "of spam.",
    "The SMS template was corrected in the right place; the change applies to reminders sent from "
    "tomorrow.",
    "Account for Youssef Benali is ready, login details go to him directly on {day}.",
    "We can name you as a client in the grant document; our marketing team only asks to see the "
    "paragraph before it goes out.",
    "The pilot records view for the maritime authority is read-only and can be printed per month.",
    "I've passed on your note about the on-call number to our operations team. They will use the "
    "IT number from now on.",
    "The business register extract is attached, issued this week.",
    "A new date for the onsite review: {day} in {city}, 10:00 to 13:00, with your IT manager and "
    "the clinic managers.",
    "For {topic}, I've reserved a slot with our solution engineer on {day} to go through the "
    "import errors line by line.",
    "The mail migration on the 13th: our system retries undelivered mail for 48 hours, so nothing "
    "will be lost.",
    "The intermediate certificate is now installed on our side. Your IT can check again from "
    "their network.",
])

FEATURE_ASK = Pool("feature / integration / roadmap ask (marker feature_ask)", [
    "Our route planners keep asking whether {feature} is on the roadmap, because the bus depots "
    "still rebuild the morning runs by hand.",
    "Is {feature} something you support today, or would we be the first district contractor "
    "asking?",
    "Quick one from dispatch: when does {feature} land? The drivers' union rep asked me twice "
    "this week.",
    "We would need {feature} before the spring bid for the county routes. Is that realistic on "
    "your side?",
    "any eta on {feature}? depot 3 is doing it on a whiteboard rn",
    "Can your system do {feature}, or is that a custom job?",
    "Please inform whether {feature} is planned in the next version. Our Almaty office requires "
    "it for the reporting.",
    "Respectfully, we ask about {feature}. In our company this is obligatory for the audit, so we "
    "need to know the plan and the term.",
    "Is there a date for {feature}? Our transplant coordinators check the courier status twenty "
    "times a night and this would save them.",
    "The OR schedulers want {feature}. Honestly it is the single thing they bring up every huddle.",
    "What would it take to get {feature} turned on for the organ courier desk? Happy to be a "
    "pilot site.",
    "Hospitals we serve are starting to demand {feature} in the contract. Where does that sit on "
    "your list?",
    "Does the mobile app handle {feature}, or only the desktop verison?",
    "Our cold-chain lead asked me to find out if {feature} is comming this year or next.",
    "Y'all ever gonna do {feature}? The boys at the barn keep asking me and I don't have an "
    "answer for 'em.",
    "I reckon {feature} would save our trainers an hour a day. Is it in the works or should I "
    "quit hoping?",
    "Might could you tell me whether {feature} is on the list? Our stable manager has been after "
    "me about it.",
    "The grooms want {feature} on the tablets in the shed row. Can it do that?",
    "We race at four tracks and each wants a different export. Is {feature} planned, or are we on "
    "our own there?",
    "Our vet team would pay extra for {feature}. Is it on the roadmap at all?",
    "Is {feature} planned for the cable-car maintenance module? Our ropeway inspector has a "
    "spreadsheet he would love to retire.",
    "At the lower station we still log tension readings on paper. {feature} would fix that. Any "
    "plans?",
    "Before the winter season opens, we need to know: can the platform do {feature} or not?",
    "Our operations director asked if you can build {feature} for the gondola fleet, and what it "
    "would cost us to sponsor it.",
    "Does your API expose {feature}? Our lift-control vendor says they can integrate if it does.",
    "The library branches want {feature} for the patron Wi-Fi logs. Is that something on your "
    "horizon?",
    "Circulation staff asked again about {feature}. Where are we on that one?",
    "Is {feature} available for the public-library tier, or only for the enterprise customers?",
    "Our ILS vendor is pushing their own dashboard. If you had {feature} I could keep them out. "
    "Do you?",
    "Systems librarian here: is {feature} on the roadmap for this fiscal year? Our board meets on "
    "it in the spring.",
    "Three of our branch managers independently asked me about {feature}, which tells me it "
    "matters. Is it coming?",
    "Is there any workaround for {feature} until you ship it properly? Right now we export to CSV "
    "and paste, which is miserable.",
    "What's the story with {feature}? Planned, maybe, or never?",
    "I have to ask about {feature} again, sorry. Our fireworks crews need it for the permit "
    "paperwork at every show site.",
    "Can the scheduler do {feature}? We load shells for three displays on a busy night and "
    "everything is manual.",
    "Our competitor's pyrotechnics team apparently has {feature} from another vendor. Are you "
    "adding it?",
    "Would it be possible to add {feature}? In Yerevan office they do the same report every "
    "Monday in Excel.",
    "We are need {feature} very much, please tell if it will be in the next release.",
    "Please can you tell me, is {feature} coming soon or it is long time?",
    "The Gyumri depot manager asks for {feature}. Is possible in current version or we wait next "
    "one?",
    "My team want to know, will you do {feature}? Other system in our group already has this.",
    "Ia, question from the Apia office: does the system do {feature}? The team is asking every "
    "week.",
    "Our Samoa staff really need {feature}, the internet is slow here and the web version takes "
    "forever. Any chance?",
    "Is {feature} possible for the Pacific region accounts, or only for US?",
    "Before we sign next year, I need a straight answer on {feature}.",
    "Honest question: is {feature} still happening? The roadmap page has said 'soon' since spring.",
    "Could you put us down as interested in {feature}? Our whole routing team would use it daily.",
    "Our state transportation department is asking for {feature} in the bus-contractor reports. "
    "Can we get it?",
    "Dispatch supervisors want {feature}. I promised them I would ask you directly.",
    "Something I keep meaning to ask: any plans for {feature}?",
    "We'd also like {feature}, if that's on anyone's list over there.",
    "1) is {feature} coming 2) if yes, when 3) will it cost extra",
    "Is {feature} going to be part of the standard plan or an add-on?",
    "Do you have customers using {feature} already? I'd like to talk to one.",
    "Will {feature} work with our existing telematics boxes on the buses, or does it need new "
    "hardware?",
    "Our safety officer wants {feature} for the pre-trip inspection records. Possible?",
    "if u add {feature} we're basically set for the whole fleet",
    "Hey, is {feature} in beta anywhere? We'd happily test it on the north yard.",
    "When you say {feature} is 'being explored', what does that mean in months?",
    "Where do things stand on {feature}? Last call you said it was being scoped.",
    "We've been waiting on {feature} since the kickoff. Any update you can share?",
    "The transplant center at the university hospital asked if you could support {feature}. I "
    "said I'd check.",
    "Our courier pilots need {feature} to hand off the cooler at the tarmac without calling in. "
    "Can the app do it?",
    "Is {feature} compliant with the chain-of-custody rules we have to follow? If it exists at "
    "all, I mean.",
    "Can you build {feature}? We would co-fund it if it helps get it on the schedule.",
    "Any chance of {feature} before the racing season starts?",
    "Trainer asked me this morning if the program does {feature}. Does it?",
    "Our owners want {feature} so they can see their horses' workouts without calling the office. "
    "Doable?",
    "Can we get {feature} for the yearling sales? The catalogue work is brutal without it.",
    "So, {feature}. Is that a thing you'll ever do? Asking for the whole back office.",
    "Is {feature} something you'd consider if we put it in writing as a requirement?",
    "We would like to request {feature}. Where should I file that so it actually gets seen?",
    "The gondola crew chief wants {feature} on the handhelds at the top station. Is that feasible?",
    "Does {feature} exist yet for the ropeway inspection checklists, or still only talk?",
    "Our insurer asked whether we can produce {feature} for the cable-car incident logs. Can your "
    "tool?",
    "Could {feature} be turned on for the summer sightseeing operation too, not just ski season?",
    "We run two funiculars as well. Will {feature} cover those or only aerial lifts?",
    "Library IT question: will {feature} play nicely with our single sign-on, and is it on the "
    "plan?",
    "Bookmobile staff want {feature} offline, since the van has no signal half the route. Any "
    "plans?",
    "Is {feature} on the roadmap, and if so can we see the spec?",
    "Our makerspace coordinator asked about {feature}. I'm guessing no, but figured I'd ask.",
    "Patrons keep asking the front desk for {feature}. Is it coming?",
    "Our consortium of eleven library systems is drafting requirements and {feature} is on it. "
    "Can you meet that?",
    "Is {feature} supported in the current build? Documentation is unclear.",
    "Your docs mention {feature} as 'coming'. Coming when?",
    "Can I get an idea of where {feature} is in the queue?",
    "We'd use {feature} tomorrow if you had it. Do you?",
    "The depot in the holler has terrible cell coverage, so we'd need {feature} to work offline. "
    "Is that planned?",
    "Fixin' to build our own thing for {feature} unless y'all have it coming. Do you?",
    "Not to be a pest, but {feature}: any movement?",
    "Could you confirm if {feature} is on the roadmap for the first half of next year?",
    "Our finance lead insists on {feature} before we roll out to the remaining depots. Where is "
    "it?",
    "Assuming {feature} isn't available yet, is there an API we could hook into ourselves?",
    "Is there a plan to support {feature} for contractors with more than one school district?",
    "Two districts asked us for {feature} in their renewal RFPs. Is it something you're building?",
    "A parent-app vendor wants to integrate with you via {feature}. Is that supported?",
    "Would {feature} be possible for the special-needs routes, where we need extra notes per "
    "child?",
    "We are needing {feature} for our Kazakh and Russian speaking drivers. Is this in plan?",
    "Please clarify the timeline of {feature}. Our management in Astana wants to include it in "
    "the budget.",
    "Does the system support {feature}? We have forty buses in Shymkent and the reports must be "
    "in two languages.",
    "Kindly advise: the {feature} function, is it realised or only planned?",
    "Is {feature} part of your plans? We need to tell our director by end of the month.",
    "My director is asking me about {feature} every week. Please, what I can tell him?",
    "Also could you check with the product people about {feature}?",
    "Following up on the {feature} question from our call — did product say anything?",
    "Can someone on your product team talk to us about {feature}? We have very specific needs.",
    "We've got a wishlist, and {feature} is at the top. Is it ever going to show up?",
    "Is it on your radar to add {feature}? Our procurement team will ask in the renewal.",
    "Real talk: without {feature}, the night shift at the organ recovery desk is duct-taping "
    "three systems together. Is it planned?",
    "I'd like to get {feature} in front of your product manager. Who should I talk to?",
    "Are you adding {feature} at some point? Otherwise we need to look at a plug-in.",
    "Can {feature} be configured per branch? We have fourteen, all slightly different.",
    "Does the upcoming release include {feature} or has that slipped?",
    "Would you be open to a feature request for {feature}? We can write up the use case.",
    "Quick check: has anything changed on {feature}? The stewards' office wants it for race-day.",
    "Do y'all have {feature}? My daddy ran this stable forty years on paper and I'd like to quit "
    "that.",
    "The barn foreman says he'd use the program if it had {feature}. Does it?",
    "Our jockeys' agent asked if there's {feature} for race entries. Is there, or will there be?",
    "Is there a roadmap I could look at? Mainly interested in {feature}.",
    "What is the status of {feature} in your product plans, please?",
    "We need {feature} for the holiday fireworks season. Can your platform do it?",
    "I'm told {feature} was demoed at your conference. When can customers have it?",
    "We spent the whole depot meeting on GPS issues, the usual, and then the question came up "
    "whether {feature} is ever coming, which I said I would find out.",
    "Talking with the county this week, they mentioned {feature} would make the state audit "
    "painless. Is that in your plans?",
    "Could the next release include {feature}? It's the one thing holding back the other two "
    "yards.",
    "Do you know if {feature} will be included when you launch the new dispatch screen?",
    "Is anyone else asking for {feature}? Because we really, really need it.",
    "How hard would {feature} be on your end? Our IT guy thinks it's small.",
    "For planning purposes: {feature}, yes or no this year?",
    "We would like to know if {feature} will be supported for the Armenian-language interface as "
    "well.",
    "Will you consider {feature}? Our head office in Yerevan has asked three times, I am in "
    "uncomfortable position.",
    "Is {feature} only for big clients? We are small company but need it same as big one.",
    "Can you give us {feature} as a beta? We are ready to test and give feedback.",
    "Sole, any word on {feature}? The boss in Apia asks me every morning.",
    "The team in Pago Pago wants {feature} too, can you tell us when?",
    "Our family business runs three coaches between the villages and {feature} would help a lot. "
    "Is it possible?",
    "Fa'amolemole, can you check if {feature} is coming? We need to know before the new school "
    "term.",
    "Did {feature} make it into the plan for next year, or is it still a maybe?",
    "Curious whether {feature} is something you'd build for us, or is that too niche?",
    "Our medical director asked if there's going to be {feature}. I'd like to give her a date.",
    "The OPO network is standardizing on tools that have {feature}. Are you going to be one of "
    "them?",
    "Can the donor-to-recipient tracking support {feature}? We get audited on those timestamps.",
    "Would {feature} be on the table if we committed to the multi-region rollout?",
    "Is {feature} available via your partner program, or only directly from you?",
    "Can your team build {feature} on a paid services basis? Our timeline is tight.",
    "Our air medical partner wants {feature}. Is there a date I can give them?",
    "Is there a version with {feature}? We'd switch plans for it.",
    "Roadmap question: {feature}. Thoughts?",
    "{feature} — is that coming, and would it work for aerial tramways?",
    "{feature} for the racing office, possible or not?",
    "{feature}: any plans? Branch managers are asking.",
    "Please add {feature}. We ask every quarter, we will keep asking.",
    "What's the chance we see {feature} by the spring meet?",
    "If {feature} is on the way, I won't bother building a spreadsheet for it. Is it?",
    "The racing secretary's office said other stables use {feature}. Is that yours or someone "
    "else's?",
    "Our new assistant trainer used a program at her last barn with {feature}. Can y'all do that?",
    "Our lift mechanics would like {feature} in the work-order screen. Is that being looked at?",
    "During the annual ropeway inspection the regulator asked if we had {feature}. Do you support "
    "it, or plan to?",
    "Does the platform offer {feature} for multilingual signage at the stations? Tourists keep "
    "asking.",
    "I'm drafting next year's IT plan for the library and need to know if {feature} is coming.",
    "Is {feature} compatible with the self-checkout kiosks we run, or on the roadmap?",
    "Our teen services librarian asked for {feature}. Would you ever add that?",
    "Can you tell me if {feature} is planned for the cloud version, or only on-prem?",
    "Anything new on {feature}? The state library asked in the annual report questionnaire.",
    "Would {feature} be included in the consortium pricing, assuming it ships?",
    "Is {feature} an option yet? We're doing it manually with two staff.",
    "I'd like to ask about adding {feature}. The reference desk team thinks it'd halve their "
    "lookups.",
    "A question from our regional manager: can the product do {feature} now, or is it future?",
    "Could we have {feature} at least for admin users?",
    "The drivers would love {feature} on the tablet. Can it be done?",
    "How about {feature}? Is that on anybody's whiteboard over there?",
    "Would you be able to support {feature} for field trip bookings? Right now that's a separate "
    "mess.",
    "We'd like to understand your plans around {feature} before our board meeting.",
    "In the new contract year our district will require {feature}. Will you have it?",
    "Mechanics are asking about {feature} for the bus maintenence records. Is it planned?",
    "Something the bell-time committee asked me: can the routing engine do {feature}?",
    "Any progress on {feature}? I told the transportation director I'd have news this month.",
    "Please let me know whether {feature} is part of your product roadmap.",
    "Should we expect {feature} in the spring release, or later?",
    "Has there been any decision on {feature}? We'd like to plan around it.",
    "If we sent you our spec for {feature}, would your team consider it?",
    "We need {feature}, plain and simple. Is it coming?",
    "My staff keep doing {feature} by hand. Please tell me it's on your list.",
    "Can the reporting module produce {feature}? If not, is that planned?",
    "Are there plans to integrate {feature} with the state's student information system?",
    "Any way to get {feature} for the after-school activity runs?",
    "Is {feature} coming to the driver app, or only the office side?",
    "For the organ courier tracking: does your roadmap include {feature}?",
    "Will {feature} be HIPAA-compliant when it arrives? We can't use it otherwise.",
    "We'd want {feature} in the transplant logistics dashboard. Realistic?",
    "What's your take on adding {feature}? It's a big ask from our clinical side.",
    "Is {feature} supported on Android tablets? Our couriers don't carry iPhones.",
    "Would the vendor team consider {feature}? The coordinators voted it their top request.",
    "Any chance {feature} is in testing? We'd pilot with two hospitals.",
    "Can you do {feature} for the training barn as well as the main stable?",
    "The farrier keeps notes on paper. If you had {feature} he'd use it. Plans?",
    "Does the feed-and-health log support {feature}, or is that a future thing?",
    "Is the {feature} piece ever going to happen? We keep hearing 'next quarter'.",
    "Would {feature} let us share workout data with the owners directly? And is it coming?",
    "Need {feature} for the cable-car ticket gates. On the list?",
    "Can {feature} work with our wind sensors so the system flags shutdowns? Is that planned?",
    "Our maintenance contractor in Austria uses {feature} from another tool. Could you add it?",
    "Is there something like {feature} for the cabin inspection photos?",
    "Do you plan on offering {feature}? We'd rather not add another vendor for it.",
    "Is the {feature} integration still being built? Haven't seen an update in a while.",
    "We have a grant to modernise library IT and {feature} is a line item. Will you offer it?",
    "Can the product do {feature} across all branches from one screen? If not, is it planned?",
    "The ebook coordinator asked me to chase {feature}. Do you know when?",
    "Has {feature} been scoped yet? The library director asks about it at every IT meeting.",
    "Can you share when {feature} is expected? Our budget cycle closes soon.",
    "Are you planning {feature}? We'd give feedback on early designs.",
    "We kindly request {feature} to be developed. Please send the plan and timeline.",
    "We are interesting in {feature}. Is available for purchase or in development?",
    "In our previous system was {feature}. Please tell, will you make same?",
    "Need to know asap: is {feature} in the product or not?",
    "Ok so what about {feature}? still planned?",
    "is {feature} even a thing yet or nah",
    "u guys doing {feature} at some point?",
    "{feature} when??",
    "hey any news re {feature}",
    "sorry to keep bugging, {feature}?",
    "Could {feature} be switched on for our account?",
    "If {feature} existed, we'd move the other two depots over. Does it?",
    "The fireworks permits now need {feature} in the county. Can your system handle it, or is it "
    "planned?",
    "Our pyro techs asked whether the show planner will get {feature} before the summer.",
    "We'd like {feature} for the bell foundry's order tracking too, if that is possible.",
    "Our mountain-rescue volunteers want {feature} on the callout app. Is it coming?",
    "Is {feature} included in the roadmap you showed at the user group, or was that cut?",
    "Not urgent, but we'd like {feature} eventually. Is it planned?",
    "Are there any plans to support {feature} in the reporting exports?",
    "What's the timeline on {feature}, roughly?",
    "Do you have a release date for {feature}?",
    "Any idea when {feature} will be generally available?",
    "Would {feature} be on your list for next year if we asked formally?",
    "My question to your product team: can you give us {feature}?",
    "One more thing, {feature}, is it doable?",
    "Also, does it support {feature}? Nobody here could tell me.",
    "We're rolling the system out to the summer camps and will need {feature}. Is it coming?",
    "Can you add {feature} to the list of things we'd like? Top priority for us.",
    "What would it take to prioritise {feature}?",
    "How far along is {feature}?",
    "Is the {feature} work going to reach smaller customers, or enterprise only?",
    "We saw {feature} on your status page as 'planned'. Any firmer date?",
    "Could you ask product whether {feature} could cover multiple time zones? We span three.",
    "Does {feature} work in Kazakh Cyrillic and Latin both? If not, is it planned?",
    "Our accounting in Karaganda need {feature} for the month closing, please say if possible.",
    "We have question about {feature}: will it be, and when approximately?",
    "Yerevan team ask: is {feature} possible to make for our depot? Other depots also want.",
    "Our driver coordinator on the Yerevan-Vanadzor route asks for {feature}. Do you have?",
    "Seeking clarity on {feature}: is it in the plan, and at what priority?",
    "Formally requesting {feature} on behalf of the transportation department.",
    "We'd like to register interest in {feature}.",
    "Put us on the list for {feature} please, whenever it exists.",
    "Can I ask where you've landed on {feature}?",
])

DEFERRAL = Pool("deferral with a postponement verb (marker deferral)", [
    "Can we push the routing review to {month}? The district just changed bell times on us.",
    "Let's postpone our check-in until {month}, once the school year has settled.",
    "I'd like to move our quarterly review out to {month}, if that works on your end.",
    "We need to reschedule the depot walkthrough to sometime in {month}.",
    "Would you mind if we deferred this conversation to {month}?",
    "Let's circle back in {month}. Too much going on with the new drivers right now.",
    "I'm going to have to bump our call to {month}, sorry about that.",
    "Can we pick this back up in {month}?",
    "Let's revisit the whole thing in {month}.",
    "I'll need to push our meeting again, {month} at the earliest.",
    "We've decided to delay the evaluation until {month}.",
    "Going to kick this down to {month}, the state inspection ate the whole month.",
    "Mind if we slide the QBR to {month}?",
    "Please postpone the training session to {month}. Our coordinators are overloaded.",
    "We're going to hold off until {month} on any further discussion.",
    "Let me come back to you on the depot question in {month}.",
    "Could we shift the call to {month}? Transplant volumes are up and the team is stretched.",
    "I'll have to push the review; {month} would be better for the clinical leads.",
    "Let's reconnect in {month} when the new OPO contract is in place.",
    "We're postponing all vendor meetings until {month}.",
    "Can I ask to move our session to {month}? Our medical director is tied up.",
    "Let's put a pin in it and return to it in {month}.",
    "Respectfully, we propose to postpone the meeting to {month}. Our management is on inspection "
    "of regional branches.",
    "We must to reschedule the review for {month}, please understand.",
    "Please, we transfer the meeting to {month}, now is not possible.",
    "The presentation is postponed to {month} by decision of our director.",
    "Our side kindly asks to move the discussion on {month}.",
    "We will return to this question in {month}, I promise.",
    "We are postponing this until {month}, our accountant is on annual report.",
    "Let us carry over the meeting to {month}, our team is in Almaty until then.",
    "Can we push it back till {month}? The barn's in the middle of the sales and I can't think "
    "straight.",
    "Reckon we'll have to put this off till {month}, the horses come first right now.",
    "Let's push our sit-down to {month}, after the meet's over.",
    "I'll have to kick our call on down the road to {month}.",
    "Gonna need to move this to {month}, y'all. Foaling season's about to hit.",
    "We can take it back up in {month}, once the yearlings have shipped.",
    "Hate to do it, but can we bump the review to {month}?",
    "Ia, can we move the meeting to {month}? Too busy with the fono this month.",
    "We'll have to postpone to {month}, sole, the boss is in Auckland.",
    "Sorry, we need to shift it to {month}. The whole office is busy with the new buses coming "
    "from NZ.",
    "Let's push the gondola system review to {month}, after the season's first rush.",
    "We're rescheduling the lift-ops meeting to {month}. The ropeway inspection got moved up.",
    "Can we delay the rollout discussion to {month}? We're mid-way through the haul rope "
    "replacement.",
    "I'd rather we revisit this in {month} once the cabins are back from refurbishment.",
    "Let's park the upgrade talk until {month}.",
    "Our board asked us to defer new IT decisions to {month}.",
    "The library's IT steering group would like to push this to {month}.",
    "I'm going to move our sync to {month}; branch migrations are eating every day.",
    "Let's reconvene in {month} after the budget hearing.",
    "We'll need to delay the pilot at the branches until {month}.",
    "Can we table this until {month}?",
    "Let's pause this and come back to it in {month}.",
    "I've moved the renewal review to {month} on our side; hope that's fine.",
    "We'll be rescheduling the business review for {month}.",
    "I'm going to postpone our next touchpoint until {month}.",
    "Could we slide everything to {month}? Nobody has the bandwidth.",
    "We'll pick the conversation up again in {month}.",
    "Let's regroup in {month}.",
    "I'll be pushing our weekly syncs out; restart in {month}?",
    "The QBR needs to move to {month} — three of the five depots lost their managers.",
    "Can we push that demo to {month}? The new routing software from the state is landing first.",
    "Let's defer the contract discussion to {month}, our fiscal year is being reorganized.",
    "We're going to hold this over to {month}.",
    "Postponing to {month}. Will explain later.",
    "Push to {month}, pls.",
    "move to {month}?",
    "can we bump to {month}",
    "pushing this to {month}, sorry",
    "Need to punt to {month}.",
    "Let's revisit in {month}.",
    "Circle back {month}?",
    "Deferring to {month}.",
    "I must ask to postpone our review until {month}.",
    "With regret, we have to reschedule to {month}.",
    "Kindly note that the meeting is shifted to {month}.",
    "We would prefer to reschedule our planning session for {month}.",
    "I'd like to push the roadmap session to {month}, if possible.",
    "Let's put the next review off to {month}.",
    "I'm going to push our whole engagement plan to {month}; things are too fluid.",
    "Can we move our recurring call to a {month} start?",
    "We should probably defer the QBR until {month}.",
    "Let's punt the strategy session to {month}.",
    "I'll have to reschedule. Is {month} any good for you?",
    "We're pushing all non-critical meetings into {month}.",
    "My calendar's a mess, so let's postpone until {month}.",
    "Could we put our next call off until {month}? We're mid-recruitment for drivers.",
    "Let's delay the kickoff to {month}.",
    "We've pushed the internal decision to {month}, so our review with you should move too.",
    "I'd suggest we reschedule for {month}, once the new depot is open.",
    "We're going to have to defer the training until {month}.",
    "Would you be OK with pushing it to {month}?",
    "I'm afraid we need to postpone again — {month} now.",
    "We'll revisit renewal terms in {month}.",
    "Our team would like to reschedule the review meeting to {month}.",
    "I keep moving this, I know. {month}, then?",
    "Sorry to push again. Can we say {month}?",
    "The call's been moved to {month} on our calendar.",
    "I'll shift our meetings to {month} and let you know.",
    "Let's push back the onboarding of the other stables to {month}.",
    "We're delaying the switch over at the second barn till {month}.",
    "I'll put the whole thing on the back burner till {month}.",
    "Let's set this aside till {month} and see where we are.",
    "Can we bump the meeting to {month}? Track's shut for renovations and everyone's scattered.",
    "The owners' meeting got moved, so let's move ours to {month} too.",
    "I'm gonna push our call out to {month}, if that's alright.",
    "We'll circle back round in {month}, I reckon.",
    "We are obliged to postpone the negotiations to {month} due to reorganisation.",
    "The meeting is delayed to {month}, our head office in Astana requested.",
    "Our director said to move all partner meetings to {month}.",
    "Please reschedule our call for {month}, this period we have government inspection.",
    "Let's postpone on {month}, after the new year reports.",
    "We will come back to the offer in {month}, now it is postponed.",
    "We have to push the review till {month}, our director go to Moscow for long time.",
    "Can we push to {month}? The head of ropeway ops is unavailable before then.",
    "We're shelving the gondola dashboard project until {month}.",
    "Let's put the ticketing integration on ice till {month}.",
    "We've postponed the station-upgrade kickoff to {month}, so let's align our review with that.",
    "The lift-ops QBR is moving to {month}.",
    "We'd like to defer the audit-tool discussion to {month}.",
    "Can we move our call to {month}? The wind season is killing our schedule.",
    "I'll need to reschedule our IT review for {month}; the branch refresh is behind.",
    "We've pushed the ILS migration to {month}, so our session should follow.",
    "Can we postpone the patron-portal meeting until {month}?",
    "Let's return to this in {month}, once the new library director starts.",
    "Our library board pushed the vote to {month}; let's meet after that.",
    "Moving the branch-rollout check-in to {month}.",
    "I'll circle back with you in {month}, once the county IT freeze lifts.",
    "Can we push the cold-chain review to {month}? We're in accreditation prep.",
    "Let's delay the courier pilot to {month}.",
    "We have to postpone the transplant logistics workshop until {month}.",
    "The OPO leadership asked to push vendor reviews to {month}.",
    "Let's reconvene in {month} when the new surgical calendar is out.",
    "We're moving our standing call to {month}.",
    "I've asked my team to put this on hold till {month}.",
    "Our exec team wants to revisit all software spend in {month}, so let's talk then.",
    "I'm going to suggest we reschedule the business review to {month}.",
    "We'll have to put off the demo until {month}.",
    "Could we postpone our planning meeting to {month}? A few things have come up internally.",
    "We've decided to take this up again in {month}.",
    "We'll need to table the renewal discussion until {month}.",
    "Our preference would be to reschedule for {month}.",
    "Let's plan to reconnect in {month}.",
    "We should circle back on this in {month}.",
    "I'd like to slide our review to {month}, if you don't mind.",
    "Let's push it, {month} maybe.",
    "Meeting's going to need to move — {month}?",
    "Alright, let's push this whole thing out to {month}.",
    "Do you mind if we defer the decision to {month}?",
    "We've rescheduled the fireworks-season planning to {month}, so our call moves too.",
    "Can we move our meeting to {month}? Our show season runs straight through.",
    "Let's push the review until {month} — the Fourth of July contracts are being drafted.",
    "The bell foundry team asked to postpone until {month}.",
    "Our rescue team asked to move the app review to {month}.",
    "I'll need to postpone our one-on-one until {month}.",
    "We'll defer the expansion chat to {month}.",
    "Please push us to {month} in your calendar.",
    "Can we take this up again in {month}? I have no room now.",
    "We've shifted our priorities; let's revisit in {month}.",
    "I'm rescheduling our session. {month} work?",
    "Let's postpone till {month} and see.",
    "Our meeting will need to be pushed out to {month}.",
    "I'm going to have to push us again, {month} is the soonest.",
    "We'll come back round to this in {month}.",
    "Can you push our renewal conversation to {month}?",
    "Please delay the invoice review call to {month}.",
    "Let's push off the strategy discussion to {month}.",
    "I'll be moving this off my plate till {month}.",
    "Our project's been pushed to {month}, so let's meet then.",
    "We would like to postpone the review in {month}, when our new manager start.",
    "We'll postpone. {month} at earliest.",
    "Moving our review to {month}, hope that's ok.",
    "Let's kick it to {month}.",
    "We're putting the vendor review off till {month}.",
    "Can we punt on this till {month}?",
    "Please postpone the call, maybe {month}.",
    "The depot managers asked to delay this to {month}.",
    "The transportation director wants to push this to {month}.",
    "The review is being rescheduled to {month}.",
    "Best to push it till {month}.",
    "We should reschedule for {month}, I think.",
    "I'll defer till {month}, if you'll let me.",
    "Let's bump it to {month} and see how things look.",
    "Can the stewards' review of the barn software wait? I'd like to shove it to {month}.",
    "Our depot consolidation slipped, so I'm pushing your walkthrough into {month} as well.",
    "Let's postpone, sole — {month} will be easier for the whole office.",
])

DEFERRAL_NO_VERB = Pool("deferral WITHOUT a postponement verb: bad timing + a vague later time "
                        "(marker deferral)", [
    "Bell times changed on us last week and every route is a mess. {month} is more realistic for "
    "anything new.",
    "Honestly, with the driver shortage, we're underwater. Sometime in {month}, maybe.",
    "The school year just started and nobody in dispatch has a spare minute. More like {month}.",
    "This isn't a good moment for us. {month} would be kinder.",
    "We're in the thick of it right now; {month} is when I'd have a clear head.",
    "Timing's rough. {month}, probably.",
    "Not now. {month}-ish.",
    "Bad week, bad month, honestly. {month} looks calmer.",
    "We're heads-down on state reporting until {month}.",
    "It's all hands on the depot move. Not before {month}, I'd say.",
    "Right now every conversation is about snow routes. {month} at the earliest for this one.",
    "Too much on our plate this side of {month}.",
    "The new contract with the district starts Monday, so this is {month} material.",
    "Given everything, {month} feels like the earliest we could give this real attention.",
    "Our transplant volumes are at a record and the coordinators are exhausted. {month} would be "
    "the soonest for a proper conversation.",
    "Accreditation prep owns our calendar until {month}.",
    "The OR schedule is chaos this quarter. Perhaps {month}.",
    "Nothing new gets looked at here until {month}, with the survey coming.",
    "We're mid-accreditation; {month} is the first window I can see.",
    "The medical director is buried until {month}, realistically.",
    "Courier contracts are all up for rebid right now, so this lands in {month} at best.",
    "Sorry, this is not the right moment. In {month} will be better time.",
    "At the moment is very busy period for us. Maybe in {month}.",
    "Now is the end of year in our company, all departments are overloaded. Probably {month}.",
    "This period is impossible, we have tax inspection. After {month} more realistic.",
    "Now we are not ready. {month} is more real.",
    "Our director is on business trips all this month. The question is for {month}.",
    "This time is not convenient. Approximately {month}.",
    "Is very hectic now because of the annual reports. Somewhere {month}.",
    "Now it is not timely for us. In {month} we can look.",
    "Our office in Yerevan is in the middle of moving. Better {month}, when we are settled.",
    "Ahh, this month is crazy, we have a wedding in the family and the inspection. {month} better.",
    "Sole, no time now, the whole village is busy. {month} maybe.",
    "Ia, we are very busy with the new route. {month} is better, if ok.",
    "The boss is travelling to the islands and we have lots on. Not until {month}.",
    "With the cyclone season and the school runs, this time is hard. {month} is okay.",
    "Busy as all get-out right now. {month}, maybe.",
    "We're plumb wore out with the sales going on. {month}'d be better.",
    "Ain't no way we can think about this before {month}, with the meet going on.",
    "It's foaling season directly. {month} is more like it.",
    "We got three horses shipping to Kentucky and the vet in every day. Try me in {month}.",
    "Things are plumb crazy around the barn. After {month}, I reckon.",
    "It's too busy at the track this time of year. Round about {month}.",
    "We're slammed at the barn. {month} would be a whole lot better.",
    "The lifts open in two weeks and nobody here has a minute. {month}, once the holiday crowds "
    "are through.",
    "Peak season starts now for the gondola. Realistically, {month}.",
    "We're in the middle of the haul rope inspection. {month} is the soonest.",
    "With the ropeway shutdown and the cabin refurb, this just isn't the time. {month}, maybe.",
    "Our ops team is fully booked with the annual inspection; {month} is when things breathe "
    "again.",
    "Wind season plus staff turnover equals no bandwidth. {month} looks better.",
    "The library is mid-migration to the new ILS; {month} is the first time anyone here can look "
    "up.",
    "With summer reading wrapped and the budget hearing coming, it's {month} before we can talk "
    "properly.",
    "Branch refresh is eating every IT hour. {month} is a fairer bet.",
    "Our IT shop is two people down. {month} at the soonest.",
    "Between the board meeting and the new branch opening, it's not the time. {month} perhaps.",
    "County IT has a freeze on anything new until {month}.",
    "No capacity on our side until {month}.",
    "Nothing is moving here until {month}, unfortunately.",
    "We're in no shape to take this on right now. {month}?",
    "Not the right time for us. Maybe closer to {month}.",
    "It's a {month} conversation, at best.",
    "The calendar's full. {month} is the first gap.",
    "We're buried in year-end. {month} at best, honestly.",
    "This is a terrible stretch for us. Better in {month}.",
    "We're too stretched for this before {month}.",
    "Too soon. {month} maybe.",
    "Our heads are elsewhere until {month}.",
    "Right now it's triage. This is a {month} thing.",
    "Now's no good. {month}.",
    "not a great time tbh, {month}?",
    "we're swamped. {month} maybe",
    "zero bandwidth till {month}",
    "way too busy rn, {month} earliest",
    "nope, not now. {month} more like",
    "can't right now. {month}?",
    "crazy times here. {month}.",
    "It'll be {month} before anyone has time for this.",
    "Honestly? {month}. Not before.",
    "The team is in survival mode until {month}.",
    "Nothing new on our side until {month}.",
    "Let's say {month}. This month is a wash.",
    "Given the reorg, {month} is the earliest anything gets a look.",
    "Realistically this is {month}. I won't pretend otherwise.",
    "I'd rather be honest: we can't give this attention until {month}.",
    "The next few weeks are spoken for. {month}, I hope.",
    "We're short-staffed through {month}, so nothing new until then.",
    "My plate's overflowing. {month} is when it empties, supposedly.",
    "Too many fires right now. {month} perhaps.",
    "The new depot doesn't open till {month}; anything before that is wishful.",
    "Our drivers' contract talks are live. {month} is the soonest this makes sense.",
    "Between the field-trip season and the new buses, I'm done for. {month} could work.",
    "We're under state review. Not a moment for this before {month}.",
    "This quarter is out. {month} maybe.",
    "Our year is front-loaded, and this is the front. {month} or after is more likely.",
    "We're in crunch mode. {month}, ideally.",
    "Ideally {month}. Right now is impossible.",
    "Maybe in {month}? We're in a tough spot right now.",
    "In {month} we will know more; now is too early.",
    "Now is really not convenient. Maybe {month}.",
    "For us this is too early. In {month}, when the budget is approved.",
    "This month all our people are on the winter preparation of buses. {month} is realistic.",
    "Our team is small and right now we are all in the field. {month} maybe.",
    "We are very loaded now. In {month} there is a chance.",
    "Honestly, the period is very heavy. Closer to {month}.",
    "The managers are all in Astana for meetings. Only {month}.",
    "Very bad timing because of the government audit. {month} is option.",
    "The transplant programme is expanding this quarter and our heads are full. {month}, maybe "
    "earlier if it calms.",
    "It's organ donation awareness month and we are all over the place. {month} looks better.",
    "We just lost two coordinators. Nothing new until {month}.",
    "This is not the week, or the month. {month}, maybe.",
    "It's a bad time, full stop. {month} is my honest guess.",
    "The dust ought to settle round about {month}; right now it's flying.",
    "By {month} we'll have our heads above water.",
    "After {month} things will be quieter.",
    "Once {month} comes round we'll have more room.",
    "This is a {month} problem for us.",
    "Sounds like a {month} topic.",
    "File this under {month}.",
    "This belongs in the {month} pile, sadly.",
    "I'd say {month} for this, given what's on.",
    "Right now it's not on our radar. {month} possibly.",
    "The season's just begun. {month} would suit better.",
    "The summer rush starts soon and the cabins are full every day. {month} is the quiet part.",
    "We're racing every weekend till the meet ends. {month}'s more like it.",
    "All the trainers are at the sales. {month}, once they're home.",
    "The yearlings are in prep and I'm up at four every morning. {month}, please.",
    "Too much going on at the farm. {month}, I'd say.",
    "Ain't the time. {month}, maybe.",
    "It's the busiest week of our year and the next one's worse. {month}.",
    "We are in the middle of the fireworks season. {month}, when the shows are done.",
    "Fourth of July prep owns us. {month} at best.",
    "New Year's shows are booked solid. {month} is the earliest I can breathe.",
    "The bell foundry is casting three bells for a cathedral. {month} maybe.",
    "The callout season is full on for the rescue team. {month} is quieter.",
    "Our year-end close starts this week. {month}, then.",
    "Busy season for us, sorry. {month} would be ideal.",
    "Not a good window. {month} is better.",
    "Bad timing on our end. {month}?",
    "Timing is off. {month} is more sensible.",
    "This one's for {month}, I think.",
    "Not ready to engage. {month}, perhaps.",
    "Our hands are full. {month} might be different.",
    "Right now is the worst. {month} should be calmer.",
    "We've got no slack until {month}.",
    "Our calendar doesn't open until {month}.",
    "Before {month} there's just no way, the routes are upside down.",
    "The soonest I could realistically manage is {month}.",
    "Between us, {month} is the earliest anyone here will care.",
    "The district's enrollment count is this month; {month} is when I'd have time.",
    "Sorry — crunch time. {month}.",
    "Can't think about it now. {month} maybe.",
    "We're a bit all over the place right now. {month} is likelier.",
    "Our attention is elsewhere for now. {month}, maybe.",
    "Everything's on fire. Talk {month}?",
    "Come {month} we'll have more breathing room.",
    "Perhaps in {month}, when things aren't so hectic.",
    "When {month} rolls around, maybe.",
    "Not this side of {month}.",
    "Let's aim for {month}; the next weeks are a lost cause.",
    "My gut says {month}. Right now we can't.",
    "Now's just not it. {month}.",
    "{month} would be more realistic for us.",
    "{month} is the earliest, honestly.",
    "{month} maybe. This month is impossible.",
    "{month}? We're underwater.",
    "It's been a brutal month and the next looks similar. {month} is my guess.",
    "I can't see straight at the moment. Ask me in {month}.",
    "It's budget season. {month} is likelier.",
    "We're onboarding forty new drivers. {month} is the soonest.",
    "Snow routes, late buses, angry parents. {month} is what I can offer.",
    "Our ropeway contractor is on site all month. {month} is what I'd suggest.",
    "Patron services is in chaos with the new self-checkout; {month} looks more manageable.",
    "The library system's fiscal year just turned over and nothing's settled. {month}, probably.",
    "We're a month behind on everything already. {month}, perhaps.",
    "Nobody here has time for a new discussion. {month}, hopefully.",
    "Too hectic at the moment. {month} will be better, I hope.",
    "Now is super heavy for us, you know. Maybe {month}, I hope.",
    "Our head office in Yerevan is changing the structure. Only {month} we can talk.",
    "The whole team is at the depot in Gyumri now. {month} better.",
    "Just not the moment. {month} would be kinder to everyone.",
    "The horses are shipping south for the winter and I'm riding along. {month} is likelier for a "
    "sit-down.",
    "Half the cable-car crew is on rope-splicing training. Around {month}, I'd say.",
    "Our library ballot measure is on the line this month. {month} is about as soon as I can "
    "offer.",
    "Organ donor family events fill the whole calendar right now. {month}, perhaps.",
    "Ia, this term is too heavy with the school buses. {month} is better for us.",
])

INVITE_DECLINE_IDIOM = Pool("declining an invitation or meeting for now, by idiom "
                            "(marker deferral)", [
    "I'm going to have to scratch myself from this one, like a horse with a sore hoof.",
    "We'll stay in the barn for this race.",
    "Count the stable out of the roundtable this time around.",
    "Reckon I'll sit this go-round out.",
    "I ain't gonna make it to this one, not this time.",
    "I'll have to pass on this go-round.",
    "Going to hang back on this one, if it's all the same to you.",
    "My dance card's plumb full, so I'll bow out of the webinar.",
    "I'll have to beg off the dinner for now.",
    "Afraid I'll be a no-show at the user group this year.",
    "I'll take a rain check on the site visit.",
    "I'll give the conference a miss this year.",
    "Count me out of the workshop for now.",
    "I'm going to sit this one out.",
    "We'll have to take a pass on the summit.",
    "That's a no from me this round, I'm afraid.",
    "Not in the cards for us this time.",
    "I'll be a spectator in the grandstand for this one, not a runner.",
    "We'll miss this bus, but maybe catch the next one.",
    "This one's going to leave the depot without us.",
    "I'll stay at the bottom station for this ride.",
    "We won't be getting on this particular gondola.",
    "I'm going to let this cabin go by and wait at the station for the next.",
    "I'll have to bow out of the panel this year.",
    "Deal us out of the round table for now.",
    "I'll duck out of the customer advisory board this cycle.",
    "I'm tapping out of the roadmap session this time.",
    "I'll have to bail on the lunch.",
    "I'll keep my powder dry and skip the briefing.",
    "Not going to make the cut this time, sorry.",
    "Our team will be absent from the party this round.",
    "The library will sit out the beta this time.",
    "We're going to skip this dance.",
    "I'll let the invitation ride for now.",
    "I'll have to leave that one on the table.",
    "Not my turn at the plate this time.",
    "We'll keep our seats empty at the summit this year.",
    "I'll be giving the workshop a wide berth for now.",
    "Not for me this time round, I'm afraid.",
    "I'm out on this one.",
    "Sadly I won't be darkening your door at the open house this time.",
    "I'll give the tour a pass for now.",
    "I'm going to step back from the pilot group this round.",
    "Please leave me off the list for the executive dinner this time.",
    "I'll not be joining this time, my friend.",
    "This time I must refuse the invitation, maybe next.",
    "For this event we will not participate, unfortunately. Next time maybe.",
    "Our side will abstain this time.",
    "This time without us, please.",
    "We skip this meeting, sorry. Another time.",
    "Unfortunately this time I am pass.",
    "This round is not for us. Maybe the next.",
    "Sole, I'll stay home this time.",
    "Ia, not this time, maybe the next fono.",
    "I'll stay in the fale for this one.",
    "Our family won't make it to this one, we will come next time.",
    "Not this time, uso.",
    "This bus can leave the yard without me; I'll catch a later run.",
    "Can't swing it this time around.",
    "No dice this time, I'm afraid.",
    "I'll have to give this one the go-by.",
    "I'll leave this rodeo to the younger folks.",
    "I reckon I'll stay on the porch for this one.",
    "Gonna have to holler 'not this time' on that one.",
    "That dog won't hunt this season, so I'll pass on the demo.",
    "My answer for this one is 'not right now'.",
    "I'll keep my hat on the rack for this one.",
    "Not joining this one, but keep me in mind.",
    "I'm going to give the offsite a swerve.",
    "I'll have to miss the boat on this one.",
    "I'm going to decline this round and hope for the next.",
    "Put me down as a 'not this time'.",
    "I'll have to pass, at least for now.",
    "I'm not going to be in the room for this one.",
    "Leave an empty chair for me — I won't make this one.",
    "Not a go for me this time.",
    "I'll stay home on this one.",
    "Our team's going to take a knee on this event.",
    "I'm going to opt out of this cycle.",
    "Let's call it a pass for now.",
    "Consider me a maybe-next-time.",
    "I won't be joining this one. Perhaps another day.",
    "That's not going to work for me right now.",
    "I'll hold my horses on the advisory board for now.",
    "We're going to stay off the track for the customer day.",
    "This rider is dismounting from the webinar series for now.",
    "I'll be scratching from the lunch-and-learn.",
    "I'm going to leave this one at the gate.",
    "The depot will sit on its hands for this pilot.",
    "This one goes on the 'nope, not now' list.",
    "I'll pass the baton on this event; none of us can attend.",
    "I'll have to RSVP no this time.",
    "I'm going to send regrets on this one.",
    "Regrets for this time, I'm afraid.",
    "We'll be conspicuously absent at the conference this year.",
    "Think I'll keep my head down and skip this.",
    "Not biting this time.",
    "I'll have to stay off the guest list this round.",
    "We're going to pass on the invite for the time being.",
    "I'll have to sit out the kickoff.",
    "Nah, I'm good this time.",
    "I'll skip the webinar this go.",
    "not this one, maybe next",
    "pass for now",
    "gonna sit this one out",
    "I'll give it a skip this time around.",
    "Check me out of the workshop — like a library book I'll return later.",
    "This book stays on the shelf for now; I won't attend.",
    "We'll let this ropeway run without us this season.",
    "I'll keep my feet on solid ground and skip the summit.",
    "We will be conspicuous by our absence, I'm afraid.",
    "I'm taking a bye on this one.",
])

HOLIDAY_DEFERRAL = Pool("holiday-period deferral (marker deferral; a lull, not a risk)", [
    "Schools are out for winter break and so is half our dispatch office. Let's talk once the "
    "buses roll again in January.",
    "With the holiday break, the depots are closed until after New Year. Can we pick this up then?",
    "Everybody's off between Christmas and New Year's, so let's leave this till the first week of "
    "January.",
    "The district calendar goes dark for the holidays. We'll get back to you when school's back "
    "in.",
    "We're on a skeleton crew over the holidays. Early January is best for a real conversation.",
    "Holiday shutdown starts Friday. I'll come back to you on this after the New Year.",
    "Let's pick this back up after the holidays, when everyone's back.",
    "With the year-end holidays, nothing moves here. January, please.",
    "Our office is closed for the festive period; let's reconnect in the new year.",
    "Between Christmas and the New Year we run the minimum. After the break is better.",
    "In Kazakhstan the New Year holidays are long, the office is closed until the 3rd. We "
    "continue after.",
    "We have New Year holidays now, all staff is resting. After the holidays we will return to "
    "the question.",
    "After New Year and the Christmas on 6 January we will be back to work and answer you.",
    "In Armenia the holidays go until after Christmas, 6 January. We continue after that, please.",
    "Our team is on holidays until mid-January, we will answer after.",
    "The holiday period started, our director is on leave. After the holidays we will discuss.",
    "The whole office is in the village for Christmas and New Year. When we come back we will "
    "look.",
    "Ia, everybody is at church and family for Christmas. After New Year we talk.",
    "The office is closed for the holidays, sole. Back in January.",
    "It's the Christmas season and the whole family is home. We'll sort this after New Year.",
    "Y'all know how it is at Christmastime. Let's take it up after the New Year.",
    "The barn's on a holiday schedule, so I'll get back to you come January.",
    "With Christmas and the holiday racing card, let's leave it till after the first of the year.",
    "Folks are home for the holidays. Reckon we'll talk after New Year's.",
    "The holiday rush at the mountain means nobody in the office till after New Year. Let's talk "
    "then.",
    "Christmas week is our busiest on the lifts. After the holidays I'll have time.",
    "Over the holidays the gondola runs full and the office is empty. January for this.",
    "The library system closes for the holidays. Let's continue when we reopen in January.",
    "Our IT staff are off for the winter holidays; we'll come back to this in the new year.",
    "Branches are on holiday hours and so am I. Early January?",
    "County offices close over the holidays, so this waits until January.",
    "With the holidays coming, I'd rather start fresh in January.",
    "It's that time of year — let's pick it up after the holidays.",
    "I'm out for the holidays from tomorrow. Let's continue in the new year.",
    "Most of the team is taking the holidays off. After New Year works better.",
    "Holidays, sorry. Early next year?",
    "After the holidays?",
    "Let's do this in the new year.",
    "Back after New Year's. Can it wait till then?",
    "Office closed until Jan 4. Will follow up after.",
    "We'll be dark over the holidays; talk in January.",
    "OOO over the holidays, let's regroup after.",
    "holidays here, after NY pls",
    "can this keep till after xmas?",
    "With the holidays around the corner, I'd suggest the first week of January.",
    "The holiday season always swallows December for us. January is where we can focus.",
    "We're closing the books and then everyone is off for Christmas. After New Year, please.",
    "Transplant programmes keep running over the holidays, but our admin office doesn't. January "
    "for anything non-urgent.",
    "The coordinators are on holiday cover rotas. Let's leave this till the new year.",
    "With the holiday on-call schedule, I can't take on anything new. After New Year's.",
    "Our holiday fireworks shows run through New Year's Eve. Let's talk in January when the smoke "
    "clears.",
    "New Year's Eve is our biggest night. Anything else is after the holidays.",
    "The foundry shuts down over Christmas. We'll look at it when we reopen in January.",
    "During the Christmas break the office is closed. We'll get back to it after.",
    "Holiday week. Let's come back to it when the calendar opens up in January.",
    "It's the holidays. Let's not pretend anyone will read this till January.",
    "Given the holidays, I'd say second week of January.",
    "Let's hold this over the holiday break and pick it up after.",
    "We're winding down for the holidays. New year, fresh start on this?",
    "The festive season has us stretched thin. After the holidays would be best.",
    "We'll get back into this after the holiday lull.",
    "Nothing happens here between the school concerts and New Year's. January.",
    "Winter break at the districts means a break for us too. We'll pick it up in January.",
    "Holiday closure from the 23rd. We'll continue after New Year.",
    "With Christmas and New Year's both mid-week, the whole fortnight is a write-off. January.",
    "Our holiday shutdown is company-wide. Let's talk when we're back.",
    "It's the quiet season at the track over Christmas. After the holidays we'll get to it.",
    "The mountain-rescue office is on holiday duty only. New year for this.",
    "Tis the season, and the office is empty. After the holidays, please.",
    "Everyone's scattered for the holidays. I'll come back to this in January.",
    "The holidays have hit. Let's resume after New Year's.",
    "Let's leave it until the holidays are behind us.",
    "Can we pick this up once the holiday break is over?",
    "After the holiday break I'll be able to give this proper attention.",
    "Our New Year holidays start now, so we answer in January only.",
])

EXPANSION_PROPOSAL = Pool("our expansion proposal with an explicit verb or question (marker "
                          "expansion_proposal)", [
    "Since the spawn-run rooms in {city} are now on the system too, I'd like to propose extending "
    "the licence to {n} growers from {month}.",
    "Would it make sense to bring the second casing shed onto the same plan? I can put numbers "
    "together for {n} seats.",
    "Shall I draw up a quote for the substrate-lab module? It would sit on top of what your "
    "pickers already use.",
    "Can I suggest we add the {city} crew to the contract before the re-roofing season starts in "
    "{month}?",
    "I'm proposing a move to the Site tier for all {n} of your estimators — it unlocks the "
    "drone-survey imports you mentioned.",
    "Happy to send over an offer for the extra depot in {city} if you want it costed.",
    "Would you consider adding the warranty-tracking add-on? I'd quote it at the same per-seat "
    "rate as today.",
    "Question for you: do you want the {n} installers on the field app as well, or just the "
    "office?",
    "We'd like to offer your hobby-shop partners a reseller login — shall I set out the terms?",
    "I'd recommend upgrading to the Workshop plan before the Christmas catalogue goes out; want "
    "me to price it for {n} users?",
    "May I put forward an extension for the {city} kit assembly line from {month}? Same terms, "
    "{n} more seats.",
    "Could we talk about taking the layout-design module on too? I think it would save your "
    "modellers a lot of re-keying.",
    "Let me propose something: both vans, plus the hygienist in {city}, on one practice licence "
    "from {month}.",
    "Do you want me to quote the second mobile surgery unit? I can have it to you by Friday.",
    "Would the trust be open to adding the volunteer rota module for the other {n} keepers' "
    "cottages?",
    "I'm suggesting we widen the agreement to cover the visitor centre in {city}, starting "
    "{month}.",
    "Shall I prepare a proposal for the archive-scanning add-on so the logbooks can go in as well?",
    "Any appetite for the Premium tier? I'd offer it at last year's price if you sign before "
    "{month}.",
    "Can I offer you {n} extra seats at the volume rate, so the night pickers each get their own "
    "login?",
    "What would you say to rolling the platform out to the {city} farm as well? I'll send figures "
    "if it's a yes in principle.",
    "I wanted to float an upgrade to Enterprise — the audit log alone would cover what your "
    "insurer asked for. Shall I write it up?",
    "Would it help if I quoted the roofing crews separately from head office, say {n} field seats "
    "from {month}?",
    "Proposal from our side: add the {city} branch, {n} users, co-termed with your current "
    "renewal. Thoughts?",
    "Might I suggest the multi-site bundle? It folds in {city} and brings the per-seat price down.",
    "Are you interested in the booking add-on for the school outreach visits? I can quote it this "
    "week.",
    "Could I propose a pilot of the inventory module with {n} of your staff in {month}, then "
    "expand if it works?",
    "I'd love to offer the loco-decoder catalogue integration to your whole sales desk. Want a "
    "quote?",
    "Should we look at extending to the weekend harvest team? I'm thinking {n} extra logins, "
    "starting {month}.",
    "Shall we put the {city} clinic days on the same account? I'll propose a single bill for both "
    "vans.",
    "I'll suggest it plainly: moving to annual billing plus {n} more seats would save you roughly "
    "a month's fee. Interested?",
    "Would you like me to send a formal offer for the second lighthouse, the one in {city}?",
    "We could extend your plan to the gift shop tills too — shall I put a price on that?",
    "Dare I propose the analytics tier? Your growing-room data would finally be in one place.",
    "Do you want to add the scaffold subcontractors as guest users? I can offer {n} guest seats "
    "at no charge for the first quarter.",
    "Is it worth me quoting the export-documents module now that you ship to {city}?",
    "Can we discuss upgrading the {n} dental nurses from read-only to full seats in {month}?",
    "I'd like to recommend the Heritage plan for the trust; it includes the donor CRM. May I send "
    "the proposal?",
    "Let me know if I should prepare numbers for the extra grow tunnels — I'd propose {n} sensors "
    "and {n} seats.",
    "Is there interest in a three-year deal covering all depots? I can offer a fixed price "
    "through {month} of next year.",
    "How about we add the hobby-club portal for your {city} dealers? I'm happy to quote.",
    "Could we extend the contract to the second van from {month}? I'll draft the amendment if you "
    "agree in principle.",
    "Tentative idea — shall I quote {n} seats for the guides at the {city} light station?",
    "I'm writing to propose the Pro tier for your estimators; happy to walk you through the cost.",
    "Would adding the compliance pack make sense before your {month} audit? I can send an offer "
    "today.",
    "Shall I send you a quote for rolling this out to the new pickers in {city}, {n} of them by "
    "my count?",
    "Is it the right moment to talk about upgrading? I'd propose the Growth plan for {n} users.",
    "We can give you {n} more seats at the current price — do you want them for the {city} shed?",
    "Me again. Propose we add the oyster-mushroom line to your account from {month}, ok?",
    "Would you be up for the fleet tier, so the {n} trucks carrying shingles report their stops "
    "too?",
    "I'd like to put a proposal in front of your board: the whole trust network, {n} sites, one "
    "licence.",
    "Could I tempt you with the Collector tier? It covers limited-edition pre-orders, which you "
    "keep doing by hand.",
    "Shall I include the {city} warehouse in next year's order? I can propose a blended rate.",
    "Want to try the upgraded plan for the dental vans? I'll offer {n} seats on a no-commitment "
    "trial until {month}.",
    "Thinking of your growth this year — may I quote the next tier up, with {n} users?",
    "Can I recommend we extend cover to the evening clinics as well? I'd send a short proposal.",
    "Would a bigger bundle suit you? I'm proposing {n} seats plus the reporting pack, starting in "
    "{month}.",
    "I'd like to suggest adding the tower-inspection checklists for the volunteers — shall I send "
    "an offer?",
    "Should I extend the quote to cover {city}? Your ops lead said they might join in {month}.",
    "I wonder whether you'd like the Enterprise features for the roofing division — may I prepare "
    "a quote?",
    "Proposing: the compost-yard team joins the platform, {n} users, from {month}. Can we discuss?",
    "Is the team ready for more seats? I can offer {n} at a discount if we add them before "
    "{month}.",
    "Would you entertain a proposal to bring the model-shop franchisees onto your account?",
    "Would it be useful if I quoted the patient-recall module for both vans?",
    "I'm happy to offer an upgrade to the Plus tier for the {city} office — do you want to see "
    "numbers?",
    "May I suggest extending the agreement by two years and adding {n} seats? It locks in today's "
    "rate.",
    "Should we talk about the heritage-grants add-on? I'd propose it for the {city} trust first.",
    "Let's expand the pilot? I can quote the full rollout, {n} people across the farms, for "
    "{month}.",
    "Would you like the dispatch board for your {n} roofing crews added to your plan?",
    "Could we bring the spare-parts webshop onto the same subscription? I'll send an offer if so.",
    "Sain baina uu! I'd like to propose adding your Ulaanbaatar office to the licence, {n} seats "
    "from {month}.",
    "Gamarjoba — shall I prepare an offer for the Tbilisi team as well? Same tier, {n} users.",
    "Bonjour, quick one: would you want the Moncton yard included? I can quote it with the {city} "
    "yard.",
    "Yaama, I'm wondering if the community dental program would like the second clinic added — "
    "can I send a quote?",
    "Could we upgrade your plan so the caretakers at {city} get the offline app? Happy to quote "
    "it.",
    "Do you want to go to unlimited seats? I'd offer it for a flat fee from {month}.",
    "I'd propose one simple change: the Professional tier, {n} seats, billed yearly. Shall I send "
    "it?",
    "Might the trust want the events module for the open days? I'd be glad to quote.",
    "Should I add the {city} grow-room sensors to your subscription? I'm proposing {n} devices to "
    "start.",
    "What if we extended to the whole dental fleet in {month}? I'll send a proposal if you like "
    "the idea.",
    "Can I pitch you the premium support tier? Given the {city} rollout it would make sense.",
    "Here's my suggestion: bump the plan to cover {n} users and the parts catalogue. Want me to "
    "quote it?",
    "Would you let me quote the multi-language pack for your export customers in {city}?",
    "I've been asked to offer existing customers the new Scheduling tier first — would you like a "
    "proposal for {n} users?",
    "Do you think the board would consider a site-wide licence? I'm glad to put one together for "
    "{month}.",
    "Happy to propose a bundle for the three farms — do you want {n} seats or unlimited?",
    "Could I interest you in extending to the gutter and fascia crews in {city}?",
    "How would you feel about an upgrade before the summer open days? I'd quote the Heritage Plus "
    "tier.",
    "Shall we add the Brisbane workshop? I'm proposing {n} more seats at the same rate, from "
    "{month}.",
    "Are we able to talk about expanding to the mobile hygiene unit? I'd like to send an offer.",
    "I'm suggesting an upgrade for {n} users so the roof-measure app syncs with your quotes. Okay "
    "to send a price?",
    "Can I quote you for the {city} store opening in {month}? It'd be {n} more seats.",
    "Would your growers like the climate-control integration? I'm offering it at half price for "
    "existing clients.",
    "I would like to propose a second contract for the {city} service vans — may I send details?",
    "Do you want the add-on for the tender team too? I can quote {n} seats.",
    "Would it make sense to take the whole team to the Business plan in {month}? I'd send a "
    "proposal.",
    "Let me offer something: the {city} lighthouse joins your licence at no cost until {month}, "
    "then {n} seats at list.",
    "Picking up on your remark about the new casing room: would you want it on the system? I "
    "could quote {n} more seats from {month}.",
    "re the {city} depot - want me to add it to your plan? {n} seats, same price. lmk",
    "quick q — should I price the upgrade for the night crew before {month}?",
    "I propose we extend your subscription to the restoration workshop, which now has {n} "
    "volunteers.",
    "Would you consider the Team plan for your dentists? I'll send the offer with the {month} "
    "start date.",
    "Dear Ms Bayarmaa, kindly may I propose to enlarge the licence for your branch in {city} with "
    "{n} additional users?",
    "Dear Mr Beridze, we would be glad to offer you the upgraded package for your team — can I "
    "send the conditions?",
    "I'd like to offer your guild the club licence — shall I draw one up for {n} members?",
    "Want me to put together a proposal for the tile and slate division as well?",
    "Could we add the estimating module? Happy to quote, it would take your {n} estimators off "
    "the spreadsheets.",
    "On the phone you mentioned the spore lab; shall I quote it on its own or as part of the full "
    "plan?",
    "Might be time to go up a tier — can I send you the numbers for {n} users?",
    "Thoughts on adding the {city} heritage centre in {month}? I'd suggest the same plan as the "
    "other sites.",
    "Would you want extra seats for the apprentices? I'm offering {n} training licences at a "
    "reduced rate.",
    "I'll propose it formally if you like: {n} seats for the farm shop — sorry, I mean the "
    "packing floor — from {month}.",
    "Would you like to expand the contract to the hygienists who joined in {city}? I'd quote per "
    "seat.",
    "We recommend the Pro plan for clinics with more than two vans — shall I put one together for "
    "you?",
    "Any chance you'd like the fleet-tracking add-on quoted along with your renewal?",
    "Happy to discuss an upgrade whenever suits. I'd propose the tier with offline sync, {n} "
    "users.",
    "Could I send a proposal for the {city} roofing yard? It would put your whole team on one "
    "login system.",
    "Would the board like to extend the agreement to the new lighthouse keeper's museum? I can "
    "quote it.",
    "I'm offering you first refusal on the new Maker tier — interested in {n} seats from {month}?",
    "What about the extra mushroom house you're building in {city}? Shall I add it to the order "
    "now?",
    "Could I suggest one thing before renewal: add {n} seats for the weekend staff. Want the "
    "quote?",
    "Is the Enterprise tier worth a look for you? I'd be glad to send a proposal for {month}.",
    "Would the {city} team benefit from the premium plan? I can put a proposal together.",
    "Can I offer to extend your trial of the analytics pack into a paid add-on from {month}?",
    "Do you want to grow the plan to match your new headcount ({n})? I'll send a quote.",
    "Our proposal: the whole roofing group on one contract, {n} users, starting {month}. Shall I "
    "send the paperwork?",
    "Shall I cost the reporting module for your trustees as well?",
    "I'd like to recommend adding the dispatch add-on for the vans, and can quote it for {month}.",
    "Could we move you to the next tier? I'd propose {n} seats and quarterly billing.",
    "May we quote you for the kit-building workshop in {city}?",
    "Would an extension to your {city} franchise be of interest? I'd happily quote it.",
    "Shall we expand to the full team? I'd propose {n} users and send the numbers this week.",
    "Can we look at the Scale plan for you? It'd include {city} and the new farm, from {month}.",
    "Should I offer the board the multi-year option? {n} seats, price fixed until {month} two "
    "years out.",
    "Would it suit you if I quoted the second brand — the narrow-gauge range — on the same "
    "account?",
    "I propose adding the patient-app seats for your {city} van: {n} of them, starting {month}.",
    "Do you want me to quote the accessibility pack for the lighthouse tours?",
    "Another idea: should we add the {city} roofing supply yard onto your plan?",
    "Could the growers use more seats? I'd offer {n} more for the spring flush.",
    "May I suggest the Gold support tier for the winter storms season? Happy to quote.",
    "I'd like to make you an offer for the whole cooperative, {n} farms, from {month}.",
    "What do you think about extending to the orthodontist who joins the van in {month}? I can "
    "quote one more seat.",
    "Want the {city} model shop on the same licence? I'll propose a single price.",
    "Bit of a cheeky one — could we bring the oyster and shiitake rooms onto the Pro tier "
    "together? I'll send numbers for {n} seats.",
    "I was going to wait for the renewal, but why not now: shall I quote the Ballarat and {city} "
    "crews on one contract?",
    "Would the keepers' association want a shared licence across the coast? I could propose one "
    "for {n} stations from {month}.",
    "Dear Ms Nino, would you allow me to prepare an offer for the extended package in your Batumi "
    "office?",
    "Sain uu, Ganaa — could we discuss adding the Darkhan warehouse? I can quote {n} users.",
    "Allô, would the Dieppe crew want in on the plan too? I'll price it if you say so.",
    "Would the health service like me to quote the outreach module for the community visits out "
    "past {city}?",
    "So here's what I'm proposing, in one line: the whole layout team on Workshop from {month}, "
    "{n} seats.",
    "Any objection if I send a quote for the extra growing room? No pressure, just want it on "
    "file.",
    "We've opened the Mentor tier to existing customers — shall I put your {n} apprentices on it "
    "from {month}?",
    "Given the new van, would you like me to quote it onto the same licence rather than a "
    "separate one?",
    "Would you want to upgrade the trust's plan before the heritage open days? I'll have a "
    "proposal to you tomorrow.",
])

PROPOSAL_STATEMENT = Pool("our expansion proposal as a plain statement of what an upgrade / higher "
                          "tier / extension would look like or cost, with no "
                          "propose/offer/quote verb (marker expansion_proposal)", [
    "For reference, the Grower tier with {n} seats comes to $14,200 a year, and it adds the "
    "humidity alerts for every room.",
    "Adding the {city} farm would be {n} more logins at $38 each per month, billed with your "
    "current plan.",
    "The next tier up includes the drone roof survey import and costs about $9 per user more per "
    "month.",
    "Bringing the two new crews on from {month} works out at $4,320 for the rest of the year.",
    "With the Workshop plan, all {n} of your modellers would share one parts library; the "
    "difference is $210 a month.",
    "An extension to the second van is $1,150 a quarter, everything else unchanged.",
    "For the trust, the Heritage tier is £6,800 a year and covers up to {n} volunteers and the "
    "archive module.",
    "Going from Standard to Pro for {n} users: $27 per user per month instead of $19, from "
    "{month}.",
    "Including the {city} yard would take your annual total from $22,400 to $29,100.",
    "The multi-site licence covers every spawn room and the packing line for a flat $1,900 a "
    "month.",
    "Two-year term, {n} seats, with the {city} depot included: $61,500 in total, payable annually.",
    "The compliance add-on is $3,000 a year and would be live before your {month} audit.",
    "Unlimited seats would cost you $2,400 a month, which is break-even at around {n} users.",
    "A third dental van on the same account adds $480 a month; the patient records stay in one "
    "place.",
    "Upgrading the keepers' cottages to full seats is {n} × $12 a month, so under $1,000 for the "
    "year.",
    "Next year at the Enterprise level: SSO, audit log, {n} users, $44,000.",
    "The field app for the roofing crews is an extra $15 per installer per month.",
    "What the expansion looks like, in short: {city} joins in {month}, {n} new users, one invoice.",
    "The bundle for all three farms comes to roughly 18 % less than buying each site separately.",
    "At the Collector tier the pre-order module is included, and the price difference for your "
    "{n} users is $340 a month.",
    "On annual billing the same {n} seats come to $11,880 instead of $13,200.",
    "The reporting pack for trustees adds $95 a month and would start with the {month} board "
    "meeting.",
    "Ten extra seats for the weekend pickers: $3,600 a year at your current discount.",
    "Extending to the tile-and-slate division would mean {n} more users and the same renewal date.",
    "The upgrade path from here: Plus ($18/user) → Business ($26/user) → Enterprise (custom).",
    "For the {city} clinic, one more seat at $55 a month would cover the visiting orthodontist.",
    "The events module runs $1,200 a year, and it handles the open-day bookings and volunteer "
    "slots together.",
    "Three-year commitment, all depots, price held: $2,050 per month from {month}.",
    "Adding the {city} model shop's {n} staff would bring you to the next volume band, so "
    "per-seat cost drops to $21.",
    "The premium support tier is 20 % on top of the licence, with a 2-hour response for "
    "storm-season call-outs.",
    "Just to lay it out: sensors for the new tunnels ({n}), plus {n} seats, is $7,700 one-off and "
    "$640 a month.",
    "The offline app for the caretakers at {city} is part of the Pro tier, $6 a user more than "
    "today.",
    "For context, the second mobile surgery on the same plan would be €690 a month.",
    "The whole cooperative on one contract: {n} farms, one admin, €52,000 a year.",
    "Moving the apprentices to training licences costs $9 each a month; {n} of them is under "
    "$2,000 a year.",
    "If the visitor centre joins in {month}, your invoice goes up by $310 a month and nothing "
    "else changes.",
    "The Scale plan would give the {city} office its own workspace; it's $3.10 more per user than "
    "Growth.",
    "Full rollout after the pilot: {n} users across the farms, $1,020 per month.",
    "The guest-user pack is 25 seats for $150 a month, so the scaffold subcontractors could all "
    "log in.",
    "Here's what Business tier would mean for you: your {n} estimators, the takeoff module, and "
    "priority support for $2,300 a month.",
    "The narrow-gauge brand on the same account is another $400 a month, one catalogue, one login.",
    "Dispatch for {n} roofing crews comes to $720 a month, live within a week.",
    "Per clinic day the extended plan works out at about $8.",
    "The difference between your current plan and Enterprise is about $1.40 a day per user.",
    "Your renewal in {month} at the Gold tier would be $18,900, up from $14,500, with 24/7 cover "
    "included.",
    "The archive-scanning add-on is $2,250 a year and takes the logbooks back to 1870.",
    "With the webshop on the same subscription, that's $120 more a month and one less contract.",
    "The multi-language pack for {city} customers: $90 a month, German and Japanese included.",
    "To include the orthodontic team from {month}: {n} seats at $44 each, billed monthly with the "
    "rest.",
    "Site-wide licence for the trust, every lighthouse and the shop: £11,400 a year.",
    "Tier comparison for your Ulaanbaatar branch: Basic 420,000 MNT per month, Pro 690,000 MNT "
    "with the {n} extra users.",
    "The Tbilisi office on the same licence would be 1,150 GEL a month for {n} users.",
    "For the Acadian peninsula yards, adding Caraquet and Shippagan is $640 CAD a month, French "
    "interface included.",
    "The community clinic package covers both the Alice Springs van and the outstation visits for "
    "$2,900 AUD a quarter.",
    "Pro tier for the roofing group = offline mode + photo markup + {n} seats, $1,480/month.",
    "- {n} seats\n- {city} depot\n- priority support\nTotal from {month}: $3,250 a month.",
    "Enterprise gives you SSO and a named support engineer; for {n} users it lands around $39,000 "
    "a year.",
    "The extension to {city} would run from {month} to your existing renewal date, pro-rated at "
    "$2,100.",
    "All three growing sites on the Plus plan: $58 per user, {n} users, so roughly the cost of "
    "one pallet of substrate a week.",
    "Layout-design module: $240 a month for the studio, unlimited drawings.",
    "At {n} seats you'd cross into the 15 % volume discount, which brings the upgrade close to "
    "cost-neutral.",
    "A second year at the higher tier would cost $6,000 more than this year, with the scheduling "
    "and stock modules included.",
    "Both vans plus the hygienist on one practice licence: $1,320 a month, starting {month}.",
    "The patient-recall module is $180 a month per van and sends the SMS reminders automatically.",
    "What the Heritage Plus tier adds: donor CRM, grant tracker, {n} volunteer seats. £3,200 on "
    "top of today's fee.",
    "The lighthouse at {city} would be a separate workspace under your account, £95 a month.",
    "With the climate-control integration the monthly fee becomes $1,150, from $890.",
    "Moving the {n} dental nurses from read-only to full seats is $22 each per month.",
    "Annual prepay on the Business plan for {n} users saves about two months' fees compared with "
    "monthly.",
    "The reseller logins for the hobby shops are $15 per shop per month, with their own price "
    "lists.",
    "Here is the cost of going site-wide: one flat fee of $4,800 a month, no per-seat counting "
    "from {month}.",
    "So the numbers are simple: today $19 × {n}; on Pro it'd be $27 × {n}, with the offline maps.",
    "The spawn-lab workspace on the current plan is $260 a month and keeps lab data separate from "
    "the growing rooms.",
    "An extra year on the current contract at the same price, plus {n} seats for {city}, comes to "
    "$31,800.",
    "Your {month} renewal at the Scale tier would include the {city} team and comes to $47,000.",
    "Upgrading the export desk to include customs documents is an additional $290 per month.",
    "Storm-season premium support runs from {month} to March and costs $1,800 for the period.",
    "A licence for the restoration workshop's {n} volunteers, read-write, is $7 each a month.",
    "For the model-rail club network the Club tier is $2 per member per month, minimum {n} "
    "members.",
    "The larger plan is $3,900 a year more, which covers the {city} shed and the training room.",
    "If the whole group moved to Enterprise from {month}, the per-user price would fall from $31 "
    "to $26.",
    "The farm-shop tills on the same subscription: $75 per till, per month.",
    "Adding the orthodontist's days would be one more seat, $55 a month, prorated from {month}.",
    "Franchise pack for {city}: {n} users, its own branding, $990 a month.",
    "The bigger bundle — {n} seats and the reporting pack — is $2,600 a month from {month}.",
    "The analytics tier puts every growing-room reading in one dashboard, for $410 a month on top "
    "of your plan.",
    "Tower-inspection checklists for the volunteers come with the Operations tier, £140 a month "
    "more.",
    "Going to unlimited seats from {month} is a flat $3,000 a month.",
    "The fleet tier for the {n} trucks is $12 per vehicle per month, tracking and proof of "
    "delivery included.",
    "Gutter and fascia crews in {city} would add {n} seats at $23, on the same renewal.",
    "Accessibility pack for the tours: audio descriptions, large print, $60 a month.",
    "Your spring flush headcount with {n} extra seats would put the monthly bill at about $2,750.",
    "The cooperative licence is €49 per farm per month, and every farm gets {n} logins.",
    "One more sentence on price: the Pro tier is $9 a month per user above what you pay now, "
    "nothing else changes.",
    "Next tier up, the Maker plan, lists at $34 per seat; for {n} seats that's a bit over $8,000 "
    "a year.",
    "Two vans, one account, {n} seats total — $1,560 a month from {month}.",
    "Budget figure for the board: extending the platform to every light station is £14,000 a "
    "year, VAT excluded.",
    "The tile-and-slate division on the current contract would be $5,400 for the remaining months.",
    "For {n} seats at the Business level, monthly, the figure is $2,080; yearly it's $22,464.",
    "Training licences for the apprentices cover {n} people and cost $1,100 a year.",
    "I spoke with our finance team yesterday and the figure for the {city} extension is $1,700 a "
    "month, which starts whenever your rooms are ready.",
    "The warehouse move went well on our side too. For the new shed, {n} extra users on your "
    "existing tier would be $1,140 a month, same terms.",
    "fyi pro tier for {n} ppl = $2,210/mo, incl the crew app",
    "Rough numbers for your planning: Growth today, Scale from {month}, difference about $600 a "
    "month.",
    "Dear Mr Ganbold, the enlarged licence for {n} users with the warehouse module is 1,950,000 "
    "MNT for one year.",
    "Batono Giorgi, the price for the second office on Premium is 2,300 GEL monthly, including "
    "support in Georgian.",
    "The Atlantic Canada bundle — Moncton, Dieppe and {city} on one licence — comes out to $3,300 "
    "CAD monthly.",
    "For the mob's health service, the two-van plan with the outreach module is $3,100 AUD a "
    "quarter, all staff included.",
    "With everything in — {n} seats, {city}, support — the yearly total is $36,700, down from "
    "$39,000 list.",
    "The difference between the two tiers, per crew, is the price of a coffee a day.",
    "Extending to {month} of next year instead of this one costs the same monthly rate; only the "
    "term changes.",
    "The upgraded plan keeps your data where it is; the cost is $12 more per user per month and "
    "the limit on projects goes away.",
    "Pricing for the Workshop tier is public: $29 per seat, and at {n} seats you'd pay $29 × {n} "
    "monthly.",
    "Hobby-club portal for your dealers: setup $500, then $180 a month.",
    "Whole-trust licence, three-year term: £31,000, invoiced yearly.",
    "The orthodontic module runs $140 per van per month and shares the same patient file.",
    "A pilot with {n} staff over {month} is $900 flat, credited against a full rollout.",
    "The shingles-delivery trucks on the fleet tier: {n} vehicles, live GPS, $9.50 each a month.",
    "For the {city} mushroom house, sensors and logins together are $4,200 in year one.",
    "Adding the spore lab as a separate workspace is $190 a month on the plan you already have.",
    "Enterprise for the roofing group is $41 per user per month with a minimum of {n} users.",
    "Your current plan stops at 25 users; the next band covers up to 100 at $2,400 a month.",
    "Renewal at the Professional tier from {month}: $16,200 for {n} users, billed once.",
    "The decoder-catalogue integration for your sales desk: $320 a month, all reps.",
    "On the Plus plan the caretakers in {city} would have offline maps and photo logs for $5 more "
    "each.",
    "The volunteer-rota module for the other cottages is £45 per site a month.",
    "Priority support for the clinic vans: $250 a month, with a same-day engineer in {city}.",
    "The co-termed option adds {city} now and lines its renewal up with yours in {month}; the "
    "pro-rated cost is $2,640.",
    "With two extra farms the licence would be €8,400 a year, roughly what a seasonal picker "
    "costs for a month.",
    "To put a number on it — Scale, {n} users, $3,050 monthly.",
    "The Business tier removes the storage cap and brings the {n} estimators onto takeoff tools; "
    "it lists at $2,300 a month.",
    "The inventory module is $350 a month and would cover the {city} shop and the online store.",
    "Extending your contract two more years at today's rate with {n} added seats: $58,400 in "
    "total.",
    "If the visitor centre and the shop join, the trust's licence goes from £4,200 to £6,900 a "
    "year.",
    "Dental van number three, same plan, $520 a month from {month}.",
    "For the export customers, the Japanese and German interface pack adds $85 a month.",
    "So you have it in writing: Gold support through the winter is $1,650, and it ends "
    "automatically in {month}.",
    "The per-seat price for {n} seats at Growth is $24; at Scale it's $30 but SSO is included.",
    "Offline sync for the remote outstations is included in Pro, which is $7 more per user per "
    "month.",
    "Annual totals side by side: current plan $18,000, Pro $25,200, Enterprise $33,600.",
    "The donor CRM alone would be £1,800 a year; inside Heritage Plus it comes with the grant "
    "tracker.",
    "The weekend harvest crew on their own logins: {n} seats at $16, starting {month}.",
    "Casing-shed rollout: {n} users, {city}, two weeks to set up, $1,260 monthly after that.",
    "Kit assembly line in {city}, {n} new users, would move your bill from $3,900 to $5,100 a "
    "month.",
])

PROPOSAL_SUBJECT = Pool("subject line that IS the expansion proposal (the body may not restate it; "
                        "marker expansion_proposal when read with the first lines)", [
    "Proposal: {n} more seats for the {city} growing rooms",
    "{company} — upgrade to Grower tier",
    "Offer: add the {city} depot to your plan",
    "Quote for extending {company} to {n} users",
    "Expansion proposal – roofing crews field app",
    "Pro tier for {company}, {n} seats",
    "Adding {city} to your licence",
    "Upgrade offer: Workshop plan for the modellers",
    "Second dental van on your account — pricing",
    "{company}: Heritage Plus for all light stations",
    "Your plan + {n} seats",
    "RE: next tier up for {company}",
    "Enterprise for {company} ({n} users)",
    "Bringing {city} onto the platform",
    "Proposed extension – spawn lab workspace",
    "Quote: multi-site licence, {company}",
    "Extra logins for the weekend pickers ({n})",
    "Offer for {company}: 3-year term, all depots",
    "Upgrade path for the {city} clinic",
    "Add-on proposal: archive scanning",
    "{company} on Scale: all sites, one price",
    "Pricing for {n} additional seats – {city}",
    "{company} + {city} office, one contract",
    "Volunteer rota module for every cottage",
    "Upgrade: offline app for {city} caretakers",
    "[Proposal] Business tier, {n} estimators",
    "Fleet tier for the shingle trucks",
    "Unlimited seats for {company}?",
    "Expanding to the tile & slate division",
    "Hobby-shop reseller logins — quote",
    "Patient recall module for both vans",
    "Quote – {n} training licences for apprentices",
    "{company} site-wide licence",
    "Our offer: Gold support for storm season",
    "Climate-control integration for {company}",
    "Extension of your agreement to {city}",
    "Annual plan upgrade, {n} seats",
    "Collector tier for {company}'s pre-orders",
    "The {city} lighthouse on your licence",
    "Proposal — reporting pack for the trustees",
    "Second brand (narrow gauge) on the same account",
    "More seats for {company}: {n} at volume price",
    "Dispatch board for {n} roofing crews",
    "Webshop on your subscription – offer",
    "Premium for {company} from next renewal",
    "Add the orthodontist to the van plan",
    "Quote: the whole cooperative on one licence",
    "{city} farm — expansion quote",
    "Offer inside: {n} guest seats for subcontractors",
    "Upgrade {company} to Plus?",
    "Ulaanbaatar branch – licence enlargement ({n} users)",
    "Tbilisi office: Premium offer",
    "Caraquet & Shippagan yards – add to licence",
    "Outstation clinic package for {company}",
    "Fwd: proposal for the second mushroom house",
    "Layout-design module — price for your studio",
    "{n} seats + {city}: the numbers",
    "Going Enterprise? {company} figures",
    "Gold tier for {company} at the next renewal",
    "Plus tier for the gutter and fascia crews",
    "Pilot → rollout: {n} users across your farms",
    "Offer: lock today's price, add {n} seats",
    "Two-year extension + {city}",
    "Heritage grants add-on for {company}",
    "Events module for the open days – quote",
    "Tasting the Pro tier: {n}-seat trial",
    "Decoder catalogue integration for the sales desk",
    "Upgrade for the {city} model shop",
    "{company} — growing to {n} seats",
    "Offer: compliance pack before your audit",
    "Export documents module – {company}",
    "Accessibility pack for lighthouse tours",
    "Add the visitor centre ({city}) to the trust licence",
    "Dental nurses → full seats",
    "Bundle for all three farms",
    "Multi-language pack for {city} customers",
    "Inventory module for the shop and {city}",
    "Proposed: Business plan, annual billing",
    "Franchise pack quote, {city}",
    "Club tier for {company}'s member network",
    "Ext. to evening clinics — costing",
    "Site-wide deal for {company}: {n} users",
    "Quote attached – {city} kit assembly line",
    "Move to Growth? ({n} users)",
    "Co-term {city} with your renewal",
    "Spring flush: {n} extra seats",
    "Option for {company}: unlimited users, flat fee",
    "Priority support for the clinic vans",
    "Sensors + seats for the new tunnels",
    "Upgrade proposal / {company} / {n} users",
    "Restoration workshop on your subscription",
    "Storm-season support, {company}",
    "Farm shop tills – add to plan",
    "Your licence, now with {city}",
    "One contract for the roofing group",
    "Weekend harvest crew logins ({n})",
    "Offer for {company}: Maker tier",
    "{city} heritage centre – joining the licence",
    "Expanding {company}'s account to the van fleet",
    "Quote: annual prepay, Business, {n} seats",
    "Scheduling tier – first offer to {company}",
    "Casing shed in {city}: {n} users",
    "Tower-inspection checklists for volunteers — pricing",
])

PROPOSAL_SUBJECT_BODY = Pool("body under a proposal subject that does not restate the offer (no "
                             "marker of its own)", [
    "Details are in the attached PDF.",
    "The one-pager is attached; page two has the breakdown by site.",
    "Attached, as discussed on Tuesday's call.",
    "See the document below. The terms match your current agreement apart from the dates.",
    "Full breakdown in the spreadsheet. Column F is the part your finance team asked about.",
    "Sending this now so it is in your inbox before the board pack closes.",
    "PDF attached. It is valid for 30 days from today.",
    "The link below opens the document; no login needed.",
    "This is the version with the corrected VAT line.",
    "Summary attached. The longer version is in the shared folder under Contracts.",
    "As promised during the site visit.",
    "Two attachments: the figures and the standard terms.",
    "Numbers are in the table at the bottom of this mail.",
    "The attached reflects what your operations manager and I went through last week.",
    "Version 2 attached. The only change from version 1 is the billing date.",
    "This replaces the document I sent on Monday, which had the wrong site name.",
    "I've copied your accounts team so they have the same file.",
    "Everything is in the attachment. Reply here with any comments.",
    "The terms and conditions are the same ones you signed last year.",
    "Document attached; the signature page is the last one.",
    "Your procurement portal reference is on page 1.",
    "Please see the PDF. If your finance director needs it in another format, say so.",
    "The details follow the template your trust uses for supplier papers.",
    "Attached in English and in French, as requested.",
    "Bi ene barimtiig khavsargalaa — the document is attached, in English and Mongolian.",
    "Georgian translation of the document follows on Thursday; the English one is attached.",
    "Figures attached, GST shown separately.",
    "Attached for the next council meeting.",
    "The same document is in the shared drive, folder 2027.",
    "Please find the file attached. Page three covers data residency.",
    "No changes to your contract terms apart from what is in the attachment.",
    "This is what we went over on the call, written up.",
    "Attaching the PDF and the Excel version.",
    "The Excel has the per-site split; the PDF is the one to sign.",
    "Forwarding the final version from our legal team.",
    "Document below. Your existing support arrangements carry over unchanged.",
    "Sent through the supplier portal as well, reference 4471.",
    "Attached. I've left the start date blank for you to fill in.",
    "Details attached, in the format your purchasing officer asked for.",
    "see attached",
    "pdf attached, excel to follow",
    "All in the doc.",
    "The file is large, so it is in the download link rather than attached.",
    "Attached as a single PDF, 4 pages.",
    "Your account number is in the header of the attached document.",
    "I have marked the changed lines in yellow.",
    "Your legal team's comments from last year are already reflected in clause 7.",
    "Please see attached. Your finance contact is copied.",
    "This is the document referred to in my voicemail.",
    "Attached is the paperwork; the numbering follows your PO format.",
    "The attachment includes the schedule of sites as an annex.",
    "I've split it by cost centre so each farm manager can see their part.",
    "The document is also available on the customer portal under Documents.",
    "Same terms as the pilot, written up formally.",
    "Find it attached. The second tab lists the sites.",
    "Details in the attachment; the appendix covers security.",
    "Attachment: 1 PDF (212 KB).",
    "Putting this in writing after our conversation at the depot.",
    "The figures were checked by our billing team this morning.",
    "Annex B lists the users by name as they appear in your directory.",
    "Attached in the layout the trustees use for their papers.",
    "Written up below for your records.",
    "The draft order form is attached; nothing is binding until both sides sign.",
    "This follows the structure of your last purchase order.",
    "Attached is the document for the clinic manager's file.",
    "Everything discussed with your fleet manager is in the PDF.",
    "Copying your deputy, as requested.",
    "The terms are in plain language on page 1, legal wording on page 2.",
    "A printed copy is going out by post to your head office as well.",
    "Doc attached, 3 pages, nothing unusual in it.",
    "The file is password-protected; the password follows in a separate email.",
    "This goes with the technical notes I sent your IT contractor.",
    "Attached. The same layout as the renewal papers.",
    "The paperwork is attached in Word so your office can edit the address block.",
    "Nothing in it changes your current users or data.",
    "Attaching it here so it's on the same thread as the invoices.",
    "The attached is dated today and signed on our side.",
    "It's in the usual format, reference number in the subject of the PDF.",
    "Your board secretary asked for a copy; she's on cc.",
    "The breakdown is by van, then by month.",
    "Attached for your review, no cover letter needed.",
    "Sent from the road, attachment should open on mobile.",
])

VAGUE_DECLINE = Pool("vague, open-ended decline of expansion (marker vague_decline)", [
    "We'll stay with what we have for the moment.",
    "I don't think the growers will go for it. Let's leave the plan as it is.",
    "That's not a direction the mushroom side wants to go in.",
    "The current setup does the job; no changes needed on our side.",
    "I ran it past the owners and there wasn't much enthusiasm.",
    "We're keeping things lean, so we'll pass.",
    "Leave it with the present number of seats, please.",
    "It's a bit much for us at this stage.",
    "Honestly the crews are managing fine with the basic version.",
    "I'd rather not add anything just now.",
    "The trustees weren't keen. We'll carry on as before.",
    "Doesn't feel like the right fit for us.",
    "We're happy enough where we are, no need to go up a tier.",
    "I'll be straight: it's not on our list.",
    "Let's keep the scope the way it is.",
    "Hmm. Probably not for us.",
    "We'll hold at the current level.",
    "I don't see us needing that.",
    "The partners would rather keep spending flat.",
    "Our team's comfortable with the plan as it stands.",
    "Not for now, I think.",
    "We'll give that one a miss.",
    "I mentioned it at the management meeting and it didn't go anywhere.",
    "We've decided to stay put.",
    "I don't think there's a case for it here.",
    "Nobody on the board picked it up, so I'd take that as a no for the time being.",
    "The bigger plan isn't really us.",
    "We'll stick to the two vans on the current licence.",
    "Let's not complicate things.",
    "We're in a consolidation phase, so extra modules are off the table.",
    "Appreciate the thought, but we're fine.",
    "I can't see it getting approval.",
    "Not a priority for the farm, sorry.",
    "It's a no from me, at least for now.",
    "We're trying to do more with what we've already got.",
    "We need to tidy up how we use the current system before anything else.",
    "The appetite just isn't there.",
    "I'll pass this time round.",
    "Probably best if we leave it.",
    "The directors want to keep the licence where it is.",
    "It wouldn't change much for us, so we'll stay on the standard plan.",
    "We need to streamline first, not add more.",
    "I'd say we're good as is.",
    "Let's drop the growth talk, it's not landing here.",
    "I floated it with the crew leaders, got blank looks.",
    "We're not looking to expand the account.",
    "Keep it as it is, ok?",
    "I'm going to say no on the upgrade.",
    "It isn't for us, not in the shape we're in.",
    "It's not in the budget and I don't see it getting in.",
    "We won't be taking the extra seats.",
    "Let's stay at the size we are.",
    "No real need on our end.",
    "Bi oilgoson, but for our company the current licence is enough. We not need more now.",
    "For us the present package is sufficient. Additional users we will not take, I think.",
    "Batono, I discussed with our director; he said is not necessary. We remain like this.",
    "In Georgia we say, do not put two saddles on one horse. We stay with the plan we have.",
    "Bon, I talked it over with the boss and we're gonna stay like we are, là.",
    "Ben non, not for us this time. The yard's fine with what it has.",
    "We had a yarn about it at the clinic and mob reckon we're right as we are.",
    "The board had a talk, they're not wanting the bigger package. We'll keep going how we are.",
    "Not sure we'd get the use out of it, to be honest.",
    "Got your note about the Pro tier. Reckon we'll skip it.",
    "i think we're ok without it",
    "nah, we're set w/ what we got",
    "We'll leave the licence alone.",
    "It's a nice idea but it's not going to happen here.",
    "Budget is what it is. We'll stay on the current tier.",
    "The owners want spending flat across the board — no upgrade.",
    "We've got enough on our plate without adding users.",
    "Short answer: no change.",
    "We prefer to keep things simple with the one van on the plan.",
    "The trust is cautious about new commitments, so we'll decline.",
    "I don't think the timing will ever be quite right for that, if I'm honest.",
    "We're not growing the way we thought we would, so let's leave it.",
    "Let's not go there for now.",
    "Mmm, I'll have to say no.",
    "Afraid the extra module isn't something we want.",
    "The guys on the roofs barely use the app as it is. Extra seats would be wasted.",
    "We'll keep the account at its current size, please don't send the paperwork.",
    "Leadership isn't in the mood for any new spend.",
    "It's a pass for the whole group.",
    "Our volunteers are stretched and wouldn't take to another system.",
    "The council of trustees didn't support the idea.",
    "I'll keep it in mind, but we won't be moving on it.",
    "I don't want to commit to anything bigger.",
    "We're going to stay small for a while.",
    "Nothing changes for us, sorry to disappoint.",
    "That's a bigger coat than we need to wear.",
    "We're trying to cut back on subscriptions in general, so no.",
    "I can't justify it internally.",
    "The general feeling is that the current plan covers it.",
    "It won't be for the roofing side, I'm afraid.",
    "Let's leave the extra shed off.",
    "I asked around the growing team, nobody wanted it.",
    "My manager said no more tools. Not 'not now', just no more tools.",
    "We'll be staying on the basic plan.",
    "No interest in expanding at the moment.",
    "We can't take that on.",
    "I don't think so, we're fine.",
    "It's not really on the radar.",
    "We'd rather not increase the seats.",
    "One site is plenty for us, let's leave it there.",
    "There's no push for it from the team.",
    "The dentists aren't asking for more, so we'll leave things.",
    "It would be hard to sell internally.",
    "I'd prefer we didn't expand the contract.",
    "We're not in a position to take on more right now.",
    "I put it to the committee and the answer was a polite no.",
    "It's just not something the lighthouse keepers need.",
    "I think we'll just carry on as usual.",
    "We're holding steady.",
    "Leave us where we are for now, please.",
    "We've looked at it from a few angles and it doesn't add up for us.",
    "I'm not going to take that one forward.",
    "Right now the answer's no, and I don't know when that'd change.",
    "We're more in a 'make do' frame of mind.",
    "I think we've reached the size we want to be with you.",
    "The plan we're on is plenty. Let's not upsell, ok?",
    "Someday maybe. Not now.",
    "I'll let you know if anything changes, but don't count on it.",
    "It's come up before and the answer hasn't moved.",
    "We're not convinced the extra tier is worth it for a farm our size.",
    "Can we leave this one? We're happy with the basics.",
    "Owner says no new contracts. That's all I've got.",
    "The mood in the office is to keep costs where they are.",
    "Not a fit for how the trust works.",
    "We've had a lot of change already and people want stability.",
    "It's a hard no from finance.",
    "I'd love to say yes, but it's not happening.",
    "We're not there yet, and I can't say when we will be.",
    "I've been told to hold the line on all software.",
    "We're going to be careful with commitments for the foreseeable future.",
    "The guys don't want another app. Leave it, please.",
    "Our feeling is that the basic tier suits a small crew like ours.",
    "The thing is, the vans work fine with what we've got.",
    "We'd sooner keep things as they are.",
    "Not interested in more seats, all the same.",
    "Let me be clear so you don't chase: no upgrade.",
    "Nope, we'll stay.",
    "We don't see the value for us.",
    "The extension isn't something we'll take up.",
    "Our director is not keen on growing the contract.",
    "Can't sell that one to the committee.",
    "We're scaling back generally, so this isn't the moment — and I can't promise there will be "
    "one.",
    "Ma foi, I don't think we'll need it, the office is small.",
    "Our little company is not ready for the big plan. Maybe never, I don't know.",
    "Mongol style answer: we think slowly, and we think we don't need it.",
    "Upgrade is not in our thinking. The director decided to keep as before.",
    "Council won't go for it, unna. We stay how we are.",
    "Aunty at the front desk says we're fine, and she runs the place, so that's that.",
    "We're just not going to grow the licence. No drama.",
    "I took it upstairs and it came back with a shrug.",
    "There's not a lot of support for it here.",
    "The growing rooms tick along fine on the small plan, so no.",
    "I'm going to decline on behalf of the team.",
    "It's not going to fly with the partners.",
    "We're sitting tight.",
    "Let's say no for the time being and leave it open-ended.",
    "We have other priorities, so not this.",
    "I don't want to give you false hope on the expansion.",
    "I think this is as far as we go with the platform.",
    "We won't be adding the second office.",
    "Ok so I brought it up with the crew bosses and the answer was basically 'why would we'. So, "
    "no.",
    "We went through the options at the staff meeting, and the view was to leave everything as it "
    "is — nobody could point to a need.",
    "The dental side is not growing, so we keep the plan as it is.",
    "Look, we're a small outfit. The extras aren't for us.",
    "Keep us on the plan we're on, and let's leave the upsell there.",
    "I'm afraid that's a no from the owners' side, without much detail I can give you.",
    "We'll be keeping our footprint the same.",
    "Not a conversation we need to have, I think.",
    "Let's just leave the licence the size it is.",
    "I'm not sure what would change our minds, honestly.",
    "The team voted with their feet — nobody signed up for the trial seats — so we'll leave it.",
    "We're good, no more users.",
    "Maybe in some distant future. Right now, no.",
    "Shall we say no and leave it at that.",
    "The management prefers not to expand the licence. Please understand.",
    "Director Tsetseg has read your letter. Our answer is that we continue with the existing "
    "volume.",
    "From Tbilisi the answer is no — we keep our plan as is.",
    "We're gonna pass, mon ami.",
    "Mob's not wanting more computer stuff. We'll leave it at that.",
    "I don't think we'll be biting on this one.",
])

CONCRETE_DECLINE = Pool("decline with a concrete reason AND a date to revisit (marker "
                        "concrete_decline; weak evidence)", [
    "We can't add the {city} shed until the new cooling plant is commissioned; ask me again in "
    "{month}.",
    "Not this year: the packing-line refit eats the capital budget. Let's revisit in {month} when "
    "the new budget opens.",
    "The merger with the Riverina growers closes at the end of the quarter and nothing gets "
    "signed before that. Come back in {month}.",
    "Our insurer is re-rating us after the hail claims, so no new spend until the premium is "
    "settled in {month}.",
    "The roofing crews are on a wage freeze until the enterprise agreement is renegotiated; try "
    "me again in {month}.",
    "We're moving the workshop to {city} over the summer, so new seats would be wasted until "
    "we're in. {month} is the earliest.",
    "The new catalogue launch has every dollar tied up. We'll look at the Workshop plan in "
    "{month}, after the launch figures are in.",
    "The dental board accreditation visit is the only thing on our minds until it's done. I'll "
    "pick this up in {month}.",
    "Our second van is still waiting on its health department licence, so there's nobody to give "
    "the seat to. Revisit in {month}?",
    "The trust's grant from the heritage lottery fund is decided in {month}; until then we can't "
    "commit to anything extra.",
    "We have a new finance director starting in {month} and she will want to review all contracts "
    "first. Ask again then.",
    "The tender for our IT support is open and all supplier changes are frozen until it's awarded "
    "in {month}.",
    "No, because the {city} site is being sold; if the sale falls through I'll come back to you "
    "in {month}.",
    "Capex is frozen until the next harvest numbers are in, which is {month}. Raise it then.",
    "We're halfway through migrating our accounts to a new ERP and IT won't touch integrations "
    "until it goes live in {month}.",
    "The council is reviewing our lease of the light station; no new commitments until the "
    "decision in {month}.",
    "Our board only signs contracts over $10k at the AGM, and the next one is in {month}. Put it "
    "on the agenda for then.",
    "Two of our four vans are off the road for refits until {month}, so more seats make no sense "
    "before then.",
    "We're waiting for the compost supplier contract to renew in {month} — our margins depend on "
    "it. After that we can talk.",
    "The company is under a spending review by the new owners; the report lands in {month}, so "
    "check back after that.",
    "We lost the {city} contract, so the crews there are being let go. If we win the retender in "
    "{month}, we'll need the seats again.",
    "No go for now: the trustees' budget for this year is already spent. Earliest is {month}, "
    "when the new one is set.",
    "The health service funding for the outstation clinic gets renewed in {month}; without it we "
    "can't add anyone.",
    "Our mushroom houses are being recertified organic and the auditor has asked us not to change "
    "any systems until {month}.",
    "The model-rail show in {city} is our biggest week and nothing new gets rolled out before it. "
    "Talk to me in {month}.",
    "I can't approve it: our bank covenant limits new commitments until we refinance in {month}.",
    "The director is on long service leave and only she can sign. She's back in {month}.",
    "We're rebuilding the roof on our own warehouse (irony noted) and that has taken the budget. "
    "{month} at the earliest.",
    "Until the works council signs off the new rota system in {month}, we can't add the rota "
    "module.",
    "Our union agreement says any new tracking software has to be consulted on; the consultation "
    "ends in {month}.",
    "The IT contractor we use is changing and the new one starts in {month}. Let's not add "
    "anything before the handover.",
    "The extra tier needs SSO and our directory migration is not finished until {month}. Come "
    "back to us then.",
    "We're waiting on the export licence for {city}; no licence, no need for the export module. "
    "Expected in {month}.",
    "Spawn supply from our Dutch partner stopped after the fire at their lab; we won't grow "
    "production until they're back, probably {month}.",
    "The practice is being valued for sale and the accountants want costs unchanged until {month}.",
    "Cyclone season means the community clinic only runs half days; we'll revisit once it's over "
    "in {month}.",
    "Our Georgian subsidiary is being restructured and the new legal entity only exists from "
    "{month}; the contract would have to be with that entity.",
    "The Mongolian office moves into the new building in {month}; until then they have no proper "
    "internet, so no point in more users.",
    "We're closing the yard in Shippagan for the lobster season changeover; reopening in {month}, "
    "talk then.",
    "Two reasons, both boring: 1) the auditors are in until the end of next month, 2) the new "
    "price list isn't approved. Ask again in {month}.",
    "Later, please. Our company waits for the mining contract decision in {month}; before that we "
    "do not increase the budget.",
    "Dear colleague, our director explained that the company budget for software is approved only "
    "once a year, in {month}. Then we can consider the additional users.",
    "Batono, the new tax code changes our accounting in January and all our people are busy with "
    "it. Please write to us again in {month}.",
    "Ben là, we're in the middle of the co-op's annual general meeting process, nobody signs "
    "nothing till it's done. Reach me in {month}.",
    "The lands council has to approve any new contract for the clinic and they only sit again in "
    "{month}. We'll take it to them then.",
    "Our funding from the health department is under review and we'll know in {month}. Can't grow "
    "anything until we know.",
    "We're switching from hand-picking to the new harvester in the {city} houses and it changes "
    "how many people we need. Revisit in {month} when headcount settles.",
    "The roofing licence board changed the inspection rules and we're re-training every crew. No "
    "new software until {month}.",
    "I'd need the owner's signature and he's in hospital for a knee operation — back properly in "
    "{month}. Hold until then.",
    "We signed a three-year deal with a scheduling vendor last spring and it doesn't run out "
    "until {month}. Can't justify paying twice before then.",
    "A pipe burst in the engine room of the light station and the repair bill is eating our "
    "reserves; we'll reconsider in {month}.",
    "The crews are on the {city} hospital job until {month} and there's no one free to learn a "
    "new module. After that, yes, let's talk.",
    "We've just been told our rent goes up 30 % at the {city} workshop; until the new lease is "
    "signed in {month}, no new costs.",
    "Sorry, the second van is being replaced after the accident and the new one arrives in "
    "{month}. That's when the seat would be useful.",
    "Our visa applications for two new dentists are still pending; if they're approved we'd need "
    "the seats from {month}.",
    "Not before the new website goes live in {month}, because the shop integration depends on it.",
    "The foreign-exchange swing hit our import costs badly this quarter. Finance says no new "
    "subscriptions until the {month} review.",
    "Our volunteers' insurance is being renewed and the policy changes who can use the system. "
    "Once that's sorted in {month}, I'll come back to you.",
    "Right now our priority is the fire-safety upgrade the heritage inspector ordered; due in "
    "{month}, after which the budget frees up.",
    "The board approved a hiring freeze until {month}, so there's nobody to put on the extra "
    "seats.",
    "Our accountant wants the books closed on the old financial year first, end of {month}. After "
    "that, yes.",
    "We're in the middle of a data-protection review after the lost laptop; legal says no new "
    "tools until it's closed in {month}.",
    "Until the buyout of the {city} franchise closes, which our lawyer says is {month}, I can't "
    "commit them to anything.",
    "Our packaging supplier went bust and we're sorting a replacement; earliest I'd look at this "
    "is {month}.",
    "The {city} clinic lease isn't renewed yet — signing is in {month}. If it's renewed we'll add "
    "the seats then.",
    "The parent company is standardising all software at group level; their list comes out in "
    "{month} and we have to wait for it.",
    "We're putting everything into the {city} rail expo stand this winter. Sales target for the "
    "show decides this — ask in {month}.",
    "Government grant rules say we can't change suppliers or scope during the grant period, which "
    "ends in {month}.",
    "We're short two supervisors after retirements and won't have replacements until {month}. No "
    "point adding users with no one to train them.",
    "1) ERP migration, 2) new head of ops starting in {month}. Talk then.",
    "Our spore lab failed its contamination audit and the fix comes first. We re-audit in "
    "{month}; I'll be in touch after that.",
    "I checked with the owner: not until the bank loan for the new growing tunnel is approved, "
    "decision expected in {month}.",
    "We need to see how the {city} pilot crews do over the storm season first. Review date is "
    "{month}.",
    "The trust is changing its constitution and new contracts need the new board. That's formed "
    "in {month}.",
    "We're under a council procurement rule that any spend over $5k goes to a three-quote "
    "process; next round opens {month}.",
    "The company is switching banks and all direct debits are paused until {month}. Can't add a "
    "new one before then.",
    "Our director of operations left and the acting one won't sign new contracts; permanent hire "
    "starts {month}.",
    "The clinic's software is being assessed by the hospital network for compatibility; their "
    "report is due in {month}.",
    "The extra module would need our old tablets replaced, and the tablet budget is in {month}'s "
    "plan, not this one.",
    "Our scaffolding hire contract runs out and the replacement tender isn't settled; until "
    "{month} the crews' schedule is unknown.",
    "Export orders to {city} are on hold pending the new tariff; we'll know in {month}.",
    "We're halfway through a restructure into two companies; the split is final in {month}. Then "
    "each side decides for itself.",
    "I can't push it through before the annual review of supplier spend in {month}; it'll be on "
    "the list.",
    "We're consolidating from three farms to two; the {city} farm closes in {month} and then "
    "we'll know our real headcount.",
    "The shop refit starts next week and runs till {month}; the staff who'd use the new seats are "
    "on the refit.",
    "Lobster season keeps the yard slammed and the boss won't sign anything new till it ends. "
    "{month}, he says.",
    "Our Ulaanbaatar branch will only have the accountant hired in {month}, so before then nobody "
    "can use the finance module.",
    "The Tbilisi office is waiting for the new lease on a bigger floor; after moving in {month} "
    "we can discuss the seats.",
    "Elders' meeting decides big spends for the health service, next one's in {month}. I'll put "
    "it to them.",
    "Our Acadian festival sponsorship took the marketing budget this year; the extra module can "
    "be looked at in {month}.",
    "The volunteer coordinator role is vacant and the new person starts in {month}; they'll be "
    "the one to decide on the rota module.",
    "Our practice management software is being replaced in {month}; integrations only make sense "
    "after that.",
    "The new roof on the packing shed blew our maintenance budget. Let's talk in {month}.",
    "We got hit by a cyber incident and the insurer requires a security review before any new "
    "vendor access; it completes in {month}.",
    "Because of the court case over the old site, our lawyers froze all contracts; they expect it "
    "settled by {month}.",
    "Sales were down 18 % at the {city} store after the road closure, so expansion waits until "
    "trade is back; revisit {month}.",
    "Our parent trust's audit committee reviews all IT spend in {month}. I'll submit it for that "
    "meeting rather than now.",
    "We're trialling a competitor's scheduling tool at the {city} depot; results are due in "
    "{month}, and we'll decide on seats after.",
    "The state rebate for solar on our warehouse comes through in {month} and that's what would "
    "fund the upgrade.",
    "We've just had a baby boom — three of the hygienists are on maternity leave until {month}. "
    "No one to use the new seats until then.",
    "The new harvest robot vendor wants exclusive control of the room sensors until acceptance "
    "testing finishes in {month}.",
    "Our co-founder is buying out the other partner; until that's signed in {month} I don't have "
    "the authority.",
    "The power upgrade for the {city} building isn't done, so the new equipment can't run yet. "
    "{month} is the target.",
    "Finance locks the budget at the end of {month} — bring it back then with the final price and "
    "I'll put it in.",
    "We're rebranding the model-rail range under a new name in {month}; anything new should be "
    "set up under the new brand, so after that.",
    "Until the board of health renews our mobile permit in {month}, we can't plan for more staff.",
    "The regional airline that flies our dentists out to the communities cut flights; the new "
    "timetable is out in {month}, we'll know our staffing then.",
])

ACCEPT = Pool("accepting the expansion (no decline marker)", [
    "Yes, let's do it — add the {n} seats from {month}.",
    "Go ahead with the {city} shed. Send the paperwork to accounts.",
    "Approved. The Grower tier it is.",
    "We'll take the upgrade. PO to follow once purchasing raises it.",
    "Sounds right to me, sign us up for the second van.",
    "The trustees agreed at last night's meeting: include the {city} lighthouse.",
    "Yep, {n} extra logins for the pickers, starting {month}.",
    "Ok, we're in for the Pro tier. Who do I send the signed form to?",
    "The owners said yes. Please add the roofing crews to the contract.",
    "Let's go with the multi-site licence.",
    "Fine by us — extend it to the {city} depot.",
    "That works. Put the spawn lab on our account from {month}.",
    "Confirmed: Workshop plan for all {n} modellers.",
    "We accept the proposal as written.",
    "Please proceed with the extension; the signed order is attached.",
    "Yes to the patient-recall module for both vans.",
    "Do it. The weekend crew needs the logins.",
    "We'll go for the three-year deal.",
    "Board approved it this morning — Enterprise for {n} users.",
    "Count us in for the Heritage Plus tier.",
    "Right, let's add the tile and slate lot as well.",
    "Agreed on the {city} yard from {month}.",
    "Yes. Send the invoice to the usual address.",
    "No objection from finance, so go ahead with the {n} seats.",
    "No problem at all, we'll take the extra van on the plan.",
    "Happy to proceed with the events module.",
    "The director signed, scan attached. Start whenever you're ready.",
    "We'll have the annual plan, please.",
    "Sure, add the orthodontist.",
    "ok go ahead w/ the upgrade",
    "yes pls add {city}",
    "That's a yes from me and from the crew bosses.",
    "Let's do the pilot with {n} people in {month} and take it from there — consider this a yes "
    "to the pilot.",
    "We're going ahead with the Business tier. The PO number is on its way.",
    "Approved pending the signature from our chair, which is a formality; set it up.",
    "Yes to all three farms on one licence.",
    "Please add the {city} model shop to our account.",
    "I got the sign-off. Extend the licence to the visitor centre.",
    "Okay, the compliance pack — let's have it before the audit.",
    "Yes, the archive add-on, please. The logbooks are ready to scan.",
    "Batono, our director approved. We take {n} additional users from {month}.",
    "Dear partner, we confirm the order for the enlarged licence for the Ulaanbaatar branch, {n} "
    "users.",
    "Oui, go ahead — add Caraquet and Shippagan to the licence.",
    "Council said yes, so put the outstation clinic on the plan from {month}.",
    "Yes, we'll take the guest seats for the subcontractors.",
    "Alright, you've convinced me. Upgrade us.",
    "Approved by ops and finance. Proceed.",
    "We will go with the Collector tier from {month}.",
    "Sign us up for storm-season support.",
    "Fine, add the webshop to the subscription.",
    "You can go ahead and bill us for the {n} extra seats.",
    "We'll move to unlimited seats. Please confirm the start date.",
    "Let's add the {city} franchise. I've forwarded your email to the franchisee so they know.",
    "Yes — and make it annual billing while you're at it.",
    "Had a word with the boss on the drive back from {city}. He's fine with it, so yes, the {n} "
    "seats.",
    "We talked it through at the growers' meeting — the sensors for the new tunnels and the "
    "seats, both yes.",
    "Short version: yes. Long version: yes, but please invoice the {city} farm separately.",
    "The answer is yes, effective {month}.",
    "Purchasing will raise the PO on Monday for the extra users; treat this as our go-ahead.",
    "We're good to go on the fleet tier for the trucks.",
    "Please add the dental nurses as full users. Approved.",
    "I can confirm we'd like the Scale plan from {month}.",
    "Let's add the restoration workshop volunteers, all {n} of them.",
    "OK from our side. Send the amendment and I'll get it signed this week.",
    "Yes please to the reseller logins for the hobby shops.",
    "Greenlit. The {city} kit line goes on the plan.",
    "Go. We want it live before the Christmas rush.",
    "We accept — two-year extension plus the new seats.",
    "Decision made: we're upgrading to Gold.",
    "Consider it accepted; our office manager will do the paperwork.",
    "Mm, yes. Do it.",
    "Add them. All {n}.",
    "Sure thing, put the gutter crews on too.",
    "We agree to the pricing and would like to start in {month}.",
    "Our answer is positive: please extend the licence to the Tbilisi office.",
    "Director Bold approved the enlarged package. Please send the contract in English and "
    "Mongolian.",
    "We are agree with your offer. Please make the licence for {n} persons.",
    "C'est correct, we'll take the bigger plan. Bill the Moncton office.",
    "Yep, the mob's happy, put the second clinic on.",
    "No need to wait on my side — go ahead with the upgrade.",
    "Not a problem, add the visitor centre.",
    "The chair's signature is the last step and she's said she'll sign. Start the setup.",
    "Yes, we'll take the training licences for the apprentices.",
    "Consider the extra van approved; the signed form will come from our practice manager.",
    "Let's proceed. The {n} seats can be activated from {month}.",
    "We've decided in favour of the Enterprise tier.",
    "Please go ahead and include the decoder catalogue for the sales desk.",
    "Thumbs up from finance and from me.",
    "Confirming by email as requested: we want the multi-language pack.",
    "You have our yes on the bundle.",
    "Right then, in we go. Three farms, one licence, starting {month}.",
    "We'll do it. Can the {city} team get their logins by the first of {month}?",
    "Book it in: Pro tier, {n} users.",
    "Alright, extend the trial into the paid add-on.",
    "After some back and forth, the partners agreed. Please add the second office.",
    "Yes to the offline app for the caretakers.",
    "That's approved. I've told the crews they'll get logins.",
    "Your terms are fine. We're signing today.",
    "Let's have the accessibility pack — approved.",
    "Proceed with the {city} clinic from {month}, and copy our accountant on the invoice.",
    "Ok deal. {n} seats at the volume price.",
    "We're on board with the site-wide licence.",
    "I'm pleased to confirm the trust will take the events module.",
    "Yes. Our purchase order is 77-2291.",
    "Right, agreed. Add the spring-flush seats and drop them again after.",
    "We'll go ahead with the tunnel sensors; the installer can contact our farm manager.",
    "Approved — please turn it on for the {city} shop first.",
    "The green light came from head office yesterday. Upgrade us to Business.",
    "All good, you can process the upgrade.",
    "We're taking the second brand onto the account. Send the order form.",
    "No objections from legal either, so it's a yes to the three-year term.",
    "Our committee accepted the reporting pack unanimously.",
    "Agreed. Start the priority support from {month}.",
    "Yes — sign us up. Two vans, one practice licence.",
    "Fine, we'll go up a tier.",
    "We're in. Send over what you need from us.",
    "Accepted — finance moved fast for once. Add {n} users.",
    "Yes to the dispatch board. The crew leads are waiting for it.",
    "The answer's yes on {city}. Talk to Bataa for the user list.",
    "All approved at the elders' meeting. Put the health service on the bigger plan from {month}.",
    "yes, go. pls confirm when the {n} seats are live",
    "We'll take the narrow-gauge brand on board under the same contract.",
    "I've signed the order form and put it in the post; you can start.",
    "Count it as a yes — the formal PO just has to go through the system.",
])

TERSE = Pool("terse reply (marker terse; no warmth)", [
    # geothermal drilling, Icelandic English
    "Is done, the casing tally.",
    "Logs are on the share.",
    "Rig 2 at 1.840 m.",
    "Casing landed.",
    "Mud weight ok now.",
    "This is fine for us.",
    "We have it.",
    "Got the file. Opening tomorrow.",
    "Well 34 flowing.",
    "Permit is signed.",
    "Krafla crew has the tablets.",
    "Survey sent to Orkustofnun.",
    "Noted, Þórður handles.",
    "Yes, 12 bar at wellhead.",
    "Bit changed at 06:10.",
    "Invoice is paid, 28.10.",
    "Correct, two rigs not three.",
    "Camp is full that week.",
    "Already in system.",
    "Spares came on the Norræna.",
    "Readings attached, no change.",
    "H2S alarm tested. Works.",
    "It is the old version. Use new.",
    "Sent to Gunnar.",
    "ok. booked the truck",
    "Road open again.",
    "Steam test ran 4 hours.",
    "Nothing from Landsvirkjun yet.",
    "Need the PO number first.",
    "PO 4471-Á.",
    "That is wrong account. Use 0133.",
    "We use kennitala not VAT no.",
    "Signed. Scan follows.",
    "Handover done at shift change.",
    "Separator inspection passed.",
    "Helicopter at 8 if weather.",
    "Cement job finished.",
    "Report is under Well 31 folder.",
    "The numbers match now.",
    "Checked. No duplicates.",
    # climbing gyms, Basque English
    "Is ok.",
    "Yes, is correct.",
    "Holds arrived. Two boxes missing.",
    "The walls are reset.",
    "Waivers printed.",
    "Comp starts 10:00.",
    "We have 40 inscriptions.",
    "Autobelay 3 out of service.",
    "Certificates in the attachment.",
    "Done by Amaia.",
    "Not for this gym, for Getxo.",
    "Already paid by transfer.",
    "The price is with IVA?",
    "Factura recibida.",
    "Okay, I change it in the system.",
    "Mats installed.",
    "Koldo has the keys.",
    "Same holds as the March set.",
    "Setter hours: 22.",
    "Speed wall timer fixed.",
    "Is the other account, the Bilbao one.",
    "Correct now.",
    "Yes. 6 instructors.",
    "The kids class is full.",
    "We don't have this field.",
    "Lockers 1-40 only.",
    "Rope 17 retired.",
    "Sent again, check spam.",
    "Ticket 2210 closed.",
    "Confirmed Tuesday 18:00.",
    "Understood, Leire does it.",
    "Registration closed at 80.",
    "Screenshot of the error attached.",
    "Still the same error.",
    "Kiosk works now.",
    "No, only the Donostia gym.",
    "First-aid refresher done, all 9.",
    "Timetable is in the shared folder.",
    "Xabier approves.",
    "Is with the gestoría.",
    # shoe repair chains, Bermudian English
    "Ya, got it.",
    "Done. 14 pairs.",
    "Soles came in.",
    "Counter's covered Saturday.",
    "Till balanced.",
    "Ticket 887 ready.",
    "Customer collected.",
    "Forwarded to accounts.",
    "Heels out of stock till the boat.",
    "Boat's Thursday.",
    "Key blanks received, short 20.",
    "She picked up the boots.",
    "Machine's running again.",
    "Lease signed, copy to follow.",
    "Warwick branch closed Monday, holiday.",
    "Price list is on the wall.",
    "Sent it to the Hamilton shop.",
    "Yup, it's the Flatts order.",
    "Not our invoice, that's Somerset.",
    "That's the Paget kiosk.",
    "Card machine fixed.",
    "Stitcher back from service.",
    "Already refunded.",
    "Check your junk folder.",
    "Dye batch B-12.",
    "Paid cash.",
    "Job's in the queue.",
    "Insoles on order.",
    "Done, see ticket.",
    "No change on the Warwick till.",
    "Labels printing fine now.",
    "Franchise fee went out.",
    "Needs Mr. Simmons' OK.",
    "OK'd by finance.",
    "Got the envelopes. 200.",
    "Still waiting on the courier.",
    "Watch batteries in.",
    "Shine stand's open again.",
    "Two staff trained.",
    "Closed at 5 today, stocktake.",
    # ice-rink operators, mixed Icelandic / Nordic English
    "Ice is down, 32 mm.",
    "Brine at -9.",
    "Pump swapped.",
    "Zamboni back from Reykjavík.",
    "Club paid for October.",
    "Sheet B closed for painting.",
    "Public skate 13-15 only.",
    "Rental skates sharpened, 60 pairs.",
    "Ammonia drill done, log attached.",
    "Lights retrofit finished in hall 1.",
    "Hockey schedule sent to the league.",
    "Dehumidifier fixed.",
    "Yes it is Egilsstaðir rink, not Akureyri.",
    "Concession stock counted.",
    "Energy bill is the estimate. Real one follows.",
    "Season passes: 312.",
    "Learn-to-skate full.",
    "Resurfacer hours 1.204.",
    "The compressor is the no. 2.",
    "Alarm reset by night guard.",
    "Dasher board 14 replaced.",
    "Figure club has Thu and Sat.",
    "Noted the change.",
    "Bookings migrated.",
    "Ice bill to the club treasurer.",
    "Checked with Ingrid. Correct.",
    "Goal nets ordered.",
    "The sheet is closed for a tournament.",
    "Door 3 code changed.",
    "Hall 2 ceiling is 4.1 m.",
    # seed banks, Nepali English
    "Received, 3 files.",
    "Received sir, will check.",
    "Done already, yesterday itself.",
    "Germination test is completed.",
    "Results are attached in excel.",
    "Accessions entered, 146 nos.",
    "Cold room at -18 since morning.",
    "Humidity is within range.",
    "Shipment dispatched by DHL.",
    "Tracking no. is in the attachment.",
    "MTA signed from our side.",
    "Phyto certificate obtained.",
    "Same was sent on 12th.",
    "Kindly check the second sheet.",
    "Approval is pending from director sir.",
    "Data uploaded in portal.",
    "The voucher photos are in drive.",
    "Barcodes printed, 500 pcs.",
    "Regeneration plot is ready.",
    "Lot 22 viability 71%.",
    "Power cut today, generator running.",
    "Field staff reached Jumla.",
    "Samples will reach by Friday.",
    "It is the finger millet only.",
    "Yes, both lots.",
    "As per the list.",
    "Noted and forwarded to Dipesh ji.",
    "Bill is submitted to finance.",
    "Payment done via bank, voucher attached.",
    "Correction done in passport data.",
    "Drying room fixed today.",
    "Field data comes in Sunday.",
    "The donor report is submitted.",
    "Rice landraces: 38 accessions.",
    "The labels are ok now.",
    "Office closed tomorrow for Tihar.",
    "Please find attached the seed list.",
    "Please see attached excel.",
    "As discussed, attached.",
    "It is updated.",
    # Bermudian / reinsurance-adjacent offices, golf, dive
    "Confirmed for 2, the Dockyard dive.",
    "Boat's booked, 8 divers.",
    "Moped 41 in the shop.",
    "Irrigation pump repaired.",
    "Desal readings in range.",
    "Tank tested. Clear.",
    "Shutters checked, all 22.",
    "Stall's paid up.",
    "Seats allocated.",
    "Gombeys confirmed for the 3rd.",
    "Kiosk's moved to the other dock.",
    "Yeah that's right.",
    "Already sent to payroll.",
    "Payroll tax filed.",
    "Different account number now, see below.",
    "Got it, passing to Kendra.",
    "She's got it.",
    "Done and dusted.",
    "All squared away.",
    "It's in.",
    # Basque trades: cannery, forge, cider house, pelota
    "Labels approved by Pilar.",
    "Cans shipped, 12 pallets.",
    "Refit started on Monday.",
    "Knives packed.",
    "Frames painted.",
    "Pallets loaded for Rotterdam.",
    "Cider house booked for 24.",
    "Fronton court is dry now.",
    "Tickets on sale.",
    "Harbour dues paid.",
    "Cheese count done, 310 wheels.",
    "Berets in stock, navy only.",
    "OK for me, Aitor signs.",
    "Fine for us.",
    "Is sent.",
    "I send now.",
    "Sent it this morning.",
    "Is the same file.",
    "Change done.",
    "We are 7.",
    # lowercase mobile, typos
    "ok, the Krafla one",
    "ok got it, 2 pdfs",
    "k. sent to aitor",
    "rcvd the heels",
    "recvd, checking",
    "yes thats the one",
    "fixed the sheet b alarm",
    "on it, at the counter now",
    "done pls check row 14",
    "sent again",
    "wrong pdf, resending",
    "its the old price",
    "waiting on heels",
    "ya",
    "no idea, ask ingrid",
    "approved by xabier",
    "paid yday",
    "in the drive",
    "see attchd",
    "corrrect",
    "agreed w gunnar",
    "no the 2nd one",
    "same erorr",
    "cleared now",
    "pushed the update",
    "tagged u in the ticket",
    "will chk",
    "chkd, fine",
    "yes both lots, 22 and 23",
    "not that branch",
    "i have it",
    "need login for hilmar",
    "account locked again",
    "pw reset done for counter 2",
    "on site till 6",
    "at the rig, no laptop",
    "driving, will look at it at the depot",
    "ring the rink office",
    "phoned him",
    "left a voicemail for accounts",
    "txt me the code",
    "code worked",
    "printer jammed, using the other",
    "scanner paired",
    "tablet charging",
    "battery dead on rig tablet",
    "new one ordered",
    "theyre in the van",
    "van's at the garage",
    "garage says friday",
    # lists and structured
    "1) yes 2) yes 3) Mikel to confirm",
    "a) paid b) not paid, disputed",
    "Items 1-4 ok. Item 5 wrong qty.",
    "Rig 1: ok. Rig 2: waiting parts.",
    "Gym A done / Gym B Tuesday.",
    "Qty 40, not 400.",
    "Ref: INV-2291. Paid.",
    "PO: 7781 / cost centre 40.",
    "Delivery: Bay 2. Contact: Jon.",
    "Status: closed.",
    "Re: invoice — settled 30.10.",
    "Attn Edurne. Fwd.",
    "FYI, rig 3 log.",
    "FYI only, no action.",
    "Copying Sólveig.",
    "Adding Bikram.",
    "Nabin has the stock sheet.",
    "cc'd finance.",
    "Forwarded internally.",
    "Looping in stores.",
    # procurement / finance one-liners
    "Supplier form returned.",
    "Bank letter attached.",
    "IBAN unchanged.",
    "The kennitala is 560289-xxxx.",
    "Credit note CN-118 in.",
    "Statement reconciled.",
    "Short-paid by 1.200 ISK, bank fee.",
    "VAT no. now on the header.",
    "TicketBAI code on the invoice now.",
    "Foral filing done.",
    "Withholding 1.5% applied.",
    "TDS deducted, certificate next week.",
    "Budget code is 5100.",
    "Goods received note signed.",
    "Three quotes collected.",
    "Contract scanned.",
    "Stamped copy attached.",
    "Original by courier.",
    "Couriered today, AWB 5521.",
    "Cleared customs at Keflavík.",
    "Held at Tribhuvan customs.",
    "Released from customs.",
    "Duty paid.",
    "Freight invoice matches.",
    "Wrong consignee, corrected.",
    # status and facts, other trades
    "Meeting room 2.",
    "Zoom link in the invite.",
    "Teams, not Zoom.",
    "Rota calendar updated.",
    "Moved to 11:30, clash with audit.",
    "Half an hour later, same room.",
    "15 min late, traffic at Hvalfjörður.",
    "Starting now.",
    "Dialling in.",
    "Notes attached.",
    "Minutes approved.",
    "Agenda fine.",
    "Slides received.",
    "No questions.",
    "Nothing to add from stores.",
    "Answered in the doc, column F.",
    "See comments in red.",
    "Tracked changes on.",
    "Version 3 is final.",
    "Use the PDF, not the Word.",
    # more voices: clipped formal, run-on, not-yet hard negatives
    "Not yet, the logs come Thursday.",
    "Not signed yet, Ragnar has it on his desk.",
    "Pending second signature.",
    "With legal.",
    "Legal cleared it.",
    "Board minute attached.",
    "The director signed at 14:10.",
    "Needs two signatures, second one Wednesday.",
    "Awaiting stamp from the ward office.",
    "The municipality approved the plan.",
    "Inspection passed, no remarks.",
    "Two remarks, both fixed.",
    "Fire cert valid to 2028.",
    "Insurance schedule attached, page 3.",
    "Claim number 44-1901.",
    "Adjuster came today.",
    "Pipe repaired, floor drying.",
    "Gym reopens at 16:00.",
    "Rink closed till the plant restarts.",
    "Plant restarted 05:40.",
    "Power back.",
    "Generator off.",
    "Snow cleared to the pad.",
    "Road to Námaskarð closed, using the north track.",
    "Crew got through.",
    "Fuel delivered, 9.000 l.",
    "Water truck on site.",
    "Camp heater fixed.",
    "It is the Hengill logs you want, not Krafla.",
    "This I already answered to Halldór.",
    "Is in the last mail.",
    "Scroll down, the figures are there.",
    "Table is in the appendix.",
    "Page 7.",
    "Column D is metres, E is feet.",
    "Times are GMT.",
    "Prices ex VAT.",
    "Prices in NPR.",
    "In BMD, same as USD.",
    "Quantity per branch in tab 2.",
    "Sizes 38-46 only.",
    "Only leather soles, no rubber.",
    "Grade 6a to 7c.",
    "Holds are Euskal brand.",
    "Mats are 40 cm.",
    "Ropes are 9.8 mm.",
    "Ice 4 cm at the blue line.",
    "Seeds at 5% moisture.",
    "Packets of 50 g.",
    "Bit size 12 1/4.",
    "Depth reached 2.100 m at noon.",
    "Circulation lost at 1.960, regained.",
    "Temperature 287 C bottom-hole.",
    "Flow 38 kg/s.",
    "Rig idle, waiting on weather.",
    "Wind 22 m/s, crane stood down.",
    "The heel bar opens 7:30 from Monday.",
    "Saturday hours 9-1.",
    "New key machine installed.",
    "Staff member off sick, counter shut at 3.",
    "Cash-up sent.",
    "Float is 200.",
    "Short 12 in the till, found it.",
    "Hamilton stock in Paget now.",
    "Two pairs lost in the post, claim lodged.",
    "Claim paid by the post office.",
    "Photo of the sole attached.",
    "The customer says size 42.",
    "Ready for collection.",
    "Collected 14:05.",
    "Mailed back, tracking in the ticket.",
    "Job sheet signed.",
    "We counted 61.",
    "That total includes the deposit.",
    "Deposit refunded.",
    "Fine, the 38 mm sheet.",
    "Fine, go with version 2.",
    "Go ahead with the reprint.",
    "Proceed with the label change.",
    "Leave it as it is.",
    "Use the Getxo address.",
    "Bill the Kathmandu entity.",
    "Ship to Pokhara, bill to KTM.",
    "Deliver to gate 2 at the plant.",
    "Gate code 4417.",
    "Park behind the rink.",
    "Ask for Gísli at reception.",
    "Security has your name.",
    "Badge ready at the front desk.",
    "Induction 20 min, bring boots.",
])

ASSISTANT_REDIRECT = Pool("assistant replying for the executive and redirecting (marker "
                          "assistant_redirect)", [
    "I'm replying on behalf of {exec}. Please direct questions about the routing contract to "
    "{junior}, who manages it now.",
    "This is the office of {exec}. Going forward, kindly send account matters to {junior}.",
    "I manage the inbox for {exec}; I've forwarded your note to {junior}, who will follow up.",
    "Writing for {exec}, who asked me to pass this to {junior}. Please work with {junior} from "
    "here.",
    "I handle correspondence for {exec}. For anything about the depots, please reach out to "
    "{junior} instead.",
    "On behalf of {exec}: please contact {junior} about the renewal, as {exec} is no longer "
    "involved day to day.",
    "Executive assistant to {exec} here. I've looped in {junior}, who is the right person for "
    "this.",
    "I'm the assistant to {exec}. Your message has been routed to {junior} for handling.",
    "{exec} has asked me to redirect vendor emails to {junior}. Please use that contact from now "
    "on.",
    "Please note that {exec} has delegated this account to {junior}; kindly address future "
    "correspondence there.",
    "Responding for {exec}: this has been handed over to {junior}, please follow up with them.",
    "I am writing on behalf of {exec}. Please refer all questions about the transplant logistics "
    "software to {junior}.",
    "Assistant to {exec} here. The courier program is now run by {junior} — please reach out to "
    "them directly.",
    "I've passed this along to {junior} at the request of {exec}.",
    "I work with {exec} and am responding to your email. Please get in touch with {junior}, who "
    "now owns this relationship.",
    "For scheduling and account questions, please connect with {junior}; {exec} has asked that I "
    "let vendors know.",
    "Please redirect this request to {junior}. I'm responding for {exec}.",
    "I am the assistant of {exec}. Your letter is transferred to {junior}, please communicate "
    "with them.",
    "On instruction of {exec}, I forward your proposal to {junior}. Please further correspond "
    "with {junior}.",
    "By request of {exec}, all questions please send to {junior}.",
    "I am secretary of {exec}. Please address to {junior}, they will answer you.",
    "Respectfully, {exec} asked me to inform you: please write to {junior} for this topic.",
    "Your email was received in the office of {exec} and passed to {junior} for consideration.",
    "Please contact {junior} with this question, {exec} has delegated the matter.",
    "I'm answering for {exec}. Please send stuff about the barn software to {junior} from now on.",
    "This is {exec}'s assistant. Y'all will want to call {junior} on this one, {exec} handed it "
    "off.",
    "I keep the books and the email for {exec}. Please take this up with {junior}.",
    "Writing for {exec}, who's at the track. Please talk to {junior} about the contract.",
    "Ia, I am the assistant for {exec}. Please send to {junior}, they look after this now.",
    "Writing for {exec}. Please contact {junior} from now, fa'amolemole.",
    "I'm assisting {exec} and have shared your email with {junior}. Please coordinate with "
    "{junior} going forward.",
    "On behalf of {exec}, I've referred you to {junior}, who leads the cable-car systems project.",
    "I support {exec} and am replying to let you know this has been reassigned to {junior}; "
    "please reach them directly.",
    "Executive office of {exec}: please route all lift-operations vendor matters to {junior}.",
    "I manage {exec}'s calendar. Rather than a meeting with {exec}, please set something up with "
    "{junior}.",
    "Replying for {exec} — I've sent this across to {junior}, who'll handle it.",
    "Assistant to {exec} here. The library IT contracts now sit with {junior}; please direct your "
    "emails there.",
    "I'm writing on behalf of {exec}. Please forward any future proposals to {junior}.",
    "This mailbox is monitored by {exec}'s assistant. Your email has been redirected to {junior}.",
    "I've been asked by {exec} to point you to {junior} for this and any follow-up.",
    "Please reach out to {junior} directly. {exec} asked me to reply and let you know.",
    "I've copied {junior}, who handles this now; {exec} has asked to be taken off the thread.",
    "{exec} asked me to move this over to {junior}. Please continue the conversation with them.",
    "From the office of {exec}: your inquiry has been transferred to {junior}.",
    "I'm {exec}'s EA. Please go through {junior} for the renewal discussion.",
    "Replying on behalf of {exec}. Kindly liaise with {junior} on this going forward.",
    "As assistant to {exec}, I'm redirecting this thread to {junior}, who is best placed to "
    "respond.",
    "At the request of {exec}, please channel any further communication through {junior}.",
    "I look after {exec}'s email. I've handed your message to {junior}, please deal with them.",
    "Responding for {exec}. I've put your request in front of {junior}, who'll be your contact.",
    "I'm writing for {exec}: please take the QBR request to {junior}.",
    "This was sent to {exec}, but I've forwarded it to {junior}, who oversees the dispatch "
    "systems.",
    "For the bus-routing contract please contact {junior}; {exec} asked me to reply.",
    "The office of {exec} kindly asks that you direct the matter to {junior}.",
    "{exec}'s assistant here. Please send the paperwork to {junior} instead.",
    "I'm covering {exec}'s inbox. Please follow up with {junior}, who is now your point of "
    "contact.",
    "Your email reached {exec}'s office. I've handed it to {junior}; please go to them with "
    "further questions.",
    "On behalf of {exec}: please don't escalate this to {exec} again, send it to {junior}, who "
    "will take it from here.",
    "I'm replying for {exec}. Please bring this to {junior}.",
    "{exec} has asked that all account questions go to {junior}. I've forwarded this one already.",
    "As {exec}'s assistant, I'd ask that you reach {junior} for this.",
    "I have referred your message to {junior}, per {exec}'s instructions.",
    "I'm the executive assistant for {exec}; please redirect your request to {junior}.",
    "Writing from {exec}'s office to let you know this has been passed to {junior}.",
    "I'm answering on {exec}'s behalf: please take it up with {junior} going forward.",
    "{exec} has asked me to send vendors to {junior}. Could you contact them instead?",
    "Please use {junior} as your contact from now on. I'm replying for {exec}.",
    "I'm handling {exec}'s mail this month and have forwarded this to {junior}.",
    "Per {exec}: please talk to {junior} about the rollout.",
    "Per {exec}'s instructions, I've transferred this request to {junior}.",
    "Forwarded to {junior} on behalf of {exec}.",
    "Sending this on to {junior} for {exec}.",
    "Redirected to {junior} per {exec}.",
    "Assistant for {exec}: pls contact {junior}.",
    "I'm writing on behalf of {exec}, who asked me to put you in touch with {junior}.",
    "Please let me introduce {junior}, who will handle this in place of {exec}. I'm replying for "
    "{exec}.",
    "I'm with {exec}'s office. I've routed this to {junior} and they'll be in touch.",
    "This is the assistant to {exec}. Please send invoices and account questions to {junior}.",
    "For the organ courier account, {exec} asked me to refer you to {junior}.",
    "I coordinate {exec}'s correspondence. Please approach {junior} about the pilot.",
    "Please connect with {junior}, who {exec} has nominated as your contact. I'm replying on "
    "their behalf.",
    "{exec}'s office here. Please point all stable software questions at {junior}.",
    "I'm the office manager for {exec}. We've passed your note to {junior}, who'll be calling.",
    "I'm assistant to {exec}, replying to say please speak with {junior} for anything regarding "
    "the gondola contract.",
    "On behalf of {exec}, I have forwarded your invitation to {junior}, who will attend instead "
    "if possible.",
    "Writing from the office of {exec}. Kindly redirect the meeting request to {junior}.",
    "I'm replying for {exec}. Please take your questions to {junior}, who runs the branches' IT "
    "now.",
    "I assist {exec}. Please send the renewal to {junior}.",
    "I answer {exec}'s email. Please contact {junior}, who deals with vendors.",
    "On behalf of {exec}: {junior} will be your contact going forward; please address things to "
    "them.",
    "As assistant to {exec}, I'm letting you know we've moved this to {junior}'s desk. Please "
    "contact them.",
    "I work for {exec}. This should go to {junior}, so I've forwarded it.",
    "{exec} has handed the vendor relationships to {junior}. I've passed your email on.",
    "I am assistant of {exec}. Please direct your offer to {junior}.",
    "We have received your email at {exec}'s office. Please contact {junior}, they are "
    "responsible.",
    "Kindly, for this question write to {junior}. I answer for {exec}.",
    "I'm replying for {exec}, who asked me to send you over to {junior}.",
    "{exec}'s assistant here again. Please deal with {junior} directly; I've already forwarded "
    "your last two emails.",
    "Please route the QBR invite to {junior}. I'm responding on behalf of {exec}.",
    "I manage communications for {exec}. Please liaise with {junior} on the fireworks-permit "
    "software.",
    "I'm replying on {exec}'s behalf; please bring the proposal to {junior}.",
    "Speaking for {exec}: please reach out to {junior} with the details.",
    "I'm the assistant to {exec}. I've transferred your request to {junior} and asked them to "
    "respond.",
    "From {exec}'s desk: please contact {junior} regarding this.",
    "I look after {exec}'s diary and inbox. Please send this to {junior}, who can help.",
    "{exec} asked me to forward this to {junior}. Please correspond with {junior} from here.",
    "I support {exec}. Your email has gone to {junior}; please follow up there.",
])

ASSISTANT_UNAVAILABLE = Pool("assistant describing the executive's lack of availability and "
                             "pointing elsewhere, with no redirect verb (marker "
                             "assistant_redirect)", [
    "I'm replying for {exec}, whose calendar is closed until {month}. {junior} runs the routing "
    "contract day to day.",
    "Writing on behalf of {exec}: no new meetings are being accepted this quarter. {junior} holds "
    "the account.",
    "This is {exec}'s assistant. {exec} is out on the depot inspections through {month}; {junior} "
    "is the one with the details.",
    "I manage {exec}'s diary and there is simply no room before {month}. {junior} is fully up to "
    "speed on your contract.",
    "{exec} won't be available for vendor calls in the near term. {junior} has the authority to "
    "decide on this.",
    "I'm afraid {exec} is fully committed with the district negotiations. {junior} knows the file "
    "best.",
    "Replying for {exec}, who is on medical leave until {month}. In the meantime {junior} is the "
    "person for anything operational.",
    "The office of {exec} here. {exec}'s schedule is blocked for the board transition; {junior} "
    "is handling vendor matters for the foreseeable future.",
    "I'm the assistant to {exec}. There's no availability on {exec}'s side this quarter; {junior} "
    "owns the relationship now.",
    "{exec} is travelling between the transplant centres until {month} and isn't taking calls. "
    "{junior} is the right person on courier logistics.",
    "On behalf of {exec}: the diary is closed to external meetings until {month}. {junior} has "
    "full visibility of the account.",
    "I look after {exec}'s calendar and there's nothing free before {month}, I'm afraid. {junior} "
    "is your best bet in the meantime.",
    "Unfortunately {exec} is in accreditation meetings back to back. {junior} is the contact for "
    "the software side.",
    "{exec} has stepped back from the vendor side entirely; {junior} is the decision maker there "
    "now.",
    "I'm writing for {exec}, who is seconded to the state transplant board until {month}. "
    "{junior} covers everything in the meantime.",
    "This is {exec}'s assistant. {exec} is not available at all until {month}. All questions, "
    "{junior} is responsible.",
    "I am assistant of {exec}. Now {exec} is on long business trip, until {month}. {junior} is in "
    "charge for your project.",
    "Respectfully, {exec} is very busy with the government commission until {month}. Responsible "
    "person is {junior}.",
    "The schedule of {exec} is full till {month}, there is no possibility. {junior} has all "
    "information.",
    "Please be informed, {exec} does not take meetings now. For this topic {junior} is competent.",
    "I answer for {exec}: on vacation in the regions until {month}. Meanwhile {junior} replaces "
    "in all questions.",
    "I write for {exec}. There is no free time in {exec}'s calendar. With suppliers, {junior} is "
    "dealing.",
    "I answer for {exec}. {exec} is at the foaling barn all hours and won't be at a desk till "
    "{month}. {junior} knows everything about the contract.",
    "Writing for {exec}, who's at the sales in Kentucky and then the meet. {junior}'s the one "
    "running the office side till {month}.",
    "{exec}'s tied up with the horses and ain't looking at email. {junior} handles the books and "
    "the software.",
    "This is {exec}'s office. {exec} is laid up after surgery until {month}. {junior} is minding "
    "things meanwhile.",
    "Ia, I am writing for {exec}. {exec} is in Samoa for family matters until {month}. {junior} "
    "looks after the office now.",
    "Sorry sole, I am answering for {exec} who is travelling in the islands, no signal there. "
    "{junior} is the one in the office for this.",
    "I'm the EA to {exec}. With the gondola season opening, {exec}'s calendar is closed until "
    "{month}. {junior} is running lift operations day to day.",
    "Between the top station and the avalanche crew, there is no meeting time for {exec} before "
    "{month}. The vendor contracts are {junior}'s.",
    "Replying for {exec}, who is with the ropeway regulator for the whole inspection period. "
    "{junior} has delegated authority on the software.",
    "Assistant to {exec} here. {exec} isn't doing any vendor meetings this season. {junior} holds "
    "the budget for it.",
    "On behalf of {exec}: the library director's calendar is frozen until {month} with the bond "
    "campaign. {junior} leads IT procurement.",
    "{exec} is fully booked with the county commissioners through {month}. {junior} is our "
    "systems librarian and owns this.",
    "This is the office of {exec}. The director isn't available for vendor meetings; {junior} "
    "makes the IT calls these days.",
    "I'm answering for {exec}, who has taken on the consortium chair and has no bandwidth before "
    "{month}. {junior} is now the account owner.",
    "I'm afraid {exec} is unavailable for the next several weeks. {junior} is the person who "
    "handles this.",
    "Sabbatical for {exec} runs until {month}; {junior} is acting in the role.",
    "{exec}'s diary is closed until {month}. {junior} has the account.",
    "No new meetings for {exec}, per standing instruction. The contact is {junior}.",
    "Replying for {exec}: not available until {month}, I'm afraid. {junior} is covering.",
    "No slots for {exec} before {month}. {junior} can help.",
    "{exec} is out of reach for the foreseeable future; {junior} is the one to deal with.",
    "I'm replying on behalf of {exec}, who is tied up with the budget process until {month}. "
    "{junior} has been given ownership of the vendor side.",
    "The short answer is that {exec} is unavailable through {month}. {junior} is managing all "
    "supplier relationships.",
    "Just so you know, {exec} is on parental leave until {month}, and {junior} is looking after "
    "the team while she's out.",
    "Writing for {exec}: there's nothing open in {exec}'s calendar this side of {month}. {junior} "
    "knows the project inside out.",
    "{exec} is away on the state tour until {month}. Everything on the depots sits with {junior}.",
    "As {exec}'s assistant, I should say {exec} hasn't been doing vendor reviews for some time. "
    "That's {junior}'s area now.",
    "As assistant to {exec}, I can tell you there won't be any calls on {exec}'s side this "
    "quarter; {junior} is across all of it.",
    "{exec} is in back-to-back board sessions until {month}. {junior} is empowered to decide.",
    "I'm sorry, but {exec} is unavailable. {junior} is the appropriate person.",
    "During inspection season nobody reaches {exec}, myself included. {junior} is on point.",
    "Replying for {exec}: {exec}'s role has changed and the account is no longer in {exec}'s "
    "remit. {junior} is the owner now.",
    "{exec} moved to the group level and isn't involved in operations anymore. {junior} has it.",
    "Availability for {exec}: nil until {month}. Day-to-day: {junior}.",
    "I'm writing from {exec}'s office: no time in the diary before {month}. {junior} holds the "
    "keys on this.",
    "I'm covering the inbox while {exec} is out for an extended period; {junior} is minding the "
    "shop.",
    "{exec} is currently unavailable and likely will be through {month}. {junior} has context on "
    "everything.",
    "The EA here. {exec} has no openings through {month}. {junior} is your go-to in the meantime.",
    "First a conference abroad, then leave until {month} — that's {exec}'s calendar. {junior} is "
    "the acting lead.",
    "{exec} is not in a position to meet this quarter. {junior} is responsible for the contract.",
    "Apologies, but {exec}'s calendar is spoken for until {month}. {junior} is very capable on "
    "this.",
    "With the merger, {exec} has nothing left for anything else right now. The one who runs "
    "vendor relations is {junior}.",
    "You won't catch {exec} at a desk before {month}, the depot tour goes yard by yard. {junior} "
    "is the office lead.",
    "{exec} isn't available, but {junior} is.",
    "{exec}: unavailable till {month}. {junior}: available now.",
    "{exec} is out. {junior} has this.",
    "It's a hard no on new meetings for {exec} till {month}, I'm sorry to say. {junior} is the "
    "one for this.",
    "The calendar for {exec} is locked through {month}. {junior} is handling the file.",
    "I'm answering for {exec}, who is recovering at home until {month}, bless his heart. {junior} "
    "is in charge of the stable office.",
    "{exec}'s at the track every day from now till the meet's over, so there's no chance of a "
    "sit-down. {junior}'s the one who knows the computer side.",
    "{exec} is on duty at the race meeting and then travelling. {junior} holds the account.",
    "{exec} can't do a call this side of {month}. {junior} handles the gondola ticketing project.",
    "All winter it's insurers and the regulator for {exec}. On the lift side, {junior} makes the "
    "decisions.",
    "In season there is no spare hour in the diary of {exec}. {junior}, who manages operations, "
    "knows your system well.",
    "I keep the library director's mail, and {exec} is out through {month}. {junior} is head of "
    "IT and owns this contract.",
    "{exec} is deep in the levy campaign until {month}. {junior} has sign-off authority on IT.",
    "Three branch openings in six weeks means {exec} is unavailable. {junior} is the point person.",
    "{exec} is in surgery rotation and unreachable until {month}. {junior} is the coordinator for "
    "vendor issues.",
    "Night transplant desk all month for {exec}, so no daytime meetings. Everything "
    "administrative is with {junior}.",
    "These days {exec} is not in the day-to-day at all; {junior} leads.",
    "I'm writing for {exec}, on secondment until {month}. Full authority sits with {junior}.",
    "Meeting {exec} isn't possible in the foreseeable future. {junior} knows the account well.",
    "The diary for {exec} is completely full until {month}, even for internal meetings. {junior} "
    "is who you want.",
    "Please note {exec} will not be available until {month}. This matter is in the hands of "
    "{junior}.",
    "{exec} is on holiday until {month} and then straight into budget. {junior} is the contact on "
    "your account.",
    "This time {exec} is on the inspection in the regions, not available until {month}. {junior} "
    "is acting director.",
    "Now {exec} has no time for meetings with suppliers. {junior} is responsible person for this "
    "direction.",
    "{exec} is in hospital, we hope to see back in {month}. {junior} is doing the work now.",
    "Until {month} {exec} is not in office. {junior} is deputy and can decide.",
    "{exec} is in Yerevan for the family till {month}, not reachable. {junior} knows all about "
    "your contract.",
    "I inform you that {exec} is on mission in Astana, for long period. In charge of all IT "
    "questions is {junior}.",
    "{exec} is busy with the fono and the village matters until {month}. {junior} is looking "
    "after the business.",
    "For the rest of the year, {exec} is unavailable. Your account is with {junior} now.",
    "The schedule of {exec} won't open up before {month}. {junior} has been managing the "
    "day-to-day since the summer.",
    "I'm the assistant to {exec}: there isn't a free hour before {month}. {junior} holds the "
    "purse strings on this.",
    "Email to {exec} mostly sits unread these days, working from the other site as they are. "
    "{junior} is the one on the ground.",
    "For personal reasons, {exec} is unavailable through {month}. {junior} is covering the "
    "portfolio.",
    "{exec} is swamped with the fireworks season until {month}. {junior} handles suppliers.",
    "{exec} is at the foundry in the casting weeks and cannot be reached. {junior} is the one "
    "minding orders.",
    "{exec} leads the rescue callouts all winter and is not available for meetings. {junior} is "
    "in charge of the software.",
    "{exec} won't be free for this before {month}, I'm afraid. {junior}, on the other hand, is.",
    "There's no capacity for {exec} this quarter. Project owner: {junior}.",
    "I keep {exec}'s diary, and with the extended leave it's empty of anything external. {junior} "
    "is the one holding things together.",
    "{exec} has been away since the summer and back only in {month}. {junior} is the acting lead "
    "on vendors.",
    "This term there's no room for meetings with {exec}. The operations lead with the details is "
    "{junior}.",
    "I'm writing for {exec}. The diary is closed; {junior} has the account and the budget.",
    "Nothing doing with {exec} before {month}. {junior} is the one running this now.",
])

LEFT_COMPANY = Pool("auto-reply or note that the person left (marker left_company)", [
    "This mailbox is no longer monitored. {exec} left {company} on {date}. For current matters "
    "please write to {junior}.",
    "Automatic reply: the person you are writing to is no longer employed by {company}. Your "
    "message has not been forwarded. Contact {junior} instead.",
    "{exec} has finished working with {company} as of {date}. Mail to this address is deleted "
    "unread after 30 days; please use {junior}'s address.",
    "Please note that {exec} is no more part of {company} since {date}. The files of the clinics "
    "are now followed by {junior}.",
    "Undeliverable: the recipient's mailbox has been deactivated because the employee has left "
    "the organisation. For questions contact {junior}.",
    "I'm writing to let you know {exec} left us at the end of last month. Until a replacement is "
    "named, {junior} is your contact for the harbour account.",
    "{exec} ei tööta enam {company} juures / {exec} no longer works at {company} (since {date}). "
    "Please contact {junior}.",
    "Our former director has moved on from {company}; the account is handled by {junior} from "
    "{date}.",
    "Auto-reply. I have left {company}. This inbox will be closed on {date}. For anything about "
    "the pilot station, write to {junior}.",
    "After eleven years I have left {company}, my last working day was {date}. Please direct all "
    "correspondence to {junior}, who has my files.",
    "{exec} resigned and his last day with us was {date}. I am taking over his customers for now; "
    "{junior} handles the technical side.",
    "Message from the IT department of {company}: this account belongs to a former employee and "
    "is no longer active. Your email was not delivered to anyone. Please contact {junior}.",
    "Dear sender, {exec} does not work at {company} anymore. Kindly send your email again to "
    "{junior}.",
    "The person you are trying to reach has left the company. For the hearing-care clinics please "
    "contact {junior}.",
    "{exec} has retired from {company} as of {date}. The mailbox is kept read-only for archive; "
    "new messages go to {junior}.",
    "Just so you know, {exec} is gone from {company} - last week was her last. {junior} is "
    "picking up her vendors.",
    "Note from reception: {exec} left the firm on {date}. I have passed your email to {junior}.",
    "Your message to {exec} could not be delivered: the user no longer exists in the {company} "
    "directory.",
    "I am no longer with {company}. Please remove this address from your lists and contact "
    "{junior} for the account.",
    "{exec} has left {company} to join another organisation. {junior} will be the point of "
    "contact going forward.",
    "Automatic notice: this employee has left {company}. The account will be deleted on {date}. "
    "Contact {junior} or the main switchboard.",
    "{exec} quit the company in October. Until further notice write to {junior} for all organ "
    "maintenance contracts.",
    "Hi, {exec}'s contract with {company} ended on {date} and it was not renewed. I am handling "
    "her emails for the transition, then it goes to {junior}.",
    "We regret to inform you that {exec} has left {company}. Her portfolio has been reassigned to "
    "{junior}.",
    "{exec} is no longer at {company}, he finished on {date} and went back to New Zealand. Please "
    "talk to {junior} from now.",
    "Bounce: 550 5.1.1 user unknown. The address belonged to a staff member who left {company}. "
    "Contact {junior}.",
    "{exec} has stepped down and is no longer with {company} as of {date}. Questions about the "
    "contract should go to {junior}.",
    "I would like to inform you that I am leaving {company}; {date} is my last day. {junior} "
    "takes over the snowmaking supplier relationships.",
    "Out of office - permanently. I left {company} on {date}. For the greenhouse systems please "
    "contact {junior}.",
    "{exec} n'est plus chez {company} / {exec} is no longer at {company}. Merci d'écrire à "
    "{junior}.",
    "This address is closed. The former owner left {company} on {date}. New contact: {junior}.",
    "Please be informed that {exec} has ended his employment with {company}. All pending matters "
    "are with {junior}.",
    "Hey, {exec} is no longer working here, she moved on a couple of weeks ago. Loop in {junior} "
    "on anything for the clinics.",
    "FYI {exec} is not with us anymore. {junior} is covering until we hire.",
    "{exec} left. Talk to {junior}.",
    "Auto-response: I have moved on from my role at {company}. For the port pilots' account "
    "contact {junior}; for invoices, the finance team.",
    "{exec} has left {company} as part of the reorganisation announced on {date}. Please send "
    "future correspondence to {junior}.",
    "I must tell you that {exec} no longer holds a position at {company}. I am {junior}, please "
    "write to me for everything.",
    "As of {date}, {exec} is no longer employed at {company}. This mailbox is monitored by "
    "{junior} for one month only.",
    "The mailbox you have written to belongs to a former colleague who left {company}. We check "
    "it weekly; for a faster reply write to {junior}.",
    "{exec} departed {company} on {date}. {junior} is your new contact for the organ builders' "
    "workshop.",
    "We wish to inform our partners that {exec} has left the company. The management of your "
    "account passes to {junior}.",
    "This is an automated message. {exec} has left {company} and this email address is no longer "
    "in use. Please contact {junior}.",
    "Sorry, {exec} is not here anymore, he left at the end of the season. You can write to "
    "{junior}.",
    "{exec}'s last day at {company} was {date}. Your email has been forwarded to {junior}, who "
    "will reply.",
    "Kindly update your records: {exec} left our organisation on {date}. The new contact is "
    "{junior}.",
    "I've taken over this inbox since {exec} left {company}. Anything for the hydroponics farm "
    "goes to {junior} from now on.",
    "{exec} has left the group. His responsibilities for the clinics in the north were "
    "transferred to {junior} on {date}.",
    "Delivery has failed to these recipients: the mailbox was disabled when the user left "
    "{company}. Contact {junior}.",
    "{exec} is no longer part of the team at {company}. For service requests please contact "
    "{junior}.",
    "Please note {exec} left {company} for personal reasons on {date}. I am the interim contact, "
    "with {junior} for the technical part.",
    "{exec} has concluded her time with {company}. From {date}, {junior} takes responsibility for "
    "suppliers.",
    "Your email reached an inactive account. The employee left {company} and no longer receives "
    "mail here. Please resend to {junior}.",
    "It is to inform you that {exec} has been relieved from his duties at {company} with effect "
    "from {date}. For all matters please contact {junior}.",
    "{exec} is gone since {date}. I don't know yet who replaces him. Meanwhile {junior} can "
    "answer.",
    "{exec} has left {company}. We are recruiting a replacement; in the meantime, {junior} is the "
    "contact for your firm.",
    "Automatic reply: I no longer work at {company}. Please contact {junior}.",
    "As of {date} I no longer represent {company}. Please contact {junior} for open orders.",
    "Auto-reply: {exec} has left {company}. This message will not be read. Please write to "
    "{junior} at the main office.",
    "{exec} moved to a job with another company on {date}. Her customers now go through {junior}.",
    "Dear partner, please be advised that {exec} is no longer associated with {company}. Any "
    "communication should be addressed to {junior}.",
    "{exec} has left. {junior} handles his accounts now.",
    "I left {company} on {date}. This account will be removed shortly. The pilot station team can "
    "be reached through {junior}.",
    "Sadly {exec} is no longer with us at {company}; she left in the autumn. Please contact "
    "{junior} about the bell foundry orders.",
    "Heads up: {exec} is out of {company} since {date}. {junior} has the files.",
    "Former employee - mailbox disabled. Please contact {junior} at {company}.",
    "{exec} has left the organisation with effect from {date}. {junior} will assume his "
    "responsibilities on an interim basis.",
    "Your message could not be delivered because the recipient has left {company}. Please write "
    "to {junior} or call the switchboard.",
    "Fakamolemole, {exec} has left {company} since {date}. Please send to {junior}.",
    "{exec} isn't with {company} any longer. You can send everything to {junior} for now.",
    "The contract of {exec} finished on {date} and he has left {company}. {junior} covers the "
    "dredging clients now.",
    "Please update your contacts: since {date} {exec} is not anymore the responsible person at "
    "{company}, she has left. The new one is {junior}.",
    "{exec} left {company} last Friday. I'm {junior}, I'll be the one replying now.",
    "This employee has left {company}. Emails to this address are not forwarded. Reach {junior} "
    "instead.",
    "{exec} has accepted a position elsewhere and left {company} on {date}. Please send further "
    "correspondence to {junior}.",
    "Important: the owner of this mailbox has left {company}. Incoming messages are redirected to "
    "{junior}.",
    "{exec} handed in his notice and left {company} on {date}. Please contact {junior} for the "
    "snowmaking contract.",
    "We inform you that {exec} has left our hearing clinics group. Please write to {junior} from "
    "now.",
    "{exec} has left {company}; the account is under review and will be assigned. Until then "
    "contact {junior}.",
    "I'm no longer at {company} - left on {date}. Best person now is {junior}.",
])

OUT_OF_OFFICE = Pool("out-of-office auto-reply (marker out_of_office)", [
    "I am out of the office until {date} with no access to email. For urgent matters please "
    "contact {junior}.",
    "Automatic reply: I am on a pilot boat rotation offshore and will read email again on {date}. "
    "Urgent dispatch questions to {junior}.",
    "I'm away on annual leave and back on {date}. Your message will not be forwarded; {junior} "
    "can help in the meantime.",
    "Out of office. I am at the hearing-care congress in Lyon until {date} and will answer after "
    "my return.",
    "I am on Umrah and back in the clinic on {date}. For anything that cannot wait, {junior} has "
    "access to my files.",
    "Currently out of the office for the Independence Day holidays. I will be back {date}. "
    "Urgent: {junior}.",
    "Autovastus: olen puhkusel kuni {date}. / Auto-reply: I am on holiday until {date}. Please "
    "contact {junior}.",
    "Réponse automatique : je suis absent jusqu'au {date}. Automatic reply: I am away until "
    "{date}. Pour toute urgence / for urgent matters: {junior}.",
    "I'm up on the mountain with the snowmaking crews this week, no signal above the mid-station. "
    "Back at my desk {date}.",
    "I am on site in a church organ loft until {date} and check mail only in the evenings, if at "
    "all. Urgent: {junior}.",
    "Away from the office on sick leave. I expect to return on {date}. Please send urgent matters "
    "to {junior}.",
    "On parental leave until {date}. {junior} is covering my accounts.",
    "I'm travelling to the islands for work and have very limited connection until {date}. For "
    "urgent requests, {junior}.",
    "Auto-reply... I am away until {date} and will reply on my return.",
    "OOO until {date}. Contact {junior} if urgent.",
    "Out until {date}, limited email.",
    "I am attending a training course abroad and will not be checking email until {date}.",
    "I'm out of the office at our farm in the north until {date}. Phone reception is poor, email "
    "will be answered after.",
    "This is an automatic reply. I am absent until {date}. Your email will be read on my return; "
    "urgent requests to {junior}.",
    "Please note that I am on leave until {date}. During my absence, {junior} will handle pending "
    "requests.",
    "I am currently on holiday and will be back on {date}. I will not be reading emails during "
    "this time.",
    "Away at sea trials with the new pilot boat until {date}. {junior} runs the dispatch office "
    "in the meantime.",
    "Our clinic is closed for the holidays; I return on {date}. For hearing-aid repairs please "
    "contact {junior}.",
    "I am out of office on a site visit in the Bekaa until {date}, with intermittent mobile data. "
    "Urgent issues to {junior}.",
    "Absence notice: I'll be back on {date}. Emails sent in the meantime will be answered in "
    "order of arrival.",
    "I'm off for the Christmas period, returning {date}. Our workshop reopens the same day.",
    "On leave till {date}. for anything urgent ring the office or mail {junior}",
    "Currently away. Return date: {date}. Deputy: {junior}.",
    "I am not in the office until {date}. If you need an answer before, please resend your email "
    "to {junior}.",
    "I'm at the snowmaking equipment fair in Bolzano and back {date}. I have my phone but reply "
    "slowly.",
    "Automatic response: the sender is out of office until {date}.",
    "I'm on leave and back on {date}. Messages are not monitored.",
    "Out of office for a family event in Tonga until {date}. Please direct urgent business to "
    "{junior}.",
    "Away for two weeks, returning {date}. Contact {junior} for anything urgent.",
    "I am at the greenhouse installation in Agadir until {date} and reachable only in the "
    "evenings.",
    "غائب حتى {date} / I am out of the office until {date}. For urgent requests: {junior}.",
    "I'm currently out on medical leave with no fixed return date yet, expected around {date}. "
    "{junior} handles my correspondence.",
    "Away on business until {date}. Replies may be delayed.",
    "I'll be out of the office from today until {date} for the national holiday. Mail is not read "
    "in this period.",
    "I am on a course for port pilots in Rotterdam until {date}. Urgent operational matters: "
    "{junior}.",
    "This mailbox is not checked until {date} because I am on annual leave. Please contact "
    "{junior} in my absence.",
    "Out of office, back {date}. Nothing is forwarded automatically, please resend to {junior} if "
    "urgent.",
    "I'm on vacation until {date} and not checking mail. If it concerns the clinic booking "
    "system, {junior} can help.",
    "Currently on holiday with limited access to email. I will respond after {date}.",
    "Auto reply - I am away until {date}. Kiireloomulistes küsimustes / for urgent questions: "
    "{junior}.",
    "I am out of office until {date} attending the organ builders' conference. I will answer when "
    "back.",
    "I am away from my desk until {date}. During this period please send requests to {junior}, "
    "who has the files.",
    "I'm taking some days off and will be back on {date}. For the hydroponic farm orders, "
    "{junior} is in the office.",
    "Out of the office until {date}. For anything about invoices please write to our finance "
    "team; for technical questions, {junior}.",
    "Sorry, I am away until {date}. Urgent? {junior}.",
    "I am out with no laptop until {date}. Expect a reply after that.",
    "Automatic reply: out of office {date}. For urgent cases contact {junior}.",
    "I am out of the country until {date} and have limited access to email. {junior} is the "
    "contact for the harbour account.",
    "I am off work until {date}. I will deal with your email when I return.",
    "Currently on leave; back on {date}. Please note that emails received during my absence may "
    "not be read, so resend after my return if needed.",
    "I'm on the ski-resort commissioning job until {date}, mostly outdoors. Replies will be slow.",
    "Out of the office for the public holiday and the long weekend, returning {date}.",
    "I'm away on a vendor audit abroad until {date}. Urgent matters: {junior}.",
    "I am out of the office and will return on {date}. For urgent matters, please call the main "
    "office; {junior} can also assist.",
    "Absent until {date} - pilgrimage. {junior} handles my files.",
    "Away until {date}; your email will get a reply on my return.",
    "Properly offline until {date}. {junior} has the keys to everything.",
    "I am currently on a dredging survey at sea and return to shore on {date}. Email is checked "
    "once a day, if the satellite link allows.",
    "My office is closed from today until {date} for the end-of-year break. Messages will be "
    "answered after the break.",
    "I'm out of office until {date}. If your message is about the bell tower inspections, contact "
    "{junior}.",
    "Automatic reply: I'm away from the office until {date}. For anything urgent contact "
    "{junior}, otherwise I will reply when back.",
    "Please be aware I am away until {date}; I won't see your message until then.",
    "I will be out of the office until {date} for a medical procedure. {junior} is covering.",
    "Out of office: maternity leave until {date}. Please contact {junior} for all matters.",
    "I am on holiday in the mountains, back {date}. No email in the meantime.",
    "Away until {date} for the harvest of our own olive grove. Urgent matters to {junior}.",
    "I'm out for the week for a staff retreat and back {date}. Email checked once a day.",
    "I'm on leave until {date}. In my absence please reach out to {junior}, who knows the open "
    "topics.",
    "Auto-reply: out of the office, returning {date}, limited access to email and phone.",
    "On a training in the clinic group's head office until {date}. I read mail in the evening "
    "only.",
    "I'm away on a work trip to Nuku'alofa until {date}. Time difference applies, replies may "
    "come at odd hours.",
    "Not in office until {date}. Forwarding disabled. {junior} is on duty.",
    "I am away at the wedding of a family member in Beirut until {date}. For urgent matters, "
    "{junior}.",
])

NUDGE = Pool("our nudge after no answer (no marker)", [
    "Raising my note from last Tuesday to the top of your inbox again. A one-line answer is "
    "enough.",
    "Checking whether my email of the 4th reached you; I have had no reply and our mail server "
    "had a bad week.",
    "Writing once more about the message below, in case it went to the quarantine folder like the "
    "reports did.",
    "Is the message below still on your list? I have not seen an answer.",
    "Bringing this back up. Even a 'not now' helps me plan.",
    "A second try on the question below, since the first seems to have got lost.",
    "No answer yet on this one, so I am sending it again with the attachment inline.",
    "Re-sending in case the large attachment blocked it. The file is now a link.",
    "Pinging this again. Who on your side is the right person for it, if not you?",
    "I wrote on this ten days ago and have not heard back. Should I send it to someone else in "
    "the clinic group?",
    "Could you let me know whether the email below needs anything from me? It is still open on my "
    "side.",
    "Third time on the same topic, I know. Is there a better channel to reach you, phone or "
    "WhatsApp?",
    "Still waiting on a reply to the below. I will call the office on Thursday if it is easier to "
    "talk.",
    "Lifting this thread up again; nothing new from my side, only the question in the first "
    "message.",
    "Nudging the note below. I have kept the same dates open.",
    "Any reaction to my last email? I can shorten it to the one decision that matters.",
    "Sending this again because I see it was unread when I checked with our mail tracking... "
    "which I probably should not admit.",
    "My email of last week did not get an answer; I assume a busy period. The question stands.",
    "Bumping. See below.",
    "Top of the inbox once more, please.",
    "bump - still need an answer on the below",
    "Surfacing this again so it doesn't sink under the month-end mail.",
    "I am closing my notes for the month and this is the only open point with you. Any news?",
    "Did the note below arrive? Our outbound mail had delays on that day.",
    "Circling back on the below, no reply yet.",
    "Returning to my message from the 12th. Is it with you or with your IT?",
    "I have not received an answer to the email below. Forwarding it again with the earlier "
    "thread attached.",
    "One more time on this: the question in my previous email is still open.",
    "Is anyone on your side looking at the below? The thread went silent after my last message.",
    "Bringing the earlier note back to your attention. The dates in it are getting close.",
    "I rang the office yesterday but could not reach you, so I am writing again about the below.",
    "Just a line to put this back in front of you.",
    "Haven't heard anything on this yet, so dropping it in your inbox again.",
    "Reminder about the question below. A yes or no will do.",
    "Re-forwarding my note of last Monday, which I think fell between the cracks.",
    "Two weeks without a reply on this, so I am sending it again and copying your office manager.",
    "A gentle repeat of the message below; it may have landed on your day off.",
    "Following my previous message, which is still unanswered: is there anything unclear in it?",
    "Going back to my email from last week; I would like to close it before the holidays.",
    "I'll try again on this one. Below, unchanged.",
    "This is my second message about the points below. Tell me if you would rather discuss them "
    "on a call.",
    "No response to my last two emails. Is this still the right address to reach you?",
    "Resurfacing the below. If someone else now handles it, a name is all I need.",
    "Quick check: did you see the email below?",
    "I have not had a reply to the message underneath and want to make sure it did not go to spam.",
    "Let me put this back at the top. Same question as before.",
    "Coming back to my note from the 2nd, which has not had an answer.",
    "Writing again in case my last email was buried. The request is in the first paragraph.",
    "I did not get an answer on the below; should I wait, or go ahead with the dates I suggested?",
    "One more nudge on this thread, then I will try your office line.",
    "Sending this again as I think the first one got lost on its way to you.",
    "Still open on my side: the question in the email below.",
    "Knocking on this thread again. Nothing has changed since my last note.",
    "Just resending my last message to make sure it reached you.",
    "Trying once more on this. Should I write to the head office instead?",
    "Following on from my unanswered note of Friday.",
    "I have had silence on the thread below since the 3rd; I am assuming it simply got pushed "
    "down.",
    "The email below is still without an answer. Whenever you get a minute.",
    "A repeat of last week's question, in case it slipped past you during the audit.",
    "I see the thread below has stalled; is there anything you need from me to move it on?",
    "Giving this a nudge. The attachment is in the first email of the thread.",
    "Picking this thread back up; I haven't seen a reply since my message on the 6th.",
    "Re: my note below, still pending.",
    "Any update on the below? I'm putting together my plan for next week.",
    "I wrote to you earlier this month and did not hear back. Copying the original below.",
    "Would you let me know if you received my email? A short confirmation is fine.",
    "Flagging the email below again, as it is now two weeks old.",
    "Sorry to chase. The email below is still waiting on your side.",
    "Chasing gently on the note below.",
    "Hate to be the one with the reminder, but the message below still needs an answer.",
    "Back to this again, as I never heard back.",
    "Re-raising this so it does not fall off the radar before the year end.",
    "In case the previous email didn't make it: here it is again.",
    "Back on this thread once more: the question remains open.",
    "I have not heard back on the below, and I don't want to assume. Could you drop me a line?",
    "Adding this back to your pile, apologies. The earlier message is underneath.",
    "Our notes say this one is waiting on your side, so I'm sending it once more.",
    "Quick nudge on my previous note, which had no reply.",
    "Any chance to look at the email below this week?",
    "Reaching out again regarding my last message; I'll keep the dates open until Friday.",
    "Unanswered since the 9th, so I am putting the email below in front of you again.",
    "Last try by email on this; next I'll phone your assistant line.",
])

SIGNOFF_WARM = Pool("warm sign-off", [
    "Ni sa moce, and take good care,",
    "Moce mada, take care,",
    "Bula vinaka and warm regards,",
    "Love from all of us in the islands,",
    "Saħħa, and take care of yourself,",
    "Hugs and kisses from Malta,",
    "Warm wishes from Valletta,",
    "With love from the festa committee,",
    "À la prochaine, cher,",
    "Take care, and laissez les bons temps rouler,",
    "Hugs from the bayou,",
    "Y'all take care now,",
    "Stay warm out there, you hear?",
    "Take 'er easy and stay warm,",
    "Warmly, from the frozen prairie,",
    "Hugs and hot coffee,",
    "Sweet regards from the honey house,",
    "Buzzing regards,",
    "Beeswax and best wishes,",
    "With sweet thoughts from the apiary,",
    "Tunefully yours,",
    "In perfect harmony,",
    "Warmest wishes from the tuning bench,",
    "Good curling and warm regards,",
    "Hurry hard and take care,",
    "See you on the ice, friend,",
    "Cheers from the taproom, and take care,",
    "Raising a pint to you,",
    "Your friends at the sign shop,",
    "Much love from all of us in the honey house,",
    "Big bear hugs from Saskatoon,",
    "With a big smile from the piano bench,",
    "Take good care of yourself and the little ones,",
    "Wishing you a lovely week,",
    "Fondly, from all of us at the rink,",
    "All my very best to you and yours,",
    "Love to the family,",
    "Warm hugs from the whole crew,",
    "Have a wonderful holiday,",
    "Merry Christmas and warm wishes,",
    "Happy holidays from our home to yours,",
    "Wishing you a cozy weekend,",
    "Stay cosy and well,",
    "Talk soon, friend, take care,",
    "Always a pleasure, take care,",
    "Warm regards and a big hug,",
    "With heartfelt warm wishes,",
    "Kindest regards and hugs,",
    "Much warmth from the north,",
    "Sending Fijian sunshine your way,",
    "Sending love from the islands,",
    "With gratitude and affection,",
    "Blessings to you and yours,",
    "God bless and take care,",
    "All the best, my friend,",
    "Warmly, and with a hug from the prairie,",
    "Your pal on the prairie,",
    "Hugs from Gozo,",
    "Take care and keep smiling,",
    "Keep well and keep warm,",
    "Be well, friend,",
    "Lots of love,",
    "Til next time, take care,",
    "Hope to see you soon, hugs,",
    "With fond regards from the sugar-cane country,",
    "Warmest greetings,",
    "Enjoy the weekend, friend,",
    "Much love from the co-op,",
    "With a warm handshake,",
    "Big warm wishes,",
    "Affectionately, your friends in Mdina,",
    "Peace and honey,",
    "Toasty regards,",
    "Fair winds and warm wishes,",
    "With smiles from the taproom,",
    "Love you guys, take care,",
    "Until the next bonspiel, warmly,",
    "Ever warmly yours,",
    "Bisous, and take care,",
    "Hugs and happy holidays,",
    "Moce, with love,",
    "Take care of you,",
    "Kindly and warmly,",
    "Ciao ciao, take care,",
])

SIGNOFF_PLAIN = Pool("plain sign-off", [
    "Kveðja, Sigrún",
    "Kv. Einar (borholur)",
    "Bestu kveðjur, Gunnhildur",
    "-- Hrafnkell, drilling ops",
    "Sent from the rig, Þórður",
    "Regards, Arnar / wellfield",
    "Ólöf, Akureyri rink office",
    "K.v. Bjarki",
    "Agur, Iñaki",
    "Aitor Etxeberria, almacén",
    "Regards from the Eibar workshop, Maite",
    "Un saludo, Koldo",
    "Ane — purchasing, Donostia",
    "Saludos, Garazi (contabilidad)",
    "Mikel / taller Bilbao",
    "Regards, Unai, resoling line",
    "Jon Ander, on behalf of the gym",
    "Regards,\nPrakash Shrestha\nStores In-charge",
    "Yours faithfully, B. Gurung",
    "Regards, Anjali (accounts section)",
    "Sincerely, Ram Bahadur Thapa",
    "With regards, Sushma K.C.",
    "Dipesh, seed vault admin",
    "Sent from Pokhara office, Nabin",
    "Regards, Er. Sagar Adhikari",
    "Tenzing (ops), KTM",
    "Regards, Mrs. Maharjan, admin",
    "Yours sincerely, Bikram Rai",
    "Regards, DeShawn Outerbridge",
    "Kendra Trott | Front desk, rink",
    "Regards, Mr. Simmons (finance)",
    "R. Darrell, Dockyard site",
    "— Tamika, membership desk",
    "Regards,\nC. Furbert\nOperations",
    "L. Smith, Warwick branch",
    "Yours, the borehole logging team",
    "Regards, resurfacing crew lead",
    "From the cobbler counter, Hamilton",
    "Germplasm unit, intake desk",
    "Stores, Reykjanes plant",
    "Climbing wall ops, Getxo",
    "Regards — shoe repair HQ",
    "Accounts payable, Bhaktapur branch",
    "Rink manager's office",
    "Field crew 3, signing off",
    "From Jóhanna's phone",
    "Sent via mobile — excuse brevity, Leire",
    "Sent on the go, Pasang",
    "From my phone, Kai",
    "Regards, pipefitting shift B",
    "Procurement cell, Biratnagar",
    "-- S. Bhandari (store keeper)",
    "Yours truly, Edurne Arrieta",
    "Regards, A. Zubizarreta, gerente",
    "Regards, E. Magnússon, site engineer",
    "Halldór Ö., project controls",
    "Rgds, Kári",
    "Rgds — Mireia / setting team",
    "rgds, hari",
    "Best, Mingma from the seed room",
    "Best regards, Sólveig Hauksdóttir",
    "Best regards, Itziar Goikoetxea",
    "Best regards, Nirmala Tamang",
    "Best regards, Jahmal Wilson",
    "Sincerely, the route-setting lead",
    "Respectfully, Quality desk",
    "On behalf of the board, D. Pitt",
    "For the committee, Xabier",
    "For and on behalf of Geo-bor ehf., Ragnar",
    "p.p. Ástríður, finance",
    "Signed, Bernat (laneway shop)",
    "— A.",
    "–Sig.",
    "E.G.",
    "Prem.",
    "/Yolanda",
    "R. Wadson, Flatts",
    "M. (stores)",
    "T. Tucker, ops supervisor",
    "Hilmar | Drill Supervisor | Krafla",
    "Urko Larrañaga · Head of Setting",
    "Bishnu Prasad Poudel, Asst. Manager",
    "Regards, K. DeSilva, Paget",
    "Kv., the night-shift engineer",
    "Yours, Mendi",
    "Regards, Ibon (gerencia)",
    "Regards, Sabitri, seed bank registrar",
    "Regards, Arnór, Hellisheiði site",
    "Marisol Dill, Smith's Parish store",
    "Regards from stores, Nepalgunj",
    "Sent from the Zamboni bay, Gísli",
    "Regards, the office in Tansen",
    "Ingrid — ticketing, Egilsstaðir rink",
    "Regards,\nHeads of Heel Ltd.",
])

TOPICS = Pool("topic slot values", [
    "the Krafla well 34 logs",
    "casing order for the Reykjanes pad",
    "rig mobilisation to Hengill",
    "the mud-pump spares list",
    "borehole survey data from last week",
    "the drilling permit file",
    "steam-flow test results",
    "the re-injection well schedule",
    "the cementing contractor's invoice",
    "crew rotation for the winter",
    "the geothermal greenhouse heat meters",
    "scaling inspection at the separator station",
    "the core sample shipment to Orkustofnun",
    "wellfield monitoring reports",
    "the drill-string inventory",
    "site access at Þeistareykir",
    "rig camp catering contract",
    "the rig move budget",
    "H2S sensor calibration",
    "the Hellisheiði shutdown plan",
    "new route set on the cave wall",
    "the autobelay inspection certificates",
    "membership data migration",
    "the bouldering comp in Getxo",
    "youth climbing team registrations",
    "the hold order from the Basque supplier",
    "front-desk waiver forms",
    "the kids' birthday-party packages",
    "floor matting replacement",
    "chalk-bag retail stock",
    "the speed wall timing system",
    "staff rota at the Donostia gym",
    "instructor first-aid refreshers",
    "the gym's insurance schedule",
    "day-pass pricing on the website",
    "the hangboard class timetable",
    "setter hours for the mezzanine",
    "the Bilbao gym fit-out",
    "rope retirement log",
    "locker key deposits",
    "heel and sole stock for the Eibar shop",
    "the resole price list",
    "key-blank order",
    "the Hamilton counter's till reconciliation",
    "uncollected repairs from summer",
    "leather dye batch numbers",
    "the mail-in repair envelopes",
    "the new stitching machine lease",
    "branch opening hours over the holidays",
    "the watch-battery supplier",
    "orthopaedic insole referrals",
    "the Paget kiosk lease",
    "repair-ticket numbering",
    "the shoe-shine stand at the ferry terminal",
    "Vibram sole allocation",
    "staff training at the Warwick branch",
    "the franchise fee statement",
    "counter signage",
    "ice plant maintenance log",
    "the brine pump replacement",
    "public skate session times",
    "the figure-skating club's ice bill",
    "rental skate sharpening",
    "the hockey tournament in Akureyri",
    "dasher board repairs",
    "the Zamboni service visit",
    "rink lighting retrofit",
    "learn-to-skate registrations",
    "the curfew for late ice",
    "the ammonia leak drill",
    "ice painting for the season opener",
    "concession stand stock",
    "the rink's energy bill",
    "the dehumidifier contract",
    "season-pass cardholders list",
    "the accession intake backlog",
    "germination tests for the barley lots",
    "cold-room temperature records",
    "the seed shipment to Svalbard",
    "the material transfer agreement with Lalitpur",
    "regeneration plots for spring",
    "the herbarium voucher photos",
    "passport data cleanup",
    "the rice landrace collection",
    "drying room humidity",
    "the donor agreement report",
    "seed packet labels",
    "the finger-millet accessions",
    "phytosanitary certificates",
    "the community seed bank visit in Dhading",
    "data sharing with the genebank network",
    "the buckwheat viability results",
    "trekking permits for the spring groups",
    "the porter insurance cover",
    "the lodge booking sheet for Namche",
    "the Annapurna circuit itinerary",
    "lokta paper order for the festival",
    "the pashmina shipment to Bilbao",
    "TIMS card applications",
    "the guides' training calendar",
    "the Pokhara office rent",
    "cardamom auction results",
    "the hydropower site visit",
    "the sidra house booking in Astigarraga",
    "the anchovy cannery's labelling",
    "the fishing-boat refit in Ondarroa",
    "fronton court resurfacing",
    "pelota tournament ticketing",
    "the knife-forge order from Eibar",
    "the bike frame batch",
    "txakoli pallets for export",
    "the Bermeo harbour dues",
    "Idiazabal cheese stock count",
    "the beret supplier in Tolosa",
    "the dive charter schedule",
    "moped rental fleet servicing",
    "the golf course irrigation pumps",
    "the desalination plant readings",
    "the cricket club's Cup Match seating",
    "gombey troupe booking",
    "the ferry-dock kiosk",
    "hurricane shutters inspection",
    "the Dockyard craft market stall",
    "rainwater tank testing",
    "the longtail boat hire form",
    "the tomato greenhouse in Friðheimar",
    "wool intake at the Blönduós mill",
    "the lopapeysa knitting orders",
    "fish-drying racks",
    "the hot-spring pool chemistry",
    "glacier tour waivers",
    "the Vestmannaeyjar ferry freight",
    "the sheep round-up logistics",
    "salt works output",
    "the harbour crane certificate",
    "the Q4 invoice run",
    "the outstanding credit note",
    "VAT on the October invoices",
    "the purchase order for the spares",
    "the supplier onboarding form",
    "bank details change",
    "the payment reminder",
    "the remittance slip from Landsbankinn",
    "the annual audit sample",
    "the expense policy",
    "the data processing agreement",
    "the privacy notice wording",
    "the new admin user",
    "password reset for the counter staff",
    "the login problem at the Irun branch",
    "the report that shows zero rows",
    "the import file with the accents",
    "duplicate customer records",
    "the price list upload",
    "the label template",
    "the printer at the front desk",
    "the sync error from Tuesday",
    "the month-end export",
    "training for the new supervisor",
    "the counter-staff handbook",
    "user roles for the branches",
    "the staff roster import",
    "the SMS sender name",
    "the support ticket about timeouts",
    "the dashboard filters",
    "the release notes for 4.2",
    "the Sunday night patch slot",
    "last week's outage report",
    "rotating the seed-bank API keys",
    "the test environment",
    "barcode scanner pairing",
    "the tablet stands for the rigs",
    "the year-end stocktake",
    "the board pack",
    "the annual report figures",
    "the safety audit findings",
    "the ISO 9001 surveillance visit",
    "the fire inspection",
    "the insurance claim for the burst pipe",
    "the lease on the Kópavogur unit",
    "parking for the contractors",
    "the loading bay schedule",
    "the courier account",
    "customs paperwork for the drill bits",
    "the freight quote from Hafnarfjörður",
    "the container from Bilbao port",
    "the air cargo to Kathmandu",
    "the spare parts crate",
    "the pallet count",
    "warehouse shelving",
    "the forklift licence list",
    "site induction videos",
    "the contractor sign-in sheet",
    "the toolbox talk records",
    "the near-miss on pad 4",
    "PPE stock",
    "the first-aid kit audit",
    "the uniform order",
    "name badges for new staff",
    "the holiday rota",
    "the staff party venue",
    "the Christmas closing notice",
    "opening hours on public holidays",
    "the website banner",
    "the newsletter draft",
    "social media photos from the comp",
    "the customer survey",
    "the complaint from the Selfoss customer",
    "the refund for order 5512",
    "the review on Google",
    "the membership terms",
    "the price change letter",
    "the translation into Basque",
    "the Nepali version of the form",
    "the Icelandic spelling in the receipts",
    "Bermuda payroll tax",
    "the social-insurance filing",
    "the PAN registration",
    "the TicketBAI certificate",
    "the Foral tax filing",
    "the quarterly NPR exchange rate",
    "the bank guarantee",
    "the grant report for the seed project",
    "the donor visit",
    "the field trial results",
    "the soil samples from Jumla",
    "the rig's generator service",
    "the fuel delivery to the pad",
    "the water truck roster",
    "snow clearing at the site road",
    "the road closure at Námaskarð",
    "the helicopter slot for the survey",
])

FEATURES = Pool("feature / integration slot values", [
    "borehole depth logging from the rig tablet",
    "a mud-loss alert when returns drop",
    "casing tally import from CSV",
    "downhole temperature charts per well",
    "a sync with our Landsvirkjun grid reporting",
    "offline mode for rig crews without signal",
    "drill-bit wear tracking by metre",
    "shift handover notes that carry between crews",
    "wellhead pressure thresholds per site",
    "an export to the Orkustofnun licence format",
    "route-setting logs per wall section",
    "belay certification expiry reminders",
    "a kiosk check-in with waiver signing",
    "day-pass sales through the front-desk till",
    "hold inventory by colour and grade",
    "auto-belay inspection schedules",
    "membership freezes without a support ticket",
    "youth-team attendance by coach",
    "a link to our Mindbody account",
    "route grading feedback from members",
    "repair-ticket SMS when a pair is ready",
    "QR tags for each shoe bag",
    "resole pricing by brand and sole type",
    "a Shopify connector for mail-in repairs",
    "key-cutting jobs on the same ticket as heels",
    "multi-branch stock of heels and soles",
    "a photo of the damage attached at intake",
    "per-cobbler job timing",
    "uncollected-item reminders after 60 days",
    "Vipps or Aur payments at the counter",
    "ice-resurfacing logs per sheet",
    "brine temperature alarms from the plant room",
    "public-skate booking with capacity caps",
    "skate-rental sizing stock",
    "an integration with the hockey league's scheduling",
    "ice-time invoicing to clubs",
    "refrigeration compressor run-hours",
    "Zamboni maintenance intervals",
    "a calendar feed of ice slots for coaches",
    "ice thickness readings by zone",
    "germination test records per accession",
    "seed viability curves by lot",
    "accession barcodes printed at intake",
    "a Genesys data upload",
    "cold-room humidity logging",
    "regeneration planning for low-stock accessions",
    "MLS-compliant material transfer agreements",
    "passport data in the MCPD format",
    "duplicate detection across collections",
    "herbarium voucher links",
    "Nepali-language interface",
    "Devanagari in PDF reports",
    "Euskara as a UI language",
    "Icelandic characters in file exports",
    "dual-currency invoices in NPR and USD",
    "Bermuda dollar on quotes",
    "eSewa payment links",
    "Khalti checkout",
    "VAT returns in the Hacienda Foral de Gipuzkoa format",
    "TicketBAI invoice signing",
    "Bizum at the front desk",
    "Batuz filing for Bizkaia",
    "an e-invoice hand-off to the Icelandic tax office",
    "a DK accounting sync",
    "Regla accounting export",
    "a Tally ERP export",
    "a QuickBooks Desktop bridge",
    "a Sage 50 journal export",
    "Xero tracking categories per branch",
    "Microsoft Teams call logging",
    "a Slack channel per site",
    "read-only access for our auditors",
    "per-branch admin rights",
    "two-step login with a hardware key",
    "login through our Google Workspace",
    "SCIM provisioning from Entra ID",
    "an audit trail for price overrides",
    "a field-level change history",
    "bulk edits on historic tickets",
    "custom fields on the intake form",
    "a public status page for repairs",
    "webhooks on job status changes",
    "a REST endpoint for accession lookups",
    "a GraphQL API",
    "an Android app that works on older phones",
    "an iPad layout for the counter",
    "label printing on Zebra printers",
    "a Brother label printer driver",
    "receipt printing on 58 mm rolls",
    "barcode scanning with the phone camera",
    "GPS stamps on field reports",
    "map view of all wells in a field",
    "geofenced clock-in for crews",
    "timesheets split by cost centre",
    "equipment hire billing by the day",
    "fuel usage per generator",
    "a Power BI dataset refreshed hourly",
    "a Monday PDF of open repairs, emailed",
    "dashboards a board member can open without a login",
    "SharePoint document links on each job",
    "Dropbox attachments",
    "a Google Drive folder per project",
    "digital signatures on job sheets",
    "a customer portal for collection slots",
    "WhatsApp pings to the customer when soles are glued",
    "Viber messages for Nepali customers",
    "SMS through a local Bermuda carrier",
    "a waitlist for full sessions",
    "gift cards valid across gyms",
    "class packs that expire",
    "loyalty stamps for repeat repairs",
    "dark mode for night shifts",
    "keyboard shortcuts for the intake screen",
    "larger fonts on the rink-side screen",
    "hosting inside the EEA for the Icelandic sites",
    "a nightly backup we can download",
    "sandbox copy for training new staff",
    "SAML with our Okta tenant",
    "a lane-by-lane view of route resets",
    "a heat-pump telemetry feed",
    "an OPC UA bridge for plant sensors",
    "Modbus readings from the brine chillers",
])

CITIES = Pool("city slot values", [
    "Akureyri", "Ísafjörður", "Egilsstaðir", "Húsavík", "Selfoss", "Hveragerði",
    "Reykjanesbær", "Höfn í Hornafirði", "Borgarnes", "Stykkishólmur", "Sauðárkrókur",
    "Siglufjörður", "Dalvík", "Seyðisfjörður", "Neskaupstaður", "Grindavík", "Hafnarfjörður",
    "Kópavogur", "Garðabær", "Mosfellsbær", "Akranes", "Vestmannaeyjar", "Blönduós",
    "Ólafsvík", "Grundarfjörður", "Hvolsvöllur", "Kirkjubæjarklaustur", "Reyðarfjörður",
    "Donostia", "Vitoria-Gasteiz", "Getxo", "Durango (Bizkaia)", "Gernika-Lumo", "Bermeo",
    "Zarautz", "Tolosa", "Eibar", "Arrasate-Mondragón", "Hondarribia", "Irun", "Lekeitio",
    "Azpeitia", "Ondarroa", "Hernani", "Errenteria", "Basauri", "Barakaldo", "Sestao",
    "Portugalete", "Leioa", "Amorebieta-Etxano", "Beasain", "Ordizia", "Azkoitia", "Elgoibar",
    "Oñati", "Bergara", "Laudio", "Amurrio", "Laguardia", "Donibane Lohizune", "Hendaia",
    "Angelu", "Maule", "Uztaritze", "Ezpeleta", "Baiona", "Iruñea", "Getaria", "Mutriku",
    "Lalitpur", "Bhaktapur", "Biratnagar", "Birgunj", "Dharan", "Butwal", "Bharatpur",
    "Hetauda", "Janakpur", "Nepalgunj", "Dhangadhi", "Itahari", "Birtamod", "Damak", "Tansen",
    "Gorkha", "Bandipur", "Namche Bazaar", "Jomsom", "Besisahar", "Dhulikhel", "Banepa",
    "Kirtipur", "Ilam", "Tulsipur", "Ghorahi", "Birendranagar", "Bhimdatta", "Siddharthanagar",
    "Beni", "Baglung", "Tikapur", "Gulariya",
    "St. George's (Bermuda)", "Somerset Village", "Flatts Village", "Southampton Parish",
    "Warwick Parish", "Paget Parish", "Devonshire Parish", "Smith's Parish", "Sandys Parish",
    "Pembroke Parish", "Hamilton Parish", "Royal Naval Dockyard", "St. David's Island",
    "Tucker's Town",
    "Bolungarvík", "Patreksfjörður", "Vopnafjörður", "Þorlákshöfn", "Skagaströnd",
    "Zumaia", "Azkaine", "Lasarte-Oria", "Galdakao", "Balmaseda",
    "Chainpur", "Salleri", "Kalaiya", "Lahan",
])

MONTHS = Pool("month slot values (after the evaluation date)", [
    "the second week of December",
    "just before the December shutdown",
    "December, once the rigs are stood down",
    "the tail end of December",
    "the first days of January",
    "January, after the stocktake",
    "mid-to-late January",
    "the back half of January",
    "once Þorri starts in late January",
    "after Thorrablot season",
    "the first week of February",
    "February, after the board sits",
    "February-ish",
    "somewhere around the middle of February",
    "the last days of February",
    "after the February half-term",
    "early in March",
    "the March close",
    "March, when the snow pack is known",
    "around Losar, early March",
    "the third week of March",
    "end of Q1",
    "after the quarter turns in April",
    "early April, past Easter",
    "April, once the rinks thaw out",
    "mid-April, after Nepali new year",
    "the last fortnight of April",
    "the first of May or so",
    "May, after the AGM",
    "around Bermuda Day in late May",
    "the back end of May",
    "early June",
    "June, before the summer crews",
    "midsummer, June time",
    "the spring quarter",
    "Q2 sometime",
    "after the spring harvest count",
    "once spring intake is done",
    "late winter",
    "the new financial year in April",
    "Aste Santua, the Easter week",
    "first thing in the new year",
    "the week after Epiphany",
    "the start of the next quarter",
])

DAYS = Pool("day slot values", [
    "Monday at 08:30",
    "Monday, late morning",
    "Monday after the rig handover",
    "first thing Monday",
    "Monday before the depot opens",
    "Tuesday at 10:15",
    "Tuesday around two",
    "Tuesday, end of shift",
    "Tuesday after stand-up",
    "Tuesday evening, Bermuda time",
    "Wednesday 9am Reykjavík time",
    "Wednesday, midday",
    "Wednesday after the safety walk",
    "Wednesday around 4 pm",
    "Wednesday first thing",
    "Thursday at 11:00 CET",
    "Thursday before lunch",
    "Thursday mid-afternoon",
    "Thursday, after the resurfacing slot",
    "Thursday at 7:45",
    "Friday morning, early",
    "Friday before noon",
    "Friday at half three",
    "Friday, end of the working day",
    "Friday after the cut-off",
    "Saturday morning, before opening",
    "Sunday evening",
    "the 3rd",
    "the 14th",
    "the 22nd, a Tuesday",
    "the 9th at 10",
    "the 17th, Wednesday",
    "Wed the 11th",
    "Thu 5th, 14:00",
    "Tue 16th, morning",
    "Mon the 8th",
    "Fri 12th after 3",
    "this coming Wednesday",
    "Thursday this week",
    "tomorrow around ten",
    "tomorrow, end of day",
    "the day after tomorrow",
    "midweek, Wednesday probably",
    "Tuesday or Wednesday morning",
    "Monday, Kathmandu afternoon",
    "Thursday, 9 NPT",
    "Friday, Basque time 10:00",
    "Tuesday 1400 GMT",
])

POOLS: dict[str, Pool] = pools_of(globals())
pick = picker(POOLS, counts=[3, 5, 10, 16, 24, 36, 48, 90, 160, 300], date="the 17th")
__all__ = ["POOLS", "SLOTS", "Pool", "pick", "pool"]
