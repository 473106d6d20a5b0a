"""Interests said as wishes, needs and plans rather than asked as questions, five languages; written for edge.

Training data only (Apache-2.0, like the rest of the project), hand-written, one sentence per line, in the shape of
`interests_spoken.py`. People tell their glasses "my trainers are falling apart" or "I've always wanted to learn
the cello" as often as they ask; the requests of the other files are mostly questions and imperatives, and a
first-person statement read as small talk (no interest). INTERESTS per tier-1 branch: first-person wishes, plans,
cravings and things that broke, in five languages; COMMANDS (English): first-person statements of the same shape
that reveal no interest ("I need to call the plumber back"), so the head learns the difference and not the
grammar. The English lines were written before the stop-32 probe of such sentences that judges them
(`tests/data/interest_probe.jsonl`, batch "interest-3"), the German, Spanish, French and Italian ones after the
probe of their own (batch "interest-4"). Such statements in those four languages as commands were tried and left
out (the topic model card).
"""

from __future__ import annotations

INTERESTS: dict[str, dict[str, str]] = {
    "en": {
        "Food & Drink": """
a bacon sandwich would hit the spot right now
I'm in the mood for dim sum
I've been meaning to try that new vegan bakery
I want to learn to make proper sourdough pizza
we should do a barbecue on saturday
I'm craving something spicy
I really fancy fish and chips tonight
I'd love a decent flat white
I want to get better at cooking indian food
I've never made a roast dinner and I'd like to
we need a good wine for the dinner party
I keep wanting to try korean fried chicken
I'd like to find a nice place for brunch near the river
I need some new ideas for packed lunches
I want a really good chocolate cake recipe
""",
        "Travel": """
I'd love a long weekend in Seville
we keep talking about going to Canada
I really need a holiday somewhere sunny
I've always wanted to ride the trans siberian railway
we're hoping to do a cruise around the Greek islands
I want to see Patagonia before I'm forty
I'm dreaming of a cabin in the mountains for new year
I fancy a city break in the spring
we want to take the kids to Disneyland Paris
I've never been to Scotland and I'd like to go
I need a cheap flight to Dublin for the bank holiday
I'd like to try one of those overnight sleeper trains
""",
        "Entertainment": """
I fancy watching a good thriller tonight
I've been meaning to watch the godfather films
I need a new podcast for the gym
I'd love some old motown on right now
I keep meaning to catch up on succession
I need some music for a dinner party
I want to see that new Greta Gerwig film
I could do with a good laugh, something funny to watch
I've had that Olivia Rodrigo song stuck in my head all day
I want to rewatch the lord of the rings this weekend
""",
        "Sports": """
I want to get back into playing squash
I'd love tickets to the rugby at Twickenham
I'm thinking of signing up for a triathlon
I need a new racket, mine snapped
I've always wanted to learn to surf
I can't wait for the new NFL season
I want to watch the Ryder Cup this year
my running shoes have done about a thousand miles
I'd like to join a cycling club
I'm hoping to get to a Celtics game this winter
""",
        "Technology & Computing": """
my tablet is painfully slow these days
I want a proper monitor for working from home
I've been meaning to set up a password manager
I'd love a laptop that lasts all day on battery
my wireless mouse keeps disconnecting
I want to learn how to code websites
I need a better webcam for video calls
our wifi drops out every evening
I'm tempted by one of those e-ink tablets
I want to get into home automation
my printer is on its last legs
""",
        "Video Gaming": """
I've been itching to play Baldur's Gate again
I want a new game for the long weekend
I'd love a retro console for the living room
I keep dying on the same boss in Sekiro
I'm tempted to get a PS5 for the new Spider-Man
I want something cosy to play like Stardew Valley
my controller's left stick is drifting
I'd like to try VR gaming
""",
        "Automotive": """
my car's due an MOT and I think the brakes need doing
I want to swap my diesel for something electric
I'd love a little convertible for the summer
the tyres on the van are nearly bald
I'm thinking about getting a motorbike licence
the air con in my car stopped working
I need a roof box for the camping trip
I've always fancied restoring an old Land Rover
""",
        "Home & Garden": """
I want to paint the hallway a lighter colour
the garden fence blew down in the storm
I'd love a wood burning stove in the lounge
I need new curtains for the bedroom
I want to plant some fruit trees in the spring
the bathroom grout has gone mouldy
I'm thinking of getting solar panels
I'd like to build some raised beds
our sofa has seen better days
I want to redo the kitchen tiles myself
""",
        "Pets": """
we're thinking about adopting a rescue greyhound
my cat won't stop scratching the sofa
I'd love to get a puppy in the summer
the dog needs a new bed, he's chewed his
I want to teach my dog some new tricks
I'm thinking of getting chickens for the garden
the fish tank needs a better filter
""",
        "Personal Finance": """
I really should sort out a pension
I want to pay off my credit card faster
I'm thinking of moving my savings somewhere with better interest
I need to start budgeting properly
I'd like to start investing a bit each month
I want to save for a house deposit
""",
        "Business and Finance": """
I've always wanted to run my own café
I'm curious how inflation is affecting the markets
I want to understand how the stock market works
I'm thinking of turning my side hustle into a business
""",
        "Books and Literature": """
I need a good thriller for the beach
I've been meaning to read some Dostoevsky
I want to get back into reading before bed
I'd love a book club pick that isn't too long
I finished the last Sally Rooney and I want something similar
""",
        "Hobbies & Interests": """
I want to take up watercolour painting
I've always fancied learning to knit
I'd like to get into astronomy with a proper telescope
I'm thinking of learning the ukulele
I want to try my hand at calligraphy
I'd love to learn to play chess properly
I want to get into film photography
""",
        "Style & Fashion": """
I need some decent walking boots
my jeans have ripped at the knee again
I want a new look for the summer
I'd love a proper leather jacket
I need something smart to wear for the interview
my favourite handbag strap just broke
I want to find a good tailor
""",
        "Healthy Living": """
I want to get into a proper stretching routine
I'd like to start swimming before work
I'm trying to walk ten thousand steps a day
I want to cut down on sugar in my snacks
I should really get some exercise in at lunchtime
""",
        "Careers": """
I'm thinking about retraining as an electrician
I want to get a job in renewable energy
my CV needs a complete rewrite
I'd like to move into management next year
I want to find an internship in journalism
""",
        "Education": """
I'd love to learn Italian before our trip
I'm thinking about going back to university
I want to take an evening course in history of art
I should improve my spreadsheet skills
I want to learn sign language
""",
        "Shopping": """
I need a birthday present for my dad
I want a new mattress but they're so expensive
I'm after a good deal on a washing machine
I need to buy a gift for a leaving do
I want some new bedding from the sales
""",
        "Science": """
I've always wondered why the moon looks bigger near the horizon
I'd love to understand how vaccines are made
I want to learn more about dinosaurs
I'm curious how tides actually work
""",
        "Real Estate": """
we're thinking of selling the house next spring
I want to rent somewhere closer to work
I'd love a flat with a balcony
we need a bigger house now the twins are here
""",
        "Events": """
I'd love to go to the Edinburgh festival this year
I want to catch a gig this weekend
I'm hoping to get tickets for Wimbledon
I fancy a night at the theatre
""",
        "Attractions": """
the pyramids are top of my bucket list
I'd love to take the kids to the zoo on Sunday
I want to visit the Natural History Museum
I'm hoping to see the Colosseum on our trip
""",
        "Family and Relationships": """
I want to plan something special for our anniversary night out
I need ideas for a family day out this weekend
I'd like to find fun things to do with the grandkids
""",
    },
    "de": {
        "Food & Drink": """
ich hätte Lust auf eine richtig gute Pizza
heute Abend würde ich gern indisch essen
ich will endlich mal Sauerteigbrot backen
ein kühles Bier im Biergarten wäre jetzt perfekt
ich suche ein neues Lieblingsrezept für Kuchen
""",
        "Travel": """
ich würde so gern mal nach Kanada fliegen
wir überlegen, im Herbst nach Portugal zu fahren
ich brauche dringend Urlaub am Meer
ich möchte einmal mit dem Zug durch Skandinavien
""",
        "Technology & Computing": """
mein Handy-Akku hält keinen Tag mehr
ich hätte gern einen größeren Bildschirm fürs Homeoffice
unser WLAN ist abends ständig weg
ich will programmieren lernen
""",
        "Entertainment": """
ich hätte Lust auf einen guten Krimi im Fernsehen
ich brauche eine neue Serie zum Anschauen
ich würde gern mal wieder ins Kino gehen
""",
        "Sports": """
ich will wieder Fußball im Verein spielen
ich hätte gern Karten für ein Bayern-Spiel
ich überlege, für einen Halbmarathon zu trainieren
""",
        "Style & Fashion": """
meine Turnschuhe fallen auseinander
ich brauche ein Kleid für die Hochzeit meiner Schwester
ich hätte gern eine neue Lederjacke
""",
        "Home & Garden": """
das Badezimmer müsste mal renoviert werden
ich will Tomaten auf dem Balkon ziehen
unser Sofa ist durchgesessen
""",
        "Pets": """
meine Katze kratzt ständig am Sofa
ich hätte so gern einen Hund
das Aquarium braucht einen neuen Filter
""",
        "Personal Finance": """
ich sollte endlich fürs Alter vorsorgen
ich will meine Ausgaben besser im Griff haben
""",
        "Hobbies & Interests": """
ich würde gern mit dem Malen anfangen
ich will Schach richtig lernen
""",
        "Books and Literature": """
ich will mehr lesen vor dem Schlafengehen
ich suche einen spannenden Thriller
""",
        "Video Gaming": """
ich hätte Lust auf ein neues Spiel fürs Wochenende
mein Controller spinnt schon wieder
""",
        "Automotive": """
mein Auto braucht neue Winterreifen
ich überlege, auf ein Elektroauto umzusteigen
""",
        "Education": """
ich würde gern Italienisch lernen
ich überlege, noch mal zu studieren
""",
    },
    "es": {
        "Food & Drink": """
me apetece un buen plato de ramen
quiero aprender a hacer tortilla de patatas como mi abuela
esta noche me pido unas tapas
me encantaría probar ese restaurante peruano nuevo
necesito ideas para la cena del sábado
""",
        "Travel": """
me muero de ganas de ir a México
estamos pensando en un viaje por Italia en septiembre
necesito unas vacaciones en la playa
me encantaría hacer el Camino del Norte
""",
        "Technology & Computing": """
la batería del portátil ya no dura nada
quiero un monitor más grande para teletrabajar
el wifi de casa va fatal
me gustaría aprender a programar
""",
        "Entertainment": """
me apetece ver una peli de miedo
busco una serie nueva para engancharme
me encantaría ir a un concierto de jazz
""",
        "Sports": """
quiero volver a jugar al pádel
me gustaría correr una maratón
me encantaría ver un partido del Betis en el estadio
""",
        "Style & Fashion": """
se me han roto las zapatillas
necesito un traje para una entrevista
quiero renovar el armario para el verano
""",
        "Home & Garden": """
el baño necesita una reforma
quiero plantar un huerto en la terraza
el sofá está hecho polvo
""",
        "Pets": """
mi perro se aburre cuando no estoy
me encantaría tener un loro
el acuario necesita un filtro nuevo
""",
        "Personal Finance": """
debería empezar un plan de pensiones
quiero controlar mejor mis gastos
""",
        "Hobbies & Interests": """
quiero aprender a tocar la guitarra
me gustaría empezar con la fotografía
""",
        "Books and Literature": """
busco una buena novela policíaca
quiero leer más antes de dormir
""",
        "Video Gaming": """
me apetece un juego nuevo para el finde
estoy atascado en el último nivel del juego
""",
        "Automotive": """
al coche le hacen falta neumáticos nuevos
estoy pensando en comprarme un coche eléctrico
""",
        "Education": """
me gustaría aprender alemán
estoy pensando en hacer un máster
""",
    },
    "fr": {
        "Food & Drink": """
j'ai envie d'un bon couscous
je voudrais apprendre à faire des macarons
ce soir je me ferais bien des sushis
un bon café en terrasse, ce serait parfait
il me faut une idée de dessert pour dimanche
""",
        "Travel": """
j'ai vraiment besoin de vacances au soleil
on pense partir au Portugal à l'automne
j'aimerais tellement voir le Japon
je rêve d'un week-end à Rome
""",
        "Technology & Computing": """
la batterie de mon portable ne tient plus la journée
il me faudrait un écran plus grand pour le télétravail
notre wifi coupe tout le temps
j'aimerais apprendre à coder
""",
        "Entertainment": """
j'ai envie d'une bonne série policière
je cherche un film à regarder ce soir
j'aimerais aller à un concert cet été
""",
        "Sports": """
je veux me remettre au tennis
j'aimerais courir un semi-marathon
je rêve de voir un match du PSG au stade
""",
        "Style & Fashion": """
mes baskets sont usées jusqu'à la corde
il me faut une robe pour un mariage
je voudrais refaire ma garde-robe pour le printemps
""",
        "Home & Garden": """
la salle de bain a besoin d'être refaite
je voudrais planter des tomates sur le balcon
notre canapé est fichu
""",
        "Pets": """
mon chat griffe le canapé
j'aimerais beaucoup avoir un chien
l'aquarium a besoin d'un nouveau filtre
""",
        "Personal Finance": """
je devrais commencer à épargner pour la retraite
je veux mieux tenir mon budget
""",
        "Hobbies & Interests": """
j'aimerais me mettre au dessin
je voudrais apprendre à jouer aux échecs
""",
        "Books and Literature": """
je cherche un bon polar
je voudrais lire plus le soir
""",
        "Video Gaming": """
j'ai envie d'un nouveau jeu pour le week-end
ma manette a un problème de joystick
""",
        "Automotive": """
ma voiture a besoin de pneus neufs
je pense passer à une voiture électrique
""",
        "Education": """
je voudrais apprendre l'italien
je pense reprendre des études
""",
    },
    "it": {
        "Food & Drink": """
avrei proprio voglia di una pizza napoletana
vorrei imparare a fare la pasta fresca
stasera mi andrebbe del sushi
un buon caffè al bar sarebbe perfetto
mi serve un'idea per il dolce di domenica
""",
        "Travel": """
ho bisogno di una vacanza al mare
stiamo pensando di andare in Portogallo a settembre
mi piacerebbe tanto vedere il Giappone
sogno un fine settimana a Parigi
""",
        "Technology & Computing": """
la batteria del portatile non dura più niente
mi servirebbe uno schermo più grande per lo smart working
il wifi di casa salta sempre
vorrei imparare a programmare
""",
        "Entertainment": """
ho voglia di un bel film dell'orrore
cerco una nuova serie da guardare
mi piacerebbe andare a un concerto quest'estate
""",
        "Sports": """
voglio ricominciare a giocare a calcetto
mi piacerebbe correre una mezza maratona
sogno di vedere la Juve allo stadio
""",
        "Style & Fashion": """
le mie scarpe da ginnastica sono distrutte
mi serve un abito per un colloquio
vorrei rinnovare il guardaroba per la primavera
""",
        "Home & Garden": """
il bagno avrebbe bisogno di una ristrutturazione
vorrei coltivare pomodori sul balcone
il nostro divano è da buttare
""",
        "Pets": """
il mio cane si annoia quando sono al lavoro
mi piacerebbe tanto avere un coniglio
l'acquario ha bisogno di un filtro nuovo
""",
        "Personal Finance": """
dovrei pensare a una pensione integrativa
voglio tenere sotto controllo le spese
""",
        "Hobbies & Interests": """
vorrei imparare a dipingere
mi piacerebbe iniziare con la fotografia
""",
        "Books and Literature": """
cerco un bel romanzo per l'estate
vorrei leggere di più prima di dormire
""",
        "Video Gaming": """
ho voglia di un gioco nuovo per il weekend
sono bloccato all'ultimo livello
""",
        "Automotive": """
la macchina ha bisogno del tagliando
sto pensando di prendere un'auto elettrica
""",
        "Education": """
vorrei imparare il tedesco
sto pensando di iscrivermi all'università
""",
    },
}

COMMANDS: dict[str, str] = {
    "en": """
I need to call the plumber back
I should go to bed early tonight
I have to pick up the kids at three
I need to remember to take the bins out
I'm running a bit late this morning
I have to reply to that email from work
I need to charge my phone
I should ring my mum later
I'm so tired today
I forgot my keys again
I need to be up at six tomorrow
I have a meeting at ten
I'm nearly home
I need a reminder for the dentist on Friday
I should set an alarm for the morning
I want the lights a bit dimmer
I need to text Sam that I'm on my way
I'm bored
I'm just waiting for the bus
I need to note down this parking space
""",
}
