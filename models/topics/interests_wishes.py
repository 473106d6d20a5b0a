"""Interests said as wishes, needs and plans rather than asked as questions, English; written for the edge project.

Training data only (Apache-2.0, like the rest of the project), hand-written, one sentence per line, in the shape of
`interests_spoken.py`. People tell their glasses "my trainers are falling apart" or "I've always wanted to learn
the cello" as often as they ask; the requests of the other files are mostly questions and imperatives, and a
first-person statement read as small talk (no interest). INTERESTS per tier-1 branch: first-person wishes, plans,
cravings and things that broke; COMMANDS: first-person statements of the same shape that reveal no interest
("I need to call the plumber back"), so the head learns the difference and not the grammar. Written before the
stop-32 probe of such sentences that judges them (`tests/data/interest_probe.jsonl`, batch "interest-3").
"""

from __future__ import annotations

INTERESTS: dict[str, dict[str, str]] = {
    "en": {
        "Food & Drink": """
a bacon sandwich would hit the spot right now
I'm in the mood for dim sum
I've been meaning to try that new vegan bakery
I want to learn to make proper sourdough pizza
we should do a barbecue on saturday
I'm craving something spicy
I really fancy fish and chips tonight
I'd love a decent flat white
I want to get better at cooking indian food
I've never made a roast dinner and I'd like to
we need a good wine for the dinner party
I keep wanting to try korean fried chicken
I'd like to find a nice place for brunch near the river
I need some new ideas for packed lunches
I want a really good chocolate cake recipe
""",
        "Travel": """
I'd love a long weekend in Seville
we keep talking about going to Canada
I really need a holiday somewhere sunny
I've always wanted to ride the trans siberian railway
we're hoping to do a cruise around the Greek islands
I want to see Patagonia before I'm forty
I'm dreaming of a cabin in the mountains for new year
I fancy a city break in the spring
we want to take the kids to Disneyland Paris
I've never been to Scotland and I'd like to go
I need a cheap flight to Dublin for the bank holiday
I'd like to try one of those overnight sleeper trains
""",
        "Entertainment": """
I fancy watching a good thriller tonight
I've been meaning to watch the godfather films
I need a new podcast for the gym
I'd love some old motown on right now
I keep meaning to catch up on succession
I need some music for a dinner party
I want to see that new Greta Gerwig film
I could do with a good laugh, something funny to watch
I've had that Olivia Rodrigo song stuck in my head all day
I want to rewatch the lord of the rings this weekend
""",
        "Sports": """
I want to get back into playing squash
I'd love tickets to the rugby at Twickenham
I'm thinking of signing up for a triathlon
I need a new racket, mine snapped
I've always wanted to learn to surf
I can't wait for the new NFL season
I want to watch the Ryder Cup this year
my running shoes have done about a thousand miles
I'd like to join a cycling club
I'm hoping to get to a Celtics game this winter
""",
        "Technology & Computing": """
my tablet is painfully slow these days
I want a proper monitor for working from home
I've been meaning to set up a password manager
I'd love a laptop that lasts all day on battery
my wireless mouse keeps disconnecting
I want to learn how to code websites
I need a better webcam for video calls
our wifi drops out every evening
I'm tempted by one of those e-ink tablets
I want to get into home automation
my printer is on its last legs
""",
        "Video Gaming": """
I've been itching to play Baldur's Gate again
I want a new game for the long weekend
I'd love a retro console for the living room
I keep dying on the same boss in Sekiro
I'm tempted to get a PS5 for the new Spider-Man
I want something cosy to play like Stardew Valley
my controller's left stick is drifting
I'd like to try VR gaming
""",
        "Automotive": """
my car's due an MOT and I think the brakes need doing
I want to swap my diesel for something electric
I'd love a little convertible for the summer
the tyres on the van are nearly bald
I'm thinking about getting a motorbike licence
the air con in my car stopped working
I need a roof box for the camping trip
I've always fancied restoring an old Land Rover
""",
        "Home & Garden": """
I want to paint the hallway a lighter colour
the garden fence blew down in the storm
I'd love a wood burning stove in the lounge
I need new curtains for the bedroom
I want to plant some fruit trees in the spring
the bathroom grout has gone mouldy
I'm thinking of getting solar panels
I'd like to build some raised beds
our sofa has seen better days
I want to redo the kitchen tiles myself
""",
        "Pets": """
we're thinking about adopting a rescue greyhound
my cat won't stop scratching the sofa
I'd love to get a puppy in the summer
the dog needs a new bed, he's chewed his
I want to teach my dog some new tricks
I'm thinking of getting chickens for the garden
the fish tank needs a better filter
""",
        "Personal Finance": """
I really should sort out a pension
I want to pay off my credit card faster
I'm thinking of moving my savings somewhere with better interest
I need to start budgeting properly
I'd like to start investing a bit each month
I want to save for a house deposit
""",
        "Business and Finance": """
I've always wanted to run my own café
I'm curious how inflation is affecting the markets
I want to understand how the stock market works
I'm thinking of turning my side hustle into a business
""",
        "Books and Literature": """
I need a good thriller for the beach
I've been meaning to read some Dostoevsky
I want to get back into reading before bed
I'd love a book club pick that isn't too long
I finished the last Sally Rooney and I want something similar
""",
        "Hobbies & Interests": """
I want to take up watercolour painting
I've always fancied learning to knit
I'd like to get into astronomy with a proper telescope
I'm thinking of learning the ukulele
I want to try my hand at calligraphy
I'd love to learn to play chess properly
I want to get into film photography
""",
        "Style & Fashion": """
I need some decent walking boots
my jeans have ripped at the knee again
I want a new look for the summer
I'd love a proper leather jacket
I need something smart to wear for the interview
my favourite handbag strap just broke
I want to find a good tailor
""",
        "Healthy Living": """
I want to get into a proper stretching routine
I'd like to start swimming before work
I'm trying to walk ten thousand steps a day
I want to cut down on sugar in my snacks
I should really get some exercise in at lunchtime
""",
        "Careers": """
I'm thinking about retraining as an electrician
I want to get a job in renewable energy
my CV needs a complete rewrite
I'd like to move into management next year
I want to find an internship in journalism
""",
        "Education": """
I'd love to learn Italian before our trip
I'm thinking about going back to university
I want to take an evening course in history of art
I should improve my spreadsheet skills
I want to learn sign language
""",
        "Shopping": """
I need a birthday present for my dad
I want a new mattress but they're so expensive
I'm after a good deal on a washing machine
I need to buy a gift for a leaving do
I want some new bedding from the sales
""",
        "Science": """
I've always wondered why the moon looks bigger near the horizon
I'd love to understand how vaccines are made
I want to learn more about dinosaurs
I'm curious how tides actually work
""",
        "Real Estate": """
we're thinking of selling the house next spring
I want to rent somewhere closer to work
I'd love a flat with a balcony
we need a bigger house now the twins are here
""",
        "Events": """
I'd love to go to the Edinburgh festival this year
I want to catch a gig this weekend
I'm hoping to get tickets for Wimbledon
I fancy a night at the theatre
""",
        "Attractions": """
the pyramids are top of my bucket list
I'd love to take the kids to the zoo on Sunday
I want to visit the Natural History Museum
I'm hoping to see the Colosseum on our trip
""",
        "Family and Relationships": """
I want to plan something special for our anniversary night out
I need ideas for a family day out this weekend
I'd like to find fun things to do with the grandkids
""",
    },
}

COMMANDS: dict[str, str] = {
    "en": """
I need to call the plumber back
I should go to bed early tonight
I have to pick up the kids at three
I need to remember to take the bins out
I'm running a bit late this morning
I have to reply to that email from work
I need to charge my phone
I should ring my mum later
I'm so tired today
I forgot my keys again
I need to be up at six tomorrow
I have a meeting at ten
I'm nearly home
I need a reminder for the dentist on Friday
I should set an alarm for the morning
I want the lights a bit dimmer
I need to text Sam that I'm on my way
I'm bored
I'm just waiting for the bus
I need to note down this parking space
""",
}
