"""Harmless small talk and look-alike sentences for the sensitive gate's training set, written for the edge project.
Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

`CHAT` holds short spoken small talk in English, German, Spanish, French and Italian, as people say it to friends or
to the assistant on their glasses: greetings and farewells of every length and register (regional and informal ones
included), thanks, apologies, congratulations, birthday and cultural holiday wishes, weather chat, questions about the
weekend, reactions, exclamations that use religious-sounding words idiomatically, and idioms with health-, crime-,
sex- or politics-sounding words that mean nothing sensitive. Some lines are lowercase and unpunctuated, as a speech
recogniser writes them. `TRAPS_EN` holds ordinary English sentences around a word or name that a naive keyword filter
for the special categories (GDPR art. 9) would flag: landmarks and place names, bands, songs, films, series, books,
teams and positions, games, software, cooking, sales, figures of speech, buildings used only as locations.
`TRAPS_XX` holds the same kind of sentence in German, Spanish, French and Italian. One sentence per line, no slots;
none of them reveals anyone's health, faith, politics, orientation, sex life, ethnicity, union membership, genetic or
biometric data, or criminal record.
"""

from __future__ import annotations

CHAT: dict[str, str] = {
    "en": """
hi
hey
hiya
hello there
morning
morning all, coffee's on
good morning, did you sleep alright
evening
good evening, everyone
yo, what's up
hey, how's it going
how are you doing today?
alright mate, how's things
howdy
g'day
long time no see
so good to see you again
nice to meet you
lovely to finally meet you in person
hey stranger, where have you been hiding
what's new with you
not much, you?
same old, same old
can't complain, really
bye
bye for now
see ya
see you later
see you tomorrow then
catch you later, alligator
take care
have a good one
have a lovely evening
night night
good night, sleep tight
sweet dreams
talk soon
I'm off, see you all on Monday
gotta run, bye!
thanks
thank you
thanks a million
cheers, mate
thank you so much, that's really kind of you
you're a lifesaver, thanks for the lift
no worries at all
you're welcome
don't mention it
my pleasure
anytime
sorry
sorry about that
my bad, totally forgot
oops, wrong chat, sorry
sorry I'm late, the traffic was awful
apologies for the slow reply
congrats
congratulations on the new job
well done, you totally deserve it
congrats on the new flat, when's the housewarming
happy birthday
happy birthday, hope you have a brilliant day
many happy returns
happy birthday to the best little sister in the world
merry christmas
merry christmas and a happy new year
happy holidays, everyone
happy new year!
season's greetings from all of us
happy easter, save me a chocolate egg
the kids found all the easter eggs in about ten minutes
the easter bunny left a trail of chocolate on the doorstep
happy halloween, love the costume
trick or treat!
we're carving pumpkins tonight, come over
the carnival parade starts at two, let's grab a spot early
happy mother's day, mum
happy thanksgiving, save me some pie
nice weather today
it's absolutely pouring
it's freezing out there
what a scorcher
looks like rain later
is it going to snow this weekend?
the sun's finally out
so windy my umbrella flipped inside out
how was your weekend
good weekend?
did you get up to anything fun on saturday
how was the concert last night
no way
no way, when did that happen
that's hilarious
haha that's brilliant
you're kidding me
are you serious right now
nice one
oh my god that's huge
oh my god, I can't believe you did that
good lord, look at the queue
jesus, that was close
for heaven's sake, not again
thank god the train was on time
holy cow
holy moly, that's a big pizza
god knows where I put my keys
oh my goodness, look at that puppy
I'm sick of this song
I'm sick and tired of all this rain
break a leg tonight
my phone is dead
that joke killed me
stop, you're killing me
the party starts at nine
I'm dead tired
it's mental in town today
that's insane, how did he even do that
this new track is sick
guilty as charged, I ate the last biscuit
hey what's the weather like today
ok thanks bye
good morning how did you sleep
happy birthday mate have a great one
see you at the pub later
cheers for the lift
yeah no worries see you then
merry christmas to you too
""",
    "de": """
hallo
hi
hey
servus
moin
moin moin
grüß Gott
grüezi mitenand
guten Morgen
guten Abend zusammen
na, alles klar?
wie geht's dir
wie läuft's so?
alles gut bei dir?
lange nicht gesehen
schön, dich zu sehen
freut mich, dich kennenzulernen
tschüss
tschüssi
ciao
bis später
bis morgen früh
bis dann, ich meld mich
mach's gut
pass auf dich auf
schönen Abend noch
gute Nacht, schlaf gut
schönes Wochenende
wir sehen uns am Montag
ich muss los, ciao
pfiat di
ade
danke
danke schön
vielen Dank
tausend Dank fürs Helfen
danke dir, echt lieb von dir
kein Ding
gern geschehen
sorry
Entschuldigung
tut mir leid, ich bin zu spät, der Bus kam nicht
oh, sorry, falscher Chat
Glückwunsch!
herzlichen Glückwunsch zum neuen Job
alles Gute zum Geburtstag
alles Liebe zum Geburtstag, lass dich feiern
frohe Weihnachten
frohe Weihnachten und einen guten Rutsch
guten Rutsch ins neue Jahr
frohes neues Jahr
frohe Ostern, die Kinder suchen schon Eier im Garten
der Osterhase hat die Schokolade im Blumenkasten versteckt
helau
alaaf
am Rosenmontag ist das Büro sowieso leer
happy Halloween, wir haben Kürbisse geschnitzt
schönes Wetter heute
es schüttet wie aus Eimern
ist das kalt heute
was für eine Hitze
morgen soll es schneien
wie war dein Wochenende?
na, wie war der Urlaub
echt jetzt?
krass
nicht dein Ernst
das ist ja der Hammer
ich lach mich tot
oh Gott, wie peinlich
Gott sei Dank ist der Zug pünktlich
ach du lieber Himmel, schau dir die Schlange an
um Himmels willen, nicht schon wieder
du meine Güte
Mensch, das hast du super gemacht
Hals- und Beinbruch für morgen
mein Handy ist tot
ich kann das Lied nicht mehr hören
der Witz ist der Knaller
das macht mich wahnsinnig
ich bin fix und fertig
die Party fängt um neun an
hallo wie wird das wetter heute
alles klar bis gleich
danke dir bis später
guten morgen wie hast du geschlafen
""",
    "es": """
hola
buenas
buenos días
buenas tardes
¿qué tal?
¿qué pasa, tío?
¿cómo estás?
¿qué hay de nuevo?
¿cómo te va todo?
hola, guapa
ey, cuánto tiempo
encantado de conocerte
me alegro mucho de verte
adiós
chao
hasta luego
hasta mañana, que vaya bien
nos vemos
nos vemos el lunes en la oficina
hasta la próxima
cuídate mucho
buenas noches, que descanses
que tengas un buen día
me piro, luego hablamos
gracias
muchas gracias
mil gracias por todo
gracias, eres un sol
de nada
no hay de qué
nada, hombre, para eso estamos
perdón
lo siento
perdona el retraso, había un atasco horrible
uy, me he equivocado de chat
enhorabuena
felicidades por el nuevo trabajo
feliz cumpleaños
feliz cumple, que lo pases genial
que cumplas muchos más
feliz Navidad y próspero año nuevo
felices fiestas a toda la familia
feliz año nuevo
feliz Nochevieja, nos comemos las uvas juntos
los Reyes Magos le han traído una bici al niño
la mona de Pascua de este año es de chocolate blanco
feliz Halloween, ¿truco o trato?
los peques van disfrazados de calabaza
el desfile de Carnaval empieza a las seis
qué calor hace hoy
está lloviendo a mares
hace un frío que pela
mañana dicen que nieva
¿qué tal el finde?
¿qué tal las vacaciones?
¿en serio?
no me digas
qué fuerte, no me lo creo
me parto
jajaja qué bueno
qué pasada de vistas
madre mía
Dios mío, qué calor
gracias a Dios que he llegado a tiempo
por Dios, otra vez no
ay, Virgen santa, qué susto
¡salud! por los novios
mucha mierda en el estreno
se me ha muerto el móvil
estoy harto de esta canción
me muero de risa con tus audios
estoy muerta de sueño
la fiesta empieza a las nueve
vaya tela
hola qué tal todo bien
buenos días qué tiempo hace hoy
vale gracias hasta luego
feliz cumple tía
""",
    "fr": """
salut
coucou
bonjour
bonsoir
bonjour à tous
salut, ça va ?
ça va bien, et toi ?
quoi de neuf
ça roule ?
comment allez-vous
enchanté
ravie de vous rencontrer
ça fait longtemps
au revoir
à plus
à tout à l'heure
à demain matin
à bientôt j'espère
à lundi, bon courage
bonne soirée
bonne nuit, dors bien
bonne journée à toi
bon week-end
allez, je file
ciao
merci
merci beaucoup
merci mille fois
merci, t'es un amour
de rien
avec plaisir
je t'en prie
pas de souci
pardon
désolé
désolée pour le retard, il y avait des bouchons partout
oups, mauvaise conversation
félicitations
bravo, tu l'as bien mérité
félicitations pour le nouveau boulot
joyeux anniversaire
bon anniversaire, profite bien de ta journée
joyeux Noël à toute la famille
joyeux Noël et bonne année
meilleurs vœux pour l'année
bonnes fêtes
joyeuses Pâques, les enfants cherchent les œufs dans le jardin
les cloches ont laissé des œufs en chocolat sur la terrasse
joyeux Halloween, les petits monstres
des bonbons ou un sort !
on va au carnaval de Nice dimanche
il fait beau aujourd'hui
il pleut des cordes
il fait un froid de canard
quelle chaleur
il va neiger ce week-end ?
ton week-end s'est bien passé ?
c'était comment, les vacances ?
sérieux ?
c'est pas vrai
n'importe quoi
trop drôle
mdr
j'hallucine
mon Dieu, quelle journée
Dieu merci, le train est à l'heure
nom de Dieu, t'as vu le prix
bon sang, j'ai oublié les clés
oh la vache
mince alors
merde pour ce soir
mon téléphone est mort
j'en ai marre de cette chanson
je suis crevé
c'est une tuerie, ce gâteau
t'es malade, c'est génial
la fête commence à neuf heures
coucou t'es où là
bonjour quel temps fait-il
ok merci à plus
bon anniversaire ma belle
""",
    "it": """
ciao
ehi
salve
buongiorno
buonasera
ciao bella
ciao a tutti
come va?
come stai, tutto a posto?
tutto bene?
che si dice?
come te la passi
piacere
piacere di conoscerti
da quanto tempo
arrivederci
ci vediamo
a dopo
a domani mattina
a presto, fatti sentire
ci sentiamo stasera
buona serata
buonanotte, sogni d'oro
buona giornata, ci sentiamo
buon fine settimana, riposati
scappo, ciao ciao
grazie
grazie mille
grazie di cuore
sei un tesoro, grazie
prego
figurati
di niente
scusa
scusami tanto
scusa il ritardo, c'era un traffico pazzesco
ops, chat sbagliata
complimenti
congratulazioni per il nuovo lavoro
bravissima, te lo meriti
tanti auguri
buon compleanno
buon compleanno, festeggia alla grande
cento di questi giorni
buon Natale a te e famiglia
buone feste
felice anno nuovo a tutta la famiglia
buona Pasqua, ai bimbi abbiamo preso le uova di cioccolato
stanotte arriva la Befana, appendi la calza
a Carnevale ogni scherzo vale
i bambini si vestono da supereroi per Carnevale
buon Halloween, dolcetto o scherzetto?
che bella giornata
piove a dirotto
fa un freddo cane
che caldo oggi
domani nevica?
com'è andato il weekend?
come sono andate le vacanze
davvero?
ma dai
non ci credo
che ridere
che figata, voglio venire anche io
mamma mia
Madonna che traffico
grazie al cielo ha smesso di piovere
oddio, che imbarazzo
Gesù, che spavento
santo cielo
porca miseria
in bocca al lupo per stasera
crepi
il telefono è morto
non ne posso più di questa canzone
sono distrutto
sto morendo dal ridere
la festa inizia alle nove
salute!
cin cin
ciao come va tutto bene
buongiorno che tempo fa oggi
ok grazie a dopo
auguri amore
""",
}
"""Short spoken small talk per language: greetings, farewells, thanks, apologies, wishes, weather, reactions,
idiomatic exclamations and harmless idioms."""

TRAPS_EN = """
turn right at the church and the bakery is on your left
meet me outside the cathedral, at the café with the blue awning
park behind the mosque on Albert Road, it's free after six
the temple on the hill has the best view of the whole city
the old chapel by the river is a climbing gym now
we're staying in Bethlehem, Pennsylvania, right near the old steel works
St Albans is only twenty minutes on the train from here
get off at St Paul's and walk down towards the river
the pub on Church Lane does a cracking Sunday roast
take the second left after the Methodist church, ours is the yellow house
we stopped in Nazareth, Pennsylvania, to see the guitar factory
the traffic around Temple Meads station is a nightmare at five
the new sushi place is right across the road from the hospital
the courthouse café does the best flat white in town
just park by the police station, there's always a space
the old prison is a boutique hotel now, and the rooms are actual cells
take Cemetery Road, it's the quickest way to the motorway
we're on the Pride of Kent ferry, should be in Calais by lunchtime
Gay Street in Bath has some gorgeous Georgian houses
the bus stops right outside the old synagogue, then it's two minutes on foot
we drove through Amish country and bought a quilt at a farm stand
the queue for the Sistine Chapel was two hours, book ahead
we're having lunch in the conservatory, it's lovely and sunny in there
the Czech Republic trip is booked for May
Parliament Hill has the best view of the London skyline
there's a cooking demonstration at the farmers market on Saturday
put on Take Me to Church by Hozier
can you play Livin' on a Prayer, it's karaoke night
play God Only Knows by the Beach Boys
stick on I Fought the Law, the Clash version
turn up Bad Blood, I love this one
the kids keep singing Psycho Killer in the car
Roxanne by The Police just came on the radio
The Killers are headlining the festival this year
Invisible Touch by Genesis is stuck in my head
Friday I'm in Love by The Cure is the perfect Friday song
Marvin Gaye's What's Going On is such a good album
we finally finished Breaking Bad, what a finale
I'm rewatching The West Wing from the very start
Prison Break season one is the best by miles
The Shawshank Redemption is on telly tonight
have you watched Good Omens, the angel and the demon are brilliant
Lucifer is on season five, no spoilers please
Arrested Development is still the funniest show ever made
The Exorcist is way too scary for me, I watched it through my fingers
Jesus Christ Superstar is on at the theatre in June
I'm reading Crime and Punishment for book club and it's heavy going
the book of Angels and Demons was better than the film
The Silence of the Lambs still gives me the creeps
their right wing is so fast, our full back can't keep up
he's playing left wing tonight instead of up front
the Celtics won by twenty last night
the Fighting Irish have a home game on Saturday
the Quakers beat Princeton in overtime, what a game
the Red Devils bottled it again in the second half
their prop spent ten minutes in the sin bin for a high tackle
what a Hail Mary pass in the last second
I got booked for a late tackle at five-a-side
she broke the club record for the four hundred metres
the Mexican wave went round the stadium twice
go directly to jail, do not pass go, do not collect two hundred
I've got a get out of jail free card, so I'm safe
it was Reverend Green in the library with the candlestick
I got a triple kill in the last round, did you see that
my killstreak ended because my little brother unplugged the router
I was the impostor and nobody suspected me, best round ever
we're playing werewolf at the party, I'm always the first one killed
I finally beat Plague Inc on brutal difficulty
I'm playing a cleric in our Dungeons and Dragons campaign
my guild raids every Thursday night at eight
the prisoner's dilemma came up in my game theory lecture
just kill the process and restart the app
the antivirus flagged the installer, but it's a false alarm
have you tried rebooting the router
merge it into master once the tests pass
the health check on the staging server keeps failing
there are three dead pixels in the corner of my monitor
my phone's battery health is down to eighty percent
run the diagnostics on the printer, it's jamming again
the email had a Trojan attached, don't open it
there's a daemon on the server that restarts every five minutes
my free trial ends on Friday, remind me to cancel it
they charged me twice in the parking app
the new iPhone is coming out in September
I just hooked up the new speakers in the living room
the face unlock on my laptop is hit and miss in dim light
the bi-weekly sprint review got moved to Thursday
the vacuum cleaner is in the hall closet
use kosher salt, the flakes are bigger
add a handful of holy basil right at the end
angel hair pasta cooks in about three minutes
I'm making devilled eggs for the picnic
hot cross buns are half price at the bakery
a Buddha bowl with sweet potato and chickpeas for lunch
that sangria is lethal, go easy on it
a round of Sex on the Beach for the table, please
an Irish coffee to finish would be perfect
it's an Indian summer out there, twenty-five degrees in October
put the stew in the Dutch oven and leave it for three hours
a drizzle of extra virgin olive oil and some black pepper
get the homogenised milk, not the organic one
a Trappist beer with the cheese board would be perfect
every mattress shop has a Presidents' Day sale on
the Diwali sale at the electronics shop ends tomorrow
I need new Dr. Martens, mine are falling apart
the health food shop on the corner has oat milk on offer
eight quid for a coffee is daylight robbery
sorry, I have to bail on dinner tonight
my passport photo looks like a mugshot
there's a kink in the garden hose, that's why there's no pressure
we're driving down to Sussex on Friday to see the grandparents
our yearly pilgrimage to IKEA is on Saturday
my first week at the café was a baptism of fire
this cookbook is my bible, every page is splattered
he's a real evangelist for electric bikes, don't get him started
his taste in music is pretty catholic, he listens to everything
it's a cult classic, I can't believe you've never seen it
you're preaching to the choir, I hate Monday meetings too
opening the oven too early is the cardinal sin of baking
you have the patience of a saint, honestly
a bit of retail therapy on Saturday is exactly what I need
World Cup fever has hit the office, there's a sweepstake going
you nearly gave me a heart attack creeping up like that
I'm paralysed by choice, this menu is enormous
I'm allergic to Monday morning meetings
the project's on life support until the new budget comes in
there was a pregnant pause when I asked who ate the cake
it's crazy busy at work this week
use the wood glue liberally and clamp it overnight
conservatively, painting the fence will take us two weekends
it's a democracy in this house, everyone gets a vote on the film
a group of owls is called a parliament, isn't that great
we saw a pride of lions on the safari
the Instagram poll says pizza, so pizza it is
the kids stage a protest every time it's bath night
I'm on the party planning committee for the summer barbecue
the third-party courier lost my parcel again
we share a party wall with next door, so they hear everything
strike while the iron is hot and book the flights now
there are fingerprints all over the glass door, kids
arguing over board games must be in our genes
the last sentence of that book gave me chills
lock up when you leave, the spare key's under the pot
the new hire's probation period ends in March
my Duolingo record is three hundred days, don't let me break the streak
the tomato seedlings need transplanting into bigger pots
the fuel injection on the old van is playing up again
it was an intimate gig, maybe fifty people in the room
my neighbour works nights as a nurse, so keep the music down in the mornings
the students' union bar does two-for-one on Wednesdays
the African violet on the windowsill finally flowered
the Japanese knotweed is taking over the back garden
it's Chinese whispers in the office again, nobody knows who started it
French doors onto the garden would make the kitchen so much brighter
"""
"""Ordinary English sentences around words and names that a naive keyword filter for the special categories would
flag."""

TRAPS_XX: dict[str, str] = {
    "de": """
treffen wir uns an der Kirche am Marktplatz, dann suchen wir uns ein Café
nach der Moschee an der Ampel links, dann siehst du schon den Supermarkt
gegenüber der Neuen Synagoge gibt's ein richtig gutes Frühstückscafé
am Krankenhaus vorbei und dann die zweite rechts, da ist der Baumarkt
park einfach hinter der Polizeiwache, da ist abends immer was frei
im alten Gefängnis ist jetzt ein Hotel, man schläft in echten Zellen
die Kantine im Amtsgericht ist öffentlich und richtig günstig
an der Apotheke rechts rein, dann bist du schon in unserer Straße
Heiligabend fällt dieses Jahr auf einen Sonntag, das ist ja blöd
an Karfreitag hat der Baumarkt zu, also heute noch Farbe holen
Allerheiligen ist in Bayern Feiertag, wir machen am Freitag Brückentag
an Christi Himmelfahrt ziehen die Jungs wieder mit dem Bollerwagen los
am Reformationstag haben wir frei, lass uns ins Hallenbad gehen
die Party bei Lena geht bestimmt bis drei, ich nehm ein Taxi heim
spielen wir noch eine Partie Schach, bevor du fährst
das ist ja krank, wie viele Leute heute auf dem Weihnachtsmarkt sind
voll krank, der Typ ist mit dem Skateboard über die ganze Treppe gesprungen
du hast echt eine Engelsgeduld mit den Kleinen
beende mal den Prozess im Task-Manager, das Programm hängt
das Urteil der Jury in der Backshow war total unfair
der Schiri hat einen Strafstoß gegeben, völlig berechtigt
er stand im Strafraum komplett frei und schießt drüber
ich hab einen Strafzettel fürs Falschparken vorm Bäcker gekriegt
unser Linksaußen ist heute richtig gut drauf
hier gilt rechts vor links, pass auf an der Kreuzung
konservativ geschätzt brauchen wir drei Eimer Farbe fürs Wohnzimmer
bleib auf der linken Spur, gleich kommt unsere Ausfahrt
ich wechsel den Handytarif, der alte ist viel zu teuer
das Backbuch von Oma ist meine Bibel
bring mir bitte zwei Berliner vom Bäcker mit
ein Amerikaner und ein Kaffee, mehr brauch ich heute nicht
auf dem Volksfest gibt's Türkischen Honig, den liebt der Kleine
St. Pauli hat am Millerntor gewonnen, die ganze Kneipe hat gefeiert
der Teufelsberg in Berlin hat eine super Aussicht über die Stadt
die neuen Teufel-Boxen klingen echt gut im Wohnzimmer
im Einkaufszentrum war heute die Hölle los
die Kinder spielen Himmel und Hölle auf dem Gehweg
die Hitze bringt mich noch um
heute ist es so schwül, ich geh nachher noch baden
Ordnung liegt bei uns echt nicht in den Genen
lauter Fingerabdrücke auf der Glastür, Kinder, echt jetzt
die Werkstatt macht erst mal eine Diagnose am Auto
Blutorangen sind diese Woche im Angebot
du hast die Wahl, Pizza oder Pasta
lass uns kurz abstimmen, wer heute fährt
die Führung durch den Reichstag ist am Donnerstag um zehn
Polizeiruf läuft gleich, machst du mal das Erste an
die Toten Hosen spielen im Sommer in Düsseldorf, ich hol Karten
die Ärzte gehen wieder auf Tour, da bin ich dabei
die Schwarzwälder Kirschtorte von deiner Mutter ist der Wahnsinn
ich bin süchtig nach diesen Zimtschnecken
der Kater hat schon wieder eine Maus auf die Terrasse gelegt
die Preise auf dem Oktoberfest sind echt kriminell
die Operation Umzug startet am Samstag um acht
""",
    "es": """
quedamos en la puerta de la iglesia de la plaza y vamos a tomar algo
el bar de tapas está justo detrás de la catedral
aparca al lado de la comisaría, que ahí siempre hay sitio
la frutería está enfrente del hospital, no tiene pérdida
el restaurante está a dos calles de la Mezquita, en pleno centro de Córdoba
la cafetería de los juzgados pone unos desayunos buenísimos
el Día de Todos los Santos cae en viernes, así que puente largo
el ocho de diciembre es festivo, aprovechamos para poner el árbol
en San Juan hacemos hoguera en la playa con los amigos
este verano vamos a San Sebastián a comer pintxos
el vuelo a Los Ángeles sale a las once de la mañana
el sábado hay fiesta de cumpleaños en casa de Marta
¿quién ganó el partido de pádel al final?
echamos una partida de cartas después de comer
el lateral izquierdo del Betis es rapidísimo
siendo conservadores, necesitamos tres botes de pintura
compra unas conservas de atún para la ensalada
me mata este calor, no puedo más
matamos el tiempo en el aeropuerto jugando a las cartas
diez euros por un café es un robo
me pone enfermo que la gente no ponga el intermitente
estoy loco por ver la peli nueva de Almodóvar
tiene una sangre fría tirando penaltis que da miedo
lo de llegar tarde lo llevamos en los genes
hay huellas del perro por toda la cocina
vivo en el sexto piso y el ascensor no funciona
las fiestas de Moros y Cristianos de Alcoy son espectaculares
de segundo hay arroz a la cubana
me hago una tortilla francesa rápida y a dormir
la ensaladilla rusa de este bar es la mejor del barrio
unas papas fritas con mojo, por favor
las rosquillas del convento están de muerte
estoy viendo La casa de papel, el atraco es una pasada
Vis a vis tiene unos giros de guion increíbles
en la encuesta del grupo ganó la paella por goleada
el presidente de la comunidad quiere pintar el portal
quedamos en la puerta de El Corte Inglés a las seis
cierra el proceso desde el administrador de tareas, que se ha colgado
Nochebuena la pasamos este año en casa de mis suegros
el Lunes de Pascua es festivo en Cataluña, nos vamos a la playa
aparcar en el centro un sábado es diabólico
eres un ángel, gracias por traerme los papeles
ese libro de cocina es mi biblia
pon más chorizo en las lentejas
tengo el móvil en las últimas, me queda un cinco por ciento
esto es un crimen contra la tortilla, ¿no le has puesto cebolla?
vamos al templo de Debod a ver el atardecer
la Sagrada Familia tiene unas colas enormes, compra la entrada por internet
esa canción es una droga, no paro de escucharla
el portero paró el penalti con una calma de santo
""",
    "fr": """
on se retrouve devant l'église, sur la place du marché
tourne à gauche après la mosquée, la boulangerie est juste là
le meilleur glacier de la ville est derrière la cathédrale
gare-toi derrière le commissariat, il y a toujours de la place
le café en face du palais de justice fait des croissants incroyables
le bus s'arrête devant l'hôpital, après c'est à deux minutes à pied
rendez-vous à la sortie du métro Saint-Michel, côté fontaine
on passe par Saint-Étienne pour aller chez ta sœur
Saint-Tropez en août, c'est blindé de monde
l'Ascension tombe un jeudi, on fait le pont
le 15 août tout est fermé, fais les courses avant
la fête chez Julie finit toujours tard
j'ai pris le parti d'en rire, sinon je pleurais
on fait une partie de Uno avant de dormir
on se balade sur le front de mer après le dîner
change à République pour prendre la ligne neuf
l'ailier gauche de Lyon est intenable ce soir
la confiture est sans conservateur, garde-la au frigo
demande au syndicat d'initiative, ils ont des plans de la ville
ça me rend malade de jeter de la nourriture
tue le processus, l'appli ne répond plus
on a tué le temps à l'aéroport en jouant aux cartes
j'ai fini Assassin's Creed en trois semaines
on regarde Prison Break depuis le début avec mon frère
huit euros le café, c'est du vol
j'ai pris une amende de stationnement devant la poste
on a la gourmandise dans les gènes dans cette famille
des traces de doigts partout sur la vitre, les enfants
j'ai aucun sens de l'orientation, je me perds même au centre commercial
une religieuse au café et un éclair, s'il vous plaît
prends un morceau de tête de moine pour l'apéro
les pets-de-nonne de la boulangerie sont encore chauds
mets de l'avocat dans la salade, il est bien mûr
on a ressorti le Docteur Maboul du grenier, les enfants adorent
c'est l'hôpital qui se moque de la charité
on a eu une crise de fou rire pendant toute la réunion
La Fièvre du samedi soir passe ce soir à la télé
mon sang n'a fait qu'un tour quand j'ai vu la rayure sur la voiture
il a filé à l'anglaise sans dire au revoir
la vue depuis le Sacré-Cœur au coucher du soleil, c'est magique
on a fait deux heures de queue pour visiter Notre-Dame
le Mont-Saint-Michel à marée haute, faut le voir une fois
on revoit Le Parrain ce soir, prévois du pop-corn
ce livre de cuisine, c'est ma bible
la Saint-Valentin tombe un mardi, on réserve où ?
Engrenages, c'est la meilleure série policière française
on a mangé la galette des rois et c'est moi qui ai eu la fève
pour la Chandeleur, c'est crêpes pour tout le monde
pour le resto de ce soir, vote à l'unanimité pour la pizza
le président du club de pétanque organise un tournoi dimanche
il fait une chaleur à crever
autant de piment dans un plat, c'est criminel
""",
    "it": """
ci vediamo davanti alla chiesa in piazza, poi andiamo a pranzo
il bar migliore è proprio dietro la cattedrale
parcheggia vicino alla caserma dei carabinieri, c'è sempre posto
la pizzeria di fronte all'ospedale fa una margherita buonissima
il bar del tribunale fa un caffè ottimo e costa poco
scendi a Ottaviano-San Pietro e prosegui a piedi
a Sanremo durante il festival non si trova un albergo
a Santo Stefano pranziamo dai suoceri
il primo novembre è Ognissanti, facciamo il ponte lungo
il 2 giugno è la Festa della Repubblica, andiamo al lago
per il Primo Maggio c'è il concertone a Roma
il 25 aprile andiamo al mare se fa bello
facciamo una partita a scopa con il nonno dopo cena
il pullman è partito senza di noi, incredibile
il terzino sinistro dell'Atalanta corre come un matto
conserva il sugo avanzato in frigo
il gatto fa lo sciopero della fame quando cambiamo crocchette
vado matto per la pizza fritta
ammazza che freddo stamattina
abbiamo ammazzato il tempo in aeroporto giocando a carte
è un crimine mettere la panna nella carbonara
otto euro per un caffè, è un furto
stasera rivediamo Ladri di biciclette, è un capolavoro
sto guardando Gomorra, mi ha preso tantissimo
Mare fuori è diventata la serie preferita di mia figlia
è ripartito Doc - Nelle tue mani, lo guardiamo insieme
la gelateria è accanto alla farmacia, non puoi sbagliare
ha parato il rigore con un sangue freddo incredibile
la pigrizia ce l'abbiamo nei geni, in questa famiglia
impronte del cane su tutto il divano, che disastro
abito al sesto piano e l'ascensore è rotto
domani c'è la giornata di orientamento all'università
Fede arriva alle otto, lo passo a prendere in stazione
stasera faccio gli strozzapreti con salsiccia e funghi
le zeppole di San Giuseppe della pasticceria sotto casa sono le migliori
ho preso la colomba per il pranzo di Pasqua
il concerto di Madonna a Milano è andato esaurito in dieci minuti
una pizza alla diavola e una margherita, grazie
mia figlia studia il quinto canto dell'Inferno per l'interrogazione
Nuovo Cinema Paradiso mi fa piangere ogni volta
Cristiano Ronaldo ha segnato di nuovo in rovesciata
al Ghetto abbiamo mangiato i carciofi alla giudia, buonissimi
in palestra c'è il bagno turco, lo provo dopo l'allenamento
l'insalata russa della nonna è imbattibile
chiudi il processo dal task manager, il programma è bloccato
il portatile è morto, devo comprarne uno nuovo
la vista dalla cupola di San Pietro toglie il fiato
nel gruppo abbiamo fatto un sondaggio, vince il sushi
il presidente della bocciofila ha organizzato una grigliata
questa serie è una droga, l'ho finita in due giorni
sei un angelo, grazie per avermi tenuto il posto
mi hanno dato una multa per divieto di sosta davanti alla posta
""",
}
"""Ordinary German, Spanish, French and Italian sentences around look-alike words, place names, holidays, teams,
series, food and idioms."""
