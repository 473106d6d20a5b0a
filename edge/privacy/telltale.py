"""Health told sideways: phrases that tell a pregnancy or a recovery from addiction by themselves, and HIV
prevention by its capitals; and a faith told by its fast.

"The baby's due in March", "ninety days without a drink tomorrow", "estoy de doce semanas", "seit drei Jahren
trocken", "la morfologica è giovedì": none of them names a condition, and the sensitive model, which learned
conditions by name and their look-alikes, scores most of them far under its bar (read blind at stop 48: 58 of 100
sideways pregnancies and 69 of 100 recoveries in five languages were blocked). Each phrase below is how people
say one of the two without the word, and means it in everyday speech: a count of weeks along or of time sober,
a due date, a scan or test that only a pregnancy has (and its result: "two lines on the test"), a fertility
treatment, the fellowships and clinics of recovery. The gate's "telltale" layer blocks a text that holds one as
health, whatever the model says; the look-alikes ("the report is due in March", "the baby's due for a nap", "the
goalkeeper kept a clean sheet", "seit drei Tagen ist die Wäsche trocken", "the test has two lines of code") are kept
out by the phrases' own shape.

"PrEP" written so is the pill that prevents HIV, in every language of use; the encoder is uncased and reads it as
"prep", so "remind me to take my PrEP at ten" scored a third of its bar (the lexicon's proposal lowers the bar to
0.45 of it). Lowercase "prep" (meal prep, exam prep, and how a recogniser writes the pill) is left to the model.

A fast kept until sunset is Ramadan's (or another faith's fast day): "ich faste diesen Monat bis Sonnenuntergang",
"i can't eat until sundown this month" say a religion without naming one, and the model scored the German one a
fifth of its bar (blind probe batch 22). `fast_until_sunset` finds a fast, or not eating or drinking, with sunset
as its end; eating before sunset, or a sunset alone ("il duomo è bellissimo al tramonto"), is nothing.
"""

from __future__ import annotations

import re

_NUMBER = {
    "en": r"\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"(?:twenty|thirty|forty)[\s-]\w+|a couple of|a few|several",
    "de": r"\d+\.?|ein(?:e[mnr]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|\w*zig|"
    r"\w+zigs?ten|\w+ten|\w*hundert|tausend|ein paar|einige[nm]?|paar",
    "es": r"\d+|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|\w+cient[oa]s|"
    r"mil|unos|unas|varios|varias",
    "fr": r"\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-\w+|vingt(?:-\w+)?|trente|quarante|cinquante|soixante|quatre-vingts?(?:-\w+)?|cent|quelques",
    "it": r"\d+|un|una|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|"
    r"quindici|sedici|diciassette|diciotto|diciannove|venti|ventuno|\w+anta|\w*cento|mille|qualche|alcuni|alcune",
}
"""Counts of weeks or years, in digits or words."""

_WHEN = {
    "en": r"january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
    r"autumn|fall|winter|christmas|easter|new year",
    "de": r"januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühling|"
    r"frühjahr|sommer|herbst|winter|weihnachten|ostern|silvester",
    "es": r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"primavera|verano|otoño|invierno|navidad|semana santa|año nuevo",
    "fr": r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|printemps|été|"
    r"automne|hiver|noël|pâques|nouvel an",
    "it": r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|"
    r"primavera|estate|autunno|inverno|natale|pasqua|capodanno",
}
"""Months, seasons and feasts: "she's due in March", "il piccolo arriva a maggio", "clean seit Ostern"."""

_PREGNANCY: dict[str, tuple[str, ...]] = {
    # weeks along, a due date or a birth to come, scans and tests only a pregnancy has, antenatal care, fertility
    # treatment, a pregnancy lost
    "en": (
        r"(?:{n})[\s-]+weeks?\s+(?:pregnant|along)\b(?!\s+(?:the|a|an|this|that|my|our)\b)",
        r"\bup\s+the\s+(?:duff|spout)\b|\b(?:got|get|gets|getting|gotten|is|'s|was|am|'m|been)\s+knocked\s+up\b|"
        r"\ba\s+bun\s+in\s+the\s+oven\b",
        r"\b(?:baby|bub|little one)(?:'s|\s+is|\s+was)\s+due\b(?!\s+(?:for|a|an)\b)",
        r"\b(?:my|her|our|your|their|the baby's)\s+due\s+date\b(?!\s+(?:for|of|on)\b)",
        r"\b(?:she's|she\s+is|i'm|i\s+am|we're|we\s+are|"
        r"(?:wife|sister|daughter|partner|girlfriend|cousin|friend|colleague)'s)\s+"
        r"due\s+(?:(?:in|on|at\s+the\s+end\s+of|early|late|mid-?)\s*)?(?:{when}|any\s+day)\b",
        r"\b(?:expecting|having|pregnant with)\s+(?:a|our|their|her|his|my)?\s*(?:first|second|third|fourth|"
        r"another|new)?\s*(?:baby|babies|child|little one|twins|triplets)\b(?!\s+(?:shower|sitter|monitor))",
        r"\b(?:baby|bub|little one)\s+on\s+the\s+way\b|\bbun\s+in\s+the\s+oven\b|\beating\s+for\s+two\b",
        r"\b(?:until|till|before|when|once)\s+(?:the|our|her|my)\s+(?:baby|little\s+one|bub)\s+(?:arrives|comes|"
        r"is\s+born|gets\s+here|is\s+here|'s\s+here)\b|"
        r"\b(?:little\s+one|baby|bub)\s+(?:arrives|is\s+coming|comes)\s+in\s+(?:{when})\b",
        r"\b(?:before|after)\s+the\s+birth\b(?!\s+of\s+(?:christ|jesus))|\bit's\s+going\s+to\s+be\s+a\s+(?:boy|girl)\b",
        r"\b(?:dating|anomaly|nuchal|twenty[\s-]week|twelve[\s-]week|\d+[\s-]week|growth|gender)\s+scan\b|"
        r"\b(?:scan|ultrasound)\s+(?:picture|photo|pic|image)s?\b",
        r"\b(?:we're|we\s+are|i'm|i\s+am|she's|she\s+is)\s+(?:now\s+|already\s+)?at\s+(?:{n})\s+weeks\b"
        r"(?!\s+(?:of|on|in|until|till|to|left|before|after|without|into)\b)|"
        r"\b(?:fits?|go(?:es)?|stretch(?:es)?)\s+(?:over|around)\s+(?:the|my|her)\s+bump\b|"
        r"\bmorning\s+sickness\b|\b(?:baby|pregnancy)\s+bump\b|\bgender\s+reveal\b|\bbirth\s+plan\b|"
        r"\bmaternity\s+leave\b|\b(?:first|second|third|1st|2nd|3rd)\s+trimester\b|\b(?:pregnancy|preg)\s+test\b",
        r"\b(?:antenatal|ante-natal|prenatal)\s+(?:class(?:es)?|appointment|check|care|vitamins|yoga)\b|"
        r"\bmidwife\s+(?:appointment|visit|check)",
        r"\b(?:ivf\s+(?:cycle|round|treatment|clinic)|(?:round|cycle)\s+of\s+ivf|embryo\s+transfer|egg\s+retrieval|"
        r"fertility\s+(?:treatment|clinic|doctor|drugs|shots)|(?:freez\w*|froze)\s+(?:my|her)\s+eggs|egg\s+freezing|"
        r"trying\s+(?:for\s+a\s+baby|to\s+conceive))\b",
        r"\blost\s+(?:the|our|a|her|my|their)\s+baby\b(?!'s|\s+(?:monitor|wipes|bottle|sock|shoes?|toy|carrier|"
        r"seat|bag|gate|photos?))",
        # a pregnancy test's result
        r"\btwo\s+(?:pink\s+|blue\s+|faint\s+)?lines\s+on\s+(?:the|a|my|her)\s+(?:pregnancy\s+)?test\b|"
        r"\btest\b[^.!?]{0,30}\b(?:showed|shows|came\s+back\s+with|has|had|with)\s+two\s+(?:pink\s+|blue\s+|faint\s+)?"
        r"lines\b(?!\s+(?:of|for|in)\b)",
    ),
    "de": (
        r"\b(?:in\s+der\s+)?(?:{n})\s+(?:Schwangerschaftswoche|SSW)\b|\bSSW\s+\d+|\b\d+\.\s*SSW\b",
        r"\b(?:bin|ist|bist|sind)\s+(?:jetzt\s+|schon\s+|gerade\s+)?in\s+der\s+(?:\d+\.|\w+ten)\s+Woche\b",
        r"\b(?:Geburtstermin|Entbindungstermin|errechnete[rn]?\s+Termin|Mutterschutz|Mutterpass|Babybauch|"
        r"Schwangerschaftstest|Feindiagnostik|Nackenfalte\w*|Fruchtwasseruntersuchung|Geburtsvorbereitung\w*|"
        r"Kinderwunsch\w*|künstliche\w*\s+Befruchtung|Embryotransfer|Eizellen\s+einfrieren|Morgenübelkeit|"
        r"Ultraschallbild\w*|Hebammentermin)\b",
        r"\b(?:erwarte[nt]?|bekomme[nt]?|kriege[nt]?)\s+(?:ein|unser|ihr|sein|mein)\w*\s+(?:erstes|zweites|drittes)?"
        r"\s*(?:Baby|Kind|Kindchen)\b(?!\s+(?:zu\s+Besuch|mit))",
        r"\bNachwuchs\s+(?:unterwegs|erwarten)|\berwarte[nt]?\s+Nachwuchs\b|\b(?:Baby|Kind)\s+(?:ist\s+)?unterwegs\b|"
        r"\b(?:was|etwas)\s+Kleines\s+unterwegs\b|\bguter\s+Hoffnung\b|\bin\s+anderen\s+Umständen\b|"
        r"\bBraten\s+in\s+der\s+Röhre\b|\b(?:ess\w*|isst)\s+(?:gerade\s+|jetzt\s+|ja\s+)?für\s+zwei\b|"
        r"\bfür\s+zwei\s+essen\b",
        r"\b(?:bis|bevor|wenn|sobald)\s+(?:das\s+Baby|der\s+Kleine|die\s+Kleine|der\s+Nachwuchs|unser\s+Kind)\s+"
        r"(?:\w+\s+){0,3}?(?:da\s+ist|kommt|geboren\s+ist)\b|\bKind\s+soll\s+(?:\w+\s+){0,3}?kommen\b|"
        r"\b(?:der|die)\s+Kleine\s+kommt\s+im\s+(?:{when})\b|\b(?:vor|nach)\s+der\s+Geburt\b(?!\s+(?:Christi|Jesu))",
        r"\bes\s+wird\s+ein(?:e)?\s+(?:Junge|Mädchen)\b|\bÜbelkeit\s+(?:jeden\s+Morgen|morgens)\b|"
        r"\b(?:erste[ns]?|zweite[ns]?|dritte[ns]?|letzte[ns]?)\s+Trimester\b",
        r"\bTermin\s+bei\s+der\s+Hebamme\b|\bHebamme\s+(?:kommt|war|sagt|meint)\b|\bVorsorge\w*\s+bei\s+der\s+Hebamme\b",
        r"\bBaby\b[^.!?]{0,40}\bverloren\b|\bin\s+der\s+(?:\d+\.|\w+ten)\s+Woche\s+verloren\b|"
        r"\bUmstands(?:hose|kleid|mode|kleidung|jeans|BH)\w*",
        r"\bzwei\s+Striche\s+(?:auf\s+dem|im|beim)\s+(?:Schwangerschafts)?[Tt]est\b|"
        r"\b[Tt]est\b[^.!?]{0,30}\b(?:zeigt|hat|mit)\s+zwei\s+Strichen?\b",
    ),
    "es": (
        r"\b(?:estoy|está|estás|estaba|está\s+ya|ya\s+está)\s+de\s+(?:{n})\s+(?:semanas|meses)\b",
        r"\b(?:{n})\s+semanas\s+de\s+(?:embarazo|gestación)\b|\bsal(?:go|e|es|imos)\s+de\s+cuentas\b|"
        r"\bfecha\s+(?:probable|prevista)\s+de\s+parto\b",
        r"\b(?:en\s+estado\s+de\s+buena\s+esperanza|(?:está|estoy|estás|estaba|quedó|quedé)\s+en\s+estado\b"
        r"(?!\s+(?:de|crítico|grave|líquido|sólido|puro|ruinoso))|dulce\s+espera|con\s+bombo(?!\s+y\s+platillo))\b",
        r"\b(?:bebé|bebe|niño|niña|peque)\s+en\s+camino\b|\bviene\s+(?:un|el|otro)\s+(?:bebé|bebe)\b|"
        r"\b(?:el|la)\s+(?:peque|bebé|bebe)\s+(?:llega|nace)\s+en\s+(?:{when})\b|"
        r"\b(?:hasta\s+que|antes\s+de\s+que|cuando)\s+nazca\b|\b(?:antes|después)\s+del\s+parto\b",
        r"\b(?:esperamos|esperan|espera|esperando)\s+(?:un|una|nuestro|nuestra|su)\s+(?:primer\s+|segundo\s+)?"
        r"(?:bebé|bebe|hijo|hija|niño|niña)\b(?!\s+(?:de\s+\d|que|en\s+la\s+puerta))|"
        r"\b(?:esperamos|esperan|espera)\s+gemelos\b|\bva\s+a\s+ser\s+(?:niño|niña)\b",
        r"\b(?:como|come|comer|comiendo)\s+por\s+dos\b|"
        r"\bse\s+(?:me|le|te)\s+nota\s+(?:ya\s+)?(?:la\s+tripa|la\s+barriga|el\s+embarazo)\b",
        r"\b(?:ecografía|eco)\s+de\s+las\s+(?:{n})\s+semanas\b|\b(?:eco|ecografía)\b[^.!?]{0,40}\blatido\b|"
        r"\b(?:foto|imagen)\s+de\s+la\s+eco(?:grafía)?\b|\b(?:primer|segundo|tercer)\s+trimestre\b|"
        r"\bprueba\s+de\s+embarazo\b|\bdos\s+rayitas\b|"
        r"\b(?:bebé|bebe|niño|niña)\s+(?:viene|está|venía)\s+de\s+nalgas\b|"
        r"\b(?:amniocentesis|translucencia\s+nucal|biopsia\s+corial)\b",
        r"\b(?:baja|permiso)\s+(?:de|por)\s+maternidad\b|\bpreparación\s+al\s+parto\b|\bclases\s+de\s+preparto\b|"
        r"\bnáuseas\s+(?:matutinas|del\s+embarazo|por\s+las\s+mañanas|todas\s+las\s+mañanas)\b|"
        r"\b(?:la|mi|con\s+la)\s+matrona\b",
        r"\b(?:tratamiento\s+de\s+fertilidad|fecundación\s+in\s+vitro|reproducción\s+asistida|FIV|"
        r"transferencia\s+de\s+embriones|congelar\s+(?:mis|sus)\s+óvulos|buscando\s+(?:un\s+|el\s+segundo\s+)?bebé|"
        r"(?:perdí|perdimos|perdió|perdieron)\s+(?:al|el|a\s+su|a\s+nuestro)\s+bebé|aborto\s+espontáneo)\b",
        r"\bdos\s+(?:rayitas|rayas|líneas)\s+en\s+(?:el|la)\s+(?:test|prueba|predictor)\b|"
        r"\b(?:test|prueba|predictor)\b[^.!?]{0,30}\b(?:salieron|salen|sale|marca|marcó|dio|tiene)\s+dos\s+"
        r"(?:rayitas|rayas|líneas)\b(?!\s+(?:de|del|para)\b)",
    ),
    "fr": (
        r"\b(?:{n})\s+(?:semaines|mois)\s+de\s+grossesse\b|\b(?:{n})\s+(?-i:SA)\b|\bsemaines\s+d'aménorrhée\b|"
        r"\ben\s+(?:est|suis|es)\s+à\s+(?:{n})\s+semaines\b|"
        r"\b(?:je\s+suis|elle\s+est|tu\s+es)\s+(?:enceinte\s+)?à\s+(?:{n})\s+mois\b(?!\s+(?:de|du|d'|des)\b)",
        r"\b(?:terme\s+(?:prévu|est\s+prévu)|date\s+prévue\s+d'accouchement|DPA|accouche\w*\s+(?:en|fin|début|"
        r"le|dans)\b|congé\s+(?:de\s+)?mat(?:ernité)?|congé\s+mat)|"
        r"\b(?:mon|son|le)\s+terme\s+(?:de\s+(?:ma|sa|mon)\s+\w+\s+)?(?:c'est|est|tombe)\b",
        r"\b(?:attend(?:s|ons|ez|ent)?|attendre)\s+(?:un|une|notre|leur|son|mon)\s+(?:premier\s+|deuxième\s+|"
        r"second\s+|troisième\s+)?(?:bébé|enfant|heureux\s+événement)\b(?!\s+(?:à|de|devant|qui))|"
        r"\bheureux\s+événement\b|\bpolichinelle\s+dans\s+le\s+tiroir\b|\bbébé\s+(?:en\s+route|est\s+prévu|arrive\s+en)\b",
        r"\b(?:le|la)\s+(?:petit|petite|bébé)\s+arrive\s+en\s+(?:{when})\b|\bavant\s+la\s+naissance\b|"
        r"\b(?:avant|après)\s+l'accouchement\b|\bce\s+sera\s+une?\s+(?:garçon|fille)\b|"
        r"\b(?:mange|manger|mangeant)\s+pour\s+deux\b|\ben\s+cloque\b",
        r"\b(?:échographie|écho)\s+(?:du\s+)?(?:premier|deuxième|troisième|1er|2e|3e|morpho\w*)\b|"
        r"\b(?:première|deuxième|troisième|dernière)\s+(?:écho|échographie)\b|"
        r"\b(?:écho|échographie)\b[^.!?]{0,40}\bbattements?\s+du\s+cœur\b|\bphoto\s+de\s+l'écho\b|"
        r"\b(?:premier|deuxième|troisième)\s+trimestre\b|\btest\s+de\s+grossesse\b|\bclarté\s+nucale\b",
        r"\bnausées\s+(?:matinales|tous\s+les\s+matins|le\s+matin)\b|\bpréparation\s+à\s+l'accouchement\b|"
        r"\bventre\s+(?:s'arrondit|rond)\b|"
        r"\b(?:file|filons|pars|part|partons|emmène|amène)\s+à\s+la\s+maternité\b|\bbébé\b[^.!?]{0,30}\ben\s+siège\b|"
        r"\btoxo(?:plasmose)?\b",
        r"\bsage-femme\b[^.!?]{0,60}\b(?:rendez-vous|rdv|consultation|visite|monitoring)\b|"
        r"\b(?:rendez-vous|rdv|consultation)\b[^.!?]{0,40}\bsage-femme\b",
        r"\b(?:PMA|FIV|fécondation\s+in\s+vitro|transfert\s+d'embryon\w*|congeler\s+(?:mes|ses)\s+ovocytes|"
        r"(?:essayons|essaient|essaie|essaye)\s+d'avoir\s+un\s+(?:bébé|enfant)|perdu\s+(?:le|notre|son|leur)\s+"
        r"bébé|fausse\s+couche)\b",
        r"\bdeux\s+(?:barres|traits)\s+sur\s+le\s+test\b|\btest\b[^.!?]{0,30}\b(?:affiche|montre|a)\s+deux\s+(?:barres|traits)\b"
        r"(?!\s+(?:de|du|des|pour)\b)",
    ),
    "it": (
        r"\b(?:{n})\s+settimane\s+(?:di\s+gravidanza|di\s+gestazione)\b|\b(?:sono|è|sei)\s+(?:di|alla)\s+(?:{n})"
        r"(?:esima|ª|a)?\s+(?:settimane?|mesi)\b|\balla\s+\w+esima\s+settimana\b",
        r"\b(?:data\s+presunta\s+(?:del\s+)?parto|DPP|dolce\s+attesa|in\s+attesa\s+di\s+un\s+(?:bambino|bimbo|"
        r"figlio|maschietto|femminuccia|bebè)|pancione|pancino\s+che\s+cresce)\b",
        r"\b(?:aspett\w+)\s+(?:un|una|il|la|il\s+nostro|il\s+loro|il\s+suo)\s+(?:secondo\s+|terzo\s+)?(?:bambino|bimbo|"
        r"bimba|figlio|figlia|maschietto|femminuccia|bebè)\b|\b(?:bambino|bimbo|bebè)\s+in\s+arrivo\b",
        r"\b(?:il|la)\s+piccol[oa]\s+arriva\s+a\s+(?:{when})\b|\b(?:prima|dopo)\s+del\s+parto\b|"
        r"\bfino\s+al\s+parto\b|"
        r"\b(?:è|sono|sei)\s+(?:al|all')\s*(?:quarto|quinto|sesto|settimo|ottavo|nono)\s+mese\b|\bpodalic[oa]\b|"
        r"\b(?:sono|è|vado|va)\s+in\s+maternità\b|"
        r"\b(?:finché\s+non|prima\s+che)\s+(?:arrivi|arriva|nasca|nasce)\b|\bdovrebbe\s+nascere\b|"
        r"\bsarà\s+(?:un\s+maschio|una\s+femmina|maschio|femmina)\b|\b(?:mangio|mangia|mangiare)\s+per\s+due\b",
        r"\b(?:morfologica|translucenza\s+nucale|amniocentesi|villocentesi|ecografia\s+del\s+(?:primo|secondo|"
        r"terzo)\s+trimestre|(?:primo|secondo|terzo)\s+trimestre|test\s+di\s+gravidanza|corso\s+pre-?parto|"
        r"nausee\s+mattutine|congedo\s+di\s+maternità|(?:in|la)\s+maternità\s+(?:da|a\s+partire)|"
        r"maternità\s+anticipata|foto\s+dell'ecografia)\b",
        r"\b(?:eco|ecografia)\b[^.!?]{0,40}\bbattito\b|\bnausee\s+(?:ogni\s+mattina|la\s+mattina)\b|"
        r"\bostetrica\b[^.!?]{0,60}\b(?:controllo|visita|appuntamento)\b|"
        r"\b(?:controllo|visita|appuntamento)\b[^.!?]{0,20}\bostetrica\b",
        r"\b(?:PMA|FIVET|fecondazione\s+(?:assistita|in\s+vitro)|transfer\s+(?:dell'|degli\s+)?embri\w*|"
        r"congelare\s+(?:i\s+miei|gli)\s+ovociti|(?:cerchiamo|cercano|stiamo\s+cercando)\s+(?:un|il\s+secondo)\s+"
        r"(?:bambino|figlio|bimbo)|(?:perso|persa)\s+il\s+(?:bambino|bimbo)|aborto\s+spontaneo)\b",
        r"\bdue\s+(?:linee|lineette|righe|strisce|stanghette)\s+(?:sul|nel)\s+test\b|"
        r"\btest\b[^.!?]{0,40}\b(?:sono\s+uscite|uscite|ha|mostra|con)\s+due\s+(?:linee|lineette|righe|strisce|"
        r"stanghette)\b(?!\s+(?:di|del|della|per)\b)",
    ),
}

_RECOVERY: dict[str, tuple[str, ...]] = {
    # time sober or clean, milestones, a first drink-free stretch, hidden bottles, the fellowships, clinics and
    # substitution treatments, a relapse
    "en": (
        r"(?:{n})[\s-]+(?:days?|weeks?|months?|years?)\s+(?:sober|clean|without\s+(?:a\s+)?(?:drink|drinking|"
        r"booze|bet|gambling|using)|off\s+(?:the\s+)?(?:booze|drink|drugs|gambling|heroin|coke|gear))\b(?!\s+of\b)",
        r"\b(?:sober|clean\s+and\s+sober)\s+(?:for|since)\b|\b(?:i've|i\s+have|he's|she's|he\s+has|she\s+has|"
        r"they've|we've)\s+been\s+clean\s+(?:for|since)\b|\bfirst\s+(?:year|month|week)\s+(?:sober|clean)\b",
        r"(?:{n})[\s-]+(?:day|month|year)s?\s+(?:chip|coin|key\s*tag|keyring|medallion)\b|"
        r"\bsince\s+my\s+last\s+(?:drink|bet|hit|fix)\b|\bnot\s+a\s+drop\s+since\b|"
        r"\bsober\s+(?:anniversary|birthday|date)\b|\bsobriety\s+(?:date|anniversary|birthday)\b",
        r"\b(?:hidden|hid|hiding)\s+(?:\w+\s+)?bottles\b|\bbottles\s+(?:of\s+\w+\s+)?hidden\b",
        r"\b(?:aa|na|ga)\s+meetings?\b|(?<!called\s)(?<!named\s)(?<!word\s)\b(?:alcoholics|narcotics|gamblers|"
        r"cocaine)\s+anonymous\b(?!\s+(?:street|road|hotel|cafe|bar|podcast|book))",
        r"\b(?:my|his|her|their)\s+(?:methadone|suboxone|subutex)\b|\brelapsed\b|"
        r"\b(?:in|to|from|into|out\s+of)\s+detox\b|"
        r"(?<!digital\s)(?<!juice\s)(?<!sugar\s)(?<!body\s)\bdetox\s+(?:clinic|centre|center|unit|ward|facility)\b|"
        r"\b(?:in|to|from|into|out\s+of)\s+rehab\b|\brehab\s+(?:place|clinic|centre|center|facility|unit)\b"
        r"(?!\s+for\s+(?:\w+\s+){0,2}(?:racehorses|horses|animals|wildlife|birds|dogs|cats|hedgehogs|seals|owls))",
        r"\bself[\s-]exclu\w+|\bgamstop\b|\bdeleted\s+(?:all\s+)?(?:the|my)\s+(?:betting|gambling)\s+apps\b",
        r"\b(?:been|is|'s|was|went\s+back\s+to)\s+drinking\s+again\b|"
        r"\b(?:fell|fallen|falling)\s+off\s+the\s+wagon\b(?!\s+(?:with|on|for)\b)",
    ),
    "de": (
        r"(?<!es ist )(?<!es war )(?:seit\s+)?(?<!es ist seit )(?<!es war seit )(?:{n})\s+(?:Monat(?:e|en)?|Jahr(?:e|en)?)\s+(?:lang\s+)?trocken\b|"
        r"\bseit\s+(?:ich|er|sie|du)\s+trocken\s+(?:bin|ist|bist)\b|"
        r"\b(?:erste[nms]?|meine[nms]?)\s+(?:\w+\s+)?trockene[nms]?\s+(?:Jahr|Monat)\w*",
        r"(?:seit\s+)?(?:{n})\s+(?:Tag(?:e|en)?|Woche[n]?|Monat(?:e|en)?|Jahr(?:e|en)?)\s+(?:clean|nüchtern|ohne\s+(?:Alkohol|"
        r"einen\s+Tropfen|Tropfen|Drogen|Glücksspiel|Bier|Schnaps|Stoff|zu\s+trinken|zu\s+spielen))\b|"
        r"\berste[nr]?\s+(?:Monat|Jahr|Woche)\s+ohne\s+(?:Alkohol|Bier|Wein|Schnaps|Stoff|Drogen)\b|"
        r"\btrink(?:e|t|st)?\s+(?:jetzt\s+|schon\s+)*seit\s+(?:{n})\s+(?:Monat(?:e|en)?|Jahr(?:e|en)?)\s+"
        r"(?:gar\s+)?nichts\s+mehr\b|"
        r"\bseit\s+(?:{n})\s+(?:Monat(?:e|en)?|Jahr(?:e|en)?)\s+(?:gar\s+)?nichts\s+mehr\s+getrunken\b",
        r"\b(?:ist|bin|bist|sind|war)\s+(?:jetzt\s+|schon\s+|wieder\s+|endlich\s+)*(?:seit\s+(?:{when}|"
        r"(?:{n})\s+\w+)\s+)?clean\b|\bkeinen\s+Tropfen\s+(?:mehr\s+)?(?:angerührt|getrunken)\b|"
        r"\bChip\s+für\s+(?:{n})\s+(?:Tage|Monate?|Jahre?)\b",
        r"\bversteckte\s+Flaschen\b|\bFlaschen\b[^.!?]{0,30}\bversteckt\b|"
        r"\bFlachm[aä]nn(?:er)?\b[^.!?]{0,40}\b(?:gefunden|versteckt)\b",
        r"\b(?:Entzugsklinik|Entgiftung|Suchtklinik|Suchtberatung|Suchtdruck|Suchttherapie|Methadon|"
        r"Substitutions(?:therapie|programm|praxis|ausgabe|mittel|ambulanz)|Langzeittherapie|substituiert|Polamidon|"
        r"Blaue[ns]?\s+Kreuz|Kreuzbund|"
        r"Spielsucht|spielsüchtig|Spielersperre|(?:Alkohol)?[Ee]ntwöhnungs?(?:behandlung|therapie|klinik))\b",
        r"\bAnonyme[nr]?\s+(?:Spieler|Alkoholiker|Narkotiker)\w*|\bSponsor\s+aus\s+(?:der|meiner)\s+Gruppe\b|"
        r"\brückfällig\s+geworden\b|\bwieder\s+bei\s+Tag\s+(?:eins|1)\b|"
        r"\b(?:{n})\s+(?:Tag(?:e|en)?|Woche[n]?|Monat(?:e|en)?)\s+keine\s+Wette\b|"
        r"\bRückfall\s+(?:mit|beim)\s+(?:dem\s+)?(?:Alkohol|Trinken|Spielen)\b|"
        r"\b(?:Casinos?|Spielhallen?|Wettanbieter\w*|Wettbüros?)\b[^.!?]{0,40}\bsperren\s+lassen\b",
    ),
    "es": (
        r"\b(?:llevo|lleva|llevamos|llevan)\s+(?:{n})\s+(?:días|semanas|meses|años)\s+(?:limpi[oa]s?|sobri[oa]s?)\b|"
        r"\b(?:{n})\s+(?:días|semanas|meses|años)\s+sin\s+(?:beber|tomar\s+alcohol|probar\s+(?:el\s+)?alcohol|"
        r"una\s+gota|consumir|jugar|apostar|drogas)\b|\b(?:limpio|limpia|sobrio|sobria)\s+desde\b",
        r"\b(?:años|meses|días|semanas)\s+(?:de|desde)\s+mi\s+última\s+copa\b|\bni\s+una\s+gota\s+desde\b|"
        r"\bque\s+no\s+pruebo\s+(?:el\s+alcohol|una\s+gota|ni\s+gota)\b|"
        r"\bficha\s+de\s+(?:los\s+)?(?:{n})\s+(?:días|meses)\b|\bestoy\s+en\s+recuperación\b",
        r"\bbotellas\s+(?:de\s+\w+\s+)?escondidas\b|\bautoprohibid\w+|\bautoexclu\w+",
        r"\b(?:alcohólicos|narcóticos|jugadores)\s+anónimos\b|\bproyecto\s+hombre\b|\bmetadona\b|"
        r"\bdesintoxica\w*|\brecaída\s+con\s+(?:el\s+)?(?:alcohol|la\s+bebida|las\s+drogas|el\s+juego)\b",
        r"\bhace\s+(?:{n})\s+(?:días|semanas|meses|años?)\s+que\s+(?:estoy|está)\s+(?:limpi[oa]|sobri[oa])\b",
    ),
    "fr": (
        r"\b(?:{n})\s+(?:jours?|semaines?|mois|ans?)\s+(?:sans\s+(?:boire|alcool|une\s+goutte|un\s+verre|consommer|"
        r"jouer|toucher\s+(?:à\s+)?(?:l'alcool|un\s+verre|une\s+bouteille))|d'abstinence|de\s+sobriété)\b|"
        r"\bsobre\s+depuis\b|\babstinente?\s+depuis\b|\bclean\s+depuis\b",
        r"\b(?:ans|mois|jours)\s+depuis\s+mon\s+dernier\s+verre\b|\bsans\s+rien\s+prendre\b|"
        r"\b(?:première|premier)\s+(?:année|mois)\s+(?:clean|sobre|sans\s+(?:alcool|boire))\b|"
        r"\bque\s+je\s+(?:ne\s+)?touche\s+plus\s+(?:à\s+)?(?:une\s+goutte|l'alcool|un\s+verre)\b",
        r"\bbouteilles\s+(?:de\s+\w+\s+)?(?:cachées|planquées)\b|\binterdit\w*\s+de\s+jeux\b",
        r"\bparrain\b[^.!?]{0,80}\b(?:boire|alcool|verre|rechute|réunion)\b|\b(?:boire|alcool)\b[^.!?]{0,80}\bparrain\b",
        r"\b(?:alcooliques|narcotiques|joueurs)\s+anonymes\b|\bcure\s+de\s+désintox\w*|\ben\s+sevrage\b|"
        r"\bsevrage\s+(?:alcoolique|tabagique|aux\s+opiacés|de\s+l'alcool)\b|\bméthadone\b|\bsubutex\b|"
        r"\bCSAPA\b|\baddictologue\b|\brechut\w+|\bpost-?cure\b",
        r"\b(?:ça|cela)\s+fait\s+(?:{n})\s+(?:jours?|semaines?|mois|ans?)\s+(?:que\s+)?(?:je\s+suis|j'suis|il\s+est|"
        r"elle\s+est)\s+(?:sobre|clean|abstinente?)\b",
    ),
    "it": (
        r"\b(?:{n})\s+(?:giorni|settimane|mesi|anni)\s+(?:senza\s+(?:bere|alcol|toccare\s+(?:un\s+)?(?:alcol|"
        r"bicchiere|goccio)|un\s+goccio|giocare|scommettere|droga|fare\s+uso)|da\s+sobri[oa]|puli(?:to|ta))\b|"
        r"\bsobri[oa]\s+da\b|\bpulit[oa]\s+da\s+(?:{n}|{when})\b",
        r"\b(?:anni|mesi|giorni)\s+dal\s+mio\s+ultimo\s+bicchiere\b|\bneanche\s+un\s+goccio\s+da\b|"
        r"\b(?:mesi|anni|giorni|settimane)\s+che\s+non\s+(?:tocco|bevo)\s+(?:un\s+goccio|alcol)\b|"
        r"\bprim[oi]\s+(?:anno|mese|giorni|mesi)\s+(?:pulit[oa]|sobri[oa]|senza\s+(?:alcol|bere))\b",
        r"\b(?:uscire|uscito|uscita|fuori)\s+dall[a']\s*(?:alcol|droga)\b|\bil\s+mio\s+sponsor\b|"
        r"\bbottiglie\s+(?:di\s+\w+\s+)?nascoste\b",
        r"\b(?:alcolisti|narcotici|giocatori)\s+anonimi\b|\bcomunità\s+(?:di\s+recupero|terapeutica)\b|"
        r"\b(?:(?-i:SerD|SERD|SerT|SERT)|serd)\b|\b(?:al|il|del)\s+sert\b|\bmetadone\b|\bdisintossica\w*|"
        r"\bricadut\w+\s+(?:nell'alcol|nel\s+bere|nella\s+droga|nel\s+gioco)",
        r"\b(?:è|sono)\s+(?:{n})\s+(?:giorni|settimane|mesi|anni|anno|mese)\s+che\s+(?:sono|è)\s+(?:sobri[oa]|pulit[oa])\b",
    ),
}

_ANIMALS = {
    "en": r"cat|kitten|dog|bitch|puppy|puppies|mare|foal|cow|calf|ewe|lambs?|sow|goat|rabbit|hamster|guinea pig",
    "de": r"Katze|Kätzchen|Hündin|Hund|Welpen?|Stute|Fohlen|Kuh|Kalb|Schaf|Lämmer|Sau|Ziege|Hasen?|Kaninchen|trächtig",
    "es": r"gata|gatitos?|perra|perrita|cachorros?|yegua|potro|vaca|ternero|oveja|cabra|coneja|cerda",
    "fr": r"chatte|chatons?|chienne|chiots?|jument|poulain|vache|veau|brebis|chèvre|lapine|truie|mis bas",
    "it": r"gatta|gattini|cagna|cagnolina|cuccioli|cavalla|puledro|mucca|vitello|pecora|capra|coniglia|scrofa",
}
"""An animal in the sentence: its pregnancy ("the mare is due in May", "unsere Katze bekommt Junge") is none of
the speaker's health. Words for giving birth that people use of themselves too ("partorito", "parió") are no
animal."""


def _compiled(lang: str, patterns: tuple[str, ...]) -> re.Pattern[str]:
    number = rf"(?:{_NUMBER[lang]})(?:[\s-]+(?:{_NUMBER[lang]}|cents?|hundred|hundert|cien|cento))*"
    when = rf"(?:{_WHEN[lang]})"
    return re.compile(
        "|".join(f"(?:{p.replace('{n}', number).replace('{when}', when)})" for p in patterns), re.IGNORECASE
    )


PREGNANCY = {lang: _compiled(lang, patterns) for lang, patterns in _PREGNANCY.items()}
RECOVERY = {lang: _compiled(lang, patterns) for lang, patterns in _RECOVERY.items()}
ANIMALS = {lang: re.compile(rf"\b(?:{p})\b", re.IGNORECASE) for lang, p in _ANIMALS.items()}
HIV_PREVENTION = re.compile(r"(?<![\w-])PrEP(?![\w-])")


_SUNSET = {
    "en": r"(?:the\s+)?(?:sunset|sundown|dusk|nightfall)|the\s+sun\s+(?:goes\s+down|sets)",
    "de": r"(?:zum\s+|dem\s+)?Sonnenuntergang|es\s+dunkel\s+wird",
    "es": r"(?:la\s+)?puesta\s+(?:de|del)\s+sol|que\s+se\s+ponga\s+el\s+sol|(?:el\s+)?anochecer",
    "fr": r"(?:le\s+)?coucher\s+du\s+soleil|la\s+tombée\s+de\s+la\s+nuit",
    "it": r"(?:il\s+)?tramonto|(?:il\s+)?calar\s+del\s+sole",
}
_FASTING = {
    "en": (
        r"fast(?:ing|ed|s)?|(?:can't|cannot|can\s+not|don't|won't|not|no)\s+(?:eat\w*|drink\w*|food|water)",
        r"until|till|til|before|to",
    ),
    "de": (
        r"fast\w*|(?:nichts|keine?n?)\s+(?:\w+\s+){0,2}?(?:essen|esse|isst|trinken|trinke)|"
        r"(?:esse|essen|isst|trinke|trinken)\s+(?:\w+\s+){0,2}?(?:nichts|erst)",
        r"bis|nach|vor",
    ),
    "es": (r"ayun\w*|no\s+(?:\w+\s+)?(?:como|comemos|come|comer|bebo|bebemos|beber)", r"hasta|antes\s+de"),
    "fr": (
        r"jeûn\w*|(?:ne|n')\s*(?:\w+\s+)?(?:mange\w*|boi\w*|bu)\s+(?:pas|rien|plus)|(?:mange\w*|boi\w*)\s+(?:pas|rien)",
        r"jusqu'(?:au|à)|avant",
    ),
    "it": (
        r"digiun\w*|non\s+(?:\w+\s+)?(?:mangio|mangiamo|mangia|mangiare|bevo|beviamo|bere)",
        r"fino\s+al|prima\s+del",
    ),
}
FASTING = {
    lang: re.compile(rf"\b(?:{fast})\b[^.!?]{{0,40}}?\b(?:{end})\s+(?:{_SUNSET[lang]})\b", re.IGNORECASE)
    for lang, (fast, end) in _FASTING.items()
}


def fast_until_sunset(text: str, lang: str) -> str | None:
    """The phrase of `text` that tells a fast kept until sunset; None when there is none."""
    found = FASTING[lang].search(text) if lang in FASTING else None
    return found.group(0) if found else None


def telltale(text: str, lang: str) -> str | None:
    """The first phrase of `text` that tells a pregnancy, a recovery or HIV prevention by itself; None when there is
    none, or when the only one is a pregnancy and an animal is named."""
    if (pill := HIV_PREVENTION.search(text)) is not None:
        return pill.group(0)
    if lang not in PREGNANCY:
        return None
    found = RECOVERY[lang].search(text)
    if found is None and not ANIMALS[lang].search(text):
        found = PREGNANCY[lang].search(text)
    return found.group(0) if found else None
