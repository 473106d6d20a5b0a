"""Everyday senses of the lexicon's most reliable words, for the sensitive gate's training set, written for the edge
project. Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

Counted over the training part of the corpus, many lexicon terms occurred only in sensitive sentences ("vote"
147 times sensitive, 8 ordinary; "surgery" 39 to 2; "protest", "liberal", "sindicato" never ordinary), so the
model learned the word, not the sentence: a fresh probe of ordinary sentences saw "can you vote in the group chat
on where we eat", "this cookbook is the bible of french baking" and "la película de culto" blocked. `SENSES` holds
ordinary spoken sentences in English, German, Spanish, French and Italian that use such words in a sense that
reveals nothing about the speaker: votes on dinner and costumes, a conservative guess, a liberal pinch of salt, a
strike in bowling, a union of sets, a virus on a laptop, a star sign, a nurse shark, a cult film, a tennis court,
an arrest in a board game, a GP's surgery as the place a market sets up, the bible of a hobby, a religious habit
of watering plants, a probation period at work, a lawyer friend's wine bar, a diagnostic on a printer. Some lines
are lowercase and unpunctuated, as a speech recogniser writes them. One sentence per line, no slots; none of them
reveals anyone's health, faith, politics, orientation, sex life, ethnicity, union membership, genetic or biometric
data, or criminal record.
"""

from __future__ import annotations

SENSES: dict[str, str] = {
    "en": """
let's vote on the pizza toppings, majority wins
the kids voted for pancakes so pancakes it is
can everyone vote for a date in the doodle poll by friday
she got voted best costume at the halloween party
the conservative guess is we land around ten
a conservative paint colour is safer if we ever sell the flat
be liberal with the olive oil on the tomatoes
he's very liberal with the hot sauce, watch out
the party bus picks us up at seven
we're throwing a surprise party for dad's sixtieth
what's the union of set a and set b in question four
the credit union branch by the station has a cash machine
he bowled a strike and then two gutter balls
the match strike strip on this box is worn out
the tennis court is booked from five till six
food court or the sushi place, you choose
the laptop picked up a virus from a pirated game
run the virus scan before you plug the drive in
what's your star sign, you seem like a leo
she's a cancer, that's why she loves staying in, apparently
we saw a nurse shark and a turtle on the dive
the sick beats on this album are unreal
that was a sick goal in the last minute
the battery's dead, can you plug it in
my phone is dying, is there a charger
this cheesecake is to die for
the traffic killed my evening plans
the murder mystery board game needs six players
we got arrested twice in monopoly, go straight to jail
the escape room was a prison theme and we got out in forty minutes
i'm reading a thriller about a bank heist in lisbon
the crime podcast is on season three now
true crime documentaries are all she watches on the train
the court jester costume is in the dressing up box
the cult film screening starts at midnight
this hot sauce has a cult following
this cookbook is basically the bible for sourdough bakers
the gardening bible says prune roses in february
i religiously check the weather before cycling
he follows the recipe religiously, not a gram more
the spirit of the competition is to have fun
bring a spirit level for the shelves
a heavenly chocolate cake from the bakery on the corner
the angel cake recipe needs six egg whites
our choir is singing at the christmas market on saturday
the gospel choir concert at the town hall was amazing
the church hall hosts a car boot sale on the first sunday
the saint patrick's day parade goes past our office
the saints won the rugby on saturday
the pilgrim's way walk takes about three days
the temple bar district is busy on a friday
the mosque's food stall at the street fair sold out of samosas
the protest song on the radio is from the sixties
the labour of love was painting the whole fence
the green party of our street is the one with the bouncy castle, haha
the republic of ireland play on sunday
the independent bookshop is hosting a reading tonight
the cabinet in the kitchen needs a new hinge
the shadow cabinet joke in the sitcom was brilliant
the council tip is open till four on saturdays
the councillor's name is on the plaque at the new playground
the mayor of the cat café is a huge ginger tom
the parliament hill viewpoint is great for sunsets
the election in the game is decided by a dice roll
the campaign in the board game takes three evenings
the petition for a new skate park has its own website, who made it
the surgery car park is where the farmers market sets up
the dentist is next to the bakery on king street, meet me at the bakery
the pharmacy sells the good sun cream, pick some up
the hospital drama on channel four has a new series
the nurses' station in the play set came with a tiny clipboard
the wheelchair ramp at the cinema doubles as the stroller route, take the lift with the buggy
the first aid kit in the car needs new plasters
the injection moulding machine at work broke again
the infection level in the video game is at sixty percent
the plague doctor mask is for the venice carnival
the zombie virus in the film spreads through the water
the vaccine in the game unlocks the last level
the sick note joke in the office sitcom was so awkward
my plant has a fungus, the leaves have white spots
the diagnosis screen on the car says tyre pressure low
run a diagnostic on the printer, it keeps jamming
the diagnostics app says the fridge filter needs changing
the symptoms of a dying car battery are slow starts
the tree surgeon is coming to trim the oak
the heart of the old town is the square with the fountain
the kidney beans go in after the onions
the kidney shaped pool at the hotel is heated
a pinch of sugar cures the sourness of the tomato sauce
the therapy dog visiting the library is a golden retriever, the kids read to him
retail therapy at the outlet mall on saturday
the gene pool joke in the film made everyone laugh
the genetic algorithm homework is due monday
the dna of the brand is simple design
the fingerprint scanner on the office door is broken, use the keypad
the face id on the new tablet is quick
the iris in the garden bloomed early this year
the racing line through this corner is tight
the race starts at nine from the harbour
the black forest cake is for the birthday
black friday starts at midnight online
white wine with the fish, red with the lamb
the native plants section at the garden centre is on sale
go straight on at the lights then left
the pride of the collection is the 1960s mustang
the rainbow cake for the kids' party needs six colours
the queen bee has a blue dot on her back
the trans-siberian railway tickets are cheaper in winter
the bi-weekly meeting moved to thursday
the sex of the chicks is hard to tell at this age
the sex pistols documentary is on tonight
the couples' table at the wedding is by the window
the lingerie shop is next to the bookshop, meet at the bookshop
the dating app for dog walkers is actually called something else
the strip mall has a good noodle bar
the tinder in the fire pit needs to be dry
the swingers at the park are the kids on the tire swing
he's on parole in the tv show, the main character i mean
the probation period at the new job is three months
my lawyer friend recommended a great wine bar
the lawyer in the legal drama is played by my favourite actor
the court date in the game show episode was fake
the heist board game is on sale
the assault course at the adventure park has a rope bridge
the fraud detection text from the bank was about my new card, all fine
the judge on the baking show loved her pie
the jury's still out on the new coffee machine
the police academy films are so silly
the sting concert sold out in minutes
the convict conditioning workout book is on my shelf
""",
    "de": """
lass uns abstimmen, welche Pizza wir bestellen
die Kinder haben für Pfannkuchen gestimmt
wir wählen im Gruppenchat das Restaurant aus
die Wahl fällt auf das blaue Sofa
die Partie Schach dauerte den ganzen Abend
die Party fängt um acht an, bring Chips mit
die Vereinigung der beiden Mengen ist leer
er hat beim Bowling einen Strike geworfen
der Tennisplatz ist ab fünf reserviert
der Laptop hat sich einen Virus eingefangen
mein Sternzeichen ist Waage
das Konzert war der Wahnsinn, echt krank gut
der Akku ist tot, hast du ein Ladekabel
das Krimidinner am Samstag braucht sechs Leute
der Tatort heute Abend spielt in Münster
im Escape Room war das Thema Gefängnis, wir waren in vierzig Minuten draußen
das Kochbuch ist die Bibel für Brotbäcker
ich gieße die Tomaten jeden Morgen, ganz zuverlässig
der Kirchturm ist unser Treffpunkt für die Stadtführung
der Weihnachtsmarkt vor dem Dom ist schon offen
der Gospelchor singt am Samstag im Rathaus
die Kultserie läuft wieder im Fernsehen
der Kultfilm läuft um Mitternacht im Programmkino
die Apotheke am Markt verkauft die gute Sonnencreme
die Arztserie im Fernsehen hat eine neue Staffel
der Krankenwagen im Spielzeugset hat echtes Blaulicht
die Diagnose am Auto sagt, der Reifendruck ist zu niedrig
der Baumchirurg kommt am Montag für die Eiche
die Kidneybohnen kommen nach den Zwiebeln rein
der Fingerabdrucksensor an der Bürotür ist kaputt
die Gesichtserkennung am neuen Tablet ist schnell
die Schwarzwälder Kirschtorte ist für den Geburtstag
der Black Friday startet um Mitternacht
Weißwein zum Fisch bitte
das Rennen startet um neun am Hafen
die Probezeit im neuen Job dauert sechs Monate
mein Freund ist Anwalt und kennt eine tolle Weinbar
die Anwaltsserie auf Netflix ist richtig spannend
der Richter in der Backshow mochte den Kuchen am liebsten
die Streikposten-Szene im Film war gut gespielt, aber der Film war zu lang
der Regierungsbezirk steht auf dem Ortsschild, wir sind also richtig
das Wahllokal ist in der Grundschule, da ist auch der Bäcker gegenüber
die Grünanlage am Fluss ist schön zum Joggen
die Linke Spur ist gesperrt, nimm die rechte
im Brettspiel gewinnt die Partei mit den meisten Punkten
""",
    "es": """
votemos qué pizza pedimos
los niños votaron por tortitas
la votación del grupo eligió el restaurante chino
el partido del domingo es a las nueve
la fiesta empieza a las ocho, trae patatas
la unión de los dos conjuntos está vacía
hizo un strike en los bolos a la primera
la pista de tenis está reservada a las cinco
el portátil cogió un virus de una descarga
mi signo del zodiaco es libra
ese concierto fue una locura, brutal
la batería está muerta, ¿tienes cargador?
la cena de misterio con asesinato es el sábado
en el escape room el tema era una cárcel
este libro de cocina es la biblia del pan
riego los tomates religiosamente cada mañana
la torre de la iglesia es nuestro punto de encuentro
el coro góspel canta en el ayuntamiento el sábado
la película de culto se proyecta a medianoche
la farmacia de la esquina vende buena crema solar
la serie de médicos tiene nueva temporada
el diagnóstico del coche dice que falta aire en las ruedas
las alubias rojas van después de la cebolla
el lector de huellas de la oficina está roto
el reconocimiento facial de la tableta es rapidísimo
la tarta selva negra es para el cumpleaños
el black friday empieza a medianoche
vino blanco con el pescado, por favor
la carrera empieza a las nueve en el puerto
el periodo de prueba en el trabajo es de tres meses
mi amigo abogado conoce un bar de vinos genial
la serie de abogados de Netflix engancha muchísimo
el juez del concurso de cocina eligió su tarta
la huelga de metro me obliga a ir andando hoy
el gobierno de la comunidad de vecinos somos tres personas, y tenemos reunión para la piscina
la sede del sindicato está al lado de la panadería, quedamos en la panadería
la marcha nocturna del club de senderismo sale a las diez
el mercadillo de la parroquia vende libros usados baratos
""",
    "fr": """
on vote pour choisir la pizza
les enfants ont voté pour les crêpes
le vote du groupe a choisi le resto chinois
la partie de cartes a duré toute la soirée
l'union des deux ensembles est vide
il a fait un strike au bowling du premier coup
le court de tennis est réservé à dix-sept heures
l'ordinateur a attrapé un virus en téléchargeant un jeu
mon signe astrologique est balance
ce concert était de la folie, trop malade
la batterie est morte, t'as un chargeur
le dîner enquête policière est samedi
dans l'escape game le thème était une prison
ce livre de cuisine est la bible du pain au levain
j'arrose les tomates religieusement chaque matin
le clocher de l'église est notre point de rendez-vous
la chorale gospel chante à la mairie samedi
le film culte passe à minuit au cinéma du quartier
la pharmacie du coin vend une bonne crème solaire
la série médicale a une nouvelle saison
le diagnostic de la voiture dit que les pneus sont sous-gonflés
les haricots rouges vont après les oignons
le lecteur d'empreintes du bureau est en panne
la reconnaissance faciale de la tablette est rapide
la forêt noire est pour l'anniversaire
le black friday commence à minuit
du vin blanc avec le poisson, s'il vous plaît
la course part à neuf heures du port
la période d'essai dans le nouveau boulot dure trois mois
mon ami avocat connaît un super bar à vin
la série d'avocats sur Netflix est trop prenante
le juge de l'émission de pâtisserie a adoré sa tarte
la grève des trains m'oblige à prendre le vélo demain
la manif de chats sur internet m'a fait rire, une vidéo de chats qui défilent
le syndic de l'immeuble passe lundi pour l'ascenseur
le parti pris du chef, c'est tout au beurre
""",
    "it": """
votiamo per scegliere la pizza
i bambini hanno votato per i pancake
il voto del gruppo ha scelto il ristorante cinese
la partita a carte è durata tutta la sera
l'unione dei due insiemi è vuota
ha fatto strike al bowling al primo tiro
il campo da tennis è prenotato alle cinque
il portatile ha preso un virus da un download
il mio segno zodiacale è bilancia
quel concerto è stato pazzesco
la batteria è morta, hai un caricatore
la cena con delitto è sabato sera
nell'escape room il tema era una prigione
questo libro di cucina è la bibbia del pane
annaffio i pomodori religiosamente ogni mattina
il campanile della chiesa è il nostro punto d'incontro
il coro gospel canta in municipio sabato
il film di culto lo danno a mezzanotte
la farmacia all'angolo vende una buona crema solare
la serie sui medici ha una nuova stagione
la diagnosi della macchina dice che le gomme sono sgonfie
i fagioli rossi vanno dopo la cipolla
il lettore di impronte dell'ufficio è rotto
il riconoscimento facciale del tablet è velocissimo
la torta foresta nera è per il compleanno
il black friday comincia a mezzanotte
vino bianco con il pesce, per favore
la gara parte alle nove dal porto
il periodo di prova nel nuovo lavoro dura tre mesi
il mio amico avvocato conosce un'enoteca fantastica
la serie sugli avvocati su Netflix è bellissima
il giudice della gara di torte ha scelto la sua crostata
lo sciopero dei treni mi costringe a prendere la bici domani
il partito preso del cuoco è tutto al burro, scherzo, è il suo stile
la sagra della parrocchia ha gli arrosticini più buoni
""",
}
