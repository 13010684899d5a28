""""Chile's policy of military neutrality", "Uruguay's neutrality", "Moldova, which declared military
neutrality in 1994", "Chile has pursued a policy of active neutrality", "Chile, guided by the policy of
active neutrality, ...", "the country's permanent neutrality": a state's neutrality is a policy it owns
(invented sentences, no names from the tuning sets). One state's neutrality told several ways is one
policy, named as told after "policy of"; a neutrality "recognised by" others is a status, no policy."""

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


def test_policy_of_neutrality_a_state_keeps(nlp):
    cases = {"Chile has pursued a policy of active neutrality since 1992, the minister said.": "CHL",
             "Chile, guided by the policy of positive neutrality, does not join military blocs.": "CHL",
             "Peru follows a policy of strict neutrality in the dispute, Lopez said.": "PER",
             "Uruguay, which maintains a policy of neutrality, sent only observers.": "URY",
             "The minister said that Peru, bound by a policy of permanent neutrality, stays out of the alliance.": "PER"}
    for text, owner in cases.items():
        got = _policies(nlp, text)
        names = [n for n in got if "neutrality" in n]
        assert len(names) == 1 and got[names[0]][0] == owner, (text, got)


def test_one_states_neutralities_are_one_policy_named_as_the_policy(nlp):
    text = ("The forum marked the 30th anniversary of Chile's permanent neutrality. Chile has pursued a policy of "
            "active neutrality since 1995, Lopez said.")
    got = _policies(nlp, text)
    assert [n for n in got if "neutrality" in n] == ["active neutrality"], got
    assert got["active neutrality"][0] == "CHL"


def test_policy_of_neutrality_of_no_state_or_recognised_status_is_no_policy(nlp):
    for text in ("The mediators pursued a policy of strict neutrality in the talks.",
                 "Peru will pursue a policy of active neutrality, the opposition leader promised.",
                 "Chile, guided by the principle of fairness, kept a policy of neutrality towards the referees' decisions.",
                 "Peru, whose permanent neutrality recognised by the UN General Assembly in 1995 rules out blocs, "
                 "sent an observer."):
        got = _policies(nlp, text)
        assert not any("neutrality" in name and owner for name, (owner, _) in got.items()), (text, got)
