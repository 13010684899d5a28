"""Reading articles: files and folders of plain text (``.txt``) and JSON Lines (``.jsonl``).

A plain-text article may start with a header `` date YYYY-MM-DD`` giving its publication date;
the article itself can follow on the same line. ``Document.text`` is the decoded file exactly as
read (header included), so every character offset downstream indexes it; ``body_start`` is where
the article proper begins.

A JSON Lines file holds one article per line: ``{"text": ..., "date": ..., "url": ...,
"title": ..., "id": ...}``; only ``text`` is required.

Bad input never stops a read: a file in another encoding is decoded with a warning; a binary,
empty or unreadable file, or a malformed JSON line, is reported as skipped (naming the file and
line) and everything else goes on.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .model import Document

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")

# " date 2025-10-07" at the very start (leading blanks allowed); the article may follow on the
# same line, so the body starts after the date and the whitespace that follows it.
_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*(?:\r?\n)?")
# Bytes that never occur in text: their presence marks a binary file.
_BINARY_SNIFF = 8192
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True)
class InputIssue:
    """Something wrong with one input. ``skipped`` is True when the input was left out."""

    source: str  # the file, or "file:line" for JSON Lines
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    issues: list[InputIssue] = field(default_factory=list)

    @property
    def skipped(self) -> list[InputIssue]:
        return [i for i in self.issues if i.skipped]

    @property
    def warnings(self) -> list[InputIssue]:
        return [i for i in self.issues if not i.skipped]


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_header(text: str) -> tuple[date | None, int]:
    """Publication date from a `` date YYYY-MM-DD`` header and the offset where the body starts."""
    match = _HEADER.match(text)
    if not match:
        return None, 0
    try:
        published = date.fromisoformat(match.group(1))
    except ValueError:
        return None, 0  # "date 2025-13-40" is not a header but text
    return published, match.end()


def make_document(
    doc_id: str,
    text: str,
    *,
    source: str = "",
    published: date | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Document:
    """A Document from decoded text; a header date is used unless ``published`` is given."""
    header_date, body_start = parse_header(text)
    return Document(
        doc_id=doc_id,
        text=text,
        published=published or header_date,
        source=source,
        url=url or None,
        title=title or None,
        body_start=body_start,
        content_hash=content_hash(text),
    )


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes -> (text, warning or None). UTF-8 first (a BOM is dropped), UTF-16 with a BOM, then cp1252/latin-1."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "UTF-16, not UTF-8; decoded as UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        first_error = exc
    for encoding in _FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, f"not UTF-8 ({first_error.reason} at byte {first_error.start}); decoded as {encoding}"
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def looks_binary(data: bytes) -> bool:
    head = data[:_BINARY_SNIFF]
    if b"\x00" in head:
        return True
    # Many control characters (other than tab/newline/carriage return/form feed) mean binary.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.1


def iter_input_files(paths: Iterable[Path]) -> Iterator[tuple[Path, InputIssue | None]]:
    """Files to read, in a stable order: files as given, folders walked for known suffixes."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue  # hidden files and folders (editor backups, .git)
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES:
                    yield child, None
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield path, InputIssue(str(path), "not a regular file")
        else:
            yield path, InputIssue(str(path), "no such file or folder")


def read_inputs(paths: Iterable[Path | str]) -> ReadResult:
    """Read every article under ``paths``. Problems are collected in ``issues``, never raised."""
    result = ReadResult()
    seen_ids: dict[str, str] = {}  # doc_id -> content hash
    for path, issue in iter_input_files(Path(p) for p in paths):
        if issue is not None:
            result.issues.append(issue)
            continue
        if path.suffix.lower() in JSONL_SUFFIXES:
            docs = _read_jsonl(path, result.issues)
        else:
            doc = _read_text_file(path, result.issues)
            docs = [doc] if doc else []
        for doc in docs:
            previous = seen_ids.get(doc.doc_id)
            if previous is not None:
                what = "the same article" if previous == doc.content_hash else "a different article"
                result.issues.append(
                    InputIssue(doc.source, f"article id '{doc.doc_id}' was already read from {what}; skipped")
                )
                continue
            seen_ids[doc.doc_id] = doc.content_hash
            result.documents.append(doc)
    return result


def _read_bytes(path: Path, issues: list[InputIssue]) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        issues.append(InputIssue(str(path), f"cannot be read ({exc.strerror or exc}); skipped"))
        return None


def _read_text_file(path: Path, issues: list[InputIssue]) -> Document | None:
    data = _read_bytes(path, issues)
    if data is None:
        return None
    if looks_binary(data) and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        issues.append(InputIssue(str(path), "looks like a binary file, not text; skipped"))
        return None
    text, warning = decode(data)
    if warning:
        issues.append(InputIssue(str(path), warning, skipped=False))
    _, body_start = parse_header(text)
    if not text[body_start:].strip():
        issues.append(InputIssue(str(path), "is empty; skipped"))
        return None
    return make_document(_safe_id(path.stem), text, source=str(path))


def _read_jsonl(path: Path, issues: list[InputIssue]) -> list[Document]:
    data = _read_bytes(path, issues)
    if data is None:
        return []
    if looks_binary(data):
        issues.append(InputIssue(str(path), "looks like a binary file, not JSON Lines; skipped"))
        return []
    content, warning = decode(data)
    if warning:
        issues.append(InputIssue(str(path), warning, skipped=False))
    docs: list[Document] = []
    for number, line in enumerate(content.splitlines(), start=1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            issues.append(InputIssue(where, f"line {number}: malformed JSON ({exc.msg}, column {exc.colno}); skipped"))
            continue
        if not isinstance(record, dict):
            issues.append(InputIssue(where, f"line {number}: expected a JSON object; skipped"))
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            issues.append(InputIssue(where, f"line {number}: no \"text\" (or it is empty); skipped"))
            continue
        published = None
        raw_date = record.get("date")
        if raw_date:
            try:
                published = date.fromisoformat(str(raw_date)[:10])
            except ValueError:
                issues.append(InputIssue(where, f"line {number}: date {raw_date!r} is not YYYY-MM-DD; ignored", skipped=False))
        raw_id = record.get("id")
        doc_id = _safe_id(str(raw_id)) if raw_id not in (None, "") else f"{_safe_id(path.stem)}-{number}"
        docs.append(
            make_document(
                doc_id,
                text,
                source=where,
                published=published,
                url=_str_or_none(record.get("url")),
                title=_str_or_none(record.get("title")),
            )
        )
    return docs


def _str_or_none(value: object) -> str | None:
    return str(value) if isinstance(value, (str, int, float)) and str(value).strip() else None


def _safe_id(raw: str) -> str:
    # doc ids end up in IRIs (dki:article/<id>): keep them to IRI-safe characters.
    return re.sub(r"[^A-Za-z0-9._-]+", "-", raw.strip()).strip("-") or "article"
