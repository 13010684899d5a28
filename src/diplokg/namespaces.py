"""The project's namespaces. IRIs of standard vocabularies and the diplokg base.

The base can be changed with the environment variable ``KG_BASE_IRI`` (default
``https://w3id.org/diplokg/``); terms live under ``ontology#``, individuals under ``id/``.
"""

from __future__ import annotations

import os

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = os.environ.get("KG_BASE_IRI", "https://w3id.org/diplokg/")
DK = Namespace(BASE + "ontology#")
DKI = Namespace(BASE + "id/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
OA = Namespace("http://www.w3.org/ns/oa#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

PROVENANCE_GRAPH = DKI["graph/provenance"]

# A country's role in a framework (as the saved queries name it) -> the dk: property that states it.
MEMBERSHIP_ROLE_PROPERTIES: dict[str, str] = {
    "member": "memberOf",
    "dialogue partner": "dialoguePartnerOf",
    "co-chair": "coChairOf",
    "observer": "observerOf",
}

PREFIXES: dict[str, Namespace] = {
    "dk": DK,
    "dki": DKI,
    "org": ORG,
    "schema": SCHEMA,
    "foaf": FOAF,
    "oa": OA,
    "sem": SEM,
    "prov": PROV,
    "skos": SKOS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for queries built in code."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
