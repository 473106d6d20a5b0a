"""More spoken German, Spanish, French and Italian sentences for the sensitive gate's training set, written for the
edge project. Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

`PARAPHRASE` reveals each special category (GDPR art. 9) without its obvious keyword, per language and category, as
people say it to glasses, a phone assistant or a friend in chat: drug names, readings, treatments, appointments,
institutions, practices, shorthand, slang, local realities and consequences, first person or about someone close.
`EXPLICIT` says each category outright, with its keyword, including requests to the assistant that reveal the
speaker's condition, faith, vote, membership or record. `ORDINARY` holds harmless spoken sentences that a naive
keyword filter would wrongly block (look-alike words, idioms, street and place names, teams, series, games, holidays)
and plain everyday chat and commands. One sentence per line, no slots; an earlier set of the same kind is in
`facts_spoken.py`.
"""

from __future__ import annotations

PARAPHRASE: dict[str, dict[str, str]] = {
    "de": {
        "health": """
hol mir bitte neue Teststreifen, mein Langzeitwert war wieder über acht
den gelben Schein muss ich bis Freitag noch an die TK schicken
meine Mutter fährt im Juni drei Wochen zur Kur an die Ostsee, wegen ihrer Lunge
ich heul seit Wochen jeden Abend und komm morgens kaum aus dem Bett
halt mir Mittwoch um vier frei, da hab ich wieder Sitzung bei meiner Therapeutin
wir sind in der zwölften Woche, aber sag's bitte noch keinem
mein Bruder ist heute hundert Tage trocken, ich hab alkoholfreien Sekt gekauft
nach dem Anfall letzte Woche darf ich erst mal ein Jahr nicht Auto fahren
die Viruslast ist endlich unter der Nachweisgrenze, hat die Schwerpunktpraxis gesagt
erinner mich um sieben an das Medikinet für den Kleinen, sonst vergisst er's wieder
mein Vater kriegt am Dienstag einen Stent, buch mir den Zug für Montag
heute war die zwölfte Bestrahlung, ich bin komplett platt
wo hat jetzt noch eine Apotheke Notdienst, mein Asthmaspray ist leer
meine Frau ist seit drei Monaten in der Tagesklinik, die Kinder fragen schon dauernd
die Perücke ist endlich gekommen, seit dem zweiten Zyklus fallen mir die Haare büschelweise aus
ich muss morgen nüchtern zur Darmspiegelung, also kein Frühstück für mich
Oma erkennt mich seit dem Winter nicht mehr, sie nennt mich immer beim Namen meiner Mutter
der Orthopäde hat mir Tilidin aufgeschrieben, darf ich da abends noch ein Bier trinken
ich schlaf seit drei Nächten nicht und die Gedanken rasen nur noch
ruf bitte beim Hausarzt an, ich brauch ein neues Rezept für mein L-Thyroxin
meine Schwester isst kaum noch was und wiegt keine fünfundvierzig Kilo mehr
nach der Reha wegen der Bandscheibe will mich die Rentenversicherung nochmal begutachten
""",
        "religion": """
wann geht heute in Köln die Sonne unter, wir wollen mit dem Iftar nicht zu spät anfangen
such mir einen Laden mit koscherem Wein, nächste Woche ist Pessach
meine Tochter trägt seit dem Sommer Kopftuch, und in der Schule wird jetzt getuschelt
am Aschermittwoch hol ich mir morgens das Aschenkreuz, auch wenn ich dann zu spät ins Büro komm
wir lassen die Kleine im Mai taufen, der Pfarrer kommt Freitag zum Taufgespräch
bei uns wird vor dem Essen immer gebetet, auch im Restaurant
samstags fahr ich kein Auto und schalt kein Licht an, das weißt du doch
mein Mann geht jeden Sonntag in den Gottesdienst, ich komm nur an Heiligabend mit
erinner mich an die Laubhütte, wir bauen sie am Sonntag im Hof auf
zeig mir im Hotelzimmer die Richtung nach Mekka
meine Eltern stehen samstags mit dem Wachtturm in der Fußgängerzone
wir fahren im Sommer nach Lourdes, meine Mutter will unbedingt zur Grotte
die Kippa trag ich nur im Gemeindezentrum, auf der Straße lieber eine Kappe
jeden Morgen les ich eine Sure, bevor ich Kaffee trinke
der Imam hat gesagt, ich kann die Fastentage von der Reise später nachholen
am Sonntag ist die Konfirmation von meinem Neffen, ich soll eine Fürbitte lesen
vor jeder Prüfung zünd ich bei der Marienstatue eine Kerze an
unser Sohn geht samstags in die Koranschule an der Moschee
zu Diwali gehen wir mit der ganzen Familie in den Tempel, bestell schon mal Süßigkeiten
es ist gleich Sonnenuntergang am Freitag, ich leg das Handy weg, die Kerzen müssen an
ich sitz jeden Morgen zwanzig Minuten in Zazen, bevor die Kinder wach sind
an Fronleichnam tragen mein Vater und ich bei der Prozession den Baldachin
""",
        "political": """
seit gestern bin ich offiziell Genossin, der Ortsverein hat mich aufgenommen
am Samstag hängen wir bis Mitternacht Wahlplakate für die Kommunalwahl auf
ich mach mein Kreuz wie immer bei den Sonnenblumen
mein Onkel findet, nur noch die Blauen können das Land retten, jedes Familienfest endet im Streit
heute Abend ist Mitgliederversammlung vom Kreisverband, ich stell meinen Antrag zum Mietendeckel vor
wir fahren mit dem Bus nach Berlin zur Großdemo gegen den Rechtsruck
im Gemeinderat stimm ich am Dienstag gegen das Gewerbegebiet, das hab ich im Wahlkampf versprochen
ich überweis jeden Monat zehn Euro an die Jusos
meine Schwester sitzt für die Liberalen im Kreistag
erinner mich, dass ich das Volksbegehren für den Mietenstopp unterschreibe
am Wahlabend haben wir in der Landesgeschäftsstelle gefeiert, bis halb drei
ich steh auf der Landesliste auf Platz zwölf, das reicht wahrscheinlich nicht
mein Opa hatte bis zum Schluss Marx überm Sofa hängen und war bei jeder Maikundgebung
zum Stammtisch der Jungen Union komm ich heute später
am Samstag verteil ich am Markt rote Rosen für die Sozis
meine Freundin hat sich mit der Letzten Generation schon zweimal auf die Straße geklebt
ich hab für unseren Kandidaten zweihundert Haustüren gemacht, und er hat trotzdem verloren
trag mir die Kreisdelegiertenkonferenz am Samstag ein, ich bin stimmberechtigt
mein Vater liest nur noch die Junge Freiheit und hält mir am Telefon Vorträge
ich hab am Sonntag im Wahllokal bewusst gegen die Regierung gestimmt, zum ersten Mal
wir sammeln heute Unterschriften, damit unsere Liste überhaupt zur Wahl zugelassen wird
bei der Urwahl über den Vorsitz hab ich für die Kandidatin vom linken Flügel gestimmt
""",
        "sexual_orientation": """
seit meinem Coming-out vor zwei Jahren redet mein Vater kaum noch mit mir
mein Freund und ich laufen beim CSD zum ersten Mal Hand in Hand, als zwei Männer mitten in der Stadt
ich hab in der App umgestellt, ich als Frau will jetzt nur noch Frauen angezeigt bekommen
meine Eltern wissen seit Weihnachten, dass ihr Sohn ihnen nie eine Schwiegertochter bringen wird
mein Bruder hat uns gestern seinen Verlobten vorgestellt, die zwei heiraten im Mai
in den Elternbriefen steht immer Mutter und Vater, bei unserem Sohn sind es aber zwei Mütter
meine Tochter hat uns ihre Freundin vorgestellt, also ihre Freundin-Freundin, nicht die aus der Klasse
wir wollen ein Kind adoptieren, aber als zwei Männer stehen wir beim Jugendamt ganz hinten
meine Tante lebt seit dreißig Jahren mit ihrer Lebensgefährtin, und die Familie sagt immer noch die Freundin
ich fühl mich zu Männern und Frauen hingezogen und weiß nicht, wie ich's meinen Eltern sagen soll
ich hab Gefühle für Frauen und Männer, meinem Freund hab ich das noch nie gesagt
unser Sohn hat am Wochenende Jonas mitgebracht und gesagt, dass sie seit einem Jahr ein Paar sind
meine Ex-Frau hat es vor mir gewusst, ich verlieb mich halt in Männer
mein Partner und ich sind seit fünfzehn Jahren eingetragen verpartnert, jetzt wollen wir richtig heiraten
Opa fragt immer, wann ich endlich eine Freundin mitbring, dabei wohn ich seit drei Jahren mit Tobias zusammen
als ich Opa gesagt hab, dass sein einziger Enkel einen Mann heiratet, hat er nur gelacht und gratuliert
nach der Trennung von meinem Mann hab ich mich in eine Kollegin verliebt, und zwar richtig
ich hab heute mein erstes Date mit einem Mann, und ich bin selbst einer, ich bin so nervös
such mir eine Frauenbar in Schöneberg, ich will als Frau heute Abend mal eine Frau kennenlernen
mein Vater hat meine Freundin auf der Hochzeit meiner Cousine als meine Mitbewohnerin vorgestellt
in der Kinderwunschklinik haben wir als zwei Frauen gefühlt dreimal so viele Formulare ausgefüllt
mein Sohn hat mir geschrieben, dass er nicht auf Mädchen steht, und ich weiß nicht, was ich antworten soll
""",
        "sex_life": """
das Kondom ist gestern gerissen, wo krieg ich am Sonntag die Pille danach
ich hatte seit zwei Jahren niemanden mehr im Bett
er kommt immer nur nachts und bleibt nie zum Frühstück, ich bin wohl nur seine Affäre
mein Mann weiß nichts von dem Kollegen, wir treffen uns mittags im Hotel
bestell Kondome und Gleitgel, aber in neutraler Verpackung bitte
ich bin nach der Party bei ihr aufgewacht und weiß nicht mal ihren Nachnamen
wir schlafen seit Monaten in getrennten Zimmern, da läuft gar nichts mehr
mein Freund will unbedingt, dass wir es mal zu dritt ausprobieren
die Frauenärztin wollte wissen, mit wie vielen ich im letzten Jahr geschlafen hab, ich musste echt nachzählen
wir verhüten jetzt nach Temperaturkurve, weil ich keine Hormone mehr nehmen will
mein Mann hat sich sterilisieren lassen, wir brauchen nichts mehr
ich hab gestern wieder mit meinem Ex geschlafen, obwohl ich mir geschworen hab, nie wieder
wir führen seit dem Sommer eine offene Beziehung und ich hatte letzte Woche das erste Date mit einer anderen
seit seiner Prostata-OP klappt es im Bett nicht mehr, und wir reden beide nicht drüber
ich bin dreiunddreißig und hatte noch nie was mit jemandem
sie ist um drei Uhr nachts zu mir gekommen und erst am Nachmittag wieder gegangen
wir haben uns im Swingerclub in der Sauna kennengelernt
der Test ist zum Glück negativ, war ja nur ein One-Night-Stand
ich hab mir heimlich ein Profil auf einem Portal für Seitensprünge angelegt
wenn das Paket vom Erotikversand kommt, mach es bitte nicht auf
meine Freundin hat Schluss gemacht, weil ich auf der Klassenfahrt mit einer anderen im Bett war
wir probieren es seit einem Jahr mit Eisprungtests und Terminplan, und die Lust ist längst weg
""",
        "ethnicity": """
schon wieder hat mich einer gefragt, wo ich wirklich herkomme, dabei bin ich in Bochum geboren
bei Kontrollen am Bahnhof werde ich jedes Mal rausgewunken, die Weißen daneben nie
die Familie von meinem Vater sind Sinti, zu Hochzeiten kommt die ganze Verwandtschaft aus ganz Deutschland
meine Oma kann kaum Türkisch, bei uns zu Hause wird Kurdisch gesprochen
auf der Arbeit heiße ich nur der Russe, dabei sind wir Kasachstandeutsche
meine Tochter kam weinend heim, weil die anderen Kinder sich die Augen mit den Fingern schmal gezogen haben
beim Amt gab es keinen Dolmetscher für Tamil, also hab ich für meinen Vater übersetzt
ich bin halb Japanerin, in der Schule haben sie mich trotzdem immer nur die Chinesin genannt
ich bin ein Gastarbeiterkind, mein Vater stand dreißig Jahre bei Ford in Köln am Band
mit meinem Nachnamen krieg ich auf Bewerbungen kaum Antworten, mein Bruder hat seinen jetzt eingedeutscht
meine Schwiegermutter kocht zu jedem Geburtstag Plov, wie bei ihr zu Hause in Usbekistan
mein Vater kam als Bootsflüchtling aus Vietnam, meine Mutter ist aus Thüringen
der Vermieter hat am Telefon gefragt, ob ich auch wirklich Deutsch bin, bevor er mir einen Termin gibt
such mir einen Afroshop in der Nähe, meine Mutter braucht Sheabutter und Flechthaar
meine Großeltern kamen aus Anatolien, ich bin dritte Generation und trotzdem immer die Ausländerin
meine Kinder reden mit der Babcia nur noch Deutsch, dabei kommen wir alle aus Schlesien
im Freibad hat ein Typ zu meinem Sohn gesagt, er soll zurück in den Busch
mein Opa ist mit den Portugiesen in den Sechzigern gekommen, wir sind immer noch die Familie vom Fischstand
meine Frau ist Kurdin aus Afrin, zu Newroz tanzen wir mit ihrer Familie im Park
an der Uni fragen mich alle, ob ich Englisch spreche, weil ich dunkler bin als die anderen
meine Mutter ist Aramäerin, die Familie kommt aus dem Tur Abdin
beim Friseur muss ich immer erklären, wie man meine Locken schneidet, die kennen hier nur glatte Haare
""",
        "trade_union": """
die IG Metall zahlt mir den Anwalt fürs Arbeitsgericht
ich lass mich im Frühjahr bei der Betriebsratswahl auf der ver.di-Liste aufstellen
jeden Monat geht ein Prozent vom Brutto an die GEW, das ist es mir wert
morgen ist Warnstreik, ich steh ab vier mit der Trillerpfeife vorm Busdepot
erinner mich an die Tarifkommission am Donnerstag, ich sitz da für unseren Betrieb drin
meine Mutter ist seit dreißig Jahren in der NGG und hat gerade eine Ehrennadel gekriegt
der Chef hat mir gedroht, weil ich im Pausenraum Beitrittserklärungen verteilt hab
ich bin jetzt Vertrauensmann in Halle drei, die Kollegen kommen mit allem zu mir
das Streikgeld von der GDL ist da, die Miete ist gerettet
nach der Urabstimmung sind wir zu neunzig Prozent für den unbefristeten Ausstand
wer beim Marburger Bund ist, streikt morgen, ich bin dabei
die Rechtsberatung vom DJV hat mir bei der Kündigung den Hintern gerettet
ich bin als Zugbegleiterin letzte Woche in die EVG eingetreten, wegen der ewigen Überstunden
wir haben die Unterschriften für die erste Betriebsratswahl zusammen, die Geschäftsleitung tobt
nächste Woche bin ich beim Seminar für Vertrauensleute in Sprockhövel
hast du meinen Mitgliedsausweis gesehen, ohne den gibt's kein Streikgeld
ich bin Personalrätin an der Schule und hab heute die Sitzung mit der Bezirksvertretung der GEW
der Sekretär von ver.di kommt Montag zu unserer Schichtversammlung, ich hab ihn eingeladen
meine Mutter läuft jeden Ersten Mai mit ihrem Transparent im DGB-Zug mit
für die Streikposten heute Nacht brauchen wir noch zwei Leute, trag mich für eins bis fünf ein
ich bin aus der IG BAU ausgetreten und zur IG Metall gewechselt, der Beitrag ist derselbe
mein Vater hat als Kumpel jeden Ersten Mai die Fahne von der IG Bergbau getragen
""",
        "genetic_biometric": """
das Labor hat bei mir die Huntington-Mutation gefunden, genau wie bei meiner Mutter
meine Mutter hat Faktor-V-Leiden, jetzt soll ich mich auch testen lassen, bevor ich die Pille nehme
wir sind beide Anlageträger für Mukoviszidose, das Risiko fürs Baby liegt bei einem Viertel
bei der Einreise in die USA haben sie mir alle zehn Finger und ein Foto abgenommen
für den neuen Personalausweis musste ich beide Zeigefinger auf den Scanner legen
entsperr die Brille mit meinem Gesicht, nicht mehr mit der PIN
lösch meinen Stimmabdruck aus der App, das will ich nicht mehr
im Büro kommt man nur noch per Fingerabdruck rein, meiner liegt da jetzt irgendwo auf einem Server
die Speichelprobe von 23andMe sagt, ich hab zwei Kopien von ApoE4
der Vaterschaftstest ist da, er ist wirklich nicht der Vater
die Fruchtwasseruntersuchung hat Trisomie einundzwanzig ergeben
mein Bruder hat Hämophilie wie unser Opa, das vererbt sich bei uns über die Mütter
ich hab bei der Bank die Sprachfreigabe eingerichtet, jetzt reicht ein Satz am Telefon
in der Schulmensa kriegen die Kinder ihr Essen nur noch mit dem Fingerabdruck
der Kardiologe vermutet Marfan, jetzt wird meine DNA sequenziert
ich hab meine Rohdaten bei MyHeritage hochgeladen, jetzt schreiben mir lauter fremde Cousins
meine Zwillingsschwester und ich sind doch eineiig, das hat der Test jetzt bewiesen
mein Vater und ich haben beide die Hämochromatose-Mutation, er muss jetzt regelmäßig zum Aderlass
beim Neugeborenenscreening haben sie bei unserem Sohn eine Stoffwechselstörung gefunden, die wir beide vererbt haben
am Frankfurter Flughafen hab ich meine Iris registrieren lassen, seitdem bin ich in Sekunden durch
die Samenbank hat uns das Trägerprofil vom Spender geschickt, er passt zu meinem Ergebnis
die Brille soll mein Gesicht nicht mehr speichern, wo liegen die Daten eigentlich
""",
        "criminal": """
am Samstag um zehn ist Besuch in der JVA, ich muss den Ausweis für meinen Sohn mitnehmen
die Staatsanwaltschaft hat Anklage erhoben, im Herbst ist die Hauptverhandlung
ich hab einen Strafbefehl über neunzig Tagessätze gekriegt
mein Bewährungshelfer will den neuen Arbeitsvertrag sehen, bevor ich anfange
mein Vater hat zwei Jahre wegen Steuerhinterziehung abgesessen, im Dorf redet man immer noch drüber
mein Bruder sitzt in U-Haft, der Anwalt sagt, das kann Monate dauern
nächste Woche muss ich zur MPU, wegen der Trunkenheitsfahrt im Frühjahr
ich muss noch achtzig Sozialstunden im Tierheim ableisten
das Urteil ist rechtskräftig, zwei Jahre auf Bewährung
der Richter hat mir ein Jahr und acht Monate gegeben, ohne Bewährung
mit achtzehn haben sie mich beim Sprayen erwischt und ich hab zwei Wochen Jugendarrest gekriegt
wegen der Sache mit dem Koks hab ich drei Jahre in Stadelheim gesessen
die Kripo war heute früh zur Hausdurchsuchung bei meinem Bruder
bis die Bewährung rum ist, darf ich mich mit meinen alten Kumpels nicht treffen
im Knast hab ich meinen Hauptschulabschluss nachgeholt
nach der Entlassung aus Tegel hat mir ein Verein die Wohnung besorgt
jeden Montag muss ich bei der Führungsaufsicht eine Urinprobe abgeben
ich hab mich nie bei der Polizei beworben, wegen dem Eintrag von damals
nach der Schlägerei im Stadion hab ich Bewährung und drei Jahre bundesweites Stadionverbot
ab nächstem Monat krieg ich Freigang, dann bin ich am Wochenende wieder zu Hause
mein Mann darf seit dem Urteil keinen Lkw mehr fahren, der Führerschein ist für zwei Jahre weg
ich hab heute die Ladung als Beschuldigte bekommen, wegen dem Betrug bei der alten Firma
""",
    },
    "es": {
        "health": """
me han dado la baja por ansiedad y no sé cuándo vuelvo
la glicada me ha salido en ocho y medio, la endocrina me va a echar la bronca
pídeme cita en la mutua, la rodilla sigue igual desde la caída en el almacén
mi madre está en la UCI desde el martes y solo dejan entrar a uno
llevo semanas llorando por las esquinas y sin ganas de nada
estoy de doce semanas, así que este verano nada de vino
desde el ataque del mes pasado no me dejan coger el coche
recuérdame darle el Concerta al niño antes del cole
a mi padre le ponen un marcapasos el lunes, búscame un AVE para el domingo
hoy he terminado la radioterapia y me han dejado tocar la campana
me quedan dos inhaladores de Ventolin, recuérdame pedir la receta el lunes
ya ha llegado el pañuelo, con el tercer ciclo se me cae el pelo a puñados
mañana tengo la colonoscopia, hoy solo caldo y agua
mi abuela ya no me reconoce, me llama por el nombre de mi tía
el traumatólogo me ha mandado Nolotil y tramadol, me puedo tomar una caña
no pego ojo desde hace tres noches y la cabeza no para
pide cita con la médica de cabecera, necesito receta del Eutirox
al neumólogo le ha parecido bien ponerme el oxígeno en casa, traen la máquina mañana
mi hermano lleva un año en el centro de día de salud mental y por fin sonríe
el inspector médico me cita el lunes para ver si sigo de baja
mi mujer se pincha la insulina a escondidas en el baño del bar, le da vergüenza
le han dado a mi padre el grado dos de dependencia y ya tenemos cuidadora
""",
        "religion": """
a qué hora se pone el sol hoy en Granada, que rompemos el ayuno con mis suegros
este año salgo de nazareno con mi hermandad el Viernes Santo
mi hija ha empezado a llevar el hiyab y en el insti la miran raro
el Miércoles de Ceniza me paso a que me pongan la cruz en la frente antes del curro
bautizamos al niño en mayo, el cura viene el viernes a la charla
en casa bendecimos la mesa siempre, hasta en el chiringuito
mi marido no falta ni un domingo a misa de doce, yo solo voy en Nochebuena
dime hacia dónde queda la alquibla desde el hotel
mis padres van los sábados por el barrio repartiendo La Atalaya
vamos en verano a Fátima, mi madre hizo una promesa cuando operaron a papá
cada mañana leo un trozo del Corán antes del café
voy a encenderle una vela a la Pilarica antes del examen
mi hijo va los sábados a la madrasa de la mezquita del barrio
medito cada mañana con la sangha antes de ir a trabajar
mi abuela reza la novena a San Judas Tadeo todas las noches
el Rocío este año lo hacemos andando con la hermandad de Triana
nos casamos en la parroquia del pueblo y el párroco nos da el cursillo de novios
en la sinagoga de la calle Balmes celebramos el bar mitzvá de mi sobrino
ponme un aviso para el rezo del mediodía, que en la oficina se me pasa
no me escribas el viernes por la noche, desde que anochece apagamos el móvil hasta el sábado
hago el Camino por la fe, no por turismo, se lo prometí al Apóstol
los domingos canto en el coro de la parroquia y los jueves voy a la adoración
""",
        "political": """
el sábado pegamos carteles para las municipales hasta las tantas
mi padre sigue votando a los de la gaviota, como toda la vida
en mi casa somos del puño y la rosa desde el abuelo
mi cuñado dice que solo los del verde pueden salvar España, cada comida acaba fatal
me he afiliado a la agrupación del barrio y en mayo voy en la lista
he donado veinte euros a la campaña de nuestra candidata a la alcaldía
soy concejala en la oposición y el jueves hay pleno, no me pongas nada
el uno de octubre pasé la noche en el colegio para que se pudiera votar
llevo el lazo amarillo en la mochila desde hace años
mi abuelo estuvo en el maquis y cada año vamos al homenaje de los fusilados
apúntame la asamblea del círculo del barrio el martes
en las primarias voté al candidato del sector crítico
mañana soy apoderada en el colegio electoral de la calle Mayor
me he dado de baja de la militancia después de veinte años, ya no me representan
desde el 15M no me pierdo ni una asamblea de barrio
mi madre canta la Internacional en todas las bodas, y la tiene enmarcada en el salón
en casa de mis suegros hay un retrato del Caudillo y yo no sé dónde meterme
recuérdame firmar la ILP contra los desahucios
el Onze de Setembre voy a la Diada con la estelada de mi abuelo
he quedado con los de las juventudes para montar la caseta en la feria
en la noche electoral lo celebramos en la sede hasta las tres
en casa todos votamos al mismo que el lehendakari, y mi aita fue concejal del pueblo
""",
        "sexual_orientation": """
desde que salí del armario mi padre casi no me habla
soy de la acera de enfrente, pero en el curro no lo sabe nadie
este año voy al Orgullo con mi novio y estoy nervioso, es la primera vez que mis primos nos verán juntos
me he puesto en la app que busco mujeres, y soy una mujer, a ver qué sale
mi hermano nos presentó a su prometido, se casan en septiembre
en la guarde ponen padre y madre en todos los papeles, pero nuestra hija tiene dos madres
mi hija nos ha presentado a su novia, novia de verdad, no una amiga del equipo
mi tía vive con su compañera desde hace treinta años y en el pueblo dicen que son primas
me gustan tanto los chicos como las chicas y no sé cómo decírselo a mi madre
mi hijo trajo a Álvaro a comer y nos dijo que llevan un año juntos
mi exmujer lo supo antes que yo, a mí me gustan los hombres
mi abuela sigue preguntando cuándo le llevo una novia, y llevo tres años viviendo con Sergio
cuando le dije al abuelo que su nieto se casaba con otro hombre, me dio un abrazo
después de separarme de mi marido me he enamorado de una compañera del trabajo
esta noche tengo mi primera cita con un chico y estoy nerviosísimo
búscame un bar de ambiente en Chueca, esta noche quiero conocer a alguna chica
somos dos padres y en la guardería nos siguen preguntando por la madre
le he dicho a mi mejor amigo que estoy enamorado de él
en junio me caso con Pablo y soy el primero de la familia que se casa con otro hombre
mi hijo de quince me ha escrito que le gustan los chicos y no sé qué contestarle
en la boda de mi prima, mi padre presentó a Marta como mi compañera de piso, y somos novias
mi tío y su marido vienen en Nochebuena, pon dos cubiertos más
""",
        "sex_life": """
se rompió el condón anoche, dónde consigo la píldora del día después en domingo
llevo dos años sin acostarme con nadie
solo viene de noche y nunca se queda a desayunar, creo que soy su amante y ya
mi marido no sabe nada de lo de mi compañero, quedamos a mediodía en un hotel
pide condones y lubricante, y que vengan en caja sin marca
me desperté en su casa después de la fiesta y no sé ni su apellido
dormimos en habitaciones separadas hace meses y ahí ya no pasa nada
mi novio quiere que probemos un trío
la ginecóloga me preguntó con cuántos me había acostado este año y tuve que contar con los dedos
me han puesto el implante en el brazo, tres años sin pensar en la píldora
mi marido se ha hecho la vasectomía, ya no usamos nada
anoche volví a acostarme con mi ex, y eso que juré que no
tenemos una relación abierta desde el verano y la semana pasada quedé con otra
desde la operación de próstata no funciona nada en la cama y no hablamos de ello
tengo treinta y dos años y todavía no he estado con nadie
nos conocimos en un local de intercambio de parejas en Valencia
la prueba ha salido negativa, menos mal, que fue un rollo de una noche
me he hecho un perfil en una web de casados que buscan aventuras
cuando llegue el paquete de la tienda erótica, no lo abras
mi novia me dejó porque me acosté con otra en la despedida de soltero
anoche fue nuestra primera vez y ahora no me contesta los mensajes
me he hecho las pruebas en el centro de ITS porque este verano estuve con varios
""",
        "ethnicity": """
otra vez me han preguntado de dónde soy de verdad, y nací en Vallecas
en el metro la policía siempre me pide los papeles a mí, nunca a mis compañeros
mis abuelos hablan caló entre ellos cuando no quieren que nos enteremos
mi madre es de Guinea Ecuatorial y en casa hablamos fang
en el trabajo me llaman el chino, y mis padres son de Wenzhou pero yo soy de Badalona
a mi hija le tocan el pelo rizado en el cole y le dicen que se vuelva a África
en extranjería no había intérprete de wolof, así que traduje yo para mi padre
soy hija de emigrantes marroquíes, mi padre se pasó treinta años en los invernaderos de Almería
con mi apellido no me llaman de ninguna entrevista, mi hermano ya pone el de mi madre
mi suegra hace sopa de maní cada domingo, como en Cochabamba
el casero me preguntó por teléfono si era española de verdad antes de enseñarme el piso
búscame una peluquería afro, mi madre quiere trenzas para la boda
los domingos mi abuelo nos enseña tamazight, como en su pueblo del Rif
en la discoteca dejaron pasar a todos menos a mi primo y a mí, los únicos morenos del grupo
mi padre llegó en patera desde Senegal en el noventa y ocho
mi novia es saharaui y este verano vamos a los campamentos a ver a su familia
en el cole le imitan el acento a mi hijo por su madre dominicana
mis abuelos vinieron de Rumanía a la fresa de Huelva y ya nos quedamos
mi madre es mapuche y cada verano volvemos a su comunidad en el sur de Chile
en la frutería me siguen hablando en inglés aunque tenga acento de Cádiz, por mi cara
mi familia es sefardí y mi abuela todavía canta en ladino
en la boda de mi prima hubo pedida y pañuelo, como manda nuestra ley gitana
""",
        "trade_union": """
Comisiones me pone el abogado para el juicio por el despido
me presento en la lista de UGT a las elecciones del comité
este año me desgravo la cuota de CCOO en la declaración de la renta
mañana hay huelga de autobuses y yo estoy en el piquete de las cocheras a las cinco
el martes tengo reunión de la mesa del convenio, voy por la parte social
mi madre lleva treinta años afiliada a UGT y le han dado la insignia de oro
el encargado me ha amenazado por repartir fichas de afiliación en el comedor
ahora soy delegada de prevención por la CGT en el almacén
ya ha llegado la paga de la caja de resistencia, con eso pagamos el alquiler
los del SATSE vamos a la huelga mañana, yo me apunto
el abogado de la CNT me ayudó a cobrar las horas extra que me debían
me he afiliado a ELA por lo de los turnos de noche
la semana que viene estoy en el curso de formación de la escuela de Comisiones
dónde está mi carné de afiliada, sin él no cobro de la caja de resistencia
estoy liberada a media jornada para las cosas del comité
el de la federación viene el lunes a la asamblea del turno, lo he invitado yo
mi madre va cada Primero de Mayo detrás de la pancarta de Comisiones
esta noche falta gente para el piquete, ponme de una a cinco
me he pasado de USO a CSIF, la cuota es casi la misma
mi abuelo fue minero y estuvo en el SOMA toda la vida
desde que entré en la CIG en la conservera me respetan más en la nave
en la asamblea de afiliados votamos ir a la huelga indefinida, con un noventa por ciento
""",
        "genetic_biometric": """
el laboratorio me ha encontrado la mutación de Huntington, igual que a mi padre
mi madre tiene trombofilia hereditaria y me tengo que hacer la prueba antes de la píldora
los dos somos portadores de fibrosis quística, hay un veinticinco por ciento de riesgo
al entrar en Estados Unidos me tomaron las diez huellas y una foto
para renovar el DNI me escanearon las huellas de los dos índices
desbloquea las gafas con mi cara y quita el PIN
borra mi huella de voz de la aplicación del banco
en la oficina se ficha con la huella y no sé dónde guardan eso
ha llegado la prueba de paternidad y no es el padre
la amniocentesis ha dado trisomía veintiuno
mi hermano tiene hemofilia como mi abuelo, en la familia se transmite por las mujeres
en el comedor del cole los niños pagan poniendo el dedo en un lector
el cardiólogo sospecha Marfan y me van a secuenciar el ADN
subí mis datos en bruto a MyHeritage y ahora me escriben primos que no conozco
mi gemela y yo somos univitelinas, lo ha confirmado el análisis
mi padre y yo tenemos la mutación de la hemocromatosis y a él le hacen sangrías
en la prueba del talón a la niña le salió una alteración que llevamos los dos
en Barajas me registré con reconocimiento facial y paso sin enseñar nada
el banco de semen nos ha mandado el perfil de portador del donante y encaja con el mío
el gimnasio me escaneó la cara para entrar sin tarjeta
el test de ancestría dice que tengo un doce por ciento norteafricano
me ha salido que soy portadora de la talasemia, igual que mi madre
""",
        "criminal": """
el sábado a las diez tengo vis a vis con mi hijo en Soto del Real
la fiscalía ya ha presentado el escrito de acusación, el juicio es en otoño
me ha llegado la condena por el hurto, noventa días de multa
mi padre estuvo dos años en el talego por lo de Hacienda y el pueblo no lo olvida
mi hermano está en preventiva y el abogado dice que para meses
me quitaron el carné por dar positivo y tengo que hacer el curso para recuperarlo
tengo que hacer ochenta horas de trabajos comunitarios en la protectora
la sentencia es firme, dos años con la pena suspendida
el juez me ha metido un año y ocho meses, y esta vez entro
con dieciséis me pillaron robando motos y acabé en un centro de menores
por lo de la coca me comí tres años en Picassent
la Guardia Civil ha hecho un registro esta mañana en casa de mi hermano
mientras dure la condicional no puedo salir de la provincia sin avisar
en el talego me saqué la ESO
al salir de Alcalá-Meco una asociación me consiguió el piso
cada lunes tengo que dar una muestra de orina en el CIS
no me presenté a las oposiciones de policía por lo que tengo en el registro
después de la pelea en el campo tengo tres años sin poder entrar en estadios y la condena suspendida
el mes que viene me dan el tercer grado y podré dormir en casa entre semana
me ha llegado la citación como investigado por lo de la empresa de antes
a mi marido le retiraron el carné de camión dos años con la sentencia
mi novio lleva la pulsera de control hasta marzo y no puede acercarse a su ex
""",
    },
    "fr": {
        "health": """
envoie mon arrêt de travail à la CPAM avant vendredi, sinon je ne suis pas payée
ma mère part trois semaines en cure à Dax pour ses articulations, c'est la Sécu qui paie
ça fait des semaines que je pleure le soir et que je n'arrive plus à me lever
bloque-moi mercredi seize heures, j'ai ma séance chez la psy
on en est à douze semaines, mais motus pour l'instant, même avec ta mère
mon frère fête ses six mois sans une goutte, j'ai pris du Champomy
depuis la crise de la semaine dernière, le neuro m'interdit le volant
on pose un pacemaker à mon père lundi, trouve-moi un TGV dimanche soir
j'en suis à ma dixième séance de rayons et je suis lessivée
le turban est arrivé, avec la troisième cure je perds mes cheveux par poignées
demain coloscopie, donc aujourd'hui bouillon et rien d'autre
prends-moi rendez-vous chez le généraliste pour renouveler le Levothyrox
ma sœur ne mange presque plus et pèse moins de quarante-cinq kilos
la MDPH a enfin accepté mon dossier pour le fauteuil
mon copain est en HP depuis dix jours, je n'ai le droit de le voir que le dimanche
l'infirmière passe tous les matins pour les pansements du pied de mon père, c'est le sucre
ma mutuelle ne rembourse pas les séances de kiné après la prothèse, c'est une honte
ma femme prend de la Deroxat depuis l'hiver et ça va un peu mieux
l'endocrino veut que je porte le capteur en continu, ma glycémie fait le yo-yo
je sors de ma première réunion chez les Narcotiques Anonymes et j'ai tenu le coup
mon père a fait un AVC, il parle encore avec difficulté
je suis en mi-temps thérapeutique jusqu'en juin, donc je finis à midi
""",
        "religion": """
à quelle heure le soleil se couche à Lyon ce soir, on rompt le jeûne chez ma belle-mère
trouve un caviste qui a du vin casher, Pessah commence la semaine prochaine
ma fille a décidé de porter le voile et au lycée ça jase
on fait baptiser le petit en mai, le curé vient vendredi pour la préparation
chez nous on dit le bénédicité même au resto
mes parents font du porte-à-porte avec la Tour de Garde le samedi matin
on part en pèlerinage à Lisieux avec la paroisse en octobre
pour la bar-mitsva de mon neveu il me faut un costume, c'est à la synagogue de la Victoire
chaque matin je lis un hizb avant le café
l'imam m'a dit que je pourrai rattraper les jours de jeûne du voyage
mon fils fait sa profession de foi en juin, il faut réserver la salle
je vais allumer un cierge à Notre-Dame de la Garde avant l'opération de maman
le petit va au caté le mercredi matin, pas d'activité ce créneau-là
pour l'Aïd il faut réserver le mouton chez le boucher avant jeudi
je pars une semaine en retraite silencieuse chez les bénédictines
ma tante est revenue de La Mecque, on fête son retour samedi
le pasteur vient bénir notre nouvelle maison samedi après le culte
le vendredi je ne prends pas de réunion à treize heures, c'est la grande prière
mets-moi une alarme pour la prière de l'aube, je rate toujours le fajr
je me confesse tous les premiers vendredis du mois, c'est important pour moi
pour Roch Hachana on mange la pomme au miel chez mes grands-parents, pas de boulot ce jour-là
à la Toussaint on va à la messe pour mon grand-père, puis au cimetière
""",
        "political": """
samedi on colle des affiches pour les municipales jusqu'à minuit
mon père vote pour la flamme depuis toujours, chaque repas de famille finit en engueulade
chez nous on a le poing et la rose de génération en génération
je suis encartée depuis hier, la section m'a accueillie avec un pot
j'ai versé vingt euros à la souscription de la fédé pour les législatives
je suis conseillère municipale d'opposition, jeudi c'est conseil, ne me mets rien
à la fête de l'Huma j'ai tenu le stand de ma fédération tout le week-end
rappelle-moi de signer pour le référendum d'initiative partagée contre la réforme
ce soir j'ai mon groupe d'action du quartier, on prépare le porte-à-porte
ce soir réunion de cellule, on prépare la vente militante de dimanche
j'étais gilet jaune sur le rond-point tous les samedis de l'hiver
aux primaires j'ai voté pour le candidat de l'aile gauche
mon beau-frère traîne avec les identitaires et franchement il me fait peur
mardi je défile avec le collectif contre la réforme des retraites
je me présente aux départementales avec l'étiquette de la majorité présidentielle
le soir du second tour on a fêté la victoire à la permanence jusqu'à trois heures
j'ai rendu ma carte après vingt ans de militantisme, je ne me reconnais plus dans la ligne
je milite pour l'indépendance de la Corse depuis le lycée
mon grand-père avait la croix de Lorraine au-dessus de la cheminée et votait comme le Général
je suis délégué au congrès de la fédération, il faut que je réserve le train pour Marseille
j'ai voté blanc au second tour, je ne pouvais pas donner ma voix à ces deux-là
je distribue le journal du mouvement au marché de Belleville tous les dimanches
""",
        "sexual_orientation": """
depuis mon coming out il y a deux ans, mon père ne m'adresse presque plus la parole
je suis tellement fier de défiler à la Marche avec mon mec, main dans la main
je suis inscrite sur une appli pour filles qui aiment les filles, et j'ai un rencard vendredi
mon frère nous a présenté son fiancé, ils se marient en juin
à la crèche les fiches disent père et mère, mais notre fille a deux mamans
ma fille nous a présenté sa copine, sa vraie copine, pas une amie de classe
tonton Michel vit avec son ami Gérard depuis leur Pacs en quatre-vingt-dix-neuf, et mémé dit toujours son colocataire
je suis attirée autant par les hommes que par les femmes et je n'ose pas le dire à mes parents
notre fils a posté une photo avec Mathis sur Insta, avec un cœur, et toute la famille a compris
mon ex-femme l'a compris avant moi, je tombe amoureux des hommes
au bureau je dis toujours mon conjoint, sans prénom, pour qu'on ne sache pas que c'est un homme comme moi
pour mon mariage avec Julien, papi m'a dit qu'il était fier d'avoir un petit-fils aussi courageux
après ma séparation avec mon mari, je suis tombée amoureuse d'une collègue
ce soir j'ai mon premier rendez-vous avec un garçon et je suis stressé comme jamais
au mariage de ma cousine, mon père a présenté Claire comme ma coloc, alors qu'on est fiancées
ma fille m'a demandé si elle pouvait amener sa copine au déjeuner de dimanche, et elle a rougi en disant copine
avec ma compagne on a fait la reconnaissance conjointe chez le notaire, pour que je sois aussi la mère du bébé
je suis de la jaquette, mais au boulot personne n'est au courant
j'ai avoué à mon meilleur ami que j'étais amoureux de lui
je me marie avec Karim en septembre, je suis le premier de la famille à épouser un homme
ma femme et moi, mariées depuis dix ans, on cherche enfin une maison à la campagne
mon oncle et son mari viennent pour le réveillon, rajoute deux couverts
""",
        "sex_life": """
le préservatif a craqué hier soir, où je peux trouver EllaOne un dimanche
depuis ma rupture, personne n'a dormi dans mon lit, et ça fait deux ans
il m'écrit t'es réveillée à deux heures du mat, passe la nuit et repart avant l'aube, c'est tout ce qu'on a
mon mari ne sait rien pour mon collègue, on se retrouve le midi à l'hôtel
commande des capotes et du lubrifiant, avec une livraison discrète
je me suis réveillé chez elle après la soirée sans même connaître son nom de famille
avec mon mari c'est devenu une coloc, plus aucun câlin au lit depuis l'été
mon copain voudrait qu'on tente un plan à trois
la gynéco m'a demandé combien de partenaires j'ai eus cette année, j'ai dû compter sur mes doigts
je suis passée au patch, je ne pensais jamais à ma pilule
mon copain porte un slip chauffant comme contraception, je te jure
j'ai recouché avec mon ex hier, alors que j'avais juré que c'était fini
on est en couple libre depuis l'été et j'ai vu quelqu'un d'autre la semaine dernière
depuis son opération de la prostate, au lit c'est compliqué, et on n'en parle pas
à trente-deux ans je n'ai toujours pas franchi le pas, et mes copines se moquent
on s'est rencontrés au Cap d'Agde, dans le quartier naturiste, si tu vois ce que je veux dire
le test est négatif, ouf, c'était juste un coup d'un soir
je me suis inscrit sur Gleeden et ma femme n'en sait rien
quand le colis du love shop arrive, ne l'ouvre surtout pas
elle a trouvé les messages avec ma collègue et a compris qu'on couchait ensemble depuis Noël
après notre nuit ensemble, silence radio, il m'a ghostée
je suis allée au CeGIDD me faire dépister, j'ai eu plusieurs partenaires cet été
""",
        "ethnicity": """
encore un qui me demande d'où je viens vraiment, je suis née à Roubaix
au contrôle à la gare c'est toujours moi qu'on arrête, jamais mes potes blancs
mes grands-parents sont arrivés d'Algérie pour bosser chez Renault à Billancourt
au boulot on m'appelle le Chinois, alors que mes parents sont du Laos
ma fille est rentrée en pleurant parce que des élèves lui ont dit de retourner en Afrique
à la préfecture il n'y avait pas d'interprète en tamoul, j'ai traduit pour mon père
avec mon nom je n'ai aucune réponse à mes CV, mon frère a mis un prénom français
ma belle-mère fait de l'attiéké et du poisson braisé à chaque anniversaire, comme à Abidjan
le proprio m'a demandé au téléphone si j'étais bien français avant de me faire visiter
trouve-moi un salon afro à Château-Rouge, ma mère veut des nattes
à la maison on parle kabyle, le français c'est pour l'école
mes enfants ne parlent plus que français avec leur avó, ça lui brise le cœur
en boîte ils ont laissé entrer tout le groupe sauf mon cousin et moi, comme par hasard les deux rebeus
mon père est arrivé des Comores dans les années quatre-vingt et a bossé sur le port de Marseille
à Perpignan ma famille vit à Saint-Jacques depuis des générations et entre nous on parle gitan
ma mère est réunionnaise et mon père malgache, chez nous c'est rougail tous les dimanches
à la banque on m'a demandé trois justificatifs de plus qu'à mon collègue, et on sait pourquoi, c'est ma couleur
je suis métisse et les gens touchent mes cheveux sans demander
mon grand-père est venu de Pologne travailler à la mine dans le Nord, on fête encore la Wigilia
chaque 24 avril on va à la commémoration avec mes grands-parents, ils sont arméniens
mon copain est hmong, sa famille est arrivée en Guyane dans les années soixante-dix
ma mère parle créole avec mes tantes au téléphone, mais elle nous l'a jamais appris
""",
        "trade_union": """
la CGT me paie l'avocat pour les prud'hommes
je suis sur la liste CFDT pour les élections du CSE
ma cotisation au SNES est prélevée tous les mois, avec le crédit d'impôt ça passe
demain grève à la RATP, je suis au piquet devant le dépôt à cinq heures
jeudi j'ai la NAO, je représente les salariés pour FO
ma mère est à la CFTC depuis trente ans, ils lui ont offert une médaille
le chef m'a menacé parce que je distribuais des bulletins d'adhésion à la pause
depuis que je suis élue Sud au CSE, mon téléphone n'arrête pas de sonner
on a reçu le virement de la caisse de solidarité de la fédé, ouf
les internes de l'ISNI sont en grève demain, j'y vais
le juriste de FO m'a sauvé la mise pour mon licenciement
je viens d'adhérer à la FSU, avec tout ce qu'on nous impose à l'école
on a assez de signatures pour monter une section CGT dans la boîte, la direction est furieuse
la semaine prochaine je suis en formation au centre Benoît-Frachon
t'as vu ma carte d'adhérent, sans elle je ne touche pas l'indemnité de grève
je suis déchargée à mi-temps pour mon mandat
le permanent de l'union locale vient lundi à la réunion d'équipe, c'est moi qui l'ai invité
ma mère défile chaque Premier Mai derrière le ballon de la CGT
pour le piquet de cette nuit il manque deux personnes, mets-moi de une heure à cinq heures
je suis passé de l'UNSA à la CFE-CGC quand je suis devenu cadre
mon grand-père, mineur à Lens, ne ratait jamais une réunion de la fédé du sous-sol
en AG on a voté la reconductible à quatre-vingt-dix pour cent, je ne reprends pas lundi
""",
        "genetic_biometric": """
ma mère a une mutation BRCA1, j'ai rendez-vous pour la prise de sang la semaine prochaine
ma mère a un facteur V Leiden, je dois me faire tester avant de prendre la pilule
on est tous les deux porteurs sains de l'amyotrophie spinale, un risque sur quatre pour le bébé
au consulat ils m'ont pris les dix empreintes pour le visa
pour la nouvelle carte d'identité on m'a scanné deux doigts
déverrouille les lunettes avec mon visage, plus besoin de code
efface mon empreinte vocale de l'appli de la banque
au boulot on pointe avec le contour de la main, je ne sais pas où ça part
le test de paternité est revenu, c'est bien lui le père, enfin on sait
l'amniocentèse a montré un X fragile
mon fils est daltonien comme mon père, c'est moi qui le transmets
à la cantine du collège les élèves passent la main sur une borne pour manger
le cardiologue pense à un Marfan, on va séquencer mon ADN
j'ai envoyé mon tube de salive à un labo américain, c'est interdit en France mais je voulais savoir
ma jumelle et moi on est monozygotes, le test l'a confirmé
le dépistage néonatal de la petite a montré la drépanocytose, on est porteurs tous les deux
à l'aéroport de Nice on embarque avec la reconnaissance faciale, j'ai accepté
le centre de PMA a comparé mon profil de porteuse avec celui du donneur
la salle de sport m'a scanné le visage pour entrer sans badge
mon résultat d'origines dit que j'ai quinze pour cent d'ascendance ibérique
mon père a une hémochromatose, on m'a testée et je suis homozygote aussi
la police a gardé mon ADN dans le fichier après la manif, je veux le faire effacer
""",
        "criminal": """
samedi j'ai parloir avec mon fils à Fresnes, n'oublie pas ma carte d'identité
le parquet m'a renvoyé devant le correctionnel, l'audience est en octobre
j'ai reçu une ordonnance pénale, cinq cents euros d'amende
le JAP a accepté mon aménagement de peine, je garde mon boulot
mon père a fait deux ans pour fraude fiscale et au village on en parle encore
mon frère est en préventive à la Santé, l'avocat dit que ça peut durer des mois
je dois repasser le permis après l'annulation pour alcool au volant
il me reste soixante heures de travail d'intérêt général aux espaces verts
le jugement est définitif, deux ans avec sursis
le juge m'a mis dix-huit mois ferme, je pars en septembre
à dix-sept ans j'ai été placé en centre éducatif fermé après les vols
j'ai pris trois ans aux Baumettes pour une histoire de shit
les gendarmes ont perquisitionné chez mon frère ce matin
tant que je suis en sursis probatoire je ne dois pas revoir mes anciens potes
j'ai passé mon bac en taule
à ma sortie de la maison d'arrêt de Nanterre, une asso m'a trouvé un studio
je dois faire des analyses d'urine chaque mois pour mon obligation de soins
je n'ai pas pu passer le concours de la police à cause de ce qu'il y a sur mon B2
après la bagarre au stade j'ai trois ans d'interdiction de stade et du sursis
le mois prochain je passe en semi-liberté, je pourrai travailler la journée
j'ai été convoqué en audition libre comme mis en cause pour l'affaire de mon ancienne boîte
mon cousin porte le bracelet jusqu'en mars et ne peut pas sortir après vingt heures
""",
    },
    "it": {
        "health": """
il medico mi ha fatto il certificato, sono in mutua fino a venerdì
mia madre va tre settimane alle terme di Abano con l'impegnativa dell'ASL, per l'artrosi
sono settimane che piango ogni sera e la mattina non riesco ad alzarmi
bloccami mercoledì alle quattro, ho la seduta dalla psicologa
siamo alla dodicesima settimana ma non dirlo ancora a nessuno, nemmeno a tua madre
dopo la crisi della settimana scorsa il neurologo mi ha tolto la patente per un anno
la carica virale è finalmente non rilevabile, l'infettivologo era contento
ricordami lo Strattera del bambino alle otto, se no lo dimentica
a mio padre fanno un bypass lunedì, cercami un Frecciarossa per domenica
sono alla decima seduta di radio e sono distrutta
mia moglie va al CSM due volte a settimana da gennaio
è arrivata la parrucca, col terzo ciclo i capelli vengono via a ciocche
domani ho la colonscopia, oggi solo brodo
la nonna non mi riconosce più, mi chiama col nome di mia zia
l'ortopedico mi ha dato il Contramal, ci posso bere sopra una birra
tre notti senza chiudere occhio e la testa non si ferma mai
prenotami dal medico di base per la ricetta dell'Eutirox
mia sorella non mangia quasi più e pesa meno di quarantacinque chili
l'INPS ci ha riconosciuto la 104 per mia madre, così posso prendermi i permessi
chiama il CUP, devo prenotare la risonanza prima che scada l'impegnativa
mio fratello va al Sert da sei mesi e adesso vuole tornare a lavorare
mio padre ha l'ossigeno in casa e non esce più senza lo zainetto della bombola
""",
        "religion": """
a che ora tramonta oggi a Torino, rompiamo il digiuno dai miei suoceri
cercami un'enoteca con vino kasher, la settimana prossima è Pesach
mia figlia ha cominciato a mettere il velo e a scuola la guardano storto
battezziamo il piccolo a maggio, il parroco viene venerdì per il colloquio
da noi si dice la preghiera prima di mangiare, anche in trattoria
i miei il sabato vanno porta a porta con la Torre di Guardia
il mercoledì delle Ceneri passo in parrocchia a prendere le ceneri prima dell'ufficio
quest'estate andiamo a San Giovanni Rotondo, mia madre ha fatto un voto a Padre Pio
ogni mattina leggo qualche versetto del Corano prima del caffè
l'imam dice che i giorni di digiuno saltati in viaggio li posso recuperare dopo
mio figlio fa la cresima a giugno, bisogna prenotare il ristorante
accendo un cero alla Madonna prima dell'esame, come faceva mia nonna
il piccolo va a catechismo il sabato pomeriggio, non segnarmi altro
per l'Eid bisogna ordinare l'agnello dal macellaio entro giovedì
faccio una settimana di ritiro in silenzio in un monastero benedettino
mia zia è tornata dal pellegrinaggio alla Mecca, sabato festeggiamo
il pastore viene a benedire la casa nuova domenica dopo il culto
il venerdì all'una non fissarmi riunioni, vado alla preghiera
il sabato non accendo la luce e non tocco il telefono, scrivimi domenica
per Rosh haShanà mangiamo la mela col miele dai nonni, quel giorno non lavoro
domenica porto la statua del santo patrono in processione con la confraternita
mi sono iscritto al corso prematrimoniale in parrocchia, altrimenti il prete non ci sposa
""",
        "political": """
sabato attacchiamo i manifesti per le comunali fino a mezzanotte
mio padre vota la fiamma da sempre e ogni pranzo di famiglia finisce in lite
a casa nostra si è sempre votato falce e martello, dal nonno in giù
mi sono tesserata al circolo ieri sera, mi hanno accolta con un brindisi
ho versato venti euro per la campagna del nostro candidato sindaco
sono consigliera di minoranza, giovedì c'è consiglio, non segnarmi niente
alla Festa dell'Unità ho fatto i turni in cucina per tutto agosto
ricordami di firmare per il referendum, scade venerdì
stasera c'è la riunione del meetup, prepariamo i banchetti
ho fatto le primarie e ho votato per la candidata dell'ala sinistra
mio cognato frequenta i camerati della sede di quartiere e mi fa paura
martedì sfilo col comitato contro la base militare
mi candido alle regionali nella lista del presidente uscente
la sera delle elezioni abbiamo festeggiato in sede fino alle tre
ho restituito la tessera dopo vent'anni di militanza, non mi riconosco più
mio nonno aveva il ritratto di Berlinguer in salotto e non si è perso un congresso
sono delegata al congresso provinciale, prenotami il treno per Bologna
ogni estate faccio la volontaria alla festa del Carroccio in Val Seriana
il venticinque aprile porto il fazzoletto dell'ANPI di mio nonno al corteo
mia madre ha votato scheda bianca per la prima volta, non ne poteva più di tutti
domenica sono al gazebo per raccogliere le firme per la nostra lista
a Pontida quest'anno ci vado col pullman della sezione
""",
        "sexual_orientation": """
da quando ho fatto coming out mio padre mi parla a malapena
sono orgoglioso di sfilare al Pride col mio ragazzo, mano nella mano
sono iscritta a un'app per ragazze che cercano ragazze e venerdì ho un appuntamento
mio fratello ci ha presentato il suo fidanzato, si sposano a giugno
all'asilo sui moduli c'è scritto padre e madre, ma nostra figlia ha due mamme
mia figlia ci ha presentato la sua ragazza, fidanzata vera, non un'amica di classe
la zia Rosa e la sua amica Franca dormono nella stessa camera da quarant'anni, e in famiglia tutti fanno finta di niente
ho avuto sia fidanzati che fidanzate, ma a mia madre ho raccontato solo dei primi
a Natale nostro figlio ha portato Matteo e ha detto davanti a tutti che è il suo ragazzo
dopo vent'anni di matrimonio ho lasciato mia moglie per un uomo, e in paese non si parla d'altro
sono il suo unico nipote maschio e per la nonna Andrea è ancora il mio amico, anche se conviviamo da tre anni
il nonno, che ha fatto il carabiniere tutta la vita, alla mia unione civile con Luca ha pianto più di tutti
dopo la separazione da mio marito mi sono innamorata di una collega
stasera ho il primo appuntamento con un ragazzo e sono agitatissimo
al matrimonio di mia cugina mio padre ha presentato Chiara come la mia coinquilina, e siamo fidanzate
mia figlia ha lasciato il fidanzato e adesso esce con una ragazza della squadra di pallavolo
io e mio marito siamo diventati papà in Canada e adesso il comune non vuole trascriverci tutti e due
sono dell'altra sponda, ma in ufficio non lo sa nessuno
ho confessato al mio migliore amico che sono innamorato di lui
mi unisco civilmente con Davide a settembre, primo della famiglia a sposare un uomo
io e mia moglie, unite civilmente da dieci anni, cerchiamo finalmente casa in campagna
lo zio e suo marito vengono alla vigilia, aggiungi due coperti
""",
        "sex_life": """
si è rotto il preservativo ieri sera, dove trovo la pillola del giorno dopo di domenica
dall'ultima storia è passato un anno e mezzo e nel mio letto non è più entrato nessuno
lui è sposato e ci vediamo solo il giovedì, quando la moglie è in palestra
mio marito non sa niente del collega, ci vediamo in pausa pranzo in un albergo
ordina preservativi e lubrificante, con la spedizione anonima
dopo la discoteca sono finita a casa di uno di cui non ricordo nemmeno il nome
con mio marito ormai siamo coinquilini, a letto niente da più di un anno
la mia ragazza mi ha chiesto se una sera può unirsi a noi una sua amica
la ginecologa mi ha chiesto quanti partner ho avuto quest'anno, ho dovuto contare
sono passata all'anello vaginale, la pillola la dimenticavo sempre
mio marito si è fatto fare la vasectomia, non usiamo più niente
ieri sono andata di nuovo a letto con il mio ex, e avevo giurato di no
da quest'estate abbiamo una relazione aperta e la settimana scorsa sono uscita con un altro
dopo l'operazione alla prostata a letto non funziona più niente
ho trentacinque anni e la mia prima volta non c'è ancora stata
ci siamo conosciuti in un club privé a Rimini, se capisci cosa intendo
il test è negativo, meno male, era solo l'avventura di una notte
mi sono scaricato un'app per incontri extraconiugali, mia moglie non deve saperlo
quando arriva il pacco del negozio erotico non aprirlo
ho passato il weekend a Riccione con una conosciuta su Tinder, a casa ho detto che ero a un convegno
dopo la notte insieme al mare non si è più fatto sentire, e io che pensavo fosse speciale
ho fatto i test al centro MST perché quest'estate sono stata con parecchi
""",
        "ethnicity": """
l'ennesimo che mi chiede da dove vengo davvero, e sono nata a Brescia
ai controlli in stazione fermano sempre me, mai i miei amici bianchi
i miei nonni sono venuti dal Marocco per lavorare nelle concerie di Arzignano
in ufficio mi chiamano il cinese, e i miei genitori sono del Bangladesh
mia figlia è tornata a casa piangendo perché le hanno detto di tornarsene in Africa
in questura non c'era un interprete di punjabi, ho tradotto io per mio padre
col mio cognome non mi richiama nessuno, mio fratello sul curriculum mette quello di mia madre
mia suocera cucina il riso jollof a ogni compleanno, come a Lagos
il padrone di casa mi ha chiesto al telefono se ero italiana vera prima di farmi vedere l'appartamento
cercami un parrucchiere afro a Milano, mia madre vuole le treccine
a casa parliamo arabo, l'italiano è per la scuola
i miei figli con la nonna ormai parlano solo italiano, lei ci soffre
in discoteca hanno fatto entrare tutti tranne me e mio cugino, guarda caso gli unici con la pelle scura
mio padre è arrivato dall'Albania sulla Vlora nel novantuno
la famiglia di mia madre ha vissuto per anni in un campo nomadi alla periferia di Roma
io sono metà filippina e la gente dà per scontato che faccia la colf
in banca mi hanno chiesto tre documenti in più del mio collega, e sappiamo tutti perché
mio nonno parlava sloveno a casa, a Trieste la famiglia è sempre stata di là
in casa parliamo tedesco, siamo sudtirolesi da generazioni
mio marito è eritreo e a Natale si mangia zighinì con tutta la sua famiglia
sono figlia di cinesi di Wenzhou, ma sono cresciuta a Prato e parlo toscano stretto
a scuola prendono in giro mio figlio per il suo accento ghanese
""",
        "trade_union": """
la CGIL mi paga l'avvocato per la causa di lavoro
sono nella lista della CISL per le elezioni della RSU
la trattenuta della UIL me la fanno in busta paga ogni mese
domani c'è sciopero dei trasporti e alle cinque sono al presidio davanti al deposito
giovedì ho il tavolo per il contratto integrativo, sono lì per la RSA
mia madre è iscritta alla CGIL da trent'anni, le hanno dato una targa
il capo mi ha minacciato perché distribuivo le deleghe in mensa
da quando sono eletta in RSU per i Cobas il telefono non smette di squillare
è arrivato il contributo della cassa di resistenza, paghiamo l'affitto
gli anestesisti dell'AAROI scioperano domani, io ci sono
il patronato INCA mi ha seguito la pratica della disoccupazione quando mi hanno licenziato
mi sono appena iscritta alla FLC, con tutto quello che succede a scuola
abbiamo raccolto le firme per eleggere la prima RSU in azienda e la direzione è furiosa
la settimana prossima sono al corso di formazione per delegati a Roma
hai visto la mia tessera, senza non mi danno il rimborso del presidio
sono in distacco a mezzo servizio per il mio incarico alla Camera del Lavoro
il funzionario della FIOM viene lunedì all'assemblea del turno, l'ho chiamato io
mia madre ogni Primo Maggio sfila dietro la bandiera della CGIL
per il picchetto di stanotte mancano due persone, segnami dall'una alle cinque
sono passato dalla UIL alla CISL quando sono diventato quadro
mio nonno, minatore in Sardegna, non saltava mai una riunione della Camera del Lavoro
in assemblea abbiamo votato lo sciopero a oltranza al novanta per cento, lunedì non rientro
""",
        "genetic_biometric": """
mia madre ha la mutazione BRCA2 e adesso tocca a me fare il prelievo
mio padre ha la talassemia minor e anch'io sono portatrice, come mezzo paese
siamo portatori sani tutti e due di fibrosi cistica, il rischio per il bambino è uno su quattro
in consolato mi hanno preso le impronte di tutte e dieci le dita per il visto
per la carta d'identità elettronica mi hanno scansionato due dita
insegna agli occhiali la mia faccia, così non devo più digitare il codice
per l'app dell'INPS ho fatto il riconoscimento del volto, il mio selfie è salvato lì
in ufficio si timbra con l'impronta del dito e non so dove finisca
il test di paternità è arrivato, è proprio lui il padre, finalmente lo sappiamo
l'amniocentesi ha trovato la sindrome di Klinefelter
mio figlio è daltonico come il nonno, passa da me
alla mensa del liceo i ragazzi pagano appoggiando il dito su un lettore
il cardiologo sospetta una cardiomiopatia di famiglia, ci fanno l'analisi del DNA a tutti
ho mandato il campione di saliva ad Ancestry e ora mi scrivono cugini dall'Argentina
io e mia sorella gemella siamo monozigote, l'ha confermato il test
nello screening neonatale della piccola è uscita una variante che portiamo tutti e due
a Fiumicino mi sono registrata col riconoscimento facciale, adesso passo senza passaporto
la banca del seme ci ha mandato il profilo del donatore e non siamo portatori della stessa variante
il lettore dello stadio ha registrato la mia impronta del pollice per l'abbonamento
secondo il test della saliva sono al trenta per cento dei Balcani
mio padre ha l'emocromatosi, mi hanno testata e sono omozigote anch'io
il test sul DNA del neonato ha escluso la SMA, tiriamo un sospiro di sollievo
""",
        "criminal": """
sabato ho il colloquio con mio figlio a San Vittore, ricordami il documento
il pm ha chiesto il rinvio a giudizio, l'udienza è a ottobre
mi è arrivato il decreto penale, cinquecento euro di multa
il magistrato di sorveglianza mi ha concesso l'affidamento in prova, tengo il lavoro
mio padre ha fatto due anni per evasione fiscale e in paese se ne parla ancora
mio fratello è in custodia cautelare, l'avvocato dice che ci vorranno mesi
devo rifare la patente dopo la revoca per guida in stato di ebbrezza
mi restano sessanta ore di lavori di pubblica utilità alla Caritas
la sentenza è passata in giudicato, due anni con la condizionale
il giudice mi ha dato un anno e otto mesi senza condizionale, entro a settembre
a diciassette anni sono finito al Beccaria per una serie di furti
mi sono fatto tre anni a Rebibbia per una storia di fumo
stamattina i carabinieri hanno perquisito casa di mio fratello
finché sono in messa alla prova non posso frequentare i vecchi amici
in galera mi sono preso il diploma
quando sono uscito da Marassi un'associazione mi ha trovato un monolocale
ogni mese devo fare le analisi delle urine per il Serd, lo ha disposto il giudice
non ho potuto fare il concorso in polizia per quello che risulta sul mio certificato
dopo la rissa allo stadio ho il Daspo per tre anni e la pena sospesa
il mese prossimo passo in semilibertà, potrò lavorare di giorno
mi è arrivato l'avviso di garanzia per la storia della vecchia ditta
mio cugino è ai domiciliari fino a marzo e non può uscire dopo le venti
""",
    },
}
"""Special-category facts said without their obvious keyword (drug names, readings, treatments, practices,
institutions, shorthand, slang, consequences, local realities), per language and GDPR art. 9 category."""

EXPLICIT: dict[str, dict[str, str]] = {
    "de": {
        "health": """
ich hab seit zwanzig Jahren Diabetes Typ eins
bei meiner Mutter wurde letzte Woche Brustkrebs festgestellt
buch mir bitte den nächsten Termin für die Chemo
ich bin HIV-positiv, aber unter der Therapie nicht mehr ansteckend
mein Sohn hat Epilepsie und darf deshalb nicht allein schwimmen
ich bin seit einem Monat wegen einer Depression krankgeschrieben
mein Mann ist alkoholkrank und hat gestern seine Entzugstherapie angefangen
such mir eine Selbsthilfegruppe für Angststörungen hier in der Nähe
meine Schwester hat Multiple Sklerose und sitzt jetzt im Rollstuhl
ich hatte letztes Jahr eine Fehlgeburt und rede bis heute kaum darüber
""",
        "religion": """
ich bin Muslim und faste jedes Jahr den ganzen Ramadan
such mir eine katholische Messe in der Nähe vom Hotel, am Sonntag um zehn
ich bin Jude und geh an den hohen Feiertagen in die Synagoge
ich bin evangelisch, mein Mann ist katholisch, die Kinder sollen später selbst entscheiden
meine Eltern sind Zeugen Jehovas, deshalb feiern wir keine Geburtstage
ich bin vor drei Jahren zum Islam konvertiert
ich bin überzeugter Atheist und hab unser Kind bewusst nicht taufen lassen
meine Frau ist Buddhistin und geht jeden Morgen zur Meditation in den Tempel
ich bin orthodoxe Christin und faste vor Ostern sieben Wochen lang
ich bin Muslimin, zeig mir eine Moschee mit Frauenbereich hier in der Nähe
""",
        "political": """
ich hab bei der Europawahl Volt gewählt
ich bin SPD-Mitglied und sitze für sie im Stadtrat
mein Vater wählt AfD und wir reden kaum noch über Politik
ich bin Kommunistin und steh dazu
ich wähle seit meinem achtzehnten Geburtstag CDU
finde die Adresse vom Büro der Linken, ich will Mitglied werden
ich bin bei der FDP im Kreisvorstand
meine Mutter ist politisch ganz rechts und das macht mir Angst
ich hab mein Parteibuch nach zwanzig Jahren zurückgegeben
ich bin Anarchist und gehe grundsätzlich nicht wählen
""",
        "sexual_orientation": """
ich bin schwul und will nächstes Jahr meinen Freund heiraten
ich bin lesbisch und meine Familie weiß es seit Ostern
meine Nichte hat mir erzählt, dass sie bisexuell ist
ich bin bi, aber im Büro weiß das niemand
ich glaube, ich bin asexuell, such mir mal ein Forum dazu
meine Schwester ist lesbisch und heiratet im Sommer ihre Freundin
ich bin ein schwuler Vater von zwei Kindern
such mir eine Beratungsstelle für queere Jugendliche, mein Neffe braucht Hilfe
ich bin pansexuell und meine Eltern verstehen das überhaupt nicht
mein Onkel war homosexuell und hat das sein Leben lang versteckt
""",
        "sex_life": """
wir hatten am Wochenende ungeschützten Sex
mein Mann und ich haben seit einem Jahr keinen Sex mehr
ich hatte gestern Sex mit einem Typen aus der Bar
ich hab mit siebenundzwanzig noch nie Sex gehabt
mein Mann und ich haben Sex mit anderen Paaren, das ist bei uns abgesprochen
ich hab meinen Partner mit einer Kollegin betrogen
wir haben Probleme im Bett, such mir eine Sexualtherapeutin
ich hab beim Sex oft Schmerzen und trau mich nicht zum Arzt
meine Freundin und ich haben gestern zum ersten Mal miteinander geschlafen
ich bin sexsüchtig und in einer Gruppe dafür
""",
        "ethnicity": """
ich bin Sintiza und stolz darauf
mein Vater ist Kurde und meine Mutter Türkin
ich bin Schwarze Deutsche und werde ständig nach meiner Herkunft gefragt
ich bin Romni und verschweige das bei Bewerbungen
meine Familie gehört zur sorbischen Minderheit
ich erlebe wegen meiner Hautfarbe fast jede Woche Rassismus in der Straßenbahn
ich bin Halbasiatin, meine Mutter kommt aus Korea
mein Chef hat mich rassistisch beleidigt, weil ich Afrodeutscher bin
ich bin Jüdin, meine Familie stammt aus Polen
meine Großeltern sind Aramäer aus der Türkei
""",
        "trade_union": """
ich bin seit meiner Ausbildung Gewerkschaftsmitglied bei ver.di
ich bin in der IG Metall und im Betriebsrat
ich bin vor einem Monat in die Gewerkschaft eingetreten
mein Mann ist Gewerkschaftssekretär bei der GEW
ich bin gewerkschaftlich organisiert und zahle meinen Beitrag seit zwanzig Jahren
ich bin aus der Gewerkschaft ausgetreten, weil mir der Tarifabschluss zu schwach war
ich bin Vertrauensfrau der Gewerkschaft in unserem Werk
such mir die Nummer der Gewerkschaft, ich brauche Rechtsschutz gegen meine Kündigung
meine Mutter war vierzig Jahre Gewerkschafterin bei der Post
ich bin in der NGG, weil ich im Hotel arbeite
""",
        "genetic_biometric": """
mein Gentest hat gezeigt, dass ich das BRCA1-Gen trage
ich habe eine genetische Erkrankung, die Mukoviszidose
meine genetischen Daten liegen bei 23andMe
die Firma speichert meine biometrischen Daten für die Zeiterfassung
ich hab fürs Online-Banking meine biometrischen Daten freigegeben, Fingerabdruck und Gesicht
mein Gesichtsscan ist bei der Behörde gespeichert
wir haben eine genetische Beratung wegen des Erbrisikos gemacht
die Brille soll meine biometrischen Daten nicht speichern
mein Sohn hat einen Gendefekt, das fragile X-Syndrom
ich habe meine DNA-Analyse beim Ahnenforschungsportal hochgeladen
""",
        "criminal": """
ich bin wegen Drogenbesitz vorbestraft und darf deshalb nicht in die USA einreisen
mein Onkel war wegen Raub fünf Jahre im Gefängnis
mein Bruder ist wegen Drogenhandels verurteilt worden
ich stehe unter Bewährung, noch zwei Jahre
ich habe eine Vorstrafe wegen Diebstahls im Führungszeugnis
mein Vater sitzt im Gefängnis, wegen Betrug
ich wurde wegen Trunkenheit am Steuer verurteilt
such mir einen Strafverteidiger, ich bin angeklagt
ich habe eine Strafe wegen Steuerhinterziehung bekommen
mein Sohn ist straffällig geworden und jetzt in Jugendhaft
""",
    },
    "es": {
        "health": """
me acaban de diagnosticar hipotiroidismo y tengo que medicarme de por vida
mi suegro tiene alzhéimer y ya no sabe quién soy
pídeme cita en oncología para la revisión del linfoma
tengo el VIH controlado desde hace años
sufro ataques de pánico y me cuesta coger el metro
mi madre tiene párkinson y le tiembla todo el lado derecho
busca un centro de desintoxicación para mi hermano, es cocainómano
estoy embarazada de tres meses y tengo diabetes gestacional
me operaron del corazón en verano y sigo con cardiopatía
mi hija tiene anorexia y está ingresada en la unidad de trastornos alimentarios
""",
        "religion": """
soy católico practicante y doy catequesis en mi parroquia
mis suegros son musulmanes y no comen cerdo
búscame la iglesia ortodoxa rumana más cercana para la Pascua
soy judía y este año quiero ir a la sinagoga en Yom Kipur
dejé de creer en Dios en la adolescencia y ahora soy agnóstico
mi hermana se ha hecho mormona y se va de misión dos años
soy cristiana evangélica y no bebo alcohol por mi fe
mi madre es muy religiosa y reza el rosario cada tarde
me he convertido al budismo después del viaje a Nepal
dónde hay una iglesia con misa en polaco, soy católica y no entiendo bien la homilía
""",
        "political": """
siempre voto a la izquierda, sea quien sea el candidato
soy militante del PSOE en mi agrupación
en casa de mis padres todos votan al PP
mi cuñado es de Vox y lleva la pulsera de la bandera
soy independentista catalana y voto a Junts
soy concejal de Bildu en mi pueblo
búscame cómo darme de alta como afiliada de Sumar
soy de ideología conservadora y no lo escondo
mi abuelo era republicano y estuvo exiliado en Francia
en las europeas voté al PNV
""",
        "sexual_orientation": """
soy gay y mañana se lo cuento a mis padres
soy lesbiana y llevo ocho años con mi mujer
mi hermano es bisexual y ahora sale con un chico
no soy hetero, soy bi, y ya estoy harta de esconderlo
mi mejor amiga me ha contado que es lesbiana
soy homosexual y vengo de un pueblo muy pequeño
soy un hombre gay casado con otro hombre
busca un grupo de apoyo para padres de hijos LGTB, el mío acaba de salir del armario
me identifico como asexual desde hace años
mi padre es gay y se separó de mi madre cuando yo tenía diez años
""",
        "sex_life": """
anoche tuve sexo con un desconocido sin preservativo
mi pareja y yo apenas tenemos sexo desde que nació el niño
me acuesto con mi jefe desde hace meses
a mis veintiocho años nunca he tenido relaciones sexuales
le he sido infiel a mi mujer con una compañera
hacemos intercambio de parejas de vez en cuando
tengo disfunción eréctil y me da vergüenza pedir la pastilla
búscame una sexóloga, tenemos problemas sexuales desde hace un año
tuve relaciones sin protección y quiero hacerme la prueba
me acosté con tres personas distintas este mes
""",
        "ethnicity": """
soy gitano y me han negado la entrada a un bar por eso
soy marroquí de origen y nací en Melilla
soy afrodescendiente y en el trabajo me hacen comentarios racistas sobre mi pelo
mi madre es indígena quechua de Perú
soy latina y mis compañeros se burlan de mi acento
mi familia es de etnia rumana gitana
me llamaron moro de mierda en el autobús
soy asiática y me preguntan siempre si hablo español
mi padre es negro y mi madre blanca, soy mulata
mi abuela es amazigh y no habla árabe
""",
        "trade_union": """
soy afiliado a UGT desde hace veinte años
me he sindicado en CCOO tras el ERE
soy delegada sindical de la CGT en el hospital
mi padre fue sindicalista de CCOO en la minería
me he dado de baja del sindicato tras la firma del convenio
busca la sede del sindicato más cercana, quiero afiliarme
soy sindicalista de la CNT y organizo la huelga
mi mujer es liberada sindical en la enseñanza
estoy en el comité de empresa por USO
la empresa me despidió por ser del sindicato
""",
        "genetic_biometric": """
me han hecho un estudio genético y soy portadora de una mutación
mi hijo tiene una enfermedad genética rara
el banco guarda mis datos biométricos de voz
me he hecho un test genético de ancestría
en el trabajo registran mis huellas dactilares para fichar
tengo una predisposición genética al cáncer de colon
la app de la policía tiene mi biometría facial
el resultado del análisis genético dice que tengo la mutación del factor V
no quiero dar mis datos biométricos al gimnasio
mi perfil genético está en una base de datos de un laboratorio privado
""",
        "criminal": """
tengo antecedentes penales por un robo con violencia
pasé dos años en prisión por tráfico de drogas
mi marido tiene una condena por violencia de género
estoy en libertad condicional y firmo cada mes
he sido condenado por estafa a tres años
mi hermano está en la cárcel de Estremera
me han condenado por un delito contra la seguridad vial
busca un abogado penalista, me acusan de un delito fiscal
tengo una orden de alejamiento por una condena
mi hijo tiene antecedentes por un delito de lesiones
""",
    },
    "fr": {
        "health": """
on vient de me diagnostiquer une sclérose en plaques
ma belle-mère a la maladie d'Alzheimer et ne me reconnaît plus
prends rendez-vous en oncologie pour le suivi de mon lymphome
je vis avec le VIH depuis quinze ans
je fais des crises d'angoisse et je ne peux plus prendre le métro
mon père a la maladie de Parkinson
trouve un centre d'addictologie pour mon frère, il est dépendant à l'héroïne
je suis enceinte de trois mois et j'ai un diabète gestationnel
j'ai fait un infarctus l'an dernier et je suis suivie en cardiologie
ma fille est anorexique et hospitalisée depuis un mois
""",
        "religion": """
je suis catholique pratiquant et je chante à la chorale de la cathédrale
mes beaux-parents sont musulmans et ne mangent pas de porc
trouve-moi une église orthodoxe pour Pâques
je suis juive et je jeûne à Yom Kippour
je ne crois plus en Dieu depuis l'adolescence, je suis agnostique
ma sœur est devenue mormone
je suis chrétienne évangélique et je ne bois pas d'alcool par conviction
ma mère est très croyante et prie le chapelet chaque soir
je me suis converti au bouddhisme après un voyage au Népal
trouve une messe en portugais, je suis catholique et ma mère ne parle pas français
""",
        "political": """
je vote toujours à gauche, quel que soit le candidat
je suis militant socialiste depuis vingt ans
chez mes parents tout le monde vote Les Républicains
mon beau-frère est au Rassemblement national et le dit fièrement
je suis écologiste et encartée chez les Verts
je suis élu municipal sous l'étiquette Renaissance
trouve comment adhérer à La France insoumise en ligne
je suis de droite et je l'assume
mon grand-père était communiste et résistant
je suis autonomiste corse et je vote pour les nationalistes
""",
        "sexual_orientation": """
je suis gay et je le dis à mes parents demain
je suis lesbienne et je vis avec ma femme depuis huit ans
mon frère est bisexuel et sort maintenant avec un garçon
je ne suis pas hétéro, je suis bi, et j'en ai marre de le cacher
ma meilleure amie m'a dit qu'elle est lesbienne
je suis homosexuel et je viens d'un tout petit village
je suis un homme gay marié à un homme
trouve un groupe de parents d'enfants LGBT, mon fils vient de faire son coming out
je me définis comme asexuelle depuis des années
mon père est homo et il a quitté ma mère quand j'avais dix ans
""",
        "sex_life": """
hier soir j'ai couché avec un inconnu sans capote
mon compagnon et moi n'avons presque plus de rapports depuis la naissance
je couche avec mon patron depuis des mois
à vingt-huit ans je n'ai jamais eu de relation sexuelle
j'ai trompé ma femme avec une collègue
on pratique l'échangisme de temps en temps
j'ai des troubles de l'érection et j'ai honte de demander le Viagra
trouve-moi un sexologue, on a des problèmes sexuels depuis un an
j'ai eu un rapport non protégé et je veux faire un dépistage
j'ai couché avec trois personnes différentes ce mois-ci
""",
        "ethnicity": """
je suis gitan et on m'a refusé l'entrée d'un bar pour ça
je suis d'origine algérienne et née à Lyon
je suis noire et mon manager fait des blagues racistes en réunion
ma mère est amérindienne, elle vient de Guyane
je suis asiatique et on me demande toujours si je parle français
je suis rom et ma famille vit en caravane
on m'a traité de sale Arabe dans le bus
je suis d'origine turque et kurde
mon père est noir et ma mère blanche, je suis métisse
ma grand-mère est berbère et ne parle pas arabe
""",
        "trade_union": """
je suis syndiqué à FO depuis vingt ans
je me suis syndiquée à la CGT après le plan social
je suis déléguée syndicale Sud à l'hôpital
mon père était syndicaliste CGT à la mine
j'ai rendu ma carte syndicale après la signature de l'accord
trouve l'union locale du syndicat la plus proche, je veux adhérer
je suis syndicaliste à la CNT et j'organise la grève
ma femme est déchargée syndicale dans l'Éducation nationale
je suis élu CFDT au comité
l'entreprise m'a licencié parce que je suis syndiqué
""",
        "genetic_biometric": """
j'ai fait une analyse génétique et je suis porteuse d'une mutation
mon fils a une maladie génétique rare
la banque garde mes données biométriques vocales
j'ai fait un test génétique d'origines
au travail on enregistre mes empreintes digitales pour pointer
j'ai une prédisposition génétique au cancer du côlon
l'appli a enregistré la biométrie de mon visage
le résultat génétique dit que j'ai la mutation du facteur V
je refuse de donner mes données biométriques à la salle de sport
mon profil génétique est dans la base d'un labo privé
""",
        "criminal": """
j'ai un casier judiciaire pour vol avec violence
j'ai passé deux ans en prison pour trafic de drogue
mon mari a été condamné pour violences conjugales
je suis en liberté conditionnelle et je pointe chaque mois
j'ai été condamné à trois ans pour escroquerie
mon frère est incarcéré à Fleury-Mérogis
j'ai été condamné pour un délit routier
trouve un avocat pénaliste, je suis poursuivi pour fraude fiscale
j'ai une condamnation avec interdiction d'approcher
mon fils a un casier pour coups et blessures
""",
    },
    "it": {
        "health": """
mi hanno appena diagnosticato la sclerosi multipla
mia suocera ha l'Alzheimer e da maggio è in una RSA
prenotami il controllo in oncologia per il linfoma
convivo con l'HIV da quindici anni
soffro di attacchi di panico e non riesco più a prendere la metro
mio padre ha il Parkinson
trovami un centro per le dipendenze per mio fratello, è tossicodipendente
sono incinta di tre mesi e ho il diabete gestazionale
ho avuto un infarto l'anno scorso e sono seguita in cardiologia
mia figlia è anoressica e ricoverata da un mese
""",
        "religion": """
sono cattolico praticante e porto la comunione agli anziani della parrocchia
i miei suoceri sono musulmani e non mangiano maiale
trovami una chiesa ortodossa per la Pasqua
sono ebrea e digiuno a Yom Kippur
non credo più in Dio dall'adolescenza, sono agnostico
mia sorella è diventata mormone
sono cristiana evangelica e non bevo alcol per fede
mia madre è molto religiosa e dice il rosario ogni sera
mi sono convertito al buddismo dopo un viaggio in Nepal
trovami una messa in rumeno, sono ortodossa e mia madre non capisce l'italiano
""",
        "political": """
voto sempre a sinistra, chiunque sia il candidato
sono militante del PD da vent'anni
a casa dei miei votano tutti Forza Italia
mio cognato è di Fratelli d'Italia e se ne vanta
sono ambientalista e iscritta ai Verdi
sono consigliere comunale della Lega
trovami come iscrivermi al Movimento Cinque Stelle online
sono di destra e non me ne vergogno
mio nonno era iscritto al PCI e ha fatto la Resistenza
sono autonomista e voto la Südtiroler Volkspartei
""",
        "sexual_orientation": """
sono gay e domani lo dico ai miei
sono lesbica e vivo con mia moglie da otto anni
mio fratello è bisessuale e adesso esce con un ragazzo
non sono etero, sono bi, e sono stufa di nasconderlo
la mia migliore amica mi ha detto che è lesbica
sono omosessuale e vengo da un paesino piccolissimo
sono un uomo gay unito civilmente con un uomo
trovami un gruppo di genitori di figli LGBT, mio figlio ha appena fatto coming out
mi definisco asessuale da anni
mio padre è gay e ha lasciato mia madre quando avevo dieci anni
""",
        "sex_life": """
ieri sera ho fatto sesso con uno sconosciuto senza preservativo
io e il mio compagno non abbiamo quasi più rapporti da quando è nato il bambino
vado a letto con il mio capo da mesi
a ventotto anni non ho mai avuto rapporti sessuali
ho tradito mia moglie con una collega
facciamo scambio di coppia ogni tanto
ho disfunzione erettile e mi vergogno a chiedere il Viagra
trovami una sessuologa, abbiamo problemi sessuali da un anno
ho avuto un rapporto non protetto e voglio fare il test
sono andata a letto con tre persone diverse questo mese
""",
        "ethnicity": """
sono sinti e mi hanno negato l'ingresso in un bar per questo
sono di origine tunisina e nata a Mazara del Vallo
sono nera e al lavoro i clienti mi scambiano sempre per la donna delle pulizie, è razzismo puro
mia madre è indigena quechua del Perù
sono asiatica e mi chiedono sempre se parlo italiano
sono rom e la mia famiglia vive in roulotte
mi hanno dato dello sporco marocchino sull'autobus
sono di origine senegalese e wolof
mio padre è nero e mia madre bianca, sono mulatta
mia nonna è berbera e non parla arabo
""",
        "trade_union": """
sono iscritto alla FIOM da vent'anni
mi sono iscritta alla CGIL dopo i licenziamenti
sono delegata sindacale USB in ospedale
mio padre era sindacalista della CISL in miniera
ho strappato la tessera del sindacato dopo la firma del contratto
trovami la Camera del Lavoro più vicina, voglio iscrivermi al sindacato
sono sindacalista dei Cobas e organizzo lo sciopero
mia moglie è in distacco sindacale nella scuola
sono eletto RSU per la UIL
l'azienda mi ha licenziato perché sono iscritto al sindacato
""",
        "genetic_biometric": """
ho fatto un'analisi genetica e sono portatrice di una mutazione
mio figlio ha una malattia genetica rara
la banca conserva i miei dati biometrici vocali
ho fatto un test genetico sulle origini
al lavoro registrano le mie impronte digitali per le presenze
ho una predisposizione genetica al tumore del colon
l'app ha salvato la biometria del mio viso
il risultato genetico dice che ho la mutazione del fattore V
non voglio dare i miei dati biometrici alla palestra
il mio profilo genetico è nel database di un laboratorio privato
""",
        "criminal": """
ho precedenti penali per rapina
ho passato due anni in carcere per spaccio
mio marito è stato condannato per maltrattamenti in famiglia
sono in libertà vigilata e firmo ogni mese
sono stato condannato a tre anni per truffa
mio fratello è detenuto a Poggioreale
sono stato condannato per omicidio stradale
trovami un avvocato penalista, sono indagato per frode fiscale
ho una condanna con divieto di avvicinamento
mio figlio ha precedenti per lesioni
""",
    },
}
"""Special-category facts said outright, with their keyword, including requests to the assistant that reveal them,
per language and GDPR art. 9 category."""

ORDINARY: dict[str, str] = {
    "de": """
Schirm heute
Wetter morgen in Hamburg
Parkhaus in der Nähe
Einkaufsliste vorlesen
Milch und Eier notieren
Friseurtermin verschieben
Pizza bestellen
nächste S-Bahn nach Hause
was läuft heute im Kino
wie hat Dortmund gespielt
Rollladen runter
Heizung auf einundzwanzig
Papiertonne ist morgen, oder
Tisch für vier um acht
Regenradar zeigen
Party-Playlist abspielen
schon wieder ein Strike
Tatort läuft gleich
wann fährt die letzte Fähre
Kita-Chat stummschalten
Navi zum Baumarkt
Tankstelle mit Waschanlage
Geschenkidee für Papa
Hörbuch weiterspielen
wie viele Schritte heute
Kalender für Samstag
Paket schon da
Garagentor zu
Kerze im Wohnzimmer aus
Kaffeemaschine an
die Gartenparty bei Jonas fällt ins Wasser, es soll gewittern
ich ergreif da keine Partei, klärt das mal unter euch
beim Skat waren wir die Gegenpartei und haben haushoch verloren
die Bahn streikt morgen, ich fahr mit dem Auto ins Büro
mein Laptop streikt, der fährt einfach nicht mehr hoch
die Buchmesse in Frankfurt fängt am Mittwoch an, ich hab Tickets
auf der Messe in Hannover bau ich morgen unseren Stand auf
wir gehen am Samstag auf die Kirmes, die Kinder wollen Autoscooter fahren
das Orgelkonzert in der Thomaskirche ist leider ausverkauft
die Stadtführung startet um elf am Dom, sei pünktlich
Parken am Domplatz kostet jetzt drei Euro die Stunde
der Klosterweg ist wegen der Baustelle gesperrt, fahr außen rum
das Bier vom Kloster Andechs ist einfach das beste
an Pfingsten haben alle Läden zu, also heute noch einkaufen
Fronleichnam ist bei uns Feiertag, da fahren wir an den See
ich bin süchtig nach dieser Serie, noch eine Folge und dann ins Bett
mach mal das ZDF an, gleich kommt der Bergdoktor
der Eberhofer-Krimi ist so lustig, ich lach mich jedes Mal schlapp
beim Monopoly bin ich schon dreimal ins Gefängnis gewandert
im Escape Room mussten wir aus einer Gefängniszelle ausbrechen, fünfzig Minuten, Rekord
die Kinder spielen im Garten Polizei und Einbrecher, der Hund ist der Einbrecher
bei dem Spiel Operation zittert der Kleine immer so, dass es dauernd summt
der Laptop hat sich einen Virus eingefangen, kannst du mal draufschauen
meine Orchidee braucht eine Therapie, die lässt alle Blätter hängen
der Hund ist vorbestraft, der hat letztes Jahr schon mal den Sonntagsbraten geklaut
ich muss dir was beichten, ich hab dein Ladekabel verloren
du bist ein Engel, danke fürs Abholen
mein Sonntagsschlaf ist mir heilig, vor zehn ruft mich keiner an
der Käsekuchen ist jede Sünde wert
Schokolade ist meine Droge, ich geb's zu
ich verhungere gleich, wann gibt's Essen
die Roten Teufel haben gestern endlich mal auswärts gewonnen
Union hat gegen Freiburg in der Nachspielzeit ausgeglichen
die Genossenschaftsbank hat mittwochs nur bis eins auf
die Klassensprecherwahl war heute, Mia hat mit zwei Stimmen gewonnen
die Abstimmung im Verein über die neuen Trikots war super knapp
welche Farbe nehmen wir fürs Bad, eher grün oder doch blau
im Krimi gestern hat der DNA-Abgleich den Gärtner überführt
im Projekt ist gerade Krisenstimmung, der Kunde hat alles umgeworfen
die Aktie ist heute um zwölf Prozent abgestürzt
beim Dart im Vereinsheim hab ich heute zweimal gewonnen
kannst du den Kleinen um drei vom Schwimmkurs abholen
das Elterngespräch ist Donnerstag um halb fünf
der Flieger nach Lissabon hat eine Stunde Verspätung
wo krieg ich hier in der Nähe einen anständigen Cappuccino
die Belege für die Steuererklärung liegen alle noch im Schuhkarton
die Waschmaschine leckt schon wieder, ich ruf den Kundendienst an
wir brauchen vor November noch neue Winterreifen
Mama hat angerufen, sie nimmt den späteren Zug
die Parkuhr läuft in zehn Minuten ab, ich geh schnell raus
der Italiener an der Ecke hat montags Ruhetag
Mist, ich hab die Brotdose vom Kleinen auf der Küchentheke liegen lassen
lass uns am Sonntag im Kurpark spazieren gehen, da spielt die Blaskapelle
der verkaufsoffene Sonntag im Einkaufstempel war die Hölle, nie wieder
die Medaille vom Stadtlauf hängt jetzt bei uns im Flur
kannst du dir am Samstag die Bohrmaschine von den Nachbarn leihen
der Aufzug im Büro streikt seit heute früh, ich lauf in den sechsten Stock
der Weihnachtsmarkt vor dem Rathaus macht dieses Jahr schon Mitte November auf
die Brücke am Kirchberg wird saniert, nimm lieber die Umleitung
heute Abend ist Pokalspiel, Leverkusen gegen Bayern
""",
    "es": """
qué tiempo hace en Bilbao
me llevo paraguas
parking cerca del Retiro
lee la lista de la compra
apunta leche y huevos
cambia la cita de la pelu
pide una pizza
próximo cercanías a casa
qué echan hoy en el cine
cómo ha quedado el partido
baja la persiana
pon la calefacción a veintiuno
mañana toca el contenedor azul
mesa para cuatro a las nueve
pon el radar de lluvia
música para la fiesta
cuándo sale el último ferry
silencia el grupo del cole
llévame al Leroy Merlin
gasolinera con lavado
idea de regalo para papá
sigue con el audiolibro
cuántos pasos llevo hoy
qué tengo el sábado
ha llegado el paquete
cierra la puerta del garaje
enciende la cafetera
a la derecha en la rotonda
cambia al carril de la izquierda
el semáforo está en rojo, espera
el partido de esta noche lo echan en abierto, quedamos en el bar
qué partidazo el de ayer, el Rayo remontó en el último minuto
con la huelga de Renfe de mañana me toca coger el autobús de las seis
en Semana Santa nos vamos a la playa con los primos
la operación salida de agosto es un caos, salimos a las seis de la mañana
esta noche empieza Operación Triunfo, no me lo pienso perder
estoy enganchadísima a esta serie, un capítulo más y a dormir
pon La 1, que empieza Hospital Central en reposición
en el Monopoly me han mandado a la cárcel tres veces seguidas
el portátil ha pillado un virus, échale un ojo cuando puedas
el ficus necesita terapia intensiva, se le caen todas las hojas
el perro es de raza, pero se porta como un chucho
la huella de carbono del viaje en avión es una barbaridad
ese estilo de juego está en el ADN del club
es un delito no probar el jamón de este bar
qué milagro, he aparcado a la primera en el centro
el tráfico en la M-30 es un infierno a esta hora
bendito aire acondicionado, no se puede estar en la calle
me muero de la risa con los audios de tu hermano
estoy muerta, hoy he hecho doce mil pasos
mi pareja de pádel se muda a Sevilla, tengo que buscarme otra
el orgullo de la afición es lo único que nos queda esta temporada
qué buen ambiente hay en la terraza de la plaza
las fiestas del pueblo empiezan el quince, reserva la casa rural
en Fallas no hay quien aparque en Valencia
nos vemos en la plaza de la Catedral, delante de la heladería
la visita guiada empieza a las once en la puerta del monasterio
el concierto de órgano en la catedral es gratis el sábado
confiesa, te has comido tú el último trozo de tarta
eres un santo por venir a recogerme
esta tarta de queso es pecado
los chistes malos son genéticos en esta familia
el Athletic ha ganado en San Mamés, mi padre está eufórico
los colchoneros vuelven a estar primeros, quién lo diría
hoy en clase votan al delegado, mi hija se presenta
en la comunidad de vecinos votamos el ascensor y salió que sí
de qué color pintamos el salón, verde o azul
en la novela el ADN del vaso descubre al mayordomo
en la oficina estamos en plena crisis, el cliente lo ha cambiado todo
las acciones han caído un diez por ciento hoy
en el torneo de mus del bar quedamos terceros
puedes recoger al peque a las cinco de natación
la tutoría es el jueves a las cinco y media
el vuelo a Lisboa lleva una hora de retraso
dónde hay un buen café por aquí
el borrador de la renta ya está, solo falta confirmarlo
la lavadora pierde agua otra vez, llamo al técnico
hay que cambiar las ruedas antes del invierno
mi madre coge el tren de más tarde, me acaba de llamar
se acaba el tique de la ORA en diez minutos
el bar de la esquina cierra los lunes por descanso
vaya, me he dejado el táper del niño en la encimera
el cole empieza el martes después de las vacaciones
el ascensor de la oficina lleva toda la mañana sin funcionar
la medalla de la carrera popular está colgada en el pasillo
puedes pedirle el taladro al vecino del tercero
el armario de Ikea lleva tres días a medio montar
el cumple de Lucas es en el parque de bolas a las seis
hoy hay clásico, así que la cena en el sofá
recuérdame pagar la cuota del gimnasio antes del cinco
""",
    "fr": """
météo à Nantes demain
je prends un parapluie
parking près de la gare
lis la liste de courses
note lait et œufs
décale le coiffeur
commande une pizza
prochain RER pour rentrer
qu'est-ce qui passe au ciné
score du match de Lens
baisse les volets
chauffage à vingt et un
c'est demain la poubelle jaune
table pour quatre à vingt heures
montre le radar de pluie
playlist pour la soirée
dernier bateau pour l'île
mets le groupe de la classe en sourdine
itinéraire vers le Leroy Merlin
station avec lavage
idée cadeau pour papa
reprends le livre audio
combien de pas aujourd'hui
qu'est-ce que j'ai samedi
le colis est arrivé
ferme le portail
lance la cafetière
deuxième à droite après le feu
reste sur la file de gauche
on fait une partie de pétanque après le déjeuner
je suis parti à huit heures et j'étais encore en retard
grève SNCF demain, je prends le covoiturage
je suis accro à cette série, encore un épisode et au lit
mets TF1, HPI commence dans cinq minutes
le Dr House d'hier soir, j'avais deviné avant la fin
au Monopoly je suis allé en prison trois fois de suite
l'ordi a chopé un virus, tu peux regarder ce soir
mon ficus a besoin d'une thérapie, il perd toutes ses feuilles
j'ai oublié le code de mon casier à la piscine
le syndic n'a toujours pas réparé la porte du hall
la porte du garage est condamnée depuis les travaux
le chat a été pris en flagrant délit dans le beurre
c'est un film culte, tu ne l'as jamais vu
tu prêches une convaincue, je déteste aussi les réunions du lundi
le chocolat noir, c'est mon péché mignon
c'est l'enfer, ce périph à dix-huit heures
un miracle, j'ai trouvé une place devant chez nous
ton frère rendra la perceuse à la Saint-Glinglin
mon Dieu, quelle queue à la boulangerie
ce soir c'est la grand-messe du foot, France Allemagne
les Verts ont gagné à Geoffroy-Guichard, mon père est aux anges
les Bleus jouent à vingt et une heures, on mange devant
le chien des voisins est un chien de race, mais il aboie comme un bâtard
l'empreinte carbone de notre voyage en avion, ça fait peur
l'élégance, c'est dans l'ADN de la maison, dit la pub
j'étais malade de rire devant le spectacle
je meurs de chaud dans ce bureau
j'ai fait quinze mille pas, je suis mort
pendant les vacances de la Toussaint on va chez mamie en Bretagne
le lundi de Pentecôte, la boulangerie est fermée
le marché de Noël est sur le parvis de la cathédrale, on y va samedi
la visite guidée commence à onze heures devant l'abbaye
le concert d'orgue à Saint-Eustache est gratuit dimanche
la Fête de la musique tombe un samedi cette année
aujourd'hui à l'école ils élisent les délégués, ma fille se présente
en assemblée générale de copro on a voté le ravalement
on peint la chambre en vert ou en bleu
dans le polar, c'est l'ADN sur le verre qui trahit le majordome
au bureau c'est la crise, le client a tout changé à la dernière minute
l'action a perdu dix pour cent aujourd'hui
on a gagné le tournoi de belote du village
tu peux récupérer le petit à la piscine à seize heures
la réunion parents-profs est jeudi à dix-sept heures trente
le vol pour Lisbonne a une heure de retard
il y a un bon café dans le coin
ce week-end je dois remplir la déclaration d'impôts
la machine à laver fuit encore, j'appelle le SAV
il faut passer aux pneus hiver avant novembre
maman prend le train d'après, elle vient d'appeler
le ticket de stationnement expire dans dix minutes
le resto du coin est fermé le lundi
zut, j'ai oublié la boîte à goûter du petit sur le plan de travail
la rentrée c'est mardi
l'ascenseur du bureau est en panne depuis ce matin
la médaille du semi-marathon est accrochée dans l'entrée
tu peux emprunter l'escabeau aux voisins du dessus
le meuble Ikea est à moitié monté depuis trois jours
l'anniversaire de Lucas, c'est au trampoline park à quinze heures
je suis fier de toi, le permis du premier coup
mets le minuteur des pâtes
""",
    "it": """
che tempo fa a Genova domani
porto l'ombrello o no
parcheggio vicino alla stazione
leggi la lista della spesa
segna latte e uova
sposta il parrucchiere
ordina una pizza
prossimo regionale per casa
cosa danno al cinema stasera
com'è finita la partita
abbassa le tapparelle
riscaldamento a ventuno
domani passa la plastica
tavolo per quattro alle otto e mezza
fammi vedere il radar della pioggia
musica per la festa
ultimo traghetto per Ischia
silenzia il gruppo della classe
portami al Brico
distributore con autolavaggio
idea regalo per papà
riprendi l'audiolibro
quanti passi ho fatto oggi
cosa ho sabato
è arrivato il pacco
chiudi il cancello
accendi la moka elettrica
gira a destra dopo l'edicola
tieni la sinistra al bivio
il treno è già partito, prendo quello dopo
sono partita alle otto e c'era già coda in tangenziale
domani sciopero dei treni, vado in macchina
stasera c'è la partita, ci vediamo al bar sotto casa
il Milan ha vinto a San Siro, mio padre è al settimo cielo
i viola hanno pareggiato all'ultimo minuto
metti Rai Uno, sta per cominciare Don Matteo
stasera rivediamo Montalbano, è la puntata con la spiaggia
sono fissata con questa serie, un'altra puntata e poi a letto
sto leggendo un giallo di Camilleri, non riesco a mollarlo
a Monopoli sono finito in prigione tre volte di fila
il piccolo gioca all'Allegro Chirurgo e suona ogni due secondi
il portatile si è preso un virus, ci dai un'occhiata stasera
il basilico ha bisogno di una terapia d'urto, è tutto moscio
ho rinnovato la tessera del supermercato, ci sono i punti doppi
mi sono iscritta in palestra, il corso di spinning è il martedì
il mio compagno di banco mi ha prestato il compasso
peccato, la gelateria ha già chiuso
la tangenziale a quest'ora è un inferno
miracolo, ho trovato parcheggio sotto casa
benedetto ragazzo, ha perso di nuovo le chiavi
Dio mio, che caldo oggi
quel cane è di razza, ma si comporta come un bastardino
l'impronta ecologica del volo ci ha fatto spavento
la grinta è nel DNA di questa squadra
quel gelato al pistacchio mi fa impazzire
sono malato di calcio, lo sai, non mi perdo una partita
sto morendo di caldo in questo ufficio
ho fatto quindicimila passi, sono morta
per il ponte dell'Immacolata andiamo in montagna
a Ferragosto la città è deserta, trovi parcheggio ovunque
per San Gennaro a Napoli è festa, gli uffici chiudono
ci vediamo sul sagrato del Duomo, davanti al negozio di libri
scendi a Santa Maria Novella, ti aspetto al binario
la visita guidata parte alle undici davanti all'abbazia
il concerto d'organo in basilica è gratis domenica
il presepe vivente del paese attira un sacco di turisti
oggi a scuola eleggono i rappresentanti di classe, mio figlio si candida
in assemblea di condominio abbiamo votato il rifacimento della facciata
l'amministratore di condominio non ha ancora fatto aggiustare il citofono
dipingiamo la cameretta verde o azzurra
nel giallo il DNA sul bicchiere incastra il maggiordomo
in ufficio siamo in crisi, il cliente ha cambiato tutto all'ultimo
il titolo in borsa oggi ha perso il dieci per cento
al torneo di burraco della bocciofila siamo arrivati in finale
puoi prendere il piccolo in piscina alle quattro
il colloquio con le maestre è giovedì alle cinque e mezza
il volo per Lisbona ha un'ora di ritardo
dove si prende un buon caffè qui intorno
questo fine settimana devo fare il 730
la lavatrice perde di nuovo, chiamo l'assistenza
bisogna montare le gomme invernali entro novembre
la mamma prende il treno dopo, mi ha appena chiamato
il grattino del parcheggio scade tra dieci minuti
la trattoria all'angolo il lunedì è chiusa per riposo
uffa, ho lasciato la merenda del piccolo sul tavolo
la scuola ricomincia martedì
l'ascensore dell'ufficio è fermo da stamattina
la medaglia della mezza maratona è appesa in corridoio
puoi farti prestare il trapano dal vicino del terzo piano
il compleanno di Luca è al parco giochi alle quattro
""",
}
"""Harmless spoken sentences: look-alike words, idioms, street and place names, teams, series, games and public
holidays, and plain everyday chat and commands to glasses or phone."""
