"""Exports of the store: RDF for Protégé and other tools, graphs for Gephi, yEd, Graphviz, Cytoscape.

Two families of output:

* RDF: ``trig`` / ``nq`` (the whole dataset, one named graph per assertion, lossless),
  ``jsonld`` (the same, with a context giving the ontology's terms short names) and ``ttl``
  (one OWL 2 DL file for Protégé: ontology + individuals, each fact's provenance flattened into
  an ``owl:Axiom`` annotation).
* Graphs (networkx): ``graphml``, ``gexf``, ``dot``, ``cytoscape``. The ``full`` view has the
  entities (persons, countries, offices, places, frameworks, events, meetings) as nodes and
  the relations between them as edges; the ``people`` view is the person-to-person meeting
  network, edge weight = number of meetings, with their dates (GEXF spells for Gephi's timeline).

:func:`entity_graph` and :func:`people_graph` are also what ``kg viz`` and ``kg stats`` draw on.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .errors import UsageError
from .namespaces import DK, PREFIXES, PROVENANCE_GRAPH
from .owl import load_ontology, reasoner_safe
from .store import KGStore

FORMATS: dict[str, str] = {
    "ttl": "Turtle for Protégé: ontology + individuals, evidence as OWL axiom annotations",
    "trig": "TriG: every fact in its own named graph, with the provenance graph",
    "nq": "N-Quads: the same dataset, one quad per line",
    "jsonld": "JSON-LD: the dataset, with a context mapping the ontology's terms to short names",
    "graphml": "GraphML (networkx) for Gephi, yEd, Cytoscape desktop",
    "gexf": "GEXF (networkx) for Gephi; dates as spells for the timeline",
    "dot": "Graphviz DOT",
    "cytoscape": "Cytoscape.js JSON (elements with data)",
}
GRAPH_FORMATS = ("graphml", "gexf", "dot", "cytoscape")
VIEWS = ("full", "people")

_EXTENSIONS = {
    ".ttl": "ttl",
    ".owl.ttl": "ttl",
    ".trig": "trig",
    ".nq": "nq",
    ".nquads": "nq",
    ".jsonld": "jsonld",
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".dot": "dot",
    ".gv": "dot",
    ".cyjs": "cytoscape",
}

# Classes that are bookkeeping, not things in the world: never nodes of a graph view.
_META_CLASSES = {DK.Article, DK.Assertion, DK.BuildRun}

# Broad kind of each class, for colours, filters and the legend (docs/data-model.md, Classes).
_GROUP_OF = {
    "Person": "Person",
    "Country": "Country",
    "Office": "Office",
    "Place": "Place",
    "City": "Place",
    "Region": "Place",
    "Event": "Event",
    "Meeting": "Meeting",
    "Framework": "Framework",
    "Agreement": "Framework",
    "Policy": "Framework",
    "Forum": "Framework",
    "Dialogue": "Framework",
    "Organisation": "Framework",
    "Exercise": "Framework",
    "Initiative": "Framework",
}
# Colour (Tableau 10, readable on white and in grey print) and shape per broad kind; shared by
# the DOT export and the HTML viewer so that both look alike.
GROUP_STYLE: dict[str, dict[str, str]] = {
    "Person": {"color": "#4e79a7", "shape": "ellipse", "dot_shape": "ellipse"},
    "Country": {"color": "#59a14f", "shape": "hexagon", "dot_shape": "hexagon"},
    "Office": {"color": "#f28e2b", "shape": "round-rectangle", "dot_shape": "box"},
    "Meeting": {"color": "#e15759", "shape": "diamond", "dot_shape": "diamond"},
    "Event": {"color": "#b07aa1", "shape": "star", "dot_shape": "star"},
    "Framework": {"color": "#76b7b2", "shape": "rectangle", "dot_shape": "component"},
    "Place": {"color": "#edc948", "shape": "triangle", "dot_shape": "triangle"},
    "Other": {"color": "#9c9c9c", "shape": "ellipse", "dot_shape": "ellipse"},
}

# Annotation properties of the OWL export (declared in the export itself). They are distinct
# from dk:evidenceText / dk:start / dk:end / dk:rule / dk:confidence, which the store uses on
# assertion graphs and the ontology may declare as data properties: OWL 2 DL forbids one IRI
# being both a data property and an annotation property.
# Annotation properties that carry a fact's evidence on its owl:Axiom; declared (with labels and
# comments) in ontology/diplokg.ttl, which the export includes.
EVIDENCE_ANNOTATIONS: tuple[str, ...] = (
    "evidenceArticle",
    "evidenceSentence",
    "evidenceStart",
    "evidenceEnd",
    "evidenceRule",
    "evidenceConfidence",
)

_NAMING_PREDICATES = {RDF.type, RDFS.label, URIRef("http://www.w3.org/2004/02/skos/core#altLabel")}


# ------------------------------------------------------------------------------------------------
# entry points
# ------------------------------------------------------------------------------------------------


def format_from_path(path: str | Path) -> str:
    """The export format a file name asks for, from its extension (``kg.graphml`` -> ``graphml``)."""
    name = Path(path).name.lower()
    for ext in sorted(_EXTENSIONS, key=len, reverse=True):
        if name.endswith(ext):
            return _EXTENSIONS[ext]
    known = ", ".join(sorted(_EXTENSIONS))
    raise UsageError(f"cannot tell the export format from '{Path(path).name}' (known extensions: {known}); give --format")


def export(store: KGStore, fmt: str, *, view: str = "full") -> bytes:
    """Serialise the store in ``fmt`` (a key of :data:`FORMATS`); ``view`` applies to graph formats."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format '{fmt}'; choose one of: {', '.join(FORMATS)}")
    if view not in VIEWS:
        raise UsageError(f"unknown view '{view}'; choose one of: {', '.join(VIEWS)}")
    if view != "full" and fmt not in GRAPH_FORMATS:
        raise UsageError(f"--view {view} applies to the graph formats ({', '.join(GRAPH_FORMATS)}), not to {fmt}")
    if fmt in ("trig", "nq"):
        return dataset_bytes(store, fmt)
    if fmt == "jsonld":
        return jsonld_bytes(store)
    if fmt == "ttl":
        return owl_graph(store).serialize(format="turtle").encode("utf-8")
    graph = people_graph(store) if view == "people" else entity_graph(store)
    if fmt == "graphml":
        return graphml_bytes(graph)
    if fmt == "gexf":
        return gexf_bytes(graph)
    if fmt == "dot":
        return dot_text(graph).encode("utf-8")
    return json.dumps(cytoscape_json(graph), ensure_ascii=False, indent=1).encode("utf-8")


# ------------------------------------------------------------------------------------------------
# RDF datasets
# ------------------------------------------------------------------------------------------------


def _prefix_map() -> dict[str, str]:
    return {p: str(ns) for p, ns in PREFIXES.items()}


def dataset_bytes(store: KGStore, fmt: str) -> bytes:
    """The whole dataset with its named graphs, as TriG or N-Quads (written by Oxigraph itself)."""
    if fmt == "trig":
        return store.db.dump(format=ox.RdfFormat.TRIG, prefixes=_prefix_map()) or b""
    if fmt == "nq":
        return store.db.dump(format=ox.RdfFormat.N_QUADS) or b""
    raise UsageError(f"'{fmt}' is not a dataset format (trig, nq)")


def jsonld_context(store: KGStore) -> dict[str, Any]:
    """A JSON-LD context: the prefixes, and a short name for every ontology term and data predicate.

    Properties whose values are all IRIs get ``"@type": "@id"`` so that their values compact to
    plain strings. Short names that would collide (same local name in two vocabularies) keep
    their prefixed form.
    """
    context: dict[str, Any] = dict(_prefix_map())
    kinds: dict[URIRef, str] = {}  # term -> "class" | "object" | "data"
    onto = load_ontology()
    for kind, owl_type in (("class", OWL.Class), ("object", OWL.ObjectProperty), ("data", OWL.DatatypeProperty), ("data", OWL.AnnotationProperty)):
        for term in onto.subjects(RDF.type, owl_type):
            if isinstance(term, URIRef):
                kinds.setdefault(term, kind)
    rows = store.select(
        "SELECT ?p (SUM(IF(isIRI(?o), 0, 1)) AS ?literals) WHERE { ?s ?p ?o } GROUP BY ?p"
    )
    for row in rows:
        p = row["p"]
        if p == RDF.type or not isinstance(p, URIRef):
            continue
        kinds[p] = "object" if int(row["literals"]) == 0 else "data"
    for cls in store.select("SELECT DISTINCT ?c WHERE { ?s a ?c }"):
        if isinstance(cls["c"], URIRef):
            kinds.setdefault(cls["c"], "class")

    by_name: dict[str, list[URIRef]] = defaultdict(list)
    for term in kinds:
        name = local_name(term)
        if name and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) and name not in context:
            by_name[name].append(term)
    for name, terms in sorted(by_name.items()):
        if len(terms) != 1:
            continue
        term = terms[0]
        compact = compact_iri(term)
        context[name] = {"@id": compact, "@type": "@id"} if kinds[term] == "object" else compact
    return context


def jsonld_bytes(store: KGStore) -> bytes:
    """The dataset as JSON-LD (named graphs as ``@graph`` objects), compacted with :func:`jsonld_context`."""
    ds = store.to_dataset()
    text = ds.serialize(format="json-ld", context=jsonld_context(store), auto_compact=True)
    return text.encode("utf-8")


# ------------------------------------------------------------------------------------------------
# OWL for Protégé
# ------------------------------------------------------------------------------------------------


def owl_graph(store: KGStore) -> rdflib.Graph:
    """Ontology + individuals in one OWL 2 DL graph, every asserted fact with its evidence.

    Each triple of an assertion graph becomes a plain triple plus one ``owl:Axiom`` per graph
    that asserts it (``owl:annotatedSource/Property/Target``) carrying the article, sentence,
    offsets, rule and confidence. Every entity is an ``owl:NamedIndividual``; articles are kept
    as individuals (the annotations point at them); assertion and build-run nodes are flattened
    away. Date literals are rewritten by :func:`diplokg.owl.reasoner_safe` into datatypes that
    OWL 2 reasoners accept.
    """
    out = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        out.bind(prefix, ns)
    onto = load_ontology()
    out += onto

    prov = _provenance(store)
    asserted: dict[tuple[Any, Any, Any], list[URIRef]] = defaultdict(list)
    for s, p, o, g in store.quads():
        if g is None:
            continue
        if g == PROVENANCE_GRAPH:
            # Articles stay (annotations point at them); assertions and runs become annotations.
            if s in prov.articles:
                out.add((s, p, o))
            continue
        asserted[(s, p, o)].append(g)

    _keep_one_value_of_functional_properties(asserted, onto)
    individuals: set[URIRef] = set(prov.articles)
    for (s, p, o), graphs in sorted(asserted.items()):
        out.add((s, p, o))
        if isinstance(s, URIRef):
            individuals.add(s)
        if p != RDF.type and isinstance(o, URIRef):
            individuals.add(o)
        for g in sorted(set(graphs)):
            info = prov.assertions.get(g)
            if info is None:
                continue
            axiom = BNode()
            out.add((axiom, RDF.type, OWL.Axiom))
            out.add((axiom, OWL.annotatedSource, s))
            out.add((axiom, OWL.annotatedProperty, p))
            out.add((axiom, OWL.annotatedTarget, o))
            for name, value in info.items():
                out.add((axiom, DK[name], value))
    for ind in individuals:
        out.add((ind, RDF.type, OWL.NamedIndividual))

    _declare_undeclared(out)

    return reasoner_safe(out)


def _keep_one_value_of_functional_properties(asserted: dict[tuple[Any, Any, Any], list[URIRef]], onto: rdflib.Graph) -> None:
    """Where articles disagree on a functional property (two dates, "planned" and "held"), keep
    one value (see :func:`_preferred`) so that the OWL file stays consistent; the TriG export
    keeps every reading."""
    functional = set(onto.subjects(RDF.type, OWL.FunctionalProperty))
    values: dict[tuple[Any, Any], list[Any]] = defaultdict(list)
    for s, p, o in asserted:
        if p in functional:
            values[(s, p)].append(o)
    for (s, p), objects in values.items():
        if len(objects) < 2:
            continue
        keep = objects[0]
        for o in objects[1:]:
            if _preferred(local_name(p), str(o), str(keep)):
                keep = o
        for o in objects:
            if o != keep:
                del asserted[(s, p, o)]


@dataclass
class _Provenance:
    articles: set[URIRef]
    assertions: dict[URIRef, dict[str, Any]]  # assertion graph -> evidence annotation name -> value


def _provenance(store: KGStore) -> _Provenance:
    rows = store.select(
        """
        SELECT ?g ?article ?text ?start ?end ?rule ?confidence WHERE {
          ?g prov:wasDerivedFrom ?article .
          OPTIONAL { ?g dk:evidenceText ?text }
          OPTIONAL { ?g dk:start ?start }
          OPTIONAL { ?g dk:end ?end }
          OPTIONAL { ?g dk:rule ?rule }
          OPTIONAL { ?g dk:confidence ?confidence }
        }"""
    )
    assertions: dict[URIRef, dict[str, Any]] = {}
    for row in rows:
        info: dict[str, Any] = {"evidenceArticle": row["article"]}
        for var, name in (("text", "evidenceSentence"), ("start", "evidenceStart"), ("end", "evidenceEnd"), ("rule", "evidenceRule"), ("confidence", "evidenceConfidence")):
            if row[var] is not None:
                info[name] = row[var]
        assertions[row["g"]] = info  # type: ignore[index]
    articles = {r["a"] for r in store.select("SELECT DISTINCT ?a WHERE { ?a a dk:Article }")}
    return _Provenance(articles, assertions)  # type: ignore[arg-type]


_DECLARED_PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
_BUILTIN = (str(RDF), str(RDFS), str(OWL), str(XSD))


def _declare_undeclared(graph: rdflib.Graph) -> None:
    """Declare every property and class the data uses but the ontology does not (OWL 2 DL needs it).

    Terms of diplokg become object or data properties by what their values are; terms of other
    vocabularies (SKOS labels, schema:url, ...) become annotation properties, which never
    constrain reasoning.
    """
    declared = {s for t in _DECLARED_PROPERTY_TYPES for s in graph.subjects(RDF.type, t)}
    classes = set(graph.subjects(RDF.type, OWL.Class))
    values: dict[URIRef, set[str]] = defaultdict(set)
    for s, p, o in graph:
        if p == RDF.type:
            if isinstance(o, URIRef) and not str(o).startswith(_BUILTIN) and o not in classes:
                graph.add((o, RDF.type, OWL.Class))
                classes.add(o)
            continue
        if isinstance(p, URIRef) and not str(p).startswith(_BUILTIN) and p not in declared:
            values[p].add("iri" if isinstance(o, URIRef) else "literal" if isinstance(o, Literal) else "bnode")
    for p, kinds in values.items():
        if str(p).startswith(str(DK)) and kinds == {"iri"}:
            graph.add((p, RDF.type, OWL.ObjectProperty))
        elif str(p).startswith(str(DK)) and kinds == {"literal"}:
            graph.add((p, RDF.type, OWL.DatatypeProperty))
        else:
            graph.add((p, RDF.type, OWL.AnnotationProperty))


# ------------------------------------------------------------------------------------------------
# graph views
# ------------------------------------------------------------------------------------------------


def local_name(iri: Any) -> str:
    text = str(iri)
    return re.split(r"[#/]", text)[-1] if text else text


def compact_iri(iri: URIRef) -> str:
    for prefix, ns in PREFIXES.items():
        if str(iri).startswith(str(ns)) and len(str(iri)) > len(str(ns)):
            return f"{prefix}:{str(iri)[len(str(ns)):]}"
    return str(iri)


def _pick_type(classes: Iterable[str]) -> str:
    """The most specific known class among a node's classes (Meeting over Event, Forum over Framework)."""
    names = sorted(set(classes))
    specific = [c for c in names if c in _GROUP_OF and _GROUP_OF[c] != c]
    if specific:
        return specific[0]
    known = [c for c in names if c in _GROUP_OF]
    for preferred in ("Meeting", "Person", "Office", "Country"):
        if preferred in known:
            return preferred
    return (known or names)[0]


def group_of(type_name: str) -> str:
    """The broad kind (legend entry) of a class local name."""
    return _GROUP_OF.get(type_name, "Other")


def evidence_by_triple(store: KGStore) -> dict[tuple[Any, Any, Any], list[dict[str, Any]]]:
    """Every asserted triple -> its evidence: article, sentence, offsets, rule, confidence."""
    rows = store.select(
        """
        SELECT ?s ?p ?o ?article ?text ?start ?end ?rule ?confidence WHERE {
          GRAPH ?g { ?s ?p ?o }
          ?g prov:wasDerivedFrom ?article .
          OPTIONAL { ?g dk:evidenceText ?text }
          OPTIONAL { ?g dk:start ?start }
          OPTIONAL { ?g dk:end ?end }
          OPTIONAL { ?g dk:rule ?rule }
          OPTIONAL { ?g dk:confidence ?confidence }
        }"""
    )
    evidence: dict[tuple[Any, Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        evidence[(r["s"], r["p"], r["o"])].append(
            {
                "article": str(r["article"]),
                "sentence": str(r["text"]) if r["text"] is not None else "",
                "start": int(r["start"]) if r["start"] is not None else None,
                "end": int(r["end"]) if r["end"] is not None else None,
                "rule": str(r["rule"]) if r["rule"] is not None else "",
                "confidence": float(r["confidence"]) if r["confidence"] is not None else None,
            }
        )
    return evidence


def articles(store: KGStore) -> dict[str, dict[str, str]]:
    """Article IRI -> label, published date, URL, source file (whatever is known)."""
    rows = store.select(
        """
        SELECT ?a ?label ?published ?url ?file WHERE {
          ?a a dk:Article .
          OPTIONAL { ?a rdfs:label ?label }
          OPTIONAL { ?a dk:published ?published }
          OPTIONAL { ?a schema:url ?url }
          OPTIONAL { ?a dk:sourceFile ?file }
        }"""
    )
    out: dict[str, dict[str, str]] = {}
    for r in rows:
        info = out.setdefault(str(r["a"]), {"label": local_name(r["a"])})
        for key in ("label", "published", "url", "file"):
            if r[key] is not None:
                info[key] = str(r[key])
    return out


def entity_graph(store: KGStore, *, with_evidence: bool = True) -> nx.MultiDiGraph:
    """The ``full`` view: entities as nodes, relations between them as edges.

    Node attributes: ``label``, ``type`` (most specific class), ``group`` (broad kind), ``iri``,
    and every literal property by its local name (``date``, ``status``, ``title``, ``altLabel``...;
    several values joined by "; "). Edge attributes: ``label`` (the property's local name),
    ``predicate`` (its IRI). With ``with_evidence``, nodes and edges carry ``evidence``: a list of
    dicts (article, sentence, start, end, rule, confidence); the file writers flatten it.
    """
    graph = nx.MultiDiGraph()
    meta = ", ".join(f"<{c}>" for c in sorted(_META_CLASSES))
    types: dict[Any, set[str]] = defaultdict(set)
    for row in store.select(f"SELECT DISTINCT ?s ?c WHERE {{ ?s a ?c . FILTER(isIRI(?s) && ?c NOT IN ({meta})) }}"):
        types[row["s"]].add(local_name(row["c"]))

    literals: dict[Any, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in store.select("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isLiteral(?o)) }"):
        if row["s"] in types:
            literals[row["s"]][local_name(row["p"])].add(str(row["o"]))

    evidence = evidence_by_triple(store) if with_evidence else {}
    node_evidence: dict[Any, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
    for (s, p, o), items in evidence.items():
        naming = p in _NAMING_PREDICATES  # evidence of a mention, not of a relation
        for item in items:
            key = (item["article"], item["start"], item["end"])
            for node in (s, o):
                if node in types:
                    known = node_evidence[node].get(key)
                    if known is None or (known["naming"] and not naming):
                        node_evidence[node][key] = {**item, "naming": naming}

    for node, classes in sorted(types.items(), key=lambda kv: str(kv[0])):
        type_name = _pick_type(classes)
        attrs: dict[str, Any] = {"iri": str(node), "type": type_name, "group": group_of(type_name)}
        for name, vals in sorted(literals[node].items()):
            attrs[name] = "; ".join(sorted(vals))
        labels = sorted(literals[node].get("label", ()), key=lambda v: (len(v), v))
        attrs["label"] = labels[0] if labels else local_name(node)
        if with_evidence:
            # Sentences stating relations first, longest (most context) first; then the mentions.
            attrs["evidence"] = [
                {k: v for k, v in e.items() if k != "naming"}
                for e in sorted(node_evidence[node].values(), key=lambda e: (e["naming"], -len(e["sentence"]), e["article"], e["start"] or 0))
            ]
        graph.add_node(str(node), **attrs)

    for row in store.select("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o) && ?p != rdf:type) }"):
        s, p, o = row["s"], row["p"], row["o"]
        if s in types and o in types:
            attrs = {"label": local_name(p), "predicate": str(p)}
            if with_evidence:
                attrs["evidence"] = evidence.get((s, p, o), [])
            graph.add_edge(str(s), str(o), key=local_name(p), **attrs)
    return graph


def date_interval(value: str) -> tuple[str, str] | None:
    """A date literal's span as ISO days: "2025-05" -> ("2025-05-01", "2025-05-31")."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip()[:10])
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return value[:10], value[:10]
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def meetings(store: KGStore) -> list[dict[str, Any]]:
    """Every meeting: IRI, label, date and endDate (lexical forms), status, participants (IRIs)."""
    rows = store.select(
        """
        SELECT ?m ?label ?date ?end ?status ?p WHERE {
          ?m a dk:Meeting ; dk:participant ?p .
          OPTIONAL { ?m rdfs:label ?label }
          OPTIONAL { ?m dk:date ?date }
          OPTIONAL { ?m dk:endDate ?end }
          OPTIONAL { ?m dk:status ?status }
        }"""
    )
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        m = out.setdefault(str(r["m"]), {"iri": str(r["m"]), "label": None, "date": None, "endDate": None, "status": None, "participants": set()})
        m["participants"].add(str(r["p"]))
        for var, key in (("label", "label"), ("date", "date"), ("end", "endDate"), ("status", "status")):
            if r[var] is not None and (m[key] is None or _preferred(key, str(r[var]), m[key])):
                m[key] = str(r[var])
    result = []
    for m in sorted(out.values(), key=lambda m: m["iri"]):
        m["participants"] = sorted(m["participants"])
        result.append(m)
    return result


def _preferred(key: str, new: str, old: str) -> bool:
    """When two articles disagree, keep one value deterministically: the most precise date
    (longest lexical form), "held" over "planned" (a later report supersedes), else the smallest."""
    if key in ("date", "endDate"):
        return (len(new), new) > (len(old), old)
    if key == "status":
        return new == "held" and old != "held"
    return new < old


def person_countries(store: KGStore) -> dict[str, list[str]]:
    """Person IRI -> the labels of their countries (nationality, else the country of an office held)."""
    rows = store.select(
        """
        SELECT DISTINCT ?p ?country ?how WHERE {
          ?p a dk:Person .
          { ?p dk:nationality ?c . BIND("nationality" AS ?how) }
          UNION
          { ?p dk:holds/dk:officeOf ?c . BIND("office" AS ?how) }
          OPTIONAL { ?c rdfs:label ?l }
          BIND(COALESCE(?l, STR(?c)) AS ?country)
        }"""
    )
    by_how: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        by_how[str(r["p"])][str(r["how"])].add(str(r["country"]))
    return {p: sorted(hows.get("nationality") or hows["office"]) for p, hows in by_how.items()}


def people_graph(store: KGStore) -> nx.Graph:
    """The ``people`` view: persons, an edge between two who met, weight = number of meetings.

    Edge attributes: ``weight``, ``label`` ("2 meetings"), ``meetings`` (IRIs), ``dates``, and for
    GEXF the time the edge exists, so that Gephi's timeline shows when: ``start``/``end`` (ISO
    days) for one meeting, ``spells`` (one (start, end) interval per meeting) for several.
    """
    graph = nx.Graph()
    countries = person_countries(store)
    for row in store.select("SELECT DISTINCT ?p (SAMPLE(?l) AS ?label) WHERE { ?p a dk:Person . OPTIONAL { ?p rdfs:label ?l } } GROUP BY ?p"):
        iri = str(row["p"])
        graph.add_node(iri, iri=iri, label=str(row["label"]) if row["label"] is not None else local_name(iri), type="Person", group="Person", country="; ".join(countries.get(iri, [])))
    pair_meetings: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for m in meetings(store):
        people = [p for p in m["participants"] if p in graph]
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                pair_meetings[(a, b)].append(m)
    for (a, b), ms in sorted(pair_meetings.items()):
        spells = []
        for m in ms:
            span = date_interval(m["date"]) if m["date"] else None
            if span is not None:
                end_span = date_interval(m["endDate"]) if m["endDate"] else None
                spells.append((span[0], end_span[1] if end_span else span[1]))
        spells.sort()
        attrs: dict[str, Any] = {
            "weight": len(ms),
            "label": f"{len(ms)} meeting" + ("s" if len(ms) != 1 else ""),
            "meetings": [m["iri"] for m in ms],
            "dates": sorted(m["date"] for m in ms if m["date"]),
            "statuses": sorted({m["status"] for m in ms if m["status"]}),
        }
        if len(set(spells)) == 1:  # one period: the edge's own start/end
            attrs["start"], attrs["end"] = spells[0]
        elif spells:  # several meetings: one spell each, Gephi's timeline shows every one
            attrs["spells"] = spells
        graph.add_edge(a, b, **attrs)
    return graph


# ------------------------------------------------------------------------------------------------
# graph writers
# ------------------------------------------------------------------------------------------------


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    return str(value)


def _flat(attrs: dict[str, Any], *, keep_spells: bool = False) -> dict[str, Any]:
    """Attributes as strings/numbers only (GraphML and GEXF accept nothing else)."""
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None or (isinstance(value, (str, list, tuple, set)) and len(value) == 0 and key != "evidence"):
            continue  # absent rather than empty: GraphML/GEXF readers then show no value
        if key == "evidence":
            if value:
                out["sources"] = "; ".join(sorted({local_name(e["article"]) for e in value}))
            out["evidence_count"] = len(value)
        elif key == "spells":
            if keep_spells:
                out[key] = value
            else:
                out["start"], out["end"] = value[0][0], max(e for _, e in value)
        else:
            out[key] = _scalar(value)
    return out


def _flat_copy(graph: nx.Graph, *, keep_spells: bool = False) -> nx.Graph:
    flat = graph.__class__()
    flat.graph.update({k: _scalar(v) for k, v in graph.graph.items()})
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **_flat(attrs, keep_spells=keep_spells))
    if graph.is_multigraph():
        for u, v, key, attrs in graph.edges(keys=True, data=True):
            flat.add_edge(u, v, key=key, **_flat(attrs, keep_spells=keep_spells))
    else:
        for u, v, attrs in graph.edges(data=True):
            flat.add_edge(u, v, **_flat(attrs, keep_spells=keep_spells))
    return flat


def graphml_bytes(graph: nx.Graph) -> bytes:
    """GraphML with keys named after the attributes (``label``, ``type``...), values flattened."""
    buf = BytesIO()
    nx.write_graphml(_flat_copy(graph), buf, named_key_ids=True)
    return buf.getvalue()


def gexf_bytes(graph: nx.Graph) -> bytes:
    """GEXF 1.2; dated edges carry spells, so Gephi's timeline can replay the meetings."""
    buf = BytesIO()
    nx.write_gexf(_flat_copy(graph, keep_spells=True), buf)
    return buf.getvalue()


def _dot_id(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot_text(graph: nx.Graph) -> str:
    """Graphviz DOT: nodes coloured and shaped by kind (as in ``kg viz``), edges labelled."""
    directed = graph.is_directed()
    lines = [
        ("digraph" if directed else "graph") + " diplokg {",
        "  graph [overlap=false, splines=true, fontname=Helvetica];",
        '  node [style=filled, fontname=Helvetica, fontsize=10, fontcolor="#1b1b1b"];',
        "  edge [fontname=Helvetica, fontsize=8, color=\"#7f7f7f\"];",
    ]
    for node, attrs in sorted(graph.nodes(data=True)):
        style = GROUP_STYLE.get(attrs.get("group", "Other"), GROUP_STYLE["Other"])
        lines.append(
            f"  {_dot_id(node)} [label={_dot_id(str(attrs.get('label', node)))}, shape={style['dot_shape']}, "
            f"fillcolor={_dot_id(style['color'])}, tooltip={_dot_id(str(attrs.get('type', '')))}];"
        )
    arrow = "->" if directed else "--"
    for u, v, attrs in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], str(e[2].get("label")))):
        extra = f", penwidth={min(1 + attrs['weight'], 6)}" if "weight" in attrs else ""
        lines.append(f"  {_dot_id(u)} {arrow} {_dot_id(v)} [label={_dot_id(str(attrs.get('label', '')))}{extra}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def cytoscape_json(graph: nx.Graph) -> dict[str, Any]:
    """Cytoscape.js elements JSON: ``{"elements": {"nodes": [{"data": ...}], "edges": [...]}}``.

    Node and edge ``data`` keep lists (evidence, meetings) as JSON arrays; ids are the IRIs.
    """
    nodes = [{"data": {"id": node, **_json_safe(attrs)}} for node, attrs in sorted(graph.nodes(data=True))]
    edges = []
    if graph.is_multigraph():
        items = ((u, v, k, a) for u, v, k, a in graph.edges(keys=True, data=True))
    else:
        items = ((u, v, None, a) for u, v, a in graph.edges(data=True))
    for u, v, key, attrs in sorted(items, key=lambda e: (e[0], e[1], str(e[2]))):
        edge_id = f"{u}|{key if key is not None else attrs.get('label', '')}|{v}"
        edges.append({"data": {"id": edge_id, "source": u, "target": v, **_json_safe(attrs)}})
    return {
        "format_version": "1.0",
        "generated_by": "diplokg",
        "directed": graph.is_directed(),
        "elements": {"nodes": nodes, "edges": edges},
    }


def _json_safe(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if isinstance(value, tuple):
            value = list(value)
        if key == "spells":
            value = [list(s) for s in value]
        out[key] = value
    return out
