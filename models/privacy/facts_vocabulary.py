"""Everyday words that the sensitive gate took for sensitive ones, each in ordinary spoken sentences; written for the
edge project. Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

`audit_vocabulary.py` puts each language's most frequent words (wordfreq's lists) into a neutral frame ("I wrote
___ on the list") and lists those the gate blocks. Most are topic words (government, hospital, prison); some are
everyday words that share letters with a sensitive word of another language or that training only ever showed in
sensitive sentences: French "paroles" (lyrics) and "un bail" (a lease) against English "parole" and "bail",
Italian "ho preso" (I took) against Spanish "preso" (prisoner), Italian "pagano" and Spanish "pagan" (they pay),
Spanish "mayoría" (majority) and "hermano mayor" (elder brother) against "mayor", "deporte" against "deport",
Italian "autonomia della batteria", "i modi" (the ways), "i romani" (the Romans), German "Partner" (a business or
tennis partner), "Freude" (joy), "vorgenommen" (planned), French "courts" (short), "semblant", "incapable",
Spanish "zapatos negros" (black shoes), "sé paciente" (be patient), "piscina municipal". `VOCABULARY` holds such
sentences in English, German, Spanish, French and Italian, the words in their everyday sense; some lowercase and
unpunctuated, as a speech recogniser writes them. One sentence per line, no slots; none of them reveals anyone's
health, faith, politics, orientation, sex life, ethnicity, union membership, genetic or biometric data, or
criminal record.
"""

from __future__ import annotations

VOCABULARY: dict[str, str] = {
    "en": """
that makes sense, let's take the earlier train
there's no evidence the new route is any faster
what a loss for the team, they were winning at half time
the national park shuttle leaves every twenty minutes
the population of the town doubles in august with tourists
the theory test for my driving licence is on monday
in reality the flat is much smaller than the photos
the physical copy of the album comes with a poster
it's a significant saving if you book before friday
the culture section of the paper has the crossword
I'm worried we'll miss the start of the film
the kids were scared of the big dog next door but it's harmless
the commission on my phone sale was only two percent
the court was booked so we played on the grass instead
we signed up for the free trial of the meal kits
my phone charges really slowly with that cable
the penalty in the last minute won us the game
the investigation in the detective novel drags a bit in the middle
the authority that runs the buses changed the timetable
the appeal of the place is the view from the terrace
our team's offense was terrible in the second half
I'm nervous about the driving test on friday
that relief when you find your keys in the other coat
the transition from the old phone to the new one took an hour
""",
    "de": """
mit großer Freude habe ich deinen Kuchen gegessen
ich freue mich riesig auf den Urlaub am Meer
mein Tennispartner hat heute abgesagt
mein Geschäftspartner ruft gleich wegen der Lieferung an
der Partner des Festivals verlost Freikarten
die Beziehungen zwischen den beiden Firmen sind gut
wir haben uns fürs Wochenende viel vorgenommen
ich habe mir vorgenommen, jeden Tag zu lesen
der Beschluss der Hausverwaltung hängt im Treppenhaus
im Meeting haben wir beschlossen, die Feier zu verschieben
der Weg zum Hotel ist in der Mail genau beschrieben
wir haben vom Balkon aus Vögel beobachtet
die Nationalmannschaft spielt heute um neun
der Nationalpark Bayerischer Wald ist im Herbst wunderschön
wir fliegen im Oktober nach Afrika auf Safari
der Flug in die Türkei geht um sechs Uhr morgens
du hast die Wahl, Pizza oder Pasta
bitte wähl die Nummer von der Pizzeria
ich habe die falsche Nummer gewählt
das ist meine erste Wahl für den Ausflug
wir gehen erst in die Drogerie und dann zum Bäcker
der Patient im Film ist eigentlich der Detektiv
sei geduldig, der Kuchen ist gleich fertig
die Wahl des Vereinsnamens war lustig
""",
    "es": """
la mayoría de la gente prefiere la playa
mi hermano mayor vive en Valencia
los mayores de la familia comen primero en Navidad
la plaza mayor está llena de turistas
compramos al por mayor para la fiesta
mi hijo hace mucho deporte los fines de semana
el polideportivo abre a las ocho
ponte la ropa deportiva que vamos a correr
¿cuánto te pagan por hora en la tienda?
aquí pagan bien pero el horario es largo
la piscina municipal abre en junio
la biblioteca municipal tiene wifi gratis
me compré unos zapatos negros para la boda
los ojos negros de mi gata son preciosos
un café negro y una tostada, por favor
sé paciente, el pastel ya casi está
el partido internacional es a las nueve
los vuelos internacionales salen de la terminal uno
este cuadro representa un paisaje de invierno
el general de la película es muy bueno
la publicación del libro es en mayo
la publicidad en la tele es insoportable
queremos adoptar un perro del refugio
tenemos un pastor alemán que se llama Rex
Cristiano Ronaldo marcó dos goles anoche
la reforma de la cocina tarda tres semanas
la mujer del panadero hace unas tartas buenísimas
las mujeres del club de lectura se reúnen los jueves
voy acompañado de mi primo al concierto
la presa del pantano está llena este año
los debates del club de lectura son muy divertidos
quiero demostrar que mi receta de tortilla es la mejor
""",
    "fr": """
les paroles de la chanson sont magnifiques
tu connais les paroles de ce refrain
prendre la parole en réunion me stresse un peu
il a signé un bail de trois ans pour l'appartement
le bail du local commercial se termine en juin
les jours sont courts en hiver
cet hiver on part au ski dans les Alpes
les courts de tennis du club sont réservés
il fait semblant de dormir pour ne pas ranger
je suis incapable de cuisiner sans recette
sois patient, le gâteau est presque prêt
j'ai vu un couple de canards au bord du lac
un couple d'amis vient dîner samedi
les hommes de ma famille sont tous grands
c'est un livre sur l'intelligence artificielle
ma collègue va s'engager dans un nouveau projet
le commissaire Maigret est mon détective préféré
malheureusement le restaurant est fermé le lundi
en attendant le bus je lis un livre
l'intervention du plombier a duré une heure
la population de la ville double en été
les supporters du PSG chantent fort
la fédération de football a changé le calendrier
c'est tout à fait légal de se garer ici le dimanche
le manifeste du festival est sur le site
la police d'écriture est trop petite sur mon téléphone
on a voté dans le groupe pour le resto de samedi
la cuisine arabe du quartier est délicieuse
""",
    "it": """
le parole di questa canzone sono bellissime
cerca le parole della canzone che ascolto
ho preso il treno delle otto
abbiamo già preso i biglietti per il concerto
ho preso un bel voto in matematica
mi hai preso in giro tutto il giorno
la presa della cucina non funziona
mi serve una presa multipla per il computer
quanto ti pagano all'ora in pizzeria?
lì pagano bene ma si lavora il sabato
l'autonomia della batteria è di due giorni
in tutti i modi, ci vediamo domani
ci sono due modi per arrivare in centro
i romani costruirono il colosseo
gli antichi romani mangiavano tanto pane
studio latino da tre anni al liceo
compra i peperoni verdi e i pomodori
stasera danno un'opera di Verdi alla radio
l'influenza dei social sui ragazzi è enorme
il commissario Montalbano stasera in tv
il meccanismo dell'orologio è rotto
devo riflettere prima di comprare la macchina
l'ufficio legale chiude alle sei
il manifesto del concerto è in bacheca
le squadre nazionali giocano stasera
mio nonno ha fatto il servizio militare in Friuli
""",
}
