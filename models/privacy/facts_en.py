"""English facts for the composed training sentences (`compose.py`), written for the edge project.

Per sensitive category: `first` (first-person statements), `third` (about someone else, `{p}`), `ask` (requests and
questions); most say the sensitive thing without a give-away word (medication by name, a condition by its effect,
recovery idioms, parole and probation, religious practice by behaviour, orientation by the partner's gender,
union activity, ethnicity by origin, genetic and biometric tests). `ORDINARY` holds the same shapes for
harmless life facts, near misses and requests; `TRAPS` are harmless sentences around words that look sensitive,
and `TRAP_FRAMES` put every lexicon term inside a name, a title or an idiom. One fact per line.
"""

from __future__ import annotations

SLOTS: dict[str, list[str]] = {
    "p": [
        "my brother", "my sister", "my mum", "my mom", "my dad", "my wife", "my husband", "my best friend",
        "my roommate", "my boss", "my neighbour", "my son", "my daughter", "my cousin", "my partner", "my grandma",
        "my grandpa", "my uncle", "my aunt", "a guy at work", "my coworker", "my friend [NAME]", "[NAME]", "my ex",
        "my flatmate", "my girlfriend", "my boyfriend", "my stepdad", "my niece", "my nephew", "our babysitter",
        "one of my students", "my landlord", "my teammate", "my sister in law", "my father in law",
    ],
    "day": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight",
            "next week", "the weekend", "the fifth", "the twelfth"],
    "time": ["seven", "eight thirty", "nine", "noon", "two", "three fifteen", "six", "ten tonight", "7:30",
             "9 am", "5 pm"],
    "dur": ["two weeks", "a month", "three months", "six weeks", "a year", "ten days", "since christmas",
            "since the summer", "two years", "a few months"],
    "med": ["sertraline", "lithium", "metformin", "prozac", "zoloft", "lexapro", "xanax", "adderall", "ritalin",
            "methadone", "suboxone", "ozempic", "truvada", "warfarin", "levothyroxine", "seroquel", "abilify",
            "wellbutrin", "gabapentin", "oxycodone", "tramadol", "prednisone", "tamoxifen", "vyvanse",
            "clonazepam", "valium", "propranolol", "lamotrigine", "humira", "methotrexate", "citalopram",
            "fluoxetine", "quetiapine", "naltrexone", "buprenorphine", "mounjaro", "eliquis", "statins",
            "beta blockers", "the blood thinners", "my antivirals", "the steroids", "the new pills"],
    "treat": ["dialysis", "chemo", "radiation", "physio", "my infusion", "a transfusion", "the injections",
              "my jab", "a scan", "my bloods", "the biopsy", "a smear", "my follow up", "the op",
              "my pre op", "an mri", "my ultrasound", "the colonoscopy", "a lumbar puncture", "speech therapy",
              "group", "my session", "the ivf transfer", "the egg retrieval", "my stitches coming out"],
    "measure": ["my a1c", "my sugar", "my cd4 count", "my viral load", "my platelets", "my white count",
                "my iron", "my liver numbers", "my psa", "my thyroid levels", "my ldl", "my creatinine",
                "my blood pressure", "my heart rate", "my oxygen", "my hcg"],
    "deity": ["god", "allah", "jesus", "the lord", "krishna", "the guru", "hashem"],
    "faithplace": ["the mosque", "the synagogue", "church", "the temple", "the gurdwara", "the kingdom hall",
                   "mass", "shul", "the meeting house", "chapel", "the mandir"],
    "party": ["the greens", "labour", "the tories", "the democrats", "the republicans", "the lib dems",
              "the snp", "reform", "the afd", "the spd", "the cdu", "podemos", "vox", "la france insoumise",
              "the rassemblement national", "the conservatives", "the libertarians", "the socialists",
              "plaid cymru", "sinn fein", "the ndp", "the liberals", "the five star movement", "die linke",
              "the communist party", "the pirate party"],
    "cause": ["abortion rights", "the pipeline", "the new immigration law", "gun control", "the war",
              "the border wall", "police funding", "the wealth tax", "the trans bill", "brexit",
              "independence", "the cuts to schools", "the climate bill", "the death penalty"],
    "origin": ["nigeria", "mexico", "korea", "vietnam", "the philippines", "somalia", "pakistan", "bangladesh",
               "jamaica", "ghana", "turkey", "morocco", "syria", "iran", "guatemala", "el salvador", "haiti",
               "eritrea", "afghanistan", "poland", "romania", "india", "sri lanka", "puerto rico", "lebanon",
               "ethiopia", "the dominican republic", "trinidad", "algeria", "senegal", "ukraine", "china"],
    "people": ["roma", "kurdish", "sami", "maori", "navajo", "cherokee", "aboriginal", "tamil", "hmong",
               "berber", "uyghur", "romani", "inuit", "yoruba", "igbo", "punjabi", "han chinese", "palestinian",
               "armenian", "afro caribbean", "métis", "torres strait islander", "pashtun", "zulu"],
    "union": ["unite", "unison", "the rmt", "the gmb", "the nea", "the teamsters", "the uaw", "seiu", "ver.di",
              "ig metall", "the cgt", "the cwu", "the nurses association", "the nut", "the ufcw", "the aft",
              "comisiones obreras", "the cisl", "the bma", "equity", "the writers guild", "the pcs"],
    "test": ["23andme", "ancestry dna", "the carrier screening", "the nipt", "the brca panel", "whole genome",
             "the paternity test", "the dna kit", "the genetic panel", "the karyotype", "the amnio"],
    "gene": ["brca1", "brca2", "apoe4", "the huntington's gene", "a cftr mutation", "lynch syndrome",
             "factor v leiden", "the sickle cell trait", "an mthfr variant", "a balanced translocation",
             "fragile x", "the tay sachs gene", "hemochromatosis", "an extra y chromosome"],
    "bio": ["my fingerprint", "my face scan", "my iris scan", "my voiceprint", "my palm vein scan",
            "my retina scan", "my face map", "my gait data", "my fingerprints"],
    "crime": ["a dui", "possession", "assault", "shoplifting", "burglary", "fraud", "a hit and run", "robbery",
              "dealing", "criminal damage", "drink driving", "theft", "domestic abuse", "arson", "vandalism",
              "money laundering", "a bar fight", "breaking and entering"],
    "partner_m": ["my boyfriend", "my husband", "the guy I'm seeing", "my fiance", "my ex boyfriend", "a guy"],
    "partner_f": ["my girlfriend", "my wife", "the woman I'm seeing", "my fiancee", "my ex girlfriend",
                  "a woman"],
}  # fmt: skip

SENSITIVE: dict[str, dict[str, str]] = {
    "health": {
        "first": """
I've been on {med} for {dur}
my doctor doubled my {med}
I ran out of {med} and I feel awful
I'm coming off {med} slowly
the {med} makes me so drowsy I can't drive
I forgot my {med} this morning and now I'm shaky
they switched me from {med} to {med}
{measure} came back high again
{measure} is finally going down
I have {treat} on {day} at {time}
I'm booked in for {treat} on {day}
I can't drink tonight because of {treat} tomorrow
I've had this cough for {dur} and now there's blood
I keep losing my words mid sentence and I'm only forty
the room spins every time I stand up
I can't get out of bed most days and I don't know why
I hear my heartbeat in my ears all night
I've been throwing up after every meal
I found a lump under my arm
I've lost two stone without trying
my hands go numb at night
I get chest pains when I climb stairs
I've been bleeding between periods
my periods stopped {dur} ago
I'm twelve weeks and nobody at work knows yet
we found out we're expecting in the spring
the second line showed up this morning
I can't feel my left foot anymore
I only have one working kidney
I wear a bag since the surgery
I had my gallbladder out last year
I've been clean for {dur}
I haven't had a drink in {dur}
I picked up my ninety day chip
I went to a meeting in the church basement to keep my sobriety
I relapsed on {day}
I used again after two years
I've started cutting again
some days I don't see the point of living
I keep hearing things nobody else hears
my mood swings from the top of the world to the floor
I'm on a waiting list to see someone about my moods
I see a counsellor every {day} for the panic
my brain won't stop checking the stove twenty times
I get so anxious I can't leave the flat
I count my calories down to the crumb and I'm scared to eat
I make myself sick after dinner
I've got the shakes from withdrawal
I can't hear much on my left side
I need a new hearing aid battery
I'm going blind in one eye
I use a wheelchair most days now
my joints swell up every winter
I inject myself every night before bed
I check my blood with a finger prick four times a day
my numbers were undetectable at the last check
I'm positive and I'm scared to tell anyone
I caught something from my ex and it needs antibiotics
I'm in remission for a year now
I finished my last round of chemo
they found a shadow on my lung
the tumour shrank by half
I have a pacemaker
I had a stroke in march and I'm still learning to walk
I get migraines so bad I throw up
I'm on the transplant list
I was sectioned last spring
I spent a week on the psych ward
I'm on sick leave for stress
I've been signed off work for burnout
I can't remember if I took my pills
I get a seizure if I miss a dose
my sugars crash in the afternoon
I'm allergic to penicillin so tell the dentist
I'm on the pill and I keep forgetting it
I'm going through the change and the hot flushes are awful
I had an abortion last year
we lost the pregnancy at ten weeks
I'm doing a round of ivf next month
I'm on prep
I've started hormone blockers
I've got long covid and I'm wiped out
I have a stutter that gets worse when I'm nervous
I have a tremor that started this year
I got my diagnosis of ms last week
I was diagnosed with adhd at thirty
I'm autistic and crowds are too much
I have cptsd from my childhood
I'm dyslexic and I need more time in exams
I'm on the spectrum
""",
        "third": """
{p} is on {med} now
{p} just started {med}
{p} has {treat} on {day}
{p} is in hospital again
{p} can't remember my name anymore
{p} has been in rehab for {dur}
{p} is clean for {dur} now
{p} relapsed last weekend
{p} keeps hearing voices
{p} tried to take their own life
{p} is in a psych unit
{p} has stage four
{p} is having a baby in june
{p} lost the baby
{p} is on dialysis three times a week
{p} had a heart attack on {day}
{p} is recovering from a stroke
{p} is on oxygen at night now
{p} is going deaf
{p} had a fit at the supermarket
{p} has dementia and gets lost
{p} is autistic
{p} is in a wheelchair since the accident
{p} is on the waiting list for a new kidney
{p} has the shakes when he doesn't drink
{p} is bulimic
{p} has been self harming
{p} is on antidepressants
{p} needs a carer now
{p} is terminal
{p} is in palliative care
{p} had a breakdown at work
{p} got diagnosed with bipolar
{p} has a brain tumour
{p} is having chemo
{p} has diabetes and won't eat properly
{p} is hiv positive
{p} has hepatitis
{p} is pregnant with twins
{p} had a miscarriage
{p} is going through ivf
""",
        "ask": """
remind me to take my {med} at {time}
remind me to pick up my {med} {day}
order more {med} from the chemist
how long does {med} take to work
can I drink on {med}
what happens if I miss a dose of {med}
is it safe to stop {med} suddenly
remind me about {treat} on {day}
book a taxi to the hospital for {treat}
find a meeting near me tonight, I need one
find an aa meeting near me
what should {measure} be at my age
how do I lower {measure}
how long after {treat} can I shower
find a clinic that does free testing
find a walk in clinic that's open now
call my sponsor
text my sponsor that I'm struggling
call my therapist and cancel {day}
find a counsellor who does evening sessions
what helps with panic attacks at night
how do I tell my boss I need time off for my mental health
is it normal to feel this low after giving birth
how many weeks am I if my last period was in march
where can I get the morning after pill
find a pharmacy open late for my prescription
how do I get a disabled badge
what are the signs of a relapse
what's the survival rate for {treat} patients
find a support group for people with cancer
find a grief counsellor
how do you cope with a diagnosis like that
""",
    },
    "religion": {
        "first": """
I don't eat pork for religious reasons
I'm fasting until sunset
we break our fast at {time}
I keep halal
we keep kosher at home
I pray five times a day
I pray the rosary every night
I go to {faithplace} every {day}
I wear a headscarf since I turned sixteen
I wear a kippah
I wear my cross every day
I gave up meat for lent
I go to confession on saturdays
I'm getting confirmed in may
I'm being baptised at easter
I'm converting
I've stopped believing
I'm not religious anymore since my dad died
I'm an atheist and my family is devout
I lost my faith in college
I found {deity} last year and it changed my life
I read scripture every morning
I tithe ten percent of my salary
we don't celebrate birthdays because of our beliefs
we don't do christmas because of our faith
I'm a practising buddhist
I'm hindu and we're vegetarian
I'm sikh and I keep my hair uncut
I'm a jehovah's witness
I'm mormon so no coffee for me
I'm a quaker
I'm catholic and we want a church wedding
I'm jewish and we're hosting seder
I'm muslim and I need a prayer room at work
I'm going on hajj next year
I go on pilgrimage to lourdes every summer
I sing in the choir at {faithplace}
I teach sunday school
I'm on the parish council
I fast every monday for shiva
we light candles on friday night and don't use phones
I can't work saturdays because of the sabbath
I'm reading the gospels with my small group
I've been speaking in tongues at our services
the elders at our congregation want me to be baptised
I left the church and my family cut me off
I'm spiritual but I go to the temple to meditate with the monks
I'm an ex muslim
I'm agnostic but I still go to mass with my mum
""",
        "third": """
{p} is muslim
{p} converted to islam
{p} is a devout catholic
{p} became a born again christian
{p} wears a hijab now
{p} is fasting for ramadan
{p} goes to {faithplace} every week
{p} is training to be a priest
{p} wants to become a nun
{p} is studying to be a rabbi
{p} is an imam
{p} left the faith
{p} is a jehovah's witness
{p} is orthodox jewish
{p} is hindu and won't eat beef
{p} is sikh
{p} is in a cult
{p} is an atheist
{p} prays before every meal
{p} got baptised last sunday
""",
        "ask": """
when is iftar today
what time is fajr tomorrow
which way is qibla from here
find a halal butcher near me
when does the fast end tonight
find a mass time for {day}
what time is evening prayer at {faithplace}
find {faithplace} near me
read me today's bible verse
play the call to prayer
remind me to pray at {time}
what's the torah portion this week
when is shabbat over
when is yom kippur this year
when does lent start
what can I eat during lent
remind me about confession on saturday
how do I convert to judaism
find a priest for a house blessing
find a church that does latin mass
when is eid this year
find a kosher restaurant near the hotel
""",
    },
    "political": {
        "first": """
I've voted for {party} my whole life
I'm voting for {party} this time
I just joined {party}
I'm a member of {party}
I'm canvassing for {party} on {day}
I donated to {party} again
I'm phone banking for {party} tonight
I'm on the local committee of {party}
I'll never vote for {party} again
I'm marching against {cause} on {day}
I'm going to the protest about {cause}
I signed the petition against {cause}
I'm campaigning for {cause}
I'm a card carrying socialist
I'm a lifelong conservative
I'm a libertarian
I'm an anarchist
I'm a monarchist
I'm a republican and I want the monarchy gone
I want independence for scotland
I support the separatists
I think the president should resign
I'm pro choice
I'm pro life
I put a campaign sign in my window
I'm standing for the council as an independent
I'm a delegate at the party conference
I spoiled my ballot in protest
I voted leave
I voted remain
I'm on the far left and proud of it
my politics are pretty right wing
I can't stand the current government
I'm helping run the mayor's campaign
I wrote to my mp about {cause}
I got arrested at the climate protest
I'm in extinction rebellion
I'm part of the tenants movement against the council
""",
        "third": """
{p} votes for {party}
{p} is a member of {party}
{p} is running for parliament
{p} is a die hard trump supporter
{p} is a communist
{p} is marching against {cause}
{p} works for {party}
{p} is on the far right
{p} donated to the campaign
{p} is a party activist
{p} got elected to the council for {party}
""",
        "ask": """
who should I vote for
how do I join {party}
when is the next {party} meeting
find the nearest polling station, I want to vote {party}
remind me to go to the protest on {day}
where does {party} stand on {cause}
register me for the rally on {day}
find the march against {cause}
how do I donate to {party}
sign me up to canvass on {day}
""",
    },
    "sexual_orientation": {
        "first": """
I'm a guy and {partner_m} is moving in with me
as a man I've only ever dated men
I'm a woman and {partner_f} and I are getting married
I'm a woman and my wife is pregnant
my husband and I are both men
I'm a girl and I like girls
I'm a guy and I have a crush on my best mate
I'm a man and I'm seeing a man from work
I told my parents I'm into women too
I'm into guys and girls
I'm attracted to both
I don't feel attraction to anyone
I'm still in the closet
I finally came out at work
I came out to my grandma
I'm trans
I'm transitioning
I started testosterone last month
I'm on estrogen now
I changed my name and my pronouns
I use they them now
I'm nonbinary
I'm having top surgery in {day}
I'm a trans woman
I'm a trans man
I used to be married to a woman but now I'm with a man
I'm a woman and my ex girlfriend still texts me
my girlfriend and I are both women and we want kids
I go to a queer book club
I'm going to pride with my boyfriend and I'm a guy
I'm gay
I'm bi
I'm a lesbian
I'm pan
I'm questioning
""",
        "third": """
{p} came out as gay
{p} is bisexual
{p} is trans
{p} is transitioning
{p} just came out
{p} has a boyfriend and he's a guy too
{p} is a lesbian
{p} is in the closet
{p} is nonbinary now
{p} is marrying her girlfriend
{p} is marrying his boyfriend
""",
        "ask": """
find gay bars near me
find a lesbian bar near the hotel
how do I come out to my parents
find a trans friendly doctor
where can I get testosterone
find a queer support group
how do I change my gender marker
find the pride parade route
""",
    },
    "sex_life": {
        "first": """
we haven't slept together in {dur}
we've been trying for a baby every night
I hooked up with someone last night
I slept with my ex again
I'm cheating on my wife
I'm having an affair
I've been sleeping with my coworker
we're in an open relationship
we went to a swingers club
I lost my virginity last year
I'm waiting until marriage
I can't finish in bed
I can't get it up anymore
my sex drive is gone
I've had four partners this month
we don't use protection
the condom broke
I'm on grindr every night
I'm on tinder just for hookups
I sext with a guy from work
I watch porn every night
I'm into bondage
I pay for sex sometimes
I sell content online for money, you know the kind
I had a threesome
we tried a sex toy
my partner wants to try anal
I faked it again last night
sex hurts since the baby
we haven't been intimate since the surgery
""",
        "third": """
{p} is cheating on her husband
{p} is sleeping with the neighbour
{p} has an affair
{p} hooks up with strangers
{p} is a sex worker
{p} lost his virginity
{p} is in an open marriage
{p} has a sex addiction
""",
        "ask": """
buy condoms and lube
order a vibrator
where can I buy a sex toy
how do I last longer
delete my tinder messages
delete my grindr chats
find a sex therapist
is it normal to not want sex
find a sexual health clinic
how soon after sex does the morning after pill work
""",
    },
    "ethnicity": {
        "first": """
my parents came from {origin} with nothing
I was born in {origin} and came here as a kid
I'm second generation, my family is from {origin}
my family is {people}
I'm {people}
I'm half {origin} on my mum's side
I'm the only black guy on my team
I'm the only brown woman in the office
as a black man I get stopped all the time
as an asian woman I get comments all the time
people ask where I'm really from
I'm mixed race
my dad's black and my mum's white
my grandparents were from {origin} and I'm proud of it
I'm indigenous
I'm first nations
we're a traveller family
I'm jewish but not religious
I'm latina
I'm desi
I'm arab
my skin colour gets me followed in shops
I got called a racial slur at the bus stop
the landlord wouldn't rent to us because we're from {origin}
I'm a person of colour
my family fled {origin} when I was five
I'm undocumented
my status is still pending since we came from {origin}
""",
        "third": """
{p} is black
{p} is from {origin} originally
{p} is {people}
{p} is mixed race
{p} is indigenous
{p} gets racially profiled
{p} is latino
{p} came over from {origin} without papers
""",
        "ask": """
find scholarships for black students
find a community centre for {people} families
how do I report racial discrimination at work
find a barber who can cut afro hair
""",
    },
    "trade_union": {
        "first": """
I'm in {union}
I joined {union} last year
I'm a rep for {union}
I'm our shop steward
we're walking out on {day}
we voted to strike
I'm on the picket line at {time}
I won't cross the picket line
I'm on the bargaining committee
our local meets on {day}
we're organising the warehouse
I signed a union card
we're unionising the store
management is trying to bust our union
I pay my union dues through payroll
the union is backing my grievance
I'm going to the branch meeting on {day}
we're balloting for industrial action
I'm on strike
we're working to rule until they pay up
I'm a member of the teachers' union
I'm organising my coworkers
""",
        "third": """
{p} is a union rep
{p} is on strike
{p} joined {union}
{p} is organising the workers
{p} got fired for organising
{p} is a shop steward
""",
        "ask": """
how do I join {union}
when is the strike vote
remind me about the union meeting on {day}
email the members about the picket
how do I start a union at my job
what are my rights if I go on strike
find the {union} branch office
""",
    },
    "genetic_biometric": {
        "first": """
my {test} came back
I got my {test} results
I carry {gene}
I tested positive for {gene}
I have {gene} like my mum
I sent off {test} to find my birth father
I did {test} and I have a half brother
I'm a carrier for cystic fibrosis
they sequenced my genome
I had my genome done
I'm worried about what {test} will show
the geneticist wants to see me
I registered {bio} at the bank
I gave my fingerprints at the border
I enrolled {bio} at work
my employer stores {bio}
I don't want the gym to keep {bio}
""",
        "third": """
{p} carries {gene}
{p} did {test}
{p} got {test} results back
{p} has a genetic condition
{p} is a carrier for sickle cell
""",
        "ask": """
upload my raw dna file
delete my dna data from {test}
share my {test} results with my doctor
what does {gene} mean for my kids
save {bio} for the door lock
delete {bio} from the app
enroll {bio} for payments
how accurate is {test}
where can I get a genetic test
""",
    },
    "criminal": {
        "first": """
I'm on probation until {day}
I'm on parole
I check in with my probation officer every {day}
I did {dur} inside
I just got out of prison
I got out of jail last week
I have a record for {crime}
I was convicted of {crime}
I got charged with {crime}
I'm up in court for {crime} on {day}
I pleaded guilty to {crime}
I got a suspended sentence
I'm wearing a tag
my ankle monitor needs charging
I have a curfew at {time} because of my bail
I'm out on bail
I got arrested last night
the police searched my flat
the cops took my phone as evidence
I've got a warrant out
I'm on the sex offender register
I was in juvie as a kid
I did community service for {crime}
I stole from my last job and they found out
I sell drugs on the side
I drove home drunk again
I got caught with weed at the festival
I'm a witness in my own assault case
""",
        "third": """
{p} is in prison
{p} got locked up
{p} is on parole
{p} got arrested for {crime}
{p} is doing time for {crime}
{p} has a criminal record
{p} is on bail
{p} is wanted by the police
{p} got a restraining order against him
{p} was convicted of {crime}
""",
        "ask": """
remind me about my probation meeting on {day}
remind me to check in with my parole officer
how do I get my record expunged
find a criminal lawyer near me
what's the sentence for {crime}
does {crime} show up on a background check
when is my court date
how do I pay bail for {p}
""",
    },
}

ORDINARY: dict[str, str] = {
    "first": """
I've been on this project for {dur}
my boss doubled my workload
I ran out of coffee and I feel awful
I'm coming off a really long shift
I can't drive today because the car is in the garage
they switched me from the morning shift to nights
my phone bill came back high again
my electricity bill is finally going down
I have a dentist cleaning on {day} at {time}
I'm booked in for a haircut on {day}
I can't drink tonight because I'm driving
I keep losing my keys
the room gets so hot every afternoon
I can't get out of bed on mondays
I've been running every morning for {dur}
I'm training for a half marathon
I've lost my voice from shouting at the match
I'm on a new diet with more vegetables
I go to the gym every {day}
I'm doing dry january
I gave up sugar in my coffee
I started yoga at the community centre
I meditate for ten minutes every morning
I'm learning to play the cello
I'm learning spanish for our trip
I volunteer at the food bank every {day}
I sing in a choir on wednesdays
I go to the farmers market every sunday morning
we light candles at dinner because it's cosy
we don't do presents at christmas anymore, just a nice meal
I'm vegetarian because I love animals
I don't drink coffee after noon
I'm reading the lord of the rings again
I joined the book club at the library
I'm on the committee of the running club
I'm the treasurer of our chess club
our team voted for pizza over burgers
we elected a new captain for the five a side team
I signed the card for sarah's leaving do
I'm organising the office christmas party
we're negotiating the price of the van
I have a meeting with my manager about my pay rise
I'm on the bargaining side of the deal for the new car
my contract at work ends in june
I work nights at the warehouse
I got a promotion at work
I'm starting a new job on {day}
I'm moving to leeds next month
my parents came from the next town over
I grew up on a farm
I was born in a small town by the sea
I'm from manchester originally
I'm canadian so I apologise a lot
my grandparents had a bakery in naples
I'm learning to cook my grandma's polish recipes
I'm half scottish on my mum's side and I love the highlands
I'm a guy and my girlfriend is moving in with me
I'm a woman and my husband is cooking tonight
my boyfriend and I are going to paris
my wife and I are painting the nursery
I'm single and happy
I went on a first date last night and it was fine
we're celebrating our anniversary on {day}
we've been trying a new recipe every night
I haven't been to the cinema in {dur}
I'm waiting until the sales to buy a sofa
I got my passport photo taken
I scanned my boarding pass
I set up fingerprint unlock on my new laptop
I did an ancestry family tree on paper with my grandad
I got a parking ticket outside the shop
I got a speeding warning on the motorway
I'm on jury duty next week
my bike got stolen from outside the station
someone broke into my car and took the radio
I watched a documentary about a bank heist
I got stopped at the airport because my bag was too heavy
I spent a night in a hostel in berlin
I broke my phone screen again
my laptop died in the middle of the call
I'm addicted to this new series
I'm obsessed with sourdough
I'm dying to see the new film
I'm sick of the rain
I'm starving
I've got a lot on my plate this week
I'm on a new phone plan
I'm on a waiting list for an allotment
I'm in the queue for concert tickets
I've been clean shaven since the summer
I haven't had a coffee in three days
I picked up my new glasses
I've got my driving test on {day}
I passed my exams
I failed my driving test again
I got a new puppy
my cat is at the vet for her jabs
our dog had his stitches out
""",
    "third": """
{p} is on holiday in spain
{p} just started a new job
{p} is in hospital visiting her friend
{p} works as a nurse at the hospital
{p} is a doctor at the clinic on main street
{p} is a police officer
{p} works at the prison as a teacher
{p} is a lawyer
{p} is a priest's cook at the parish hall
{p} is running the marathon on {day}
{p} is moving to london
{p} is getting married in june
{p} had a baby boy last week
{p} bought a new car
{p} is learning to drive
{p} passed his driving test
{p} broke his phone
{p} got a puppy
{p} is vegan now
{p} is obsessed with football
{p} is addicted to coffee
{p} is a huge fan of the killers
{p} is studying law
{p} is studying medicine
{p} works for the council
{p} works for the union bank
{p} is a history teacher
{p} wrote a book about the war
{p} is from glasgow
{p} is on a business trip
{p} is at the gym
{p} lost her keys again
{p} is sick of his job
""",
    "ask": """
remind me to take the bins out at {time}
remind me to pick up the dry cleaning {day}
order more coffee pods
how long does paint take to dry
can I freeze cooked rice
what happens if I miss the last train
find a meeting room for {day} at {time}
book a table for four on {day}
what's a normal resting heart rate for a runner
how do I lower my phone bill
find a gym that's open now
call the plumber
text my sister that I'm running late
call the garage and cancel {day}
find a driving instructor who does evening lessons
what helps a puppy sleep through the night
how do I ask my boss for a raise
how many weeks until christmas
where can I get a passport photo
find a pharmacy that sells sunscreen
how do I get a parking permit for my street
find a book club near me
what time does the farmers market open
find a yoga class for beginners
when is the next bank holiday
find the nearest cash machine
how do I reset my fingerprint unlock
set up face unlock on my new phone
find a good true crime podcast
what's the plot of the godfather
find a lawyer for buying a house
when is the election for the school board of the chess club
who won the local bake off vote
what time does the church street market open
""",
}

TRAPS = """
let's get brunch at the mission district place
the cathedral quarter has great bars
the temple bar in dublin is full of tourists
play hallelujah by leonard cohen
play highway to hell
play losing my religion
play personal jesus by depeche mode
play like a virgin
play gay bar by electric six
play black or white by michael jackson
play smooth criminal
play jailhouse rock
play sympathy for the devil
play sister christian
play praying by kesha
play the sound of silence
play amazing grace on the bagpipes
the saints won on sunday
the padres are playing the angels tonight
the cardinals lost again
the mormon tabernacle choir christmas album
book of mormon tickets for saturday
the crusaders won the rugby
the vatican museums open at nine
is union square busy on saturdays
take me to union station
meet me at the church street bakery
the old chapel is now a wine bar
the mosque roundabout is closed for works
we're getting married in a barn not a church
the hospital car park charges are crazy
I'm parked behind the clinic on high street
the pharmacy on the corner sells good ice cream
the prison tour at alcatraz was amazing
the jail break update bricked my phone
my phone's jailbroken
the court of appeal scene in the show was great
the food court is on the second floor
the basketball court needs resurfacing
I booked a tennis court for {time}
the police academy films are so silly
the law and order marathon is on
the bank robbery in heat is my favourite scene
I could murder a curry
that goal was criminal
the prices are criminal
he stole the ball in the last minute
she killed it on stage
the band's new album is sick
that's a sick trick on the skateboard
this traffic is killing me
my battery is dying
the plants are dying because of the heat
I'm dying to see that film
I'm addicted to this podcast
I'm hooked on this game
the series is my new drug
the meeting was a total trauma ha
my laptop has a virus
run a virus scan on the pc
the plant has a fungus on its leaves
my car's engine is sick
my code has a memory leak
the wifi is having a seizure
the market crashed but it will recover
the patient approach works best with toddlers
a healthy dose of scepticism
the doctor who christmas special
a can of dr pepper
the surgeon general of football analysis
the party starts at eight
throw a birthday party for mia
the labour day sale
labor day weekend traffic
the conservative estimate is ten grand
a liberal amount of butter
the green party at my neighbours was loud, they painted everything green
she's the president of the chess club
the class president gave a speech
vote for the best costume
the election of the new book club chair is on friday
the campaign for the new sneakers is everywhere
the ad campaign went viral
the marketing rally in the car park
the stock market rally continues
strike a pose
a bowling strike
three strikes and you're out
the lightning strike hit a tree
the union jack on the cake
the european union budget talks
the credit union has good rates
union square cafe
the black friday deals
black coffee no sugar
the white house down movie
yellow card for the striker
the red wedding episode
a straight flush
the straight road to the coast
the gay paree party theme
the queer eye episode with the firefighter
the pink floyd album
the rainbow cake for the kids' party
the pride and prejudice film
the lion king pride rock toy
the native plants section of the garden centre
the indian restaurant on the corner
the chinese takeaway is closed
the french bakery
mexican food tonight
greek yoghurt with honey
turkish coffee
the irish pub
polish pierogi from the market
the jewish deli does a great reuben
a thai massage at the spa
learning japanese on my phone
the roman ruins
the viking exhibition
the aztec gold exhibition
the dna of our company is customer service
the genetic algorithm in my code
face id doesn't work with sunglasses
the fingerprint sensor is dirty
the iris is blooming in the garden
the voice notes app is great
my kids are in the school play as the three wise men
the nativity play at school
the christmas market opens on friday
easter egg hunt in the park
happy diwali to everyone at work
a ramadan kareem sign at the shop
the lent term at university
the angel of the north
the devil wears prada
the god of war game
oh my god the traffic
thank god it's friday
bless you
what the hell happened to the printer
hell's kitchen is on tonight
my holy grail is a pair of vintage jordans
that's a religious experience, this pizza
I worship this coffee
the sermon on the mount restaurant reviews were bad
we're on the same page politically about pizza toppings
office politics are exhausting
the politics podcast about football transfers
the senators beat the maple leafs
the tories bakery on the corner
I'm a cardinal fan
the bishop moves diagonally
the knight and the bishop in chess
the crown season four
the queen's gambit
the jihad of the desert in the history book
a witch costume for halloween
the devil's food cake
an angel food cake
the mission impossible film
the mission statement for the project
confirmation email for my order
my booking confirmation
the medical drama on tv
greys anatomy season twenty
the pharmacy of the video game
the clinic scene in the sims
the hospital pass in rugby
a sick note for school because of the snow day
I need a day off, my brain is fried
I'm so depressed the match got cancelled
the great depression chapter in my history book
the tropical depression is heading north
the stress test for the website
the load test crashed the server
the blood moon tonight
blood orange juice
the blood bank app is a good example of ux
the heart of the city
the liver and onions at the pub
kidney beans for the chilli
a bitter pill to swallow
the pill bug in the garden
my phone charger is dead
dead man's fingers in the woods
the grateful dead at the stadium
the dead kennedys gig
the sex pistols documentary
sex and the city reboot
the sex education series
the porn star martini at the bar
the condom factory documentary on bbc
the union pacific railway
the teamsters in the film the irishman
the picket fence needs painting
the strike zone in baseball
the walkout song for the pitcher
the shop steward scene in the play
""".replace("{time}", "six")

TRAP_FRAMES = [
    "directions to {T} street",
    "is {T} road closed today",
    "the {T} cafe on the corner",
    "meet me at the {T} bar",
    "play the song {T}",
    "play the album {T}",
    "the band {T} is on tour",
    "the movie {T} is on tonight",
    "a book called {T}",
    "the {T} episode was great",
    "{T} is the name of the new boat",
    "the {T} hotel has a pool",
    "a podcast called {T}",
    "the game {T} is on sale",
    "the word {T} in the crossword",
    "how do you spell {T}",
    "what rhymes with {T}",
    "the {T} exhibit at the museum",
    "the {T} brand trainers",
    "the {T} stop on the tram",
]
"""Neutral frames that put a lexicon term inside a name, a title or a word question: the term alone decides
nothing."""

MORE_SENSITIVE: dict[str, str] = {
    "health": """
I've got my six week check after the c section
the midwife says the baby's head is down
my psych meds make me put on weight
I'm tapering off the benzos
the dentist can't put me under because of my heart
I've been in and out of the children's ward with my son's lungs
my counsellor says it's grief and it comes in waves
I'm seeing a specialist about my memory
the physio says my shoulder needs another six weeks
I've got the all clear from oncology
my glucose monitor keeps beeping at night
I have to use the catheter since the op
I get winded walking to the car
I've had a temperature for three days and can't keep water down
my bones are brittle so I can't ski anymore
I've been on the pump since I was a kid
I'm doing the sixty day program at the residential place
my sponsor says one day at a time
I slipped last night after eight months sober
my liver numbers are bad from the drinking
""",
    "religion": """
we're hosting the iftar for the whole street tonight
I'm off to the gurdwara to help in the langar
we're sitting shiva for my grandfather this week
I go to the early service before work on wednesdays
I'm memorising the last part of the quran
I got my ashes this morning for ash wednesday
we say grace before every meal even at restaurants
I'm doing the spiritual exercises with a jesuit
my wedding has to be in the temple for my family
I'm going to the kingdom hall tonight
""",
    "political": """
I'm handing out leaflets for the greens on saturday
my vote's going to the independent candidate this time
I've been a party member for twenty years
I stood outside parliament with a placard yesterday
I'm stuffing envelopes at the campaign office tonight
the party whip called me about the vote
I'm a delegate for the union's political fund
I want to abolish the monarchy
""",
    "sexual_orientation": """
I'm a man and I'm taking my husband to meet my parents
my girlfriend and I just moved in together and I'm a woman too
I only date guys and I'm a guy
I've been out since I was sixteen
I'm bringing my boyfriend to the office party and I'm a man
my wife and I both carried one of our kids
I'm a woman and I've been seeing a woman from my gym
I realised at thirty that I'm not straight
""",
    "sex_life": """
we haven't done it since the baby was born
I slept with someone I met at the bar
my husband and I sleep in separate beds because there's nothing between us anymore
I've been going to an escort
I'm trying to get my partner to be more adventurous in bed
we use an app to find other couples
I had unprotected sex and I'm worried
""",
    "ethnicity": """
I'm the first in my family born here, my parents are from ghana
my mum's side is from the caribbean
at school I was the only kid with a packed lunch from home, being desi
they asked for my papers and not my white colleague's
I've got roma roots on my dad's side
I'm half japanese and people guess everything but that
my grandparents were forced off their land because they were indigenous
the bouncer let my friends in but not me because I'm black
""",
    "trade_union": """
we're meeting with the convenor about the redundancies
I'm collecting signatures to get union recognition
the branch secretary asked me to stand as rep
our ballot for strike action closes friday
we had a walkout over the sacking
I'm taking a union lawyer to my disciplinary
""",
    "genetic_biometric": """
the genetic counsellor called with my results
my baby's heel prick test showed a carrier result
my spit sample came back with a cousin I never knew
we had the embryos tested for the gene
my boss wants us to clock in with our fingerprints
the app wants a scan of my face to verify me
""",
    "criminal": """
I did eighteen months for dealing
I'm still on licence from my sentence
the judge gave me a year suspended
I have to sign in at the police station every week
I got nicked for shoplifting when I was nineteen
I can't travel to the states because of my conviction
I was inside when my daughter was born
the tag comes off in june
""",
}

MORE_ORDINARY = """
I've got my six week check on the car
the midwife from the show is my favourite character
I'm tapering my training before the race
I'm seeing a specialist about my boiler
I've got the all clear from the surveyor
my smart watch keeps beeping at night
I get winded on the big hill on my bike
I'm on the sixty day plan at the gym
we're hosting a barbecue for the whole street tonight
I'm off to the allotment to help with the harvest
I go to the early spin class before work on wednesdays
I'm memorising my lines for the school play
we say cheers before every meal
my wedding has to be in the castle my mum picked
I'm handing out flyers for the bake sale on saturday
I'm stuffing envelopes for the wedding invites tonight
I'm taking my husband to meet my parents for sunday lunch
my girlfriend and I just moved in together
I've been out of the office since friday
I'm bringing my partner to the office party
we haven't been to the cinema since the baby was born
I met someone nice at the bar last night
we use an app to split the bills
my mum's side is from cornwall
I'm the first in my family to go to university
we're meeting with the landlord about the repairs
I'm collecting signatures for a birthday card
our ballot for the team name closes friday
the app wants a photo of my passport for the hotel
my boss wants us to clock in with the new app
I did eighteen holes of golf on saturday
the judge on the baking show was harsh
I have to sign in at the front desk every morning
I can't travel next week because of work
"""
