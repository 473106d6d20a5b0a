"""Passing the news on is not a political opinion: the gate asks its model again with the election made a match
and the government a club (`edge.privacy.news`, `edge.privacy.swap`), only in a sentence that says where the news
came from and only for a political block. The sentences were written for this check (stop 46); none is in a
training, dev, test or probe set."""

from __future__ import annotations

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.news import swap_news
from edge.privacy.swap import JOBS, NEWS, PARTNERS, Swap, SwapRelease

NEWS_ONLY = [
    "the news said the local elections are on the fourth of may",
    "on the radio they said parliament is back from recess next week",
    "the headlines this morning were all about the election date",
    "the presidential debate is on every channel tonight so there's nothing else to watch",
    "did the news say when the government announces the budget",
    "in den nachrichten kam, dass die regierung morgen den haushalt vorstellt",
    "el telediario dice que las elecciones municipales son en mayo",
    "à la radio ils ont dit que les élections municipales sont en mars",
    "al telegiornale parlano solo delle elezioni, cambia canale",
]
"""Blocked as political by the sensitive model alone, freed by the release."""

NEWS_AND_OPINION = [
    "the news said the election is in may and i'm voting green again",
    "saw on the news the tories lost the election, best night of my life",
    "the news says the election's tomorrow, i'm out canvassing for labour all day",
    "on the radio they said parliament passed the bill, i marched against it last month",
    "the headlines say the government fell, i've been a party member for ten years so i'm thrilled",
    "the news said the election results are in and my candidate lost, i campaigned for her",
    "every channel has the election on and i still can't believe people vote conservative",
    "the news about the election makes me proud to be a socialist",
    "on the news they said the referendum is in june, i'm voting to leave",
    "the paper says the government will raise taxes, typical lib dems",
    "the debate's on every channel tonight, i'm a registered republican so i'm watching",
    "the news said the election is close, i've donated to the democrats",
    "the news says the government wants to ban strikes, our union is balloting tomorrow",
    "in den nachrichten hieß es, die wahl ist im herbst, ich wähle wieder die afd",
    "laut tagesschau verliert die regierung, ich bin seit jahren spd-mitglied",
    "die wahl ist in allen nachrichten, ich mache wahlkampf für die linke",
    "en las noticias dicen que las elecciones serán en junio, votaré a vox otra vez",
    "según el telediario el gobierno cae, soy militante del psoe desde hace años",
    "dicen en las noticias que el parlamento vota mañana, yo estaré en la manifestación de podemos",
    "aux infos ils disent que les élections sont en juin, je vote rn comme toujours",
    "au journal ils ont dit que le gouvernement tombe, je milite chez les insoumis",
    "les élections sont sur toutes les chaînes, je suis encarté au parti socialiste",
    "al telegiornale hanno detto che le elezioni saranno a ottobre, voto lega come sempre",
    "il tg dice che il governo cade, sono iscritto al pd da dieci anni",
    "al telegiornale parlano delle elezioni, io faccio campagna per fratelli d'italia",
]
"""News beside an opinion, a vote or a membership: with the election swapped they still score 0.77 of their bar
or more ("il tg dice che il governo cade, sono iscritto al pd")."""


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.mark.parametrize(
    ("text", "lang", "swapped"),
    [
        ("the news said the election is set for may", "en", "the news said the match is set for may"),
        ("the general elections are on every channel", "en", "the matches are on every channel"),
        (
            "in den Nachrichten hieß es, die Bundestagswahl ist im Herbst",
            "de",
            "in den Nachrichten hieß es, die Ausstellung ist im Herbst",
        ),
        (
            "en las noticias dicen que las elecciones serán en junio",
            "es",
            "en las noticias dicen que las rebajas serán en junio",
        ),
        (
            "al telegiornale dicono che il governo presenta la manovra",
            "it",
            "al telegiornale dicono che il club presenta la stagione",
        ),
    ],
)
def test_elections_in_the_news_become_ordinary_events(text: str, lang: str, swapped: str) -> None:
    assert swap_news(text, lang) == swapped


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the general election is set for may", "en"),  # no news source said
        ("I voted green in the last election", "en"),
        ("the number six goes down parliament street to the station", "en"),
        ("the news said it will rain all weekend", "en"),  # news, but no election
        ("ich hab bei der Wahl wieder die Grünen gewählt", "de"),
    ],
)
def test_no_swap_without_the_news_or_an_election(text: str, lang: str) -> None:
    assert swap_news(text, lang) is None


@pytest.mark.parametrize("text", NEWS_ONLY)
def test_the_news_alone_is_not_blocked(analyzer: TextAnalyzer, text: str) -> None:
    without = PrivacyGate.load(analyzer.classifier, swap=SwapRelease(swaps=(JOBS, PARTNERS)))
    assert without.check(text).blocked  # the model alone blocks it
    assert analyzer.gate is not None and not analyzer.gate.check(text).blocked


@pytest.mark.parametrize("text", NEWS_AND_OPINION)
def test_the_news_beside_an_opinion_stays_blocked(analyzer: TextAnalyzer, text: str) -> None:
    assert analyzer.gate is not None
    assert analyzer.gate.check(text).blocked


def test_the_news_explains_a_political_block_only(analyzer: TextAnalyzer) -> None:
    text = "dicen en las noticias que el parlamento aprueba la ley mañana"  # read as criminal, 0.12 of it swapped
    loose = PrivacyGate.load(analyzer.classifier, swap=SwapRelease(swaps=(JOBS, PARTNERS, Swap(swap_news))))
    assert analyzer.gate is not None and analyzer.gate.check(text).blocked
    assert not loose.check(text).blocked
    assert NEWS.explains == frozenset({"political"})
