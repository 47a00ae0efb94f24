"""The extractor's lexicons: general English, tied to no article.

Verbs of speech, cognition, stance and intention (with their inflections), nouns that carry a
reported content ("pledge", "refusal", "claim"), titles and roles, time words and function words.
"""
from __future__ import annotations

# --- verbs ---------------------------------------------------------------------------------------

# Verbs whose subject is the source of a reported content (speech acts, writing, publication).
SPEECH_VERBS = """
say tell add declare announce claim assert insist argue contend maintain explain note observe
remark comment mention report write tweet post reply respond answer retort ask question wonder
acknowledge admit concede confirm deny reject dispute suggest propose recommend urge demand warn
caution predict promise pledge vow threaten swear boast brag complain lament criticize criticise
blast slam attack accuse charge allege praise hail applaud welcome defend describe characterize
label dub term liken compare emphasize emphasise stress underscore highlight recall reveal disclose
indicate signal imply hint testify recount estimate project forecast conclude cite quote joke quip
shout chant yell cry whisper concur agree disagree echo repeat reiterate reaffirm assure reassure
inform notify advise tout encourage endorse oppose advocate condemn denounce decry dismiss mock
ridicule challenge refuse decline request order instruct implore beg plead appeal counter object
rebut protest reject summarize summarise clarify elaborate specify outline detail preach lecture
assess evaluate rate rank judge diagnose proclaim pronounce affirm attest certify guarantee confess
speculate muse theorize theorise surmise infer gather deduce recommend counsel caution remind
announce publish call describe refer speak talk discuss address raise blame credit thank
apologize apologise congratulate insult fault scold rebuke chide berate lambaste excoriate
""".split()

# Verbs of cognition, belief, intention, desire, expectation, evidence.
COGNITION_VERBS = """
believe think feel know understand realize realise recognize recognise fear worry hope consider
view see regard assume suppose suspect imagine doubt trust prefer want wish plan intend aim seek
expect anticipate decide choose favor favour support back like love hate dislike oppose mean
find show demonstrate prove illustrate reflect confirm suggest indicate estimate calculate predict
learn discover determine establish agree remember forget notice acknowledge accept envision
envisage foresee hold figure reckon guess presume deem judge consider need
""".split()

# Verbs of stance toward a person or a thing: criticism and praise ("assailed the ruling",
# "lauded the volunteers"); the object is the reported content.
STANCE_VERBS = """
assail lambast knock bash trash skewer savage hammer deride disparage belittle denigrate demean
smear vilify demonize demonise castigate censure reprimand admonish chastise taunt scorn slight
jab needle
laud commend extol celebrate champion salute cheer embrace honor honour compliment flatter
glorify lionize lionise
""".split()

# Verbs that are stance cues only with their particle ("went after the senator").
PHRASAL_STANCE_VERBS = ["go"]

# Irregular inflections (base -> forms).
IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "think": ["think", "thinks", "thought", "thinking"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "speak": ["speak", "speaks", "spoke", "spoken", "speaking"],
    "know": ["know", "knows", "knew", "known", "knowing"],
    "feel": ["feel", "feels", "felt", "feeling"],
    "see": ["see", "sees", "saw", "seen", "seeing"],
    "find": ["find", "finds", "found", "finding"],
    "show": ["show", "shows", "showed", "shown", "showing"],
    "hold": ["hold", "holds", "held", "holding"],
    "mean": ["mean", "means", "meant", "meaning"],
    "seek": ["seek", "seeks", "sought", "seeking"],
    "swear": ["swear", "swears", "swore", "sworn", "swearing"],
    "understand": ["understand", "understands", "understood", "understanding"],
    "forecast": ["forecast", "forecasts", "forecasted", "forecasting"],
    "foresee": ["foresee", "foresees", "foresaw", "foreseen", "foreseeing"],
    "forget": ["forget", "forgets", "forgot", "forgotten", "forgetting"],
    "learn": ["learn", "learns", "learned", "learnt", "learning"],
    "cry": ["cry", "cries", "cried", "crying"],
    "deny": ["deny", "denies", "denied", "denying"],
    "imply": ["imply", "implies", "implied", "implying"],
    "reply": ["reply", "replies", "replied", "replying"],
    "testify": ["testify", "testifies", "testified", "testifying"],
    "specify": ["specify", "specifies", "specified", "specifying"],
    "clarify": ["clarify", "clarifies", "clarified", "clarifying"],
    "certify": ["certify", "certifies", "certified", "certifying"],
    "rebut": ["rebut", "rebuts", "rebutted", "rebutting"],
    "quote": ["quote", "quotes", "quoted", "quoting"],
    "agree": ["agree", "agrees", "agreed", "agreeing"],
    "guarantee": ["guarantee", "guarantees", "guaranteed", "guaranteeing"],
    "lie": ["lie", "lies", "lied", "lying"],
    "read": ["read", "reads", "reading"],
    "go": ["go", "goes", "went", "gone", "going"],
}

DOUBLING = {"admit", "commit", "regret", "plan", "omit", "submit", "prefer", "refer", "chat",
            "quip", "slam", "blog", "jab", "vet", "bar", "ban", "rap", "nod", "confer", "infer",
            "deter", "abet", "transmit", "permit"}


def inflect(base: str) -> list[str]:
    """All simple inflections of a regular English verb (base, -s, -ed, -ing)."""
    if base in IRREGULAR:
        return IRREGULAR[base]
    if base in DOUBLING:
        return [base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"]
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return [base, base + "es", base + "ed", base + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


def _forms(bases: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for b in bases:
        for f in inflect(b):
            out.setdefault(f, b)
    return out


VERB_FORMS: dict[str, str] = _forms(SPEECH_VERBS + COGNITION_VERBS + STANCE_VERBS +
                                      PHRASAL_STANCE_VERBS)

# Forms so ambiguous (mostly nouns or adjectives in news text) that they are only cues when the
# subject is clearly a name or a pronoun, not a lowercase word.
WEAK_FORMS = set("""
back backs charge charges attack attacks support supports like view views order orders project
projects release releases rate rates rank ranks call calls report reports answer answers question
questions plan plans need needs hold holds mean means figure figures credit credits address
post posts quote quotes cry lie lies present reflect reflects welcome hope fear fears doubt doubts
trust counter object protest echo echoes estimate estimates
favor favors demand demands promise promises claim claims warn advise detail details outline
means meaning feeling understanding finding thinking reading stress stresses rule rules
challenge challenges knock knocks trash cheer cheers salute salutes honor honors honour
honours champion champions smear smears taunt taunts jab jabs slight slights needle
""".split())

# Base forms that are poor cues in the -ing form after a noun ("the meeting", "a feeling").
PARTICIPLE_CUES = set("""
saying adding arguing noting insisting claiming suggesting warning calling urging asking telling
explaining stressing emphasizing emphasising accusing charging promising pledging vowing
threatening predicting declaring announcing acknowledging admitting conceding complaining
citing describing blaming praising criticizing criticising questioning encouraging demanding
saying telling writing tweeting recalling denying rejecting dismissing reiterating repeating
pointing referring hinting implying indicating signaling signalling touting defending arguing
expressing raising insisting maintaining contending highlighting underscoring lamenting
""".split())

# Particles that belong to the cue ("called for", "pointed out", "spoke of").
CUE_PARTICLES = {
    "call": {"for", "on", "upon"}, "point": {"out", "to"}, "speak": {"of", "about"},
    "talk": {"about"}, "warn": {"of", "about", "against"}, "complain": {"about", "of"},
    "push": {"for"}, "argue": {"for", "against"}, "ask": {"about", "for"}, "refer": {"to"},
    "hint": {"at"}, "weigh": {"in"}, "lash": {"out"}, "speak out": set(), "write": {"about"},
    "comment": {"on"}, "agree": {"with", "on"}, "report": {"on"}, "worry": {"about"},
    "care": {"about"}, "think": {"about", "of"}, "know": {"about", "of"}, "hear": {"about", "of"},
    "elaborate": {"on"}, "insist": {"on"}, "focus": {"on"}, "plead": {"for"}, "appeal": {"for", "to"},
    "object": {"to"}, "respond": {"to"}, "reply": {"to"}, "allude": {"to"}, "boast": {"about", "of"},
    "brag": {"about"}, "joke": {"about"}, "apologize": {"for"}, "apologise": {"for"},
    "vouch": {"for"}, "campaign": {"for", "against", "on"}, "go": {"after"},
}

#: Documents and data a body makes, and the participles that say who made them: "figures compiled by the
#: union", "a letter sent to the board by a senior radiographer" (the maker speaks).
DOCUMENT_NOUNS = frozenset("figures data statistics numbers records documents report reports research survey "
                           "surveys study studies analysis estimates papers filings accounts letter letters memo "
                           "email e-mail note".split())
MADE_BY = frozenset("gathered compiled published released collected produced commissioned issued prepared "
                    "conducted obtained filed sent written signed".split())

# Verbs that answer what was said, with a pronoun for all their content ("denied it", "rejected that").
ANSWER_VERBS = {"deny", "reject", "dispute", "dismiss", "confirm", "acknowledge", "contest", "rebut", "refute",
                "challenge", "contradict", "admit", "concede"}

# Verbs that take an addressee object before the content ("told reporters that").
# Verbs that hand a thing over when a recipient follows its object ("reported the theft to police",
# "referred the case to prosecutors"): an act, with no content of its own.
HANDOVER_VERBS = {"report", "refer"}
#: "put" is a cue only when it puts a figure: "The ministry put the number of recipients at 48,500",
#: "Adebayo put the toll higher". ESTIMATE_NOUNS are what is put, ESTIMATE_MARKS what puts it.
ESTIMATE_VERBS = {"put", "puts", "putting"}
ESTIMATE_NOUNS = set("number figure total toll cost count tally bill price estimate loss losses shortfall deficit "
                     "value turnout attendance".split())
ESTIMATE_MARKS = {"at", "higher", "lower", "closer", "nearer", "above", "below"}
#: Pronouns as objects: people ("told him ...") and, with things, what is handed over ("reported them to ...").
PERSONAL_OBJECTS = {"him", "her", "them", "us", "me", "you"}
OBJECT_PRONOUNS = PERSONAL_OBJECTS | {"it", "this", "these", "those"}

ADDRESSEE_VERBS = {"tell", "ask", "urge", "warn", "inform", "notify", "remind", "assure",
                   "reassure", "advise", "caution", "instruct", "order", "implore", "beg",
                   "encourage", "convince", "persuade", "promise"}

# --- nouns that carry a reported content ----------------------------------------------------------

CUE_NOUNS = set("""
claim claims pledge pledges promise promises refusal warning warnings statement statements
remark remarks comment comments assertion assertions accusation accusations allegation
allegations argument arguments belief beliefs view views hope hopes fear fears plan plans proposal
proposals call calls demand demands vow vows threat threats suggestion suggestions insistence
denial denials admission admissions announcement announcements prediction predictions assurance
assurances contention charge charges criticism complaint complaints request requests decision
desire intention intentions conviction position stance opinion opinions insinuation suspicion
suspicions concern concerns expectation expectations determination recommendation
recommendations conclusion conclusions finding findings estimate estimates forecast forecasts
view vision message promise commitment commitments bid plea pleas appeal appeals attempt
willingness reluctance readiness
""".split())

# --- people ---------------------------------------------------------------------------------------

TITLES = set("""
spokesman spokeswoman spokesperson spokespeople president vice minister secretary senator sen
sen. rep rep. representative congressman congresswoman governor gov gov. mayor chairman chairwoman
chair chief director official officials leader leaders candidate nominee adviser advisor aide
aides ambassador attorney general lawyer judge justice professor prof prof. dr dr. mr mr. mrs
mrs. ms ms. miss sir lord lady king queen prince princess pope bishop reverend rev rev. pastor
analyst analysts economist economists strategist strategists expert experts researcher
researchers executive ceo founder co-founder commissioner comptroller controller auditor treasurer ombudsman registrar councilman councilwoman councilor
premier chancellor deputy assistant head manager chairperson campaign press speaker councillor
councillors councilors coach inspector officer barrister solicitor constable superintendent prosecutor mp mep msp
lt. col. gen. sgt. capt. adm. maj. cmdr. col gen sgt capt adm maj cmdr lt former acting
then-candidate senior top colonel general sergeant captain admiral major lieutenant commander
correspondent reporter editor columnist writer author host anchor commentator pollster
surrogate surrogates supporter supporters critic critics activist activists organizer
mogul businessman businesswoman billionaire star actor actress singer rapper
democrat democrats republican republicans libertarian independent gop democratic
""".split())

# Role words (a title or a function) that head a role description ("the Republican nominee",
# "a spokesman for the campaign"), each with its normal form: "Gov." and "governor" are one role.
ROLE_HEADS: dict[str, str] = {}
for _normal, _forms in {
    "spokesperson": "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen",
    "representative": "representative representatives",
    "governor": "governor gov gov.", "senator": "senator sen sen.", "mayor": "mayor",
    "congressman": "congressman congresswoman rep rep.", "president": "president pres pres.",
    "minister": "minister", "secretary": "secretary", "chancellor": "chancellor", "premier": "premier",
    "councillor": "councillor councilor councilman councilwoman", "commissioner": "commissioner",
    "chair": "chairman chairwoman chair chairperson", "nominee": "nominee", "candidate": "candidate",
    "director": "director", "founder": "founder co-founder", "executive": "executive ceo",
    "lawyer": "lawyer attorney barrister solicitor counsel", "judge": "judge", "prosecutor": "prosecutor", "sheriff": "sheriff",
    "ambassador": "ambassador", "envoy": "envoy", "adviser": "adviser advisor", "aide": "aide",
    "surrogate": "surrogate", "leader": "leader", "manager": "manager", "professor": "professor prof prof.",
    "general": "general gen gen.", "commander": "commander cmdr cmdr.", "colonel": "colonel col col.",
    "lieutenant": "lieutenant lt lt.", "captain": "captain capt capt.", "sergeant": "sergeant sgt sgt.",
    "chief": "chief", "head": "head", "official": "official", "economist": "economist", "analyst": "analyst",
    "coach": "coach", "inspector": "inspector", "officer": "officer", "agent": "agent",
    "mp": "mp mps mep meps msp msps", "constable": "constable", "organiser": "organiser organizer", "diplomat": "diplomat diplomats", "engineer": "engineer", "interviewer": "interviewer", "host": "host", "moderator": "moderator", "reporter": "reporter",
    "anchor": "anchor", "correspondent": "correspondent", "journalist": "journalist",
    "coordinator": "coordinator co-ordinator convenor convener", "treasurer": "treasurer", "trustee": "trustee",
    "editor": "editor", "principal": "principal headteacher headmaster headmistress", "dean": "dean",
    "ombudsman": "ombudsman", "auditor": "auditor", "registrar": "registrar", "curator": "curator",
    "negotiator": "negotiator", "delegate": "delegate", "researcher": "researcher", "scientist": "scientist",
    "campaigner": "campaigner",
}.items():
    for _form in _forms.split():
        ROLE_HEADS[_form] = _normal

# Roles that speak for an organisation rather than for themselves.
SPOKESPEOPLE = {"spokesperson", "representative"}
# Roles held inside an organisation: without an owner named, the holder works for the body named near
# ("Marlow & Finch said ... Chief executive Karen Doyle said").
OFFICERS = {"executive", "director", "chair", "manager", "chief", "official", "head", "coach", "officer",
            "inspector", "constable", "organiser", "diplomat", "engineer", "coordinator", "treasurer", "trustee",
            "editor", "principal", "registrar", "curator"}
# Roles that lead a body: "the head of the health authority" may be its chief executive named elsewhere.
LEADERS = {"head", "chief", "executive", "leader", "president", "chair"}
# Elected members: "Northfield's MP" or "the state's senator" speaks for no body of that place.
MEMBERS = {"mp", "senator", "congressman"}
# Roles held in one kind of body: a chief constable speaks for the police force the article names.
BODY_OF_ROLE = {"constable": ("police", "force", "constabulary")}
# Roles whose owner they act for ("Kessler's barrister", "Diallo's agent", "his press secretary").
AGENTS = SPOKESPEOPLE | OFFICERS | {"lawyer", "agent", "secretary", "adviser", "aide"}
# Roles of the person asking the questions in an interview.
INTERVIEWERS = {"interviewer", "host", "moderator", "reporter", "anchor", "correspondent", "journalist"}
# Portfolios: "opposition health spokeswoman" speaks for the opposition, not for "opposition health".
PORTFOLIOS = set("""
health defence defense education finance foreign interior home justice transport environment energy trade
economy culture housing treasury fisheries agriculture security immigration
""".split())
# Role modifiers that say nothing about which person is meant ("the former governor").
IDLE_MODIFIERS = {"former", "then", "current", "top", "senior", "new", "acting", "longtime", "veteran", "retired",
                  "outgoing", "incoming", "interim", "the", "a", "an"}
# Party words: two role descriptions with different party words name different people.
PARTY_WORDS = {"republican": "republican", "gop": "republican", "democratic": "democratic",
               "democrat": "democratic", "dem": "democratic", "labour": "labour", "labor": "labour",
               "conservative": "conservative", "tory": "conservative", "liberal": "liberal", "green": "green",
               "libertarian": "libertarian", "independent": "independent"}

# Words that mark an organization rather than a person in a capitalized name.
ORG_WORDS = set("""
party department ministry office commission committee council agency bureau service institute
university college school center centre foundation association union court senate house congress
parliament government administration campaign group company corporation corp inc ltd llc news
times post journal press network board bank fund organization organisation coalition alliance
league federation club team poll survey report study network times tribune herald gazette
magazine agency police army navy force forces guard constabulary fbi cia nsa kremlin pentagon white
utility firm operator provider carrier airline maker manufacturer retailer insurer lender developer
producer supplier regulator watchdog charity nonprofit broadcaster newspaper outlet ministry authority
city united rovers athletic fc homes services metals dairy farm farms foods holdings industries motors airways
airlines systems technologies labs laboratories partners securities pharmaceuticals minerals petroleum trust
academy hospital clinic museum library airport railways rail utilities society tribunal unions & plc gmbh
inc. ltd. corp. co. plc. bros. stores supermarkets brewery brewers mills mission delegation embassy consulate
front movement militia brigade forum network institute
district power energy renewables electric telecom pharma logistics guild mining shipping construction media
capital insurance freight haulage opposition mutual marine mobile helpline
friends town county wanderers albion ferries buses coaches cruises hotels resorts breweries distillers distilleries chemicals plastics textiles
electronics solutions studios properties estates developments investments ventures enterprises associates
consultants payments telecoms communications shipyards couriers aggregates engineering aviation aerospace
bakeries dairies vineyards wines beverages brands pharmacies clinics networks therapeutics diagnostics
biosciences robotics semiconductors directorate inspectorate secretariat
""".split())

# --- pronouns, function words, time words ---------------------------------------------------------

SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "this",
                    "that"}
POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your"}
# Nouns for a group of people who may speak as one, named by where they are ("Doctors at the hospital",
# "Fishing crews in both countries"): the group speaks, not the place or body after it.
PEOPLE_NOUNS = set("""
people doctors nurses parents residents workers staff crews teachers farmers fishermen officials members
students families patients passengers drivers experts scientists researchers campaigners activists locals
traders shopkeepers owners employees miners pilots villagers witnesses neighbours neighbors survivors
prosecutors investigators analysts economists critics lawyers protesters organisers organizers authorities diplomats
pharmacists midwives paramedics surgeons physicians dentists vets commuters shoppers voters councillors councilors
tenants landlords homeowners consumers fans players coaches soldiers troops officers guards sources insiders bankers
reporters journalists lawmakers legislators senators investors growers producers climbers anglers swimmers cyclists motorists travellers travelers tourists visitors
""".split())
# Where such a group is: "Doctors at the hospital", "Residents near the plant".
GROUP_PLACES = ("at", "in", "from", "on", "near", "around", "outside")
# Of those, the ones who work for the body they are "at": they speak for it ("researchers at Halvard University").
STAFF_NOUNS = {"staff", "officials", "researchers", "scientists", "employees", "engineers", "managers", "executives"}
PEOPLE_NOUNS |= STAFF_NOUNS
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "many", "most",
               "several", "other", "others", "few", "both", "all", "each", "every", "one",
               "two", "three", "four", "five", "any", "more", "no", "another", "such"} | POSSESSIVES

AUXILIARIES = set("""
has have had is was are were be been being will would can could should may might must do does
did 's 've 'd 'll ’s ’ve ’d ’ll 're ’re 'm ’m shall
""".split())

NEGATIONS = {"not", "n't", "n’t", "never", "no", "longer", "hardly", "barely", "scarcely"}
#: The negations of a verb phrase ("would not say", "did not reveal", "never said").
NOTS = frozenset({"not", "n't", "n’t", "never"})

ADVERBS = set("""
also again once still even repeatedly previously recently later then now often already just only
first further long soon ever always sometimes frequently initially originally reportedly
allegedly apparently publicly privately openly quickly flatly strongly clearly similarly
likewise nevertheless however instead meanwhile too yet so essentially effectively basically
actually certainly really simply merely particularly especially explicitly implicitly directly
indirectly personally officially formally informally specifically generally usually typically
rightly wrongly falsely correctly mistakenly loudly quietly angrily bluntly candidly frankly
famously notably memorably pointedly firmly consistently constantly continually indeed
earlier afterwards afterward twice
""".split())

NOT_LY_ADVERBS = {"family", "ally", "rally", "daily", "assembly", "supply", "italy", "july",
                  "only", "early", "reply", "holy", "belly", "bully", "fly", "apply",
                  "comply", "rely", "imply", "monopoly", "anomaly", "weekly", "monthly"}

FUNCTION_WORDS = set("""
the a an and or but if to of in on at for with by from as than that this these those not no so
then also there here when while where because after before since until about into over under
between through during without within against among upon via per whether though although unless
once like what whatever which who whom whose how why nor either neither both each every all any
some such very more most less least much many few its his her their our your my me him them us
it's its' is was are were be been being has have had do does did will would can could should may
might must shall
""".split())

CONJUNCTIONS = {"and", "but", "or", "so", "yet", "nor", "because", "although", "though",
                "while", "whereas", "since", "as", "if", "when", "after", "before", "until",
                "unless"}

WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
          "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."}
TIME_WORDS = WEEKDAYS | {"today", "yesterday", "tonight", "tomorrow", "earlier", "later",
                         "recently", "again", "morning", "afternoon", "evening", "night",
                         "week", "month", "year", "weekend", "last", "this", "on", "late",
                         "early", "previously", "then", "also", "once", "repeatedly", "now",
                         "publicly", "privately", "flatly", "bluntly", "frequently", "often"}

# Quotation-mark tokens, and punctuation that ends a reported content.
QUOTE_MARKS = frozenset({"“", "”", '"', "''", "``", "‘", "’", "«", "»"})
STOP_PUNCT = frozenset({".", "!", "?", ";", "…"})

# Verbs that are cues only with their particle ("spoke of", "pointed out").
NEEDS_PARTICLE = {"speak", "talk", "point", "refer", "hint", "weigh", "lash", "care", "focus",
                  "allude", "vouch", "campaign", "object", "go"}

# Verbs that are cues only before "that", a colon or a quotation ("found that ...").
THAT_ONLY = {"find", "establish", "determine", "discover", "hold", "mean", "need",
             "like", "love", "hate", "remember", "forget", "notice", "gather", "infer", "deduce",
             "figure", "calculate", "reflect", "illustrate", "prove", "demonstrate", "raise",
             "address", "answer", "see", "credit", "thank", "order", "rate", "rank", "judge",
             "project", "read", "accept", "charge"}

# A content that starts with one of these (and holds no "that" or quotation) is an adverbial.
ADVERBIAL_PREPS = {"in", "on", "at", "during", "after", "before", "from", "with", "for", "since",
                   "while", "as", "by", "into", "about", "over", "through", "outside",
                   "inside", "near", "across", "later", "earlier", "afterward", "afterwards",
                   "repeatedly", "again", "also", "then", "recently"}

# Capitalized words that open "WORD: ..." lines without being speakers.
COLON_NOT_SOURCE = {"note", "update", "updated", "editor", "editors", "correction", "photo", "video",
                    "watch", "read", "related", "see", "also", "source", "sources", "by", "from",
                    "q", "a", "warning", "disclaimer", "advertisement", "click", "subscribe",
                    "follow", "credit", "image", "caption", "title", "date", "tags", "breaking",
                    "exclusive", "opinion", "analysis", "live", "the", "this", "in", "on", "at"}

# Lowercase words after a subject that are not the clause's verb.
BROAD_NOT_VERBS = {"is", "was", "are", "were", "has", "had", "have", "be", "been", "being",
                   "does", "did", "do", "'s", "’s", "s", "seems", "appears", "becomes", "became",
                   "remains", "remained", "gets", "got", "goes", "went", "comes", "came", "died",
                   "lives", "lived", "served", "serves", "works", "worked", "joined", "left",
                   "arrived", "returned", "traveled", "travelled", "visited", "won", "lost",
                   "ran", "runs", "walked", "sat", "stood", "looked", "looks", "happened",
                   "occurred", "started", "began", "ended", "finished", "news", "states", "plus",
                   "times", "years", "days", "percent", "minus", "versus", "vs"}

BE_FORMS = {"is", "was", "are", "were", "be", "been", "being", "'s", "’s", "'re", "’re", "get",
            "gets", "got"}

# "-ing" words after a comma that do not open a participial clause ("..., including ...").
ING_NOT_CLAUSE = {"including", "according", "regarding", "concerning", "notwithstanding",
                  "during", "nothing", "something", "anything", "everything", "morning",
                  "evening", "building", "meeting", "spending", "funding", "hearing", "ruling",
                  "shooting", "bombing", "polling", "housing", "training", "timing"}

# Words that open the complement of a passive cue without an agent ("is expected to",
# "was accused of", "is seen as", "was criticized for", "it was reported that").
PASSIVE_COMPLEMENT = {"to", "of", "for", "as", "that"}

# Words before an "-ing" cue that chain it to the clause's subject ("began by saying", "kept
# insisting", "avoided criticizing", "after praising").
CHAIN_BEFORE_ING = set("""
by after before while without from in began begin begins beginning started start starts kept
keep keeps continued continue continues avoided avoid avoids resumed stopped stop quit
""".split())

# Words that open a fronted adverbial at the start of a content ("that if ..., she would"):
# the content runs on through the main clause that follows the adverbial.
FRONTED_OPENERS = set("""
if when whenever while although though because since unless until once after before as like
unlike despite given in at on during by for with without under over from among amid
""".split())

# Finite verbs that cannot open a content right after its cue: when they do, the "cue" was a
# noun subject ("her comments came after ...", "the claims were false").
FINITE_NOT_CONTENT = set("""
is was are were has had have will would can could should may might must does did
came comes went goes became becomes remains remained seems seemed appears appeared
""".split())

# Verbs that take an inverted subject after the content ("..., said the mayor", "..., added
# Smith"); verbs that take an object ("called the plan", "backed the bill") do not.
INVERSION_VERBS = set("""
say tell add write note explain ask argue insist recall warn observe remark reply respond answer
complain admit concede acknowledge declare announce predict suggest conclude claim assert contend
counter joke quip boast shout cry yell whisper agree confirm caution report continue state
maintain wonder retort reason muse lament promise vow pledge estimate testify tweet post
emphasize emphasise stress comment concur disagree object protest allege guess recount think
believe
""".split())


def is_adverb(word: str) -> bool:
    """A listed adverb, or a lower-case word of five letters or more ending in -ly ("flatly")."""
    return word in ADVERBS or (word.endswith("ly") and word.isalpha() and word not in NOT_LY_ADVERBS
                               and len(word) > 4)
