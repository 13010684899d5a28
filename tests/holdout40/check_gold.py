"""Check holdout40's hand-written gold against its article texts (run: python tests/holdout40/check_gold.py).

Every evidence string, meeting and event place, person name/alias, corpus spelling and framework
name/alias must occur in its article (framework names case-insensitively); every article has
300-450 whitespace-separated words; the date line (when present) matches `published`.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
problems: list[str] = []


def need(cond: bool, msg: str) -> None:
    if not cond:
        problems.append(msg)


texts: dict[str, str] = {}
for gold_path in sorted((HERE / "gold").glob("[0-9]*.json")):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = gold_path.stem[:3]
    art = HERE / "articles" / gold["doc"]
    need(art.exists(), f"{doc}: no article {gold['doc']}")
    text = art.read_text(encoding="utf-8")
    texts[doc] = text
    words = len(text.split())
    need(300 <= words <= 450, f"{doc}: {words} words")
    m = re.match(r"\A date (\d{4}-\d{2}-\d{2})\n\n", text)
    need((m.group(1) if m else None) == gold["published"], f"{doc}: date line vs published")
    names = {p["name"] for p in gold["persons"]}
    for p in gold["persons"]:
        need(any(s in text for s in [p["name"], *p["aliases"]]), f"{doc}: person {p['name']} not in text")
        for a in p["aliases"]:
            need(a in text, f"{doc}: alias {a!r} not in text")
    fw = {f["name"] for f in gold.get("frameworks", [])}
    for f in gold.get("frameworks", []):
        for s in [f["name"], *f.get("aliases", [])]:
            need(s.lower() in text.lower(), f"{doc}: framework {s!r} not in text")
    for mt in gold["meetings"]:
        need(mt["evidence"] in text, f"{doc}: evidence not in text: {mt['evidence'][:70]}")
        need(set(mt["participants"]) <= names, f"{doc}: unknown participant {mt['participants']}")
        if mt["place"]:
            need(mt["place"] in text, f"{doc}: meeting place {mt['place']!r}")
            need(mt["place"] in mt["evidence"] or "place_note" in mt, f"{doc}: place not in evidence and no note: {mt['evidence'][:50]}")
        if "framework" in mt:
            need(mt["framework"] in fw, f"{doc}: meeting framework {mt['framework']}")
    for ev in gold.get("events", []):
        if ev["place"]:
            need(ev["place"] in text, f"{doc}: event place {ev['place']!r}")
        if "framework" in ev:
            need(ev["framework"] in fw, f"{doc}: event framework {ev['framework']}")
        need(set(ev.get("participants", [])) <= names, f"{doc}: event participants {ev['name']}")
    for ms in gold.get("memberships", []):
        need(ms["framework"] in fw, f"{doc}: membership framework {ms['framework']}")
    for q in gold["questions"]:
        need(bool(q["answers"]) or bool(q.get("note")), f"{doc}: question without answers or note {q['q']}")

corpus = json.loads((HERE / "gold" / "corpus.json").read_text(encoding="utf-8"))
for person, entry in corpus["persons"].items():
    need(any(person in texts[d] for d in entry["docs"]) or entry.get("spellings"), f"corpus: {person} in none of its docs")
    for s in entry.get("spellings", []):
        need(any(s in texts[d] for d in entry["docs"]), f"corpus: spelling {s!r} in none of {entry['docs']}")
for mt in corpus["meetings"]:
    if mt["place"]:
        need(any(mt["place"] in texts[d] for d in mt["docs"]), f"corpus: place {mt['place']} for {mt['participants']}")

for p in problems:
    print("PROBLEM:", p)
print(f"{len(texts)} articles checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
