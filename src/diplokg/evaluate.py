"""``kg eval``: score the store against gold annotations (the format of tests/gold).

Per article (``<doc>.json``), the store is restricted to the facts with evidence from that
article; for the corpus (``corpus.json``), the whole store is used. Scored categories:

* persons: gold persons found (by name), and store persons with no gold counterpart;
* offices: (person, office title, country) pairs;
* meetings: participant sets (one-to-one); plus, of the matched meetings, the share of
  gold-known dates and places (and, for the corpus, statuses) the store got right;
* frameworks: by name, acronym or alias;
* memberships: (country, role, framework);
* questions (corpus.json's ``questions``): each asked of the store as ``kg ask`` asks it, its
  answers scored by F1 against the gold answers (an unanswered question scores 0, unless the gold
  expects no answer).

Names match when a store label or alternative label equals the gold name or one of its full-name
spellings, with case, accents and honorifics folded: a bare surname never matches.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .errors import InputError, UsageError
from . import refdata
from .namespaces import DK, DKI, PROVENANCE_GRAPH
from .resolve import fold, framework_key, strip_honorifics
from .store import KGStore

CATEGORIES = ("persons", "offices", "meetings", "frameworks", "memberships")
_FRAMEWORK_CLASSES = {DK[c] for c in ("Framework", "Agreement", "Policy", "Forum", "Dialogue", "Organisation", "Exercise", "Initiative")}
_ROLE_PREDICATES = {
    "member": DK.memberOf,
    "dialogue partner": DK.dialoguePartnerOf,
    "co-chair": DK.coChairOf,
    "observer": DK.observerOf,
}


# -- scores --------------------------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.false_positives += other.false_positives

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "misses": self.misses,
            "false_positives": self.false_positives,
        }


@dataclass
class Accuracy:
    """Of the gold-known values, how many the store has right."""

    right: int = 0
    known: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.known if self.known else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"right": self.right, "known": self.known, "share": round(self.share, 4), "wrong": self.wrong}


@dataclass
class QuestionScores:
    """The gold questions asked of the store: mean answer F1, and the questions not answered exactly."""

    asked: int = 0
    f1_total: float = 0.0
    exact: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def mean_f1(self) -> float:
        return self.f1_total / self.asked if self.asked else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"asked": self.asked, "exact": self.exact, "mean_f1": round(self.mean_f1, 4), "wrong": self.wrong}


@dataclass
class Section:
    """The scores of one article, or of the corpus."""

    name: str
    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    dates: Accuracy = field(default_factory=Accuracy)
    places: Accuracy = field(default_factory=Accuracy)
    statuses: Accuracy = field(default_factory=Accuracy)
    merges: Accuracy = field(default_factory=Accuracy)  # corpus: matched meetings reported by exactly the gold's articles
    questions: QuestionScores | None = None  # corpus: its gold questions asked of the store
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {c: s.to_dict() for c, s in self.scores.items()}
        out["meeting_dates"] = self.dates.to_dict()
        out["meeting_places"] = self.places.to_dict()
        out["meeting_statuses"] = self.statuses.to_dict()
        out["meeting_articles"] = self.merges.to_dict()
        if self.questions is not None:
            out["questions"] = self.questions.to_dict()
        if self.note:
            out["note"] = self.note
        return out


@dataclass
class EvalReport:
    articles: list[Section]
    corpus: Section | None
    micro: Section  # the articles' counts added up

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": {s.name: s.to_dict() for s in self.articles},
            "articles_total": self.micro.to_dict(),
            "corpus": self.corpus.to_dict() if self.corpus else None,
        }


# -- the store, seen through one article -----------------------------------------------------------


class StoreView:
    """The store's facts, optionally only those with evidence from one article."""

    def __init__(self, facts: dict[tuple, set[str]], labels: dict[URIRef, set[str]], doc_id: str | None = None) -> None:
        self.labels = labels  # global: a node's names do not depend on the article
        self.facts = facts  # global, with the articles of each
        self.by_predicate: dict[URIRef, list[tuple]] = defaultdict(list)
        self.by_sp: dict[tuple, list] = defaultdict(list)
        self.global_sp: dict[tuple, list] = defaultdict(list)
        for (s, p, o), docs in facts.items():
            self.global_sp[(s, p)].append(o)
            if doc_id is None or doc_id in docs:
                self.by_predicate[p].append((s, o))
                self.by_sp[(s, p)].append(o)

    def of_type(self, *classes: URIRef) -> set[URIRef]:
        wanted = set(classes)
        return {s for s, o in self.by_predicate[RDF.type] if o in wanted}

    def objects(self, s: URIRef, p: URIRef) -> list:
        return sorted(self.by_sp.get((s, p), ()), key=str)

    def names(self, node: URIRef) -> set[str]:
        return {fold(strip_honorifics(n)) for n in self.labels.get(node, ())}

    def person_names(self, node: URIRef) -> set[str]:
        """A person's names, each also without a generational suffix ("Arturo Reyes Jr")."""
        return {variant for name in self.names(node) for variant in (name, _without_suffix(name))}

    def label(self, node: URIRef) -> str:
        return min(self.labels.get(node) or {str(node).rsplit("/", 1)[-1]}, key=lambda x: (-len(x), x))


def load_facts(store: KGStore) -> tuple[dict[tuple, set[str]], dict[URIRef, set[str]]]:
    """Every asserted triple with the articles it has evidence from, and every node's labels."""
    rows = store.select(
        f"""SELECT ?s ?p ?o ?a WHERE {{
              GRAPH ?g {{ ?s ?p ?o }}
              GRAPH <{PROVENANCE_GRAPH}> {{ ?g prov:wasDerivedFrom ?a }} }}"""
    )
    facts: dict[tuple, set[str]] = defaultdict(set)
    labels: dict[URIRef, set[str]] = defaultdict(set)
    for r in rows:
        triple = (r["s"], r["p"], r["o"])
        facts[triple].add(str(r["a"]).rsplit("/", 1)[-1])
        if r["p"] in (RDFS.label, SKOS.altLabel, DK.title, DK.acronym):
            labels[r["s"]].add(str(r["o"]))
    return facts, labels


# -- gold ------------------------------------------------------------------------------------------


_NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")


def _without_suffix(folded_name: str) -> str:
    """"romeo brawner jr" -> "romeo brawner": the gold and the articles write one person's
    generational suffix or leave it out."""
    words = folded_name.split()
    return " ".join(words[:-1]) if len(words) >= 3 and words[-1].rstrip(".") in _NAME_SUFFIXES else folded_name


def _spellings(name: str, aliases: Iterable[str] = ()) -> set[str]:
    """The folded full-name spellings of a gold entry (single words are surnames: left out), each
    also without a generational suffix."""
    out = {fold(strip_honorifics(name))}
    for a in aliases:
        f = fold(strip_honorifics(a))
        if len(f.split()) >= 2:
            out.add(f)
    return out | {_without_suffix(s) for s in out}


def _framework_spellings(name: str, aliases: Iterable[str] = ()) -> set[str]:
    return {fold(n) for n in [name, *aliases] if fold(n)}


def _add_corpus_framework(corpus_frameworks: dict[str, dict], fw: dict) -> None:
    """Add one article gold's framework to the corpus gold's, keyed by folded name.

    One framework is one corpus entry even when one article gold names it by what another lists
    as its alias ("Exercise X" with alias "X" here, plain "X" there), or spells it the other side of
    the Atlantic ("Organisation" here, "Organization" there): a second entry would be a miss for a
    store that rightly holds one node. A shared alias alone merges nothing."""
    name = framework_key(fw["name"])
    spellings = {framework_key(n) for n in [fw["name"], *fw.get("aliases", [])] if fold(n)}
    countries = sorted(set(fw.get("countries") or ()))

    def same(key: str, entry: dict) -> bool:
        # Name against name or alias only (two memoranda that both list the alias "MoU" stay two),
        # and never across other country sets (one pair's "Comprehensive Strategic Partnership"
        # is not another pair's).
        named = key in spellings or name in {framework_key(n) for n in [entry["name"], *entry["aliases"]] if fold(n)}
        return named and (not countries or not entry["countries"] or countries == entry["countries"])

    key = name if name in corpus_frameworks else next((k for k, e in corpus_frameworks.items() if same(k, e)), name)
    entry = corpus_frameworks.setdefault(key, {"name": fw["name"], "aliases": [], "countries": countries})
    others = {fw["name"], *fw.get("aliases", [])} - {entry["name"]}
    entry["aliases"] = sorted(set(entry["aliases"]) | others)


def _match_one_to_one(gold: list[tuple[str, set[str]]], nodes: Iterable[URIRef], view: StoreView, names=None) -> dict[str, URIRef]:
    """gold name -> store node, each node used once; a node matches when one of its names is a spelling."""
    names = names or view.names
    candidates = sorted(nodes, key=str)
    taken: set[URIRef] = set()
    out: dict[str, URIRef] = {}
    for key, spellings in gold:
        for node in candidates:
            if node not in taken and names(node) & spellings:
                out[key] = node
                taken.add(node)
                break
    return out


# -- scoring ---------------------------------------------------------------------------------------


def _score_sets(gold_keys: list[str], matched: dict[str, Any], store_items: Iterable[Any], describe) -> Score:
    score = Score()
    used = set(matched.values())
    for key in gold_keys:
        if key in matched:
            score.tp += 1
        else:
            score.fn += 1
            score.misses.append(key)
    for item in store_items:
        if item not in used:
            score.fp += 1
            score.false_positives.append(describe(item))
    score.false_positives.sort()
    return score


def _score_section(name: str, view: StoreView, gold: dict[str, Any], *, corpus: bool, doc_ids: dict[str, str]) -> Section:
    section = Section(name)

    # persons
    if corpus:
        gold_persons = [(n, _spellings(n, g.get("spellings", []))) for n, g in gold.get("persons", {}).items()]
        gold_offices = {n: [_split_office(o) for o in g.get("offices", [])] for n, g in gold.get("persons", {}).items()}
    else:
        gold_persons = [(p["name"], _spellings(p["name"], p.get("aliases", []))) for p in gold.get("persons", [])]
        gold_offices = {p["name"]: [(o["title"], _gold_office_country(o, p)) for o in p.get("offices", [])] for p in gold.get("persons", [])}
    store_persons = view.of_type(DK.Person)
    person_of = _match_one_to_one(gold_persons, store_persons, view, view.person_names)
    section.scores["persons"] = _score_sets([n for n, _ in gold_persons], person_of, sorted(store_persons, key=str), view.label)
    name_of = {node: n for n, node in person_of.items()}

    # offices: (person, title, country)
    office_score = Score()
    store_pairs = sorted({(s, o) for s, o in view.by_predicate[DK.holds] if s in store_persons}, key=str)
    used_pairs: set = set()
    for person, offices in gold_offices.items():
        for title, country in offices:
            node = person_of.get(person)
            hit = None
            for s, office in store_pairs:
                # a pair may answer several gold titles: one office can have two titles
                if s == node and _office_matches(view, office, title, country):
                    hit = (s, office)
                    break
            if hit:
                used_pairs.add(hit)
                office_score.tp += 1
            else:
                office_score.fn += 1
                office_score.misses.append(f"{person}: {title} ({country})")
    for s, office in store_pairs:
        if (s, office) not in used_pairs:
            office_score.fp += 1
            office_score.false_positives.append(f"{view.label(s)}: {view.label(office)}")
    section.scores["offices"] = office_score

    # meetings
    _score_meetings(section, view, gold.get("meetings", []), person_of, name_of, corpus=corpus, doc_ids=doc_ids)

    # frameworks
    gold_frameworks = [(f["name"], _framework_spellings(f["name"], f.get("aliases", []))) for f in gold.get("frameworks", [])]
    store_frameworks = view.of_type(*_FRAMEWORK_CLASSES)
    framework_names = lambda node: {fold(n) for n in view.labels.get(node, ())}  # noqa: E731
    framework_of = _match_one_to_one(gold_frameworks, store_frameworks, view, framework_names)
    section.scores["frameworks"] = _score_sets([n for n, _ in gold_frameworks], framework_of, sorted(store_frameworks, key=str), view.label)

    # memberships: (country, role, framework)
    spellings_of = {n: s for n, s in gold_frameworks}
    membership = Score()
    gold_members = []
    for m in gold.get("memberships", []):
        spellings = spellings_of.get(m["framework"], _framework_spellings(m["framework"]))
        for country in m.get("countries", []):
            # Once per fact: two articles' golds (merged for the corpus) may both list it, with
            # another note or another spelling of the body ("Quad" / "Quadrilateral Security Dialogue").
            if not any(c == country and r == m["role"] and s & spellings for c, r, s, _ in gold_members):
                gold_members.append((country, m["role"], spellings, f"{country} {m['role']} of {m['framework']}"))
    store_members = sorted(
        {(s, p, o) for p in _ROLE_PREDICATES.values() for s, o in view.by_predicate[p]}, key=str
    )
    used_members: set = set()
    for country, role, spellings, text in gold_members:
        hit = next(
            (
                t
                for t in store_members
                if t not in used_members
                and t[1] == _ROLE_PREDICATES.get(role)
                and _names_country(view, t[0], country)
                and framework_names(t[2]) & spellings
            ),
            None,
        )
        if hit:
            used_members.add(hit)
            membership.tp += 1
        else:
            membership.fn += 1
            membership.misses.append(text)
    for t in store_members:
        if t not in used_members:
            membership.fp += 1
            membership.false_positives.append(f"{view.label(t[0])} {str(t[1]).rsplit('#', 1)[-1]} {view.label(t[2])}")
    section.scores["memberships"] = membership
    return section


def _split_office(text: str) -> tuple[str, str]:
    """"Secretary of War of the United States" -> ("Secretary of War", "United States"); a title
    whose last "of" names no country is all title: "Commander of the Sri Lanka Navy" -> (it, ""). A
    trailing note in brackets is not part of the office: "High Representative for X (EU post)". An
    envoy's post names its country before the host: "Ambassador of India to Oman" -> ("Ambassador to
    Oman", "India"), the title the article gold writes."""
    text = re.sub(r"\s*\([^()]*\)$", "", text)
    envoy = re.fullmatch(r"(.+?) of (?:the )?(.+?) (to .+)", text)
    if envoy and refdata.country_iso3(envoy[2]):
        return f"{envoy[1]} {envoy[3]}", envoy[2]
    title, _, country = text.rpartition(" of ")
    country = country.removeprefix("the ").strip()
    if not (title and refdata.country_iso3(country)):
        return text, ""
    # a state's formal name holds an "of" itself: "... of the Democratic Republic of the Congo" is of
    # that country, not "Congo" (the Republic of the Congo); "Minister of State of X" stays as it is
    while " of " in title:
        head, _, last = title.rpartition(" of ")
        longer = text[len(head) + len(" of "):].removeprefix("the ").strip()
        if last.removeprefix("the ").split(" ", 1)[0] not in STATE_NAME_WORDS or not refdata.country_iso3(longer):
            break
        title, country = head, longer
    return title, country


# Words opening a state's formal name with an "of" in it ("Republic of the Congo", "Kingdom of Tonga")
STATE_NAME_WORDS = frozenset({"Republic", "Democratic", "Kingdom", "Federal", "Federation", "United", "Islamic",
                              "Union", "Commonwealth", "Principality", "Sultanate", "Grand"})


def _gold_office_country(office: dict[str, Any], person: dict[str, Any]) -> str | None:
    """The country a gold office is of: its own, else its holder's ("" when neither is known);
    None for the post of an organisation (written ``"country": null``), which is no country's."""
    if "country" in office and office["country"] is None:
        return None
    return office.get("country") or person.get("country") or ""


def _office_matches(view: StoreView, office: URIRef, title: str, country: str | None) -> bool:
    """Whether the store's ``office`` is the gold post: the title among its names, and its country
    (or, in the corpus file's "Commander of the CMF", the organisation it is a post in) named
    ``country``; a gold ``country`` of None wants an organisation's post, of no country."""
    titles = {fold(t) for t in view.labels.get(office, ())}
    bodies = view.objects(office, DK.postIn) or _global_objects(view, office, DK.postIn)
    if fold(title) not in titles and not any(fold(title) in _titles_with_body(titles, view.names(b)) for b in bodies):
        return False
    countries = view.objects(office, DK.officeOf) or _global_objects(view, office, DK.officeOf)
    if country is None:
        return not countries
    if not country:
        return True
    return any(_names_country(view, c, country) for c in countries) or any(fold(country) in view.names(b) for b in bodies)


def _titles_with_body(titles: set[str], bodies: set[str]) -> set[str]:
    """An organisation's post named with the body, as the gold may write it: "NATO Secretary General",
    "Secretary-General of the X Coalition" (all folded)."""
    return {form for t in titles for b in bodies for form in (f"{b} {t}", f"{t} of {b}", f"{t} of the {b}")}


def _names_country(view: StoreView, node: URIRef, name: str) -> bool:
    """Whether the gold's country ``name`` is the store's ``node``: by its labels, or by the ISO code
    the name stands for ("Ivory Coast" is the node labelled Côte d'Ivoire)."""
    if fold(name) in view.names(node):
        return True
    by_name = refdata.country_by_name()
    iso3 = by_name.get(name) or by_name.get(name.removeprefix("the "))
    return iso3 is not None and node == DKI[f"country/{iso3.lower()}"]


def _global_objects(view: StoreView, s: URIRef, p: URIRef) -> list:
    return list(view.global_sp.get((s, p), ()))


def _score_meetings(section: Section, view: StoreView, gold_meetings: list[dict], person_of: dict, name_of: dict, *, corpus: bool, doc_ids: dict[str, str]) -> None:
    score = Score()
    store_meetings = sorted(view.of_type(DK.Meeting), key=str)
    participants = {m: frozenset(view.objects(m, DK.participant)) for m in store_meetings}
    docs = {m: {d for o in view.global_sp.get((m, DK.participant), ()) for d in view.facts[(m, DK.participant, o)]} for m in store_meetings}
    taken: set[URIRef] = set()
    for g in gold_meetings:
        wanted = frozenset(person_of.get(n) for n in g["participants"])
        label = " – ".join(g["participants"]) + (f" ({g['date']})" if g.get("date") else "") + (f" in {g['place']}" if g.get("place") else "")
        candidates = [m for m in store_meetings if m not in taken and None not in wanted and participants[m] == wanted]
        if corpus and "docs" in g:
            gold_docs = {doc_ids.get(d, d) for d in g["docs"]}
            candidates = [m for m in candidates if docs[m] & gold_docs]
            candidates.sort(key=lambda m: (-len(docs[m] & gold_docs), len(docs[m] ^ gold_docs), -_agreement(view, m, g), -_same_day(view, m, g), str(m)))
        else:
            candidates.sort(key=lambda m: (-_agreement(view, m, g), -_same_day(view, m, g), str(m)))
        if not candidates:
            score.fn += 1
            score.misses.append(label)
            continue
        m = candidates[0]
        taken.add(m)
        score.tp += 1
        if corpus and "docs" in g:
            section.merges.known += 1
            if docs[m] == {doc_ids.get(d, d) for d in g["docs"]}:
                section.merges.right += 1
            else:
                section.merges.wrong.append(f"{label}: store has it from {sorted(docs[m])}, gold from {sorted(g['docs'])}")
        store_dates = {str(d) for d in view.objects(m, DK.date)}
        if g.get("date"):
            section.dates.known += 1
            if g["date"] in store_dates:
                section.dates.right += 1
            else:
                section.dates.wrong.append(f"{label}: store has {sorted(store_dates) or 'no date'}")
        if g.get("place"):
            section.places.known += 1
            store_places = {n for p in view.objects(m, DK.place) for n in view.names(p)}
            if fold(g["place"]) in store_places:
                section.places.right += 1
            else:
                section.places.wrong.append(f"{label}: store has {sorted(view.label(p) for p in view.objects(m, DK.place)) or 'no place'}")
        if corpus and g.get("status"):
            section.statuses.known += 1
            statuses = {str(s) for s in view.objects(m, DK.status)}
            if statuses == {g["status"]}:
                section.statuses.right += 1
            else:
                section.statuses.wrong.append(f"{label}: store has {sorted(statuses) or 'no status'}")
    for m in store_meetings:
        if m not in taken:
            score.fp += 1
            who = " – ".join(sorted(name_of.get(p) or view.label(p) for p in participants[m]))
            score.false_positives.append(f"{who} [{', '.join(sorted(docs[m]))}]")
    section.scores["meetings"] = score


def _same_day(view: StoreView, meeting: URIRef, gold: dict) -> bool:
    """Whether a store meeting has the gold meeting's day: it breaks a tie of agreement ("A called
    on B" that day, given the visit's town the gold leaves out, against their placeless earlier
    call), so two meetings of one pair on different days keep their own days."""
    return bool(gold.get("date")) and gold["date"] in {str(d) for d in view.objects(meeting, DK.date)}


def _agreement(view: StoreView, meeting: URIRef, gold: dict) -> int:
    """How many of a gold meeting's date, place and status a store meeting of the same people has.

    It picks which of a pair's meetings a gold meeting is: a held video call without a place and
    a planned visit to a capital are told apart by place and status as much as by date, and a gold
    meeting without a place (a call) is best the store's meeting without one."""
    points = 0
    if gold.get("date") and gold["date"] in {str(d) for d in view.objects(meeting, DK.date)}:
        points += 1
    places = {n for p in view.objects(meeting, DK.place) for n in view.names(p)}
    if (fold(gold["place"]) in places) if gold.get("place") else ("place" in gold and not places):
        points += 1
    if gold.get("status") and {str(s) for s in view.objects(meeting, DK.status)} == {gold["status"]}:
        points += 1
    return points


# -- entry point -----------------------------------------------------------------------------------


def gold_person_spellings(gold: dict[str, Any]) -> dict[str, str]:
    """Each full-name spelling of a gold file's persons -> the folded gold name."""
    persons = gold.get("persons", [])
    if isinstance(persons, dict):
        entries = [(n, g.get("spellings", []) + g.get("aliases", [])) for n, g in persons.items()]
    else:
        entries = [(p["name"], p.get("aliases", [])) for p in persons]
    return {spelling: fold(name) for name, aliases in entries for spelling in _spellings(name, aliases)}


def answer_f1(got: list[tuple[str, set[str]]], want: Iterable[str], canonical: dict[str, str]) -> float:
    """F1 of answers (each its text and the other names of its node) against gold answer texts."""

    def key(text: str) -> str:
        iso3 = refdata.country_iso3(text)  # a country under any of its names: "Ivory Coast" is Côte d'Ivoire
        return f"country:{iso3}" if iso3 else canonical.get(fold(strip_honorifics(text)), fold(text))

    want_keys = {key(w) for w in want}
    found = {w for text, names in got for w in want_keys & ({key(text)} | {key(n) for n in names})}
    # answers naming no gold answer, once each (an ambiguous name's candidates may repeat one)
    extra = {key(text) for text, names in got if not want_keys & ({key(text)} | {key(n) for n in names})}
    if not found and not extra and not want_keys:
        return 1.0
    return 2 * len(found) / (len(found) + len(extra) + len(want_keys))


def _score_questions(store: KGStore, questions: list[dict[str, Any]], canonical: dict[str, str], labels: dict[URIRef, set[str]]) -> QuestionScores:
    """Ask each gold question of the store. An answer counts under any name of its node ("IONS" for
    "Indian Ocean Naval Symposium"), and a person under any spelling the gold gives."""
    from .ask import ask
    from .linking import Linker

    scores = QuestionScores()
    linker = Linker.from_store(store)
    for item in questions:
        try:
            answers = ask(store, item["q"], linker=linker).answers
        except UsageError:  # not understood, or a name the store does not know
            answers = []
        got = [(a.text, labels.get(URIRef(a.iri), set()) if a.iri else set()) for a in answers]
        f1 = answer_f1(got, item.get("answers", []), canonical)
        scores.asked += 1
        scores.f1_total += f1
        if f1 == 1.0:
            scores.exact += 1
        else:
            texts = [a.text for a in answers] or "nothing"
            scores.wrong.append(f"{item['q']!r}: answered {texts}, gold {item.get('answers', [])} (F1 {f1:.2f})")
    return scores


def evaluate(store: KGStore, gold_dir: Path | str) -> EvalReport:
    """Score ``store`` against every gold file in ``gold_dir`` (per-article files and corpus.json)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"gold folder '{gold_dir}' does not exist")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise InputError(f"no gold files (*.json) in '{gold_dir}'")
    facts, labels = load_facts(store)
    articles = sorted({d for docs in facts.values() for d in docs})
    doc_ids = {}  # short gold ids ("000") -> store article ids
    for a in articles:
        doc_ids.setdefault(a.split("_", 1)[0], a)
    sections: list[Section] = []
    corpus_section = None
    corpus_frameworks: dict[str, dict] = {}
    corpus_memberships: list[dict] = []
    person_names: dict[str, str] = {}  # every gold spelling of a person -> the gold name
    article_aliases: dict[str, set[str]] = defaultdict(set)  # folded gold name -> its aliases in the article golds
    for f in files:
        try:
            gold = json.loads(f.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read gold file '{f}': {exc}") from exc
        person_names.update(gold_person_spellings(gold))
        if f.name == "corpus.json":
            continue
        doc_id = Path(gold.get("doc") or f.stem).stem
        view = StoreView(facts, labels, doc_id)
        section = _score_section(doc_id, view, gold, corpus=False, doc_ids=doc_ids)
        if doc_id not in articles:
            section.note = "article not in the store"
        sections.append(section)
        for person in gold.get("persons", []) if isinstance(gold.get("persons"), list) else []:
            article_aliases[fold(person["name"])].update(person.get("aliases", []))
        for fw in gold.get("frameworks", []):
            _add_corpus_framework(corpus_frameworks, fw)
        for m in gold.get("memberships", []):
            if m not in corpus_memberships:
                corpus_memberships.append(m)
    corpus_file = gold_dir / "corpus.json"
    if corpus_file.is_file():
        gold = json.loads(corpus_file.read_text("utf-8"))
        gold = {**gold, "frameworks": list(corpus_frameworks.values()), "memberships": corpus_memberships}
        # A corpus person is also spelled as the article golds spell the person of that name.
        persons = gold.get("persons", {})
        if isinstance(persons, dict):
            gold["persons"] = {name: {**entry, "spellings": sorted(set(entry.get("spellings", [])) | article_aliases.get(fold(name), set()))}
                               for name, entry in persons.items()}
        corpus_section = _score_section("corpus", StoreView(facts, labels), gold, corpus=True, doc_ids=doc_ids)
        if gold.get("questions"):
            corpus_section.questions = _score_questions(store, gold["questions"], person_names, labels)
    micro = Section("all articles")
    for s in sections:
        for c in CATEGORIES:
            micro.scores[c].add(s.scores[c])
        for attr in ("dates", "places", "statuses"):
            total, part = getattr(micro, attr), getattr(s, attr)
            total.right += part.right
            total.known += part.known
            total.wrong += part.wrong
    return EvalReport(sections, corpus_section, micro)


def render_text(report: EvalReport, *, details: bool = True) -> str:
    lines = []
    header = f"{'':24} " + " ".join(f"{c:>17}" for c in CATEGORIES) + "   dates   places"
    lines.append(header)
    lines.append(f"{'':24} " + " ".join(f"{'P    R    F1':>17}" for _ in CATEGORIES))

    def row(section: Section) -> str:
        cells = " ".join(f"{s.precision:5.2f}{s.recall:5.2f}{s.f1:5.2f}  " for s in section.scores.values())
        return f"{section.name[:24]:24} {cells} {section.dates.right}/{section.dates.known:<5} {section.places.right}/{section.places.known}"

    for s in report.articles:
        lines.append(row(s) + (f"  ({s.note})" if s.note else ""))
    lines.append(row(report.micro))
    if report.corpus:
        c = report.corpus
        lines.append(row(c) + f"  statuses {c.statuses.right}/{c.statuses.known}  same articles {c.merges.right}/{c.merges.known}")
        if c.questions is not None:
            q = c.questions
            lines.append(f"{'questions':24} {q.asked} asked (kg ask): mean answer F1 {q.mean_f1:.2f}, {q.exact}/{q.asked} answered exactly")
    if details:
        for s in [*report.articles, *([report.corpus] if report.corpus else [])]:
            problems = []
            for c, score in s.scores.items():
                problems += [f"  missed {c[:-1]}: {m}" for m in score.misses]
                problems += [f"  extra {c[:-1]}: {m}" for m in score.false_positives]
            for what, acc in (("date", s.dates), ("place", s.places), ("status", s.statuses), ("articles", s.merges)):
                problems += [f"  wrong {what}: {w}" for w in acc.wrong]
            if s.questions is not None:
                problems += [f"  wrong answer: {w}" for w in s.questions.wrong]
            if problems:
                lines.append("")
                lines.append(f"{s.name}:")
                lines.extend(problems)
    return "\n".join(lines)
