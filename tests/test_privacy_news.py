"""Passing the news on is not a political opinion: the gate asks its model again with the election made a match
and the government a club (`edge.privacy.news`, `edge.privacy.swap`), only in a sentence that says where the news
came from and takes no stance, and only for a political block. The sentences were written for this check (stop
46); none is in a training, dev, test or probe set. `tests/data/news_disclosures.jsonl`: 90 political disclosures
told through the news, written by a helper session that read no repository file (stop 46, CC0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edge.pipeline import TextAnalyzer
from edge.privacy.gate import PrivacyGate
from edge.privacy.news import news_swapped, swap_news
from edge.privacy.sensitive_model import SensitiveModel
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
    "read me the news",
    "read me the top news headlines, please",
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
    # the news itself swapped in English: an opinion, a vote, a membership stay
    "the news keeps lying about the protests, i was there with the party",
    "i watched the news and honestly i'm a communist now",
    "my news feed is all labour stuff because i'm a member",
    "the news is rigged against trump, he'll win again",
    "i cried watching the news when my candidate conceded",
    "read me the news from the conservative party website",
    "news flash, i'm voting reform",
    "the headlines about the rally were wrong, i marched with the greens",
    "the news says immigrants are the problem and i agree with them",
    "i only read left-wing news, i can't stand tory lies",
    "i only watch fox news, everything else is liberal propaganda",
]
"""News beside an opinion, a vote or a membership: with the election (and in English the news) swapped they still
score 0.77 of their bar or more ("il tg dice che il governo cade, sono iscritto al pd")."""


TAKES_A_STANCE = [
    "My mum cried watching the results on the telly when her lot lost the election.",
    "The news app keeps pinging about the budget and I just think this government is a disgrace, frankly.",
]
"""From the helper's set: swapped without the stance guard they score 0.05 and 0.08 of the bar ("... when her lot
lost the match", "... this club is a disgrace"), so only `STANCE` keeps them blocked."""

DISCLOSURES = Path(__file__).parent / "data" / "news_disclosures.jsonl"


@pytest.fixture(scope="module")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer.load()


@pytest.fixture(scope="module")
def without_news(analyzer: TextAnalyzer) -> PrivacyGate:
    return PrivacyGate.load(analyzer.classifier, swap=SwapRelease(swaps=(JOBS, PARTNERS)))


@pytest.mark.parametrize(
    ("text", "lang", "swapped"),
    [
        ("the news said the election is set for may", "en", "the weather said the match is set for may"),
        ("the general elections are on every channel", "en", "the matches are on every channel"),
        ("read me the top news headlines, please", "en", "read me the weather, please"),
        (  # the other languages keep their news word
            "il tg dice che il governo cade, sono iscritto al pd da dieci anni",
            "it",
            "il tg dice che il club cade, sono iscritto al pd da dieci anni",
        ),
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
        ("ho sentito al tg che domani piove", "it"),  # news, but no election
        ("ich hab bei der Wahl wieder die Grünen gewählt", "de"),
    ],
)
def test_no_swap_without_the_news_or_an_election(text: str, lang: str) -> None:
    assert swap_news(text, lang) is None


@pytest.mark.parametrize("text", NEWS_ONLY)
def test_the_news_alone_is_not_blocked(analyzer: TextAnalyzer, without_news: PrivacyGate, text: str) -> None:
    assert without_news.check(text).blocked  # the model alone blocks it
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


def test_the_stance_guard_is_what_keeps_a_view_on_the_government(analyzer: TextAnalyzer) -> None:
    assert analyzer.classifier is not None
    model = SensitiveModel.load(encoder=analyzer.classifier.encoder)
    assert analyzer.gate is not None
    for text in TAKES_A_STANCE:
        naive = news_swapped(text, "en")
        assert model.decide(naive, model.encoder.encode_text(naive)).strength < SwapRelease().most, text
        assert swap_news(text, "en") is None
        assert analyzer.gate.check(text).blocked


def test_disclosures_told_through_the_news_stay_blocked(analyzer: TextAnalyzer, without_news: PrivacyGate) -> None:
    """Every sentence of the helper's set that the gate blocks without the news swap, it blocks with it (83 of 90;
    the seven others the model misses either way: "Mia madre ha pianto davanti ai risultati in TV quando il suo
    partito ha perso")."""
    rows = [json.loads(line) for line in DISCLOSURES.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 90 and {r["lang"] for r in rows} == {"en", "de", "es", "fr", "it"}
    assert analyzer.gate is not None
    blocked = [r["text"] for r in rows if without_news.check(r["text"]).blocked]
    assert len(blocked) >= 80
    assert [t for t in blocked if not analyzer.gate.check(t).blocked] == []
