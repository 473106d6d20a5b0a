"""Everyday sentences about the people one talks about most, for the sensitive gate's training set; written for the
edge project. Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

In the German, Spanish, French and Italian training sentences, the words of family life and of the first person
were nearly all sensitive: "madre" 251 times in a sensitive sentence against 31 in an ordinary one, "marido" 184
to 3, "mère" 319 to 17, "Mutter" 187 to 7, "mio" 1,014 to 137, "depuis" 790 to 180 (counted over the composed
training part). The disclosures are told about a mother, a husband, a brother, "since" a date; the ordinary
sentences were requests and traps. So "mis padres vienen a comer el domingo" and "domenica andiamo al mare con gli
amici" were blocked (a fresh probe's batch 5, which showed it). `SUBJECTS` (the people) and `PREDICATES` (what they do: meals, calls, birthdays, trips, work,
chores, hobbies) combine into ordinary sentences in five languages; `FIRST_PERSON` holds ordinary sentences in the
first person and with "since". Predicates fit every subject of their language (no gendered participles). None of
them reveals anyone's health, faith, politics, orientation, sex life, ethnicity, union membership, genetic or
biometric data, or criminal record.
"""

from __future__ import annotations

import random

SUBJECTS: dict[str, list[str]] = {
    "en": ["my mum", "my dad", "my brother", "my sister", "my husband", "my wife", "my boyfriend", "my girlfriend",
           "my son", "my daughter", "my nan", "my grandad", "my uncle", "my aunt", "my cousin", "my mother-in-law",
           "my father-in-law", "my boss", "my flatmate", "my neighbour", "my partner", "my best friend"],
    "de": ["meine Mutter", "mein Vater", "mein Bruder", "meine Schwester", "mein Mann", "meine Frau", "mein Freund",
           "meine Freundin", "mein Sohn", "meine Tochter", "meine Oma", "mein Opa", "mein Onkel", "meine Tante",
           "mein Cousin", "meine Cousine", "meine Schwiegermutter", "mein Schwiegervater", "mein Chef",
           "mein Mitbewohner", "meine Nachbarin", "mein Partner", "meine Partnerin", "meine beste Freundin"],
    "es": ["mi madre", "mi padre", "mi hermano", "mi hermana", "mi marido", "mi mujer", "mi novio", "mi novia",
           "mi hijo", "mi hija", "mi abuela", "mi abuelo", "mi tío", "mi tía", "mi primo", "mi prima", "mi suegra",
           "mi suegro", "mi jefe", "mi compañero de piso", "mi vecina", "mi pareja", "mi mejor amiga", "mi mamá"],
    "fr": ["ma mère", "mon père", "mon frère", "ma sœur", "mon mari", "ma femme", "mon copain", "ma copine",
           "mon fils", "ma fille", "ma grand-mère", "mon grand-père", "mon oncle", "ma tante", "mon cousin",
           "ma cousine", "ma belle-mère", "mon beau-père", "mon chef", "mon colocataire", "ma voisine",
           "mon compagnon", "ma compagne", "ma meilleure amie"],
    "it": ["mia madre", "mio padre", "mio fratello", "mia sorella", "mio marito", "mia moglie", "il mio ragazzo",
           "la mia ragazza", "mio figlio", "mia figlia", "mia nonna", "mio nonno", "mio zio", "mia zia",
           "mio cugino", "mia cugina", "mia suocera", "mio suocero", "il mio capo", "il mio coinquilino",
           "la mia vicina", "il mio compagno", "la mia compagna", "la mia migliore amica"],
}  # fmt: skip

PREDICATES: dict[str, str] = {
    "en": """
is coming over for lunch on sunday
called me this morning
turns forty in march
bought a new bike
works at a bank
has lived in leeds for years
is a really good cook
is travelling in rome this week
wants to go to the cinema tonight
gets in at eight
lost the keys again
plays tennis on tuesdays
got me a book for christmas
can't find the phone charger
signed up for a cooking class
is watching the match
is always late
has a dog called max
invited us to dinner on saturday
is painting the kitchen
makes the best lasagne
booked a table for nine
is going to portugal on holiday
asked me to pick up bread
is in a meeting until five
found a flat in the city centre
says it's cold outside
has seen that film twice
naps every afternoon
goes to the gym before work
is coming to the beach with us
baked a chocolate cake
works from home on fridays
has a birthday on monday
sent me photos from the trip
drives an electric car
is learning spanish
has been at the same company for three years
changed jobs in the spring
is making dinner tonight
""",
    "de": """
kommt am Sonntag zum Mittagessen
hat mich heute Morgen angerufen
wird im März vierzig
hat ein neues Fahrrad gekauft
arbeitet bei einer Bank
wohnt seit Jahren in Köln
kocht richtig gut
ist diese Woche in Rom unterwegs
will heute Abend ins Kino
kommt um acht an
hat schon wieder die Schlüssel verloren
spielt dienstags Tennis
hat mir ein Buch zu Weihnachten geschenkt
findet das Ladekabel nicht
hat einen Kochkurs gebucht
schaut gerade das Spiel
kommt immer zu spät
hat einen Hund namens Max
lädt uns am Samstag zum Essen ein
streicht gerade die Küche
macht die besten Kartoffelpuffer
hat einen Tisch für neun Uhr reserviert
fährt im Sommer nach Portugal
hat mich gebeten, Brot mitzubringen
ist bis fünf in einer Besprechung
hat eine Wohnung in der Innenstadt gefunden
sagt, es ist kalt draußen
hat den Film schon zweimal gesehen
macht jeden Nachmittag ein Nickerchen
geht vor der Arbeit ins Fitnessstudio
kommt mit uns an den Strand
hat einen Schokoladenkuchen gebacken
arbeitet freitags von zu Hause
hat am Montag Geburtstag
hat mir Fotos von der Reise geschickt
fährt ein Elektroauto
lernt gerade Portugiesisch
ist seit drei Jahren in derselben Firma
hat im Frühling den Job gewechselt
macht heute das Abendessen
""",
    "es": """
viene a comer el domingo
me ha llamado esta mañana
cumple cuarenta años en marzo
se ha comprado una bici nueva
trabaja en un banco
vive en Valencia desde hace años
cocina muy bien
está de viaje en Roma esta semana
quiere ir al cine esta noche
llega a las ocho
ha vuelto a perder las llaves
juega al pádel los martes
me ha regalado un libro por Navidad
no encuentra el cargador del móvil
se ha apuntado a un curso de cocina
está viendo el partido
siempre llega tarde
tiene un perro que se llama Max
nos invita a cenar el sábado
está pintando la cocina
hace las mejores croquetas del mundo
ha reservado mesa para las nueve
se va de vacaciones a Portugal
me ha pedido que compre pan
está en una reunión hasta las cinco
ha encontrado piso en el centro
dice que hace frío fuera
ha visto la película dos veces
duerme la siesta todos los días
va al gimnasio antes de trabajar
viene con nosotros a la playa
ha hecho una tarta de chocolate
trabaja desde casa los viernes
cumple años el lunes
me ha mandado fotos del viaje
conduce un coche eléctrico
está aprendiendo inglés
lleva tres años en la misma empresa
ha cambiado de trabajo en primavera
hace la cena esta noche
""",
    "fr": """
vient manger dimanche midi
m'a appelé ce matin
fête ses quarante ans en mars
s'est acheté un nouveau vélo
travaille dans une banque
habite à Lyon depuis des années
cuisine vraiment bien
est en voyage à Rome cette semaine
veut aller au cinéma ce soir
arrive à huit heures
a encore perdu les clés
joue au tennis le mardi
m'a offert un livre pour Noël
ne trouve plus le chargeur du téléphone
prend des cours de cuisine
regarde le match
arrive toujours en retard
a un chien qui s'appelle Max
nous invite à dîner samedi
repeint la cuisine
fait les meilleures crêpes du monde
a réservé une table pour neuf heures
part en vacances au Portugal
m'a demandé d'acheter du pain
est en réunion jusqu'à cinq heures
a trouvé un appartement en centre-ville
dit qu'il fait froid dehors
a vu le film deux fois
fait la sieste tous les après-midi
va à la salle de sport avant le travail
vient avec nous à la plage
a fait un gâteau au chocolat
fait du télétravail le vendredi
a son anniversaire lundi
m'a envoyé des photos du voyage
conduit une voiture électrique
apprend l'espagnol
est dans la même boîte depuis trois ans
a changé de travail au printemps
prépare le dîner ce soir
""",
    "it": """
viene a pranzo domenica
mi ha chiamato stamattina
compie quarant'anni a marzo
ha comprato una bici nuova
lavora in banca
abita a Torino da anni
cucina benissimo
è in viaggio a Parigi questa settimana
vuole andare al cinema stasera
arriva alle otto
ha perso di nuovo le chiavi
gioca a tennis il martedì
mi ha regalato un libro per Natale
non trova più il caricabatterie
fa un corso di cucina
sta guardando la partita
arriva sempre in ritardo
ha un cane che si chiama Max
ci invita a cena sabato
sta ridipingendo la cucina
fa le lasagne più buone del mondo
ha prenotato un tavolo per le nove
va in vacanza in Portogallo
mi ha chiesto di comprare il pane
è in riunione fino alle cinque
ha trovato casa in centro
dice che fuori fa freddo
ha visto il film due volte
fa un pisolino ogni pomeriggio
va in palestra prima del lavoro
viene con noi al mare
ha fatto una torta al cioccolato
lavora da casa il venerdì
fa il compleanno lunedì
mi ha mandato le foto del viaggio
guida una macchina elettrica
sta imparando lo spagnolo
lavora nella stessa azienda da tre anni
ha cambiato lavoro in primavera
prepara la cena stasera
""",
}

FIRST_PERSON: dict[str, str] = {
    "en": """
I've lived in this street since I was a kid
I'm from glasgow but I live in bristol now
I've been waiting for the bus for twenty minutes
I haven't had time to cook all week
since monday I've been working from the other office
I've been learning the guitar for two years
me and my brother are going to the match on saturday
""",
    "de": """
ich wohne seit meiner Kindheit in dieser Straße
ich komme aus Bremen, wohne aber jetzt in München
ich warte seit zwanzig Minuten auf den Bus
ich bin Lehrerin für Mathe und Physik
seit Montag arbeite ich im anderen Büro
ich lerne seit zwei Jahren Gitarre
ich bin gerade im Supermarkt, brauchst du noch was
ich bin total müde von der Radtour gestern
mein Bruder und ich gehen am Samstag zum Spiel
ich habe keine Lust auf Kochen heute
""",
    "es": """
vivo en esta calle desde que era pequeño
soy de Sevilla pero ahora vivo en Madrid
llevo veinte minutos esperando el autobús
soy profesora de matemáticas en un instituto
desde el lunes trabajo en la otra oficina
llevo dos años aprendiendo a tocar la guitarra
no tengo tiempo para cocinar esta semana
mi hermano y yo vamos al partido el sábado
estoy en el súper, ¿necesitas algo?
tengo dos gatos y un perro
desde hace un mes voy a clases de baile
""",
    "fr": """
j'habite dans cette rue depuis que je suis petit
je suis de Nantes mais je vis à Paris maintenant
j'attends le bus depuis vingt minutes
je suis prof de maths dans un lycée
depuis lundi je travaille dans l'autre bureau
j'apprends la guitare depuis deux ans
je n'ai pas eu le temps de cuisiner cette semaine
mon frère et moi on va au match samedi
je suis au supermarché, tu as besoin de quelque chose
j'ai deux chats et un chien
depuis un mois je prends des cours de danse
""",
    "it": """
abito in questa via da quando ero piccolo
sono di Bari ma adesso vivo a Milano
aspetto l'autobus da venti minuti
sono insegnante di matematica al liceo
da lunedì lavoro nell'altro ufficio
studio la chitarra da due anni
non ho avuto tempo di cucinare questa settimana
io e mio fratello andiamo alla partita sabato
sono al supermercato, ti serve qualcosa?
ho due gatti e un cane
da un mese faccio un corso di ballo
""",
}

PER_SUBJECT = 10
"""Predicates drawn for each subject."""


def sentences(seed: int) -> dict[str, list[str]]:
    """Per language: each subject with `PER_SUBJECT` of its language's predicates, then the first-person lines."""
    rng = random.Random(seed)
    out = {}
    for lang, subjects in SUBJECTS.items():
        predicates = [p for p in PREDICATES[lang].strip().splitlines() if p.strip()]
        lines = [f"{subject} {p}" for subject in subjects for p in rng.sample(predicates, PER_SUBJECT)]
        out[lang] = lines + [s for s in FIRST_PERSON[lang].strip().splitlines() if s.strip()]
    return out
