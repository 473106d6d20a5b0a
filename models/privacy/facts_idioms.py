"""Idioms, figures of speech and look-alike word senses, for the sensitive gate's training set, written for the edge
project. Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

The gate over-blocks ordinary sentences whose words only sound sensitive. `IDIOMS` holds ordinary spoken sentences
in English, German, Spanish, French and Italian, as said to a friend or to a voice assistant on smart glasses, that
use such words in an everyday sense: health-sounding idioms (a headache of a spreadsheet, a nightmare to park, World
Cup fever, a dead battery, a virus on a laptop, a plant under the weather, a low-pressure depression, the Great
Depression in history class, a pharmacy or an old hospital as a landmark); religion-sounding ones (holy cow, bless
you after pepper, a cult classic, the mecca of surfing, the gospel truth, a bishop in chess, bands, churches and
streets as landmarks, a sinful dessert); political-sounding ones (a vote on dinner, a house party, a campaign in a
game, left and right turns, a conservative estimate, a liberal amount of cheese, a coup in Risk); words that sound
sexual or like orientation (a gay old time in a cartoon theme song, straight whiskey, a band coming out with an
album, bi-weekly pay, hooking up a TV, schwül, ligar una salsa, la capote, il finocchio); crime-sounding ones
(killing it at work, a murder mystery party, stealing a base, daylight robbery, heist films, Go to Jail in
Monopoly, a criminal amount of garlic); national dishes, shops and idioms (a Chinese takeaway, French toast, a
Dutch oven, filer à l'anglaise, la zuppa inglese); strikes in bowling, by lightning and by printers, a train strike
as a travel delay, a union of sets and Union Station; fingerprint and face unlock on a phone, coffee in one's DNA,
a school family tree, the good genes of a sourdough starter. Some lines are lowercase and unpunctuated, as a speech
recogniser writes them. One sentence per line, no slots; none of them reveals anyone's health, faith, politics,
orientation, sex life, ethnicity, union membership, genetic or biometric data, or criminal record.
"""

from __future__ import annotations

IDIOMS: dict[str, str] = {
    "en": """
This spreadsheet is giving me a real headache.
Parking downtown on a Saturday is an absolute nightmare.
I'm allergic to meetings that could have been an email.
that skateboard trick was sick dude
The whole town has World Cup fever this week.
Her video about the lost duckling went viral overnight.
my phone battery's dead can you text her for me
Assembling this wardrobe is such a pain.
The basil on the balcony looks a bit under the weather.
Someone clearly doctored that photo of the shark at the beach.
Are we watching the new Doctor Who episode tonight?
He sliced the birthday cake with surgical precision.
The café with the therapy dogs on Mill Lane does amazing scones.
Turn left at the pharmacy and the bakery is right there.
the bus stops right outside the old hospital just get off there
The new ramen place is right next to the dentist on King Street.
Can you pack some healthy snacks for the road trip?
My watch says I've walked nine thousand steps today.
The antivirus on the family PC wants a restart again.
The antivirus flagged a trojan in that email attachment.
The roses have black spot again, I need to spray them.
The garage did a full health check on the car before our trip.
Make a mental note to buy milk on the way home.
work has been crazy busy all week
the traffic on the ring road is insane right now
feed me before i get hangry
The forecast says pollen counts will be high this weekend.
A deep depression over the Atlantic is bringing heavy rain tomorrow.
we learned about the great depression in history class today
My desk drawer is in a state of total disorder.
I'm dying to see the new Pixar film.
this crossword is killing me what's a seven letter word for river
This app has a bug that keeps logging me out.
Check your blind spot before you change lanes.
There was a pregnant pause after he told the joke.
What a stroke of luck finding a parking spot right by the door.
Let's watch a period drama tonight, something with big dresses.
grab me a dr pepper from the fridge please
A cold front is coming in tonight, bring a jacket.
We're in the eye of the storm now, it'll pick up again soon.
kill the process that's hogging the cpu
The backup daemon keeps crashing on startup.
abort the download it's the wrong file
can you clone the hard drive before the upgrade
The penalty shootout went to sudden death.
I'll sacrifice my knight to open up his king.
Move your bishop to protect the queen.
holy cow look at the size of that pizza
god knows where i left my car keys
oh my god the concert tickets just went on sale
Bless you, that pepper has everyone sneezing.
The Big Lebowski is a proper cult classic.
That record shop on Elm Street is a shrine to vinyl.
Hossegor is basically the mecca of surfing in Europe.
He tells every fishing story like it's the gospel truth.
You're preaching to the choir, I already love this café.
We're seeing a Judas Priest tribute band on Friday.
i used to watch sister sister reruns after school
put on some genesis for the drive
Have you seen Creed, the boxing film with Michael B. Jordan?
Meet me on the steps of St Paul's at noon.
Temple Bar is packed with tourists every night.
We took the classic photo on the Abbey Road crossing.
The post office is on Church Street next to the bakery.
turn right at the church with the green spire
Going to Wembley for the cup final feels like a pilgrimage.
This chocolate lava cake is downright sinful.
Could you bake an angel food cake for Sunday?
I'll bring devilled eggs to the picnic.
this pizza is absolutely heavenly
He follows his team religiously and never misses a match.
It's a miracle the bus was on time today.
Let me play devil's advocate about the paint colour.
That deal doesn't sound kosher to me.
let's vote on where to eat tonight
The house party next door went on till three.
Our party needs a healer before we go into the dungeon.
i just started the campaign mode in the new halo
take the second left and then keep right
A conservative estimate is two hours to put this together.
Put a liberal amount of cheese on mine, please.
can you fix the cabinet door in the kitchen
In Alice in Wonderland they run a caucus race to get dry.
the labour day sale has tvs at half price
Independence Day is on TV tonight, the one with the aliens.
is it green bin day tomorrow
The crossword in the Democrat-Gazette was tough this morning.
Let's go for a swim at the Parliament Hill lido.
This machine is a revolution in coffee making.
I pulled off a coup in Risk and took all of Asia.
The office is holding an election for fantasy league commissioner.
The Flintstones theme ends with "we'll have a gay old time".
Grandad says the shop's been on Queer Street since the rent doubled.
keep going straight for about two miles
I'll have the whiskey straight, no ice.
The train is just coming out of the tunnel now.
The band is coming out with a new album in May.
We get paid bi-weekly at the new job.
The new phone has a really sexy design.
My wanderlust always kicks in around January.
can you help me hook up the new tv to the soundbar
i need to screw this shelf to the wall
I can't make out your handwriting on this shopping list.
I'm rereading Pride and Prejudice on holiday.
Taking the Trans-Siberian railway is on my bucket list.
put on some sex pistols while we clean the garage
We're going to camp by the lake this weekend.
Is it hard to jailbreak an old iPhone?
she's absolutely killing it at her new job
We're hosting a murder mystery party on Saturday.
My little brother gets away with murder at home.
he stole second base in the ninth inning
Twelve pounds for a coffee? That's daylight robbery.
Have you watched Arrested Development?
we're rewatching prison break this week
There's a criminal amount of garlic in this pasta.
I stand by my conviction that pineapple belongs on pizza.
The cat polices the crumbs under the table.
Ugh, I got a parking ticket outside the bakery.
heist film night at mine bring popcorn
The kids are playing cops and robbers in the garden.
I keep landing on Go to Jail in Monopoly.
This jacket was a steal at twenty quid.
Reality TV is my guilty pleasure.
the dog kidnapped my sock again
Shall we get a Chinese takeaway tonight?
i'm making french toast for brunch
We picked up Turkish delight at the airport.
What an Indian summer, it's still twenty-five degrees.
The whole stadium did a Mexican wave.
i'll cook the stew in the dutch oven
The wall looks like Swiss cheese after taking all those nails out.
two irish coffees please
I love that Scandinavian furniture shop downtown.
We bought some Moroccan lamps for the patio.
She just signed up for Brazilian jiu-jitsu classes.
Is the Japanese garden open on Mondays?
the greek yoghurt is on the top shelf
Pick up some Danish pastries on your way over.
I'm making a Spanish omelette for lunch.
These Egyptian cotton sheets are so soft.
does the asian supermarket sell fresh lemongrass
I got a strike in the last frame!
A lightning strike knocked out the power on our street.
if dinner isn't ready soon i'm going on hunger strike
The union of set A and set B has seven elements.
Meet me at the student union café at two.
The train leaves from Union Station at six.
They live in a little house with a white picket fence.
Our guild raids every Thursday night.
The fingerprint unlock on this phone is super fast.
the kids left sticky fingerprints all over the fridge
Face unlock never works when I'm wearing sunglasses.
coffee is basically in my dna
my son has to draw a family tree for his history project
This sourdough starter has great genes, it came from my gran.
Our cat has one blue eye and one green eye.
That seagull is a little thief, it just took my chips.
We're doing a blind wine tasting at Tom's on Friday.
There's a zombie process eating all the memory.
""",
    "de": """
Lass mal die Kirche im Dorf, so schlimm ist der Stau nun auch nicht.
Hals- und Beinbruch für deinen Auftritt heute Abend!
Die Steuererklärung bereitet mir echt Kopfschmerzen.
Das Wetter heute ist ja der reinste Albtraum.
mein akku ist tot kannst du kurz mama anrufen
Der Laptop hat sich einen Virus eingefangen.
Der Läufer auf c4 deckt deine Dame.
Im Schach zieht die weiße Partei immer zuerst.
Ich ergreife da keine Partei, ihr klärt das mit dem Abwasch selbst.
Wegen des Bahnstreiks komme ich morgen später.
Der Drucker streikt schon wieder.
Beim Bowling hab ich gerade drei Strikes hintereinander geworfen!
bei der kirche links abbiegen dann kommt gleich der bäcker
Ach du heiliger Strohsack, schau dir diese Schlange an!
wo zum teufel ist die fernbedienung
Das ist so sicher wie das Amen in der Kirche.
gesundheit der pfeffer kitzelt echt in der nase
die ganze stadt ist im wm-fieber
der verkehr auf der a3 ist heute völlig verrückt
Das Tiefdruckgebiet bringt morgen Sturm und Regen.
Laut Wetterbericht wird der Pollenflug am Wochenende stark.
In Geschichte haben wir heute über die Große Depression gesprochen.
Das Video mit der Ente ist total viral gegangen.
Die Pflanze lässt den Kopf hängen, die braucht Wasser.
Sie hat die Torte mit chirurgischer Präzision geschnitten.
Die Apotheke ist direkt neben dem Eiscafé.
der bus hält direkt vor dem alten krankenhaus
Meine Uhr sagt, ich bin heute zwölftausend Schritte gelaufen.
Ich sterbe vor Neugier, erzähl schon!
Das ist ja krank, wie schnell der den Zauberwürfel löst.
München ist ein teures Pflaster.
Kill mal den Prozess, der frisst die ganze CPU.
Ich opfere meinen Springer, um an den König zu kommen.
Heute ist es so schwül, gleich gibt's bestimmt ein Gewitter.
fahr einfach immer geradeaus bis zum kreisel
Bleib auf der rechten Spur, wir müssen gleich raus.
lass uns abstimmen wo wir heute essen
die party bei jonas ging bis drei uhr morgens
Die Pizza-Fraktion hat heute Abend gewonnen.
Das Tor war ein echtes Kabinettstückchen.
Die neue Kaffeemaschine ist eine echte Revolution.
Vom Reichstag hat man einen tollen Blick über Berlin.
kommt morgen die grüne tonne
Er hat sich als großer Schlager-Fan geoutet.
Das neue Handy sieht echt sexy aus.
das curry ist richtig scharf pass auf
heute läuft tatort machst du chips
Wir machen am Samstag ein Krimidinner.
Da ist ja kriminell viel Knoblauch in der Soße.
beim monopoly lande ich ständig im gefängnis
Kann man das alte iPhone noch jailbreaken?
Wie im Krimi: Der Mörder ist immer der Gärtner.
Die Vereinigungsmenge von A und B hat sieben Elemente.
Am Samstag spielt Union gegen Hertha, kommst du mit?
das handy entsperrt sich per fingerabdruck superschnell
Die Gesichtserkennung klappt nie, wenn ich die Sonnenbrille aufhabe.
kaffee liegt mir einfach im blut
unsere tochter soll für geschichte einen stammbaum basteln
Die Sauerteigkultur von Oma hat einfach gute Gene.
Wir bestellen heute beim Chinesen um die Ecke.
lass uns heute zum italiener gehen
Vom Jahrmarkt hab ich Türkischen Honig mitgebracht.
Wir haben marokkanische Laternen für den Balkon gekauft.
Magst du lieber Berliner oder Amerikaner?
Das kommt mir alles spanisch vor.
die kinder lieben russisch brot
Wir pilgern am Samstag ins Westfalenstadion.
Dieser Plattenladen ist ein echter Tempel für Vinyl.
Die Sachertorte ist eine Sünde wert.
Er verfolgt jedes Spiel seines Vereins mit religiösem Eifer.
""",
    "es": """
Este Excel me está dando un dolor de cabeza.
Aparcar en el centro un sábado es una pesadilla.
Me cago en la mar, se me ha vuelto a olvidar el paraguas.
En el barrio hay una fiebre enorme con el Mundial.
El vídeo del pato perdido se ha hecho viral.
se me ha muerto el móvil puedes llamar tú
El portátil ha pillado un virus por descargar cosas raras.
Mueve el alfil para proteger la dama.
¿Echan el partido del Betis en abierto o hay que pagar?
Gira a la derecha después de la iglesia y verás la panadería.
sabe dios dónde he dejado las llaves
¡Jesús! Es que la pimienta hace estornudar a cualquiera.
esa tienda de discos es un templo del vinilo
Tarifa es la meca del kitesurf.
Esta tarta de chocolate es un pecado.
esta pizza está de vicio
Ir al Bernabéu para la final es como una peregrinación.
votamos dónde cenamos esta noche
la fiesta de marta duró hasta las tres
En el siguiente cruce gira a la izquierda.
Siendo conservadores, tardamos dos horas en montar el armario.
Por la huelga de metro llegaré tarde mañana.
¡He hecho un strike en la última tirada!
La unión de los conjuntos A y B tiene siete elementos.
el móvil se desbloquea con la huella superrápido
El reconocimiento facial no funciona cuando llevo gafas de sol.
El café lo llevo en el ADN.
Mi hija tiene que hacer un árbol genealógico para clase de historia.
Esta masa madre tiene buenos genes, es de mi abuela.
Hay una cantidad criminal de ajo en esta salsa.
Veinte euros la entrada, esto es un atraco a mano armada.
¿Has visto La casa de papel?
El sábado organizamos una cena de misterio con asesinato.
en el monopoly siempre acabo en la cárcel
¿Se puede hacer jailbreak a un iPhone viejo?
pedimos comida china esta noche
Hoy desayunamos tostadas francesas.
Una tortilla española y dos cañas, por favor.
la ensaladilla rusa de mi madre es la mejor
Se fue a la francesa sin decir adiós.
Las instrucciones del mueble me suenan a chino.
No te hagas el sueco, que te toca fregar.
Hemos comprado unas lámparas marroquíes para la terraza.
Mi hermano se ha apuntado a jiu-jitsu brasileño.
Una depresión atlántica traerá lluvias este fin de semana.
Según el parte del tiempo, el polen estará por las nubes.
tengo el cuarto hecho un cristo
Una paella como Dios manda, con su socarrat.
Ojalá no llueva el sábado.
mi perro está como una cabra no para de correr
La farmacia está justo enfrente de la parada del bus.
el autobús para delante del hospital viejo
La planta del salón está un poco pachucha.
Cortó la tarta con precisión quirúrgica.
esta semana en el curro ha sido una locura
mata el proceso que se ha colgado
Sacrifico el caballo para abrir al rey.
hay campaña de rebajas en el corte inglés
Remueve despacio hasta que la salsa ligue.
voy a coger el autobús de las ocho
jugamos al mus por parejas vale
El nuevo móvil tiene un diseño muy sexy.
La revista del barrio es bisemanal.
Esta noche salgo con los del trabajo a tomar algo.
Si no cenamos pronto, me declaro en huelga de hambre.
La gaviota es una ladrona, me ha quitado las patatas.
El tiempo se ha detenido en este pueblo.
este condenado ordenador no arranca
Bendito café, sin ti no funciono.
Quedamos delante de la catedral a las doce.
""",
    "fr": """
C'est la croix et la bannière pour trouver une place ici.
Ce tableur, c'est un vrai casse-tête.
Se garer en ville le samedi, c'est un cauchemar.
Toute la ville a la fièvre de la Coupe du monde.
La vidéo du canard perdu est devenue virale.
mon téléphone est mort tu peux appeler le taxi
Mon ordi a attrapé un virus, il rame complètement.
Avance ton fou pour protéger la dame.
il y a un monde fou au marché ce matin
Tourne à droite après l'église, la boulangerie est juste là.
Oh mon Dieu, les billets du concert sont en vente !
À tes souhaits ! Ce poivre fait éternuer tout le monde.
ce disquaire c'est un vrai temple du vinyle
Hossegor, c'est la Mecque du surf.
Les macarons, c'est mon péché mignon.
on vote pour le resto de ce soir
La fête chez Julie a duré jusqu'à trois heures.
Je ne prends pas parti, réglez ça entre vous pour la vaisselle.
on se fait une partie de belote
Au feu, à gauche, puis tout droit.
Cette machine à café, c'est une révolution.
À cause de la grève de la SNCF, j'arriverai en retard demain.
j'ai fait un strike au bowling
En maths, l'union de A et B contient sept éléments.
mon téléphone se déverrouille avec l'empreinte en une seconde
La reconnaissance faciale ne marche jamais avec mes lunettes de soleil.
le café c'est dans mon adn
Ma fille doit faire un arbre généalogique pour le cours d'histoire.
Ce levain a de bons gènes, il vient de ma grand-mère.
Notre chat a un œil bleu et un œil vert.
j'ai une faim de loup on mange quand
Il y a une quantité criminelle d'ail dans ces pâtes.
Douze euros le café, c'est du vol !
On organise une murder party samedi soir.
au monopoly je finis toujours en prison
On peut encore jailbreaker un vieil iPhone ?
Une dépression arrive de l'Atlantique avec de fortes pluies.
mon bureau c'est un bordel pas possible
La pharmacie est juste en face de l'arrêt de bus.
le bus s'arrête devant l'ancien hôpital
Le basilic a l'air un peu patraque.
Elle a coupé le gâteau avec une précision chirurgicale.
Cette semaine au boulot, c'était de la folie.
Le pollen sera au plus haut ce week-end, selon la météo.
tue le processus qui bloque tout
Le concert hier soir était mortel.
il y a une queue énorme à la boulangerie
Ferme la capote, il commence à pleuvoir.
L'appartement jouit d'une vue magnifique sur la mer.
Le nouveau téléphone a un design très sexy.
ce soir je sors avec les collègues
on part à la campagne ce week-end
On se promène au jardin du Luxembourg, à côté du Sénat.
c'est un sacré bazar dans le garage
Aller à Roland-Garros, c'est mon pèlerinage annuel.
Tu prêches un converti, j'adore déjà ce café.
Il raconte ses histoires de pêche comme si c'était parole d'évangile.
On se retrouve sur les marches du Sacré-Cœur.
Le syndicat d'initiative ouvre à neuf heures.
Si on ne mange pas bientôt, je fais la grève de la faim.
On regarde une série policière ce soir ?
La télé-réalité, c'est mon plaisir coupable.
on se commande un chinois ce soir
Pour moi, ces instructions, c'est du chinois.
Il a filé à l'anglaise sans dire au revoir.
On a acheté des lanternes marocaines pour la terrasse.
Un petit-suisse pour le dessert ?
Le voisin a un dogue allemand énorme.
Mon frère s'est mis au jiu-jitsu brésilien.
Cette coloc, c'est une vraie auberge espagnole.
""",
    "it": """
Porca miseria, ho dimenticato l'ombrello!
ho una fame da lupo mangiamo
Questo foglio Excel mi fa venire il mal di testa.
Parcheggiare in centro il sabato è un incubo.
Tutta la città ha la febbre dei Mondiali.
Il video dell'anatroccolo è diventato virale.
il telefono è morto puoi chiamare tu
Il portatile si è preso un virus, va lentissimo.
Muovi l'alfiere per proteggere la regina.
Gira a destra dopo la chiesa, il forno è lì.
Oddio, i biglietti del concerto sono in vendita!
Salute! Questo pepe fa starnutire tutti.
Questa torta al cioccolato è un peccato di gola.
che peccato il museo è chiuso oggi
votiamo dove andare a cena stasera
La festa da Luca è andata avanti fino alle tre.
Per la partita di stasera ci vediamo al bar.
il treno per milano è già partito
Non prendo partito, decidete voi chi lava i piatti.
Al semaforo a sinistra, poi sempre dritto.
Domani c'è lo sciopero dei treni, arriverò tardi.
Ho fatto strike all'ultimo tiro a bowling!
L'unione degli insiemi A e B ha sette elementi.
il telefono si sblocca con l'impronta in un attimo
Il riconoscimento facciale non funziona mai con gli occhiali da sole.
il caffè ce l'ho nel dna
Mio figlio deve fare l'albero genealogico per storia.
Questo lievito madre ha dei buoni geni, viene da mia nonna.
In questa pasta c'è una quantità criminale d'aglio.
Dodici euro per un caffè? È un furto!
Sabato facciamo una cena con delitto.
a monopoli finisco sempre in prigione
Si può ancora fare il jailbreak a un vecchio iPhone?
Una depressione atlantica porterà pioggia nel weekend.
la mia scrivania è un casino totale
La farmacia è proprio davanti alla fermata del bus.
L'autobus si ferma davanti al vecchio ospedale.
Il basilico sul balcone è un po' giù di corda.
c'è un traffico pazzesco in tangenziale
Uccidi quel processo, si sta mangiando tutta la CPU.
Sacrifico il cavallo per arrivare al re.
santo cielo che coda alla posta
Madonna, che caldo oggi!
Dio solo sa dove ho messo le chiavi.
c'era un traffico infernale sull'autostrada
oggi fa un caldo boia
Andare a San Siro per il derby è un pellegrinaggio.
Prende ogni recensione online per vangelo.
Segue la sua squadra religiosamente.
Mi passi il finocchio per l'insalata?
stasera esco con i colleghi
giochiamo a briscola in coppia
La rivista del quartiere è bisettimanale.
Da qui si gode una vista stupenda sul lago.
Quel gabbiano è un ladro, mi ha fregato le patatine.
Stasera c'è un poliziesco in tv.
ammazza che panorama da quassù
ordiniamo cinese stasera
L'insalata russa della nonna è la migliore.
Per dolce c'è la zuppa inglese.
Se n'è andato all'inglese, senza salutare.
per me queste istruzioni sono arabo
Il treno oggi era puntuale come un orologio svizzero.
Il pastore tedesco dei vicini è buonissimo.
Paghiamo alla romana?
Se non si mangia subito faccio lo sciopero della fame.
La stampante oggi sciopera.
questo weekend andiamo in campagna
Al fantacalcio giochiamo in una lega con i colleghi.
Sono allergico alle riunioni del lunedì mattina.
""",
}
