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
The second half of each non-English block widens the themes: work, study, money, tech, hobbies, travel, moods.
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
Das Meeting um zehn ist auf halb elf verschoben worden.
Der Drucker im zweiten Stock hat schon wieder Papierstau.
gehen wir heute zusammen in die mittagspause
Bis Freitag muss die Präsentation für den Kunden fertig sein.
Kannst du mir die Folien von gestern nochmal schicken?
Ich bin nächste Woche auf Dienstreise in Hamburg, von Dienstag bis Donnerstag.
Erinnere mich, die Reisekostenabrechnung bis Monatsende einzureichen.
Mein Kollege hat vergessen, den Besprechungsraum zu buchen.
die kaffeemaschine in der teeküche ist schon wieder leer
Meine Chefin will den Bericht jetzt doch schon morgen früh haben.
ich arbeite morgen im homeoffice ruf mich einfach auf dem handy an
Sag Thomas, dass ich fünf Minuten später in den Call komme.
die deadline für das angebot ist übermorgen um zwölf
Der neue Praktikant fängt am Ersten an, kannst du ihm den Laptop einrichten?
Hast du deine Hausaufgaben in Mathe schon gemacht?
Der Elternabend ist am Mittwoch um halb acht in der Aula.
Meine Tochter braucht bis Montag noch ein Heft mit Karos.
wann genau ist die klausur in statistik und in welchem raum
Die Unibibliothek hat in der Prüfungszeit bis Mitternacht offen.
Ich muss die Hausarbeit bis Ende März abgeben.
Kannst du unseren Sohn morgen nach der Nachhilfe abholen?
der stundenplan fürs nächste semester ist endlich online
Die Lehrerin hat geschrieben, dass der Wandertag auf Freitag verschoben wird.
Die Miete geht immer am Dritten vom Konto ab.
Die Stromrechnung ist dieses Jahr ganz schön hoch ausgefallen.
Meine Banking-App will schon wieder ein Update.
hast du die nebenkostenabrechnung schon angeschaut
Überweis mir einfach deinen Anteil fürs Abendessen.
Kannst du nachschauen, ob die Kaution vom Vermieter schon zurück ist?
Wir sollten mal unsere Handyverträge vergleichen, ich zahl viel zu viel.
Mein Vater will wissen, wie man eine Überweisung am Handy macht.
die kaution für die neue wohnung sind drei monatsmieten
Lass uns das Geld für den Urlaub in eine gemeinsame Kasse legen.
Das WLAN ist schon wieder weg, kannst du mal den Router neu starten?
Mein Akku ist fast leer, hast du ein Ladekabel dabei?
Welches Passwort hat nochmal das Gäste-WLAN?
mein laptop macht seit dem update total komische geräusche
Kannst du meiner Mutter zeigen, wie man Fotos in die Familiengruppe schickt?
Lohnt es sich, den Streamingdienst noch einen Monat zu behalten?
Die Fernbedienung reagiert nicht mehr, sind vielleicht die Batterien leer?
schick mir den link zu dem video nochmal
Meine Oma hat jetzt ein Tablet und ruft uns jeden Abend per Video an.
Kannst du die Urlaubsfotos in die Cloud hochladen?
spiel die neue playlist von gestern ab
Die Schuhe sind zu klein, ich muss sie zurückschicken.
Hast du den Kassenbon von dem Mixer noch?
Das Paket liegt beim Nachbarn im dritten Stock.
wann kommt eigentlich meine bestellung
Im Schlussverkauf gibt es die Jacke gerade zum halben Preis.
setz klopapier kaffee und zwiebeln auf die einkaufsliste
Der Supermarkt bei uns unten macht samstags schon um acht zu.
Mein Mann sucht neue Wanderschuhe, kennst du einen guten Laden?
Wie lange muss der Kuchen bei hundertachtzig Grad backen?
Mein Opa macht die besten Kartoffelknödel der Welt.
Hast du noch das Rezept für die Linsensuppe von deiner Mutter?
ich mach heute nudeln mit tomatensoße ok
Kannst du den Backofen schon mal auf zweihundert Grad vorheizen?
Wie viele Eier brauche ich für Pfannkuchen für vier Leute?
Wir haben noch Reste von gestern, die können wir aufwärmen.
rechne mir mal das rezept auf sechs personen um
Das Brot vom Bäcker ist schon hart, morgen back ich selber eins.
Am Samstag spielt unsere Mannschaft zu Hause, kommst du mit ins Stadion?
Ich fahr morgen mit dem Rad zur Arbeit, wenn es nicht regnet.
Wann hat das Hallenbad am Sonntag geöffnet?
wie ist der kursplan im fitnessstudio am donnerstag
Meine Schwester läuft im Herbst ihren ersten Halbmarathon.
Wir könnten am Wochenende eine Radtour an der Isar machen.
Hast du Lust, morgen früh eine Runde schwimmen zu gehen?
Mein Sohn hat am Samstag ein Turnier, wir müssen um sieben los.
das tennismatch heute abend fällt wegen regen aus
Wer hat gestern eigentlich das Pokalspiel gewonnen?
Lass uns am Freitag ins Kino gehen, der neue Film soll super sein.
Die Karten für das Konzert im Oktober sind schon ausverkauft.
Am Sonntag ist der Eintritt ins Museum frei.
ich hab das buch fast durch das ende ist total spannend
Spielen wir heute Abend eine Runde Catan mit deinen Eltern?
Welche Serie hast du als Nächstes auf deiner Liste?
Kannst du zwei Plätze für die Spätvorstellung um neun reservieren?
Meine Freundin hat mir ein Kochbuch zum Geburtstag geschenkt.
Die Stadtbücherei hat jetzt auch samstags geöffnet.
wann fängt das konzert heute abend an
Im Stadtpark ist am Wochenende ein Flohmarkt.
Das Brettspiel von deinem Geburtstag haben wir immer noch nicht ausprobiert.
Unser Flug geht um sechs Uhr morgens, wir müssen um vier los.
Wie viel darf der Koffer bei der Billigairline wiegen?
Hast du das Hotel in Wien schon bestätigt?
ich muss noch online einchecken für den flug morgen
Den Mietwagen holen wir direkt am Flughafen ab.
Auf welchem Gleis fährt der ICE nach Köln?
Der Anschlusszug ist weg, wir nehmen den nächsten.
Mein Koffer ist immer noch nicht auf dem Band.
pack bitte das ladegerät für die kamera ein
Wie weit ist das Hotel vom Bahnhof zu Fuß?
Meine Eltern holen uns vom Flughafen ab, wenn wir zurückkommen.
Morgen soll es den ganzen Tag regnen, nimm einen Schirm mit.
was für ein herrlicher frühlingstag
Bei dem Wind brauchen wir gar nicht erst mit dem Rad fahren.
Der Rasen muss dringend gemäht werden.
Kannst du am Wochenende die Hecke schneiden?
ich pflanz heute die tomaten in die großen töpfe um
gehst du heute abend noch mit dem hund raus
Die Katze hat schon wieder die Blumenerde auf dem ganzen Balkon verteilt.
hat jemand die fische heute gefüttert
Beim Bäcker an der Ecke gibt's jetzt auch sonntags Brötchen.
Die Nachbarn von oben bohren schon wieder seit acht Uhr.
Ich muss noch tanken, die Reservelampe leuchtet schon.
Wann müssen die Winterreifen wieder drauf?
auf der autobahn ist zehn kilometer stau ich komm später
Ich freu mich so aufs Wochenende.
Dieser Stau heute hat mich echt genervt.
ich bin nach der arbeit echt müde lass uns was bestellen
Ich vermiss dich, wann kommst du wieder nach Hause?
hab dich lieb bis heute abend
Ich bin so stolz auf dich, dass du die Führerscheinprüfung geschafft hast.
Sag Papa, dass wir ihn lieb haben und später anrufen.
meine frau hat den schlüssel für den keller
Mein Freund kocht heute, ich muss nur den Wein mitbringen.
Meine Mutter fragt, ob wir ihr am Samstag beim Umzug helfen.
mein bruder leiht uns am samstag sein auto
Meine Großeltern wollen zu ihrem Hochzeitstag nach Wien fahren.
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
La reunión de las diez se ha pasado a las once y media.
La impresora de la segunda planta se ha vuelto a atascar.
bajamos a comer juntos a la una
Tengo que entregar el informe antes del viernes a mediodía.
¿Me reenvías la presentación de ayer, porfa?
La semana que viene tengo viaje de trabajo a Bilbao de martes a jueves.
Recuérdame pasar los gastos del viaje antes de fin de mes.
Mi compañero se olvidó de reservar la sala de reuniones.
la máquina de café de la oficina está otra vez estropeada
Mi jefa quiere el presupuesto mañana a primera hora.
mañana teletrabajo llámame al móvil si hace falta
Dile a Javier que me uno a la llamada en cinco minutos.
el plazo para mandar la oferta acaba pasado mañana a las doce
El becario nuevo empieza el día uno, ¿le puedes preparar el portátil?
¿Ya has hecho los deberes de mates?
La reunión con la tutora es el miércoles a las cinco y media.
Mi hija necesita una cartulina y pegamento para mañana.
a qué hora es el examen de estadística y en qué aula
La biblioteca de la facultad abre hasta las dos de la mañana en época de exámenes.
Tengo que entregar el trabajo de fin de grado en junio.
¿Puedes recoger a nuestro hijo después de la clase de inglés?
ya han colgado los horarios del segundo cuatrimestre
El profe ha mandado un correo diciendo que la excursión se retrasa al viernes.
El alquiler nos lo cobran siempre el día cinco.
La factura de la luz de este mes ha venido altísima.
La app del banco me pide actualizar otra vez.
has mirado ya el recibo del agua
Hazme un Bizum con tu parte de la cena.
¿Puedes mirar si el casero nos ha devuelto ya la fianza?
Deberíamos comparar tarifas de móvil, estoy pagando un montón.
Mi padre quiere que le enseñe a hacer transferencias desde el móvil.
la fianza del piso nuevo son dos meses
Vamos a hacer un bote común para el viaje.
Se ha vuelto a caer el wifi, ¿reinicias el router?
Me queda un cinco por ciento de batería, ¿tienes cargador?
¿Cuál era la contraseña del wifi de invitados?
el portátil hace un ruido rarísimo desde la actualización
¿Puedes enseñarle a mi madre a mandar fotos al grupo de la familia?
¿Nos compensa seguir pagando la plataforma un mes más?
El mando de la tele no va, ¿se le habrán acabado las pilas?
pásame otra vez el enlace del vídeo
Mi abuela ya tiene tablet y nos hace videollamada todas las noches.
¿Puedes subir las fotos de las vacaciones a la nube?
pon la lista de reproducción de ayer
Las zapatillas me quedan pequeñas, tengo que devolverlas.
¿Guardaste el ticket de la batidora?
El paquete lo tiene el vecino del tercero.
cuándo llega mi pedido
En rebajas la chaqueta está a mitad de precio.
apunta papel higiénico café y cebollas en la lista de la compra
El súper de abajo cierra a las diez los sábados.
Mi marido busca unas botas de montaña, ¿conoces alguna tienda buena?
¿Cuánto tiempo tiene que estar el bizcocho en el horno a ciento ochenta?
Mi abuelo hace las mejores croquetas del mundo.
¿Tienes todavía la receta de lentejas de tu madre?
hoy hago macarrones con tomate vale
¿Puedes ir precalentando el horno a doscientos?
¿Cuántos huevos necesito para una tortilla para cuatro?
Nos ha sobrado arroz de ayer, lo podemos calentar.
calcula la receta para seis personas
El pan de ayer está duro, podemos hacer migas.
El sábado juega el equipo en casa, ¿te vienes al estadio?
Mañana voy en bici al trabajo si no llueve.
¿A qué hora abre la piscina municipal el domingo?
qué clases hay en el gimnasio el jueves por la tarde
Mi hermana corre su primera media maratón en otoño.
Podríamos hacer una ruta en bici por la orilla del río el finde.
¿Te apetece ir a nadar mañana temprano?
Mi hijo tiene torneo el sábado y hay que salir a las siete.
el partido de pádel de esta tarde se suspende por la lluvia
¿Quién ganó al final el partido de Copa?
Vamos al cine el viernes, dicen que la peli nueva está genial.
Ya se han agotado las entradas para el concierto de octubre.
Los domingos por la tarde la entrada al museo es gratis.
me queda poco para acabar el libro y el final está buenísimo
¿Echamos una partida al Catán con tus padres esta noche?
¿Qué serie tienes pendiente ahora?
¿Puedes reservar dos butacas para la sesión de las diez?
Mi novia me regaló un libro de cocina por mi cumple.
La biblioteca del barrio ahora abre también los sábados.
a qué hora empieza el concierto esta noche
Este finde hay mercadillo de segunda mano en el parque.
Todavía no hemos estrenado el juego de mesa que nos regalaron.
El vuelo sale a las seis de la mañana, hay que salir de casa a las cuatro.
¿Cuánto puede pesar la maleta en la low cost?
¿Has confirmado ya el hotel de Viena?
tengo que hacer el check-in online para el vuelo de mañana
El coche de alquiler lo recogemos directamente en el aeropuerto.
¿De qué vía sale el AVE a Barcelona?
Hemos perdido el transbordo, cogemos el siguiente tren.
Mi maleta todavía no ha salido por la cinta.
mete el cargador de la cámara en la maleta porfa
¿El hotel está muy lejos andando desde la estación?
Mis padres nos recogen en el aeropuerto a la vuelta.
Mañana va a llover todo el día, coge paraguas.
qué día de primavera más bonito hace
Con este viento ni se me ocurre ir en bici.
Hay que cortar el césped ya.
¿Puedes podar el seto este finde?
hoy paso las tomateras a las macetas grandes
sacas tú al perro esta noche
El gato ha vuelto a tirar la tierra de las macetas del balcón.
alguien ha dado de comer a los peces hoy
La panadería de la esquina ahora abre también los domingos.
Los vecinos de arriba llevan taladrando desde las ocho.
Tengo que echar gasolina, que ya estoy en reserva.
Hay que mirar la presión de las ruedas antes del viaje.
hay un atasco de diez kilómetros en la a6 llego tarde
¡Qué ganas tengo de que llegue el finde!
El atasco de hoy me ha puesto de mal humor.
llego del curro hecho polvo pedimos algo
Te echo de menos, ¿cuándo vuelves a casa?
te quiero nos vemos esta noche
Estoy muy orgullosa de ti, ¡has aprobado el carnet!
Dile a papá que le mandamos un beso y que luego le llamamos.
mi mujer tiene las llaves del trastero
Mi novio cocina hoy, yo solo tengo que llevar el vino.
Mi madre pregunta si la ayudamos con la mudanza el sábado.
mi hermano nos presta el coche el sábado
Mis abuelos quieren ir a Viena por su aniversario.
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
La réunion de dix heures est décalée à onze heures et demie.
L'imprimante du deuxième étage est encore bloquée.
on descend déjeuner ensemble à midi et demi
Je dois rendre le rapport avant vendredi midi.
Tu peux me renvoyer les slides d'hier ?
La semaine prochaine, je suis en déplacement à Lyon du mardi au jeudi.
Rappelle-moi d'envoyer ma note de frais avant la fin du mois.
Mon collègue a oublié de réserver la salle de réunion.
la machine à café de l'open space est encore en panne
Ma cheffe veut le devis demain à la première heure.
demain je suis en télétravail appelle-moi sur mon portable
Dis à Thomas que je rejoins l'appel dans cinq minutes.
la date limite pour l'offre c'est après-demain midi
Le nouveau stagiaire commence le premier, tu peux lui préparer son ordi ?
Tu as fini tes devoirs de maths ?
La réunion parents-profs, c'est mercredi à dix-huit heures.
Ma fille a besoin d'un cahier à grands carreaux pour lundi.
c'est à quelle heure le partiel de stats et dans quelle salle
La BU est ouverte jusqu'à minuit pendant les partiels.
Je dois rendre mon mémoire fin juin.
Tu peux récupérer notre fils après son cours d'anglais ?
les emplois du temps du deuxième semestre sont enfin en ligne
La maîtresse a écrit que la sortie est repoussée à vendredi.
Le loyer est prélevé le cinq de chaque mois.
La facture d'électricité a bien augmenté cette année.
L'appli de la banque veut encore une mise à jour.
t'as regardé la facture d'eau
Fais-moi un virement pour ta part du resto.
Tu peux vérifier si le proprio nous a rendu la caution ?
On devrait comparer nos forfaits mobiles, je paie beaucoup trop.
Mon père veut que je lui montre comment faire un virement sur son téléphone.
la caution pour le nouvel appart c'est deux mois de loyer
On fait une cagnotte commune pour les vacances ?
Le wifi a encore sauté, tu peux redémarrer la box ?
J'ai presque plus de batterie, t'aurais un chargeur ?
C'est quoi déjà le mot de passe du wifi invité ?
mon ordi fait un bruit bizarre depuis la mise à jour
Tu peux montrer à ma mère comment envoyer des photos sur le groupe de la famille ?
Ça vaut le coup de garder l'abonnement streaming un mois de plus ?
La télécommande ne marche plus, c'est peut-être les piles.
renvoie-moi le lien de la vidéo
Ma grand-mère a une tablette maintenant et nous appelle en visio tous les soirs.
Tu peux mettre les photos des vacances sur le cloud ?
mets la playlist d'hier
Les baskets sont trop petites, je dois les renvoyer.
Tu as gardé le ticket de caisse du mixeur ?
Le colis est chez le voisin du troisième.
quand est-ce que ma commande arrive
Pendant les soldes, la veste est à moitié prix.
ajoute papier toilette café et oignons à la liste de courses
Le supermarché en bas ferme à vingt et une heures le samedi.
Mon mari cherche des chaussures de rando, tu connais un bon magasin ?
Combien de temps je laisse le gâteau au four à cent quatre-vingts ?
Mon grand-père fait la meilleure blanquette du monde.
Tu as encore la recette de la soupe de lentilles de ta mère ?
ce soir je fais des pâtes à la sauce tomate ça te va
Tu peux préchauffer le four à deux cents degrés ?
Il faut combien d'œufs pour des crêpes pour quatre ?
Il reste du hachis parmentier d'hier, on peut le réchauffer.
adapte la recette pour six personnes
Le pain d'hier est dur, on peut faire du pain perdu.
Samedi, l'équipe joue à domicile, tu viens au stade ?
Demain je vais au boulot à vélo s'il ne pleut pas.
La piscine municipale ouvre à quelle heure dimanche ?
c'est quoi les cours à la salle jeudi soir
Ma sœur court son premier semi-marathon cet automne.
On pourrait faire une balade à vélo le long du canal ce week-end.
Ça te dit d'aller nager demain matin ?
Mon fils a un tournoi samedi, il faut partir à sept heures.
le match de tennis de ce soir est annulé à cause de la pluie
Qui a gagné le match de coupe finalement ?
On va au ciné vendredi ? Il paraît que le nouveau film est génial.
Les places pour le concert d'octobre sont déjà toutes parties.
Le premier dimanche du mois, l'entrée au musée est gratuite.
j'ai presque fini le livre et la fin est trop bien
On fait une partie de Catan avec tes parents ce soir ?
C'est quoi la prochaine série sur ta liste ?
Tu peux réserver deux places pour la séance de vingt-deux heures ?
Ma copine m'a offert un livre de cuisine pour mon anniversaire.
La médiathèque du quartier ouvre aussi le samedi maintenant.
le concert commence à quelle heure ce soir
Il y a un vide-grenier dans le parc ce week-end.
On n'a toujours pas essayé le jeu de société qu'on nous a offert.
Notre vol part à six heures du matin, il faut partir à quatre heures.
La valise peut peser combien sur la compagnie low cost ?
Tu as confirmé l'hôtel à Vienne ?
je dois encore m'enregistrer en ligne pour le vol de demain
On récupère la voiture de location directement à l'aéroport.
Le TGV pour Marseille part de quelle voie ?
On a raté la correspondance, on prend le prochain train.
Ma valise n'est toujours pas sortie sur le tapis.
mets le chargeur de l'appareil photo dans la valise
L'hôtel est loin à pied depuis la gare ?
Mes parents viennent nous chercher à l'aéroport au retour.
Demain il va pleuvoir toute la journée, prends un parapluie.
quelle belle journée de printemps
Avec ce vent, pas question de prendre le vélo.
Il faut vraiment tondre la pelouse.
Tu peux tailler la haie ce week-end ?
aujourd'hui je rempote les tomates dans les grands pots
tu sors le chien ce soir
Le chat a encore renversé la terre des pots sur le balcon.
quelqu'un a nourri les poissons aujourd'hui
La boulangerie du coin ouvre aussi le dimanche maintenant.
Les voisins du dessus font des travaux depuis huit heures du matin.
Je dois faire le plein, je suis sur la réserve.
Quand est-ce qu'il faut remettre les pneus hiver ?
y a dix kilomètres de bouchons sur l'a6 je vais être en retard
Vivement le week-end !
Les bouchons de ce soir m'ont mis de mauvaise humeur.
je rentre du boulot je suis crevé on commande un truc
Tu me manques, tu rentres quand ?
je t'aime à ce soir
Je suis trop fière de toi, tu as eu ton permis !
Dis à papa qu'on l'embrasse et qu'on le rappelle plus tard.
ma femme a les clés de la cave
Mon copain fait à manger ce soir, je dois juste apporter le vin.
Ma mère demande si on peut l'aider à déménager samedi.
mon frère nous prête sa voiture samedi
Mes grands-parents veulent aller à Vienne pour leur anniversaire de mariage.
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
La riunione delle dieci è stata spostata alle undici e mezza.
La stampante del secondo piano si è inceppata di nuovo.
scendiamo a pranzo insieme all'una
Devo consegnare il report entro venerdì a mezzogiorno.
Mi rimandi le slide di ieri?
La settimana prossima sono in trasferta a Torino da martedì a giovedì.
Ricordami di mandare la nota spese entro fine mese.
Il mio collega si è dimenticato di prenotare la sala riunioni.
la macchinetta del caffè in ufficio è di nuovo rotta
La mia responsabile vuole il preventivo domattina presto.
domani lavoro da casa chiamami sul cellulare
Di' a Luca che entro nella call tra cinque minuti.
la scadenza per l'offerta è dopodomani a mezzogiorno
Il nuovo stagista inizia il primo, gli puoi preparare il portatile?
Hai finito i compiti di matematica?
Il colloquio con le maestre è mercoledì alle sei.
Mia figlia ha bisogno di un quaderno a quadretti per lunedì.
a che ora è l'esame di statistica e in che aula
La biblioteca dell'università resta aperta fino a mezzanotte durante la sessione.
Devo consegnare la tesi entro fine giugno.
Puoi prendere nostro figlio dopo la lezione di inglese?
hanno finalmente pubblicato l'orario del secondo semestre
La maestra ha scritto che la gita è rimandata a venerdì.
L'affitto viene addebitato il cinque di ogni mese.
La bolletta della luce questo mese è altissima.
L'app della banca vuole di nuovo l'aggiornamento.
hai guardato la bolletta dell'acqua
Mandami la tua parte della cena con un bonifico.
Puoi controllare se il padrone di casa ci ha restituito la caparra?
Dovremmo confrontare le offerte del telefono, pago davvero troppo.
Mio padre vuole che gli insegni a fare un bonifico dal telefono.
la caparra per la casa nuova sono due mensilità
Facciamo una cassa comune per le vacanze?
È saltato di nuovo il wifi, riavvii il modem?
Ho il telefono quasi scarico, hai un caricabatterie?
Qual era la password del wifi ospiti?
il portatile fa un rumore strano da quando ho fatto l'aggiornamento
Puoi far vedere a mia madre come si mandano le foto nel gruppo di famiglia?
Conviene tenere l'abbonamento allo streaming ancora un mese?
Il telecomando non funziona, forse sono finite le pile.
rimandami il link del video
Mia nonna adesso ha il tablet e ci videochiama tutte le sere.
Puoi caricare le foto delle vacanze sul cloud?
metti la playlist di ieri
Le scarpe mi vanno piccole, devo restituirle.
Hai tenuto lo scontrino del frullatore?
Il pacco ce l'ha il vicino del terzo piano.
quando arriva il mio ordine
Coi saldi la giacca è a metà prezzo.
aggiungi carta igienica caffè e cipolle alla lista della spesa
Il supermercato sotto casa il sabato chiude alle nove.
Mio marito cerca degli scarponi da montagna, conosci un negozio buono?
Quanto deve stare la torta in forno a centottanta gradi?
Mio nonno fa le lasagne più buone del mondo.
Hai ancora la ricetta della zuppa di lenticchie di tua madre?
stasera faccio la pasta al pomodoro va bene
Puoi accendere il forno a duecento gradi?
Quante uova servono per una frittata per quattro?
È avanzato il risotto di ieri, possiamo scaldarlo.
adatta la ricetta per sei persone
Il pane di ieri è duro, facciamo la panzanella.
Sabato la squadra gioca in casa, vieni allo stadio?
Domani vado al lavoro in bici se non piove.
A che ora apre la piscina comunale domenica?
che corsi ci sono in palestra giovedì sera
Mia sorella corre la sua prima mezza maratona in autunno.
Questo weekend potremmo fare un giro in bici lungo il Naviglio.
Ti va di andare a nuotare domattina presto?
Mio figlio ha un torneo sabato, bisogna partire alle sette.
la partita di padel di stasera è annullata per la pioggia
Alla fine chi ha vinto la partita di Coppa Italia?
Andiamo al cinema venerdì? Dicono che il film nuovo sia bellissimo.
I biglietti per il concerto di ottobre sono già esauriti.
La prima domenica del mese il museo è gratis.
ho quasi finito il libro e il finale è pazzesco
Facciamo una partita a Catan con i tuoi stasera?
Qual è la prossima serie sulla tua lista?
Puoi prenotare due posti per lo spettacolo delle dieci?
La mia ragazza mi ha regalato un libro di cucina per il compleanno.
La biblioteca del quartiere adesso apre anche il sabato.
a che ora comincia il concerto stasera
Questo weekend c'è il mercatino dell'usato al parco.
Non abbiamo ancora provato il gioco da tavolo che ci hanno regalato.
Il volo parte alle sei di mattina, dobbiamo uscire alle quattro.
Quanto può pesare la valigia con la low cost?
Hai confermato l'albergo a Vienna?
devo ancora fare il check-in online per il volo di domani
La macchina a noleggio la ritiriamo direttamente in aeroporto.
Da che binario parte il Frecciarossa per Napoli?
Abbiamo perso la coincidenza, prendiamo il prossimo treno.
La mia valigia non è ancora uscita sul nastro.
metti in valigia il caricatore della macchina fotografica
L'albergo è lontano a piedi dalla stazione?
I miei ci vengono a prendere in aeroporto al ritorno.
Domani piove tutto il giorno, prendi l'ombrello.
che bella giornata di primavera
Con questo vento non se ne parla di andare in bici.
Bisogna proprio tagliare l'erba.
Puoi potare la siepe questo weekend?
oggi travaso i pomodori nei vasi grandi
porti fuori tu il cane stasera
Il gatto ha di nuovo rovesciato la terra dei vasi sul balcone.
qualcuno ha dato da mangiare ai pesci oggi
Il forno all'angolo adesso apre anche la domenica.
I vicini del piano di sopra trapanano dalle otto di mattina.
Devo fare benzina, sono già in riserva.
Quando bisogna rimettere le gomme invernali?
c'è coda per dieci chilometri in autostrada arrivo tardi
Non vedo l'ora che arrivi il weekend!
Il traffico di stasera mi ha messo di cattivo umore.
torno dal lavoro stanco morto ordiniamo qualcosa
Mi manchi, quando torni a casa?
ti amo a stasera
Sono proprio fiera di te, hai preso la patente!
Di' a papà che gli mandiamo un bacio e lo richiamiamo dopo.
mia moglie ha le chiavi della cantina
Il mio ragazzo cucina stasera, io devo solo portare il vino.
Mia madre chiede se la aiutiamo col trasloco sabato.
mio fratello ci presta la macchina sabato
I miei nonni vogliono andare a Vienna per il loro anniversario.
""",
}
