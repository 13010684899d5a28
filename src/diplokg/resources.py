"""Locate the data files (ontology, shapes, queries) in an installed wheel or in a checkout.

A wheel carries them under ``diplokg/data/`` (see pyproject.toml); an editable install or a
checkout reads them from the repository's top level, where they are maintained.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_KINDS = ("ontology", "shapes", "queries")


def data_dir(kind: str) -> Path:
    """Return the directory holding the ``kind`` data files ("ontology", "shapes" or "queries")."""
    if kind not in _KINDS:
        raise ValueError(f"unknown data kind {kind!r}; expected one of {_KINDS}")
    packaged = resources.files("diplokg") / "data" / kind
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / kind
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(
        f"diplokg data folder {kind!r} not found in the package nor in the checkout; reinstall diplokg"
    )


def ontology_path() -> Path:
    return data_dir("ontology") / "diplokg.ttl"


def shape_paths() -> list[Path]:
    return sorted(data_dir("shapes").glob("*.ttl"))


def query_paths() -> list[Path]:
    return sorted(data_dir("queries").glob("*.rq"))
