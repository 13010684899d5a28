""""Chile's policy of military neutrality", "Uruguay's neutrality", "Moldova, which declared military
neutrality in 1994", "the country's permanent neutrality": a state's neutrality is a policy it owns
(invented sentences, no names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text


def _policies(nlp, text: str) -> dict[str, tuple[str | None, list[str]]]:
    x = extract_text(nlp, text, header=False)
    return {f.name: (f.owner, f.countries) for f in x.frameworks if f.kind == "Policy"}


def test_policy_of_military_neutrality_of_a_country(nlp):
    got = _policies(nlp, "The opposition says the change erodes Chile's policy of military neutrality.")
    assert got.get("military neutrality", (None, []))[0] == "CHL"


def test_bare_neutrality_after_a_possessive_country(nlp):
    got = _policies(nlp, "Asked whether closer ties with Peru sat uneasily with Uruguay's neutrality, enshrined in the "
                         "Constitution since 1987, the minister said cooperation was consistent with it.")
    assert got.get("neutrality", (None, []))[0] == "URY"


def test_country_which_declared_military_neutrality(nlp):
    got = _policies(nlp, "Moldova, which declared military neutrality in 1994, is not seeking membership of the alliance.")
    assert got.get("military neutrality", (None, []))[0] == "MDA"


def test_the_countrys_permanent_neutrality(nlp):
    got = _policies(nlp, "The minister briefed her colleagues on Chile's new procurement plan and said the country's "
                         "permanent neutrality did not stand in the way of joint procurement.")
    assert got.get("permanent neutrality", (None, []))[0] == "CHL"


def test_neutrality_of_no_state_is_no_policy(nlp):
    got = _policies(nlp, "The referee's neutrality was questioned. The talks stressed the neutrality of the mediators.")
    assert not any("neutrality" in name for name in got)
