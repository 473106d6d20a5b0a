"""Keywords per tier-1 interest branch in German, Spanish, French and Italian, written for the edge project from
the IAB branch names (not from any request of the labelled set or the composed corpus).

The English encoder reads these languages poorly, so the topic head learns their words through its n-gram table.
The composed requests cover a few hundred facts per language; these keywords widen the vocabulary each branch is
known by, in the same way `seeds.json` does for the taxonomy's English node names. `train.py` puts each keyword
in a few of its language's request frames (`FRAMES`).
"""

from __future__ import annotations

import random

FRAMES: dict[str, tuple[str, ...]] = {
    "de": (
        "{x}",
        "erzähl mir was über {x}",
        "ich interessiere mich für {x}",
        "gibt es neues zu {x}",
        "ich suche {x}",
        "was ist gut bei {x}",
        "hast du tipps zu {x}",
        "wie fange ich mit {x} an",
        "was weißt du über {x}",
        "zeig mir was zu {x}",
        "ich hab eine frage zu {x}",
        "lohnt sich {x}",
    ),
    "es": (
        "{x}",
        "háblame de {x}",
        "me interesa {x}",
        "qué hay de nuevo sobre {x}",
        "estoy buscando {x}",
        "qué es lo mejor en {x}",
        "alguna recomendación sobre {x}",
        "cómo empiezo con {x}",
        "qué sabes de {x}",
        "enséñame algo de {x}",
        "tengo una pregunta sobre {x}",
        "vale la pena {x}",
    ),
    "fr": (
        "{x}",
        "parle-moi de {x}",
        "je m'intéresse à {x}",
        "quoi de neuf sur {x}",
        "je cherche {x}",
        "c'est quoi le mieux pour {x}",
        "tu as des conseils sur {x}",
        "comment débuter avec {x}",
        "qu'est-ce que tu sais sur {x}",
        "montre-moi quelque chose sur {x}",
        "j'ai une question sur {x}",
        "ça vaut le coup {x}",
    ),
    "it": (
        "{x}",
        "parlami di {x}",
        "mi interessa {x}",
        "novità su {x}",
        "sto cercando {x}",
        "qual è il migliore per {x}",
        "hai consigli su {x}",
        "come inizio con {x}",
        "cosa sai di {x}",
        "fammi vedere qualcosa su {x}",
        "ho una domanda su {x}",
        "vale la pena {x}",
    ),
}

KEYWORDS: dict[str, dict[str, str]] = {
    "Automotive": {
        "de": "auto; gebrauchtwagen; elektroauto; reifenwechsel; ölwechsel; autowerkstatt; tüv; kombi; cabrio; "
        "suv; motorrad; wohnmobil; autoversicherung; spritverbrauch; ladestation; autowäsche; winterreifen; "
        "autokauf; oldtimer; hybridauto",
        "es": "coche; coche de segunda mano; coche eléctrico; cambio de aceite; taller mecánico; itv; neumáticos; "
        "todoterreno; moto; autocaravana; seguro del coche; consumo de gasolina; punto de carga; lavado de coche; "
        "descapotable; coche híbrido; concesionario; coches clásicos",
        "fr": "voiture; voiture d'occasion; voiture électrique; vidange; garagiste; contrôle technique; pneus; "
        "break; cabriolet; moto; camping-car; assurance auto; consommation d'essence; borne de recharge; "
        "lavage auto; pneus neige; concessionnaire; voitures de collection; voiture hybride",
        "it": "auto; auto usata; auto elettrica; cambio olio; meccanico; revisione auto; gomme; gomme invernali; "
        "station wagon; cabrio; moto; camper; assicurazione auto; consumi di benzina; colonnina di ricarica; "
        "autolavaggio; concessionaria; auto d'epoca; auto ibrida; tagliando",
    },
    "Books and Literature": {
        "de": "roman; krimi; sachbuch; hörbuch; gedichte; bestseller; buchclub; fantasyroman; biografie; "
        "kinderbuch; comic; literaturpreis; lesetipps; neuerscheinungen; klassiker der literatur; e-book; "
        "autorin; thriller zum lesen",
        "es": "novela; novela negra; libro de no ficción; audiolibro; poesía; superventas; club de lectura; "
        "novela de fantasía; biografía; libro infantil; cómic; premio literario; libros recomendados; "
        "novedades editoriales; clásicos de la literatura; libro electrónico; escritora",
        "fr": "roman; polar; essai; livre audio; poésie; best-seller; club de lecture; roman fantastique; "
        "biographie; livre pour enfants; bande dessinée; prix goncourt; conseils de lecture; nouveautés en "
        "librairie; classiques de la littérature; liseuse; romancière",
        "it": "romanzo; giallo; saggio; audiolibro; poesia; bestseller; club del libro; romanzo fantasy; "
        "biografia; libro per bambini; fumetto; premio strega; libri da leggere; novità in libreria; classici "
        "della letteratura; ebook; scrittrice",
    },
    "Business and Finance": {
        "de": "börse; dax; aktienkurs; quartalszahlen; inflation; leitzins; konjunktur; startup; fusion; "
        "ölpreis; wirtschaftsnachrichten; unternehmensgründung; umsatz; bilanz; handelsstreit; zölle; "
        "arbeitsmarkt; bruttoinlandsprodukt",
        "es": "bolsa; ibex 35; cotización; resultados trimestrales; inflación; tipos de interés; economía; "
        "startup; fusión de empresas; precio del petróleo; noticias económicas; crear una empresa; "
        "facturación; aranceles; mercado laboral; pib; emprendimiento",
        "fr": "bourse; cac 40; cours de l'action; résultats trimestriels; inflation; taux directeur; économie; "
        "start-up; fusion d'entreprises; prix du pétrole; actualité économique; créer une entreprise; chiffre "
        "d'affaires; droits de douane; marché du travail; pib; entrepreneuriat",
        "it": "borsa; ftse mib; quotazione; risultati trimestrali; inflazione; tassi di interesse; economia; "
        "startup; fusione aziendale; prezzo del petrolio; notizie economiche; aprire un'azienda; fatturato; "
        "dazi; mercato del lavoro; pil; imprenditoria",
    },
    "Careers": {
        "de": "lebenslauf; bewerbung; vorstellungsgespräch; jobsuche; gehaltsverhandlung; berufswechsel; "
        "weiterbildung; praktikum; stellenangebote; homeoffice; kündigung schreiben; karriere; "
        "anschreiben; beförderung; quereinstieg",
        "es": "currículum; carta de presentación; entrevista de trabajo; buscar empleo; negociar el sueldo; "
        "cambiar de carrera; prácticas; ofertas de trabajo; teletrabajo; ascenso; formación profesional; "
        "trabajo de verano; linkedin",
        "fr": "cv; lettre de motivation; entretien d'embauche; recherche d'emploi; négocier son salaire; "
        "reconversion professionnelle; stage; offres d'emploi; télétravail; promotion; formation "
        "professionnelle; démission; job d'été; linkedin",
        "it": "curriculum; lettera di presentazione; colloquio di lavoro; cercare lavoro; negoziare lo "
        "stipendio; cambiare carriera; tirocinio; offerte di lavoro; smart working; promozione; formazione "
        "professionale; dimissioni; lavoro estivo; linkedin",
    },
    "Education": {
        "de": "studium; universität; online-kurs; sprachkurs; englisch lernen; abitur; hausaufgaben; "
        "nachhilfe; stipendium; master; lernen für prüfungen; volkshochschule; mathe lernen; fernstudium; "
        "ausbildung; erasmus",
        "es": "carrera universitaria; universidad; curso online; curso de idiomas; aprender inglés; "
        "selectividad; deberes; clases particulares; beca; máster; estudiar para exámenes; aprender "
        "matemáticas; estudiar a distancia; formación profesional; erasmus; oposiciones",
        "fr": "études; université; cours en ligne; cours de langue; apprendre l'anglais; bac; devoirs; "
        "soutien scolaire; bourse d'études; master; réviser ses examens; apprendre les maths; parcoursup; "
        "grande école; erasmus; mooc",
        "it": "università; corso online; corso di lingua; imparare l'inglese; maturità; compiti; ripetizioni; "
        "borsa di studio; master; studiare per gli esami; imparare la matematica; laurea; erasmus; test di "
        "ingresso; liceo",
    },
    "Entertainment": {
        "de": "film; kino; serie; netflix; tatort; musik; album; konzertfilm; comedy; schauspieler; "
        "oscarverleihung; kinofilme; streaming; playlist; sänger; charts; podcast; dokumentation",
        "es": "película; cine; serie; netflix; música; disco nuevo; humorista; actor; los oscar; cartelera; "
        "streaming; lista de reproducción; cantante; los cuarenta principales; pódcast; documental; "
        "telenovela",
        "fr": "film; cinéma; série; netflix; musique; nouvel album; humoriste; acteur; les césar; les oscars; "
        "streaming; playlist; chanteur; top des ventes; podcast; documentaire; séries policières",
        "it": "film; cinema; serie tv; netflix; musica; nuovo album; comico; attore; gli oscar; sanremo; "
        "streaming; playlist; cantante; classifica; podcast; documentario; fiction",
    },
    "Events": {
        "de": "festival; konzert; open air; weihnachtsmarkt; oktoberfest; messe; veranstaltungen; "
        "stadtfest; flohmarkt; konzertkarten; theater; karneval; silvesterparty; lesung; kabarett",
        "es": "festival; concierto; entradas para el concierto; feria; fiestas del pueblo; mercadillo; "
        "eventos este fin de semana; teatro; carnaval; fiesta de nochevieja; san fermín; las fallas; "
        "monólogos; verbena",
        "fr": "festival; concert; billets de concert; fête de la musique; brocante; salon; événements ce "
        "week-end; théâtre; carnaval; réveillon; marché de noël; spectacle; feu d'artifice; vide-grenier",
        "it": "festival; concerto; biglietti per il concerto; sagra; fiera; eventi nel weekend; teatro; "
        "carnevale; capodanno; mercatino di natale; spettacolo; fuochi d'artificio; notte bianca; palio",
    },
    "Family and Relationships": {
        "de": "erziehung; kleinkind; teenager; hochzeitstag; großeltern; geschwister; babysitter; "
        "familienausflug; elternzeit; kita; freundschaft; schwiegereltern; partnerschaft; kindergeburtstag",
        "es": "crianza; niños pequeños; adolescentes; aniversario; abuelos; hermanos; canguro; plan en "
        "familia; baja por paternidad; guardería; amistad; suegros; pareja; cumpleaños infantil",
        "fr": "éducation des enfants; tout-petits; ados; anniversaire de mariage; grands-parents; frères et "
        "sœurs; baby-sitter; sortie en famille; congé parental; crèche; amitié; belle-famille; vie de couple",
        "it": "educazione dei figli; bambini piccoli; adolescenti; anniversario; nonni; fratelli; babysitter; "
        "gita in famiglia; congedo parentale; asilo nido; amicizia; suoceri; vita di coppia; festa per bambini",
    },
    "Fine Art": {
        "de": "malerei; museum für moderne kunst; ausstellung; gemälde; bildhauerei; kunstgalerie; "
        "impressionismus; aquarell; ölmalerei; kunstgeschichte; fotografie als kunst; street art; kupferstich",
        "es": "pintura; museo del prado; exposición; cuadro; escultura; galería de arte; impresionismo; "
        "acuarela; pintura al óleo; historia del arte; arte urbano; grabado; arte contemporáneo",
        "fr": "peinture; musée d'art; exposition; tableau; sculpture; galerie d'art; impressionnisme; "
        "aquarelle; peinture à l'huile; histoire de l'art; street art; gravure; art contemporain",
        "it": "pittura; museo d'arte; mostra; quadro; scultura; galleria d'arte; rinascimento; acquerello; "
        "pittura a olio; storia dell'arte; arte di strada; incisione; arte contemporanea; affreschi",
    },
    "Food & Drink": {
        "de": "rezept; kochen; backen; wein; bier; restaurant; italienisch essen; vegetarisch kochen; "
        "kuchen; brot backen; frühstück; cocktails; kaffee; sushi; pizza bestellen; grillen; eintopf; "
        "abendessen",
        "es": "receta; cocinar; repostería; vino; cerveza; restaurante; comida italiana; recetas "
        "vegetarianas; tarta; hacer pan; desayuno; cócteles; café; sushi; pedir pizza; barbacoa; paella; "
        "tapas; cena",
        "fr": "recette; cuisiner; pâtisserie; vin; bière; restaurant; cuisine italienne; recettes "
        "végétariennes; gâteau; faire du pain; petit-déjeuner; cocktails; café; sushi; commander une pizza; "
        "barbecue; quiche; dîner",
        "it": "ricetta; cucinare; dolci; vino; birra; ristorante; cucina italiana; ricette vegetariane; torta; "
        "fare il pane; colazione; cocktail; caffè; sushi; ordinare una pizza; grigliata; risotto; cena; "
        "aperitivo",
    },
    "Healthy Living": {
        "de": "fitness; joggen; laufen für anfänger; yoga; krafttraining; abnehmen; gesunde ernährung; "
        "schritte zählen; radfahren; schwimmen; pilates; meditation; stretching; marathon trainieren; "
        "fitnessstudio",
        "es": "fitness; correr; running para principiantes; yoga; entrenamiento de fuerza; adelgazar; "
        "alimentación sana; contar pasos; ciclismo; natación; pilates; meditación; estiramientos; "
        "gimnasio",
        "fr": "fitness; courir; course à pied débutant; yoga; musculation; perdre du poids; manger sain; "
        "nombre de pas; vélo; natation; pilates; méditation; étirements; salle de sport",
        "it": "fitness; correre; corsa per principianti; yoga; allenamento con i pesi; dimagrire; "
        "alimentazione sana; contapassi; ciclismo; nuoto; pilates; meditazione; stretching; palestra",
    },
    "Hobbies & Interests": {
        "de": "stricken; häkeln; angeln; fotografieren; modellbau; brettspiele; gärtnern als hobby; "
        "zeichnen lernen; gitarre lernen; klettern; bouldern; wandern; camping; vogelbeobachtung; "
        "töpfern; puzzle",
        "es": "tejer; ganchillo; pesca; fotografía; maquetas; juegos de mesa; dibujar; aprender guitarra; "
        "escalada; senderismo; acampada; observar aves; cerámica; puzles; manualidades",
        "fr": "tricot; crochet; pêche; photographie; maquettes; jeux de société; apprendre à dessiner; "
        "apprendre la guitare; escalade; randonnée; camping; ornithologie; poterie; puzzle; loisirs créatifs",
        "it": "maglia; uncinetto; pesca; fotografia; modellismo; giochi da tavolo; imparare a disegnare; "
        "imparare la chitarra; arrampicata; escursionismo; campeggio; birdwatching; ceramica; puzzle; "
        "fai da te creativo",
    },
    "Home & Garden": {
        "de": "garten; rasen mähen; pflanzen; zimmerpflanzen; renovieren; heimwerken; möbel; küche "
        "einrichten; streichen; tapezieren; balkon; hochbeet; rasenmäher; putzen; wohnzimmer dekorieren",
        "es": "jardín; cortar el césped; plantas; plantas de interior; reformar la casa; bricolaje; muebles; "
        "decoración; pintar la pared; terraza; huerto urbano; cortacésped; limpieza del hogar",
        "fr": "jardin; tondre la pelouse; plantes; plantes d'intérieur; rénovation; bricolage; meubles; "
        "décoration; peindre un mur; balcon; potager; tondeuse; ménage; parquet",
        "it": "giardino; tagliare l'erba; piante; piante da appartamento; ristrutturare casa; fai da te; "
        "mobili; arredamento; imbiancare; balcone; orto; tosaerba; pulizie di casa; parquet",
    },
    "Personal Celebrations & Life Events": {
        "de": "hochzeit planen; geburtstagsfeier; junggesellenabschied; babyparty; jubiläum; umzug; "
        "ruhestand; abschlussfeier; geschenkideen zum geburtstag; hochzeitskleid; verlobung",
        "es": "organizar una boda; fiesta de cumpleaños; despedida de soltero; baby shower; aniversario; "
        "mudanza; jubilación; graduación; ideas de regalo de cumpleaños; vestido de novia; pedida de mano",
        "fr": "organiser un mariage; fête d'anniversaire; enterrement de vie de garçon; baby shower; "
        "anniversaire de mariage; déménagement; départ à la retraite; remise de diplôme; idées cadeaux; robe "
        "de mariée; fiançailles",
        "it": "organizzare un matrimonio; festa di compleanno; addio al celibato; baby shower; anniversario; "
        "trasloco; pensione; festa di laurea; idee regalo; abito da sposa; fidanzamento",
    },
    "Personal Finance": {
        "de": "sparen; budget; kredit; girokonto; kreditkarte; altersvorsorge; etf sparplan; steuererklärung; "
        "versicherung; schulden abbauen; tagesgeld; bausparvertrag; rente; haushaltsbuch",
        "es": "ahorrar; presupuesto; préstamo; cuenta corriente; tarjeta de crédito; plan de pensiones; "
        "fondos indexados; declaración de la renta; seguro; pagar deudas; cuenta de ahorro; jubilación; "
        "gastos del mes",
        "fr": "épargne; budget; crédit; compte courant; carte bancaire; retraite; assurance vie; déclaration "
        "d'impôts; assurance; rembourser ses dettes; livret a; etf; dépenses du mois",
        "it": "risparmiare; budget; prestito; conto corrente; carta di credito; pensione integrativa; etf; "
        "dichiarazione dei redditi; assicurazione; pagare i debiti; conto deposito; spese del mese; mutuo",
    },
    "Pets": {
        "de": "hund; katze; welpe; kätzchen; hundefutter; katzenfutter; tierarzt; hundeschule; aquarium; "
        "hamster; kaninchen; gassi gehen; katzenklo; papagei; haustier",
        "es": "perro; gato; cachorro; gatito; pienso para perros; comida para gatos; veterinario; "
        "adiestramiento canino; acuario; hámster; conejo; pasear al perro; arenero; loro; mascota",
        "fr": "chien; chat; chiot; chaton; croquettes; pâtée pour chat; vétérinaire; éducation canine; "
        "aquarium; hamster; lapin; promener le chien; litière; perroquet; animal de compagnie",
        "it": "cane; gatto; cucciolo; gattino; crocchette; cibo per gatti; veterinario; addestramento del "
        "cane; acquario; criceto; coniglio; portare fuori il cane; lettiera; pappagallo; animale domestico",
    },
    "Real Estate": {
        "de": "wohnung kaufen; haus kaufen; mietwohnung; immobilienpreise; baufinanzierung; makler; "
        "eigentumswohnung; mietpreise; grundstück; nebenkosten; wohnungsbesichtigung; bauzinsen",
        "es": "comprar piso; comprar casa; piso de alquiler; precio de la vivienda; hipoteca; inmobiliaria; "
        "alquiler; terreno; gastos de comunidad; visitar un piso; casas en venta",
        "fr": "acheter un appartement; acheter une maison; location; prix de l'immobilier; prêt immobilier; "
        "agence immobilière; loyer; terrain à bâtir; charges de copropriété; visite d'appartement; maisons à "
        "vendre",
        "it": "comprare casa; appartamento in affitto; prezzi delle case; mutuo per la casa; agenzia "
        "immobiliare; affitto; terreno edificabile; spese condominiali; visitare un appartamento; case in "
        "vendita; bilocale",
    },
    "Science": {
        "de": "astronomie; weltraum; raumfahrt; physik; chemie; biologie; evolution; dinosaurier; klimaforschung; "
        "quantenphysik; mars; schwarze löcher; vulkane; erdbeben; experimente",
        "es": "astronomía; espacio; exploración espacial; física; química; biología; evolución; dinosaurios; "
        "cambio climático; física cuántica; marte; agujeros negros; volcanes; terremotos; experimentos",
        "fr": "astronomie; espace; conquête spatiale; physique; chimie; biologie; évolution; dinosaures; "
        "climat; physique quantique; mars; trous noirs; volcans; séismes; expériences scientifiques",
        "it": "astronomia; spazio; esplorazione spaziale; fisica; chimica; biologia; evoluzione; dinosauri; "
        "clima; fisica quantistica; marte; buchi neri; vulcani; terremoti; esperimenti",
    },
    "Shopping": {
        "de": "angebote; rabatt; schnäppchen; black friday; online einkaufen; gutschein; sale; geschenk "
        "kaufen; preisvergleich; outlet; lieferung; rücksendung; onlineshop",
        "es": "ofertas; descuento; chollos; black friday; comprar por internet; cupón; rebajas; comprar un "
        "regalo; comparar precios; outlet; envío; devolución; tienda online",
        "fr": "promotions; réduction; bons plans; black friday; acheter en ligne; code promo; soldes; acheter "
        "un cadeau; comparer les prix; outlet; livraison; retour; boutique en ligne",
        "it": "offerte; sconto; affari; black friday; comprare online; coupon; saldi; comprare un regalo; "
        "confrontare i prezzi; outlet; spedizione; reso; negozio online",
    },
    "Sports": {
        "de": "fußball; bundesliga; champions league; tennis; formel 1; basketball; handball; skifahren; "
        "olympische spiele; ergebnisse; tabelle; tor; spieltag; boxen; radrennen; fußballverein",
        "es": "fútbol; la liga; champions league; tenis; fórmula uno; baloncesto; balonmano; esquí; juegos "
        "olímpicos; resultados; clasificación; gol; jornada; boxeo; tour de francia; equipo de fútbol",
        "fr": "football; ligue 1; ligue des champions; tennis; formule 1; basket; handball; ski; jeux "
        "olympiques; résultats; classement; but; rugby; boxe; tour de france; club de foot",
        "it": "calcio; serie a; champions league; tennis; formula uno; basket; pallavolo; sci; olimpiadi; "
        "risultati; classifica; gol; giornata di campionato; boxe; giro d'italia; squadra di calcio",
    },
    "Style & Fashion": {
        "de": "mode; kleidung; outfit; schuhe; sneaker; jacke; kleid; trends; frisur; make-up; hautpflege; "
        "schmuck; handtasche; anzug; jeans",
        "es": "moda; ropa; conjunto; zapatos; zapatillas; chaqueta; vestido; tendencias; peinado; "
        "maquillaje; cuidado de la piel; joyas; bolso; traje; vaqueros",
        "fr": "mode; vêtements; tenue; chaussures; baskets; veste; robe; tendances; coiffure; maquillage; "
        "soin de la peau; bijoux; sac à main; costume; jean",
        "it": "moda; vestiti; outfit; scarpe; sneakers; giacca; vestito; tendenze; acconciatura; trucco; "
        "cura della pelle; gioielli; borsa; completo; jeans",
    },
    "Technology & Computing": {
        "de": "handy; smartphone; laptop; computer; tablet; software; app; betriebssystem; update; wlan; "
        "router; drucker; kopfhörer; smartwatch; programmieren; künstliche intelligenz; festplatte",
        "es": "móvil; smartphone; portátil; ordenador; tableta; programa; aplicación; sistema operativo; "
        "actualización; wifi; router; impresora; auriculares; reloj inteligente; programar; inteligencia "
        "artificial; disco duro",
        "fr": "portable; smartphone; ordinateur portable; ordinateur; tablette; logiciel; appli; système "
        "d'exploitation; mise à jour; wifi; box internet; imprimante; écouteurs; montre connectée; "
        "programmation; intelligence artificielle; disque dur",
        "it": "cellulare; smartphone; portatile; computer; tablet; programma; app; sistema operativo; "
        "aggiornamento; wifi; router; stampante; cuffie; smartwatch; programmare; intelligenza artificiale; "
        "disco rigido",
    },
    "Travel": {
        "de": "urlaub; reise; flug; hotel; ferienwohnung; städtereise; strandurlaub; rucksackreise; "
        "kreuzfahrt; bahnreise; reiseziele; pauschalreise; skiurlaub; reiseführer; visum",
        "es": "vacaciones; viaje; vuelo; hotel; apartamento turístico; escapada; playa; mochilero; crucero; "
        "viajar en tren; destinos; viaje organizado; estación de esquí; guía de viaje; visado",
        "fr": "vacances; voyage; vol; hôtel; location de vacances; week-end en ville; plage; sac à dos; "
        "croisière; voyage en train; destinations; séjour tout compris; station de ski; guide de voyage; visa",
        "it": "vacanze; viaggio; volo; albergo; casa vacanze; weekend in città; mare; zaino in spalla; "
        "crociera; viaggio in treno; mete; pacchetto vacanze; settimana bianca; guida turistica; visto",
    },
    "Video Gaming": {
        "de": "videospiele; konsole; playstation; xbox; nintendo switch; pc-spiele; zocken; gaming; "
        "spieletipps; e-sport; multiplayer; rollenspiel; mods",
        "es": "videojuegos; consola; playstation; xbox; nintendo switch; juegos de pc; jugar online; gaming; "
        "trucos; esports; multijugador; juego de rol",
        "fr": "jeux vidéo; console; playstation; xbox; nintendo switch; jeux pc; jouer en ligne; gaming; "
        "astuces; esport; multijoueur; jeu de rôle",
        "it": "videogiochi; console; playstation; xbox; nintendo switch; giochi per pc; giocare online; "
        "gaming; trucchi; esport; multigiocatore; gioco di ruolo",
    },
    "Attractions": {
        "de": "sehenswürdigkeiten; freizeitpark; zoo; museum; schloss; burg; aussichtspunkt; botanischer "
        "garten; tierpark; stadtführung; öffnungszeiten des museums; wasserpark",
        "es": "lugares de interés; parque de atracciones; zoo; museo; castillo; mirador; jardín botánico; "
        "visita guiada; horario del museo; parque acuático; monumentos",
        "fr": "sites touristiques; parc d'attractions; zoo; musée; château; point de vue; jardin botanique; "
        "visite guidée; horaires du musée; parc aquatique; monuments",
        "it": "cose da vedere; parco divertimenti; zoo; museo; castello; belvedere; orto botanico; visita "
        "guidata; orari del museo; parco acquatico; monumenti",
    },
}  # fmt: skip


def keyword_phrases(seed: int, per_keyword: int = 3) -> list[tuple[str, str, str]]:
    """(request, tier-1 label, language): each keyword in `per_keyword` of its language's frames."""
    rng = random.Random(seed)
    out = []
    for branch, by_language in KEYWORDS.items():
        for lang, keywords in by_language.items():
            for keyword in (k.strip() for k in keywords.split(";")):
                for frame in rng.sample(FRAMES[lang], per_keyword):
                    out.append((frame.format(x=keyword), branch, lang))
    return out
