"""Saved SPARQL queries: load them with their header, bind parameters, run read-only, render.

A saved query is a ``queries/<name>.rq`` file whose leading comment says what it answers::

    # Who met a person: every counterpart, with the meeting's date, place and status.
    #
    # param: person (person): the person whose counterparts to list
    # param: from (date, optional): first day of the period
    # example: kg query who-met --param person="Abdulla Khaleel"

Parameter types: ``person``, ``country``, ``place``, ``framework``, ``event``, ``office``,
``entity`` (names linked to the entity's IRI, see :mod:`diplokg.linking`), ``title`` (an office
title, matched to the store's spelling), ``iri``, ``term`` (IRI or literal), ``string``,
``date``, ``integer``. Values are bound as RDF terms, never pasted into the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, UsageError
from .namespaces import PREFIXES, sparql_prefixes

ENTITY_TYPES = ("person", "country", "place", "framework", "event", "office", "entity")
PARAM_TYPES = ENTITY_TYPES + ("title", "iri", "term", "string", "date", "integer")
FORMATS = ("table", "csv", "tsv", "json")
_EXTENSION_FORMATS = {".csv": "csv", ".tsv": "tsv", ".json": "json", ".srj": "json", ".txt": "table"}


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    optional: bool = False
    description: str = ""


@dataclass(frozen=True)
class SavedQuery:
    name: str
    text: str
    summary: str = ""
    params: tuple[Param, ...] = ()
    examples: tuple[str, ...] = ()
    path: Path | None = None

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass
class QueryResult:
    """A finished query: ``kind`` is "select", "ask" or "graph"; rows hold pyoxigraph terms."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[Any] = field(default_factory=list)
    sparql: str = ""  # the query text as run (parameters shown as a trailing comment)


# -- loading ---------------------------------------------------------------------------------
_PARAM_RE = re.compile(r"^param:\s*(?P<name>[A-Za-z_]\w*)\s*\((?P<type>[\w-]+)(?P<opt>\s*,\s*optional)?\)\s*:?\s*(?P<desc>.*)$")


def parse_header(text: str, name: str, path: Path | None = None) -> SavedQuery:
    """Read the leading ``#`` comment block: summary line, ``param:`` lines, ``example:`` lines."""
    summary = ""
    params: list[Param] = []
    examples: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped.lstrip("#").strip()
        match = _PARAM_RE.match(body)
        if match:
            ptype = match["type"].lower()
            if ptype not in PARAM_TYPES:
                raise InputError(f"query {name}: parameter '{match['name']}' has unknown type '{ptype}' (known: {', '.join(PARAM_TYPES)})")
            params.append(Param(match["name"], ptype, bool(match["opt"]), match["desc"].strip()))
        elif body.lower().startswith("example:"):
            examples.append(body.split(":", 1)[1].strip())
        elif body and not summary:
            summary = body
    return SavedQuery(name=name, text=text, summary=summary, params=tuple(params), examples=tuple(examples), path=path)


def saved_queries() -> list[SavedQuery]:
    """Every saved query in ``queries/``, sorted by name."""
    from .resources import query_paths

    return [parse_header(p.read_text("utf-8"), p.stem, p) for p in query_paths()]


def load_query(name_or_file: str) -> SavedQuery:
    """A saved query by name (``who-met``), or a user's ``.rq`` file by path."""
    from .resources import data_dir

    candidate = Path(name_or_file)
    if candidate.suffix in (".rq", ".sparql") or candidate.is_file():
        if not candidate.is_file():
            raise InputError(f"query file '{name_or_file}' not found")
        try:
            text = candidate.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read query file '{name_or_file}': {exc}") from exc
        if not text.strip():
            raise InputError(f"query file '{name_or_file}' is empty")
        return parse_header(text, candidate.stem, candidate)
    saved = data_dir("queries") / f"{name_or_file}.rq"
    if not saved.is_file():
        names = ", ".join(q.name for q in saved_queries())
        raise UsageError(f"no saved query named '{name_or_file}' (saved queries: {names}; or give a .rq file)")
    return parse_header(saved.read_text("utf-8"), saved.stem, saved)


# -- read-only guard -------------------------------------------------------------------------
_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


def _strip_strings_iris_comments(text: str) -> str:
    """The query with string literals, IRIs and comments blanked, so keywords can be searched."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if ch in "\"'":
            quote = text[i : i + 3] if text[i : i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            out.append(" ")
            i = j + len(quote)
            continue
        if ch == "<":
            match = re.match(r'<[^<>"{}|^`\\\s]*>', text[i:])
            if match:
                out.append(" <> ")
                i += match.end()
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def check_read_only(text: str) -> None:
    """Refuse updates, SERVICE and FROM: a query may only read the store it is run on."""
    bare = _strip_strings_iris_comments(text)
    # Prologue (PREFIX/BASE declarations) first, then the query form keyword.
    body = re.sub(r"^\s*((PREFIX\s+[\w.-]*:\s*<>|BASE\s*<>)\s*)*", "", bare, flags=re.I)
    first = re.match(r"\s*([A-Za-z]+)", body)
    if first and first.group(1).upper() in _UPDATE_WORDS:
        raise UsageError(f"refused: '{first.group(1).upper()}' is a SPARQL update; kg query only reads the store (use kg build to change it)")
    words = {w.upper() for w in re.findall(r"(?<![\w:?$@-])([A-Za-z]+)(?![\w:-])", bare)}
    if "SERVICE" in words:
        raise UsageError("refused: SERVICE would query another endpoint; kg query only reads the local store")
    if "FROM" in words:
        raise UsageError("refused: FROM / FROM NAMED would read other graphs or documents; queries run over the whole store already")
    if first and first.group(1).upper() not in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        raise InputError(f"not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE, found '{first.group(1)}'")


# -- parameters ------------------------------------------------------------------------------
def parse_param_args(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``["person=Abdulla Khaleel", ...]`` -> dict; a bad pair is a usage error."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise UsageError(f"bad --param '{pair}': expected NAME=VALUE, e.g. --param person=\"Abdulla Khaleel\"")
        values[name] = value.strip()
    return values


def _expand_iri(value: str) -> str | None:
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    if re.match(r"^[a-z][\w+.-]*://", value):
        return value
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and local and " " not in local:
        return str(PREFIXES[prefix]) + local
    return None


def _date_literal(value: str) -> Any:
    from rdflib import Literal
    from rdflib.namespace import XSD

    value = value.strip()
    kinds = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise UsageError(f"bad date '{value}': expected YYYY-MM-DD, YYYY-MM or YYYY")
    return Literal(value, datatype=kinds[len(value)])


def bind_params(store: Any, query: SavedQuery, values: Mapping[str, str], linker: Any = None) -> dict[str, Any]:
    """Turn ``--param`` strings into RDF terms by the declared types; names are linked to IRIs.

    Parameters a file does not declare are typed by their name when it is a type name
    (``person=...``), else read as an IRI when they look like one, else as a plain string.
    """
    from rdflib import Literal, URIRef
    from rdflib.namespace import XSD

    declared = {p.name for p in query.params}
    if query.params:
        unknown = [n for n in values if n not in declared]
        if unknown:
            expected = ", ".join(f"{p.name} ({p.type})" for p in query.params)
            raise UsageError(f"query {query.name} has no parameter '{unknown[0]}'; it takes: {expected}")
    missing = [p.name for p in query.params if not p.optional and p.name not in values]
    if missing:
        raise UsageError(f"query {query.name} needs --param {missing[0]}=... ({query.param(missing[0]).description or query.param(missing[0]).type})")
    bindings: dict[str, Any] = {}
    for name, raw in values.items():
        param = query.param(name)
        ptype = param.type if param else (name if name in PARAM_TYPES and name not in ("string", "term") else "term")
        iri = _expand_iri(raw)
        if ptype in ENTITY_TYPES:
            if iri:
                bindings[name] = URIRef(iri)
                continue
            if linker is None:
                from .linking import Linker

                linker = Linker.from_store(store)
            bindings[name] = URIRef(linker.resolve_one(raw, ptype).iri)
        elif ptype == "title":
            if linker is None:
                from .linking import Linker

                linker = Linker.from_store(store)
            bindings[name] = Literal(linker.office_title(raw))
        elif ptype == "iri":
            if not iri:
                raise UsageError(f"parameter {name}: '{raw}' is not an IRI (write <https://...> or a prefixed name such as dki:person/abdulla-khaleel)")
            bindings[name] = URIRef(iri)
        elif ptype == "term":
            bindings[name] = URIRef(iri) if iri else Literal(raw)
        elif ptype == "date":
            bindings[name] = _date_literal(raw)
        elif ptype == "integer":
            if not re.fullmatch(r"[+-]?\d+", raw):
                raise UsageError(f"parameter {name}: '{raw}' is not an integer")
            bindings[name] = Literal(int(raw), datatype=XSD.integer)
        else:
            bindings[name] = Literal(raw)
    return bindings


# -- running ---------------------------------------------------------------------------------
_PREFIX_LINES = sparql_prefixes().count("\n")


def _syntax_error(name: str, exc: Exception) -> InputError:
    message = str(exc)
    match = re.search(r"(\d+):(\d+)", message)
    if match:
        line = int(match.group(1)) - _PREFIX_LINES
        column = int(match.group(2))
        detail = re.sub(r"^.*?\d+:\d+:?\s*", "", message)
        return InputError(f"syntax error in query {name} at line {line}, column {column}: {detail}")
    return InputError(f"syntax error in query {name}: {message}")


def _bindings_comment(bindings: Mapping[str, Any]) -> str:
    from .store import to_ox

    if not bindings:
        return ""
    return "\n# bindings: " + ", ".join(f"?{k} = {to_ox(v)}" for k, v in bindings.items())


def run(store: Any, query: SavedQuery | str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
    """Run a query read-only over the store; ``bindings`` maps variable names to rdflib terms.

    Parameters are substituted as RDF terms (SPARQL SEP-0007, so they reach FILTERs and
    sub-expressions) when the query projects them, else joined as a VALUES block by
    :meth:`KGStore.query`.
    """
    import pyoxigraph as ox

    from .store import to_ox

    if isinstance(query, str):
        query = SavedQuery(name="(inline)", text=query)
    check_read_only(query.text)
    bindings = dict(bindings or {})
    text = sparql_prefixes() + query.text
    try:
        try:
            substitutions = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
            solutions = store.db.query(text, use_default_graph_as_union=True, substitutions=substitutions or None)
        except RuntimeError as exc:
            if "projection" not in str(exc):
                raise
            solutions = store.query(query.text, bindings)
    except SyntaxError as exc:
        raise _syntax_error(query.name, exc) from exc
    except (RuntimeError, OSError, ValueError) as exc:
        raise InputError(f"query {query.name} failed: {exc}") from exc
    shown = query.text.rstrip() + _bindings_comment(bindings)
    if isinstance(solutions, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(solutions), sparql=shown)
    if isinstance(solutions, ox.QueryTriples):
        return QueryResult("graph", triples=list(solutions), sparql=shown)
    variables = [v.value for v in solutions.variables]
    rows = [[row[v] for v in variables] for row in solutions]
    return QueryResult("select", variables=variables, rows=rows, sparql=shown)


def select(store: Any, query: SavedQuery | str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run a SELECT; rows as dicts of variable -> rdflib term (None when unbound)."""
    from .store import from_ox

    result = run(store, query, bindings)
    return [{v: from_ox(t) for v, t in zip(result.variables, row)} for row in result.rows]


# -- rendering -------------------------------------------------------------------------------
def format_for(output: str | Path | None, fmt: str | None) -> str:
    """The output format: given, else inferred from the output file's extension, else table."""
    if fmt:
        if fmt not in FORMATS:
            raise UsageError(f"unknown format '{fmt}' (use one of {', '.join(FORMATS)})")
        return fmt
    if output:
        return _EXTENSION_FORMATS.get(Path(str(output)).suffix.lower(), "table")
    return "table"


def _short(term: Any) -> str:
    """A compact rendering for a terminal: prefixed IRIs, literal values without datatypes."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for prefix in ("dki", "dk"):
            ns = str(PREFIXES[prefix])
            if iri.startswith(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return f"<{iri}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def render(result: QueryResult, fmt: str) -> str:
    """SELECT/ASK results as W3C SPARQL 1.1 JSON, CSV, TSV, or an aligned text table."""
    import pyoxigraph as ox

    if result.kind == "graph":
        lines = [f"{t.subject} {t.predicate} {t.object} ." for t in result.triples]
        return "\n".join(lines) + ("\n" if lines else "")
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "json":
        bindings = []
        for row in result.rows:
            entry: dict[str, Any] = {}
            for var, term in zip(result.variables, row):
                if term is None:
                    continue
                if isinstance(term, ox.NamedNode):
                    entry[var] = {"type": "uri", "value": term.value}
                elif isinstance(term, ox.BlankNode):
                    entry[var] = {"type": "bnode", "value": term.value}
                else:
                    value: dict[str, Any] = {"type": "literal", "value": term.value}
                    if term.language:
                        value["xml:lang"] = term.language
                    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                        value["datatype"] = term.datatype.value
                    entry[var] = value
            bindings.append(entry)
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        # W3C SPARQL 1.1 CSV: plain values (IRIs bare, literals without datatype), CRLF rows.
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if t is None else (t.value if not isinstance(t, ox.BlankNode) else f"_:{t.value}") for t in row])
        return buffer.getvalue()
    if fmt == "tsv":
        # W3C SPARQL 1.1 TSV: ?-prefixed header, terms in SPARQL/Turtle syntax.
        lines = ["\t".join("?" + v for v in result.variables)]
        for row in result.rows:
            lines.append("\t".join("" if t is None else str(t) for t in row))
        return "\n".join(lines) + "\n"
    # table
    cells = [[_short(t) for t in row] for row in result.rows]
    widths = [len(v) for v in result.variables]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = min(max(widths[i], len(cell)), 60)

    def fit(value: str, width: int) -> str:
        value = value.replace("\n", " ")
        return (value if len(value) <= width else value[: width - 1] + "…").ljust(width)

    out = ["  ".join(fit(v, w) for v, w in zip(result.variables, widths)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    out.extend("  ".join(fit(c, w) for c, w in zip(row, widths)).rstrip() for row in cells)
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"
