"""German, Spanish, French and Italian facts for the composed training sentences (`compose.py`), written for the
edge project: per language, sensitive facts per category (mostly without give-away words), ordinary life facts
and near misses, traps, device commands and interest requests with their tier-1 topic. One fact per line.
"""

from __future__ import annotations

from facts_en import SLOTS as EN_SLOTS

COMMON = {k: EN_SLOTS[k] for k in ("med", "gene", "test")}

SLOTS: dict[str, dict[str, list[str]]] = {
    "de": COMMON | {
        "p": ["mein Bruder", "meine Schwester", "meine Mutter", "mein Vater", "meine Frau", "mein Mann",
              "mein bester Freund", "meine Kollegin", "mein Sohn", "meine Tochter", "mein Cousin", "[NAME]",
              "meine Oma", "mein Nachbar", "meine Mitbewohnerin"],
        "day": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "morgen", "nächste Woche"],
        "origin": ["der Türkei", "Syrien", "Polen", "Vietnam", "Eritrea", "Marokko", "Afghanistan", "Kasachstan",
                   "dem Kosovo", "Nigeria"],
        "party": ["die Grünen", "die AfD", "die SPD", "die CDU", "die Linke", "die FDP", "die CSU"],
    },
    "es": COMMON | {
        "p": ["mi hermano", "mi hermana", "mi madre", "mi padre", "mi mujer", "mi marido", "mi mejor amigo",
              "mi compañera de trabajo", "mi hijo", "mi hija", "mi primo", "[NAME]", "mi abuela", "mi vecino"],
        "day": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "mañana", "la semana que viene"],
        "origin": ["Marruecos", "Ecuador", "Colombia", "Rumanía", "Venezuela", "Senegal", "Perú", "Bolivia",
                   "Guinea", "Honduras"],
        "party": ["Podemos", "Vox", "el PSOE", "el PP", "Sumar", "Bildu", "Esquerra"],
    },
    "fr": COMMON | {
        "p": ["mon frère", "ma sœur", "ma mère", "mon père", "ma femme", "mon mari", "mon meilleur ami",
              "ma collègue", "mon fils", "ma fille", "mon cousin", "[NAME]", "ma grand-mère", "mon voisin"],
        "day": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "demain", "la semaine prochaine"],
        "origin": ["l'Algérie", "du Maroc", "du Sénégal", "du Mali", "de Tunisie", "du Vietnam", "d'Haïti",
                   "du Cameroun", "de Côte d'Ivoire", "des Comores"],
        "party": ["La France insoumise", "le Rassemblement national", "les Verts", "Renaissance",
                  "les Républicains", "le Parti socialiste", "Reconquête"],
    },
    "it": COMMON | {
        "p": ["mio fratello", "mia sorella", "mia madre", "mio padre", "mia moglie", "mio marito",
              "il mio migliore amico", "una mia collega", "mio figlio", "mia figlia", "mio cugino", "[NAME]",
              "mia nonna", "il mio vicino"],
        "day": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "domani", "la settimana prossima"],
        "origin": ["Marocco", "Albania", "Romania", "Senegal", "Egitto", "Bangladesh", "Nigeria", "Perù",
                   "Cina", "Tunisia"],
        "party": ["il PD", "Fratelli d'Italia", "la Lega", "il Movimento 5 Stelle", "Forza Italia",
                  "Sinistra Italiana", "Azione"],
    },
}  # fmt: skip

SENSITIVE: dict[str, dict[str, str]] = {
    "de": {
        "health": """
ich nehme seit einem Jahr {med}
mein Arzt hat die Dosis von {med} erhöht
ich habe meine Tabletten vergessen und mir ist schwindelig
ich bin in der zwölften Woche und keiner weiß es
ich bin seit zwei Jahren trocken
ich war letzte Woche wieder in der Entzugsklinik
ich kann seit Wochen nicht mehr schlafen und weine nur
ich habe einen Knoten in der Brust gefunden
meine Zuckerwerte sind wieder zu hoch
ich muss dreimal die Woche zur Dialyse
ich bin seit dem Burnout krankgeschrieben
ich höre Stimmen, wenn ich müde bin
ich ritze mich wieder
ich habe Krebs im Endstadium
{p} hat Demenz und erkennt mich nicht mehr
{p} ist in der Psychiatrie
{p} hat eine Fehlgeburt gehabt
{p} ist schwanger
erinnere mich an meine Tabletten um acht
wann hat die Apotheke Notdienst für mein Rezept
finde eine Selbsthilfegruppe für Angststörungen
""",
        "religion": """
ich esse kein Schweinefleisch wegen meines Glaubens
ich faste bis Sonnenuntergang
ich bete fünfmal am Tag
ich gehe jeden Sonntag in die Messe
ich trage seit letztem Jahr ein Kopftuch
ich bin aus der Kirche ausgetreten
ich bin Muslim
ich glaube nicht mehr an Gott
wir feiern keinen Geburtstag wegen unseres Glaubens
{p} ist zum Islam konvertiert
{p} geht jeden Freitag in die Moschee
wann ist heute das Fastenbrechen
finde eine Synagoge in der Nähe
""",
        "political": """
ich wähle seit Jahren {party}
ich bin Mitglied bei {party}
ich verteile am Samstag Flyer für {party}
ich gehe morgen gegen die Regierung demonstrieren
ich habe für {party} gespendet
{p} wählt {party}
{p} ist im Ortsverband von {party}
wen soll ich bei der Bundestagswahl wählen
wann ist die nächste Demo gegen rechts
""",
        "sexual_orientation": """
ich bin ein Mann und mein Freund zieht bei mir ein
ich bin eine Frau und meine Freundin und ich heiraten
ich habe mich bei meinen Eltern geoutet
ich stehe auf Männer und Frauen
ich bin trans und beginne mit Hormonen
ich bin schwul
ich bin lesbisch
{p} hat sich als schwul geoutet
finde eine queere Beratungsstelle
""",
        "sex_life": """
wir hatten seit Monaten keinen Sex mehr
ich betrüge meine Frau
ich hatte gestern einen One-Night-Stand
das Kondom ist gerissen
wir führen eine offene Beziehung
kauf Kondome und Gleitgel
""",
        "ethnicity": """
meine Eltern kamen aus {origin} hierher
ich bin Sinti
ich bin als einziger Schwarzer in der Firma
ich werde ständig gefragt, woher ich wirklich komme
der Vermieter wollte uns nicht, weil wir aus {origin} sind
{p} stammt aus {origin}
""",
        "trade_union": """
ich bin in der Gewerkschaft
ich bin Betriebsrat bei uns
wir streiken ab Montag
ich gehe morgen zum Streikposten
wir gründen einen Betriebsrat
wann ist die Urabstimmung
""",
        "genetic_biometric": """
mein Gentest ist zurückgekommen
ich trage {gene}
ich habe meinen Fingerabdruck bei der Bank hinterlegt
der Vaterschaftstest war negativ
lösch meine DNA-Daten
""",
        "criminal": """
ich bin auf Bewährung
ich muss mich jede Woche bei meinem Bewährungshelfer melden
ich war zwei Jahre im Knast
ich habe einen Eintrag im Führungszeugnis
ich wurde gestern festgenommen
{p} sitzt im Gefängnis
wann ist mein Gerichtstermin
""",
    },
    "es": {
        "health": """
llevo un año tomando {med}
el médico me subió la dosis de {med}
se me olvidaron las pastillas y estoy mareada
estoy de doce semanas y nadie lo sabe
llevo dos años sin beber
he recaído otra vez
no duermo y lloro todas las noches
me encontré un bulto en el pecho
tengo el azúcar por las nubes
tengo diálisis tres veces por semana
estoy de baja por ansiedad
me estoy haciendo cortes otra vez
{p} tiene alzhéimer y ya no me reconoce
{p} está ingresado en psiquiatría
{p} perdió el bebé
recuérdame tomar la pastilla a las ocho
busca una farmacia de guardia para mi receta
busca un grupo de apoyo para la depresión
""",
        "religion": """
no como cerdo por mi religión
estoy ayunando hasta que se ponga el sol
rezo cinco veces al día
voy a misa todos los domingos
llevo el velo desde el año pasado
dejé de creer en Dios
soy testigo de Jehová
{p} se convirtió al islam
{p} va a la mezquita cada viernes
¿a qué hora se rompe el ayuno hoy?
busca una iglesia evangélica cerca
""",
        "political": """
llevo toda la vida votando a {party}
me he afiliado a {party}
voy a repartir propaganda de {party} el sábado
mañana voy a la manifestación contra el gobierno
{p} vota a {party}
¿a quién voto en las generales?
""",
        "sexual_orientation": """
soy un chico y mi novio se viene a vivir conmigo
soy mujer y me caso con mi novia
salí del armario con mis padres
me gustan los hombres y las mujeres
soy trans y empiezo con hormonas
soy gay
soy lesbiana
{p} salió del armario
""",
        "sex_life": """
hace meses que no tenemos relaciones
le pongo los cuernos a mi pareja
anoche tuve un rollo de una noche
se rompió el condón
tenemos una relación abierta
compra condones y lubricante
""",
        "ethnicity": """
mis padres vinieron de {origin} sin papeles
soy gitano
soy el único negro en la oficina
me preguntan siempre de dónde soy de verdad
el casero no nos alquiló el piso por ser de {origin}
{p} es de origen {origin}
""",
        "trade_union": """
estoy afiliado al sindicato
soy delegado sindical
hacemos huelga el lunes
mañana estoy en el piquete
vamos a montar un comité de empresa
""",
        "genetic_biometric": """
me llegaron los resultados del test genético
soy portadora de {gene}
registré mi huella en el banco
la prueba de paternidad salió negativa
borra mis datos de ADN
""",
        "criminal": """
estoy en libertad condicional
tengo antecedentes penales
estuve dos años en la cárcel
me detuvieron anoche
{p} está en prisión
¿cuándo es mi juicio?
""",
    },
    "fr": {
        "health": """
je prends du {med} depuis un an
mon médecin a augmenté ma dose de {med}
j'ai oublié mes cachets et j'ai des vertiges
je suis enceinte de trois mois et personne ne le sait
je n'ai pas bu une goutte depuis deux ans
j'ai rechuté ce week-end
je ne dors plus et je pleure tous les soirs
j'ai senti une boule dans mon sein
ma glycémie est encore trop haute
je suis en dialyse trois fois par semaine
je suis en arrêt maladie pour burn-out
je me scarifie encore
{p} a Alzheimer et ne me reconnaît plus
{p} est hospitalisé en psychiatrie
{p} a fait une fausse couche
rappelle-moi de prendre mon traitement à huit heures
trouve une pharmacie de garde pour mon ordonnance
trouve un groupe de parole pour l'anxiété
""",
        "religion": """
je ne mange pas de porc à cause de ma religion
je jeûne jusqu'au coucher du soleil
je prie cinq fois par jour
je vais à la messe tous les dimanches
je porte le voile depuis l'an dernier
j'ai perdu la foi
je suis musulman
{p} s'est converti à l'islam
{p} va à la mosquée tous les vendredis
à quelle heure est la rupture du jeûne ce soir
trouve une synagogue près d'ici
""",
        "political": """
je vote pour {party} depuis toujours
j'ai pris ma carte chez {party}
je tracte pour {party} samedi
demain je vais manifester contre le gouvernement
{p} vote {party}
pour qui je vote à la présidentielle
""",
        "sexual_orientation": """
je suis un homme et mon copain emménage chez moi
je suis une femme et je me marie avec ma copine
j'ai fait mon coming out à mes parents
j'aime les hommes et les femmes
je suis trans et je commence les hormones
je suis gay
je suis lesbienne
{p} a fait son coming out
""",
        "sex_life": """
on n'a pas fait l'amour depuis des mois
je trompe ma femme
j'ai eu un coup d'un soir hier
le préservatif a craqué
on est en couple libre
achète des préservatifs et du lubrifiant
""",
        "ethnicity": """
mes parents sont venus {origin} sans papiers
je suis gitan
je suis le seul noir au bureau
on me demande toujours d'où je viens vraiment
le propriétaire ne voulait pas de nous parce qu'on vient {origin}
{p} est d'origine maghrébine
""",
        "trade_union": """
je suis syndiqué à la CGT
je suis délégué syndical
on fait grève lundi
demain je tiens le piquet de grève
on monte une section syndicale
""",
        "genetic_biometric": """
j'ai reçu les résultats de mon test ADN
je suis porteuse de {gene}
j'ai enregistré mon empreinte à la banque
le test de paternité est négatif
supprime mes données génétiques
""",
        "criminal": """
je suis en liberté conditionnelle
j'ai un casier judiciaire
j'ai fait deux ans de prison
j'ai été arrêté hier soir
{p} est en prison
c'est quand mon audience au tribunal
""",
    },
    "it": {
        "health": """
prendo {med} da un anno
il medico mi ha aumentato la dose di {med}
ho dimenticato le pastiglie e mi gira la testa
sono incinta di tre mesi e nessuno lo sa
sono sobrio da due anni
ho avuto una ricaduta nel weekend
non dormo più e piango ogni sera
ho trovato un nodulo al seno
ho la glicemia alta di nuovo
faccio la dialisi tre volte a settimana
sono in malattia per esaurimento
mi taglio di nuovo
{p} ha l'Alzheimer e non mi riconosce più
{p} è ricoverato in psichiatria
{p} ha avuto un aborto spontaneo
ricordami di prendere la terapia alle otto
trova una farmacia di turno per la mia ricetta
trova un gruppo di sostegno per l'ansia
""",
        "religion": """
non mangio maiale per la mia religione
digiuno fino al tramonto
prego cinque volte al giorno
vado a messa ogni domenica
porto il velo dall'anno scorso
ho perso la fede
sono musulmano
{p} si è convertito all'islam
{p} va in moschea ogni venerdì
a che ora si rompe il digiuno stasera
trova una sinagoga qui vicino
""",
        "political": """
voto {party} da sempre
mi sono iscritto a {party}
sabato faccio volantinaggio per {party}
domani vado a manifestare contro il governo
{p} vota {party}
chi voto alle politiche
""",
        "sexual_orientation": """
sono un ragazzo e il mio ragazzo viene a vivere da me
sono una donna e sposo la mia ragazza
ho fatto coming out con i miei
mi piacciono sia gli uomini che le donne
sono trans e inizio la terapia ormonale
sono gay
sono lesbica
{p} ha fatto coming out
""",
        "sex_life": """
non facciamo l'amore da mesi
tradisco mia moglie
ieri ho avuto un'avventura di una notte
si è rotto il preservativo
abbiamo una relazione aperta
compra preservativi e lubrificante
""",
        "ethnicity": """
i miei genitori sono arrivati dal {origin} senza documenti
sono rom
sono l'unico nero in ufficio
mi chiedono sempre da dove vengo davvero
il padrone di casa non ci ha voluto perché veniamo dal {origin}
{p} è di origine africana
""",
        "trade_union": """
sono iscritto alla CGIL
sono delegato sindacale
lunedì scioperiamo
domani sono al picchetto
stiamo organizzando il sindacato in magazzino
""",
        "genetic_biometric": """
mi sono arrivati i risultati del test genetico
sono portatrice di {gene}
ho registrato l'impronta in banca
il test di paternità è negativo
cancella i miei dati del DNA
""",
        "criminal": """
sono in libertà vigilata
ho la fedina penale sporca
ho fatto due anni di carcere
mi hanno arrestato ieri sera
{p} è in carcere
quando è la mia udienza in tribunale
""",
    },
}

ORDINARY: dict[str, str] = {
    "de": """
ich nehme seit einem Jahr den Bus zur Arbeit
mein Chef hat mein Projekt verdoppelt
ich habe meinen Schlüssel vergessen
ich gehe jeden Morgen joggen
ich trainiere für einen Halbmarathon
ich gehe jeden Sonntag auf den Flohmarkt
ich singe im Chor
ich bin im Vorstand vom Schachverein
wir haben im Verein einen neuen Kapitän gewählt
ich lerne Spanisch für den Urlaub
ich bin ein Mann und meine Freundin zieht bei mir ein
mein Freund und ich fahren nach Paris
meine Eltern kommen aus dem Nachbardorf
ich bin in Hamburg geboren
wir fahren im Sommer nach Italien in den Urlaub
mein Handy ist schon wieder kaputt
ich bin süchtig nach dieser Serie
die Bahn streikt schon wieder, ich komme zu spät
{p} fängt einen neuen Job an
{p} arbeitet als Krankenschwester
{p} ist Polizist
{p} hat einen Welpen bekommen
{p} heiratet im Juni
das Krankenhaus-Parkhaus ist voll
die Kirchstraße ist gesperrt
""",
    "es": """
llevo un año yendo en bici al trabajo
mi jefe me ha doblado el trabajo
se me olvidaron las llaves
salgo a correr todas las mañanas
estoy entrenando para una media maratón
voy al mercadillo todos los domingos
canto en un coro
soy tesorero del club de ajedrez
en el equipo votamos pizza
estoy aprendiendo alemán para el viaje
soy un chico y mi novia se viene a vivir conmigo
mi novio y yo nos vamos a París
mis padres son del pueblo de al lado
nací en Sevilla
este verano nos vamos de vacaciones a Italia
se me rompió el móvil otra vez
estoy enganchado a esta serie
hay huelga de metro y llego tarde
{p} empieza un trabajo nuevo
{p} trabaja de enfermera
{p} es policía
{p} tiene un perrito nuevo
{p} se casa en junio
el parking del hospital está lleno
la calle de la iglesia está cortada
""",
    "fr": """
je prends le vélo pour aller au travail depuis un an
mon chef a doublé ma charge de travail
j'ai oublié mes clés
je cours tous les matins
je m'entraîne pour un semi-marathon
je vais au marché tous les dimanches
je chante dans une chorale
je suis trésorier du club d'échecs
on a voté pour la pizza au boulot
j'apprends l'italien pour les vacances
je suis un homme et ma copine emménage chez moi
mon copain et moi partons à Rome
mes parents viennent du village d'à côté
je suis né à Lyon
cet été on part en vacances en Espagne
j'ai encore cassé mon téléphone
je suis accro à cette série
il y a une grève des trains et je serai en retard
{p} commence un nouveau travail
{p} est infirmière
{p} est policier
{p} a un nouveau chiot
{p} se marie en juin
le parking de l'hôpital est plein
la rue de l'église est fermée
""",
    "it": """
da un anno vado al lavoro in bici
il mio capo mi ha raddoppiato il lavoro
ho dimenticato le chiavi
corro tutte le mattine
mi sto allenando per una mezza maratona
vado al mercatino ogni domenica
canto in un coro
sono il tesoriere del circolo di scacchi
in ufficio abbiamo votato per la pizza
sto imparando il francese per le vacanze
sono un ragazzo e la mia ragazza viene a vivere da me
il mio ragazzo e io andiamo a Parigi
i miei sono del paese vicino
sono nato a Torino
quest'estate andiamo in vacanza in Grecia
ho rotto di nuovo il telefono
sono fissato con questa serie
c'è sciopero dei treni e arrivo tardi
{p} inizia un nuovo lavoro
{p} fa l'infermiera
{p} è poliziotto
{p} ha un cucciolo nuovo
{p} si sposa a giugno
il parcheggio dell'ospedale è pieno
via della chiesa è chiusa
""",
}

COMMANDS: dict[str, str] = {
    "de": """
stell einen Wecker auf sieben Uhr
weck mich in zwanzig Minuten
mach das Licht im Wohnzimmer aus
dimm das Licht im Schlafzimmer
mach die Musik leiser
stell die Lautstärke auf fünf
schalte den Fernseher aus
setz Milch auf die Einkaufsliste
was steht auf meiner Einkaufsliste
lösch die Liste
was habe ich morgen im Kalender
trag ein Meeting am Montag um zehn ein
verschieb den Termin auf Donnerstag
erinnere mich in einer Stunde an die Wäsche
ruf Papa an
schick Anna eine Nachricht, dass ich später komme
speicher die Nummer von Tom
lies meine neuen E-Mails vor
wie wird das Wetter am Wochenende
wie spät ist es in New York
stell einen Timer auf zehn Minuten
spiel das nächste Lied
pausier die Musik
mach Bluetooth an
wo ist mein Handy
""",
    "es": """
pon una alarma a las siete
despiértame en veinte minutos
apaga la luz del salón
baja la luz del dormitorio
baja la música
pon el volumen a cinco
apaga la tele
añade leche a la lista de la compra
qué hay en mi lista de la compra
borra la lista
qué tengo mañana en el calendario
apunta una reunión el lunes a las diez
cambia la cita al jueves
recuérdame la lavadora en una hora
llama a papá
manda un mensaje a Ana de que llego tarde
guarda el número de Tomás
léeme los correos nuevos
qué tiempo hará el fin de semana
qué hora es en Nueva York
pon un temporizador de diez minutos
pon la siguiente canción
pausa la música
activa el bluetooth
dónde está mi móvil
""",
    "fr": """
mets une alarme à sept heures
réveille-moi dans vingt minutes
éteins la lumière du salon
baisse la lumière de la chambre
baisse la musique
mets le volume à cinq
éteins la télé
ajoute du lait à la liste de courses
qu'est-ce qu'il y a sur ma liste de courses
supprime la liste
qu'est-ce que j'ai demain dans l'agenda
ajoute une réunion lundi à dix heures
déplace le rendez-vous à jeudi
rappelle-moi la lessive dans une heure
appelle papa
envoie un message à Anne que j'arrive en retard
enregistre le numéro de Thomas
lis-moi mes nouveaux mails
quel temps fera-t-il ce week-end
quelle heure est-il à New York
mets un minuteur de dix minutes
chanson suivante
mets la musique en pause
active le bluetooth
où est mon téléphone
""",
    "it": """
metti una sveglia alle sette
svegliami tra venti minuti
spegni la luce in salotto
abbassa la luce in camera
abbassa la musica
metti il volume a cinque
spegni la tv
aggiungi il latte alla lista della spesa
cosa c'è nella mia lista della spesa
cancella la lista
cosa ho domani in agenda
aggiungi una riunione lunedì alle dieci
sposta l'appuntamento a giovedì
ricordami il bucato tra un'ora
chiama papà
manda un messaggio ad Anna che arrivo tardi
salva il numero di Tommaso
leggimi le nuove email
che tempo farà nel fine settimana
che ore sono a New York
imposta un timer di dieci minuti
canzone successiva
metti in pausa la musica
attiva il bluetooth
dov'è il mio telefono
""",
}

INTERESTS: dict[str, str] = {
    "de": """
zeig mir die Bundesliga-Ergebnisse|Sports
wann spielt der FC Bayern|Sports
such mir ein Rezept für Käsespätzle|Food & Drink
bestell mir eine Pizza|Food & Drink
finde günstige Flüge nach Mallorca|Travel
welche Hotels gibt es in Wien|Travel
gibt es neue Filme im Kino|Entertainment
spiel mir was von Helene Fischer|Entertainment
welches Smartphone hat den besten Akku|Technology & Computing
ich suche einen neuen Laptop|Technology & Computing
wie steht der DAX heute|Business and Finance
empfiehl mir einen guten Krimi|Books and Literature
was kostet ein gebrauchter Golf|Automotive
Tipps für den Gemüsegarten|Home & Garden
wie erziehe ich meinen Welpen|Pets
neue Spiele für die Switch|Video Gaming
""",
    "es": """
dime los resultados de la liga|Sports
cuándo juega el Real Madrid|Sports
busca una receta de paella|Food & Drink
pídeme una pizza|Food & Drink
busca vuelos baratos a Canarias|Travel
hoteles en Lisboa con piscina|Travel
qué películas hay en el cine|Entertainment
pon algo de Rosalía|Entertainment
qué móvil tiene mejor batería|Technology & Computing
busco un portátil nuevo|Technology & Computing
cómo va el Ibex hoy|Business and Finance
recomiéndame una novela negra|Books and Literature
cuánto cuesta un coche eléctrico|Automotive
ideas para decorar el salón|Home & Garden
cómo enseño a mi cachorro|Pets
juegos nuevos para la Play|Video Gaming
""",
    "fr": """
donne-moi les résultats de la Ligue 1|Sports
quand joue le PSG|Sports
trouve une recette de ratatouille|Food & Drink
commande-moi une pizza|Food & Drink
trouve des vols pas chers pour Nice|Travel
des hôtels à Barcelone avec piscine|Travel
quels films passent au cinéma|Entertainment
mets du Stromae|Entertainment
quel smartphone a la meilleure batterie|Technology & Computing
je cherche un nouvel ordinateur portable|Technology & Computing
comment va le CAC 40 aujourd'hui|Business and Finance
conseille-moi un bon polar|Books and Literature
combien coûte une voiture électrique|Automotive
des idées pour le jardin|Home & Garden
comment éduquer mon chiot|Pets
nouveaux jeux pour la Switch|Video Gaming
""",
    "it": """
dimmi i risultati della serie A|Sports
quando gioca la Juve|Sports
trova una ricetta per la carbonara|Food & Drink
ordinami una pizza|Food & Drink
trova voli economici per la Sicilia|Travel
hotel a Vienna con piscina|Travel
che film ci sono al cinema|Entertainment
metti qualcosa di Vasco Rossi|Entertainment
quale smartphone ha la batteria migliore|Technology & Computing
cerco un nuovo portatile|Technology & Computing
come va la borsa oggi|Business and Finance
consigliami un bel giallo|Books and Literature
quanto costa un'auto elettrica|Automotive
idee per il giardino|Home & Garden
come educo il mio cucciolo|Pets
nuovi giochi per la Switch|Video Gaming
""",
}

TRAPS: dict[str, str] = {
    "de": """
Gott sei Dank ist heute Freitag
oh mein Gott, der Stau ist furchtbar
ich bin süchtig nach Schokolade
das Konzert war krank gut
wir treffen uns an der Kirchstraße beim Bäcker
ich habe die Wahl zwischen Pizza und Pasta
die Party steigt um acht bei Jonas
das Spiel der Bayern war der Wahnsinn
der Arzt in der Serie ist so witzig
mein Laptop hat einen Virus
die Bahn streikt schon wieder, ich nehme das Auto
der Kölner Dom ist wunderschön am Abend
ich sterbe vor Hunger
die Tagesschau läuft gleich
das ist ja kriminell, was die für ein Bier verlangen
""",
    "es": """
gracias a Dios ya es viernes
Dios mío, qué tráfico
estoy enganchado al café
me muero de hambre
el partido del Madrid empieza a las nueve
en el grupo votamos qué pizza pedir
la fiesta es a las ocho en casa de Lucía
quedamos en la calle de la iglesia junto a la panadería
el médico de la serie es buenísimo
mi portátil tiene un virus
la Sagrada Familia es preciosa por la noche
es un crimen lo que cobran por un café
esa canción está enfermiza de buena
hay huelga de metro, voy en bici
la catedral de Sevilla abre a las once
""",
    "fr": """
Dieu merci c'est vendredi
mon Dieu, ces bouchons
je suis accro au café
je meurs de faim
le match du PSG commence à neuf heures
on a voté au bureau pour la pizza
la fête est à huit heures chez Léa
rendez-vous rue de l'Église devant la boulangerie
le médecin de la série est génial
mon ordinateur a un virus
Notre-Dame est magnifique le soir
c'est un crime de vendre un café à ce prix
ce morceau est une tuerie
la partie d'échecs a duré deux heures
il y a grève des trains, je prends la voiture
""",
    "it": """
grazie a Dio è venerdì
Dio mio, che traffico
sono dipendente dal caffè
muoio di fame
la partita della Juve inizia alle nove
in ufficio abbiamo votato per la pizza
la festa è alle otto da Giulia
ci vediamo in via della Chiesa davanti al forno
il medico della serie è bravissimo
il mio computer ha un virus
il Duomo di Milano è bellissimo di sera
è un crimine far pagare così un caffè
questa canzone è una malattia, non smetto di ascoltarla
c'è sciopero dei treni, prendo la macchina
la basilica di San Marco apre alle nove
""",
}
"""Harmless sentences around words that look sensitive (God, strike, party, doctor, church, crime, addicted)."""
