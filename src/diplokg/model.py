"""Plain data passed between the pipeline stages.

read -> Document; nlp+mentions+facts -> DocExtraction (one per article, doc-local keys);
resolve -> ResolvedGraph (global, with IRIs); rdf -> quads; store.

Everything here is immutable-ish, JSON-serialisable (``to_dict``/``from_dict``) so that a
document's extraction can be cached by content hash and computed in another process.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Document:
    """One article. ``text`` is the decoded file content exactly as read: all offsets index it."""

    doc_id: str  # file stem, or the JSONL "id"
    text: str
    published: date | None = None
    source: str = ""  # file path (or "path:line" for JSON Lines)
    url: str | None = None
    title: str | None = None
    body_start: int = 0  # offset after the " date YYYY-MM-DD" header, if any
    content_hash: str = ""  # "sha256:<hex>" of text


@dataclass(frozen=True)
class PartialDate:
    """A date known to day, month or year precision. ``iso`` is YYYY-MM-DD, YYYY-MM or YYYY."""

    iso: str

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.iso)]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: ``Document.text[start:end] == text``."""

    doc_id: str
    start: int
    end: int
    text: str
    rule: str
    confidence: float


@dataclass
class PersonMention:
    key: str  # doc-local, e.g. "person:0"
    name: str  # full name without honorifics/ranks: "Abdulla Khaleel"
    aliases: list[str] = field(default_factory=list)  # every other surface form: "Khaleel", "Dr Abdulla Khaleel"
    country: str | None = None  # ISO 3166-1 alpha-3, e.g. "MDV"
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class OfficeMention:
    key: str  # doc-local, e.g. "office:MDV:foreign-affairs-minister"
    title: str  # normalised: "Foreign Affairs Minister", "Defence Minister", "Secretary of War"
    country: str  # ISO alpha-3; "" for the post of an organisation
    aliases: list[str] = field(default_factory=list)  # surface titles: "Minister of Foreign Affairs"
    evidence: list[Evidence] = field(default_factory=list)
    # FrameworkMention.key of the international body whose post this is ("NATO Secretary General"),
    # instead of a country: its holder is not thereby of any country
    organisation: str | None = None


@dataclass
class Holding:
    person: str  # PersonMention.key
    office: str  # OfficeMention.key
    evidence: Evidence


@dataclass
class PlaceMention:
    key: str
    name: str  # "Male", "Kuala Lumpur", "Indian Ocean Region"
    kind: str = "City"  # "City" | "Region" | "Place"
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class FrameworkMention:
    key: str
    name: str  # "ADMM-Plus", "Neighbourhood First"
    kind: str  # "Agreement" | "Policy" | "Forum" | "Dialogue" | "Organisation" | "Exercise" | "Initiative"
    acronym: str | None = None
    expansion: str | None = None
    aliases: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # ISO alpha-3 involved
    owner: str | None = None  # ISO alpha-3, for policies
    adopted: PartialDate | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EventMention:
    """A named event that is not a person-to-person meeting: a summit, a session, an edition."""

    key: str
    name: str  # "12th ADMM-Plus", "High-Level Core Group meeting"
    framework: str | None = None  # FrameworkMention.key
    edition: int | None = None
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    place: str | None = None  # PlaceMention.key
    status: str = "held"  # "held" | "planned"
    participants: list[str] = field(default_factory=list)  # PersonMention keys
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class MeetingMention:
    """Two or more persons meeting (or planning to)."""

    key: str
    participants: list[str]  # PersonMention keys, >= 2
    date: PartialDate | None = None
    end_date: PartialDate | None = None
    place: str | None = None  # PlaceMention.key
    status: str = "held"  # "held" | "planned"
    kind: str = "talks"  # "talks" | "call-on" | "telephone" | "virtual" | ...
    topics: list[str] = field(default_factory=list)
    part_of: str | None = None  # EventMention.key (sidelines of a summit)
    framework: str | None = None  # FrameworkMention.key (edition of a dialogue)
    evidence: list[Evidence] = field(default_factory=list)
    # told as an occasion before the story's own ("first met", "last met"): never the same meeting
    # as the article's report of that pair, though nothing else tells the two apart
    earlier: bool = False


@dataclass
class MembershipMention:
    country: str  # ISO alpha-3
    framework: str  # FrameworkMention.key
    role: str  # "member" | "dialogue partner" | "co-chair"
    evidence: Evidence


@dataclass
class DocExtraction:
    """Everything read from one document, with doc-local keys. Output of facts.extract()."""

    doc: Document
    persons: list[PersonMention] = field(default_factory=list)
    offices: list[OfficeMention] = field(default_factory=list)
    holdings: list[Holding] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    frameworks: list[FrameworkMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    meetings: list[MeetingMention] = field(default_factory=list)
    memberships: list[MembershipMention] = field(default_factory=list)
    countries: dict[str, list[Evidence]] = field(default_factory=dict)  # ISO alpha-3 -> mentions

    def to_dict(self) -> dict[str, Any]:
        return _to_jsonable(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocExtraction":
        return _from_jsonable(cls, data)


_PLAIN_TYPES = frozenset({str, int, float, bool, type(None)})


def _to_jsonable(obj: Any) -> Any:
    # Dispatch on the exact type first: an extraction has ~600 values per article, and the generic
    # dataclasses.fields()/isinstance() tests took most of the time of caching them.
    cls = type(obj)
    if cls in _PLAIN_TYPES:
        return obj
    if cls is list or cls is tuple:
        return [_to_jsonable(v) for v in obj]
    names = _field_names(cls)
    if names:
        return {name: _to_jsonable(getattr(obj, name)) for name in names}
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {k: _to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_to_jsonable(v) for v in obj]
    return obj


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names (empty for any other type), looked up once per class."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()


def _from_jsonable(tp: Any, data: Any) -> Any:
    import typing

    if data is None:
        return None
    if isinstance(tp, str):
        tp = eval(tp, globals())  # annotations are strings under `from __future__ import annotations`
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        inner = [a for a in args if a is not type(None)]
        return _from_jsonable(inner[0], data)
    if origin is list:
        return [_from_jsonable(args[0], v) for v in data]
    if origin is dict:
        return {k: _from_jsonable(args[1], v) for k, v in data.items()}
    if tp is date:
        return date.fromisoformat(data)
    if dataclasses.is_dataclass(tp):
        return tp(**{name: _from_jsonable(hint, data[name]) for name, hint in _field_hints(tp) if name in data})
    return data


@functools.lru_cache(maxsize=None)
def _field_hints(tp: type) -> tuple[tuple[str, Any], ...]:
    """(field name, type) of a dataclass, resolved once per class (re-resolving dominated loading)."""
    import typing

    hints = typing.get_type_hints(tp)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(tp))
