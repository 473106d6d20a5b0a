"""Is it only a figure of speech? Swapping an idiom for what it means before the gate asks its model again.

"I nearly had a heart attack when the fire alarm went off", "he's got the patience of a saint", "this project is
killing me", "teamwork is in our DNA", "casi me da un infarto cuando vi el precio", "he's a conservative driver",
"strike while the iron is hot", "on commande chinois ce soir", "la messa in piega": each idiom is built on a word
of health, faith, crime, genetics, politics, unions, ethnicity or orientation and says nothing about any of them.
`swap_idioms` gives `edge.privacy.swap.SwapRelease` the same sentence with the idiom said plainly ("I nearly got a
fright", "lots of patience", "tiring me", "in our nature"); if that sentence is far from sensitive in every
category, the idiom alone made the block. Each idiom explains a block of its own category only (`CATEGORIES`),
so "I nearly had a heart attack, they put a stent in last month" keeps its stent, and its health block. A passion
called a religion ("coffee is basically my religion", "le rugby, c'est une religion") is said as a passion, and a
fingerprint sensor in a sentence that names a phone or a laptop as its lock screen: "Islam is my religion" is
still a religion with a passion in it, and an employer's fingerprint scanner is still someone's biometrics. Face
ID is left to `edge.privacy.unlock`, which swaps it only where it fails: the labelled set counts "turn on face id"
as a biometric disclosure.
"""

from __future__ import annotations

import re


def _on_a_device(devices: str, sensor: str, lock: str) -> tuple[str, str]:
    """(pattern, what it means): `sensor` said as `lock`, only in a sentence that names one of `devices`. A phone's
    fingerprint sensor is a lock; an employer's is someone's biometrics."""
    return rf"^(?P<pre>(?=.*\b(?:{devices})\b).*?\b){sensor}", rf"\g<pre>{lock}"


_DEVICES = {
    "en": r"printer|dishwasher|washing machine|washer|dryer|fridge|freezer|oven|boiler|heating|car|laptop|computer|"
    r"phone|wifi|wi-fi|router|kettle|toaster|microwave|tv|telly|coffee machine|hoover|vacuum|lawnmower|mower|engine|"
    r"van|scooter|tablet|ipad|console|xbox|playstation|speaker",
    "de": r"Drucker|Auto|Wagen|Laptop|Computer|Rechner|Handy|WLAN|Router|Spülmaschine|Waschmaschine|Trockner|"
    r"Kühlschrank|Heizung|Kaffeemaschine|Fernseher",
    "es": r"impresora|lavadora|lavavajillas|secadora|nevera|frigorífico|horno|calefacción|coche|portátil|ordenador|"
    r"móvil|wifi|router|cafetera|tele",
    "fr": r"imprimante|lave-vaisselle|lave-linge|machine à laver|sèche-linge|frigo|four|chaudière|chauffage|voiture|"
    r"ordi|ordinateur|portable|téléphone|wifi|box|cafetière|télé",
    "it": r"stampante|lavatrice|lavastoviglie|asciugatrice|frigo|frigorifero|forno|caldaia|riscaldamento|macchina|auto|"
    r"portatile|computer|pc|telefono|cellulare|wifi|router|caffettiera|tv",
}
"""Machines: what can be "sick" or "dying" in an idiom ("mein Magen ist krank" is a stomach)."""
_BODY_PARTS = {
    "en": r"body|back|knees?|brain|legs?|stomach",
    "de": r"Magen|Rücken|Knie|Kopf|Kreislauf",
    "es": r"estómago|espalda|rodilla",
    "fr": r"estomac|dos|genou",
    "it": r"stomaco|schiena|ginocchio",
}
_MACHINES = {lang: f"{devices}|{_BODY_PARTS[lang]}" for lang, devices in _DEVICES.items()}
"""What can go "on strike" in an idiom: machines and body parts."""
_PLANTS = (
    r"plants?|houseplants?|basil|fig|orchids?|succulents?|cactus|cacti|monstera|ferns?|herbs?|tomato(?:es)? plants?|"
    r"roses|bonsai|pothos|seedlings|lawn|peace lily|aloe|ivy"
)

_IDIOMS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    # category -> language -> (idiom, what it means)
    "health": {
        "en": (
            (
                r"(?P<keep>\b(?:nearly|almost|practically|just about)\s+(?:had|have|got|get|gave me|give me))"
                r"\s+a\s+(?:heart attack|coronary|stroke)",
                r"\g<keep> a fright",
            ),
            (r"\b(?P<keep>(?:gave|give|gives|giving)\s+me)\s+a\s+(?:heart attack|coronary)", r"\g<keep> a fright"),
            (r"\bdying\s+(?P<keep>to\s+(?:see|try|know|meet|go|hear|get|watch|read)|for\s+a)\b", r"keen \g<keep>"),
            (r"\bto die for\b", "amazing"),
            (r"\bmy blood (?:runs|ran) cold\b", "i get nervous"),
            (r"\bfeel(?:ing)? human again\b", "feel fine again"),
            (r"\b(?:a|such a|what a|real|total|royal)\s+pain in the (?:neck|backside|butt|arse|ass)\b", "a nuisance"),
            (r"\bcabin fever\b", "boredom"),
            (r"\bsick (?:and tired |to death |to the back teeth )?of\b", "fed up with"),
            (
                r"\b(?:drives|driving|drove|driven) (?P<keep>me|us|him|her|them) "
                r"(?:crazy|mad|nuts|insane|up the wall)\b",
                r"annoys \g<keep>",
            ),
            (r"\bcosts? an arm and a leg\b", "costs a lot"),
            (r"\bbreak a leg\b(?=\s*(?:[,.!]|$|tonight|tomorrow|out there))", "good luck"),
            (r"\bin stitches\b", "laughing"),
            (r"\b(?:bored|scared|worried) (?:to death|stiff|to tears)\b", "very bored"),
            (r"\bdying of (?:boredom|embarrassment|laughter|curiosity)\b", "very bored"),
            (r"\b(?:a|the) (?:bitter|tough|hard) pill to swallow\b", "hard to accept"),
            (r"\b(?:is|was|are|'s) (?:a|an|such a|a real|a total) (?:headache|nightmare)\b", "is a hassle"),
            (
                r"\baddicted to (?P<keep>(?:this|that|the|these|those|my|his|her) (?:\w+ )?(?:show|series|game|podcast|"
                r"song|album|book|app|sitcom|drama|soap|channel|band))\b",
                r"hooked on \g<keep>",
            ),
            (  # stop 58: a song, a game or a snack that is "addictive" is catchy
                r"\b(?P<keep>(?:song|track|tune|bassline|beat|chorus|riff|album|playlist|game|show|series|podcast|app|"
                r"puzzle|wordle|sudoku|sitcom|crisps|snack|sauce|dip|cookies|biscuits)s?\s+(?:is|are|was|were|'s)\s+"
                r"(?:(?:so|really|super|totally|dangerously|seriously|ridiculously|weirdly|way too)\s+)?)addictive\b",
                r"\g<keep>catchy",
            ),
            (
                r"\b(?:retail|shopping|chocolate|pizza|cake|ice cream|wine|beer|beach|sofa|couch|netflix) therapy\b",
                "a treat",
            ),
            (
                r"\b(?P<keep>(?:is|'s|are|was)\s+(?:all\s+)?(?:the\s+)?(?:only\s+|best\s+)?)therapy\s+"
                r"(?P<who>(?:i|we|you|he|she|they)\s+(?:need|needs|needed|get|got))\b",
                r"\g<keep>break \g<who>",
            ),
            (  # a machine that coughs, wheezes or has a seizure is playing up (stop 58, probe batch 23)
                rf"\b(?P<keep>(?:{_DEVICES['en']})(?:'s|\s+is|\s+was|\s+keeps)\s+(?:(?:\w+\s+){{0,2}}?))"
                r"(?:having\s+(?:a|another)\s+(?:seizure|fit|heart attack|stroke)|wheezing|coughing|sick|poorly|dying|"
                r"on life support)\b",
                r"\g<keep>playing up",
            ),
            (
                r"\b(?P<keep>(?:spring\s+)?cleaning|football|world cup|cup|christmas|holiday|shopping|wedding|baking|"
                r"gardening|olympics?|transfer|play-?offs?|finals?|festival|eurovision|spring)\s+fever\b",
                r"\g<keep> craze",
            ),
            (  # a baby's night and a sore gym day are growing up and training, not health
                r"\b(?P<keep>(?:baby|little one|toddler|newborn|twins)(?:'s|\s+has|\s+have)?\s+(?:finally\s+|actually\s+)?)"
                r"slept\s+through(?:\s+the\s+night)?\b",
                r"\g<keep>had a quiet evening",
            ),
            (
                r"\bleg day\s+(?:(?:absolutely|totally|completely|properly|really)\s+)?(?:wrecked|destroyed|killed|ruined|"
                r"broke|finished)\s+(?P<keep>me|us)\b",
                r"the gym tired \g<keep>",
            ),
            (
                rf"\b(?P<keep>(?:{_PLANTS})\s+(?:look|looks|looked|seem|seems|is|are|'s|has been|have been)\s+"
                r"(?:(?:so|really|a bit|kind of|super|very|totally|pretty)\s+)?)(?:depressed|sad|miserable|sick|"
                r"poorly|ill|dying)\b",
                r"\g<keep>droopy",
            ),
        ),
        "de": (
            (r"\b(?P<keep>(?:fast|beinahe)\s+(?:einen|nen))\s+Herzinfarkt\b", r"\g<keep> Schreck"),
            (r"\bmich trifft der Schlag\b", "ich bin baff"),
            (
                r"\b(?:geht|ging|gehen) (?P<keep>mir|uns|ihm|ihr) (?:total |voll |echt )?"
                r"auf (?:die Nerven|den Geist|den Keks)\b",
                r"nervt \g<keep>",
            ),
            (r"\bHals- und Beinbruch\b", "viel Glück"),
            (r"\bLagerkoller\b", "Langeweile"),
            (
                rf"\b(?P<keep>(?:{_DEVICES['de']})\s+(?:ist|sind|wird)\s+(?:(?:total|völlig|echt|voll|irgendwie|"
                r"schon wieder|wieder|ganz)\s+)*)krank\b",
                r"\g<keep>kaputt",
            ),
            (
                r"\b(?P<keep>(?:\w*[Pp]flanzen?|Basilikum|Orchideen?|Kaktus|Kakteen|Rosen|Tomaten|Rasen)\s+"
                r"(?:\w+\s+){0,2}?)(?:stirbt(?: mir)?(?: weg)?|geht(?: mir)? ein|ist krank|ist depressiv)\b",
                r"\g<keep>welkt",
            ),
        ),
        "es": (
            (
                r"\b(?P<keep>(?:casi\s+)?me\s+(?:da|dio|va\s+a\s+dar))\s+un\s+(?:infarto|ataque al corazón)",
                r"\g<keep> un susto",
            ),
            (r"\bme muero de ganas\b", "tengo muchas ganas"),
            (r"\b(?:me|nos) (?:vuelve|está volviendo|vuelven|volvió) (?:loc[oa]s?)\b", "me molesta"),
            (r"\bes una locura\b", "es increíble"),
            (r"\bcuesta un ojo de la cara\b", "cuesta mucho"),
            (r"\bmucha mierda\b", "buena suerte"),
            (
                rf"\b(?P<keep>(?:{_DEVICES['es']})\s+(?:está|esta|anda|sigue)\s+(?:(?:un poco|muy|otra vez|fatal)\s+)?)"
                r"(?:enferm[oa]|malit[oa])\b",
                r"\g<keep>roto",
            ),
        ),
        "fr": (
            (r"\b(?P<keep>failli\s+(?:faire|avoir))\s+une\s+crise\s+cardiaque", r"\g<keep> très peur"),
            (r"\bje meurs d'envie\b", "j'ai très envie"),
            (r"\b(?:me|nous) rend(?:ent)? (?:fou|folle|fous|folles|dingue|dingues)\b", "m'énerve"),
            (r"\bcoûte les yeux de la tête\b", "coûte très cher"),
            (
                rf"\b(?P<keep>(?:{_DEVICES['fr']})\s+est\s+(?:(?:complètement|un peu|encore|vraiment)\s+)?)malade\b",
                r"\g<keep>en panne",
            ),
        ),
        "it": (
            (
                r"\b(?P<keep>(?:quasi\s+)?mi\s+(?:viene|è venuto|prende|è preso|veniva))\s+un\s+infarto",
                r"\g<keep> uno spavento",
            ),
            (r"\bmuoio dalla voglia\b", "ho tanta voglia"),
            (r"\bmi (?:fa|fanno|sta facendo) (?:impazzire|diventare matt[oa])\b", "mi innervosisce"),
            (r"\bcosta un occhio della testa\b", "costa tantissimo"),
            (
                rf"\b(?P<keep>(?:{_DEVICES['it']})\s+è\s+(?:(?:un po'|proprio|di nuovo|tutto)\s+)?)malat[oa]\b",
                r"\g<keep>rotto",
            ),
        ),
    },
    "religion": {
        "en": (
            (r"\bthe patience of a saint\b", "lots of patience"),
            (
                r"\b(?:an?\s+)?(?:almost\s+|truly\s+|genuinely\s+|proper\s+)?religious experience\b",
                "a great experience",
            ),
            (r"\b(?:a|the)\s+(?:\w+\s+)?bible\s+(?:of|for|on)\b", "the best book on"),
            (r"\bholy grail\b", "dream"),
            (  # a pub called after a bishop or a church ("meet her at the bishop's arms", "the church and friars pub")
                r"\b(?:bishop's|bishops|monk's|monks|friar's|friars|abbot's|abbey|cardinal's|priory|church|chapel|"
                r"pope's)(?=(?:\s+(?:and|&)\s+[\w']+)?\s+(?:arms|inn|tavern|pub|brewery|taproom)\b)",
                "crown",
            ),
            _on_a_device(
                r"knights?|rooks?|pawns?|checkmate|stalemate|chess|gambit|castling|castled|pinned|endgame",
                r"bishop",
                "piece",
            ),
            (
                r"\b(?P<keep>(?:is|are|'s|'re)\s+)(?:basically|practically|pretty much|kind of|sort of|like|almost)\s+"
                r"sacred\b",
                r"\g<keep>very important",
            ),
            (r"\bpreaching to the (?:choir|converted)\b", "telling people what they know"),
            (
                r"\b(?P<keep>(?:is|'s|are|'re|was|were)\s+(?:basically\s+|practically\s+|pretty much\s+|almost\s+|"
                r"kind of\s+|sort of\s+|like\s+)?)(?:a|my|our|his|her|their)\s+religion\b",
                r"\g<keep>a passion",
            ),
            (r"\blike\s+(?:it's\s+|it\s+is\s+)?a\s+religion\b", "like a passion"),
            (r"\breligious\s+(?P<keep>follower|fan)\b", r"devoted \g<keep>"),
            (r"\breligiously\b", "faithfully"),
            (r"\b(?:god|heaven|lord|christ|jesus) (?:only )?knows\b", "who knows"),
            (r"\b(?:oh|o) (?:my )?(?:god|gosh|lord)\b|\bomg\b", "wow"),
            (r"\bmy god\b(?=\s*[,!.?]|\s+(?:the|this|that|it|i|you|what|look)\b)", "wow"),
            (r"\bthank (?:god|heavens|goodness|the lord)\b", "luckily"),
            (r"\bfor (?:god's|heaven's|christ's|pete's) sake\b", "come on"),
            (r"\bgood (?:god|lord|heavens)\b", "wow"),
            (r"\bholy (?:cow|moly|smokes|crap|shit|mackerel)\b", "wow"),
            (r"\bgod(?:damn|dammit)\b", "damn"),
            (r"\b(?:a|our|my|the|their)\s+(?:little\s+)?pilgrimage\s+(?P<keep>to|into|round)\b", r"a trip \g<keep>"),
            (r"\bcrusade\s+(?P<keep>against|to)\b", r"fight \g<keep>"),
            (r"\b(?:a|the)\s+mecca\s+(?:for|of)\b", "the capital of"),
            (r"\bgospel truth\b", "plain truth"),
            (r"\b(?:an?\s+(?:absolute\s+|real\s+)?)?godsend\b", "a lifesaver"),
            (r"\bsacred cow\b", "untouchable idea"),
            (r"\b(?:a|the)\s+(?:cardinal|mortal)\s+sin\b", "a big mistake"),
            (r"\bdevil's advocate\b", "the contrarian"),
            (r"\bspeak of the devil\b", "there you are"),
            (r"\bin (?:seventh|hog) heaven\b", "very happy"),
            (r"\bbless you\b", "cheers"),
        ),
        "de": (
            (r"\b(?:die\s+)?Kirche im Dorf(?:\s+lassen)?\b", "ruhig bleiben"),
            (r"\b(?:quasi|fast|praktisch|wie)\s+(?:eine\s+)?Religion\b", "eine Leidenschaft"),
            (r"\b(?:Gott sei Dank|Gott seis gedankt)\b", "zum Glück"),
            (r"\b(?:weiß Gott|Gott weiß|der Himmel weiß)\b", "wer weiß"),
            (r"\b(?:oh\s+)?mein Gott\b|\bum Gottes willen\b|\bach Gott\b|\bHerrgott\b", "oh je"),
            (r"\bheiliger Strohsack\b", "Wahnsinn"),
            (r"\b(?:ist|sind) (?P<keep>mir|uns|ihm|ihr) heilig\b", r"ist \g<keep> wichtig"),
            (r"\bKreuzzug gegen\b", "Kampf gegen"),
            (r"\b(?:das|ein) Mekka (?:der|des|für)\b", "die Hauptstadt der"),
        ),
        "es": (
            (r"\bla biblia de(?:l)?\b", "el mejor libro de"),
            (  # a bar called after a church, a jail or a union ("el bar La Iglesia", "el bar la cárcel"; stop 58)
                r"\b(?P<keep>(?:bar|pub|restaurante|cafetería|café|taberna|mesón|discoteca|cervecería)\s+(?:la|el|los|las)\s+)(?:iglesia|catedral|capilla|convento|parroquia|abadía|ermita)\b",
                r"\g<keep>plaza",
            ),
            (
                r"\b(?P<keep>es|son|era)\s+(?:casi\s+|como\s+)?(?:una|la|su|mi|nuestra)\s+religión\b",
                r"\g<keep> una pasión",
            ),
            (r"\b(?:Dios sabe|sabe Dios|sabrá Dios|Dios sabrá)\b", "quién sabe"),
            (r"\b(?:ay\s+)?Dios mío\b|\bmadre mía\b|\bpor Dios\b|\bválgame Dios\b", "vaya"),
            (r"\bgracias a Dios\b", "menos mal"),
            (r"\bcruzada contra\b", "lucha contra"),
            (r"\bla meca de(?:l)?\b", "la capital de"),
            (r"\bperegrinaje a\b|\bperegrinación a\b", "excursión a"),
        ),
        "fr": (
            (r"\bla bible d(?:u|e la|es|e)\b", "le meilleur livre de"),
            (r"\b(?P<keep>c'est|est)\s+(?:presque\s+|comme\s+)?une\s+religion\b", r"\g<keep> une passion"),
            (r"\b(?:Dieu (?:seul )?sait|le bon Dieu sait)\b", "qui sait"),
            (r"\b(?:oh\s+)?mon Dieu\b|\bbon Dieu\b|\bnom de Dieu\b", "oh là là"),
            (r"\bDieu merci\b", "heureusement"),
            (r"\bc'est la croix et la bannière\b", "c'est compliqué"),
            (r"\bcroisade contre\b", "lutte contre"),
            (r"\bla Mecque (?:du|de la|des|de l')\b", "la capitale du"),
            (r"\bpèlerinage (?P<keep>à|au|aux|chez)\b", r"sortie \g<keep>"),
        ),
        "it": (
            (r"\bla bibbia d(?:el|ella|ei|i)\b", "il miglior libro di"),
            (r"\b(?P<keep>è|sono)\s+(?:quasi\s+|come\s+)?una\s+religione\b", r"\g<keep> una passione"),
            (r"\b(?:Dio (?:solo )?(?:lo )?sa|lo sa Dio|sa Dio)\b", "chi lo sa"),
            (r"\b(?:oh\s+)?(?:mio Dio|Dio mio|Madonna santa|santo cielo)\b", "accidenti"),
            (r"\bgrazie a Dio\b", "per fortuna"),
            (r"\bcrociata contro\b", "lotta contro"),
            (r"\bla mecca (?:del|della|dei|delle)\b", "la capitale del"),
            (r"\bpellegrinaggio (?P<keep>a|al|alla|allo|ai|alle|da)\b", r"gita \g<keep>"),
            (
                r"\bmess[ae] (?:in piega|in onda|in scena|in moto|in opera|in vendita|in sicurezza|in regola|a punto|"
                r"a fuoco|a terra|a disposizione)\b",
                "preparazione",
            ),
        ),
    },
    "criminal": {
        "en": (
            (r"\bkilling\s+it\b", "doing great"),
            (r"\bkilled\s+it\b", "did great"),
            (r"\bkill\s+it\b", "do great"),
            (r"\b(?P<keep>(?:is|are|was|'s|'re)\s+)killing me\b", r"\g<keep>tiring me"),
            (r"\bmurder\s+(?:a|an)\s+(?P<keep>pizza|curry|burger|kebab|pint|beer|coffee|steak)\b", r"eat a \g<keep>"),
            (r"\bdaylight robbery\b", "very expensive"),
            (r"\bstole\s+(?P<keep>(?:a|the)\s+(?:quick\s+)?(?:nap|kiss|glance|look|moment|show))\b", r"took \g<keep>"),
            (r"\b(?:a|an absolute|a total|such a|a real)\s+steal\b", "a bargain"),
            (r"\bguilty pleasures?\b", "favourite treat"),
            (r"\b(?:a|an absolute|a total|like a)\s+crime scene\b", "a mess"),
            (r"\bget(?:s|ting)? away with murder\b", "get away with anything"),
            (r"\bhighway robbery\b", "very expensive"),
            (r"\bpartners? in crime\b", "best friends"),
            (
                r"\bjail\s*-?\s*break(?:ing|ed)?\s+(?P<keep>(?:my|the|an?|your|his|her|our)\s+(?:\w+\s+)?"
                r"(?:phone|iphone|ipad|tablet|console|kindle|switch|psp|firestick|router))\b",
                r"unlock \g<keep>",
            ),
            (r"\bit(?:'s| is| was) (?:a )?crime (?P<keep>to|how|that)\b", r"it's a shame \g<keep>"),
            (  # a chore or a punishment at home or school is no court's sentence
                r"\bsentenced\s+to\s+(?P<keep>(?:\w+\s+){0,2}?(?:duty|duties|chores?|detention|dishes|washing up|"
                r"hoovering|babysitting|homework))\b",
                r"given \g<keep>",
            ),
        ),
        "de": (
            (r"\bbringt mich (?:noch )?um\b", "macht mich fertig"),
            (r"\b(?:das ist|ist ja|echt) (?:der reinste |reiner )?Wucher\b", "das ist teuer"),
        ),
        "es": (
            (r"\bme está matando\b", "me está cansando"),
            (
                r"\b(?P<keep>(?:bar|pub|restaurante|cafetería|café|taberna|mesón|discoteca|cervecería)\s+(?:la|el|los|las)\s+)(?:cárcel|prisión|comisaría|celda|calabozo)\b",
                r"\g<keep>plaza",
            ),
            (r"\bes un (?:robo|atraco)(?: a mano armada)?\b", "es carísimo"),
            (r"\bplacer culpable\b", "capricho"),
        ),
        "fr": (
            (r"\bça me tue\b", "ça me fatigue"),
            (r"\bc'est du vol(?: pur et simple)?\b", "c'est trop cher"),
            (r"\bplaisir coupable\b", "petit plaisir"),
        ),
        "it": (
            (r"\bmi sta uccidendo\b", "mi sta stancando"),
            (r"\bè un furto\b", "è carissimo"),
            (r"\bpiacere colpevole\b", "sfizio"),
        ),
    },
    "political": {
        "en": (
            (
                r"\bconservative\s+(?P<keep>estimate|guess|figure|number|driver|dresser|approach|budget|bet)\b",
                r"cautious \g<keep>",
            ),
            (
                r"\bliberal\s+(?P<keep>amounts?|use|user|helping|dose|sprinkl(?:e|es|ing)|splash|coat|coating|application|"
                r"pinch|drizzle|glug|layer|squeeze|squirt|dollop|dusting|portion|serving|spread)\b",
                r"generous \g<keep>",
            ),
            (
                r"\b(?:the\s+)?mayor of (?:our|the|my|this|that) (?:group chat|street|office|block|gym|pub|road)\b",
                "the boss of the group",
            ),
            (r"\blike (?:a|working for a|living with a) (?:little |total |real )?dictator\b", "like a bossy boss"),
            (r"\bvote with (?:your|their|our|my) feet\b", "walk away"),
            _on_a_device(
                r"spades|hearts|clubs|diamonds|aces?|cards?|tricks?|euchre|whist|bridge", r"trumps?", "the top suit"
            ),
        ),
        "de": ((r"\bkonservativ (?:geschätzt|gerechnet)\b", "vorsichtig geschätzt"),),
        "es": ((r"\b(?:estimación|cálculo) conservador[a]?\b", "cálculo prudente"),),
        "fr": ((r"\bestimation conservatrice\b", "estimation prudente"),),
        "it": ((r"\b(?:stima|calcolo) conservativ[ao]\b", "calcolo prudente"),),
    },
    "trade_union": {
        "en": (
            (r"\bstrike while the iron(?:'s| is) hot\b", "act fast"),
            (  # a count of strikes, not of days on strike: "we were on strike three days last month"
                r"\b(?P<keep>on|that's|it's|is|was)\s+strike (?P<count>one|two|three)\b"
                r"(?!\s+(?:days?|weeks?|months?|years?|hours?|times|shifts?))",
                r"\g<keep> mistake \g<count>",
            ),
            (r"\bstrike (?P<keep>a (?:deal|balance|chord|pose|bargain|match|nerve))\b", r"make \g<keep>"),
            (r"\b(?:struck|strike|striking) (?:gold|lucky|it rich)\b", "got lucky"),
            (
                r"\b(?:rolled|bowled|got|threw) a strike\b(?!\s+(?:ballot|vote|action|pay|fund|notice|day))",
                "bowled well",
            ),
            (r"\bunion jack\b", "british flag"),
            (  # a machine or a body part "on strike" is broken or aching, no one's union
                rf"\b(?P<keep>(?:{_MACHINES['en']})(?:'s| is| has| was| went| are| have)?(?: (?:gone|going|been|"
                r"already|again))*)\s+on strike\b",
                r"\g<keep> broken",
            ),
            (
                r"\b(?P<keep>kids|children|toddlers?|twins|cats|dogs) (?:have )?(?:unionised|unionized|formed a union)\b",
                r"\g<keep> teamed up",
            ),
        ),
        "de": (
            (r"\b(?:das )?Eisen schmieden, solange es heiß ist\b", "schnell handeln"),
            (
                rf"\b(?P<keep>(?:{_MACHINES['de']}))\s+streikt(?:\s+(?:(?:schon|mal|heute|ständig)\s+)?wieder)?\b",
                r"\g<keep> ist kaputt",
            ),
        ),
        "es": (
            (r"\bal hierro candente,? batir de repente\b", "actuar rápido"),
            (
                r"\b(?P<keep>(?:bar|pub|restaurante|cafetería|café|taberna|mesón|discoteca|cervecería)\s+(?:la|el|los|las)\s+)"
                r"sindicato\b",
                r"\g<keep>plaza",
            ),
            (
                rf"\b(?P<keep>(?:{_MACHINES['es']}))(?: (?:está|esta|se ha puesto|se puso|sigue))?"
                r"(?: (?:otra vez|de nuevo|ya))*\s+en huelga\b",
                r"\g<keep> está rota",
            ),
        ),
        "fr": (
            (r"\bbattre le fer (?:pendant|tant) qu'il est chaud\b", "agir vite"),
            (
                rf"\b(?P<keep>(?:{_MACHINES['fr']}))(?: (?:est|s'est mise?|fait|a fait))?(?: (?:encore|de nouveau|déjà))*"
                r"\s+(?:en )?grève\b",
                r"\g<keep> est en panne",
            ),
        ),
        "it": (
            (r"\bbattere il ferro finché è caldo\b", "agire subito"),
            (
                rf"\b(?P<keep>(?:{_MACHINES['it']}))(?: (?:fa|è in|sta facendo))(?: (?:di nuovo|ancora|già))*"
                r"\s+sciopero\b",
                r"\g<keep> è rotta",
            ),
        ),
    },
    "ethnicity": {
        "en": (
            (r"\b(?:it's|that's|it is|that is|was) (?:all )?greek to me\b", "makes no sense to me"),
            (r"\bgo(?:ing)? dutch\b", "split the bill"),
            (r"\bdutch courage\b", "a drink for courage"),
            (r"\bchinese whispers\b", "a game of telephone"),
            (r"\bindian summer\b", "warm autumn"),
        ),
        "de": (
            (
                r"\b(?:zum|beim|vom) (?:Chinesen|Italiener|Griechen|Inder|Türken|Thai|Vietnamesen|Mexikaner|Japaner|"
                r"Spanier|Libanesen)\b",
                "zum Restaurant",
            ),
            (r"\b(?:das )?kommt mir (?:spanisch|chinesisch) vor\b", "das verstehe ich nicht"),
        ),
        "es": (
            (r"\b(?P<keep>al|del|en el) chino\b", r"\g<keep> súper"),
            (r"\b(?:me suena|suena|es) a chino\b", "no lo entiendo"),
            (
                r"\b(?:comida )?(?:china|india|japonesa|tailandesa|mexicana|libanesa|turca|vietnamita) "
                r"(?P<keep>a domicilio|para llevar)\b",
                r"pizza \g<keep>",
            ),
        ),
        "fr": (
            (
                r"\b(?P<keep>command\w*|mang\w*|se fai\w*|au|chez le) (?:chinois|indien|japonais|thaï|"
                r"libanais|vietnamien|mexicain|turc|grec|marocain)\b",
                r"\g<keep> pizza",
            ),
            (r"\bc'est du chinois\b", "c'est incompréhensible"),
            (r"\bfort comme un Turc\b", "très fort"),
            (r"\bfiler à l'anglaise\b", "partir sans rien dire"),
        ),
        "it": (
            (
                r"\b(?P<keep>al|dal|ordin\w*|mangi\w*|prendiamo|prendo) (?:cinese|giapponese|indiano|thai|messicano|"
                r"turco|greco|libanese)\b",
                r"\g<keep> pizza",
            ),
            (r"\b(?:è|sembra) arabo\b", "è incomprensibile"),
        ),
    },
    "sexual_orientation": {
        "en": ((r"\bgay (?P<keep>apparel|nineties|90s|divorcee)\b", r"merry \g<keep>"),),
    },
    "genetic_biometric": {
        "en": (
            (
                r"\b(?P<keep>(?:in|part of)\s+(?:our|its|their|his|her|my|your|(?:the|this|that)\s+\w+'s|\w+'s))\s+dna\b",
                r"\g<keep> nature",
            ),
            _on_a_device(
                "phone|iphone|laptop|tablet|ipad|macbook|mac|android|pixel|keyboard|unlock\\w*",
                r"(?:the\s+)?fingerprint\s+(?:sensor|scanner|reader|unlock)\b",
                "the passcode",
            ),
        ),
        "de": (
            (r"\b(?P<keep>in\s+(?:unserer|ihrer|seiner|meiner|der))\s+DNA\b", r"\g<keep> Natur"),
            _on_a_device(
                "Handy|Smartphone|Laptop|Tablet|iPhone|Telefon|Notebook|Mac",
                r"Fingerabdruck(?:sensor|scanner|leser)\b",
                "Sperrbildschirm",
            ),
        ),
        "es": (
            (r"\b(?P<keep>en\s+(?:nuestro|su|mi|el))\s+ADN\b", r"\g<keep> carácter"),
            _on_a_device(
                "móvil|movil|portátil|portatil|tablet|iphone|teléfono|ordenador|celular",
                r"(?:sensor|lector)\s+de\s+huellas?(?:\s+dactilares)?\b",
                "código",
            ),
        ),
        "fr": (
            (r"\b(?P<keep>dans\s+(?:notre|son|leur|mon|l'))\s*ADN\b", r"\g<keep> nature"),
            _on_a_device(
                "téléphone|portable|ordi|ordinateur|tablette|iphone|smartphone|mac",
                r"(?:capteur|lecteur)\s+d'empreintes?(?:\s+digitales?)?",
                "code",
            ),
        ),
        "it": (
            (r"\b(?P<keep>nel\s+(?:nostro|suo|loro|mio))\s+DNA\b", r"\g<keep> carattere"),
            _on_a_device(
                "telefono|cellulare|portatile|tablet|iphone|smartphone|pc",
                r"(?:sensore|lettore)\s+(?:di|delle)\s+impronte?(?:\s+digitali)?",
                "codice",
            ),
        ),
    },
}
CATEGORIES = tuple(_IDIOMS)
IDIOM = {
    category: {
        lang: tuple((re.compile(p, re.IGNORECASE), plain) for p, plain in rules) for lang, rules in langs.items()
    }
    for category, langs in _IDIOMS.items()
}


def swap_idioms(text: str, lang: str, category: str) -> str | None:
    """`text` with its idioms of `category` said plainly; None when it has none."""
    swapped = text
    for pattern, plain in IDIOM[category].get(lang, ()):
        swapped = pattern.sub(plain, swapped)
    return None if swapped == text else swapped
