"""Tests of the tense of the clause around a temporal expression (factlint.extract.timex.tense)."""
from __future__ import annotations

import pytest

from factlint.extract.timex import tense as T
from factlint.extract.timex.tense import Tense

PAST, NONE, FUTURE = Tense.PAST, Tense.NONE, Tense.FUTURE


@pytest.mark.parametrize("text, span, tense", [
    ("The talks will resume on Monday.", "Monday", FUTURE),
    ("The talks resumed on Monday.", "Monday", PAST),
    ("The talks had been scheduled to resume on Monday.", "Monday", PAST),  # a plan reported in the past
    ("The vote will be held on Monday.", "Monday", FUTURE),  # "held" a participle, not a past tense
    ("On Monday the talks begin.", "Monday", NONE),
    # the nearest marker wins, those before the expression by a margin
    ("Officials said the talks will resume on Monday.", "Monday", FUTURE),
    ("The talks ended. On Monday they will resume.", "Monday", FUTURE),  # the sentence before is not looked at
    # a verb of a clause opened after the expression is that clause's own
    ("Chancellor Olaf Scholz promised Ukrainian President Volodymyr Zelensky on Tuesday that Germany would send it.",
     "Tuesday", PAST),
    ("The minister told the visiting delegation on Tuesday that it will get aid.", "Tuesday", PAST),
    ("Talks on Tuesday will decide it.", "Tuesday", FUTURE),
    ("Others arrive in May, June and September of that year, he said.", "May", PAST),  # "that year": no clause
])
def test_clause_tense(text: str, span: str, tense: Tense) -> None:
    start = text.index(span)
    assert T.clause_tense(text, start, start + len(span)) is tense


@pytest.mark.parametrize("text, span, tense", [
    ("The company has announced cuts during the fourth quarter.", "fourth quarter", NONE),  # a perfect tells of now
    ("The company announced cuts during the fourth quarter.", "fourth quarter", PAST),
    ("The company will announce cuts in the fourth quarter.", "fourth quarter", FUTURE),
])
def test_period_tense(text: str, span: str, tense: Tense) -> None:
    start = text.index(span)
    assert T.period_tense(text, start, start + len(span)) is tense


@pytest.mark.parametrize("text, span, tense", [
    ("He was shot on Bourbon Street on June 29 after a fight.", "June 29", PAST),
    ("Police said the suspect was arrested in June.", "June", PAST),
    ("The company said it will redeem the shares on Oct. 31.", "Oct. 31", FUTURE),
    ("Directors authorized a split, payable Dec. 7 to holders.", "Dec. 7", NONE),
    ("The offer was extended to Nov. 20 by the board.", "Nov. 20", NONE),
    ("Officials said it would extend the bid until Nov. 6.", "Nov. 6", FUTURE),
    ("The council voted to meet again on March 12.", "March 12", FUTURE),
    ("Meissner gave no reason for the Jan. 14 deadline.", "Jan. 14", NONE),
    ("The official said the accession was planned for early March.", "March", NONE),
    ("The company said it is calling the bonds on Dec. 7.", "Dec. 7", NONE),
    ("The board has agreed to redeem the bonds in March.", "March", NONE),
    ("The stock rose in March.", "March", PAST),
    ("Sales fell, but GM warned the loss is officially reported in March.", "March", NONE),
])
def test_date_tense(text: str, span: str, tense: Tense) -> None:
    start = text.index(span)
    assert T.date_tense(text, start, start + len(span)) is tense


@pytest.mark.parametrize("text, span, day, tense", [
    # a present perfect takes no past day adverbial: the day is not pinned in the past
    ("Albright has invited the ministers to a ceremony on March 12.", "March 12", True, NONE),
    ("The board has already approved a vote on Nov. 6.", "Nov. 6", True, NONE),
    # a bare month may hang off a participle of the perfect clause; a simple past still pins
    ("The stock has fluctuated, rising from $29 in March.", "March", False, PAST),
    ("Albright invited the ministers to a ceremony on March 12.", "March 12", True, PAST),
    ("The company has said it was sold on March 12.", "March 12", True, PAST),
])
def test_date_tense_present_perfect(text: str, span: str, day: bool, tense: Tense) -> None:
    start = text.index(span)
    assert T.date_tense(text, start, start + len(span), day) is tense
