"""More German, Spanish, French and Italian ordinary sentences, traps, and explicit sensitive facts for the composed
training sentences (`compose.py`), written for the edge project. Training only: nothing here is a held-out test
sentence. Licensed under Apache-2.0.

`ORDINARY` holds everyday spoken sentences (plans, work, food, travel, chores, non-medical appointments, choices
that are not political), about a third of them around a word that looks sensitive but is not; `TRAPS` are more
harmless sentences built around such words (idioms, names of streets, bands, teams, games, colours, slang);
`EXPLICIT` says each special category (GDPR art. 9) outright, per language (English too) and category. One fact per
line, no slots.
"""

from __future__ import annotations

ORDINARY: dict[str, str] = {
    "de": """
ich muss heute noch die Wäsche aufhängen, bevor es regnet
kannst du mich morgen um halb sieben wecken
wir grillen am Samstag bei meinem Schwager im Garten
mein Drucker streikt schon wieder, kein Papier mehr drin
ich habe mir gestern neue Laufschuhe gekauft
wie wird das Wetter am Wochenende in Hamburg
die Kinder haben Freitag schulfrei wegen der Zeugniskonferenz
lass uns nach dem Essen eine Partie Schach spielen
im Sportverein haben wir einen neuen Kassenwart gewählt
die Wahl fiel am Ende auf den Griechen an der Ecke
bei der Stadtführung haben wir uns die alte Kirche am Marktplatz angeschaut
wir wohnen jetzt in der Apothekergasse gleich neben dem Bäcker
an der Kreuzung vor der Schule gibt es jetzt eine neue Ampel
der Film gestern war krank gut
auf dem Rechner von meinem Vater war ein Virus, ich habe alles neu aufgesetzt
der Käsekuchen von meiner Oma ist verboten lecker
ich habe die Küche in so einem hellen Grün gestrichen
fahr lieber auf der linken Spur, rechts ist alles voll
ich parke immer am Klinikum, weil mein Büro direkt gegenüber ist
Gott sei Dank hatte der Zug heute keine Verspätung
ich habe den Bus verpasst und musste zwanzig Minuten warten
heute Abend gehen wir in die neue Bar am Hafen
im Club war es gestern so voll, dass wir wieder gegangen sind
kannst du mir ein Rezept für Linsensuppe raussuchen
ich muss noch das Geschenk für Jonas einpacken
die Party bei Jonas geht bis Mitternacht
mein Sohn hat heute beim Fußball zwei Tore geschossen
am Wochenende streichen wir das Kinderzimmer
ich backe heute Abend Zimtschnecken für die Kollegen
weißt du, wann der Baumarkt am Samstag zumacht
der Chef hat die Besprechung auf Donnerstag verschoben
morgen um zehn habe ich einen Termin beim Friseur
ich muss das Auto noch zum TÜV bringen
meine Tochter lernt Geige und übt jeden Abend
wir haben uns am Ende für das blaue Sofa entschieden
die Heizung im Büro ist kaputt, alle sitzen mit Jacke da
erinnere mich daran, Milch zu kaufen
beim Kneipenquiz haben wir den zweiten Platz gemacht
im Team haben wir über das neue Logo abgestimmt und meins hat gewonnen
ich habe die Nase voll von dem ewigen Regen
das Spiel gestern war eine Katastrophe, drei zu null verloren
diesen Sommer fahre ich mit dem Rad an die Ostsee
mein Handy lädt nicht mehr richtig
heute essen wir bei meinen Schwiegereltern
der Kindergarten macht im August drei Wochen zu
ich muss meinen Ausweis verlängern, der läuft im Mai ab
mein Kumpel und ich haben ein richtig gutes Brettspiel entdeckt
am Sonntag laufen wir zum Aussichtsturm hoch
in Prag sind wir bis zum Veitsdom hochgelaufen, die Aussicht war irre
die Kreuzfahrt war schön, aber es gab viel zu viel Essen
ich habe mich für den Kochkurs am Dienstag angemeldet
im Büro haben wir ausgelost, wer den Kuchen mitbringt
beim Schach spiele ich lieber mit Schwarz
ich trinke meinen Kaffee schwarz ohne Zucker
wir haben endlich den Keller entrümpelt
der Zug nach München fällt heute aus
mein Opa repariert gerade sein altes Moped
weißt du, wie lange die Post heute offen hat
heute ist Fitnessstudio, danach koche ich was
die Nachbarn feiern schon wieder bis drei Uhr nachts
ich muss noch die Steuererklärung fertig machen
unser Hund hat heute das Sofakissen zerfetzt
der neue Kollege kommt aus Bremen und ist total nett
im Urlaub haben wir jeden Tag Eis gegessen
das WLAN bricht ständig ab, kannst du den Router neu starten
ich habe dreimal das falsche Passwort eingegeben und jetzt bin ich gesperrt
die Wanderung war länger als gedacht, aber die Aussicht war toll
mein Bruder zieht nächsten Monat nach Leipzig
ich brauche noch Batterien für die Fernbedienung
im Kegelclub haben sie meinen Onkel zum Vorsitzenden gewählt
beim Mannschaftsabend haben wir über die Trikotfarbe abgestimmt
meine Nichte lässt sich als Klassensprecherin aufstellen
die Glocken von der Kirche nebenan wecken mich jeden Sonntag um acht
wir haben bei der Kapelle am See Picknick gemacht
ich habe das Finale komplett verschlafen
meine Mitbewohnerin hat den Gefrierschrank immer noch nicht abgetaut
heute ist Markttag, ich hole frischen Spargel
wir sind gestern im Kino bei einem Horrorfilm eingeschlafen
der Schlüsseldienst kommt zwischen zwei und vier
ich habe die Prüfung für den Motorradführerschein bestanden
morgen spielen wir Doppelkopf bei meinen Eltern
die grünen Bohnen vom Markt waren super zart
mein Chef ist ein echter Sklaventreiber, heute wieder bis acht
am Sonntag picknicken wir im Grünen, wenn es nicht regnet
wann fährt der letzte Bus vom Hauptbahnhof
""",
    "es": """
tengo que tender la ropa antes de que llueva
despiértame mañana a las siete menos cuarto
el sábado hacemos una barbacoa en casa de mi cuñado
la impresora se ha declarado en huelga otra vez
ayer me compré unas zapatillas para correr
qué tiempo va a hacer el fin de semana en Valencia
los niños no tienen cole el viernes por las fiestas del pueblo
después de cenar echamos una partida de ajedrez
en el club de pádel elegimos nueva presidenta
al final elegimos el asador de la esquina
en la visita guiada entramos en la iglesia románica del casco antiguo
vivimos en la calle de la Farmacia, al lado de la frutería
en el cruce del colegio han puesto un semáforo nuevo
la peli de anoche estaba de muerte
el portátil de mi padre cogió un virus y tuve que formatearlo
la tarta de queso de mi abuela está de pecado
he pintado la cocina de un verde muy clarito
ve por el carril izquierdo, que el derecho está parado
aparco en el parking del hospital porque mi oficina está justo enfrente
gracias a Dios el tren ha llegado puntual
perdí el autobús y tuve que esperar veinte minutos
esta noche vamos al bar nuevo del puerto
anoche la discoteca estaba tan llena que nos fuimos
búscame una receta de lentejas con chorizo
tengo que envolver el regalo de cumpleaños de Pablo
la fiesta en casa de Jonás dura hasta medianoche
mi hijo marcó dos goles en el partido de hoy
este finde pintamos la habitación de los niños
esta tarde hago magdalenas para la oficina
sabes a qué hora cierra el Leroy Merlin el sábado
el jefe ha pasado la reunión al jueves
mañana tengo cita en la peluquería a las diez
tengo que pasar la ITV del coche este mes
mi hija está aprendiendo violín y practica cada tarde
al final nos quedamos con el sofá azul
la calefacción de la oficina no va y estamos todos con abrigo
recuérdame comprar leche y huevos
quedamos segundos en el concurso de preguntas del bar
en el equipo votamos el logo nuevo y ganó el mío
estoy hasta las narices de tanta lluvia
el partido de ayer fue un desastre, perdimos tres a cero
este verano quiero recorrer la costa de Asturias en bici
el móvil ya no carga bien
hoy comemos en casa de mis suegros
la guardería cierra tres semanas en agosto
tengo que renovar el DNI, que me caduca en mayo
un amigo y yo hemos descubierto un juego de mesa buenísimo
el domingo subimos andando al mirador
en Roma subimos a la cúpula de San Pedro y se veía toda la ciudad
el crucero estuvo bien pero se comía demasiado
me he apuntado a un curso de cocina los martes
en la oficina sorteamos quién trae el roscón
el café me lo tomo solo y sin azúcar
por fin hemos vaciado el trastero
hoy han cancelado el tren a Madrid
mi abuelo está arreglando su vespa vieja
a qué hora cierra hoy correos
hoy toca gimnasio y luego preparo la cena
los vecinos tienen fiesta otra vez hasta las tres
tengo que terminar la declaración de la renta
el perro ha destrozado el cojín del sofá
el compañero nuevo es de Bilbao y es muy majo
en vacaciones comimos helado todos los días
se corta el wifi todo el rato, puedes reiniciar el router
metí mal la contraseña tres veces y me han bloqueado la cuenta
la ruta fue más larga de lo que pensábamos pero las vistas eran increíbles
mi hermano se muda a Zaragoza el mes que viene
necesito pilas para el mando de la tele
en la peña eligieron a mi tío tesorero
en la cena del equipo votamos el color de la camiseta
mi sobrina se presenta a delegada de clase
las campanas de la catedral me despiertan los domingos a las ocho
hicimos un picnic junto a la ermita del lago
me quedé dormido y me perdí la final
mi compañera de piso no ha descongelado el congelador
hoy hay mercadillo, voy a por fresas
nos dormimos en el cine con una peli de miedo
el cerrajero viene entre las dos y las cuatro
he aprobado el examen del carné de moto
mañana jugamos al mus con mis padres
las judías verdes del mercado estaban tiernísimas
en el parchís siempre me pido las fichas negras
si quieres podemos pedir sushi esta noche
tengo que sumar los tiques del viaje para la empresa
a qué hora sale el último autobús de la estación
""",
    "fr": """
il faut que j'étende le linge avant qu'il pleuve
réveille-moi demain à six heures et demie
samedi on fait un barbecue chez mon beau-frère
l'imprimante fait encore grève, plus de papier
je me suis acheté des chaussures de course hier
quel temps il va faire ce week-end à Lyon
les enfants n'ont pas école vendredi à cause du pont
après le dîner on se fait une partie d'échecs
au club de tennis on a élu un nouveau trésorier
au final on a choisi la crêperie du coin
pendant la visite guidée on est entrés dans la vieille église du village
on habite rue de la Pharmacie, juste à côté de la boulangerie
au carrefour devant l'école ils ont mis un nouveau feu
le burger de ce resto est une vraie tuerie
l'ordi de mon père a chopé un virus, j'ai tout réinstallé
le fondant de ma grand-mère, c'est un péché
j'ai repeint la cuisine en vert pâle
prends la voie de gauche, à droite ça bouchonne
je me gare toujours au parking de l'hôpital parce que mon bureau est juste en face
Dieu merci le train est à l'heure aujourd'hui
j'ai raté le bus et j'ai attendu vingt minutes
ce soir on va au nouveau bar sur le port
hier la boîte était tellement pleine qu'on est repartis
tu peux me trouver une recette de soupe aux lentilles
je dois encore emballer le cadeau d'anniversaire de Thomas
la soirée chez Jonas finit à minuit
mon fils a marqué deux buts au match aujourd'hui
ce week-end on repeint la chambre des enfants
ce soir je fais des cookies pour les collègues
tu sais à quelle heure ferme Leroy Merlin samedi
le chef a décalé la réunion à jeudi
demain j'ai rendez-vous chez le coiffeur à dix heures
il faut que je passe le contrôle technique de la voiture
ma fille apprend le violon et elle s'entraîne tous les soirs
finalement on a pris le canapé bleu
le chauffage est en panne au bureau, tout le monde garde son manteau
rappelle-moi d'acheter du lait
on a fini deuxièmes au quiz du bar
au boulot on a voté pour le nouveau logo et c'est le mien qui a gagné
j'en ai ras le bol de cette pluie
le match d'hier, une catastrophe, on a perdu trois à zéro
cet été je fais la Loire à vélo avec ma cousine
mon téléphone ne charge plus bien
on déjeune chez mes beaux-parents aujourd'hui
la crèche ferme trois semaines en août
je dois refaire ma carte d'identité, elle expire en mai
mon pote et moi on a découvert un jeu de société génial
dimanche on monte à pied jusqu'au belvédère
à Paris on a fait la queue une heure pour monter au Sacré-Cœur
la croisière était sympa mais on mangeait beaucoup trop
je me suis inscrit à un cours de cuisine le mardi
au bureau on a tiré au sort qui apporte la galette
je bois mon café noir sans sucre
on a enfin vidé la cave
le TGV pour Marseille est annulé aujourd'hui
mon grand-père retape sa vieille mobylette
tu sais jusqu'à quelle heure la poste est ouverte
ce soir salle de sport, après je fais à manger
les voisins font encore la fête jusqu'à trois heures du matin
il faut que je finisse ma déclaration d'impôts
le chien a déchiqueté le coussin du canapé
le nouveau collègue vient de Nantes, il est super sympa
en vacances on a mangé une glace tous les jours
le wifi coupe tout le temps, tu peux redémarrer la box
j'ai tapé le mauvais mot de passe trois fois et mon compte est bloqué
la rando était plus longue que prévu mais la vue était magnifique
mon frère déménage à Bordeaux le mois prochain
il me faut des piles pour la télécommande
au club de pétanque ils ont élu mon oncle président
au repas d'équipe on a voté pour la couleur des maillots
ma nièce se présente comme déléguée de classe
les cloches de la cathédrale me réveillent tous les dimanches
on a pique-niqué près de la chapelle au bord du lac
je me suis endormi et j'ai raté la finale
ma coloc n'a toujours pas dégivré le congélo
c'est jour de marché, je vais chercher des fraises
on s'est endormis au ciné devant un film d'horreur
le serrurier passe entre deux et quatre heures
j'ai eu mon permis moto du premier coup
demain on joue à la belote chez mes parents
les haricots verts du marché étaient super tendres
aux échecs je prends toujours les noirs
j'ai pris le parti de rentrer à pied, il faisait trop beau
c'est la fête chez Jonas samedi, tu viens
à quelle heure part le dernier bus de la gare
""",
    "it": """
devo stendere i panni prima che piova
svegliami domani alle sei e mezza
sabato facciamo una grigliata da mio cognato
la stampante sciopera di nuovo, ha finito la carta
ieri mi sono comprato delle scarpe da corsa
che tempo fa nel fine settimana a Bologna
venerdì i bambini non hanno scuola per il ponte
dopo cena facciamo una partita a scacchi
al circolo del tennis abbiamo eletto un nuovo presidente
alla fine abbiamo scelto la trattoria all'angolo
durante la visita guidata siamo entrati nella chiesa romanica del centro storico
abitiamo in via della Farmacia, accanto al fornaio
all'incrocio davanti alla scuola hanno messo un semaforo nuovo
il film di ieri sera era da paura
il portatile di mio padre si è preso un virus e l'ho formattato
il tiramisù della nonna è un peccato di gola
ho dipinto la cucina di un verde chiarissimo
vai sulla corsia di sinistra, a destra è tutto fermo
parcheggio sempre all'ospedale perché il mio ufficio è proprio lì davanti
grazie a Dio il treno è arrivato in orario
ho perso l'autobus e ho aspettato venti minuti
stasera andiamo nel bar nuovo sul porto
ieri la discoteca era così piena che siamo andati via
mi trovi una ricetta per la pasta e lenticchie
devo ancora incartare il regalo per il compleanno di Marco
la festa da Jonas dura fino a mezzanotte
mio figlio ha segnato due gol alla partita di oggi
questo fine settimana ridipingiamo la cameretta
stasera faccio i biscotti per i colleghi
sai a che ora chiude l'Ikea sabato
il capo ha spostato la riunione a giovedì
domani ho appuntamento dal parrucchiere alle dieci
devo portare la macchina a fare la revisione
mia figlia sta imparando il violino e si esercita ogni sera
alla fine abbiamo preso il divano blu
in ufficio il riscaldamento è rotto e stiamo tutti col cappotto
ricordami di comprare il latte
siamo arrivati secondi al quiz del pub
in ufficio abbiamo votato il nuovo logo e ha vinto il mio
sono stufo di questa pioggia
la partita di ieri è stata un disastro, abbiamo perso tre a zero
quest'estate faccio il giro del lago di Garda in bici
il telefono non si carica più bene
oggi pranziamo dai miei suoceri
l'asilo chiude tre settimane ad agosto
devo rinnovare la carta d'identità, scade a maggio
io e un mio amico abbiamo scoperto un gioco da tavolo fantastico
domenica saliamo a piedi fino al belvedere
a Firenze abbiamo fatto la fila per salire sulla cupola del Brunelleschi
la crociera era bella ma si mangiava troppo
mi sono iscritto a un corso di cucina il martedì
in ufficio abbiamo tirato a sorte chi porta la colomba
a scacchi prendo sempre i neri
finalmente abbiamo svuotato la cantina
oggi hanno cancellato il Frecciarossa per Roma
mio nonno sta sistemando la sua vecchia Vespa
sai fino a che ora è aperta la posta oggi
stasera palestra e poi preparo la cena
i vicini fanno festa di nuovo fino alle tre di notte
devo finire la dichiarazione dei redditi
il cane ha distrutto il cuscino del divano
il nuovo collega è di Torino ed è simpaticissimo
in vacanza abbiamo mangiato il gelato tutti i giorni
il wifi salta continuamente, puoi riavviare il modem
ho sbagliato la password tre volte e mi hanno bloccato l'account
l'escursione è stata più lunga del previsto ma la vista era stupenda
mio fratello si trasferisce a Padova il mese prossimo
mi servono le pile per il telecomando
alla bocciofila hanno eletto mio zio tesoriere
alla cena di squadra abbiamo votato il colore delle maglie
mia nipote si candida come rappresentante di classe
le campane del duomo mi svegliano ogni domenica alle otto
abbiamo fatto un picnic vicino alla cappella sul lago
mi sono addormentato e ho perso la finale
la mia coinquilina non ha ancora sbrinato il freezer
oggi c'è il mercato, vado a prendere le fragole
ci siamo addormentati al cinema con un film dell'orrore
il fabbro passa tra le due e le quattro
ho preso la patente della moto al primo colpo
domani giochiamo a briscola dai miei
i fagiolini del mercato erano tenerissimi
quel gelato al pistacchio è da morire
vieni alla festa da Jonas sabato
a che ora parte l'ultimo autobus dalla stazione
""",
}
"""Everyday sentences in German, Spanish, French and Italian; about a third around a word that looks sensitive."""

TRAPS: dict[str, str] = {
    "de": """
ich bin total süchtig nach dieser neuen Serie
ich bin Sternzeichen Krebs, deshalb bin ich so gern zu Hause
am Strand haben die Kinder kleine Krebse gefangen
meine Balkonpflanzen sind krank, die Blätter werden alle gelb
der linke Verteidiger hat das Ausgleichstor gemacht
die grünen Punkte auf der Karte sind die Ladesäulen
im Schwarzwald haben wir eine Kuckucksuhr gekauft
wir spielen mit den Kindern Schwarzer Peter
im Krimi gestern war der Gärtner der Mörder
ich lese gerade einen Krimi über einen Banküberfall
im Escape Room mussten wir aus einem Gefängnis ausbrechen
die Jungs spielen Räuber und Gendarm im Hof
mein Neffe ist bei Monopoly schon wieder ins Gefängnis gekommen
Union Berlin hat gestern auswärts gewonnen
unsere Katze streikt, seit ich das Futter gewechselt habe
das Café in der Heilig-Geist-Straße hat die besten Waffeln
auf dem Weihnachtsmarkt haben wir Glühwein getrunken
Jesses, ist das heute heiß
das Konzert von den Ärzten war der Hammer
ich höre seit Jahren die Toten Hosen rauf und runter
mein Laptop ist abgestürzt und hat sich nicht mehr erholt
der Akku von meinem Handy ist tot
nach dem Gewitter war ein doppelter Regenbogen über dem Feld
ich ergreife Partei für die Pizza mit Ananas
die Fraktion der Kaffeetrinker ist im Büro klar in der Mehrheit
heute Abend schauen wir Sex and the City noch mal von vorn
unsere Katze ist rollig und schreit die ganze Nacht
im Tatort war der Arzt am Ende der Täter
ich lache mich tot über das Video
das Kreuzworträtsel in der Zeitung war heute richtig schwer
ich muss dir was beichten, ich habe deinen Joghurt gegessen
drei Stunden Stau, das war die Hölle
in Istanbul haben wir die Blaue Moschee besichtigt
der Basar in Marrakesch war im Urlaub unglaublich
die Kollegin hat türkischen Mokka mitgebracht, der war super stark
die Werkstatt hat die Diagnose gestellt, die Kupplung ist hin
mein Rechner braucht eine Therapie, so langsam wie der ist
ich schreibe mit der linken Hand, deshalb verschmiere ich immer alles
das ist ja kriminell, wie schnell der Akku leer ist
mein Hund ist völlig verrückt, der rennt nur im Kreis
""",
    "es": """
estoy enganchadísima a esta serie nueva
soy cáncer de horóscopo, por eso soy tan casera
mis plantas del balcón están enfermas, se les ponen las hojas amarillas
el lateral izquierdo metió el gol del empate
los puntos verdes del mapa son los cargadores para el coche
en la Selva Negra compramos un reloj de cuco
soy la oveja negra de la familia porque no me gusta el fútbol
en la serie de anoche el asesino era el jardinero
estoy leyendo una novela negra sobre un atraco a un banco
en el escape room teníamos que escaparnos de una cárcel
los niños juegan a policías y ladrones en el patio
mi sobrino ha vuelto a caer en la cárcel en el Monopoly
el Unionistas de Salamanca ganó ayer fuera de casa
mi gato está en huelga de hambre desde que le cambié el pienso
la churrería de la calle del Espíritu Santo tiene los mejores churros
en el mercadillo de Navidad tomamos chocolate con churros
Jesús, qué calor hace hoy
anoche volví a ver Doctor House en la tele
se me ha colgado el portátil y no se recupera
la batería del móvil está muerta
estoy muerto después de la mudanza
después de la tormenta salió un arcoíris doble sobre el campo
yo tomo partido por la tortilla con cebolla
tenemos que elegir los azulejos antes del viernes
en la oficina el bando del café gana al del té
esta noche vemos Sexo en Nueva York desde el principio
mi gata está en celo y maúlla toda la noche
en la serie de médicos el culpable era el jefe de cirugía
me muero de risa con este vídeo
el crucigrama del periódico hoy estaba dificilísimo
tengo que confesarte algo, me comí tu yogur
fue un infierno, tres horas de atasco
en Estambul visitamos la Mezquita Azul
en Córdoba fuimos a ver la Mezquita por la mañana
el zoco de Marrakech en las vacaciones fue increíble
mi compañera trajo café turco y estaba fortísimo
el taller ha hecho el diagnóstico, el embrague está fatal
el ordenador necesita terapia de lo lento que va
mi perro está como una cabra, corre en círculos
esa película es un crimen de lo mala que es
""",
    "fr": """
je suis complètement accro à cette nouvelle série
je suis cancer, c'est pour ça que je suis casanier
les plantes du balcon sont malades, les feuilles jaunissent
l'arrière gauche a marqué le but de l'égalisation
les points verts sur la carte ce sont les bornes de recharge
en Forêt-Noire on a acheté une horloge à coucou
c'est moi le mouton noir de la famille parce que je déteste le foot
dans la série d'hier soir c'était le jardinier l'assassin
je lis un polar sur un braquage de banque
à l'escape game il fallait s'évader d'une prison
les enfants jouent aux gendarmes et aux voleurs dans la cour
mon neveu est encore allé en prison au Monopoly
l'Union Saint-Gilloise a encore gagné ce week-end
mon chat fait la grève de la faim depuis que j'ai changé ses croquettes
la crêperie rue du Saint-Esprit fait les meilleures crêpes
au marché de Noël on a bu du vin chaud
Jésus Marie Joseph, qu'est-ce qu'il fait chaud
j'ai revu Dr House hier soir
mon ordi a planté et il ne s'en est jamais remis
la batterie de mon téléphone est morte
je suis mort après le déménagement
après l'orage il y avait un double arc-en-ciel sur le champ
moi je prends parti pour la pizza à l'ananas
il faut choisir le carrelage avant vendredi
au bureau le camp du café gagne contre celui du thé
ce soir on regarde Sex and the City depuis le début
notre chatte est en chaleur et miaule toute la nuit
dans la série médicale c'était le chirurgien le coupable
je suis mort de rire avec cette vidéo
les mots croisés du journal étaient super durs aujourd'hui
je dois te confesser un truc, j'ai mangé ton yaourt
c'était l'enfer, trois heures de bouchons
à Istanbul on a visité la Mosquée bleue
les souks de Marrakech pendant les vacances, c'était incroyable
le garagiste a fait le diagnostic, l'embrayage est fichu
mon ordi a besoin d'une thérapie tellement il rame
les Verts ont battu Lyon dans le derby
on a visité un château de la Renaissance au bord de la Loire
le front de mer est magnifique à Nice
ce film est un crime tellement il est nul
mon chien est complètement fou, il tourne en rond
""",
    "it": """
sono completamente drogata di questa serie nuova
sono del Cancro, per questo sono così casalinga
le piante del balcone sono malate, le foglie ingialliscono
il terzino sinistro ha segnato il pareggio
i punti verdi sulla mappa sono le colonnine di ricarica
nella Foresta Nera abbiamo comprato un orologio a cucù
sono la pecora nera della famiglia perché odio il calcio
nella serie di ieri sera l'assassino era il giardiniere
sto leggendo un giallo su una rapina in banca
all'escape room dovevamo evadere da un carcere
i bambini giocano a guardie e ladri in cortile
mio nipote è finito di nuovo in prigione a Monopoli
il gatto fa lo sciopero della fame da quando ho cambiato crocchette
la pasticceria in via Santo Spirito fa i cornetti più buoni
al mercatino di Natale abbiamo bevuto il vin brulé
Madonna che caldo oggi
ieri sera ho rivisto Doctor House
il computer si è bloccato e non si è più ripreso
la batteria del telefono è morta
sono morto dopo il trasloco
dopo il temporale c'era un doppio arcobaleno sul campo
è un partito preso, la carbonara si fa col guanciale
dobbiamo scegliere le piastrelle entro venerdì
in ufficio il partito del caffè batte quello del tè
stasera guardiamo Sex and the City dall'inizio
la gatta è in calore e miagola tutta la notte
nella serie dei medici il colpevole era il primario
muoio dal ridere con questo video
il cruciverba della Settimana Enigmistica era difficilissimo
devo confessarti una cosa, ho mangiato il tuo yogurt
è stato un inferno, tre ore in coda
a Istanbul abbiamo visitato la Moschea Blu
il suk di Marrakech in vacanza era incredibile
la collega ha portato il caffè turco, fortissimo
il meccanico ha fatto la diagnosi, la frizione è andata
il computer ha bisogno di una terapia, è lentissimo
mio cugino gioca in Lega Pro con la squadra del paese
al Teatro Verdi stasera danno la Traviata
stasera guardiamo un film d'azione sul divano
allo stadio abbiamo cantato l'inno a squarciagola
quel film è un crimine, bruttissimo
il mio cane è fuori di testa, gira in tondo
""",
}
"""More harmless sentences around sensitive-looking words: idioms, zodiac signs, bands, teams, streets, games, slang."""

EXPLICIT: dict[str, dict[str, str]] = {
    "en": {
        "health": """
I found out I have type 1 diabetes when I was twelve
my wife has breast cancer and starts chemo on monday
I've been on antidepressants ever since the divorce
my brother is HIV positive but his viral load is undetectable
I have epilepsy so I'm not allowed to drive
I spent three weeks on a psychiatric ward after my breakdown last year
my dad had a heart attack and he's still in intensive care
I'm bipolar and this week I'm pretty manic
we lost the baby in march, it was my second miscarriage
our son was diagnosed with autism last month
my crohn's is flaring up again so I'm barely eating
I'm an alcoholic and I go to AA meetings twice a week
""",
        "religion": """
I'm a practising Muslim and I pray five times a day
we're Jewish and we keep kosher at home
my mum converted to Catholicism last year
I'm a Jehovah's Witness so I don't celebrate birthdays
I lost my faith a few years ago and I'm an atheist now
I'm a born-again Christian and I'm at church twice a week
my daughter has decided to wear the hijab to school
my husband is Buddhist and meditates at the temple every morning
I don't eat meat during Lent because I'm Greek Orthodox
during Ramadan I fast until sunset even at work
I go to Mass every Sunday with my grandmother
""",
        "political": """
I voted Green at the last general election
I'm a paid-up member of the Labour party
my dad has voted Conservative his whole life
I voted Leave in the Brexit referendum
my sister is a Lib Dem councillor in our town
I went to the anti-government protest on saturday
I'm a communist and proud of it
this time I'm voting for the SNP
I've been a registered Republican for twenty years
I tore up my party card after ten years in the Tories
my grandad was a lifelong socialist and union man
I knock on doors for Reform every weekend
""",
        "sexual_orientation": """
I'm gay and I've been with my boyfriend for three years
I'm a lesbian and my girlfriend is moving in next month
my son came out as bisexual at dinner on sunday
I'm bi but my parents don't know
my brother is marrying his boyfriend in june
I'm asexual and I've never been attracted to anyone
I'm a woman and I've only ever dated women
my daughter told me she's queer
my uncle lived with his male partner for twenty years
I'm a man and I'm into men but nobody at work knows
""",
        "sex_life": """
we slept together without protection on saturday
my boyfriend and I haven't had sex in months
I've had three one-night stands this month
I'm thirty and I'm still a virgin
my wife and I have an open marriage and we both sleep with other people
I hooked up with someone from Tinder last night
I'm into bondage and my partner ties me up
I couldn't get an erection the last few times we tried
we had a threesome at the weekend
I cheated on my girlfriend and slept with her best friend
my sister is sleeping with her boss
""",
        "ethnicity": """
I'm Black and the security guard followed me round the whole shop
my family is Roma and people still shout slurs at us
my mum is Pakistani so I'm half Pakistani
my grandparents came over from Jamaica and I'm the first one born here
I'm Kurdish and my family fled Iraq
with my Arabic surname I don't even get called back for flat viewings
our kids are mixed race, their dad is Nigerian
I'm Korean American and people keep asking where I'm really from
my husband is Aboriginal Australian
I get stopped and searched all the time because of my skin colour
as a Latina I keep getting passed over for promotion
""",
        "trade_union": """
I became a shop steward for Unite this year
I've been in the teachers' union since my first year of teaching
we voted to strike and I'm on the picket line tomorrow
my dad was a union rep at the car plant for twenty years
I joined the GMB after they put me on a zero hours contract
my union dues come straight out of my pay every month
my wife is trying to unionise the warehouse where she works
I'm in the nurses' union and we're balloting for strike action
I got a written warning for handing out union leaflets
I sit on the union's negotiating committee for the pay deal
""",
        "genetic_biometric": """
the genetic test showed I have the BRCA2 mutation
my husband and I are both cystic fibrosis carriers
my son's genome sequencing found a rare mutation
they took my fingerprints and an iris scan at the border
my 23andMe results say I have the APOE4 gene for Alzheimer's
the paternity test proved he isn't my biological father
my bank stores my voiceprint to verify me on the phone
my employer keeps a scan of my face for the time clock
I tested positive for the Huntington's gene like my mother
I inherited the haemochromatosis gene from my dad
my daughter has an extra copy of chromosome 21
""",
        "criminal": """
I served eighteen months for burglary
my brother was convicted of drink driving and lost his licence
I'm on probation for assault
I've got a criminal record for shoplifting from when I was nineteen
my husband goes on trial for fraud next month
the police arrested me last night for possession
my son is in a young offenders institution
I was charged with domestic violence but they dropped it
my dad sold drugs in the nineties and did time for it
I have to wear an ankle tag until march
I stole money from the till at work and they caught me
""",
    },
    "de": {
        "health": """
bei mir wurde letztes Jahr Typ-1-Diabetes festgestellt
meine Frau hat Brustkrebs und fängt Montag mit der Chemo an
ich nehme Antidepressiva, seit wir uns getrennt haben
mein Bruder ist HIV-positiv
ich habe Epilepsie und darf deshalb nicht Auto fahren
nach meinem Zusammenbruch war ich sechs Wochen in der Psychiatrie
mein Vater hatte einen Herzinfarkt und liegt auf der Intensivstation
ich bin bipolar und gerade ziemlich manisch
ich hatte im März eine Fehlgeburt
bei unserem Sohn wurde Autismus diagnostiziert
ich habe Morbus Crohn und gerade wieder einen Schub
ich bin alkoholabhängig und gehe zu den Anonymen Alkoholikern
""",
        "religion": """
ich bin gläubige Muslimin und bete fünfmal am Tag
wir sind jüdisch und essen zu Hause nur koscher
meine Mutter ist letztes Jahr zum katholischen Glauben konvertiert
ich bin Zeuge Jehovas und feiere keinen Geburtstag
ich bin aus der Kirche ausgetreten und glaube an gar nichts mehr
ich bin evangelisch und gehe jeden Sonntag in den Gottesdienst
meine Tochter will ab jetzt in der Schule Kopftuch tragen
mein Mann ist Buddhist und meditiert jeden Morgen
in der Fastenzeit esse ich kein Fleisch, weil ich orthodox bin
im Ramadan faste ich bis Sonnenuntergang, auch bei der Arbeit
ich gehe jeden Sonntag mit meiner Oma in die Messe
""",
        "political": """
ich habe bei der Bundestagswahl die Grünen gewählt
ich bin seit zehn Jahren Mitglied in der SPD
mein Vater wählt schon immer CDU
ich bin in der Linken und stehe samstags am Infostand
diesmal wähle ich die AfD, aber meine Frau weiß das nicht
meine Schwester sitzt für die CSU im Gemeinderat
am Samstag war ich auf der Demo gegen die Regierung
ich bin Kommunist und stolz drauf
nach zwanzig Jahren bei den Grünen bin ich aus der Partei ausgetreten
mein Opa war überzeugter Sozialdemokrat
ich habe der FDP meine Stimme gegeben
""",
        "sexual_orientation": """
ich bin schwul und seit drei Jahren mit meinem Freund zusammen
ich bin lesbisch und meine Freundin zieht nächsten Monat bei mir ein
mein Sohn hat sich beim Abendessen als bisexuell geoutet
ich bin bi, aber meine Eltern wissen es nicht
mein Bruder heiratet im Juni seinen Freund
ich bin asexuell und hatte nie Interesse an irgendwem
ich bin eine Frau und war bisher nur mit Frauen zusammen
meine Tochter hat mir erzählt, dass sie queer ist
mein Onkel hat zwanzig Jahre mit seinem Lebensgefährten zusammengelebt
ich bin ein Mann und stehe auf Männer, aber auf der Arbeit weiß es keiner
""",
        "sex_life": """
wir hatten gestern Sex ohne Kondom
mein Freund und ich hatten seit Monaten keinen Sex mehr
ich hatte diesen Monat drei One-Night-Stands
ich bin dreißig und noch Jungfrau
meine Frau und ich führen eine offene Ehe und schlafen beide mit anderen
ich habe gestern mit jemandem von Tinder geschlafen
ich stehe auf Fesselspiele und mein Partner fesselt mich
ich hatte die letzten Male Erektionsprobleme
wir hatten am Wochenende einen Dreier
ich habe meine Freundin betrogen und mit ihrer besten Freundin geschlafen
meine Schwester schläft mit ihrem Chef
""",
        "ethnicity": """
ich bin Schwarz und der Ladendetektiv ist mir durch den ganzen Laden gefolgt
meine Familie sind Sinti und wir werden immer noch beschimpft
meine Mutter ist Pakistanerin, ich bin also halb pakistanisch
meine Großeltern kamen als Gastarbeiter aus der Türkei und ich bin mit Türkisch aufgewachsen
ich bin Kurde und meine Familie ist aus dem Irak geflohen
mit meinem arabischen Nachnamen bekomme ich nicht mal eine Wohnungsbesichtigung
unsere Kinder sind gemischt, ihr Vater ist Nigerianer
ich bin Russlanddeutscher und in Kasachstan geboren
mein Mann ist Rom aus Rumänien
wegen meiner Hautfarbe werde ich am Bahnhof ständig kontrolliert
ich bin Vietnamesin der zweiten Generation und alle fragen, wo ich wirklich herkomme
""",
        "trade_union": """
ich bin seit diesem Jahr Vertrauensmann der IG Metall in meinem Betrieb
ich bin Mitglied bei ver.di
wir haben für Streik gestimmt und ich stehe morgen am Streikposten
mein Vater war zwanzig Jahre in der IG Bergbau aktiv
seit ich Lehrerin bin, bin ich in der GEW
der Gewerkschaftsbeitrag geht jeden Monat von meinem Lohn ab
meine Frau baut gerade eine Gewerkschaftsgruppe im Lager auf
ich bin als Pfleger bei ver.di organisiert und wir stimmen über einen Warnstreik ab
ich habe eine Abmahnung bekommen, weil ich Gewerkschaftsflyer verteilt habe
ich sitze für die Gewerkschaft in der Tarifkommission
mein Bruder ist in der GDL und streikt mit den Lokführern
""",
        "genetic_biometric": """
der Gentest hat gezeigt, dass ich die BRCA2-Mutation habe
mein Mann und ich sind beide Träger für Mukoviszidose
bei der Genomsequenzierung meines Sohnes wurde eine seltene Mutation gefunden
an der Grenze haben sie meine Fingerabdrücke und einen Iris-Scan genommen
laut meinem DNA-Test habe ich das APOE4-Gen für Alzheimer
der Vaterschaftstest hat ergeben, dass er nicht mein leiblicher Vater ist
meine Bank speichert mein Stimmprofil, um mich am Telefon zu erkennen
mein Arbeitgeber speichert einen Scan von meinem Gesicht für die Stempeluhr
ich habe wie meine Mutter das Huntington-Gen
ich habe das Gen für Hämochromatose von meinem Vater geerbt
unsere Tochter hat ein zusätzliches Chromosom 21
""",
        "criminal": """
ich habe zwei Jahre wegen Einbruch im Gefängnis gesessen
mein Bruder wurde wegen Trunkenheit am Steuer verurteilt und ist den Führerschein los
ich bin auf Bewährung wegen Körperverletzung
ich bin vorbestraft wegen Ladendiebstahl
mein Mann steht nächsten Monat wegen Betrug vor Gericht
die Polizei hat mich gestern mit Drogen erwischt und mitgenommen
mein Sohn sitzt im Jugendknast
gegen mich wird wegen häuslicher Gewalt ermittelt
mein Vater hat in den Neunzigern gedealt und dafür gesessen
ich muss bis März eine Fußfessel tragen
ich habe bei der Arbeit Geld aus der Kasse genommen und sie haben es gemerkt
""",
    },
    "es": {
        "health": """
me diagnosticaron diabetes tipo 1 el año pasado
mi mujer tiene cáncer de mama y empieza la quimio el lunes
tomo antidepresivos desde el divorcio
mi hermano es seropositivo
tengo epilepsia y no me dejan conducir
estuve un mes ingresado en psiquiatría después de una crisis
a mi padre le dio un infarto y sigue en la UCI
soy bipolar y esta semana estoy en fase maníaca
tuve un aborto espontáneo en marzo
a nuestro hijo le han diagnosticado autismo
tengo Crohn y estoy con un brote fuerte
soy alcohólico y voy a Alcohólicos Anónimos dos veces por semana
""",
        "religion": """
soy musulmana practicante y rezo cinco veces al día
somos judíos y en casa comemos kosher
mi madre se convirtió al catolicismo el año pasado
soy testigo de Jehová y no celebro los cumpleaños
dejé de creer hace años y ahora soy ateo
soy evangélico y voy al culto todos los domingos
mi hija quiere llevar el velo al instituto
mi marido es budista y medita cada mañana
en Cuaresma no como carne porque soy católica practicante
durante el Ramadán ayuno hasta que se pone el sol
voy a misa todos los domingos con mi abuela
""",
        "political": """
voté a Podemos en las últimas generales
estoy afiliado al PSOE desde hace diez años
mi padre siempre ha votado al PP
soy de Vox y hago campaña en mi barrio
esta vez voy a votar a Sumar
mi hermana es concejala de Bildu en su pueblo
el sábado fui a la manifestación contra el gobierno
soy comunista y a mucha honra
voté sí en el referéndum de independencia
me di de baja de Izquierda Unida después de veinte años de militancia
mi abuelo era republicano y anarquista
""",
        "sexual_orientation": """
soy gay y llevo tres años con mi novio
soy lesbiana y mi novia se viene a vivir conmigo el mes que viene
mi hijo nos dijo en la cena que es bisexual
soy bi pero mis padres no lo saben
mi hermano se casa con su novio en junio
soy asexual y nunca me ha atraído nadie
soy mujer y solo he salido con mujeres
mi hija me contó que es queer
mi tío vivió veinte años con su pareja, otro hombre
soy un hombre y me gustan los hombres, pero en el trabajo nadie lo sabe
""",
        "sex_life": """
anoche lo hicimos sin condón
mi novio y yo llevamos meses sin acostarnos
este mes he tenido tres rollos de una noche
tengo treinta años y sigo siendo virgen
mi mujer y yo tenemos una relación abierta y nos acostamos con otras personas
anoche me acosté con alguien de Tinder
me va el bondage y mi pareja me ata
las últimas veces he tenido problemas de erección
el fin de semana hicimos un trío
engañé a mi novia y me acosté con su mejor amiga
mi hermana se acuesta con su jefe
""",
        "ethnicity": """
soy negra y el guardia de seguridad me siguió por toda la tienda
mi familia es gitana y todavía nos insultan por la calle
mi madre es pakistaní así que soy medio pakistaní
mis abuelos eran bereberes del Rif y en casa hablábamos tamazight
soy kurdo y mi familia huyó de Irak
con mi apellido árabe no me enseñan ni los pisos
nuestros hijos son mestizos, su padre es nigeriano
soy quechua y mi abuela solo habla quechua
mi marido es gitano rumano
me paran siempre en el metro por el color de mi piel
soy afrodescendiente y en el trabajo me hacen comentarios racistas
""",
        "trade_union": """
desde este año soy delegado sindical de Comisiones Obreras
estoy afiliada a UGT
votamos ir a la huelga y mañana estoy en el piquete
mi padre fue enlace sindical en la fábrica durante veinte años
me afilié al sindicato de profesores cuando empecé a dar clase
todos los meses me descuentan la cuota del sindicato de la nómina
mi mujer está montando un sindicato en el almacén donde trabaja
soy enfermero afiliado a SATSE y estamos votando la huelga
me abrieron expediente por repartir octavillas del sindicato
estoy en la mesa negociadora del convenio por el sindicato
mi hermano es de la CGT y lleva la sección sindical de su empresa
""",
        "genetic_biometric": """
el test genético dice que tengo la mutación BRCA2
mi marido y yo somos portadores de fibrosis quística
en la secuenciación del genoma de mi hijo salió una mutación rara
en la frontera me tomaron las huellas y un escáner del iris
según mi prueba de ADN tengo el gen APOE4 del alzhéimer
la prueba de paternidad dice que no es mi padre biológico
el banco guarda mi huella de voz para identificarme por teléfono
en la empresa tienen un escaneo de mi cara para fichar
di positivo en el gen de Huntington como mi madre
heredé de mi padre el gen de la hemocromatosis
nuestra hija tiene trisomía del cromosoma 21
""",
        "criminal": """
estuve dos años en la cárcel por robo con fuerza
a mi hermano lo condenaron por conducir borracho y le quitaron el carné
estoy en libertad condicional por agresión
tengo antecedentes penales por hurtos en tiendas
a mi marido lo juzgan el mes que viene por estafa
anoche la policía me detuvo con droga encima
mi hijo está en un centro de menores
me denunciaron por violencia de género y me investigaron
mi padre vendía droga en los noventa y estuvo preso
tengo que llevar la pulsera telemática hasta marzo
robé dinero de la caja en el trabajo y me pillaron
""",
    },
    "fr": {
        "health": """
on m'a diagnostiqué un diabète de type 1 l'an dernier
ma femme a un cancer du sein, elle commence la chimio lundi
je suis sous antidépresseurs depuis mon divorce
mon frère est séropositif
je suis épileptique alors je n'ai pas le droit de conduire
j'ai passé un mois en hôpital psychiatrique après ma dépression
mon père a fait un infarctus, il est en réanimation
je suis bipolaire et là je suis en phase maniaque
j'ai fait une fausse couche en mars
on a diagnostiqué un autisme à notre fils
j'ai la maladie de Crohn et je fais une poussée
je suis alcoolique et je vais aux Alcooliques anonymes
""",
        "religion": """
je suis musulmane pratiquante, je fais mes cinq prières par jour
on est juifs et on mange casher à la maison
ma mère s'est convertie au catholicisme l'an dernier
je suis témoin de Jéhovah, je ne fête pas les anniversaires
j'ai perdu la foi, maintenant je suis athée
je suis protestant et je vais au culte tous les dimanches
ma fille veut porter le voile au lycée
mon mari est bouddhiste, il médite tous les matins
pendant le carême je ne mange pas de viande, je suis orthodoxe
pendant le ramadan je jeûne jusqu'au coucher du soleil
je vais à la messe tous les dimanches avec ma grand-mère
""",
        "political": """
j'ai voté écolo aux dernières élections
je suis encarté au Parti socialiste depuis dix ans
mon père a toujours voté à droite
je milite à La France insoumise, je tracte le samedi matin
cette fois je vais voter Rassemblement national
ma sœur est conseillère municipale pour Les Républicains
samedi j'étais à la manif contre le gouvernement
je suis communiste et fier de l'être
j'ai voté Macron au second tour
j'ai rendu ma carte de Renaissance après cinq ans de militantisme
mon grand-père était anarchiste
""",
        "sexual_orientation": """
je suis gay et je suis avec mon copain depuis trois ans
je suis lesbienne et ma copine emménage chez moi le mois prochain
mon fils nous a annoncé à table qu'il est bisexuel
je suis bi mais mes parents ne le savent pas
mon frère épouse son compagnon en juin
je suis asexuelle, je n'ai jamais été attirée par personne
je suis une femme et je n'ai eu que des copines
ma fille m'a dit qu'elle est queer
mon oncle a vécu vingt ans avec son compagnon
je suis un homme et j'aime les hommes, mais au boulot personne ne le sait
""",
        "sex_life": """
hier soir on a couché ensemble sans préservatif
mon copain et moi on n'a pas fait l'amour depuis des mois
j'ai eu trois coups d'un soir ce mois-ci
j'ai trente ans et je suis toujours vierge
ma femme et moi on est en couple libre, on couche chacun avec d'autres
j'ai couché avec quelqu'un de Tinder hier soir
j'aime le bondage, mon partenaire m'attache
j'ai eu des problèmes d'érection les dernières fois
ce week-end on a fait un plan à trois
j'ai trompé ma copine avec sa meilleure amie
ma sœur couche avec son patron
""",
        "ethnicity": """
je suis noire et le vigile m'a suivie dans tout le magasin
ma famille est rom et on se fait encore insulter
ma mère est pakistanaise donc je suis à moitié pakistanaise
mes grands-parents sont venus d'Algérie et j'ai grandi en parlant kabyle
je suis kurde, ma famille a fui l'Irak
avec mon nom arabe je n'obtiens même pas de visite d'appartement
nos enfants sont métis, leur père est nigérian
je suis d'origine vietnamienne et on me demande toujours d'où je viens vraiment
mon mari est gitan
je me fais contrôler tout le temps à cause de ma couleur de peau
je suis antillaise et au boulot on me fait des remarques racistes
""",
        "trade_union": """
depuis cette année je suis délégué syndical CGT
je suis syndiquée à la CFDT
on a voté la grève et demain je suis au piquet
mon père a été délégué syndical FO pendant vingt ans
je me suis syndiqué au SNES quand je suis devenu prof
ma cotisation syndicale est prélevée tous les mois
ma femme monte une section syndicale dans son entrepôt
je suis infirmier syndiqué chez Sud Santé et on vote la grève
j'ai eu un avertissement parce que je distribuais des tracts syndicaux
je siège pour le syndicat aux négociations salariales
mon frère est à la CGT cheminots
""",
        "genetic_biometric": """
le test génétique a montré que j'ai la mutation BRCA2
mon mari et moi sommes porteurs de la mucoviscidose
le séquençage du génome de mon fils a trouvé une mutation rare
à la frontière on m'a pris les empreintes et un scan de l'iris
d'après mon test ADN j'ai le gène APOE4 lié à Alzheimer
le test de paternité dit que ce n'est pas mon père biologique
la banque garde mon empreinte vocale pour m'identifier au téléphone
mon employeur stocke un scan de mon visage pour la pointeuse
comme ma mère, j'ai le gène de la maladie de Huntington
j'ai hérité du gène de l'hémochromatose de mon père
notre fille a une trisomie 21
""",
        "criminal": """
j'ai fait deux ans de prison pour cambriolage
mon frère a été condamné pour conduite en état d'ivresse, il a perdu son permis
je suis en sursis probatoire pour violences
j'ai un casier judiciaire pour vol à l'étalage
mon mari passe en procès le mois prochain pour escroquerie
hier soir les flics m'ont arrêté avec de la drogue sur moi
mon fils est dans un centre éducatif fermé
j'ai été mis en examen pour violences conjugales
mon père dealait dans les années quatre-vingt-dix et il a fait de la prison
je dois porter un bracelet électronique jusqu'en mars
j'ai piqué dans la caisse au boulot et ils s'en sont rendu compte
""",
    },
    "it": {
        "health": """
l'anno scorso mi hanno diagnosticato il diabete di tipo 1
mia moglie ha un tumore al seno e lunedì inizia la chemio
prendo antidepressivi da quando mi sono separato
mio fratello è sieropositivo
ho l'epilessia e non posso guidare
sono stato un mese in psichiatria dopo un esaurimento
mio padre ha avuto un infarto ed è in terapia intensiva
sono bipolare e questa settimana sono in fase maniacale
a marzo ho avuto un aborto spontaneo
a nostro figlio hanno diagnosticato l'autismo
ho il morbo di Crohn e sono in piena riacutizzazione
sono alcolista e vado agli Alcolisti Anonimi
""",
        "religion": """
sono musulmana praticante e prego cinque volte al giorno
siamo ebrei e a casa mangiamo kosher
mia madre si è convertita al cattolicesimo l'anno scorso
sono testimone di Geova e non festeggio i compleanni
ho perso la fede e adesso sono ateo
sono valdese e vado al culto ogni domenica
mia figlia vuole mettere il velo a scuola
mio marito è buddista e medita ogni mattina
in Quaresima non mangio carne perché sono ortodossa
durante il Ramadan digiuno fino al tramonto
vado a messa ogni domenica con mia nonna
""",
        "political": """
alle ultime politiche ho votato il PD
sono iscritto alla Lega da dieci anni
mio padre ha sempre votato Forza Italia
faccio volantinaggio per il Movimento 5 Stelle
questa volta voto Fratelli d'Italia
mia sorella è consigliera comunale per Sinistra Italiana
sabato ero al corteo contro il governo
sono comunista e me ne vanto
ho strappato la tessera dopo vent'anni nel PD
mio nonno era partigiano e anarchico
alle europee ho dato il voto ad Azione
""",
        "sexual_orientation": """
sono gay e sto col mio ragazzo da tre anni
sono lesbica e la mia ragazza viene a vivere da me il mese prossimo
mio figlio ci ha detto a cena che è bisessuale
sono bi ma i miei non lo sanno
a giugno mio fratello si unisce civilmente col suo compagno
sono asessuale e non mi è mai piaciuto nessuno
sono una donna e sono sempre stata con donne
mia figlia mi ha detto che è queer
mio zio ha vissuto vent'anni col suo compagno
sono un uomo e mi piacciono gli uomini, ma al lavoro nessuno lo sa
""",
        "sex_life": """
ieri sera abbiamo fatto sesso senza preservativo
io e il mio ragazzo non facciamo l'amore da mesi
questo mese ho avuto tre avventure di una notte
ho trent'anni e sono ancora vergine
io e mia moglie abbiamo una relazione aperta e andiamo a letto con altri
ieri sera sono andata a letto con uno conosciuto su Tinder
mi piace il bondage e il mio partner mi lega
le ultime volte ho avuto problemi di erezione
nel fine settimana abbiamo fatto una cosa a tre
ho tradito la mia ragazza con la sua migliore amica
mia sorella va a letto col suo capo
""",
        "ethnicity": """
sono nera e la guardia mi ha seguita per tutto il negozio
la mia famiglia è rom e ci insultano ancora per strada
mia madre è pakistana quindi sono mezza pakistana
i miei nonni erano berberi del Marocco e a casa parlavamo tamazight
sono curdo e la mia famiglia è scappata dall'Iraq
col mio cognome arabo non mi fanno neanche vedere le case
i nostri figli sono misti, il padre è nigeriano
sono di origine cinese e mi chiedono sempre da dove vengo davvero
mio marito è sinti
mi fermano sempre in stazione per il colore della pelle
sono afroitaliana e al lavoro mi fanno battute razziste
""",
        "trade_union": """
da quest'anno sono delegato sindacale della CGIL
sono iscritta alla CISL
abbiamo votato lo sciopero e domani sono al picchetto
mio padre è stato delegato della FIOM in fabbrica per vent'anni
mi sono iscritto al sindacato degli insegnanti quando ho iniziato a insegnare
ogni mese mi trattengono la quota sindacale dalla busta paga
mia moglie sta organizzando il sindacato nel magazzino dove lavora
sono infermiere iscritto al Nursind e votiamo lo sciopero
ho avuto un richiamo perché distribuivo volantini del sindacato
siedo al tavolo del contratto per la UIL
mio fratello è nella RSU della sua azienda per la CGIL
""",
        "genetic_biometric": """
il test genetico ha trovato la mutazione BRCA2
io e mio marito siamo portatori sani di fibrosi cistica
il sequenziamento del genoma di mio figlio ha trovato una mutazione rara
alla frontiera mi hanno preso le impronte e la scansione dell'iride
secondo il mio test del DNA ho il gene APOE4 dell'Alzheimer
il test di paternità dice che non è il mio padre biologico
la banca conserva la mia impronta vocale per riconoscermi al telefono
in azienda hanno la scansione del mio viso per timbrare
come mia madre ho il gene della malattia di Huntington
ho ereditato da mio padre il gene dell'emocromatosi
nostra figlia ha la trisomia 21
sono portatrice sana di talassemia come mezza famiglia
""",
        "criminal": """
ho fatto due anni di carcere per furto in appartamento
mio fratello è stato condannato per guida in stato di ebbrezza e gli hanno ritirato la patente
sono in affidamento ai servizi sociali per lesioni
ho la fedina penale sporca per taccheggio
mio marito il mese prossimo va a processo per truffa
ieri sera la polizia mi ha arrestato con la droga addosso
mio figlio è in un carcere minorile
mi hanno denunciato per maltrattamenti in famiglia
mio padre spacciava negli anni novanta ed è finito in galera
devo portare il braccialetto elettronico fino a marzo
ho rubato soldi dalla cassa al lavoro e mi hanno scoperto
sono ai domiciliari fino a settembre
""",
    },
}
"""Special-category facts said outright in everyday speech, per language and GDPR art. 9 category."""
