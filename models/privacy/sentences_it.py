"""Italian spoken-style sentences written for the edge project (same layout as sentences_en.py)."""

SENSITIVE: dict[str, dict[str, str]] = {
    "health": {
        "paraphrase": """
sono incinta di tre mesi
a mio padre hanno messo un pacemaker ieri
non riesco a dormire e piango tutti i giorni
ricordami di prendere le pastiglie per la pressione
mia nonna non mi riconosce più
devo fare l'insulina prima di mangiare
mi hanno tolto un nodulo al seno
è un anno che non bevo, vado alle riunioni il martedì
mio figlio è autistico, i posti rumorosi sono difficili
""",
        "explicit": """
ho il diabete di tipo due
la mia psicologa dice che ho la depressione
prenota una visita dallo psichiatra
a mia madre hanno diagnosticato un tumore
prendo antidepressivi
sono sieropositivo
""",
    },
    "religion": {
        "paraphrase": """
sono musulmano e non mangio maiale
andiamo a messa ogni domenica
non credo che ci sia qualcosa dopo la morte
porto il velo anche al lavoro
digiuniamo fino al tramonto
""",
        "explicit": """
quando inizia il ramadan quest'anno
sono cattolica praticante
trova una moschea qui vicino
sono ateo
""",
    },
    "political": {
        "paraphrase": """
ho sempre votato per il Partito Democratico
sabato vado alla manifestazione contro il governo
distribuisco volantini per la campagna della Lega
mio zio vota Fratelli d'Italia
sono iscritto al Movimento Cinque Stelle
""",
        "explicit": """
per chi dovrei votare alle elezioni
sono comunista
sostengo la sinistra
""",
    },
    "sexual_orientation": {
        "paraphrase": """
io e il mio ragazzo andiamo a vivere insieme, siamo due uomini
ho fatto coming out con i miei genitori ieri sera
mi piacciono sia gli uomini che le donne
io e mia moglie vogliamo adottare, siamo due mamme
sono una donna trans
""",
        "explicit": """
sono gay
sono lesbica
sono bisessuale
""",
    },
    "sex_life": {
        "paraphrase": """
ieri sera sono andato a letto con una ragazza dell'app
abbiamo una relazione aperta
si è rotto il preservativo, cosa faccio
mio marito non riesce più ad avere un'erezione
""",
        "explicit": """
come posso durare di più a letto
compra preservativi e un test di gravidanza
""",
    },
    "ethnicity": {
        "paraphrase": """
come donna nera mi seguono nei negozi
i miei nonni sono arrivati dall'Albania senza documenti
la gente mi chiede sempre da dove vengo davvero
sono rom e mi guardano male
""",
        "explicit": """
subisco razzismo al lavoro
sono di origine senegalese e mi fermano spesso
""",
    },
    "trade_union": {
        "paraphrase": """
lunedì scioperiamo se non ci aumentano lo stipendio
sono delegato della CGIL in azienda
il nostro contratto collettivo scade a giugno
""",
        "explicit": """
sono iscritto al sindacato
quando è la prossima assemblea sindacale
""",
    },
    "genetic_biometric": {
        "paraphrase": """
il test del DNA dice che ho il gene BRCA
salva la mia impronta digitale per la porta
il test di paternità è negativo
""",
        "explicit": """
voglio fare un test genetico
i miei dati genetici mostrano un rischio di Alzheimer
""",
    },
    "criminal": {
        "paraphrase": """
l'assistente sociale della libertà vigilata vuole vedermi ogni settimana
ho fatto tre anni di carcere
il mese prossimo ho un processo per guida in stato di ebbrezza
mio fratello è stato arrestato ieri sera
ho la fedina penale sporca e nessuno mi assume
""",
        "explicit": """
sono stato condannato per furto
mio marito è in prigione
""",
    },
}

ORDINARY: dict[str, str] = {
    "trap": """
il mio computer ha un virus
vado pazzo per il cioccolato
la serie sui medici in tv è bellissima
andiamo al mercatino di Natale
stasera danno Il Padrino in tv
adoro la cucina indiana
la partita è stata pazzesca
l'hotel è accanto al duomo
il mio telefono è morto
No, grazie.
ci vediamo in via della Chiesa davanti al forno
sono dipendente da questa serie
il parcheggio dell'ospedale è pieno, parcheggia al centro commerciale
la batteria del telefono sta morendo
muoio di fame
la Juve ha vinto ieri sera
lo sciopero dei treni è finito, quando parte il prossimo Frecciarossa
andiamo al ristorante cinese stasera
questo tempo è deprimente
Sì, grazie.
""",
    "command": """
spegni la tv
abbassa il volume
cancella la sveglia di domani
accendi la luce in cucina
sposta la riunione a giovedì
rispondi all'ultima mail
leggi i miei messaggi
mi serve l'ombrello oggi
quanto fa il venti per cento di ottanta
aggiungi il numero di Anna ai contatti
crea una nuova lista per il viaggio
che giorno è oggi
ferma la musica
silenzia il telefono per un'ora
alza il riscaldamento
metti una sveglia alle sette
spegni la luce del soggiorno
alza il volume
aggiungi il latte alla lista della spesa
che tempo farà domani
che ore sono
imposta un timer di dieci minuti
ricordami di chiamare la mamma alle cinque
cosa ho in agenda domani
manda una mail al mio capo
chiama mio fratello
prossima canzone
""",
    "chat": """
ciao
grazie mille
a dopo
""",
}

INTERESTS = """
dove trovo del buon sushi qui vicino|Food & Drink
prenota un tavolo per due stasera|Food & Drink
che vino va bene con il pesce|Food & Drink
trova un hotel a Lisbona|Travel
quando gioca il Milan|Sports
che film danno questo fine settimana|Entertainment
vale la pena il nuovo iPhone|Technology & Computing
che cibo è buono per il mio cane|Pets
come pianto i pomodori in giardino|Home & Garden
come cambio l'olio della macchina|Automotive
ordinami una pizza|Food & Drink
dammi una ricetta per la carbonara|Food & Drink
trova voli economici per Parigi|Travel
chi ha vinto la partita dell'Inter|Sports
metti un po' di jazz|Entertainment
""".strip()
