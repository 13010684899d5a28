"""The ontology as OWL: loading it, and making data digestible for OWL reasoners (HermiT).

The store keeps dates as xsd:date, xsd:gYearMonth and xsd:gYear (the ``meetings`` query relies
on them), but these datatypes are not in the OWL 2 datatype map and HermiT refuses any literal
typed with them. :func:`reasoner_safe` rewrites such literals before a reasoner or Protégé sees
the data; the export reuses it.
"""

from __future__ import annotations

import functools
import re
import tempfile
from pathlib import Path

import rdflib
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from . import resources
from .errors import UsageError
from .namespaces import BASE

#: The IRI base the data files (ontology, shapes) are written with; KG_BASE_IRI may differ.
FILE_BASE = "https://w3id.org/diplokg/"

_RDF_NS = str(RDF)
#: Datatypes of the OWL 2 datatype map (OWL 2 Structural Specification, section 4), which
#: reasoners must accept. Any other datatype is rewritten by :func:`reasoner_safe`.
OWL2_DATATYPES: frozenset[URIRef] = frozenset(
    [OWL.real, OWL.rational, RDFS.Literal, URIRef(_RDF_NS + "PlainLiteral"), URIRef(_RDF_NS + "XMLLiteral"),
     URIRef(_RDF_NS + "langString")]
    + [XSD[name] for name in (
        "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger long int "
        "short byte unsignedLong unsignedInt unsignedShort unsignedByte double float string "
        "normalizedString token language Name NCName NMTOKEN boolean hexBinary base64Binary anyURI "
        "dateTime dateTimeStamp"
    ).split()]
)

_XSD_DATE = re.compile(r"^(-?\d{4,}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$")


def rebase(text: str) -> str:
    """Rewrite the IRIs of a data file (written with the default base) to the configured base."""
    return text if BASE == FILE_BASE else text.replace(FILE_BASE, BASE)


@functools.lru_cache(maxsize=1)
def _ontology_text() -> str:
    return rebase(resources.ontology_path().read_text(encoding="utf-8"))


def load_ontology() -> Graph:
    """The ontology (ontology/diplokg.ttl) as a fresh rdflib Graph, in the configured base."""
    return Graph().parse(data=_ontology_text(), format="turtle")


def flatten(data: Graph) -> Graph:
    """All triples of a Dataset/ConjunctiveGraph (every named graph and the default graph) as one Graph.

    A plain Graph is returned as a copy.
    """
    merged = Graph()
    if isinstance(data, rdflib.ConjunctiveGraph):  # Dataset is a subclass
        for s, p, o, _ in data.quads((None, None, None, None)):
            merged.add((s, p, o))
    else:
        for triple in data:
            merged.add(triple)
    return merged


def reasoner_safe(graph: Graph) -> Graph:
    """A copy of ``graph`` whose literals all have datatypes of the OWL 2 datatype map.

    * ``xsd:date`` becomes ``xsd:dateTime`` at midnight (``2025-10-07`` -> ``2025-10-07T00:00:00``,
      a time zone is kept), so a reasoner can still order dates;
    * every other datatype outside the map (``xsd:gYearMonth``, ``xsd:gYear``, ``xsd:duration``, ...)
      and any ill-formed ``xsd:date`` becomes a plain string with the same lexical form
      (``"2025-09"``): a partial date is not a point in time, and inventing a day would lie.

    A Dataset is flattened first (see :func:`flatten`). The input is not modified.
    """
    safe = Graph()
    for prefix, namespace in graph.namespaces():
        safe.bind(prefix, namespace)
    for s, p, o in flatten(graph):
        safe.add((s, p, _safe_literal(o) if isinstance(o, Literal) else o))
    return safe


def _safe_literal(literal: Literal) -> Literal:
    datatype = literal.datatype
    if datatype is None or datatype in OWL2_DATATYPES:
        return literal
    if datatype == XSD.date:
        match = _XSD_DATE.match(str(literal))
        if match:
            return Literal(f"{match.group(1)}T00:00:00{match.group(2) or ''}", datatype=XSD.dateTime)
    return Literal(str(literal))


def is_consistent(data: Graph, *, ontology: Graph | None = None) -> bool:
    """Run the HermiT reasoner (through owlready2, Java needed) on the ontology plus ``data``.

    ``data`` may be a Dataset (flattened) and is made :func:`reasoner_safe` first. Returns False
    when HermiT finds the union inconsistent. owlready2 is a development dependency.
    """
    try:
        import owlready2
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise UsageError("the consistency check needs owlready2: pip install owlready2") from exc

    merged = reasoner_safe(data)
    for triple in ontology if ontology is not None else load_ontology():
        merged.add(triple)
    with tempfile.TemporaryDirectory(prefix="diplokg-owl-") as tmp:
        path = Path(tmp) / "union.owl"
        merged.serialize(str(path), format="xml")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            return False
        finally:
            world.close()
    return True
