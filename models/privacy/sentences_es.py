"""Spanish spoken-style sentences written for the edge project (same layout as sentences_en.py)."""

SENSITIVE: dict[str, dict[str, str]] = {
    "health": {
        "paraphrase": """
estoy embarazada de tres meses
mi padre tiene un marcapasos desde ayer
no puedo dormir y lloro todos los días
recuérdame tomar las pastillas de la tensión
mi abuela ya no me reconoce
tengo que ponerme la insulina antes de comer
me quitaron un bulto del pecho la semana pasada
llevo un año sin beber, voy a las reuniones todos los martes
mi hijo está en el espectro y los ruidos le cuesta
""",
        "explicit": """
tengo diabetes tipo dos
mi psicóloga dice que tengo depresión
pide cita con el psiquiatra
a mi madre le diagnosticaron cáncer
tomo antidepresivos desde enero
soy VIH positivo
""",
    },
    "religion": {
        "paraphrase": """
soy musulmán y no como cerdo
vamos a misa todos los domingos
no creo que haya nada después de la muerte
mi familia es testigo de Jehová
rezamos el rosario por mi abuelo esta noche
ayuno desde el amanecer hasta la puesta del sol
""",
        "explicit": """
cuándo empieza el Ramadán este año
soy católica practicante
busca una mezquita cerca de aquí
soy ateo
""",
    },
    "political": {
        "paraphrase": """
siempre he votado al PSOE
el sábado voy a la manifestación contra el gobierno
soy afiliado de Podemos
mi tío vota a Vox
reparto propaganda para la campaña del alcalde
""",
        "explicit": """
a quién debería votar en las elecciones
soy de izquierdas y comunista
apoyo al Partido Popular
""",
    },
    "sexual_orientation": {
        "paraphrase": """
mi novio y yo vivimos juntos, los dos somos hombres
salí del armario con mis padres anoche
me gustan los hombres y las mujeres
mi esposa y yo queremos adoptar, somos dos mamás
soy una mujer trans
""",
        "explicit": """
soy gay
soy lesbiana
soy bisexual
""",
    },
    "sex_life": {
        "paraphrase": """
anoche me acosté con alguien de la aplicación
tenemos una relación abierta
se rompió el condón, qué hago
mi marido ya no tiene erecciones
""",
        "explicit": """
cómo puedo durar más en la cama
compra preservativos y una prueba de embarazo
""",
    },
    "ethnicity": {
        "paraphrase": """
como mujer negra me siguen en las tiendas
mis abuelos llegaron de Marruecos sin papeles
soy gitano y me miran mal
la gente siempre me pregunta de dónde soy de verdad
""",
        "explicit": """
sufro racismo en el trabajo
soy indígena mapuche
""",
    },
    "trade_union": {
        "paraphrase": """
el lunes hacemos huelga si no nos suben el sueldo
soy delegada de Comisiones Obreras en mi empresa
nuestro convenio colectivo vence en junio
""",
        "explicit": """
soy afiliado al sindicato
cuándo es la próxima asamblea sindical
""",
    },
    "genetic_biometric": {
        "paraphrase": """
la prueba de ADN dice que tengo el gen BRCA
guarda mi huella dactilar para abrir la puerta
la prueba de paternidad salió negativa
""",
        "explicit": """
quiero hacerme un test genético
mis datos genéticos muestran riesgo de alzhéimer
""",
    },
    "criminal": {
        "paraphrase": """
mi agente de libertad condicional quiere verme cada semana
estuve tres años en la cárcel
tengo juicio el mes que viene por conducir borracho
a mi hermano lo detuvieron anoche
tengo antecedentes y nadie me contrata
""",
        "explicit": """
me condenaron por robo
mi marido está preso
""",
    },
}

ORDINARY: dict[str, str] = {
    "trap": """
mi ordenador tiene un virus
estoy loco por el chocolate
la serie de médicos de la tele es buenísima
vamos al mercado de Navidad
la película El Padrino está en la tele
me encanta la comida india
el partido fue una locura
el hotel está al lado de la catedral
mi teléfono está muerto
No, gracias.
nos vemos en la calle de la iglesia junto a la panadería
estoy enganchado a esta serie
el aparcamiento del hospital está lleno, aparca en el centro comercial
la batería del móvil se está muriendo
me muero de hambre
el Real Madrid ganó anoche
la huelga de metro terminó, cuándo sale el próximo tren
vamos a un restaurante mexicano esta noche
este tiempo es deprimente
Sí, por favor.
""",
    "command": """
apaga la tele
baja el volumen
cancela la alarma de mañana
enciende la luz de la cocina
mueve la reunión al jueves
responde al último correo
lee mis mensajes
necesito paraguas hoy
cuánto es el veinte por ciento de ochenta
añade el número de Ana a mis contactos
crea una lista nueva para el viaje
qué día es hoy
para la música
silencia el teléfono una hora
sube la calefacción
pon una alarma a las siete
apaga la luz del salón
sube el volumen
añade leche a la lista de la compra
qué tiempo hará mañana
qué hora es
pon un temporizador de diez minutos
recuérdame llamar a mamá a las cinco
qué tengo en el calendario mañana
manda un correo a mi jefe
llama a mi hermano
siguiente canción
""",
    "chat": """
hola
muchas gracias
hasta luego
""",
}

INTERESTS = """
dónde hay buen sushi cerca|Food & Drink
reserva una mesa para dos esta noche|Food & Drink
qué vino va bien con el pescado|Food & Drink
busca un hotel en Lisboa|Travel
cuándo juega el Atlético|Sports
qué películas hay este fin de semana|Entertainment
vale la pena el nuevo iPhone|Technology & Computing
qué comida es buena para mi perro|Pets
cómo planto tomates en el jardín|Home & Garden
cómo cambio el aceite del coche|Automotive
pídeme una pizza a domicilio|Food & Drink
dame una receta de paella|Food & Drink
busca vuelos baratos a Roma|Travel
quién ganó el partido del Barcelona|Sports
pon música de jazz|Entertainment
""".strip()
