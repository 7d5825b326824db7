"""Word classes that steer the extraction rules.

They are closed grammatical classes (modals, negators, the verbs that cancel or plan an event), not names:
a rule keyed to a name in an article would be a defect. Lists that grow with use (triggers, titles,
support verbs) live in ``kgraph/data/``.
"""
from __future__ import annotations

import re

from kgraph.model import InteractionType
from kgraph.nlp.components import third_person
from kgraph.nlp.gazetteer import DATA_DIR


PLAN_ADJECTIVES = {"due", "scheduled", "set", "expected"}  # "was due to meet", "is expected to visit"
PLAN_VERBS = {"plan", "schedule", "expect", "set", "intend", "prepare", "propose", "hope", "seek", "want",
              "arrange", "aim", "offer", "invite", "agree", "due", "slate", "consider", "announce", "travel",
              "go", "head", "fly", "leave", "come", "try", "look", "wish", "ready", "likely", "poise", "open",
              "pencil", "earmark"}
CANCEL_VERBS = {"cancel", "postpone", "scrap", "suspend", "delay", "shelve", "abandon", "drop", "defer",
                "halt", "abort", "adjourn"}  # talks that "broke up" did take place
NEGATE_VERBS = {"refuse", "reject", "decline", "deny", "fail", "rule", "snub", "boycott", "avoid", "dismiss",
                "spurn", "rebuff", "skip"}
REFUSE_VERBS = {"refuse", "decline", "snub", "boycott", "avoid", "spurn", "rebuff", "skip"}
# what one declines when one will not answer a question ("declined to comment", "refused to confirm")
ANSWER_VERBS = {"comment", "confirm", "say", "elaborate", "specify", "answer", "respond", "discuss", "disclose"}
AUX_WORDS = {"is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
             "should", "shall", "may", "might", "must"}  # the auxiliary that opens a yes-no question
UNLIKELY_WORDS = {"unlikely", "improbable"}  # "is unlikely to meet": not expected, so not planned
HYPOTHETICAL_MODALS = {"could", "might", "may", "should"}
# what makes an interaction a mere possibility: "a possible visit by X", "the possibility that X will travel"
POSSIBILITY_WORDS = {"possible", "potential", "hypothetical", "possibility", "prospect", "eventual"}
FUTURE_MODALS = {"will", "shall", "'ll", "wo", "would", "to"}
# the words that pick one of a series: "the first leader to visit Kyiv" did visit
ORDER_WORDS = {"first", "last", "only", "latest", "second", "third", "fourth", "fifth"}
# what is done to a plan before it is held: a date on these is the announcement's ("announced last month")
ANNOUNCE_VERBS = {"announce", "propose", "float", "suggest", "unveil", "moot", "reveal", "confirm", "report",
                  "discuss", "mention"}
REPORT_VERBS = {"say", "tell", "announce", "report", "add", "state", "note", "confirm", "write", "claim",
                "insist", "warn", "stress", "declare", "disclose", "reveal", "quote", "believe", "think"}
# what is settled about a meeting rather than between its parties: agreeing on these arranges an occasion
ARRANGEMENT_NOUNS = {"date", "venue", "format", "agenda", "timing", "location", "itinerary"}
# who comments on events rather than takes part in or announces them: a quotation of theirs is commentary
COMMENTATOR_NOUNS = {"analyst", "expert", "researcher", "scholar", "academic", "professor", "commentator", "observer",
                     "economist", "historian", "strategist", "consultant", "lecturer", "pollster"}


# A headline's verb, which a Title Case headline puts right after a name ("Foreign Minister Sugiono Holds
# Bilateral Meeting with ...", "Sugiono Receives Penny Wong"): never the last word of a name.
HEADLINE_VERBS = frozenset(third_person(v) for v in REPORT_VERBS | {
    "meet", "hold", "host", "receive", "welcome", "visit", "call", "speak", "talk", "sign", "discuss", "attend",
    "convene", "chair", "co-chair", "lead", "pay", "urge", "hail", "agree", "seek", "open", "launch",
    "conclude", "telephone", "phone", "greet", "accept", "invite", "pledge", "vow", "hand"})
GENERIC_OFFICIALS = {"official", "officials", "government", "minister", "delegation", "envoy", "diplomat",
                     "diplomats", "leader", "leaders", "ambassador", "president", "spokesman", "spokeswoman",
                     "spokesperson", "negotiator", "negotiators", "representative", "representatives",
                     "authorities", "administration", "ministry", "counterpart", "side", "team", "cabinet",
                     "premier", "chief", "adviser", "advisor", "secretary", "chancellor", "king", "prime",
                     "foreign", "head", "mission", "embassy", "army", "military", "troops", "forces", "region",
                     "capital"}
GROUP_ANAPHORA = {"sides", "leaders", "ministers", "countries", "nations", "governments", "delegations",
                  "men", "women", "presidents", "officials", "parties", "diplomats", "envoys", "allies",
                  "neighbours", "neighbors", "teams", "negotiators", "premiers", "chiefs", "counterparts", "heads"}
PHONE_WORDS = {"phone", "telephone", "telephonic", "phoned"}
VIDEO_WORDS = {"video", "videoconference", "virtual", "virtually", "online", "video-link", "videolink"}
TEMPORAL_PREPS = {"during", "after", "before", "at", "ahead", "following", "since", "until", "amid", "despite",
                  "like", "unlike", "than"}
NAME_PARTICLES = {"de", "van", "von", "bin", "bint", "al", "la", "le", "da", "di", "del", "der", "dos", "du", "ibn", "ould",
                  "ben", "abu", "el"}
# "son of" / "daughter of": in "Hamdan bin Mohamed bin Zayed", the words after the particle name the father
PATRONYMIC_PARTICLES = {"bin", "ibn", "bint", "binti", "ben", "ould"}
NAME_SUFFIXES = {"ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xii", "xiii", "xiv", "xv", "xvi", "jr",
                 "sr"}  # (not "xi": Xi Jinping)
PERSON_NOUNS = {"minister", "president", "premier", "chancellor", "leader", "secretary", "envoy", "diplomat",
                "official", "ambassador", "king", "queen", "emir", "prince", "negotiator", "senator", "governor",
                "mayor", "spokesman", "spokeswoman", "visitor", "guest", "chief", "general", "monarch", "ruler",
                "sovereign", "sultan", "emperor", "empress", "pope", "chairman", "chairwoman", "secretary-general",
                "dignitary"}
MILITARY_RANKS = {"general", "lieutenant general", "major general", "brigadier general", "colonel", "admiral",
                  "field marshal", "marshal"}  # a rank before a name says nothing of the post held
CANCEL_MODIFIERS = {"cancel", "postpone", "scrap", "suspend", "delay", "shelve", "abandon", "defer"}
CANCEL_PARTICLE_VERBS = {("call", "off"), ("push", "back"), ("put", "off"), ("put", "back"), ("break", "off"), ("break", "down"),
                         ("push", "off"), ("pull", "out"), ("fall", "through")}
REFUSE_PARTICLE_VERBS = {("turn", "down"), ("brush", "aside"), ("brush", "off")}
OCCASION_WORDS = {"further", "next", "new", "another", "previous", "last", "earlier", "first", "second", "third",
                  "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "fresh", "final",
                  "upcoming", "following"}
WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
               "dec"}
CALENDAR_WORDS = WEEKDAY_WORDS | MONTH_WORDS
COUNTRY_GROUP_NOUNS = {"sides", "countries", "nations", "governments", "neighbours", "neighbors", "parties", "capitals",
                       "delegations", "teams"}
LEAD_VERBS = {"lead", "head"}
# what a group of leaders may be "of" and still be the story's parties ("the heads of state", "of government")
STATE_NOUNS = {"state", "states", "government", "governments", "delegation", "delegations", "country", "nation"}
DELEGATION_NOUNS = {"delegation", "team", "side", "mission", "negotiator", "negotiators"}
SPOUSE_WORDS = {"wife", "husband", "spouse"}  # "Erdogan and his wife Emine": who comes along
PERSON_GROUP_NOUNS = {"leaders", "ministers", "men", "women", "presidents", "premiers", "diplomats", "envoys",
                      "negotiators", "officials", "chancellors", "counterparts", "heads", "chiefs"}
# words before a post and name in an apposition ("Kosovo's chief negotiator, outgoing Deputy Prime Minister X")
APPOSITION_MODIFIERS = {"outgoing", "incoming", "former", "acting", "interim", "caretaker", "new", "newly",
                        "appointed", "veteran", "then", "current", "deputy", "senior"}
LEADER_GROUP_NOUNS = {"leaders", "presidents", "premiers", "chancellors", "heads", "monarchs"}
# group nouns that are themselves a post: "the two presidents" are two presidents (not a president and a premier)
POST_GROUP_NOUNS = {"presidents": ("president",), "premiers": ("premier", "prime minister"),
                    "chancellors": ("chancellor",)}
DEPUTY_NOUNS = {"deputy", "deputies", "aides", "aide", "envoys", "emissaries", "sherpas", "staff", "experts",
                "technocrats", "teams", "officers", "counterparts"}
SECOND_RANKS = {"vice", "deputy", "assistant", "under"}  # a post's seconds: not "the presidents"
OCCASION_NAMES = {"day", "days", "week", "festival", "games", "cup", "summit", "forum", "conference", "dialogue",
                  "expo", "fair", "celebrations", "anniversary", "elections", "election", "olympics"}
# the last word of a place below a country ("south China's Guangdong Province", "Myanmar's Rakhine State")
REGION_WORDS = {"province", "region", "state", "oblast", "krai", "county", "prefecture", "district", "governorate",
                "territory", "territories", "island", "islands", "peninsula", "valley", "coast", "strait", "sea",
                "river", "mountains", "canton", "municipality", "department", "corridor", "basin", "desert"}
ROYAL_TITLES = {"King", "Queen", "Emir", "Sultan", "Emperor", "Empress", "Crown Prince", "Prince", "Princess",
                "Grand Duke", "Sheikh", "Crown Princess"}
ADDRESS_TITLES = {"Sheikh", "Sheikha", "Shaikh"}  # royal forms of address that follow the office: "the Crown Prince Sheikh X"
PAIR_NOUNS = {"meeting", "talk", "talks", "summit", "call", "negotiation", "negotiations", "deal", "agreement",
              "accord", "ties", "relations", "rivalry", "encounter", "handshake", "dialogue", "channel", "axis"}
STATE_WORDS = {"kingdom", "republic", "sultanate", "principality", "emirate", "federation", "confederation",
               "grand duchy", "commonwealth"}
ANAPHORIC_ONLY = {"round"}  # "the previous round", "a further round": only ever another occasion of talks named before
DOCUMENT_NOUNS = {"agreement", "agreements", "treaty", "accord", "accords", "pact", "deal", "summit", "talks",
                  "protocol", "memorandum", "declaration", "charter", "initiative", "roadmap", "framework"}
EVENT_NAME_WORDS = DOCUMENT_NOUNS | OCCASION_NAMES | {"meeting", "meetings", "negotiations", "negotiation",
                                                   "session", "visit", "commission"}  # no word of a person's name
FRAME_NOUNS = {"effort", "mission", "bid", "process", "initiative", "drive", "push", "attempt"}
# gatherings that people attend ("X will attend the summit along with Y": both take part)
GATHERING_NOUNS = {"summit", "conference", "forum", "assembly", "gathering", "retreat", "session", "ceremony"}
FRAME_EVENTS = {"session", "meeting", "summit", "conference", "forum", "assembly", "round", "talks", "gathering"}
JOIN_VERBS = {"attend", "represent"}
HONORIFICS = {"sheikh", "sheikha", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "shaikh", "sayyid",
              "mister", "madam", "excellency", "majesty", "highness", "eminence", "holiness", "hon", "honourable",
              "honorable", "rt", "datuk", "dato", "shri", "smt", "h.e", "h.h", "h.m", "h.r.h", "seyed", "seyyed",
              "mullah", "maulana", "ayatollah"}  # (religious honorifics: "Mullah Mohammad Yaqoob" is Mohammad Yaqoob)
# (and "Tan Sri", "Datuk Seri": see actors.py)
# honorifics that only ever come before a person's name
PERSON_HONORIFICS = {"mr", "mrs", "ms", "dr", "hon", "honourable", "honorable", "datuk", "dato", "sheikh", "sheikha",
                     "shaikh", "sir", "dame", "shri", "smt", "h.e", "h.h", "h.m", "h.r.h",  # "H.E. Dr. X" in releases
                     "seyed", "seyyed",  # (the Persian honorific: "Seyed Abbas Araghchi")
                     "mullah", "maulana", "ayatollah"}  # (religious ones)
# the same, as Gulf agencies write them without dots ("President of the French Republic HE Emmanuel Macron"):
# only in capitals, so that "he" stays a pronoun
CAPITAL_HONORIFICS = {"HE", "HH", "HM", "HRH"}
# what a call is made to do ("called X to congratulate him on his election"), unlike an appeal ("called X to
# resign" is rare; "called on X to resign" is the appeal)
CALL_PURPOSES = {"congratulate", "thank", "discuss", "express", "convey", "offer", "wish", "inform", "brief",
                 "condole", "console", "reassure", "assure", "apologise", "apologize", "update", "explain"}
CONTENT_NOUNS = {"report", "claim", "suggestion", "speculation", "rumour", "rumor", "allegation", "account"}
UNTIMED_WORDS = {"one day", "some day", "someday", "one of these days", "the future", "the near future", "future"}
# times that tag as DATE and set none: "hoped to meet him one day"
SEQUEL_WORDS = {"later", "then", "afterwards", "afterward", "subsequently", "thereafter"}
# words that tell a past event as a repeated or background one, not as the story's ("have met twice", "had often
# spoken", "met years ago")
BACKGROUND_WORDS = {"times", "twice", "ever", "never", "often", "repeatedly", "regularly", "previously", "once",
                    "formerly", "usually", "routinely", "ago", "since", "years", "decades", "months", "weeks"}
ANAPHORIC_DAYS = re.compile(r"(?:(?:later|earlier) )?(?:the same (?:day|morning|afternoon|evening|night)|"
                            r"that (?:day|morning|afternoon|evening|night)|(?:later|earlier) in the day|"
                            r"the (?:morning|afternoon|evening)|"  # "arrived in the morning": the story's day
                            r"(?P<next>the (?:next|following) (?:day|morning|afternoon|evening)|a day later)|"
                            r"(?P<before>the day before|the previous day|a day earlier|the (?:previous|preceding) "
                            r"(?:day|evening|night|morning|afternoon)|the (?:evening|night) before))")
# what an event's own relative clause does: "a call that lasted two hours on Monday", "talks that began on Friday"
DURATION_VERBS = {"last", "run", "begin", "start", "end", "conclude", "open", "close", "stretch", "go"}
SCHEDULE_VERBS = {"schedule", "plan", "set", "slate", "pencil", "earmark", "arrange", "foresee", "fix"}
SCHEDULE_NOUNS = {"schedule", "agenda", "programme", "program", "itinerary", "calendar"}
CLAUSE_TIME_MARKS = {"since", "after", "before", "until", "till", "once"}  # "since he took office in March"
SPAN_PREPS = {"since", "until", "till", "before", "after", "by", "ahead", "through"}  # ("a strategy through 2035")
PRESIDE_VERBS = {"attend", "chair", "co-chair", "cochair"}  # "the summit, chaired by A and attended by B": A and B take part
MEAL_NOUNS = {"dinner", "lunch", "breakfast", "banquet"}  # "had dinner with X", "hosted a banquet for X"
WEAK_NOUNS = {"dialogue", "discussion", "discussions", "conversation", "consultation", "consultations", "retreat"} | MEAL_NOUNS
HOLD_VERBS = {"hold", "have", "conduct", "launch", "open", "resume", "begin", "start", "host", "chair", "convene"}
CONTAINER_NOUNS = {"round", "series", "session", "set", "day", "days", "week", "couple", "part", "cycle", "rounds",
                   "exchange"}  # ("witnessed the exchange of three memorandums": the memorandums)
# a part of a trip or talks: what is said of it ("that leg of the trip was cancelled") is not said of the whole
PART_NOUNS = {"leg", "part", "stage", "stop", "stopover", "portion", "segment", "phase"}
OFFER_WORDS = {"offer", "ready", "willing", "prepared", "volunteer", "happy", "glad", "delighted"}
# verbs by which a third party urges others to act ("urged both sides to agree a ceasefire", "pressed them to
# sign"): what is urged is that party's wish, not an event the others plan
URGE_VERBS = {"urge", "press", "push", "encourage", "exhort", "implore", "pressure", "pressurise", "pressurize",
              "nudge", "prod", "beg", "appeal"}
MOTION_VERBS = {"travel", "fly", "arrive", "land", "go", "head", "leave", "come", "continue", "proceed"}
# (a further leg of a trip: "continued on to Bishkek", "will proceed to Accra"; only with a place to go to, see
# LEG_VERBS)
LEG_VERBS = {"continue", "proceed"}
TRIP_WORDS = MOTION_VERBS | {"due", "expect"}  # what tells a trip: "flew to X", "is due in X", "is expected in X"
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
TOPIC_VERBS = {"discuss", "address", "review", "examine", "explore", "tackle", "raise", "cover", "debate"}
# what is going on somewhere, not a place to meet at: "the situation in Gaza", "the war in Ukraine"
AFFAIRS_NOUNS = {"situation", "war", "conflict", "crisis", "fighting", "violence", "tension", "tensions", "security",
                 "stability", "instability", "unrest", "insurgency", "developments", "ceasefire", "truce", "peace",
                 "hostilities", "escalation", "offensive", "invasion", "occupation"}
# words after "on" that frame an event rather than give its topic: "on the sidelines of", "on a visit to"
FRAME_WORDS = {"sidelines", "sideline", "margins", "margin", "fringes", "eve", "occasion", "visit", "trip", "tour",
               "way", "behalf", "day", "phone", "telephone", "stopover", "stop", "mission", "leg"}
# the edges of a gathering at which another event takes place: "met on the sidelines of the G20 summit"
SIDELINE_WORDS = {"sidelines", "sideline", "margins", "margin", "fringes", "fringe"}
TAKE_PLACE_VERBS = {"take", "hold", "happen", "occur", "open", "begin", "start", "resume", "reconvene", "continue",
                    "end", "conclude", "close"}  # "due to resume in Doha", "the round, which opened in Washington"
IN_PERSON_VERBS = {"meet", "meeting", "host", "receive", "welcome", "visit", "greet", "dine", "sit"}  # what is done face to face
FACILITY_WORDS = {"palace", "house", "hall", "building", "centre", "center", "residence", "hotel", "airport", "square",
                  "secretariat", "headquarters", "museum", "stadium", "complex", "pavilion"}  # "at the Presidential
# Palace, the Minister ..." (parsed as an apposition): a place, not a person
SETTLEMENT_NOUNS = {"city", "town", "village", "port", "resort", "capital", "island", "enclave"}  # "the city of X"
PLACE_PREPS = {"in", "at"}
SUPPORT_VERBS = frozenset(line.strip() for line in (DATA_DIR / "support_verbs.txt").read_text(encoding="utf-8").splitlines()
                          if line.strip() and not line.startswith("#"))
TYPE_SPECIFICITY = {InteractionType.PHONE_CALL: 5, InteractionType.VIDEO_CALL: 5, InteractionType.SUMMIT: 4,
                    InteractionType.VISIT: 3, InteractionType.NEGOTIATION: 3, InteractionType.TALKS: 2,
                    InteractionType.AGREEMENT: 2, InteractionType.MEETING: 1}
TYPE_GROUP = {InteractionType.MEETING: "meet", InteractionType.TALKS: "meet", InteractionType.SUMMIT: "meet",
              InteractionType.NEGOTIATION: "meet", InteractionType.PHONE_CALL: "meet",
              InteractionType.VIDEO_CALL: "meet", InteractionType.VISIT: "visit",
              InteractionType.AGREEMENT: "agreement"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
NOUN_ROLES = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "conj", "appos", "oprd", "npadvmod", "dep", "ROOT",
              "compound"}


# what two countries hold together: "the India-Maldives Joint Commission", "the US-China Strategic Dialogue"
BODY_NOUNS = {"commission", "committee", "council", "dialogue", "forum", "mechanism", "consultations", "board",
              "group", "commissions", "committees"}
INSTITUTIONAL_WORDS = {"ministry", "council", "commission", "union", "organization", "organisation", "bank", "fund",
                       "agency", "parliament", "congress", "senate", "assembly", "office", "department", "court",
                       "committee", "alliance", "forum", "league", "party", "house", "kremlin", "pentagon", "cabinet",
                       "government", "nations", "association", "secretariat", "force", "forces", "army", "navy",
                       "guard", "police", "service", "authority", "institute", "company", "corps", "brigade",
                       "battalion", "command", "division", "corporation", "group", "front", "movement", "coalition",
                       "network", "centre", "center"}
