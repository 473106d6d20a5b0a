"""Shorthand, jargon and indirect revelations of special categories, five languages, for the sensitive gate's training
set; written for the edge project. Training only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

`PARAPHRASE` reveals each special category (GDPR art. 9) of the speaker or of a person they talk about (family,
friends, flatmates, colleagues) to an informed listener without its obvious keyword: drug, device and test names,
readings, clinics and wards and their acronyms, holy days, rituals and observances, organisations, branches and their
insider words, genetic results and biometric enrolment, orders, tags, licences and the places people serve time, as
said to a friend or to a voice assistant on smart glasses. Most lines are keyword-free; some carry a mild domain word
that a keyword filter would likely miss. English carries the most lines; German, Spanish, French and Italian use
local institutions, drugs, rituals and slang rather than translations. One sentence per line, no slots.
"""

from __future__ import annotations

PARAPHRASE: dict[str, dict[str, str]] = {
    "en": {
        "health": """
take the levothyroxine half an hour before coffee, remind me at seven
my sats dropped to ninety one on the pulse ox so i'm staying in tonight
Is there a drop-in near here that does same day methadone scripts?
my a1c came back at fifty eight so the nurse wants to double the metformin
The CPAP mask leaves red marks across my nose every single morning.
text mum that dad's back on the cardiac ward, his ejection fraction's down to thirty
She's six weeks into escitalopram and finally getting out of bed before noon.
um set a repeating reminder for my b12 jab every twelve weeks
my brother's humira pen is due friday so don't plan anything big on saturday
My flatmate sees her CPN from the CMHT every other Thursday.
what's a safe carb count if my ketones are sitting at one point five
Nan's on the end of life pathway, the Macmillan nurse comes at ten.
book me a port flush at the day unit before my next cycle
his neurologist took his licence off him after the episode at work
I have to blow into the peak flow meter twice a day and log it.
find a chemist that actually has freestyle libre sensors in stock
ninety days clean tomorrow and i want a cake with a nine on it
Can't do the pub crawl, I'm on Antabuse till at least June.
my son's EHCP review is next week and they still won't fund his one to one
Dad's INR is all over the place so the anticoag clinic wants him in twice a week.
what time does the stoma nurse come round tomorrow
my daughter's on keppra now and the school wants a care plan signed
I'm on a phased return after six weeks at the Priory, so go easy on me.
swap my dexcom sensor tonight before bed, remind me at ten
My boss keeps booking calls on my infusion mornings even though I told HR.
my uncle finally got his blue badge after the ms relapse
read me the side effects of aripiprazole again, the leaflet's tiny
so yeah my mate's clozapine bloods are due monday and he hates needles
open the low vision magnifier so i can read this menu
My girlfriend's been on the Right to Choose list for an ADHD assessment for eighteen months.
call the hospice and ask if grandad had a settled night
Mum and I have her first appointment at the memory clinic on Friday, she keeps leaving the hob on.
add fortisip to the shopping, my husband can barely eat since the radiotherapy
my housemate keeps his lantus in the door of our fridge
She's doing exposure and response prevention with the psychologist for her checking.
uh can you find a quiet carriage, the ringing in my ears is awful today
my wife's injecting menopur every night at nine till egg collection
I do my PD exchanges at lunchtime so I need a clean room with a sink.
dad's had two stents put in and still won't give up the fry ups
the gp upped my propranolol before the interview because my hands shake
He's on a PEG feed now, so restaurants are off the table for a while.
my sister's bmi has to be over seventeen before they'll discharge her from the unit
month one on naltrexone and i haven't wanted the wine once
my colleague's back in two weeks, she's still recovering from the double mastectomy
my little boy's grommets fell out again and he's back on the ENT list
""",
        "religion": """
i can't eat till sunset so let's meet after maghrib
Remind me to pack my tefillin for the Manchester trip.
mum's doing a novena so she's out every evening for nine days
We're breaking the fast at the masjid on Friday if you want to come.
I take the stairs on Saturdays because I can't press the lift button.
my flatmate keeps the eruv map stuck on the fridge
people at work kept staring at the ashes on my forehead all day
My colleague wears his kara and a small kirpan under his shirt to work.
find a shop that sells mala beads, mine snapped during morning chanting
grandma goes to the gurudwara at amrit vela every single morning
Add the Navratri dates, I'm fasting all nine days this year.
my brother just got his patriarchal blessing and he's buzzing
set a reminder for my temple recommend interview with the bishop on sunday
He doesn't touch coffee or tea because of the Word of Wisdom.
my husband's doing umrah in march so i'm alone with the kids for ten days
Push my dentist appointment, I'm fasting for Yom Kippur that day.
my sister wears a sheitel since the wedding
We don't do birthdays in our family, we're Witnesses.
my cousin's serving his mission in brazil for two years, we only get emails on mondays
I'm a lay reader at St Peter's most Sundays.
what time's the vigil mass on saturday at st joseph's
can you find a mikvah near the hotel for tuesday evening
I keep two sets of plates, one for meat and one for dairy.
dad's going on hajj this year so i'm minding the shop
my nani puts on her tilak every morning before the aarti
She covers her hair and won't shake hands with the men at work.
my boyfriend sits in silent meeting with the Friends every Sunday
work out my zakat on the savings account before eid
My brother took refuge with a lama last year and shaved his head.
I'm vegan as a matter of conscience, so no wool or silk gifts please.
we're humanists so no blessings at nan's funeral, just readings
my parents are evangelicals and they send me bible verses every morning at six
I've told my in-laws I'm an atheist and the baby won't be christened.
my aunt's a sister of mercy and lives at the convent in cork
play the adhan when it's time for asr
We need a butcher with a shechita certificate for the wedding.
my husband's amritdhari so he's never cut his hair
I can't come to the hen do, it falls in the Nine Days before Tisha b'Av.
i get up at four for tahajjud so i'm shattered by lunch
My boss is a Scientologist and keeps pushing auditing sessions on us.
find a veg thali place, no onion or garlic for me on ekadashi
order a little white suit for my son's first holy communion
my neighbour won't touch a light switch after candle lighting on friday
I've started wearing my garments again since going back to the temple.
""",
        "political": """
i'm delivering focus leaflets round the estate tonight
Dad chairs the CLP and the AGM's tonight, so he'll be late.
add the reform rally in clacton to my calendar for saturday
I've knocked on four hundred doors for the Greens this month alone.
my sister still pays her subs to the swp
My brother went to a MAGA rally and came back with a red hat and a flag.
i'm on the momentum slate for the ncc elections
the neighbour's got his blue rosette from when he stood for the council
um text dave that i'll do telling at the polling station from seven for our lot
My wife runs the Yes stall for the SNP every Saturday in the precinct.
i've been a plaid member since the referendum
remind me to pay my dsa dues before the chapter meeting
My uncle phone banks for the GOP every cycle, mostly Ohio.
my cousin got into the edl and we haven't spoken since
My flatmate locked herself onto the gates at the XR action last week.
mum's a sinn féin councillor in derry
Dad's a DUP man and Mum's SDLP, so election nights are tense.
book the coach to the countryside alliance march
I sit on the executive of our local Fabian Society branch.
i'm flying to orlando for cpac next month
My husband's been a libertarian activist since the Ron Paul campaign.
got my blue rosette ready for the count tonight
she's a die hard corbynista and won't hear a word against him
I've been on every Palestine march since October with my mum.
running the stand up to racism stall at ten, remind me at nine
My brother's flying to DC for the inauguration, he's a proper Trumper.
i've been in the young greens since sixth form
My boss hosted a fundraiser for the Harris campaign in his garden.
i'm in republic and we're doing a placard protest at the coronation anniversary
I hand out the Morning Star outside the jobcentre on Wednesdays.
nan still has her thatcher mug and calls herself true blue
I'm a delegate for the Lib Dem conference in Brighton this autumn.
my sister's out campaigning with yes cymru every weekend
My brother's in antifa and keeps getting doxxed by the far right.
i give to actblue every month on payday
my flatmate joined the young liberals in freshers week
I'm the whip for the Labour group on the council now.
mum's standing for the alliance in east belfast
my aunt glued herself to the m25 with insulate britain
We've got a Yes sign for independence in the front window.
my brother in law organises for the dsa chapter in brooklyn
I'm a paid-up member of the Conservatives, don't tell my students.
find the train times for the young labour conference
my dad writes the newsletter for the local reform branch
""",
        "sexual_orientation": """
my brother's been on t for a year and his voice has finally dropped
I need to order a new binder, this one's too tight to breathe in.
My daughter wants us to use they/them now and Grandma keeps slipping up.
my boss and his husband are adopting a little girl
My sister's been on oestrogen for a year and honestly she passes so well now.
the deed poll came through so the bank finally stopped using my deadname
My friend has been waiting four years for Charing Cross GIC.
my cousin's top surgery is in june so i'm flying out to look after him
why is everyone on grindr in this hotel forty miles away
our son brought his boyfriend to sunday lunch and grandad was lovely about it
My flatmate's girlfriend is staying over again, third night running.
my uncle always called himself a friend of dorothy
I told my mum I'm ace and she asked if I'd tried harder.
i'm the only femme in our wlw group chat
My sister married her wife in a barn in Devon last June.
my ex husband lives with a guy called marco now, he told us at christmas
as a bloke i've only ever fancied blokes, it's just never come up at work
My brother's name is Mia now and we're all trying to get it right.
he's been on blockers since he was fourteen
Since I came out my HRT comes from a private clinic because the NHS wait is years.
my housemate uses her new name everywhere except with her parents
Book two tickets for bears night at the Eagle for me and Rob.
my dad's been with his partner steve for twenty years
After the divorce from my husband I'm dating a woman for the first time.
our fifteen year old asked us to call him leo from now on
my flatmate just told me she's into girls and her mum can't know
My son and his fiancé Mark want a spring wedding.
our daughters have two mums and the school forms never fit
My brother's phallo consult is next month in London.
my mate's voice feminisation surgery went really well
She had FFS in Marbella and she looks so happy.
my aunt lived with her companion margaret for forty years and everyone knew
My husband's ex-boyfriend is coming to the barbecue, be nice.
i proposed to my girlfriend and as a woman myself mum's still processing
so um my boyfriend's coming to the work do as my plus one and i'm a guy so
Remind me to collect my gel from the clinic, I'm on week twelve of E.
my little sister changed her pronouns to he and started wearing a packer
my cousin came out to the family at eid and it went badly
He's a twink who only dates older men, his words not mine.
my colleague's pride lanyard isn't a statement, she's literally married to a woman
the gender identity service finally gave me a first appointment date
i've been out at work since i transitioned but not to my grandparents
My best mate's husband is flying in from Toronto tomorrow.
she's ace and aro and really happy single
""",
        "sex_life": """
my wife and i haven't been intimate in eight months
Book me a PEP appointment, the condom split on Saturday.
i'm on prep so the clinic wants my bloods every three months
pick up the morning after pill on the way to work, remind me at eight
My housemate brings a different Tinder date back every weekend.
i've had three hookups off the app this week and i'm exhausted
We've got a safe word now and my partner keeps forgetting it.
I need to tell my last three partners about the gonorrhoea result.
my flatmate has a sugar daddy who pays her rent
We've started seeing another couple at weekends.
my brother sees escorts when he's on business trips
My partner's libido has dropped through the floor since the new pill.
i was thirty when i first slept with someone and i'm glad i waited
we stopped using protection after we got engaged
My husband takes his Cialis every Friday afternoon.
the clinic called about partner notification, someone gave them my number
i had a one night stand in lisbon and now i'm worried
My colleague's been sleeping with the regional manager for months.
my wife and i are in an open marriage and it works for us
I need a pregnancy test, I was with someone new last weekend.
my boyfriend wants to try a threesome and i'm not sure
Find a lifestyle-friendly hotel in Cap d'Agde for our anniversary.
my sister's been celibate for two years by choice
I met a couple on the app and we're seeing them again next week.
my husband's been paying for onlyfans subscriptions behind my back
I think my herpes is flaring again, so no kissing this week.
we're doing the rhythm method because she can't take hormones
I took a Plan B on Saturday and again this morning.
my friend pays her bills doing cam shows at night
remind me to order more femidoms
I do full service work so I check the Ugly Mugs alerts before every booking.
My HPV came back positive and I've only had one new partner this year.
my wife wants to bring a toy into the bedroom
i've been chatting to a dom on fetlife for a month
My husband had the snip so we stopped the pill.
the neighbours host key parties and they've invited us
I haven't had a partner since before lockdown.
we use natural cycles instead of condoms
so like we've been doing it every other day because of the ovulation app
my boyfriend and i haven't done anything since the baby came
He's a regular at the sauna on the industrial estate, if you know what I mean.
the coil's out so we're not being careful anymore
my flatmate's friends with benefits thing with her ex is back on
I've got to go back to the GUM clinic for my test of cure.
""",
        "ethnicity": """
my daughter's 4c curls need the leave-in from the afro shop on the high road
Nani only speaks Gujarati and Dad insists we learn it properly.
My CV gets no calls with Mohammed on it but loads when I put Mo.
we're irish travellers and the pub still won't serve my uncle
grandad landed at tilbury from trinidad in fifty eight
I'm half Korean and Mum makes kimchi every autumn.
my boss keeps asking where i'm really from because i'm brown, i was born in croydon
We're Mizrahi on Dad's side and Ashkenazi on Mum's.
followed round the shop again because i was the only black guy in there
my colleague's family are hmong from laos
I'm Yoruba so the naming ceremony is a really big deal.
my fiancée's family are gujarati and want a proper mehndi
My stepdad is Māori and does the haka at every family do.
i'm the first in my family not born in lagos
nan speaks romani to mum when she doesn't want us kids to hear
My son is enrolled in the Cherokee Nation.
my wife's pakistani and her aunties want a say in the wedding
my cousin gets stopped and searched every week for being a black lad
I'm Métis on my mother's side.
my best mate's family is tamil from jaffna
My grandmother was taken as a child under the Stolen Generations.
i'm sami and my family still herd reindeer up north
I'm the only person of colour on the board and they keep asking me about diversity.
dad's bengali from sylhet and runs the curry house on the corner
My housemate's Chinese Malaysian and work keeps asking her to do the Mandarin calls.
my gran came over on the kindertransport from vienna
my husband's family are berber from the atlas mountains
My son gets picked on at school for his monolid eyes.
i tick mixed white and black caribbean on the census
My mother's side are Ainu from Hokkaido.
my grandparents are armenian from aleppo
I'm Eritrean and we celebrate Meskel with a big bonfire.
the letting agent went cold the second she heard my polish accent
i'm hapa and nobody ever knows which box i tick
My mum's a proper desi aunty through and through.
my colleague is a rohingya refugee who came through bangladesh
Mum's family are from the Cape Coloured community in Cape Town.
my wife's family are assyrian from the nineveh plains
I'm Igbo and my dad really wants me to marry an Igbo girl.
uh my grandad's from kerala so we do onam every year at his place
the bouncer let my white mates in and told me and my cousin it was full
My kids get their hair braided at the Ghanaian salon in Peckham.
my mother in law is a gypsy roma from hungary and still reads tea leaves
my flatmate's family are sikh punjabis from jalandhar and he's the first born here
""",
        "trade_union": """
my rep from the rcn is coming to the hearing with me
I'm the father of the chapel at the printworks now.
i pay my dues to teamsters local 705
Thursday's the Unite branch AGM, put it in the calendar.
my sister's equity card came through so she can do panto
Our watch made me the FBU rep after Dave retired.
the branch secretary wants me to run the ballot at the depot
My wife's the NASUWT rep at her school.
i'm on the picket from six at the bus garage tomorrow
My colleague's PCS and won't do overtime during the action.
my uncle's been aslef since he started driving trains
The shop steward is sitting in on my return to work meeting.
i'm a delegate to the trades council now
Can you check my Prospect subs went out this month?
i'm organising with the iwgb couriers on fridays
My brother's the CWU rep at the sorting office.
mum's neu and she's out on friday so i've got the kids
My partner's SEIU and does the bargaining calls on Tuesday nights.
i'm a uaw member at the ford plant
I joined the MU so I get the proper gig rates.
my brother's ilwu and they're shutting the port down tomorrow
My mate's the convenor at the BAE site.
my colleague's been blacklisted since he was a site rep in the nineties
Remind me to collect for the hardship fund at the gates.
took the day off for the tuc rally in london
My sister's the BECTU rep on the film set.
i'm the ucu branch caseworker so my inbox is a nightmare
My grandad was NUM through the whole of eighty four.
i've been a wobbly since college
My wife's NNU and she's on the line outside the hospital today.
I'm the safety rep the branch appointed for our floor.
dad's been ibew for twenty years
i'm the learning rep at the tesco depot
My cousin's a delegate at the BFAWU conference.
going to tolpuddle festival with the branch this summer
my husband sits on the nipsa executive
I'm a UFCW steward at the grocery on Fifth.
the nurses' bargaining unit at st luke's picked me as chair
Mum was branch secretary for the NUT for twenty years.
text the branch i'll cover the strike kitchen at the picket
Management doesn't know I'm the one who got the ACAS recognition claim going.
so my whole shift's signed cards and we're going for recognition next month
i'm the rep for our site in the uni's staff side and i'm at the jnc on tuesday
my dad's in the rmt retired members' section and never misses a branch social
""",
        "genetic_biometric": """
my 23andme says i carry one copy of the cf variant
My sister tested positive for the Huntington's expansion, forty two repeats.
my apoe4 came back double and i'm terrified about memory
I'm a BRCA1 carrier like Mum, so I'm on the surveillance list.
my brother's karyotype came back forty seven xxy
The bank logs me in with my voice now and I really hate it.
the gym entrance has my face template stored
The pharmacogenomic panel says I'm a poor CYP2D6 metaboliser.
my husband's family did ancestry and found out his dad isn't his biological dad
We found out from the NIPT that the baby has trisomy eighteen.
my cousin's genome shows hfe c282y homozygous
My daughter's newborn screen flagged PKU.
my fingerprints are on file with the border agency since my visa
I enrolled my iris for the Clear lane at JFK.
mum's carrier screen came back positive for tay sachs
My brother has the LRRK2 mutation so the neurologist is watching him.
my partner and i are both thalassaemia carriers so we're doing pgd
Grandad's exome found a Marfan variant.
add my thumbprint to mum's banking app
Our time clock at work reads hand geometry.
my polygenic risk score for heart stuff is in the top five percent
I uploaded my MyHeritage file and matched my donor father.
dad has a balanced translocation so my sisters are getting karyotyped
My niece screened positive for SMA on the heel prick.
the clinical geneticist says my son's deletion is at 22q11
I carry the prothrombin gene mutation so no oestrogen pill for me.
my face got matched by the police recognition van in croydon
I'm HLA-B27 positive, which explains a lot about my back.
my nephew's whole exome found a de novo scn1a change
My aunt's MLH1 result was positive so we're all being tested.
my son's microarray showed a duplication on chromosome fifteen
I sent my spit kit off and apparently I'm four percent Neanderthal.
my retina scan is what unlocks the lab door
Our donor's carrier panel came back clear except for GJB2.
my brother's y haplogroup is r1b
my smart glasses store a scan of my face to unlock them
Mum has the C9orf72 repeat expansion.
the home office wanted a relationship test to prove i'm my dad's son
I'm an ultra-rapid metaboliser of codeine according to my results.
my wife has a confirmed mecp2 variant
My fingerprint template at work is shared with the agency.
a stranger on ancestry says we share nine hundred centimorgans
My baby's cord blood was banked and tissue typed.
my voice sample's stored so the speaker knows it's me
""",
        "criminal": """
my offender manager moved my appointment to thursday
My brother's on a curfew till March, he has to be in by seven.
my cousin got a suspended for the fight outside the club
I'm doing unpaid work on Saturdays, scrubbing graffiti off the underpass.
dad's doing a ten stretch in belmarsh
i keep losing jobs because of what comes up on my enhanced dbs
My mate's on licence so he can't come to the festival in Wales.
i got a cbo so i'm banned from the town centre for two years
My ex-husband did time for fraud.
my son's first hearing at the youth court is tuesday
I have to tell the police every time I change address for the next ten years.
my mate got recalled for missing one appointment
The visiting order for my uncle at the Scrubs came through.
i have to declare my record to the nmc before the new job
My husband came out on a home detention curfew last week.
my flatmate pleaded guilty to the assault at magistrates
My sister's on remand at Bronzefield.
i did eighteen months inside and got out in may
Dad's done three stretches and he's back on the wing again.
i'm on a drink drive ban until september
find the ex offender job fair near me
My old cellmate messaged me on Facebook.
my brother's a lifer at frankland
I have to attend my drug rehabilitation requirement every Wednesday.
my youth rehab order finishes in june
My ex got a restraining order after I turned up at her work.
my uncle's doing a stretch at the state pen in ohio
My son got a referral order for the vandalism at the school.
i'm on parole till twenty twenty seven so no trips abroad
My girlfriend's ankle monitor beeped in the cinema.
my dad's got a record for gbh from the nineties
My brother got six months for the cannabis farm.
my colleague was cautioned for shoplifting at christmas
My boyfriend's on a SHPO so he can't go near the park.
i'm out on rotl this weekend so let's do dinner
My husband's plea hearing at the crown court is on Friday.
check in with my yot worker at four, remind me
my cousin did his bird at strangeways
I've got my MAPPA review on Monday.
i've been released under investigation for the burglary
My mother went down for benefit fraud.
my nephew's on an electronic monitoring order
I'm doing the thinking skills programme as part of my order.
my landlord found out about my record and gave me notice
""",
    },
    "de": {
        "health": """
ich muss morgen um sieben zur Dialyse, kannst du mich fahren
mein Bruder ist seit zwei Wochen in der psychosomatischen Tagesklinik
Meine Mutter hat jetzt Pflegegrad drei bekommen.
ich hab den Schwerbehindertenausweis mit GdB fünfzig gekriegt
mein HbA1c ist auf acht komma zwei gestiegen
Ich hol mein Polamidon jeden Morgen in der Praxis am Bahnhof.
oma kriegt die chemo jetzt über den port
mein Kollege bekommt jetzt Elvanse und kann sich endlich konzentrieren
meine Schwester muss jeden Montag zum Wiegen, sonst darf sie am Wochenende nicht heim
stell mir einen Wecker für das Salbutamol, zweimal am Tag
Mein Vater hat einen Herzschrittmacher und darf nicht durch die Sicherheitsschleuse.
mein Psychiater hat mir Quetiapin zum Schlafen aufgeschrieben
meine frau spritzt sich jeden abend clexane bis zur geburt
Unser Nachbar findet seit dem Schlaganfall die Wörter nicht mehr.
mein sohn trägt eine omnipod pumpe und in der schule muss einer aufs handy schauen
ich bin nach der Reha in Bad Salzuflen im Hamburger Modell wieder eingestiegen
mein Onkel ist seit dem Entzug in der Fachklinik auf Antabus
Ich brauch eine Überweisung zur Gedächtnissprechstunde für Papa, er verlegt ständig alles.
""",
        "religion": """
ich faste bis zum Iftar, lass uns danach was essen
Meine Tante ist bei den Zeugen Jehovas und feiert keinen Geburtstag.
wir essen koscher, also kein Schwein und kein Käse aufs Fleisch
mein sohn hat nächsten sonntag firmung
Zu Ostern geh ich zur Osternacht und schlaf erst danach.
meine Mutter hat den Rosenkranz immer in der Handtasche
ich bin seit zwölf Jahren aus Überzeugung vegan und trag kein Leder
mein Schwager ist neuapostolisch und geht dreimal die Woche zum Gottesdienst
Ich halte den Schabbat, also bitte keine Termine am Samstag.
zur Kandil-Nacht macht meine Oma Lokma für die ganze Straße
mein Freund ist Mormone und trinkt keinen Kaffee
Mein Vater ist Alevit und geht jeden Donnerstag ins Cemevi.
ich bin aus Überzeugung Atheistin und lass mein Kind nicht taufen
mein kollege geht freitags mittags immer in die moschee an der ecke
Meine Nachbarin hat nach der Konversion angefangen, Kopftuch zu tragen.
ich bin letztes Jahr ausgetreten, weil ich an gar nichts mehr glaube
meine Eltern fahren jedes Jahr nach Altötting zur Wallfahrt
""",
        "political": """
ich steh samstag am infostand der grünen in der fußgängerzone
Mein Vater ist Kassierer im CDU-Ortsverband.
meine Schwester war mit Ende Gelände im Tagebau und hat jetzt eine Anzeige
Ich hab meinen Mitgliedsbeitrag bei der Linken erhöht.
mein Nachbar ist bei der AfD aktiv und verteilt Flyer im Viertel
ich sitz bei den jusos im kreisvorstand
Wir plakatieren heute Nacht für die SPD.
mein Onkel sitzt für die Freien Wähler im Gemeinderat
meine Freundin macht bei Fridays for Future die Orga in Leipzig
Mein Chef hat der FDP fünftausend Euro gespendet.
mein Bruder ist bei den Julis und findet das total normal
Ich bin letzte Woche beim BSW eingetreten.
mein Kollege ist Reichsbürger und zahlt keine Rundfunkgebühr mehr
ich fahr als Delegierte zur Bundesdelegiertenkonferenz der Grünen
Meine Mutter liest seit vierzig Jahren die UZ und war früher bei der DKP.
ich mach haustürwahlkampf für die linke im wedding
""",
        "sexual_orientation": """
mein Bruder und sein Mann warten seit zwei Jahren auf ein Pflegekind
Meine Tochter hat uns an Weihnachten ihre Partnerin vorgestellt.
mein kollege heißt jetzt jonas und nimmt seit einem jahr testo
ich brauch einen neuen Binder in Größe M
Meine Nachbarin hat ihren Geschlechtseintrag beim Standesamt ändern lassen.
mein Onkel hat ein Profil auf Planetromeo
mein Mitbewohner hat seinen Freund mitgebracht, die sind seit drei Jahren zusammen
Meine Chefin und ihre Frau haben Zwillinge bekommen.
als Kerl zu sagen, dass ich auf Männer steh, war im Fußballverein echt hart
meine Cousine lässt die angleichende OP in München machen
Mein Ex-Mann lebt jetzt mit einem Mann in Köln.
mein Kind will nur noch mit dey angesprochen werden
Ich bin ace und hab einfach kein Interesse an so was.
mein Opa und sein Lebensgefährte feiern dieses Jahr dreißig Jahre
ich als Frau steh halt auf Frauen, das weiß im Büro nur keiner
meine Schwester nimmt seit ihrem Coming-out Östrogen und ist so viel glücklicher
""",
        "sex_life": """
die Apothekerin hat mir die ellaOne ohne Fragen gegeben
Ich nehm PrEP und muss alle drei Monate zum Checkpoint.
mein mann und ich gehen samstag in den swingerclub
Meine Mitbewohnerin hat jede Woche ein anderes Tinder-Date.
wir haben seit einem Jahr nicht mehr miteinander geschlafen
ich hab mir bei dem typen in barcelona chlamydien geholt
Meine Freundin will eine offene Beziehung.
mein Kollege geht auf Geschäftsreisen immer ins Laufhaus
ich muss meinen letzten drei Partnern wegen der Gonokokken Bescheid sagen
Wir verhüten mit Temperaturmethode und der App.
ich hab auf joyclub einen dom kennengelernt
Mein Mann nimmt vor dem Wochenende immer Sildenafil.
meine Frau hat die Spirale ziehen lassen, wir passen nicht mehr auf
Mein Freund hat mich mit einer aus dem Fitnessstudio betrogen.
ich hatte gestern einen one night stand und weiß nicht mal seinen namen
meine beste Freundin arbeitet als Escort in Frankfurt
""",
        "ethnicity": """
meine Oma ist Sintiza und spricht Romanes mit uns
Meine Schwiegermutter ist Romni aus dem Kosovo und kam neunundneunzig.
meine Oma ist Wolgadeutsche und spricht noch den alten Dialekt
mein Kollege ist Tamile aus Jaffna und kam als Kind nach Hamm
Der Türsteher hat nur meine schwarzen Freunde nicht reingelassen.
ich bin sorbin und wir feiern die vogelhochzeit
Meine Frau ist Jesidin aus Shingal.
meine kinder sind afrodeutsch und die leute fassen ständig in ihre haare
mein Nachbar kommt aus Eritrea und Tigrinya ist seine Muttersprache
Mein Mann ist halb Japaner, die Kinder lernen beide Sprachen.
meine Mutter ist Polin aus Schlesien
ich werd in der Bahn ständig auf Englisch angesprochen, weil ich asiatisch aussehe
Mein Schwiegervater ist Aramäer aus dem Tur Abdin.
meine großeltern kamen als gastarbeiter aus anatolien
Meine Familie ist palästinensisch und kam über den Libanon.
mit meinem türkischen Nachnamen krieg ich bei Wohnungen nie eine Antwort
""",
        "trade_union": """
ich bin bei verdi und wir legen morgen den flughafen lahm
Mein Vater ist seit vierzig Jahren in der IG Metall.
ich bin Vertrauensfrau der GEW an meiner Schule
meine Kollegin ist bei der GDL und fährt morgen nicht
Ich muss noch meinen Beitrag für die NGG überweisen.
mein Mann sitzt für die IG BCE im Betriebsrat
ich steh morgen früh am streikposten vor dem werkstor
Meine Mutter sitzt für die EVG in der Tarifkommission der Bahn.
mein Bruder ist in der GdP
Ich bin im Marburger Bund und wir verhandeln gerade den Tarif.
am ersten mai lauf ich im dgb block mit
Mein Chef weiß nicht, dass ich bei Verdi bin.
ich krieg diese woche streikgeld von der ig bau
Meine Schwester ist bei der Vereinigung Cockpit.
meine Freundin ist im DJV und verhandelt für die freien Journalisten
mein kollege ist bei der komba und sitzt im personalrat
""",
        "genetic_biometric": """
mein BRCA1-Befund ist positiv, genau wie bei Mama
Meine Schwester ist Anlageträgerin für Mukoviszidose.
die humangenetik hat bei meinem sohn ein fragiles x gefunden
Mein Bruder hat die Huntington-Mutation von Papa geerbt.
der Abstammungstest vom Labor sagt, dass Papa nicht mein leiblicher Vater ist
Meine Bank will jetzt meine Stimme als Passwort.
der NIPT hat Trisomie dreizehn gezeigt
Bei mir haben sie zweimal ApoE4 gefunden.
mein vater ist homozygot für die hämochromatose
Die Kamera am Stadioneingang scannt mein Gesicht.
meine MyHeritage-Ergebnisse zeigen einen Halbbruder in Polen
Ich hab Faktor-V-Leiden, also keine Pille.
meine tochter war beim neugeborenenscreening auffällig für pku
Mein Irisscan hat am Frankfurter Flughafen nicht funktioniert.
wegen Papas Chromosomenumbau lassen wir unsere Embryonen vorher testen
auf der Arbeit stempeln wir jetzt mit dem Fingerabdruck
""",
        "criminal": """
ich muss jeden Dienstag zu meiner Bewährungshelferin
Mein Bruder sitzt in Stammheim.
ich hab eine fußfessel bis juni
Mein Cousin ist in U-Haft in Moabit.
in meinem Führungszeugnis steht noch die Sache von 2019
Die Jugendgerichtshilfe hat mir achtzig Arbeitsstunden bei der Tafel aufgebrummt.
mein vater hat wegen betrug zwei jahre gekriegt
ich hab einen Strafbefehl wegen Fahrerflucht bekommen
Mein Sohn hat morgen Verhandlung vor dem Jugendrichter.
mein Kumpel hat Halbstrafe gekriegt und ist seit Montag draußen
Mein Nachbar hat Freigang aus Tegel.
mit meinem Eintrag von damals krieg ich keinen Job im Sicherheitsdienst
Ich zahl noch die Tagessätze ab, sonst muss ich die Ersatzfreiheitsstrafe antreten.
mein schwager muss nach dem führerscheinentzug zur mpu
meine Schwester ist in der JVA Chemnitz
mein Ex hat ein Annäherungsverbot gegen mich durchgesetzt
""",
    },
    "es": {
        "health": """
tengo que recoger el sintrom en la farmacia antes de las dos
Mi padre está en diálisis lunes, miércoles y viernes.
el psiquiatra me ha subido el lexatin
mi hermano va al CAD a por la metadona cada mañana
Mi padre tiene cita en la unidad del sueño para que le pongan la CPAP.
tengo el certificado del treinta y tres por ciento
mi hija lleva el sensor freestyle y hay que escanearlo en el recreo
Recuérdame la sesión de quimio del jueves en el hospital de día.
mi jefe está de baja por ansiedad desde marzo
Mi compañero lleva marcapasos y no puede pasar por el arco.
me toca revisión con la psiquiatra del ambulatorio el martes
Mi abuela ya me llama por el nombre de mi madre y se le olvida que ha comido.
mi novio toma antabús desde que salió de proyecto hombre
tengo la glicada en ocho y medio
Mi tía lleva bolsa de colostomía desde la operación.
me pincho la heparina cada noche hasta el parto
""",
        "religion": """
mañana no como hasta que se ponga el sol, estoy de ramadán
Mi madre sale de costalera en la procesión del Jueves Santo.
los sábados ayudo de monaguillo en la parroquia de mi barrio
Mi hermano se hizo testigo y ya no celebra la Navidad.
este año he dejado el alcohol hasta el domingo de resurrección
mi novia es del opus y va a su centro los sábados
Mi vecino es evangélico y va al culto dos veces por semana.
hago el camino al rocío con mi hermandad
Mi suegra no enciende el fuego en shabat.
mi hijo hace la primera comunión en mayo
soy ateo convencido y no quiero ni cura ni misa en mi entierro
Mi compañera lleva el hiyab desde que volvió de La Meca.
mi padre es diácono en la parroquia del barrio
Mi mujer es vegana por convicción ética y no pisa una plaza de toros.
para el eid vamos a la mezquita de la m-30
Mi tío es mormón y está de misión en Chile.
""",
        "political": """
estoy en el círculo de podemos de mi barrio
Mi padre tiene el carnet del PP desde los ochenta.
esta noche pego carteles para vox
Mi hermana va en las listas de Bildu por Hernani.
mi primo va a todas las manis de la cup
Mi jefe dona a Sumar todos los meses.
mi padre lleva cuarenta años yendo al aberri eguna con el pnv
mi abuelo guardaba el carnet del pce hasta que murió
Mi suegro es independentista y cuelga la estelada en el balcón.
voy a la diada con la anc
Mi novio milita en Juventudes Socialistas.
en méxico mi tía hace campaña para morena
Mi vecino es militante de Esquerra.
mi compañero reparte el mundo obrero en la facultad
Me apunté a Nuevas Generaciones con dieciocho años.
mi madre es apoderada de junts
""",
        "sexual_orientation": """
mi hermano y su marido se mudan a chueca
Mi hija nos presentó a su novia en Nochebuena.
llevo seis meses con la hormonación en la unidad de identidad de género
Mi primo tiene perfil en Grindr.
mi compañera está casada con una mujer y tienen dos niños
Mi tío y su pareja Andrés llevan treinta años juntos y la abuela dice que son amigos.
mi hijo quiere que le llamemos lucía
Necesito un binder nuevo, este me aprieta.
soy chico y me gustan los chicos, ya se lo dije a mis padres
mi mejor amiga salió del armario en la cena de empresa
Mi cuñado lleva un año con testosterona y ya le sale barba.
mi vecino y su novio van al orgullo cada año
Soy ace y no siento atracción por nadie.
mi hermana y su mujer celebran la boda en una masía del empordà
Mi profe usa elle como pronombre.
cambié el nombre en el registro civil después de la transición
""",
        "sex_life": """
la farmacéutica me dio el ellaone sin preguntarme nada
Tomo la PrEP y me hago analíticas cada tres meses en el Sandoval.
mi pareja y yo vamos a un club liberal el sábado
Desde que lo dejé con Marta no me he acostado con nadie.
mi compañero de piso trae un ligue distinto cada finde
Me han diagnosticado gonorrea y tengo que avisar a mis parejas.
mi mujer y yo quedamos con otros por separado y nos lo contamos todo
Mi marido toma tadalafilo los sábados.
me acosté con mi ex el viernes
quedé con una pareja de tinder para un trío
Mi novio quiere probar cosas de bondage.
mi hermana trabaja de escort en madrid
Uso el método sintotérmico y no tomo nada.
mi compañero de trabajo tiene una amante en la oficina de valencia
a mis treinta todavía no he estado con nadie
Me pusieron el implante en el brazo porque mi novio no quiere usar condón.
""",
        "ethnicity": """
mi abuela es gitana y habla caló con mi madre
Mi compañero es mapuche de Temuco.
en la discoteca no dejaron pasar a mi amigo por ser negro
Mi familia es rifeña, de Alhucemas.
mi suegro es quechua de cusco y con nosotros habla castellano a medias
Mi novia es afrocolombiana del Chocó.
mis padres llevan el bazar de la esquina y en casa hablamos qingtianés
Mis padres son saharauis de los campamentos de Tinduf.
mi vecina es guaraní y nos enseña palabras
Me piden la documentación en el metro cada semana por mi color.
mi abuelo era sefardí y en casa todavía se habla ladino
Mi cuñado es amazigh y celebra Yennayer.
soy mestiza, mi mamá es aymara
Mi compañera es wayuu de La Guajira.
el casero colgó cuando me oyó el acento latino
Mi hijo es el único niño negro de su clase.
""",
        "trade_union": """
soy delegada de prevención de ccoo en el hospital
Mi padre es de UGT desde la Transición.
me descuentan la cuota de la cgt en la nómina
Mañana a las cinco me toca piquete en la puerta de Mercadona.
mi madre es liberada de csif
Mi hermano está en la CNT y va a todas las asambleas.
mi compañera es de ela en bilbao
Mi marido es de la CIG en Vigo.
mi jefe no sabe que estoy afiliada a uso
Me presento en la lista de Comisiones al comité de empresa.
en argentina mi papá es de camioneros con moyano
Mi prima es delegada del SATSE.
soy de la cgt y no fiché el día de la huelga
Mi abuelo era minero de Comisiones en Asturias.
mi tío es de ugt en el metro de madrid
Mi amiga es delegada de LAB en la fábrica de Orbea.
""",
        "genetic_biometric": """
salí portadora de la mutación brca2
El estudio genético dice que mi hijo tiene X frágil.
el test de paternidad que pedimos por internet dice que no es mi hijo
Mi madre es portadora de fibrosis quística.
el gimnasio me pide la huella para entrar
El cribado dio riesgo alto de trisomía veintiuno y la amnio lo confirmó.
tengo la mutación del factor v leiden
Mi hermano tiene cuarenta y tres repeticiones CAG, igual que mi padre.
en el trabajo fichamos con reconocimiento facial
Mi padre es homocigoto para hemocromatosis.
la prueba del talón de mi bebé salió positiva en fenilcetonuria
El banco quiere grabar mi voz como contraseña.
los resultados de 23andme me dieron una media hermana en méxico
Hicimos diagnóstico genético preimplantacional por la talasemia de mi marido.
mi primo tiene el lynch confirmado en el estudio genético
Registré el iris para pasar por el control del aeropuerto sin pasaporte.
""",
        "criminal": """
mi hermano está en soto del real
Tengo que firmar en el juzgado cada quince días.
llevo la pulsera telemática hasta el juicio
Tengo antecedentes por un robo de hace años.
mi primo está en libertad condicional
Me condenaron a trabajos en beneficio de la comunidad.
mi padre cumple condena en brians
Me retiraron el carnet por alcoholemia y tengo juicio rápido.
mi novio tiene una orden de alejamiento de su ex
Mi hijo está interno en La Jarosa por lo del robo.
no puedo sacar el certificado de antecedentes limpio
Mi tío salió de Picassent el mes pasado.
estoy en tercer grado y duermo en el cis
Mi vecino está en preventiva por lo de las drogas.
mi hermana tiene un vis a vis con su marido en alcalá meco
El abogado de oficio dice que me piden dos años.
""",
    },
    "fr": {
        "health": """
faut que je passe à la pharma pour mon lévothyrox
Mon père fait son hémodialyse lundi, mercredi et vendredi à la clinique.
ma sœur est suivie au cmp depuis sa tentative
Je récupère ma méthadone au CSAPA tous les matins.
mon ald trente a été renouvelée pour cinq ans
Ma mère a sa cure de chimio mardi à l'hôpital de jour.
mon fils a un pai à l'école pour son stylo d'adrénaline
Mon collègue est en mi-temps thérapeutique depuis son burn-out.
la mdph a enfin accepté le dossier de ma fille
Mon copain fait son injection de Xeplion tous les mois au CMP.
rappelle-moi de changer le capteur freestyle du petit
Ma grand-mère est en EHPAD, à l'unité protégée.
j'ai une hémoglobine glyquée à neuf
Mon frère fait son sevrage à la clinique des Pins.
mon oncle a une stomie depuis son opération
Je dois faire ma prise de sang pour la charge virale.
""",
        "religion": """
je fais le ramadan donc on dîne après la rupture du jeûne
Mon voisin ne prend pas l'ascenseur pendant chabbat.
ma grand-mère dit son chapelet devant radio notre-dame tous les soirs
Mon fils fait sa bar-mitsva en juin.
je suis athée convaincu et je refuse le baptême pour ma fille
Ma collègue part à la mosquée le vendredi midi.
mes parents sont témoins de jéhovah et ne fêtent pas noël
Cette année je fais le carême, pas une goutte d'alcool.
mon cousin part faire le hajj
Mon mari est évangélique et va au culte le dimanche.
je mange halal donc pas de lardons dans la quiche
Ma sœur est entrée au Carmel.
je suis végane par conviction, je ne porte pas de cuir
Mon père est pasteur dans une paroisse réformée.
on va à la pagode pour le nouvel an bouddhiste
Ma tante va au temple tamoul pour Thaipusam.
""",
        "political": """
je colle des affiches pour la france insoumise ce soir
Mon père a sa carte au Rassemblement national.
ma sœur milite chez les écolos depuis la fac
Je tracte pour Renaissance au marché dimanche.
mon grand-père a sa carte au pcf depuis cinquante ans
Mon beau-frère est militant zemmouriste.
j'étais sur les ronds-points avec les gilets jaunes tous les samedis
Mon coloc est aux Soulèvements de la Terre.
ma mère est élue lr au conseil municipal
Je suis mandataire financier de la liste PS aux municipales.
mon collègue est à lutte ouvrière et vend le journal le jeudi
Je cotise chez les Jeunes socialistes.
mon voisin est indépendantiste corse
Ma cousine fréquente l'Action française.
je suis délégué de circo pour le modem
Mon oncle a encore la carte du NPA.
""",
        "sexual_orientation": """
mon frère et son mari ont adopté une petite fille
Ma fille nous a présenté sa copine comme sa compagne.
mon pote est sous testostérone depuis six mois
Ma collègue a changé de prénom à l'état civil après sa transition.
mon cousin est sur grindr tout le temps
À Noël j'ai été franche avec mes parents, ma coloc c'est ma copine.
ma voisine vit avec sa compagne depuis vingt ans
Mon fils veut qu'on l'appelle Inès maintenant.
je dois commander un binder
Mon prof utilise iel comme pronom.
je suis un mec et je sors avec un mec depuis deux ans
Ma tante et sa femme s'étaient pacsées bien avant le mariage pour tous.
mon père a quitté ma mère pour un homme
Je suis asexuelle et je n'ai jamais eu envie.
ma sœur prend des œstrogènes et attend son opération à lyon
Mon oncle et son compagnon tiennent un bar dans le Marais.
""",
        "sex_life": """
je dois prendre la pilule du lendemain
Je prends la PrEP et je fais mon dépistage au CeGIDD.
on va dans un club libertin samedi avec ma femme
Ça fait un an que je n'ai couché avec personne.
mon coloc ramène un mec différent chaque week-end
J'ai chopé une chlamydia avec mon ex.
mon mari et moi on a chacun nos amants et tout le monde est au courant
Je prends du Cialis avant nos week-ends en amoureux.
j'ai fait un plan cul avec une fille de tinder
Ma copine veut essayer le bondage.
ma sœur est escort à lyon
Je me suis fait poser un stérilet au planning familial.
mon collègue trompe sa femme avec la stagiaire
J'ai recouché avec mon ex vendredi.
je fais un test vih j'ai eu un rapport sans capote
On a fait un plan à trois avec un couple rencontré sur Wyylde.
""",
        "ethnicity": """
ma grand-mère est kabyle et ne parle que le kabyle
Mon voisin est gitan, sa famille vit en caravane.
je me fais contrôler trois fois par semaine parce que je suis noir
Ma femme est antillaise, de Guadeloupe.
mes parents sont fils de harkis
Mon collègue est tamoul de Pondichéry.
on m'appelle toujours la chinoise au boulot alors que je suis vietnamienne
Ma belle-mère est peule.
mon beau-frère est kanak de lifou
Je n'ai eu aucun rappel pour les appartements avec mon nom arabe.
mes grands-parents sont arméniens, arrivés à marseille en vingt-trois
Ma fille est métisse et on galère pour ses cheveux crépus.
mon pote est manouche, son père joue du jazz
Mon copain est rifain, sa famille vient de Nador.
ma mère est d'origine comorienne
Mon chef est juif séfarade d'Oran.
""",
        "trade_union": """
c'est moi qui distribue les tracts cgt dans les vestiaires de l'entrepôt
Ma mère est encartée à la CFDT depuis trente ans.
je suis à sud rail et je débraye jeudi
Mon père est au SNES-FSU.
j'ai pris ma carte à fo cette année
Mon collègue est élu CFE-CGC au CSE.
je tiens le piquet devant l'usine demain matin
Ma sœur est à l'UNSA Police.
je paie ma cotisation au snuipp
Mon oncle était docker à la CGT du port du Havre.
je suis rss dans ma boîte depuis janvier
Mon voisin est à Solidaires Finances publiques.
ma copine est au snpl et elle ne vole pas jeudi
Mon mari est à la CFTC.
je vais à l'ag de la cnt ce soir
Mon chef ne sait pas que j'ai ma carte.
""",
        "genetic_biometric": """
je suis porteuse de la mutation brca1
Le séquençage dit que je porte la delta F508.
le labo belge dit que mon père n'est pas mon père biologique
Mon frère a le gène de Huntington.
je dois donner mes empreintes pour le titre de séjour
Mon fils a un X fragile confirmé par la génétique.
le dépistage prénatal a montré une trisomie vingt et un
Je suis hétérozygote pour le facteur V Leiden.
mon cousin a fait un test myheritage et a découvert un demi-frère
Ma banque veut enregistrer mon empreinte vocale.
j'ai enregistré mon visage pour parafe à roissy
Ma mère est homozygote pour l'hémochromatose.
le dépistage néonatal de ma fille a révélé une drépanocytose
On fait un DPI à cause de la mutation de mon mari.
mon collègue a un syndrome de lynch confirmé par le test
La cantine de l'école scanne la paume de mon fils.
""",
        "criminal": """
je dois voir mon conseiller spip tous les mois
Mon frère est à la maison d'arrêt de Villepinte.
je suis sous bracelet et je dois être rentré à vingt heures
Mon casier n'est pas vierge à cause d'un vol.
mon cousin est en détention provisoire à fresnes
Je fais mes heures de TIG à la mairie.
mon père a pris trois ans ferme pour escroquerie
Mon fils passe devant le juge des enfants mardi.
j'ai du sursis probatoire avec obligation de soins
Mon voisin sort des Baumettes la semaine prochaine.
j'ai perdu mon permis pour alcool au volant et je passe en comparution
Mon oncle est en conditionnelle.
je vais au parloir voir mon mari samedi
Mon petit frère est à l'EPM de Lavaur.
je dois pointer au commissariat chaque semaine
Mon ex a obtenu une interdiction de contact contre moi.
""",
    },
    "it": {
        "health": """
devo ritirare il coumadin in farmacia prima delle sette
Mio padre fa l'emodialisi lunedì, mercoledì e venerdì al San Camillo.
mia sorella è seguita dal csm da due anni
Mio fratello va al SerD per il metadone.
ho il codice di esenzione zero tredici per le strisce
Prendo i permessi della centoquattro per assistere mia madre.
mia figlia ha il sensore e la maestra deve controllarlo a ricreazione
Giovedì ho la chemio in day hospital.
il mio collega ha l'invalidità al settantacinque per cento
Mio nonno è in RSA, nel nucleo Alzheimer.
mia moglie si fa l'eparina ogni sera fino al parto
Dopo l'episodio in ufficio la commissione medica mi ha sospeso la patente.
prendo lo xanax per dormire da quando è morto papà
Mio cugino porta il pacemaker e non può passare dal metal detector.
la mia glicata è a otto
Mio zio ha il sacchetto della stomia dopo l'intervento.
""",
        "religion": """
faccio il ramadan quindi mangio dopo il tramonto
Mia nonna va a messa ogni mattina alle sette.
mio figlio fa la cresima a maggio
Mia cognata è testimone di Geova e non festeggia i compleanni.
sono iscritto all'uaar e ho chiesto lo sbattezzo
Il mio collega va in moschea il venerdì.
mio zio è diacono in parrocchia
Per la quaresima ho rinunciato ai dolci fino a Pasqua.
la mia vicina fa shabbat e non accende la luce il sabato
Mio padre è valdese e va al culto la domenica.
sono vegana per scelta etica da quindici anni
Mia madre va a Lourdes con l'UNITALSI ogni anno.
mio fratello ha preso i voti dai francescani
Frequento la Soka Gakkai e recito daimoku ogni mattina.
mio marito è sikh e porta sempre il turbante
La mia amica è nel Cammino neocatecumenale e il sabato sera va in comunità.
""",
        "political": """
attacco manifesti per fratelli d'italia stasera
Mio padre ha la tessera del PD da trent'anni.
mia sorella milita nei giovani comunisti
Faccio il rappresentante di lista per i Cinque Stelle.
mio zio fa i gazebo della lega al mercato ogni sabato
Sono volontaria alla festa del PD di Modena ogni settembre.
mio cugino frequenta casapound
Il mio capo ha finanziato Forza Italia.
faccio volantinaggio per avs davanti all'università
Mia madre era iscritta al PCI e ha ancora la tessera.
sono nel direttivo di azione a milano
Mio nonno era missino e ne va fiero.
sono andato a pontida con mio padre
Mio fratello è iscritto a Più Europa.
mia figlia è in ultima generazione e blocca il raccordo
Il mio vicino frequenta il Leoncavallo e va a tutti i cortei.
""",
        "sexual_orientation": """
mio fratello e suo marito hanno fatto l'unione civile
Mia figlia ci ha presentato la sua ragazza a Natale.
il mio collega prende il testosterone da un anno e ha cambiato nome
Mio cugino ha il profilo su Grindr.
sono stato sincero con mia nonna, Marco non è il mio coinquilino ma il mio fidanzato
Mio figlio vuole essere chiamato Giulia.
devo ordinare un binder nuovo
La mia vicina vive con la compagna da vent'anni.
mio padre ha lasciato mia madre per un uomo
La mia amica ha fatto la rettifica anagrafica.
sono un ragazzo e sto con un ragazzo da due anni
Il mio prof usa lo schwa per sé.
la mia capa e sua moglie hanno avuto due gemelli
Sono asessuale e non ho mai provato attrazione.
mia sorella fa la terapia ormonale al centro di careggi
Mio zio e il suo compagno vanno al Pride di Bologna ogni anno.
""",
        "sex_life": """
devo prendere la pillola del giorno dopo
Prendo la PrEP e faccio i controlli al Checkpoint di Milano.
con mia moglie andiamo in un privé sabato
È un anno che non vado a letto con nessuno.
il mio coinquilino porta a casa una ragazza diversa ogni weekend
Mi sono preso la clamidia a Mykonos.
io e mio marito abbiamo una coppia aperta
Prendo il Cialis prima del weekend con lei.
ho fatto una botta e via con uno di tinder
Il mio ragazzo vuole provare il bondage.
mia cugina fa la escort a milano
Mi sono fatta mettere la spirale al consultorio.
il mio collega tradisce la moglie con la segretaria
Sono andata a letto con il mio ex venerdì.
vado al centro MTS perché ho avuto un rapporto senza preservativo
Con mia moglie usiamo il metodo Billings per non avere figli.
""",
        "ethnicity": """
mia nonna è sinta e parla romanes
Il mio collega è cingalese e la sua famiglia è a Colombo.
mi fermano sempre in stazione perché sono nero
Mia moglie è di origine eritrea.
il mio amico è rom e vive nel campo di via salviati
La mia vicina è cinese di Wenzhou, tutta la famiglia sta a Prato.
mia madre è arbëreshë e parla arbërisht con la nonna
Mio marito è marocchino e sua madre vuole il matrimonio a Casablanca.
il padrone di casa ha detto niente stranieri quando ha sentito il mio cognome
Mio figlio è l'unico bambino nero della classe.
la mia ragazza è senegalese wolof
Mio nonno era ebreo romano del Ghetto.
mio cognato è ladino della val badia
La mia collega è filippina e la domenica va con la comunità a San Lorenzo.
mio padre è curdo e siamo arrivati nel novantotto
Sono italo-somala e nessuno crede che sono di Torino.
""",
        "trade_union": """
sono nel coordinamento fiom dello stabilimento di cassino
Mio padre è iscritto alla CGIL da quarant'anni.
pago la tessera della cisl ogni mese
Domani sono al presidio davanti ai cancelli.
mia madre è rsu della uil scuola
Mio fratello è nei Cobas e venerdì incrocia le braccia.
sono rappresentante della filt nei trasporti
Il mio collega è dell'USB e organizza i rider.
mia moglie è della flc all'università
Faccio il picchetto ai magazzini con il SI Cobas.
mio zio era della fiom a mirafiori
Sono iscritta all'Anaao come medico.
il mio capo non sa che ho preso la tessera della filcams
Mio nonno era capolega della Federbraccianti.
sono nel direttivo della fp cgil
Mio cugino è dell'UGL.
""",
        "genetic_biometric": """
sono portatrice della mutazione brca1
Mio fratello è portatore sano di talassemia.
dal laboratorio è arrivato l'esito, mio marito non è il padre biologico
Mia sorella ha ereditato l'espansione CAG di Huntington.
devo lasciare le impronte in questura per il permesso di soggiorno
Il test genetico di mio figlio dice X fragile.
il test prenatale ha mostrato la trisomia diciotto
Ho la mutazione MTHFR omozigote.
con ancestry ho scoperto un fratellastro in argentina
La banca vuole la mia impronta vocale per entrare.
in azienda timbriamo con il riconoscimento facciale
Mio padre è omozigote per l'emocromatosi.
lo screening neonatale di mio figlio ha trovato la fibrosi cistica
Facciamo la PGT per la mutazione di mio marito.
mia zia ha la sindrome di lynch confermata dal test
In palestra entro con lo scanner dell'iride.
""",
        "criminal": """
ho i domiciliari e posso uscire solo due ore la mattina
Mio fratello è a Regina Coeli.
con la fedina sporca per la rissa non mi prendono nella vigilanza
Mio cugino è in custodia cautelare a Opera.
ho l'obbligo di dimora nel comune fino al processo
Mio padre ha patteggiato due anni per bancarotta.
mio figlio è stato denunciato per spaccio
Vado a colloquio da mio marito a Sollicciano sabato.
ho la sospensione condizionale della pena
Mio zio è in semilibertà e la sera rientra a Bollate.
mi hanno ritirato la patente per l'alcol e ho l'udienza a marzo
Il mio vicino è uscito da Marassi.
mio fratello ha il daspo e non può andare allo stadio
Il mio ragazzo ha una condanna per rapina e non trova lavoro.
mio cugino è al quarantuno bis
Ho il foglio di via da Bologna per tre anni.
""",
    },
}
