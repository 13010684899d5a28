"""A post of a country's armed service written after the service and its country ("Ruritanian Air
Force Commanding General X", "Ruritanian Navy Flag Officer in Command X") is the country's post;
it is also named head first with the force ("Commanding General of the Ruritanian Air Force")."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def _aliases(x, person: str) -> set[str]:
    offices = {o.key: o for o in x.offices}
    names = {p.key: p.name for p in x.persons}
    return {a for h in x.holdings if names[h.person] == person for a in [offices[h.office].title, *offices[h.office].aliases]}


def test_air_force_commanding_general_lower_case(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Arvo Kask paid a call on Philippine Air Force commanding general "
                          "Lt. Gen. Peeter Sild at the air base in Pasay City on Monday.")
    assert ("Peeter Sild", "Air Force Commanding General", "PHL") in holdings(x)
    assert "Commanding General of the Philippine Air Force" in _aliases(x, "Peeter Sild")


def test_commanding_general_of_the_army_head_first(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Arvo Kask met Lt. Gen. Peeter Sild, Commanding General of the "
                          "Philippine Army, in Manila on Monday.")
    assert ("Peeter Sild", "Army Commanding General", "PHL") in holdings(x)


def test_flag_officer_after_the_navy_and_its_country(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Arvo Kask met Philippine Navy Flag Officer in Command Vice Adm. "
                          "Tarmo Lepik in Manila on Monday.")
    assert ("Tarmo Lepik", "Flag Officer in Command", "PHL") in holdings(x)
    assert "Flag Officer in Command of the Philippine Navy" in _aliases(x, "Tarmo Lepik")


def test_plain_country_post_gets_no_force_alias(nlp):
    # the country alone before the post: no force to name it with
    x = extract_text(nlp, "Estonian Defence Minister Arvo Kask met Philippine Defence Secretary Tarmo Lepik in Manila on Monday.")
    assert not any(" of the Philippine" in a for a in _aliases(x, "Tarmo Lepik"))
