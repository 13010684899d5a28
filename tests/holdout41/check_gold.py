"""Check holdout41's hand-written gold against its articles (run: python tests/holdout41/check_gold.py).

Reads only this folder. Every meeting evidence string, meeting and event place, person name and alias,
corpus spelling and framework name/alias (case-insensitively) must occur in its article; meeting
participants, meeting/event frameworks and membership frameworks must be listed; every article has
300-450 whitespace-separated words; a ` date YYYY-MM-DD` first line, followed by a blank line, matches
`published`, and an article without it has `published` null and every meeting date null.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
bad: list[str] = []


def check(ok: bool, what: str) -> None:
    if not ok:
        bad.append(what)


texts: dict[str, str] = {}
articles = sorted((HERE / "articles").glob("*.txt"))
golds = sorted(p for p in (HERE / "gold").glob("*.json") if p.name != "corpus.json")
check([a.stem for a in articles] == [g.stem for g in golds], "articles and gold files differ")
for path in golds:
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc = path.stem[:3]
    art = HERE / "articles" / gold["doc"]
    check(art.is_file() and gold["doc"] == path.stem + ".txt", f"{doc}: doc name")
    text = art.read_text(encoding="utf-8")
    texts[doc] = text
    n = len(text.split())
    check(300 <= n <= 450, f"{doc}: {n} words")
    m = re.match(r"\A date (\d{4}-\d{2}-\d{2})\n\n", text)
    check((m.group(1) if m else None) == gold["published"], f"{doc}: date line vs published")
    names = [p["name"] for p in gold["persons"]]
    check(len(names) == len(set(names)), f"{doc}: duplicate person")
    for p in gold["persons"]:
        check(any(s in text for s in [p["name"], *p["aliases"]]), f"{doc}: {p['name']} not in text")
        for a in p["aliases"]:
            check(a in text, f"{doc}: alias {a!r} not in text")
        check(bool(p["offices"]), f"{doc}: {p['name']} has no office")
    fws = {f["name"] for f in gold["frameworks"]}
    low = text.lower()
    for f in gold["frameworks"]:
        for s in [f["name"], *f.get("aliases", [])]:
            check(s.lower() in low, f"{doc}: framework {s!r} not in text")
    for mt in gold["meetings"]:
        check(mt["evidence"] in text, f"{doc}: evidence {mt['evidence'][:60]!r}")
        check(set(mt["participants"]) <= set(names) and len(mt["participants"]) >= 2, f"{doc}: participants {mt['participants']}")
        if mt["place"]:
            check(mt["place"] in text, f"{doc}: meeting place {mt['place']!r}")
            check(mt["place"] in mt["evidence"] or "place_note" in mt, f"{doc}: place not in evidence, no place_note")
        if gold["published"] is None:
            check(mt["date"] is None, f"{doc}: a date without a date line")
        if mt["date"] is None and gold["published"] is None:
            check("date_note" in mt, f"{doc}: no date_note")
        if "framework" in mt:
            check(mt["framework"] in fws, f"{doc}: meeting framework {mt['framework']}")
    for ev in gold["events"]:
        if ev["place"]:
            check(ev["place"] in text, f"{doc}: event place {ev['place']!r}")
        if "framework" in ev:
            check(ev["framework"] in fws, f"{doc}: event framework {ev['framework']}")
        check(set(ev.get("participants", [])) <= set(names), f"{doc}: event participants {ev['name']}")
    for ms in gold["memberships"]:
        check(ms["framework"] in fws and ms["countries"], f"{doc}: membership {ms['framework']}")
    for q in gold["questions"]:
        check(bool(q["answers"]) or bool(q.get("note")), f"{doc}: question {q['q']!r}")

corpus = json.loads((HERE / "gold" / "corpus.json").read_text(encoding="utf-8"))
for person, entry in corpus["persons"].items():
    for s in entry.get("spellings", []):
        check(any(s in texts[d] for d in entry["docs"]), f"corpus: spelling {s!r}")
    for other in entry.get("not_same_as", []):
        check(person in corpus["persons"][other].get("not_same_as", []), f"corpus: not_same_as {person}/{other}")
for mt in corpus["meetings"]:
    if mt["place"]:
        check(any(mt["place"] in texts[d] for d in mt["docs"]), f"corpus: place {mt['place']}")

for b in bad:
    print("PROBLEM:", b)
print(f"{len(texts)} articles checked, {len(bad)} problems")
sys.exit(1 if bad else 0)
