"""A profile of any entity: names, offices, meetings as a timeline, frameworks, each with sources.

Built from the saved queries (person-profile, timeline, office-holders, frameworks-of,
framework, members, events-of, events-at) and, for every line, the articles that say so
(``queries/evidence.rq``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .ask import Evidence, _Context, _text
from .linking import Entity, Linker
from .namespaces import MEMBERSHIP_ROLE_PROPERTIES


@dataclass
class Line:
    text: str
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({e.source for e in self.evidence})

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "evidence": [e.to_dict() for e in self.evidence]}


@dataclass
class Profile:
    iri: str
    label: str
    kind: str
    description: str = ""
    sections: list[tuple[str, list[Line]]] = field(default_factory=list)

    def add(self, heading: str, lines: list[Line]) -> None:
        if lines:
            self.sections.append((heading, lines))

    def to_dict(self) -> dict[str, Any]:
        return {
            "iri": self.iri,
            "label": self.label,
            "kind": self.kind,
            "description": self.description,
            "sections": [{"heading": h, "lines": [line.to_dict() for line in lines]} for h, lines in self.sections],
        }


_KIND_ORDER = ("Person", "Country", "Office", "Meeting", "Event", "City", "Region", "Place", "Policy", "Agreement",
               "Forum", "Dialogue", "Organisation", "Exercise", "Initiative", "Framework")
_FRAMEWORK_KINDS = {"Policy", "Agreement", "Forum", "Dialogue", "Organisation", "Exercise", "Initiative", "Framework"}
_NAME_KINDS = {"label": "label", "alt": "altLabel", "acronym": "acronym", "expansion": "expansion", "title": "title"}
_ROLE_PREDICATES = MEMBERSHIP_ROLE_PROPERTIES


def _main_kind(entity: Entity) -> str:
    return next((k for k in _KIND_ORDER if k in entity.kinds), sorted(entity.kinds)[0] if entity.kinds else "Thing")


def profiles(store: Any, name: str, *, linker: Linker | None = None) -> list[Profile]:
    """Profiles of every entity the name can mean (one unless the name is ambiguous)."""
    ctx = _Context(store, linker)
    return [profile_of(ctx, entity) for entity in ctx.linker.resolve(name)]


def profile_of(ctx: _Context, entity: Entity) -> Profile:
    from rdflib import Literal

    kind = _main_kind(entity)
    profile = Profile(entity.iri, entity.label, kind, entity.description)
    names = [Line(f"{name} ({how if how != 'alt' else 'also'})", ctx.evidence(entity.iri, _NAME_KINDS[how], Literal(name)))
             for name, how in sorted(entity.names.items(), key=lambda x: (x[1] != "label", x[0])) if how != "title"]
    profile.add("Names", names)
    if kind == "Person":
        _person(ctx, entity, profile)
    elif kind == "Country":
        _country(ctx, entity, profile)
    elif kind in _FRAMEWORK_KINDS:
        _framework(ctx, entity, profile)
    elif kind in ("City", "Region", "Place"):
        _place(ctx, entity, profile)
    elif kind in ("Meeting", "Event"):
        _event(ctx, entity, profile)
    elif kind == "Office":
        _office(ctx, entity, profile)
    return profile


def _timeline_lines(ctx: _Context, entity: Entity, exclude: str | None = None) -> list[Line]:
    lines = []
    rows = ctx.select("timeline", entity=entity.iri)
    rows.sort(key=lambda r: (r["date"] is None, _text(r["date"])))  # dated first, undated last
    for row in rows:
        event = _text(row["event"])
        others = [p for p in _text(row["participants"]).split("; ") if p and p != exclude]
        what = _text(row["label"]) if _text(row["kind"]) == "Event" else ("with " + ", ".join(sorted(others)) if others else "meeting")
        if _text(row["kind"]) == "Event" and others:
            what += " (with " + ", ".join(sorted(others)) + ")"
        when = _text(row["date"]) or "date unknown"
        where = f" in {_text(row['place'])}" if row["place"] is not None else ""
        status = _text(row["status"]) or "held"
        lines.append(Line(f"{when}  {what}{where} [{status}]", ctx.evidence(event, "participant") or ctx.evidence(event)))
    return lines


def _person(ctx: _Context, entity: Entity, profile: Profile) -> None:
    rows = ctx.select("person-profile", person=entity.iri)
    offices, countries = [], []
    titles: dict[str, dict[str, list[str]]] = {}  # office -> {"title": [...], "alt": [...]}
    for row in rows:
        if _text(row["aspect"]) == "office":
            kinds = titles.setdefault(_text(row["item"]), {"title": [], "alt": [], "country": []})
            kinds["title" if _text(row["labelKind"]) == "title" else "alt"].append(_text(row["label"]))
            kinds["country"].append(_text(row["detail"]))
    for office, kinds in titles.items():
        names = sorted(set(kinds["title"])) + sorted(set(kinds["alt"]) - set(kinds["title"]))
        label = names[0] + (f", {kinds['country'][0]}" if kinds["country"][0] else "")
        if names[1:]:
            label += f" (also: {', '.join(names[1:])})"
        offices.append(Line(label, ctx.evidence(entity.iri, "holds", office)))
    for row in rows:
        aspect, item = _text(row["aspect"]), _text(row["item"])
        if aspect == "country":
            countries.append(Line(_text(row["label"]), ctx.evidence(entity.iri, "nationality", item)))
            office_items = [_text(r["item"]) for r in rows if _text(r["aspect"]) == "office"]
            for office in dict.fromkeys(office_items):  # or the office that belongs to the country
                countries[-1].evidence.extend(ctx.evidence(office, "officeOf", item))
    profile.add("Offices", offices)
    profile.add("Countries", _unique(countries))
    profile.add("Meetings", _timeline_lines(ctx, entity, exclude=entity.label))


def _unique(lines: list[Line]) -> list[Line]:
    seen: dict[str, Line] = {}
    for line in lines:
        if line.text in seen:
            known = {(e.source, e.start) for e in seen[line.text].evidence}
            seen[line.text].evidence.extend(e for e in line.evidence if (e.source, e.start) not in known)
        else:
            seen[line.text] = line
    return list(seen.values())


def _country(ctx: _Context, entity: Entity, profile: Profile) -> None:
    holders = []
    for row in ctx.select("office-holders", country=entity.iri):
        person = _text(row["person"])
        holders.append(Line(f"{_text(row['officeTitle'])}: {_text(row['personLabel'])}", ctx.evidence(person, "holds", _text(row["office"]))))
    profile.add("Office holders", _unique(holders))
    frameworks = []
    for row in ctx.select("frameworks-of", country=entity.iri):
        f, role = _text(row["framework"]), _text(row["role"])
        if role in _ROLE_PREDICATES:
            evidence = ctx.evidence(entity.iri, _ROLE_PREDICATES[role], f)
        else:
            evidence = ctx.evidence(f, "policyOf" if role == "owner" else "involves", entity.iri)
        frameworks.append(Line(f"{_text(row['frameworkLabel'])} ({_text(row['kind']) or 'framework'}; {role})", evidence))
    profile.add("Frameworks and memberships", frameworks)
    profile.add("Meetings and events", _timeline_lines(ctx, entity))


def _framework(ctx: _Context, entity: Entity, profile: Profile) -> None:
    rows = ctx.select("framework", framework=entity.iri)
    facts = []
    if rows:
        row = rows[0]
        for column, predicate, caption in (("kind", None, "kind"), ("acronym", "acronym", "acronym"), ("expansion", "expansion", "stands for"),
                                           ("owner", "policyOf", "policy of"), ("countries", "involves", "involves")):
            value = _text(row[column])
            if value:
                facts.append(Line(f"{caption}: {value}", ctx.evidence(entity.iri, predicate) if predicate else []))
    profile.add("About", facts)
    members = []
    for row in ctx.select("members", framework=entity.iri):
        country, role = _text(row["country"]), _text(row["role"])
        members.append(Line(f"{_text(row['countryLabel'])} ({role})", ctx.evidence(country, _ROLE_PREDICATES[role], entity.iri)))
    profile.add("Members", members)
    posts = []  # "Secretary-General: X"
    for row in ctx.select("office-holders", country=entity.iri):
        posts.append(Line(f"{_text(row['officeTitle'])}: {_text(row['personLabel'])}", ctx.evidence(_text(row["person"]), "holds", _text(row["office"]))))
    profile.add("Posts", _unique(posts))
    events = []
    for row in ctx.select("events-of", framework=entity.iri):
        event = _text(row["event"])
        text = f"{_text(row['date']) or 'date unknown'}  {_text(row['label']) or 'meeting'}"
        if row["place"] is not None:
            text += f" in {_text(row['place'])}"
        events.append(Line(text + f" [{_text(row['status']) or 'held'}]", ctx.evidence(event)))
    profile.add("Meetings and events", events)


def _place(ctx: _Context, entity: Entity, profile: Profile) -> None:
    lines = []
    for row in ctx.select("events-at", place=entity.iri):
        event = _text(row["event"])
        participants = sorted(p for p in _text(row["participants"]).split("; ") if p)
        what = _text(row["label"]) if _text(row["kind"]) == "Event" or not participants else " and ".join(participants)
        lines.append(Line(f"{_text(row['date']) or 'date unknown'}  {what} [{_text(row['status']) or 'held'}]", ctx.evidence(event, "place", entity.iri)))
    profile.add("Meetings and events here", lines)


def _event(ctx: _Context, entity: Entity, profile: Profile) -> None:
    facts = []
    seen = set()
    for predicate, value, term in _facts_about(ctx, entity.iri):
        if (predicate, value) in seen or predicate in ("type", "label", "altLabel"):
            continue
        seen.add((predicate, value))
        facts.append(Line(f"{predicate}: {value}", ctx.evidence(entity.iri, predicate, term)))
    profile.add("Facts", _unique(facts))


def _office(ctx: _Context, entity: Entity, profile: Profile) -> None:
    from rdflib import Literal

    _event(ctx, entity, profile)
    facts = _facts_about(ctx, entity.iri)
    titles = [str(term) for predicate, _, term in facts if predicate == "title"]
    countries = [str(term) for predicate, _, term in facts if predicate in ("officeOf", "postIn")]  # or its organisation
    holders = []
    for title in titles[:1]:
        bindings = {"title": Literal(title), **({"country": countries[0]} if countries else {})}
        for row in ctx.select("office-holders", **bindings):
            if _text(row["office"]) == entity.iri:
                holders.append(Line(_text(row["personLabel"]), ctx.evidence(_text(row["person"]), "holds", entity.iri)))
    profile.add("Holders", _unique(holders))


def _facts_about(ctx: _Context, iri: str) -> list[tuple[str, str, Any]]:
    """(predicate local name, value label, value term) of every fact about a node, from the
    evidence query."""
    from rdflib import URIRef

    from .queries import load_query, run
    from .store import from_ox

    result = run(ctx.store, load_query("evidence"), {"subject": URIRef(iri)})
    index = {v: i for i, v in enumerate(result.variables)}
    labels = {e.iri: e.label for e in ctx.linker.entities.values()}
    facts = []
    for row in result.rows:
        predicate = str(from_ox(row[index["predicate"]])).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        value = from_ox(row[index["object"]])
        facts.append((predicate, labels.get(str(value), str(value)), value))
    return facts


def render_text(profiles: list[Profile], max_sources: int = 3) -> str:
    out: list[str] = []
    if len(profiles) > 1:
        out.append(f"{len(profiles)} entities have this name:")
        out.append("")
    for profile in profiles:
        title = f"{profile.label}  ({profile.kind}"
        title += f": {profile.description})" if profile.description else ")"
        out.append(title)
        out.append(f"  {profile.iri}")
        for heading, lines in profile.sections:
            out.append(f"  {heading}:")
            for line in lines:
                sources = line.sources
                cited = ", ".join(sources[:max_sources]) + (f" +{len(sources) - max_sources}" if len(sources) > max_sources else "")
                out.append(f"    - {line.text}" + (f"   [{cited}]" if cited else ""))
        out.append("")
    return "\n".join(out) + "\n"
