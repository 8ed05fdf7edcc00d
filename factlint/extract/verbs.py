"""English verb forms for reading clauses: the irregular past forms with their lemma, and a light lemmatizer that
brings two forms of one verb ("died", "dies", "die"; "became", "become") to one key."""

from __future__ import annotations

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
