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
