"""More spoken requests per tier-1 branch and more device commands, in five languages; written for the edge project.

Training data only (Apache-2.0, like the rest of the project), hand-written, one sentence per line:
INTERESTS holds, per language (en, de, es, fr, it) and per tier-1 branch, requests that reveal an interest
("how do I ...", "is X worth it", "where can I ...", "play ...", "book ..."); COMMANDS holds, per language,
device and assistant commands that reveal none (alarms, timers, lists, messages, calls, weather, playback,
settings, camera, translation, small talk). Ordering food and booking a table are Food & Drink; flights,
hotels, taxis and trains are Travel; a list whose items look like a topic is still a command.
"""

from __future__ import annotations

INTERESTS: dict[str, dict[str, str]] = {
    "en": {
        "Entertainment": """
how do I find the lyrics to the song that's playing
is the new dune movie worth seeing in imax
where can I stream the first season of severance
why did they cancel firefly after one season
play something by fleetwood mac
hey put on the new episode of the rest is history
what's a good horror movie that isn't too gory
how do I get tickets to a live taping of a talk show
is spotify premium worth it just for podcasts
who sings the theme tune of succession
play the soundtrack from interstellar
recommend an anime for someone who's never watched one
when is billie eilish releasing her next album
any feel good films for a lazy sunday afternoon
""",
        "Technology & Computing": """
how do I back up my whatsapp chats to the cloud
why does my laptop fan keep running so loud
is the pixel better than the galaxy for photos
where can I get my cracked phone screen fixed
is it worth upgrading from the iphone thirteen
how do I share my screen on a zoom call
what's the difference between oled and qled
how does a vpn actually keep your browsing private
chromebook or macbook air for a student, which one
how do I move everything over to a new android phone
can you explain what a graphics card actually does
what are the best noise cancelling headphones for flights
how do I stop my wifi from dropping out all the time
how do I make my own website without coding
""",
        "Travel": """
how do I get a taxi from heathrow to central london
is premium economy worth it on a long haul flight
where can I find cheap flights to barcelona in may
book a hotel near the main station in zurich
why are flights so expensive in july
how do I check in online for my ryanair flight
what's the best way to get from milan to lake como
can I take a power bank in my hand luggage
find me an uber to the airport
is the eurostar quicker than flying to paris
where should I stay in new york on a first visit
how much should I tip a taxi driver in the states
any boutique hotels in edinburgh old town
what do I need for a road trip around iceland in winter
""",
        "Books and Literature": """
who wrote the name of the wind
is the sequel to project hail mary out yet
how do I get into reading the classics
where can I find free audiobooks of old novels
what order should I read the discworld books in
why is ulysses considered so hard to read
recommend something like where the crawdads sing
is the three body problem book better than the show
what's a good cosy mystery series
how many books are there in the wheel of time
read me the first chapter of pride and prejudice
who are the best japanese authors translated into english
what did neil gaiman write before sandman
any good short story collections by alice munro
""",
        "Business and Finance": """
why is the yen so weak at the moment
how does the stock market actually work
what's the euro to pound rate today
is nvidia stock overvalued right now
why do central banks raise interest rates
how do I read a company's balance sheet
what's happening with bitcoin today
where can I see the dax index live
who is the ceo of microsoft
how did the s and p five hundred close
what does a recession actually mean
is shopify profitable yet
how much is one swiss franc in dollars
why are oil prices going up again
""",
        "Attractions": """
is the eiffel tower worth going up
how do I skip the queue at the colosseum
what time does the louvre close on fridays
how much are tickets to legoland
is park güell worth paying for
what's there to do at the science museum
how long do you need at disneyland paris
empire state building or top of the rock, which is better
is there a safari park near here
how do I get cheap tickets for alton towers
what's the best time to visit stonehenge
what's inside the tower of london
is the blue lagoon worth the price
when does the viewing platform at the shard open
""",
        "Events": """
what's on at the o2 arena next month
how do I get tickets for glastonbury
is it worth going to web summit
where can I find a comedy night this weekend
any gigs in manchester on saturday
when do tickets for the edinburgh fringe go on sale
who's playing at wembley this summer
what time do the doors open for tonight's concert
book two tickets for the jazz festival
when does the winter market open in the square
is there a fireworks display near me for new year
where can I find a pub quiz tonight
any open air cinema screenings this summer
what's the lineup for coachella
""",
        "Style & Fashion": """
how do I dress for a smart casual office
what colour shoes go with a navy suit
is a barbour jacket worth the money
where can I get my jeans taken up
how do I iron a shirt properly
what's a capsule wardrobe
how do I pick the right size in levi's
best hairstyles for curly hair
how do I layer clothes for autumn
what's trending at paris fashion week
how do I get my beard to grow in evenly
what's a nice fresh perfume for summer
how should a blazer fit on the shoulders
how do I wash a wool jumper without shrinking it
""",
        "Hobbies & Interests": """
how do I start crocheting a blanket
what's a good beginner drone for aerial photos
where can I learn to sew my own clothes
how do I get into geocaching
how do I solve a rubik's cube
what are the best lego sets for adults
how do I start a stamp collection
where can I find a board game cafe
how do I make my own candles
what's a good starter kit for calligraphy
how do I learn card magic
how do I build a birdhouse
how do I get into metal detecting
how do I fold an origami crane
""",
        "Video Gaming": """
is the ps5 pro worth it over the normal one
how do I get the master sword in tears of the kingdom
where can I buy cheap steam keys safely
why does my xbox controller keep disconnecting
what's a cosy game like stardew valley
how do I stream my games on twitch
is baldur's gate three worth it on console
when does the next pokemon game come out
how do I get better aim in valorant
best racing games for the switch
how do I play minecraft with friends on different consoles
how much is a year of playstation plus
any good controllers for pc gaming
who won the league of legends worlds
""",
        "Sports": """
how do I improve my tennis serve
who's playing in the super bowl this year
is it worth getting a season ticket at arsenal
where can I watch the six nations
what's the offside rule in football
how does the scoring work in darts
put on the commentary for the liverpool game
how many points did lebron score last night
when is the grand prix at silverstone
why do test matches last five days
who's favourite to win wimbledon
how do I get better at padel
what's the latest from the transfer window
when does the masters start at augusta
""",
        "Food & Drink": """
how do I make a proper carbonara without cream
why does my bread come out so dense
is a pizza oven worth it for the garden
where can I get good dim sum around here
book a table for two at an italian place tonight
order a pad see ew from the thai place
what's the difference between prosecco and champagne
how do I make my own kombucha
what cheese goes with port
how long do I boil an egg for a runny yolk
recommend a wine under fifteen pounds for a barbecue
how do I make sushi rice
is there a good vegan brunch spot nearby
how do you pour latte art
""",
        "Home & Garden": """
how do I fix a toilet that keeps running
why are my tomato leaves turning yellow
is a heat pump worth it in an old house
how do I regrout the bathroom tiles
how do I get rid of aphids on my roses
what's the best way to insulate a loft
how do I bleed a radiator
when should I prune an apple tree
how do I patch a hole in plasterboard
is laminate or vinyl flooring better for a kitchen
how do I start a compost heap
why does my dishwasher smell
what colour should I paint a north facing room
how do I reseal around the bath
""",
        "Science": """
why does the moon look bigger near the horizon
how does a rainbow form
what causes the northern lights
how do magnets actually work
is there water on mars
how do planes stay in the air
why is the ocean salty
how do earthquakes happen
how hot is the surface of the sun
how many moons does jupiter have
why do leaves change colour in autumn
how does carbon dating work
how big is the milky way
when is the next meteor shower
""",
        "Pets": """
how do I teach my dog to stop pulling on the lead
why does my cat knead the blanket
what do guinea pigs eat
where can I find a good dog groomer nearby
how do I introduce a new kitten to my older cat
best toys for a bored border collie
how often should I clean out a hamster cage
how do I set up a tank for a betta fish
how do I get my parrot to talk
where can I adopt a rescue dog
how long can I leave my cat alone for a weekend
what's the best harness for a small dog
how do I trim my dog's nails at home
is a house rabbit easy to litter train
""",
        "Automotive": """
how do I change a flat tyre
is an electric car worth it if I can't charge at home
why does my car squeak when I brake
where can I get my car valeted near me
what's the difference between a hybrid and a plug in hybrid
how much does it cost to charge a tesla at home
how do I check my tyre tread depth
best small suv for a family of four
when should I replace my wiper blades
how do I top up the coolant
is the new bmw m3 any good
what's the range on a polestar two
should I lease or buy my next car
how do I reset the service light on a golf
""",
        "Personal Finance": """
how do I set up a monthly budget in a spreadsheet
is it worth switching banks for a bonus
where can I put my savings to earn more interest
how do I check my credit score for free
should I pay off my student loan early
what's the fifty thirty twenty rule
how do I start investing with a small amount
is a cash isa worth it this year
how much should I save each month for a holiday
what's the difference between a debit and a credit card
how do I stop impulse spending
best app to split bills with flatmates
how do I file my tax return online
when should I start saving for retirement
""",
        "Careers": """
how do I negotiate a higher salary
how do I answer tell me about yourself in an interview
is it worth getting a project management certificate
where can I find remote jobs in tech
how do I make my linkedin profile stand out
what does a ux designer do all day
how do I ask my boss for a four day week
how do I become an electrician
how do I write a follow up email after an interview
what's the average salary for a data analyst
how do I prepare for a performance review
should I take a job with lower pay if it's fully remote
how do I become a pilot
how do I get into freelance copywriting
""",
        "Education": """
how do I improve my spanish vocabulary
is an online degree worth it
where can I take an evening course in accounting
how do I help my kid with long division
what's the best way to revise for a maths exam
how do I apply for a scholarship abroad
explain the difference between a bachelor's and a master's
any free coding bootcamps
how long does it take to learn german to b2
can you quiz me on french verbs
how do I write a good essay introduction
which universities are best for architecture
is duolingo actually enough to learn a language
how do I cite a website in apa style
""",
        "Real Estate": """
how do I find a flat to rent in lisbon
is it worth buying a fixer upper
what does a surveyor check when you buy a house
where can I see what houses sold for on my street
how much deposit do I need for my first home
should I use an estate agent or sell privately
two bedroom apartments for rent near the river
how long does it take to buy a house
what's leasehold versus freehold
are property prices going down this year
how do I become a landlord
what should I ask at a flat viewing
find houses for sale with a garage under three hundred thousand
how does shared ownership work
""",
        "Healthy Living": """
how do I train for my first half marathon
what's a good warm up before a run
is a peloton worth it
how many rest days should I take from the gym
how do I get into a better sleep routine
what should I eat before a long bike ride
how do I do a proper squat
what are good running shoes for trails
where can I find a beginner pilates class
how do I build up to a hundred push ups
what's a good post workout snack
how do I stay active when I work from home
give me a ten minute morning stretch routine
how do I start swimming laps
""",
        "Shopping": """
where can I buy a decent air purifier cheap
is amazon prime worth it just for delivery
how do I return something to zara
when is the next prime day
find me a cheaper price for this coffee machine
any good deals on dyson vacuums this week
what time does the shopping centre close
where's the nearest outlet mall
is it worth buying refurbished
how do I get a refund on ebay
price check the airpods pro at currys
what are the best cashback sites
do I need a membership to shop at costco
find a gift for a coworker under twenty
""",
        "Family and Relationships": """
how do I get my teenager off their phone
fun activities for kids during the summer holidays
how do I teach my kid to ride a bike
what are good board games for a family night
how do I make a chore chart for my kids
where can I find a good babysitter
ideas for a date night at home
how do I plan a family reunion
how do I talk to my kids about screen time
how do I set up a bedtime routine for my toddler
how do I keep in touch with my grandparents more
how do I split chores fairly with my partner
activities for grandparents and grandkids
how do I help my son settle into a new school
""",
        "Personal Celebrations & Life Events": """
how do I plan a surprise thirtieth birthday party
what's a good gift for a silver wedding anniversary
ideas for a retirement party at the office
how do I write a best man speech
what's a good theme for a fifth birthday party
where can I order a personalised birthday cake
how much should I spend on a wedding gift
how do I plan a graduation party
ideas for a housewarming party
what do you get someone for their engagement
bachelorette party ideas that aren't cheesy
how far ahead should we send save the dates
fun ideas for a tenth anniversary
how do I plan a sweet sixteen
""",
        "Fine Art": """
who painted girl with a pearl earring
is the van gogh immersive experience worth it
where can I see monet's water lilies
how do I tell if an oil painting is an original
what's the difference between impressionism and expressionism
tickets for swan lake at the royal opera house
any good sculpture exhibitions at the tate
who was frida kahlo
how do I start collecting art prints
what's on at moma this month
when is the next opera at la scala
explain what cubism is
where can I buy work by local artists
tell me about banksy's latest piece
""",
    },
    "de": {
        "Entertainment": """
spiel mal was von Helene Fischer
gibt's eine neue Staffel von Dark
welcher Tatort läuft heute Abend
wer spielt im neuen Film von Til Schweiger mit
ist der neue Bully Herbig Film lustig
spiel die neue Folge von Gemischtes Hack
lohnt sich Disney Plus eigentlich
was läuft heute im Kino in Köln
wo kann ich Babylon Berlin streamen
empfiehl mir eine gute Serie aus der ARD Mediathek
wann kommt das neue Album von Peter Fox
wer moderiert dieses Jahr den ESC
""",
        "Technology & Computing": """
wie mache ich ein Backup von meinem iPhone
welches Handy hat den besten Akku unter 400 Euro
lohnt sich das neue iPad Air
warum ist mein Internet abends immer so langsam
wie installiere ich Linux neben Windows
was ist der Unterschied zwischen USB-C und Thunderbolt
wo kann ich mein Handydisplay reparieren lassen
welcher Laptop ist gut fürs Studium
wie funktioniert eigentlich künstliche Intelligenz
ist die Fritzbox besser als der Router vom Anbieter
wie übertrage ich meine Daten auf ein neues Samsung
gute Bluetooth Kopfhörer mit Noise Cancelling
""",
        "Travel": """
buch mir ein Hotel in Hamburg in der Nähe vom Hauptbahnhof
wie komme ich vom BER am besten in die Innenstadt
lohnt sich die Bahncard 50 für mich
wann fährt der nächste ICE nach München
ruf mir ein Taxi zum Flughafen
günstige Flüge nach Mallorca im Juni
was muss ich in Wien unbedingt sehen
brauche ich für die Schweiz eine Vignette
welche Nordseeinsel ist am schönsten für Familien
wie viel Handgepäck darf ich bei Eurowings mitnehmen
Ferienwohnung am Gardasee für August
lohnt sich ein Interrail Ticket
""",
        "Books and Literature": """
wer hat Der Vorleser geschrieben
lohnt sich Der Zauberberg oder ist der zu zäh
was ist das neue Buch von Juli Zeh
empfiehl mir einen spannenden Roman für den Urlaub
in welcher Reihenfolge lese ich die Tintenwelt Bücher
wo kann ich Hörbücher kostenlos ausleihen
lies mir ein Gedicht von Rilke vor
wer hat den Deutschen Buchpreis gewonnen
gibt's was Ähnliches wie Die Känguru Chroniken
wie viele Bände hat Harry Potter
was war das letzte Buch von Sebastian Fitzek
gute Fantasy Bücher von deutschen Autoren
""",
        "Business and Finance": """
wie steht der DAX heute
was kostet ein Dollar gerade in Euro
warum fällt die Aktie von Volkswagen
wie hat SAP im letzten Quartal abgeschnitten
was macht der Bitcoin Kurs
wie funktioniert die Börse eigentlich
warum erhöht die EZB die Zinsen
wer ist der Chef von Siemens
wie hoch ist die Inflation in Deutschland gerade
was kostet eine Unze Gold
gibt's was Neues zur Übernahme der Commerzbank
wie viel ist der Schweizer Franken gerade wert
""",
        "Events": """
was ist am Wochenende in Köln los
wann gibt es Tickets fürs Wacken
wer spielt dieses Jahr bei Rock am Ring
wann beginnt das Oktoberfest
gibt es heute Abend noch Karten für die Elbphilharmonie
Karten für Mario Barth in Berlin
wann ist der nächste Flohmarkt im Mauerpark
was ist auf der Kieler Woche geboten
gibt es noch Tickets für die Gamescom
Poetry Slam in Leipzig diese Woche
wann ist die nächste Show im Quatsch Comedy Club
gibt es ein Stadtfest in meiner Nähe
""",
        "Attractions": """
wann hat Schloss Neuschwanstein geöffnet
lohnt sich der Europa-Park mit kleinen Kindern
was kostet der Eintritt in den Berliner Zoo
wie lange braucht man im Deutschen Museum
Tickets für den Fernsehturm ohne Anstehen
lohnt sich das Miniatur Wunderland
kann man mit der Bahn auf die Zugspitze
was kann man im Phantasialand alles machen
ist das Mercedes-Benz Museum interessant
Öffnungszeiten der Wilhelma in Stuttgart
gute Freizeitparks in Norddeutschland
lohnt sich das Sea Life in München
""",
        "Style & Fashion": """
was ziehe ich zum Oktoberfest an
wie binde ich einen Schal richtig
welche Farbe passt zu einem grauen Anzug
wie wasche ich eine Daunenjacke
lohnt sich eine Jacke von Jack Wolfskin
welche Frisur passt zu einem runden Gesicht
was ist gerade Trend bei Sneakern
wie sollte eine Jeans richtig sitzen
wie bekomme ich Salzränder aus Wildlederschuhen
welches Parfüm ist gut für jeden Tag
wie kombiniere ich eine Cordhose
Tipps für einen Business Casual Look
""",
        "Hobbies & Interests": """
wie fange ich mit Häkeln an
wo kann ich in Köln einen Nähkurs machen
welches Lego Set ist gut für Erwachsene
was brauche ich für den Einstieg in die Modellbahn
wie fange ich mit Geocaching an
ist eine Drohne für Anfänger schwer zu fliegen
wie lerne ich Skat
wo finde ich einen Spieleabend in der Nähe
wie mache ich Seife selbst
wie sammle ich am besten Briefmarken
gute Anfängerkamera für Tierfotografie
wie lerne ich Mundharmonika spielen
""",
        "Video Gaming": """
lohnt sich die PS5 Pro
wie komme ich in Hollow Knight weiter
wann kommt GTA 6 raus
gute Koop Spiele für die Switch
lohnt sich Nintendo Switch Online
wie streame ich meine Spiele auf Twitch
welche Gaming Maus ist gut für Shooter
was kostet das neue Zelda
wann erscheint das nächste Anno
wie spiele ich Minecraft mit Freunden zusammen
welche Grafikkarte brauche ich für Cyberpunk
wer hat das EA Sports FC Turnier gewonnen
""",
        "Sports": """
wie hat der BVB gespielt
wann spielt Bayern in der Champions League
wer ist Tabellenführer in der Bundesliga
zeig mir die Tore vom Spieltag
wo läuft das DFB-Pokal Finale
wie steht es zwischen Schalke und Köln
wann ist das nächste Formel 1 Rennen
wer spielt bei der Handball EM im Halbfinale
lohnt sich eine Dauerkarte beim HSV
wie verbessere ich meine Rückhand beim Tennis
wie hat Alexander Zverev gespielt
Ergebnisse der Biathlon Weltmeisterschaft
""",
        "Food & Drink": """
wie mache ich einen richtigen Sauerbraten
wo gibt es die beste Currywurst in Berlin
bestell mir eine Pizza Salami beim Italiener
reservier einen Tisch für vier beim Griechen heute Abend
warum geht mein Hefeteig nicht auf
welcher Wein passt zu Spargel
Rezept für Käsespätzle
was ist der Unterschied zwischen Pils und Helles
lohnt sich ein Thermomix
wie mache ich Semmelknödel
gutes Sushi in Düsseldorf
bestell uns zwei Döner zum Abholen
""",
        "Home & Garden": """
wie entlüfte ich die Heizkörper
wie tausche ich die Dichtung am Duschkopf
wann schneide ich die Hortensien zurück
was hilft gegen Moos im Rasen
wie streiche ich eine Wand ohne Streifen
wie baue ich ein Hochbeet
lohnt sich ein Balkonkraftwerk
wie bekomme ich Schimmel aus den Fugen
welche Pflanzen überleben auf einem Südbalkon
wie dübel ich richtig in Rigips
wie pflanze ich Tomaten im Kübel
wie entkalke ich den Wasserkocher
""",
        "Science": """
warum ist der Himmel abends rot
wie entsteht eigentlich ein Blitz
wie weit ist der Mars von der Erde entfernt
was ist eigentlich Antimaterie
wann startet die nächste Ariane Rakete
wie funktioniert ein Kernfusionsreaktor
warum gibt es Ebbe und Flut
wie alt sind die ältesten Fossilien
wie viele Sterne kann man mit bloßem Auge sehen
was macht das Weltraumteleskop Euclid
warum schwimmt Eis auf Wasser
wie funktioniert ein Laser
""",
        "Pets": """
wie gewöhne ich meinen Hund ans Alleinsein
warum kratzt meine Katze am Sofa
was fressen Wellensittiche
ist ein Golden Retriever gut für Anfänger
wo gibt es eine Hundeschule in der Nähe
wie oft muss ich das Katzenklo sauber machen
wie bringe ich meinem Hund bei, Pfote zu geben
kann ich zwei Kaninchen zusammen halten
gutes Trockenfutter für junge Katzen
wie richte ich ein Terrarium für eine Bartagame ein
wie lange kann ein Hamster alleine bleiben
was kostet ein Hund im Monat
""",
        "Automotive": """
wie wechsle ich die Reifen selbst
lohnt sich ein E-Auto, wenn ich keine Wallbox habe
was kostet der TÜV gerade
warum quietschen meine Bremsen
welcher Kombi ist am sparsamsten
wie viel Reichweite hat der ID.3 im Winter
wann muss ich auf Winterreifen wechseln
wie prüfe ich den Ölstand
ist der neue Golf GTI schnell
Leasing oder Kauf beim Neuwagen
wie viel ist mein alter Polo noch wert
wie oft muss der Zahnriemen gewechselt werden
""",
        "Personal Finance": """
was ist ein ETF Sparplan und lohnt sich das
wie führe ich ein Haushaltsbuch
welches Tagesgeldkonto hat gerade die besten Zinsen
wie viel sollte ich jeden Monat sparen
lohnt sich ein Bausparvertrag noch
wie mache ich meine Steuererklärung mit Elster
wie kann ich bei den Fixkosten sparen
was ist besser, Trade Republic oder Scalable
wie viel Notgroschen sollte man haben
wann lohnt sich eine Kreditkarte ohne Jahresgebühr
wie spare ich am besten fürs Alter
wie kann ich meinen Schufa Score verbessern
""",
        "Careers": """
wie schreibe ich ein gutes Anschreiben
wie verhandle ich mein Gehalt
was verdient ein Elektriker so
wo finde ich Jobs im Homeoffice
wie bereite ich mich auf ein Vorstellungsgespräch vor
lohnt sich ein Wechsel in die IT mit Mitte dreißig
wie werde ich Lokführer
wie lange dauert die Ausbildung zum Koch
was sollte alles in mein LinkedIn Profil
wie frage ich meinen Chef nach einer Beförderung
Tipps für die ersten Tage im neuen Job
wie mache ich mich als Grafikdesigner selbstständig
""",
        "Education": """
wie lerne ich am besten fürs Abitur
wie bewerbe ich mich an der TU München
lohnt sich ein Fernstudium
wo kann ich abends einen Englischkurs machen
wie lange braucht man für Spanisch auf B1
erklär mir den Satz des Pythagoras
wie helfe ich meinem Kind bei den Mathe Hausaufgaben
was ist der Unterschied zwischen Uni und Fachhochschule
wie beantrage ich BAföG
gute Apps zum Vokabeln lernen
wie schreibe ich eine Hausarbeit richtig
gibt es kostenlose Online Kurse zum Programmieren
""",
        "Real Estate": """
was kostet eine Dreizimmerwohnung in Frankfurt zur Miete
wie viel Eigenkapital brauche ich für eine Eigentumswohnung
lohnt es sich gerade, ein Haus zu kaufen
Wohnungen zur Miete in Leipzig mit Balkon
worauf muss ich bei einer Wohnungsbesichtigung achten
wie hoch ist die Grunderwerbsteuer in Bayern
brauche ich einen Makler, um meine Wohnung zu verkaufen
sind die Immobilienpreise in Berlin gesunken
wie finde ich ein WG Zimmer in Hamburg
was bedeutet Erbbaurecht beim Hauskauf
Häuser zum Kauf im Umland von Stuttgart
was sagt der Mietspiegel für meine Straße
""",
        "Healthy Living": """
Trainingsplan für zehn Kilometer unter einer Stunde
wie mache ich richtige Liegestütze
was esse ich am besten vor dem Training
lohnt sich ein Abo bei McFit
Tipps für eine feste Schlafroutine
Dehnübungen nach dem Radfahren
wie oft sollte ich pro Woche trainieren
wie fange ich mit dem Joggen an
Übungen für den Rumpf ohne Geräte
wie viel Eiweiß brauche ich für den Muskelaufbau
Yoga für Anfänger am Morgen
wie lerne ich Kraulschwimmen
""",
        "Shopping": """
wo bekomme ich einen günstigen Staubsauger
gibt es gerade Angebote bei MediaMarkt
lohnt sich Amazon Prime nur für den Versand
wann ist dieses Jahr Black Friday
wie schicke ich was an Zalando zurück
wann macht das Einkaufszentrum heute zu
wo ist das nächste Outlet Center
Geschenk für einen Kollegen unter 20 Euro
lohnt sich ein refurbished Handy
Gutscheincodes für Otto
hat der dm am Bahnhof am Sonntag offen
wo kann ich eine Kaffeemaschine am günstigsten kaufen
""",
        "Family and Relationships": """
was kann man mit Kindern bei Regen in München machen
wie bringe ich meinem Sohn das Fahrradfahren bei
wie viel Taschengeld ist mit zehn normal
Ideen für einen Familienausflug am Wochenende
wie bekomme ich meine Kinder vom Tablet weg
wie finde ich einen guten Babysitter
wie teile ich die Hausarbeit mit meinem Partner fair auf
Spiele für einen Familienabend
wie plane ich ein großes Familientreffen
Ausflugsziele mit Oma und Opa
wie gestalte ich die Abendroutine mit einem Kleinkind
Ideen für ein Date zu Hause
""",
        "Personal Celebrations & Life Events": """
Ideen für einen fünfzigsten Geburtstag
wie schreibe ich eine Rede als Trauzeuge
was schenkt man zur Silberhochzeit
wo kann man in Hamburg einen Raum für eine Feier mieten
wie organisiere ich einen Junggesellenabschied
Mottoparty Ideen für einen Kindergeburtstag
wie viel Geld schenkt man zur Hochzeit
was schenkt man zum bestandenen Abi
Ideen für eine Einweihungsparty
wie plane ich eine Überraschungsparty
was schenke ich zum fünften Jahrestag
Deko Ideen für eine Gartenhochzeit
""",
        "Fine Art": """
wer hat Der Wanderer über dem Nebelmeer gemalt
was läuft gerade in der Pinakothek der Moderne
Karten für die Zauberflöte in der Semperoper
was ist eigentlich Bauhaus
lohnt sich die documenta in Kassel
erzähl mir was über Gerhard Richter
wo kann ich Bilder von Paula Modersohn-Becker sehen
wann ist die nächste Ballettpremiere an der Staatsoper
woran erkenne ich, ob ein Druck signiert und wertvoll ist
Ausstellungen in der Hamburger Kunsthalle
wer war Albrecht Dürer
wo kann ich Kunst von jungen Künstlern kaufen
""",
    },
    "es": {
        "Entertainment": """
pon algo de Rosalía
¿cuándo sale la nueva temporada de Élite?
¿qué pelis echan hoy en el cine?
ponme el último episodio de La Pija y la Quinqui
¿quién sale en la nueva peli de Almodóvar?
recomiéndame una serie de misterio en Movistar
¿vale la pena pagar Max?
quiero ver el último programa de La Revuelta
¿quién ganó el Benidorm Fest?
pon la banda sonora de El laberinto del fauno
¿dónde puedo ver Los Serrano?
¿qué tal está el nuevo disco de Bad Bunny?
""",
        "Technology & Computing": """
¿cómo libero espacio en el móvil?
¿merece la pena el Xiaomi nuevo?
¿por qué se me calienta tanto el portátil?
¿cómo conecto el portátil a la tele sin cables?
¿qué diferencia hay entre fibra y 5G para casa?
¿qué auriculares inalámbricos van bien para correr?
¿dónde me arreglan la pantalla del iPhone en Madrid?
¿cómo paso las fotos del Android al ordenador?
¿qué ordenador me compro para editar vídeo?
explícame qué es eso de la nube
¿cómo cambio la contraseña del router?
¿es mejor un Chromebook o un portátil con Windows?
""",
        "Travel": """
búscame un vuelo barato a Tenerife
¿cómo llego del aeropuerto de El Prat al centro?
reserva un hotel en Sevilla para el puente
pídeme un taxi a Atocha
¿me compensa el AVE o el avión para ir a Barcelona?
¿qué ver en Granada en dos días?
¿cuánto equipaje de mano deja llevar Vueling?
¿necesito pasaporte para ir a Marruecos?
casas rurales en Asturias para el verano
¿cuál es la mejor época para ir a Cuba?
¿a qué hora sale el último tren a Valencia?
¿me recomiendas un crucero por el Mediterráneo?
""",
        "Books and Literature": """
¿quién escribió Cien años de soledad?
recomiéndame una novela española actual
¿cuál es el último libro de Arturo Pérez-Reverte?
¿en qué orden leo los libros de Carlos Ruiz Zafón?
¿merece la pena leerse el Quijote entero?
léeme un poema de Lorca
¿quién ha ganado el Premio Planeta este año?
libros parecidos a La sombra del viento
¿dónde puedo escuchar audiolibros gratis?
¿de qué va La ridícula idea de no volver a verte?
algún cómic bueno para empezar
¿qué escribió Isabel Allende además de La casa de los espíritus?
""",
        "Business and Finance": """
¿cómo está el IBEX hoy?
¿a cuánto está el euro frente al dólar?
¿por qué ha bajado Inditex en bolsa?
¿cuánto vale el bitcoin ahora mismo?
¿qué ha pasado con el precio del petróleo?
explícame cómo funciona la bolsa
¿qué es el Euríbor y por qué sube?
resultados trimestrales del Santander
¿quién preside Telefónica ahora?
¿cuánto vale el peso mexicano en euros?
¿hay noticias de la fusión entre BBVA y Sabadell?
¿cómo va el Nasdaq esta semana?
""",
        "Events": """
¿qué conciertos hay en Madrid este mes?
entradas para el Primavera Sound
¿cuándo son las Fallas este año?
¿qué hay esta noche en la Sala Apolo?
¿cuándo empieza la Feria de Abril?
¿cuándo salen las entradas del Mad Cool?
monólogos este fin de semana en Valencia
¿a qué hora empieza el concierto de Aitana?
¿hay algún mercadillo el domingo por aquí?
¿cuándo es la Tomatina?
¿cuándo empieza el festival de cine de San Sebastián?
¿dónde se ven mejor los fuegos de Nochevieja?
""",
        "Attractions": """
¿a qué hora abre el Park Güell?
entradas para la Alhambra
¿merece la pena PortAventura con niños?
¿cuánto cuesta la entrada al Oceanogràfic?
¿qué hay en la Ciudad de las Artes y las Ciencias?
¿se puede subir a la Torre de Hércules?
¿cuánto se tarda en ver el Palacio Real?
zoológicos cerca de Barcelona
¿vale la pena el teleférico del Teide?
¿cómo consigo entradas para el tour del Camp Nou?
¿cuándo abre Warner Madrid?
¿cómo se visitan las Cuevas de Nerja?
""",
        "Style & Fashion": """
¿qué me pongo para una boda de día?
¿cómo combino unas botas camperas?
¿qué colores me favorecen si soy rubia?
tendencias de moda para este verano
¿qué corte de pelo le va a una cara alargada?
¿qué zapatillas se llevan ahora?
¿cómo quito una mancha de vino de una camisa blanca?
¿merecen la pena las gafas de sol Ray-Ban?
¿cómo hago un nudo de corbata Windsor?
¿qué perfume de Loewe me recomiendas?
consejos de estilo para ir a la oficina
¿cómo se lleva una americana con vaqueros?
""",
        "Hobbies & Interests": """
¿cómo empiezo a hacer ganchillo?
¿dónde hay un taller de cerámica en Madrid?
¿qué dron me compro para empezar?
¿cómo se juega al mus?
¿cómo aprendo a tocar el cajón flamenco?
puzles de mil piezas bonitos
¿cómo empiezo una colección de monedas?
¿qué necesito para hacer velas en casa?
¿cómo hago un terrario con plantas?
¿dónde puedo aprender a bailar salsa?
¿cómo monto una maqueta de barco?
¿qué cámara analógica me recomiendas?
""",
        "Video Gaming": """
¿merece la pena la Switch 2?
¿cómo consigo todas las lunas en Mario Odyssey?
¿cuándo sale el nuevo EA Sports FC?
juegos cooperativos para jugar en pareja
¿qué cascos gaming están bien de precio?
¿cómo subo de rango en League of Legends?
¿vale la pena PlayStation Plus Extra?
¿cómo juego a Roblox con mis amigos?
¿quién ganó la final de la Superliga de LoL?
¿qué juegos de terror hay para PS5?
¿cuánto cuesta la Xbox Series S ahora?
¿qué tal está el remake de Resident Evil 4?
""",
        "Sports": """
¿cómo ha quedado el Madrid?
¿cuándo juega el Barça la Champions?
clasificación de La Liga
¿a qué hora es el derbi sevillano?
¿quién va líder en la Vuelta?
¿cómo va Alcaraz en Roland Garros?
resumen del partido del Atleti de anoche
¿dónde puedo ver el Gran Premio de Montmeló?
¿cómo mejoro el revés en pádel?
¿ha fichado a alguien el Betis?
¿cuándo empieza la Copa del Rey?
¿cuántos puntos metió Doncic anoche?
""",
        "Food & Drink": """
¿cómo hago una tortilla de patatas jugosa?
receta de paella valenciana de verdad
pídeme unas bravas y unos calamares del bar de abajo
resérvame mesa para dos en un asador esta noche
¿qué vino va bien con el cordero?
¿dónde ponen el mejor cocido de Madrid?
¿por qué se me corta la mayonesa?
¿cómo se hace el salmorejo?
¿qué diferencia hay entre un Rioja y un Ribera?
pide una pizza barbacoa a domicilio
algún sitio de tapas bueno por La Latina
¿cuánto tiempo se cuece el pulpo?
""",
        "Home & Garden": """
¿cómo arreglo una cisterna que pierde agua?
¿cuándo se podan los rosales?
¿cómo quito la humedad de la pared?
¿qué plantas aguantan el sol en un balcón?
¿cómo pinto los azulejos de la cocina?
¿cómo cuelgo una estantería en pladur?
¿qué hago para que el césped crezca más denso?
¿merece la pena un aire acondicionado portátil?
¿cómo desatasco el fregadero sin productos químicos?
ideas para decorar un salón pequeño
¿cómo planto un limonero en maceta?
¿cómo quito la cal de la mampara?
""",
        "Science": """
¿por qué el mar es azul?
¿cómo se forman los huracanes?
¿cuánto tarda la luz del sol en llegar a la Tierra?
¿qué es un agujero de gusano?
¿cuándo se verán las Perseidas este año?
¿cómo funciona la energía solar?
¿por qué hay tantos volcanes en Canarias?
¿cuántos planetas hay en el sistema solar?
¿cómo se extinguieron los dinosaurios?
¿para qué sirve un acelerador de partículas?
¿por qué la Luna tiene fases?
¿de qué está hecho el núcleo de la Tierra?
""",
        "Pets": """
¿cómo enseño a mi perro a no tirar de la correa?
¿por qué mi gato maúlla tanto por la noche?
¿qué come una tortuga de agua?
¿cada cuánto hay que bañar al perro?
¿dónde hay una peluquería canina cerca?
¿cómo acostumbro al gato al transportín?
¿un galgo es buen perro para un piso?
juguetes para un cachorro que lo muerde todo
¿puedo tener un conejo suelto por casa?
¿dónde puedo adoptar un gato en Madrid?
¿cuánto pienso le doy a un perro de diez kilos?
¿cómo limpio la jaula de un periquito?
""",
        "Automotive": """
¿cómo cambio una rueda pinchada?
¿cuándo me toca pasar la ITV?
¿merece la pena un coche eléctrico para ciudad?
¿por qué hace ruido el coche al girar?
¿cuánto cuesta un cambio de aceite?
¿qué SUV pequeño gasta menos?
¿qué autonomía tiene el Tesla Model Y?
¿es mejor renting o comprar el coche?
¿cómo sé si la batería del coche está fallando?
¿qué tal el nuevo Cupra Formentor?
¿qué etiqueta de la DGT tiene mi coche?
¿cómo limpio la tapicería del coche?
""",
        "Personal Finance": """
¿cómo hago un presupuesto mensual?
¿qué cuenta remunerada da más interés?
¿merece la pena un plan de pensiones?
¿cómo hago la declaración de la renta por internet?
¿cuánto debería ahorrar al mes?
¿cómo empiezo a invertir con poco dinero?
¿qué es un fondo indexado y cómo funciona?
¿cómo dejo de gastar tanto en tonterías?
¿me conviene cambiarme a un banco online?
¿qué tarjeta de crédito no tiene comisiones?
¿cómo ahorro para la entrada de un piso?
apps para controlar los gastos
""",
        "Careers": """
¿cómo hago un buen currículum?
¿cómo preparo una entrevista de trabajo en inglés?
¿cómo pido un aumento de sueldo?
ofertas de trabajo en remoto
¿cuánto cobra un programador junior en Madrid?
¿cómo me hago bombero?
¿merece la pena hacerse autónomo?
¿cómo mejoro mi perfil de LinkedIn?
¿cómo preparo unas oposiciones?
consejos para el primer día en un trabajo nuevo
¿cómo paso de la hostelería a un trabajo de oficina?
¿qué hace exactamente un community manager?
""",
        "Education": """
¿cómo aprendo inglés rápido?
¿cómo me preparo para la selectividad?
¿merece la pena un máster online?
¿dónde hay cursos de programación gratis?
¿cómo pido una beca Erasmus?
explícame las ecuaciones de segundo grado
¿cuánto se tarda en sacarse el B2 de inglés?
¿qué universidades son buenas para ingeniería?
¿cómo ayudo a mi hija con los deberes de lengua?
técnicas de estudio para memorizar
¿cómo se hace un TFG?
escuela de idiomas por la tarde en Valencia
""",
        "Real Estate": """
pisos en alquiler en Málaga con terraza
¿es mejor hipoteca fija o variable?
¿cuánto cuesta un piso en Valencia ahora?
¿qué gastos hay al comprar una casa?
¿cómo sé si el alquiler que me piden es justo?
¿merece la pena comprar sobre plano?
¿qué es la nota simple del registro?
¿va a bajar el precio de la vivienda?
casas con jardín a las afueras de Madrid
¿cómo busco piso compartido en Barcelona?
¿qué miro cuando voy a ver un piso?
¿necesito inmobiliaria para vender mi piso?
""",
        "Healthy Living": """
¿cómo empiezo a correr desde cero?
plan para mi primera carrera de 10K
¿qué como antes de jugar al pádel?
¿cuántos días a la semana debería ir al gimnasio?
estiramientos para después de la bici
¿cómo hago bien una plancha abdominal?
¿merece la pena apuntarse a crossfit?
¿cómo mejoro mi rutina de sueño?
ejercicios en casa sin material
¿cuánta proteína necesito para ganar músculo?
clases de yoga para principiantes en Bilbao
¿cómo aguanto más nadando?
""",
        "Shopping": """
¿hay rebajas en El Corte Inglés?
¿a qué hora cierra el Primark?
¿dónde compro un colchón barato?
¿cómo devuelvo un pedido de Shein?
¿merece la pena comprar en Wallapop?
cupones de descuento para Decathlon
¿cuándo empiezan las rebajas de enero?
regalo para el amigo invisible de diez euros
compara precios de un robot aspirador
¿dónde hay un outlet cerca?
¿los centros comerciales abren el domingo?
¿es fiable comprar en AliExpress?
""",
        "Family and Relationships": """
planes con niños en Madrid este finde
¿cómo le enseño a mi hijo a montar en bici?
¿cuánta paga se le da a un niño de doce años?
¿cómo limito las pantallas a los niños?
juegos de mesa para jugar en familia
¿cómo organizo una comida familiar grande?
¿cómo encuentro una canguro de confianza?
actividades para hacer con los abuelos
¿cómo repartimos las tareas de casa en pareja?
ideas para una cita en casa
¿cómo consigo que mi hijo se vaya a dormir sin pelear?
excursiones con niños pequeños por la sierra
""",
        "Personal Celebrations & Life Events": """
ideas para una fiesta de treinta cumpleaños
¿cuánto se regala en una boda?
¿qué regalo para unas bodas de plata?
¿cómo escribo el discurso del padrino?
ideas para una despedida de soltera en Cádiz
temática para el cumple de un niño de seis años
¿cómo organizo una fiesta sorpresa?
un regalo para una jubilación
ideas para celebrar la graduación
¿qué se regala en una inauguración de piso?
¿cómo decoro un jardín para una boda civil?
¿dónde encargo una tarta de cumpleaños personalizada?
""",
        "Fine Art": """
¿quién pintó Las Meninas?
¿qué exposición hay ahora en el Reina Sofía?
entradas para una ópera en el Liceu
¿merece la pena el Museo Sorolla?
háblame de Goya y sus pinturas negras
¿qué es el surrealismo?
¿dónde puedo ver obras de Miró en Barcelona?
¿qué tiene ahora el Guggenheim de Bilbao?
¿cómo empiezo a coleccionar grabados?
¿cuándo es la próxima función del Ballet Nacional?
¿quién era Remedios Varo?
¿cuál es el cuadro más famoso del Prado?
""",
    },
    "fr": {
        "Entertainment": """
mets du Stromae
c'est quand la prochaine saison de Lupin ?
qu'est-ce qui passe au cinéma ce soir à Lyon ?
lance le dernier épisode de Transfert
ça vaut le coup, Canal Plus ?
qui joue dans le dernier film de Dany Boon ?
recommande-moi une série française à regarder d'une traite
mets le dernier album d'Angèle
c'est qui qui présente les César cette année ?
où est-ce que je peux regarder Kaamelott ?
une comédie sympa pour ce soir
mets la BO d'Amélie Poulain
""",
        "Technology & Computing": """
comment je fais une sauvegarde de mon téléphone ?
c'est quoi la différence entre la fibre et l'ADSL ?
est-ce que le nouveau Pixel vaut le coup ?
pourquoi ma box internet redémarre toute seule ?
quel ordinateur portable pour un étudiant en design ?
où faire réparer mon écran de téléphone à Paris ?
comment installer Linux sur un vieux PC ?
c'est quoi un processeur ARM ?
quels écouteurs sans fil pour moins de cent euros ?
comment transférer mes contacts d'un iPhone vers un Android ?
explique-moi comment marche le cloud
est-ce que la Freebox est mieux que la Livebox ?
""",
        "Travel": """
trouve-moi un vol pas cher pour Marseille
réserve un hôtel près de la gare à Bordeaux
appelle-moi un taxi pour Orly
comment aller de Roissy au centre de Paris ?
ça vaut le coup de prendre le TGV plutôt que l'avion pour Nice ?
que voir en Bretagne en une semaine ?
c'est quand le prochain train pour Lille ?
est-ce qu'il faut un visa pour aller au Canada ?
un gîte en Dordogne pour les vacances
combien de bagages en cabine chez Air France ?
les plus belles plages de Corse
un week-end à Bruxelles, tu conseilles quoi ?
""",
        "Books and Literature": """
qui a écrit L'Étranger ?
c'est quoi le dernier Guillaume Musso ?
qui a eu le Goncourt cette année ?
dans quel ordre lire les Rougon-Macquart ?
est-ce que Les Misérables vaut le coup en entier ?
lis-moi un poème de Prévert
une BD à offrir à un ado
des romans dans le genre de L'Amie prodigieuse
où écouter des livres audio gratuits ?
c'est quoi le meilleur Astérix ?
qu'est-ce qu'Annie Ernaux a écrit d'autre ?
un bon roman pour les vacances
""",
        "Business and Finance": """
le CAC 40 aujourd'hui
combien vaut l'euro en dollars ?
pourquoi l'action LVMH a baissé ?
combien vaut le bitcoin ce matin ?
c'est quoi un taux directeur ?
les résultats de TotalEnergies ce trimestre
comment marche la Bourse ?
le prix du baril en ce moment
qui dirige Airbus ?
le franc suisse est à combien ?
des nouvelles du rachat de Carrefour ?
pourquoi l'inflation remonte ?
""",
        "Events": """
les concerts à Paris ce mois-ci
des places pour les Vieilles Charrues
c'est quand la Fête de la musique ?
qu'est-ce qu'il y a ce soir à l'Olympia ?
c'est quand le festival d'Avignon ?
un spectacle d'humour à Lyon ce week-end
à quelle heure commence le concert d'Orelsan ?
c'est quand la braderie de Lille ?
il reste des places pour les Francofolies ?
c'est quand la Paris Games Week ?
le feu d'artifice du 14 juillet, c'est où ?
le Festival de Cannes, c'est quand cette année ?
""",
        "Attractions": """
à quelle heure ouvre la tour Eiffel ?
des billets pour le château de Versailles
ça vaut le coup, le Puy du Fou ?
le Parc Astérix avec des petits, c'est bien ?
combien de temps pour visiter les châteaux de la Loire ?
le zoo de Beauval, c'est loin de Paris ?
la Cité de l'espace à Toulouse, ça vaut quoi ?
les horaires du Futuroscope
comment visiter les catacombes ?
le Pont du Gard, c'est ouvert le soir ?
l'aquarium Nausicaá, c'est comment ?
on peut monter sur la dune du Pilat avec une poussette ?
""",
        "Style & Fashion": """
qu'est-ce que je mets pour un mariage à la campagne ?
comment porter une marinière ?
quelle ceinture avec des chaussures marron ?
les tendances mode de cet hiver
quelle coupe pour des cheveux frisés ?
comment entretenir des baskets blanches ?
ça vaut le coup, un sac Longchamp ?
comment nouer un foulard ?
comment choisir la bonne taille de jean ?
un parfum frais pour l'été
comment rattraper un pull qui a rétréci ?
comment avoir un style chic et simple au bureau ?
""",
        "Hobbies & Interests": """
comment débuter le tricot ?
un atelier de reliure à Paris
comment on joue à la belote ?
quel drone pour débuter ?
comment commencer une collection de vinyles ?
comment faire un herbier ?
des puzzles de mille pièces sympas
comment apprendre la couture ?
comment se lancer dans le scrapbooking ?
comment progresser aux échecs en ligne ?
des jeux de société pour jouer à deux
comment apprendre la calligraphie ?
""",
        "Video Gaming": """
est-ce que la PS5 Slim vaut le coup ?
c'est quand la sortie du prochain Assassin's Creed ?
comment battre le boss final de Clair Obscur ?
des jeux à jouer à quatre sur Switch
quel casque gamer pas trop cher ?
comment monter en rang sur Rocket League ?
combien coûte le Game Pass Ultimate ?
comment créer un serveur Minecraft ?
la Karmine Corp a gagné ce week-end ?
des jeux d'horreur sur PC
le nouveau Zelda, il est bien ?
comment streamer sur Twitch depuis la Switch ?
""",
        "Sports": """
le PSG a gagné hier ?
le classement de Ligue 1
c'est quand OM contre OL ?
où regarder le Tournoi des Six Nations ?
qui est en tête du Tour de France ?
les résultats de Roland-Garros
comment améliorer mon revers au padel ?
Mbappé a marqué ?
le Top 14 ce week-end
c'est quand le Grand Prix de Monaco ?
le score du match de hand des Bleus
ça vaut le coup, un abonnement au Stade Rennais ?
""",
        "Food & Drink": """
comment faire une vraie blanquette de veau ?
une recette de gratin dauphinois
commande-moi des sushis
réserve une table pour deux dans une crêperie ce soir
pourquoi mes macarons craquent ?
quel vin avec une raclette ?
une bonne brasserie près de Bastille
comment faire une pâte brisée ?
c'est quoi la différence entre un bordeaux et un bourgogne ?
combien de temps cuire un gigot ?
commande une pizza quatre fromages chez Domino's
où trouver un bon fromager dans le coin ?
""",
        "Home & Garden": """
comment changer un joint de robinet ?
quand tailler la lavande ?
comment enlever l'humidité dans une chambre ?
comment poser du parquet flottant ?
comment se débarrasser des pucerons ?
des idées pour aménager un petit studio
comment refaire les joints de la douche ?
comment peindre un plafond sans traces ?
quelles plantes pour un balcon à l'ombre ?
ça vaut le coup, une pompe à chaleur ?
comment planter des fraises en pot ?
comment détartrer la machine à café ?
""",
        "Science": """
pourquoi les étoiles scintillent ?
comment se forment les nuages ?
c'est quoi la théorie des cordes ?
quand passe la prochaine comète ?
comment marche une centrale nucléaire ?
pourquoi il y a des marées ?
combien de temps il faut pour aller sur Mars ?
quel était le plus grand dinosaure ?
c'est quoi le boson de Higgs ?
comment fonctionne la fusée Ariane 6 ?
pourquoi les feuilles tombent en automne ?
comment les abeilles fabriquent le miel ?
""",
        "Pets": """
comment apprendre la propreté à mon chiot ?
pourquoi mon chat me mordille ?
que mangent les poules ?
où trouver un toiletteur pour chien ?
comment habituer mon chat à un nouvel appart ?
un berger australien, c'est adapté à la ville ?
des jouets pour un chat d'intérieur
combien de fois par jour sortir un chien ?
comment adopter à la SPA ?
comment entretenir un aquarium d'eau douce ?
mon lapin peut manger des carottes ?
comment apprendre à mon chien à rester ?
""",
        "Automotive": """
comment changer une roue crevée ?
c'est quand mon prochain contrôle technique ?
est-ce que la Zoé vaut le coup d'occasion ?
pourquoi mes freins grincent ?
combien coûte une vidange ?
quelle citadine consomme le moins ?
quelle autonomie pour la Peugeot e-208 ?
LOA ou achat, c'est quoi le mieux ?
comment recharger une voiture électrique sur l'autoroute ?
comment faire le niveau de liquide de refroidissement ?
la nouvelle Renault 5, elle est bien ?
comment nettoyer les sièges en tissu de la voiture ?
""",
        "Personal Finance": """
comment faire un budget mensuel ?
le Livret A rapporte combien en ce moment ?
est-ce que l'assurance vie vaut le coup ?
comment déclarer mes impôts en ligne ?
combien mettre de côté chaque mois ?
c'est quoi un PEA ?
comment investir avec peu d'argent ?
quelle banque en ligne choisir ?
comment arrêter de dépenser pour rien ?
une appli pour suivre mes dépenses
comment rembourser mon crédit conso plus vite ?
comment préparer ma retraite ?
""",
        "Careers": """
comment faire un bon CV ?
comment négocier mon salaire ?
des offres d'emploi en télétravail
comment je deviens boulanger ?
combien gagne un développeur à Lyon ?
comment préparer un entretien d'embauche ?
ça vaut le coup de passer freelance ?
comment réussir ma période d'essai ?
comment rédiger une lettre de motivation ?
c'est quoi le métier de chef de projet ?
un job d'été pour étudiant à Nice
comment me reconvertir dans le numérique ?
""",
        "Education": """
comment réviser le bac de philo ?
comment s'inscrire sur Parcoursup ?
ça vaut le coup, un master en alternance ?
des cours d'anglais le soir à Toulouse
explique-moi le théorème de Thalès
comment aider mon fils avec ses devoirs de maths ?
combien de temps pour apprendre l'italien ?
des MOOC gratuits en informatique
comment partir en Erasmus ?
une méthode pour apprendre par cœur
c'est quoi la différence entre une prépa et la fac ?
comment écrire une bonne dissertation ?
""",
        "Real Estate": """
des appartements à louer à Nantes avec balcon
combien coûte un deux-pièces à Paris ?
combien d'apport il faut pour acheter ?
c'est le moment d'acheter ou pas ?
qu'est-ce qu'il faut vérifier à une visite d'appart ?
c'est quoi les frais de notaire ?
une maison avec jardin près de Rennes
comment trouver une colocation à Lyon ?
vaut mieux passer par une agence pour vendre ?
comment marche le prêt à taux zéro ?
les prix de l'immobilier baissent à Bordeaux ?
c'est quoi un bail mobilité ?
""",
        "Healthy Living": """
comment commencer la course à pied ?
un programme pour courir un semi-marathon
qu'est-ce que je mange après la muscu ?
combien de séances de sport par semaine ?
comment faire des pompes correctement ?
des étirements après le foot
ça vaut le coup, Basic-Fit ?
comment avoir une meilleure routine de sommeil ?
des exercices de gainage sans matériel
combien de protéines pour prendre du muscle ?
un cours de pilates à Bordeaux
comment progresser en crawl ?
""",
        "Shopping": """
c'est quand les soldes d'été ?
à quelle heure ferme la Fnac ?
où acheter un matelas pas cher ?
comment retourner un colis Vinted ?
des codes promo pour Sephora
ça vaut le coup, le reconditionné chez Back Market ?
est-ce que Carrefour est ouvert le dimanche ?
compare les prix d'une machine Nespresso
une idée cadeau à moins de trente euros
où est le centre commercial le plus proche ?
est-ce que Darty fait des promos ce week-end ?
Leboncoin, c'est sûr pour acheter ?
""",
        "Family and Relationships": """
que faire avec les enfants à Paris quand il pleut ?
comment apprendre le vélo à ma fille ?
combien d'argent de poche à dix ans ?
comment limiter les écrans chez les enfants ?
des jeux pour une soirée en famille
comment trouver une nounou ?
des activités à faire avec les grands-parents
comment partager les tâches ménagères à deux ?
une idée de soirée en amoureux à la maison
comment organiser une réunion de famille ?
des sorties en famille en Normandie
comment gérer les disputes entre frère et sœur ?
""",
        "Personal Celebrations & Life Events": """
des idées pour fêter mes quarante ans
combien donner pour un mariage ?
un cadeau pour des noces d'or
comment écrire un discours de témoin ?
des idées d'enterrement de vie de jeune fille
un thème pour l'anniversaire de ma fille de sept ans
comment organiser une fête surprise ?
un cadeau de départ à la retraite
comment fêter la fin des études ?
quoi offrir pour une crémaillère ?
un gâteau d'anniversaire personnalisé à Lyon
comment décorer une salle pour un mariage champêtre ?
""",
        "Fine Art": """
qui a peint Le Déjeuner sur l'herbe ?
l'expo du moment au Centre Pompidou
des places pour Carmen à l'Opéra Bastille
ça vaut le coup, le musée d'Orsay ?
parle-moi de Monet
c'est quoi le fauvisme ?
où voir des Rodin à Paris ?
qu'est-ce qu'il y a à la Fondation Louis Vuitton ?
comment commencer une collection de lithographies ?
le prochain ballet à l'Opéra Garnier
qui était Camille Claudel ?
où acheter des œuvres d'artistes locaux à Marseille ?
""",
    },
    "it": {
        "Entertainment": """
metti qualcosa di Vasco Rossi
quando esce la nuova stagione di Mare Fuori?
che film danno stasera al cinema a Torino?
fammi sentire l'ultima puntata di Muschio Selvaggio
chi recita nel nuovo film di Paolo Sorrentino?
vale la pena abbonarsi a Paramount Plus?
consigliami una serie italiana su Netflix
chi ha vinto Sanremo quest'anno?
metti l'ultimo album dei Måneskin
dove posso vedere Il commissario Montalbano?
un film comico per stasera
metti la colonna sonora di Nuovo Cinema Paradiso
""",
        "Technology & Computing": """
come faccio il backup del telefono su Google Drive?
conviene il nuovo Samsung o l'iPhone?
perché il computer ci mette tanto ad accendersi?
come installo una scheda video nuova?
che differenza c'è tra fibra FTTH e FTTC?
dove posso far riparare lo schermo dello smartphone a Milano?
che portatile prendo per programmare?
spiegami come funziona l'intelligenza artificiale
come passo i dati dal vecchio telefono al nuovo?
quali cuffie con cancellazione del rumore mi consigli?
vale la pena un Mac mini?
come proteggo la rete wifi di casa?
""",
        "Travel": """
trovami un volo economico per Palermo
prenotami un albergo vicino a Santa Maria Novella
chiamami un taxi per Malpensa
come arrivo da Fiumicino al centro di Roma?
conviene Frecciarossa o Italo per Napoli?
cosa vedere a Matera in un giorno
a che ora parte l'ultimo treno per Bologna?
serve il passaporto per andare a Londra?
un agriturismo in Toscana per agosto
quanti bagagli a mano posso portare con ITA Airways?
le spiagge più belle della Sardegna
un weekend a Trieste, cosa mi consigli?
""",
        "Books and Literature": """
chi ha scritto Il nome della rosa?
qual è l'ultimo libro di Elena Ferrante?
chi ha vinto lo Strega quest'anno?
in che ordine leggo i romanzi di Camilleri?
vale la pena leggere I promessi sposi da adulti?
leggimi una poesia di Montale
un fumetto di Zerocalcare per iniziare
romanzi simili a La solitudine dei numeri primi
dove trovo audiolibri gratis?
cosa ha scritto Italo Calvino oltre a Le città invisibili?
un romanzo leggero da leggere sotto l'ombrellone
libri fantasy per ragazzi
""",
        "Business and Finance": """
come va Piazza Affari oggi?
quanto vale il dollaro in euro?
perché le azioni Stellantis sono scese?
a quanto sta il bitcoin?
quanto costa l'oro al grammo?
che cos'è lo spread tra BTP e Bund?
i risultati trimestrali di Enel
cosa vuol dire che un'azione stacca il dividendo?
chi è l'amministratore delegato di Ferrari?
novità sulla fusione tra Unicredit e Banco BPM
quanto vale il franco svizzero?
perché salgono i prezzi del gas?
""",
        "Events": """
concerti a Milano questo mese
biglietti per il concerto di Ultimo
quando c'è il Lucca Comics?
cosa c'è stasera all'Alcatraz?
quando si corre il Palio di Siena?
uno spettacolo comico a Roma nel fine settimana
a che ora inizia il concerto a San Siro?
ci sono sagre questo weekend?
quando c'è la Mostra del cinema di Venezia?
biglietti per Umbria Jazz
quando inizia il Carnevale di Venezia?
dove si vedono i fuochi di Capodanno?
""",
        "Attractions": """
a che ora apre il Colosseo?
biglietti per salire sulla Torre di Pisa
conviene Gardaland con i bambini?
quanto costa l'Acquario di Genova?
quanto tempo serve per visitare Pompei?
la Reggia di Caserta è bella?
come si sale sul Vesuvio?
Mirabilandia apre a marzo?
il Museo Egizio di Torino merita?
come si visitano le Grotte di Frasassi?
com'è lo Zoosafari di Fasano?
orari del Castello di Miramare a Trieste
""",
        "Style & Fashion": """
cosa mi metto per una cerimonia di giorno?
come abbino i mocassini?
che cravatta ci sta con una camicia azzurra?
tendenze moda per la primavera
che taglio va bene per capelli mossi?
come pulisco le sneakers bianche?
vale la pena una borsa di Prada?
come si fa il risvolto ai jeans?
come scelgo la taglia giusta di un cappotto?
un profumo da uomo per la sera
come si stira una camicia di lino?
look da ufficio elegante ma comodo
""",
        "Hobbies & Interests": """
come inizio a lavorare all'uncinetto?
come si gioca a scopa?
un corso di ceramica a Firenze
che drone prendo per iniziare?
come si collezionano le figurine Panini?
come si fa il decoupage?
puzzle da mille pezzi belli
come imparo a cucire a macchina?
come miglioro a scacchi?
giochi da tavolo per due
come imparo a suonare la chitarra da solo?
come si dipingono i soldatini in miniatura?
""",
        "Video Gaming": """
conviene la Switch OLED?
quando esce il nuovo Call of Duty?
come batto il boss finale di Black Myth Wukong?
giochi in cooperativa per PS5
che cuffie da gaming mi consigli?
come salgo di livello in fretta su Fortnite?
quanto costa l'abbonamento a Xbox Game Pass?
come creo un mondo su Minecraft con gli amici?
chi ha vinto il torneo di eFootball?
giochi horror per Switch
il nuovo Mario Kart è bello?
come faccio a fare live su Twitch?
""",
        "Sports": """
come ha fatto l'Inter ieri?
classifica della Serie A
a che ora gioca la Juve?
quando c'è il derby di Roma?
chi ha la maglia rosa al Giro?
come sta andando Sinner?
gli highlights del Napoli
quando è il Gran Premio di Monza?
come miglioro la volée a padel?
il Milan ha comprato qualcuno?
risultati della MotoGP
conviene l'abbonamento allo stadio dell'Atalanta?
""",
        "Food & Drink": """
come si fa la carbonara vera?
ricetta della parmigiana di melanzane
ordinami una pizza margherita
prenota un tavolo per quattro in trattoria stasera
che vino abbino al brasato?
dov'è la migliore pizzeria di Napoli?
perché il risotto mi viene colloso?
come si fanno gli arancini?
differenza tra Barolo e Barbaresco
quanto devono cuocere le lasagne?
ordina del sushi a domicilio
dove mangio un buon tiramisù a Treviso?
""",
        "Home & Garden": """
come sostituisco una presa elettrica?
quando si potano gli ulivi?
come tolgo la muffa dal soffitto?
come monto una mensola sul cartongesso?
come elimino le formiche dal balcone?
idee per arredare una camera piccola
come pulisco le fughe delle piastrelle?
come si tinteggia una parete?
piante da balcone che resistono al caldo
conviene un condizionatore a pompa di calore?
come coltivo il basilico sul davanzale?
come si sgrassa la cappa della cucina?
""",
        "Science": """
perché vediamo sempre la stessa faccia della Luna?
come funziona un vulcano come l'Etna?
cos'è l'entropia?
quando si vedono le stelle cadenti?
cosa studiano al CERN?
quanto è lontana Alpha Centauri?
perché le api sono così importanti?
come si formano le grotte?
come funziona un pannello fotovoltaico?
perché in montagna l'acqua bolle prima?
come si è formata la Luna?
quanti anni ha la Terra?
""",
        "Pets": """
come insegno al cane a stare seduto?
perché il mio gatto mi porta le lucertole?
cosa mangia un criceto?
dove trovo una toelettatura per cani?
come abituo il gatto al trasportino?
un bassotto va bene in appartamento?
giochi per un gatto che sta sempre in casa
quante volte al giorno va portato fuori il cane?
come adotto un cane dal canile?
come pulisco l'acquario dei pesci rossi?
il coniglio può mangiare la lattuga?
come faccio socializzare il cucciolo con altri cani?
""",
        "Automotive": """
come si cambia una gomma?
quando devo fare la revisione?
conviene una Panda ibrida?
perché la macchina vibra in frenata?
quanto costa il tagliando?
quale utilitaria consuma meno?
quanta autonomia ha la Fiat 500 elettrica?
noleggio a lungo termine o acquisto?
come si ricarica un'auto elettrica in autostrada?
come si controlla la pressione delle gomme?
la nuova Alfa Romeo Junior com'è?
come lucido la carrozzeria?
""",
        "Personal Finance": """
come faccio un budget familiare?
quale conto deposito rende di più?
conviene un fondo pensione?
come compilo il 730?
quanto dovrei risparmiare al mese?
cos'è un PAC sugli ETF?
come comincio a investire con poco?
quale banca online mi conviene?
come smetto di spendere troppo online?
un'app per tenere traccia delle spese
come estinguo prima un prestito?
conviene la carta di credito o la prepagata?
""",
        "Careers": """
come scrivo un curriculum efficace?
come chiedo un aumento?
offerte di lavoro in smart working
come divento pasticcere?
quanto guadagna un ingegnere a Milano?
come mi preparo a un colloquio di lavoro?
conviene aprire la partita IVA?
come supero il periodo di prova?
come scrivo una lettera di presentazione?
cosa fa un project manager?
lavoro stagionale in Riviera per l'estate
come mi preparo a un concorso pubblico?
""",
        "Education": """
come mi preparo alla maturità?
come mi iscrivo all'università di Bologna?
conviene un master online?
corsi di inglese serali a Milano
spiegami il teorema di Pitagora
come aiuto mio figlio con i compiti di latino?
quanto ci vuole per imparare il tedesco?
corsi gratis di programmazione online
come funziona il test d'ingresso al Politecnico?
un metodo di studio per memorizzare
differenza tra liceo classico e scientifico
come scrivo una buona tesina?
""",
        "Real Estate": """
appartamenti in affitto a Bologna con terrazzo
quanto costa un bilocale a Milano?
quanto anticipo serve per comprare casa?
conviene comprare casa adesso?
cosa controllare quando visito un appartamento
a quanto ammontano le spese notarili?
case con giardino vicino a Verona
come trovo una stanza in affitto a Roma?
meglio un'agenzia o vendere da privato?
mutuo a tasso fisso o variabile?
i prezzi delle case a Torino stanno scendendo?
cos'è la cedolare secca?
""",
        "Healthy Living": """
come inizio a correre?
una tabella per la mezza maratona
cosa mangio prima di una partita di calcetto?
quante volte a settimana devo allenarmi?
come si fa uno squat corretto?
stretching dopo la corsa
conviene un abbonamento in piscina?
consigli per una routine del sonno regolare
esercizi a corpo libero in casa
quante proteine servono per aumentare la massa?
corsi di yoga per principianti a Torino
come miglioro la resistenza in bici?
""",
        "Shopping": """
quando iniziano i saldi estivi?
a che ora chiude l'Esselunga?
dove trovo una lavatrice in offerta?
come faccio il reso su Amazon?
codici sconto per Zalando
conviene comprare ricondizionato?
l'outlet di Serravalle è aperto oggi?
confronta i prezzi di una macchina da caffè
un regalo per un'amica sotto i trenta euro
ci sono offerte da Unieuro questa settimana?
comprare su Vinted è sicuro?
a che ora apre Decathlon?
""",
        "Family and Relationships": """
cosa fare con i bambini a Roma quando piove?
come insegno a mio figlio ad andare in bici?
quanta paghetta dare a undici anni?
come limito il telefono a mia figlia adolescente?
giochi per una serata in famiglia
come trovo una babysitter affidabile?
attività da fare con i nonni
come dividiamo le faccende di casa in coppia?
idee per una cena romantica a casa
come organizzo un pranzo con tutti i parenti?
gite in famiglia sul Lago di Garda
come gestisco i litigi tra fratelli?
""",
        "Personal Celebrations & Life Events": """
idee per una festa dei diciotto anni
quanto si regala a un matrimonio?
un regalo per le nozze d'argento
come scrivo il discorso da testimone?
idee per un addio al nubilato
un tema per la festa di un bambino di cinque anni
come organizzo una festa a sorpresa?
un regalo per la pensione di un collega
come festeggiare la laurea?
cosa regalare per una casa nuova?
dove ordino una torta di compleanno personalizzata?
addobbi per un matrimonio in spiaggia
""",
        "Fine Art": """
chi ha dipinto La nascita di Venere?
quali mostre ci sono agli Uffizi?
biglietti per la Tosca all'Arena di Verona
vale la pena la Galleria Borghese?
parlami di Caravaggio
cos'è il futurismo?
dove vedo le opere di Modigliani?
cosa c'è alla Biennale di Venezia quest'anno?
come inizio a collezionare stampe d'arte?
il prossimo balletto alla Scala
chi era Artemisia Gentileschi?
dove compro quadri di artisti emergenti a Milano?
""",
    },
}

COMMANDS: dict[str, str] = {
    "en": """
stop
pause
next
skip this one
louder
turn it down a bit
volume to thirty percent
mute
resume
go back a song
repeat this track
shuffle on
set an alarm for six fifteen
wake me up in twenty minutes
snooze
cancel all my alarms
timer ten minutes
how long is left on the timer
start a stopwatch
remind me to call mum at five
remind me to take the bins out tonight
remind me to water the plants on sunday
add milk and eggs to the shopping list
stick batteries on the to do list
start a list of books to buy
what's on my to do list
cross off bread
lights off in here
dim the bedroom lights
kitchen lights to fifty percent
set the heating to twenty one
turn the thermostat down a notch
is the front door locked
call mum
ring the office
text paul I'm running ten minutes late
reply ok sounds good
read my last message
send a voice note to sam
anything new in my inbox
email lisa that the file is attached
what's on my calendar tomorrow
add jim to friday's meeting
move my three o'clock to four
what time is it
what's today's date
what time is it in sydney
is it going to rain today
do I need a jacket
weather tomorrow morning
navigate home
how long will it take me to get to work
take me back to where I parked
battery level
turn on wifi
connect my headphones
bluetooth off
brightness up
do not disturb on
airplane mode
take a photo
record a video
stop recording
what am I looking at
zoom in
how do you say thank you in japanese
what's hello in korean
translate where's the toilet into italian
how many ounces in a cup
convert fifty miles to kilometres
what's fifteen percent of eighty
what's twelve times fourteen
how do you spell necessary
thanks
never mind
that's all for now
what can you do
good morning
say that again
silence my phone
""",
    "de": """
lauter
leiser
anhalten
weiter
nächstes Lied
eins zurück
nochmal von vorne
Ton aus
Lautstärke auf zwanzig
stopp
Wecker auf sieben
weck mich um halb sechs
Schlummern
lösch den Wecker für morgen
Timer fünf Minuten
wie lange läuft der Timer noch
erinnere mich morgen früh an den Müll
erinnere mich, Mama anzurufen
erinnere mich in einer Stunde an die Wäsche
setz Milch und Eier auf die Einkaufsliste
schreib Batterien auf meine To-do-Liste
was steht auf meiner Einkaufsliste
streich Brot von der Liste
mach eine Liste mit Büchern, die ich bestellen will
Licht aus
Wohnzimmer auf dreißig Prozent
mach das Licht im Flur an
Heizung auf einundzwanzig Grad
dreh die Heizung ein bisschen runter
ist die Haustür abgeschlossen
ruf Papa an
ruf zu Hause an
schreib Lena, dass ich später komme
schick Tom eine Sprachnachricht
lies meine letzte Nachricht vor
antworte: passt, bis gleich
hab ich neue Mails
schreib eine Mail an Jonas
was steht heute im Kalender
trag Friseur am Donnerstag um drei ein
nimm Jan zum Meeting am Freitag dazu
verschieb den Termin um vier auf morgen
wie spät ist es
welches Datum haben wir heute
wie spät ist es gerade in New York
regnet es heute noch
wie wird das Wetter am Wochenende
brauche ich einen Schirm
navigier nach Hause
wie lange brauche ich zur Arbeit
Akkustand
WLAN an
Bluetooth aus
verbinde meine Kopfhörer
heller
Bildschirm dunkler
nicht stören an
Flugmodus
mach ein Foto
Video aufnehmen
Aufnahme stoppen
was sehe ich da gerade
zoom rein
was heißt danke auf Japanisch
wie sagt man guten Morgen auf Französisch
übersetz wo ist der Bahnhof ins Spanische
wie viel sind drei Meilen in Kilometern
wie viel Gramm hat ein Pfund
was ist siebzehn mal dreiundzwanzig
zwanzig Prozent von achtzig
wie schreibt man Rhythmus
danke
vergiss es
das war's
was kannst du alles
guten Morgen
abbrechen
sag das nochmal
sei still
wie viel Speicher hab ich noch
""",
    "es": """
sube el volumen
baja un poco
más alto
pausa
siguiente
siguiente canción
la anterior
repite esta
silencio
para
volumen al cincuenta
pon una alarma a las siete
despiértame a las seis y media
cinco minutos más
quita la alarma de mañana
temporizador de diez minutos
¿cuánto le queda al temporizador?
recuérdame llamar a mamá a las cinco
recuérdame sacar la basura
recuérdame regar las plantas el sábado
añade leche y huevos a la lista de la compra
apunta pilas en la lista de tareas
¿qué tengo en la lista de la compra?
tacha el pan de la lista
haz una lista de libros para pedir
apaga la luz
enciende la luz del salón
luces del dormitorio al treinta por ciento
pon la calefacción a veintiuno
baja el aire
¿está cerrada la puerta?
llama a papá
llama a casa
dile a Marta que llego tarde
manda un audio a Luis
léeme el último mensaje
contesta vale, ahora voy
¿tengo correos nuevos?
manda un correo a Pablo
¿qué tengo mañana en la agenda?
añade a Jaime a la reunión del viernes
mueve la reunión de las tres a las cuatro
¿qué hora es?
¿qué día es hoy?
¿qué hora es en México?
¿va a llover hoy?
¿qué tiempo hará el finde?
¿necesito paraguas?
llévame a casa
¿cuánto tardo al trabajo?
¿cuánta batería me queda?
activa el wifi
desactiva el bluetooth
conecta los auriculares
sube el brillo
modo no molestar
modo avión
haz una foto
graba un vídeo
deja de grabar
¿qué estoy viendo?
haz zoom
¿cómo se dice gracias en japonés?
¿cómo se dice buenos días en alemán?
traduce dónde está la estación al inglés
¿cuántos kilómetros son diez millas?
¿cuántos gramos tiene una libra?
¿cuánto es quince por doce?
el veinte por ciento de ochenta
¿cómo se escribe exhausto?
gracias
déjalo
nada, olvídalo
¿qué sabes hacer?
buenos días
cancela
repítelo
cállate un momento
pon el móvil en silencio
¿cuánto espacio me queda?
""",
    "fr": """
plus fort
moins fort
mets en pause
reprends
chanson suivante
la précédente
recommence
coupe le son
volume à trente
arrête
réveille-moi à sept heures
mets une alarme à six heures et quart
encore cinq minutes
supprime l'alarme de demain
minuteur quinze minutes
il reste combien sur le minuteur ?
rappelle-moi d'appeler maman à dix-huit heures
rappelle-moi de sortir les poubelles
rappelle-moi d'arroser les plantes dimanche
ajoute du lait et des œufs à la liste de courses
mets des piles sur ma liste de choses à faire
qu'est-ce qu'il y a sur ma liste de courses ?
enlève le pain de la liste
crée une liste de livres à commander
éteins la lumière
allume la lampe du salon
lumière de la chambre à cinquante pour cent
mets le chauffage à vingt degrés
baisse le chauffage
la porte d'entrée est fermée à clé ?
appelle papa
appelle la maison
envoie un texto à Paul, j'arrive en retard
envoie un vocal à Léa
lis-moi mon dernier message
réponds d'accord, à tout de suite
j'ai des nouveaux mails ?
écris un mail à Julien
qu'est-ce que j'ai demain dans mon agenda ?
ajoute Hugo à la réunion de vendredi
décale mon rendez-vous de quinze heures à seize heures
il est quelle heure ?
on est le combien aujourd'hui ?
quelle heure est-il à Montréal ?
il va pleuvoir aujourd'hui ?
quel temps pour ce week-end ?
j'ai besoin d'un parapluie ?
ramène-moi à la maison
combien de temps pour aller au boulot ?
niveau de batterie
active le wifi
coupe le bluetooth
connecte mes écouteurs
plus de luminosité
mode ne pas déranger
mode avion
photo
prends une photo
filme
arrête l'enregistrement
qu'est-ce que je regarde ?
zoome
comment on dit merci en japonais ?
comment dit-on bonjour en allemand ?
traduis où est la gare en anglais
dix miles, ça fait combien en kilomètres ?
combien de grammes dans une livre ?
combien font dix-sept fois trois ?
vingt pour cent de quatre-vingts
comment ça s'écrit, rythme ?
merci
laisse tomber
c'est tout
qu'est-ce que tu sais faire ?
bonjour
annule
redis-moi ça
tais-toi
mets le téléphone en silencieux
il me reste combien de stockage ?
""",
    "it": """
alza il volume
abbassa
più forte
metti in pausa
avanti
canzone successiva
torna indietro
ricomincia da capo
muto
fermati
volume al quaranta
svegliami alle sette
metti una sveglia alle sei e mezza
posticipa
cancella la sveglia di domani
timer di dieci minuti
quanto manca al timer?
ricordami di chiamare la mamma alle cinque
ricordami di portare fuori la spazzatura
ricordami di innaffiare le piante domenica
aggiungi latte e uova alla lista della spesa
metti le pile nella lista delle cose da fare
cosa c'è nella lista della spesa?
togli il pane dalla lista
crea una lista di libri da ordinare
spegni la luce
accendi la luce in cucina
luci della camera al trenta per cento
alza il riscaldamento a ventuno gradi
spegni il condizionatore
la porta di casa è chiusa?
chiama papà
chiama casa
scrivi a Giulia che arrivo tardi
manda un vocale a Marco
leggimi l'ultimo messaggio
rispondi va bene, arrivo
ho nuove email?
manda una mail a Luca
cosa ho in agenda domani?
aggiungi Paolo alla riunione di venerdì
sposta l'appuntamento delle tre alle quattro
che ore sono?
che giorno è oggi?
che ore sono a Tokyo?
piove oggi?
che tempo fa nel weekend?
mi serve l'ombrello?
portami a casa
quanto ci metto ad arrivare in ufficio?
quanta batteria ho?
attiva il wifi
disattiva il bluetooth
collega le cuffie
aumenta la luminosità
non disturbare
modalità aereo
scatta una foto
foto
registra un video
ferma la registrazione
cosa sto guardando?
zoom
come si dice grazie in giapponese?
come si dice buongiorno in tedesco?
traduci dov'è la stazione in inglese
quanti chilometri sono dieci miglia?
quanti grammi fa un'oncia?
quanto fa diciotto per sette?
il venti per cento di novanta
come si scrive coscienza?
grazie
lascia stare
basta così
cosa sai fare?
buongiorno
annulla
ripeti
zitto un attimo
metti il telefono in silenzioso
""",
}
