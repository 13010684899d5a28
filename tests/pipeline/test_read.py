"""Reading articles: headers, encodings, JSON Lines, and bad input that is reported, not fatal."""

from __future__ import annotations

import json
from datetime import date

from diplokg.read import parse_header, read_inputs


def test_header_on_its_own_line_and_on_the_article_line(seeds_dir):
    result = read_inputs([seeds_dir])
    docs = {d.doc_id: d for d in result.documents}
    assert result.issues == []
    assert len(docs) == len(list(seeds_dir.glob("*.txt")))
    for doc in docs.values():
        raw = (seeds_dir / f"{doc.doc_id}.txt").read_bytes().decode("utf-8")
        assert doc.text == raw  # offsets index the text exactly as read, header included
        assert doc.content_hash.startswith("sha256:") and len(doc.content_hash) == 7 + 64
        if raw.lstrip().startswith("date "):
            assert doc.published is not None
            assert raw[: doc.body_start].split() == ["date", doc.published.isoformat()]
            assert not doc.text[doc.body_start : doc.body_start + 1].isspace() or doc.text[doc.body_start - 1] == "\n"
        else:
            assert (doc.published, doc.body_start) == (None, 0)


def test_parse_header_variants():
    same_line = " date 2025-10-07 Male, Oct 7 (IANS) Defence Secretary"
    published, start = parse_header(same_line)
    assert published == date(2025, 10, 7) and same_line[start:].startswith("Male, Oct 7")
    published, start = parse_header(" date 2025-10-08 \n\n\nIndia and Maldives")
    assert published == date(2025, 10, 8) and " date 2025-10-08 \n\n\nIndia"[start:].lstrip().startswith("India")
    assert parse_header("The date 2025-10-08 was chosen") == (None, 0)
    assert parse_header(" date 2025-13-45 text") == (None, 0)


def test_other_encoding_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "latin.txt").write_bytes(" date 2025-01-02 Minister José Peña met officials in Malé.".encode("cp1252"))
    result = read_inputs([tmp_path])
    (doc,) = result.documents
    assert "José Peña" in doc.text and doc.published == date(2025, 1, 2)
    (warning,) = result.warnings
    assert "latin.txt" in str(warning) and "cp1252" in warning.message
    assert result.skipped == []


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    (tmp_path / "wide.txt").write_text(" date 2025-01-02 Minister A B met C D in Malé.", "utf-16")
    result = read_inputs([tmp_path])
    (doc,) = result.documents
    assert doc.text.endswith("Malé.") and doc.published == date(2025, 1, 2)
    assert result.skipped == [] and "UTF-16" in result.warnings[0].message


def test_binary_empty_and_unreadable_files_are_skipped_and_named(tmp_path):
    (tmp_path / "good.txt").write_text("Defence Minister A B met C D.", "utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "header-only.txt").write_text(" date 2025-01-01 \n\n", "utf-8")
    (tmp_path / "notes.md").write_text("not an article suffix", "utf-8")
    result = read_inputs([tmp_path, tmp_path / "missing.txt"])
    assert [d.doc_id for d in result.documents] == ["good"]
    skipped = {issue.source.rsplit("/", 1)[-1]: issue.message for issue in result.skipped}
    assert set(skipped) == {"image.txt", "empty.txt", "header-only.txt", "missing.txt"}
    assert "binary" in skipped["image.txt"] and "empty" in skipped["empty.txt"]


def test_jsonl_articles_and_malformed_lines_with_line_numbers(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "Defence Minister A B met C D.", "date": "2025-03-04", "url": "https://example.org/a1", "title": "A meets C"}),
        "{not json",
        "",
        json.dumps({"text": "Foreign Minister E F met G H."}),
        json.dumps({"title": "no text"}),
        json.dumps(["a", "list"]),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    result = read_inputs([tmp_path / "feed.jsonl"])
    docs = {d.doc_id: d for d in result.documents}
    assert set(docs) == {"a1", "feed-4"}
    a1 = docs["a1"]
    assert (a1.published, a1.url, a1.title) == (date(2025, 3, 4), "https://example.org/a1", "A meets C")
    assert a1.text == "Defence Minister A B met C D." and a1.source.endswith("feed.jsonl:1")
    skipped = sorted(i.source.rsplit(":", 1)[1] for i in result.skipped)
    assert skipped == ["2", "5", "6"]
    assert any("line 2" in i.message and "malformed JSON" in i.message for i in result.skipped)


def test_same_article_twice_is_read_once(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "a.txt").write_text("Minister A B met C D.", "utf-8")
    (tmp_path / "x" / "a.txt").write_text("Minister A B met C D.", "utf-8")
    result = read_inputs([tmp_path])
    assert len(result.documents) == 1
    assert len(result.skipped) == 1 and "already read" in result.skipped[0].message
