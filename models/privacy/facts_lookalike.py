"""Look-alike sentences and assistant commands for the sensitive gate's training set, written for the edge project.
Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

`TRAPS` holds ordinary spoken sentences in English, German, Spanish, French and Italian, each built around a word or a
name that a naive keyword filter for the special categories (GDPR art. 9) would flag: streets, stations, squares, pubs,
shops and chains, towns, teams and players' nicknames, bands, songs, films, series, games, books, brands, ships,
horses, cocktails and dishes; idioms and figures of speech with health-, crime-, sex-, politics- or religion-sounding
words; such words in an unrelated sense (a party, a union of sets, a trial version, a charge on a battery, a match,
a recipe); buildings used only as places; holidays used only as dates or sales. `COMMANDS` holds short, ordinary
commands and questions to a voice assistant in German, Spanish, French and Italian: alarms, timers, volume, lights,
music, lists, contacts, calendar, messages, calls, navigation, weather, time, translation, sums and the smart home,
a few of them with a look-alike word. About a third of the sentences and most of the commands are lowercase and
unpunctuated, as a speech recogniser writes them. One sentence per line, no slots; none of them reveals anyone's health, faith, politics,
orientation, sex life, ethnicity, union membership, genetic or biometric data, or criminal record.
"""

from __future__ import annotations

TRAPS: dict[str, str] = {
    "en": """
the ramen place on Temple Street opens at noon, shall we go
is there any parking near Union Square or should we get the tram
turn left onto St. Mary's Road and ours is the third house
grab me a two-piece from Church's Chicken on your way back
monk's café has a beer list as long as your arm
we had a picnic by Paradise Lake and the ducks stole our crisps
meet you under the big clock at Temple station
the Angel tube stop is shut this weekend so get off at King's Cross
how long is the walk from Charing Cross down to the river
there's a lovely little bookshop on Chapel Street by the bus stop
um is the Cathedral Road car park open on sundays
the Abbey Road crossing is always full of people doing the album photo
I'll wait for you outside the Friary shopping centre
a pint at the Saracen's Head and then we'll head home
book a table at the Friar's Kitchen for eight, it's her birthday
walk down Christchurch Road and the bakery is right on the corner
the food trucks line up along Mosque Street at lunchtime
the away fans sit at the Vicarage Road end
brunch at the Chapel Bar, they do bottomless pancakes on saturdays
I've still got a Sanctuary Spa voucher in my drawer from Christmas
take the Monument exit and the chippy is right there
Paternoster Square has a nice little coffee kiosk by the column
let's meet at Amen Corner and walk down to the river from there
the Cardinal Place shops by Victoria are open till eight
the Jerusalem Tavern is tiny but the beer is brilliant
Trinity Square market is on every saturday morning
we watched the rugby at the Pope's Grotto in Twickenham
the Angel of the North is just off the A1, let's stop for a photo
the Buddha-Bar in Paris is pricey but the music is great
try the new poke place next to the Hindu temple on Ealing Road
drop me at the gurdwara junction and I'll walk the rest of the way
the synagogue car park turns into a farmers market on sundays
the kebab shop opposite the Kingdom Hall is open till two
the Quaker meeting house on Bull Street has a lovely garden café
follow the signs for the Minster, the car park is behind the library
the Devil's Kitchen trail is really muddy after rain
we're staying in Hell's Kitchen, five minutes from the theatres
the motor museum at Gaydon has a whole hall of old Land Rovers
the Black Country museum does chips fried in beef dripping
the bagel shop at the end of Brick Lane is open all night
meet me at the Chinatown arch and we'll go find dumplings
the Little Italy festival shuts half the street on sunday
Arab Street in Singapore has the coolest fabric shops
we'll park at White City and get the tube in
Liberty's fabric department is up on the third floor
is the Statue of Liberty ferry included in the city pass
we stood on the Congress Avenue bridge waiting for the bats
the Capitol Theatre is showing a silent film with a live organ
the number six goes straight down Parliament Street to the station
the Republic bar on the corner does two-for-one wings on mondays
Revolution has a cocktail masterclass on thursday, fancy it
the street food market sets up on Freedom Plaza at the weekend
come out of Union Station and walk two blocks north
the credit union branch on Main Street shuts at four
the union building on campus has the cheapest coffee going
Pride and Joy barbers do walk-ins on a saturday morning
drive over the Rainbow Bridge and take the first exit
the Fairy Pools on Skye are freezing but so pretty
Cockfosters is the end of the line so don't fall asleep on the Piccadilly
we stopped in Intercourse, Pennsylvania, and the fudge shop was amazing
the Hospital Road roundabout is closed, go round by the park
we walked past the Old Bailey on the way to the market
there's a Pret right on the corner of Newgate Street
the nice cheese shop is on Clink Street near Borough Market
the record shop on the Gallowgate has a massive jazz section
we're driving through Bethlehem on the way to Allentown, want anything
Nazareth is about an hour from here so we could do lunch there
zion national park was so hot we started hiking at six
what's the weather like in Trinity this weekend
our hotel is technically in Paradise, Nevada, not Las Vegas itself
the Mecca bingo on the high street is turning into a gym
Providence has amazing Italian food up on Federal Hill
we changed trains in Sacramento and grabbed a burrito
we're flying into Corpus Christi and driving down the coast
Santa Claus, Indiana, has a Christmas theme park open all summer
the gift shop in Hell, Michigan, sells postcards saying I've been to Hell and back
how far is Truth or Consequences from Albuquerque
we stopped in Angels Camp for the frog jumping contest
Canterbury is lovely, we went punting on the river
the Halloween fair in Salem is packed every October
crossing to Holy Island depends on the tide times so check first
St Ives is rammed in August, go in September instead
we change at Bishop's Stortford for the airport train
Christchurch is our first stop in New Zealand
Eden Project tickets are cheaper if you book them online
Jericho in Oxford has the nicest little cinema
the snow at Purgatory was amazing this year
so the Devil's Punch Bowl walk is about five miles
sick trick
Saints won again
holy moly
I'm dying here, this meeting will never end
criminal prices, honestly
heavenly pancakes
dead battery again
blood orange please
Union Square, please
god, this queue
the Saints scored in the ninety-third minute and I'm still buzzing
Padres fans are so loud you can't hear yourself think
two tickets for the Angels game on friday, first base side
the Devils really need a new goalie
the Friars beat Villanova by twelve last night
the Cardinals' new shortstop is unreal
are the Demon Deacons playing at home this week
the Blue Devils game is on at nine
there's no shade at the Sun Devils stadium so bring a hat
Saracens are top of the table again
Pride Park was rocking when Derby scored the winner
the Patriots' kicker missed again, unbelievable
the Nationals have a day game on sunday
the Senators traded their best defenceman
the Royals' bullpen blew another lead
Rangers against Celtic on sunday, the pubs will be rammed
the Angels' starter has a no-hitter through six
the Hand of God goal is on the telly again, every single World Cup
Baggio, the Divine Ponytail, had the best free kicks ever
the Undertaker's entrance music still gives me goosebumps
the whole stand was singing When the Saints Go Marching In
we lost on penalties again, of course we did
he got a yellow for diving and honestly he deserved it
they murdered us four nil at home
the ref was blind, that was never offside
the last test is a dead rubber so they're resting everyone
Amen Corner at Augusta is where the Masters gets decided
he threw up a prayer from half court and it went in
i backed a horse called Saint Crispin and it came last
Red Rum won the National three times, my grandad still talks about it
play Hells Bells by AC/DC, loud
put on Black Sabbath, Paranoid, the whole album
can you play Rehab by Amy Winehouse
Nirvana's Nevermind is thirty years old and I feel ancient
play Heaven Is a Place on Earth
queue up Stairway to Heaven after this one
Prayer in C has been stuck in my head all day
Bleeding Love came on in the taxi and we all sang along
play Fever by Peggy Lee
Tainted Love, the Soft Cell version please
play Judas by Lady Gaga
Like a Prayer is the best Madonna song, fight me
there's a Sex Pistols documentary on tonight
play Killing Me Softly, the Fugees one
play Killing in the Name, I need to wake up
play Son of a Preacher Man
put on Spirit in the Sky
Holy Diver by Dio is such a tune
the band Ghost is at the arena on friday, their costumes are wild
Megadeth are on at the festival, you coming
my uncle has every Grateful Dead bootleg ever recorded
Placebo played a secret gig in Camden last night
play Gangsta's Paradise, the whole bus knows the words
play God's Plan by Drake
play Holy by Justin Bieber
Sinnerman by Nina Simone is nearly ten minutes long
play Runnin' with the Devil by Van Halen
the fiddle bit in The Devil Went Down to Georgia is insane
play Folsom Prison Blues, the live version
Jailbreak by Thin Lizzy, turn it up
I Shot the Sheriff, Clapton or Marley, what do you reckon
Immigrant Song is the perfect gym track
play Jesus of Suburbia by Green Day
found Bat Out of Hell on vinyl for a fiver at the car boot
Faith No More are touring again
Madness are doing their Christmas tour again
UB40's Labour of Love was always on in my dad's car
The Devil Wears Prada is on Netflix, want to watch it tonight
we're watching The Godfather Part Two and it's three hours long
Sister Act is my comfort film, don't judge
Dead Poets Society made me want to stand on a desk
The Walking Dead finally ended, thank goodness
Grey's Anatomy has like twenty seasons now
House reruns are on every afternoon
Scrubs is still the funniest hospital show ever made
Criminal Minds is on but it's a bit creepy for dinner
Orange Is the New Black's first season was so good
Better Call Saul is better than Breaking Bad, there I said it
we're on Peaky Blinders season two, episode four
the Sopranos finale still annoys me
Heaven Can Wait is on channel four tonight
the remake of The Omen was rubbish
Nuns on the Run is so silly and I love it
have you seen The Young Pope, it's so weird
Conclave is in cinemas and the reviews are great
the Father Ted Christmas special is the best episode
Love Island starts again next week, brace yourselves
the new season of Queer Eye is out, the food guy is my favourite
House of Cards went downhill after season four
Veep is the funniest political satire ever
Yes Minister still holds up, it's hilarious
Escape from Alcatraz is on later, the Clint Eastwood one
Contagion is a weird film to pick on a plane
Doctor Strange two has just landed on Disney Plus
Supernatural has fifteen seasons and I'm only on four
Midsomer Murders is on, the one with the cheese rolling
Murder, She Wrote is my nan's favourite show
Death in Paradise is filmed in Guadeloupe, isn't it
my dad never misses Blue Bloods
the new Dexter series is a prequel
Killing Eve's first season is the best one
Heretic with Hugh Grant is proper creepy
Sinners is on in IMAX this week, want to go
the Mass Effect trilogy remaster is on sale
Devil May Cry five has the best combat of any game
have you played Sinner, it's basically one long boss rush
the space station in Prey is so creepy
Prison Architect keeps crashing on my laptop
Cult of the Lamb is way cuter than it sounds
I've nearly got the platinum trophy in God of War
the Diablo season ends next week
Doom Eternal on nightmare is brutal
Hades is the best roguelike, no contest
the Binding of Isaac has about five hundred items
Blasphemous is a gorgeous pixel-art game
the new Assassin's Creed is set in Japan
did you see the Grand Theft Auto six trailer
my nephew plays Temple Run for hours
Halo night at Jake's on friday, bring a controller
the Resident Evil four remake is terrifying
The Last of Us is on sale for twenty quid
we lost at Pandemic again, the yellow disease got us
the buzzer on the Operation game is so loud
Dr. Mario on the old Game Boy is still great
move the robber onto her wheat, she's winning
Professor Plum, in the study, with the lead pipe
we played Mafia and I was the detective
Blood on the Clocktower night at the board game café
the board game where you build DNA strands out of coloured pegs is actually fun
the Da Vinci Code is my guilty pleasure read
The Name of the Rose is a murder mystery set in a monastery
I'm rereading Pride and Prejudice for the fifth time
Murder on the Orient Express is the book club pick this month
Paradise Lost has been on my reading list for years
In Cold Blood is a heavy read for the beach
our startup just got a couple of angel investors
grab me a Dr Pepper from the fridge
the Dior store on Bond Street has a queue round the block
the Virgin Media engineer is coming between eight and one
butterscotch Angel Delight, peak childhood
a bottle of Dead Man's Fingers rum for the secret santa
Church's brogues are in the sale
the Spirit of Britain ferry leaves Dover at nine
a Bloody Mary with extra celery salt, please
the Corpse Reviver number two is my go-to at that bar
two Zombies and a plate of nachos, please
the Penicillin cocktail is smoky and gingery, you'd love it
a Painkiller is basically a piña colada with nutmeg on top
Death in the Afternoon is just absinthe and champagne
a Negroni, stirred, with an orange peel
two pornstar martinis and a pint of lager, please
a dirty martini with three olives
the Angel's Share bar has no sign on the door
the holy trinity of Cajun cooking is onion, celery and pepper
angel food cake for the birthday, she hates buttercream
the devil's food cake at the diner is enormous
Jerusalem artichokes make a really good soup
the greengrocer had a Buddha's hand citron and it looks like an alien
spotted dick and custard is on the pub's pudding menu
there's a box of Turkish delight in the cupboard
get Roma tomatoes, they're better for the sauce
my dad always fights us for the pope's nose on the roast chicken
the soul food place on Fifth does the best mac and cheese
a Danish and a flat white to go, please
drunken noodles, extra spicy, and a mango lassi
one more shot of espresso in mine, please
blood orange juice with brunch is the best
a Cuba libre and a lemonade for the driver
honestly you killed it up there, best speech of the night
I'm dying to try that new ramen place
that was a sick trick, do it again so I can film it
the queue at the post office is insane today
my legs are dead after that hike
this traffic is criminal, we've moved ten metres in ten minutes
i'm so addicted to this podcast i listen on the way to work
reality shows are my guilty pleasure, I'll admit it
preaching to the choir, I already bought the cheaper one
this starter is the holy grail of sourdough, look at those bubbles
overcooking the steak is the cardinal sin of grilling
the left mirror has a blind spot the size of a bus
he's totally deaf to the alarm, it rings for ten minutes
that's such a lame excuse for missing the quiz
pineapple on carbonara, that's criminal
the camera on the new phone is an absolute killer
oh my god this cake is to die for
i'm dead that video is the funniest thing ever
this heat is murder
the queue for the toilets at the festival was mental
we've been waiting so long I've aged ten years
stop being such a drama queen, it's only a scratch on the car
hell yeah, count me in
what the hell is that noise coming from the washing machine
the kids were little devils at dinner tonight
you're an angel for picking up my parcel
playing devil's advocate here, what if we just got a takeaway
speak of the devil, here he comes with the pizza
the new manager is a bit of a godsend
the weather was godawful so we never left the tent
for heaven's sake, who left the milk out again
this sofa is heaven, I'm never getting up
the car park is hell on a saturday
I swear to god the toaster hates me
let's just pray the train's on time for once
amen to that, pass the wine
it's the gospel truth, I saw it with my own eyes
I water the plants religiously and they still die
the pub quiz is basically a religion round here
it's a miracle the bus was on time
Christmas came early, they refunded the whole order
holy moly, look at the size of that pizza
bless him, he tried his best with the flat-pack wardrobe
don't be such a martyr, let me carry a bag
it's a sin to waste good cheese
that commute is pure purgatory
the spare room is in limbo until we decide on paint
this allotment is a labour of love
cutting the birthday cake is a sacred ritual in this office
instant karma, he pushed in and they got his coffee order wrong
the garden feels so zen now the hedge is trimmed
he's an absolute spreadsheet guru
measure twice, cut once, that's my woodworking mantra
talk about a witch hunt, everyone's blaming me for the broken mug
the meeting was a bloodbath, half the ideas got binned
we got slaughtered in the pub quiz
I'm going to kill my brother, he ate all the biscuits
my phone's on its last legs
the shop's been bleeding money for months
the printer's having a meltdown again
sorry total brain fart what's her name again
she turned a blind eye to the mess in the kitchen
it's crazy how fast the summer went
the sale was a madhouse
my inbox looks like a crime scene
the kitchen looks like a crime scene after pancake day
he got away with murder when we were kids, the youngest always does
these chips are so good they should be illegal
I was dead on my feet by the end of the wedding
the party was dead by eleven
the bass on this track is sick
the gig was insane, the crowd went wild
I've totally caught the pottery bug
the gardening bug has bitten our whole street
the vibe was contagious, everyone was dancing
her laugh is so infectious
the whole office has sourdough fever
cabin fever is setting in, let's go for a walk
the plan is dead in the water
the road's a dead end so turn round at the bottom
my headphones are dead, can I borrow yours
the lawn is half dead after that heatwave
let's go Dutch on dinner tonight
the instructions are all Greek to me
excuse my French, but that referee is useless
fancy a Chinese takeaway tonight
so like meal prep on sunday saves me so much time
the photo shoot for the new menu is at ten
can you take the shot again, I blinked
the burger joint on the corner does a mean milkshake
road trip to the coast this weekend, who's in
the party's at Sam's, bring a bottle
find the union of set A and set B, that's question three
a conservative estimate for the kitchen is two weeks
go easy, that's a liberal amount of hot sauce
stay in the left lane for the airport
the dinosaurs are in the right wing of the museum past the gift shop
what's the nearest cross street to the hotel
I got a little pill-shaped speaker for the shower
the virus scan froze at ninety percent again
a large cold brew with oat milk please
she works for a record label in Berlin
the rope arrests your fall if you slip, so don't panic
the second sentence of your essay is way too long
the trial version runs out tomorrow, should I just buy it
the laptop's on ten percent charge, where's the charger
pass me the spirit level, the shelf is wonky
let's grab a fast lunch before the train
can you share your screen, I can't see the slides
who sent that mass email to the whole company
does the new tablet unlock with your face or just a pin
the banking app has a fingerprint login now, it's so much quicker
our family's terrible puns must be in the gene pool, my nephew does them too
the coffee capsules are in the top drawer
a cash withdrawal from that machine costs two quid
the library books are due back on friday
we're expecting a delivery between ten and two
apparently contractions aren't allowed in the formal essay
the period drama on sunday nights is so cosy
third period starts in two minutes and we're losing two one
the washing machine's on the quick cycle
I can't conceive of a worse time to paint the hall
the soil round here is so fertile, everything grows
the whole operation runs out of a tiny garage
can you doctor the photo so my eyes are open
he's been nursing that pint for an hour
the booster seat is in the boot of my car
i need to weed the veg patch before it gets too hot
I lent him my drill and never saw it again
crack on, we've got loads to get through
that was a joint effort, well done team
put the big pot on for the pasta
the grass needs cutting again already
acid jazz night at the basement bar on friday
the citric acid is for the bath bombs
the speed limit drops to thirty after the bridge
give me a straight answer, pizza or curry
just drag the file into the shared folder
there's a drag race at the old airfield on sunday
when is the new album coming out
the walk-in closet is bigger than my first flat
the queen is the most powerful piece on the board
transatlantic flights are cheaper in February
the crisps say no trans fats, so that's something
bisect the line first and then draw the circle
the bishop moves diagonally and the rook moves straight
the four cardinal directions, that's the answer to number seven
let's paint the front door cardinal red
the conversion rate on the website dropped last week
the currency conversion fee on that card is outrageous
we're converting the loft into a second bedroom
the campaign for the new trainers is on every bus stop
the kids' school is electing a class rep on friday
he came back from the barber with a radical new haircut
the left-hand drive car is tricky on these narrow roads
a strike on my very first bowl, pure luck
a lightning strike took out the big oak on the green
we're moving house in March
my little cousin does the car rally every summer
the dog protested loudly when we left without him
give the car a polish before we sell it
the good china is only for Christmas dinner
the turkey needs about four hours
I left my football jersey at your place
we're planting native flowers so the bees come back
the overdue fine at the library is twenty pence a day
there's no cell signal in the valley at all
just copy the formula into the empty cells
grab an Innocent smoothie from the fridge
the judges on the baking show were harsh tonight
getting the sourdough right was all trial and error
the jury's still out on the new café
it's a steal at twenty quid
the dog is a little thief, he took my sock again
the squirrels are raiding the bird feeder again
the hard drive is corrupted, I think we've lost the photos
the app keeps crashing when I open the camera
there's a zombie process eating all the CPU
my health bar was on one pixel and I still won
our healer went to make a sandwich mid-raid
I'm playing a paladin in the new campaign
the body of your email is blank, did you forget to paste it
the organ in the old town hall still works
pulse the onions in the blender for a few seconds
that burger place is just a ghost kitchen
confession, I've never seen a single Star Wars film
I need the phone charger that does fast charge
the Trans-Siberian railway takes a week end to end
the cross trainer at the gym is broken again
I bought a cross-stitch kit with a little fox on it
the reds are on the rack and the whites are in the fridge
take the green line two stops and change
the independent cinema on Mill Road has a row of sofas
the presidential suite at the hotel has its own hot tub
the mission this weekend is to finish the jigsaw
the hospital car park is the only place with free spaces after seven
the bakery is the one next to the pharmacy, with the green door
the church hall bake sale had an amazing lemon drizzle
the old prison museum has a café in the former kitchens
there's a street food market outside the courthouse on thursdays
I'll be at the bus stop outside the police station
you'll see the green dome of the mosque, the gym is right behind it
the cathedral bells are so loud from our hotel room
the Salvation Army band plays outside the station every December
the church clock is five minutes fast so don't trust it
the chapel roof is being redone so there's scaffolding everywhere
the old asylum on the hill is luxury flats now
the convent garden has a plant sale every spring
the temple car park is free for shoppers on weekdays
the prison wall runs the whole length of the bike path
the crematorium road is the back way to the retail park
the undertaker's on the corner has the best hanging baskets in the street
the old police box by the park sells coffee now
the castle dungeon cells were tiny, we could barely stand up
everyone takes their wedding photos on the courthouse steps
turn right at the Conservative Club and it's the second house
the chippy is opposite the Labour Club
the vet's is just past the Baptist church on the left
easter weekend traffic on the M5 is going to be horrendous
the christmas market in the square starts the week after next
there's a Labour Day sale on mattresses, thirty percent off
Labor Day weekend is our last chance to use the pool
the Diwali lights on Belgrave Road are up already and they look stunning
the tip is closed on Good Friday so go on thursday
Boxing Day sales start at six in the morning, it's madness
Pancake Day is tuesday, we need eggs and lemons
the Halloween aisle is up already and it's only August
the buses are diverted for the St Patrick's Day parade
the Lunar New Year lanterns in the square are gorgeous
the Easter egg hunt at the farm is ten quid a kid
the kids' advent calendar has little Lego bits inside
the shops shut at four on Christmas Eve
is Whit Monday a bank holiday over there
flights home for Thanksgiving are so expensive this year
everything is shut on All Saints' Day in Austria, so plan ahead
the Ascension Day long weekend is perfect for a trip to the coast
the bin collection moves to saturday because of the May Day bank holiday
we're watching the Independence Day fireworks from the roof
um so is the pub on Church Street the one with the beer garden
like the traffic around the cathedral is always a nightmare at five
so the new dumpling place is next to the old chapel right
um can we meet at Temple Bar instead, it's closer for me
is the Saints game on the radio or just the telly
so like what time does the christmas market shut tonight
um the Bloody Mary at that brunch place is basically a salad
the pharmacy on the corner has the good suncream on offer
""",
    "de": """
alter, der Kickflip über die Bank war echt krank
fünf Euro für ein Brötchen, das ist doch krank
treffen wir uns am Marienplatz unterm Glockenspiel
fahr mit der u-bahn bis klosterstraße und lauf den rest
in Kreuzberg gibt's angeblich den besten Döner der Stadt
am Kamener Kreuz steht schon wieder alles
wir fahren mit der höllentalbahn hoch in den schwarzwald
die Wanderung durchs Höllental war anstrengend aber richtig schön
in Heiligenhafen gibt's die beste Fischbude an der Ostsee
am heiligen see in potsdam kann man super baden
Gladbach spielt am Samstag zu Hause gegen Bremen
die Roten Teufel haben auf dem Betzenberg gewonnen
nach den eisheiligen pflanzen wir die tomaten raus
spiel mal Engel von Rammstein
Revolverheld spielt im Sommer auf der Waldbühne
heute Abend läuft Der Pate, alle drei Teile hintereinander
meine oma schaut jeden donnerstag den bergdoktor
Um Himmels Willen läuft in der Wiederholung, die Nonnen sind so lustig
Türkisch für Anfänger ist immer noch so witzig
hast du 4 Blocks schon gesehen, die zweite Staffel ist stark
der Name der Rose liegt seit Monaten auf meinem Nachttisch
der parkplatz vorm möbelhaus war die reinste hölle
um Gottes Willen, ist es schon so spät
ach du heiliger Strohsack, hast du den Stau gesehen
mal nicht den Teufel an die Wand, das Wetter hält schon
die fahren hier wie der Teufel
ich krieg die Krise, der Drucker schon wieder
Ketchup auf Spaghetti ist für mich ein Verbrechen
ich hab einen Mordshunger, gehen wir was essen
auf der hochzeit war eine mordsstimmung
der Vortrag war tödlich langweilig
das Regal aufzubauen war echt eine schwere Geburt
das konzert gestern war so geil
die Vögel im Garten sind morgens um fünf schon so laut
der Hund wedelt mit dem Schwanz, sobald du die Leine nimmst
auf der A9 ist heute Abend richtig viel Verkehr
der höhepunkt des abends war das feuerwerk
die Demo von dem Spiel ist kostenlos, probier's mal
die Ampel da vorne ist ewig rot
die Zelle in der Tabelle ist gesperrt, deshalb kann ich nichts eintragen
mein Urteil nach drei Bissen: besser als beim Italiener
noch einen Aperol Spritz oder gehen wir
die Spülmaschinentabs sind alle, schreib's auf
die kreuzfahrt auf der donau war total entspannt
wo ist der Kreuzschlitzschraubenzieher, ich brauch den kleinen
wir fahren am Samstag auf die Buchmesse nach Frankfurt
die Messe in Köln ist im März, da sind alle Hotels ausgebucht
magst du noch einen Himbeergeist nach dem Essen
das bier aus dem kloster andechs ist das beste überhaupt
ganz oben am Baum hängt noch der alte Rauschgoldengel von Oma
zwei Weißwürste und eine Brezn bitte
heute gehen wir chinesisch essen, ich hab Lust auf Ente
das hollandrad von meiner schwester ist schwer wie blei
Pressing und Tempo, das liegt einfach in der DNA vom Verein
hat das neue Handy einen Fingerabdrucksensor oder nur Gesichtserkennung
in den Pfingstferien ist die Autobahn immer voll
an fronleichnam haben in bayern die läden zu
an Rosenmontag ist die ganze Innenstadt gesperrt
der Laternenumzug an Sankt Martin geht um sechs am Kindergarten los
der bäcker am bahnhof hat auch ostermontag offen
am Buß- und Bettag ist in Sachsen schulfrei
die Kinder putzen schon ihre Stiefel für den Nikolaus
auf dem domplatz ist samstags wochenmarkt
hinter der Frauenkirche gibt's eine kleine Eisdiele
vom Turm vom Michel hat man eine tolle Aussicht über den Hafen
die Straßenbahn hält direkt am Klinikum, von da sind's zwei Minuten zum Stadion
park am besten am Friedhof, da ist der Parkplatz kostenlos
in der ehemaligen kapelle am park gibt's jetzt konzerte
das Café im alten Pfarrhaus hat den besten Käsekuchen
der Biergarten neben dem Amtsgericht macht um elf auf
der bäcker ist direkt neben der apotheke am markt
die Haltestelle heißt Krankenhaus Nord, da steigst du aus
unser Fußballgott hat wieder getroffen
das Elfmeterschießen war der reinste Krimi
Himmel, Arsch und Zwirn, wo ist mein Schlüssel
Herrgott noch mal, der Bus ist schon wieder weg
grüß Gott, zwei Brezn und ein Kaffee bitte
vergelt's gott für die hilfe beim umzug
Hals- und Beinbruch für die Führerscheinprüfung
der Laptop hat endgültig den Geist aufgegeben
ein Satz mit x, das war wohl nix
der zweite satz in deiner mail steht doppelt drin
die Probeversion läuft morgen ab
Vorsicht, beim Rechtsabbiegen ist da ein toter Winkel
den linken Flügel vom Schloss kann man besichtigen
Kreuz ist Trumpf, du bist dran
das rezept für den zwetschgenkuchen ist von meiner tante
ich brauch erst noch eine Dosis Kaffee, bevor ich reden kann
die Spritztour mit dem Cabrio war super
er predigt uns jedes Mal, wie man richtig grillt
Gott und die Welt war auf dem Stadtfest
weiß der Himmel, wo der Autoschlüssel ist
das essen bei deinen eltern war himmlisch
die Sahnetorte ist eine Todsünde, aber egal
der Stammtisch im Goldenen Engel ist jeden Freitag
das Café Paradies am See hat die beste Torte weit und breit
heute gibt's himmel und erde mit blutwurst
die Kinder legen mit Russisch Brot ihre Namen
Pfaffenhofen ist der nächste Halt, da steigen wir aus
vom Hotel aus sieht man Eiger, Mönch und Jungfrau
mit der Fähre bis Teufelsbrück und dann am Elbstrand entlang
steig am Rosa-Luxemburg-Platz aus, das Kino ist gleich da
auf der karl-marx-straße hat ein neuer bäcker aufgemacht
neben dem Gewerkschaftshaus ist ein richtig gutes vietnamesisches Restaurant
die Jungfraubahn ist teuer, aber die Aussicht ist der Wahnsinn
der Rasen vom Nachbarn ist sein Heiligtum
unsere Katze ist der heimliche Chef im Haus, die regiert hier
unser Schachtrainer kann blind spielen, der schaut gar nicht aufs Brett
äh wo ist nochmal die bushaltestelle bei der kirche
also die Party steigt bei Jana im Keller
die Kreuzung vor dem Rathaus ist eine einzige Baustelle
der Sonntagsbraten war ein Gedicht, du bist ein Engel
die fans haben die ganze zeit oh when the saints gesungen
das ganze Büro ist im EM-Fieber
dieser Ohrwurm ist ansteckend, jetzt singen alle im Büro
die Waschmaschine hat einen Virus, die piept nur noch
mein Rechner ist beim Speichern abgestürzt, alles weg
die Nachbarskinder sind kleine Teufel, aber süß
das Rennen war ein Massaker, nur drei sind angekommen
Hollywood ist für mich das Mekka des Kinos
mein bruder ist ein totaler technik-guru
der Keller ist die Hölle zum Aufräumen
der Prozess mit der neuen Küche zieht sich ewig
Heilige Drei Könige ist in Bayern ein Feiertag, da haben die Läden zu
der karfreitagsfahrplan gilt auch für die s-bahn
morgen ist Feiertag, wir gehen heute noch einkaufen
""",
    "es": """
el cocido de tu abuela está de muerte
güey, el concierto estuvo a toda madre
hostia, qué frío hace hoy
esto sí que es un bocadillo como Dios manda
la reunión de vecinos acabó como el rosario de la aurora
los niños han armado un belén en el salón
lo montamos a la buena de Dios y quedó genial
lo que dice mi abuela sobre la paella va a misa
es un milagro que el tren llegue puntual
reza para que no llueva el sábado en la boda
me vuelve loca el jamón ibérico
quince euros por aparcar, eso es un atraco
qué pena que cierren la librería de la esquina
no vale la pena ir en coche, mejor en metro
a mi juicio el segundo piso es más bonito
el gato es un ladrón, se ha llevado una salchicha de la mesa
penalti en el último minuto, qué nervios
pena máxima para el Sevilla en el descuento
este fin de semana empieza la operación salida, sal temprano
pásame la receta de las lentejas de tu madre
echa una pastilla de caldo al arroz
se han acabado las pastillas del lavavajillas
tiene una risa contagiosa
mi padre es un enfermo del fútbol, lo ve todo
la gente está loca con las rebajas
fue un parto montar el armario nuevo
cara o cruz, el que pierda friega
bautizamos al perro como Pancho
te confieso que el pastel lo compré hecho
coge el metro hasta Sol y allí te recojo
hay un montón de polvo en la estantería
en la playa cogimos conchas con los niños
llego a las tres y pico
cuidado que la sopa está muy caliente
jugar al toque está en el ADN del club
el móvil nuevo se desbloquea con la huella o con la cara
qué genial, has encontrado entradas
quedamos en la Puerta del Sol, debajo del reloj
quedamos en la puerta del Bernabéu una hora antes
el Hospital de Sant Pau es precioso, parece un palacio
Santa Cruz de Tenerife en carnaval es una locura
desde el Sacromonte hay unas vistas de la Alhambra increíbles
el Monasterio de Piedra tiene unas cascadas preciosas
la Plaza de la Constitución está llena de terrazas
el bar de la calle del Carmen pone unas tapas enormes
el hotel está en la calle de los Reyes Católicos
la parada del bus está delante del convento de las Descalzas
en la plaza de la iglesia ponen el mercadillo los jueves
el cementerio viejo ahora es un parque precioso
la cárcel vieja de Segovia ahora es un centro cultural
aparca en el parking de los juzgados, que es barato
el Cholo ha vuelto a ganar con el autobús atrás
la mano de Dios de Maradona sale en todos los resúmenes
los Diablos Rojos del Toluca ganaron anoche
el Santos Laguna juega en casa el domingo
el Celta ha empatado en Balaídos
el Espanyol juega el derbi el sábado
esta noche echan El día de la bestia en la tele
la tercera temporada de Narcos es la mejor
vuelve El Ministerio del Tiempo, por fin
mi madre ve las reposiciones de Hospital Central
Los hombres de Paco me hace reír muchísimo
Médico de familia era la serie de mi infancia
La peste está ambientada en la Sevilla del siglo dieciséis
pon Corazón partío de Alejandro Sanz
pon Santa Lucía de Miguel Ríos
en la boda bailamos la Macarena todos juntos
Siniestro Total tocan en las fiestas del pueblo
pon Cruz de navajas de Mecano
de postre hay tocino de cielo
ya venden huesos de santo en la pastelería
la empanada de cabello de ángel de mi tía es lo mejor
un pionono y un café con leche, por favor
ya hay pan de muerto en la panadería
las yemas de Santa Teresa de Ávila son dulcísimas
hoy comemos filete ruso con patatas
el partido de baloncesto del cole es a las cinco
gira a la izquierda después del semáforo
el ala izquierda del museo está cerrada por obras
el carril de la derecha va más rápido
la campaña de Navidad en la tienda empieza en octubre
las rebajas empiezan justo después de Reyes
en Semana Santa la autopista a la costa es un infierno
en el puente de la Inmaculada nos vamos a la nieve
en Granada el Corpus es la feria, hay casetas y todo
en San Fermín no hay ni un hotel libre en Pamplona
la virgen, qué frío hace en esta casa
santo cielo, se me ha olvidado el paraguas
ni Dios sabe dónde está el mando de la tele
se armó la de Dios es Cristo en el grupo de WhatsApp
a quien madruga Dios le ayuda, así que a las seis en pie
me muero de ganas de ver la peli nueva
el examen de conducir fue una tortura
la tienda está hasta los topes, es una locura
me da un ataque de risa cada vez que lo veo
la versión de prueba del programa caduca mañana
no te hagas el sueco, te toca fregar
el Real Madrid ha fichado a un lateral izquierdo
la parada del tranvía más cercana es La Trinidad
en la calle de la Cruz hay bares chulísimos
la Casa del Libro está enfrente de la iglesia
el chiringuito se llama El Paraíso y está en la playa
la paella estaba divina
ese tío es un santo, me ayudó con la mudanza
la feria de abril está que arde
mi hermano es un fanático de los coches antiguos
el mecánico dice que el motor está muerto
el cargador está en la mesilla, el móvil está a cero
mi sobrino es un diablillo, no para quieto
la estación de Cruz del Rayo está cerrada por obras
bájate en Ópera y sube por la calle Arenal
me encanta el pulpo a la gallega
el Atleti juega el miércoles en el Metropolitano
este queso es pecado, está buenísimo
la moto de mi primo es una bestia
esa tienda tiene unos precios criminales
después del partido fuimos al Angelita a tomar algo
el museo de la Inquisición de Cartagena de Indias es curioso
el bus te deja en Cuatro Caminos, justo al lado del mercado
o sea la fiesta de Lucas es en su terraza
eh qué tal la peli de miedo esa del exorcismo
""",
    "fr": """
c'est malade ce qu'il a fait avec son skate
un truc de malade ce concert
bon, la messe est dite, on rentre
c'est pas la mort, on prendra le train suivant
ça me tue les gens qui doublent dans la file
il y avait un monde fou au marché ce matin
c'est pas sorcier, suis juste la recette
ton remboursement, tu l'auras à la Saint-Glinglin
fais une croix sur le pique-nique, il pleut
ce film est culte, tu peux pas ne pas l'avoir vu
tu prêches un convaincu, j'adore déjà le vélo
il a une patience d'ange avec ce chat
bon Dieu qu'il fait froid
c'est le paradis cette terrasse
cette chaleur dans le métro, c'est infernal
c'est pas la peine de réserver, il y a de la place
la porte de derrière est condamnée, passe par devant
notre vol pour Nice est annulé, on prend le train
le chat est un petit voleur, il a piqué le jambon
mets tes affaires dans le casier du vestiaire
l'arrêt de bus est juste devant la boulangerie
le cachet de la poste faisant foi, il faut l'envoyer avant vendredi
on se fait une partie de tarot ce soir
il est parti sans finir son café
à gauche après la pharmacie, puis tout droit
l'aile droite du château est fermée pour travaux
le syndic passe vendredi pour la fuite d'eau
descends à Invalides et prends le RER C
on se retrouve à Bastille devant l'Opéra
le salon de thé de la Grande Mosquée fait un thé à la menthe délicieux
descends à Filles du Calvaire, c'est à deux pas
la station Temple est fermée pour travaux
l'appart est juste à côté du métro Abbesses
la rue des Martyrs est pleine de bonnes boulangeries
le boulevard de l'Hôpital est bouché, passe par les quais
gare Saint-Lazare, quai numéro huit, le train part dans dix minutes
la gare Saint-Charles n'est pas loin du Vieux-Port
on dort à Saint-Malo, les remparts sont superbes
pour le match au Stade de France, c'est RER D direct
les Diables Rouges ont encore gagné
les Girondins jouent à domicile dimanche
à Lens, chez les Sang et Or, le stade est toujours plein
La Haine passe ce soir sur Arte
Un prophète, c'est un film incroyable mais dur
la saison deux d'Hippocrate est encore meilleure
la nouvelle saison de Lupin sort vendredi
Les Revenants m'ont fait flipper
Le Bazar de la Charité est super bien fait
Des hommes et des dieux, c'est un film magnifique
Kaamelott, c'est la quête du Graal version comique
mets Dieu est un fumeur de havanes
mon père écoute Noir Désir en boucle dans la voiture
Indochine passe au Stade de France en juin
mets Santé de Stromae
un Saint-Honoré pour le dessert, ça te dit
un morceau de Saint-Nectaire avec le pain
un petit verre de Chartreuse pour finir
on a trouvé une vieille bouteille de Bénédictine chez mamie
l'omelette norvégienne, c'est flambé devant toi
des asperges avec une sauce hollandaise
ce mode d'emploi, c'est de l'hébreu pour moi
j'ai appris tout le texte par cœur
il a gardé son sang-froid quand la poêle a pris feu
y a une queue pas possible à la boulangerie
baisse la capote, il fait trop beau
le sur-mesure, c'est dans l'ADN de la marque
le téléphone se déverrouille avec le visage ou avec un code
les vacances de la Toussaint commencent samedi
le lundi de Pentecôte, la piscine municipale ouvre quand même
au marché de Noël de Strasbourg, on ne peut plus avancer
le premier mai, la Fête du Travail, tout est fermé
la facture d'électricité, la pilule est dure à avaler
ce jeu, c'est le remède anti-ennui
mon portable est à l'agonie, cinq pour cent
le dernier sketch m'a achevé
il a tué le game avec son gâteau
une ambiance de folie au concert hier
il a fait un travail de bénédictin sur cette maquette
le saint-bernard des voisins a aboyé toute la nuit
le chat persan de ma tante perd ses poils partout
la rue du Paradis a plein de bons restos
le resto est juste derrière la Madeleine
le cloître des Jacobins à Toulouse est magnifique
on a visité le Père-Lachaise, il y a plein de tombes de stars
le parking du palais de justice est gratuit le samedi
le syndicat des eaux a coupé l'eau ce matin
le concert du conservatoire est samedi soir
ce robot de cuisine, c'est une révolution
on boit un coup après le boulot
on monte à la Croix-Rousse à pied, ça grimpe
on se promène sur la Croisette après le dîner
au prochain croisement, tourne à droite
la croisière sur le Rhône était trop bien
ce bouquin est devenu ma religion, je le relis chaque été
les Saints de Nouvelle-Orléans jouent ce soir, c'est retransmis
la fête des Lumières à Lyon, c'est blindé de monde
franchement ton tiramisu, c'est divin
mon frère est un fanatique de voitures anciennes
ce gamin est un vrai petit diable
le match d'hier soir, c'était du délire
euh c'est où déjà le parking près de l'église
bon alors la fête chez Tom c'est samedi
la reine de la soirée, c'était la tarte au citron
trouver une place de parking ici, c'est un vrai chemin de croix
mon ordi a chopé un virus, je le passe à l'antivirus
le quartier de la cathédrale est piéton le dimanche
le tribunal de commerce, c'est à côté du marché couvert
les macarons de cette boutique, c'est vraiment mon péché mignon
la Vierge du Puy-en-Velay se voit de loin, c'est impressionnant
il fait un froid de canard, on est morts de froid
ce concert était dément
la batterie de la voiture est à plat, on appelle l'assistance
mon ordi est possédé, il s'allume tout seul la nuit
tu peux nous faire un tirage des photos de la fête
mon pote joue ailier gauche dans l'équipe du village
le code de la porte a changé, c'est un vrai calvaire
""",
    "it": """
questa carbonara è da Dio
un inferno di traffico sul raccordo stamattina
porca miseria, ho lasciato il telefono al bar
Madonna santa che fila alla posta
santo cielo, è già mezzanotte
il concerto era da paura
mi piace da morire questa canzone
roba da matti, il treno è arrivato in anticipo
pazzesco, hai visto che gol
buttare il pane è un delitto
che casino in cucina dopo la festa
quando ha visto il conto è successo un quarantotto
lui ha santi in paradiso, trova sempre parcheggio
non c'è santo che tenga, domenica si va al mare
i bambini hanno fatto il diavolo a quattro tutto il pomeriggio
ha una pazienza da santo con quel cane
è al settimo cielo per la macchina nuova
il Diavolo ha vinto il derby
stasera c'è il derby della Madonnina
Baggio, il Divin Codino, che giocatore
ci vediamo a San Siro due ore prima
scendi a Santa Maria Novella e poi vai a piedi
il treno per Santa Lucia è in ritardo di venti minuti
quest'anno andiamo a sciare a Madonna di Campiglio
la pizza in via dei Tribunali è la migliore di Napoli
facciamo la foto sul Ponte dei Sospiri
piazza Santo Stefano a Bologna è bellissima di sera
la terrazza del Duomo si visita anche al tramonto
l'hotel è in piazza della Repubblica, comodissimo
ci vediamo in piazza del Popolo sotto l'obelisco
dopo l'ospedale vecchio gira a destra, c'è il benzinaio
il parcheggio del cimitero è sempre libero
la vecchia prigione adesso è un ostello
il bar davanti alla questura fa le brioche più buone
dietro la sinagoga c'è un forno buonissimo
davanti alla moschea c'è la fermata del tram
Don Matteo ricomincia giovedì
mia nonna guarda tutte le puntate di Che Dio ci aiuti
Romanzo criminale la serie è meglio del film
Suburra l'hai finita
Habemus Papam è un film bellissimo
metti Diavolo in me di Zucchero
metti El diablo dei Litfiba
i Negramaro suonano all'Arena a settembre
per la torta mi serve il pan di Spagna
la zuppa inglese della nonna è imbattibile
stasera capelli d'angelo in brodo
facciamo gli spaghetti alla puttanesca
pasta con i piselli e un po' di pancetta
un Negroni sbagliato, grazie
un Angelo Azzurro e una birra media
un bicchiere di Lacryma Christi con la pizza
Vin Santo e cantucci per finire
un goccio di Frangelico nel caffè
facciamo alla romana
la partita di calcetto è alle nove
ho vinto la lega di fantacalcio
che voto dai a questa pizza da uno a dieci
gira a sinistra al semaforo
vale la pena aspettare, la vista è stupenda
i giudici di MasterChef sono cattivissimi
mi mandi la ricetta del ragù della nonna
testa o croce, chi perde lava i piatti
all'incrocio tieni la destra
domani vado dal parrucchiere per la messa in piega
devo fare la messa a punto della bici
non farmi la predica, ho capito
benedetto ragazzo, chiudi la porta
ha un entusiasmo contagioso
c'è un'epidemia di monopattini in centro
la versione di prova scade domani
la scopa è dietro la porta della cucina
c'è un uccello che canta sul balcone ogni mattina
il contropiede ce l'abbiamo nel DNA, dai
il telefono nuovo si sblocca con il viso
a Ferragosto qui chiude tutto
a Pasquetta grigliata in campagna con gli amici
la calza della Befana è piena di carbone di zucchero
i saldi partono dopo l'Epifania
lunedì è il patrono, i negozi sono chiusi
per me questo manuale è arabo
ha fatto un lavoro da certosino con il puzzle
corre sulla fascia sinistra come un treno
un destro a giro all'incrocio dei pali
il portiere ha fatto un miracolo al novantesimo
la fila ai Musei Vaticani è infinita
la coda al check-in era un girone infernale
aspettare il tecnico della caldaia è un purgatorio
Gesù, che confusione in questa casa
grazie al cielo il treno è partito in orario
ti prego dimmi che hai portato l'ombrello
ci vediamo sotto il campanile alle otto
il chiostro del convento è diventato un bar
il Giudizio Universale dal vivo è impressionante
mi è venuto un attacco di ridarella in riunione
al Black Friday ho preso la friggitrice ad aria
la pioggia è stata il colpo di grazia per la gita
quella cheesecake è un peccato mortale
la mia vicina è una fanatica delle piante grasse
la Vespa di mio zio è un mostro
il Milan gioca in casa sabato sera
il gelato al pistacchio di quella gelateria è una droga
scendi alla fermata Policlinico, il ristorante è lì davanti
mio fratello è un vero guru dell'informatica
la mia macchina è morta sull'autostrada
il portatile ha preso un virus, lo porto in assistenza
la pizzeria si chiama Il Paradiso ed è sul lungomare
quella salita in bici è stata un calvario
abbiamo cenato all'Osteria del Diavolo, si mangia benissimo
allora la festa di Marco è sabato in giardino
ehm dov'è il parcheggio vicino alla chiesa
la cattedrale di Monreale ha dei mosaici incredibili
a Natale il centro è tutto illuminato
che sballo questa montagna russa
il traffico in tangenziale è criminale
questa lasagna è un miracolo
il tassista guidava come un pazzo
mio nipote è un diavoletto
la festa di San Rocco con la porchetta è domenica
per carità, niente panna sulla carbonara
""",
}

COMMANDS: dict[str, str] = {
    "de": """
stell den Wecker auf halb sieben
weck mich morgen um sechs
mach den Wecker aus
lass mich noch zehn minuten schlafen
mach mal lauter
ein bisschen leiser, bitte
Lautstärke auf zehn Prozent
mach das Licht in der Küche an
Licht im Flur aus
dimm das Wohnzimmer auf dreißig Prozent
mach alle lichter aus
stell die Heizung auf einundzwanzig Grad
wie warm ist es im Kinderzimmer
spiel Radio Eins
spiel meine Playlist zum Kochen
spiel was entspanntes
überspring das Lied
noch mal von vorne
was läuft da gerade
wie heißt das Lied
spiel das neue Album von Peter Fox
Eier und Mehl auf die Einkaufsliste bitte
nimm klopapier mit auf die liste
schreib Backpapier und Butter auf die Einkaufsliste
lies mir die Einkaufsliste vor
streich Milch von der Liste
ruf Oma auf dem Festnetz an
ruf lukas auf dem handy an
ruf die Pizzeria Da Mario an
wähl die letzte Nummer noch mal
schreib Jonas, dass ich in zehn Minuten da bin
schick Sarah: bin gleich unten
lies die letzte Nachricht vor
antworte mit okay, passt
hab ich neue Nachrichten
hab ich neue mails
navigier nach Hause
bring mich zum Hauptbahnhof
wie lange brauche ich zur Arbeit
wo ist die nächste Tankstelle
vermeide autobahnen
gibt es Stau auf der A8
wie weit ist es bis Leipzig
zeig mir Restaurants in der Nähe
hat der Baumarkt heute noch offen
wann fährt die nächste s-bahn nach pasing
wie wird das Wetter morgen
soll ich heute einen Regenschirm mitnehmen
regnet es heute Nachmittag
wie kalt wird es heute Nacht
sag mir mal die uhrzeit
welcher Tag ist heute
wann geht heute die Sonne unter
was heißt Einkaufswagen auf Englisch
übersetz guten Appetit ins Italienische
wie sagt man rechnung auf französisch
was sind siebzehn mal dreiundzwanzig
was sind zwölf Prozent von achtzig
wie viel sind hundert Dollar in Euro
rechne hundertzwanzig durch acht
mach ein Foto
nimm ein Video auf
aufnahme stoppen
mach den Bildschirm dunkler
schalt den Flugmodus ein
nicht stören für eine Stunde
wie voll ist der Akku von der Brille
verbinde dich mit meinen kopfhörern
Bluetooth bitte deaktivieren
erinnere mich morgen früh an den Müll
erinnere mich um fünf, das Paket abzuholen
erinnere mich zu Hause daran, die Blumen zu gießen
was hab ich heute noch vor
trag Friseur am Freitag um drei ein
sag das Treffen mit Lisa ab
wann ist mein nächster termin
verschieb das Abendessen mit Tom auf acht
erstell eine Packliste für den Urlaub
setz Sonnencreme auf die Packliste
stell einen Timer auf zwölf Minuten für die Pizza
wie lange läuft der timer noch
Timer stoppen
mach die Rollläden runter
starte den Staubsauger
ist die Haustür abgeschlossen
schalte die kaffeemaschine ein
ist die Waschmaschine fertig
mach den Fernseher an
schalte aufs Zweite
wie hat Bayern gestern gespielt
wie steht's bei union gegen freiburg
wann spielt St. Pauli am Wochenende
starte eine Partie Schach gegen mich
navigier zur Kreuzung Hauptstraße Ecke Kirchweg
bring mich zum Parkplatz am Klinikum Nord
wie komme ich zum Domplatz
zeig mir den weg zur frauenkirche
wie weit ist es bis zur Klosterstraße
wann schließt der Weihnachtsmarkt heute
hat der Supermarkt am Ostermontag offen
ist Fronleichnam in Hessen ein Feiertag
lies mir das rezept für käsespätzle vor
wie lange muss ein Ei kochen
wie viel Gramm sind eine Tasse Mehl
kannst du bitte das Licht ausmachen
könntest du mir einen Wecker für sieben stellen
sei so lieb und mach die musik leiser
würdest du bitte Papa anrufen
kannst du mal schauen, ob es morgen regnet
danke, das war's
stopp, das reicht
spiel weiter
ein Lied zurück
pausier das mal kurz
dreh lauter
vergiss es, abbrechen
nochmal bitte
hey, spiel was von Helene Fischer
mach mal Musik an
sag mir die Nachrichten
was gibt's neues
bis wann hat die Postfiliale am Markt auf
wo hab ich geparkt
merk dir, dass ich auf Ebene drei geparkt habe
such mir ein Rezept mit Zucchini
wie schreibt man Rhythmus
wer hat den Faust geschrieben
wie hoch ist die zugspitze
teil meinen Standort mit Anna
mach ne Notiz: Reifen wechseln
notier dir, Geschenk für Oma kaufen
lösch die letzte Notiz
zeig mir meine Fotos von gestern
schick das letzte Foto an Lena
stell den wecker für samstag ab
lösch alle Wecker
Wecker an Werktagen um Viertel nach sechs
übersetz wo ist der Bahnhof ins Spanische
mach die Musik ganz laut
wie ist der verkehr in die innenstadt
spiel den Podcast weiter
spring dreißig Sekunden zurück
mach das Radio aus
""",
    "es": """
ponme una alarma para las seis y media de mañana
despiértame a las ocho el domingo
apaga la alarma de las siete
déjame dormir diez minutos más
súbele un poco
baja un poco el volumen
volumen al treinta por ciento
enciende la luz de la cocina
apaga la luz del pasillo
pon la luz del salón al cincuenta por ciento
apaga todas las luces de la casa
sube la calefacción dos grados
pon el aire a veinticuatro grados
qué temperatura hace en casa
pon Los 40
pon mi lista para cocinar
pon algo tranquilito
pasa de canción
otra vez desde el principio
qué canción es esta
pon lo último de Rosalía
apunta huevos en la lista de la compra
añade papel higiénico a la lista
léeme la lista de la compra
quita la leche de la lista
llama a la abuela al fijo
llama a Javi al móvil
llama a la pizzería
vuelve a llamar al último número
dile a Carlos que llego en diez minutos
manda un whatsapp a Lucía: ya bajo
léeme el último mensaje
contesta que vale
tengo mensajes nuevos
tengo correos nuevos
vámonos a casa por la ruta más rápida
cómo llego a la estación de Atocha
cuánto tardo al trabajo
dónde está la gasolinera más cercana
evita los peajes
hay atasco en la A-6
a cuántos kilómetros está Valencia
busca restaurantes cerca
está abierto el Mercadona ahora
cuándo pasa el próximo cercanías
qué tiempo hace mañana
necesito paraguas hoy
va a llover esta tarde
cuánto frío hará esta noche
dime la hora
qué día es hoy
a qué hora se pone el sol
cómo se dice carrito de la compra en inglés
traduce buen provecho al italiano
cómo se dice recibo en portugués
cuánto es diecisiete por veintitrés
cuánto es el doce por ciento de ochenta
cuántos euros son cien dólares
divide ciento veinte entre ocho
haz una foto de esto
empieza a grabar vídeo
deja de grabar
baja el brillo de la pantalla al mínimo
activa el modo avión
no molestar durante una hora
cuánta batería tienen las gafas
conéctate a mis cascos
desactiva el bluetooth
recuérdame sacar la basura mañana por la mañana
recuérdame a las cinco recoger el paquete
cuando llegue a casa recuérdame regar las plantas
qué planes tengo para hoy
apunta peluquería el viernes a las cinco
cancela la cena con Laura
cuándo es mi próxima reunión
pasa la reunión con Pedro a las ocho
haz una lista para las vacaciones
añade crema solar a la lista de las vacaciones
pon un temporizador de doce minutos para la pizza
cuánto falta para que suene el temporizador
para el temporizador
baja las persianas
pon el robot aspirador
está cerrada la puerta de casa
pon la cafetera en marcha
ha terminado la lavadora
enciende la tele
pon La 1
cómo va el partido del Betis
cuándo juega el Celta
quién ganó el partido de anoche
empieza una partida de ajedrez
llévame a la calle de la Iglesia
llévame al parking del hospital
cómo llego a la plaza de la Catedral
llévame a la Puerta del Sol
a qué hora cierra el mercadillo de Navidad
abre El Corte Inglés el Jueves Santo
es festivo el Lunes de Pascua en Madrid
léeme la receta de la tortilla
cuánto tiene que hervir un huevo
cuántos gramos son una taza de harina
por favor apaga la luz
¿me pones una alarma a las siete, porfa?
sé bueno y baja la música
¿puedes llamar a papá, por favor?
mira a ver si mañana llueve
gracias, nada más
para ya
sigue por donde ibas
vuelve atrás
pon pausa
más alto, por favor
cancela eso
repítelo, porfa
oye, pon algo de Alejandro Sanz
pon música
dime las noticias
qué novedades hay hoy
hasta qué hora abre Correos
dónde he aparcado
acuérdate de que he aparcado en la planta menos dos
búscame una receta con calabacín
cómo se escribe exhausto
quién escribió el Quijote
cuánto mide el Teide
comparte mi ubicación con Ana
toma nota: cambiar las ruedas
apunta comprar el regalo de la abuela
borra la última nota
enséñame las fotos de ayer
manda la última foto a Marta
quita la alarma del sábado
borra todas las alarmas
alarma de lunes a viernes a las seis y cuarto
traduce dónde está la estación al alemán
pon el volumen a tope
qué tal está el tráfico para ir al centro
sigue con el podcast
retrocede treinta segundos
apaga la radio
""",
    "fr": """
mets une alarme à six heures et demie
réveille-moi demain à sept heures
coupe l'alarme
laisse-moi dormir encore dix minutes
monte le son
baisse un peu le son
volume à trente pour cent
allume la lumière de la cuisine
éteins la lumière du couloir
mets la lumière du salon à cinquante pour cent
éteins toutes les lumières
mets le chauffage à vingt et un degrés
il fait combien dans la chambre des enfants
mets France Inter
lance ma playlist cuisine
mets un truc calme
passe à la chanson d'après
reprends depuis le début
c'est quoi cette chanson
mets le dernier album d'Angèle
ajoute des œufs à la liste de courses
rajoute du papier toilette sur la liste
lis-moi la liste de courses
enlève le lait de la liste
appelle mamie sur le fixe
appelle Hugo sur son portable
appelle la pizzeria
rappelle le dernier numéro
dis à Léa que j'arrive dans dix minutes
envoie un texto à Julien : je descends
lis-moi le dernier message
réponds ok ça marche
j'ai des nouveaux messages ?
j'ai des mails ?
ramène-moi à la maison
emmène-moi à la gare de Lyon
combien de temps pour aller au boulot
où est la station-service la plus proche
évite les péages
il y a des bouchons sur le périph ?
c'est à combien de kilomètres, Lille
trouve-moi un resto dans le coin
le Leclerc est ouvert maintenant ?
c'est quand le prochain RER B
il va faire quel temps demain
j'ai besoin d'un parapluie aujourd'hui ?
il va pleuvoir cet après-midi ?
il va faire froid cette nuit ?
donne-moi l'heure
on est quel jour
le soleil se couche à quelle heure
comment on dit caddie en anglais
traduis bon appétit en italien
comment on dit ticket de caisse en espagnol
combien font dix-sept fois vingt-trois
c'est combien douze pour cent de quatre-vingts
cent dollars ça fait combien en euros
divise cent vingt par huit
prends une photo de ça
démarre une vidéo
coupe la vidéo
luminosité au minimum
active le mode avion
ne pas déranger pendant une heure
les lunettes ont encore combien de batterie
connecte-toi à mon casque
désactive le bluetooth
rappelle-moi de sortir les poubelles demain matin
rappelle-moi à dix-sept heures de récupérer le colis
quand je rentre, rappelle-moi d'arroser les plantes
qu'est-ce que j'ai aujourd'hui
note coiffeur vendredi à quinze heures
annule le dîner avec Camille
c'est quand ma prochaine réunion
décale la réunion avec Paul à vingt heures
crée une liste pour les vacances
ajoute la crème solaire à la liste des vacances
mets un minuteur de douze minutes pour la pizza
le minuteur sonne dans combien de temps
arrête le minuteur
ferme les volets du salon
lance l'aspirateur
la porte d'entrée est fermée à clé ?
allume la machine à café
la machine à laver a fini ?
allume la télé
mets TF1
c'est quoi le score du match de Lens
les Verts ont gagné hier ?
lance une partie d'échecs
emmène-moi au parking de l'hôpital
comment je vais à la place de l'Église
itinéraire vers la rue des Martyrs
guide-moi jusqu'à la gare Saint-Lazare
le marché de Noël ferme à quelle heure
le Carrefour est ouvert le lundi de Pâques ?
la Toussaint, c'est férié cette année ?
lis-moi la recette du gratin dauphinois
combien de temps pour un œuf à la coque
combien de grammes dans une tasse de farine
éteins la lumière s'il te plaît
tu peux me mettre un réveil à sept heures ?
sois sympa, baisse la musique
tu peux appeler papa s'il te plaît
regarde s'il pleut demain
merci, c'est tout
stop, ça suffit
continue la lecture
reviens en arrière
mets sur pause
monte encore un peu
laisse tomber, annule
tu peux répéter
dis, mets un peu de Stromae
mets de la musique
donne-moi les infos
quoi de neuf aujourd'hui dans l'actu
la poste ferme à quelle heure
où je me suis garé
retiens que je suis garé au niveau moins deux
trouve-moi une recette avec des courgettes
comment ça s'écrit, rythme
qui a écrit Les Misérables
quelle est la hauteur du mont Blanc
partage ma position avec Emma
prends une note : changer les pneus
note acheter le cadeau de mamie
supprime la dernière note
montre-moi les photos d'hier
envoie la dernière photo à Chloé
supprime l'alarme de samedi
supprime toutes les alarmes
réveil du lundi au vendredi à six heures quinze
traduis où est la gare en allemand
mets le son à fond
ça roule comment pour aller au centre
reprends le podcast
recule de trente secondes
éteins la radio
""",
    "it": """
mettimi la sveglia domani alle sei e mezza
svegliami domani alle sette
spegni la sveglia delle sette
fammi dormire altri dieci minuti
alza un pochino
abbassa un po' il volume
volume al trenta per cento
accendi la luce in cucina
spegni la luce del corridoio
metti la luce del soggiorno al cinquanta per cento
spegni tutte le luci
metti il riscaldamento a ventuno gradi
quanti gradi ci sono in camera dei bambini
metti Radio Deejay
fai partire la mia playlist per cucinare
metti qualcosa di tranquillo
salta questa canzone
ricomincia dall'inizio
che canzone è questa
metti l'ultimo album di Marco Mengoni
aggiungi le uova alla lista della spesa
metti la carta igienica nella lista
leggimi la lista della spesa
togli il latte dalla lista
chiama mamma
chiama Luca sul cellulare
chiama la pizzeria
richiama l'ultimo numero
scrivi a Giulia che arrivo tra dieci minuti
manda un messaggio a Paolo: scendo subito
leggimi l'ultimo messaggio
rispondi va bene
ho messaggi nuovi
ho nuove mail
navigatore verso casa
come arrivo alla stazione Centrale
quanto ci metto per andare al lavoro
dov'è il benzinaio più vicino
evita le autostrade
c'è traffico sulla tangenziale
quanti chilometri mancano per Bologna
trovami un ristorante qui vicino
l'Esselunga è aperta adesso
quando passa il prossimo tram
che tempo fa domani
mi serve l'ombrello oggi
pioverà nel pomeriggio
quanto farà freddo stanotte
dimmi l'ora
che giorno è oggi
a che ora tramonta il sole
come si dice carrello della spesa in inglese
traduci buon appetito in tedesco
come si dice ricevuta in portoghese
quanto fa diciassette per ventitré
quanto è il dodici per cento di ottanta
quanti euro sono cento dollari
dividi centoventi per otto
scatta una foto
inizia a registrare
basta registrare
luminosità al minimo
attiva la modalità aereo
non disturbare per un'ora
quanta batteria mi resta
collegati alle mie cuffie
disattiva il bluetooth
ricordami di portare giù la spazzatura domattina
ricordami alle cinque di ritirare il pacco
quando arrivo a casa ricordami di annaffiare le piante
cosa devo fare oggi
segna parrucchiere venerdì alle cinque
annulla la cena con Chiara
quando è la mia prossima riunione
sposta la riunione con Marco alle otto
crea una lista per le vacanze
aggiungi la crema solare alla lista delle vacanze
imposta un timer di dodici minuti per la pizza
tra quanto suona il timer
ferma il timer
chiudi le tapparelle in camera
fai partire l'aspirapolvere
la porta di casa è chiusa a chiave
accendi la macchinetta del caffè
la lavatrice ha finito
accendi la tv
metti Rai Uno
come sta andando la partita dell'Inter
quando gioca il Milan
chi ha vinto la partita ieri sera
inizia una partita a scacchi
portami in via della Chiesa
portami al parcheggio dell'ospedale
come arrivo in piazza del Duomo
portami a piazza San Pietro
a che ora chiude il mercatino di Natale
l'Ipercoop è aperto a Pasquetta
Ferragosto cade di sabato quest'anno
leggimi la ricetta della parmigiana
quanto deve bollire un uovo sodo
quanti grammi sono una tazza di farina
spegni la luce per favore
mi puoi svegliare alle sette?
dai, la musica più bassa
puoi chiamare papà per favore
guarda se domani piove
grazie, basta così
fermati un attimo
vai avanti
torna alla canzone prima
metti in pausa un attimo
più forte, dai
lascia perdere, annulla
ripeti per favore
senti, fammi sentire un pezzo di Vasco
metti un po' di musica
dimmi le notizie
che novità ci sono
a che ora chiude la posta
dove ho parcheggiato
ricordati che ho parcheggiato al piano meno due
trovami una ricetta con le zucchine
come si scrive efficiente
chi ha scritto I promessi sposi
quanto è alto il Monte Bianco
condividi la mia posizione con Sara
prendi nota: cambiare le gomme
segnati di comprare il regalo per la nonna
cancella l'ultima nota
fammi vedere le foto di ieri
manda l'ultima foto a Francesca
togli la sveglia di sabato
cancella tutte le sveglie
sveglia dal lunedì al venerdì alle sei e un quarto
traduci dov'è la stazione in spagnolo
metti il volume al massimo
com'è il traffico per andare in centro
riprendi il podcast
torna indietro di trenta secondi
spegni la radio
""",
}
"""Short ordinary commands and questions to a voice assistant in German, Spanish, French and Italian, a few of them with
a look-alike word (a match, a crossroads, a hospital car park as a destination, a holiday as a date)."""
