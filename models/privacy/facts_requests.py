"""Keyword-free sensitive requests and remarks, five languages, for the sensitive gate's training set; written for
the edge project. Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

`PARAPHRASE` reveals each special category (GDPR art. 9) of the speaker or someone close by what an assistant request
asks for or by shorthand, with no obvious keyword: apps, tickets, permits, meetings, clinics, drug names, rituals,
union branches, genetic test results, probation. One sentence per line, no slots.
"""

from __future__ import annotations

PARAPHRASE: dict[str, dict[str, str]] = {
    "en": {
        "health": """
remind me to refill my sertraline before the pharmacy closes
how many units of novorapid for a sixty gram carb meal
call the dialysis unit and tell them i'll be twenty minutes late
find a pharmacy open now that stocks epipens my son used his last one
what's the waiting list for the eating disorder clinic at st mary's
my oncologist moved my next round of chemo to tuesday
set an alarm every four hours for my mum's morphine patch check
how do i apply for pip for my bipolar
i'm three weeks post op and still can't lift the baby
add a reminder to book my sister's cast removal at fracture clinic
my cd4 count came back higher this time
search for a hearing aid battery size thirteen near me
is it normal to feel this flat on week two of lithium
text my boss i'm at the early pregnancy unit this morning
what can i eat the day before a colonoscopy
my dad's on the transplant list now so his phone has to stay on
book me in with the crisis team callback for tonight
my seizure log says three this week log another one
how long does the dvla take to give my licence back after a fit
find a gluten free bakery my coeliac flared again
""",
        "religion": """
when does suhoor end tomorrow in leeds
play the rosary for me on the drive in
remind me to light the shabbat candles at four twenty
find a gurdwara near the hotel for sunday langar
how many days left of lent i gave up chocolate
add confession at saint anne's to saturday morning
set my watch to buzz for each namaz
order the challah from the kosher bakery for my son's bar mitzvah
what's the qibla direction from this hotel room
my mum wants me home for diwali puja this year
skip the ham in my order i keep halal
find a sunday service at the kingdom hall near grandma
remind me it's my turn to read the torah portion next week
i'm fasting for ramadan so move our lunch meeting to after iftar
download the hallow app for night prayers
does this gelatin come from pork i need to check for eid
i stopped going to mass after i deconverted and my parents still don't know
find a humanist celebrant for my wedding no religious bits
i've been vegan for ethical reasons for ten years so no leather seats please
add the meeting at the quaker house to my calendar
""",
        "political": """
remind me to canvass for the greens on saturday morning
how do i renew my labour party membership
send the leaflets to my door knocking group by friday
RSVP yes to the reform uk branch social
find the coach to the extinction rebellion march in london
my dad's standing as a lib dem councillor in may
set up my monthly donation to the snp again
i'm volunteering on the phone bank for the democrats tonight
what time does the momentum meeting start at the community hall
my sister got arrested at the just stop oil protest
book the train to the tory party conference in manchester
i've been a member of the communist party since uni
remind me to print the placards for the palestine solidarity rally
my uncle's a ukip activist and it's getting awkward at christmas
log my hours on the campaign's door knocking app
i'm on the branch committee of the young conservatives
find the nearest polling station i'm voting plaid
order a stack of vote leave badges for our stall
my mum hands out socialist worker outside the station every saturday
sign me up for the pro life vigil outside the clinic
""",
        "sexual_orientation": """
my boyfriend and i want a double room not twins
remind me to call my girlfriend's mum about our engagement party we're both nervous
find a lesbian book club near me
open the her app i've got three new matches with women
i came out to my grandad last weekend and he took it well
my brother's husband is picking us up from the airport
set up a profile on scruff for me
find a gay friendly therapist in bristol
my dad still thinks my wife is just my flatmate
i'm bi and my parents keep asking when i'll find a nice boy
search for same sex couple surrogacy agencies
add the lgbt running club to my tuesdays
our son told us he's gay at dinner last night
how do we register our civil partnership me and tom
i marched with my girlfriend at pride for the first time
tell jake i'm not straight i just haven't said it at work
find the ace support group meetup this month
my sister's partner sarah is moving in with her
is the gay sauna on canal street open on mondays
""",
        "sex_life": """
add condoms and lube to the amazon basket
book me a full sti screen at the sexual health clinic
my husband and i are trying the swingers club next weekend
we've been trying for a baby for a year ovulation day is tomorrow
how long after the viagra should i wait
i haven't slept with anyone since the divorce
my girlfriend wants to open up our relationship
renew my subscription to the kink munch newsletter
i'm still a virgin at twenty eight and it bothers me
we had sex without protection last night what are my options
order another pack of the ring my last one's due out
delete my feeld account before my wife sees it
i slept with my ex on friday and regret it
he's got erectile problems since the surgery
find a clinic that does vasectomy reversals
my partner and i are polyamorous she's seeing someone else tonight
i think i caught chlamydia from the guy in ibiza
remind me my pill packet runs out on sunday
""",
        "ethnicity": """
find a barber who knows how to cut afro hair near me
my grandma only speaks punjabi so set the call to translate
we're travellers so the site manager won't rent us a pitch
book the roma community centre for my nan's wake
what form do i fill in to claim my irish passport through my gran
i got called a paki again on the bus today
my kids are mixed race and the school keeps asking what box to tick
find a jamaican church choir for my mum's funeral
as a black woman the doctor didn't take my pain seriously
we're kurdish so we don't go to the turkish wedding hall
my family are aboriginal from the kimberley
i'm half chinese half nigerian and people always guess wrong
remind me of the windrush compensation appointment for my dad
search for somali interpreters for my mother's hospital appointment
my dad came over from kingston in sixty two and still has his jamaican accent
find a hair salon that does box braids for my daughter
i'm the only asian person in my team and they keep mixing us up
register my son for the sinti youth club
the landlord said no indians when he heard my surname
my grandparents are roma from slovakia
""",
        "trade_union": """
when is the next branch meeting of unison
remind me to vote in the rmt strike ballot
i'm the gmb rep for our depot now
pay my nut subs from the joint account
find the picket line rota for thursday
my dad's been in the unite union for thirty years
book my rep to come with me to the disciplinary
i'm on the union's negotiating committee for the pay talks
text the lads the walkout's on for monday
log my hours on the strike fund form
my wife's bma membership renewal is due
i joined the ucu so i'm not marking during the boycott
how much is strike pay from unite per day
set a reminder for the shop steward training course
add the works council election to my calendar i'm standing
my mum's a fire brigades union official
i'm not crossing the picket line tomorrow
email the union about my grievance before the deadline
download the usdaw app to check my membership
our branch voted to affiliate and i seconded the motion
""",
        "genetic_biometric": """
what does a brca2 positive result mean for my daughters
add my fingerprint to unlock the safe app
my dna test found a half brother i never knew about
set up face id on my new phone
upload my raw ancestry data to promethease
i'm heterozygous for factor v leiden so no pill for me
register my iris scan for the airport fast lane
the genetic counsellor said my son has fragile x
my palm vein scan at work isn't recognised
book my lynch syndrome screening
my dad's whole genome came back with a pathogenic variant
enrol my voiceprint for the bank's phone banking
the paternity test came back and he's not mine
my baby's heel prick flagged sickle cell trait
we did ivf with pgt because of my husband's translocation
what does mthfr c677t mean on my results
i gave my dna to gedmatch to find my birth mother
my gait scan keeps failing at the office gate
""",
        "criminal": """
my tag goes off at seven so i have to be home
how long until my caution drops off a dbs check
my brother's doing eighteen months in hmp wandsworth
book a visit at the prison for saturday
i've got a court date for the drink driving next month
find a solicitor for my son's shoplifting charge
my community service hours are at the charity shop
i'm on bail so i can't leave the country
my licence conditions say no contact with him
how do i disclose a spent conviction on a job form
my dad got sent down for fraud last year
call my duty solicitor back
i'm on the sex offenders register so the school trip's out
set a reminder to sign on at the police station
the non molestation order against me runs out in june
my cousin's on remand awaiting trial
my curfew starts at nine every night
i did two years for dealing when i was nineteen
the magistrates gave me a fine and six points
""",
    },
    "de": {
        "health": """
erinnere mich an mein ramipril um acht
ruf die dialyse an ich komme später
mein hausarzt hat mich für drei wochen krankgeschrieben wegen burnout
wie viel insulin bei fünfzig gramm kohlenhydraten
such mir eine apotheke mit notdienst mein sohn braucht seinen asthmaspray
meine mutter ist seit montag in der reha nach dem schlaganfall
termin in der psychiatrischen institutsambulanz für donnerstag eintragen
wie beantrage ich einen schwerbehindertenausweis für meinen vater
ich bin in der zwölften woche und mir ist nur schlecht
meine chemo wurde auf dienstag verschoben
erinnere mich die methotrexat spritze am freitag zu setzen
mein opa hat demenz und erkennt mich nicht mehr
such eine tagesklinik für essstörungen in köln
wann darf ich nach der bypass op wieder autofahren
ich nehme jetzt venlafaxin und schlafe kaum
meine schwester hat seit der geburt eine wochenbettdepression
buch mir einen termin beim hiv schwerpunktarzt
mein langzeitblutzucker liegt bei acht komma zwei
der neurologe sagt es ist ms
finde ein barrierefreies hotel mein mann sitzt im rollstuhl
""",
        "religion": """
wann ist heute iftar in berlin
erinnere mich an die beichte am samstag
such eine moschee in der nähe für das freitagsgebet
stell den wecker für das morgengebet
meine tochter hat nächsten sonntag erstkommunion
bestell beim koscheren metzger für pessach
ich faste gerade im ramadan also kein mittagessen für mich
wann beginnt schabbat diese woche in frankfurt
buch den saal für die konfirmation meines sohnes
ich bin aus der kirche ausgetreten um die kirchensteuer zu sparen und weil ich nicht mehr glaube
spiel mir den rosenkranz vor
such einen tempel für die diwali feier
meine oma geht jeden tag in die frühmesse
gib mir die gebetszeiten für morgen
ich bin überzeugter atheist und will keine kirchliche trauung
ich lebe aus ethischer überzeugung vegan also kein leder
wo ist der nächste gottesdienst der neuapostolischen kirche
ich trage das kopftuch seit ich vierzehn bin
""",
        "political": """
erinnere mich an den infostand der grünen am samstag
wie verlängere ich meine spd mitgliedschaft
such den bus zur demo von fridays for future
mein bruder kandidiert für die afd im stadtrat
überweise meinen monatsbeitrag an die linke
ich gehe heute abend zum kreisparteitag der fdp
meine schwester wurde bei der letzten generation blockade festgenommen
plakate für den wahlkampf am montag abholen
ich war früher bei der jungen union aktiv
trag die sitzung der jusos am mittwoch ein
mein vater ist seit jahren im bsw aktiv
ich habe für volt plakate geklebt
melde mich für den haustürwahlkampf am wochenende an
meine mutter wählt seit jahrzehnten die csu und ist im vorstand
such die mitfahrgelegenheit zur antifa demo in leipzig
ich spende jeden monat an die piratenpartei
meine freundin hat für die grüne jugend kandidiert
buch das zugticket zum bundesparteitag
ich organisiere die kundgebung gegen rechts am samstag mit
""",
        "sexual_orientation": """
meine freundin und ich wollen ein doppelbett kein zweibett
lad mir romeo herunter
mein mann und ich adoptieren ein kind
ich hatte letzte woche mein coming out bei meinen eltern
such eine lesbische bar in hamburg
mein bruder hat seinen freund zum ersten mal mitgebracht
kauf karten für die csd party
ich bin bi und meine familie weiß nichts davon
meine frau holt mich vom bahnhof ab sag ihr bescheid
such einen queeren stammtisch in münchen
mein sohn hat uns erzählt dass er schwul ist
wie lassen wir als zwei frauen die stiefkindadoption machen
ich bin asexuell und keiner versteht das
buch den tisch für mich und meinen verlobten markus
meine tante lebt seit zwanzig jahren mit ihrer partnerin zusammen
trag die gruppe für schwule väter am freitag ein
ich hab mich in eine frau verliebt und weiß nicht wie ich es meinem mann sage
such eine queerfreundliche therapeutin
mein opa weiß nicht dass mein freund nicht nur ein mitbewohner ist
melde uns beim regenbogenfamilien treffen an
""",
        "sex_life": """
pack kondome und gleitgel auf die einkaufsliste
wo bekomme ich am wochenende die pille danach
mach mir einen termin für den sti test
meine frau und ich gehen nächste woche in einen swingerclub
wir versuchen seit einem jahr schwanger zu werden heute ist eisprung
ich hatte seit zwei jahren keinen sex mehr
such eine sexualtherapeutin für uns beide
mein freund will eine offene beziehung
ich hatte ungeschützten verkehr was soll ich jetzt machen
lösch mein joyclub profil bevor mein mann es sieht
ich habe letzte nacht mit meinem ex geschlafen
mein mann hat seit der prostata op erektionsprobleme
bestell nachschub für den nuvaring
ich bin mit dreißig noch jungfrau
ich glaube ich habe mir tripper eingefangen
wie lange vor dem sex sollte man die blaue pille nehmen
wir leben polyamor und meine partnerin hat heute ein date
mein pillenblister ist am sonntag leer erinnere mich
such eine fetisch party in berlin für samstag
""",
        "ethnicity": """
such einen friseur für afrohaare in der nähe
meine oma spricht nur türkisch stell die übersetzung ein
wir sind sinti und der vermieter will uns nicht
mein vater ist kurde aus dem irak
ich wurde heute in der bahn wieder als kanake beschimpft
meine kinder sind schwarz und werden in der schule gehänselt
such einen dolmetscher für tigrinya für den termin meiner mutter
ich bin halb vietnamesisch und werde ständig gefragt woher ich wirklich komme
meine familie sind russlanddeutsche aus kasachstan
der vermieter hat abgesagt als er meinen arabischen nachnamen gehört hat
meine großeltern waren roma aus dem kosovo
als einzige schwarze frau im büro werde ich ständig angefasst an den haaren
melde meinen sohn beim sorbischen kindergarten an
ich bin jesidin und meine familie stammt aus sindschar
wir sind polnischer herkunft und sprechen zu hause polnisch
such einen afrikanischen laden für die haarpflege meiner tochter
der türsteher hat nur mich nicht reingelassen weil ich dunkle haut habe
meine mutter ist eritreerin mein vater deutscher
ich gehöre zur dänischen minderheit in flensburg
wir sind jüdischer abstammung und meine oma hat überlebt
""",
        "trade_union": """
wann ist die nächste versammlung der verdi betriebsgruppe
erinnere mich an die urabstimmung der gdl
ich bin jetzt vertrauensmann der ig metall
überweise meinen gewerkschaftsbeitrag
trag die streikschicht am donnerstag ein
mein vater ist seit dreißig jahren bei der ig bce
ich kandidiere für den betriebsrat
wie viel streikgeld zahlt verdi pro tag
mein betriebsrat kommt mit zum personalgespräch
ich bin in der tarifkommission für die lohnrunde
meine frau ist bei der gew und streikt morgen
schreib den kollegen dass der warnstreik montag losgeht
such die adresse der ngg geschäftsstelle
ich gehe morgen nicht durch die streikpostenkette
melde mich für das seminar für betriebsräte an
meine mutter ist gewerkschaftssekretärin bei der evg
ich bin aus der ig metall ausgetreten nach dem tarifabschluss
leite die e mail an meine gewerkschaft wegen der abmahnung weiter
lad die verdi app runter ich will meine mitgliedschaft prüfen
unser ortsverband hat mich zum delegierten gewählt
""",
        "genetic_biometric": """
was heißt brca1 positiv für meine tochter
mein gentest sagt ich bin trägerin für mukoviszidose
richte den fingerabdruck für die banking app ein
der vaterschaftstest ist da er ist nicht von mir
mein dna test hat eine halbschwester gefunden
registriere mein gesicht für die entsperrung
die humangenetikerin sagt mein sohn hat ein fragiles x
ich habe eine faktor v leiden mutation also keine pille
mein iris scan am flughafen funktioniert nicht
lade meine rohdaten von myheritage hoch
das neugeborenenscreening hat bei meiner tochter etwas gefunden
wir machen präimplantationsdiagnostik wegen der translokation meines mannes
was bedeutet heterozygot auf meinem befund
der handvenenscanner im werk erkennt mich nicht
mein genom wurde komplett sequenziert wegen des lynch syndroms
speicher meine stimme für die telefon authentifizierung der bank
mein vater hat eine pathogene variante im tp53 gen
ich hab meine dna hochgeladen um meine leibliche mutter zu finden
meine fingerabdrücke wurden für den neuen reisepass genommen
""",
        "criminal": """
erinnere mich an den termin bei meiner bewährungshelferin
wann wird mein eintrag im führungszeugnis gelöscht
mein bruder sitzt drei jahre in tegel
buch den besuchstermin in der jva für samstag
ich habe nächsten monat einen gerichtstermin wegen trunkenheit am steuer
such einen strafverteidiger für meinen sohn
ich muss noch achtzig sozialstunden ableisten
ich bin in untersuchungshaft gewesen und habe meinen job verloren
meine auflagen sagen kein kontakt zu ihm
mein vater wurde wegen betrugs verurteilt
ich muss mich jeden montag bei der polizei melden
mein cousin sitzt in u haft
ich bin vorbestraft wegen körperverletzung
ich habe einen strafbefehl bekommen was jetzt
mein führerschein ist wegen der fahrerflucht weg
ich darf wegen der bewährung nicht ins ausland
mein onkel ist im offenen vollzug und kommt am wochenende raus
ich habe als jugendlicher jugendarrest bekommen
die staatsanwaltschaft hat gegen meine mutter anklage erhoben
""",
    },
    "es": {
        "health": """
pídeme cita con el endocrino que la hemoglobina glicosilada me salió en nueve
pon una alarma a las ocho para la metformina
dónde queda la farmacia de guardia más cerca, se me acabó el ventolín
busca cómo tramitar el certificado de discapacidad en la comunidad de madrid
mañana tengo la tercera sesión de quimio, cancélame la reunión
cómo llego al centro de salud mental de mi barrio
recuérdame pedir la receta de la sertralina al médico de cabecera
a mi papá le pusieron un marcapasos el jueves
mi abuela ya no reconoce a nadie, la vamos a llevar a una residencia
dile al profe que mi hija no puede hacer gimnasia por sus convulsiones
agenda la diálisis de mi mamá lunes miércoles y viernes
""",
        "religion": """
pon un recordatorio para el maghrib
reserva el catering kosher para el bar mitzvá de mi sobrino
a qué hora es la misa del domingo en la parroquia de san josé
este año hago el ramadán completo, ponme alarma para el suhur
busca el horario del culto en la iglesia evangélica de mi colonia
mi hermana se hizo mormona y se va de misión a perú
no como carne los viernes de cuaresma, ya lo sabes
descarga una app con el rosario para rezarlo en el metro
llévame a la sinagoga para el shabat
soy ateo y no quiero que bauticen a mi hija
mi madre va todos los días a la hermandad y sale de costalera en semana santa
pon el mantra para la meditación budista de la mañana
""",
        "political": """
recuérdame que el sábado tengo que repartir propaganda de vox en el mercado
paga mi cuota mensual de podemos con la tarjeta
busca dónde es el mitin de morena este domingo
voté al pp toda la vida pero esta vez me pasé a sumar
soy interventor del psoe en la mesa electoral
apúntame a la asamblea de bildu del pueblo
mi padre es concejal del pp en el ayuntamiento
dónde se recogen las firmas para el referéndum de independencia, quiero firmar
llevo años militando en las juventudes socialistas
manda un mensaje al grupo de la agrupación de izquierda unida
en casa siempre fuimos peronistas, mi abuelo estuvo con evita
reenvía el manifiesto a los compañeros de la cup
mi novia es de junts y discutimos cada vez que hay elecciones
mañana me toca de apoderado en el colegio electoral por ciudadanos
""",
        "sexual_orientation": """
mi novio y yo vamos a adoptar, busca agencias
le dije a mis padres que me gustan las chicas y no me hablan
soy bi y mi pareja todavía no lo sabe
reserva una mesa en chueca para mí y mi marido
busca un grupo de apoyo para padres de hijos gays
mi hermana se casa con su novia en junio
ponme la ruta del desfile del orgullo, vamos con la carroza
abre her, quiero ver si la chica de ayer me contestó
mi tío lleva veinte años con su compañero y la familia hace como que no
salí del armario en el trabajo la semana pasada
me gustan los hombres pero en mi pueblo nadie lo sabe
busca un bar de ambiente en guadalajara
""",
        "sex_life": """
recuérdame tomarme la pastilla del día después antes de mañana
compra condones y lubricante en la farmacia online
busca una clínica para hacerme la prueba de ets, el sábado no usé protección
mi pareja y yo tenemos una relación abierta
agenda cita en ginecología, me hago la ligadura de trompas
tengo problemas de erección desde hace meses, busca un urólogo
desde el parto mi mujer y yo no hacemos nada en la cama
mi mujer y yo vamos a una fiesta swinger el viernes
le fui infiel a mi novia con una compañera del curro
cómo se usa el viagra, me lo recetaron ayer
estamos buscando embarazo y me toca tener relaciones hoy según la app
descarga feeld, quiero probar algo nuevo con mi marido
mi hermana se hizo un aborto el mes pasado
""",
        "ethnicity": """
mi abuela es gitana y en la boda cantamos por bulerías
busca cómo sacar la tarjeta de residencia, soy marroquí y me caduca el nie
en mi familia somos mapuches y hablamos mapudungun en casa
el portero no me dejó entrar por ser negro
mis padres son de ecuador y me llaman sudaca en clase
reserva mesa en el restaurante peruano para el cumple de mi mamá, que es quechua
soy saharaui y tengo familia en los campamentos de tinduf
mi novio es chino de segunda generación y sus padres no me aceptan
la policía me paró otra vez por mi cara, soy rumano y gitano
busca asociaciones de afrodescendientes en barcelona
mi abuelo era indígena wayuu de la guajira
en el cole le dicen moro a mi hijo
mis suegros son judíos sefardíes y quieren la nacionalidad española
me preguntaron de dónde soy de verdad, nací en bilbao de padres senegaleses
""",
        "trade_union": """
soy delegado de ccoo en la fábrica
paga la cuota de ugt este mes
manda al grupo del comité de empresa el orden del día
mañana hacemos huelga, avisa a mi jefe que no voy
busca el teléfono del abogado del sindicato para lo del despido
mi madre es afiliada a la cgt desde los ochenta
me presento en la lista de usca en las elecciones sindicales
llama a la liberada de csif para lo del ere
recuérdame llevar la pancarta de la cnt a la mani del primero de mayo
mi marido está en el sindicato de la construcción y le tienen fichado
pon en el calendario el piquete de las seis en la puerta de la planta
en la maquila me corrieron por organizar a las compañeras
apúntame al curso de formación sindical de la fetico
""",
        "genetic_biometric": """
qué significa tener dos copias del apoe4
me salió positivo el brca1 como a mi madre
el test de 23andme dice que soy portador de fibrosis quística
configura el desbloqueo con mi huella
registra mi cara para el face id
mi hijo tiene el síndrome del x frágil, nos lo confirmó el genetista
pide cita en consejo genético, en mi familia hay lynch
sube mi perfil de adn a la web de búsqueda de familiares
el banco me pidió un selfie con la voz para verificar mi identidad
la prueba de paternidad dio negativa y no sé cómo decírselo
en el aeropuerto me escanearon el iris para el control automático
busca laboratorios para secuenciar el exoma de mi hija
la amniocentesis salió con trisomía veintiuno
""",
        "criminal": """
cómo pido la cancelación de antecedentes penales
recuérdame firmar en el juzgado los días uno y quince
mi hermano está en el penal de puente alto
tengo que llevar la pulsera telemática seis meses más
busca el horario de visitas de la cárcel de soto del real
me pusieron una orden de alejamiento de mi ex
me condenaron por conducir borracho y me quitaron el carnet
mi hijo está en un centro de menores en sevilla
llama al abogado de oficio, mañana es el juicio por el robo
salí de la trena hace un mes y no encuentro curro
mi papá estuvo preso en el reclusorio oriente diez años
busca cómo pagar la fianza de mi primo
me toca hacer trabajos en beneficio de la comunidad los sábados
""",
    },
    "fr": {
        "health": """
prends-moi rendez-vous chez le diabéto, mon hémoglobine glyquée est à neuf
mets une alarme à vingt heures pour le levothyrox
je suis enceinte de trois mois et personne au boulot ne le sait
trouve une pharmacie de garde, j'ai plus de ventoline
mon fils est dans le spectre et l'école refuse l'avs
comment on remplit le dossier mdph pour la carte mobilité inclusion
demain c'est ma troisième chimio, annule ma réunion
itinéraire jusqu'au cmp le plus proche
rappelle-moi de renouveler l'ordonnance de sertraline chez le généraliste
ma grand-mère reconnaît plus personne, on cherche un ehpad
je suis en arrêt maladie pour burn-out depuis deux mois
ma mère a ses séances de dialyse lundi mercredi vendredi au chu
""",
        "religion": """
mets un rappel pour la prière du maghreb
commande le traiteur casher pour la bar mitzvah de mon neveu
à quelle heure est la messe dimanche à saint-sulpice
je fais le ramadan cette année, réveille-moi pour le shour
trouve les horaires du culte à l'église évangélique de mon quartier
ma sœur s'est convertie et porte le voile depuis l'été
le vendredi saint je jeûne, tu le sais
télécharge une appli de chapelet pour prier dans le métro
emmène-moi à la synagogue pour chabbat
je suis athée et je veux pas qu'on baptise ma fille
mon frère est parti faire sa retraite chez les bénédictins
lance la méditation de pleine conscience du matin, c'est mon bouddhisme à moi
""",
        "political": """
rappelle-moi que samedi je tracte pour le rn au marché
paie ma cotisation à la france insoumise
où se tient le meeting de reconquête dimanche
j'ai toujours voté lr mais cette fois j'ai voté écolo
je suis assesseur pour le ps dimanche au bureau de vote
inscris-moi à l'assemblée de la section communiste du quartier
mon père est conseiller municipal renaissance
au québec j'ai toujours voté pq, je veux la souveraineté
je milite chez les jeunes socialistes depuis le lycée
envoie le message au groupe des militants eelv
chez nous en belgique on a toujours été au ptb
transfère l'appel à la manif aux camarades du npa
mon copain est au rassemblement national et on s'engueule à chaque élection
je fais le porte-à-porte pour la candidate du bloc ce soir
""",
        "sexual_orientation": """
mon copain et moi on veut adopter, cherche des associations
j'ai dit à mes parents que j'aime les filles et ils me parlent plus
je suis bi et ma copine le sait pas encore
réserve une table dans le marais pour moi et mon mari
trouve un groupe de parole pour parents d'enfants gays
ma sœur épouse sa copine en juin
donne-moi le parcours de la marche des fiertés, on défile avec le char
ouvre her, je veux voir si la fille d'hier m'a répondu
mon oncle vit avec son compagnon depuis vingt ans mais la famille fait semblant de rien
j'ai fait mon coming out au boulot la semaine dernière
j'aime les hommes mais dans mon village personne le sait
trouve un bar du village gai à montréal
""",
        "sex_life": """
rappelle-moi de prendre la pilule du lendemain avant demain midi
commande des préservatifs et du lubrifiant
trouve un cegidd, j'ai eu un rapport sans capote samedi
mon mec et moi on est en couple libre
prends rendez-vous pour ma vasectomie
j'ai des troubles de l'érection depuis des mois, trouve un sexologue
ça fait deux ans que j'ai couché avec personne
ma femme et moi on va dans un club échangiste vendredi
j'ai trompé ma copine avec une collègue
comment on prend le cialis, on me l'a prescrit hier
on essaie d'avoir un bébé et l'appli dit que c'est aujourd'hui qu'il faut
télécharge feeld, on veut essayer un plan à trois avec ma femme
ma sœur a fait une ivg le mois dernier
""",
        "ethnicity": """
ma grand-mère est manouche, on a fait le pèlerinage aux saintes-maries
je suis kabyle et je parle tamazight avec mes parents
le videur m'a pas laissé entrer parce que je suis noir
mes parents sont vietnamiens et on fête le têt à la maison
je suis innue et je viens de la réserve de mashteuiatsh
mon mec est d'origine chinoise et ses parents m'acceptent pas
la police m'a encore contrôlé au faciès hier soir
trouve des associations afro-descendantes à bruxelles
mon grand-père était harki
à l'école on traite mon fils de bougnoule
mes beaux-parents sont juifs séfarades d'algérie
on me demande d'où je viens vraiment alors que je suis né à lyon de parents sénégalais
je suis métis et on me prend toujours pour un arabe
ma mère est rom de roumanie, on vit en caravane
""",
        "trade_union": """
c'est quand la prochaine assemblée de la section syndicale
je suis délégué cgt dans l'usine
paie ma cotisation à la cfdt ce mois-ci
envoie l'ordre du jour aux élus du cse
demain on est en grève, préviens mon chef que je viens pas
trouve le numéro de l'avocat du syndicat pour mon licenciement
ma mère est syndiquée à sud depuis les années quatre-vingt
je me présente sur la liste fo aux élections professionnelles
appelle la permanente de l'unsa pour le plan social
rappelle-moi de prendre la banderole pour le défilé du premier mai
mon mari est à la csn et son boss lui en veut
mets le piquet de six heures devant l'entrepôt dans l'agenda
chez nous en belgique je suis à la fgtb depuis vingt ans
inscris-moi à la formation syndicale de la cftc
""",
        "genetic_biometric": """
ça veut dire quoi avoir deux copies de l'apoe4
je suis porteuse de la mutation brca2 comme ma mère
le test adn dit que je suis porteur sain de la mucoviscidose
configure le déverrouillage avec mon empreinte
enregistre mon visage pour face id
mon fils a le syndrome de l'x fragile, le généticien l'a confirmé
prends rendez-vous en consultation d'oncogénétique, il y a du lynch dans la famille
envoie mon profil adn sur le site de recherche de parents
la banque m'a demandé une vidéo de mon visage pour vérifier mon identité
le test de paternité est négatif, je sais pas comment lui dire
à l'aéroport j'ai passé parafe avec mes empreintes
trouve un labo pour séquencer l'exome de ma fille
l'amniocentèse a montré une trisomie vingt-et-un
""",
        "criminal": """
comment on fait effacer une condamnation du casier
rappelle-moi de pointer au commissariat le premier et le quinze
mon frère est à fleury-mérogis
je porte le bracelet électronique encore six mois
trouve les horaires du parloir à la prison de fresnes
j'ai une interdiction d'approcher mon ex
j'ai été condamné pour conduite en état d'ivresse, j'ai plus mon permis
mon fils est en centre éducatif fermé
appelle l'avocat commis d'office, le procès c'est demain
je suis sorti de taule il y a un mois et je trouve pas de taf
mon père a fait dix ans à bordeaux, la prison de montréal
comment on paie la caution pour sortir mon cousin
je fais mes travaux d'intérêt général le samedi
""",
    },
    "it": {
        "health": """
prenotami una visita dal diabetologo, l'emoglobina glicata è a nove
sono incinta di tre mesi e al lavoro non lo sa nessuno
trova una farmacia di turno, ho finito il ventolin
come si fa la domanda per la legge 104 all'inps
domani ho la terza chemio, annulla la riunione
è un anno che non bevo, vado agli incontri il martedì
portami al centro di salute mentale più vicino
ricordami di chiedere la ricetta dello zoloft al medico di base
la nonna non riconosce più nessuno, cerchiamo una rsa
sono in malattia da due mesi per esaurimento
la mamma fa la dialisi lunedì mercoledì e venerdì
""",
        "religion": """
metti un promemoria per la preghiera del maghrib
sono musulmano e non mangio maiale, cerca un ristorante halal
prenota il catering kosher per il bar mitzvah di mio nipote
a che ora è la messa domenica in parrocchia
quest'anno faccio il ramadan, svegliami per il suhur
cerca gli orari del culto alla chiesa evangelica del quartiere
mia sorella è diventata buddista della soka gakkai e recita tutte le sere
il venerdì di quaresima non mangio carne, lo sai
scarica un'app del rosario per pregare in metro
portami in sinagoga per lo shabbat
sono ateo e non voglio battezzare mia figlia
mio fratello è entrato in seminario a settembre
mia madre va in pellegrinaggio a medjugorje ogni anno
""",
        "political": """
ricordami che sabato faccio volantinaggio per fratelli d'italia al mercato
paga la mia tessera del pd
dov'è il comizio della lega domenica
ho sempre votato forza italia ma stavolta ho votato i cinque stelle
sono scrutatore per il pd domenica al seggio
iscrivimi all'assemblea del circolo di rifondazione
mio padre è consigliere comunale della lega
vado alla festa dell'unità a fare i turni in cucina come ogni anno
milito nei giovani democratici dal liceo
manda il messaggio al gruppo degli attivisti di avs
a casa siamo sempre stati comunisti, il nonno era partigiano
inoltra l'appello del collettivo ai compagni
il mio ragazzo è di casapound e litighiamo a ogni elezione
stasera faccio porta a porta per la candidata sindaca del movimento
""",
        "sexual_orientation": """
io e il mio ragazzo vogliamo adottare, cerca delle associazioni
ho detto ai miei che mi piacciono le ragazze e non mi parlano più
sono bi e la mia ragazza ancora non lo sa
prenota un tavolo a porta venezia per me e mio marito
cerca un gruppo di genitori di figli gay, tipo agedo
mia sorella si unisce civilmente con la sua compagna a giugno
dammi il percorso del pride, sfiliamo col carro
apri her, voglio vedere se la ragazza di ieri mi ha risposto
mio zio vive col suo compagno da vent'anni ma in famiglia fanno finta di niente
ho fatto coming out al lavoro la settimana scorsa
mi piacciono gli uomini ma al paese nessuno lo sa
cerca un locale gay friendly a bologna
""",
        "sex_life": """
ricordami di prendere la pillola del giorno dopo entro domani
ordina preservativi e lubrificante
trova un centro per il test delle mst, sabato non ho usato il preservativo
io e il mio compagno abbiamo una relazione aperta
prenota la visita per la vasectomia
ho problemi di erezione da mesi, cerca un andrologo
sono due anni che non vado a letto con nessuno
io e mia moglie andiamo in un club privé venerdì
ho tradito la mia ragazza con una collega
come si prende il cialis, me l'hanno prescritto ieri
stiamo cercando un figlio e secondo l'app oggi dobbiamo farlo
scarica feeld, vogliamo provare qualcosa di nuovo io e mio marito
mia sorella ha fatto un'interruzione di gravidanza il mese scorso
""",
        "ethnicity": """
mia nonna è sinti e in famiglia parliamo romanes
sono marocchino e devo rinnovare il permesso di soggiorno
il buttafuori non mi ha fatto entrare perché sono nero
i miei sono cinesi di wenzhou e a casa festeggiamo il capodanno lunare
sono nata a milano da genitori nigeriani e mi chiedono sempre da dove vengo
il mio ragazzo è di origine albanese e i miei non lo accettano
la polizia mi ha fermato di nuovo per la mia faccia
cerca associazioni di afrodiscendenti a torino
mio nonno era eritreo, arrivato ai tempi della colonia
a scuola chiamano mio figlio marocchino come insulto, ma è egiziano
i miei suoceri sono ebrei romani del ghetto
sono rom e vivo in un campo a roma
sono arbëreshë, in casa parliamo ancora albanese antico
in ufficio mi chiamano cinese anche se sono filippino
""",
        "trade_union": """
quando è la prossima assemblea della rsu
sono delegato fiom in fabbrica
paga la quota della cisl questo mese
manda l'ordine del giorno al direttivo della camera del lavoro
domani sciopero, avvisa il capo che non vengo
trova il numero dell'avvocato del sindacato per il licenziamento
sono iscritto alla cgil
mi candido nella lista uil alle elezioni rsu
chiama il funzionario della filcams per la cassa integrazione
ricordami di portare lo striscione dei cobas al corteo del primo maggio
mio marito è nell'usb e il padrone ce l'ha con lui
metti in agenda il picchetto delle sei davanti al magazzino
mia madre ha la tessera della flc da trent'anni
iscrivimi al corso di formazione per rls del sindacato
""",
        "genetic_biometric": """
cosa vuol dire avere due copie dell'apoe4
sono positiva al brca1 come mia madre
il test del dna dice che sono portatore sano di fibrosi cistica
imposta lo sblocco con la mia impronta
registra il mio viso per il face id
mio figlio ha la sindrome dell'x fragile, l'ha confermato il genetista
prenota la consulenza genetica, in famiglia c'è la sindrome di lynch
carica il mio profilo dna sul sito per trovare parenti
la banca mi ha chiesto un video del viso per il riconoscimento
il test di paternità è negativo e non so come dirglielo
all'aeroporto sono passato dal varco con il riconoscimento facciale del passaporto
trova un laboratorio per sequenziare l'esoma di mia figlia
l'amniocentesi ha trovato la trisomia ventuno
""",
        "criminal": """
l'assistente sociale dell'uepe vuole vedermi lunedì
come si fa la riabilitazione per pulire la fedina penale
ricordami di firmare in caserma il primo e il quindici
mio fratello è a poggioreale
porto il braccialetto elettronico ancora sei mesi
cerca gli orari dei colloqui al carcere di rebibbia
mi hanno dato il divieto di avvicinamento alla mia ex
mi hanno condannato per guida in stato di ebbrezza e ritirato la patente
mio figlio è all'istituto penale minorile del beccaria
chiama l'avvocato d'ufficio, domani c'è il processo per il furto
sono uscito di galera un mese fa e non trovo lavoro
mio padre ha fatto dieci anni a san vittore
come si paga la cauzione per mio cugino
faccio i lavori socialmente utili il sabato per la messa alla prova
""",
    },
}
