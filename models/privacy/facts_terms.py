"""Everyday senses of lexicon terms for the sensitive gate's training set, written for the edge project. Training
only: nothing here is a held-out test sentence. Licensed under Apache-2.0.

Counted over corpus.examples() (stop 36), these lexicon terms appeared in the English training sentences only in
sensitive sentences, so the model learned "this word = sensitive". `TERMS_EN` gives each term that has a harmless
everyday use one to three ordinary spoken sentences, as said to a friend or to a voice assistant, that use it in that
sense: kidney beans, a rash decision, kosher salt, Cancer as a star sign and a tropic, a trump card, a camp
counsellor, an assault course, a probation period at work, a minority stake, Harris Tweed, sober colours, a blessing
in disguise, the same hymn sheet, tacos al pastor, a kink in the hose, electric hookups at a campsite, sparks on
tinder, a tropical depression, a 50 MP camera, a councillor opening a skate park, neutral history-class facts. About
a quarter are lowercase and unpunctuated, as a speech recogniser writes them. Terms with no harmless everyday use
have no lines. One sentence per line, no slots; no line reveals anyone's health, faith, politics, orientation, sex
life, ethnicity, union membership, genetic or biometric data, or criminal record.
"""

from __future__ import annotations

TERMS_EN = """
The mechanic diagnosed a dodgy sensor, so the car's fine after all.
the laptop's built-in checker diagnosed a failing fan in about two minutes
Hereditary is honestly the scariest horror film I've ever watched.
Hereditary titles in the old aristocracy came up in the pub quiz last night.
The kids protested loudly when I switched off the cartoons.
I protest, that was my last biscuit and you know it.
We learned about the Human Genome Project in biology this morning.
scientists sequenced the wheat genome and it's apparently huge
The bank's fraud team rang to check a payment, it was just me buying flights.
That miracle cleaning gadget is a total fraud, it doesn't shift anything.
I slept with the window open last night and woke up freezing.
The kids slept with the hall light on after the spooky film.
He was a camp counsellor in Maine for three summers.
the careers counsellor at school helped me pick my college courses
In civics class we learned the Democrats use a donkey as their symbol.
The dog got early parole from her crate for good behaviour.
the kids won parole from bedtime to watch the fireworks
My probation period at the new job ends in March.
The new hire's probation is three months then he gets the full benefits.
The Tropic of Cancer runs right through Mexico.
What are the dates for the star sign Cancer?
cancer the crab is a pretty faint constellation next to gemini
The rosary vine on my shelf has finally started trailing over the edge.
is a rosary vine easy to grow from cuttings
The night market in the Muslim Quarter of Xi'an has amazing lamb skewers.
we got lost among the noodle stalls in xi'an's muslim quarter
A seagull shoplifting crisps from a corner shop went viral this week.
The kids did the assault course at the bootcamp and came back covered in mud.
That neon shop window is an assault on the senses.
add kidney beans to the chilli about ten minutes before the end
The hotel had a kidney-shaped pool with a little bar next to it.
We did the 1975 referendum in history class today.
The group chat turned into a referendum on pineapple on pizza.
In history we learned the Conservatives got the nickname Tories from a seventeenth-century insult.
The name Tories started out as an insult in the sixteen hundreds.
My lawyer friend recommended this red and it's lovely.
my lawyer cousin is handling the paperwork for the flat purchase
There's a tropical depression forming over the Atlantic again.
We're covering the Great Depression in history this term.
There's a depression in the lawn where the paddling pool was.
this coffee machine is the answer to my prayers
A parking spot right outside the door, my prayers have been answered.
He has very catholic taste in music, from jazz to death metal.
Her reading list is pretty catholic, cookbooks next to sci-fi.
Remind me to give the cat her meds hidden in a bit of cheese.
the balloting for the baseball hall of fame closes next week
The Ballon d'Or balloting is done by journalists from around the world.
The Communist Party ran the Soviet Union until 1991, that's on the history test.
a fruit fly only has four pairs of chromosomes
we had to draw chromosomes in biology and mine looked like socks
The geneticist in Jurassic Park is the one who brings the dinosaurs back.
A geneticist on the podcast explained why calico cats are nearly always female.
In the novel the gardener gets convicted but the reader knows he's innocent.
the detective show's villain finally gets convicted in the season finale
My sponsor for the charity bike ride still hasn't paid up.
Can you text my sponsor a link to the fun run results?
This crossword app is my latest addiction, I do it every morning with coffee.
my aunt and her sister are both nurses at the children's hospital
She nurses one flat white for the whole afternoon at that cafe.
The spy film had a ridiculous iris scan on the vault door.
The European Union's new charger rule means one cable for everything.
At uni the union's bar did two-for-one pizza on Thursdays.
The Union's victory at Gettysburg came up on the history podcast.
The game shows a photosensitive epilepsy warning before the title screen.
the music video comes with an epilepsy warning because of the strobe lights
that offside call was a total miscarriage of justice
The quiz team called the tie-break question a miscarriage of justice.
This plan is a prescription for disaster, we need a backup.
The prescription counter at the chemist is at the back past the sun cream.
an activist investor just bought a big stake in the coffee chain
The kids have a day off because their school is a polling station.
The polling station sign is still up outside the church hall from yesterday.
a local councillor cut the ribbon at the new skate park
Counsellor Troi was always my favourite on Star Trek.
We drove through Palestine, Texas on the way to Dallas.
The police arrest the villain in the last five minutes and it's so satisfying.
Have you watched Arrested Development yet?
the mayor's christmas lights switch-on is on friday at six
We're going to watch the Lord Mayor's Show parade from the bridge.
This phone has a 50 MP main camera.
Is 12 MP enough for printing photos at A4?
the builders hired a concrete vibrator to settle the foundations
They plan to mass produce the gadget next year if the prototype works.
It costs a fortune to mass produce anything in small batches.
The Union of Soviet Socialist Republics broke up in 1991.
We visited New Lanark, where early socialists built a model village for mill workers.
The campsite has electric hookups, so we can bring the kettle.
does the new flat have hookups for a washer and dryer
Here's to our union, said the groom, raising his glass.
the heist film opens with a burglary at a jewellery museum
I plead guilty to eating the last slice of cake.
The dog basically pleaded guilty with that face when we found the chewed slipper.
Strawberries spread by asexual reproduction through their runners.
starfish can reproduce asexually if an arm breaks off
The garage is in complete disorder since we moved the bikes in.
The meeting fell into disorder when someone mentioned the parking rota.
We studied the 1918 flu pandemic in history class.
that full english is a heart attack on a plate
The Heart Attack Grill in Las Vegas is a silly tourist spot.
Don't make a rash decision about the flat, sleep on it.
buying the sofa the same day was a bit rash
the group chat votes on where we eat every friday
The fans' votes decide which song the band plays for the encore.
He played his trump card and won the whole round.
Hearts are trumps this hand so don't throw the queen away.
can you canvass the neighbours about a date for the street party
i'll canvass the office for lunch orders before eleven
In civics we learned the Republicans use an elephant as their symbol.
We covered the republican period of ancient Rome in class today.
we learned about sexual reproduction in flowering plants in biology today
The peacock documentary had a whole section on sexual selection.
Missing that train was a blessing in disguise, we found a great cafe.
The landlord gave his blessing for us to paint the hallway.
the burnout in the car park left a ring of black rubber
The drag racers do a burnout to heat up their tyres before the start.
We all need to sing from the same hymn sheet before the client meeting.
The two managers aren't singing from the same hymn sheet at all.
tacos al pastor are the best thing on that food truck menu
Can you find a recipe for al pastor pork with pineapple?
Imam bayildi is a Turkish dish of aubergine stuffed with onion and tomato.
The Labour Party was founded in 1900, that's the quiz answer.
Fleming's discovery of penicillin kicked off the age of antibiotics.
Grandma's lasagne recipe is basically scripture in this family.
The style guide is treated like scripture in our office.
the new app is platform agnostic so it works on every phone
This charger is device agnostic, it'll do your tablet too.
She's canvassing the whole office for the secret santa budget.
Is he still canvassing the street about a date for the jumble sale?
Blow gently on tinder to get the flame going.
the ferro rod throws sparks on tinder really easily
The city of Latina is about an hour south of Rome by train.
The train from Rome to Latina takes about forty minutes.
This game is a spiritual successor to the old point-and-click adventures.
the new album feels like a spiritual sequel to their first one
The vote's in, we're watching the one with the dragons.
Hold on, the vote's not closed, two people haven't picked a restaurant yet.
The fund has a minority stake in the football club.
as a minority shareholder he doesn't get much say in the company
The Wikipedia page for our town got hit by silly vandalism again.
the bus shelter vandalism got cleaned up really quickly
The band has a bad case of difficult second album syndrome.
the china syndrome is an old thriller with jane fonda
The National Museum of African American History and Culture is right on the Mall.
My old laptop is born again with a new battery and a fresh install.
This bike is born again with new tyres and a chain.
we donated to the campaign to save the old cinema on high street
The whole street donated to the campaign for a new playground.
The Communist Manifesto was published in 1848, that's on the quiz.
the team elected a new captain after the old one moved away
the book club elected a new treasurer last night
The chess club holds elections for the committee every spring.
The student council elections at my son's school are next week.
Non-alcoholic fizz for the kids' table, please.
The ginger beer isn't alcoholic, so the kids can have some.
The baby's due a nap so we'll head off after lunch.
The baby's due a feed at four, so let's meet at five.
Frasier Crane is a radio psychiatrist in Seattle.
Hannibal Lecter is a psychiatrist in the books, which is terrifying.
A sober grey suit is perfect for the interview.
She painted the hallway in sober colours and it looks really classy.
She canvasses the whole family before booking the holiday cottage.
the café does devilled kidneys on toast on saturdays
Grab some lamb's kidneys from the butcher for the pie.
Did he seriously bail on the gig last minute again?
He bailed on the barbecue because his train got cancelled.
we bailed water out of the canoe with a saucepan
There's a tiny fracture in the windscreen where the stone hit.
the ice had a fracture running right across the pond
There's a kink in the garden hose so the sprinkler won't work.
a kink in the cable is probably why the lamp keeps flickering
The old convent on the hill is a boutique hotel now.
The Sound of Music tour stops at the convent in Salzburg.
The Monaco GP is on at two on Sunday.
The British GP at Silverstone sold out in an hour.
The Isle of Harris has the whitest beaches I've ever seen.
I want a Harris Tweed jacket for the winter.
Put on Refugee by Tom Petty.
i need to register my iris for the village flower show by friday
The kids want me to add my thumbprint to their fingerprint tree painting.
The rehabilitation of the old railway station into flats is finally done.
the hedgehog rehabilitation centre near us is looking for volunteers
I loved the intimacy of that tiny jazz club.
The intimacy of the small venue made the gig feel really special.
We've got tickets for Kinky Boots in the West End next month.
Intensive care for my sourdough starter after I forgot to feed it.
my basil plant needs intensive care after that heatwave
You should come out to my parents' place for the barbecue on Sunday.
Do you want to come out to my parents' cottage this weekend?
my mate works as a physio for the rugby club
the football club is hiring a new physio for the first team
My cousin just qualified as a neurologist after about a million years of training.
Oliver Sacks was a neurologist who wrote brilliant books.
Use kosher salt for the steak, the flakes are bigger.
that deal doesn't sound entirely kosher to me
Do we have any kosher salt left for the focaccia?
The plumber diagnosed the leak in about five minutes.
i slept with earplugs in because of the party next door
the rv park has full hookups and a laundry room
She trumped my ace with a tiny two of clubs.
bird flu is why the ducks at the park are fenced off this winter
That bakery's cinnamon buns are my new addiction.
the dog's meds are in the cupboard above the kettle
The crows at the beach have basically mastered shoplifting from the ice cream kiosk.
The board game has a burglary mission where you sneak past the guards.
she votes for tacos every single time we pick dinner
The new logo feels a bit sober, can we add some colour?
This pub is the spiritual home of the town's quiz crowd.
Only a minority of us wanted to hike, so we went to the beach.
Ask the councillor's office when the bin collection day changes.
our union bar at uni was in a basement with sticky floors
Can you find a recipe for Imam bayildi for tonight?
Activist shareholders pushed the company to split into two businesses.
"""
