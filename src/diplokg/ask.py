"""English questions -> a saved query with bindings -> answers, each with its evidence.

A question is matched against a list of forms (regular expressions over the question's words,
tried in order); the form's handler links the names in it (:mod:`diplokg.linking`), runs one
or more saved queries from ``queries/`` and turns the rows into :class:`Answer` s. Every answer
carries the sentences that support it (``queries/evidence.rq``): "how do you know?".

An ambiguous name is never guessed: the handler answers for each candidate separately, each
answer labelled with who the candidate is (``about``). A question no form matches raises
:class:`QuestionNotUnderstood` listing the forms; an unknown name raises
:class:`diplokg.linking.UnknownName` with the closest names in the store.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import QuestionNotUnderstood
from .linking import Entity, Linker, UnknownName, normalise
from .namespaces import MEMBERSHIP_ROLE_PROPERTIES
from .queries import load_query, run

# What `kg ask` understands, shown when a question is not understood (X, Y: persons; F: a
# framework such as a forum, dialogue or policy).
QUESTION_FORMS = [
    "who met X? / who did X meet? / who has X met? / who held talks with X? / who hosted (received, spoke with) X?",
    "which <Indian, Gulf...> officials (defence ministers...) did X meet? / who did X speak to by phone?",
    "who met whom? / who met whom in <place> (on <day>, in <month year>)? / list all meetings",
    "which countries did X visit? / who visited <country>? / who did <country> meet? / which <A> officials met <B> officials?",
    "who will X meet? / who is X scheduled to meet?",
    "when did X meet Y? / where did X meet (receive, host) Y? / did X meet Y? / has X ever spoken to Y?",
    "what did X and Y discuss?",
    "what office does X hold? / who is X? / tell me about X",
    "who is the <office> of <country>? / who is <country>'s <office>?",
    "which countries are members (dialogue partners, observers) of F? / which country has observer status in F? / who co-chairs F?",
    "who represented <country> at F? / who led the <Indian> delegation at F?",
    "what is F? / what does F stand for? / when was F signed (adopted, launched)?",
    "when did F meet? / which meetings were held under F? / who attended (took part in) F?",
    "which meetings took place in <place>? / in <month year>? / which meetings are planned?",
    "which policies (agreements, forums, frameworks) does <country> have? / which frameworks is <country> a member (observer) of? / which organisations has <country> joined?",
    "which agreements (exercises...) has <country> signed (held) with <country>? / what did A and B sign (in <month year>)?",
    "how is X connected to Y?",
    "which meetings did X attend? / how many meetings did X hold?",
    "did X meet anyone from <country>? / which countries did X hold talks with? / when and where did X meet Y?",
    "what happened on <day>? / which meetings were held by telephone? / which meetings are planned for <month>?",
    "which agreements were signed in <month year>? / what agreements link A and B? / list all defence ministers / who heads <organisation>?",
]


@dataclass
class Evidence:
    source: str  # article id (the file stem)
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass
class Answer:
    text: str
    iri: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    detail: str = ""  # e.g. "held, 2025-10-07, Male"
    about: str = ""  # which candidate of an ambiguous name this answer is for

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text, "iri": self.iri, "evidence": [e.to_dict() for e in self.evidence]}
        if self.detail:
            data["detail"] = self.detail
        if self.about:
            data["about"] = self.about
        return data


@dataclass
class AskResult:
    question: str
    sparql: str
    answers: list[Answer] = field(default_factory=list)
    message: str = ""  # said when there is nothing to answer, or to explain the answers

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"question": self.question, "sparql": self.sparql, "answers": [a.to_dict() for a in self.answers]}
        if self.message:
            data["message"] = self.message
        return data


# Words that may stand before a name besides the store's office titles: ranks, honorifics and
# the short forms of posts ("NSA Varkala", "Gen Tarun Sehgal", "EAM Bhandari").
_TITLE_WORDS = frozenset({
    "the", "mr", "mrs", "ms", "dr", "shri", "smt", "he", "his", "her", "excellency", "hon", "honourable", "sir", "dame",
    "gen", "general", "lt", "lieutenant", "maj", "major", "col", "colonel", "brig", "brigadier", "adm", "admiral",
    "vice", "rear", "air", "chief", "marshal", "capt", "captain", "cdr", "commander", "commodore", "dato", "datuk", "seri",
    "tan", "sri", "sheikh", "prince", "king", "queen", "president", "minister", "secretary", "nsa", "cds", "coas", "cns",
    "cas", "eam", "pm", "fm", "defence", "defense", "foreign", "army", "navy", "naval", "military", "deputy", "prime",
})


# -- helpers shared by the handlers ------------------------------------------------------------
def _text(term: Any) -> str:
    return "" if term is None else str(term)


def _meeting_text(participants: Iterable[str]) -> str:
    return " and ".join(sorted({p for p in participants if p}))


def _details(*parts: Any) -> str:
    return ", ".join(str(p) for p in parts if p)


def _predicate_terms() -> dict[str, Any]:
    from rdflib.namespace import RDF, RDFS, SKOS

    return {"label": RDFS.label, "altLabel": SKOS.altLabel, "type": RDF.type}


class _Context:
    """What a handler needs: the store, the linker, and a record of the queries it ran."""

    def __init__(self, store: Any, linker: Linker | None = None):
        self.store = store
        self._linker = linker
        self.sparql: list[str] = []
        self._evidence_cache: dict[tuple, list[Evidence]] = {}
        self._title_words: set[str] | None = None
        self.where: str | None = None  # a trailing place, period or event the question was read without
        self.where_used = False
        self.name_tail: str | None = None  # "in Male" read off the end of a name ("Varga in Accra")
        self.mode: str | None = None  # "telephone" or "virtual" when the question asks for calls only

    def take_where(self, where: str | None) -> str | None:
        """The filter a handler applies: its own, or the question's trailing one (then marked used)."""
        if where is None and self.where is not None:
            self.where_used = True
            return self.where
        return where

    @property
    def linker(self) -> Linker:
        if self._linker is None:
            self._linker = Linker.from_store(self.store)
        return self._linker

    def select(self, name: str, **bindings: Any) -> list[dict[str, Any]]:
        from rdflib import URIRef

        from .store import from_ox

        terms = {k: (URIRef(v) if type(v) is str else v) for k, v in bindings.items() if v is not None}
        result = run(self.store, load_query(name), terms)
        if result.sparql not in self.sparql:
            self.sparql.append(result.sparql)
        return [{v: from_ox(t) for v, t in zip(result.variables, row)} for row in result.rows]

    def evidence(self, subject: str | None, predicate: str | None = None, obj: Any = None) -> list[Evidence]:
        """Sentences behind a fact (or behind all facts about ``subject``), one per span.

        What queries/evidence.rq returns, read straight from the store's quad index: the
        named graphs holding the fact, then what the provenance graph says about each. (The
        query with its parameters substituted scans every graph: 50 times slower.)
        """
        import pyoxigraph as ox

        from rdflib import URIRef

        from .namespaces import DK, PROV, PROVENANCE_GRAPH
        from .store import to_ox

        if subject is None:
            return []
        key = (subject, predicate, str(obj) if obj is not None else None)
        if key in self._evidence_cache:
            return self._evidence_cache[key]
        special = _predicate_terms()
        p = None
        if predicate:
            p = to_ox(special.get(predicate) or (URIRef(predicate) if ":" in predicate else DK[predicate]))
        o = None
        if obj is not None:
            o = to_ox(URIRef(obj) if isinstance(obj, str) and obj.startswith("http") else obj)
        provenance = ox.NamedNode(str(PROVENANCE_GRAPH))
        wanted = {str(PROV.wasDerivedFrom): "article", str(DK.evidenceText): "sentence", str(DK.start): "start", str(DK.end): "end"}
        spans: dict[tuple, Evidence] = {}
        graphs = {q.graph_name for q in self.store.db.quads_for_pattern(ox.NamedNode(subject), p, o, None)}
        for graph in sorted((g for g in graphs if isinstance(g, ox.NamedNode)), key=lambda g: g.value):
            about = {wanted[q.predicate.value]: q.object for q in self.store.db.quads_for_pattern(graph, None, None, provenance) if q.predicate.value in wanted}
            if len(about) < 4:
                continue  # a graph without provenance is no evidence
            source = about["article"].value.rsplit("/", 1)[-1]
            start, end = int(about["start"].value), int(about["end"].value)
            spans.setdefault((source, start, end), Evidence(source, about["sentence"].value, start, end))
        found = [spans[k] for k in sorted(spans)]
        self._evidence_cache[key] = found
        return found

    def persons(self, name: str) -> list[Entity]:
        """The persons a name means; an office description ("the Indian Defence Minister")
        means its holders, and a name after one ("President Lena Varga", "Ghana's defence
        minister Kwesi Adjei") means that person."""
        try:
            return self.linker.resolve(name, "person")
        except UnknownName:
            named = self._name_after_title(name)
            if named:
                return self.linker.resolve(named, "person")
            # "Hegseth in Kuala Lumpur", "Khaleel last week": a trailing phrase is not the name
            tail = re.search(r"\s+(?P<word>in|at|on|during|last|this|before|after|when|while|ever|recently|yesterday|today)\b(?P<rest>.*)$", name, flags=re.I)
            trimmed = name[: tail.start()] if tail else ""
            if trimmed and self.linker.link(trimmed, "person").entities:
                rest = _strip_name(tail["rest"])
                if tail["word"].lower() in ("in", "at") and rest and not _period(rest):
                    self.linker.resolve(rest, "place")  # an unknown place is said, not ignored
                if tail["word"].lower() in ("in", "at", "on", "during") and rest:
                    self.name_tail = rest
                return self.linker.resolve(trimmed, "person")
            found = _holders(self, name)
            holders = {str(r["person"]) for r in found[2]} if found else set()
            people = [self.linker.entities[i] for i in sorted(holders) if i in self.linker.entities]
            if not people:
                raise
            return people

    def _name_after_title(self, text: str) -> str | None:
        """The name at the end of "<title> <name>" when every word before it is a word of an
        office title in the store, a rank or a country's name or adjective; None otherwise."""
        words = _strip_name(text).split()
        for start in range(1, len(words)):
            head, name = words[:start], " ".join(words[start:])
            if all(self._title_word(w) for w in head) and self.linker.link(name, "person").entities:
                return name
        return None

    def _title_word(self, word: str) -> bool:
        if self._title_words is None:
            self._title_words = {w for title in self.linker.office_titles() for w in normalise(title, honorifics=False).split()}
            self._title_words |= _TITLE_WORDS
        key = normalise(word, honorifics=False)
        return key in self._title_words or bool(self.linker.link(re.sub(r"'s?$", "", word), "country").entities)

    def result(self, question: str, answers: list[Answer], message: str = "") -> AskResult:
        sparql = "\n\n".join(self.sparql)
        if any(a.evidence for a in answers):
            sparql += "\n\n# evidence for each answer: queries/evidence.rq"
        return AskResult(question=question, sparql=sparql, answers=answers, message=message)


def _about(entities: list[Entity], entity: Entity) -> str:
    return entity.described if len(entities) > 1 else ""


def _dedupe(answers: list[Answer], by_iri: bool = False) -> list[Answer]:
    """One answer per (text, about) -- or per (IRI, about) for lists of meetings, where two
    meetings of the same people are two answers: evidence and details of duplicates merged."""
    merged: dict[tuple[str, str], Answer] = {}
    for a in answers:
        key = ((a.iri or a.text) if by_iri else a.text.casefold(), a.about)
        if key not in merged:
            merged[key] = a
            continue
        kept = merged[key]
        spans = {(e.source, e.start, e.end) for e in kept.evidence}
        kept.evidence.extend(e for e in a.evidence if (e.source, e.start, e.end) not in spans)
        if a.detail and a.detail not in kept.detail.split("; "):
            kept.detail = f"{kept.detail}; {a.detail}" if kept.detail else a.detail
    return list(merged.values())


# -- handlers ----------------------------------------------------------------------------------
def _overlaps(date: str, period: tuple[str, str]) -> bool:
    """A (possibly coarse) ISO date overlaps a period: "2025-10" overlaps October's days."""
    return bool(date) and period[0][: len(date)] <= date <= period[1][: len(date)]


def _date_test(when: str) -> Callable[[str], bool] | None:
    """A test on ISO dates for a period ("October 2025", "7 October 2025"), a weekday ("Tuesday") or
    a day without its year ("March 12", any year); None when the words name none of these."""
    period = _period(when)
    if period:
        return lambda iso: _overlaps(iso, period)
    weekday = _WEEKDAYS.get(normalise(when))
    if weekday is not None:
        return lambda iso: _on_weekday(iso, weekday)
    month = _MONTHS.get(normalise(when))
    if month is not None:  # "planned for May": that month of any year
        return lambda iso: len(iso) >= 7 and iso[5:7] == f"{month:02d}"
    month_day = _day_without_year(when)
    if month_day is not None:
        return lambda iso: _on_day(iso, month_day)
    return None


def _where_filter(ctx: _Context, where: str | None) -> Callable[[dict[str, Any]], bool]:
    """Keep rows whose date lies in a period ("October 2025") or whose place is the place (or
    a city of the country) named."""
    if not where:
        return lambda row: True
    dated = _date_test(where)
    if dated is not None:
        return lambda row: dated(_text(row.get("date")))
    try:
        labels = {p.label for p in _places_within(ctx, ctx.linker.resolve(where, "place"))}
    except UnknownName:
        if not ctx.linker.link(where, "framework").entities:
            raise
        # an event or framework: its meetings, sessions and the meetings on their sidelines
        events = {_text(r["event"]) for f in ctx.linker.resolve(where, "framework") for r in ctx.select("events-of", framework=f.iri)}
        events |= {_text(r["event"]) for e in sorted(events) for r in ctx.select("events-of", framework=e)}  # on an edition's sidelines
        return lambda row: _text(row.get("meeting")) in events
    return lambda row: _text(row.get("place")) in labels


def _who_met(ctx: _Context, q: str, name: str, planned_only: bool = False, where: str | None = None) -> AskResult:
    """Whom a person met or is to meet, each answer labelled held or planned (as the project's gold
    reads "who did X meet"); with ``planned_only`` the planned meetings only."""
    people = ctx.persons(name)
    where = ctx.take_where(where)
    keep = _where_filter(ctx, where)
    answers: list[Answer] = []
    for person in people:
        for row in ctx.select("who-met", person=person.iri):
            status = _text(row["status"]) or "held"
            if (planned_only and status != "planned") or not keep(row) or not _of_mode(ctx, row):
                continue
            answers.append(
                Answer(
                    text=_text(row["otherLabel"]),
                    iri=_text(row["other"]),
                    evidence=ctx.evidence(_text(row["meeting"]), "participant", _text(row["other"])),
                    detail=_details(status, _text(row["date"]), _text(row["place"])),
                    about=_about(people, person),
                )
            )
    answers = _dedupe(answers)
    message = ""
    if not answers:
        who = " or ".join(p.described for p in people)
        how = _MODE_WORDS.get(ctx.mode or "", "")
        message = f"No {'planned ' if planned_only else ''}meetings{how} of {who}{_on_or_in(where) if where else ''} are recorded."
    elif len(people) > 1:
        message = f"'{name}' may be {len(people)} people; answers are given for each: " + "; ".join(p.described for p in people) + "."
    return ctx.result(q, answers, message)


def _pair_meetings(ctx: _Context, a: str, b: str) -> list[tuple[Entity, Entity, dict[str, Any], str]]:
    """Meetings between every reading of the two names: (person, other, row, about)."""
    first, second = ctx.persons(a), ctx.persons(b)
    keep = _pair_filter(ctx)
    found = []
    for p in first:
        for o in second:
            if p.iri == o.iri:
                continue
            about = " and ".join(x.described for x, xs in ((p, first), (o, second)) if len(xs) > 1)
            for row in ctx.select("meetings-between", person=p.iri, other=o.iri):
                if keep(row) and _of_mode(ctx, row):
                    found.append((p, o, row, about))
    return found


def _of_mode(ctx: _Context, row: dict[str, Any]) -> bool:
    """Whether a meeting row is of the kind the question asks for (a telephone call, a virtual meeting)."""
    return ctx.mode is None or ctx.mode in _text(row.get("kinds")).split()


_MODES = (
    ("telephone", re.compile(r"\b(?:by|over|on) (?:the )?(?:tele)?phone\b|\b(?:tele)?phone (?:call|conversation|talks?)s?\b|\b(?:tele)?phoned\b", re.I)),
    ("virtual", re.compile(r"\bvirtual(?:ly)?\b|\bby video\b|\bvideo ?(?:link|conference|call)s?\b|\bvideoconference\b", re.I)),
)


_MODE_WORDS = {"telephone": " by telephone", "virtual": " held virtually"}  # how a message says the mode asked for


def _meeting_mode(question: str) -> str | None:
    """"who did X speak to by phone" asks for telephone calls only, "virtually" for virtual meetings."""
    return next((mode for mode, words in _MODES if words.search(question)), None)


def _pair_filter(ctx: _Context) -> Callable[[dict[str, Any]], bool]:
    """The place, period or event a pair question ends with ("when did X meet Y in Male"), as a
    row filter; a tail that names none of these ("on the phone") filters nothing."""
    where = ctx.take_where(None) or ctx.name_tail
    try:
        return _where_filter(ctx, where)
    except UnknownName:
        return lambda row: True


# "when did X receive Y": a host's verb, said of a visit held in person; "when did X hold talks with
# Y" as well (a call or a video conference is asked for as such: "when did X speak by phone with Y")
_HOST_VERB = re.compile(r"\b(?:did|has|have|had) .+ (?:receive|host|welcome|hold talks|held talks)\b", re.I)
# "when did X meet Y": asked in the past tense, of what has happened
_PAST_QUESTION = re.compile(r"^(?:when|where|on what date|in which city)\b.*\b(?:did|has|have|had)\b", re.I)


def _received_in_person(ctx: _Context, q: str, meetings: list) -> list:
    """For "when/where did X receive (host, welcome) Y": the meetings held in person, not a call nor
    a planned visit, when there are any (a host receives a guest who came). For any other "when/where
    did X meet Y": the meetings held, when there are any (a planned one has not happened)."""
    held = [m for m in meetings if (_text(m[2]["status"]) or "held") != "planned"]
    if ctx.mode is not None or not _HOST_VERB.search(q):
        return (held or meetings) if _PAST_QUESTION.search(q) else meetings
    in_person = [m for m in held if not {"telephone", "virtual"} & set(_text(m[2].get("kinds")).split())]
    return in_person or meetings


def _meeting_fact(ctx: _Context, q: str, a: str, b: str, what: str, meetings: list | None = None) -> AskResult:
    meetings = _pair_meetings(ctx, a, b) if meetings is None else meetings
    meetings = _received_in_person(ctx, q, meetings)
    answers: list[Answer] = []
    for person, other, row, about in meetings:
        meeting = _text(row["meeting"])
        status = _text(row["status"]) or "held"
        if what == "when":
            if row["date"] is None:
                continue
            evidence = ctx.evidence(meeting, "date", row["date"]) or ctx.evidence(meeting, "participant", other.iri)
            answers.append(Answer(_text(row["date"]), None, evidence, _details(status, _text(row["place"])), about))
        elif what == "where":
            if row["placeNode"] is None:
                continue
            evidence = ctx.evidence(meeting, "place", _text(row["placeNode"])) or ctx.evidence(meeting, "participant", other.iri)
            answers.append(Answer(_text(row["place"]), _text(row["placeNode"]), evidence, _details(status, _text(row["date"])), about))
        elif what == "discuss":
            for topic in filter(None, _text(row["topics"]).split("; ")):
                from rdflib import Literal

                answers.append(Answer(topic, None, ctx.evidence(meeting, "topic", Literal(topic)), _details(status, _text(row["date"]), _text(row["place"])), about))
    answers = _dedupe(answers)
    message = ""
    if not meetings:
        message = f"No meeting between {a} and {b} is recorded."
    elif not answers:
        missing = {"when": "date", "where": "place", "discuss": "topics"}[what]
        message = f"The articles report {len(meetings)} meeting(s) between {a} and {b} but give no {missing}."
    return ctx.result(q, answers, message)


def _when_and_where(ctx: _Context, q: str, a: str, b: str) -> AskResult:
    """"When and where did X meet Y": the dates, then the places."""
    meetings = _pair_meetings(ctx, a, b)
    when = _meeting_fact(ctx, q, a, b, "when", meetings)
    where = _meeting_fact(ctx, q, a, b, "where", meetings)
    dates = {w.text for w in when.answers}
    answers = when.answers + [p for p in where.answers if p.text not in dates]
    return ctx.result(q, answers, "" if answers else (when.message or where.message))


def _did_meet(ctx: _Context, q: str, a: str, b: str) -> AskResult:
    meetings = _pair_meetings(ctx, a, b)
    if not meetings:
        return ctx.result(q, [Answer("no")], f"No meeting between {a} and {b} is recorded.")
    evidence: list[Evidence] = []
    details = []
    for _, other, row, _ in meetings:
        evidence.extend(ctx.evidence(_text(row["meeting"]), "participant", other.iri))
        details.append(_details(_text(row["status"]) or "held", _text(row["date"]), _text(row["place"])))
    planned = all((_text(r["status"]) or "held") == "planned" for _, _, r, _ in meetings)
    answer = Answer("yes", _text(meetings[0][2]["meeting"]), evidence, "; ".join(details))
    return ctx.result(q, _dedupe([answer]), "They are scheduled to meet (planned, not yet reported as held)." if planned else "")


_ACRONYM_ONLY = re.compile(r"^[A-Z0-9]{2,6}$")


def _framework_text(ctx: _Context, iri: str, label: str) -> str:
    """A framework's name as an answer: an acronym alone is given with what it stands for
    ("Joint Expeditionary Force (JEF)"), which is what a reader of the answer needs."""
    entity = ctx.linker.entities.get(iri)
    if entity is None or not _ACRONYM_ONLY.fullmatch(label):
        return label
    expansions = sorted(n for n, how in entity.names.items() if how == "expansion")
    return f"{expansions[0]} ({label})" if expansions else label


def _distinct_titles(labels: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Office titles, without spelling variants of one title ("Minister of Defence" ~ "Defence
    Minister"), shorter forms ("Foreign Minister") nor bare acronyms ("NSA")."""
    kept: list[tuple[str, str]] = []
    seen: set[tuple[frozenset[str], str]] = set()
    for label, office in labels:
        if _ACRONYM_ONLY.match(label):
            continue
        words = _title_words(label)
        if (words, office) in seen:
            continue
        seen.add((words, office))
        kept.append((label, office))
    # A shorter form of another title of the same office ("Foreign Minister" of "Foreign
    # Affairs Minister") is the same title again.
    return [(label, office) for label, office in kept
            if not any(o == office and _title_words(label) < _title_words(other) for other, o in kept)]


def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in normalise(title, honorifics=False).split() if w not in ("of", "the", "for", "and"))


def _offices(ctx: _Context, q: str, name: str) -> AskResult:
    people = ctx.persons(name)
    answers: list[Answer] = []
    for person in people:
        rows = [r for r in ctx.select("person-profile", person=person.iri) if _text(r["aspect"]) == "office"]
        # Main titles before alternative ones, so that a variant yields to the title it varies.
        rows.sort(key=lambda r: _text(r["labelKind"]) != "title")
        titles = _distinct_titles([(_text(r["label"]), _text(r["item"])) for r in rows])
        countries = {_text(r["item"]): _text(r["detail"]) for r in rows}
        # A title is answered when the articles use it (in some word order): an office's title
        # can come from a table of equivalent titles without any article saying it.
        said: dict[str, list[Evidence]] = {}
        for office in {o for _, o in titles}:
            said[office] = ctx.evidence(person.iri, "holds", office) + ctx.evidence(office)
        spoken = {
            (title, office)
            for title, office in titles
            for r in rows
            if _text(r["item"]) == office and _title_words(_text(r["label"])) == _title_words(title)
            and any(normalise(_text(r["label"]), honorifics=False) in normalise(e.sentence, honorifics=False) for e in said[office])
        }
        for title, office in titles:
            if spoken and (title, office) not in spoken and any(o == office for _, o in spoken):
                continue
            evidence = ctx.evidence(person.iri, "holds", office)
            answers.append(Answer(title, office, evidence, countries.get(office, ""), _about(people, person)))
    message = ""
    if not answers:
        message = f"No office of {' or '.join(p.label for p in people)} is recorded."
    return ctx.result(q, _dedupe(answers), message)


def _office_descriptions(text: str) -> list[tuple[str, str]]:
    """Readings of "<office> of <country>", "<country>'s <office>", "<country> <office>" as
    (office, country) pairs, most likely first: "Chief of Defence Forces of Maldives" tries the
    last "of" first (titles contain "of" more often than country names do)."""
    text = _strip_name(text)
    readings: list[tuple[str, str]] = []
    possessive = re.fullmatch(r"(?P<c>.+?)'s? (?P<o>.+)", text)
    if possessive:
        readings.append((possessive["o"], possessive["c"]))
    for split in reversed(list(re.finditer(r"\s+(?:of|in|for)\s+(?:the\s+)?", text, flags=re.I))):
        readings.append((text[: split.start()], text[split.end():]))
    words = text.split()
    for size in range(1, min(3, len(words) - 1) + 1):  # "Maldivian Defence Minister", "US Secretary of War"
        readings.append((" ".join(words[size:]), " ".join(words[:size])))
    return readings


def _office_owners(ctx: _Context, name: str) -> list[Entity]:
    """The countries a name stands for, else the organisations ("NATO" in "NATO Secretary General");
    raises UnknownName when it names neither."""
    try:
        return ctx.linker.resolve(name, "country")
    except UnknownName:
        found = [e for e in ctx.linker.resolve(name, "framework") if not {"Event", "Meeting"} & set(e.kinds)]
        if not found:
            raise
        return found


def _holders(ctx: _Context, text: str) -> tuple[str, list[Entity], list[dict[str, Any]]] | None:
    """(title, countries, office-holders rows) for an office description, or None when the
    text is not one (no reading names a known country and office title)."""
    for office, country in _office_descriptions(text):
        try:
            countries = _office_owners(ctx, _strip_name(country))
            title = ctx.linker.office_title(_strip_name(office))
        except UnknownName:
            continue
        rows = [row for c in countries for row in ctx.select("office-holders", title=_literal(title), country=c.iri)]
        return title, countries, rows
    # A title alone ("the Defence Minister"): its holders in every country.
    titles = {normalise(t, honorifics=False): t for t in ctx.linker.office_titles()}
    if normalise(_strip_name(text), honorifics=False) in titles:
        title = titles[normalise(_strip_name(text), honorifics=False)]
        return title, [], ctx.select("office-holders", title=_literal(title))
    return None


def _office_holders(ctx: _Context, q: str, text: str) -> AskResult | None:
    found = _holders(ctx, text)
    if found is None:
        return None  # not an office-of-country question; let the next form try
    title, countries, rows = found
    answers = _holder_answers(ctx, rows)
    where = f" of {' or '.join(c.label for c in countries)}" if countries else ""
    message = "" if answers else f"No {title}{where} is recorded."
    return ctx.result(q, answers, message)


def _holder_answers(ctx: _Context, rows: list[dict[str, Any]]) -> list[Answer]:
    """office-holders.rq rows as answers: the person, with the office's title and its country or body."""
    answers = []
    for row in rows:
        person = _text(row["person"])
        answers.append(Answer(_text(row["personLabel"]), person, ctx.evidence(person, "holds", _text(row["office"])), _details(_text(row["officeTitle"]), _text(row["countryLabel"]))))
    return _dedupe(answers)


def _singular(title: str) -> str:
    """"defence ministers" -> "defence minister", "foreign secretaries" -> "foreign secretary"."""
    head, _, last = title.rpartition(" ")
    last = last[:-3] + "y" if last.lower().endswith("ies") else last[:-1] if last.lower().endswith("s") else last
    return f"{head} {last}".strip()


def _title_holders(ctx: _Context, q: str, titles: str) -> AskResult | None:
    """"List all defence ministers", "who are the Indian service chiefs": the holders of an office
    title (of a country, when one is named), read as "who is the <title>"; else every person whose
    titles the words describe, as "which <Indian> <defence chiefs>" narrows people."""
    exact = _office_holders(ctx, q, _singular(titles))
    if exact is not None and exact.answers:
        return exact
    *quals, noun = titles.split()
    if noun.lower() not in _PEOPLE_NOUNS:
        return exact
    keep = _people_filter(ctx, quals, noun)
    people = sorted(iri for iri, (_, held) in _person_facets(ctx).items() if held and keep(iri))
    answers = [Answer(ctx.linker.entities[iri].label, iri, ctx.evidence(iri, "holds"), ctx.linker.entities[iri].description)
               for iri in people if iri in ctx.linker.entities]
    return ctx.result(q, answers, "" if answers else f"No {titles} are recorded.")


def _heads_of(ctx: _Context, q: str, name: str) -> AskResult | None:
    """"Who heads NATO?": the holders of the posts of an organisation; None when the name is no
    organisation (a country has many heads: "who heads India" is no question for this) or it has
    no post recorded."""
    if ctx.linker.link(name, "country").entities or not ctx.linker.link(name, "framework").entities:
        return None
    bodies = _office_owners(ctx, name)
    answers = _holder_answers(ctx, [row for body in bodies for row in ctx.select("office-holders", country=body.iri)])
    return ctx.result(q, answers) if answers else None


def _literal(value: str) -> Any:
    from rdflib import Literal

    return Literal(value)


_ROLE_WORDS = {"member": "member", "members": "member", "member states": "member", "member state": "member",
               "dialogue partner": "dialogue partner", "dialogue partners": "dialogue partner",
               "co-chair": "co-chair", "co-chairs": "co-chair", "cochair": "co-chair", "cochairs": "co-chair",
               "co chair": "co-chair", "co chairs": "co-chair", "chair": "co-chair", "chairs": "co-chair",
               "observer": "observer", "observers": "observer", "observer states": "observer", "observer state": "observer"}


def _frameworks_named(ctx: _Context, name: str) -> list[Entity]:
    """The frameworks a name means. When the whole name is unknown, the framework inside it:
    "the African Union's Peace and Security Council", "the 8th NSA-level meeting of the Colombo
    Security Conclave", "the Defence Cooperation Agreement between Indonesia and Australia"."""
    try:
        return ctx.linker.resolve(name, "framework")
    except UnknownName:
        inner = [re.fullmatch(r".+?'s? (?P<f>.+)", name),
                 re.search(r"\b(?:meeting|session|round|edition|summit|conference|dialogue)s? of (?:the )?(?P<f>.+)$", name, flags=re.I),
                 re.fullmatch(r"(?P<f>.+?)\s+(?:between|of|with) .+", name)]
        inner.append(_MEETING_OF_FRAMEWORK.fullmatch(name))  # "the FIPIC summit in Port Moresby"
        for match in inner:
            if match is not None and ctx.linker.link(match["f"], "framework").entities:
                return ctx.linker.resolve(match["f"], "framework")
        raise


def _members(ctx: _Context, q: str, framework: str, role: str | None) -> AskResult:
    frameworks = _frameworks_named(ctx, framework)
    answers: list[Answer] = []
    predicate = MEMBERSHIP_ROLE_PROPERTIES
    for f in frameworks:
        for row in ctx.select("members", framework=f.iri):
            row_role = _text(row["role"])
            if role and row_role != role:
                continue
            country = _text(row["country"])
            answers.append(Answer(_text(row["countryLabel"]), country, ctx.evidence(country, predicate[row_role], f.iri), row_role, _about(frameworks, f)))
    message = "" if answers else f"No {role or 'member'}s of {' or '.join(f.label for f in frameworks)} are recorded."
    return ctx.result(q, _dedupe(answers), message)


def _regional_members(ctx: _Context, q: str, framework: str, region: str) -> AskResult | None:
    """"Which Pacific island countries are part of F": the members of F in a region; None when the
    words name no region or country."""
    covered = _countries_of_adjective(region)
    if not covered:
        return None
    result = _members(ctx, q, framework, None)
    result.answers = [a for a in result.answers if (a.iri or "").rsplit("/", 1)[-1].upper() in covered]
    return result


def _what_is(ctx: _Context, q: str, name: str) -> AskResult:
    frameworks = ctx.linker.resolve(name, "framework")
    typed = normalise(name)
    answers: list[Answer] = []
    for f in frameworks:
        rows = ctx.select("framework", framework=f.iri)
        if not rows:
            continue
        row = rows[0]
        label, acronym, expansion = _text(row["label"]), _text(row["acronym"]), _text(row["expansion"])
        kind = _text(row["kind"]) or "Framework"
        owner = _text(row["owner"])
        countries = [c for c in _text(row["countries"]).split("; ") if c]
        involved = "; ".join(sorted(countries)) if len(countries) <= 4 else f"{len(countries)} countries"
        context = _details(f"{kind.lower()} of {owner}" if owner else kind.lower(), involved)
        if expansion and typed in (normalise(acronym), normalise(label)) and normalise(expansion) != typed:
            answers.append(Answer(expansion, f.iri, ctx.evidence(f.iri, "expansion"), _details(label, context), _about(frameworks, f)))
        elif normalise(label) != typed:
            answers.append(Answer(label, f.iri, ctx.evidence(f.iri, "label"), context, _about(frameworks, f)))
        else:
            answers.append(Answer(f"{label}: {context}", f.iri, ctx.evidence(f.iri), "", _about(frameworks, f)))
    return ctx.result(q, _dedupe(answers))


def _when_framework_met(ctx: _Context, q: str, name: str) -> AskResult:
    things = ctx.linker.resolve(name, "framework")
    answers: list[Answer] = []
    for thing in things:
        for row in ctx.select("events-of", framework=thing.iri):
            if row["date"] is None:
                continue
            event = _text(row["event"])
            answers.append(Answer(_text(row["date"]), event, ctx.evidence(event, "date", row["date"]), _details(_text(row["label"]), _text(row["status"]), _text(row["place"])), _about(things, thing)))
    message = "" if answers else f"No dated meeting of {' or '.join(t.label for t in things)} is recorded."
    return ctx.result(q, _dedupe(answers), message)


_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9


_WEEKDAYS = {name: number for number, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}


def _on_or_in(where: str) -> str:
    """" on Tuesday", " on 5 March 2026", " in Male", " in March 2026"."""
    period = _period(where)
    on = normalise(where) in _WEEKDAYS or (period is not None and period[0] == period[1])
    return f" {'on' if on else 'in'} {where}"


def _on_weekday(iso: str, weekday: int) -> bool:
    from datetime import date

    try:
        return len(iso) == 10 and date.fromisoformat(iso).weekday() == weekday
    except ValueError:
        return False


def _day_without_year(text: str) -> str | None:
    """"November 19", "19th November" -> "11-19" (any year: analysts leave the year out); else None."""
    words = normalise(text).split()
    if len(words) != 2:
        return None
    month, number = (words[0], words[1]) if words[0] in _MONTHS else (words[1], words[0])
    found = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", number)
    if month not in _MONTHS or found is None or not 1 <= int(found[1]) <= 31:
        return None
    return f"{_MONTHS[month]:02d}-{int(found[1]):02d}"


def _on_day(iso: str, month_day: str) -> bool:
    return len(iso) == 10 and iso[5:] == month_day


def _period(text: str) -> tuple[str, str] | None:
    """"October 2025" -> ("2025-10-01", "2025-10-31"); "2025" -> the year; "10 March 2026",
    "March 10, 2026" or "2026-03-10" -> that day; else None."""
    import calendar
    from datetime import date

    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", text)
    words = normalise(text).split()
    day_first = len(words) == 3 and words[1] in _MONTHS and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", words[0])
    month_first = len(words) == 3 and words[0] in _MONTHS and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", words[1])
    if iso or ((day_first or month_first) and re.fullmatch(r"\d{4}", words[2])):
        try:
            if iso:
                day = date(int(iso[1]), int(iso[2]), int(iso[3]))
            else:
                number, month = (words[0], words[1]) if day_first else (words[1], words[0])
                day = date(int(words[2]), _MONTHS[month], int(re.match(r"\d+", number)[0]))
        except ValueError:
            return None
        return day.isoformat(), day.isoformat()
    if len(words) == 1 and re.fullmatch(r"\d{4}", words[0]):
        return f"{words[0]}-01-01", f"{words[0]}-12-31"
    if len(words) == 2 and words[0] in _MONTHS and re.fullmatch(r"\d{4}", words[1]):
        year, month = int(words[1]), _MONTHS[words[0]]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    if len(words) == 2 and words[1] in _MONTHS and re.fullmatch(r"\d{4}", words[0]):
        return _period(f"{words[1]} {words[0]}")
    return None


def _event_answers(ctx: _Context, rows: list[dict[str, Any]], evidence_predicate: str, planned_only: bool = False) -> list[Answer]:
    answers = []
    for row in rows:
        status = _text(row.get("status")) or "held"
        if planned_only and status != "planned":
            continue
        event = _text(row["event"])
        participants = [p for p in _text(row.get("participants")).split("; ") if p]
        text = _text(row.get("label")) if _text(row.get("kind")) == "Event" or not participants else _meeting_text(participants)
        obj = row.get("placeNode") if evidence_predicate == "place" else row.get("date")
        evidence = ctx.evidence(event, evidence_predicate, obj) if obj is not None else []
        answers.append(Answer(text, event, evidence or ctx.evidence(event, "participant"), _details(status, _text(row.get("date")), _text(row.get("place")))))
    return answers


def _meetings_in(ctx: _Context, q: str, where: str, planned_only: bool = False) -> AskResult:
    """The meetings of a place (and the places within it) or a period; only the planned ones if asked."""
    dated = _date_test(where)
    if dated is not None:
        from .queries import _date_literal

        period = _period(where) or ("0001-01-01", "9999-12-31")  # a weekday or a yearless day: any year
        rows = ctx.select("events", **{"from": _date_literal(period[0]), "to": _date_literal(period[1])})
        if period[0] == period[1]:  # a day: not the meetings known only by their month or year
            rows = [r for r in rows if _text(r["date"]) == period[0]]
        rows = [r for r in rows if dated(_text(r["date"]))]
        answers = _event_answers(ctx, rows, "date", planned_only)
        return ctx.result(q, _dedupe(answers, by_iri=True), "" if answers else f"No {'planned ' if planned_only else ''}meeting dated in {where} is recorded.")
    try:
        places = _places_within(ctx, ctx.linker.resolve(where, "place"))
    except UnknownName:
        if ctx.linker.link(where, "framework").entities:  # "at the Shangri-La Dialogue": an event, not a place
            return _framework_meetings(ctx, q, where)
        raise
    answers = []
    for place in places:
        rows = ctx.select("events-at", place=place.iri)
        for row in rows:
            row["placeNode"] = place.iri
            row["place"] = place.label
        answers.extend(_event_answers(ctx, rows, "place", planned_only))
    return ctx.result(q, _dedupe(answers, by_iri=True), "" if answers else f"No {'planned ' if planned_only else ''}meeting in {' or '.join(p.label for p in places)} is recorded.")


def _people_met_in(ctx: _Context, q: str, where: str) -> AskResult:
    """"Who met in Male?": the people of the meetings of a place or period, each with whom they met."""
    meetings = _meetings_in(ctx, q, where)
    parties = _meeting_parties(ctx)
    met: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for answer in meetings.answers:
        people = set(parties[answer.iri]["people"].values()) if answer.iri in parties else set()
        for person in people:
            met[person] |= set(people) - {person}
            evidence[person].extend(answer.evidence)
    answers = [Answer(person, None, evidence[person], f"met {', '.join(sorted(met[person]))}") for person in sorted(met)]
    return ctx.result(q, answers, meetings.message if not answers else "")


def _places_within(ctx: _Context, places: list[Entity]) -> list[Entity]:
    """A country stands for itself and the cities of it the store knows (the graph does not
    say which country a city is in; the extractor's gazetteer does)."""
    if not any("Country" in p.kinds for p in places):
        return places
    from .refdata import cities

    gazetteer = cities()
    expanded = list(places)
    for country in (p for p in places if "Country" in p.kinds):
        iso3 = country.iri.rsplit("/", 1)[-1].upper()
        for entity in ctx.linker.entities.values():
            if entity.kinds & {"City", "Place", "Region"} and any(
                (ref := gazetteer.get(name)) is not None and ref.country == iso3 for name in entity.names
            ):
                expanded.append(entity)
    return expanded


def _meetings_of(ctx: _Context, q: str, name: str, count: bool = False) -> AskResult:
    """The meetings and events a person (or a country's officials) took part in, by date."""
    is_country = not ctx.linker.link(name, "person").entities and ctx.linker.link(name, "country").entities
    people = ctx.linker.resolve(name, "country") if is_country else ctx.persons(name)
    keep = _where_filter(ctx, ctx.take_where(None))  # "how many meetings did X hold in Colombo"
    answers: list[Answer] = []
    for who in people:
        rows = [row for row in ctx.select("timeline", entity=who.iri) if keep(row)]
        rows.sort(key=lambda r: (r["date"] is None, _text(r["date"])))
        for answer in _event_answers(ctx, rows, "participant"):
            answer.about = _about(people, who)
            answers.append(answer)
    answers = _dedupe(answers, by_iri=True)
    if count:  # meetings held; those only announced are said apart
        counted = []
        for who in people:
            mine = [a for a in answers if a.about == _about(people, who)]
            held = [a for a in mine if not a.detail.startswith("planned")]
            planned = len(mine) - len(held)
            detail = f"meetings and events of {who.label} held" + (f"; {planned} more planned" if planned else "")
            counted.append(Answer(str(len(held)), who.iri, [e for a in held for e in a.evidence][:10], detail, _about(people, who)))
        return ctx.result(q, counted)
    message = "" if answers else f"No meetings of {' or '.join(p.described for p in people)} are recorded."
    return ctx.result(q, answers, message)


def _attendees(ctx: _Context, q: str, name: str) -> AskResult | None:
    """Who took part in a framework's (or a named event's) meetings; None when the name is no
    framework or event, so that "who attended <person>'s meetings" can be read another way."""
    try:
        things = _frameworks_named(ctx, name)
    except UnknownName:
        return None
    answers = []
    for thing in things:
        for row in ctx.select("attendees", framework=thing.iri):
            person, event = _text(row["person"]), _text(row["event"])
            answers.append(Answer(_text(row["personLabel"]), person, ctx.evidence(event, "participant", person),
                                  _details(_text(row["status"]) or "held", _text(row["date"])), _about(things, thing)))
    message = "" if answers else f"No one is recorded as taking part in {' or '.join(t.label for t in things)}."
    return ctx.result(q, _dedupe(answers), message)


# "the Joint Committee meeting in Riyadh": the framework whose meeting it was
_MEETING_OF_FRAMEWORK = re.compile(r"(?P<f>.+?)(?:'s)? (?:meetings?|sessions?|talks|summit|round)(?: (?:in|at|on) .+)?", re.I)


def _representatives(ctx: _Context, q: str, country: str, name: str) -> AskResult | None:
    """Who of a country took part in a framework's meetings or an event ("who represented
    Kenya at the X Dialogue"); None when either name is not understood."""
    countries = _countries_of_adjective(_strip_name(country))
    if not countries:
        return None
    result = _attendees(ctx, q, name)  # "the X meeting in P" is read as X by _frameworks_named
    if result is None:
        return None
    keep = _people_filter(ctx, [_strip_name(country)], "officials")
    before = len(result.answers)
    result.answers = [a for a in result.answers if keep(a.iri)]
    if before and not result.answers:
        result.message = f"None of the {before} participant(s) is of {_strip_name(country)}."
    return result


def _all_meetings(ctx: _Context, q: str) -> AskResult:
    """Every meeting, by date: who, when, where, held or planned."""
    meetings: dict[str, dict[str, Any]] = {}
    for row in ctx.select("meetings"):
        entry = meetings.setdefault(_text(row["meeting"]), {"participants": [], **row})
        entry["participants"].append(_text(row["participant"]))
    if ctx.mode is not None:  # "which meetings were held by telephone"
        meetings = {iri: m for iri, m in meetings.items() if ctx.mode in _meeting_kinds(ctx, iri)}
    answers = [
        Answer(_meeting_text(m["participants"]), iri, ctx.evidence(iri, "participant"),
               _details(_text(m["status"]) or "held", _text(m["date"]), _text(m["place"])))
        for iri, m in meetings.items()
    ]
    return ctx.result(q, answers, "" if answers else f"No meetings{_MODE_WORDS.get(ctx.mode or '', '')} are recorded.")


def _meeting_kinds(ctx: _Context, meeting: str) -> set[str]:
    """A meeting's kinds (telephone, virtual, call-on, talks), read from the store's quad index."""
    import pyoxigraph as ox

    from .namespaces import DK

    return {q.object.value for q in ctx.store.db.quads_for_pattern(ox.NamedNode(meeting), ox.NamedNode(str(DK.meetingKind)), None, None)}


def _country_of_place(ctx: _Context, place: str) -> str | None:
    """The country IRI a place is or lies in (a city's country from the extractor's gazetteer)."""
    from .refdata import cities

    entity = ctx.linker.entities.get(place)
    if entity is None:
        return None
    if "Country" in entity.kinds:
        return entity.iri
    gazetteer = cities()
    for name in sorted(entity.names):
        ref = gazetteer.get(name)
        if ref is not None and ref.country:
            return _country_iri(ref.country)
    return None


def _visits(ctx: _Context, rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str]]:
    """(row, country) for each meeting of a person in a country that is not one of theirs."""
    homes: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        homes[_text(row["person"])].add(_text(row["home"]))
    found = []
    for row in rows:
        if row["place"] is None:
            continue
        country = _country_of_place(ctx, _text(row["place"]))
        if country and country not in homes[_text(row["person"])]:
            found.append((row, country))
    return found


def _countries_visited(ctx: _Context, q: str, name: str) -> AskResult:
    people = ctx.persons(name)
    answers = []
    for person in people:
        for row, country in _visits(ctx, ctx.select("whereabouts", person=person.iri)):
            entity = ctx.linker.entities.get(country)
            meeting, place = _text(row["meeting"]), _text(row["place"])
            answers.append(Answer(entity.label if entity else country, country, ctx.evidence(meeting, "place", place),
                                  _details(_text(row["status"]) or "held", _text(row["date"]), _text(row["placeLabel"])), _about(people, person)))
    message = "" if answers else f"No meeting of {' or '.join(p.described for p in people)} abroad is recorded."
    return ctx.result(q, _dedupe(answers), message)


def _visitors(ctx: _Context, q: str, name: str) -> AskResult | None:
    """Who visited a country: its meetings' participants from elsewhere. None when the name is
    no country, so that "who visited <person>" reads as who met them."""
    if ctx.linker.link(name, "person").entities:
        return None
    if ctx.linker.link(name, "country").entities:
        countries = {c.iri for c in ctx.linker.resolve(name, "country")}

        def there(row: dict[str, Any], country: str) -> bool:
            return country in countries
    elif ctx.linker.link(name, "place").entities:  # a city: the visitors of its meetings
        labels = {p.label for p in _places_within(ctx, ctx.linker.resolve(name, "place"))}

        def there(row: dict[str, Any], country: str) -> bool:
            return _text(row["placeLabel"]) in labels
    else:
        return None
    keep = _where_filter(ctx, ctx.take_where(None))
    answers = []
    for row, country in _visits(ctx, ctx.select("whereabouts")):
        if there(row, country) and keep(row):
            person, meeting = _text(row["person"]), _text(row["meeting"])
            answers.append(Answer(_text(row["personLabel"]), person, ctx.evidence(meeting, "participant", person),
                                  _details(_text(row["status"]) or "held", _text(row["date"]), _text(row["placeLabel"]))))
    message = "" if answers else f"No visitor to {name} is recorded."
    return ctx.result(q, _dedupe(answers), message)


def _meeting_parties(ctx: _Context) -> dict[str, dict[str, Any]]:
    """meeting -> {"people": {person: label}, "homes": {person: {country}}, "row": a row}."""
    meetings: dict[str, dict[str, Any]] = {}
    for row in ctx.select("whereabouts"):
        entry = meetings.setdefault(_text(row["meeting"]), {"people": {}, "homes": defaultdict(set), "row": row})
        person = _text(row["person"])
        entry["people"][person] = _text(row["personLabel"])
        if row["home"] is not None:
            entry["homes"][person].add(_text(row["home"]))
    return meetings


def _country_counterparts(ctx: _Context, q: str, name: str) -> AskResult | None:
    """Who a country's officials met ("who did India meet?"); None when the name is no country."""
    if ctx.linker.link(name, "person").entities or not ctx.linker.link(name, "country").entities:
        return None
    countries = {c.iri for c in ctx.linker.resolve(name, "country")}
    answers = []
    for meeting, entry in _meeting_parties(ctx).items():
        ours = [p for p in entry["people"] if entry["homes"][p] & countries]
        if not ours:
            continue
        row = entry["row"]
        for person, label in entry["people"].items():
            if person not in ours:
                detail = _details(f"met {', '.join(sorted(entry['people'][p] for p in ours))}", _text(row["status"]) or "held", _text(row["date"]), _text(row["placeLabel"]))
                answers.append(Answer(label, person, ctx.evidence(meeting, "participant", person), detail))
    message = "" if answers else f"No meeting of officials of {name} with others is recorded."
    return ctx.result(q, _dedupe(answers), message)


def _country_iri(iso3: str) -> str:
    from .namespaces import DKI

    return str(DKI[f"country/{iso3.lower()}"])  # countries' IRIs, as resolve makes them


def _countries_met(ctx: _Context, q: str, name: str) -> AskResult:
    """"Which countries did X hold talks with?": the countries of the people X met (X's own left out)."""
    met = _who_met(ctx, q, name)
    facets = _person_facets(ctx)
    own = {iso for p in ctx.persons(name) for iso in facets.get(p.iri, (set(), []))[0]}
    answers = []
    for person in met.answers:
        for iso in sorted(facets.get(person.iri or "", (set(), []))[0] - own):
            iri = _country_iri(iso)
            country = ctx.linker.entities.get(iri)
            answers.append(Answer(country.label if country else iso, iri, person.evidence, f"met {person.text}", person.about))
    return ctx.result(q, _dedupe(answers), met.message if not met.answers else ("" if answers else "None of the people met has a recorded country."))


def _meetings_between_countries(ctx: _Context, q: str, first: str, second: str) -> AskResult:
    """Meetings of officials of one country with officials of another ("Indian and Vietnamese officials")."""
    sides = [{c.iri for c in ctx.linker.resolve(name, "country")} for name in (first, second)]
    answers = []
    for meeting, entry in _meeting_parties(ctx).items():
        homes = entry["homes"]
        if all(any(homes[p] & side for p in entry["people"]) for side in sides):
            row = entry["row"]
            answers.append(Answer(_meeting_text(entry["people"].values()), meeting, ctx.evidence(meeting, "participant"),
                                  _details(_text(row["status"]) or "held", _text(row["date"]), _text(row["placeLabel"]))))
    message = "" if answers else f"No meeting between officials of {first} and {second} is recorded."
    return ctx.result(q, answers, message)


def _planned(ctx: _Context, q: str) -> AskResult:
    answers = []
    for row in ctx.select("planned-meetings"):
        meeting = _text(row["meeting"])
        participants = _text(row["participants"]).split("; ")
        answers.append(Answer(_meeting_text(participants), meeting, ctx.evidence(meeting, "status"), _details("planned", _text(row["date"]), _text(row["place"]))))
    return ctx.result(q, answers, "" if answers else "No planned meetings are recorded.")


_KIND_WORDS = {
    "policy": {"Policy"}, "policies": {"Policy"},
    "agreement": {"Agreement"}, "agreements": {"Agreement"}, "treaty": {"Agreement"}, "treaties": {"Agreement"},
    "mou": {"Agreement"}, "mous": {"Agreement"}, "memorandum": {"Agreement"}, "memoranda": {"Agreement"},
    "memorandums": {"Agreement"}, "pact": {"Agreement"}, "pacts": {"Agreement"}, "accord": {"Agreement"},
    "accords": {"Agreement"}, "deal": {"Agreement"}, "deals": {"Agreement"}, "contract": {"Agreement"}, "contracts": {"Agreement"},
    "partnership": {"Agreement"}, "partnerships": {"Agreement"},
    "forum": {"Forum"}, "forums": {"Forum"}, "fora": {"Forum"},
    "dialogue": {"Dialogue"}, "dialogues": {"Dialogue"},
    "organisation": {"Organisation"}, "organisations": {"Organisation"}, "organization": {"Organisation"}, "organizations": {"Organisation"},
    "exercise": {"Exercise"}, "exercises": {"Exercise"}, "initiative": {"Initiative"}, "initiatives": {"Initiative"},
    "framework": set(), "frameworks": set(), "groupings": set(), "grouping": set(), "groups": set(), "group": set(),
    "bloc": set(), "blocs": set(), "alliance": set(), "alliances": set(), "mechanism": set(), "mechanisms": set(),
}


# Words before a kind that do not narrow it ("joint military exercises", "bilateral agreements").
_KIND_QUALIFIERS = frozenset({"military", "joint", "bilateral", "trilateral", "multilateral", "defence", "defense", "naval",
                              "security", "strategic", "regional", "international", "major", "key", "formal", "important",
                              "new", "recent", "other", "cooperation", "combined"})


def _kinds(words: str) -> set[str] | None:
    """"policies or agreements" -> {"Policy", "Agreement"}; "frameworks" -> set() (any); None if
    a word is not a kind of framework."""
    kinds: set[str] = set()
    any_kind = False
    for word in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", words.strip().lower()):
        if not word:
            continue
        *qualifiers, word = word.split()
        if word not in _KIND_WORDS or not set(qualifiers) <= _KIND_QUALIFIERS:
            return None
        any_kind |= not _KIND_WORDS[word]
        kinds |= _KIND_WORDS[word]
    return set() if any_kind else kinds


def _unique_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Each span once: one sentence can link both countries to a framework."""
    return list({(e.source, e.start, e.end): e for e in evidence}.values())


def _link_evidence(ctx: _Context, framework: str, country: str, role: str) -> list[Evidence]:
    """The sentences linking a country to a framework in the role frameworks-of.rq names."""
    if role in MEMBERSHIP_ROLE_PROPERTIES:
        return ctx.evidence(country, MEMBERSHIP_ROLE_PROPERTIES[role], framework)
    return ctx.evidence(framework, "policyOf" if role == "owner" else "involves", country)


def _frameworks_between(ctx: _Context, q: str, first: str, second: str, kinds_text: str) -> AskResult | None:
    """Frameworks linked to both countries (any role): "which agreements has India signed with
    Vietnam?". None when a kind word or a country is not understood."""
    kinds = _kinds(kinds_text)
    if kinds is None:
        return None
    try:
        sides = [ctx.linker.resolve(first, "country"), ctx.linker.resolve(second, "country")]
    except UnknownName:
        return None
    adopted_then = _adoption_period(ctx)
    if adopted_then is False:
        return None
    linked: list[dict[str, dict[str, Any]]] = []
    for countries in sides:
        rows = [r for c in countries for r in ctx.select("frameworks-of", country=c.iri) if not kinds or _text(r["kind"]) in kinds]
        linked.append({_text(r["framework"]): r for r in rows})
    answers = []
    for framework in sorted(set(linked[0]) & set(linked[1]), key=lambda f: _text(linked[0][f]["frameworkLabel"])):
        dates = _adoption_dates(ctx, framework) if adopted_then else set()
        if adopted_then and dates and not any(map(adopted_then, dates)):
            continue  # signed at another time; one with no recorded date may still be it
        rows = [side[framework] for side in linked]
        evidence = _unique_evidence(e for r in rows for e in _link_evidence(ctx, framework, _text(r["country"]), _text(r["role"])))
        undated = "date not recorded" if adopted_then and not dates else None
        answers.append(Answer(_framework_text(ctx, framework, _text(rows[0]["frameworkLabel"])), framework, evidence, _details(_text(rows[0]["kind"]), undated)))
    names = f"{' or '.join(c.label for c in sides[0])} and {' or '.join(c.label for c in sides[1])}"
    message = "" if answers else f"No {kinds_text} of both {names} are recorded."
    return ctx.result(q, answers, message)


def _adoption_period(ctx: _Context) -> Callable[[str], bool] | None | bool:
    """The date test of a question's trailing period ("... sign in June 2022", "... in Hanoi in
    June 2022"): None without one, False when the trailing words name no period."""
    if ctx.where is None:
        return None
    test = _date_test(ctx.where) or _date_test(re.split(r"\s+(?:in|on|during)\s+", ctx.where)[-1])
    if test is None:
        return False
    ctx.where_used = True
    return test


def _adoption_dates(ctx: _Context, framework: str) -> set[str]:
    return {_text(r["adopted"]) for r in ctx.select("framework", framework=framework)} - {""}


def _frameworks_signed(ctx: _Context, q: str, kinds_text: str) -> AskResult | None:
    """"Which MoUs were signed (in March 2026)?": every framework of the kinds, with its date;
    with a period, those adopted then (and those whose date is not recorded, marked so)."""
    kinds = _kinds(kinds_text)
    adopted_then = _adoption_period(ctx)
    if kinds is None or adopted_then is False:
        return None
    answers = []
    for row in ctx.select("framework"):
        if kinds and _text(row["kind"]) not in kinds:
            continue
        framework, adopted = _text(row["framework"]), _text(row["adopted"])
        if adopted_then and adopted and not adopted_then(adopted):
            continue
        when = adopted or ("date not recorded" if adopted_then else None)
        answers.append(Answer(_framework_text(ctx, framework, _text(row["label"])), framework, ctx.evidence(framework, "adopted") or ctx.evidence(framework), _details(_text(row["kind"]), when)))
    message = "" if answers else f"No {kinds_text} {'signed then ' if adopted_then else ''}are recorded."
    return ctx.result(q, sorted(answers, key=lambda a: a.text), message)


# What a question's verb or role word asks for: the roles a country's framework must have
# (None: any link, including policies it owns and agreements it is party to).
_MEMBER_ROLES = frozenset({"member", "dialogue partner", "co-chair"})
_ROLES_ASKED = {
    "belong to": _MEMBER_ROLES, "belonged to": _MEMBER_ROLES, "join": _MEMBER_ROLES, "joined": _MEMBER_ROLES,
    "member": _MEMBER_ROLES, "part": _MEMBER_ROLES, "in": _MEMBER_ROLES | {"observer"},
    "take part in": _MEMBER_ROLES | {"observer"}, "taken part in": _MEMBER_ROLES | {"observer"},
    "participate in": _MEMBER_ROLES | {"observer"}, "participated in": _MEMBER_ROLES | {"observer"},
    "participant": _MEMBER_ROLES | {"observer"},
    "party": None, "co-chair": frozenset({"co-chair"}), "chair": frozenset({"co-chair"}),
    "observer": frozenset({"observer"}), "dialogue partner": frozenset({"dialogue partner"}),
}


def _frameworks_of(ctx: _Context, q: str, country: str, kinds_text: str, verb: str = "") -> AskResult | None:
    kinds = _kinds(kinds_text)
    if kinds is None:
        return None
    try:
        countries = ctx.linker.resolve(country, "country")
    except UnknownName:
        return None
    roles = _ROLES_ASKED.get(re.sub(r"[\s-]+", " ", verb.lower()).replace("co chair", "co-chair"))
    adopted_then = _adoption_period(ctx)  # "which agreements did India sign in March 2026"
    if adopted_then is False:
        return None
    answers = []
    for c in countries:
        for row in ctx.select("frameworks-of", country=c.iri):
            kind, role = _text(row["kind"]), _text(row["role"])
            if kinds and kind not in kinds:
                continue
            if roles is not None and role not in roles:
                continue
            f = _text(row["framework"])
            dates = _adoption_dates(ctx, f) if adopted_then else set()
            if adopted_then and dates and not any(map(adopted_then, dates)):
                continue
            undated = "date not recorded" if adopted_then and not dates else None
            answers.append(Answer(_framework_text(ctx, f, _text(row["frameworkLabel"])), f, _link_evidence(ctx, f, c.iri, role), _details(kind, role, undated), _about(countries, c)))
    message = "" if answers else f"No {kinds_text} of {' or '.join(c.label for c in countries)} are recorded."
    return ctx.result(q, _dedupe(answers), message)


_PATH_WEIGHTS = {"participant": 1.0, "holds": 1.2, "officeOf": 1.5, "postIn": 1.5, "nationality": 1.5, "memberOf": 1.5,
                 "dialoguePartnerOf": 1.5, "coChairOf": 1.5, "underFramework": 1.5, "partOf": 1.5,
                 "observerOf": 1.5, "place": 2.0, "involves": 2.0, "policyOf": 2.0}
_PATH_VERBS = {"participant": "took part in", "holds": "holds", "officeOf": "is an office of", "postIn": "is a post in", "nationality": "is a national of",
               "memberOf": "is a member of", "dialoguePartnerOf": "is a dialogue partner of", "coChairOf": "co-chairs", "observerOf": "is an observer of",
               "underFramework": "is held under", "partOf": "is part of", "place": "took place in", "involves": "involves",
               "policyOf": "is a policy of"}


def _unnamed(iri: str) -> str:
    """A node without a label: say what kind of node it is ("a meeting")."""
    parts = iri.rsplit("/", 2)
    return f"a {parts[-2]}" if len(parts) == 3 else iri


def _connection(ctx: _Context, q: str, a: str, b: str) -> AskResult:
    import networkx as nx

    first, second = ctx.linker.resolve(a), ctx.linker.resolve(b)
    graph = nx.Graph()
    labels: dict[str, str] = {}
    for row in ctx.select("connections"):
        s, o = _text(row["source"]), _text(row["target"])
        pred = _text(row["predicate"]).rsplit("#", 1)[-1]
        labels.setdefault(s, _text(row["sourceLabel"]))
        labels.setdefault(o, _text(row["targetLabel"]))
        weight = _PATH_WEIGHTS.get(pred, 2.0)
        if not graph.has_edge(s, o) or graph[s][o]["weight"] > weight:
            graph.add_edge(s, o, weight=weight, triple=(s, pred, o))
    answers: list[Answer] = []
    for x in first:
        for y in second:
            if x.iri == y.iri or x.iri not in graph or y.iri not in graph:
                continue
            try:
                path = nx.shortest_path(graph, x.iri, y.iri, weight="weight")
            except nx.NetworkXNoPath:
                continue
            about = f"{x.described} and {y.described}" if len(first) > 1 or len(second) > 1 else ""
            previous = None
            for node in path:
                label = labels.get(node) or _unnamed(node)
                if previous is None:
                    answers.append(Answer(label, node, [], "", about))
                else:
                    s, pred, o = graph[previous][node]["triple"]
                    verb = _PATH_VERBS.get(pred, pred)
                    sl, ol = labels.get(s) or _unnamed(s), labels.get(o) or _unnamed(o)
                    how = f"{ol} {verb} {sl}" if pred == "participant" else f"{sl} {verb} {ol}"
                    answers.append(Answer(label, node, ctx.evidence(s, pred, o), how, about))
                previous = node
            break  # the shortest connection for this pair of readings
    message = "" if answers else f"No connection between {a} and {b} is recorded."
    return ctx.result(q, answers, message)


def _when_adopted(ctx: _Context, q: str, name: str) -> AskResult:
    """When a framework was signed, adopted, launched or founded."""
    things = _frameworks_named(ctx, name)
    answers = []
    for thing in things:
        for row in ctx.select("framework", framework=thing.iri):
            if row["adopted"] is not None and _text(row["adopted"]):
                date = _text(row["adopted"])
                evidence = ctx.evidence(thing.iri, "adopted") or ctx.evidence(thing.iri)
                answers.append(Answer(date, thing.iri, evidence, _text(row["label"]), _about(things, thing)))
    message = "" if answers else f"No date of signing or adoption of {' or '.join(t.label for t in things)} is recorded."
    return ctx.result(q, _dedupe(answers), message)


def _co_chairs(ctx: _Context, q: str, name: str) -> AskResult:
    """"Who co-chaired F": the people who took part in F's meetings (a dialogue's co-chairs are
    the two officials who led it); the co-chair countries only when no one is recorded."""
    attended = _attendees(ctx, q, name)
    if attended is not None and attended.answers:
        return attended
    result = _members(ctx, q, name, "co-chair")
    if not result.answers and attended is not None:
        result.message = attended.message
    return result


def _framework_meetings(ctx: _Context, q: str, name: str) -> AskResult:
    """The meetings, sessions and editions of a framework or named event, dated or not."""
    things = _frameworks_named(ctx, name)
    answers: list[Answer] = []
    for thing in things:
        for answer in _event_answers(ctx, ctx.select("events-of", framework=thing.iri), "participant"):
            answer.about = _about(things, thing)
            answers.append(answer)
    message = "" if answers else f"No meeting of {' or '.join(t.label for t in things)} is recorded."
    return ctx.result(q, _dedupe(answers, by_iri=True), message)


def _about_entity(ctx: _Context, q: str, name: str) -> AskResult:
    """"Tell me about X": what "who is X" or "what is X" answers, pointing to the full profile."""
    result = _who_is(ctx, q, name)
    hint = f"For everything recorded about {name}: kg show \"{name}\""
    result.message = f"{result.message} {hint}".strip()
    return result


def _who_is(ctx: _Context, q: str, name: str) -> AskResult:
    link = ctx.linker.link(name, "person")
    if link.entities:
        return _offices(ctx, q, name)
    try:
        return _what_is(ctx, q, name)
    except UnknownName:
        raise UnknownName(name, "entity", ctx.linker.suggest(name)) from None


# -- question forms ----------------------------------------------------------------------------
_MEET = r"(?:meet(?:\s+with)?|met(?:\s+with)?|hold\s+talks\s+with|held\s+talks\s+with|have\s+talks\s+with|(?:talk|talked|speak|spoke|spoken)\s+(?:to|with)|call(?:ed)?\s+on|receive[ds]?|host(?:ed|s)?|welcome[ds]?|see|seen|saw|(?:tele)?phone[ds]?|pay\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+(?:on|to)|(?:hold|have)\s+an?\s+(?:bilateral\s+|virtual\s+|video\s+|telephone\s+|phone\s+)?(?:meeting|call|conversation|conference)\s+with)"
_WHO = r"(?:who|whom)"
# "when did A and B ...": the verbs of a meeting of the two, calls and talks by phone or video included
_PAIR_MEET = r"(?:meet|met|hold talks|held talks|have talks|had talks|talk|talked|speak|spoke|spoken|(?:hold|held|have|had) an? (?:bilateral |virtual |video |telephone |phone |courtesy )?(?:meeting|call|conversation|conference)|(?:talk|talked|speak|spoke|spoken|confer|conferred) (?:by (?:tele)?phone|on the (?:tele)?phone|by video(?: ?link)?|via video(?: ?link)?|virtually))"

Handler = Callable[[_Context, str, "re.Match[str]"], AskResult | None]
_FORMS: list[tuple[str, Handler]] = [
    # connections
    (r"how (?:is|are|was|were) (?P<a>.+?) (?:connected|related|linked|tied) (?:to|with) (?P<b>.+)", lambda c, q, m: _connection(c, q, m["a"], m["b"])),
    (r"how (?:are|were) (?P<a>.+?) and (?P<b>.+?) (?:connected|related|linked)", lambda c, q, m: _connection(c, q, m["a"], m["b"])),
    (r"what (?:connects|links) (?P<a>.+?) (?:and|to|with) (?P<b>.+)", lambda c, q, m: _connection(c, q, m["a"], m["b"])),
    # two persons
    (rf"when and where (?:did|does|will|has|have) (?P<a>.+?) {_MEET} (?P<b>.+)", lambda c, q, m: _when_and_where(c, q, m["a"], m["b"])),
    (rf"when and where (?:did|does|do|will|have|has) (?P<a>.+?) and (?P<b>.+?) {_PAIR_MEET}", lambda c, q, m: _when_and_where(c, q, m["a"], m["b"])),
    # "the Estonian and Finnish defence ministers": one office of each country
    (rf"(?P<w>when|where) (?:did|does|do|will|have|has) (?:the )?(?P<a>[\w'-]+(?: [\w'-]+)?) and (?P<b>[\w'-]+(?: [\w'-]+)?) (?P<t>[\w -]+?(?:ministers|secretaries|chiefs|commanders|advisers|advisors|presidents|leaders)) {_PAIR_MEET}", lambda c, q, m: _pair_or_none(c, q, f"{m['a']} {_singular(m['t'])}", f"{m['b']} {_singular(m['t'])}", m["w"].lower())),
    # "where did A and B first meet", "when did A last meet B": the earliest (latest) meeting held
    (rf"(?P<w>when|where) (?:did|have|has) (?P<a>.+?) and (?P<b>.+?) (?P<o>first|last) {_PAIR_MEET}", lambda c, q, m: _first_or_last(c, q, m["a"], m["b"], m["w"].lower(), m["o"].lower())),
    (rf"(?P<w>when|where) (?:did|have|has) (?P<a>.+?) (?P<o>first|last) {_MEET} (?P<b>.+)", lambda c, q, m: _first_or_last(c, q, m["a"], m["b"], m["w"].lower(), m["o"].lower())),
    (rf"(?P<w>when|where) (?:did|does|do|will|have|has) (?P<a>.+?) and (?P<b>.+?) {_PAIR_MEET}", lambda c, q, m: _pair_or_none(c, q, m["a"], m["b"], m["w"].lower())),
    (rf"(?P<w>when|where) (?:did|does|will|has|have) (?P<a>.+?) {_MEET} (?P<b>.+)", lambda c, q, m: _meeting_fact(c, q, m["a"], m["b"], m["w"].lower())),
    (rf"(?:did|has|have|does|will) (?P<a>.+?) (?:ever )?{_MEET} (?P<b>.+)", lambda c, q, m: _did_meet(c, q, m["a"], m["b"])),
    (rf"(?:did|have|has) (?P<a>.+?) and (?P<b>.+?) (?:ever )?{_PAIR_MEET}", lambda c, q, m: _did_meet(c, q, m["a"], m["b"])),
    (r"what (?:did|do|will) (?P<a>.+?) and (?P<b>.+?) (?:discuss|talk about|focus on|agree on|agree to|agree|decide|review|cover)", lambda c, q, m: _meeting_fact(c, q, m["a"], m["b"], "discuss")),
    (r"what (?:did|do|will) (?P<a>.+?) (?:discuss|talk about) with (?P<b>.+)", lambda c, q, m: _meeting_fact(c, q, m["a"], m["b"], "discuss")),
    (r"what (?:was|were|is|are) (?:the )?(?:topics? )?(?:discussed )?(?:between|by) (?P<a>.+?) and (?P<b>.+)", lambda c, q, m: _meeting_fact(c, q, m["a"], m["b"], "discuss")),
    (r"(?P<w>when|where) (?:was|is|will be|were) (?:the )?(?:meeting|talks|meetings) (?:between|of) (?P<a>.+?) and (?P<b>.+)", lambda c, q, m: _meeting_fact(c, q, m["a"], m["b"], m["w"].lower())),
    (r"(?P<w>when|where) (?:was|is|will be|were) (?P<a>.+?)'s? (?:meeting|talks|meetings) with (?P<b>.+)", lambda c, q, m: _meeting_fact(c, q, m["a"], m["b"], m["w"].lower())),
    # meetings at a place or on a day: before "who met X", which would read "in Male" as a name
    (r"(?:who|which \w+) (?:met|held talks|held meetings|had meetings|have met|has met|had talks|gathered|were|met each other) (?:in|at|on|during) (?P<x>.+)", lambda c, q, m: _people_met_in(c, q, m["x"])),
    # planned meetings of a person
    (r"with whom (?:will|is) (?P<a>.+?) (?:meet|hold talks|talk|be meeting|scheduled to meet|going to meet)", lambda c, q, m: _who_met(c, q, m["a"], planned_only=True)),
    (rf"{_WHO} (?:will|is|are|was) (?P<a>.+?) (?:scheduled|set|due|expected|going|slated|planning|planned|likely) to {_MEET}", lambda c, q, m: _who_met(c, q, m["a"], planned_only=True)),
    (rf"{_WHO} will (?P<a>.+?) (?:meet|hold talks|talk|hold a meeting|have talks)(?: with| to)?", lambda c, q, m: _who_met(c, q, m["a"], planned_only=True)),
    (r"who (?:will|is (?:scheduled|set|due|expected|going) to) (?:meet|hold talks with|talk (?:to|with)) (?P<a>.+)", lambda c, q, m: _who_met(c, q, m["a"], planned_only=True)),
    # meetings of a person at a place or in a period
    (rf"{_WHO} (?:did|has|had|have|does) (?P<a>.+?) (?:meet|met|meet with|met with|hold talks with|held talks with|talk(?:ed)? (?:to|with)|call(?:ed)? on|had talks with|see|saw|seen) (?:in|at|during) (?P<x>.+)", lambda c, q, m: _who_met(c, q, m["a"], where=m["x"])),
    (r"who (?:met|has met|had met|met with|held talks with|has held talks with|had talks with|talked (?:to|with)|called on) (?P<a>.+?) (?:in|at|during) (?P<x>.+)", lambda c, q, m: _who_met(c, q, m["a"], where=m["x"])),
    # all meetings of a person
    (r"with whom (?:did|has|had|have|does) (?P<a>.+?) (?:meet|met|hold talks|held talks|talk|talked|had talks|have talks)", lambda c, q, m: _who_met(c, q, m["a"])),
    (r"who (?:were|are|was|is) (?P<a>.+?)'s? (?:counterparts?|interlocutors?)", lambda c, q, m: _who_met(c, q, m["a"])),
    (rf"(?:{_WHO}|which (?:people|persons|officials|leaders|ministers|counterparts|dignitaries)) (?:did|has|had|have|does) (?P<a>.+?) (?:meet|met|meet with|met with|hold talks with|held talks with|talk(?:ed)? (?:to|with)|call(?:ed)? on|had talks with|see|saw|seen)", lambda c, q, m: _who_met(c, q, m["a"])),
    (r"(?:who|which (?:people|persons|officials|ministers)) (?:met|has met|have met|had met|meets|met with|has met with|held talks with|has held talks with|had talks with|talked (?:to|with)|called on|has called on|(?:has )?(?:held )?(?:a )?(?:bilateral )?meetings? with) (?P<a>.+)", lambda c, q, m: _who_met(c, q, m["a"])),
    # the other verbs of meeting reports: "who hosted X", "who did X receive"
    (r"(?:who|which (?:people|persons|officials|ministers|leaders)) (?:received|got|had|took) (?:a |an )?(?:courtesy |phone |telephone |video )?(?:call|visit|delegation) (?:from|led by) (?P<a>.+)", lambda c, q, m: _who_met(c, q, m["a"])),
    (r"(?:who|which (?:people|persons|officials|ministers|leaders)) (?:was|were|has been|have been) (?:visited|received|hosted|called on|met) by (?P<a>.+)", lambda c, q, m: _who_met(c, q, m["a"])),
    (r"(?:who|whom) (?:did|has|have|had|will|does) (?P<a>.+?) (?:pay|paid) (?:a |an )?(?:courtesy )?(?:call|visit)s? (?:on|to)", lambda c, q, m: _who_met(c, q, m["a"], planned_only=q.lower().startswith(("who will", "whom will")))),
    (r"(?:who|which (?:people|persons|officials|ministers)) (?:has |have |had )?(?:hosted|received|welcomed|spoke (?:to|with)|spoken (?:to|with)|phoned|telephoned|called|paid (?:a )?(?:courtesy )?(?:call|visit) (?:on|to)|held (?:a )?(?:telephone|phone|virtual|video) (?:call|conversation|meeting|conference) with) (?P<a>.+)", lambda c, q, m: _who_met(c, q, m["a"])),
    (r"(?:who|whom) (?:did|has|have|had|will|does) (?P<a>.+?) (?:host|hosted|receive|received|welcome|welcomed|speak (?:to|with)|spoken (?:to|with)|phone|phoned|call on|called on|call|called)", lambda c, q, m: _who_met(c, q, m["a"], planned_only=q.lower().startswith(("who will", "whom will")))),
    # every meeting, or those of a place or period
    (r"who (?:met|meets|has met|held talks with|talked to) whom(?: (?:in|at|during|on) (?P<x>.+))?", lambda c, q, m: _meetings_in(c, q, m["x"]) if m["x"] else _all_meetings(c, q)),
    (r"(?:list |show |give me )?(?:all )?(?:the )?(?:meetings|talks)(?: (?:recorded|known|reported|in the (?:graph|store|knowledge graph)))?|(?:which|what) meetings (?:are|were) (?:recorded|known|reported)", lambda c, q, m: _all_meetings(c, q)),
    # countries as the parties: their officials
    (r"(?:who|whom) (?:did|has|have|does|do) (?P<c>.+?) (?:meet|met|hold talks with|held talks with|talk to|talked to)", lambda c, q, m: _country_counterparts(c, q, m["c"])),
    (r"(?:which|what) (?P<a>.+?) (?:officials|ministers|leaders|officers|people|delegates) (?:met|have met|held talks with|talked to|met with) (?:the )?(?P<b>.+?) (?:officials|ministers|leaders|officers|people|delegates|counterparts)", lambda c, q, m: _meetings_between_countries(c, q, m["a"], m["b"])),
    # visits: meetings abroad
    (r"(?:which|what) countries (?:did|has|have|will|does) (?P<a>.+?) (?:visit|visited|travel to|travelled to|traveled to|go to|gone to|been to)", lambda c, q, m: _countries_visited(c, q, m["a"])),
    (r"(?:which|what) countries(?:'? (?:officials|leaders|representatives|delegations))? (?:did|has|have|does|do) (?P<a>.+?) (?:meet|met|meet with|met with|hold talks with|held talks with|have talks with|had talks with|talk(?:ed)? (?:to|with)|speak (?:to|with)|spoke(?:n)? (?:to|with)|engage(?:d)? with|interact(?:ed)? with|confer(?:red)? with)", lambda c, q, m: _countries_met(c, q, m["a"])),
    (r"with (?:which|what) countries(?:'? (?:officials|leaders|representatives))? (?:did|has|have|does|do) (?P<a>.+?) (?:meet|met|hold talks|held talks|have talks|had talks|talk|talked|speak|spoke|spoken|engage|engaged|interact|interacted|confer|conferred)", lambda c, q, m: _countries_met(c, q, m["a"])),
    (r"where (?:did|has|have|will|does) (?P<a>.+?) (?:travel|travelled|traveled|go|gone)(?: to)?", lambda c, q, m: _countries_visited(c, q, m["a"])),
    (r"(?:who|which (?:foreign )?(?:people|persons|officials|ministers|leaders|dignitaries|delegations)) (?:has |have |had )?(?:visited|travelled to|traveled to|came to|went to|toured) (?P<x>.+)", lambda c, q, m: _visitors(c, q, m["x"])),
    (r"(?:who|which (?:people|persons|officials|ministers|leaders)) (?:has |have |had )?(?:visited|toured) (?P<a>.+)", lambda c, q, m: _who_met(c, q, m["a"])),
    # who took part in a framework's meetings or an event
    (r"who (?:represented|led|headed) (?P<c>.+?)(?:'s delegation)? (?:at|in|during|to) (?:the )?(?P<f>.+)", lambda c, q, m: _representatives(c, q, m["c"], m["f"])),
    (r"who (?:led|headed) (?:the )?(?P<c>.+?) delegation (?:at|in|during|to) (?:the )?(?P<f>.+)", lambda c, q, m: _representatives(c, q, m["c"], m["f"])),
    (r"(?:who|which (?:people|persons|officials|ministers|leaders)) (?:attended|attends|took part in|takes part in|participated in|participates in|was at|were at|joined) (?P<f>.+)", lambda c, q, m: _attendees(c, q, m["f"])),
    (r"(?:who|which (?:people|persons|officials|ministers|leaders)) (?:is|are|was|were) (?:expected|scheduled|set|due|slated|likely|going) to (?:take part in|attend|participate in|join) (?P<f>.+)", lambda c, q, m: _attendees(c, q, m["f"])),
    (r"(?:which|what) (?:meetings|events|talks) (?:did|has|have|will|does|do) (?P<a>.+?) (?:attend|attended|hold|held|have|had|take part in|taken part in|participate in|join|joined)", lambda c, q, m: _meetings_of(c, q, m["a"])),
    (r"how many (?:meetings|talks|bilateral meetings|events) (?:did|has|have|does|do) (?P<a>.+?) (?:hold|held|have|had|attend|attended|take part in|taken part in)", lambda c, q, m: _meetings_of(c, q, m["a"], count=True)),
    (r"(?P<a>.+?)(?:'s)? (?:meetings|counterparts)", lambda c, q, m: _who_met_or_none(c, q, m["a"])),
    # events of a framework
    (r"when (?:did|does|do|will|was|were|is) (?P<f>.+?) (?:meet|met|convene|take place|held|happen|be held|scheduled)", lambda c, q, m: _when_framework_met(c, q, m["f"])),
    # offices
    (r"(?:what|which) (?:offices?|positions?|posts?|titles?|roles?|jobs?|portfolios?) (?:does|did|do|has) (?P<a>.+?) (?:hold|held|have|had|occupy|fill)", lambda c, q, m: _offices(c, q, m["a"])),
    (r"what (?:is|was|are) (?P<a>.+?)'s? (?:offices?|positions?|posts?|titles?|roles?|jobs?)", lambda c, q, m: _offices(c, q, m["a"])),
    (r"what (?:is|was|are) the (?:offices?|positions?|posts?|titles?|roles?|jobs?) (?:of|held by) (?P<a>.+)", lambda c, q, m: _offices(c, q, m["a"])),
    (r"who (?:is|was|are|'s|holds the office of|serves as|holds the post of) (?:the )?(?P<x>\S+ .+)", lambda c, q, m: _office_holders(c, q, m["x"])),
    # memberships
    (r"(?:which|what) countr(?:ies|y) (?:are|were|is|was) (?:the |a |an )?(?P<r>members?|member states?|dialogue partners?|co-?chairs?|chairs?|observers?|observer states?) (?:of|in|at) (?:the )?(?P<f>.+)", lambda c, q, m: _members(c, q, m["f"], _ROLE_WORDS.get(m["r"].lower().replace("cochair", "co-chair")))),
    (r"(?:which|what) countr(?:ies|y) (?:attends?|attended|joins?|joined|takes? part in|took part in|participates? in|sits? (?:on|in)) (?:the )?(?P<f>.+?) as (?:an? )?(?P<r>members?|dialogue partners?|co-?chairs?|observers?)", lambda c, q, m: _members(c, q, m["f"], _ROLE_WORDS.get(m["r"].lower()))),
    (r"(?:which|what) countr(?:ies|y) (?:has|have|had|holds?|held|enjoys?) (?:an? )?(?P<r>observer|member|dialogue partner)(?:ship)? (?:status|seats?|role) (?:in|at|of|with) (?:the )?(?P<f>.+)", lambda c, q, m: _members(c, q, m["f"], _ROLE_WORDS.get(m["r"].lower()))),
    (r"(?:which|what) countries (?:belong to|are in|make up|participate in|take part in|are part of|form) (?:the )?(?P<f>.+)", lambda c, q, m: _members(c, q, m["f"], None)),
    (r"(?:which|what) (?P<region>[\w'-]+(?: [\w'-]+){0,2}) (?:countries|states|nations) (?:belong to|are in|make up|participate in|take part in|are part of|form|are members of|are member states of) (?:the )?(?P<f>.+)", lambda c, q, m: _regional_members(c, q, m["f"], m["region"])),
    (r"(?:which|what) (?:two |three )?countries co-?(?:chair|host)(?:s|ed)? (?:the )?(?P<f>.+)", lambda c, q, m: _members(c, q, m["f"], "co-chair")),
    (r"who (?:co-?chairs?|chairs?|co-?chaired|chaired) (?:the )?(?P<f>.+)", lambda c, q, m: _co_chairs(c, q, m["f"])),
    (r"who (?:heads|headed|leads|led|commands|commanded|runs|ran|is (?:the )?(?:head|chief|leader) of|is in charge of) (?:the )?(?P<f>.+)", lambda c, q, m: _heads_of(c, q, m["f"])),
    (r"(?:who|which countries) (?:are|is|were|was) (?:the )?(?P<r>members?|member states?|dialogue partners?|co-?chairs?|observers?) (?:of|in|at) (?:the )?(?P<f>.+)", lambda c, q, m: _members(c, q, m["f"], _ROLE_WORDS.get(m["r"].lower()))),
    (r"(?:list |name )?(?:the )?(?P<r>members?|member states?|dialogue partners?|co-?chairs?|observers?) of (?:the )?(?P<f>.+)", lambda c, q, m: _members(c, q, m["f"], _ROLE_WORDS.get(m["r"].lower()))),
    (r"(?:who|which countries|what countries) (?:are|is|were) (?:the )?(?P<f>.+?)'s? (?P<r>members?|member states?|dialogue partners?|co-?chairs?|observers?)", lambda c, q, m: _members(c, q, m["f"], _ROLE_WORDS.get(m["r"].lower()))),
    # meetings by place or period
    (r"(?:which|what) meetings (?:are|were) (?:planned|scheduled|upcoming|announced|coming up)", lambda c, q, m: _planned(c, q)),
    (r"(?:which|what) (?:meetings|talks) (?:are|were|is) (?:planned|scheduled|expected|announced|coming up) (?:for|of|by) (?P<a>.+)", lambda c, q, m: _who_met(c, q, m["a"], planned_only=True)),
    (r"(?:which|what) (?:meetings|talks|events) (?:are|were|is) (?:planned|scheduled|expected|announced|coming up) (?:in|at|on|during|for) (?P<x>.+)", lambda c, q, m: _meetings_in(c, q, m["x"], planned_only=True)),
    (r"(?:which|what) (?:are the )?(?:planned|upcoming|scheduled|announced) meetings", lambda c, q, m: _planned(c, q)),
    (r"(?:which|what) (?:meetings|events|talks)(?: (?:took place|were held|have taken place|happened|have been held|occurred|are|were|will take place|are planned))? (?:in|at|during|on) (?P<x>.+)", lambda c, q, m: _meetings_in(c, q, m["x"])),
    (r"(?:meetings|events|talks) (?:in|at|during|on) (?P<x>.+)", lambda c, q, m: _meetings_in(c, q, m["x"])),
    (r"what (?:happened|took place|was held) (?:in|at|during|on) (?P<x>.+)", lambda c, q, m: _meetings_in(c, q, m["x"])),
    (r"(?:which|what) (?:meetings|talks|calls|conversations|contacts)(?: (?:were|was|have been|are|took place|happened))?(?: (?:held|conducted|made|recorded))?", lambda c, q, m: _all_meetings(c, q) if c.mode else None),
    (r"(?:list |show |give me )?(?:all )?(?:the )?(?:(?:tele)?phone (?:calls|conversations|talks)|virtual meetings|video ?(?:conferences|calls))", lambda c, q, m: _all_meetings(c, q)),
    # frameworks of a country
    (r"(?:which|what) (?P<k>[a-z ,/]+?) (?:does|do|did|has|have) (?P<c>.+?) (?:have|had|hold|held|sign|signed|conduct|conducted|share|run|agree|agreed|launch|launched) with (?P<d>.+)", lambda c, q, m: _frameworks_between(c, q, m["c"], m["d"], m["k"])),
    (r"(?:which|what) (?P<k>[a-z ,/]+?) (?:are|were|exist) (?:there )?between (?P<c>.+?) and (?P<d>.+)", lambda c, q, m: _frameworks_between(c, q, m["c"], m["d"], m["k"])),
    (r"(?:which|what) (?P<k>[a-z ,/]+?) (?:links?|connects?|binds?|tie|ties|linked|connected|bound) (?P<c>.+?) (?:and|to|with) (?P<d>.+)", lambda c, q, m: _frameworks_between(c, q, m["c"], m["d"], m["k"])),
    (r"what (?:did|have|has|do) (?P<c>.+?) and (?P<d>.+?) (?:sign|signed|ink|inked|conclude|concluded|agree to|agree on|agreed to|agreed on)", lambda c, q, m: _frameworks_between(c, q, m["c"], m["d"], "agreements")),
    (r"(?:which|what) (?P<k>[a-z ,/]+?) (?:do|did|have|had|has) (?P<c>.+?) and (?P<d>.+?) (?:both |jointly |together )?(?:have|hold|held|sign|signed|conduct|conducted|share|run|agree|agreed|launch|launched|take part in|belong to)", lambda c, q, m: _frameworks_between(c, q, m["c"], m["d"], m["k"])),
    (r"(?:which|what) (?P<k>[a-z ,/]+?) (?:are|were) (?P<c>.+?) and (?P<d>.+?) (?:both )?(?:members?|parties|part|partners|participants) (?:of|in|to)", lambda c, q, m: _frameworks_between(c, q, m["c"], m["d"], m["k"])),
    (r"(?:which|what) (?P<k>[a-z ,/]+?) (?:does|do|did|has|have) (?P<c>.+?) (?P<v>have|had|pursue|follow|hold|adopt|adopted|sign|signed|lead|run|promote|belong to|belonged to|take part in|taken part in|participate in|participated in|join|joined|co-?chair|chair)", lambda c, q, m: _frameworks_of(c, q, m["c"], m["k"], m["v"])),
    (r"what (?:are|were) (?P<c>.+?)'s? (?P<k>[a-z ,/]+)", lambda c, q, m: _frameworks_of(c, q, m["c"], m["k"])),
    (r"(?:which|what) (?P<k>[a-z ,/]+?) (?:is|was|are|were) (?P<c>.+?) (?:a |an )?(?P<r>member|part|party|participant|observer|dialogue partner|co-?chair)s? (?:of|in|to|at)", lambda c, q, m: _frameworks_of(c, q, m["c"], m["k"], m["r"])),
    (r"(?:which|what) (?P<k>[a-z ,/]+?) (?:is|was|are|were) (?P<c>.+?) in", lambda c, q, m: _frameworks_of(c, q, m["c"], m["k"], "in")),
    # what is
    (r"when (?:was|were|did) (?:the )?(?P<f>.+?) (?:signed|sign|adopted|adopt|launched|launch|founded|established|concluded|inked|agreed|set up)", lambda c, q, m: _when_adopted(c, q, m["f"])),
    (r"what (?:does|did) (?:the )?(?P<f>.+?) (?:stand for|mean)", lambda c, q, m: _what_is(c, q, m["f"])),
    (r"what (?:is|was|are) (?:the )?(?:full form|expansion|meaning|full name) of (?:the )?(?P<f>.+)", lambda c, q, m: _what_is(c, q, m["f"])),
    (r"(?:which|what) (?:meetings|events|sessions|talks|rounds) (?:were|are|was|have been|took place|were held|are held|happened) (?:held )?(?:under|as part of|within|of|at|during|on the sidelines of) (?P<f>.+)", lambda c, q, m: _framework_meetings(c, q, m["f"])),
    (r"(?:which|what) (?P<k>[a-z ,/]+?) (?:were|was|have been|has been|are|got) (?:signed|concluded|inked|adopted|launched|agreed(?: on)?|agreed upon|exchanged)", lambda c, q, m: _frameworks_signed(c, q, m["k"])),
    (r"(?:list |name |show(?: me)? |give me )?(?:all )?(?:the )?(?:(?P<k>[a-z ,/]+?) (?:signed|concluded|inked|adopted))", lambda c, q, m: _frameworks_signed(c, q, m["k"])),
    (r"(?:list|name|show(?: me)?|give me|who (?:are|were))(?: all)?(?: the)? (?P<t>[\w' -]+?(?:ministers|secretaries|chiefs|commanders|advisers|advisors|ambassadors|presidents|prime ministers|generals|admirals|envoys|heads))(?: (?:recorded|mentioned|known|in the (?:graph|store|knowledge graph)))?", lambda c, q, m: _title_holders(c, q, m["t"])),
    (r"(?:about|what do you know about|what is known about|describe|(?:the )?profile of) (?P<a>.+)", lambda c, q, m: _about_entity(c, q, m["a"])),
    (r"who (?:is|was) (?P<a>.+)", lambda c, q, m: _who_is(c, q, m["a"])),
    (r"what (?:is|was|are) (?:the )?(?P<f>.+)", lambda c, q, m: _what_is(c, q, m["f"])),
]
# The last two forms catch any "who is ..."/"what is ..."; when their name is unknown the
# question is more likely one of another kind than a question about an unknown entity.
_CATCH_ALL = 2
_COMPILED = [(re.compile(pattern, re.I), handler) for pattern, handler in _FORMS]


def _first_or_last(ctx: _Context, q: str, a: str, b: str, what: str, which: str) -> AskResult | None:
    """"Where did A and B first meet": of the pair's meetings held with a day, the earliest ("last":
    the latest); met in person before any call when the question says "meet". None when the two
    names are no persons."""
    try:
        meetings = _pair_meetings(ctx, a, b)
    except UnknownName:
        return None
    held = [t for t in meetings if (_text(t[2]["status"]) or "held") == "held" and t[2]["date"] is not None]
    in_person = [t for t in held if not set(_text(t[2].get("kinds")).split()) & {"telephone", "virtual"}]
    if in_person and re.search(r"\b(?:meet|met)\b", q, re.I):
        held = in_person
    if held:
        day = (min if which == "first" else max)(_text(t[2]["date"]) for t in held)
        meetings = [t for t in held if _text(t[2]["date"]) == day]
    return _meeting_fact(ctx, q, a, b, what, meetings)


def _pair_or_none(ctx: _Context, q: str, a: str, b: str, what: str) -> AskResult | None:
    try:
        return _meeting_fact(ctx, q, a, b, what)
    except UnknownName:
        return None  # "when did India and Maldives meet": not two persons


def _who_met_or_none(ctx: _Context, q: str, name: str) -> AskResult | None:
    name = re.sub(r"^(?:list|show|what are|who are|which are)\s+", "", name, flags=re.I)
    if not ctx.linker.link(name, "person").entities:
        return None
    return _who_met(ctx, q, name)


def clean_question(question: str) -> str:
    """One line, straight quotes, no trailing punctuation, no leading politeness."""
    q = question.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    q = re.sub(r"\s+", " ", q).strip()
    q = re.sub(r"[\s?!.]+$", "", q)
    q = re.sub(r"^(?:please\s+)?(?:(?:can|could) you\s+)?(?:tell me|say|show me)\s+", "", q, flags=re.I)
    q = re.sub(r"^(?:and|so|ok|okay),?\s+", "", q, flags=re.I)
    # How they met does not change who met whom: "spoke by phone with X", "talk to X on the phone"
    q = re.sub(r"\s+(?:by|over|on) (?:the )?(?:tele)?phone\b|\s+(?:by video(?: ?link)?|virtually|in person|together|jointly)\b", "", q, flags=re.I)
    q = re.sub(r"^(?:on )?(?:what|which) (?:date|day)\b", "when", q, flags=re.I)
    # "list everyone X met in Colombo" is "who did X met in Colombo" (the forms take either tense)
    q = re.sub(r"^(?:list|name|show(?: me)?|give(?: me)?)\s+(?:everyone|everybody|all(?: the)? (?:people|persons|officials|leaders)|the (?:people|persons|officials|leaders))\s+(?:whom?\s+|that\s+)?", "who did ", q, flags=re.I)
    # "bilateral talks", "a formal meeting": the kind of talks does not change who met whom
    q = re.sub(r"\b(?:bilateral|formal|official|delegation-level|one-on-one|one-to-one|wide-ranging|substantive) (talks|meetings?|discussions?|consultations?)\b", r"\1", q, flags=re.I)
    # "during Sjamsoeddin's visit": whose visit it was narrows nothing the store can test
    q = re.sub(r"\s+during (?:the )?[\w.' -]+?'s? (?:visit|trip|tour|stay)$", "", q, flags=re.I)
    # "the Indian and Indonesian militaries": the two countries
    q = re.sub(r"\b(?:the )?(\w+) and (\w+) (?:militaries|armed forces|armies|navies|governments|sides|defence forces|defense forces)\b", r"\1 and \2", q, flags=re.I)
    # "did X meet anyone from Brazil", "has X met any Brazilian officials": which Brazilian officials X met
    q = re.sub(r"^(?P<aux>did|has|have|will) (?P<a>.+?) (?:ever )?(?:meet|met|see|seen|talk(?:ed)? to|spoken to|speak to|hold talks with|held talks with) "
               r"(?:(?:anyone|anybody|someone|somebody|any officials?|any one) (?:from|of) (?P<c>.+)|any (?P<d>[\w'.-]+(?: [\w'.-]+)?) "
               r"(?:officials|leaders|ministers|counterparts|representatives|officers|dignitaries))$",
               lambda m: f"which {m['c'] or m['d']} officials {'will' if m['aux'].lower() == 'will' else 'did'} {m['a']} meet", q, flags=re.I)
    # "during his visit to New Delhi" is "in New Delhi"; "at his office" says nothing more
    q = re.sub(r"\s+during (?:his|her|their|its|the) (?:visit|trip|tour|stay|travels?) (?:to|in)\s+", " in ", q, flags=re.I)
    q = re.sub(r"\s+(?:at|in) (?:his|her|their) (?:office|residence|headquarters)$", "", q, flags=re.I)
    return q.strip(" ,")


def _strip_name(value: str) -> str:
    value = value.strip(" ,\"'")
    return re.sub(r"^(?:the|a|an)\s+", "", value, flags=re.I)


# A trailing "in <place>", "on <day>", "in <month year>", "during/on the sidelines of <event>"
_TRAILING_QUALIFIER = re.compile(r"(?P<core>.+?)\s+(?:(?:in|at|on|during)\s+(?:the\s+)?sidelines\s+of|in|at|on|during)\s+(?P<where>[^,]+)", re.I)


def ask(store: Any, question: str, *, linker: Linker | None = None) -> AskResult:
    """Answer an English question from the store; raises QuestionNotUnderstood / UnknownName."""
    q = clean_question(question)
    ctx = _Context(store, linker)
    ctx.mode = _meeting_mode(question)
    try:
        return _answer_qualified(ctx, question.strip(), q)
    except (QuestionNotUnderstood, UnknownName) as first_error:
        # "which Vietnamese officials did X meet": the question asked with "who", its answers
        # then narrowed to the persons the adjectives and office words describe
        narrowed = _QUALIFIED_PEOPLE.fullmatch(q)
        if narrowed is None:
            raise
        keep = _people_filter(ctx, narrowed["quals"].split(), narrowed["noun"])
        narrowed_ctx = _Context(store, ctx.linker)
        narrowed_ctx.mode = ctx.mode
        try:
            result = _answer_qualified(narrowed_ctx, question.strip(), "who" + narrowed["rest"])
        except (QuestionNotUnderstood, UnknownName):
            raise first_error from None
        before = len(result.answers)
        result.answers = [a for a in result.answers if keep(a.iri)]
        if before and not result.answers:
            result.message = f"None of the {before} answer(s) is {narrowed['quals'].strip()} {narrowed['noun']}."
        return result


def _answer_qualified(ctx: _Context, question: str, q: str) -> AskResult:
    try:
        return _answer(ctx, question, q)
    except (QuestionNotUnderstood, UnknownName) as first_error:
        # "who is X expected to meet in Mumbai": the question without its trailing place, period
        # or event, answered by a handler that filters by it (and only such a handler)
        qualified = _TRAILING_QUALIFIER.fullmatch(q)
        if qualified is None:
            raise
        ctx.where = _strip_name(qualified["where"])
        try:
            result = _answer(ctx, question, qualified["core"])
        except (QuestionNotUnderstood, UnknownName):
            raise first_error from None
        if not ctx.where_used:
            raise first_error from None
        return result


# "Which Gulf officials", "which Indian defence ministers", "what Vietnamese military leaders"
_PEOPLE_NOUNS = {
    "officials": "", "leaders": "", "people": "", "persons": "", "dignitaries": "", "counterparts": "", "delegates": "",
    "representatives": "", "figures": "", "officers": "", "ministers": "minister", "chiefs": "chief", "commanders": "commander",
    "secretaries": "secretary", "advisers": "adviser", "advisors": "adviser", "generals": "general", "admirals": "admiral",
}
_QUALIFIED_PEOPLE = re.compile(rf"(?:which|what) (?P<quals>(?:[\w'.-]+ ){{1,3}}?)(?P<noun>{'|'.join(_PEOPLE_NOUNS)})(?P<rest>(?: .*)?)", re.I)
# Words that narrow nothing ("which senior officials"), and those that narrow nothing before a
# word as vague as "officials" ("which foreign officials") but are part of a title before
# "secretaries" or "ministers" ("which foreign secretaries")
_VAGUE_QUALIFIERS = frozenset({"senior", "top", "other", "visiting", "high-level", "key", "the"})
_VAGUE_BEFORE_VAGUE_NOUNS = frozenset({"foreign", "government", "military", "official", "defence", "defense", "security"})


def _people_filter(ctx: _Context, words: list[str], noun: str) -> Callable[[str | None], bool]:
    """Whether an answer's node is a person of the countries (adjectives: "Indian", "Gulf") and
    office words ("defence", "Army" + the noun "chiefs") given; answers that are no person pass."""
    countries: set[str] = set()
    office_words = {_PEOPLE_NOUNS[noun.lower()]} - {""}
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):  # the longest run of words that names a country or region
            covered = _countries_of_adjective(" ".join(words[i:j]))
            if covered:
                countries |= covered
                i = j
                break
        else:
            vague = _VAGUE_QUALIFIERS | (_VAGUE_BEFORE_VAGUE_NOUNS if not office_words else frozenset())
            if words[i].lower() not in vague:
                office_words.add(_title_key(words[i]))
            i += 1

    facets: dict[str, tuple[set[str], list[set[str]]]] | None = None  # every person's, read once when first needed

    def keep(iri: str | None) -> bool:
        nonlocal facets
        entity = ctx.linker.entities.get(iri or "")
        if entity is None or "Person" not in entity.kinds:
            return True
        if facets is None:
            facets = _person_facets(ctx)
        person_countries, titles = facets.get(iri or "", (set(), []))
        return (not countries or bool(countries & person_countries)) and (not office_words or any(_titled(office_words, t) for t in titles))

    return keep


# "Which defence chiefs": in news a service chief's title says "Chief" or "Commander"
_CHIEF_WORDS = frozenset({"chief", "commander"})
_JUNIOR_WORDS = frozenset({"deputy", "vice", "assistant", "junior", "under", "adjutant"})
_CHIEF_QUALIFIERS = frozenset({"defence", "defense", "military", "service", "armed"})


def _titled(office_words: set[str], title: set[str]) -> bool:
    """Whether a title (its words) is one the question's office words describe."""
    # "defence ministers" are not their deputies nor ministers of state (unless the question says so);
    # a "Secretary of State for Defence" is a defence secretary
    junior = title & _JUNIOR_WORDS | ({"state"} if {"minister", "state"} <= title else set())
    if junior - office_words:
        return False
    if office_words <= title:
        return True
    # "defence chiefs": any chief or commander ("Chief of Army Staff", "Commander of the Navy")
    return "chief" in office_words and office_words - {"chief"} <= _CHIEF_QUALIFIERS and bool(title & _CHIEF_WORDS)


def _person_facets(ctx: _Context) -> dict[str, tuple[set[str], list[set[str]]]]:
    """Person IRI -> (ISO codes of their countries, the words of each office title they hold): one
    query for all (a profile query per person took ~0.1 s each on a store of 200 articles)."""
    facets: dict[str, tuple[set[str], list[set[str]]]] = {}
    for row in ctx.select("person-facets"):
        person_countries, titles = facets.setdefault(_text(row["person"]), (set(), []))
        if _text(row["aspect"]) == "country":
            person_countries.add(_text(row["item"]).rsplit("/", 1)[-1].upper())
        else:
            titles.append({_title_key(w) for w in re.findall(r"[\w'-]+", _text(row["label"]))})
    return facets


def _title_key(word: str) -> str:
    word = word.lower()
    return "defence" if word == "defense" else word


def _countries_of_adjective(text: str) -> set[str]:
    """ISO codes of the countries a country or region adjective covers ("Indian", "Gulf", "African")."""
    from .refdata import country_iso3, regional_adjectives

    iso3 = country_iso3(text)
    return {iso3} if iso3 else set(regional_adjectives().get(text.lower(), ()))


def _answer(ctx: _Context, question: str, q: str) -> AskResult:
    last_unknown: UnknownName | None = None
    specific_form_matched = False
    for number, (pattern, handler) in enumerate(_COMPILED):
        match = pattern.fullmatch(q)
        if not match:
            continue
        specific_form_matched |= number < len(_COMPILED) - _CATCH_ALL
        try:
            result = handler(ctx, question, _CleanMatch(match))
        except UnknownName as exc:
            last_unknown = last_unknown or exc
            continue  # another reading of the question may fit (e.g. "who is" + framework)
        if result is not None and (ctx.where is None or ctx.where_used):
            return result
    if last_unknown is not None and specific_form_matched:
        raise last_unknown
    hint = f" ({last_unknown})" if last_unknown is not None else ""
    raise QuestionNotUnderstood(
        f"cannot map the question '{question}' to a query{hint}. Questions understood:\n  - " + "\n  - ".join(QUESTION_FORMS)
    )


class _CleanMatch:
    """A regex match whose captured names are trimmed of articles and quotes."""

    def __init__(self, match: "re.Match[str]"):
        self._match = match

    def __getitem__(self, key: str) -> str:
        value = self._match[key]
        return _strip_name(value) if value is not None else value


# -- rendering ---------------------------------------------------------------------------------
def _cite(evidence: Evidence, width: int = 90) -> str:
    sentence = re.sub(r"\s+", " ", evidence.sentence).strip()
    if len(sentence) > width:
        sentence = sentence[: width - 1] + "…"
    return f'[{evidence.source}:{evidence.start}-{evidence.end}] "{sentence}"'


def render_text(result: AskResult, max_citations: int = 2) -> str:
    """Answers grouped by candidate, each with its details and a short citation."""
    lines: list[str] = []
    if result.message:
        lines.append(result.message)
    about = None
    for answer in result.answers:
        if answer.about != about:
            about = answer.about
            if about:
                lines.append(f"{about}:")
        indent = "  " if about else ""
        line = f"{indent}- {answer.text}"
        if answer.detail:
            line += f" ({answer.detail})"
        lines.append(line)
        for evidence in answer.evidence[:max_citations]:
            lines.append(f"{indent}    {_cite(evidence)}")
        if len(answer.evidence) > max_citations:
            lines.append(f"{indent}    … and {len(answer.evidence) - max_citations} more source(s)")
    if not result.answers and not result.message:
        lines.append("No answer found in the knowledge graph.")
    return "\n".join(lines) + "\n"
