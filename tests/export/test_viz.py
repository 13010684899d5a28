"""``kg viz``: a self-contained page, drawn by headless Chromium (screenshot), with details on click."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from diplokg.stats import compute_stats
from diplokg.viz import CYTOSCAPE_VERSION, graph_data, render_html

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "src" / "diplokg" / "vendor" / "cytoscape"
CHROMIUM_INSTALL = "apt-get update && apt-get install -y chromium"


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip(f"Chromium is not installed (Debian: `{CHROMIUM_INSTALL}`); the page cannot be rendered")


def _run_chromium(page: Path, tmp_path: Path, *extra: str, fragment: str = "") -> subprocess.CompletedProcess:
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.iterdir()))}"
    args = [
        _chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-sync", f"--user-data-dir={profile}", "--window-size=1400,900", *extra,
        page.as_uri() + fragment,
    ]
    return subprocess.run(args, capture_output=True, timeout=180)


def _data_of(page_text: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page_text, re.S)
    assert match
    return json.loads(match.group(1))


def test_page_is_self_contained(fixture_store):
    text = render_html(fixture_store)
    # No script, stylesheet, image or font is fetched from anywhere.
    assert not re.search(r"<script[^>]+\bsrc\s*=", text, re.I)
    assert not re.search(r"<link[^>]+\bhref\s*=\s*[\"']?https?:", text, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?https?:", text, re.I)
    assert "default-src 'none'" in text  # the page's CSP forbids any request
    # The library is inlined with its licence header.
    library = (VENDOR / "cytoscape.min.js").read_text("utf-8")
    assert library in text
    assert "The Cytoscape Consortium" in library


def test_vendored_library_keeps_its_licence():
    licence = (VENDOR / "LICENSE").read_text("utf-8")
    assert "Permission is hereby granted, free of charge" in licence
    readme = (VENDOR.parent / "README.md").read_text("utf-8")
    assert CYTOSCAPE_VERSION in readme


def test_embedded_data_survives_script_breaking_text(fixture_store, monkeypatch):
    """Evidence text with </script> or <!-- cannot end the data block early."""
    import diplokg.viz as viz

    real = viz.graph_data

    def with_nasty_text(store, view="full"):
        data = real(store, view=view)
        data["elements"]["nodes"][0]["data"]["label"] = "</script><script>alert(1)</script><!--"
        return data

    monkeypatch.setattr(viz, "graph_data", with_nasty_text)
    text = viz.render_html(fixture_store, title='<b>"x"</b>')
    assert text.count("</script>") == 3  # data block, library, page script
    assert _data_of(text)["elements"]["nodes"][0]["data"]["label"].startswith("</script>")
    assert "<title>" + html.escape('<b>"x"</b>') + "</title>" in text


def test_graph_data_has_every_entity_with_style_and_evidence(any_store):
    data = graph_data(any_store)
    nodes = [n["data"] for n in data["elements"]["nodes"]]
    groups = {n["group"] for n in nodes}
    assert groups <= set(data["styles"])
    assert len({data["styles"][g]["color"] for g in groups}) == len(groups)  # one colour per kind
    cited = {e["article"] for n in nodes for e in n.get("evidence", [])}
    assert cited and cited <= set(data["articles"])


def _non_background_pixels(png: Path, box: tuple[int, int, int, int]) -> int:
    """Pixels inside ``box`` (left, top, right, bottom) that are not white-ish. Pure-Python PNG decoding."""
    import struct
    import zlib

    raw = png.read_bytes()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, colour = 8, b"", 0, 0, 0
    while pos < len(raw):
        length, kind = struct.unpack(">I4s", raw[pos : pos + 8])
        chunk = raw[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    bpp = 4 if colour == 6 else 3
    stride = width * bpp
    data = zlib.decompress(idat)
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = data[y * (stride + 1)]
        line = bytearray(data[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    left, top, right, bottom = box
    count = 0
    for y in range(top, min(bottom, height)):
        row = rows[y]
        for x in range(left, min(right, width)):
            r, g, b = row[x * bpp], row[x * bpp + 1], row[x * bpp + 2]
            if min(r, g, b) < 200:
                count += 1
    return count


def test_chromium_draws_the_graph(any_store, tmp_path, root):
    page = tmp_path / "graph.html"
    page.write_text(render_html(any_store), "utf-8")
    shot = tmp_path / "shot.png"
    done = _run_chromium(page, tmp_path, f"--screenshot={shot}")
    assert shot.is_file(), done.stderr.decode(errors="replace")[-2000:]
    # The drawing area is right of the 320px side panel and below the ~50px header.
    drawn = _non_background_pixels(shot, (330, 60, 1400, 880))
    assert drawn > 2000, f"only {drawn} non-background pixels in the graph area: nothing drawn"
    # The seeds' graph is the documentation's picture; refresh it only when asked, so that a
    # test run never modifies the checkout: KG_UPDATE_SCREENSHOT=1 pytest tests/export/test_viz.py
    if "seed" in str(any_store.path) and os.environ.get("KG_UPDATE_SCREENSHOT") == "1":
        (root / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, root / "docs" / "screenshot.png")


def test_chromium_draws_a_selected_node_zoomed_in(seed_store, tmp_path):
    """A link to a node (#node=) opens zoomed on it: its neighbourhood fills the drawing area."""
    page = tmp_path / "graph.html"
    page.write_text(render_html(seed_store), "utf-8")
    top = compute_stats(seed_store, top=1)["most_connected_people"][0]["person"]
    shot = tmp_path / "selected.png"
    _run_chromium(page, tmp_path, f"--screenshot={shot}", fragment="#node=" + quote(top))
    assert _non_background_pixels(shot, (330, 60, 1400, 880)) > 2000


def test_chromium_blank_page_has_no_drawing(tmp_path):
    """The pixel check can fail: an empty page has no non-background pixels in the graph area."""
    page = tmp_path / "blank.html"
    page.write_text("<!DOCTYPE html><html><body style='background:#fff'></body></html>", "utf-8")
    shot = tmp_path / "blank.png"
    _run_chromium(page, tmp_path, f"--screenshot={shot}")
    assert shot.is_file()
    assert _non_background_pixels(shot, (330, 60, 1400, 880)) == 0


def test_selected_node_shows_details_and_evidence(fixture_store, tmp_path):
    """Opening the page with #node=<label> selects the node as a click does: details and evidence."""
    data = graph_data(fixture_store)
    person = next(n["data"] for n in data["elements"]["nodes"] if n["data"]["type"] == "Person" and n["data"]["evidence"])
    page = tmp_path / "graph.html"
    page.write_text(render_html(fixture_store), "utf-8")
    done = _run_chromium(page, tmp_path, "--dump-dom", fragment="#node=" + quote(person["label"]))
    dom = done.stdout.decode("utf-8")
    assert f'data-rendered="{len(data["elements"]["nodes"])}"' in dom
    details = dom[dom.index('id="details"') :]
    assert f"<h3>{html.escape(person['label'], quote=False)}</h3>" in details
    for ev in person["evidence"]:
        assert html.escape(ev["sentence"], quote=False) in details
        assert html.escape(data["articles"][ev["article"]]["label"], quote=False) in details


def test_people_view_page_has_only_people_and_weighted_edges(any_store):
    data = graph_data(any_store, view="people")
    nodes = [n["data"] for n in data["elements"]["nodes"]]
    assert nodes and {n["type"] for n in nodes} == {"Person"}
    assert not data["directed"]
    weights = [e["data"]["weight"] for e in data["elements"]["edges"]]
    assert weights and data["maxWeight"] == max(weights)
    assert data["maxDegree"] == max(len({e["data"]["source"] for e in data["elements"]["edges"] if e["data"]["target"] == n["id"]}
                                          | {e["data"]["target"] for e in data["elements"]["edges"] if e["data"]["source"] == n["id"]})
                                      for n in nodes)
