"""English words for reading clauses without a parser: the irregular past forms with their lemma, a light lemmatizer
that brings two forms of one verb ("died", "dies", "die"; "became", "become") to one key, the closed word classes
(function words, modals, verbs of saying) and whether a word reads as a clause's verb."""

from __future__ import annotations

from factlint import lazyre

# Past tenses and participles that do not end in -ed, with their lemma (a closed class of English).
IRREGULAR = {form: lemma for lemma, forms in {
    "be": "was were been being is are am", "have": "had has having", "do": "did done does doing",
    "become": "became becomes becoming", "begin": "began begun begins", "break": "broke broken",
    "bring": "brought", "build": "built", "buy": "bought", "catch": "caught", "choose": "chose chosen",
    "come": "came comes coming", "cut": "cuts cutting", "draw": "drew drawn", "drive": "drove driven",
    "eat": "ate eaten", "fall": "fell fallen", "feel": "felt", "fight": "fought", "find": "found", "flee": "fled",
    "fly": "flew flown", "forget": "forgot forgotten", "freeze": "froze frozen", "get": "got gotten",
    "give": "gave given", "go": "went gone goes", "grow": "grew grown", "hang": "hung", "hear": "heard",
    "hide": "hid hidden", "hit": "hits hitting", "hold": "held", "hurt": "hurts", "keep": "kept", "know": "knew known",
    "lay": "laid", "lead": "led", "leave": "left", "lend": "lent", "lie": "lay lain", "light": "lit", "lose": "lost",
    "make": "made", "mean": "meant", "meet": "met", "pay": "paid", "put": "puts putting", "quit": "quits",
    "ride": "rode ridden", "ring": "rang rung", "rise": "rose risen", "run": "ran", "say": "said", "see": "saw seen",
    "seek": "sought", "sell": "sold", "send": "sent", "set": "sets setting", "shake": "shook shaken",
    "shoot": "shot", "shut": "shuts", "sing": "sang sung", "sink": "sank sunk", "sit": "sat", "sleep": "slept",
    "speak": "spoke spoken", "spend": "spent", "stand": "stood", "steal": "stole stolen", "stick": "stuck",
    "strike": "struck stricken", "swear": "swore sworn", "take": "took taken", "teach": "taught",
    "tear": "tore torn", "tell": "told", "think": "thought", "throw": "threw thrown", "understand": "understood",
    "wake": "woke woken", "wear": "wore worn", "win": "won", "beat": "beaten beats", "write": "wrote written", "withdraw": "withdrew withdrawn",
    "overturn": "overturned", "undergo": "underwent undergone", "uphold": "upheld", "arise": "arose arisen",
    "bear": "bore born borne", "bid": "bids", "bind": "bound", "bleed": "bled", "feed": "fed", "forbid": "forbade",
    "forgive": "forgave forgiven", "hurl": "hurled", "slay": "slew slain", "spread": "spreads", "split": "splits",
}.items() for form in forms.split()}


def lemma(word: str) -> str:
    """A verb's lemma, or near enough that two forms of one verb meet: irregular forms by table, else without
    -ed, -ing, -s (a doubled last consonant undone, a final e dropped on both sides)."""
    word = word.lower().replace("’", "'")
    if word in IRREGULAR:
        word = IRREGULAR[word]
    else:
        for suffix in ("ied", "ies"):
            if word.endswith(suffix):
                return word[:-3] + "y" if len(word) > 4 else word[:-2]  # "carried"; "died", "lies"
        for suffix in ("ed", "ing", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                    word = word[:-1]
                break
    return word[:-1] if word.endswith("e") and len(word) >= 3 else word


AUXILIARIES = frozenset({"be", "have", "do", "get"})
BASES = frozenset(IRREGULAR.values())
# Verbs whose past is their base form ("beat Lewis in 2001"), unless a determiner makes them a noun ("a set").
SAME_PAST = frozenset("beat cut hit put set shut quit spread hurt cost let bid split burst cast".split())
DETERMINERS = frozenset("a an the this that these those his her its their our my your no each every".split())
# Prepositions: a participle right after one is an adjective ("on injured reserve", "of reduced size"), not a verb.
PREPOSITIONS = frozenset("""of in on at for with from into onto over under about during via amid despite upon
    toward towards within without against among along across near""".split())
# Words after which the next word is a verb's base form ("will vote", "to be voted", "did not").
MODALS = frozenset("will would shall should can could may might must did does do".split())
# Words ending in -ed, -ing or -s that are rarely a verb of a clause.
NOT_VERBS = frozenset("""red bed need seed speed feed hundred indeed united related based interested concerned
    supposed limited proceed succeed exceed breed shed wed sled fled bred steed reed weed creed greed deed heed
    morning evening during anything something nothing everything thing things king ring spring string building
    wedding meeting hearing ceiling according including following regarding""".split())
SPEECH = frozenset("""say tell add stress explain note continue write ask reply insist declare announce warn argue
    acknowledge emphasize emphasise indicate comment recall urge hail thank express praise commend tweet post report
    confirm claim state estimate""".split())
# Words that end the clause of a time on their side: a new clause starts after them.
# ("as" is left out: mostly a preposition in news, "as president", "as part of".)
CLAUSE_WORDS = frozenset("""and but or while whereas because although though when where after before if unless
    since until so yet who which whom whose that""".split())
FUNCTION = frozenset("""a an the of in on at to for and or but by with from as is was were be been being has had
    have that this these those which who whom whose it its their his her they he she him them we our us i me my you
    your there here not no also just then than into onto over under about after before during while when where
    what why how early late last next this first second around near across against among along some any all
    more most other another such only own same so very mr mrs ms dr said says will would could should may might
    must can shall did do does via amid despite following outside inside within without toward towards upon
    per except like through throughout up down off out back""".split())
WEEKDAY_OR_MONTH = lazyre.compile(
    r"(?i)^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|"
    r"yesterday|tomorrow|tonight|morning|afternoon|evening|night|noon|midnight|weekend|week|month|year|years|day|"
    r"days|gmt|bst|edt|est|am|pm)\.?$")
BE = frozenset("is are was were be been being am".split())


SPEECH_LEMMAS = frozenset(lemma(word) for word in SPEECH)


def is_verb(tokens: list[str], index: int) -> bool:
    """Whether tokens[index] reads as a verb: a past form (irregular or -ed), or a word after a modal or "to"."""
    word = tokens[index]
    low = word.lower()
    if not word[:1].isalpha() or low in NOT_VERBS or WEEKDAY_OR_MONTH.match(word):
        return False
    if word[:1].isupper():
        return False  # a name ("Fred"), or a heading's first word ("Published May 5")
    if low in IRREGULAR and not low.endswith("s"):
        return True
    previous = tokens[index - 1].lower() if index else ""
    if previous.endswith("ly") and index > 1:
        previous = tokens[index - 2].lower()  # "will finally hold": the word before the adverb
    if low.endswith("ly"):
        return False  # an adverb: "will finally hold", "was fatally shot"
    if previous in PREPOSITIONS:
        return False  # an adjective: "placed on injured reserve"
    if low in SAME_PAST and previous not in DETERMINERS:
        return True
    if low.endswith("ed") and len(low) >= 4:
        return True
    if previous in BE and low not in FUNCTION and low not in CLAUSE_WORDS and not low.endswith("ly"):
        return True  # a progressive ("were marching") or a state ("will be eligible", "was calm")
    if previous == "to":  # "to become", "to be": a verb's base form, not "to life", "to America"
        return low in BASES
    return previous in MODALS and low not in FUNCTION
