"""Spoken interest requests per tier-1 branch (frames x fillers), written for the edge project.

For models/topics/train.py: the datasets cover few branches in the way people talk to an assistant (CLINC150 is
banking, travel and kitchen; 20 Newsgroups is posts), so each branch gets requests in a dozen phrasings.
"""

from __future__ import annotations

import random

FRAMES = [
    "tell me about {x}",
    "what's new with {x}",
    "any news about {x}",
    "i'm looking for {x}",
    "recommend {x}",
    "find me {x}",
    "what do you know about {x}",
    "show me {x}",
    "i want to learn more about {x}",
    "what's the best {x}",
    "when is the next {x}",
    "search for {x}",
]

BRANCHES: dict[str, list[str]] = {
    "Entertainment": [
        "a new crime series to binge", "movies with tom hanks", "the oscar nominations", "a comedy special on netflix", "the top songs this week",
        "a jazz playlist", "the new album from coldplay", "a good documentary", "the next pixar film",
        "concert films", "the soundtrack of that movie", "a stand up comedian", "k pop bands",
    ],
    "Technology & Computing": [
        "a phone with a good battery", "the new android update", "a wireless router", "a fast ssd for my pc",
        "a laptop for programming", "smart watches", "a mechanical keyboard", "cloud storage plans",
        "a good password manager", "the newest chip from nvidia", "usb c chargers", "a mesh wifi system",
        "tablets for drawing",
    ],
    "Travel": [
        "a cheap hostel in berlin", "a weekend trip to the coast", "flights to tokyo",
        "things to see in rome", "a road trip through scotland", "a ski resort in the alps", "islands in greece",
        "a train journey across canada", "a hotel with a pool in bali", "backpacking in peru", "a city break",
    ],
    "Books and Literature": [
        "a fantasy novel series", "books by agatha christie", "poetry collections",
        "the booker prize winners", "a thriller to read on holiday", "graphic novels", "a memoir worth reading",
        "the next book in the series", "classic russian novels", "a book club pick",
    ],
    "Business and Finance": [
        "the dow jones today", "the quarterly earnings of amazon",
        "startup funding news", "the oil price", "the nasdaq", "company mergers this week", "inflation figures",
        "the ftse 100", "crypto market news",
    ],
    "Events": [
        "festivals in the summer", "a comedy show in town", "theatre tickets for friday",
        "events near me tonight", "a food festival", "a tech conference", "live music in the city",
    ],
    "Attractions": [
        "a theme park for kids", "the aquarium opening hours", "the natural history museum",
        "a botanical garden to visit", "castles to visit", "an art gallery exhibition",
    ],
    "Style & Fashion": [
        "sneakers that are in style", "summer dresses", "a watch to go with a suit",
        "fashion trends this spring", "a good skincare routine", "haircut styles for men", "designer handbags",
    ],
    "Hobbies & Interests": [
        "learning guitar", "knitting patterns", "bird watching spots",
        "a chess opening", "model trains", "pottery classes", "woodworking projects", "a film camera",
        "magic tricks",
    ],
    "Video Gaming": [
        "a multiplayer game for friends", "ps5 exclusives", "nintendo switch games",
        "minecraft mods", "esports tournaments", "a gaming headset", "steam sales",
    ],
    "Sports": [
        "the premier league table", "nba highlights", "the tennis open results", "formula one standings",
        "the world cup", "a cycling race", "the baseball playoffs", "golf tournaments",
    ],
    "Food & Drink": [
        "a pasta recipe", "vegan restaurants", "craft beer", "a good bottle of red wine", "sushi places",
        "a dessert recipe", "brunch places", "a coffee grinder", "spicy ramen",
    ],
    "Home & Garden": [
        "ideas for a small garden", "paint colors for the living room", "how to grow herbs indoors",
        "a new sofa", "kitchen renovation ideas", "fixing a dripping tap", "lawn care",
    ],
    "Science": [
        "black holes", "the mars rover", "dinosaurs", "the james webb telescope", "quantum physics",
        "the next rocket launch", "climate science", "how volcanoes work",
    ],
    "Pets": [
        "dog training tips", "food for my kitten", "a good breed for families", "aquarium fish", "cat toys",
    ],
    "Automotive": [
        "electric cars", "the new ford pickup", "car maintenance", "winter tires", "a used hatchback",
    ],
    "Personal Finance": [
        "a high interest savings account", "budgeting apps", "how to pay off my credit card", "retirement savings",
    ],
    "Careers": ["job openings for designers", "how to write a cover letter", "remote jobs", "a career change"],
    "Education": ["online courses in statistics", "learning french", "universities in canada", "study tips"],
    "Real Estate": ["houses for sale in my area", "apartments to rent downtown", "mortgage options", "home prices"],
    "Healthy Living": ["a home workout", "running tips for beginners", "yoga for flexibility", "a cycling plan"],
    "Shopping": ["deals on tvs", "a discount on headphones", "a gift for my dad", "black friday offers"],
}  # fmt: skip


def interest_phrases(seed: int, per_filler: int = 3) -> list[tuple[str, str]]:
    """(request, tier-1 label) pairs, each filler in `per_filler` random frames."""
    rng = random.Random(seed)
    return [
        (frame.format(x=x), branch)
        for branch, xs in BRANCHES.items()
        for x in xs
        for frame in rng.sample(FRAMES, per_filler)
    ]


QUESTIONS: dict[str, str] = {
    "Food & Drink": """
how long do I roast a chicken for
what goes well with salmon for dinner
give me a quick lentil soup recipe
what can I make with leftover rice
how do I get crispy roast potatoes
is there a good ramen place near here
what's the difference between a latte and a flat white
what wine do you serve with roast beef
how do you make cold brew at home
best pizza place open late
how many grams of pasta per person
find a vegetarian chili recipe
what's a good cocktail with gin
how do I sharpen a kitchen knife
I'd like to order a burrito bowl for delivery
get me a chicken tikka masala from the indian place
order two large margheritas for pickup
can I get a poke bowl delivered to work
what's in a classic negroni
how do I keep avocados from going brown
best bakery for croissants downtown
is natural wine worth trying
how do I temper chocolate
what should I cook for a dinner party of six
""",
    "Travel": """
how long is the flight from london to new york
what's the best time of year to visit japan
do I need a visa to visit india
find me a cheap hotel in amsterdam for next weekend
what should I pack for a week in iceland
is it safe to drink tap water in mexico
best things to do in lisbon with kids
how do I get from the airport to the city centre in paris
book a sleeper train to vienna
which greek island is best for a quiet holiday
what's the baggage allowance on easyjet
how much is a rail pass in italy
find a campsite near the lake district
what are the must see places in kyoto
cheapest way to get around london
any good hostels in prague
how early should I get to the airport for an international flight
what's the currency in croatia
find a beach resort in portugal for august
plan a road trip along the california coast
""",
    "Sports": """
what time does the match kick off tonight
who's top of the premier league
did the yankees win last night
when is the next f1 race
who won the boston marathon
what's the score in the cricket
how many grand slams has djokovic won
is the rugby on tv this weekend
who plays in the champions league final
what are the odds for the derby
show me the nfl standings
when does the world cup start
best tennis racket for beginners
who's the top scorer in la liga
how did the warriors do
when's the next ufc fight
what happened in the tour de france today
best golf clubs for a beginner
who won the ryder cup
is the snooker final on tonight
""",
    "Entertainment": """
what's new on netflix this week
play some relaxing piano music
who's in the cast of the new batman film
when is the next season of the crown coming out
put on the latest episode of my podcast
what films are showing at the cinema tonight
play the top forty
what's the name of this song
recommend a good series like breaking bad
who won best actor at the oscars
play some eighties rock
find tickets for the taylor swift concert
what's the new album from dua lipa like
play the radio
who directed oppenheimer
when does the new marvel film come out
put on a playlist for cooking
what's a good comedy to watch tonight
how many seasons of the office are there
who's the lead singer of coldplay
""",
    "Technology & Computing": """
how do I speed up my laptop
which phone has the best camera right now
how do I set up a vpn
what's the difference between ssd and hdd
is the new macbook worth it
how do I free up storage on my iphone
best wireless earbuds under a hundred
how do I connect my printer to wifi
what's the latest version of android
how do I learn python
which smart speaker should I buy
how much ram do I need for video editing
how do I transfer photos from my phone to my computer
what's a good monitor for working from home
how do I reset my router
is 5g worth it
what's the best antivirus software
how do I build my own pc
which tablet is best for note taking
how does chatgpt work
""",
    "Video Gaming": """
what are the best games on the switch
when is the new mario kart out
how do I beat the final boss in elden ring
is the new call of duty any good
what are the best free games on steam
recommend a co op game for two players
which console should I buy
what's a good gaming mouse
when is the next nintendo direct
how do I get better at fortnite
best indie games this year
is game pass worth it
""",
    "Books and Literature": """
recommend a gripping detective story
what's the latest book by stephen king
who wrote the hunger games
what should I read after the lord of the rings
find a good biography of churchill
best science fiction books of all time
what's the booker prize winner this year
recommend a short novel for a train ride
is the new sally rooney book out
find poetry by mary oliver
""",
    "Business and Finance": """
how are the markets doing today
what's the price of gold
how did apple's shares do today
what's the exchange rate between the dollar and the euro
latest news on interest rates
what's tesla's market cap
how is the ftse doing
what's the price of ethereum
any news about the merger
how much is oil per barrel
""",
    "Personal Finance": """
how do I start budgeting
what's a good credit score
how much should I have in an emergency fund
is it better to rent or buy
how do I pay off debt faster
what's an index fund
how much should I put in my pension
best savings account right now
how do I lower my monthly bills
is a roth ira worth it
""",
    "Automotive": """
how often should I change my oil
what's the best family car
how much does a new clutch cost
is a hybrid worth it
what tyre pressure should I use
best electric car for long distance
how do I jump start a car
what's the range of a tesla model three
why is my check engine light on
best used cars under ten grand
""",
    "Home & Garden": """
how do I get rid of weeds in my lawn
what plants grow well in shade
how do I unblock a sink
best paint for a bathroom
when do I sow carrots
how do I fix a squeaky door
ideas for a small balcony garden
how do I clean mould off the window
best robot vacuum for pet hair
how do I hang a heavy mirror
""",
    "Pets": """
how often should I feed my kitten
why does my dog eat grass
best food for an older cat
how do I stop my puppy biting
how much exercise does a labrador need
can rabbits live outside in winter
how do I clean a fish tank
what vaccinations does a puppy need
how do I get my cat to use the scratching post
best dog breeds for apartments
""",
    "Science": """
how far away is the moon
why is the sky blue
what's the biggest planet
how do black holes form
when is the next solar eclipse
how old is the universe
what is dark matter
how do telescopes work
how does photosynthesis work
what's the speed of light
""",
    "Healthy Living": """
a good beginner workout at home
how many steps a day should I walk
best stretches after running
how much water should I drink a day
a good high protein breakfast
how do I start doing yoga
is intermittent fasting good for weight loss
how to get better at pull ups
best apps for meditation
a couch to five k plan
""",
    "Shopping": """
where can I buy a cheap sofa
compare prices for an air fryer
any discount codes for nike
when do the summer sales start
best deals on laptops this week
where's the nearest ikea
find a gift for my mum's birthday under fifty
track my amazon order
is there a sale on at john lewis
find me a good deal on a tv
""",
    "Style & Fashion": """
what should I wear to a summer wedding
how do I tie a tie
best sunglasses for a round face
what colours go with olive green
how do I style white sneakers
what's in fashion this autumn
best moisturiser for dry skin
how do I look after leather boots
""",
    "Careers": """
how do I ask for a promotion
how do I write a good cv
what questions come up in a job interview
how do I become a nurse
jobs in marketing near me
how much does a software engineer earn
how do I change careers at forty
""",
    "Education": """
how do I apply to university
best way to learn a language fast
online courses in data science
what's a good masters degree for business
how do I study for exams
free courses in graphic design
""",
    "Real Estate": """
how much is my house worth
houses for sale with a garden near me
what's the average rent in manchester
how do I get a mortgage
is now a good time to buy a flat
""",
    "Hobbies & Interests": """
how do I start knitting
best beginner camera for photography
how do I learn to play the ukulele
what's a good jigsaw puzzle for adults
how do I start a podcast
where can I do a pottery class
how do I get into bird watching
best chess books for beginners
""",
    "Events": """
what's on this weekend in town
any festivals near me this summer
when are the grammys
tickets for the comic con
is there a food market on saturday
""",
    "Attractions": """
what time does the zoo open
tickets for the london eye
best museums in berlin
is the theme park open in winter
how much is entry to the aquarium
""",
    "Family and Relationships": """
fun things to do with toddlers on a rainy day
how do I plan a first date
ideas for a family day out
how do I get my kids to sleep earlier
""",
    "Personal Celebrations & Life Events": """
ideas for a fortieth birthday party
how do I plan a wedding on a budget
what to write in a graduation card
a good venue for a baby shower
""",
    "Fine Art": """
when is the next ballet at the opera house
tickets for the new play at the national theatre
who painted the starry night
find a modern art exhibition this month
""",
}
"""Natural requests per tier-1 branch, the way people ask an assistant (not frames): for the encoder fine-tuning
and the topic head, through models/privacy/corpus.py."""
