"""English spoken-style sentences written for the edge project (labelled set for the privacy gate and topics).

`SENSITIVE[category]["paraphrase"]` says something sensitive without a give-away word; `["explicit"]` names it.
`ORDINARY["trap"]` are harmless sentences built around a word that looks sensitive; `["command"]` are device and
assistant commands (no interest); `["chat"]` is small talk; `INTERESTS` are requests with their tier-1 topic.
One sentence per line.
"""

SENSITIVE: dict[str, dict[str, str]] = {
    "health": {
        "paraphrase": """
my GP upped my dose again
I'm on PrEP now
he's on the spectrum so loud places are hard
the lump they found came back benign thank god
I've been throwing up every morning for two weeks
can you find me a place that does the two week wait blood test
they put a stent in my dad last night
I can't keep food down since the new pills
I haven't slept more than three hours a night in a month and I keep crying
my sugar was at three hundred this morning
remind me to refill the inhaler before the weekend
my knee has been swollen since the fall and I can't put weight on it
I get these voices when I'm really tired
she's on a waiting list for a new liver
my mum doesn't recognise me anymore when I visit
what do I do if my period is three weeks late
I hurt myself again last night
I've been seeing someone every tuesday to talk through the panic
my scan showed something on my left lung
I'm not allowed to drive since the seizure
how long after a transplant can you fly
my son still wets the bed at nine is that normal
the nurse said my numbers are going the wrong way
I need to schedule my next infusion
my hands shake so much I can't hold a cup
I stopped eating again and my friends noticed
I've been off work since my breakdown in March
book me in to get my stitches out
the clinic called about my smear results
I'm doing the twelve steps and it's day forty today
my sponsor called me at midnight
the methadone clinic moved my pickup time
she lost the baby at eleven weeks
I'm going deaf in my right ear
what's the survival rate for stage three
do I need to fast before my bloods tomorrow
Remind me to take my meds at nine.
I'm thirty weeks along and my feet are so swollen
""",
        "explicit": """
I've been diagnosed with type two diabetes
my therapist thinks I have PTSD
what are the side effects of sertraline
my mother has Alzheimer's and it's getting worse
I'm HIV positive and starting new treatment
book an appointment with my psychiatrist next week
I have a hernia and need surgery
my chemotherapy starts on Monday
my depression has been really bad this winter
I'm pregnant and due in March
find a rehab center for alcohol addiction near me
my son was diagnosed with ADHD today
how do I manage my bipolar disorder at work
I have stage two breast cancer
my doctor prescribed antidepressants
I had a miscarriage last year
I'm recovering from an eating disorder
my asthma has been terrible this week
I have epilepsy so I can't drive
my blood pressure medication makes me dizzy
what's the best treatment for my migraines
I was in the psych ward for a week
I'm going through IVF
my sister has schizophrenia
I test positive for chlamydia what should I do
""",
    },
    "religion": {
        "paraphrase": """
I'm muslim and I don't eat pork
we fast from sunrise to sunset this month
I keep kosher so no cheeseburgers for me
I don't believe there's anything after we die
I'm taking my kids to Friday prayers
we light the menorah every night this week
I wear my hijab to work now
my family are Jehovah's Witnesses so we don't do birthdays
I go to confession every other Saturday
we're saying the rosary for grandma tonight
I stopped believing in God after college
I'm converting to Judaism next spring
my husband is Hindu so we're vegetarian at home
I'm getting baptized on Easter Sunday
we don't drink because of our faith
I pray five times a day even at work
our pastor is coming over for dinner
I'm a practicing Buddhist and I meditate at the temple
Remind me it's the Sabbath so no work calls Saturday.
I wear a turban because I'm Sikh
I'm agnostic but my parents are devout Catholics
we're going to Mecca for Hajj next year
my bar mitzvah was the best day of my childhood
I'm a Mormon and we don't drink coffee
we break the fast at sunset, remind me at seven forty
my daughter's first communion is in May
I left the church when I was twenty
""",
        "explicit": """
what time is mass at St Mary's on Sunday
find a mosque near me for Friday prayer
I'm an atheist and my parents can't accept it
when does Ramadan start this year
read me a verse from the Quran
my rabbi says we should donate more
we go to church every Sunday morning
I'm a born again Christian
remind me to pray before dinner
what does the Bible say about forgiveness
I'm Catholic and I'm thinking about becoming a nun
our synagogue is holding a Yom Kippur service
find a Hindu temple for Diwali
I converted to Islam last year
I'm a Scientologist
""",
    },
    "political": {
        "paraphrase": """
I'm canvassing for the Greens this weekend
I've voted Tory my whole life but not this time
I donated fifty bucks to the Bernie campaign
I'm marching against the new immigration law on Saturday
who should I support in the primary, I'm a lifelong Democrat
I'm a registered Republican but I hate the nominee
I think we need to abolish the monarchy
I'm going to the pro choice rally downtown
I'm a proud member of the Labour party
I put a MAGA sign in my front yard
I signed the petition to recall the governor
my whole family votes for the far right now
I'm volunteering at the campaign office for the mayor's reelection
I think the president should be impeached
I'm a socialist and proud of it
I'm phone banking for the Liberal Democrats tonight
I went to the climate strike with my kids
I'm pro life and I'll never vote for someone who isn't
our local party branch meets on Thursday, remind me
I'm thinking about running for city council as an independent
Honestly I'd vote for anyone but the conservatives.
I'm libertarian, the government should stay out of my business
I joined the Brexit party back in 2019
""",
        "explicit": """
who should I vote for in the senate election
I'm a lifelong communist
I support the Democratic party
I'm a member of the Conservative party
I'm voting for the Green party in the election
my dad is a hardcore Trump supporter
I'm an anarchist
which candidate is more progressive on immigration
I'm registered as a Republican voter
the election results made me so angry
I'm going to a protest against the government
register me to vote in the next election
""",
    },
    "sexual_orientation": {
        "paraphrase": """
I'm a guy and my boyfriend is moving in with me
my wife and I are both women and we want to adopt
I came out to my parents last night
I'm into both men and women
I'm not into guys at all, I only date women, and I'm a woman
I'm trans and starting hormones next month
my husband and I are both dads to two girls
I finally told my coworkers I'm gay
I'm ace, I just don't feel that kind of attraction
we're going to the Pride march together, me and my girlfriend
my son just told us he likes boys
I've been using they them pronouns since last year
I'm a man married to a man
I'm a woman and I've only ever had girlfriends
my partner is nonbinary and I'm a lesbian
I'm still in the closet at work
my top surgery is scheduled for June
I think I might be bi
my ex husband came out as gay
help me find a queer friendly therapist
""",
        "explicit": """
I'm gay
I'm a lesbian and my family doesn't know
I'm bisexual
I identify as transgender
find gay bars near me
my daughter is transgender
I'm pansexual
find an LGBTQ support group
""",
    },
    "sex_life": {
        "paraphrase": """
we've been trying for a baby every night this week
I haven't been intimate with my wife in a year
I hooked up with someone from the app last night
we're in an open marriage
I think I caught something from my last partner
we're into some kinky stuff, where can I buy restraints
I lost my virginity at sixteen
I've been sleeping with my coworker
my husband can't keep it up anymore
I've had three partners this month
we need more lube, add it to the order
my girlfriend wants to try a threesome
I'm waiting until marriage
I had a one night stand and the condom broke
we had sex without protection last night
my libido is gone since the baby
I went to a swingers party
remind me to pick up the morning after pill
""",
        "explicit": """
how can I last longer in bed
buy condoms and a pregnancy test
my partner wants to have sex more often
I've been watching porn every night
find a sex therapist near me
what are the best sex toys for couples
is it normal to have a low sex drive
I have erectile dysfunction
""",
    },
    "ethnicity": {
        "paraphrase": """
as a black woman I get followed in stores all the time
my grandparents came over from Mexico without papers
I'm half Korean half Irish
people keep asking where I'm really from
I'm the only brown guy in my whole department
my family is Roma and we move around a lot
I'm Aboriginal and my mob is from up north
being Asian at that school was hard
I'm first generation Nigerian American
my dad is Jewish and my mum is Palestinian
we're Kurdish and fled Syria in 2015
I'm mixed race and I never know what box to tick
the landlord turned me down because I'm Arab
I'm Native American, Navajo on my mom's side
my kids are the only Latino kids in class
I'm Pakistani and my parents want an arranged marriage
my accent gives away that I'm Polish and people treat me differently
they called me a slur at work today
""",
        "explicit": """
I'm African American
what's my racial background according to the DNA test
I experienced racism at work again
I'm Hispanic and proud of my roots
as an Asian American I worry about hate crimes
my ethnicity is Han Chinese
I'm a member of the Sami people
I'm white Irish Traveller
""",
    },
    "trade_union": {
        "paraphrase": """
we're walking out on Monday if they don't raise our pay
my shop steward says to document everything
I'm a paid up member of the Teamsters
we voted to picket the warehouse
our local is negotiating the new contract
I'm the rep for our branch now
we're organizing the baristas at my store
remind me about the dues deduction on my payslip
the nurses at my hospital are going out next week and I'm joining them
I signed the card to unionize our office
I'm going to the branch meeting of the teachers' federation
management is trying to bust our organizing drive
I'm not crossing the picket line tomorrow
our collective bargaining agreement expires in June
I'm on the bargaining committee this year
the rail workers I'm with are striking again
""",
        "explicit": """
I'm a union member
my union rep called about the strike
I joined the union at work
when is the next union meeting
the union is going on strike next week
how do I start a union at my company
I'm a shop steward for Unite
I'm in the UAW
""",
    },
    "genetic_biometric": {
        "paraphrase": """
my 23andMe results say I carry the BRCA1 variant
I have the gene for Huntington's like my dad
save my fingerprint so I can unlock the door
the test showed I'm a carrier for cystic fibrosis
store my face scan for the banking app
my retina scan is on file at the office
our baby tested positive for the sickle cell trait
I sent my spit kit off to find my biological father
what does it mean if I have two copies of APOE4
the doctor wants to sequence my whole genome
enroll my voiceprint for the bank
they took my palm print at the border
my kid has an extra chromosome
the paternity test came back and he's not mine
""",
        "explicit": """
upload my DNA test results
I want genetic testing for breast cancer risk
my genetic results show a high risk of Alzheimer's
set up face ID with my biometric data
the genome sequencing came back today
register my fingerprints for the time clock
share my genetic data with my cousin
I have a genetic mutation that causes heart disease
""",
    },
    "criminal": {
        "paraphrase": """
my PO wants me to check in every week
I did three years in state prison
I've got a court date for the DUI next month
I'm on probation until 2026
my brother got locked up again last night
I need a lawyer, the cops found the stuff in my car
I have a record so nobody will hire me
I'm out on bail and can't leave the state
my ankle monitor keeps beeping
I got caught shoplifting at the mall
my cousin's doing time for robbery
I got arrested at the protest and charged
I'm a registered offender so I can't live near schools
the police are investigating me for fraud
I pleaded guilty to the assault charge
I got a letter from the parole board
I sold weed for years before I went straight
my son was picked up for stealing a car
I have a warrant out in Ohio
""",
        "explicit": """
I have a criminal record
I was convicted of drunk driving
my husband is in jail
how do I expunge a felony conviction
I was arrested for possession last year
I'm on parole
I served time for burglary
my son was charged with theft
""",
    },
}

ORDINARY: dict[str, str] = {
    "trap": """
let's meet at the church street bakery at noon
the Grateful Dead played a great set
the Labour Day sale starts on Monday
I'm addicted to this TV show
the hospital parking lot is full so park at the mall
we need to jail break my old iPhone
Yes please.
Green Bay won again on Sunday
my phone's battery is dying
that movie was sick
this traffic is killing me
I'm dying to try that new burger place
the band Rage Against the Machine is touring
book a table at the Temple Bar
directions to Union Station please
I'm obsessed with this song
my car's engine is sick, it keeps stalling
the Christmas market opens on Friday
what time does Saint Patrick's Day parade start
play Sympathy for the Devil by the Stones
the Democrat and Chronicle has a good crossword
the party starts at eight at Jake's place
we're throwing a birthday party for Mia
cancel my gym membership at Planet Fitness
who won Best Picture at the Oscars
play Like a Prayer by Madonna
the police academy movie marathon is on tonight
the bank robbery scene in Heat is amazing
I could murder a pizza right now
find a good true crime podcast
my laptop has a virus I think
how do I kill a process in Linux
the Saints beat the Falcons
this cake is sinfully good
I'm running Arch Linux on my desktop
I'm a huge fan of the Orthodox Celtic band
what's the capital of Vatican City
the black Friday deals are live
white wine or red with salmon
book me a room at the Holiday Inn
the cardinal birds are back at the feeder
the Minnesota Twins game is on
is Mercury in retrograde this week
where's the nearest Whole Foods
play the Pride and Prejudice audiobook
I heard the Ten Commandments movie is on TV
we're watching The Godfather tonight
order some kidney beans
the conservatory at the botanical garden is lovely
Dr Pepper or Coke
what's the Liberty Bell's history
he's a party animal
the Senators beat the Maple Leafs last night
add lemon drops to the list
my headphones died
I'm allergic to mornings
my brain is fried after that meeting
remind me to call the vet about the dog's shots
find the nearest vet clinic for my cat
the gay nineties theme party is on Saturday
play the Hobbit audiobook
put on the Jail House Rock playlist
play Criminal by Fiona Apple
the Holy Grail scene in Monty Python is the best
what's a good name for a black lab puppy
hit the gym and then the pub
the strike rate for that batsman is incredible
Bowling strike percentage for our team is up
we're on strike three with this printer
my union jack mug broke
the white house down movie was so dumb
I need a new liberal arts college sweatshirt
my grandma makes the best Polish pierogi
the Mexican restaurant on Main is great
let's get Indian food tonight
Thai or Chinese for dinner
play some Irish folk music
I'm learning Japanese on Duolingo
the French bakery has fresh croissants
book flights to Israel for the tech conference
the Vatican museums tickets sold out
tickets for Jesus Christ Superstar on Broadway
my doctorate defense is next week
the doctor who christmas special is on
the Patriots traded their quarterback
I'm sick of this rain
the Cardinals won the pennant
find a Mass Pike exit near Boston
the Buddha bowl at that cafe is great
my kid is mad about dinosaurs
this weather is depressing
the Hells Angels documentary is on Netflix
that's a crime against fashion
he stole the show
the Warriors are killing it this season
I'm Canadian so I say sorry a lot
Yes, please.
Sure.
No thanks.
I see.
""",
    "command": """
olly make the lights warmer
set the lights to reading mode
turn off the plug in the office
is the oven still on
put the robot vacuum back on its dock
please mute for the next hour
volume to max
make it quieter
add eggs and flour to my groceries
delete my shopping list
what's on tomorrow's agenda
set up a recurring meeting every Monday at nine
cancel my three pm appointment
remind me in an hour to check the laundry
send a message to the family group saying dinner's ready
does Paul have my new address in his contacts
update Kate's email in my contacts
any new emails from my landlord
what's the forecast for the weekend
is it windy at the beach today
what's the humidity right now
wake me up in twenty minutes
set an alarm every weekday at six
what alarms do I have
what time is sunset today
what's the time in Tokyo
turn off media volume
raise volume to level seven
create a list of books to be ordered
create a blank list
add jim and jerry to event
enter john's number into my contact list
set an alarm for six thirty tomorrow
wake me up at seven
snooze the alarm for ten minutes
cancel all my alarms
turn the volume down a bit
mute the speaker
turn on the living room lights
dim the bedroom lights to fifty percent
switch off the hallway lamp
make the lights blue
turn up the heat to seventy two
start the vacuum cleaner
add milk to my shopping list
remove eggs from the grocery list
what's on my to do list
create a new list called camping gear
read my shopping list
add call the plumber to my to do list
what's on my calendar tomorrow
schedule a meeting with Sarah at three
move my two o'clock meeting to four
delete the event on Friday
remind me to water the plants at six
set a reminder to pay rent on the first
check my email
read my new emails
reply to the last email saying I'll be late
send an email to my boss
email the report to Tom
add Mike's new number to my contacts
call mom
text Jake I'm running late
what's my brother's phone number
what time is it
what's today's date
what day is it
what's the weather tomorrow
will it rain this afternoon
how cold is it outside
do I need an umbrella today
set a timer for twenty minutes
how much time is left on the timer
stop the timer
what's eighteen percent of forty five
convert five miles to kilometers
how do you spell necessary
flip a coin
roll a die
pause
skip this song
next track
play the previous song
stop the music
turn on do not disturb
turn on bluetooth
connect to the kitchen speaker
charge my phone... what's my battery level
find my phone
share my location with Anna
navigate home
how long is my commute
call an uber to the airport
lock the front door
is the garage door closed
turn on the coffee machine
set the thermostat to eco mode
open the blinds
start a stopwatch
repeat that
louder please
what did you say
never mind
cancel
go back
take a screenshot
take a photo
record a video
start recording
stop recording
read my messages
delete the last message
clear all notifications
silence my phone for an hour
set my ringtone to default
what's the wifi password
restart the router
forward this email to Lisa
mark all emails as read
add lunch with Ben on Thursday to my calendar
when is my next meeting
invite Carla to the Friday call
rename the list to weekend chores
check off bread on my list
how many items are on my list
turn the tv off
turn the volume to twenty
set the brightness to max
""",
    "chat": """
hello
hi there
good morning
thanks a lot
thank you
you're welcome
goodbye
see you later
how are you
what's your name
are you a robot
tell me a joke
that's funny
okay
sounds good
I don't know
maybe later
let me think about it
what do you mean
that's fine
Really?
Okay, thank you.
Hmm.
Oh wow.
See you tomorrow.
Alright, I'm heading out.
I'll be there in five minutes.
we're running late
let's go
I'm home
""",
}

# (request, tier-1 topic it must keep)
INTERESTS = """
I'd like a cheeseburger and fries from McDonald's delivered|Food & Drink
what's the best vegan restaurant in town|Food & Drink
how many calories are in an avocado|Food & Drink
substitute for buttermilk in pancakes|Food & Drink
is there a direct flight from London to Bali|Travel
what's the weather usually like in Iceland in October|Travel
best hiking trails in Yosemite|Travel
who's playing in the Super Bowl|Sports
NBA playoff schedule|Sports
how did Ferrari do in the Grand Prix|Sports
play the latest episode of my favourite podcast|Entertainment
who sings this song|Entertainment
what's the latest Beyonce single|Entertainment
when does the next season of Stranger Things come out|Entertainment
is the new Pixel better than the iPhone|Technology & Computing
how do I back up my photos to the cloud|Technology & Computing
best budget gaming laptop|Technology & Computing
what's the best electric SUV|Automotive
how often should I rotate my tires|Automotive
what's the price of bitcoin today|Business and Finance
tell me the latest tech business news|Business and Finance
how much should I save each month for a house|Personal Finance
what's a good savings account interest rate|Personal Finance
how to train a puppy to sit|Pets
best PS5 games this year|Video Gaming
audiobooks similar to Harry Potter|Books and Literature
how do I repaint kitchen cabinets|Home & Garden
what shoes go with a navy suit|Style & Fashion
how do I become a data scientist|Careers
online courses in machine learning|Education
what causes the northern lights|Science
best protein shake after a workout|Healthy Living
compare prices for a robot vacuum|Shopping
how to start bird watching|Hobbies & Interests
order a pizza for me|Food & Drink
order me a bowl from chipotle takeout|Food & Drink
get me a large pepperoni from Domino's delivered|Food & Drink
can you order Thai takeaway for tonight|Food & Drink
I want sushi delivered to the office|Food & Drink
how long do I boil an egg|Food & Drink
give me a recipe for chicken curry|Food & Drink
what wine goes with lamb|Food & Drink
find a good brunch spot downtown|Food & Drink
book a table for four at an Italian restaurant|Food & Drink
how do I make sourdough starter|Food & Drink
best coffee shops around here|Food & Drink
any cheap flights to Lisbon in May|Travel
find a hotel in Rome near the Colosseum|Travel
do I need a visa for Vietnam|Travel
book a train ticket to Edinburgh|Travel
what are the best beaches in Thailand|Travel
things to do in Barcelona for a weekend|Travel
rent a car in Denver next week|Travel
who won the Lakers game|Sports
what's the Champions League score|Sports
when does the Tour de France start|Sports
how did Manchester United do yesterday|Sports
best running shoes for a marathon|Sports
Wimbledon results please|Sports
play some jazz|Entertainment
play the new Taylor Swift album|Entertainment
what movies are playing this weekend|Entertainment
recommend a good comedy series on Netflix|Entertainment
when is the next Marvel movie out|Entertainment
play my workout playlist|Entertainment
put on some classical music|Entertainment
my laptop keeps freezing after the update|Technology & Computing
which phone has the best camera|Technology & Computing
how do I set up a VPN on my router|Technology & Computing
is the new MacBook worth it|Technology & Computing
best noise cancelling headphones|Technology & Computing
how do I change the oil in my car|Automotive
is a hybrid worth it for long commutes|Automotive
what's the range of the new Tesla|Automotive
my tire pressure light is on|Automotive
how is the stock market doing today|Business and Finance
what's Apple's share price|Business and Finance
latest news on interest rates from the central bank|Business and Finance
should I put money in an index fund|Personal Finance
how do I improve my credit score|Personal Finance
what's my checking account balance|Personal Finance
how do I roll over my 401k|Personal Finance
best food for a golden retriever puppy|Pets
how often should I walk my dog|Pets
why does my cat knock things off the table|Pets
when does the new Zelda game come out|Video Gaming
best settings for Fortnite on PC|Video Gaming
recommend a good mystery novel|Books and Literature
read me the latest Stephen King book|Books and Literature
when should I plant tomatoes|Home & Garden
how do I fix a leaky faucet|Home & Garden
ideas for a small balcony garden|Home & Garden
what's trending in men's fashion this fall|Style & Fashion
where can I buy a good winter coat|Style & Fashion
how much are two bedroom apartments downtown|Real Estate
what are mortgage rates like for first time buyers|Real Estate
tips for my first job interview|Careers
how do I ask for a raise|Careers
which colleges have good engineering programs|Education
how do I learn Spanish fast|Education
when is the next SpaceX launch|Science
how far away is Mars|Science
how do black holes form|Science
a good leg workout for the gym|Healthy Living
how many steps a day should I walk for fitness|Healthy Living
easy yoga routine for beginners|Healthy Living
any deals on running shoes|Shopping
find me a cheap TV on sale|Shopping
where can I buy a standing desk|Shopping
how do I get into watercolor painting|Hobbies & Interests
best beginner camera for photography|Hobbies & Interests
knitting patterns for a scarf|Hobbies & Interests
what's on at the science museum this weekend|Attractions
tickets for the zoo on Saturday|Attractions
ideas for a tenth wedding anniversary gift|Personal Celebrations & Life Events
plan a surprise birthday party for my wife|Personal Celebrations & Life Events
concerts in Chicago next month|Events
""".strip()

# Interest requests written after the first measurement of the topic model, as its untouched test set: the first
# set's test half had been looked at to diagnose errors, so all of INTERESTS now trains and these test.
INTERESTS_HELDOUT = """
what's the name of that song that goes na na na hey hey|Entertainment
who directed Oppenheimer|Entertainment
put on the new Dua Lipa record|Entertainment
any good horror films out this month|Entertainment
is there a new season of The Crown|Entertainment
which streaming service has the most anime|Entertainment
what laptop should I get for college|Technology & Computing
why is my wifi so slow in the evening|Technology & Computing
compare the Galaxy S24 with the iPhone 15|Technology & Computing
how much RAM do I need for photo editing|Technology & Computing
how do I reset my smart watch|Technology & Computing
what's the cheapest way to get to Amsterdam from Paris|Travel
find a B&B in the Lake District for next weekend|Travel
is Marrakech safe for a solo trip|Travel
best time of year to visit Japan|Travel
how much is a cab from JFK to Manhattan|Travel
who's top of the Bundesliga|Sports
did Djokovic win last night|Sports
when's the next F1 race|Sports
how many rings does LeBron have|Sports
I need a new pair of trail running shoes for the half marathon|Sports
I'd love a pad thai from the place down the road|Food & Drink
get me two burritos from Taco Bell|Food & Drink
how long should I roast a whole chicken|Food & Drink
a good cocktail with gin and grapefruit|Food & Drink
which bakery near me has gluten free bread|Food & Drink
what's the Bitcoin price right now|Business and Finance
how did Nvidia stock close today|Business and Finance
is the euro going up against the dollar|Business and Finance
should I open a Roth IRA|Personal Finance
how much should I have in an emergency fund|Personal Finance
how do I stop my puppy from chewing shoes|Pets
what vaccines does a kitten need|Pets
is Baldur's Gate 3 worth buying|Video Gaming
what's the best Xbox controller|Video Gaming
who wrote The Night Circus|Books and Literature
recommend a biography of a scientist|Books and Literature
how do I get rid of aphids on my roses|Home & Garden
what color should I paint the hallway|Home & Garden
how do I unclog a bathroom sink|Home & Garden
which sunglasses suit a round face|Style & Fashion
is linen good for a summer suit|Style & Fashion
what's the average rent for a studio in Austin|Real Estate
should I buy or rent in this market|Real Estate
how do I negotiate a job offer|Careers
how to prepare for a coding interview|Careers
best online course for learning Python|Education
how do planes stay in the air|Science
when is the next meteor shower|Science
a thirty minute HIIT workout|Healthy Living
how many grams of protein should I eat to build muscle|Healthy Living
where can I find a cheap air fryer|Shopping
is there a sale on Dyson vacuums|Shopping
how do I start a sourdough hobby... I mean get into baking bread|Food & Drink
good beginner drones for aerial photos|Hobbies & Interests
how do I start a stamp collection|Hobbies & Interests
opening hours of the Louvre|Attractions
is Disneyland open on Christmas day|Attractions
what's on at the O2 arena in June|Events
how do I change my car's brake pads|Automotive
which electric car has the longest range|Automotive
""".strip()

# More sentences for training only (written after the first measurement; the test half stays as it was).
TRAIN_ONLY_SENSITIVE: dict[str, str] = {
    "health": """
my counsellor says I should journal every night
I've got a follow up with the oncology team on Tuesday
the insulin pump alarm went off twice last night
I need to book my next dialysis session
my therapist wants me to try exposure work for the panic
can you remind me to take my thyroid tablet before breakfast
I've been clean for ninety days
my wife's chemo made her hair fall out
they want to check my heart again after the echo
I get really dizzy when I stand up since the new prescription
I'm thirty four weeks pregnant and the baby is breech
the bruising on my leg hasn't gone down in a month
I've been cutting again
I can't stop drinking in the evenings
my son has a stutter and speech therapy starts monday
my blood sugar crashed at the gym today
my psychiatrist changed my lithium dose
I have a colonoscopy scheduled next week
how long does it take for antibiotics to clear a UTI
I was told I'm prediabetic
""",
    "religion": """
we keep the Sabbath so the phone goes off at sundown on Friday
I'm giving up meat for Lent
my daughter is preparing for her confirmation
we're having the imam over for iftar
I read a chapter of scripture every morning
I'm an elder at our congregation
we'll be at the gurdwara all Sunday
I converted when I married my husband
""",
    "political": """
I'll be handing out leaflets for the candidate on Saturday
I'm going door to door for the referendum campaign
I'm a paid member of the party and I go to every conference
I voted to leave and I'd do it again
I can't stand the current prime minister and I'll vote them out
I'm running the phone bank for the progressive caucus
""",
    "sexual_orientation": """
my partner and I are both guys and we're getting married in June
I've known I was into women since I was fourteen
I'm transitioning and my name change comes through next month
I'm taking my boyfriend home to meet my parents, they think he's just my roommate
""",
    "sex_life": """
we've been sleeping in separate beds and haven't touched each other in months
I'm seeing two people at the same time and they both know
can you find a clinic for an STI test
I've been on the pill for years but want to stop
""",
    "ethnicity": """
my parents are from Ghana and I'm the first in the family born here
being the only Asian kid in my class was lonely
the hiring manager made a comment about my accent and my skin
we're Punjabi and the wedding is going to be huge
""",
    "trade_union": """
we're balloting for industrial action next week
I pay my dues every month out of my wages
the organizer from the local came to our break room today
I'm a steward for the nurses' association
""",
    "genetic_biometric": """
the genetic counsellor called about my results
my Ancestry results say I'm part Ashkenazi
use my iris scan to unlock the safe
the lab found a mutation in my tumour DNA
""",
    "criminal": """
I'm on a community order and have to do unpaid work
my licence was suspended after the drink driving charge
my brother is serving eight years
I got a caution from the police last year
I have to sign on at the police station every Monday
I was done for possession when I was nineteen
""",
}
TRAIN_ONLY_ORDINARY = """
the church hall is hosting a bake sale for the school
Saint Louis is a great city for barbecue
play Heaven by Bryan Adams
the Vatican City stamps are collectable
Labour Day weekend traffic is terrible
my fantasy football team is dead last
I'm hooked on this podcast about sharks
this heat is killing my tomato plants
the police drama on channel four is gripping
the Dead Sea scrolls exhibition is at the museum
I'm so addicted to coffee
the strike of the clock at midnight in the movie was great
I keep my prayer plant by the window
what time does the Temple Run event start in the game
the hospital scenes in Grey's Anatomy are so fake
my phone is sick of me, it keeps crashing
the union station food court has good tacos
find a recipe for devil's food cake
he's a genius at the grill
the party supplies are in the garage
my jailbroken Kindle works fine
black beans or pinto beans for the chili
Christian Dior has a new perfume
how far is Mecca Street from the mall
I love the Gospel choir album on Spotify
the Democrat Hotel in Lisbon has a great bar
the Conservatory of Music concert is on Friday
let's take the Liberty ferry to the island
my tummy is rumbling, lunch time
I'm allergic to cats so no pets for me
"""
