"""A generated corpus for the engine tests: reports of invented events (talks, strikes, visits) over several years,
with follow-ups that point back ("last month"), undated articles, leads placing the event in a city, boilerplate
lines, and copies of earlier reports with their years moved, so stories span time windows and link across them."""

from __future__ import annotations

import datetime as dt
import random
import re

_CITIES = ("Geneva", "Vienna", "Nairobi", "Lisbon", "Oslo", "Manila", "Quito", "Tbilisi", "Hanoi", "Dakar")
_PEOPLE = (("Amara", "Okonkwo"), ("Lars", "Henriksen"), ("Mei", "Tanaka"), ("Rafael", "Quintero"), ("Ilse", "Vogt"),
           ("Tamar", "Beridze"), ("Kwame", "Mensah"), ("Sofia", "Marchetti"), ("Omar", "Haddad"), ("Nadia", "Petrova"))
_EVENTS = (("talks", "negotiators", "a ceasefire"), ("strike", "dock workers", "higher pay"),
           ("summit", "delegations", "a trade pact"), ("visit", "officials", "new flights"),
           ("trial", "prosecutors", "a verdict"))
_NUMBERS = ("two", "three", "four", "five", "six")
_FURNITURE = "Subscribe to our newsletter for the latest headlines."


def _article(rng: random.Random, event: int, when: dt.date, dated: bool, follow_up: bool) -> str:
    kind, who, aim = _EVENTS[event % len(_EVENTS)]
    city = _CITIES[event % len(_CITIES)]
    first, last = _PEOPLE[event % len(_PEOPLE)]
    days = rng.choice(_NUMBERS)
    head = f"---\ndate: {when.isoformat()}\n---\n" if dated else ""
    lines = [
        f"{kind.title()} in {city} end after {days} days",
        f"{who.title()} met in {city} on {when:%A} as {first} {last} pressed for {aim}, the {days}-day {kind} "
        f"ending on {when:%B} {when.day}, {when.year}.",
        f"\"We have made progress on {aim} but the work is not done,\" {last} said after the {kind} in {city}.",
        f"At least {rng.randint(20, 90)} {who} took part, and {last}, {rng.randint(40, 70)}, led them.",
    ]
    if follow_up:
        lines.append(f"The {days}-day {kind} last month in {city} had ended without {aim}.")
    if rng.random() < 0.5:
        lines.append(_FURNITURE)
    lines.append(f"{first} {last} is expected back in {city} next year for another round of {kind}.")
    return head + "\n".join(lines) + "\n"


def _shift_years(text: str, years: int) -> str:
    """The text with every year from 1900 to 2099 moved by whole years (front matter and prose alike)."""
    return re.sub(r"\b(19|20)(\d\d)\b", lambda m: str(int(m.group()) + years), text)


def corpus(count: int = 90, seed: int = 18) -> dict[str, str]:
    """`count` articles by file name; then copies of the first third with their years moved 28 back (the same
    weekdays), as the scaling benchmark copies the pile."""
    rng = random.Random(seed)
    out: dict[str, str] = {}
    for number in range(count):
        event = rng.randrange(12)
        base = dt.date(2015 + 3 * (event % 3), 1 + event % 12, 5) + dt.timedelta(days=rng.randrange(6))
        follow_up = rng.random() < 0.2
        when = base + dt.timedelta(days=31 if follow_up else 0)
        out[f"{number:03}.md"] = _article(rng, event, when, dated=rng.random() > 0.15, follow_up=follow_up)
    for name, text in list(out.items())[: count // 3]:
        out[f"copy-{name}"] = _shift_years(text, -28)
    return out


def edited(texts: dict[str, str], kind: str, first: int, second: int, number: int) -> dict[str, str]:
    """The corpus after one edit a hypothesis test draws: "delete" an article, "copy" another's text into it, "add" a
    near copy of another, "drop-lines" (keep its first lines only), or "splice" (append another's lead)."""
    names = sorted(texts)
    one, other = names[first % len(names)], names[second % len(names)]
    after = dict(texts)
    if kind == "delete":
        del after[one]
    elif kind == "copy":
        after[one] = texts[other]
    elif kind == "add":
        after[f"new{number}-{one}"] = texts[other].replace("days", "long days")
    elif kind == "drop-lines":
        after[one] = "\n".join(texts[one].splitlines()[: 1 + second % 6]) + "\n"
    else:
        after[one] = texts[one] + "\n".join(texts[other].splitlines()[:5]) + "\n"
    return after
