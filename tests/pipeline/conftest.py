"""Hand-built extractions for the resolve/rdf tests: what an extractor would report, by hand.

``Article`` holds a real text; every mention is located in it by a substring, so each Evidence
satisfies ``text[start:end] == evidence.text`` like the extractor's.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplokg.model import (
    DocExtraction,
    EventMention,
    Evidence,
    FrameworkMention,
    Holding,
    MeetingMention,
    MembershipMention,
    OfficeMention,
    PartialDate,
    PersonMention,
    PlaceMention,
)
from diplokg.read import make_document


class Article:
    def __init__(self, doc_id: str, text: str, published: str | None = None) -> None:
        self.doc = make_document(
            doc_id, text, source=f"{doc_id}.txt", published=date.fromisoformat(published) if published else None
        )
        self.x = DocExtraction(self.doc)
        self._n = 0

    def ev(self, surface: str, rule: str = "test.rule", nth: int = 0) -> Evidence:
        start = -1
        for _ in range(nth + 1):
            start = self.doc.text.index(surface, start + 1)
        return Evidence(self.doc.doc_id, start, start + len(surface), surface, rule, 0.9)

    def _key(self, kind: str) -> str:
        self._n += 1
        return f"{kind}:{self._n}"

    def person(self, name: str, country: str | None = None, title: str | None = None, *, aliases=(), surface=None) -> str:
        key = self._key("person")
        self.x.persons.append(PersonMention(key, name, list(aliases), country, [self.ev(surface or name, "person.ner")]))
        if title:
            okey = f"office:{country}:{title}"
            if not any(o.key == okey for o in self.x.offices):
                self.x.offices.append(OfficeMention(okey, title, country, [], [self.ev(title, "office.title")]))
            self.x.holdings.append(Holding(key, okey, self.ev(title, "holds.title-before-name")))
        if country:
            self.x.countries.setdefault(country, [])
        return key

    def office_alias(self, country: str, title: str, alias: str) -> None:
        for o in self.x.offices:
            if o.key == f"office:{country}:{title}":
                o.aliases.append(alias)

    def place(self, name: str, kind: str = "City") -> str:
        key = f"place:{name}"
        if not any(p.key == key for p in self.x.places):
            self.x.places.append(PlaceMention(key, name, kind, None, [], [self.ev(name, "place.gazetteer")]))
        return key

    def meeting(self, a: str, b: str, sentence: str, *, date=None, end=None, place=None, status="held", kind="talks", part_of=None) -> str:
        key = self._key("meeting")
        self.x.meetings.append(
            MeetingMention(
                key,
                [a, b],
                PartialDate(date) if date else None,
                PartialDate(end) if end else None,
                self.place(place) if place else None,
                status,
                kind,
                [],
                self.event(part_of) if part_of else None,
                None,
                [self.ev(sentence, "meeting.test")],
            )
        )
        return key

    def event(self, name: str) -> str:
        key = f"event:{name}"
        if not any(e.key == key for e in self.x.events):
            self.x.events.append(EventMention(key, name, evidence=[self.ev(name, "event.named")]))
        return key

    def framework(self, name: str, kind: str, *, acronym=None, surface=None) -> str:
        key = f"framework:{name}"
        self.x.frameworks.append(FrameworkMention(key, name, kind, acronym, None, [], [], None, None, [self.ev(surface or name, "framework.test")]))
        return key

    def member(self, country: str, framework_key: str, role: str, surface: str) -> None:
        self.x.memberships.append(MembershipMention(country, framework_key, role, self.ev(surface, "membership.list")))


@pytest.fixture
def article():
    return Article
