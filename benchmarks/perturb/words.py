"""The closed word lists the surface patterns need: months, weekdays, states, titles, stopwords, synonyms."""

from __future__ import annotations

MONTHS = {
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "Aug.": 8, "September": 9, "Sept.": 9, "Sep.": 9, "October": 10, "Oct.": 10, "November": 11,
    "Nov.": 11, "December": 12, "Dec.": 12,
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# US states as news writes them: full names and AP abbreviations, each to its full name.
STATES = ("Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
          "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota "
          "Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah "
          "Vermont Virginia Washington Wisconsin Wyoming").split() + [
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
    "South Carolina", "South Dakota", "West Virginia"]
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
    "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina",
    "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}
COUNTRIES = ("Afghanistan Armenia Australia Azerbaijan Brazil Canada China Egypt England France Germany Greece "
             "India Indonesia Iran Iraq Ireland Israel Italy Japan Lebanon Mexico Nigeria Pakistan Russia Scotland "
             "Spain Syria Turkey Ukraine").split()

# Capitalized words that stand before a person's name as a title (compared lowercased, without a final period).
TITLES = frozenset(
    "president secretary minister governor gov sheriff chief officer detective det sergeant sgt lieutenant lt "
    "captain capt mayor senator sen representative rep judge prosecutor attorney adviser advisor director "
    "commissioner spokesman spokeswoman spokesperson deputy superintendent trooper coroner ambassador chancellor "
    "speaker commander councilman councilwoman principal pastor reverend rev professor dr mr mrs ms coach "
    "general gen colonel col major maj corporal cpl private pvt justice chairman chairwoman chair leader "
    "manager administrator inspector constable agent investigator examiner assemblyman assemblywoman "
    "congressman congresswoman sergeant-at-arms premier king queen prince princess pope bishop father sister "
    "actor actress singer rapper star".split())

# Capitalized words that begin a sentence or name an institution, never a person's first name or surname.
NOT_NAMES = frozenset(
    "the a an and but or if when while after before as at in on of for from by with to this that these those "
    "it he she they we i his her their our police county city state court church school street avenue road "
    "drive center centre university college hospital company department office house party council committee "
    "news post times press park lake river north south east west new national federal united american "
    "district boulevard highway interstate route station airport bank hall stadium hotel club group "
    "association institute foundation agency service services authority board bureau force army navy "
    "republic republican republicans democrat democrats democratic senate congress parliament ministry "
    "government white white-house community high middle elementary academy mall market store restaurant "
    "facebook twitter instagram youtube google apple monday tuesday wednesday thursday friday saturday sunday "
    "january february march april may june july august september october november december jan feb aug sept "
    "oct nov dec mr mrs ms dr".split())

STOPWORDS = frozenset(
    "a about above after again against all also am an and any are as at be because been before being below "
    "between both but by can could did do does doing down during each few for from further had has have having "
    "he her here hers herself him himself his how i if in into is it its itself just me more most my myself no "
    "nor not now of off on once only or other our ours ourselves out over own same she should so some such than "
    "that the their theirs them themselves then there these they this those through to too under until up very "
    "was we were what when where which while who whom why will with would you your yours yourself yourselves "
    "said says told according also one two three monday tuesday wednesday thursday friday saturday sunday "
    "there's it's that's we're they're don't didn't can't won't i'm we've".split())

# Near synonyms, each pair both ways: the word a quote is most plausibly misquoted with.
_PAIRS = (
    "big large", "small little", "hard difficult", "important significant", "happy glad", "help assist",
    "begin start", "finish complete", "really truly", "many numerous", "think believe", "want wish",
    "need require", "tragic terrible", "sad unfortunate", "safe secure", "quick fast", "whole entire",
    "every each", "shocked stunned", "proud pleased", "great tremendous", "good fine", "bad poor",
    "agreement deal", "talks negotiations", "chance opportunity", "job work", "children kids",
    "community neighborhood", "family relatives", "home house", "continue keep", "try attempt",
    "always constantly", "never hardly", "everyone everybody", "nothing none", "people folks", "man guy",
    "angry upset", "afraid scared", "sure certain", "hope trust", "feel sense", "know realize", "lost missed",
    "killed slain", "shot fired", "car vehicle", "gun weapon", "fight battle", "problem issue", "way manner",
    "today now", "year season", "country nation", "world globe", "reach achieve", "move shift", "stop halt",
    "hear listen", "see watch", "ask request", "tell inform", "give provide", "make create", "take accept",
    "show demonstrate", "support back", "protect defend", "clear obvious", "strong powerful", "serious grave",
    "quickly rapidly", "finally eventually", "together jointly", "progress advance", "peace calm",
    "open frank", "close near", "last final", "first initial", "best finest", "worst poorest",
)
SYNONYMS = {a: b for pair in _PAIRS for a, b in (pair.split(), pair.split()[::-1])}
# Words put in where no near synonym is known: a plain change of one word.
FALLBACK_WORDS = ("good", "whole", "real", "new", "great", "clear", "simple", "strong")
