"""The build on real articles: identical re-builds, incremental work, crash safety, exit codes."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import diplokg.build as build_module
from diplokg.build import build, extract_batch
from diplokg.cli import cli
from diplokg.model import DocExtraction
from diplokg.rdf import NQuads, RunInfo, to_nquads, to_quads
from diplokg.read import make_document
from diplokg.resolve import resolve
from diplokg.store import KGStore


@pytest.fixture
def shared_nlp(nlp, monkeypatch):
    """Builds in this module reuse the session's pipeline instead of loading the model again."""
    monkeypatch.setattr(build_module, "_load_nlp", lambda model: nlp)
    return nlp


@pytest.fixture
def count_extractions(monkeypatch):
    from diplokg import facts

    calls = []
    real = facts.extract_from_spacy

    def counting(doc, sdoc, parsed_text=None):
        calls.append(doc.doc_id)
        return real(doc, sdoc, parsed_text)

    monkeypatch.setattr(facts, "extract_from_spacy", counting)
    return calls


@pytest.fixture
def corpus(tmp_path, seeds_dir):
    folder = tmp_path / "articles"
    folder.mkdir()
    for f in sorted(seeds_dir.glob("*.txt"))[:3]:
        shutil.copy(f, folder / f.name)
    return folder


def _quads(path):
    store = KGStore.open(path)
    try:
        return set(store.quads())
    finally:
        del store


def test_rebuild_of_the_same_input_gives_the_identical_store_from_the_cache(shared_nlp, count_extractions, corpus, tmp_path):
    path = tmp_path / "kg-store"
    first = build([corpus], path)
    assert (first.articles, first.extracted, first.cached, first.exit_code) == (3, 3, 0, 0)
    assert first.persons > 0 and first.quads > 0
    before = _quads(path)
    assert len(count_extractions) == 3
    second = build([corpus], path)
    assert (second.extracted, second.cached) == (0, 3)
    assert len(count_extractions) == 3  # nothing was run through the extractor again
    assert _quads(path) == before


def test_adding_an_article_processes_only_that_article(shared_nlp, count_extractions, corpus, tmp_path, seeds_dir):
    path = tmp_path / "kg-store"
    build([corpus], path)
    assert len(count_extractions) == 3
    newcomer = sorted(seeds_dir.glob("*.txt"))[3]
    shutil.copy(newcomer, corpus / newcomer.name)
    report = build([corpus], path)
    assert (report.articles, report.extracted, report.cached) == (4, 1, 3)
    assert count_extractions[3:] == [newcomer.stem]
    # --add keeps what is in the store: one more article from elsewhere, nothing re-extracted
    other = tmp_path / "other"
    other.mkdir()
    last = sorted(seeds_dir.glob("*.txt"))[4]
    shutil.copy(last, other / last.name)
    added = build([other], path, add=True)
    assert (added.articles, added.extracted, added.kept) == (5, 1, 4)
    articles = {str(s).rsplit("/", 1)[1] for s, p, o, g in _quads(path) if "/article/" in str(s)}
    assert articles == {f.stem for f in seeds_dir.glob("*.txt")}
    # without --add, the store holds exactly the inputs
    only = build([other], path)
    assert only.articles == 1 and only.extracted == 0


def test_a_build_that_fails_half_way_leaves_the_previous_store(shared_nlp, corpus, tmp_path, monkeypatch):
    path = tmp_path / "kg-store"
    build([corpus], path)
    before = _quads(path)

    def failing_quads(graph, run):
        nquads = to_nquads(graph, run)

        class HalfWritten(list):
            def __iter__(self):
                yield from self[: len(self) // 2]
                raise RuntimeError("disk full, half-way through")

        return NQuads(HalfWritten(nquads.lines), nquads.statements)

    monkeypatch.setattr(build_module, "to_nquads", failing_quads)
    shutil.copy(corpus / sorted(p.name for p in corpus.iterdir())[0], corpus / "copy-of-first.txt")
    with pytest.raises(RuntimeError, match="half-way"):
        build([corpus], path)
    assert _quads(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "kg-store"]  # no half-written store left


def test_cli_exit_codes_and_summary(shared_nlp, corpus, tmp_path):
    runner = CliRunner()
    store = tmp_path / "kg-store"
    ok = runner.invoke(cli, ["build", str(corpus), "--store", str(store)])
    assert ok.exit_code == 0, ok.output
    assert "3 articles" in ok.stdout and "persons" in ok.stdout and "meetings" in ok.stdout and "0 skipped" in ok.stdout
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\xff" * 20)
    (corpus / "feed.jsonl").write_text('{"text": "Defence Minister Rajnath Singh met Pete Hegseth."}\n{oops\n', "utf-8")
    partial = runner.invoke(cli, ["build", str(corpus), "--store", str(store)])
    assert partial.exit_code == 1
    assert "broken.txt" in partial.stderr and "feed.jsonl:2" in partial.stderr
    assert "4 articles" in partial.stdout and "2 skipped" in partial.stdout
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "blank.txt").write_text("   \n", "utf-8")
    nothing = runner.invoke(cli, ["build", str(empty), "--store", str(store)])
    assert nothing.exit_code == 2 and "blank.txt" in nothing.stderr
    assert len(KGStore.open(store)) > 0  # the failed build did not touch the store
    assert runner.invoke(cli, ["build", "--help"]).exit_code == 0


def test_a_missing_model_is_a_usage_error_and_leaves_no_store(corpus, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(tmp_path / "s"), "--model", "no_such_model_xx"])
    assert result.exit_code == 2 and "no_such_model_xx" in result.stderr
    assert not (tmp_path / "s").exists()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.lists(
        st.one_of(
            st.sampled_from(
                list(" \n\t.,;:'\"-()–’")
                + ["Minister ", "Defence ", "met ", "Singh ", "Rajnath ", "held talks with ", "in ", "on Tuesday ",
                   "Maldives ", " date 2025-01-02 ", "Male ", "October 6-7, 2025 ", "will meet ", "ADMM-Plus "]
            ),
            st.text(max_size=6),
        ),
        max_size=60,
    ).map("".join)
)
def test_extraction_and_rdf_never_crash_on_arbitrary_text(nlp, text):
    doc = make_document("hypo", text)
    (result,) = extract_batch(nlp, [doc])
    assert isinstance(result, DocExtraction), result
    quads = to_quads(resolve([result]), RunInfo("0", "m"))
    for s, p, o, g in quads:
        if str(p).endswith("#evidenceText"):
            assert str(o) in text


def test_several_processes_give_the_same_graph_as_one(shared_nlp, corpus, tmp_path):
    from rdflib.namespace import PROV

    one = build([corpus], tmp_path / "one", jobs=1)
    two = build([corpus], tmp_path / "two", jobs=2)
    assert (two.articles, two.extracted) == (one.articles, one.extracted)

    def timeless(path):  # the run's start time is the only thing allowed to differ
        return {q for q in _quads(path) if q[1] != PROV.startedAtTime}

    assert timeless(tmp_path / "one") == timeless(tmp_path / "two")


def test_add_re_extracts_kept_articles_when_the_extractor_changed(shared_nlp, count_extractions, corpus, tmp_path, seeds_dir, monkeypatch):
    path = tmp_path / "kg-store"
    build([corpus], path)
    assert len(count_extractions) == 3
    monkeypatch.setattr(build_module, "extractor_fingerprint", lambda: "another-extractor")
    other = tmp_path / "other"
    other.mkdir()
    last = sorted(seeds_dir.glob("*.txt"))[4]
    shutil.copy(last, other / last.name)
    report = build([other], path, add=True)
    # the three kept articles come back from the cached text and are extracted again, with the new one
    assert (report.articles, report.kept, report.extracted, report.cached) == (4, 3, 4, 0)
    assert len(count_extractions) == 7


def test_summary_counts_are_singular_or_plural():
    report = build_module.BuildReport(store="kg-store", articles=1, extracted=1, persons=2, meetings=1, statements=1, quads=3)
    assert report.summary().startswith("Built 1 article (1 processed, 0 cached), 2 persons, 1 meeting, 1 fact, 3 triples, 0 skipped")


def test_the_extractor_fingerprint_covers_the_modules_the_extractor_imports_and_no_other(tmp_path):
    (tmp_path / "facts.py").write_text("from .model import (\n    Doc,\n)\n\n\ndef f():\n    from . import dates, refdata as rd\n")
    (tmp_path / "nlp.py").write_text("import re\nfrom .errors import ModelError\n")
    for name in ("model", "dates", "refdata", "errors", "unrelated"):
        (tmp_path / f"{name}.py").write_text("from .unrelated import x\n" if name == "refdata" else "x = 1\n")
    found = {p.stem for p in build_module._extraction_modules(tmp_path)}
    assert found == {"facts", "nlp", "model", "dates", "refdata", "errors", "unrelated"}
    (tmp_path / "refdata.py").write_text("x = 1\n")
    assert "unrelated" not in {p.stem for p in build_module._extraction_modules(tmp_path)}


@pytest.mark.parametrize("text", ["held talks with ", "talks", "policy", "a policy to", "exercise", '"x" framework'])
def test_a_kind_word_at_the_start_of_a_text_does_not_crash_the_extractor(nlp, text):
    # Regression (2026-11-24): scans leftwards from a kind word ("talks", "policy") ran past the first token.
    (result,) = extract_batch(nlp, [make_document("short", text)])
    assert isinstance(result, DocExtraction), result
