"""Device and assistant commands (no interest) and food orders (Food & Drink), written for the edge project.

Frames x fillers, for models/topics/train.py: a command says what the device should do, not what its owner
cares about, so it must yield no topic ("create a list of books to be ordered", "add jim and jerry to event",
"raise volume to level seven"); ordering food is an interest in food, not in shopping.
"""

from __future__ import annotations

import itertools
import random

COMMAND_FRAMES: dict[str, tuple[list[str], list[str]]] = {
    "alarm": (
        [
            "set an alarm for {x}",
            "wake me up at {x}",
            "cancel my {x} alarm",
            "change the alarm to {x}",
            "remove the alarm for {x}",
            "alarm at {x} please",
            "olly wake me at {x}",
        ],
        ["six am", "seven thirty", "5 o'clock tomorrow", "noon", "quarter past eight", "9 pm", "tomorrow morning"],
    ),
    "volume": (
        [
            "{x} the volume",
            "turn the volume {x}",
            "set volume to {x}",
            "can you {x} the sound",
            "make the speaker {x}",
            "please {x} the media volume",
        ],
        ["up", "down", "lower", "raise", "mute", "level five", "max", "fifty percent", "quieter", "louder"],
    ),
    "lights": (
        [
            "turn {x} the lights",
            "switch {x} the {y} lamp",
            "set the {y} lights to {x}",
            "dim the {y} lights",
            "make the {y} brighter",
            "change the {y} light color to {x}",
        ],
        ["on", "off", "blue", "warm white", "thirty percent", "red", "reading mode"],
    ),
    "lists": (
        [
            "add {x} to my list",
            "create a list called {x}",
            "remove {x} from the list",
            "put {x} on my to do list",
            "what's on my {x} list",
            "delete the {x} list",
            "create a list of {x}",
            "start a new list for {x}",
            "check off {x}",
            "read out my {x} list",
        ],
        [
            "books to be ordered",
            "groceries",
            "camping gear",
            "chores",
            "eggs",
            "birthday gifts",
            "packing",
            "movies to watch",
            "paint and brushes",
            "things to fix",
        ],
    ),
    "contacts": (
        [
            "add {x} to my contacts",
            "save {x}'s number",
            "update {x}'s email address",
            "delete {x} from contacts",
            "what's {x}'s phone number",
            "enter {x} into my contact list",
            "call {x}",
            "text {x} I'm on my way",
            "send {x} a message",
        ],
        ["jim", "my landlord", "sarah", "the plumber", "dad", "mike from work", "the dentist's office", "anna"],
    ),
    "calendar": (
        [
            "add {x} to my calendar",
            "schedule {x} for friday",
            "add jim and jerry to {x}",
            "move {x} to monday",
            "cancel {x}",
            "what time is {x}",
            "when is {x}",
            "remind me about {x}",
            "invite tom to {x}",
            "set up {x} every week",
        ],
        [
            "the team meeting",
            "lunch with ben",
            "the event",
            "the call with the bank",
            "the parent evening",
            "my haircut",
            "the school run",
            "the standup",
        ],
    ),
    "email": (
        [
            "check my {x}",
            "read my {x}",
            "reply to {x}",
            "forward {x} to lisa",
            "delete {x}",
            "any new {x}",
            "send an email to {x}",
            "mark {x} as read",
        ],
        ["email", "inbox", "last email", "emails from my boss", "messages", "unread mail", "work email"],
    ),
    "time_weather": (
        ["what's the {x}", "tell me the {x}", "{x} please", "what is the {x} today", "how's the {x} looking"],
        [
            "time",
            "date",
            "weather",
            "forecast",
            "temperature outside",
            "chance of rain",
            "time in london",
            "weather this weekend",
            "wind speed",
        ],
    ),
    "device": (
        ["{x}", "please {x}", "can you {x}", "{x} now"],
        [
            "pause the music",
            "skip this song",
            "stop the timer",
            "set a timer for ten minutes",
            "turn on bluetooth",
            "take a picture",
            "start recording",
            "find my phone",
            "turn on do not disturb",
            "restart the router",
            "lock the door",
            "open the garage",
            "turn off the tv",
            "read my notifications",
            "repeat that",
        ],
    ),
}

FOOD_FRAMES = (
    [
        "order {x} for me",
        "order me {x}",
        "get {x} delivered",
        "i want to order {x}",
        "can you order {x} for dinner",
        "place an order for {x}",
        "order {x} from the takeaway",
        "i'd like {x} delivered tonight",
    ],
    [
        "a pizza",
        "a bowl from chipotle",
        "sushi",
        "thai food",
        "a large pepperoni",
        "chinese takeout",
        "burgers",
        "indian curry",
        "tacos",
        "a kebab",
        "pad thai",
        "fried chicken",
        "a salad from sweetgreen",
        "ramen",
    ],
)


def _fill(frames: list[str], fillers: list[str], rng: random.Random, per_frame: int) -> list[str]:
    out = []
    for frame in frames:
        for x in rng.sample(fillers, min(per_frame, len(fillers))):
            y = rng.choice(["kitchen", "bedroom", "living room", "hallway", "office"])
            out.append(frame.format(x=x, y=y))
    return out


def command_phrases(seed: int) -> list[str]:
    rng = random.Random(seed)
    return list(dict.fromkeys(itertools.chain.from_iterable(_fill(f, x, rng, 4) for f, x in COMMAND_FRAMES.values())))


def food_order_phrases(seed: int) -> list[str]:
    return list(dict.fromkeys(_fill(*FOOD_FRAMES, random.Random(seed), 5)))
