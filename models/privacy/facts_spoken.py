"""Spoken German, Spanish, French and Italian ordinary sentences and implicit special-category paraphrases for the
training sentences, written for the edge project. Training only: nothing here is a held-out test sentence. Licensed
under Apache-2.0.

`ORDINARY` holds harmless spoken sentences per language (German the most): short voice-assistant commands to glasses
or phone as people actually say them (often one to six words, no verb, no politeness), casual everyday chat with
fillers, and sentences around a word that only looks sensitive (idioms, street and place names, teams, bands, films,
games, colours, a computer virus, a crisis at work, slang). `PARAPHRASE` reveals each special category (GDPR art. 9)
without its obvious keyword, per language (English too) and category: drug names, readings, treatments,
institutions, practices, shorthand, slang and consequences, first person or about someone close. One sentence per
line, no slots.
"""

from __future__ import annotations

ORDINARY: dict[str, str] = {
    "de": """
stummschalten
lauter
leiser bitte
Ton aus
Ton wieder an
noch ein bisschen lauter
Licht an
Flurlicht aus
Küche heller
Wecker auf halb sechs
Wecker aus
noch fünf Minuten
Timer drei Minuten
wie lange noch beim Timer
Timer stopp
ruf Mama an
rangehen
auflegen
schreib Lisa, bin gleich da
Nachricht vorlesen
nächstes Lied
zurück
weiter
nochmal von vorne
zufällige Wiedergabe
Navi nach Hause
wie weit noch
ohne Autobahn bitte
Foto
mach ein Bild
Video starten
Aufnahme beenden
Akku
wie viel Akku hab ich noch
Helligkeit runter
Bluetooth aus
mit den Kopfhörern koppeln
Brot auf die Einkaufsliste
was steht heute an
nächster Termin
regnet es morgen
brauch ich heute einen Schirm
wie spät ist es
übersetz das mal ins Englische
was heißt Quittung auf Italienisch
ja
nein
stopp
abbrechen
danke
passt, danke dir
Flugmodus an
nicht stören
Taschenlampe
Stoppuhr starten
ähm, hast du schon gegessen oder soll ich was mitbringen
ich hol die Kleine um vier von der Kita ab
Bayern hat gestern nur zwei zu zwei gespielt
der Paketbote hat das Paket schon wieder beim Nachbarn abgegeben
ich bin heute im Homeoffice, ruf einfach durch
sag mal, haben wir noch Nudeln da
der Kuchen braucht noch so fünf Minuten
boah, die Schlange an der Kasse ist ja endlos
wir landen um kurz nach neun in Palma
also wenn's morgen regnet, fällt das Grillen halt aus
die Handwerker kommen erst nächste Woche, typisch
ich hab den Schlüssel schon wieder im Auto liegen lassen
kannst du Max nach dem Training mitnehmen
das Angebot für den Kunden muss bis Freitag raus
in der Kantine gibt's heute Schnitzel, endlich mal
mein Fahrrad hat einen Platten, ich komm mit der Bahn
guck mal, da vorne wird ein Parkplatz frei
die Oma kommt am Sonntag zum Kaffee
auf dem Flohmarkt hab ich eine alte Kamera für zehn Euro gekriegt
das Handballspiel war bis zur letzten Sekunde spannend
wir brauchen noch Servietten für den Kindergeburtstag
äh, wo hab ich denn jetzt meine Brille hingelegt
der Zug steht seit zehn Minuten irgendwo vor Fulda
ich mach heute mal pünktlich Feierabend
hast du die Rechnung vom Elektriker schon überwiesen
die Tomaten auf dem Balkon werden dieses Jahr richtig was
wir treffen uns um acht am Brunnen
ich stricke gerade einen Schal für meine Schwester
die Jungs zocken schon den ganzen Nachmittag
puh, heute sind es schon wieder vierunddreißig Grad
Mensch, ich hab den Geburtstag von Tante Gabi vergessen
ich such noch ein Hotel in Wien für Ende März
die Spülmaschine piept, kann die mal einer ausräumen
lass uns lieber unten am Fluss entlang laufen
unser Praktikant hat heute seinen letzten Tag
ich hab im Lotto drei Richtige, reicht genau für eine Pizza
wir haben beim Tischtennis das Doppel gewonnen
also ich nehm die Pasta, und du
kannst du kurz die Tür aufmachen, ich hab die Hände voll
der Bäcker hatte keine Brezeln mehr, ich hab Brötchen genommen
lass mal die Kirche im Dorf, so schlimm war es nicht
das Konzert gestern war echt krank
Gott sei Dank hab ich den Schirm eingepackt
nach dem Umzug bin ich fix und fertig
du bist ja verrückt, bei dem Wetter joggen zu gehen
wir treffen uns an der Ecke Kirchstraße und Lindenallee
die Haltestelle heißt Klinikum Nord, da musst du raus
das Restaurant ist direkt gegenüber vom Landtag
wir waren im Museum im alten Gefängnis, total spannend
mein Vater hört im Auto immer noch Black Sabbath
heute Abend gucken wir die nächste Folge Prison Break
Breaking Bad hab ich jetzt schon zum dritten Mal durch
in GTA hab ich endlich den Banküberfall geschafft
die Ampel an der Ecke ist schon wieder kaputt
das grüne Kleid steht dir besser als das schwarze
der Virenscanner hat einen Trojaner auf dem Laptop gefunden
im Büro ist gerade Krisenmodus, morgen geht die neue Version live
die Umstellung auf das neue Kassensystem war eine Operation am offenen Herzen
wir sind mächtig stolz auf unsere D-Jugend, die ganze Saison ungeschlagen
ich drück dir morgen die Daumen für die Prüfung
bei dem Drucker kriegst du echt die Krise
um Himmels willen, schon so spät
ich bin heute total neben der Spur, zu wenig Kaffee
der Typ hat doch eine Schraube locker, parkt einfach auf dem Radweg
ich sterbe vor Hunger, lass uns was essen
die Blutorangen sind gerade im Angebot
den Pillepalle-Kram mach ich morgen
im Stau am Kreuz Köln-Ost stehen wir schon eine halbe Stunde
der kleine Teufelsbraten hat den ganzen Sand in die Küche getragen
Highway to Hell lief im Radio und alle haben mitgegrölt
die Eisdiele heißt Paradies und hat das beste Stracciatella
die Präsentation war der reine Wahnsinn, alle haben geklatscht
die Abwehr von Werder war heute komplett blind
ich glaub, ich bin auf Koffeinentzug, der Automat ist kaputt
""",
    "es": """
silencio
silenciar
sube el volumen
más bajo
quita el sonido
luz del salón
apaga las luces
alarma a las seis y media
quita la alarma
cinco minutos más
temporizador de diez minutos
cuánto le queda al temporizador
llama a mamá
cuelga
contesta
dile a Lucía que ya voy
lee el mensaje
siguiente canción
la anterior
pausa
sigue
llévame a casa
cuánto falta
sin peajes
haz una foto
graba un vídeo
para de grabar
cuánta batería me queda
baja el brillo
conecta los cascos
apunta pan en la lista
qué tengo hoy
va a llover mañana
qué hora es
tradúcelo al inglés
cómo se dice factura en alemán
sí
no
para
cancela
gracias
vale, gracias
modo avión
no molestar
linterna
oye, ya has comido o te llevo algo
recojo a la niña a las cinco en la guarde
el Betis empató anoche dos a dos
el repartidor ha dejado el paquete en el bajo otra vez
hoy teletrabajo, llámame cuando quieras
oye, nos quedan macarrones
al bizcocho le faltan cinco minutillos
madre mía, qué cola hay en la caja
aterrizamos en Tenerife a las nueve y pico
pues si llueve mañana, lo de la barbacoa lo dejamos
el fontanero no viene hasta la semana que viene, como siempre
me he vuelto a dejar las llaves en el coche
puedes traer a Dani después del entreno
el presupuesto para el cliente tiene que salir el viernes
hoy en el comedor hay paella, por fin
tengo la bici pinchada, voy en metro
mira, ese coche se está yendo, aparca ahí
la abuela viene el domingo a merendar
en el rastro pillé una cámara antigua por diez euros
el partido de balonmano estuvo igualado hasta el final
nos faltan servilletas para el cumple del peque
eh, dónde he dejado las gafas
el tren lleva diez minutos parado antes de Zaragoza
hoy salgo pronto del curro
ya le has hecho la transferencia al electricista
este año los tomates del balcón están saliendo genial
quedamos a las ocho en la fuente
estoy haciendo una bufanda de ganchillo para mi hermana
yo me pido la lasaña, y tú
ábreme la puerta, que voy cargada
en el súper no quedaba pan de pueblo, he cogido barras
si Dios quiere, el sábado terminamos la obra
estoy hecho polvo después de la mudanza
tú estás loco, salir a correr con esta lluvia
ese concierto estuvo de locos
quedamos en la esquina de la calle Iglesia con la avenida
la parada se llama Hospital Clínico, bájate ahí
el restaurante está justo enfrente del Congreso
visitamos el museo de la antigua cárcel y nos encantó
mi padre sigue poniendo Black Sabbath en el coche
esta noche seguimos con Narcos
en el GTA por fin me salió el atraco al banco
el morado te queda mejor que el naranja
el antivirus me ha pillado un troyano en el portátil
en la oficina estamos en modo crisis, mañana sale la versión nueva
el cambio de sistema en la tienda fue una operación a corazón abierto
estamos orgullosísimos de los alevines, invictos toda la temporada
crucemos los dedos para que no llueva en la boda
me muero de hambre, vamos a comer algo
han bajado las naranjas sanguinas en el mercado
ese niño es un demonio, ha llenado la cocina de arena
en la radio sonó Highway to Hell y lo cantamos todos a grito pelado
la heladería se llama El Paraíso y tiene el mejor turrón
la presentación fue una pasada, nos aplaudieron todos
el Atleti hoy parecía ciego en defensa
la Sagrada Familia estaba llena de turistas a las nueve de la mañana
qué cruz con este ordenador, no hay manera de que arranque
la bici me costó un ojo de la cara
ese tío está como una regadera, ha aparcado en el carril bici
en mi casa lo del Madrid y el Barça es religión
""",
    "fr": """
coupe le son
plus fort
moins fort
muet
remets le son
allume le salon
éteins tout
réveil à six heures et demie
arrête le réveil
encore cinq minutes
minuteur dix minutes
il reste combien sur le minuteur
appelle maman
raccroche
décroche
dis à Léa que j'arrive
lis le message
suivante
la précédente
pause
reprends
itinéraire maison
c'est encore loin
sans péage
prends une photo
lance une vidéo
arrête l'enregistrement
il me reste combien de batterie
baisse la luminosité
connecte les écouteurs
ajoute du pain à la liste
j'ai quoi aujourd'hui
il va pleuvoir demain
il est quelle heure
traduis ça en anglais
comment on dit facture en espagnol
oui
non
stop
annule
merci
c'est bon, merci
mode avion
ne pas déranger
lampe torche
t'as déjà mangé ou je ramène quelque chose
je récupère la petite à la crèche à cinq heures
Marseille a fait deux partout hier soir
le livreur a encore laissé le colis chez le voisin
je suis en télétravail aujourd'hui, appelle quand tu veux
dis, il nous reste des pâtes
le gâteau, encore cinq minutes et c'est bon
oh là là, la queue à la caisse
on atterrit à Ajaccio vers neuf heures et quelques
bon, s'il pleut demain, le barbecue on oublie
le plombier ne vient que la semaine prochaine, évidemment
j'ai encore laissé les clés dans la voiture
tu peux ramener Hugo après l'entraînement
le devis pour le client doit partir vendredi
à la cantine c'est frites aujourd'hui, enfin
j'ai crevé, je prends le métro
regarde, il y a une place qui se libère là
mamie vient prendre le café dimanche
j'ai trouvé un vieil appareil photo à dix euros à la brocante
le match de hand était serré jusqu'à la dernière seconde
il nous manque des serviettes pour l'anniversaire du petit
euh, j'ai posé mes lunettes où
le train est arrêté depuis dix minutes avant Dijon
je finis tôt ce soir
t'as fait le virement à l'électricien
cette année les tomates du balcon donnent bien
rendez-vous à huit heures à la fontaine
je tricote une écharpe pour ma sœur
moi je prends les lasagnes, et toi
tu m'ouvres la porte, j'ai les mains prises
la boulangerie n'avait plus de tradition, j'ai pris des baguettes normales
je suis crevé après le déménagement
t'es malade, courir avec ce temps
ce concert, c'était une dinguerie
on se retrouve au coin de la rue de l'Église et du boulevard
l'arrêt s'appelle Hôpital Nord, tu descends là
le resto est juste en face de l'Assemblée nationale
on a visité le musée dans l'ancienne prison, trop bien
mon père écoute encore Black Sabbath en voiture
ce soir on continue Prison Break
dans GTA j'ai enfin réussi le braquage de la banque
le vert te va mieux que le rouge
l'antivirus a trouvé un cheval de Troie sur le portable
au boulot c'est la cellule de crise, la nouvelle version sort demain
le passage au nouveau logiciel de caisse, c'était une opération à cœur ouvert
on est super fiers de nos poussins, invaincus toute la saison
je croise les doigts pour ton examen demain
je meurs de faim, on va manger
les oranges sanguines sont en promo
ce petit diable a mis du sable partout dans la cuisine
Highway to Hell est passé à la radio et tout le monde a chanté à tue-tête
le glacier s'appelle Le Paradis et fait la meilleure pistache
la présentation, c'était de la folie, tout le monde a applaudi
la défense du PSG était aveugle ce soir
bon sang, il est déjà si tard
on a enfin revu Notre-Dame toute neuve après les travaux
chez moi, le foot c'est une religion
c'est un calvaire ce portable, il ne démarre pas
il m'a coûté les yeux de la tête, ce vélo
ce mec est complètement barjot, il se gare sur la piste cyclable
""",
    "it": """
muto
alza il volume
abbassa
togli l'audio
rimetti l'audio
accendi la luce in sala
spegni tutto
sveglia alle sei e mezza
spegni la sveglia
altri cinque minuti
timer di dieci minuti
quanto manca al timer
chiama la mamma
riattacca
rispondi
scrivi a Giulia che arrivo
leggi il messaggio
la prossima
quella prima
pausa
riprendi
portami a casa
quanto ci vuole ancora
evita i pedaggi
fai una foto
registra un video
ferma la registrazione
quanta batteria ho
abbassa la luminosità
collega le cuffie
aggiungi il pane alla lista
che impegni ho oggi
domani piove
che ore sono
traducilo in inglese
come si dice scontrino in tedesco
sì
no
stop
annulla
grazie
va bene, grazie
modalità aereo
non disturbare
torcia
hai già mangiato o ti porto qualcosa
passo a prendere la piccola all'asilo alle cinque
ieri il Napoli ha pareggiato due a due
il corriere ha lasciato di nuovo il pacco dal vicino
oggi lavoro da casa, chiamami quando vuoi
senti, abbiamo ancora della pasta
alla torta mancano cinque minuti
mamma mia, che fila alla cassa
atterriamo a Cagliari verso le nove e qualcosa
allora se domani piove, la grigliata salta
l'idraulico viene solo la settimana prossima, figurati
ho lasciato di nuovo le chiavi in macchina
puoi riportare Luca dopo l'allenamento
il preventivo per il cliente deve partire venerdì
oggi in mensa c'è la lasagna, finalmente
ho bucato la bici, prendo la metro
guarda, lì si sta liberando un posto
la nonna viene domenica per il caffè
al mercatino ho preso una macchina fotografica vecchia a dieci euro
la partita di pallavolo è stata tirata fino all'ultimo punto
ci mancano i tovaglioli per la festa del piccolo
ehm, dove ho messo gli occhiali
il treno è fermo da dieci minuti prima di Firenze
stasera stacco presto
hai fatto il bonifico all'elettricista
quest'anno i pomodori sul balcone vengono benissimo
ci vediamo alle otto alla fontana
sto facendo una sciarpa a maglia per mia sorella
io prendo le orecchiette, e tu
mi apri la porta, ho le mani piene
il panettiere aveva finito le rosette, ho preso il pane in cassetta
sono distrutto dopo il trasloco
ma sei matto, correre con questo tempo
quel concerto è stato pazzesco
ci vediamo all'angolo tra via della Chiesa e il corso
la fermata si chiama Ospedale Maggiore, scendi lì
il ristorante è proprio davanti a Palazzo Madama
abbiamo visitato il museo nel vecchio carcere, bellissimo
mio padre in macchina ascolta ancora i Black Sabbath
stasera andiamo avanti con Gomorra
a GTA finalmente ho fatto il colpo in banca
il rosso ti sta meglio del verde
l'antivirus ha trovato un trojan sul portatile
in ufficio siamo in piena crisi, domani esce la versione nuova
il passaggio al nuovo gestionale è stato un'operazione a cuore aperto
siamo orgogliosissimi dei nostri pulcini, imbattuti tutta la stagione
incrocio le dita per il tuo esame di domani
muoio di fame, andiamo a mangiare
le arance sanguinelle sono in offerta
quel diavoletto ha portato la sabbia in tutta la cucina
alla radio c'era Highway to Hell e abbiamo cantato tutti a squarciagola
la gelateria si chiama Il Paradiso e fa il pistacchio più buono
la presentazione è stata una bomba, hanno applaudito tutti
la difesa della Juve stasera era cieca
santo cielo, è già così tardi
per mio nonno il calcio è una religione
che croce questo computer, non si accende
mi è costato un occhio della testa
quello è fuori come un balcone, parcheggia sulla pista ciclabile
""",
}
"""Spoken everyday sentences: terse commands to glasses or phone, casual chat, and sentences around a word that only
looks sensitive."""

PARAPHRASE: dict[str, dict[str, str]] = {
    "en": {
        "health": """
remind me to take my metformin with dinner
my sugar was three hundred this morning so no bread for me today
I'm back in rehab next week, can you cancel five-a-side
the baby's due in may but we haven't told anyone at work
is there a late-night chemist open, I've run out of sertraline
mum's back on the oncology ward, they start another round on thursday
my sponsor wants me to ring him before I go to the party
did the clinic call back about my CD4 count
put my Abilify shot in the calendar for the fifteenth
dad's on dialysis three mornings a week, four hours a go
my psychiatrist bumped up the lithium and I feel like a zombie
""",
        "religion": """
friday night doesn't work, it's shabbat and my parents are expecting us
set an alarm for four so I can eat before suhoor ends
are these sweets halal or is there pork gelatine in them
no chocolate till easter, same as every lent
my nan wants us all at midnight mass on christmas eve
my daughter's first communion is on sunday and I still haven't got her dress
I'll slip out on friday lunchtime for jummah
I'm going to confession on saturday before the wedding
after dinner we say the rosary with my mum
I left my prayer mat in the car, can you check
it's my turn at the gurdwara tomorrow, we're cooking for the langar
""",
        "political": """
I'm out knocking on doors for our candidate again on saturday morning
remind me to drop the leaflets at the campaign office before nine
we're marching on saturday, bring the big banner
after the debate I gave fifty quid to her campaign
I'm phone banking every evening this week, tell people I'm busy
I'm standing for the council in may as an independent
I'm on the local branch committee now and we pick our candidate next month
put the climate strike on friday in my calendar
I'm heading to the rally outside parliament, they vote on the bill today
my family call me the lefty because I hand out flyers at the station
on polling day I'm telling outside the school for our lot
""",
        "sexual_orientation": """
as a guy, bringing my husband to the work do still feels like a big step
I'm the only woman in the office who brings her wife to the christmas party
I'm their only son and I finally told them Dan isn't just my flatmate
everyone at school knows Leo has two dads, me and my husband
my wife and I picked a donor, she's carrying the first one and I'll carry the second
when I came out my nan just asked if her grandson was bringing his boyfriend for sunday lunch
my ex-husband still has no idea I live with my girlfriend now
I told my big brother before anyone else that I'm a guy who likes guys
we're two brides, so who walks down the aisle first
I've got Grindr on my phone and nobody in the village knows
my girlfriend and I are looking at rings and my mum still thinks we're just two girls sharing a flat
""",
        "sex_life": """
I met a guy off Bumble last night and didn't get home till six
remind me to get the morning-after pill before work
I missed my pill twice this week, fingers crossed
I'm seeing three guys from the app at once and none of them know about the others
I'm getting my coil fitted on thursday, keep the day free
he stayed over again and I've no idea if it's serious
we've been trying every night around ovulation and still nothing
the walls are so thin the neighbours definitely heard us last night
since the baby came nothing's happened in the bedroom
after that week in Ibiza I should really go to the clinic and get checked
I've got a date with a couple from Feeld on friday
""",
        "ethnicity": """
my nan only speaks Romani at home so I translate at the doctor's
my parents came over from Lagos in the eighties and I'm the first one born here
I'm getting my hair braided for the wedding, my aunt does it the Ghanaian way
we speak Punjabi at home, my grandparents came from a village near Amritsar
the landlord heard my surname on the phone and suddenly the flat was taken
my grandad came over on the Windrush and never went back
there's always injera at family parties, it's how we do it in Ethiopian homes
remind me to call my cousins in Mogadishu on sunday
my dad grew up on the reservation and we still go back for the powwow every summer
we're Irish Travellers, so the campsite was suddenly full as soon as they heard
""",
        "trade_union": """
my Unison subs went up again, nearly twenty quid a month now
I'm the rep on nights, so everyone brings their grievances to me
we're on the picket line from six, bring a flask
the strike ballot closes on friday, have you posted yours
the full-timer from the GMB is coming with me to the disciplinary
remind me to bring my card to the branch meeting
I'm on strike pay this week so no takeaway
anyone who goes in tomorrow is a scab, and I'm not doing it
the convenor says the walkout starts at noon
we've signed up thirty at the warehouse, we need fifty before we ask for recognition
I'm on the coach with the RMT down to the demo in London
""",
        "genetic_biometric": """
my christmas DNA kit came back and apparently I carry the sickle cell trait
set up face unlock again, it doesn't know me with these glasses on
the NIPT came back low risk for everything, and it's a girl
record my voice so the glasses only answer to me
add my right thumb as well, the left one never works
the clinic wants cheek swabs from both of us to see if we're carriers
my BRCA result was negative, I can finally breathe
I signed up for the e-gates with my face so I don't queue at passport control
the geneticist confirmed Lynch syndrome, now the kids need testing
my sister and I did a DNA test and it turns out we're only half-sisters
the gym lets you in with a palm scan now
""",
        "criminal": """
my court date got moved to the twelfth
the tag on my ankle needs charging before I go out
I did two years inside and nobody at the new job knows
tuesdays I see my PO, so don't book anything before noon
my solicitor says if I plead guilty I'll probably get community service
I can't come to the party, my curfew is nine
the DBS check will flag the thing from when I was twenty
my brother gets out in march after four years
after I blew over the limit they banned me from driving for a year
I've got a restraining order so I can't go anywhere near her street
I'm on bail until the hearing so I can't leave the county
""",
    },
    "de": {
        "health": """
erinner mich, dass ich mein Metformin zum Abendessen nehme
mein Zucker war heute früh bei dreihundert, Brot lass ich heute weg
nächste Woche geh ich wieder in die Entgiftung, sag bitte das Training ab
der Entbindungstermin ist Mitte Mai, aber im Büro weiß noch keiner was
hat hier noch eine Apotheke offen, mein Sertralin ist alle
meine Mutter liegt wieder auf der Onko, am Donnerstag kriegt sie den nächsten Zyklus
ich muss vor der Arbeit noch zur Vergabe, mein Methadon abholen
hat die Ambulanz schon wegen meiner CD4-Werte angerufen
die Depotspritze ist am Fünfzehnten fällig, trag mir das bitte ein
mein Vater hängt dreimal die Woche vier Stunden an der Dialyse
mein Therapeut meint, ich soll den Lithiumspiegel nochmal checken lassen
""",
        "religion": """
Freitagabend geht nicht, da ist Schabbat und meine Eltern erwarten uns
stell mir den Wecker auf vier fürs Sahur
sind die Gummibärchen halal oder ist da Schweinegelatine drin
bis Ostern verzichte ich wieder auf Schokolade, wie jedes Jahr in der Fastenzeit
meine Oma will, dass wir an Heiligabend alle mit in die Christmette kommen
freitags muss ich mittags kurz weg, zum Freitagsgebet
gibt es in der Nähe vom Hotel einen Gurdwara
unser Sohn hat dienstags nach der Schule Unterricht für seine Bar Mizwa
ich muss am Samstag noch beichten, bevor wir heiraten
ich hab meinen Gebetsteppich im Auto vergessen, kannst du mal nachschauen
nach dem Essen beten wir mit meiner Mutter noch den Rosenkranz
ich hab mich mit achtundzwanzig noch für die Firmung angemeldet
""",
        "political": """
am Samstagvormittag geh ich wieder für unsere Kandidatin von Tür zu Tür
erinner mich, die Flyer vor neun ins Wahlkampfbüro zu bringen
bei der Demo am Samstag laufen wir ganz vorne mit, bring das große Transparent
nach dem Fernsehduell hab ich fünfzig Euro an ihre Kampagne überwiesen
ich steh diese Woche jeden Abend am Infostand in der Fußgängerzone
ich kandidiere im Mai für den Stadtrat, als Parteilose
ich bin jetzt im Vorstand vom Ortsverein, nächsten Monat stellen wir die Liste auf
trag mir den Klimastreik am Freitag in den Kalender ein
ich fahr zur Kundgebung vor den Bundestag, heute wird über das Gesetz abgestimmt
in der Familie bin ich die rote Socke, weil ich am Bahnhof Flugblätter verteile
am Wahlsonntag fahre ich für unseren Kreisverband ältere Leute zum Wahllokal
""",
        "sexual_orientation": """
als Mann meinen Mann zur Weihnachtsfeier mitzunehmen, ist für mich immer noch ein großer Schritt
ich bin die einzige Frau im Büro, die ihre Frau zum Sommerfest mitbringt
ich bin ihr einziger Sohn und hab ihnen endlich gesagt, dass Daniel nicht nur mein Mitbewohner ist
an der Kita sind mein Mann und ich die einzigen zwei Papas, die zusammen ein Kind großziehen
meine Frau und ich haben uns einen Samenspender ausgesucht, sie trägt das erste Kind aus und ich das zweite
nach meinem Outing hat meine Oma nur gefragt, ob ihr Enkel seinen Freund zum Sonntagsessen mitbringt
mein Ex-Mann weiß bis heute nicht, dass ich jetzt mit meiner Freundin zusammenwohne
meinem großen Bruder hab ich als Erstem gesagt, dass ich als Kerl auf Kerle stehe
wir sind zwei Bräute, wer von uns wird denn jetzt zum Altar geführt
ich hab Grindr auf dem Handy, und in meinem Dorf weiß das zum Glück keiner
meine Freundin und ich suchen Ringe aus, und meine Mutter hält uns immer noch für beste Freundinnen
""",
        "sex_life": """
ich hab gestern einen von Bumble getroffen und war erst um sechs zu Hause
erinner mich, vor der Arbeit die Pille danach zu holen
ich hab die Pille diese Woche zweimal vergessen, hoffentlich passiert nix
ich date gerade drei Typen aus der App gleichzeitig, und keiner weiß vom anderen
Donnerstag wird mir die Spirale eingesetzt, trag da nichts ein
er hat schon wieder bei mir übernachtet, keine Ahnung, ob das was Ernstes ist
wir probieren es jeden Abend rund um den Eisprung, und es klappt einfach nicht
die Wände hier sind so dünn, die Nachbarn haben uns gestern garantiert gehört
seit das Baby da ist, läuft bei uns im Bett gar nichts mehr
nach dem Wochenende auf Malle sollte ich mich echt mal durchchecken lassen
am Freitag treffe ich ein Pärchen aus dem Joyclub
""",
        "ethnicity": """
meine Oma spricht zu Hause nur Romanes, beim Arzt muss ich übersetzen
meine Eltern sind in den Achtzigern aus Anatolien gekommen, ich bin als Erste hier geboren
für die Hochzeit lass ich mir die Haare flechten, meine Tante macht das so wie in Ghana
bei uns zu Hause wird Sorbisch gesprochen, die ganze Familie kommt aus der Lausitz
der Vermieter hat meinen Nachnamen am Telefon gehört, und plötzlich war die Wohnung weg
mein Opa kam als Vertragsarbeiter aus Hanoi in die DDR
bei jedem Familienfest gibt's Jollof-Reis, das gehört bei Nigerianern einfach dazu
meine Mutter ist Koreanerin und mein Vater Mexikaner, Weihnachten ist bei uns kulinarisch das reinste Chaos
sonntags ruf ich meine Cousins in Mogadischu an, erinner mich dran
wir sind Spätaussiedler, meine Großeltern haben noch das alte Wolgadeutsch gesprochen
""",
        "trade_union": """
der ver.di-Beitrag ist schon wieder gestiegen, jetzt sind's fast dreißig Euro
ich bin Vertrauensfrau in der Nachtschicht, mit Beschwerden kommen alle zu mir
ab sechs stehen wir vorm Werkstor Streikposten, bring eine Thermoskanne mit
die Urabstimmung läuft bis Freitag, hast du deinen Stimmzettel schon abgeschickt
der Kollege von der IG BCE begleitet mich zum Personalgespräch
erinner mich, das Mitgliedsbuch zur Vertrauensleuteversammlung mitzunehmen
diese Woche gibt's nur Streikgeld, also lassen wir das Essenbestellen mal
morgen geh ich nicht durch die Streikkette, egal was der Chef sagt
um zwölf legen wir die Arbeit nieder, hat die Streikleitung gesagt
im Lager sind wir schon dreißig Mitglieder, für einen Tarifvertrag brauchen wir mehr
ich fahr mit dem Bus von der EVG zur Kundgebung nach Berlin
""",
        "genetic_biometric": """
mein Ancestry-Ergebnis ist da, anscheinend bin ich Anlageträgerin für Sichelzellen
richte Face ID nochmal neu ein, mit der Brille erkennt es mich nicht
der Bluttest in der Schwangerschaft war bei allem unauffällig, und es wird ein Mädchen
speicher meine Stimme, damit die Brille nur auf mich hört
nimm noch den rechten Daumen dazu, der linke klappt nie
die Klinik will von uns beiden einen Wangenabstrich, um zu sehen, ob wir Überträger sind
mein BRCA-Befund ist negativ, ich kann endlich wieder durchatmen
am Flughafen hab ich mein Gesicht hinterlegt, jetzt geh ich einfach durch die EasyPass-Schleuse
die Humangenetikerin hat das Lynch-Syndrom bestätigt, jetzt müssen die Kinder auch getestet werden
meine Schwester und ich haben einen DNA-Test gemacht, wir sind nur Halbschwestern
im Fitnessstudio kommt man jetzt nur noch mit dem Handvenenscan rein
""",
        "criminal": """
mein Gerichtstermin ist auf den Zwölften verlegt worden
das Ding am Knöchel muss noch laden, bevor ich rausgehe
ich hab zwei Jahre gesessen, und in der neuen Firma weiß das keiner
dienstags ist immer mein Termin bei der Bewährungshilfe, da kann ich nicht
mein Anwalt meint, wenn ich gestehe, komm ich mit Sozialstunden davon
ich kann nicht mit auf die Party, um neun muss ich zu Hause sein, Auflage vom Richter
im Führungszeugnis steht noch die Sache von damals, als ich zwanzig war
mein Bruder kommt im März raus, nach vier Jahren
nach der Blutprobe haben sie mir den Lappen für ein Jahr abgenommen
ich hab ein Kontaktverbot und darf nicht mehr in ihre Straße
bis zur Verhandlung darf ich den Landkreis nicht verlassen
""",
    },
    "es": {
        "health": """
recuérdame tomarme la metformina con la cena
esta mañana tenía el azúcar en trescientos, hoy nada de pan
la semana que viene vuelvo a Proyecto Hombre, anula lo del fútbol
salgo de cuentas en mayo, pero en el curro todavía no lo saben
hay alguna farmacia de guardia, se me ha acabado la sertralina
mi madre vuelve a estar en oncología, el jueves le ponen otro ciclo
mi padrino del grupo dice que le llame antes de ir a una fiesta
han llamado del hospital de día por lo de mis CD4
pon en el calendario que el quince me toca el Xeplion
a mi padre le dan diálisis tres días a la semana, cuatro horas cada vez
la psiquiatra me ha subido el Lexatin y estoy todo el día grogui
""",
        "religion": """
el viernes por la noche no podemos, es Shabat y mis padres nos esperan
ponme la alarma a las cuatro para el suhur
estas gominolas son halal o llevan gelatina de cerdo
hasta Semana Santa no pruebo el chocolate, como cada Cuaresma
mi abuela quiere que vayamos todos a la misa del gallo
este domingo mi hija hace la primera comunión y aún no tengo el vestido
el viernes a mediodía me escapo un rato a rezar a la mezquita
el sábado me confieso antes de la boda
después de cenar rezamos el rosario con mi madre
me he dejado la alfombrilla de rezar en el coche, puedes mirar
este año salgo de costalero en la procesión del Jueves Santo
""",
        "political": """
el sábado por la mañana vuelvo a ir puerta a puerta con nuestra candidata
recuérdame llevar los folletos a la sede de campaña antes de las nueve
el sábado vamos a la mani, trae la pancarta grande
después del debate les mandé cincuenta euros para la campaña
esta semana estoy todas las tardes en la mesa informativa de la plaza
me presento a concejal en mayo por una agrupación de vecinos
ahora estoy en la ejecutiva de la agrupación local y el mes que viene hacemos las listas
apúntame la marcha por el clima del viernes
voy a la concentración delante del Congreso, hoy votan la ley
en mi familia soy el rojo porque reparto octavillas en la estación
el día de las elecciones soy interventor en un colegio electoral
""",
        "sexual_orientation": """
como hombre, llevar a mi marido a la cena de empresa todavía me cuesta
soy la única de la oficina que lleva a su mujer a la comida de Navidad
soy su único hijo y por fin les he dicho que Dani no es solo mi compañero de piso
en el cole ya saben que Leo tiene dos papás, mi marido y yo
mi mujer y yo hemos elegido donante, ella lleva el primer embarazo y yo el segundo
cuando salí del armario mi abuela solo preguntó si su nieto traería al novio a comer
mi exmarido todavía no sabe que ahora vivo con mi novia
se lo dije a mi hermano antes que a nadie, que a mí, siendo tío, me gustan los tíos
somos dos novias, así que quién entra primero en la iglesia
tengo Grindr en el móvil y en mi pueblo no lo sabe nadie
mi novia y yo estamos mirando anillos y mi madre sigue pensando que somos solo amigas
""",
        "sex_life": """
anoche quedé con uno de Bumble y no llegué a casa hasta las seis
recuérdame pasar por la farmacia a por la píldora del día después antes del trabajo
esta semana se me ha olvidado la pastilla dos veces, a ver si no pasa nada
estoy quedando con tres tíos de la app a la vez y ninguno sabe de los otros
el jueves me ponen el DIU, no me apuntes nada
se ha vuelto a quedar a dormir en mi casa y no sé si esto va en serio
lo estamos intentando todas las noches en los días fértiles y nada
las paredes son tan finas que los vecinos nos oyeron anoche seguro
desde que nació el niño, en la cama no pasa nada
después de la semana en Ibiza tengo que hacerme un chequeo de todo, por si acaso
el viernes he quedado con una pareja que conocí en una app de intercambios
""",
        "ethnicity": """
mi abuela en casa solo habla caló y en el médico le traduzco yo
mis padres vinieron de Guayaquil en los noventa y yo soy la primera nacida aquí
para la boda me hago trenzas africanas, mi tía las hace como en Senegal
en casa hablamos guaraní con mi madre, como en su pueblo
el casero oyó mi apellido por teléfono y de repente el piso ya estaba alquilado
en las fiestas de la familia siempre hay bachata y mangú, como en Santo Domingo
en cada cumpleaños hay arroz jollof, en las casas nigerianas es sagrado
mi padre es saharaui y todos los veranos vamos a los campamentos de Tinduf
los domingos llamo a mis primos de Mogadiscio, recuérdamelo
mi bisabuela era mapuche y mi madre aún guarda sus joyas de plata
""",
        "trade_union": """
la cuota de Comisiones me ha vuelto a subir
soy la delegada de UGT en el turno de noche, así que las quejas me las traen a mí
a las seis estamos en el piquete de la puerta, trae un termo
la consulta para la huelga cierra el viernes, has votado ya
el liberado de Comisiones me acompaña al expediente disciplinario
recuérdame llevar el carné de afiliado a la asamblea de la sección
esta semana solo cobro de la caja de resistencia, así que nada de pedir comida
mañana no cruzo el piquete, diga lo que diga el encargado
a las doce paramos, lo ha dicho el comité de huelga
en el almacén ya somos treinta afiliados, a ver si llegamos a cincuenta antes de las elecciones
voy en el autobús de la CGT a la manifestación de Madrid
""",
        "genetic_biometric": """
me han llegado los resultados de MyHeritage y resulta que soy portadora del rasgo falciforme
vuelve a configurar el Face ID, con las gafas no me reconoce
el test prenatal ha salido de bajo riesgo para todo, y es niña
graba mi voz para que las gafas solo me hagan caso a mí
añade también el pulgar derecho, que el izquierdo nunca va
la clínica quiere un frotis de la mejilla de los dos para ver si somos portadores
lo del BRCA me ha salido negativo, por fin respiro
en el aeropuerto me registré con la cara y ya no tengo que enseñar el pasaporte
la genetista nos ha confirmado el síndrome de Lynch y ahora tienen que hacerse la prueba los niños
mi hermana y yo nos hicimos la prueba de ADN y resulta que solo somos medio hermanas
en el gimnasio ahora se entra con la huella de la palma
""",
        "criminal": """
me han cambiado el juicio al día doce
la tobillera tiene que cargar antes de que salga
estuve dos años dentro y en el curro nuevo no lo sabe nadie
los martes tengo que ir a firmar al juzgado
mi abogado dice que si me conformo me caen trabajos en beneficio de la comunidad
no puedo ir a la fiesta, a las nueve tengo que estar en casa por orden del juez
en el certificado de penales va a salir lo de cuando tenía veinte años
mi hermano sale en marzo, después de cuatro años
después del control de alcoholemia me quitaron el carné un año
tengo una orden de alejamiento y no puedo acercarme a su barrio
hasta el juicio no puedo salir de la provincia
""",
    },
    "fr": {
        "health": """
rappelle-moi de prendre ma metformine au dîner
j'étais à trois grammes ce matin, pas de pain aujourd'hui
je repars en cure de désintox la semaine prochaine, annule le foot
le terme est prévu pour mai mais au boulot personne n'est au courant
il y a une pharmacie de garde, je n'ai plus de sertraline
ma mère est de nouveau en onco, jeudi elle attaque un nouveau cycle
mon parrain m'a dit de l'appeler avant d'aller à la soirée
le service d'infectiologie a appelé pour mes CD4
note que mon injection de Risperdal tombe le quinze
mon père est dialysé trois fois par semaine, quatre heures à chaque fois
mon psy a augmenté le Xanax et je suis dans le coton toute la journée
""",
        "religion": """
vendredi soir ce n'est pas possible, c'est shabbat et mes parents nous attendent
mets-moi un réveil à quatre heures pour le sohour
ces bonbons sont halal ou il y a de la gélatine de porc
jusqu'à Pâques je ne touche pas au chocolat, comme à chaque carême
ma grand-mère veut qu'on aille tous à la messe de minuit
dimanche mon fils fait sa première communion et je n'ai pas encore sa tenue
le vendredi midi je m'éclipse pour la prière à la mosquée
samedi je vais me confesser avant le mariage
après le dîner on dit le chapelet avec ma mère
j'ai oublié mon tapis de prière dans la voiture, tu peux regarder
pendant Kippour je ne réponds pas au téléphone, préviens le bureau
""",
        "political": """
samedi matin je refais du porte-à-porte pour notre candidate
rappelle-moi de déposer les tracts à la permanence de campagne avant neuf heures
samedi on manifeste, prends la grande banderole
après le débat j'ai fait un don de cinquante euros à sa campagne
cette semaine je tiens le stand sur le marché tous les matins pour les municipales
je suis sur la liste aux municipales, en cinquième position
je suis au bureau de la section locale, on désigne notre candidat le mois prochain
mets la marche pour le climat de vendredi dans mon agenda
je vais au rassemblement devant l'Assemblée, ils votent la loi aujourd'hui
dans ma famille je suis le gaucho parce que je tracte à la gare
dimanche je suis assesseur dans un bureau de vote pour notre liste
""",
        "sexual_orientation": """
en tant qu'homme, venir avec mon mari au pot de Noël, ça reste un cap pour moi
je suis la seule du service à venir avec sa femme au repas de fin d'année
je suis leur fils unique et je leur ai enfin dit que Julien n'est pas juste mon coloc
à l'école tout le monde sait que Léo a deux papas, mon mari et moi
avec ma femme on a fait la PMA, elle porte le premier et moi le deuxième
quand j'ai fait mon coming out, ma grand-mère a juste demandé si son petit-fils viendrait avec son copain dimanche
mon ex-mari ne sait toujours pas que je vis avec ma copine
je l'ai dit à mon grand frère avant tout le monde, que moi, un mec, j'aime les mecs
on est deux mariées, alors qui remonte l'allée en premier
j'ai Grindr sur mon téléphone et au village personne ne le sait
ma copine et moi on regarde des bagues et ma mère croit toujours qu'on est juste amies
""",
        "sex_life": """
hier soir j'ai vu un mec de Bumble et je suis rentrée à six heures
rappelle-moi de passer prendre la pilule du lendemain avant le boulot
j'ai oublié ma pilule deux fois cette semaine, pourvu qu'il n'y ait rien
je vois trois gars de l'appli en même temps et aucun ne sait pour les autres
jeudi on me pose un stérilet, ne me mets rien ce jour-là
il a encore dormi chez moi, je ne sais pas si c'est sérieux
on essaie tous les soirs pendant l'ovulation et toujours rien
les murs sont tellement fins que les voisins nous ont entendus hier soir, c'est sûr
depuis la naissance du bébé il ne se passe plus rien sous la couette
après la semaine à Ibiza je devrais aller me faire dépister
vendredi j'ai rendez-vous avec un couple rencontré sur une appli libertine
""",
        "ethnicity": """
ma grand-mère ne parle que le romani à la maison, chez le médecin c'est moi qui traduis
mes parents sont arrivés de Bamako dans les années quatre-vingt, je suis la première née ici
pour le mariage je me fais faire des tresses, ma tante les fait comme au Cameroun
à la maison on parle créole avec ma mère, toute la famille vient de Guadeloupe
le proprio a entendu mon nom de famille au téléphone et d'un coup l'appart n'était plus libre
mon grand-père est arrivé d'Oran en soixante-deux, comme tous les pieds-noirs du quartier
à chaque fête de famille il y a du thiéboudienne, chez nous c'est la tradition sénégalaise
mon père est fils de harki, il a grandi dans un camp dans le Sud
le dimanche j'appelle mes cousins à Mogadiscio, rappelle-le-moi
mon arrière-grand-mère était kanak et on garde les photos de sa tribu
""",
        "trade_union": """
ma cotisation à la CGT a encore augmenté
je suis déléguée FO pour l'équipe de nuit, c'est à moi qu'on vient se plaindre
à six heures on tient le piquet devant l'usine, prends un thermos
la consultation pour la grève se termine vendredi, t'as voté
le délégué de Sud vient avec moi à l'entretien préalable
rappelle-moi de prendre ma carte d'adhérent pour l'assemblée de la section
cette semaine je vis sur la caisse de grève, alors pas de livraison
demain je ne franchis pas le piquet, peu importe ce que dit le chef
on débraye à midi, c'est l'intersyndicale qui l'a dit
à l'entrepôt on est déjà trente adhérents, il nous en faut cinquante avant les élections pro
je monte à Paris dans le car de la CFDT pour la manif
""",
        "genetic_biometric": """
mes résultats MyHeritage sont arrivés, apparemment je suis porteuse du trait drépanocytaire
reconfigure le Face ID, avec les lunettes il ne me reconnaît pas
le DPNI est revenu à faible risque pour tout, et c'est une fille
enregistre ma voix pour que les lunettes n'obéissent qu'à moi
ajoute aussi le pouce droit, le gauche ne marche jamais
le centre veut un frottis de joue pour nous deux, pour savoir si on est porteurs
mon test BRCA est négatif, je respire enfin
à l'aéroport je passe par Parafe, plus besoin de montrer le passeport
le généticien a confirmé le syndrome de Lynch, maintenant les enfants doivent se faire tester
ma sœur et moi on a fait un test ADN, on n'est que demi-sœurs
à la salle de sport on entre maintenant avec le scan de la paume
""",
        "criminal": """
mon audience a été repoussée au douze
le bracelet doit charger avant que je sorte
j'ai fait deux ans à Fleury et au nouveau boulot personne ne le sait
le mardi je pointe au commissariat
mon avocat dit que si je plaide coupable je m'en sors avec des TIG
je ne peux pas venir à la soirée, je dois être chez moi à neuf heures, c'est le juge qui l'a dit
sur mon B3 il y aura l'histoire de quand j'avais vingt ans
mon frère sort en mars, après quatre ans
j'ai rendez-vous avec ma conseillère du SPIP lundi, décale le reste
après le contrôle d'alcoolémie on m'a suspendu le permis un an
j'ai une interdiction d'approcher, je ne peux plus aller dans son quartier
""",
    },
    "it": {
        "health": """
ricordami di prendere la metformina a cena
stamattina avevo la glicemia a trecento, niente pane oggi
la settimana prossima torno in comunità, disdici il calcetto
il termine è a maggio ma in ufficio ancora non lo sa nessuno
c'è una farmacia di turno aperta, ho finito lo Zoloft
mia madre è di nuovo in oncologia, giovedì le fanno un altro ciclo
prima del lavoro devo passare al Sert a prendere il metadone
hanno chiamato dal day hospital per i miei CD4
segnami che il quindici tocca la puntura di Abilify
mio padre fa la dialisi tre volte a settimana, quattro ore ogni volta
lo psichiatra mi ha aumentato il litio e mi sento uno zombie
""",
        "religion": """
venerdì sera non si può, è Shabbat e i miei ci aspettano
mettimi la sveglia alle quattro per il suhur
queste caramelle sono halal o c'è la gelatina di maiale
fino a Pasqua niente cioccolato, come ogni Quaresima
la nonna vuole che andiamo tutti alla messa di mezzanotte
domenica mio figlio fa la prima comunione e non ho ancora il vestito
il venerdì a pranzo scappo un attimo per la preghiera in moschea
sabato mi confesso prima del matrimonio
dopo cena diciamo il rosario con mia madre
ho lasciato il tappetino per la preghiera in macchina, puoi guardare
domani sono di turno al gurdwara, cuciniamo per il langar
""",
        "political": """
sabato mattina torno a fare porta a porta per la nostra candidata
ricordami di portare i volantini al comitato elettorale prima delle nove
sabato c'è il corteo, porta lo striscione grande
dopo il dibattito ho fatto una donazione di cinquanta euro alla sua campagna
questa settimana sto al gazebo in piazza tutte le mattine
a maggio mi candido al consiglio comunale con una lista civica
sono nella segreteria del circolo, il mese prossimo facciamo le liste
segnami lo sciopero per il clima di venerdì
vado al presidio davanti a Montecitorio, oggi votano la legge
in famiglia mi chiamano il compagno perché volantino alla stazione
domenica faccio il rappresentante di lista al seggio
""",
        "sexual_orientation": """
da uomo, portare mio marito alla cena aziendale mi costa ancora
sono l'unica dell'ufficio che porta sua moglie alla cena di Natale
sono il loro unico figlio maschio e finalmente gli ho detto che Marco non è solo il mio coinquilino
a scuola ormai sanno tutti che Leo ha due papà, io e mio marito
io e mia moglie abbiamo scelto un donatore, lei porta avanti la prima gravidanza e io la seconda
quando ho fatto coming out la nonna ha chiesto solo se suo nipote portava il fidanzato a pranzo
il mio ex marito non sa ancora che adesso vivo con la mia ragazza
l'ho detto prima a mio fratello, che a me, da maschio, piacciono i maschi
siamo due spose, quindi chi entra per prima
ho Grindr sul telefono e in paese non lo sa nessuno
io e la mia ragazza guardiamo gli anelli e mia madre pensa ancora che siamo solo amiche
""",
        "sex_life": """
ieri sera sono uscita con uno di Bumble e sono rientrata alle sei
ricordami di passare in farmacia per la pillola del giorno dopo prima del lavoro
questa settimana ho dimenticato la pillola due volte, speriamo bene
mi sto sentendo con tre ragazzi dell'app e nessuno sa degli altri
giovedì mi mettono la spirale, non segnarmi niente
è rimasto a dormire da me un'altra volta e non so se è una cosa seria
ci proviamo tutte le sere nei giorni fertili e niente
i muri sono così sottili che ieri sera i vicini ci hanno sentito di sicuro
da quando è nato il bambino sotto le lenzuola non succede più niente
dopo la settimana a Mykonos dovrei proprio farmi fare tutti gli esami
venerdì ho un appuntamento con una coppia conosciuta su un'app di scambisti
""",
        "ethnicity": """
mia nonna a casa parla solo romanès, dal medico traduco io
i miei sono arrivati da Dakar negli anni novanta, io sono la prima nata qui
per il matrimonio mi faccio le treccine, mia zia le fa come in Nigeria
a casa con mia madre parliamo tigrino, la famiglia è di Asmara
il padrone di casa ha sentito il mio cognome al telefono e di colpo l'appartamento non era più libero
mio nonno parlava arbëreshë, veniamo da un paese albanese della Calabria
a ogni festa di famiglia c'è l'injera, da noi è tradizione etiope
mio padre viene da una famiglia di giostrai sinti e d'estate giravamo con le giostre
la domenica chiamo i miei cugini a Mogadiscio, ricordamelo
in famiglia parliamo ladino, siamo della Val Badia
""",
        "trade_union": """
la quota della CGIL mi è aumentata di nuovo
sono la delegata della CISL per il turno di notte, le lamentele arrivano a me
alle sei siamo al picchetto davanti ai cancelli, porta un thermos
la consultazione per lo sciopero chiude venerdì, hai votato
il delegato della FIOM viene con me al disciplinare
ricordami di portare la tessera all'assemblea della RSU
questa settimana campo con la cassa di resistenza, quindi niente cena fuori
domani non passo il picchetto, qualsiasi cosa dica il capo
a mezzogiorno incrociamo le braccia, l'hanno deciso i delegati
in magazzino siamo già trenta iscritti, ne servono cinquanta prima delle elezioni interne
vado a Roma col pullman della UIL per la manifestazione
""",
        "genetic_biometric": """
dal test del DNA che mi hanno regalato a Natale è venuto fuori che sono portatrice del tratto falciforme
riconfigura il Face ID, con gli occhiali non mi riconosce
il test prenatale è a basso rischio per tutto, ed è una femmina
registra la mia voce così gli occhiali rispondono solo a me
aggiungi anche il pollice destro, il sinistro non va mai
il centro vuole un tampone della guancia a tutti e due per vedere se siamo portatori
il BRCA è negativo, finalmente respiro
all'aeroporto mi hanno registrato il volto e adesso passo dai varchi automatici
il genetista ci ha confermato la sindrome di Lynch, adesso devono fare il test anche i bambini
io e mia sorella abbiamo fatto il test del DNA e siamo sorelle solo da parte di madre
in palestra adesso si entra con la scansione del palmo
""",
        "criminal": """
mi hanno spostato l'udienza al dodici
il braccialetto deve caricare prima che esca
ho fatto due anni a Poggioreale e al lavoro nuovo non lo sa nessuno
il martedì devo andare a firmare in caserma
l'avvocato dice che se patteggio me la cavo con i lavori socialmente utili
non posso venire alla festa, alle nove devo essere a casa, me l'ha imposto il giudice
dal casellario salterà fuori la storia di quando avevo vent'anni
mio fratello esce a marzo, dopo quattro anni
lunedì ho appuntamento con l'assistente sociale dell'UEPE, sposta il resto
dopo l'alcoltest mi hanno sospeso la patente per un anno
ho un divieto di avvicinamento e non posso più andare nel suo quartiere
""",
    },
}
"""Special-category facts said without their obvious keyword (drug names, readings, practices, institutions,
shorthand, slang, consequences), per language and GDPR art. 9 category."""
