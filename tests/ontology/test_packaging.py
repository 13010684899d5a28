"""The wheel carries ontology/, shapes/ and queries/ and an installed copy finds them.

Builds the wheel offline (hatchling, --no-isolation), installs it with --no-deps into a fresh
venv in tmp_path and asks that interpreter, from another directory, where the ontology is.
Takes some 15-30 s; marked ``slow`` (deselect with ``-m "not slow"``).
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF

pytestmark = pytest.mark.slow
pytest.importorskip("hatchling")
pytest.importorskip("build")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory, root: Path) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(root)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    (path,) = out.glob("diplokg-*.whl")
    return path


def test_the_wheel_carries_the_data_files(wheel, root):
    names = set(zipfile.ZipFile(wheel).namelist())
    for kind, pattern in (("ontology", "*.ttl"), ("shapes", "*.ttl"), ("queries", "*.rq")):
        expected = {f"diplokg/data/{kind}/{p.name}" for p in (root / kind).glob(pattern)}
        assert expected, f"no {kind} files in the checkout"
        assert expected <= names, kind
    assert "diplokg/data/ontology/diplokg.ttl" in names


def test_an_installed_wheel_finds_its_ontology_outside_the_checkout(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
                   check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index",
         str(wheel)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import site, diplokg.resources as r;"
        "print(r.ontology_path()); print(*site.getsitepackages(), sep='\\n');"
        "print(len(r.shape_paths()), len(r.query_paths()))"
    )
    done = subprocess.run([str(python), "-c", script], cwd=elsewhere, check=True, capture_output=True, text=True,
                          timeout=120)
    ontology, *site_dirs, counts = done.stdout.strip().splitlines()
    ontology = Path(ontology)
    assert any(ontology.is_relative_to(Path(d)) for d in site_dirs if Path(d).is_relative_to(venv)), done.stdout
    assert ontology.is_file()
    graph = rdflib.Graph().parse(ontology, format="turtle")
    assert any(graph.subjects(RDF.type, OWL.Ontology))
    shapes, queries = map(int, counts.split())
    assert shapes >= 1 and queries >= 1
