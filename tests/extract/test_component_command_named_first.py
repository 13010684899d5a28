""""U.S. Army South commander Maj. Gen. X": a service's regional command, named by the service and a
region word, before its head's word and a holder is that command's commander (as "U.S. Southern
Command commander Gen. Y" is), named with the country's code. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_a_service_and_region_command_before_its_head(nlp):
    for command in ("Army South", "Army Pacific", "Naval Forces Europe"):
        x = extract_text(nlp, f"Colombian Army commander General Luis Ospinal met U.S. {command} commander Maj. Gen. Kevin "
                              "Hollowell in Bogota on Wednesday.\n", PUBLISHED)
        assert ("Kevin Hollowell", f"Commander of U.S. {command}", "USA") in holdings(x), command


def test_no_holder_after_the_command_makes_no_post(nlp):
    # must not fire: the command's band, no head's word and holder after it
    x = extract_text(nlp, "The U.S. Army South band played as Colombian Army commander General Luis Ospinal met the "
                          "visitors in Bogota on Monday.\n", PUBLISHED)
    assert not any("Army South" in h[1] for h in holdings(x))
