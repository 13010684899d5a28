"""SHACL validation of the knowledge graph (``kg validate``).

The shapes (shapes/*.ttl, SHACL Core only) check one graph, while the data is a dataset with one
named graph per assertion. :func:`validation_view` therefore builds the graph pyshacl sees:

* the union of every quad's triple (the facts and the provenance graph);
* ``G a dk:Assertion`` for every named graph ``G`` other than the provenance graph, so that
  ``dks:AssertionShape`` demands provenance for it (a graph nobody described fails);
* ``<id/graph/default> a dk:Assertion`` when triples sit in the default graph: those facts have
  no provenance by construction, and are reported once, with examples;
* the ontology's rdfs:subClassOf hierarchy, so that ``sh:class dk:Place`` accepts a dk:City.

Each violation is then traced back to the article and sentence that produced the offending node,
through the provenance graph.
"""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyshacl
import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV, RDF, RDFS, SH
from rdflib.term import Node

from . import resources
from .errors import InputError
from .namespaces import DK, DKI, PREFIXES, PROVENANCE_GRAPH
from .owl import load_ontology, rebase

#: Stands for the default graph in reports: triples there have no provenance.
DEFAULT_GRAPH_NODE = DKI["graph/default"]
DKS = rdflib.Namespace(rebase("https://w3id.org/diplokg/shapes#"))

_FORMATS = {
    ".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".nt": "nt", ".n3": "n3",
    ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml",
}
_EXAMPLES = 3  # triples quoted for a graph without provenance


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with where the offending node came from.

    ``focus``, ``shape``, ``path`` and ``value`` are RDF terms (``path``/``value`` may be None);
    ``source`` is the article IRI and ``sentence`` the evidence text of the assertion that
    produced the focus node (or the offending value), ``start``/``end`` its offsets.
    ``statements`` quotes triples of a graph that has no provenance.
    """

    focus: Node
    shape: Node
    path: Node | None
    value: Node | None
    message: str
    severity: str  # "Violation" | "Warning" | "Info"
    source: URIRef | None = None
    sentence: str | None = None
    start: int | None = None
    end: int | None = None
    statements: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("focus", "shape", "path", "value", "source"):
            data[key] = None if data[key] is None else str(data[key])
        data["statements"] = list(self.statements)
        return data


@dataclass
class ValidationReport:
    conforms: bool
    results: list[Violation] = field(default_factory=list)
    triples: int = 0  # size of the validated data (all graphs)

    @property
    def violations(self) -> list[Violation]:
        return [r for r in self.results if r.severity == "Violation"]

    def to_dict(self) -> dict[str, Any]:
        return {"conforms": self.conforms, "triples": self.triples, "results": [r.to_dict() for r in self.results]}


# -- loading -------------------------------------------------------------------------------------


@contextlib.contextmanager
def _quiet_rdflib() -> Iterator[None]:
    # rdflib logs a traceback for every ill-typed literal ("last Tuesday"^^xsd:date); the
    # validator reports those values itself, so the log would only be noise on the terminal.
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def load_data_file(path: Path | str) -> rdflib.Dataset:
    """Read an RDF file (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML; by extension).

    Raises InputError, with a one-line message naming the file, when it is missing, empty,
    not UTF-8, unparsable, or holds no triples.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"cannot read '{path}': no such file")
    if path.is_dir():
        raise InputError(f"cannot read '{path}': it is a directory, expected an RDF file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot read '{path}': not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}") from exc
    if not text.strip():
        raise InputError(f"'{path}' is empty: expected RDF data (TriG, Turtle, N-Quads, ...)")
    fmt = _FORMATS.get(path.suffix.lower(), "trig")  # TriG also reads Turtle and N-Triples
    dataset = rdflib.Dataset()
    try:
        with _quiet_rdflib():
            dataset.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except Exception as exc:  # rdflib raises many types (BadSyntax, SAX, JSON, ValueError)
        raise InputError(f"cannot parse '{path}' as {fmt}: {_one_line(exc)}") from exc
    if not any(True for _ in dataset.quads((None, None, None, None))):
        raise InputError(f"'{path}' holds no triples")
    return dataset


def _one_line(exc: Exception) -> str:
    why = getattr(exc, "_why", None)  # rdflib's BadSyntax keeps the reason and line apart
    if why is not None and hasattr(exc, "lines"):
        return f"line {exc.lines + 1}: {why}"
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."


@functools.lru_cache(maxsize=1)
def _shapes_text() -> tuple[str, ...]:
    return tuple(rebase(p.read_text(encoding="utf-8")) for p in resources.shape_paths())


def load_shapes() -> Graph:
    """All shapes of shapes/*.ttl in one graph (in the configured IRI base)."""
    shapes = Graph()
    for text in _shapes_text():
        shapes.parse(data=text, format="turtle")
    return shapes


@functools.lru_cache(maxsize=1)
def _class_hierarchy() -> tuple[tuple[Node, Node, Node], ...]:
    onto = load_ontology()
    return tuple(
        (sub, RDFS.subClassOf, sup)
        for sub, sup in onto.subject_objects(RDFS.subClassOf)
        if isinstance(sub, URIRef) and isinstance(sup, URIRef)
    )


# -- validating ------------------------------------------------------------------------------------


def _is_default(graph_id: Node | None) -> bool:
    return graph_id is None or graph_id == DATASET_DEFAULT_GRAPH_ID or isinstance(graph_id, BNode)


def _quads(data: Graph) -> Iterator[tuple[Node, Node, Node, Node | None]]:
    if isinstance(data, rdflib.ConjunctiveGraph):  # Dataset too
        for s, p, o, g in data.quads((None, None, None, None)):
            yield s, p, o, (g.identifier if isinstance(g, Graph) else g)
    else:
        for s, p, o in data:
            yield s, p, o, None


def validation_view(data: Graph) -> Graph:
    """The single graph the shapes check (see the module docstring)."""
    view = Graph()
    assertions: set[Node] = set()
    has_default = False
    for s, p, o, g in _quads(data):
        view.add((s, p, o))
        if _is_default(g):
            has_default = True
        elif g != PROVENANCE_GRAPH:
            assertions.add(g)
    for graph_id in assertions:
        view.add((graph_id, RDF.type, DK.Assertion))
    if has_default:
        view.add((DEFAULT_GRAPH_NODE, RDF.type, DK.Assertion))
    for triple in _class_hierarchy():
        view.add(triple)
    return view


def validate(data: rdflib.Dataset | Graph) -> ValidationReport:
    """Check ``data`` against shapes/*.ttl; a plain Graph counts as the default graph of a dataset."""
    triples = sum(1 for _ in _quads(data))
    view = validation_view(data)
    shapes = load_shapes()
    conforms, results_graph, _ = pyshacl.validate(
        view, shacl_graph=shapes, inference="none", allow_warnings=True, abort_on_first=False,
        advanced=False, meta_shacl=False, inplace=True,
    )
    tracer = _ProvenanceTracer(data)
    # Top-level results only: results nested under sh:detail (from sh:node) repeat their parent.
    results = [
        _violation(results_graph, result, shapes, tracer)
        for report in results_graph.subjects(RDF.type, SH.ValidationReport)
        for result in results_graph.objects(report, SH.result)
    ]
    results.sort(key=lambda v: (_SEVERITY_ORDER.get(v.severity, 9), str(v.shape), str(v.focus), str(v.path), str(v.value)))
    return ValidationReport(conforms=bool(conforms), results=results, triples=triples)


_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def _violation(results: Graph, result: Node, shapes: Graph, tracer: "_ProvenanceTracer") -> Violation:
    focus = results.value(result, SH.focusNode)
    source_shape = results.value(result, SH.sourceShape)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    severity = results.value(result, SH.resultSeverity)
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    shape = _shape_name(shapes, source_shape)
    provenance = tracer.trace(focus, path if isinstance(path, URIRef) else None, value)
    return Violation(
        focus=focus,
        shape=shape,
        path=path if not isinstance(path, BNode) else _path_text(shapes, results, path),
        value=value,
        message="; ".join(messages) or "does not conform",
        severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
        **provenance,
    )


def _shape_name(shapes: Graph, shape: Node | None) -> Node:
    """A named shape for the report: the shape itself, or the node shape owning a blank property shape."""
    if shape is None or isinstance(shape, URIRef):
        return shape if shape is not None else SH.NodeShape
    owner = next(iter(shapes.subjects(SH.property, shape)), None)
    return owner if owner is not None else shape


def _path_text(shapes: Graph, results: Graph, path: BNode) -> Node:
    inverse = results.value(path, SH.inversePath)
    return Literal(f"^{inverse}") if inverse is not None else path


class _ProvenanceTracer:
    """Finds the assertion (and its article and sentence) behind a node of the data."""

    def __init__(self, data: Graph) -> None:
        self.data = data
        self.is_dataset = isinstance(data, rdflib.ConjunctiveGraph)
        self.provenance = data.graph(PROVENANCE_GRAPH) if isinstance(data, rdflib.Dataset) else None

    def trace(self, focus: Node, path: URIRef | None, value: Node | None) -> dict[str, Any]:
        if focus == DEFAULT_GRAPH_NODE:
            return {"statements": self._statements(None)}
        if self._is_graph(focus):  # an assertion graph itself: quote what it asserts
            return {**self._evidence(focus), "statements": self._statements(focus)}
        graphs = self._graphs_of(focus, path, value)
        evidences = [e for e in (self._evidence(g) for g in graphs) if e.get("source") is not None]
        if not evidences:
            return {}
        return min(evidences, key=lambda e: (e["start"] is None, e["start"] or 0, str(e["source"])))

    def _is_graph(self, node: Node) -> bool:
        if not self.is_dataset or not isinstance(node, URIRef) or node == PROVENANCE_GRAPH:
            return False
        return any(True for _ in self.data.graph(node).triples((None, None, None)))

    def _graphs_of(self, focus: Node, path: URIRef | None, value: Node | None) -> list[Node]:
        """Named graphs stating the offending triple, else any triple about the focus node."""
        if not self.is_dataset:
            return []
        patterns = []
        if path is not None:
            patterns.append((focus, path, value))
        patterns += [(focus, RDF.type, None), (focus, None, None), (None, None, focus)]
        for pattern in patterns:
            graphs = {g.identifier if isinstance(g, Graph) else g for *_, g in self.data.quads(pattern)}
            graphs = sorted(g for g in graphs if not _is_default(g) and g != PROVENANCE_GRAPH)
            if graphs:
                return graphs
        return []

    def _evidence(self, graph_id: Node) -> dict[str, Any]:
        prov = self.provenance
        if prov is None:
            return {}
        source = prov.value(graph_id, PROV.wasDerivedFrom)
        text = prov.value(graph_id, DK.evidenceText)
        start, end = prov.value(graph_id, DK.start), prov.value(graph_id, DK.end)
        return {
            "source": source,
            "sentence": str(text) if text is not None else None,
            "start": _int(start),
            "end": _int(end),
        }

    def _statements(self, graph_id: Node | None) -> tuple[str, ...]:
        if not self.is_dataset:
            triples = list(self.data)
        elif graph_id is None:
            triples = [(s, p, o) for s, p, o, g in self.data.quads((None, None, None, None)) if _is_default(
                g.identifier if isinstance(g, Graph) else g)]
        else:
            triples = list(self.data.graph(graph_id))
        shown = [" ".join(_short(t) for t in triple) for triple in sorted(triples)[:_EXAMPLES]]
        if len(triples) > _EXAMPLES:
            shown.append(f"... {len(triples) - _EXAMPLES} more")
        return tuple(shown)


def _int(value: Node | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# -- rendering --------------------------------------------------------------------------------------

_SHORT_PREFIXES = sorted(
    [(p, str(ns)) for p, ns in PREFIXES.items()] + [("dks", str(DKS)), ("sh", str(SH))],
    key=lambda item: -len(item[1]),
)


def _short(term: Node | None) -> str:
    """A compact display form: prefixed IRIs (dki:person/x), quoted literals."""
    if term is None:
        return "-"
    if isinstance(term, URIRef):
        for prefix, namespace in _SHORT_PREFIXES:
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace):]}"
        return f"<{term}>"
    if isinstance(term, Literal):
        text = str(term)
        text = text if len(text) <= 60 else text[:57] + "..."
        return f'"{text}"' + (f"^^{_short(term.datatype)}" if term.datatype else "")
    return str(term)


def render_text(report: ValidationReport, *, limit: int | None = 50) -> str:
    """A readable report: a summary line, then each result with its node, shape, message and source."""
    counts: dict[str, int] = {}
    for result in report.results:
        counts[result.severity] = counts.get(result.severity, 0) + 1
    summary = ", ".join(f"{n} {sev.lower()}{'s' if n != 1 else ''}" for sev, n in counts.items()) or "no results"
    verdict = "Conforms" if report.conforms else "Does not conform"
    lines = [f"{verdict}: {report.triples} triples checked against the shapes; {summary}."]
    shown = report.results if limit is None else report.results[:limit]
    for number, result in enumerate(shown, 1):
        where = _short(result.shape) + (f", path {_short(result.path)}" if result.path is not None else "")
        lines.append("")
        focus = _short(result.focus) + (" (triples outside any named graph)" if result.focus == DEFAULT_GRAPH_NODE else "")
        lines.append(f"{number}. {result.severity}: {focus}  [{where}]")
        lines.append(f"   {result.message}")
        if result.value is not None:
            lines.append(f"   value: {_short(result.value)}")
        if result.source is not None:
            span = f", characters {result.start}-{result.end}" if result.start is not None else ""
            lines.append(f"   from {_short(result.source)}{span}:")
            sentence = " ".join((result.sentence or "").split())
            lines.append(f'     "{sentence if len(sentence) <= 240 else sentence[:237] + "..."}"')
        for statement in result.statements:
            lines.append(f"   states: {statement}")
    if limit is not None and len(report.results) > limit:
        lines.append("")
        lines.append(f"... and {len(report.results) - limit} more (use --limit 0 or --format json to see all).")
    return "\n".join(lines)
