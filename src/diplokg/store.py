"""The embedded store: an Oxigraph database on disk plus the per-article extraction cache.

Layout of a store folder (default ``./kg-store``)::

    kg-store/
      oxigraph/        the quads (RocksDB, via pyoxigraph)
      cache/           <content-hash>.json: one article's DocExtraction, so a re-build only
                       processes new or changed articles
      manifest.json    what was built: software version, model, articles, counts

A build writes a complete new store beside the old one and swaps it in with renames, so a
build that crashes half-way leaves the previous store usable.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import BNode, Literal, Node, URIRef

from .errors import StoreError
from .namespaces import sparql_prefixes

Quad = tuple[Node, Node, Node, Node]  # (subject, predicate, object, graph) as rdflib terms
StoreQuad = Quad | ox.Quad  # what the store writes: rdflib terms, or pyoxigraph quads as they are

_OX_DIR = "oxigraph"
_CACHE_DIR = "cache"
_MANIFEST = "manifest.json"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_ox(term: Node) -> Any:
    """rdflib term -> pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store RDF term {term!r}")


def graph_to_ox(graph: Node | None) -> Any:
    """Graph name -> pyoxigraph; None or rdflib's default-graph id is the default graph."""
    if graph is None or graph == DATASET_DEFAULT_GRAPH_ID:
        return ox.DefaultGraph()
    return to_ox(graph)


def quad_to_ox(quad: StoreQuad) -> ox.Quad:
    """An rdflib quad -> a pyoxigraph quad; a pyoxigraph quad is taken as it is."""
    if isinstance(quad, ox.Quad):
        return quad
    s, p, o, g = quad
    return ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_to_ox(g))


def from_ox(term: Any) -> Node | None:
    """pyoxigraph term -> rdflib term (None stays None, for unbound variables)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:  # plain literals come back typed xsd:string
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unexpected pyoxigraph term {term!r}")


@dataclass
class KGStore:
    """An open store. Queries see the union of all named graphs as their default graph."""

    path: Path
    db: ox.Store

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = True) -> KGStore:
        path = Path(path)
        if not (path / _OX_DIR).is_dir():
            raise StoreError(
                f"no knowledge graph at '{path}': run `kg build` first, or point --store / KG_STORE at one"
            )
        try:
            db = ox.Store.read_only(str(path / _OX_DIR)) if read_only else ox.Store(str(path / _OX_DIR))
        except OSError as exc:
            raise StoreError(f"cannot open the store at '{path}': {exc}") from exc
        return cls(path, db)

    @classmethod
    def in_memory(cls, quads: Iterable[StoreQuad] = ()) -> KGStore:
        """A throw-away store (tests, one-off queries)."""
        db = ox.Store()
        db.extend(map(quad_to_ox, quads))
        return cls(Path(":memory:"), db)

    # -- reading -----------------------------------------------------------------------------
    def query(self, sparql: str, bindings: dict[str, Node] | None = None, *, with_prefixes: bool = True) -> Any:
        """Run SPARQL; ``bindings`` maps variable names to rdflib terms, bound as RDF terms."""
        text = (sparql_prefixes() + sparql) if with_prefixes else sparql
        if bindings:
            # A trailing VALUES block joins before projection and solution modifiers, so it binds
            # variables the query does not project too; terms are written in N-Triples syntax by
            # pyoxigraph itself (escaped), never pasted from user text.
            names = list(bindings)
            row = " ".join(str(to_ox(bindings[n])) for n in names)
            text += "\nVALUES (" + " ".join("?" + n for n in names) + ") { (" + row + ") }"
        return self.db.query(text, use_default_graph_as_union=True)

    def select(self, sparql: str, bindings: dict[str, Node] | None = None) -> list[dict[str, Node | None]]:
        """SELECT -> a list of rows, each a dict of variable name -> rdflib term (or None)."""
        solutions = self.query(sparql, bindings)
        names = [v.value for v in solutions.variables]
        return [{n: from_ox(row[n]) for n in names} for row in solutions]

    def quads(self) -> Iterator[Quad]:
        for q in self.db.quads_for_pattern(None, None, None, None):
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)

    def __len__(self) -> int:
        return len(self.db)

    def to_dataset(self) -> rdflib.Dataset:
        """The whole store as an rdflib Dataset (for pyshacl and rdflib serialisers)."""
        ds = rdflib.Dataset()
        data = self.db.dump(format=ox.RdfFormat.N_QUADS)
        ds.parse(data=data.decode("utf-8") if data else "", format="nquads")
        return ds

    def manifest(self) -> dict[str, Any]:
        mf = self.path / _MANIFEST
        return json.loads(mf.read_text("utf-8")) if mf.is_file() else {}

    def cached_extraction(self, content_hash: str) -> dict[str, Any] | None:
        f = self.path / _CACHE_DIR / (content_hash.replace(":", "_") + ".json")
        return json.loads(f.read_text("utf-8")) if f.is_file() else None


def write_store(
    path: Path | str,
    quads: Iterable[StoreQuad] = (),
    *,
    nquads: Iterable[str] = (),
    cache: dict[str, dict[str, Any]] | None = None,
    manifest: dict[str, Any] | None = None,
) -> None:
    """Write a complete store at ``path``, replacing any store there only once all is written.

    ``quads`` are rdflib or pyoxigraph quads; ``nquads`` are N-Quads lines (``rdf.to_nquads``,
    the faster way for many quads), streamed into the bulk loader.
    ``cache`` maps content hashes to DocExtraction dicts (kept for incremental re-builds).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    old = path.with_name(f".{path.name}.old-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir(parents=True)
        db = ox.Store(str(tmp / _OX_DIR))
        db.bulk_extend(map(quad_to_ox, quads))
        # One bulk load, in this thread: several loads at once left a store whose queries ran up
        # to 1.7 times slower until compacted; a load in a worker thread while the cache is written
        # lost to the loader's reads through the GIL what it gained (docs/pipeline.md).
        # lenient: the loader skips re-validating IRIs (~7 % of its time); every term in these lines
        # was made and checked by pyoxigraph when rdf.to_nquads wrote it. Syntax is still checked.
        db.bulk_load(io.BufferedReader(_TextStream(nquads), _STREAM_BUFFER), format=ox.RdfFormat.N_QUADS, lenient=True)
        db.flush()
        del db  # release the RocksDB lock before the rename
        _write_cache(tmp, cache or {}, manifest or {})
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if path.exists():
        if not (path / _OX_DIR).is_dir() and any(path.iterdir()):
            shutil.rmtree(tmp, ignore_errors=True)
            raise StoreError(f"'{path}' exists and is not a diplokg store; refusing to overwrite it")
        path.rename(old)
    tmp.rename(path)
    shutil.rmtree(old, ignore_errors=True)


_STREAM_BUFFER = 1 << 20


def _write_cache(folder: Path, cache: dict[str, dict[str, Any]], manifest: dict[str, Any]) -> None:
    (folder / _CACHE_DIR).mkdir()
    for content_hash, data in cache.items():
        name = content_hash.replace(":", "_") + ".json"
        (folder / _CACHE_DIR / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    (folder / _MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), "utf-8")


class _TextStream(io.RawIOBase):
    """Lines of text read as a UTF-8 byte stream, so the bulk loader can parse them as they are
    made, without one copy of the whole document in memory."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = len(buffer)
        while len(self._pending) < wanted:
            chunk = "".join(itertools.islice(self._lines, 4096)).encode("utf-8")
            if not chunk:
                break
            self._pending += chunk
        out, self._pending = self._pending[:wanted], self._pending[wanted:]
        buffer[: len(out)] = out
        return len(out)


def load_rdf_file(path: Path | str, store_path: Path | str) -> None:
    """Create a store from a TriG / N-Quads file (fixtures, or a dataset exported earlier)."""
    ds = rdflib.Dataset()
    ds.parse(str(path))
    write_store(store_path, ((s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))))


def read_cached_extraction(path: Path | str, content_hash: str) -> dict[str, Any] | None:
    """One cached extraction of the store at ``path`` without opening its database (None if absent).

    A build reads the previous store's cache this way, so it never holds the RocksDB lock.
    """
    f = Path(path) / _CACHE_DIR / (content_hash.replace(":", "_") + ".json")
    try:
        return json.loads(f.read_text("utf-8")) if f.is_file() else None
    except (OSError, ValueError):
        return None  # a damaged cache entry is a cache miss


def read_manifest(path: Path | str) -> dict[str, Any]:
    """The manifest of the store at ``path`` ({} if there is none or it is unreadable)."""
    mf = Path(path) / _MANIFEST
    try:
        return json.loads(mf.read_text("utf-8")) if mf.is_file() else {}
    except (OSError, ValueError):
        return {}
