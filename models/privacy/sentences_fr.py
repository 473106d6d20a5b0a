"""French spoken-style sentences written for the edge project (same layout as sentences_en.py)."""

SENSITIVE: dict[str, dict[str, str]] = {
    "health": {
        "paraphrase": """
je suis enceinte de trois mois
mon père a eu un pontage la semaine dernière
je n'arrive plus à dormir et je pleure tout le temps
rappelle-moi de prendre mes cachets pour la tension
ma grand-mère ne me reconnaît plus
je fais ma piqûre d'insuline avant chaque repas
on m'a enlevé une grosseur au sein
ça fait un an que je ne bois plus, je vais aux réunions le mardi
mon fils est autiste, le bruit est difficile pour lui
""",
        "explicit": """
j'ai du diabète de type deux
ma psy pense que je fais une dépression
prends-moi rendez-vous chez le psychiatre
ma mère a un cancer
je prends des antidépresseurs
je suis séropositif
""",
    },
    "religion": {
        "paraphrase": """
je suis musulman et je ne mange pas de porc
on va à la messe tous les dimanches
je ne crois pas qu'il y ait quelque chose après la mort
je porte le voile au travail maintenant
on jeûne jusqu'au coucher du soleil
""",
        "explicit": """
quand commence le ramadan cette année
je suis catholique pratiquante
trouve une mosquée près d'ici
je suis athée
""",
    },
    "political": {
        "paraphrase": """
j'ai toujours voté pour les écologistes
samedi je vais manifester contre la réforme du gouvernement
je colle des affiches pour La France insoumise
mon oncle vote Rassemblement national
je suis encarté chez les Républicains
""",
        "explicit": """
pour qui devrais-je voter aux élections
je suis communiste
je soutiens le parti socialiste
""",
    },
    "sexual_orientation": {
        "paraphrase": """
mon copain et moi on emménage ensemble, on est deux hommes
j'ai fait mon coming out à mes parents hier soir
j'aime les hommes et les femmes
ma femme et moi voulons adopter, on est deux mamans
je suis une femme trans
""",
        "explicit": """
je suis gay
je suis lesbienne
je suis bisexuel
""",
    },
    "sex_life": {
        "paraphrase": """
j'ai couché avec quelqu'un de l'appli hier soir
on est en couple libre
le préservatif a craqué, qu'est-ce que je fais
mon mari n'arrive plus à avoir d'érection
""",
        "explicit": """
comment tenir plus longtemps au lit
achète des préservatifs et un test de grossesse
""",
    },
    "ethnicity": {
        "paraphrase": """
en tant que femme noire on me suit dans les magasins
mes grands-parents sont arrivés d'Algérie sans papiers
les gens me demandent toujours d'où je viens vraiment
je suis métisse et je ne sais jamais quelle case cocher
""",
        "explicit": """
je subis du racisme au travail
je suis d'origine maghrébine et on me contrôle souvent
""",
    },
    "trade_union": {
        "paraphrase": """
lundi on fait grève si on n'a pas d'augmentation
je suis délégué CGT dans ma boîte
notre convention collective expire en juin
""",
        "explicit": """
je suis syndiqué
quand est la prochaine réunion syndicale
""",
    },
    "genetic_biometric": {
        "paraphrase": """
mon test ADN montre que je porte le gène BRCA
enregistre mon empreinte digitale pour la porte
le test de paternité est négatif
""",
        "explicit": """
je veux faire un test génétique
mes données génétiques montrent un risque d'Alzheimer
""",
    },
    "criminal": {
        "paraphrase": """
mon conseiller de probation veut me voir chaque semaine
j'ai fait trois ans de prison
je passe au tribunal le mois prochain pour conduite en état d'ivresse
mon frère s'est fait arrêter hier soir
j'ai un casier et personne ne m'embauche
""",
        "explicit": """
j'ai été condamné pour vol
mon mari est en prison
""",
    },
}

ORDINARY: dict[str, str] = {
    "trap": """
mon ordinateur a un virus
je suis fou de chocolat
la série médicale à la télé est géniale
on va au marché de Noël
le film Le Parrain passe ce soir
j'adore la cuisine indienne
le match était dingue
l'hôtel est à côté de la cathédrale
mon téléphone est mort
Non merci.
on se retrouve rue de l'Église devant la boulangerie
je suis accro à cette série
le parking de l'hôpital est plein, gare-toi au centre commercial
la batterie de mon téléphone est en train de mourir
je meurs de faim
le PSG a gagné hier soir
la grève des trains est finie, quand part le prochain TGV
on va au restaurant vietnamien ce soir
ce temps est déprimant
Oui, s'il te plaît.
""",
    "command": """
éteins la télé
baisse le son
annule l'alarme de demain
allume la lumière de la cuisine
déplace la réunion à jeudi
réponds au dernier mail
lis mes messages
j'ai besoin d'un parapluie aujourd'hui
combien font vingt pour cent de quatre-vingts
ajoute le numéro d'Anne à mes contacts
crée une nouvelle liste pour le voyage
quel jour sommes-nous
arrête la musique
mets le téléphone en silencieux pendant une heure
monte le chauffage
mets un réveil à sept heures
éteins la lumière du salon
monte le son
ajoute du lait à la liste de courses
quel temps fera-t-il demain
quelle heure est-il
mets un minuteur de dix minutes
rappelle-moi d'appeler maman à cinq heures
qu'est-ce que j'ai dans mon agenda demain
envoie un mail à mon patron
appelle mon frère
chanson suivante
""",
    "chat": """
bonjour
merci beaucoup
à plus tard
""",
}

INTERESTS = """
où trouver de bons sushis près d'ici|Food & Drink
réserve une table pour deux ce soir|Food & Drink
quel vin avec du poisson|Food & Drink
trouve un hôtel à Lisbonne|Travel
quand joue le PSG|Sports
quels films passent ce week-end|Entertainment
le nouvel iPhone vaut-il le coup|Technology & Computing
quelle nourriture pour mon chien|Pets
comment planter des tomates au jardin|Home & Garden
comment changer l'huile de la voiture|Automotive
commande-moi une pizza|Food & Drink
donne-moi une recette de quiche lorraine|Food & Drink
trouve des vols pas chers pour Rome|Travel
qui a gagné le match de Marseille|Sports
mets du jazz|Entertainment
""".strip()
