"""Treaties name their members "signatories" and export-control regimes (and the OSCE) name theirs
"participating states / countries / governments": both are read as "members" are, in lists after
the body, before it, or apposed to it; a body named so is a body even with a head word no rule knows
("Arrangement"). Not signatories doing something to other countries."""

from __future__ import annotations

from extract_helpers import members_stated


def _members(countries: tuple[str, ...], body: str) -> set[tuple[str, str, str]]:
    return {(iso, body, "member") for iso in countries}


def test_signatories_of_a_treaty_listed(nlp):
    for text in ("The signatories of the Treaty of Tlatelolco include Mexico, Chile and Peru.",
                 "Signatories of the Treaty of Tlatelolco, such as Mexico, Chile and Peru, met in Lima.",
                 "Mexico, Chile and Peru are among the signatories of the Treaty of Tlatelolco."):
        assert members_stated(text, nlp) == _members(("MEX", "CHL", "PER"), "Treaty of Tlatelolco"), text


def test_participating_states_of_a_regime_listed(nlp):
    for text in ("The participating states of the Kaunas Arrangement include Lithuania, Portugal and Chile.",
                 "Lithuania, Portugal and Chile are among the participating states of the Kaunas Arrangement.",
                 "Participating governments of the Kaunas Arrangement, such as Lithuania, Portugal and Chile, met in Vienna.",
                 "The participating countries of the Kaunas Arrangement are Lithuania, Portugal and Chile."):
        assert members_stated(text, nlp) == _members(("LTU", "PRT", "CHL"), "Kaunas Arrangement"), text


def test_signatories_acting_on_other_countries_are_no_list_of_members(nlp):
    assert members_stated("The signatories urged Mexico and Chile to ratify the Treaty of Tlatelolco.", nlp) == set()
    assert members_stated("Participating states met in Vienna while Mexico praised the Kaunas Arrangement.", nlp) == set()
