"""``kg viz``: one self-contained, offline HTML page to explore the graph.

The page inlines the vendored Cytoscape.js (diplokg/vendor/cytoscape, MIT) and the graph as
JSON; its Content-Security-Policy forbids any request leaving the page. It offers a search box,
a legend that filters by type, colours and shapes by type, and a details panel showing a
clicked node's attributes, connections and evidence sentences with their articles.
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from typing import Any

from .errors import UsageError
from .export import GROUP_STYLE, VIEWS, articles, cytoscape_json, entity_graph, people_graph
from .store import KGStore

CYTOSCAPE_VERSION = "3.34.4"
_TEMPLATE = "viz_template.html"
_CYTOSCAPE = ("vendor", "cytoscape", "cytoscape.min.js")

# Legend order and wording (the broad kinds of export.GROUP_STYLE).
_GROUP_TITLES = {
    "Person": "People",
    "Office": "Offices",
    "Country": "Countries",
    "Meeting": "Meetings",
    "Event": "Events",
    "Framework": "Frameworks",
    "Place": "Places",
    "Other": "Other",
}


def _package_text(*parts: str) -> str:
    return resources.files("diplokg").joinpath(*parts).read_text("utf-8")


def graph_data(store: KGStore, *, view: str = "full") -> dict[str, Any]:
    """What the page draws: Cytoscape.js elements, styles per kind, the articles cited."""
    if view not in VIEWS:
        raise UsageError(f"unknown view '{view}'; choose one of: {', '.join(VIEWS)}")
    graph = people_graph(store) if view == "people" else entity_graph(store)
    elements = cytoscape_json(graph)["elements"]
    for node in elements["nodes"]:
        node["data"]["short"] = _short_label(node["data"])
    degrees = [d for _, d in graph.degree()] or [0]
    weights = [int(a.get("weight", 1)) for *_, a in graph.edges(data=True)] or [1]
    styles = {g: {"color": GROUP_STYLE[g]["color"], "shape": GROUP_STYLE[g]["shape"], "title": t} for g, t in _GROUP_TITLES.items()}
    return {
        "elements": elements,
        "styles": styles,
        "articles": articles(store),
        "directed": graph.is_directed(),
        "maxDegree": max(degrees),
        "maxWeight": max(weights),
    }


def _short_label(data: dict[str, Any]) -> str:
    """What is written beside a node: meetings by their date (their full label is long), else the label."""
    if data.get("group") == "Meeting":
        when = data.get("date") or "undated"
        return f"{when} (planned)" if data.get("status") == "planned" else str(when)
    return str(data.get("label", ""))


def _script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: no "</script>", no "<!--", no U+2028/9 surprises."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def render_html(store: KGStore, *, view: str = "full", title: str = "diplokg knowledge graph") -> str:
    """The whole page as one string (write it with UTF-8)."""
    library = _package_text(*_CYTOSCAPE)
    if "</script" in library.lower():  # would end the inline <script> early
        raise RuntimeError("the vendored Cytoscape.js contains '</script'; it cannot be inlined")
    values = {
        "__KG_TITLE__": html.escape(title),
        "__KG_DATA__": _script_json(graph_data(store, view=view)),
        "__KG_CYTOSCAPE__": library,
    }
    # One pass, so that no inserted text is ever searched for markers.
    return re.sub("|".join(values), lambda m: values[m.group(0)], _package_text(_TEMPLATE))
