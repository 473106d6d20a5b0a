"""The lexicon layer: whole words with inflections, phrases, stems, narrow guards, typed errors for bad files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from edge.errors import ModelError
from edge.privacy.lexicon import CATEGORIES, Lexicon, default_dir, term_pattern


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("she prayed all night", "religion"),  # inflection of "pray"
        ("the new voters registered", "political"),
        ("two therapies didn't help", "health"),  # -y -> -ies
        ("he's diabetic", "health"),  # stem diabet*
        ("my union rep called", "trade_union"),  # phrase
        ("find gay bars in berlin", "sexual_orientation"),
        ("buy condoms on the way home", "sex_life"),
        ("i'm mixed-race", "ethnicity"),  # hyphen joins phrase words
        ("my 23andme results came in", "genetic_biometric"),
        ("i got arrested last night", "criminal"),
        ("WHEN IS THE NEXT TORIES MEETING", "political"),  # case-insensitive
        ("church street bakery near the church", "religion"),  # a guard only covers its own match
        ("I'm on PrEP now", "health"),  # the acronym only as it is spelled
        ("he's on the spectrum so loud places are hard", "health"),
        ("my sponsor called me at midnight", "health"),
        ("my PO wants me to check in every week", "criminal"),
        ("what time is fajr tomorrow", "religion"),  # a request the release must not let through
        ("find a mass time for thursday", "religion"),
        ("je fais grève demain avec mon syndicat", "trade_union"),  # taking part, not the trains' strike
        ("wir streiken morgen vor dem werkstor", "trade_union"),
        ("al SNPL abbiamo votato lo sciopero dei piloti", "trade_union"),  # a pilots' strike is not guarded
        ("the plants are fine but i am sick", "health"),  # a guard only covers its own match
        ("we go to the parish church every sunday", "religion"),
        # the other four languages: conditions, faiths, parties, orientation, records
        ("ho la sclerosi multipla", "health"),
        ("hatte letztes jahr einen schlaganfall", "health"),
        ("je suis en fauteuil roulant depuis l'accident", "health"),
        ("sono testimone di Geova", "religion"),
        ("soy testigo de Jehová", "religion"),
        ("ich bin Mitglied der Grünen", "political"),
        ("je suis plutôt de gauche", "political"),
        ("ich bin schwule und lebe in köln", "sexual_orientation"),  # stem schwul*
        ("soy una mujer trans", "sexual_orientation"),
        ("sono agli arresti domiciliari", "criminal"),
        ("è in carcere per spaccio", "criminal"),
        ("ich bin türkischstämmig", "ethnicity"),
        ("sono iscritta alla cisl", "trade_union"),
        # the third batch: German compounds, conditions said of oneself, records, origin, rites
        ("bei meiner mutter wurde brustkrebs festgestellt", "health"),  # any compound ending in -krebs
        ("wir sind beide träger für mukoviszidose", "health"),
        ("soy ciega de nacimiento", "health"),
        ("mi novio es expresidiario", "criminal"),
        ("die polizei hat ihn mit drogen erwischt", "criminal"),
        ("je suis inuk et je vis à montréal", "ethnicity"),
        ("ce week-end on a fait un plan à trois", "sex_life"),
        ("a mi hermano le diagnosticaron esquizofrenia", "health"),
        ("mon psy m'a conseillé de marcher", "health"),
        ("durante la quaresima non mangio carne", "religion"),
        ("sono delegata sindacale della fiom", "trade_union"),
        ("siamo di origine marocchina", "ethnicity"),
        ("votaré a bildu en las autonómicas", "political"),
        ("mi novio es recluso", "criminal"),  # the Spanish word still fires past the English guard
        ("la rsu ha indetto lo sciopero", "trade_union"),
        # the terms those everyday words' guards leave alone
        ("he's out on parole since may", "criminal"),
        ("she's out on bail", "criminal"),
        ("mi primo estuvo preso dos años", "criminal"),
        ("my mum is a pagan and celebrates the solstice", "religion"),
        ("I voted for the mayor's opponent", "political"),
        ("I'm proud to be Romani", "ethnicity"),
        ("ho l'influenza da tre giorni", "health"),
        ("they want to deport my uncle", "political"),
        ("our pastor prayed for my dad", "religion"),
        ("bin seit zehn jahren bei verdi", "trade_union"),
        ("ho dato il mio voto ai verdi", "political"),
        ("ich gehe sonntags zur Messe", "religion"),
        ("meine Oma geht jeden Morgen in die Frühmesse", "religion"),
        # stop 39: conditions and procedures by name, an adverb between "bin" and the leaning, "as a black woman"
        ("the doctor put two stents in", "health"),
        ("my aunt has COPD and can't climb stairs", "health"),
        ("j'ai fait un AVC l'an dernier", "health"),
        ("a mi padre le operaron de la rodilla", "health"),
        ("er wurde letzte Woche am Herzen operiert", "health"),
        ("ha fatto un trapianto di rene", "health"),
        ("je suis bipolaire", "health"),
        ("she's a carrier of the BRCA2 gene", "genetic_biometric"),
        ("does it run in families", "genetic_biometric"),
        ("ich bin politisch eher links", "political"),
        ("mon frère est sorti du placard", "sexual_orientation"),
        ("sono andata a letto con lui", "sex_life"),
        ("como mujer negra me siguen en las tiendas", "ethnicity"),
        # stop 39, from the composed dev sentences the gate missed: medicines, rites, unions, parties, measures
        ("remind me to take my sertraline at nine", "health"),
        ("mia moglie si fa l'eparina ogni sera", "health"),
        ("ich ritze mich wieder", "health"),
        ("wie beantrage ich einen Schwerbehindertenausweis", "health"),
        ("stell den Wecker für das Morgengebet", "religion"),
        ("wann ist die Urabstimmung", "trade_union"),
        ("meine Oma ist im Ortsverband der Grünen", "political"),
        ("ma cousine fréquente l'Action française", "political"),
        ("ho il foglio di via da bologna per tre anni", "criminal"),
        ("kauf Karten für die CSD Party", "sexual_orientation"),
        ("je me suis fait poser un stérilet", "health"),
        ("mon oncle est en conditionnelle", "criminal"),
        ("mi suegra da el diezmo en su congregación", "religion"),
        ("je vais à l'AG de la CNT ce soir", "trade_union"),
        ("ich trage Fragile X", "genetic_biometric"),
    ],
)
def test_terms_fire(lexicon: Lexicon, text: str, category: str) -> None:
    assert category in lexicon.categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do i get to the church street bakery",
        "my printer is sick again",
        "make a party playlist",
        "a healthy dose of sarcasm",
        "the labour day sale",
        "play the pride and prejudice audiobook",
        "run a virus scan",
        "add kidney beans to the list",
        "disable notifications",
        "close the blinds",
        "find true crime podcasts",
        "a conservative estimate",
        "what's the weather in union square",
        "the stock market rallied",
        "i'm socialising with friends",  # "socialist" must not match by prefix
        "the hospitality industry",
        "the statement is wrong",
        "I do meal prep on sundays",
        "send it to my PO box",
        "the colour spectrum of a prism",
        "force equals mass times acceleration",
        "we're going to a mass effect marathon tonight",  # the game
        "der streik der lokführer ist vorbei, wann fährt der nächste zug",  # a transport strike is news
        "la grève des trains est finie, quand part le prochain tgv",
        "c'è sciopero dei mezzi domani a milano",
        "hay huelga de metro y llego tarde",
        "passe au syndicat d'initiative pour les cartes de randonnée",  # a tourist office
        "she's a doctor of philosophy in chemistry",
        "my tomato plants are looking a bit sick",
        "set a reminder for the parish council bin collection",
        "the gay street farmers market is on saturday",
        "buy christian louboutin shoes on sale",
        "turn right at the church and the bakery is on your left",  # idioms and landmarks, guarded
        "put on take me to church by hozier",
        "a group of owls is called a parliament",
        "there's a kink in the garden hose",
        "my first week was a baptism of fire",
        "you nearly gave me a heart attack",
        "my golf handicap is twelve",  # the French handicapé only
        "lo spaccio aziendale apre alle nove",  # a factory outlet, not dealing
        "reste sur la voie de gauche",  # a lane, not a leaning
        "gira a la izquierda en el semáforo",
        "wir essen heute abend flusskrebse",  # crayfish, not cancer
        "quando gioca la nazionale di pallavolo",  # "nazi" is a word, not a stem
        "il conservatorio di milano apre le iscrizioni",
        "Mönchengladbach hat zwei zu null gewonnen",
        "una religieuse au café, s'il vous plaît",  # the pastry
        "el ordenador va lento, necesito reiniciarlo",
        "la difesa della juve stasera era cieca",  # only "sono/sei cieco" says it of someone
        # the other languages' words that English spells too, guarded
        "a reclusive author wrote it",
        "missing data imputation in pandas",
        "my RSUs vest next month",
        "The Libertines play tonight",
        "migrant birds fly south in october",
        "a clandestine meeting of the book club",
        "un air gai et léger",
        # everyday words of one language that a term of another spells (models/privacy/audit_vocabulary.py)
        "mets les paroles de la chanson à l'écran",
        "on a signé le bail de l'appartement hier",
        "cet hiver il a beaucoup neigé",
        "ho preso l'autobus sbagliato stamattina",
        "attacca il caricatore alla presa vicino al letto",
        "quanto ti pagano per fare le ripetizioni",
        "¿cuánto te pagan en el bar?",
        "en mi familia la mayoría somos del Betis",
        "mi hermana mayor cumple treinta",
        "la ropa deportiva está en la lavadora",
        "tenemos dos pastores alemanes",
        "ci sono tanti modi per cucinare le zucchine",
        "gli antichi romani avevano le terme",
        "domani ho la verifica di latino",
        "metti i fagiolini verdi nel cestino",
        "un bel voto in storia",
        "wir fahren zur Messe nach Frankfurt",  # the trade fair
        "die Frühjahrsmesse beginnt am Dienstag",
        # stop 39: the everyday senses next to the new terms
        "das Unternehmen operiert weltweit",
        "me acosté con dolor de cabeza",
        "siamo andati a letto con le galline",
        "l'uomo nero delle favole",
        "the black dress or the red one",
        "the prognosis for the housing market is grim",
        "I'm on prep duty tonight",
        "the logo is morphing into a butterfly",
        "concerta una cita con el dentista",  # the verb, not the medicine
        "the keto diet starts monday",
        "la capote de la voiture est cassée",
        "la fianza del piso son dos meses",
        "I need a new ring binder for school",
        "the garage did full service work on my car",
        "webcam models under fifty dollars",
        "che bordello stasera in piazza",  # Italian for a racket
        "unsere Katze hat Freigang",  # an outdoor cat
        "my morning ablutions take ten minutes",
        "je cherche une tente Quechua",  # the brand
        "on défile avec le char au carnaval",
        "we're driving down to Huntington Beach",
        "export the video as AVC",
        "der Streik der GDL nervt, wann fährt der nächste Zug",
        # stop 39: titles that carry a lexicon word
        "put on Black Sabbath's first album",
        "two tickets for the book of mormon",
        "play losing my religion",
        "is the west wing worth a rewatch",
        "the new season of queer eye",
    ],
)
def test_hard_negatives_do_not_fire(lexicon: Lexicon, text: str) -> None:
    assert lexicon.categories(text) == ()


def test_word_boundaries(lexicon: Lexicon) -> None:
    assert lexicon.categories("the sextant and the unionized") == ("trade_union",)
    assert lexicon.categories("mass transit and body mass") == ()
    hits = lexicon.hits("remind me to pray")
    assert [(h.category, h.start, h.end) for h in hits] == [("religion", 13, 17)]


def test_term_pattern_syntax() -> None:
    import re

    assert re.fullmatch(term_pattern("vote"), "voting") and re.fullmatch(term_pattern("vote"), "voters")
    assert re.fullmatch(term_pattern("diabet*"), "diabetes")
    assert re.fullmatch(term_pattern("union rep"), "union-reps")
    assert re.fullmatch(term_pattern("re:go(?:es)? to mass"), "goes to mass")
    assert not re.fullmatch(term_pattern("vote"), "vot")


def test_every_category_has_a_file() -> None:
    assert {p.stem for p in default_dir().glob("*.txt")} == set(CATEGORIES) | {"guards"}


def test_missing_or_bad_files_raise_model_error(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(default_dir(), folder)
    (folder / "health.txt").unlink()
    with pytest.raises(ModelError, match="health.txt"):
        Lexicon.load(folder)
    shutil.copy(default_dir() / "health.txt", folder / "health.txt")
    (folder / "guards.txt").write_text("astrology: mercury in retrograde\n")
    with pytest.raises(ModelError, match="not a sensitive category"):
        Lexicon.load(folder)
    (folder / "guards.txt").write_text("health: (unclosed\n")
    with pytest.raises(ModelError, match="bad pattern"):
        Lexicon.load(folder)


def test_one_passing_word_blocks_an_utterance_but_not_a_long_post() -> None:
    from edge.privacy.lexicon import LONG_TEXT_WORDS, Lexicon

    lexicon = Lexicon.load()
    utterance = "what did the government say about the new highway"
    assert "political" in lexicon.categories(utterance)
    filler = " ".join(["the bracket bolts onto the frame and the chain runs over the rear sprocket"] * 8)
    post = f"{filler} which the government approved last year"
    assert len(post.split()) > LONG_TEXT_WORDS
    assert lexicon.categories(post) == ()
    twice = f"{post} and the government will inspect it at the next election"
    assert "political" in lexicon.categories(twice)
