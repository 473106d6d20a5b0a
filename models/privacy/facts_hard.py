"""Hard spoken Spanish, French, English, German and Italian sentences for the sensitive gate's training set, written
for the edge project. Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

`PARAPHRASE` reveals each special category (GDPR art. 9) of the speaker or someone close without its obvious keyword,
per language and category, as people say it to glasses, a phone assistant or a friend: drug and device names,
readings, treatments, appointments, institutions and their acronyms, rituals and practices, slang and shorthand,
documents, memberships, events and consequences, with regional wording from Spain and Latin America for Spanish and
from France, Belgium and Québec for French. Spanish and French carry the most lines, then English, then German and
Italian. `EXPLICIT` says each category outright, with its keyword, in everyday Spanish and French speech. One sentence
per line, no slots; the situations, wordings and institutions are new relative to `facts_spoken.py` and
`facts_spoken_more.py`.
"""

from __future__ import annotations

PARAPHRASE: dict[str, dict[str, str]] = {
    "es": {
        "health": """
recuérdame a las nueve el Sintrom, que el jueves me toca el control de coagulación
a mi madre le han puesto la bolsa de la colostomía y le da vergüenza salir a la calle
pedí turno con la psiquiatra porque el escitalopram ya no me está haciendo nada
el test dio dos rayitas y la matrona ya me ha dado cita para la primera eco
se me ha despegado otra vez el sensor de la glucosa, pide uno nuevo en la farmacia
mi papá recayó con la bebida y mañana lo internamos en una granja en Cuernavaca
desde que me pusieron el implante coclear vuelvo a oír a los pájaros por la mañana
tengo que ir a por la metadona antes de las dos, que luego cierran el dispensario
búscame aparcamiento cerca del hospital de día, hoy me toca la infusión de Ocrevus
no me pongas nada el viernes, me hacen la punción lumbar y luego tengo que estar tumbada
la niña lleva audífonos desde los dos años y en el cole se ríen de ella
me recetaron Rivotril para dormir y ahora no hay forma de dejarlo
estoy de treinta semanas y tengo los tobillos como dos botijos
mi abuela se cayó en el baño y se rompió la cadera, la operan mañana temprano
recuérdame meter la CPAP en la maleta, sin la máquina me despierto ahogándome
he visto cortes nuevos en los brazos de mi hija y no sé cómo sacarle el tema
me están bajando el Orfidal poco a poco y las noches se me hacen eternas
a mi mamá le encontraron un bulto en el pecho y el lunes le hacen la biopsia
pon un aviso cada dos domingos para pincharme el Humira
desde que tomo la quetiapina duermo doce horas y en el trabajo ya lo notan
la EPS no me autoriza la resonancia de la columna y ya llevo tres meses con este dolor
me dieron incapacidad en el IMSS por la operación de rodilla, regreso en un mes
a mi cuñado le han reconocido el sesenta y cinco por ciento y ya tiene la tarjeta azul de aparcamiento
mi marido se echa las gotas para la tensión del ojo y aun así cada año ve menos
""",
        "religion": """
el doce de diciembre vamos andando hasta la Basílica a cantarle las mañanitas a la Virgencita
en octubre me visto de morado y salgo con mi cuadrilla en la procesión del Señor de los Milagros
este año me toca hacer el santo, así que voy a estar doce meses vestida de blanco
los viernes de Cuaresma en casa no se come carne, ni se te ocurra pedir hamburguesas
avísame diez minutos antes para hacer las abluciones, que el baño de la oficina siempre está ocupado
mi suegra da el diezmo en su congregación aunque no llegue a fin de mes
este finde me voy de retiro de Emaús y no nos dejan llevar el móvil
en la Noche del Destino nos quedamos en la mezquita rezando hasta el amanecer
cada noche antes de dormir rezo con mi hijo al Ángel de la Guarda
mi hermano ha tomado los hábitos en Montserrat y solo podemos verlo una vez al mes
me pongo los tefilín cada mañana antes del desayuno, aunque llegue tarde al curro
esta semana encendemos las velas de Janucá en casa de mis padres, ocho noches seguidas
mi cuñado es numerario de la Obra y vive en un centro con otros hombres
nos vamos tres días de convivencias con la comunidad neocatecumenal a una casa de Ávila
cada mañana hago mi daimoku delante del Gohonzon antes de ir a trabajar
el domingo en el templo Hare Krishna de Madrid me dieron mi nombre espiritual
el cura vino al hospital a darle la unción a mi abuelo, lo pidió mi abuela
mi madre lleva el escapulario del Carmen desde niña y no se lo quita ni para ducharse
en Semana Santa cumplo la promesa de subir de rodillas hasta el santuario
los domingos mis papás se pasan cuatro horas en el culto con el pastor y la alabanza
le he pedido al párroco que bendiga el coche nuevo antes de estrenarlo
los jueves por la noche voy al grupo de oración carismática de la parroquia y oramos en lenguas
el rabino nos ha pedido que hagamos el curso antes de firmar la ketubá
el Domingo de Ramos llevo a bendecir las palmas con los niños
""",
        "political": """
mi viejo es re gorila y en cada asado se pelea con mi tío por el General
llevo el pañuelo verde atado a la mochila desde la marcha del ocho de marzo
en el plebiscito yo voté Apruebo y mi papá Rechazo, y todavía no podemos hablar del tema
el domingo voté al de la motosierra y mi hermana me ha bloqueado en todo
estuve todas las noches en las concentraciones de Ferraz con mi bandera
mañana me toca repartir volantes de la Cuarta Transformación en el tianguis
me he apuntado a Nuevas Generaciones del barrio, el viernes es mi primera reunión
el Aberri Eguna subimos todos con la ikurriña, como hacía mi aita
en el balotaje puse la boleta de Massa y en mi familia nadie me lo perdona
mi abuela guarda como oro el carné de cuando militaba en la clandestinidad
mi hija está en el colectivo antifascista del barrio y reparte panfletos en la facultad
el hermano de mi marido es chavista hasta la médula y en casa ya no se puede hablar de Venezuela
desde que voté otra vez por Bukele mis primos de Los Ángeles no me hablan
mi tía es uribista de las que ven a Petro como el fin del mundo
el sábado acompaño la caravana del candidato a gobernador, ya me dieron la gorra y la playera
mi novio es cupaire de toda la vida y me lleva a las asambleas abiertas
he firmado el manifiesto contra la amnistía y el domingo voy a la concentración
me he leído el programa entero y esta vez voy con la papeleta morada
en las PASO voté la lista del oficialismo, aunque el candidato no me convence
hoy no voy a clase, hay cacerolazo contra el gobierno y lo organizo yo en mi cuadra
tengo la pegatina de Fuera Boluarte en la laptop y en el trabajo no les hace gracia
me he unido a los jóvenes de la izquierda abertzale de mi pueblo
recuérdame que este mes me toca la cuota de militante, que si no me quitan el voto en la asamblea
en casa de mis abuelos sigue colgado el póster de Fidel y mi abuelo dice que la revolución no se toca
""",
        "sexual_orientation": """
en la boda de mi hermano bailé con mi novio, y era la primera vez que en el pueblo veían bailar a dos hombres
mi suegra todavía me presenta como el amigo de su hijo, y llevamos doce años casados
llevo tres meses con Iván y todavía no me atrevo a decirle a mi madre que su hijo tiene novio
estoy destrozada, mi exnovia se casa en junio y encima me ha invitado a la boda
en el curro saben que estoy casado, pero no que mi pareja se llama Rubén
mi papá me corrió de la casa cuando me vio besando a mi novio, y soy su único hijo varón
somos dos mamás y el registro civil nos ha puesto a las dos en la partida de nacimiento
me he apuntado al equipo de fútbol de bolleras del barrio, por fin no tengo que fingir nada
el cura no nos quiso casar a mi novio y a mí, dos tíos de cuarenta, así que lo hacemos en el juzgado
mi compañera y yo firmamos la pareja de hecho el viernes, dos mujeres y el perro de testigo
quiero mucho a mi marido, pero me sigo fijando en las chicas igual que a los dieciséis
le he comprado un anillo a mi novio y se lo voy a pedir en la cena de Nochevieja, estoy nervioso
mi hermana me ha confesado que está saliendo con su jefa
mi abuelo nunca se casó, y en su entierro apareció el señor que había sido su pareja cuarenta años
ya le conté a mi madre lo de Andrea, y Andrea es chica, como yo
mi padre sale con un hombre desde que se divorció, y la verdad es que me cae genial
mi tía y su esposa acaban de adoptar a una nena de Bogotá
soy la única de mis amigas que nunca ha tenido novio, ni lo va a tener: a mí me gustan ellas
a mi hermano lo echaron del seminario cuando encontraron las cartas que le escribía a otro seminarista
la primera vez que besé a una mujer tenía treinta y ocho años y estaba casada con un hombre
mi hija quiere llevar a su novia a la fiesta de quince y mi mamá ya está con el rosario en la mano
a mis suegros en Lima les da miedo que se sepa que su hija se casó conmigo, que soy mujer
mi novio no quiere que le coja la mano en el pueblo de sus padres, allí nadie sabe que le gustan los hombres
llevo veinte años con mi Marisa y en el pueblo aún hay quien nos llama las solteronas
""",
        "sex_life": """
recuérdame tomar la pastillita azul a las ocho, que esta noche es nuestro aniversario
tengo un amigo con derecho a roce y mi madre cree que es mi compañero de estudio
la fisio de suelo pélvico dice que el dolor cuando lo intentamos mi marido y yo tiene solución
compré un vibrador en la farmacia y el de la caja resultó ser mi vecino
después de la cena de empresa acabé en el baño con la de contabilidad
anoche lo hicimos en el coche de su padre y creo que nos vio un vecino
me escapé el finde a Mar del Plata con la mujer de mi mejor amigo
ayer me mandó un nude y le contesté con otro, y ahora me muero de la vergüenza
esconde la caja de juguetes del cajón de la mesilla antes de que lleguen mis padres
en el retiro de yoga terminé en la cabaña del profesor y no dormimos en toda la noche
búscame un hotel de paso cerca de Insurgentes para las cuatro, voy con mi novia
mi pareja quiere atarme a la cama y yo no sé si me atrevo
el urólogo dice que lo de terminar tan rápido tiene tratamiento, pídeme cita
desde la menopausia he perdido las ganas con mi marido y él lo lleva fatal
me ha salido clamidia y tengo que avisar a las tres últimas personas con las que estuve
anoche hice mi primera videollamada subida de tono con alguien que no conozco en persona
le pagué a una chica en el club de la carretera y ahora me siento fatal
subo vídeos con mi novio a OnlyFans y en el curro no lo sabe nadie
llevamos seis meses y todavía no hemos pasado de besos, yo quiero esperar a casarme
nos pillaron sus padres en la cama en plena faena
me gusta que me dominen y todavía no se lo he contado a mi novio
le he puesto los cuernos a mi novia con su prima y no sé cómo decírselo
desde que tomo la paroxetina no llego nunca al final, y mi pareja cree que es culpa suya
nos grabamos la otra noche y no sé dónde se ha guardado el vídeo, bórralo de la nube ya
""",
        "ethnicity": """
mi abuela habla náhuatl con sus hermanas y a mí solo me enseñó a decir te quiero
en el cumple de mi sobrino los payos se sentaron en una mesa y la familia en otra, como siempre
mi hija es la única de la clase con la piel oscura y le preguntan si es adoptada
mi papá es aymara y para el Año Nuevo Andino subimos a Tiwanaku a recibir el sol
mi madre me insiste en alisarme los rizos afro antes de cada entrevista de trabajo
en Miraflores la policía me para siempre por mi cara de cholo
a mi hijo le hicieron ruidos de mono en el partido de alevines y el árbitro no paró el juego
mi abuelo llegó de Okinawa al Callao y a mí en el colegio me decían la japonesita
en la planta me confunden siempre con el otro filipino, y no nos parecemos en nada
somos qom y la escuela de la comunidad por fin tiene una maestra que habla nuestra lengua
mi madre es de Kinshasa y cuando se enfada me riñe en lingala
el de seguridad del súper me sigue por los pasillos en cuanto entro, y a mi compañero rubio ni lo mira
mi familia es rifeña y en las bodas mi tía pinta la henna a todas las mujeres
mi padre es de Dakar y mi madre de Teruel, y en el cole yo era siempre el de color café con leche
mi marido es garífuna y su abuela nos enseña a hacer hudut los domingos
mis tíos son wayuu y siguen tejiendo mochilas en la Guajira
el examinador del carné me hablaba despacito y gritando, por mis rasgos pensaba que no entendía
en La Paz mi familia es de pollera y en las bodas mi mamá luce su manta de seda
mi papá es de Esmeraldas y en Quito siempre lo han mirado raro por el color de su piel
soy la primera de mi pueblo mixteco que llega a la universidad
a mi hija la adoptamos en Etiopía y en el parque me preguntan si es de una ONG
mi suegra es maya de Yucatán y con los nietos solo habla en maya
mi novia es de Guinea y cada vez que vamos a Lugo la gente se gira en la calle
en la tienda de Polanco la dueña pensó que mi mamá era la muchacha de la limpieza, por su piel y su trenza
""",
        "trade_union": """
me descuentan la cuota de ATE del recibo de sueldo todos los meses
los de la CNTE tomamos la plaza hasta que el gobierno nos escuche, esta semana no vuelvo a casa
la sección veintidós me manda al congreso estatal del SNTE como delegado
en la consulta del SEPLA he votado a favor de los paros de agosto
mi papá fue delegado de la UOCRA en las obras treinta años
pago la cuota de STEI desde que entré de interina en Palma
los de Fecode nos vamos a Bogotá a la toma del jueves, ya pedí el bus
como estoy afiliada a Solidaridad Obrera, me han llevado ellos la reclamación del plus de nocturnidad
mi abuelo fue de los que fundaron Comisiones en la SEAT y lo detuvieron por eso
mi mamá es dirigente del PIT-CNT y sale en la tele cada vez que hay paro general
la empresa nos quiere cambiar de convenio y los de CCOO hemos convocado un encierro, esta noche duermo en la fábrica
recuérdame llevar el chaleco de la CGT a la concentración del viernes frente a la consejería
el SUTERH me defendió cuando el consorcio me quiso echar de la portería
me han abierto expediente por colgar la hoja informativa de UGT en el tablón del comedor
hemos montado la primera sección de Comisiones en el Mercadona de mi barrio y ya somos doce
las kellys del hotel de Benidorm nos hemos afiliado todas juntas a UGT
mi tío es el secretario general de los estibadores del puerto de Algeciras
soy la delegada de CGT en el centro de llamadas y los jefes me tienen enfilada
me he afiliado a Amyts y el martes voy a la huelga de médicos de Madrid
mi viejo es camionero y de Moyano a muerte, no se pierde una marcha
los del SME seguimos peleando lo de Luz y Fuerza, y ya van quince años
en la CONFUSAM votamos ayer el paro nacional de la atención primaria y yo voté que sí
mi papá es de la USO en Ecopetrol y se sabe de memoria la convención colectiva
este mes ya he gastado todas mis horas de crédito como delegado de LAB
""",
        "genetic_biometric": """
tengo el síndrome de Alport como mi abuelo, por eso me vigilan los riñones y el oído
me salió el HLA-B27 positivo, igual que a mi padre, por eso me duele tanto la espalda
me escanearon el iris en Worldcoin por unas criptos y ahora me arrepiento, cómo lo borro
el cajero nuevo de CaixaBank me reconoce la cara y ya no tengo que meter el PIN
en la Registraduría me tomaron las diez huellas y la foto para la cédula digital
para la nueva CURP me tomaron la foto, el iris y las huellas en el registro civil
con la biopsia de corion supimos que el bebé no había heredado la ataxia de mi marido
mi hermano y yo somos compatibles al cien por cien para el trasplante de médula, lo dice la tipificación
tengo la mutación MTHFR y la ginecóloga me ha mandado un ácido fólico especial
el cariotipo de mi hija ha salido con una traslocación que también tengo yo
la app del banco me pidió un vídeo girando la cabeza y ahora tiene mi cara guardada
encontré a mi padre biológico gracias a una coincidencia en la base de Ancestry
el estudio del exoma de mi hijo por fin ha encontrado la variante que explica sus crisis
en el laboratorio han puesto un lector de venas de la mano para entrar, y ya tienen la mía registrada
con una prueba de saliva vieron cómo metabolizo los fármacos, y resulta que la codeína no me hace nada
la policía me tomó una muestra de saliva para descartarme en lo del robo del barrio, y mi perfil sigue en su base
la residencia de mi abuela pide la huella a los visitantes y ya me la han tomado
el neurólogo sospecha que lo de mi madre se hereda y nos van a sacar sangre a los cuatro hermanos
ponme el recordatorio: el jueves me toman la muestra para el estudio de la hipercolesterolemia familiar
la clínica de fertilidad analizó nuestros embriones y solo dos salieron sin la alteración
en el Villamarín entro con la cara, el carné de socio va vinculado al escaneo de mi rostro
el hospital guarda mi muestra en el biobanco para investigar la mutación rara que tenemos en la familia
en la universidad pasan lista con reconocimiento facial y ya tienen mi cara en el sistema
los de RENIEC me volvieron a tomar las huellas porque ya no se me leían bien
""",
        "criminal": """
mi primo cayó en cana por robar un celular y está en Devoto hasta que salga el juicio
a mi cuñado lo extraditaron a Estados Unidos la semana pasada
mi hermano salió del Reclusorio Norte después de seis años y no encuentra chamba
estuve guardado en Lurigancho de joven y por eso no me dan la visa
mañana es la vista en la Audiencia por lo del atraco a la gasolinera y estoy cagado
pagamos la fianza de mi cuñado con lo que teníamos ahorrado para las vacaciones
mi papá estuvo en el bote en Tijuana por pasar mercancía y todavía no lo dejan cruzar
me llamaron del INPEC para decirme que a mi esposo le dan la libertad el lunes y que lo recoja
el juez de menores le ha puesto a mi hijo una tarea socioeducativa por lo del patinete robado
el juez de vigilancia me ha vuelto a denegar el permiso de Navidad
mi exmarido ya tiene una condena por no pasarme la pensión y sigue sin pagar
cuando salí del trullo ni mi madre me abría la puerta
en Santiago 1 mi hermano comparte celda con otros cinco
pasé dos semanas en un calabozo de la Guardia Civil en Algeciras por lo del hachís
el juez me mandó al programa de desintoxicación en lugar de mandarme dentro
a mi hijo lo pillaron pintando trenes en las cocheras y le han abierto diligencias
los miércoles voy al programa que me impuso el juez por lo de mi expareja
mi tío cumplió doce años por un homicidio en los noventa y ahora es el que más ayuda en la parroquia
a mi hermana la pillaron robando en el Corte Inglés y mañana tiene juicio rápido
mi novio se comió dos años en el penal de Puente Alto por microtráfico
la DIJIN se llevó a mi cuñado esposado a las cinco de la mañana
llevo tres años fuera y todavía sueño con el chabolo
búscame el horario de visitas del CERESO de Puente Grande, el domingo voy a ver a mi hermano
en la entrevista me preguntaron por el hueco de cinco años del currículum, el tiempo que estuve dentro
""",
    },
    "fr": {
        "health": """
rappelle-moi l'Eliquis matin et soir, depuis ma phlébite je l'oublie tout le temps
ma mère a une sonde urinaire depuis l'opération et l'infirmière passe la changer le jeudi
mon psychiatre du CMP m'a monté le Séroplex à vingt milligrammes
j'ai reçu l'accord pour ma RQTH, je vais pouvoir demander un poste aménagé
mon médecin au CLSC m'a mise en arrêt pour épuisement, je reviens pas avant six semaines
prise de sang faite, les bêta sont à trois mille, la sage-femme veut une écho de datation
mon frère est en postcure depuis trois mois, il avait rechuté après Noël
mets-moi un rappel pour le Subutex, la pharmacie me le délivre tous les sept jours
ma fille porte des appareils auditifs depuis la maternelle et l'AESH l'aide en classe
on m'a posé une chambre implantable sous la clavicule pour les perfusions
mon chien guide arrive en mars, l'école de Coubert m'a enfin rappelée
il me reste des bandelettes et des aiguilles pour le stylo pour deux jours, commande-m'en
mon beau-père a été placé en unité protégée à l'EHPAD, il partait la nuit sans savoir où il allait
je suis sous Lamictal et ma neuro veut que je la prévienne avant tout projet de bébé
mon chum se fait opérer à cœur ouvert à l'Institut de cardiologie mardi
je suis en incapacité depuis six mois et la mutuelle me verse à peine de quoi vivre
on a perdu le bébé à dix semaines, à l'écho il n'y avait plus de battements
je prends un Lexomil avant chaque réunion, sinon j'ai les mains qui tremblent
ma mère a eu l'ablation d'un sein en février, elle porte une prothèse maintenant
mon ado a fait une tentative la semaine passée, elle est suivie en pédopsy à Sainte-Justine
je vais chez l'orthophoniste trois fois par semaine pour réapprendre à parler depuis l'accident
mon mari prend du baclofène pour tenir sans pastis, et ça marche
mon petit frère est à l'IME depuis la rentrée, il ne parle toujours pas
je commence l'immunothérapie lundi, ma tante garde les enfants
""",
        "religion": """
cette année je fais le pèlerinage de Chartres à pied avec mon chapitre, trois jours de marche
avec la loi 21 je peux plus enseigner avec mon foulard, je me cherche un poste au privé
mon fils porte le patka et il demande s'il peut garder son kara au judo
on part à Taizé avec les jeunes de l'aumônerie pendant la semaine de Pâques
demain c'est le début du grand carême, plus de viande ni de laitages jusqu'à Pâques
on est laïques convaincus, alors les petits vont en morale laïque et pas au cours du curé
ma belle-mère porte le sari blanc depuis la mort de mon beau-père et fait la puja tous les matins
ma mère monte les marches de l'Oratoire Saint-Joseph à genoux chaque été pour mon frère
avant chaque examen je récite l'Ayat al-Kursi, comme ma grand-mère me l'a appris
le rabbin vient poser la mezouza sur la porte du nouvel appart dimanche
je fais mes prières dans la salle de repos, le chef a fini par l'accepter
mon fils a chanté le kiddouch pour la première fois vendredi soir, j'ai pleuré
samedi soir je vais à la veillée pascale, ça dure trois heures mais c'est mon moment de l'année
je suis parrain à la confirmation de mon filleul dimanche, je dois choisir un texte à lire
j'ai pris refuge auprès d'un lama l'an dernier et je médite deux heures par jour
chaque premier samedi, je vais prier le rosaire au sanctuaire de Banneux
je mets de côté la zakat avant la fin du mois, rappelle-le-moi
l'aumônier de l'hôpital passe voir ma mère tous les jours, elle lui demande la communion
ma sœur est entrée au Carmel, on ne la voit plus qu'à travers la grille
on jeûne le lundi et le jeudi, comme le Prophète, donc pas de déjeuner d'équipe pour moi
j'ai enlevé la croix de mon cou pour l'entretien, j'avais peur qu'on me juge
ma femme lit un psaume chaque matin et elle a l'appli de la Bible ouverte toute la journée
chaque 15 août je monte au Cap-de-la-Madeleine avec ma mère pour la procession aux flambeaux
ma grand-mère fait brûler de l'encens devant l'autel des ancêtres et la statue du Bouddha chaque matin
""",
        "political": """
j'ai voté Oui en 95 et je voterais encore Oui demain matin
mon beau-frère est un caquiste fini, pour lui Legault fait tout bien
j'ai gardé mon carré rouge de 2012 dans le coffre à gants
j'ai manifesté contre le mariage pour tous en 2013 avec mes parents, tout en bleu et rose
mon père vote pour les nationalistes flamands depuis trente ans et ne parle plus français à table
mon oncle milite pour le rattachement de la Wallonie à la France
je tracte pour Zemmour tous les samedis devant le Carrefour
j'ai fait deux cents appels pour la campagne de Mélenchon, le phoning c'était tous les soirs
mon fils est monté à Sainte-Soline avec les Soulèvements, j'ai eu peur toute la journée
j'ai été élue présidente des Jeunes Pop de mon département
je donne tous les mois à Attac et je vais à leur université d'été
le soir où le RN a été battu, j'ai pleuré de joie place de la République
ma mère a voté Bardella et elle l'assume au repas de Noël
j'ai signé la pétition contre la loi immigration et je vais à la manif samedi
je siège pour Écolo au conseil communal de Namur, lundi soir je ne suis pas dispo
mon chum fait du porte-à-porte pour Québec solidaire dans Rosemont
rappelle-moi l'assemblée de circonscription mardi, je suis suppléante du député
j'ai collé des autocollants Macron démission partout dans le métro
mon père tient le stand du PTB à ManiFiesta chaque année
ma tante est une vraie macroniste, elle a même le mug de l'Élysée
ma mère a voté pour le Bloc toute sa vie, même quand ça servait à rien
j'ai voté pour la première fois pour l'extrême droite et je n'ose pas le dire à ma femme
je suis dans le collectif Palestine de ma fac, on manifeste chaque vendredi
ma sœur est cheffe de cabinet d'un ministre MR et défend tout ce qu'ils font
""",
        "sexual_orientation": """
mon mari et moi, on a eu l'agrément pour adopter, et c'est moi le papa qui restera à la maison
je suis la seule fille de la famille qui ramène une blonde au réveillon, mon père s'habitue tranquillement
au baptême de mon neveu j'étais le parrain et mon mari le deuxième parrain, le curé n'a rien dit
samedi je vais à ma première soirée à la Mutinerie, j'ai enfin trouvé des filles comme moi
j'ai réinstallé Hornet pour voir s'il y a des mecs sympas à Lille
mon père s'est marié avec Jean-Luc l'an dernier, après quarante ans avec maman
j'ai embrassé une fille pour la première fois à trente ans et j'ai compris pourquoi aucun ex ne me rendait heureuse
Nadia et moi, deux filles, on se tient la main à Montréal, mais jamais chez sa famille à Oran
mon cousin a été mis à la porte à dix-sept ans parce qu'il sortait avec un garçon du lycée
mon chum pis moi, on est officiellement les deux papas de Léa depuis le jugement
mon ex-mari m'a quittée pour un homme, et franchement on s'entend mieux maintenant
je suis fiancée à Camille, oui Camille c'est une fille, arrête de faire cette tête
en vidant la maison de mon grand-oncle, on a trouvé quarante ans de lettres d'amour de son ami Robert
les gars de mon équipe de rugby ne savent pas que Maxime, qui vient me chercher, c'est mon copain depuis deux ans
mon père a appris par Facebook que sa fille de quarante ans vit avec une femme
ma sœur vit avec sa copine à Montréal et elles attendent un bébé pour juillet
je ne me suis jamais intéressé aux filles, et à trente-cinq ans je commence seulement à l'accepter
mon fils m'a demandé s'il pouvait venir au bal de fin d'année avec son amoureux
ma fille m'a dit qu'elle aimait les filles et les garçons pareil, et elle a quinze ans
ma tante est partie avec sa prof de tango, et tonton ne s'en remet pas
je suis tombé en amour avec un gars de mon cours de danse, c'est la première fois que ça m'arrive avec un gars
ma blonde m'a avoué qu'avant moi elle n'était sortie qu'avec des femmes
j'ai demandé Lucie en mariage au sommet de la tour Eiffel et les touristes ont applaudi deux filles en larmes
mon frère jumeau a annoncé à table qu'il préférait les garçons, et papa a juste demandé le sel
""",
        "sex_life": """
rappelle-moi de prendre mon Cialis avant le dîner de samedi
j'ai un plan cul régulier depuis six mois et il commence à parler de vacances ensemble
la kiné m'aide pour le vaginisme, avec mon mari on n'a jamais pu aller jusqu'au bout
on s'est envoyé des photos coquines toute la journée, j'espère que personne n'a vu mon écran au bureau
on l'a fait dans la cabine d'essayage et une vendeuse nous a entendus
j'ai couché avec le témoin au mariage de ma sœur, et il est marié
mon chum pis moi on a essayé de s'attacher la fin de semaine passée, pis j'ai aimé ça
je simule depuis des années et je n'ose pas le lui dire
l'urologue m'a proposé des injections pour mes pannes au lit
j'ai un compte MYM où je vends des vidéos de moi, ma famille n'est pas au courant
on a réservé une love room avec jacuzzi pour notre anniversaire de mariage
je suis allé voir les filles en vitrine rue d'Aerschot et je me sens minable
j'ai passé la nuit avec deux inconnus rencontrés à la soirée et je ne sais pas quoi en penser
mon mari regarde des vidéos pour adultes toutes les nuits et ça me blesse
mon nouveau vibro est arrivé, cache le carton avant que ta mère débarque
pendant le confinement on ne sortait plus du lit, on a battu tous nos records
mon ex menace de publier nos vidéos intimes si je ne reviens pas
je suis devenu le coup d'un soir de ma voisine et maintenant on se croise dans l'ascenseur
depuis les antidépresseurs je n'ai plus aucune envie de câlins avec mon copain
je trompe mon copain avec son meilleur ami depuis Noël
on a passé la nuit au chalet pis on a pas dormi une minute, si tu vois ce que je veux dire
j'ai une ligature des trompes prévue en mars, on ne veut plus d'enfant et plus de capotes
j'ai fait l'amour pour la première fois hier soir, à dix-neuf ans
j'ai mis une photo de moi nue sur un site d'échange et un collègue l'a reconnue
""",
        "ethnicity": """
ma grand-mère est innue de Mashteuiatsh, pis on va au pow-wow chaque été
j'ai reçu ma carte de statut, je suis inscrite dans la même bande que ma mère
ma mère est née à Lubumbashi et à Matonge tout le monde la connaît
au collège on traite mon fils de bridé tous les jours et le CPE ne fait rien
au centre d'appels ma cheffe m'a demandé d'effacer mon accent guadeloupéen
mes grands-parents sont arrivés du Cambodge après les Khmers rouges, on fête encore le Nouvel An khmer
j'ai grandi sur un terrain de voyageurs à Nanterre et l'école ne voulait pas de nous
mon mari est touareg et il met le chèche pour les fêtes de famille
ma mère m'engueule en bambara quand elle est fâchée
on m'a refusée dans trois colocs dès qu'ils ont vu ma photo, ma sœur qui a la peau plus claire a été prise direct
ma mère est peule du Fouta-Djalon et elle me parle pular au téléphone
mon père est haïtien pis à l'école on me demandait si je faisais du vaudou
mon arrière-grand-père était tirailleur sénégalais et il a combattu à Verdun
ma famille est yéniche, on a longtemps fait les marchés en Alsace
le prof a dit à mon fils qu'avec ses yeux il devait forcément être bon en maths
au parc on me prend pour la nounou de mon propre fils parce qu'il a la peau claire comme son père
mon chum est atikamekw, pis ses grands-parents ont été envoyés au pensionnat
mon père est chleuh de la région d'Agadir et me parle tachelhit
à la maternelle on appelle mon fils Mamadou alors qu'il s'appelle Théo
quand on fait les courses chez Tang Frères, ma mère me parle en teochew
ma mère m'a mis un boubou pour la fête et mes collègues m'ont demandé si c'était un déguisement
ma famille est assyro-chaldéenne, arrivée à Sarcelles dans les années quatre-vingt
ma grand-mère est née sur une réserve en Gaspésie et elle a perdu son statut en mariant mon grand-père
à l'hôpital l'infirmière m'a demandé si je comprenais le français, à cause de ma couleur
""",
        "trade_union": """
la FGTB me paie mes allocations de chômage, j'ai ma carte rouge depuis vingt ans
je suis passé à la CSC, les verts m'ont mieux défendu quand j'ai été licencié
je siège pour la CGSLB au conseil d'entreprise chez Delhaize, réunion demain à huit heures
la cotisation de la FTQ sort directement de ma paie, pis ça vaut la peine
avec le Front commun on est en grève jeudi, je fais du piquetage devant l'école à sept heures
je suis déléguée de plancher pour la FIQ à l'urgence de Maisonneuve
on vient d'être accrédités à la CSN au Starbucks de Jean-Talon, une première
je suis au bureau départemental du SNUipp, les instits m'appellent pour tout
au SNPL on a voté la grève des pilotes en juillet, je ne vole pas
mon père était docker au Havre avec la CGT et ne ratait aucun blocage du port
je suis adhérent chez Alliance depuis l'école de police, ils m'ont accompagné au conseil de discipline
j'ai collé l'autocollant de la CFDT sur mon casier et le chef de quai l'a arraché
ma cotisation au SGEN part par prélèvement, et en mai je vais à leur congrès
je suis trésorier de l'UD CGT de la Loire, il faut que je boucle les comptes
demain je tiens le piquet à l'entrée de la raffinerie de Donges avec les camarades de Sud Chimie
j'ai pris ma carte à la CGT Spectacle après la réforme de l'intermittence
chez les cols bleus de Montréal je suis vice-président de la section locale
on s'est fait accréditer avec les Teamsters à l'entrepôt de Lachine
les cheminots de la CGSP bloquent la gare du Midi demain, j'y serai avec mon drapeau
comme intérimaire, c'est l'UNSA qui m'a aidé à récupérer mes heures sup, alors j'ai adhéré
la direction me met au placard depuis que je suis délégué FO
ma mère, infirmière, distribue les tracts de Sud Santé à chaque relève
à la Poste on me regarde de travers depuis que j'ai pris ma carte chez SUD PTT
mon père, prof à la retraite, a gardé sa carte de la CSQ et son macaron de la grève
""",
        "genetic_biometric": """
pour le regroupement familial, Immigration Canada nous a demandé un test d'ADN pour prouver que c'est mon fils
ma fille a une microdélétion 22q11, c'est pour ça qu'elle a le cœur fragile
le cardiologue veut tester toute la fratrie pour la mort subite, j'ai la même mutation que papa
j'ai donné mon iris pour entrer dans la salle des serveurs au boulot
je me suis inscrite au registre des donneurs de moelle, ils ont mon typage HLA
on a fait un diagnostic préimplantatoire à Bruxelles pour que le bébé n'ait pas l'anomalie de mon mari
le Face ID de mon téléphone a enregistré le visage de ma fille, elle le déverrouille quand elle veut
j'ai un déficit en G6PD hérité de ma mère, alors pas de fèves pour moi
ma mère est porteuse de la myopathie de Duchenne, alors on a fait tester mon fils
ma mère et moi avons la même polypose familiale, coloscopie chaque année
j'ai scanné mon visage pour l'Identité Numérique de La Poste, pour FranceConnect+
itsme m'a demandé de scanner ma carte et mon visage pour ouvrir la banque en ligne
mon employeur enregistre ma façon de taper au clavier pour vérifier que c'est bien moi
depuis le test, je sais que j'ai la mutation CDH1 comme mon père, ils parlent de m'enlever l'estomac
mon médecin m'a montré mon caryotype, je suis XXY
mon neveu est sourd à cause de la connexine vingt-six, comme son grand-père
ma sœur et moi on a fait le test de la CMT de papa, elle l'a, moi non
mon test ADN a révélé que mon grand-père paternel n'était pas celui qu'on croyait
à la clinique ils ont congelé mes ovules et fait mon dépistage de porteuse sur quatre cents anomalies
j'ai la myotonie de Steinert comme mon père, le test l'a confirmé l'an dernier
j'ai laissé l'empreinte de ma paume chez Amazon One à New York pour payer
le portique de mon immeuble me reconnaît au visage, et le gestionnaire stocke tout ça
avec mes résultats, j'ai su que j'avais l'ataxie de Charlevoix comme ma tante
mon chum a la tyrosinémie, une affaire qui court dans notre coin du Saguenay
""",
        "criminal": """
mon ex-mari est sous contrôle judiciaire et ne peut pas quitter le département
mon frère est à Haren depuis le printemps, les visites c'est le mercredi
à Lantin on avait une heure de préau par jour, je ne souhaite ça à personne
mon oncle a fait cinq ans au pen à Donnacona
j'ai enfin reçu mon pardon de la Commission, je vais pouvoir traverser aux États
il m'a fallu trois comparutions immédiates pour comprendre qu'il fallait arrêter les vols
j'ai fait quarante-huit heures de garde à vue pour l'histoire du scooter volé
mon mari est à l'ombre jusqu'en 2027, je garde les enfants toute seule
quand j'étais au mitard à Villepinte, je comptais les carreaux du mur
le juge des enfants a placé mon fils en foyer après les cambriolages
j'ai eu un rappel à la loi pour avoir tagué la gare
j'ai pris six mois avec sursis pour outrage à agent pendant la manif
je suis interdit de séjour à Marseille pendant deux ans
mon frère a pris cinq piges pour braquage
j'ai été mis en examen pour la voiture incendiée et l'instruction dure depuis deux ans
j'ai fait de la zonzon à vingt ans et je ne le cache plus
le procureur m'a imposé un stage de sensibilisation aux stupéfiants
mon fils a été déféré au parquet cette nuit pour trafic
mon chum a une probation de deux ans pis il a pas le droit de boire une bière
mon père vit en maison de transition à Laval depuis sa libération
j'ai tiré trois ans à Saint-Gilles et maintenant je bosse comme éducateur
l'assistante de justice passe chez moi vérifier que je respecte mes conditions
j'ai signé une CRPC pour l'accident en état d'ivresse
mon frère fait des allers-retours à la maison d'arrêt depuis ses dix-huit ans
""",
    },
    "en": {
        "health": """
can you reorder my Dexcom sensors, the last one fell off in the shower
my A1C came back at nine point two, so no birthday cake for me this year
I'm on FMLA for six weeks after the surgery, tell my team I'll be offline
I'm ninety days sober today, my wife's taking me out for dinner
mum's radiotherapy mask is being fitted on Monday, can you move my meetings
we're twenty weeks tomorrow and the anatomy scan is at ten
book my Remicade infusion for the first Tuesday of every month
my son's EpiPen expired, order a new one before school starts
my brother checked himself into the psych ward last night and asked me not to tell mum
i need to ring the GP surgery for a repeat of my propranolol
grandad's hearing aid battery died again, order a pack of the size thirteens
my therapist says I should journal every time I get the urge to binge
how long after my tramadol can I drive
i've got my methotrexate injection tonight so no wine at dinner
my husband's knee replacement is on Thursday, block out the whole week
my sister's been in a wheelchair since the accident and her flat still has no ramp
""",
        "religion": """
set a reminder for Maghrib on Friday, I promised my dad I'd go to the mosque with him
remind me to light the yahrzeit candle for my dad on Thursday
find me a kosher butcher near my sister's place in Golders Green
my grandmother keeps her rosary under the pillow and prays it for each of us every night
we're hosting the Seder this year, I need twelve copies of the Haggadah
my son leaves on his two-year mission to Brazil next month, he can only call us at Christmas and on Mother's Day
I wear my turban and kara to work every day, and the new manager asked if it was a costume
remind me to fast for Ekadashi tomorrow, no grains all day
my husband goes to Bible study on Wednesdays and I do the women's group on Thursdays
we pay our tithe before we pay the rent, every single month
my classes with the rabbi start in September, I'm converting before the wedding
I'm doing Hajj with my uncle this summer, can you check which vaccines Saudi needs
we had the pandit come and do a havan to bless the new house
since I got baptised in the river last spring, I haven't missed a Sunday
my daughter got her first hijab for her birthday and picked the colour herself
I'm an elder at our kirk, so I'm counting the collection after the service
""",
        "political": """
I'm volunteering as a poll watcher for the Democrats in Philly
my uncle wore his MAGA hat to Thanksgiving and nobody spoke for an hour
I'm a precinct captain this cycle, so October's basically gone
remind me to renew my Labour membership before the leadership vote
my dad's been a Tory councillor for twenty years and still canvasses in the rain
I voted Leave in the referendum and my kids still bring it up at every Sunday dinner
i've been to every Trump rally in Ohio this year, got the hats to prove it
I'm leafleting for the Greens at the by-election on Saturday
mum's got a Reform sign in the front garden and the neighbours have stopped waving
I've got the SNP badge on my backpack and a Yes flag in my window
my wife's running for state senate on the Republican ticket, set up her campaign calendar
my brother's gone all in with the Proud Boys and it honestly scares me
sign me up for the DSA reading group on Thursday
I've voted Sinn Féin since I was eighteen, same as my da
book me a coach to the Palestine march in London on Saturday
I'm the treasurer of our local Conservative association
""",
        "sexual_orientation": """
Marcus and I are the only two husbands in our supper club, and we love it
I kissed my best friend Rachel at the Christmas party and I can't stop thinking about her, and I'm engaged to a man
my son told us over dinner that he's bringing his boyfriend to the wedding
nan asked when I'd bring a nice young man home, so I told her it'll be Priya instead
another Hinge date, another woman telling me she's never been with a woman before
my brother's husband is the best cook in the family, don't tell mum
I'm a guy and I've only ever had crushes on guys, I've never told anyone that
my ex-wife lives with her partner Jenny now and honestly they're great together
we were the first two men to get married at that registry office
mum's new partner is called Sandra, they met at the bowls club
my daughter wants to wear a suit to prom and take her girlfriend
my uncle was thrown out of the navy in the eighties when they found out about his boyfriend
my best mate finally told his parents he's got a boyfriend, they took it better than he thought
find me a women-only club night in Manchester, I'm done dating men and I want to meet a woman
near the end grandad told me he'd loved a man before he met grandma
my son's first boyfriend came to dinner and my husband grilled him like any dad would
""",
        "sex_life": """
I hooked up with my flatmate last night and now breakfast is awkward
I've got a friends-with-benefits thing going with someone from work
order some lube and have it sent to my work address, not home
I've been on PrEP for a year and I get tested every three months
we did it on the beach in Crete and I've still got sand everywhere
my girlfriend and I have a safe word now, and it's pineapple
I'm forty and I've never been with anyone, not even a kiss
I sleep with my ex whenever she's in town, my girlfriend has no idea
I've been having an affair with my sister-in-law since Easter
my husband's on finasteride and it's killed his drive in the bedroom completely
I do cam shows on weekends to pay off my student loans
i paid for an escort in Amsterdam and I feel awful about it
I sent nudes to someone from Tinder and now he's threatening to post them
airport security pulled my vibrator out of the carry-on in front of everyone
I lost my virginity at thirty-one, on my honeymoon
I'm waiting until marriage, and my boyfriend says he's fine with it
""",
        "ethnicity": """
my lola still calls every Sunday from Batangas and scolds me in Tagalog
my tribal enrollment card finally came through, same nation as my grandma
security followed me round Selfridges again, while the white couple next to me walked out with three bags
my parents came over from Mirpur in the seventies and Dad drove buses in Bradford
we're going home for Juneteenth like every year, the whole family's cooking
my abuela only speaks to me in Spanish, and my cousins in the Bronx code-switch mid-sentence
my daughter's the only brown kid in her ballet class and the teacher keeps mangling her name
my grandmother is Ojibwe and she's teaching my kids the language over Zoom
my husband is Tamil from Jaffna and his family fled to London in the eighties
my mum's Hakka from Mauritius, so our Christmas table is half dim sum and half curry
my husband's family is Hmong and his grandmother still does the string-tying for every new baby
my great-grandfather was a Gullah fisherman and my aunt still speaks it
my dad's Māori and I got my moko kauae done last summer
a colleague asked if my mum is Chinese or Japanese or one of those
I'm half Korean, and my halmeoni makes kimchi with me every November
my mum grew up in a Romani settlement in eastern Slovakia
""",
        "trade_union": """
my local votes on the strike Thursday and I'm voting yes
I pay my PCS subs through payroll and they got me my back pay
the Teamsters got me my job back after UPS fired me
SAG-AFTRA strike pay finally came through, so I can make rent
we're on the picket line outside the Detroit plant with the UAW
my dues went up again, but the RMT got us that pay deal, so worth it
my Unite card's in the car, grab it before the branch vote
my mum's been a UNISON rep at the hospital since the nineties
the NEU is balloting for action and I'm on our school's committee
I'm on the organizing committee at our Starbucks and we file with the labor board Monday
my grandad carried the NUM banner at the Durham Miners' Gala every year
i've joined the IWW, we're organising the coffee shop
the Usdaw rep sat in on my redundancy meeting
my wife's on the bargaining committee for the grad student workers at UC
my brother's the FBU rep at his fire station
I got written up for handing out authorisation cards in the break room
""",
        "genetic_biometric": """
after my cousin's cardiac arrest we all got tested, and I have the same long QT variant
I signed up for Clear at the airport, so they've got my irises and fingerprints
my Invitae panel came back positive for a PALB2 variant, same as my aunt
the Global Entry kiosk took my face and prints again on the way back from Cancún
the police took a DNA swab when they arrested my brother, and it's still on file
my work laptop logs me in with my fingerprint and IT can see the template
the Tay-Sachs carrier screen came back positive for both of us
the stadium scanned my face at the gate and linked it to my season ticket
our smart lock opens with my fingerprint and both of my kids' fingerprints
I've got Gilbert's syndrome, inherited from my dad, so my bilirubin's always high
my half-sister found me through a relative match on 23andMe
the NHS app verified me with a face scan against my passport photo
my polycystic kidneys came from my dad, and each of my kids has a fifty-fifty chance
I've got factor eleven deficiency, like everyone on my dad's side
my wife has hereditary angioedema like her mum, and our son's being tested
the hospital checks me in with a palm vein scan now instead of my card
""",
        "criminal": """
my parole hearing is next month and my lawyer thinks I've got a shot
my brother did three years upstate and came home last month
my brother's on house arrest till spring, so Christmas is at his place
every job application has that box to tick, and once I tick it they bin my CV
my expungement hearing is on the fifteenth, fingers crossed
I got my second DWI and now there's a breathalyzer wired into my car
dad's inside at Wandsworth, the visiting order's for Saturday
I'm out on licence and my probation officer says no trip to Spain this year
my record from when I was seventeen finally got sealed last week
my son's in juvie for the thing with the car
I did community service picking litter after the fight outside the pub
my husband took a plea deal, eighteen months
I was bailed last night and I have to sign at the station every morning
my cousin got deported as soon as he finished his sentence
my mum did time in the nineties for fraud and never talks about it
sheriff's deputies served a warrant at my brother's place this morning
""",
    },
    "de": {
        "health": """
erinner mich ans Marcumar um sechs, Donnerstag muss ich zum Quick-Wert
meine Oma hat seit der Hüft-OP einen Rollator und kommt nicht mehr allein die Treppe hoch
seit dem Hörsturz trag ich links ein Hörgerät
ich hab endlich den Ausweis mit GdB fünfzig bekommen
meine Freundin kriegt seit dem Winter Elvanse und kann sich endlich konzentrieren
die Hebamme kommt morgen zur Vorsorge, ich bin in der vierunddreißigsten Woche
der Pflegedienst kommt jetzt zweimal am Tag zu meiner Mutter, sie hat Pflegegrad drei
mein Bruder wird mit Polamidon substituiert und muss jeden Morgen in die Praxis
""",
        "religion": """
ich bin dieses Jahr Firmpate von meinem Neffen und muss noch zum Gespräch beim Pfarrer
am Karfreitag gibt's bei uns nur Fisch und keine Musik, auch im Urlaub
mein Sohn lässt sich im Gurdwara in Frankfurt zum ersten Mal den Turban binden
ich zahl die Kirchensteuer gern, die Gemeinde ist mein zweites Zuhause
meine Mutter pilgert wie jedes Jahr zu Fuß nach Altötting
zum Opferfest schlachten wir nicht selbst, wir spenden ein Schaf für Familien in Somalia
zum Zuckerfest fahren wir nach dem Festgebet zu meiner Oma nach Duisburg
ich sing jeden Sonntag im Gospelchor der Freikirche und leite unter der Woche den Hauskreis
""",
        "political": """
mein Schwager hat ein Compact-Abo und redet nur noch vom Großen Austausch
ich war bei der Demo gegen das Remigrationstreffen, mit Schild und allem
meine Oma wählt seit Adenauer schwarz, und das bleibt auch so
ich sitz jetzt für die Grünen im Ortsbeirat
mein Vater hat mir einen BSW-Flyer in den Briefkasten gesteckt, er ist jetzt Wagenknecht-Fan
ich steh montags wieder bei der Mahnwache gegen rechts vorm Rathaus
mein Sohn klebt nachts Aufkleber der Linksjugend an jede Laterne
ich bin aus Protest bei den Freien Wählern eingetreten
""",
        "sexual_orientation": """
ich bin der einzige im Männerchor, der nach der Probe von seinem Mann abgeholt wird
meine Mutter hat nach der Scheidung ihre Jugendfreundin Karin geheiratet
mein Cousin hat seinen Partner Malte zu Omas Beerdigung mitgebracht, und keiner hat was gesagt
ich bin mit Lena zusammen, und ja, Mama, ich bin auch eine Frau
mein Kumpel aus dem Fußballverein hat mir gestanden, dass er auf Männer steht
meine Tochter hat ihre Verlobung gelöst und ist mit einer Kollegin zusammengezogen, die zwei sind ein Paar
ich bin eine Frau, verheiratet, und träume seit Jahren nur von Frauen
mein Bruder und sein Ehemann haben in Kanada über eine Leihmutter eine Tochter bekommen
""",
        "sex_life": """
wir haben's im Schlafwagen nach Wien gemacht und der Schaffner hat geklopft
ich hab seit dem Sommer eine Affäre mit dem Mann meiner besten Freundin
meine Freundin und ich hatten am Wochenende einen Dreier mit einem Typen von Tinder
ich arbeite am Wochenende als Escort und mein Freund weiß nichts davon
ich hatte letzte Woche einen Quickie mit meinem Chef im Lager
wir haben monatelang nur geschrieben und gestern die erste Nacht miteinander verbracht
seit ich die Pille abgesetzt hab, nehmen mein Freund und ich nur noch Kondome
ich steh drauf, gefesselt zu werden, und hab's meinem Mann endlich gesagt
""",
        "ethnicity": """
meine Eltern sind Jesiden aus Sindschar und haben 2014 alles verloren
vorm Club hieß es heute nur Stammgäste, und hinter mir kamen drei Blonde ohne Probleme rein
mein Sohn ist das einzige dunkelhäutige Kind in seiner Kita in Rostock
ich gehöre zur dänischen Minderheit in Flensburg und war auf der dänischen Schule
meine Frau ist Uigurin und hat seit Jahren nichts von ihren Eltern gehört
meine Schwiegermutter ist Ghanaerin und will, dass ihre Enkel Twi lernen
in der Schule fragen sie meine Tochter, ob ihre Afro-Locken echt sind
der Nachbar hat mich Fidschi genannt, dabei bin ich in Erfurt geboren, meine Eltern kommen aus Hanoi
""",
        "trade_union": """
ich bin bei der IG BCE, die Beitragsquittung brauch ich für die Steuer
bei der Vereinigung Cockpit haben wir für den Pilotenstreik gestimmt
die GdP hat mir beim Disziplinarverfahren einen Anwalt gestellt
mein Vater war in der IG Druck und hat vierundachtzig sieben Wochen für die Fünfunddreißig-Stunden-Woche gestreikt
ich fahr als Delegierte zum ver.di-Bundeskongress nach Berlin
ich bin in der FAU organisiert und wir unterstützen die Rider bei Lieferando
beim UFO-Streik bei der Lufthansa bin ich als Flugbegleiterin dabei
als Erzieherin hab ich mich bei ver.di in die Streikliste für Donnerstag eingetragen
""",
        "genetic_biometric": """
ich hab mein Gesicht in der Sparkassen-App für die Freigaben hinterlegt
das Labor der Uniklinik hat bei unserem Sohn ein Prader-Willi-Syndrom bestätigt
im Büro geht die Tür zum Labor nur noch mit meinem Iris-Scan auf
meine Mutter hat Alpha-1-Antitrypsinmangel, und ich trag auch eine Kopie davon
ich hab mich bei der DKMS typisieren lassen und bin jetzt als Spenderin registriert
unser Sohn hat eine Neumutation, keiner von uns beiden trägt sie, sagt das Labor
meine Zwillingsschwester und ich können gegenseitig unsere Handys per Face ID entsperren
die Hautärztin sagt, ich trage die CDKN2A-Variante, deshalb gibt's bei uns so viele Melanome
""",
        "criminal": """
mein Bruder hat vier Jahre in Santa Fu gesessen und arbeitet jetzt als Koch
ich bin auf Halbstrafe rausgekommen und muss jetzt jede Adressänderung melden
mein Sohn muss nach dem Einbruch ein Anti-Aggressions-Training machen, sagt das Jugendgericht
ich war mit sechzehn im Jugendknast in Adelsheim
ich hab einen Täter-Opfer-Ausgleich gemacht, und der Typ hat meine Entschuldigung angenommen
mein Onkel saß wegen Schwarzfahren eine Ersatzfreiheitsstrafe ab
die Staatsanwaltschaft hat das Verfahren gegen Auflage eingestellt, ich zahl tausend Euro an die Tafel
ich bin wegen der Sache mit dem Messer vors Schöffengericht geladen
""",
    },
    "it": {
        "health": """
ricordami di portare il microinfusore carico, stasera devo cambiare il set
sono alla trentesima settimana e la ginecologa mi ha messo a riposo assoluto
mio figlio ha l'insegnante di sostegno, ma ogni anno gliela cambiano
prendo il Tavor da quando è morto papà, la sera non riesco a farne a meno
mio padre usa il deambulatore da quando è caduto e non esce più di casa
domani ho la mammografia di controllo dopo l'intervento e sono agitata
da quando prendo l'Entact riesco di nuovo ad andare in ufficio
mia nonna ha la badante giorno e notte, non si alza più dal letto
""",
        "religion": """
quest'anno vado a Medjugorje con il gruppo della parrocchia
in Quaresima rinuncio al caffè e il venerdì vado alla Via Crucis
mio marito è stato ordinato diacono, adesso celebra i battesimi in parrocchia
il mohel ha fatto la circoncisione di mio figlio all'ottavo giorno, con tutta la famiglia
ogni pomeriggio alle tre recito la coroncina della Divina Misericordia
mi sono sposata in chiesa solo per mia madre, io non credo più a niente
a settembre mia nonna va in Duomo per il sangue di San Gennaro e prega in ginocchio
ho fatto lo sbattezzo con l'UAAR, non voglio più risultare nei registri della parrocchia
""",
        "political": """
mia zia è grillina della prima ora, era al primo V-Day
mio nonno teneva il busto del Duce in cantina e lo salutava col braccio teso
sono nei Giovani Democratici e stasera c'è l'assemblea del circolo
mio cognato frequenta CasaPound e mi manda solo meme su prima gli italiani
sabato ho fatto volantinaggio per la Schlein al mercato rionale
mia madre è una meloniana convinta, guai a toccarle Giorgia
frequento il Leoncavallo dagli anni novanta e ci porto pure i miei figli
mio marito vota Forza Italia perché c'era Silvio, e non cambierà mai
""",
        "sexual_orientation": """
io e mia moglie abbiamo fatto la fecondazione in Spagna e ora il comune non mi riconosce come madre
mio figlio sta con Lorenzo da tre anni e a Natale dormono da noi
mio padre a settant'anni ci ha detto che è innamorato di un uomo
sono una donna e non ho mai provato niente per un uomo, lo so da quando avevo dodici anni
sono l'unico del calcetto che porta il fidanzato alle cene di squadra
la mia ex mi ha lasciata per la sua istruttrice di yoga
mio cugino e suo marito hanno aperto un bed and breakfast a Lecce
la nonna chiama Giulia la mia amica, ma siamo fidanzate da sei anni
""",
        "sex_life": """
abbiamo fatto l'amore in spiaggia a Tropea di notte, sotto le stelle
ho tradito mio marito con il suo socio, e adesso lavorano ancora insieme
faccio la escort nel fine settimana per pagarmi l'università
ho conosciuto una su Tinder e dopo un'ora eravamo già a letto
mio marito viene troppo presto e non vuole andare dall'andrologo
ho mandato una foto senza niente addosso al mio ex e lui l'ha girata agli amici
con la mia ragazza facciamo il salto della quaglia e ogni mese è un'ansia
mi piace quando il mio compagno mi sculaccia e non l'ho mai detto a nessuno
""",
        "ethnicity": """
sono nata in Colombia e adottata a tre anni, a scuola mi chiamavano la cioccolatina
mia moglie è senegalese e al mare i venditori le parlano subito in wolof
sono figlia di egiziani e all'aeroporto fermano sempre me
a scuola chiedono a mia figlia se è adottata, perché ha gli occhi a mandorla come me e il padre è biondo
mio padre è capoverdiano e la domenica in casa si balla la morna
mia nonna del Salento parla il griko con le sue amiche
appena hanno sentito il mio accento nigeriano mi hanno detto che la casa era già affittata
mio marito è quechua di Cusco e al telefono con sua madre parla la sua lingua
""",
        "trade_union": """
sono iscritta alla FP CGIL e venerdì aderisco allo sciopero
mio padre era della FIOM a Mirafiori negli anni settanta
lo SPI mi ha fatto la domanda di pensione, sono iscritto da quando sono uscito dalla fabbrica
sono delegato USB al porto di Genova e domani blocchiamo il varco
mi sono iscritto alla UGL perché al deposito ci sono solo loro
come rider mi sono iscritto al NIdiL CGIL per fare causa a Deliveroo
la Gilda degli insegnanti mi segue nel ricorso per il punteggio
sono nella segreteria provinciale della FISASCAT CISL
""",
        "genetic_biometric": """
io e mio fratello abbiamo la stessa mutazione MYBPC3, il cuore va controllato ogni anno
la banca ha registrato la mia firma grafometrica sul tablet dello sportello
sono portatrice della distrofia di Becker come mia zia, e aspetto un maschio
ho scoperto con il test di mia madre che siamo portatrici della Fabry
il test sulla saliva dice che ho la variante che non digerisce il latte, come tutta la famiglia di papà
mio nipote ha la sindrome di Williams, gli manca un pezzetto del cromosoma sette
per il concorso ho fatto il riconoscimento facciale da remoto e il video l'hanno tenuto loro
ho l'HLA-DQ2 come mia figlia, la pediatra dice che la predisposizione alla celiachia viene da me
""",
        "criminal": """
mio cugino si è fatto tre anni a Secondigliano per droga
mi hanno fermato con l'hashish e adesso ho il processo per spaccio
mio padre è al 41 bis da quando avevo sei anni
ho patteggiato due anni per la bancarotta della ditta
mio fratello è uscito dall'Ucciardone e non trova lavoro da nessuna parte
faccio la messa alla prova in un canile per la storia del furto
mio figlio è stato denunciato per ricettazione, aveva in garage i motorini rubati
ho la fedina sporca per quella rissa di dieci anni fa e al colloquio me l'hanno chiesto
""",
    },
}
"""Special-category facts said without their obvious keyword (drug and device names, readings, treatments, practices,
institutions and acronyms, slang, documents, memberships and consequences), per language and GDPR art. 9 category."""

EXPLICIT: dict[str, dict[str, str]] = {
    "es": {
        "health": """
tengo depresión mayor y estoy con medicación desde el verano
a mi hijo le acaban de diagnosticar autismo y aún no sabemos qué colegio le conviene
soy bipolar y ahora estoy estable con el tratamiento
mi padre tiene cáncer de próstata y empieza la radioterapia en enero
estoy embarazada de gemelos y tengo un miedo que no veas
mi madre es alcohólica y no quiere reconocerlo
tengo epilepsia y hoy me ha dado una crisis en el trabajo
soy ciega de nacimiento, léeme el menú por favor
mi hermana tiene esquizofrenia y vive con nosotros
tengo fibromialgia y hoy no me puedo ni levantar, cancela todo
""",
        "religion": """
soy musulmana y llevo el velo desde los quince años
mis padres son testigos de Jehová y no aceptan transfusiones
soy cristiano ortodoxo y celebro la Navidad el siete de enero
mi marido es judío y nuestros hijos van a la escuela hebrea
soy ateo y no quiero ningún crucifijo en mi funeral
me he convertido al islam y mi familia, muy católica, no lo acepta
soy evangélico y toco la batería en la alabanza de mi iglesia
mi abuela es muy católica y va a misa todas las mañanas
soy budista y medito en el templo los domingos
soy sij y nunca me corto el pelo
""",
        "political": """
soy de izquierdas y voto a Podemos desde que existe
mi padre es franquista y lo dice sin ninguna vergüenza
soy militante del Partido Comunista desde los veinte años
en las últimas generales voté a Vox
soy peronista, como toda mi familia
estoy afiliado al PP y formo parte de la junta local
mi madre vota a Morena y defiende todo lo que hace el gobierno
soy anarquista y no voto a ningún partido
soy republicana y quiero que se acabe la monarquía
en Chile voté por Boric y no me arrepiento
""",
        "sexual_orientation": """
soy lesbiana y este verano me caso con mi novia en Sevilla
soy gay y en mi pueblo de Jalisco nadie lo sabe
soy bisexual y mi marido lo sabe desde el principio
mi hija es lesbiana y estamos muy orgullosos de ella
mi hermano es homosexual y se casó con su pareja en Buenos Aires
soy pansexual, me enamoro de personas y no de géneros
mi novio es bisexual y a veces me dan celos
soy gay y quiero adoptar con mi marido
soy lesbiana, tengo sesenta años y por fin vivo sin esconderme
mi tía es lesbiana y es la madrina de mi hija
""",
        "sex_life": """
anoche tuve sexo por primera vez con mi novio
tengo vaginismo y no puedo tener relaciones sexuales con penetración
me gusta el sexo duro y mi pareja no lo entiende
le pagué a una prostituta por sexo y me siento culpable
tengo una aventura sexual con mi vecina desde hace meses
tuvimos sexo en grupo el sábado y ahora mi novia está rara conmigo
practico BDSM con mi pareja desde hace años
hago sexting con un compañero de trabajo que está casado
he perdido el deseo sexual desde que tomo antidepresivos
soy adicta al sexo y voy a terapia
""",
        "ethnicity": """
soy indígena zapoteca y hablo mi lengua con orgullo
soy negra y en Madrid la policía me para por el color de mi piel
soy de origen chino y en la pandemia me insultaban por la calle
mi marido es gitano y su familia no me acepta por ser paya
soy mestiza, hija de madre aymara y padre español
sufro racismo en el trabajo por ser latinoamericana
soy afrocolombiano y en Bogotá me tratan distinto
mi familia es palestina, de origen árabe, y vivimos en Santiago de Chile
soy afrocubana y estoy orgullosa de mis raíces africanas
me discriminaron en una entrevista de trabajo por ser marroquí
""",
        "trade_union": """
estoy afiliada al sindicato de enfermería desde que aprobé la plaza
soy secretario general del sindicato en mi empresa
mi madre es sindicalista de la CTA
soy miembro del sindicato de maestros en Oaxaca
estoy en el sindicato de la construcción desde los dieciocho años
pago la cuota sindical de Comisiones cada mes
soy representante sindical de UGT en la planta de Ford
mi marido es dirigente sindical de los bancarios
me afilié al sindicato cuando empecé de camarera de piso
estoy sindicado en LAB desde hace diez años
""",
        "genetic_biometric": """
me hice un test genético y soy portadora de la hemofilia, como mi madre
mi hijo tiene una alteración genética, el síndrome de Down
la empresa guarda mis datos biométricos de reconocimiento facial
padezco una enfermedad genética, la fibrosis quística
di mis datos biométricos, huellas e iris, para el pasaporte
el análisis genético de mi bebé ha salido alterado
mi ADN está en una base de datos genealógica
la aplicación guarda mis datos biométricos, la huella y la cara
mi marido y yo somos portadores genéticos de la misma enfermedad
el asesor genético nos dijo que el riesgo para nuestros hijos es del cincuenta por ciento
""",
        "criminal": """
estuve preso cinco años en Devoto por robo
tengo antecedentes penales por conducir borracho
mi padre cumple condena por homicidio
me detuvieron por agresión y tengo juicio en junio
mi hijo está en un centro penitenciario juvenil por vender droga
he cometido un delito de hurto y me han condenado a una multa
mi novio es expresidiario y está buscando trabajo
fui condenado por estafa informática
me han detenido por posesión de drogas
mi tío estuvo encarcelado por malversación de fondos públicos
""",
    },
    "fr": {
        "health": """
je suis en dépression depuis un an et sous antidépresseurs
mon fils est autiste et va dans une classe spécialisée
je suis bipolaire et stabilisée depuis deux ans
ma mère a un cancer du pancréas
je suis enceinte de jumeaux et j'ai un peu peur
mon père est alcoolique et refuse de se soigner
je suis épileptique depuis l'enfance
je suis malvoyante, lis-moi ce courrier s'il te plaît
ma sœur est schizophrène et vit en foyer
j'ai une endométriose sévère et je suis en arrêt maladie ce mois-ci
""",
        "religion": """
je suis musulmane et je porte le voile depuis mes seize ans
mes parents sont témoins de Jéhovah et refusent les transfusions
je suis juif pratiquant et je respecte le shabbat
je suis athée et je ne veux pas de cérémonie religieuse à mon enterrement
je me suis convertie à l'islam l'année dernière
je suis protestante et je lis la Bible avec mes enfants chaque soir
ma grand-mère est très pieuse et va à la messe tous les matins
je suis bouddhiste et je médite au centre chaque soir
je suis sikh et je porte le turban
je suis catholique et je vais me confesser avant Pâques
""",
        "political": """
je vote RN depuis cinq ans
je suis militant LFI dans mon quartier
je suis adhérente chez Les Écologistes
je suis communiste, comme mon grand-père, et je ne m'en cache pas
mon père est d'extrême droite et ne s'en cache pas
je suis de gauche et je manifeste contre chaque réforme
je suis fédéraliste et je vote libéral depuis toujours
je suis membre du PTB à Liège
je suis anarchiste et je ne vote jamais
j'ai voté Macron aux deux tours et je l'assume
""",
        "sexual_orientation": """
je suis lesbienne et je vais épouser ma copine l'été prochain
je suis gay et personne ne le sait au boulot
je suis bisexuelle et mon mari le sait
ma fille est lesbienne et on est fiers d'elle
mon frère est homosexuel et s'est marié à Montréal
je suis pansexuel et mes parents ne comprennent pas
mon copain est bisexuel
je suis gay et on veut adopter avec mon mari
je suis lesbienne, j'ai soixante ans et je ne me cache plus
mon oncle est gay et vit avec son compagnon à Bruxelles
""",
        "sex_life": """
j'ai eu mon premier rapport sexuel hier soir avec mon copain
j'ai du vaginisme et les rapports sexuels me sont impossibles
j'ai payé une prostituée pour du sexe et je culpabilise
j'ai une liaison sexuelle avec ma voisine depuis des mois
samedi j'ai eu des relations sexuelles à trois, c'était une première
je pratique le BDSM avec ma compagne
je fais du sexting avec un collègue marié
je suis accro au sexe et je suis en thérapie
j'ai perdu toute libido sexuelle depuis mon traitement
on a des rapports sexuels tous les jours depuis notre mariage
""",
        "ethnicity": """
je suis noire et on me contrôle sans arrêt à cause de ma couleur
je suis d'origine chinoise et on m'a insultée pendant le Covid
je suis manouche et on m'a refusé un appartement
je suis kabyle et fière de mes origines
je subis du racisme au travail parce que je suis arabe
je suis autochtone, membre de la nation crie
je suis d'origine marocaine et on me le fait sentir à chaque entretien
je suis une femme noire et j'en ai marre des remarques sur mes cheveux
mon fils subit du racisme à l'école parce qu'il est asiatique
je suis inuk et je vis à Montréal depuis dix ans
""",
        "trade_union": """
je suis syndiqué chez Sud Rail
je suis délégué syndical CFDT dans mon entreprise
ma mère est syndicaliste à la FSU
j'ai adhéré à un syndicat la semaine dernière
je suis représentant syndical à la FGTB
je suis syndiquée à la CSN depuis mon embauche à l'hôpital
mon grand-père cheminot a milité au syndicat CGT toute sa vie
je suis responsable syndical à la CSC
je paie ma cotisation syndicale chaque mois
mon patron me harcèle parce que je suis syndiqué
""",
        "genetic_biometric": """
mon test génétique montre que je porte une mutation BRCA2, comme ma tante
mon fils est atteint d'une maladie génétique, la mucoviscidose
mes données biométriques sont enregistrées par mon employeur
j'ai le syndrome de Lynch, une maladie génétique
j'ai donné mes données biométriques pour le passeport
le test génétique de mon bébé a révélé une anomalie
mon ADN est stocké dans une base de généalogie génétique
l'appli garde mes données biométriques, visage et empreinte
mon mari et moi sommes porteurs génétiques de la même maladie
le conseiller en génétique nous a parlé d'un risque de cinquante pour cent
""",
        "criminal": """
j'ai fait cinq ans de prison pour vol à main armée
j'ai un casier judiciaire pour conduite en état d'ivresse
mon père purge une peine pour meurtre
j'ai été arrêté pour agression et je passe au tribunal en juin
mon fils est en prison pour trafic de drogue
j'ai été condamnée pour vol à l'étalage à dix-neuf ans et ça me suit encore
mon copain est un ancien détenu et cherche du travail
j'ai été condamné pour fraude informatique
j'ai été arrêté pour possession de drogue
mon oncle a été condamné pour détournement de fonds
""",
    },
}
"""Each special category said outright with its keyword, in everyday Spanish and French speech."""
