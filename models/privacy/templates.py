"""Short spoken-style training sentences per sensitive category (frames x fillers) and hard negatives.

Written by the edge project for models/privacy/train_sensitive.py. Deliberately disjoint from the labelled
test set in tests/data/sensitive_sentences.jsonl. Frames are split (not fillers) for validation, so the
validation score measures new phrasings.
"""

from __future__ import annotations

import itertools
import random

FRAMES: dict[str, tuple[list[str], list[str]]] = {
    "health": (
        ["remind me to take my {x}", "i was diagnosed with {x}", "my doctor thinks it's {x}",
         "how do you treat {x}", "my dad is in hospital with {x}", "i've been dealing with {x} for years",
         "pick up my {x} from the pharmacy", "is {x} hereditary", "book a follow up about my {x}",
         "what are early signs of {x}", "i can't work today because of my {x}", "my wife is struggling with {x}",
         "find a specialist for {x}", "does insurance cover {x}", "my {x} flared up again",
         "set a reminder for my {x} appointment", "tell my boss i'm out with {x}"],
        ["diabetes", "breast cancer", "asthma", "depression", "anxiety", "a migraine", "high blood pressure",
         "insulin", "antidepressants", "chemo", "bipolar disorder", "ptsd", "adhd meds", "an eating disorder",
         "arthritis", "epilepsy", "the flu", "covid", "a kidney infection", "back pain", "a broken wrist",
         "pregnancy nausea", "morning sickness", "ivf", "an ear infection", "sleep apnea", "insomnia",
         "alcohol addiction", "opioid withdrawal", "panic attacks", "ocd", "schizophrenia", "dementia",
         "multiple sclerosis", "a heart condition", "my prescription", "physical therapy", "a stomach bug",
         "a rash that won't go away", "hearing loss", "my wheelchair repair", "autism", "celiac disease",
         "a herniated disc", "postpartum depression", "a miscarriage", "the blood test", "my therapy session"],
    ),
    "religion": (
        ["what time is {x} today", "remind me about {x} this weekend", "we're going to {x} on sunday",
         "find a {x} near me", "i've been thinking about {x} a lot", "my family goes to {x}",
         "play a {x} for me", "when does {x} begin", "i'm reading {x} every night", "our {x} is collecting donations",
         "tell my mom i'll see her at {x}", "how do i become a member of the {x}"],
        ["friday prayers", "sunday mass", "the mosque", "the synagogue", "church", "the hindu temple",
         "bible study", "the quran", "the torah portion", "a hymn", "ramadan", "yom kippur", "passover seder",
         "diwali puja", "the gurdwara", "confession", "the catholic parish", "my faith", "god", "the sabbath",
         "evening prayer", "the buddhist temple", "eid prayers", "our pastor", "the imam's sermon",
         "my conversion to islam", "being an atheist", "the rosary", "communion", "a church choir",
         "the jehovah's witnesses", "lent", "a meditation retreat at the monastery", "kosher food"],
    ),
    "political": (
        ["what do you think about {x}", "remind me to go to the {x}", "i'm volunteering for {x}",
         "read me the latest on {x}", "who is leading in {x}", "i donated to {x}", "i'm so angry about {x}",
         "sign me up for {x}", "find the next meeting of {x}", "my whole family supports {x}",
         "i'm voting for {x}", "what's the position of {x} on taxes"],
        ["the labour party", "the conservatives", "the democrats", "the republicans", "the green party",
         "the tories", "the election", "the primary", "the senate race", "the protest march", "the rally downtown",
         "the socialists", "the mayor's campaign", "brexit", "the abortion vote", "gun control", "the immigration bill",
         "the president", "the prime minister", "my local mp", "the liberal democrats", "the far right",
         "the communist party", "the petition against the pipeline", "the climate strike", "the referendum",
         "the city council race", "the governor", "the supreme court ruling", "the border policy"],
    ),
    "sexual_orientation": (
        ["{x}", "i'm {x}", "my partner and i are {x}", "i think my son is {x}", "is this bar {x} friendly",
         "find events for {x} people", "how do i tell my parents i'm {x}", "my sister just came out as {x}",
         "remind me about the {x} support group", "my best friend is {x}"],
        ["gay", "lesbian", "bisexual", "transgender", "queer", "nonbinary", "pansexual", "asexual", "lgbt",
         "lgbtq", "a trans woman", "a trans man", "into men", "into women", "attracted to men",
         "attracted to guys", "same sex", "gender fluid", "questioning my sexuality"],
    ),
    "sex_life": (
        ["{x}", "remind me to buy {x}", "we've been {x}", "i want to talk about {x}", "how do i improve {x}",
         "is it normal to {x}", "my partner and i {x}", "find a shop that sells {x}"],
        ["condoms", "lube", "sex toys", "having less sex", "our sex life", "hooking up", "have sex every day",
         "a threesome", "a vibrator", "sexting", "swinging", "porn", "erectile problems", "low libido",
         "intimacy after surgery", "a one night stand", "friends with benefits", "kinky stuff", "an affair",
         "sleeping with my coworker", "lose my virginity", "the morning after pill", "an open marriage"],
    ),
    "ethnicity": (
        ["{x}", "as {x} i always get stopped", "my family is {x}", "i'm {x}", "find a community group for {x} people",
         "my grandmother was {x}", "people assume i'm not {x}", "scholarships for {x} students",
         "the landlord treated us differently because we're {x}", "growing up {x} in this town was hard"],
        ["black", "hispanic", "latino", "african american", "asian american", "indigenous", "native american",
         "aboriginal", "roma", "mixed race", "biracial", "of nigerian descent", "of korean heritage",
         "a person of color", "arab", "an ethnic minority", "first nations", "pacific islander", "jewish by heritage",
         "a racial minority", "of south asian origin", "white and black caribbean", "a gypsy traveller"],
    ),
    "trade_union": (
        ["{x}", "remind me about {x}", "when is {x}", "email everyone about {x}", "i need to talk to {x}",
         "i'm worried about {x}", "what did {x} decide", "add {x} to my calendar"],
        ["the union meeting", "my union rep", "the strike vote", "the picket line", "union dues",
         "the collective bargaining session", "the shop steward", "the teachers union", "the walkout",
         "joining the union", "the organizing drive at work", "the labor union", "the teamsters", "the nurses strike",
         "our union contract", "the grievance hearing", "going on strike", "unionizing the store", "the afl-cio"],
    ),
    "genetic_biometric": (
        ["{x}", "what does {x} mean", "i got {x} back", "remind me about {x}", "how accurate is {x}",
         "delete {x} from the app", "share {x} with my doctor", "should i worry about {x}"],
        ["my dna test", "my 23andme report", "a genetic test", "the brca result", "my genome sequencing",
         "a paternity test", "my fingerprint data", "face id", "the iris scan", "my voiceprint", "a gene mutation",
         "my ancestry dna results", "the chromosome test", "carrier screening", "facial recognition enrollment",
         "my retina scan", "hereditary cancer genes", "my biometric data"],
    ),
    "criminal": (
        ["{x}", "i'm scared about {x}", "remind me about {x}", "my lawyer called about {x}", "how do i deal with {x}",
         "does {x} show up on background checks", "my brother is facing {x}", "i never told anyone about {x}"],
        ["my arrest", "the court date", "my parole hearing", "a dui charge", "the shoplifting charge", "my prison time",
         "a felony record", "the probation meeting", "my criminal record", "the assault case", "a drug possession charge",
         "getting my record expunged", "the bail hearing", "jail", "a restraining order", "the fraud investigation",
         "being convicted", "my time in juvenile detention", "the theft charge", "community service hours"],
    ),
}

HARD_NEGATIVES = [
    "how do i get to church street", "the bakery on church road", "my laptop is sick", "my car is sick",
    "run an antivirus scan", "computer virus removal", "make a playlist for the party", "the birthday party is at six",
    "a healthy dose of humor", "labour day weekend deals", "labor day sale on mattresses", "pride and prejudice",
    "play the pride and prejudice movie", "the stock market rally", "crime novels by agatha christie",
    "a free trial", "liberal amount of butter", "conservative estimate", "union square cafe", "union station",
    "the european union budget", "that beat is sick", "i'm sick of waiting", "doctor who season two",
    "dr pepper six pack", "the fastest car in the race", "horse race results", "bless you", "oh my god the traffic",
    "what the hell", "kidney beans recipe", "fingerprint smudges on the screen", "sick days left",
    "heritage site opening hours", "the human race", "strike a pose", "bowling strike", "the marketing campaign",
    "a campaign for the new product", "vote for the best pizza", "the class president", "the club election",
    "the election of the board of the chess club", "the film screening", "data recovery", "temple run game",
    "smooth criminal song", "murder mystery dinner party", "true crime podcast", "the great depression history",
    "jiffy lube oil change", "the sex pistols", "bail on dinner", "stole the show", "trump card",
    "my printer is broken", "disable the alarm", "close the blinds", "the blind spot mirror", "walk the dog",
    "the plants look sick", "i'm dying for a coffee", "this is killing me", "the game is a killer app",
    "shoot me a text", "i'm starving", "the meeting was a nightmare", "my phone died", "the battery is dead",
]


def category_sentences(seed: int = 0) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(train, validation) lists of (sentence, category): frames split 3:1 per category."""
    rng = random.Random(seed)
    train: list[tuple[str, str]] = []
    val: list[tuple[str, str]] = []
    for category, (frames, fillers) in FRAMES.items():
        frames = list(frames)
        rng.shuffle(frames)
        cut = max(1, len(frames) // 4)
        for index, frame in enumerate(frames):
            target = val if index < cut else train
            for frame_text, filler in itertools.product([frame], fillers):
                target.append((frame_text.format(x=filler), category))
    return train, val
