"""Shared helpers of the extraction tests: run the extractor on one invented article and read
its result as plain names, so a test states the facts it expects in a line."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document, spacy_text
from diplokg.mentions import ArticleMentions, build_mentions
from diplokg.model import DocExtraction, Document, MeetingMention, OfficeMention


def extract_text(nlp, text: str, published: date | None = date(2025, 3, 12), header: bool = True) -> DocExtraction:
    """Extract ``text`` as an article with a ` date YYYY-MM-DD` header line (``header=False``:
    the text alone, with no publication date)."""
    if not header or published is None:
        return extract_document(Document("t", text, None), nlp)
    head = f" date {published.isoformat()} \n"
    return extract_document(Document("t", head + text, published, body_start=len(head)), nlp)


def posts_held(x: DocExtraction) -> dict[str, list[tuple[str, str, str | None]]]:
    """person name -> (title, country, organisation name) of each office held."""
    names = {p.key: p.name for p in x.persons}
    bodies = {f.key: f.name for f in x.frameworks}
    offices = {o.key: o for o in x.offices}
    held: dict[str, list[tuple[str, str, str | None]]] = {}
    for h in x.holdings:
        o = offices[h.office]
        held.setdefault(names[h.person], []).append((o.title, o.country, bodies.get(o.organisation) if o.organisation else None))
    return held


def participant_names(x: DocExtraction, meeting: MeetingMention) -> list[str]:
    by_key = {p.key: p.name for p in x.persons}
    return sorted(by_key[k] for k in meeting.participants)


def meetings_by_participants(x: DocExtraction) -> dict[tuple[str, ...], MeetingMention]:
    """Each meeting under its participants' sorted names."""
    return {tuple(participant_names(x, mt)): mt for mt in x.meetings}


def meeting_pairs(x: DocExtraction) -> set[tuple[str, ...]]:
    """The participants' sorted names of every meeting."""
    return set(meetings_by_participants(x))


def place_name(x: DocExtraction, meeting: MeetingMention) -> str | None:
    return {p.key: p.name for p in x.places}.get(meeting.place)


def person_names(x: DocExtraction) -> list[str]:
    return sorted(p.name for p in x.persons)


def holdings(x: DocExtraction) -> set[tuple[str, str, str]]:
    """(person, office title, office country) of every holding."""
    offices = {o.key: o for o in x.offices}
    names = {p.key: p.name for p in x.persons}
    return {(names[h.person], offices[h.office].title, offices[h.office].country) for h in x.holdings}


def framework_kinds(x: DocExtraction) -> dict[str, str]:
    return {f.name: f.kind for f in x.frameworks}


def membership_triples(x: DocExtraction) -> set[tuple[str, str, str]]:
    """(country, framework name, role) of every membership."""
    names = {f.key: f.name for f in x.frameworks}
    return {(mb.country, names[mb.framework], mb.role) for mb in x.memberships}


def members_stated(text: str, nlp) -> set[tuple[str, str, str]]:
    """(country, framework name, role) of every membership ``text`` states."""
    return membership_triples(extract_text(nlp, text))


def article_mentions(nlp, body: str, published: date) -> ArticleMentions:
    """The mentions stage alone, on ``body`` under a " date" header line."""
    head = f" date {published.isoformat()} \n"
    doc = Document("t", head + body, published, body_start=len(head))
    return build_mentions(doc, nlp(spacy_text(doc)))


def offices_held(x: DocExtraction) -> dict[str, OfficeMention]:
    """person name -> the office of their first holding."""
    offices = {o.key: o for o in x.offices}
    names = {p.key: p.name for p in x.persons}
    held: dict[str, OfficeMention] = {}
    for h in x.holdings:
        held.setdefault(names[h.person], offices[h.office])
    return held
