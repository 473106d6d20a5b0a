"""Still more spoken requests per tier-1 branch and device commands, five languages; written for the edge project.

Training data only (Apache-2.0, like the rest of the project), hand-written, one sentence per line, in the shape and
with the conventions of `interests_more.py`: INTERESTS per language and tier-1 branch (short requests, titles and
named entities, "play ...", "book ...", "who wrote ..."), COMMANDS per language (device and assistant commands that
reveal no interest). New sentences, none copied from `interests.py`, `interests_more.py` or the labelled test half.
"""

from __future__ import annotations

INTERESTS: dict[str, dict[str, str]] = {
    "en": {
        "Entertainment": """
play the latest sabrina carpenter album
put on some old school motown
who plays the villain in the new mission impossible
is the bear worth starting from season one
I want to watch something like the white lotus
what's new on netflix this weekend
play the last episode of serial
who directed everything everywhere all at once
put on the soundtrack from la la land
recommend a funny podcast for my commute
is oppenheimer on any streaming service yet
I'd love to binge a good korean drama
play some chill lofi beats
which taylor swift album has cruel summer on it
shuffle my favourite arctic monkeys songs
""",
        "Technology & Computing": """
is the macbook pro m3 worth the extra money
how do I set up two factor authentication on gmail
what's the best mechanical keyboard for typing
explain how chatgpt actually works
why is my iphone storage always full
should I get an ipad or a surface for drawing
how do I build my own gaming pc
what does a mesh wifi system do
I want to learn python in my spare time
how do I clear the cache in chrome
are framework laptops easy to repair
what's the difference between usb c and thunderbolt
best password manager for a family
how do I install linux on an old laptop
is the galaxy watch compatible with an iphone
is sixteen gigs of ram enough for editing 4k footage
""",
        "Travel": """
find a b and b near the coast in cornwall
book a flight to lisbon for next friday
find me a hotel with a pool in marbella
is the night train from vienna to venice any good
how early should I get to gatwick for a morning flight
I'd love to backpack around southeast asia
when do the cherry blossoms peak in kyoto
book two seats on the train to manchester
how far is the airport from the centre of prague
any good hostels in amsterdam near the canals
can I bring a guitar as cabin luggage on british airways
is it easy to get around tokyo without speaking japanese
find a villa in tuscany for a week in august
how long is the ferry from dover to calais
""",
        "Books and Literature": """
who wrote the remains of the day
what should I read after finishing the hunger games
is fourth wing worth the hype
read me the next chapter of my audiobook
I want to get into classic russian novels
when is the next sally rooney book coming out
what's the story of middlemarch about
recommend a thriller like gone girl
who won the booker prize this year
is the hobbit suitable for a nine year old
I'd love to join a book club
what's a good poetry collection for beginners
how many books are in the discworld series
who narrates the harry potter audiobooks
best fantasy series to start this summer
find the quote about the green light in the great gatsby
""",
        "Business and Finance": """
why did the bank of england raise interest rates
who took over as boss of unilever
how do I register a limited company
what does a venture capital firm actually do
is inflation going down in the uk
latest news on the tesla earnings report
how do small businesses get a startup loan
what's the euro to dollar exchange rate doing this week
explain what a hedge fund is
I want to start my own coffee business
how much did apple make last quarter
what's the difference between revenue and profit
how does a company go public on the stock exchange
which companies are in the dow jones
""",
        "Attractions": """
what time does the british museum open
how much are tickets for the eiffel tower
is legoland windsor worth it for toddlers
I'd love to visit the sagrada familia
directions to the natural history museum
what's the queue like at the london eye
are there any aquariums near brighton
book tickets for chester zoo on saturday
can you go inside the colosseum at night
what's the best day to visit disneyland paris
how long does it take to walk around kew gardens
is stonehenge worth the trip from london
opening hours for the science museum
find a castle to visit near edinburgh
are there any good theme parks in florida besides disney
how tall is the empire state building observation deck
""",
        "Events": """
which bands are doing stadium tours in the uk this year
when does glastonbury ticket sale start
any comedy shows on in town tonight
get me tickets to see coldplay in cardiff
what gigs are coming up at the manchester ao arena
is reading festival sold out
I'd love to go to the edinburgh fringe this year
when is the next christmas market opening
find a food festival near me in september
what time does the fireworks display start
who's headlining download festival
is there a marathon in the city on sunday
any open air cinema nights this month
how much are tickets for hamilton in the west end
what events are on at the royal albert hall
""",
        "Style & Fashion": """
what shoes go with wide leg trousers
is the zara autumn collection out yet
how do I style a denim jacket for winter
I want a new pair of white trainers
what colours are in fashion this spring
find a tailor to take in my suit
are doc martens still in style
single or double breasted blazer for a slim build
help me put together a minimalist wardrobe for work
best skincare routine for dry skin in winter
should I get a gold or silver watch
how do I tie a windsor knot
what do people wear to a black tie event
I'd love a vintage leather handbag
is uniqlo good quality for basics
how do I get wrinkles out of a linen shirt
""",
        "Hobbies & Interests": """
what's the best beginner camera for wildlife photography
I want to learn to play the ukulele
how do you make a sourdough starter
where can I find a pottery class nearby
what paint is best for miniature figures
which binoculars are good for spotting birds on the estuary
best chess openings for beginners
I'd love to try rock climbing indoors
are old penny black stamps worth collecting
what do I need to go fly fishing
how do you solve a rubik's cube
tips for learning calligraphy
find a local choir I can join
how do I build a model railway layout
what's a good first telescope for stargazing
""",
        "Video Gaming": """
is elden ring too hard for a beginner
when does gta six come out
how do I beat the final boss in hollow knight
is the switch two worth upgrading to
best co op games to play on ps5
I want to get into minecraft with my friends
how much is xbox game pass ultimate
any tips for getting better at fortnite
which zelda game should I play first
is the steam deck good for indie games
when's the next nintendo direct
how do I catch a shiny in pokemon scarlet
what's the best loadout in call of duty right now
recommend a cosy game like stardew valley
what settings should I use in obs to stream apex legends
""",
        "Sports": """
what was the arsenal score last night
when is the next formula one race
who won the wimbledon men's final
put on the liverpool match
how many grand slams has serena williams won
is the six nations on bbc or itv
what time is the super bowl kick off
where are spurs in the table after the weekend
I'd love to get tickets for the ashes
how did lebron do last night
when does the tour de france start
who holds the world record for the hundred metres
how many wickets has england lost at lord's
how do the offside rules work in football
which team does harry kane play for now
""",
        "Food & Drink": """
how do I make a proper carbonara
order a large pepperoni pizza
what wine goes with lamb
what temperature for slow cooked pork shoulder
is there a vegan brunch place around here
I want to learn to make fresh pasta
what's a good gin for a negroni
order sushi from deliveroo
how do you make a flat white at home
what's the best ramen in london
recipe for banana bread without eggs
can you recommend a craft beer like a hazy ipa
how do I sharpen a chef's knife
reserve a table for six on saturday at eight
""",
        "Home & Garden": """
when should I plant tulip bulbs
something keeps eating my hostas, how do I stop the slugs
what colour should I paint a north facing living room
how do I fix a dripping tap
is a robot lawn mower worth it
I want to build a raised vegetable bed
how often should I water a fiddle leaf fig
best way to remove mould from bathroom grout
how do I hang a heavy mirror on plasterboard
what herbs can I grow in a window box
what's the best cordless vacuum cleaner
how do I lay laminate flooring
when do you prune an apple tree
how do I make my own compost
which tomatoes grow best in a greenhouse
I'd love to redo the kitchen in a scandinavian style
""",
        "Science": """
how does a helicopter rotor create lift
why are sunsets red and orange
what's inside a black hole
explain quantum entanglement simply
how do solar panels turn sunlight into electricity
why do cats have vertical pupils
what makes lightning happen
how many galaxies are there in the observable universe
how does a nuclear reactor make electricity
when is the next solar eclipse visible from the uk
what's the james webb telescope found lately
how do bees make honey
why does ice float on water
how do tectonic plates move
why does the moon always show us the same side
""",
        "Pets": """
how often should I walk a border collie
how do I stop my spaniel pulling on the lead
is a rabbit a good pet for kids
how big do cockapoos get
why does my cat bring me dead mice
how do I introduce a new kitten to my dog
best toys for a bored parrot
how long do guinea pigs live
I'd love to adopt a rescue greyhound
what temperature should a bearded dragon tank be
how do I crate train a puppy
can dogs eat strawberries
find a dog friendly pub nearby
how often should I clean the fish tank
""",
        "Automotive": """
is the tesla model y worth it
how do I check my tyre pressure
what's the range on a kia ev6
when is my car due an mot
best family suv under thirty thousand
how long should I leave a car battery on charge
is a hybrid better than a full electric for long drives
what does the orange engine light mean
find a garage that does cheap servicing
how much is it to insure a first car
I'd love to own a classic mini cooper
how do I top up the coolant on a golf
what oil does a ford focus take
are electric cars cheaper to run
how fast is the new porsche nine eleven
where's the nearest ev charging point
""",
        "Personal Finance": """
how do I open a stocks and shares isa
is it worth overpaying my mortgage
how can I boost my experian score quickly
best cashback credit card right now
how do I set up a monthly budget
when is the self assessment tax deadline
is it worth switching to a fixed rate energy tariff to save money
what's the difference between a pension and a lisa
how do index funds work
I want to start investing a hundred pounds a month
which bank has the best savings rate
how do I claim the marriage allowance
is it smart to consolidate my debts
how much tax will I pay on a side hustle
how do I check my pension pot
""",
        "Careers": """
how do I write a good cover letter
what questions get asked in a product manager interview
how do I ask my boss for a pay rise
I want to switch careers into ux design
what does a data analyst earn in london
how do I update my linkedin profile
is it a good idea to go freelance
tips for a first day at a new job
how long should a cv be
what jobs can I do with a history degree
find remote software jobs
what apprenticeships are there for becoming a plumber
what should I say in an exit interview
is a project management certificate worth getting
how do I answer tell me about yourself
""",
        "Education": """
how do I apply to university through ucas
what are the best online courses for statistics
I want to learn spanish before my holiday
when do gcse results come out
how is phonics taught in year one
is an open university degree respected
what's the difference between a masters and an mba
how do I revise for exams effectively
what grades do I need for medicine at oxford
are there free courses on coursera
how do student loans work for part time study
what's a good way to learn times tables
best apps for learning french
I'd love to study abroad for a semester
""",
        "Real Estate": """
how much is a two bed flat in bristol
what does a surveyor check
find houses for sale near good schools
is now a good time to buy a house
what is help to buy and does it still exist
I want to rent a studio in central manchester
what's stamp duty on a three hundred thousand house
how do I get my deposit back from a landlord
show me properties on rightmove with a garden
how long does conveyancing usually take
what's the difference between freehold and leasehold
should I use an online estate agent
what did the house next door sell for
what are the rental yields like in leeds
any new build homes near cambridge
do I need a licence to rent out a flat in london
""",
        "Healthy Living": """
how do I start running from scratch
what's a good ten minute morning yoga routine
how many steps a day should I aim for
best protein sources for a plant based diet
I want to get better sleep
how do I train for a half marathon
what's a good stretching routine after the gym
is intermittent fasting worth trying
what are some healthy snacks for work
how do I build muscle without weights
tips for cutting down on sugar
what's the best time of day to work out
I'd love to get into open water swimming
show me a beginner kettlebell workout
""",
        "Shopping": """
when does the selfridges summer sale start
find the best deal on airpods pro
is amazon prime day coming up
compare prices for a dyson hairdryer
any discount codes for asos
I want to buy a new sofa
is black friday the best time to buy a tv
what are people buying for christmas this year
how do I return something to next
which supermarket has the cheapest big shop
does marks and spencer do click and collect
where can I buy second hand furniture
""",
        "Family and Relationships": """
fun things to do with kids on a rainy day
how do I talk to my teenager about screen time
what are good first date ideas
how do I handle sibling rivalry
tips for long distance relationships
how much pocket money should a ten year old get
I want to plan a family day out
how do I make friends as an adult
what age should kids get their first phone
board games for the whole family
how do I support my parents as they get older
tips for blending families after remarrying
how can I be a better listener to my partner
what chores can a six year old do
how do I deal with a difficult mother in law
""",
        "Personal Celebrations & Life Events": """
ideas for a thirtieth birthday party
how many guests can we have at a small registry office wedding
find a venue for a baby shower
help me write a toast for my sister's wedding
I want to throw a surprise party for my wife
what do you write in a retirement card
how far in advance should I send wedding invitations
fun themes for a kid's fifth birthday
order a birthday cake for saturday
what's traditional for a silver wedding anniversary
ideas to celebrate my son finishing university
ideas for a hen do in bath
what should I get my dad for his sixtieth
find a photographer for our engagement shoot
""",
        "Fine Art": """
who painted the girl with a pearl earring
what's on at the tate modern right now
I'd love to see the van gogh sunflowers in person
how do I start painting with watercolours
what is impressionism
tell me about the life of georgia o'keeffe
is the national gallery free to enter
what's the story behind the starry night
how much is a banksy print worth
explain the difference between baroque and renaissance art
find an oil painting class for adults
when is the frieze art fair
who sculpted the thinker
what's so special about the mona lisa
any good contemporary galleries in berlin
I want to buy an original painting for my living room
""",
    },
    "de": {
        "Entertainment": """
spiel das neue Album von Herbert Grönemeyer
mach den Podcast Fest und Flauschig an
wer spielt den Kommissar im Münster Tatort
spiel die letzte Folge von How to Sell Drugs Online Fast weiter
Die Ärzte
gibt es Der Schuh des Manitu auf Netflix
leg mal was von AnnenMayKantereit auf
wann läuft Wer wird Millionär wieder
empfiehl mir eine Krimiserie zum Bingen
ich will heute Abend eine Komödie schauen
wer hat den Soundtrack von Das Boot komponiert
spiel Radio Bayern 3
wie heißt der Schauspieler aus 4 Blocks
ist die neue Staffel von Tschugger schon auf Netflix
""",
        "Technology & Computing": """
wie richte ich ein Mesh WLAN ein
welches Smartphone macht die besten Fotos bei Nacht
lohnt sich ein MacBook Air mit M3
wie lösche ich den Cache in Chrome
ich möchte programmieren lernen, am besten Python
was ist ein VPN und brauche ich das
wie viel Arbeitsspeicher braucht ein Laptop heute
Pixel oder Galaxy
wie setze ich mein Android auf Werkseinstellungen zurück
was kann das neue Windows Update
gute externe Festplatte für Fotos
wie baue ich mir selbst einen PC zusammen
welche Smartwatch passt zu meinem iPhone
was bedeutet eigentlich Cloud Computing
ist ein Raspberry Pi gut für ein Smart Home
wie schütze ich meinen Rechner vor Viren
""",
        "Travel": """
such mir ein Hotel in Wien für nächstes Wochenende
wann geht der nächste Zug nach Zürich
Flüge von Frankfurt nach Lissabon im Oktober
wie komme ich vom Flughafen Schwechat in die Stadt
buch mir einen Mietwagen auf Kreta
was muss ich bei einer Reise nach Island einpacken
brauche ich für Norwegen einen Reisepass
lohnt sich der Glacier Express
Nachtzug nach Amsterdam
ich möchte mal eine Rundreise durch Schottland machen
welche Fähre geht nach Helgoland
schöne Städtetrips in Europa für ein verlängertes Wochenende
wie teuer ist die Autobahnvignette in Österreich
Campingplatz an der Ostsee mit Meerblick
hat mein Flug nach Palma Verspätung
wie komme ich mit den Öffis von Salzburg nach Hallstatt
""",
        "Books and Literature": """
wer hat Die Verwandlung geschrieben
lies mir aus dem Hörbuch von Der Schwarm weiter vor
empfiehl mir einen Krimi von Nele Neuhaus
worum geht es in Effi Briest
ich möchte mehr Bücher von Daniel Kehlmann lesen
gibt es eine Fortsetzung von Tschick
wer hat den Nobelpreis für Literatur bekommen
Buchtipps für lange Zugfahrten
was ist der neueste Thriller von Charlotte Link
wie endet Faust eigentlich
Gedichte von Mascha Kaléko
lohnt sich ein Kindle oder ein Tolino
gute Graphic Novels für Einsteiger
wann erscheint der nächste Band von Cornelia Funke
welche Bücher stehen auf der Spiegel Bestsellerliste
lies mir was von Erich Kästner vor
""",
        "Business and Finance": """
wie schließt der Dow Jones heute
wie läuft die Allianz Aktie
was ist der aktuelle Leitzins
wer hat Zalando gegründet
warum ist der Ölpreis gestiegen
Quartalszahlen von Adidas
wie steht der Euro zum Pfund
was macht eigentlich eine Investmentbank
wie viel Umsatz hat Aldi im Jahr
Kurs von Ethereum
was sind Anleihen genau
wie wirken sich Zölle auf die Wirtschaft aus
wer leitet gerade die Deutsche Bank
wie ist der ATX heute gelaufen
was bedeutet ein Börsengang
erklär mir den Unterschied zwischen Rezession und Depression
""",
        "Attractions": """
wann macht der Tiergarten Schönbrunn auf
was kostet der Eintritt ins Schokoladenmuseum in Köln
lohnt sich ein Besuch im Legoland Günzburg
Tickets für den Kölner Dom Turm
wie lange dauert eine Führung durch das Reichstagsgebäude
ich möchte mal den Rheinfall in Schaffhausen sehen
was gibt es im Hamburger Hafen zu sehen
Öffnungszeiten vom Pergamonmuseum
ist der Heide Park für Teenager gut
Schloss Sanssouci
was kann man in Heidelberg anschauen
gibt es im Zoo Leipzig gerade Nachwuchs
wie komme ich auf den Säntis
Sehenswürdigkeiten in Dresden zu Fuß
lohnt sich das Technik Museum Speyer
wann füttern sie im Tierpark Hellabrunn die Pinguine
""",
        "Events": """
wann spielt Coldplay in Deutschland
gibt es noch Tickets für das Hurricane Festival
was ist heute Abend in der Wiener Stadthalle los
wann ist der Cannstatter Wasen
Weihnachtsmärkte in Nürnberg
ich suche ein Konzert am Samstag in Hamburg
wer tritt beim Parookaville auf
Karten für Ina Müller
was läuft dieses Wochenende im Zenith
wann ist das Zürcher Openair
gibt es diesen Sommer ein Public Viewing in Berlin
Comedy Abende in Frankfurt nächste Woche
wann beginnt der Kölner Karneval mit dem Straßenkarneval
Tickets für die Buchmesse in Leipzig
was ist bei der Langen Nacht der Museen geboten
Silvesterpartys in München
""",
        "Style & Fashion": """
was trage ich auf einer Hochzeit im Sommer
welche Schuhe passen zu einem dunkelblauen Kleid
ist Oversize noch modern
wie stelle ich eine Capsule Wardrobe zusammen
welche Sonnenbrille passt zu meiner Gesichtsform
Herbsttrends bei Mänteln
lohnt sich ein Trenchcoat von Burberry
wie style ich weiße Sneaker
welche Haarfarbe ist diesen Sommer angesagt
wie pflege ich Lederstiefel
ich brauche ein Outfit fürs Vorstellungsgespräch
Dirndl oder Lederhose für die Wiesn kaufen
wie krempelt man Hemdsärmel richtig
nachhaltige Modemarken aus Deutschland
was passt zu einer beigen Chino
wie finde ich die richtige BH Größe
""",
        "Hobbies & Interests": """
ich möchte Stricken lernen
wie fange ich mit Aquarellmalerei an
welches Puzzle mit tausend Teilen ist schön
wie spiele ich Doppelkopf
wo gibt es einen Töpferkurs in Graz
wie baue ich ein Vogelhaus aus Holz
welche Gitarre ist gut für Anfänger
Tipps für Sternfotografie mit dem Handy
wie bastle ich Kerzen selbst
wo finde ich einen Chor zum Mitsingen
wie fange ich mit Bouldern an
gute Brettspiele für zwei Personen
wie sammelt man Münzen richtig
wie lerne ich Zaubertricks
Kalligraphie für Anfänger
wie fange ich mit Angeln an und brauche ich einen Schein
""",
        "Video Gaming": """
wie besiege ich Malenia in Elden Ring
wann kommt das nächste Mario Kart
lohnt sich der Xbox Game Pass
gute Spiele für die Steam Deck
wie baue ich in Minecraft eine Redstone Tür
wann ist die nächste Nintendo Direct
welches Headset ist gut für Fortnite
ich will ein entspanntes Aufbauspiel wie Stardew Valley
wer gewinnt die League of Legends WM
Tipps für Anfänger in Counter-Strike
PS5 oder Xbox Series X
wie finde ich alle Krogs in Zelda
wann kommt der neue DLC für Hogwarts Legacy
gute Story Spiele für den PC
was ist neu bei EA Sports FC Ultimate Team
""",
        "Sports": """
wie hat Union Berlin gespielt
wer hat das Derby zwischen Dortmund und Schalke gewonnen
wann spielt Rapid Wien
Aufstellung von Bayern für heute Abend
wer führt bei der Tour de France
wie viele Tore hat Harry Kane diese Saison
wann ist das nächste Skirennen in Kitzbühel
wie steht es bei Leverkusen gegen Stuttgart
ich möchte Tennis spielen lernen
wer ist Schweizer Meister im Eishockey
Ergebnisse der zweiten Bundesliga
wann startet die Bundesliga nach der Winterpause
wer fährt für Mercedes in der Formel 1
zeig mir die Highlights vom Spiel gegen Frankreich
wie hat die Handball Nationalmannschaft gespielt
Tabelle der Frauen Bundesliga
""",
        "Food & Drink": """
reservier einen Tisch für zwei heute Abend beim Vietnamesen
bestell mir eine Pad Thai bei Lieferando
wie lange muss ein Frühstücksei kochen
Rezept für veganes Gulasch
wo gibt es guten Ramen in Berlin
wie mache ich Sauerteig selbst
was ist ein guter Grüner Veltliner
ich möchte lernen, Sushi selbst zu machen
wie lange gehört ein Schweinebraten in den Ofen
Apfelstrudel Rezept von Oma
bestell zwei Pizza Margherita für halb acht
welches Bier passt zu Weißwurst
wie mache ich Rösti knusprig
beste Bäckerei in der Nähe für Brezn
""",
        "Home & Garden": """
wann säe ich Radieschen aus
wie repariere ich einen tropfenden Wasserhahn
welche Farbe passt zu einem kleinen Schlafzimmer
wie lege ich Laminat selbst
was hilft gegen Blattläuse an Rosen
wie oft muss ich meinen Rasen düngen
wie entkalke ich die Kaffeemaschine
Ideen für einen kleinen Balkon
wie überwintere ich Geranien
lohnt sich ein Saugroboter für Teppich
wie mache ich meine Fenster streifenfrei
wie baue ich eine Terrasse aus Holz
welche Zimmerpflanzen brauchen wenig Licht
wie tapeziere ich richtig
wie lege ich einen Kompost an
Tipps zum Ausmisten vom Keller
""",
        "Science": """
warum ist das Meer salzig
wie funktionieren schwarze Löcher
wie viele Monde hat Jupiter
was ist eigentlich Quantenverschränkung
wann ist die nächste Sonnenfinsternis
wie entstehen Polarlichter
warum fliegt ein Flugzeug
wie alt ist das Universum
was macht das CERN eigentlich
warum haben Zebras Streifen
wie funktioniert Photosynthese
wann startet die nächste Mission zur ISS
was ist der Unterschied zwischen Atom und Molekül
wie entstehen Vulkane
erklär mir die Relativitätstheorie einfach
warum leuchten Glühwürmchen
""",
        "Pets": """
wie oft muss ein Welpe raus
was darf mein Hund nicht fressen
warum schnurren Katzen
wie halte ich Meerschweinchen artgerecht
welches Spielzeug ist gut für Wohnungskatzen
wie gewöhne ich meine Katze an die Transportbox
ich möchte einen Hund aus dem Tierheim adoptieren
wie lange leben Zwergkaninchen
gutes Nassfutter für ältere Hunde
wie bringe ich meinem Hund bei, an der Leine zu laufen
brauche ich für meinen Hund eine Haftpflichtversicherung
wie richte ich ein Aquarium für Guppys ein
was kostet eine Katze im Jahr
welche Hunderasse haart wenig
wo ist der nächste Hundeauslauf
wie schneide ich meiner Katze die Krallen
""",
        "Automotive": """
wie viel PS hat der neue BMW M3
lohnt sich ein Hybrid für Pendler
wo ist die nächste Ladesäule
wie oft muss ich zum Ölwechsel
was kostet ein Tesla Model Y gerade
welcher SUV ist am zuverlässigsten
wie wechsle ich eine Glühbirne am Scheinwerfer
ich möchte einen gebrauchten Audi A4 kaufen
Ganzjahresreifen oder Sommer und Winterreifen
wie viel verbraucht ein Skoda Octavia Diesel
was bedeutet die gelbe Motorkontrollleuchte
wie poliere ich meinen Lack selbst
wann kommt der neue VW Bus
wie melde ich mein Auto ab
gute Waschanlage in der Nähe
wie schnell lädt ein Porsche Taycan
""",
        "Personal Finance": """
wie lege ich 100 Euro im Monat am besten an
was ist ein MSCI World ETF
lohnt sich eine Riester Rente noch
wie kündige ich meine Lebensversicherung
welche Bank hat ein kostenloses Girokonto
wie viel kann ich von der Steuer absetzen fürs Homeoffice
ich möchte endlich ein Budget machen
wie funktioniert die 50 30 20 Regel
was ist ein Freistellungsauftrag
wie spare ich für ein Auto
Festgeld oder Tagesgeld
wie zahle ich einen Kredit schneller ab
lohnt sich die Säule 3a in der Schweiz
wie hoch wird meine Rente ungefähr
was ist besser, Kreditkarte oder Debitkarte
Apps zum Geld sparen
""",
        "Careers": """
wie schreibe ich einen guten Lebenslauf
was verdient eine Pflegekraft in der Schweiz
ich möchte mich beruflich neu orientieren
wie kündige ich richtig
Stellenangebote als Projektmanager in Wien
wie beantworte ich die Frage nach meinen Schwächen
lohnt sich eine Weiterbildung zum Meister
wie werde ich Pilot
was macht eigentlich ein Data Scientist
wie bekomme ich ein gutes Arbeitszeugnis
Tipps für das erste Gehaltsgespräch
wie finde ich einen Mentor im Job
was muss ich bei einem Jobwechsel in der Probezeit beachten
wie baue ich mein Netzwerk auf Xing aus
wie lange dauert die Ausbildung zur Erzieherin
Teilzeit oder Vollzeit nach der Elternzeit
""",
        "Education": """
ich möchte Italienisch lernen
erklär mir, wie man Brüche kürzt
wie bewerbe ich mich für ein Erasmus Semester
was ist der Numerus Clausus für Psychologie
gute Online Kurse für Statistik
wie lerne ich effektiv für Prüfungen
wann sind die Anmeldefristen an der Uni Wien
was ist der Unterschied zwischen Bachelor und Master
wie bekomme ich ein Stipendium
wie erkläre ich meinem Kind das Einmaleins
lohnt sich die Volkshochschule für Sprachkurse
wie funktioniert die Matura in Österreich
Tipps für die Bachelorarbeit
Nachhilfe in Mathe in der Nähe
wie bereite ich mich auf den TOEFL vor
was lernt man in einer dualen Ausbildung
""",
        "Real Estate": """
Mietwohnungen in München unter 1500 Euro
was kostet ein Einfamilienhaus in Graz
wie läuft eine Baufinanzierung ab
lohnt sich eine Eigentumswohnung als Kapitalanlage
ich suche eine Zweizimmerwohnung in Zürich
wie hoch sind die Notarkosten beim Hauskauf
was ist der Unterschied zwischen Kaltmiete und Warmmiete
wie viel Kaution darf der Vermieter verlangen
Grundstücke zum Bauen im Allgäu
wie bekomme ich einen Wohnberechtigungsschein
was bedeutet Nebenkostenabrechnung genau
lohnt sich ein Fertighaus
wie finde ich einen guten Immobilienmakler
Bauzinsen aktuell
wie kann ich mein Haus bewerten lassen
was muss in einen Mietvertrag rein
""",
        "Healthy Living": """
Trainingsplan für den ersten Halbmarathon
wie viele Schritte am Tag sind gut
zeig mir eine kurze Yoga Einheit
gesunde Snacks fürs Büro
wie fange ich mit Intervallfasten an
Übungen für einen starken Rücken ohne Geräte
wie viel Wasser sollte ich am Tag trinken
ich möchte morgens früher aufstehen und laufen gehen
wie mache ich eine richtige Kniebeuge
Pilates oder Yoga
wie werde ich beim Radfahren ausdauernder
gute Fitnessstudios in der Nähe
wie meditiere ich richtig
proteinreiche Rezepte ohne Fleisch
zehn Minuten Workout für zu Hause
""",
        "Shopping": """
wo bekomme ich günstige Laufschuhe
gibt es gerade Rabatt bei IKEA
wann hat der Lidl heute offen
Geschenkideen für meinen Vater unter 50 Euro
vergleich mal die Preise für die AirPods Pro
wo gibt es einen Second Hand Laden in Wien
lohnt sich das neue Angebot bei Aldi
wie kann ich bei Amazon eine Bestellung zurückgeben
wann ist der nächste verkaufsoffene Sonntag
welche Kaffeemaschine ist im Test am besten
gibt es bei Saturn Ratenzahlung
Winterschlussverkauf 2025
wo kaufe ich am besten gebrauchte Möbel
ist Temu seriös
bestell mir neue Zahnbürstenköpfe von Oral B
wann kommt mein Paket von Otto
""",
        "Family and Relationships": """
Ausflugsideen mit Kleinkindern in Hamburg
wie rede ich mit meinem Teenager übers Handy
wie kann ich meine Eltern öfter sehen
ab wann kann ein Kind alleine zur Schule gehen
Spielplätze in der Nähe
wie gehe ich mit Geschwisterstreit um
Ideen für einen Abend zu zweit
wie finde ich eine gute Kita
was kann man mit Kindern am Sonntag in Wien machen
wie erkläre ich meinem Kind, dass wir umziehen
Gesellschaftsspiele für die ganze Familie
wie plane ich einen Urlaub mit drei Kindern
wie überrasche ich meine Freundin ohne Anlass
Tipps für die Eingewöhnung im Kindergarten
wie bleibe ich mit meiner Oma per Video in Kontakt
Bastelideen für Kinder bei schlechtem Wetter
""",
        "Personal Celebrations & Life Events": """
Ideen für den dreißigsten Geburtstag meiner Schwester
wie plane ich eine Hochzeit im kleinen Kreis
was schenkt man zur goldenen Hochzeit
Location für eine Hochzeit am Bodensee
wie schreibe ich Einladungen zum Polterabend
Geschenkideen zum ersten Hochzeitstag
wie feiere ich meinen Abschied aus der Firma
Torte für einen Kindergeburtstag bestellen
Ideen für eine Babyparty
was sagt man in einer Rede zum Sechzigsten
Ideen für einen Heiratsantrag
wie organisiere ich eine Abschlussfeier
Sprüche für eine Geburtstagskarte
was schenkt man zum Einzug in die erste Wohnung
Ideen für eine Feier zum Ruhestand
wie viele Gäste lädt man zur Hochzeit ein
""",
        "Fine Art": """
wer hat Die Kartoffelesser gemalt
was ist gerade in der Albertina zu sehen
erzähl mir was über Gustav Klimt
Karten für Schwanensee an der Wiener Staatsoper
was ist Expressionismus
wo hängt Der Kuss von Klimt
Ausstellungen im Kunsthaus Zürich
wer war Käthe Kollwitz
lohnt sich das Museum Ludwig in Köln
wann ist die Art Basel
ich möchte mehr über Impressionismus erfahren
wie erkenne ich ein Original von einer Kopie
was zeigt die Neue Nationalgalerie gerade
Opernpremieren an der Bayerischen Staatsoper
wer hat die Skulptur Der Denker gemacht
erzähl mir was über Joseph Beuys
""",
    },
    "es": {
        "Entertainment": """
pon el último disco de Quevedo
ponme un capítulo de La casa de papel
quiero ver algo de risa esta noche
cuándo estrenan la nueva de Dune en cines
pon el podcast de La Ruina
qué series nuevas hay en Netflix este mes
ponme música de Karol G
quién canta la canción de la serie Merlí
qué tal está la última de Marvel
pon algo de flamenco
sigue la serie donde la dejé
ponme la banda sonora de Encanto
quién presenta ahora Pasapalabra
pon un documental de naturaleza en la tele
a qué hora empieza El Hormiguero hoy
""",
        "Technology & Computing": """
qué portátil me recomiendas para la universidad
cómo hago una captura de pantalla en el Mac
merece la pena el Pixel 9 o me quedo con el Samsung
cómo instalo Linux en un ordenador viejo
qué es eso de la inteligencia artificial generativa
por qué va tan lento el wifi en mi cuarto
quiero aprender a programar en Python
cómo hago copia de seguridad del WhatsApp
qué tablet está bien para dibujar
diferencia entre SSD y disco duro normal
cómo monto un ordenador por piezas
me conviene un monitor de ciento cuarenta y cuatro hercios
qué repetidor wifi funciona mejor
cómo activo la verificación en dos pasos en Gmail
novedades del último iOS
qué tarjeta gráfica me compro para diseño 3D
""",
        "Travel": """
busca vuelos baratos a Lisboa
cuánto se tarda en tren de Madrid a Bilbao
resérvame un hotel cerca de la playa en Benidorm
qué visado necesito para ir a Estados Unidos
cómo voy de Barajas a la Puerta del Sol en metro
quiero hacer el Camino de Santiago en verano
qué ver en Oaxaca en una semana
apartamentos en Menorca para agosto
cuánto cuesta un billete de autobús a Salamanca
a qué hora sale el ferry a Ibiza
alquila un coche en el aeropuerto de Málaga
mejores playas de la Riviera Maya
hace falta vacuna para viajar a Tailandia
qué zonas de Buenos Aires son buenas para alojarse
cuánto equipaje facturado incluye Iberia
ruta en coche por la Toscana
""",
        "Books and Literature": """
recomiéndame un libro de misterio
de qué va Patria de Fernando Aramburu
léeme un poema de Neruda
qué novelas ha escrito Almudena Grandes
quiero leer algo de García Márquez que no sea Cien años de soledad
pon el audiolibro de El infinito en un junco
quién ganó el Premio Cervantes el año pasado
libros de fantasía para adolescentes
cuándo sale el nuevo libro de Dolores Redondo
qué significa el final de Pedro Páramo
novela negra nórdica para el verano
busca clubes de lectura en mi barrio
qué tal está Los asquerosos de Santiago Lorenzo
cuál es el mejor libro de Borges para empezar
quiero releer El principito
manga recomendado para empezar
""",
        "Business and Finance": """
cómo ha cerrado hoy el Dow Jones
a cuánto está el dólar en pesos argentinos
qué empresas suben más en bolsa hoy
por qué ha caído tanto Nvidia
cuánto factura Mercadona al año
qué es una OPA hostil
noticias económicas de hoy
cómo va la inflación en España
cuánto ha subido el precio del oro
quién es el dueño de Zara
qué tipo de interés ha fijado el Banco Central Europeo
explícame qué es el PIB
cómo funciona una sociedad limitada
cuánto vale Repsol en bolsa
previsiones de crecimiento para México este año
qué es un ETF
""",
        "Attractions": """
a qué hora cierra el Museo del Prado
entradas para la Sagrada Familia
merece la pena ir a Terra Mítica
cuánto cuesta subir a la Torre Eiffel
horario de Bioparc Valencia
qué hay que ver en Machu Picchu
cómo se llega a Chichén Itzá desde Cancún
precios de Isla Mágica
se puede visitar el Congreso por dentro
acuario de Sevilla abre los lunes
reserva entradas para el Parque Warner
qué castillos se pueden visitar cerca de Segovia
cuánto tiempo se necesita para ver el Vaticano
visita guiada por el Valle de Cabárceno
zoo de Madrid o Faunia con niños
hay que reservar para las Setas de Sevilla
""",
        "Events": """
qué conciertos hay este finde en Barcelona
cuándo toca Estopa en Madrid
entradas para el Sónar
qué fiestas hay este mes en los pueblos de al lado
a qué hora empiezan los Sanfermines
cuándo es el Vive Latino
quedan entradas para el concierto de Alejandro Sanz
qué obras de teatro hay en la Gran Vía
cuándo es la Semana Grande de Bilbao
feria del libro de Madrid fechas
qué actúa en el WiZink Center esta semana
dónde ver la cabalgata de Reyes
hay algún monólogo esta noche en Sevilla
cuándo empieza el Carnaval de Cádiz
festivales de música en Colombia este año
""",
        "Style & Fashion": """
qué me pongo para una cena elegante
cómo combino una falda de cuadros
tendencias de otoño en Mango
qué gafas me quedan bien con la cara redonda
busca un abrigo de paño negro
cómo se lleva el pantalón ancho
qué zapatos van con un traje azul marino
quiero cambiar de look
cómo se pliega bien una camisa para la maleta
colores que se llevan esta temporada
un reloj elegante que no sea muy caro
qué bolso de Bimba y Lola está de moda
ideas de peinados para pelo corto
cómo lavo un jersey de lana sin que encoja
consejos para vestir bien con poco dinero
qué se lleva en la Semana de la Moda de Madrid
""",
        "Hobbies & Interests": """
quiero aprender a tocar la guitarra
cómo empiezo a pintar con acuarelas
qué necesito para empezar con la fotografía
tutorial de punto para principiantes
cómo se juega al ajedrez bien
cursos de cerámica los fines de semana
qué cámara compro para hacer fotos de aves
cómo hago jabón casero
me gustaría aprender a coser a máquina
dónde puedo hacer escalada en rocódromo
cómo empiezo a hacer bonsáis
clubes de astronomía aficionada cerca de aquí
qué caña compro para pescar en río
cómo se hace un amigurumi
ideas para un diario de viaje dibujado
dónde venden piezas de Lego sueltas
""",
        "Video Gaming": """
cuándo sale GTA seis
cómo paso el jefe final de Elden Ring
qué juegos hay gratis este mes en PlayStation Plus
merece la pena la Steam Deck
mejores juegos de Nintendo Switch para jugar en familia
cómo consigo más pavos en Fortnite
qué tal está el último Zelda
alinea buena en EA Sports FC
trucos para Minecraft en supervivencia
cuánto ocupa Call of Duty en la consola
juegos indie parecidos a Hollow Knight
cómo se evoluciona a Eevee en Pokémon
qué mando va bien para jugar en el PC
dónde ver la final de Valorant
qué Xbox me compro
qué personaje es mejor en Street Fighter seis
""",
        "Sports": """
cómo va el Barça
a qué hora juega el Atlético mañana
resultado del clásico
quién ganó el Tour de Francia
cuándo juega Nadal su próximo partido
pon el partido del Sevilla
clasificación de la Fórmula uno
cuántos goles lleva Lewandowski
quién juega hoy en la NBA
fichajes del Real Madrid
cómo ha quedado Boca contra River
horario de la MotoGP este finde
cuándo es la próxima carrera de Fernando Alonso
partidos de la Liga MX hoy
cómo mejoro mi saque de tenis
quién es el máximo goleador de la Champions
""",
        "Food & Drink": """
dame una receta de tortilla
pide comida china a domicilio
cómo se hacen unas croquetas de jamón
receta fácil de arroz con leche
restaurantes de sushi cerca de aquí
cómo preparo un buen gazpacho
qué cerveza artesana me recomiendas
pídeme un kebab por Glovo
cómo se hacen tacos al pastor
cuánto tiempo se asa un pollo en el horno
qué postre hago sin horno
cómo hago masa de pizza casera
dónde tomar un buen vermú en Madrid
cómo se prepara un mojito
""",
        "Home & Garden": """
cómo pinto una pared sin dejar marcas
cuándo se siembran los tomates
qué plantas de interior necesitan poca luz
cómo arreglo un grifo que gotea
ideas para decorar el recibidor
cómo quito el moho de la junta de la ducha
qué abono uso para las hortensias
cómo monto un huerto urbano en la terraza
me conviene un robot cortacésped
cómo cambio un enchufe
ideas para ordenar el armario
cómo se trasplanta una orquídea
qué suelo pongo en la cocina
cómo quito el olor de la nevera
plantas aromáticas para la ventana
cómo hago compost en casa
""",
        "Science": """
por qué las estrellas parpadean
cómo funciona un agujero negro
cuánto pesa la Luna
qué es el ADN
cómo vuelan los aviones
cuándo hay eclipse de sol este año
por qué tenemos mareas
qué ha descubierto el telescopio James Webb
cómo se forma un arcoíris
cuántas estrellas hay en la Vía Láctea
qué es la física cuántica explicada fácil
cómo funciona la fotosíntesis
por qué hierve el agua a cien grados
qué misiones hay a Marte ahora mismo
cómo se mide un terremoto
por qué los gatos siempre caen de pie
""",
        "Pets": """
qué le puedo dar de comer a mi perro
cómo corto las uñas a mi gato
razas de perro pequeñas para piso
cuánto tiempo vive un hámster
cómo educo a un cachorro para que haga pis fuera
qué pienso es mejor para gatos esterilizados
cómo monto un acuario para peces tropicales
por qué mi perro ladra cuando me voy
cuánto cuesta adoptar un perro en una protectora
arena para gatos que no huela
mi loro puede comer fruta
cómo presento un gato nuevo a mi perro
guarderías para perros en Valencia
juegos de inteligencia para perros
qué necesita un conejo en su jaula
parques para soltar al perro cerca de aquí
""",
        "Automotive": """
cuánto cuesta cambiar las pastillas de freno
qué coche híbrido me recomiendas
cómo funciona el cargador de un coche eléctrico
cada cuántos kilómetros se cambia la correa de distribución
qué tal el Toyota Corolla de segunda mano
cómo arranco el coche con pinzas
qué presión llevan mis ruedas
diferencia entre diésel y gasolina para pocos kilómetros
mejores motos de ciento veinticinco para ciudad
cómo limpio los faros amarillentos
cuánto consume un Dacia Sandero
qué seguro de coche sale más barato
cómo quito un arañazo del coche
talleres de confianza cerca de aquí
qué significa la luz del motor encendida
nuevo Renault cinco eléctrico precio
""",
        "Personal Finance": """
cómo ahorro más cada mes
qué es mejor un depósito o una letra del tesoro
cuánto tengo que pagar de IRPF
cómo funciona el interés compuesto
quiero empezar a invertir en fondos indexados
cómo reduzco la factura de la luz
me conviene amortizar hipoteca o invertir
cómo hago un fondo de emergencia
qué gastos puedo deducirme en la renta
regla del cincuenta treinta veinte explicada
cómo consolido mis deudas
cuenta sin comisiones para jóvenes
cómo pido mi vida laboral para la pensión
apps para repartir gastos entre amigos
es buena idea invertir en oro
cómo ahorrar para la jubilación
""",
        "Careers": """
cómo escribo una carta de presentación
busca ofertas de trabajo de enfermera en Madrid
qué preguntas hacen en una entrevista de trabajo
cómo negocio el sueldo en una oferta
cuánto gana un ingeniero de datos
quiero cambiar de profesión a los cuarenta
cómo pido una excedencia
qué hace falta para ser piloto de avión
cursos para reciclarme profesionalmente
cómo me preparo las oposiciones de maestro
cómo digo en el trabajo que me voy
mejores empresas para trabajar en España
cómo consigo prácticas en una empresa tecnológica
qué estudios necesito para ser veterinario
cómo hago networking sin conocer a nadie
consejos para mi primera evaluación de desempeño
""",
        "Education": """
explícame el teorema de Pitágoras
cómo me apunto a la Escuela Oficial de Idiomas
qué nota de corte tiene Medicina en Sevilla
quiero aprender francés desde cero
cómo se calcula la media para la universidad
cursos gratuitos en la UNED
ayúdame a repasar los verbos irregulares en inglés
diferencia entre FP superior y grado universitario
cómo funciona el examen del Cambridge C1
qué estudiar para trabajar en videojuegos
explícame la Revolución Francesa en resumen
becas para estudiar en el extranjero
cómo elijo colegio para mi hijo
qué es el método Montessori
tablas de multiplicar para niños
cómo se hace un comentario de texto
""",
        "Real Estate": """
pisos en venta en Zaragoza por menos de doscientos mil
cuánto me dan de hipoteca con mi sueldo
qué es el ITP al comprar una vivienda
alquiler de estudios en el centro de Madrid
cómo funciona una fianza de alquiler
vale la pena comprar una casa para reformar
precio del metro cuadrado en Barcelona
qué papeles necesito para alquilar un piso
cómo calculo la rentabilidad de un piso para alquilar
casas de campo en venta en Galicia
qué es la tasación de una vivienda
departamentos en renta en la Ciudad de México
cuánto cobra una inmobiliaria por vender
puedo subir el alquiler a mi inquilino
áticos con terraza en Valencia
qué es un contrato de arras
""",
        "Healthy Living": """
rutina de ejercicios para hacer en casa
cómo empiezo a hacer yoga
cuántos pasos al día debería dar
plan de entrenamiento para una media maratón
qué desayuno sano me recomiendas
ejercicios para fortalecer la espalda
cómo bebo más agua durante el día
pon una clase de pilates de veinte minutos
ideas de comidas saludables para la semana
cuántas calorías quema una hora de bici
quiero correr mi primer maratón
meditación guiada de diez minutos
cómo hago sentadillas correctamente
snacks sanos para llevar al trabajo
entrenamiento de fuerza para principiantes
cómo mantengo la motivación para ir al gimnasio
""",
        "Shopping": """
dónde compro unas zapatillas Nike más baratas
cuándo es el Black Friday este año
hay ofertas en Amazon hoy
compara precios de la freidora de aire Cosori
a qué hora abre el Carrefour
cómo sigo mi pedido de Zalando
tiendas de segunda mano en Barcelona
busca un regalo para mi madre de unos treinta euros
qué supermercado es más barato
vale la pena la tarjeta de Amazon Prime
hay descuentos en MediaMarkt esta semana
dónde venden muebles baratos aparte de Ikea
cómo pido un reembolso en PcComponentes
qué días abre el centro comercial La Vaguada
cupones para Mercado Libre
cómo funciona el Hot Sale en México
""",
        "Family and Relationships": """
qué hacer con niños un día de lluvia
cómo hablo con mi hijo adolescente
juegos para entretener a los niños en el coche
planes en familia en Valencia este sábado
cómo organizo las vacaciones con los suegros
ideas para una noche romántica en casa
cómo enseño a mi hija a nadar
a qué edad se le da el primer móvil a un niño
actividades extraescolares para niños de ocho años
cómo mejoro la comunicación con mi pareja
recetas para cocinar con los niños
cómo hago que mis hijos recojan su cuarto
parques infantiles cubiertos cerca de aquí
cómo celebro el día del padre con los peques
cuentos para leerle a mi hijo antes de dormir
ideas para pasar tiempo con mi abuela
""",
        "Personal Celebrations & Life Events": """
ideas para celebrar nuestro aniversario
cómo organizo una boda pequeña en el campo
qué regalo para unas bodas de oro
ideas para un cumpleaños de cuarenta
frases para felicitar a mi hermana por su boda
cómo planeo una despedida de soltero en Valencia
decoración para una fiesta de quince años
cuánto cuesta un fotógrafo de bodas
menú para la comunión de mi sobrino
ideas para una fiesta de jubilación
cómo organizo un cumpleaños infantil en casa
regalos para el primer aniversario de novios
dónde celebro mi graduación con amigos
lista de cosas para la fiesta de inauguración de casa
qué canción para el primer baile de la boda
cómo preparo una sorpresa para los cincuenta de mi padre
""",
        "Fine Art": """
quién pintó La noche estrellada
qué exposiciones hay en el Thyssen
háblame de Frida Kahlo
dónde está el Guernica
qué es el cubismo
entradas para el Teatro Real
horario del Museo Picasso de Málaga
explícame el Jardín de las Delicias del Bosco
cómo empiezo a pintar al óleo
qué obras tiene el Museo Soumaya
quién era Velázquez
galerías de arte contemporáneo en Madrid
cuándo hay ballet en el Palau de les Arts
qué escultores famosos hay en España
háblame de la obra de Diego Rivera
dónde puedo ver arte urbano en Valparaíso
""",
    },
    "fr": {
        "Entertainment": """
mets le dernier album de Aya Nakamura
lance la saison deux de Dix pour cent
c'est quoi le prochain film de Jacques Audiard
joue le podcast Affaires sensibles
il sort quand le nouveau Astérix au cinéma
trouve-moi un bon thriller sur Netflix
mets du Céline Dion
qui a gagné la Star Academy
j'aimerais revoir La Cité de la peur
lance Les Grosses Têtes en replay
c'est quoi les horaires de Dune au Kinepolis de Bruxelles
une série policière québécoise à regarder
mets la radio Nostalgie
est-ce que Disney Plus a Les Simpson en français
""",
        "Technology & Computing": """
c'est quoi la différence entre un SSD et un disque dur
quel MacBook pour faire du montage vidéo
comment libérer de l'espace sur mon iPhone
ça vaut quoi le Samsung Galaxy S24
comment configurer un VPN sur mon ordi
j'aimerais apprendre à coder en Python
c'est quoi l'intelligence artificielle générative
quelle imprimante pas chère pour la maison
mon wifi rame, comment booster le signal
comment passer à Windows 11
combien de mémoire vive pour un PC de bureau
une bonne souris ergonomique
c'est quoi la 5G exactement
comment monter son propre PC
les nouveautés présentées par Apple cette semaine
est-ce que ça vaut le coup un NAS Synology
""",
        "Travel": """
trouve un vol pas cher pour Lisbonne
réserve une chambre à Québec pour trois nuits
le prochain Thalys pour Amsterdam
comment aller de la gare de Lyon à Montmartre
que faire à Montréal en hiver
un road trip en Écosse, combien de jours
c'est combien un aller-retour Bruxelles Rome
il faut un passeport pour aller au Maroc
un camping au bord de la mer en Vendée
réserve une voiture de location à l'aéroport de Nice
quel quartier pour dormir à Barcelone
les meilleures îles de Grèce à visiter
combien de temps en train entre Paris et Marseille
j'aimerais partir au Japon au printemps
un Airbnb pas cher à Annecy
un ouigo pour Bordeaux vendredi
""",
        "Books and Literature": """
c'est quoi le dernier roman de Joël Dicker
lis-moi un poème de Baudelaire
des polars nordiques à conseiller
qui a écrit Le Petit Prince
le résumé de Madame Bovary
quel manga commencer après One Piece
mets le livre audio de Harry Potter
un roman de Michel Tremblay pour débuter
qui a gagné le prix Renaud cette année
j'aimerais lire plus de science-fiction
c'est bien Les Rois maudits
des romans courts pour le métro
la suite de La Horde du Contrevent existe
une bonne BD de Riad Sattouf
qui est l'auteur de Bonjour tristesse
des livres dans le genre de Fred Vargas
""",
        "Business and Finance": """
comment va le Nasdaq aujourd'hui
le cours de l'action Renault
combien vaut le dollar canadien en euros
pourquoi la BCE a monté ses taux
les résultats trimestriels de Nvidia
qui a racheté Twitter déjà
c'est quoi une OPA
le Bel 20 à la clôture
le prix de l'or ce matin
comment lire un bilan comptable
les nouvelles de la fusion entre les deux banques
c'est quoi la récession technique
le chiffre d'affaires de Michelin l'an dernier
qui est le patron de Danone
le taux de chômage en France ce trimestre
pourquoi le prix du pétrole grimpe
""",
        "Attractions": """
les horaires du Louvre aujourd'hui
des billets pour Disneyland Paris
c'est combien l'entrée du Mont-Saint-Michel
le zoo de Granby, ça ouvre quand
on peut visiter l'Atomium le dimanche
l'Aquarium de Paris avec des enfants, ça vaut le coup
réserve deux places pour la Sagrada Família
les horaires du Musée d'Orsay
le Biodôme de Montréal est ouvert demain
combien de temps pour visiter le château de Chambord
Pairi Daiza, c'est mieux que Beauval
comment monter à l'Arc de Triomphe
des grottes à visiter en Ardèche
le parc Walibi est ouvert en octobre
ça se visite la chapelle Sixtine le lundi
c'est où le jardin de Monet à Giverny
""",
        "Events": """
qu'est-ce qu'il y a ce soir au Zénith
des billets pour le concert de Indochine
c'est quand les Solidays
la programmation de Rock en Seine
il reste des places pour Tomorrowland
c'est quand le salon de l'agriculture
les spectacles au Bataclan ce mois-ci
le Festival Juste pour rire, c'est quand
une pièce de théâtre à voir à Paris ce samedi
c'est quand la Fête des lumières à Lyon
des concerts gratuits ce soir à Bruxelles
à quelle heure passe Orelsan aux Eurockéennes
c'est quand le marathon de Paris pour aller voir
le programme des Nuits Botanique
un stand-up ce vendredi à Québec
""",
        "Style & Fashion": """
quelles chaussures avec une robe verte
les tendances printemps été
comment porter un blazer oversize
c'est quoi le style de Jacquemus
une coupe courte pour cheveux fins
comment assortir une cravate et une chemise rayée
un manteau chaud mais élégant
quel parfum pour homme pour l'hiver
comment plier une chemise sans faire de plis
c'est quoi la fashion week de Paris cette année
des idées de tenues pour un entretien
comment choisir des lunettes de soleil pour un visage rond
des marques françaises de vêtements éthiques
comment laver un pull en cachemire
quel rouge à lèvres pour un teint pâle
j'aimerais me faire un style plus rock
""",
        "Hobbies & Interests": """
comment débuter la poterie
j'aimerais apprendre le crochet
des idées de maquettes à construire
comment faire du pain au levain à la maison
des cours de photo argentique à Lyon
comment on joue au tarot
un bon appareil pour débuter l'astronomie amateur
comment faire une broderie simple
j'aimerais me mettre à l'aquarelle
des jeux de société pour une soirée à six
comment démarrer une collection de timbres
un club de bridge près de chez moi
comment peindre des figurines Warhammer
des tutos de guitare pour débutant
comment faire des bougies soi-même
la pêche à la mouche, par où commencer
""",
        "Video Gaming": """
c'est quand la sortie de GTA 6
comment battre Malenia dans Elden Ring
des jeux coop sur PS5
la Switch 2 elle sort quand
mets le stream de Gotaga
quelle manette pour jouer sur PC
les meilleurs jeux indé de l'année
comment débloquer tous les personnages dans Smash Bros
combien coûte le Steam Deck
les codes pour Fortnite cette saison
comment farmer de l'or dans Hogwarts Legacy
un jeu de course sympa sur Xbox
la Vitality a gagné le major
j'aimerais finir Hollow Knight à cent pour cent
c'est quoi les jeux gratuits sur l'Epic Store cette semaine
""",
        "Sports": """
le score du Real Madrid
qui joue ce soir en Ligue des champions
le classement du Canadien de Montréal
c'est quand le prochain match du Stade toulousain
les résultats du Grand Prix de F1
qui a gagné la Coupe Davis
c'est quand Anderlecht contre le Standard
combien de buts a marqué Griezmann cette saison
les horaires du marathon de New York à la télé
le calendrier de la Coupe du monde de rugby
qui est champion de NBA
Wembanyama a joué hier
c'est quand le derby lyonnais en foot féminin
comment améliorer mon service au tennis
le programme du biathlon ce week-end
les transferts du Club Brugge
""",
        "Food & Drink": """
réserve une table pour deux ce soir
commande un poke bowl sur Uber Eats
comment faire une poutine maison
une recette de carbonnade flamande
c'est quoi un bon champagne pas trop cher
comment réussir une mayonnaise
un bon resto italien près de Saint-Michel
combien de temps cuire des œufs mollets
une recette végétarienne rapide pour ce soir
comment faire des crêpes sans lait
quelle bière belge pour débuter
un bar à vin sympa dans le Marais
commande des frites chez Quick
comment faire un tiramisu
""",
        "Home & Garden": """
comment déboucher un évier sans produit
quand planter les tomates
comment repeindre des meubles en bois
quelle tondeuse pour un petit jardin
comment isoler des combles perdus
des idées de déco pour une salle de bain
comment faire un compost sur le balcon
comment fixer une étagère sur du placo
comment tailler un rosier
quel aspirateur robot choisir
comment faire pousser du basilic en intérieur
des astuces pour ranger un petit appart
comment enlever une tache de moisissure sur un mur
quelle couleur de peinture pour un salon sombre
quand semer le gazon
comment créer un potager en carré
""",
        "Science": """
pourquoi le ciel est bleu
comment fonctionne un trou noir
c'est quoi la mécanique quantique en gros
combien de temps pour aller sur Mars
comment les abeilles communiquent
comment naissent les étoiles
pourquoi il y a des marées
la dernière mission de la NASA sur la Lune
comment se forme un arc-en-ciel
c'est quoi le boson de Higgs
pourquoi les dinosaures ont disparu
explique-moi la photosynthèse
comment marche un réacteur nucléaire
quelle est la température du soleil
le télescope James Webb a trouvé quoi
pourquoi la glace flotte sur l'eau
""",
        "Pets": """
que donner à manger à un chiot de trois mois
comment apprendre la propreté à mon chien
pourquoi mon chat miaule la nuit
quelle litière pour un chaton
un bon toiletteur pour chien à Lyon
comment faire cohabiter un chat et un lapin
quelle race de chien pour un appartement
à quel âge faire stériliser un chat
comment entretenir un aquarium d'eau douce
des jouets pour occuper un border collie
combien de fois sortir un chien par jour
comment couper les griffes d'un chat
un refuge pour adopter un chat près de chez moi
que mange un hamster
comment voyager en avion avec un chien
un harnais pour petit chien qui tire
""",
        "Automotive": """
combien coûte une Tesla Model 3
quand faire la vidange de ma voiture
c'est quoi la différence entre hybride et hybride rechargeable
où recharger ma voiture électrique près d'ici
comment changer un pneu crevé
la nouvelle Peugeot 3008, elle vaut quoi
quels pneus hiver pour une Clio
combien coûte un contrôle technique
comment nettoyer les phares de ma voiture
une bonne citadine d'occasion
quel SUV familial consomme le moins
c'est quoi le voyant orange sur mon tableau de bord
comment entretenir une moto l'hiver
la Renault 5 électrique sort quand
le prix d'une Dacia Sandero neuve
comment faire le plein d'AdBlue
""",
        "Personal Finance": """
comment ouvrir un livret A
combien je peux emprunter avec mon salaire
c'est quoi un PEA
comment faire un budget mensuel
quelle banque en ligne choisir
comment remplir ma déclaration d'impôts
c'est quoi un CELI au Canada
comment épargner pour la retraite
est-ce que l'assurance vie c'est intéressant
comment rembourser une carte de crédit plus vite
combien mettre de côté chaque mois
c'est quoi les frais de tenue de compte chez Boursorama
comment investir dans un ETF
j'aimerais arrêter de vivre à découvert
comment renégocier mon prêt immobilier
combien rapporte un livret d'épargne en Belgique
""",
        "Careers": """
comment écrire une bonne lettre de motivation
des offres d'emploi de développeur à Nantes
comment négocier une augmentation
comment préparer un entretien d'embauche
c'est quoi le salaire moyen d'une infirmière
comment mettre à jour mon profil LinkedIn
j'aimerais changer de métier à quarante ans
comment demander une rupture conventionnelle
quelles questions poser à la fin d'un entretien
des idées de reconversion dans le numérique
comment devenir électricien
c'est quoi un bilan de compétences
comment faire un CV sans expérience
les métiers qui recrutent au Québec
comment se lancer en freelance
combien gagne un chef de projet
""",
        "Education": """
comment s'inscrire sur Parcoursup
j'aimerais apprendre l'espagnol en six mois
des cours du soir en comptabilité
c'est quoi la différence entre un BTS et un BUT
les dates du bac cette année
comment aider mon fils pour ses devoirs de maths
une bonne appli pour apprendre l'anglais
comment se préparer au TOEIC
les meilleures écoles de commerce en France
c'est quoi un cégep
des MOOC gratuits en histoire de l'art
comment réviser efficacement pour un examen
les frais d'inscription à l'ULB
comment obtenir une bourse d'études
explique-moi le théorème de Pythagore
un cours en ligne de statistiques pour débutant
""",
        "Real Estate": """
combien coûte un appartement à Bordeaux
des maisons à vendre près de Namur
comment calculer les frais de notaire
un deux pièces à louer dans le onzième
c'est le bon moment pour acheter
comment estimer le prix de ma maison
c'est quoi le DPE
les prix de l'immobilier à Montréal
comment trouver un locataire fiable
un studio à louer près de la fac à Toulouse
comment faire une offre d'achat
c'est quoi un viager
combien de mètres carrés pour une famille de quatre
les meilleures agences immobilières à Lille
acheter dans le neuf ou dans l'ancien
un terrain constructible en Bretagne
""",
        "Healthy Living": """
un programme de course à pied pour débutant
comment faire une planche correctement
des exercices de yoga le matin
combien de pas par jour pour être en forme
une idée de petit-déjeuner riche en protéines
comment préparer un semi-marathon
des étirements après la course
lance une séance de méditation de dix minutes
combien de litres d'eau boire par jour
un cours de pilates près de chez moi
des recettes de smoothie vert
comment se remettre au sport après l'hiver
une séance de HIIT de vingt minutes
une routine d'étirements avant de dormir
des exercices de gainage sans matériel
j'aimerais manger plus de légumes
""",
        "Shopping": """
les soldes commencent quand
trouve-moi un aspirateur en promo
c'est quoi les horaires d'Ikea le dimanche
un code promo pour Zalando
où acheter des baskets Adidas pas cher
compare le prix de l'iPhone chez Fnac et Darty
les offres du Black Friday sur Amazon
un centre commercial ouvert aujourd'hui
où se trouve le Decathlon le plus proche
des idées de cadeaux à moins de trente euros
ma commande Vinted est arrivée
c'est moins cher chez Lidl ou chez Aldi
un magasin de déco sympa à Bruxelles
j'aimerais acheter une nouvelle valise
les meilleures ventes chez Sephora
le Costco de Laval est ouvert le lundi
""",
        "Family and Relationships": """
des activités à faire avec les enfants ce week-end
comment gérer les crises d'un enfant de deux ans
des idées de sortie en famille à Bruxelles
comment parler de l'argent de poche avec mon ado
des jeux pour occuper les petits en voiture
comment organiser une soirée en amoureux
à quel âge donner un téléphone à un enfant
des idées de bricolage avec des enfants de cinq ans
comment aider ma mère à la retraite à s'occuper
des conseils pour bien s'entendre avec sa belle-famille
comment faire garder mes enfants pendant les vacances
une histoire à lire à ma fille avant de dormir
comment instaurer une routine du coucher
des idées de week-end en couple
comment se faire des amis dans une nouvelle ville
comment partager les tâches ménagères en couple
""",
        "Personal Celebrations & Life Events": """
des idées pour organiser un mariage champêtre
quoi offrir pour vingt ans de mariage
un gâteau d'anniversaire pour les trente ans de ma sœur
comment préparer un enterrement de vie de garçon
des idées de thème pour un anniversaire de sept ans
une salle pour une fête de fiançailles à Liège
comment organiser une fête de départ à la retraite
des idées de cadeaux pour une crémaillère
comment fêter nos dix ans de rencontre
un traiteur pour un baptême civil
des invitations originales pour un mariage
comment organiser une fête surprise
quoi écrire sur une carte de félicitations pour un diplôme
une liste de mariage en ligne
des idées de déco pour une baby shower
""",
        "Fine Art": """
qui a peint Les Nymphéas
c'est quoi l'impressionnisme
les expositions en cours au Centre Pompidou
parle-moi de Frida Kahlo
c'est quoi la différence entre baroque et renaissance
une expo de Magritte à Bruxelles
qui a sculpté Le Penseur
comment reconnaître un tableau de Picasso
les œuvres de Jean-Paul Riopelle
c'est quoi l'art contemporain en gros
qu'est-ce qu'il y a à voir au musée des Beaux-Arts de Montréal
des galeries d'art à visiter dans le Marais
l'histoire de La Joconde
j'aimerais acheter une lithographie
qui est Pierre Soulages
c'est quoi le mouvement surréaliste
""",
    },
    "it": {
        "Entertainment": """
fammi sentire l'ultimo disco di Elodie
metti la playlist di Tiziano Ferro
quando esce la terza stagione di The Bear
metti la puntata di ieri di Che tempo che fa
consigliami un film horror da vedere stasera
chi ha fatto la regia di C'è ancora domani
su quale piattaforma trovo Gomorra
fammi ascoltare un podcast di true crime
metti De André
vorrei rivedere tutta la saga del Signore degli Anelli
a che ora inizia X Factor stasera
chi canta quella canzone che fa vita spericolata
metti qualcosa di rilassante da ascoltare
ci sono film di Verdone su Prime Video
""",
        "Technology & Computing": """
come si svuota la cache del browser
il nuovo Pixel ha una buona fotocamera
quanto costa un SSD da un tera
vorrei imparare a programmare in Python
come aggiorno i driver della scheda video
meglio Windows o Linux per un vecchio portatile
come funziona ChatGPT
consigliami un tablet per disegnare
come si configura un router TP-Link
che smartwatch è compatibile con Android
perché il mio portatile si surriscalda
come si crea un sito con WordPress
quanta RAM serve per il montaggio video
novità sul nuovo MacBook Air
cos'è il cloud computing
come collego una stampante in rete
""",
        "Travel": """
prenota un hotel a Firenze per sabato notte
orari dei treni da Milano a Venezia
quanto costa il traghetto per l'Elba
come arrivo all'aeroporto di Bergamo da Milano
vorrei fare un viaggio in Giappone in primavera
serve il visto per gli Stati Uniti
un bed and breakfast a Positano
cosa vedere a Lisbona in tre giorni
quanto ci mette il Frecciarossa da Roma a Napoli
affitta un'auto all'aeroporto di Catania
voli diretti per New York da Fiumicino
un itinerario in camper per le Dolomiti
dove conviene dormire a Parigi
il volo per Barcellona è in orario
quali isole greche sono meno affollate
""",
        "Books and Literature": """
consigliami un giallo ambientato in Sicilia
leggimi qualche verso di Leopardi
di cosa parla Cent'anni di solitudine
è uscito il nuovo libro di Donato Carrisi
vorrei leggere qualcosa di Dostoevskij ma non so da dove iniziare
metti l'audiolibro di Harry Potter
chi ha scritto Se questo è un uomo
libri simili a L'amica geniale
un saggio di storia facile da leggere
quali sono i classici della letteratura russa
manga da leggere per iniziare
la trama della Divina Commedia in breve
chi ha vinto il premio Campiello
una raccolta di racconti di Buzzati
romanzi di fantascienza consigliati
vorrei iscrivermi a un club del libro
""",
        "Business and Finance": """
come ha chiuso il FTSE MIB oggi
quanto vale un euro in sterline
le azioni di Eni stanno salendo
chi è il presidente della BCE
cosa vuol dire inflazione core
notizie sulla borsa di Wall Street
perché il Nasdaq è crollato ieri
quanto ha fatturato Luxottica l'anno scorso
cos'è un'offerta pubblica di acquisto
il prezzo del petrolio Brent
la Fed abbasserà i tassi
come funziona un'IPO
andamento dell'ethereum questa settimana
quali aziende italiane sono quotate a Milano
il rendimento dei BTP a dieci anni
cosa fa un consiglio di amministrazione
""",
        "Attractions": """
orari degli Uffizi
biglietti per la Cappella Sistina
quanto costa entrare a Mirabilandia
vorrei visitare la Galleria Borghese
il Bioparco di Roma è aperto la domenica
come si arriva alla Torre Eiffel dalla stazione
conviene prenotare per il Cenacolo
cosa vedere a Venezia oltre a San Marco
il Museo della Scienza di Milano merita
visite guidate alle catacombe di Napoli
Leolandia è adatta a bambini piccoli
quanto si aspetta per entrare al Louvre
il parco Sigurtà è bello in primavera
biglietti per l'Aquarium di Cattolica
si può salire sulla cupola del Brunelleschi
la Sagrada Familia quanto costa
""",
        "Events": """
concerti a Roma questo weekend
biglietti per Vasco a Bologna
quando c'è il Salone del Libro di Torino
chi suona al Primo Maggio
cosa c'è stasera al Forum di Assago
quando inizia il Firenze Rocks
mostre e fiere a Bologna questo mese
a che ora apre la fiera di Rimini
ci sono spettacoli di cabaret a Napoli venerdì
biglietti per l'Arena di Verona ad agosto
quando c'è il festival di Sanremo
c'è qualche mercatino di Natale vicino a Trento
eventi per il Fuorisalone
la scaletta del concerto di Jovanotti
il programma della notte bianca
""",
        "Style & Fashion": """
come si abbina una giacca di velluto
le sneakers di moda quest'anno
che colore di scarpe con un abito blu
vorrei rinnovare il guardaroba per l'autunno
come si allaccia un papillon
borse di Gucci in saldo
che occhiali da sole vanno di moda
come si porta un trench
un vestito per un matrimonio in estate
tendenze capelli per l'inverno
come scelgo un orologio elegante
che taglia di jeans Levi's prendo
outfit casual per il weekend
come si lavano i maglioni di cashmere
che smalto va di moda adesso
la sfilata di Armani a Milano
""",
        "Hobbies & Interests": """
vorrei imparare a lavorare a maglia
come si costruisce un modellino di nave
come si fa una foto alla Via Lattea
regole del burraco
come si inizia con il giardinaggio bonsai
un corso di fotografia a Bologna
come si fanno le candele profumate
vorrei imparare il pianoforte da adulto
come si colleziona monete antiche
come si gioca a Dungeons and Dragons
un kit per la pittura ad acquerello
come si monta un trenino elettrico
come si costruisce un aquilone
dove si pesca la trota in Trentino
come si impara il birdwatching
idee per un hobby creativo da fare la sera
""",
        "Video Gaming": """
trucchi per Zelda Tears of the Kingdom
quando esce GTA 6
la PS5 Pro vale la pena
come si sblocca il personaggio segreto in Hades
giochi gratis su Epic Games questa settimana
metti una live di gaming su Twitch
che controller prendo per il PC
come finisco il livello di Elden Ring
i migliori giochi per Steam Deck
vorrei un gioco di strategia come Civilization
come si gioca a League of Legends
quando esce il nuovo EA Sports FC
giochi multiplayer da fare con gli amici online
come si costruisce una base su Valheim
la Nintendo Switch 2 quanto costa
consigliami un monitor da gaming
""",
        "Sports": """
risultato della Roma
quando gioca il Napoli in Champions
chi ha segnato ieri nella partita del Milan
classifica marcatori della Serie A
metti la partita della Lazio
come è finita la Fiorentina
a che ora parte il Gran Premio di Formula Uno
chi ha vinto il Tour de France
orari della finale degli Internazionali di Roma
la Juventus ha cambiato allenatore
quando gioca la nazionale di pallavolo
risultati dell'NBA stanotte
quanto costa il biglietto per la curva del Bologna
Bagnaia è arrivato primo
calendario del Sei Nazioni
come si impara a giocare a tennis
""",
        "Food & Drink": """
prenota un tavolo per due stasera
ordina una pizza diavola e una birra
come si fa il ragù alla bolognese
ricetta del tiramisù senza uova crude
un ristorante di pesce a Genova
quanto cuoce il polpo
vorrei imparare a fare la pasta fresca
ordina un poke a domicilio
differenza tra prosecco e champagne
come si fa un buon espresso con la moka
una cantina da visitare nelle Langhe
ricetta dei cannoli siciliani
dove si mangia la migliore fiorentina a Firenze
come si prepara uno spritz
""",
        "Home & Garden": """
quando si semina l'insalata
come riparo un rubinetto che gocciola
come si rinvasa un'orchidea
idee per arredare il soggiorno in stile scandinavo
come si cambia la guarnizione della lavatrice
quando si taglia l'erba del prato
come elimino le lumache dall'orto
come si monta un mobile Ikea
che vernice uso per il legno esterno
piante da appartamento che vogliono poca luce
come si sturano i lavandini
come si fa il compost in giardino
come si rinnova un pavimento in parquet
vorrei mettere delle luci solari in giardino
ogni quanto si annaffiano i limoni in vaso
""",
        "Science": """
come funzionano i buchi neri
perché il cielo è blu
cos'è la fusione nucleare
quante lune ha Giove
come si formano i fulmini
spiegami la teoria della relatività
quando c'è la prossima eclissi di Luna
come fanno le piante a fare la fotosintesi
cos'è il DNA in parole semplici
perché il mare è salato
come funziona il telescopio James Webb
quanto è grande l'universo osservabile
come si sono estinti i dinosauri
cos'è la materia oscura
perché il ghiaccio galleggia
come funzionano le onde gravitazionali
""",
        "Pets": """
che crocchette sono buone per un gatto anziano
come si insegna al cane a non tirare al guinzaglio
ogni quanto si fa il bagno al cane
vorrei adottare un gatto
quanto vive un pappagallo
dove posso portare il cane in spiaggia in Liguria
come si pulisce la lettiera
il cane può mangiare la banana
razze di cani adatte ai bambini
come si educa un cucciolo di labrador
perché il gatto graffia il divano
cosa serve per una tartaruga d'acqua
un dog sitter per agosto a Milano
come faccio a far andare d'accordo cane e gatto
quanto mangia un coniglio nano
giochi per tenere occupato il cane quando esco
""",
        "Automotive": """
quanto consuma la Toyota Yaris ibrida
come si cambia l'olio del motore
conviene il diesel o il benzina
quando si mettono le gomme invernali
la nuova Fiat Grande Panda com'è
come si ricarica la batteria della macchina
quanto costa il bollo auto
vorrei comprare una moto per la città
le migliori SUV compatte
come si cambiano le spazzole dei tergicristalli
quanto costa assicurare un neopatentato
la Tesla Model 3 quanta autonomia ha
perché si accende la spia del motore
come si fa il passaggio di proprietà
colonnine di ricarica vicino a me
conviene una macchina usata a chilometro zero
""",
        "Personal Finance": """
come risparmio sulla bolletta della luce
conviene aprire un conto titoli
come si calcola l'ISEE
quanto mi costa un prestito personale
vorrei mettere da parte soldi per le vacanze
cos'è un fondo indicizzato
conviene il buono fruttifero postale
come funziona il bonifico istantaneo
quanto devo versare di contributi
come si legge la busta paga
la regola del cinquanta trenta venti per il budget
quale carta prepagata ha meno commissioni
come faccio la dichiarazione dei redditi online
conviene estinguere il mutuo in anticipo
quanto tenere in un fondo di emergenza
un'app per dividere le spese con i coinquilini
""",
        "Careers": """
offerte di lavoro come grafico a Torino
come aggiorno il profilo LinkedIn
vorrei cambiare lavoro e fare il programmatore
quanto guadagna un infermiere in Svizzera
come si risponde alla domanda sui difetti al colloquio
cosa scrivere nella mail di dimissioni
come si diventa avvocato
conviene fare uno stage all'estero
quanti giorni di preavviso servono per dimettersi
lavori da remoto per chi parla inglese
come si negozia lo stipendio
come funziona il contratto a tempo determinato
bandi di concorso per insegnanti
come si diventa guida turistica
come mi preparo per una promozione
consigli per il primo giorno di lavoro
""",
        "Education": """
vorrei imparare lo spagnolo
come si calcola la derivata di una funzione
quando sono le iscrizioni all'università
un corso online di storia dell'arte
come si prepara l'esame di analisi uno
spiegami la seconda guerra mondiale in breve
corsi serali per prendere il diploma
come funziona l'Erasmus
quanto costa la retta della Bocconi
app per imparare l'inglese
come si coniugano i verbi irregolari in francese
le date della prova Invalsi
borse di studio per l'università
come si fa una mappa concettuale
la differenza tra laurea triennale e magistrale
ripetizioni di matematica per la terza media
""",
        "Real Estate": """
case in vendita a Padova
affitti a Milano sotto i mille euro
quanto vale il mio appartamento
come funziona il rogito
vorrei comprare una casa al mare
monolocali in affitto vicino all'università di Pisa
quanto costa al metro quadro una casa a Firenze
conviene l'asta immobiliare
cosa serve per fare un contratto d'affitto
le tasse sulla prima casa
villette con giardino in Brianza
come si calcola la rendita catastale
quanto prende di provvigione un'agenzia immobiliare
appartamenti nuovi in classe A a Bologna
conviene affittare su Airbnb
come si sceglie un mutuo per giovani
""",
        "Healthy Living": """
un allenamento di venti minuti a casa
come si fa il plank
vorrei iniziare a fare yoga la mattina
quanti passi al giorno dovrei fare
una colazione sana e veloce
esercizi per gli addominali
come aumento la velocità nella corsa
piscine a Roma con corsi per adulti
ricette proteiche per dopo la palestra
come si medita per dieci minuti
un piano per correre la maratona di Roma
quanta acqua bere quando fa caldo
esercizi di stretching per la schiena in ufficio
palestre aperte la domenica a Milano
spuntini sani per il pomeriggio
corsi di pilates vicino a me
""",
        "Shopping": """
offerte sugli smartphone al Black Friday
dove compro un divano economico
a che ora chiude Ikea
cerca delle scarpe da corsa in sconto
orari del centro commerciale Oriocenter
confronta i prezzi dell'aspirapolvere Dyson
vorrei comprare un regalo per la festa della mamma
codice sconto per Shein
il volantino della Coop di questa settimana
quando arriva il mio pacco di Amazon
negozi di elettronica aperti adesso
conviene comprare su Temu
dov'è il MediaWorld più vicino
un buono regalo per Feltrinelli
dove trovo un frullatore sotto i cinquanta euro
i saldi invernali quando finiscono
""",
        "Family and Relationships": """
cosa fare con i bambini a Milano domenica
come spiego ai figli il trasloco
giochi da fare in macchina con i bambini
come organizzo un weekend romantico
vorrei passare più tempo con mia figlia
consigli per la prima notte fuori casa dei bambini
come si gestiscono i capricci a tre anni
idee per una giornata con i nipoti
a che età si può lasciare un bambino a casa da solo
come insegno a mia figlia a nuotare
come si ricomincia a parlare dopo una lite con il partner
attività per famiglie in Trentino
come aiuto mio figlio a fare amicizia a scuola
regole per l'uso del tablet ai bambini
una gita con i suoceri
come si sceglie un asilo nido
""",
        "Personal Celebrations & Life Events": """
idee per la festa di compleanno di mia figlia
come si organizza una festa di laurea
un regalo per i cinquant'anni di mio marito
quanto costa un fotografo per il matrimonio
vorrei organizzare una sorpresa per il nostro anniversario
location per un matrimonio in Puglia
come si scrivono le partecipazioni di nozze
idee per un addio al celibato a Budapest
una torta per i diciotto anni
come si fa una lista nozze
frasi di auguri per le nozze d'oro
idee per una festa di pensionamento
un ristorante per festeggiare il compleanno di mamma
quanto spendere per la bomboniera
come si organizza una festa a sorpresa
una canzone per il primo ballo degli sposi
""",
        "Fine Art": """
chi ha dipinto La nascita di Venere
dove si trova la Gioconda
mostre di arte contemporanea a Milano
spiegami il futurismo
vorrei vedere le opere di Caravaggio a Roma
chi era Artemisia Gentileschi
cosa rappresenta la Notte stellata di Van Gogh
quando apre la Biennale di Venezia
le sculture di Bernini più famose
differenza tra impressionismo ed espressionismo
dove si possono vedere i quadri di Modigliani
un corso di storia dell'arte rinascimentale
chi ha affrescato la Cappella degli Scrovegni
quanto vale un quadro di Lucio Fontana
le gallerie d'arte a Torino
opere di Frida Kahlo in mostra in Italia
""",
    },
}

COMMANDS: dict[str, str] = {
    "en": """
turn off my morning alarm
volume down a little
set the volume to half
make the screen brighter
lower the brightness
switch off all the lights
turn the heating off
add eggs to the list
add bin bags to my shopping list
delete the last item on my list
read my shopping list
save this number as dave
what's my next appointment
cancel my meeting at two
put lunch with anna in my calendar for thursday
send an email to my manager saying I'll be late
read my new emails
message sarah on my way
hang up
will it be windy this afternoon
what's the temperature outside
how much battery do I have left
turn off bluetooth
connect to the home wifi
take a picture
start a video
take me home
directions to work
translate good night into german
convert thirty degrees celsius to fahrenheit
next song
set a reminder for nine tomorrow
""",
    "de": """
mach leiser
Lautstärke auf sieben
etwas lauter bitte
stell die Lautstärke auf Maximum
pausier mal kurz
spiel weiter
nächster Titel
vorheriges Lied
Wiedergabe stoppen
Zufallswiedergabe an
weck mich morgen um viertel nach sechs
stell einen Wecker für halb acht
schalte alle Wecker aus
stell einen Timer auf zehn Minuten
stopp den Timer
Helligkeit auf fünfzig Prozent
Display heller
dimm das Licht im Schlafzimmer
Heizung im Bad auf zweiundzwanzig Grad
setz Eier auf die Einkaufsliste
erstell eine leere Liste
lösch die Einkaufsliste
speicher die Nummer als Handy Anna
ruf Mama an
verschieb meinen Termin um drei auf vier
was hab ich morgen für Termine
trag einen Termin für Dienstag um zehn ein
schreib eine Nachricht an Felix: bin unterwegs
lies mir meine neuen E-Mails vor
sag mir die Uhrzeit
welcher Tag ist heute
wie wird das Wetter morgen
wie warm ist es draußen
wie viel Akku hab ich noch
Energiesparmodus an
schalt Bluetooth ein
mit welchem WLAN bin ich verbunden
mach ein Selfie
navigier zur Arbeit
bring mich nach Hause
übersetz ich komme zehn Minuten später ins Englische
wie viel sind fünf Zoll in Zentimetern
rechne dreihundert Fahrenheit in Celsius um
danke dir
was kannst du
hallo
wie geht's dir
hör auf damit
""",
    "es": """
volumen al siete
pon el volumen a tope
un poco más bajo
pausa la música
reanuda
salta esta canción
vuelve a la anterior
pon una alarma para las ocho menos cuarto
apaga todas las alarmas
cancela el temporizador
baja el brillo de la pantalla
brillo al máximo
apaga las luces de la cocina
enciende la lámpara del dormitorio
sube la calefacción dos grados
añade huevos a la lista de la compra
crea una lista vacía
borra la lista de tareas
quita el tomate de la lista
guarda el número de Carmen en contactos
cuál es el teléfono de mi hermano
mueve mi cita de las tres a las cuatro
borra el evento de mañana por la tarde
lee mis mensajes nuevos
manda un mensaje a Sergio diciendo que ya llego
responde al correo de Laura que sí
llama a Ana
cuelga la llamada
me dices la hora
a qué día estamos
qué temperatura hace fuera
va a hacer frío mañana
cuánta batería tienen las gafas
activa el ahorro de batería
enciende el bluetooth
conéctate al wifi de casa
abre la cámara
saca una foto de esto
cómo llego a casa
llévame al trabajo
traduce al inglés dónde está el baño
cuántos centímetros son cinco pulgadas
cuántos grados Fahrenheit son treinta grados
muchas gracias, majo
qué cosas puedes hacer por mí
vale, nada más
""",
    "fr": """
volume à sept
monte un peu le volume
réveille-moi demain à six heures trente
annule toutes mes alarmes
arrête le minuteur
éteins tout dans le salon
baisse la luminosité de l'écran
monte le chauffage d'un degré
ajoute des œufs à la liste de courses
crée une liste vide
retire les tomates de ma liste
lis-moi ma liste de tâches
ajoute le numéro de Marc à mes contacts
appelle Sophie sur son portable
rappelle le dernier numéro
déplace mon rendez-vous de trois heures à quatre heures
crée un rendez-vous demain à neuf heures
annule ma réunion de cet après-midi
envoie un message à Camille, je suis en route
lis mes nouveaux messages
réponds que je rappelle plus tard
envoie un courriel à mon chef
quel jour on est
il va faire combien demain
il neige à Québec en ce moment
il me reste combien de batterie
active le bluetooth
déconnecte le wifi
allume l'appareil photo
prends un selfie
enregistre une vidéo
itinéraire pour rentrer à la maison
combien de temps pour aller au travail
traduis je voudrais un café en italien
combien de pieds dans un mètre
convertis vingt degrés Celsius en Fahrenheit
chanson suivante
pause
remets le morceau du début
merci
qu'est-ce que tu sais faire
t'es là
active le mode silencieux
mets le téléphone en économie d'énergie
c'est bon, laisse tomber
""",
    "it": """
abbassa il volume
volume a sette
metti una sveglia alle sei e un quarto
spegni tutte le sveglie
fai partire un timer di tre minuti
ferma il timer
a che punto è il conto alla rovescia
luminosità al massimo
abbassa la luminosità dello schermo
accendi le luci del salotto
spegni le luci in camera
abbassa il riscaldamento di due gradi
metti il termostato a venti
aggiungi le zucchine alla lista della spesa
crea una lista vuota
leggimi la lista delle cose da fare
cancella la lista della spesa
salva il numero di Francesca
qual è il numero di Andrea
chiama Chiara
richiama l'ultimo numero
rifiuta la chiamata
manda un messaggio a Sara dicendo che sono in ritardo
leggimi le nuove email
rispondi alla mail di Roberto che va bene
cosa ho in calendario oggi pomeriggio
crea un appuntamento giovedì alle dieci
cancella la riunione di domani mattina
che ora è adesso
che data è oggi
quanti gradi ci sono fuori
attiva il risparmio energetico
accendi il bluetooth
connettiti al wifi di casa
apri la fotocamera
fai un selfie
portami al lavoro
quanto traffico c'è per tornare a casa
traduci in francese a che ora chiude il negozio
quanti centimetri sono cinque pollici
quanti gradi Fahrenheit sono trenta gradi
ferma la riproduzione
riprendi
salta questa
grazie mille
come ti chiami
va bene così
ciao a domani
""",
}
