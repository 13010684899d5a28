"""A lowercase agreement or plan is named by its description once the article tells it exists:
"the intergovernmental agreement on X between the two countries was signed in P" (its modifiers in
its name, the bare "agreement on X" as another name), "the implementation of the plan of X for Y"
(a plan being carried out), "approved a joint plan against X for Y" (a plan named by what it is
against, once dated); not an agreement only talked of, nor a plan still to be drawn up."""

from __future__ import annotations

from extract_helpers import extract_text

from diplokg.model import DocExtraction


def _names(x: DocExtraction) -> dict[str, set[str]]:
    """framework name -> its other names."""
    return {f.name: set(f.aliases) for f in x.frameworks}


def test_agreement_signed_between_the_parties_before(nlp):
    for text, name in (
        ("The intergovernmental agreement on naval cooperation between the two countries was signed in Lima in May 2019.",
         "intergovernmental agreement on naval cooperation"),
        ("Chile and Peru recalled that the agreement on border security between Chile and Peru was signed in Santiago in 2021.",
         "agreement on border security between Chile and Peru"),  # a lowercase document's parties are in its name
        ("The bilateral agreement on military education between the two states was signed in Quito on March 3, 2018.",
         "bilateral agreement on military education"),
    ):
        names = _names(extract_text(nlp, text))
        assert name in names, (text, names)
    aliases = _names(extract_text(nlp, "The intergovernmental agreement on naval cooperation between the two countries was "
                                       "signed in Lima in May 2019."))["intergovernmental agreement on naval cooperation"]
    assert "agreement on naval cooperation" in aliases


def test_agreement_only_talked_of_is_no_name(nlp):
    x = extract_text(nlp, "The ministers of Chile and Peru discussed an agreement on naval cooperation between the two countries.")
    assert not any("agreement" in n for n in _names(x))


def test_plan_being_carried_out_is_named(nlp):
    for text, name in (
        ("The ministers of Chile and Peru reviewed the implementation of the plan of bilateral naval cooperation for 2029.",
         "plan of bilateral naval cooperation for 2029"),
        ("Both sides praised the execution of the programme of military exchanges for 2028, the ministry of Chile said.",
         "programme of military exchanges for 2028"),
        ("They discussed the implementation of the plan of defence cooperation for 2026-2027 between Chile and Peru.",
         "plan of defence cooperation for 2026-2027 between Chile and Peru"),
    ):
        assert name in _names(extract_text(nlp, text)), text


def test_plan_still_to_come_is_no_name(nlp):
    x = extract_text(nlp, "The ministers of Chile and Peru discussed the drafting of a plan of naval cooperation for 2029.")
    assert not any(n.startswith("plan") for n in _names(x))


def test_plan_against_a_threat_is_named(nlp):
    for text, name in (
        ("The commission approved a joint plan against drug smuggling and illegal fishing for 2028.",
         "joint plan against drug smuggling and illegal fishing for 2028"),
        ("Chile and Peru signed a plan against cross-border crime for 2027-2028.", "plan against cross-border crime for 2027-2028"),
        ("The border committee adopted a programme against human trafficking for 2029 at its meeting in Arica.",
         "programme against human trafficking for 2029"),
    ):
        assert name in _names(extract_text(nlp, text)), text


def test_undated_plan_against_a_threat_is_no_name(nlp):
    for text in ("Lake Titicaca: Defence ministers of Chile and Peru adopt joint plan against insurgents\n\nThe ministers met in Puno.",
                 "The border committee of Chile and Peru approved a plan against drug smuggling at its meeting in Arica."):
        assert not any("plan" in n for n in _names(extract_text(nlp, text))), text
