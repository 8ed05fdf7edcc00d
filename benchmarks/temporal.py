"""TempEval-3 benchmark of the temporal tagger on TimeBank, AQUAINT and MEANTIME.

``extract`` is the adapter score.py calls; ``main`` scores all three corpora.  The gold
data live outside the repository (research licences): ``../shared/temporal`` next to the
project root, or the folder named by the FACTLINT_SHARED environment variable.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

from factlint.extract.timex import Timex, find_timexes, infer_dct
from factlint.extract.timex.patterns import blockers, rules

# The tagger compiles its patterns on first use. This adapter compiles them when it is imported, so that
# score.py (which imports it before timing) and main() time documents, not the process's start-up.
_t0 = time.process_time()
for _full in (False, True):  # simple case folding, and the full folding of texts that need it
    rules(_full), blockers(_full)

COMPILE_MS = 1000 * (time.process_time() - _t0)

CORPORA = (("TimeBank", "timebank"), ("AQUAINT", "aquaint"), ("MEANTIME", "meantime_en/intra-doc_annotation"))


def parse_dct(dct: str) -> dt.date | None:
    """'1998-02-13', '1998-02-13T10:00' or the day-first '03-02-2009' -> date; else None."""
    s = (dct or "").strip()
    for fmt, n in (("%Y-%m-%d", 10), ("%d-%m-%Y", 10), ("%Y%m%d", 8)):
        try:
            return dt.datetime.strptime(s[:n], fmt).date()
        except ValueError:
            continue
    return None


def _is_dateline(text: str, t: Timex, d: dt.date | None) -> bool:
    """A date standing alone on one of the first lines is the document's creation time.

    TimeML records it as the DCT (functionInDocument=CREATION_TIME), which the scorer
    leaves out, so it is not reported as a text timex here."""
    if d is None or t.value != d.isoformat() or text.count("\n", 0, t.start) > 2:
        return False
    line_start = text.rfind("\n", 0, t.start) + 1
    line_end = text.find("\n", t.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.strip(" .,-") == t.text


def extract(text: str, dct: str) -> list[tuple[int, int, str, str]]:
    """score.py adapter: (start, end, type, value) for every timex; a missing DCT is read off the text."""
    given = parse_dct(dct)
    d = given or infer_dct(text)
    # Without a DCT in the metadata, the dateline is an ordinary text timex.
    return [(t.start, t.end, t.type.value, t.value) for t in find_timexes(text, d)
            if not _is_dateline(text, t, given)]


def shared_dir() -> Path:
    env = os.environ.get("FACTLINT_SHARED")
    base = Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared"
    return base / "temporal" if (base / "temporal").is_dir() else base


def load_scorer(folder: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("te3_score", folder / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look the module up while it executes
    spec.loader.exec_module(mod)
    return mod


def run_corpus(score: ModuleType, gold_dir: Path) -> dict[str, float]:
    docs = score.load_gold(str(gold_dir))
    times: list[float] = []
    dur_gold = dur_ok = 0
    scorer = score.Scorer()
    for d in docs:
        t0 = time.process_time()  # CPU time: wall time is noisy on a shared machine
        raw = extract(d.text, d.dct)
        times.append(time.process_time() - t0)
        sys_tx = score.to_timexes(d.text, raw)
        scorer.add(d, sys_tx)
        pairs = dict(score.align(d.timexes, sys_tx))
        for i, g in enumerate(d.timexes):
            if g.type == "DURATION":
                dur_gold += 1
                j = pairs.get(i)
                dur_ok += j is not None and sys_tx[j].value == g.value
    r = scorer.results()
    r["dur_acc"] = dur_ok / dur_gold if dur_gold else 0.0
    r["ms_mean"] = 1000 * statistics.fmean(times) if times else 0.0
    r["ms_max"] = 1000 * max(times) if times else 0.0
    return r


def main() -> int:
    folder = shared_dir()
    if not (folder / "score.py").is_file():
        print(f"temporal benchmark: scorer not found at {folder / 'score.py'}; put the shared data "
              "next to the project (../shared/temporal) or set FACTLINT_SHARED", file=sys.stderr)
        return 2
    score = load_scorer(folder)
    print(f"(patterns compiled once per process: {COMPILE_MS:.0f} ms CPU at import, not counted below)")
    head = f"{'corpus':<10}{'strict F1':>10}{'relax F1':>10}{'type acc':>10}{'value F1':>10}" \
           f"{'DUR acc':>9}{'ms/doc':>8}{'ms max':>8}   (ms = CPU ms per document)"
    print(head)
    for name, sub in CORPORA:
        if not (folder / sub).is_dir():
            print(f"{name:<10} missing {folder / sub}")
            continue
        r = run_corpus(score, folder / sub)
        print(f"{name:<10}{100 * r['strict_F1']:>10.2f}{100 * r['relaxed_F1']:>10.2f}{100 * r['type_acc']:>10.2f}"
              f"{100 * r['value_F1']:>10.2f}{100 * r['dur_acc']:>9.2f}{r['ms_mean']:>8.2f}{r['ms_max']:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
