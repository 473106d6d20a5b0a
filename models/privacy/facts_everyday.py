"""Everyday spoken sentences for the sensitive gate's training set, written for the edge project.
Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

`EVERYDAY` holds ordinary spoken sentences in English, German, Spanish, French and Italian, as people say them to a
friend, a partner or the assistant on their glasses: family logistics (parents, in-laws, siblings, grandparents,
cousins, kids staying over, Sunday lunch, birthdays, anniversaries, relatives' weddings, family parties named only as
dates), partner plans (camping, dinners, moving in, furniture, holidays), school and kids' sports, neighbours, pets
and the vet, chores and repairs, moving house, cars and parking, late trains and buses, shifts and colleagues'
birthdays, shopping and gifts, cooking, restaurants named by cuisine, travel abroad, weather, feeling hungry, tired,
cold, hot or bored, running and the gym as hobbies, football, series, music, seasonal shopping and calendar holidays,
and public buildings used only as landmarks. About a quarter are lowercase and unpunctuated, as a speech recogniser
writes them. One sentence per line, no slots; no line reveals anyone's health, faith, politics, orientation, sex
life, ethnicity, union membership, genetic or biometric data, or criminal record.
"""

from __future__ import annotations

EVERYDAY: dict[str, str] = {
    "en": """
Mum wants to know if we're coming for Sunday lunch.
can you remind me to pick up my sister from the station at six
My in-laws are staying over this weekend, so I need to make up the spare bed.
Grandma's turning ninety in May and we're planning a big party at the pub.
what time is my cousin's wedding on saturday
We're getting Chinese tonight, do you want the usual?
Have you tried the new Mexican place on the high street?
there's a turkish bakery next to the station that does amazing bread
Let's just get an Indian takeaway, I can't be bothered to cook.
My boyfriend and I are going camping in Wales next month.
Remind me to book a table for our anniversary on Friday.
my wife wants to move the sofa to the other wall again
We're finally moving in together in September.
Can you add a bedside table to the list for the new flat?
The kids have football training on Tuesdays and Thursdays.
did the school send the letter about the trip to the zoo
I still need a present for my nephew's seventh birthday.
The neighbours are having a barbecue again, can you smell it?
The cat's booked in at the vet for her jabs on Thursday.
it's bin day tomorrow don't forget the recycling
I've got three loads of washing to get through today.
Can you remind me to water the plants before we leave?
The landlord is sending someone round to fix the boiler on Monday.
We've got the removal van booked for the twelfth.
the car's MOT is due at the end of the month
Where did I park the car?
My train's delayed by twenty minutes again.
the bus never turned up so I'm walking
I'm on the early shift all next week.
It's Dave's birthday at work, we've got him a cake.
We still need to sort out Christmas presents for your parents.
What can I make tonight with chicken, peppers and rice?
I'm starving, what's quick to make?
i'm so tired I could fall asleep on the sofa right now
It's freezing in here, can you turn the heating up?
it's boiling today let's go down to the lake
I'm bored, what's on telly tonight?
The traffic on the ring road is driving me mad.
I'm going for a quick run before dinner.
Did City win last night?
We're three episodes behind on that series, so no spoilers.
play something chilled for the drive home
Mum says the shops close early on Christmas Eve.
We're hiding Easter eggs in the garden for the kids on Sunday.
The new café is just past the hospital car park, on the left.
There's a market on the church square every Saturday morning.
the police station is next to the bakery you can't miss it
We're flying to Lisbon in June for my sister's fortieth.
What's the weather like in Barcelona this weekend?
My brother's coming round to help me put up the shelves.
Text my dad that we'll be twenty minutes late.
my granddad still does the crossword every single morning
Our cousins from Canada are coming over in August.
Are your parents coming to the school play?
my son has a maths test on friday and he hasn't started revising
The swimming gala's been moved to next Saturday.
How long do I roast a leg of lamb for?
We're doing a Thai curry tonight, have we got any coconut milk?
Shall we try that Greek restaurant by the harbour?
Japanese or Italian, you pick.
The Vietnamese place on the corner does the best noodle soup in town.
my fiancé wants a small wedding but his mum wants a huge one
We still haven't found a venue for the reception.
After the christening we're all going to my aunt's for lunch.
Did you order the flowers for Grandma's birthday?
The neighbours' cat keeps sleeping in our shed.
the washing machine is leaking again
set a timer for the pasta eleven minutes
Remind me to take the mince out of the freezer tonight.
We need a new mattress, ours is ancient.
my girlfriend found a really cheap flight to Rome
We're thinking of renting a cottage in Cornwall for half term.
How long does the train take from Munich to Salzburg?
It's been raining for three days straight.
do i need a jacket tonight
I'm knackered, it's been a long day at work.
My boss has moved the meeting to Friday afternoon again.
The team's going out for drinks after work on Thursday.
whose turn is it to empty the dishwasher
Did you remember to get milk?
We're out of bin bags and washing-up liquid.
I want to get my mum a nice scarf for Mother's Day.
The garage says the brakes need new pads.
You can never find a parking space near my parents' flat.
my little sister just passed her driving test
Can you check if the tram's running on time?
The kids are staying at their grandparents' on Saturday night.
We're painting the kids' bedroom blue this weekend.
I'm meeting my mates at the climbing wall later.
what's the score in the arsenal game
Let's watch the final at my brother's place.
I've been learning the guitar for six months now.
my husband's doing the school run tomorrow
The new series of that baking show starts tonight.
Add fizz and napkins to the party list.
Is the post office open on Saturday afternoons?
The shopping centre is packed the week before Christmas.
The sweet shop on our road is always busy around Diwali.
i'm going to the gym after work so dinner's at eight
We're driving up to see my in-laws in Leeds on Sunday.
""",
    "de": """
Mama fragt, ob wir am Sonntag zum Mittagessen kommen.
kannst du mich erinnern meine schwester um sechs vom bahnhof abzuholen
Meine Schwiegereltern übernachten am Wochenende bei uns, ich muss noch das Gästebett beziehen.
Oma wird im Mai neunzig, wir feiern im Gasthof am See.
wann fängt die hochzeit von meinem cousin am samstag an
Wir holen uns heute Chinesisch, willst du das Übliche?
Warst du schon bei dem neuen Mexikaner in der Hauptstraße?
Der türkische Bäcker am Bahnhof hat das beste Fladenbrot.
Lass uns einfach beim Inder bestellen, ich hab keine Lust zu kochen.
Mein Freund und ich fahren nächsten Monat zum Zelten an den Gardasee.
Erinnere mich, für Freitag einen Tisch zu unserem Jahrestag zu reservieren.
meine frau will das sofa schon wieder an die andere wand stellen
Wir ziehen im September endlich zusammen.
Setz einen Nachttisch auf die Liste für die neue Wohnung.
Die Kinder haben dienstags und donnerstags Fußballtraining.
hat die schule schon den zettel für den ausflug in den zoo geschickt
Ich brauch noch ein Geschenk zum siebten Geburtstag von meinem Neffen.
Die Nachbarn grillen schon wieder, riechst du das?
Die Katze muss am Donnerstag zum Impfen zum Tierarzt.
morgen wird die gelbe tonne abgeholt vergiss nicht sie rauszustellen
Ich hab heute noch drei Maschinen Wäsche vor mir.
Kannst du mich erinnern, die Pflanzen zu gießen, bevor wir fahren?
Der Vermieter schickt am Montag jemanden wegen der Heizung vorbei.
Der Umzugswagen ist für den Zwölften gebucht.
der tüv ist ende des monats fällig
Wo hab ich nochmal das Auto geparkt?
Mein Zug hat schon wieder zwanzig Minuten Verspätung.
der bus ist nicht gekommen ich lauf jetzt
Ich hab die ganze nächste Woche Frühschicht.
Jörg hat heute Geburtstag, wir haben im Büro einen Kuchen für ihn.
Wir müssen noch die Weihnachtsgeschenke für deine Eltern besorgen.
Was kann ich heute mit Hähnchen, Paprika und Reis kochen?
Ich hab so einen Hunger, was geht schnell?
ich bin so müde ich könnte sofort auf dem sofa einschlafen
Mir ist kalt, kannst du die Heizung höher drehen?
es ist so heiß heute lass uns an den see fahren
Mir ist langweilig, was kommt heute im Fernsehen?
Der Stau auf der A8 macht mich wahnsinnig.
Ich geh vor dem Abendessen noch eine Runde laufen.
Hat der BVB gestern gewonnen?
Wir hängen drei Folgen hinterher, also bitte nicht spoilern.
spiel was entspanntes für die heimfahrt
Mama sagt, an Heiligabend machen die Läden früher zu.
Am Ostersonntag verstecken wir für die Kinder Eier im Garten.
Das neue Café ist gleich hinter dem Krankenhausparkplatz auf der linken Seite.
Samstags ist Wochenmarkt auf dem Kirchplatz.
die polizeiwache ist direkt neben der bäckerei du kannst sie nicht verfehlen
Wir fliegen im Juni zum Vierzigsten meiner Schwester nach Lissabon.
Wie wird das Wetter am Wochenende in Barcelona?
Mein Bruder kommt vorbei und hilft mir, die Regale aufzuhängen.
Schreib meinem Papa, dass wir zwanzig Minuten später kommen.
mein opa löst immer noch jeden morgen das kreuzworträtsel
Unsere Cousinen aus Kanada kommen im August zu Besuch.
Kommen deine Eltern zur Theateraufführung in der Schule?
mein sohn schreibt freitag eine mathearbeit und hat noch nichts gelernt
Das Schwimmfest wurde auf nächsten Samstag verschoben.
Wie lange muss eine Lammkeule in den Ofen?
Wir machen heute ein Thai-Curry, haben wir noch Kokosmilch?
Lass uns mal zu dem Griechen am Hafen gehen.
Japanisch oder Italienisch, du entscheidest.
Beim Vietnamesen an der Ecke gibt's die beste Nudelsuppe der Stadt.
mein verlobter will eine kleine hochzeit aber seine mutter will eine riesige
Wir haben immer noch keine Location für die Feier.
Nach der Taufe gehen wir alle zu meiner Tante zum Mittagessen.
Hast du die Blumen für Omas Geburtstag bestellt?
Die Katze vom Nachbarn schläft ständig in unserem Gartenhaus.
die waschmaschine läuft schon wieder aus
stell einen timer für die nudeln elf minuten
Erinnere mich, heute Abend das Hackfleisch aus dem Gefrierfach zu nehmen.
Wir brauchen eine neue Matratze, die alte ist uralt.
meine freundin hat einen günstigen flug nach rom gefunden
Wir überlegen, in den Herbstferien ein Ferienhaus an der Ostsee zu mieten.
Wie lange braucht der Zug von München nach Salzburg?
Es regnet jetzt seit drei Tagen ununterbrochen.
brauch ich heute abend eine jacke
Ich bin fix und fertig, war ein langer Tag im Büro.
Mein Chef hat das Meeting schon wieder auf Freitagnachmittag gelegt.
Am Donnerstag gehen wir mit dem Team nach der Arbeit was trinken.
wer ist heute mit spülmaschine ausräumen dran
Wir haben keine Müllbeutel und kein Spülmittel mehr.
Ich will meiner Mama zum Muttertag einen schönen Schal schenken.
Die Werkstatt sagt, die Bremsbeläge müssen neu.
Bei meinen Eltern in der Straße findet man nie einen Parkplatz.
meine kleine schwester hat gerade den führerschein bestanden
Fährt die Straßenbahn gerade pünktlich?
Die Kinder schlafen am Samstag bei Oma und Opa.
Am Wochenende streichen wir das Kinderzimmer blau.
Ich treff mich nachher mit den Jungs in der Kletterhalle.
wie steht's bei bayern gegen dortmund
Das Finale schauen wir bei meinem Bruder.
Ich lerne jetzt seit einem halben Jahr Gitarre.
mein mann bringt morgen die kinder zur schule
Heute Abend startet die neue Staffel von der Backshow.
Setz Sekt und Servietten auf die Partyliste.
Hat die Post samstagnachmittags offen?
In der Woche vor Weihnachten ist das Einkaufszentrum total voll.
Wir fahren am Sonntag zu meinen Schwiegereltern nach Leipzig.
ich geh nach der arbeit ins fitnessstudio also essen wir um acht
Kannst du meiner Schwiegermutter eine Geburtstagskarte schicken?
Unser Großer hat am Samstag ein Auswärtsspiel in Ulm, wer fährt ihn hin?
Schatz, holst du die Kinder heute vom Kindergarten ab?
opa will am sonntag unbedingt grillen auch wenn es regnet
Meine Eltern feiern im Oktober goldene Hochzeit.
Über Ostern bringen wir den Hund zu meinem Bruder.
Der Hund braucht neues Futter, nimm den großen Sack.
Kannst du nachschauen, wann der Wertstoffhof am Samstag aufmacht?
ich muss noch die bettwäsche wechseln und staubsaugen
Der Wasserhahn in der Küche tropft schon seit Tagen.
Ich hab die Nachbarin gefragt, ob sie unsere Post reinholt, solange wir weg sind.
Jana und ich wollen ein neues Sofa kaufen, das alte ist total durchgesessen.
Lass uns am Samstag zu IKEA fahren und nach einem Esstisch schauen.
die s-bahn fällt heute wieder aus ich komm später
Kannst du mir die nächste Verbindung nach Hause raussuchen?
Im Parkhaus am Rathaus ist noch was frei.
Wir treffen uns vor dem Rathaus und gehen dann zusammen rüber.
Die Kollegin aus der Buchhaltung hat morgen Geburtstag, wer sammelt?
ich hab nächste woche spätschicht also kann ich die kinder morgens bringen
Such mir mal ein Rezept für Käsespätzle raus.
Der Koreaner in der Altstadt hat jetzt auch mittags offen.
Am Freitag gehen wir mit den Nachbarn zum Spanier.
Bring doch auf dem Heimweg Pizza mit, ich hab Hunger wie ein Bär.
Nächstes Jahr wollen wir mit den Kindern nach Norwegen.
puh ist das schwül heute
Am Wochenende soll es schneien, vielleicht gehen wir mit den Kindern rodeln.
Mir ist so heiß, mach mal das Fenster auf.
welche serie schauen wir heute
Ich hab mir ein Puzzle mit tausend Teilen gekauft, hilfst du mir?
Der Weihnachtsmarkt macht dieses Jahr schon Mitte November auf.
Meine Cousine heiratet im Juli in Südtirol, wir müssen noch ein Hotel buchen.
die schwiegereltern kommen zum kaffee hast du kuchen geholt
""",
    "es": """
Mi madre pregunta si vamos a comer el domingo.
recuérdame que tengo que recoger a mi hermana en la estación a las seis
Mis suegros se quedan a dormir este finde, tengo que preparar la cama de invitados.
La abuela cumple noventa en mayo y le estamos organizando una fiesta.
a qué hora es la boda de mi primo el sábado
Esta noche pedimos chino, ¿quieres lo de siempre?
¿Has probado el mexicano nuevo de la calle Mayor?
Al lado de la estación hay una panadería turca con un pan buenísimo.
Pidamos comida india, que no me apetece nada cocinar.
Mi novio y yo nos vamos de acampada a los Pirineos el mes que viene.
Recuérdame reservar mesa para nuestro aniversario el viernes.
mi mujer quiere volver a cambiar el sofá de pared
Por fin nos vamos a vivir juntos en septiembre.
Apunta una mesita de noche en la lista del piso nuevo.
Los niños tienen entrenamiento de fútbol los martes y los jueves.
ha mandado el colegio la autorización para la excursión al zoo
Tengo que comprarle un regalo a mi sobrino, que cumple siete años.
Los vecinos están haciendo una barbacoa, ¿no lo hueles?
El jueves el perro tiene que ir al veterinario a ponerse la vacuna.
esta noche hay que bajar la basura y el reciclaje
Hoy tengo tres lavadoras pendientes.
¿Me recuerdas regar las plantas antes de irnos?
El casero manda a alguien el lunes a arreglar la caldera.
El camión de la mudanza está reservado para el día doce.
a final de mes le toca la itv al coche
¿Dónde he aparcado el coche?
El tren lleva otra vez veinte minutos de retraso.
el autobús no ha pasado así que me voy andando
Toda la semana que viene tengo turno de mañana.
Hoy es el cumple de Luis en la oficina y le hemos comprado una tarta.
Todavía tenemos que comprar los regalos de Reyes para tus padres.
¿Qué puedo cocinar hoy con pollo, pimientos y arroz?
Tengo un hambre que me muero, ¿qué hago rápido?
estoy tan cansado que me quedo dormido en el sofá
Hace un frío que pela, ¿subes la calefacción?
qué calor hace hoy vámonos a la piscina
Me aburro, ¿qué echan esta noche en la tele?
El atasco de la M-30 me está volviendo loco.
Voy a salir a correr un rato antes de cenar.
¿Ganó ayer el Betis?
Vamos tres capítulos por detrás, así que nada de spoilers.
pon algo tranquilo para el viaje de vuelta
Mi madre dice que en Nochebuena las tiendas cierran antes.
El domingo de Pascua escondemos huevos de chocolate en el jardín para los niños.
La cafetería nueva está justo pasado el parking del hospital, a la izquierda.
Los sábados por la mañana hay mercadillo en la plaza de la iglesia.
la comisaría está al lado de la panadería no tiene pérdida
En junio volamos a Lisboa para los cuarenta de mi hermana.
¿Qué tiempo va a hacer en Oporto este fin de semana?
Mi hermano viene a ayudarme a colgar las estanterías.
Escríbele a mi padre que llegamos veinte minutos tarde.
mi abuelo sigue haciendo el crucigrama todas las mañanas
Nuestras primas de Argentina vienen en agosto.
¿Van a venir tus padres a la función del colegio?
mi hijo tiene examen de mates el viernes y no ha empezado a estudiar
La competición de natación se ha pasado al sábado que viene.
¿Cuánto tiempo hay que asar una pierna de cordero?
Hoy hacemos curry tailandés, ¿queda leche de coco?
Vamos a probar el griego que hay junto al puerto.
¿Japonés o italiano? Tú eliges.
El vietnamita de la esquina tiene la mejor sopa de fideos de la ciudad.
mi prometido quiere una boda pequeña pero su madre quiere algo enorme
Todavía no hemos elegido sitio para el banquete.
La comunión de mi sobrina es el día catorce y la comida es en un restaurante de la sierra.
¿Has encargado las flores para el cumple de la abuela?
El gato de los vecinos se nos cuela siempre en el trastero.
la lavadora vuelve a perder agua
pon un temporizador para la pasta de once minutos
Recuérdame sacar la carne picada del congelador esta noche.
Necesitamos un colchón nuevo, el nuestro tiene mil años.
mi novia ha encontrado un vuelo baratísimo a Roma
Estamos pensando en alquilar una casa rural en Asturias para el puente.
¿Cuánto se tarda en tren de Madrid a Valencia?
Lleva tres días sin parar de llover.
me llevo chaqueta esta noche o no
Estoy reventado, ha sido un día larguísimo en el curro.
Mi jefe ha vuelto a mover la reunión al viernes por la tarde.
El jueves salimos con los del trabajo a tomar algo.
a quién le toca vaciar el lavavajillas
Nos hemos quedado sin bolsas de basura y sin detergente.
Quiero regalarle a mi madre un pañuelo bonito por el Día de la Madre.
En el taller dicen que hay que cambiar las pastillas de freno.
Cerca de casa de mis padres es imposible aparcar.
mi hermana pequeña acaba de sacarse el carnet de conducir
¿Puedes mirar si el metro va con retraso?
El sábado los niños duermen en casa de los abuelos.
Este finde pintamos de azul el cuarto de los niños.
He quedado con los colegas en el rocódromo.
cómo va el madrid atlético
La final la vemos en casa de mi hermano.
Llevo seis meses aprendiendo a tocar la guitarra.
mañana lleva mi marido a los niños al cole
Esta noche empieza la nueva temporada del programa de repostería.
Apunta cava y servilletas en la lista de la fiesta.
¿Correos abre los sábados por la tarde?
La semana antes de Navidad el centro comercial está a reventar.
El domingo vamos a ver a mis suegros a Zaragoza.
voy al gimnasio después del trabajo así que cenamos a las nueve
¿Le puedes mandar una felicitación a mi suegra por su cumpleaños?
Mi hijo mayor juega fuera el sábado en Getafe, ¿quién lo lleva?
Cariño, ¿puedes recoger tú a los niños en la guardería hoy?
el abuelo quiere hacer paella el domingo aunque llueva
Mis padres celebran las bodas de oro en octubre.
En Semana Santa le dejamos el perro a mi hermano.
Hay que comprar pienso para el perro, el saco grande.
¿Puedes mirar a qué hora abre el punto limpio el sábado?
todavía tengo que cambiar las sábanas y pasar la aspiradora
El grifo de la cocina lleva días goteando.
Le he pedido a la vecina que nos recoja el correo mientras estamos fuera.
Marta y yo queremos comprar un sofá nuevo, el viejo está hundido.
El sábado vamos a IKEA a mirar una mesa de comedor.
hoy otra vez no hay cercanías llego tarde
¿Me buscas el próximo tren para volver a casa?
En el parking del ayuntamiento todavía quedan plazas.
Quedamos delante del ayuntamiento y vamos juntos.
Mañana es el cumpleaños de la compañera de contabilidad, ¿quién recoge el dinero?
la semana que viene tengo turno de tarde así que puedo llevar yo a los niños por la mañana
¿Me buscas una receta de tortilla de patatas bien jugosa?
El coreano del centro ahora abre también a mediodía.
El viernes vamos con los vecinos a un libanés que han abierto.
Trae pizza de camino a casa, que tengo un hambre de lobo.
El año que viene queremos ir a Noruega con los niños.
qué bochorno hace hoy
Dicen que va a nevar el finde, igual llevamos a los niños a la sierra.
Tengo un calor horrible, abre la ventana, porfa.
qué serie vemos esta noche
Me he comprado un puzle de mil piezas, ¿me ayudas?
Las luces de Navidad de Vigo se encienden a finales de noviembre.
Mi prima se casa en julio en Mallorca y tenemos que reservar hotel.
vienen los suegros a merendar has comprado algo
""",
    "fr": """
Maman demande si on vient déjeuner dimanche.
rappelle-moi d'aller chercher ma sœur à la gare à six heures
Mes beaux-parents dorment chez nous ce week-end, il faut que je prépare le lit d'amis.
Mamie a quatre-vingt-dix ans en mai, on lui organise une grande fête.
à quelle heure c'est le mariage de mon cousin samedi
Ce soir on se prend un chinois, tu veux comme d'habitude ?
Tu as testé le nouveau mexicain dans la grande rue ?
Il y a une boulangerie turque à côté de la gare, leur pain est incroyable.
On commande indien, j'ai vraiment pas envie de cuisiner.
Mon copain et moi, on part camper dans les Cévennes le mois prochain.
Rappelle-moi de réserver une table pour notre anniversaire de mariage vendredi.
ma femme veut encore changer le canapé de place
On emménage enfin ensemble en septembre.
Ajoute une table de chevet à la liste pour le nouvel appart.
Les enfants ont foot le mardi et le jeudi.
est-ce que l'école a envoyé le mot pour la sortie au zoo
Il faut que j'achète un cadeau pour les sept ans de mon neveu.
Les voisins font encore un barbecue, tu sens pas ?
Le chat doit aller chez le véto jeudi pour ses vaccins.
demain c'est le ramassage des poubelles jaunes oublie pas de les sortir
J'ai encore trois machines de linge à faire aujourd'hui.
Tu peux me rappeler d'arroser les plantes avant qu'on parte ?
Le proprio envoie quelqu'un lundi pour réparer la chaudière.
Le camion de déménagement est réservé pour le douze.
le contrôle technique de la voiture est à faire avant la fin du mois
Où est-ce que j'ai garé la voiture ?
Mon train a encore vingt minutes de retard.
le bus est pas passé je rentre à pied
Je suis du matin toute la semaine prochaine.
C'est l'anniversaire de Julien au bureau, on lui a pris un gâteau.
On doit encore trouver les cadeaux de Noël pour tes parents.
Qu'est-ce que je peux faire ce soir avec du poulet, des poivrons et du riz ?
J'ai une de ces faims, qu'est-ce qui se prépare vite ?
je suis tellement crevé que je pourrais m'endormir sur le canapé
Il fait un froid de canard ici, tu peux monter le chauffage ?
il fait une de ces chaleurs aujourd'hui on va au lac
Je m'ennuie, qu'est-ce qu'il y a à la télé ce soir ?
Les bouchons sur le périph me rendent dingue.
Je vais courir un peu avant le dîner.
L'OM a gagné hier soir ?
On a trois épisodes de retard, alors pas de spoilers.
mets un truc calme pour le trajet du retour
Maman dit que les magasins ferment plus tôt le soir du réveillon.
Le dimanche de Pâques, on cache des œufs en chocolat dans le jardin pour les petits.
Le nouveau café est juste après le parking de l'hôpital, sur la gauche.
Le samedi matin, il y a le marché sur la place de l'église.
le commissariat est juste à côté de la boulangerie tu peux pas le rater
En juin, on part à Lisbonne pour les quarante ans de ma sœur.
Il va faire quel temps à Barcelone ce week-end ?
Mon frère passe m'aider à fixer les étagères.
Envoie un message à mon père pour lui dire qu'on aura vingt minutes de retard.
mon grand-père fait toujours les mots croisés tous les matins
Nos cousines du Québec viennent nous voir en août.
Tes parents viennent au spectacle de l'école ?
mon fils a un contrôle de maths vendredi et il a pas encore révisé
La compétition de natation a été décalée à samedi prochain.
Il faut combien de temps pour un gigot d'agneau au four ?
Ce soir on fait un curry thaï, il reste du lait de coco ?
On essaie le grec près du port ?
Japonais ou italien, c'est toi qui choisis.
Le vietnamien du coin fait le meilleur pho de la ville.
mon fiancé veut un petit mariage mais sa mère en veut un énorme
On n'a toujours pas trouvé de salle pour la réception.
Après le baptême, on va tous déjeuner chez ma tante.
Tu as commandé les fleurs pour l'anniversaire de mamie ?
Le chat des voisins dort tout le temps dans notre cabane de jardin.
la machine à laver fuit encore
mets un minuteur de onze minutes pour les pâtes
Rappelle-moi de sortir la viande hachée du congélo ce soir.
Il nous faut un nouveau matelas, le nôtre a au moins quinze ans.
ma copine a trouvé un vol pas cher pour Rome
On pense louer un gîte en Bretagne pour les vacances de la Toussaint.
Il faut combien de temps en train de Paris à Bruxelles ?
Ça fait trois jours qu'il pleut sans arrêt.
je prends une veste ce soir tu crois
Je suis lessivé, grosse journée au boulot.
Mon chef a encore déplacé la réunion à vendredi après-midi.
Jeudi soir, on va boire un verre avec l'équipe après le boulot.
c'est à qui de vider le lave-vaisselle
On n'a plus de sacs poubelle ni de liquide vaisselle.
Je voudrais offrir une jolie écharpe à ma mère pour la fête des mères.
Le garagiste dit qu'il faut changer les plaquettes de frein.
Impossible de se garer près de chez mes parents.
ma petite sœur vient d'avoir son permis
Tu peux regarder si le tram est à l'heure ?
Samedi, les enfants dorment chez papi et mamie.
Ce week-end, on repeint la chambre des enfants en bleu.
Je retrouve les potes à la salle d'escalade tout à l'heure.
c'est combien le score de paris lyon
On regarde la finale chez mon frère.
Ça fait six mois que j'apprends la guitare.
demain c'est mon mari qui dépose les enfants à l'école
La nouvelle saison de l'émission de pâtisserie commence ce soir.
Ajoute du crémant et des serviettes sur la liste pour la fête.
La poste est ouverte le samedi après-midi ?
La semaine avant Noël, le centre commercial est bondé.
Dimanche, on monte voir mes beaux-parents à Lille.
je vais à la salle après le boulot donc on mange à huit heures
Tu peux envoyer une carte à ma belle-mère pour son anniversaire ?
Le grand a un match à l'extérieur samedi à Nantes, qui l'emmène ?
Chéri, tu peux récupérer les petits à la crèche ce soir ?
papi veut faire un barbecue dimanche même s'il pleut
Mes parents fêtent leurs noces d'or en octobre.
Pendant les vacances de Pâques, on laisse le chien chez mon frère.
Il faut racheter des croquettes pour le chien, le grand sac.
Tu peux vérifier à quelle heure ouvre la déchetterie samedi ?
il me reste à changer les draps et à passer l'aspirateur
Le robinet de la cuisine goutte depuis des jours.
J'ai demandé à la voisine de relever le courrier pendant qu'on est partis.
Léa et moi, on veut acheter un nouveau canapé, l'ancien est complètement défoncé.
Samedi, on va chez IKEA voir une table de salle à manger.
encore un rer supprimé je vais être en retard
Il reste des places au parking de la mairie.
On se retrouve devant la mairie et on y va ensemble.
Demain c'est l'anniversaire de la collègue de la compta, qui fait la cagnotte ?
la semaine prochaine je suis d'après-midi donc je peux emmener les enfants le matin
Tu me trouves une recette de gratin dauphinois ?
Le coréen du centre-ville est ouvert le midi maintenant.
Vendredi, on va au libanais avec les voisins.
Prends des pizzas en rentrant, j'ai une faim de loup.
L'an prochain, on voudrait aller en Norvège avec les enfants.
qu'est-ce qu'il fait lourd aujourd'hui
Il doit neiger ce week-end, on pourrait emmener les enfants faire de la luge.
J'ai trop chaud, tu peux ouvrir la fenêtre ?
on regarde quelle série ce soir
Je me suis acheté un puzzle de mille pièces, tu m'aides ?
Le marché de Noël de Strasbourg ouvre fin novembre.
Ma cousine se marie en juillet en Corse, il faut qu'on réserve un hôtel.
les beaux-parents viennent pour le goûter t'as acheté un gâteau
Pendant le ramadan, l'épicerie en bas de chez nous reste ouverte tard le soir.
""",
    "it": """
La mamma chiede se domenica veniamo a pranzo.
ricordami di andare a prendere mia sorella in stazione alle sei
I miei suoceri dormono da noi questo weekend, devo preparare il letto degli ospiti.
La nonna compie novant'anni a maggio, le stiamo organizzando una festa.
a che ora è il matrimonio di mio cugino sabato
Stasera prendiamo cinese, vuoi il solito?
Hai provato il nuovo messicano in corso Garibaldi?
Vicino alla stazione c'è un forno turco che fa un pane buonissimo.
Ordiniamo indiano, non ho proprio voglia di cucinare.
Io e il mio ragazzo andiamo in campeggio in Trentino il mese prossimo.
Ricordami di prenotare un tavolo per il nostro anniversario venerdì.
mia moglie vuole di nuovo spostare il divano sull'altra parete
A settembre finalmente andiamo a vivere insieme.
Aggiungi un comodino alla lista per la casa nuova.
I bambini hanno allenamento di calcio il martedì e il giovedì.
la scuola ha mandato l'autorizzazione per la gita allo zoo
Devo comprare un regalo per mio nipote che compie sette anni.
I vicini stanno facendo la grigliata, non senti l'odore?
Giovedì il cane deve andare dal veterinario per il vaccino.
domani passano a ritirare la plastica non dimenticarti di mettere fuori il bidone
Oggi ho ancora tre lavatrici da fare.
Mi ricordi di annaffiare le piante prima di partire?
Lunedì il padrone di casa manda qualcuno ad aggiustare la caldaia.
Il furgone per il trasloco è prenotato per il dodici.
la revisione della macchina scade a fine mese
Dove ho parcheggiato la macchina?
Il treno ha di nuovo venti minuti di ritardo.
l'autobus non è passato vado a piedi
Tutta la settimana prossima faccio il turno di mattina.
Oggi è il compleanno di Marco in ufficio, gli abbiamo preso una torta.
Dobbiamo ancora prendere i regali di Natale per i tuoi.
Cosa posso cucinare stasera con pollo, peperoni e riso?
Ho una fame da lupi, cosa si prepara in fretta?
sono così stanco che mi addormenterei sul divano
Si gela qui dentro, alzi il riscaldamento?
che caldo oggi andiamo al lago
Mi annoio, cosa c'è stasera in tv?
Il traffico sulla tangenziale mi fa impazzire.
Vado a correre un po' prima di cena.
Ieri sera ha vinto l'Inter?
Siamo indietro di tre puntate, quindi niente spoiler.
metti qualcosa di rilassante per il viaggio di ritorno
La mamma dice che la vigilia di Natale i negozi chiudono prima.
A Pasqua nascondiamo le uova di cioccolato in giardino per i bambini.
Il bar nuovo è subito dopo il parcheggio dell'ospedale, sulla sinistra.
Il sabato mattina c'è il mercato nella piazza della chiesa.
la caserma dei carabinieri è accanto al panificio non puoi sbagliare
A giugno andiamo a Lisbona per i quarant'anni di mia sorella.
Che tempo fa a Barcellona questo fine settimana?
Mio fratello viene ad aiutarmi a montare le mensole.
Scrivi a mio padre che arriviamo con venti minuti di ritardo.
mio nonno fa ancora le parole crociate tutte le mattine
Le nostre cugine dall'Argentina arrivano ad agosto.
I tuoi vengono alla recita della scuola?
mio figlio ha la verifica di matematica venerdì e non ha ancora aperto libro
La gara di nuoto è stata spostata a sabato prossimo.
Quanto tempo ci vuole per un cosciotto d'agnello al forno?
Stasera facciamo il curry thailandese, c'è ancora latte di cocco?
Proviamo il greco vicino al porto?
Giapponese o pizzeria, scegli tu.
Il vietnamita all'angolo fa la zuppa di noodles più buona della città.
il mio fidanzato vuole un matrimonio piccolo ma sua madre lo vuole enorme
Non abbiamo ancora trovato il posto per il ricevimento.
La comunione di mia nipote è il quattordici, il pranzo è in un agriturismo sulle colline.
Hai ordinato i fiori per il compleanno della nonna?
Il gatto dei vicini dorme sempre nella nostra casetta degli attrezzi.
la lavatrice perde di nuovo acqua
metti un timer di undici minuti per la pasta
Ricordami di tirare fuori il macinato dal freezer stasera.
Ci serve un materasso nuovo, il nostro ha mille anni.
la mia ragazza ha trovato un volo economico per Parigi
Pensavamo di affittare una casa in Puglia per il ponte del primo maggio.
Quanto ci mette il treno da Milano a Roma?
Piove senza sosta da tre giorni.
mi porto la giacca stasera secondo te
Sono distrutto, giornata lunghissima al lavoro.
Il mio capo ha spostato di nuovo la riunione a venerdì pomeriggio.
Giovedì andiamo a bere qualcosa con i colleghi dopo il lavoro.
a chi tocca svuotare la lavastoviglie
Abbiamo finito i sacchi della spazzatura e il detersivo per i piatti.
Per la festa della mamma voglio regalare a mia madre una bella sciarpa.
Il meccanico dice che vanno cambiate le pastiglie dei freni.
Sotto casa dei miei non si trova mai parcheggio.
mia sorella piccola ha appena preso la patente
Puoi controllare se il tram è in orario?
Sabato i bambini dormono dai nonni.
Questo weekend ridipingiamo di azzurro la cameretta dei bambini.
Più tardi vedo gli amici alla palestra di arrampicata.
come sta andando juve milan
La finale la guardiamo da mio fratello.
Sono sei mesi che imparo a suonare la chitarra.
domani i bambini a scuola li porta mio marito
Stasera comincia la nuova stagione del programma di pasticceria.
Aggiungi prosecco e tovaglioli alla lista per la festa.
La posta è aperta il sabato pomeriggio?
La settimana prima di Natale il centro commerciale è pieno zeppo.
Domenica andiamo dai miei suoceri a Bologna.
vado in palestra dopo il lavoro quindi ceniamo alle otto e mezza
Puoi mandare un biglietto di auguri a mia suocera per il compleanno?
Sabato il grande ha la partita in trasferta a Brescia, chi lo accompagna?
Amore, passi tu a prendere i bambini all'asilo oggi?
il nonno vuole fare la grigliata domenica anche se piove
I miei festeggiano le nozze d'oro a ottobre.
Per Pasquetta lasciamo il cane da mio fratello.
Bisogna ricomprare le crocchette per il cane, il sacco grande.
Puoi controllare a che ora apre l'isola ecologica sabato?
devo ancora cambiare le lenzuola e passare l'aspirapolvere
Il rubinetto della cucina gocciola da giorni.
Ho chiesto alla vicina di ritirarci la posta mentre siamo via.
Io e Giulia vogliamo comprare un divano nuovo, quello vecchio è sfondato.
Sabato andiamo all'IKEA a vedere un tavolo da pranzo.
oggi il regionale è soppresso di nuovo arrivo tardi
Mi trovi il prossimo treno per tornare a casa?
Nel parcheggio del municipio ci sono ancora posti liberi.
Ci vediamo davanti al municipio e andiamo insieme.
Domani è il compleanno della collega dell'amministrazione, chi fa la colletta?
la settimana prossima faccio il pomeriggio quindi la mattina i bambini li porto io
Mi trovi una ricetta per la parmigiana di melanzane?
Il coreano in centro adesso è aperto anche a pranzo.
Venerdì andiamo al ristorante libanese con i vicini.
Prendi le pizze tornando a casa, sto morendo di fame.
L'anno prossimo vorremmo andare in Norvegia con i bambini.
che afa oggi
Dicono che nel weekend nevica, magari portiamo i bambini a fare slittino.
Ho un caldo tremendo, apri la finestra?
che serie guardiamo stasera
Mi sono comprato un puzzle da mille pezzi, mi aiuti?
A Torino le luci d'artista si accendono a fine ottobre.
Mia cugina si sposa a luglio in Sardegna, dobbiamo prenotare l'albergo.
vengono i suoceri per il caffè hai preso le paste
""",
}
