"""German spoken-style sentences written for the edge project (same layout as sentences_en.py)."""

SENSITIVE: dict[str, dict[str, str]] = {
    "health": {
        "paraphrase": """
ich bin im dritten Monat schwanger
ich muss jeden Morgen meine Tabletten gegen die Stimmungstiefs nehmen
mein Vater hat einen Stent bekommen
ich kann seit Wochen nicht mehr schlafen und weine ständig
meine Zuckerwerte waren heute früh wieder viel zu hoch
erinnere mich daran, das Spray für die Lunge mitzunehmen
meine Oma erkennt mich nicht mehr
er ist Autist, deshalb sind laute Orte schwierig für ihn
ich war sechs Wochen in der Klinik wegen meiner Nerven
der Befund von der Biopsie kommt am Freitag
seit dem Anfall darf ich nicht mehr Auto fahren
ich bin seit zwei Jahren trocken
""",
        "explicit": """
ich habe Diabetes Typ zwei
meine Therapeutin sagt, ich habe eine Depression
mach mir einen Termin beim Psychiater
meine Mutter hat Krebs
ich nehme Antidepressiva
ich habe eine Angststörung
ich bin HIV positiv
""",
    },
    "religion": {
        "paraphrase": """
ich esse kein Schweinefleisch, weil ich Muslim bin
wir fasten bis zum Sonnenuntergang
ich glaube nicht, dass nach dem Tod noch etwas kommt
ich trage jetzt auch bei der Arbeit mein Kopftuch
wir gehen jeden Sonntag zur Messe
am Samstag ist Sabbat, da arbeite ich nicht
ich bin aus der Kirche ausgetreten
meine Eltern sind Zeugen Jehovas
""",
        "explicit": """
wann beginnt dieses Jahr der Ramadan
ich bin evangelisch getauft
wo ist die nächste Moschee
ich bin Atheist
lies mir einen Vers aus der Bibel vor
""",
    },
    "political": {
        "paraphrase": """
ich habe immer die Grünen gewählt
am Samstag gehe ich zur Demo gegen die Regierung
ich verteile Flyer für die SPD im Wahlkampf
ich bin Mitglied der CDU
mein Onkel wählt jetzt die AfD
ich finde, die Monarchie gehört abgeschafft
ich engagiere mich bei Fridays for Future
""",
        "explicit": """
wen soll ich bei der Bundestagswahl wählen
ich bin Kommunist
ich unterstütze die Linke
ich bin politisch eher konservativ
""",
    },
    "sexual_orientation": {
        "paraphrase": """
mein Freund und ich ziehen zusammen, wir sind beide Männer
ich habe mich gestern bei meinen Eltern geoutet
ich stehe auf Männer und Frauen
meine Frau und ich wollen ein Kind adoptieren, wir sind zwei Mütter
ich bin trans und beginne bald mit Hormonen
""",
        "explicit": """
ich bin schwul
ich bin lesbisch
ich bin bisexuell
finde eine Selbsthilfegruppe für queere Jugendliche
""",
    },
    "sex_life": {
        "paraphrase": """
wir versuchen jeden Abend, ein Baby zu bekommen
ich hatte gestern einen One Night Stand
wir führen eine offene Beziehung
das Kondom ist gerissen, was soll ich tun
mein Mann bekommt keine Erektion mehr
""",
        "explicit": """
wie kann ich im Bett länger durchhalten
kauf Kondome und einen Schwangerschaftstest
ich schaue jeden Abend Pornos
""",
    },
    "ethnicity": {
        "paraphrase": """
als schwarze Frau werde ich im Laden ständig beobachtet
meine Großeltern sind aus der Türkei eingewandert
die Leute fragen mich immer, woher ich wirklich komme
wir sind Sinti und werden oft schief angeschaut
ich bin halb Vietnamese, halb Deutscher
""",
        "explicit": """
ich erlebe auf der Arbeit Rassismus
ich bin Kurde und komme aus Syrien
""",
    },
    "trade_union": {
        "paraphrase": """
wir streiken ab Montag, wenn es keine Lohnerhöhung gibt
ich bin im Betriebsrat und Mitglied bei Verdi
unser Tarifvertrag läuft im Juni aus
ich bin seit zwanzig Jahren in der IG Metall
""",
        "explicit": """
ich bin Gewerkschaftsmitglied
wann ist die nächste Gewerkschaftsversammlung
die Gewerkschaft ruft zum Streik auf
""",
    },
    "genetic_biometric": {
        "paraphrase": """
laut DNA Test trage ich das BRCA Gen
speicher meinen Fingerabdruck für die Haustür
der Vaterschaftstest war negativ
mein Gesichtsscan ist in der Bank App hinterlegt
""",
        "explicit": """
ich möchte einen Gentest machen lassen
meine genetischen Daten zeigen ein Risiko für Alzheimer
""",
    },
    "criminal": {
        "paraphrase": """
mein Bewährungshelfer will mich jede Woche sehen
ich saß drei Jahre im Gefängnis
ich habe nächsten Monat einen Gerichtstermin wegen Trunkenheit am Steuer
mein Bruder wurde gestern verhaftet
die Polizei hat bei mir eine Hausdurchsuchung gemacht
ich bin vorbestraft und finde keinen Job
""",
        "explicit": """
ich wurde wegen Diebstahls verurteilt
mein Mann sitzt im Knast
ich bin auf Bewährung
""",
    },
}

ORDINARY: dict[str, str] = {
    "trap": """
die Kirche im Dorf lassen, sagt mein Opa immer
der Film Der Pate läuft heute Abend
mein Computer ist abgestürzt
ich bin total verrückt nach Schokolade
die Grünen Bohnen kommen auf die Einkaufsliste
wir gehen zum Christkindlmarkt
die Arztserie im Fernsehen ist spannend
der Streik im Bowling war knapp
die Polizeiruf Folge am Sonntag war gut
im Urlaub in der Türkei war es sehr heiß
wir fahren im Sommer nach Italien in den Urlaub
treffen wir uns am Kirchplatz vor der Bäckerei
der Akku von meinem Handy stirbt gleich
ich bin süchtig nach dieser Serie
der Parkplatz am Krankenhaus ist voll, park beim Supermarkt
die Partei im Garten beginnt um acht, ich meine die Party
der Weihnachtsmarkt öffnet am Freitag
spiel Highway to Hell von AC DC
mein Laptop hat einen Virus
wir gehen heute Abend zum Italiener
der Streik der Bahn ist vorbei, wann fährt der nächste Zug nach Köln
der FC Bayern hat gestern gewonnen
ich sterbe vor Hunger
im Stadion war die Hölle los
das Wetter ist echt deprimierend
ich lerne gerade Türkisch mit einer App
Ja bitte.
Nein danke.
""",
    "command": """
mach den Fernseher aus
stell die Heizung im Bad an
lösch den Wecker für morgen
wie viel Zeit bleibt noch auf dem Timer
schalte das Licht in der Küche an
verschieb das Meeting auf Donnerstag
antworte auf die letzte E-Mail
ruf meinen Bruder an
wie ist die Temperatur draußen
brauche ich heute einen Regenschirm
spiel das nächste Lied
mach die Musik lauter
was ist zwanzig Prozent von achtzig
lies meine Termine für heute vor
stummschalten
stell einen Wecker für sechs Uhr dreißig
mach das Licht im Wohnzimmer aus
stell die Lautstärke auf zehn
mach leiser
setz Milch auf die Einkaufsliste
was steht auf meiner Einkaufsliste
wie wird das Wetter morgen
regnet es heute Nachmittag
wie spät ist es
welcher Tag ist heute
stell einen Timer auf fünf Minuten
erinnere mich morgen um neun an den Anruf
was habe ich morgen im Kalender
schick eine E-Mail an meinen Chef
lies meine neuen Nachrichten vor
ruf Mama an
füge Peters Nummer zu meinen Kontakten hinzu
nächstes Lied
pause
schalte die Heizung auf einundzwanzig Grad
""",
    "chat": """
hallo
danke schön
tschüss
wie geht es dir
guten Morgen
""",
}

INTERESTS = """
wo gibt es in der Nähe gutes Sushi|Food & Drink
reserviere einen Tisch für zwei beim Italiener|Food & Drink
welcher Wein passt zu Fisch|Food & Drink
finde ein Hotel in Wien|Travel
wann spielt Bayern gegen Dortmund|Sports
welche Filme laufen am Wochenende im Kino|Entertainment
ist das neue iPhone sein Geld wert|Technology & Computing
welches Futter ist gut für meinen Hund|Pets
wann kommt das neue Zelda Spiel raus|Video Gaming
wie pflanze ich Tomaten im Garten|Home & Garden
bestell mir eine Pizza|Food & Drink
gib mir ein Rezept für Käsespätzle|Food & Drink
finde günstige Flüge nach Lissabon|Travel
wer hat das Spiel von Dortmund gewonnen|Sports
spiel etwas Jazz|Entertainment
welches Handy hat die beste Kamera|Technology & Computing
wie wechsle ich das Öl bei meinem Auto|Automotive
""".strip()
