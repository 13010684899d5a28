"""Names and titles: a quoted speaker the model took for an organisation ('said X, head of ...'),
Lusophone air ranks before a name ('Lieutenant-Brigadier X'), and a portfolio that ends in
"Administration" before a name the model found only in part."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2025, 10, 2)


@pytest.mark.parametrize("quote", [
    '"The force is a political signal," said Ulf Brandt, head of the Sahel programme at the Hanns Seidel Foundation in Niamey.',
    '"The pact matters," said Ulf Brandt, director of the Africa programme at the Clingendael Institute.',
    '"The pact matters," says Ulf Kessing, a senior fellow at the Nordic Institute.',
])
def test_a_quoted_speaker_with_a_role_is_a_person(nlp, quote):
    text = f"NIAMEY: Defence Minister Ali Garba met troops on Monday. {quote}"
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert any(n in names for n in ("Ulf Brandt", "Ulf Kessing"))


def test_a_quoted_company_is_not_a_person(nlp):
    text = 'NIAMEY: Defence Minister Ali Garba met troops on Monday. "The order is firm," said Orion Systems, a defence contractor.'
    assert person_names(extract_text(nlp, text, PUBLISHED)) == ["Ali Garba"]


@pytest.mark.parametrize("rank", ["Lieutenant-Brigadier", "Major-Brigadier", "Lieutenant Brigadier"])
def test_lusophone_air_ranks_before_a_name(nlp, rank):
    text = (
        "BRASILIA: Defence Minister Ana Lima will travel to Anapolis on Friday, where she will meet the Commander "
        f"of the Air Force, {rank} Paulo Souza Vieira, and visit the base. Brazil and Chile signed a pact in Brasilia."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert "Paulo Souza Vieira" in person_names(x)
    assert ("Paulo Souza Vieira", "Air Force Commander", "BRA") in holdings(x)


@pytest.mark.parametrize("sentence, name, title, country", [
    ("Mali's Defence Minister Oumar Keita met Moroccan Minister Delegate in charge of National Defence Administration "
     "Karim Tazi in Rabat.", "Karim Tazi", "Minister Delegate in charge of National Defence Administration", "MAR"),
    ("Tunisia's Secretary of State for Defence Administration Karim Ben Salah met him in Tunis.",
     "Karim Ben Salah", "Secretary of State for Defence Administration", "TUN"),
])
def test_a_portfolio_ending_in_administration_before_a_name(nlp, sentence, name, title, country):
    x = extract_text(nlp, sentence, PUBLISHED)
    assert name in person_names(x)
    assert not any(n.startswith("Administration") for n in person_names(x))
    assert (name, title, country) in holdings(x)


def test_a_body_named_administration_is_no_title_tail(nlp):
    text = "SEOUL: Defence Minister Park Min-ho praised the Defense Acquisition Program Administration on Monday."
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Park Min-ho"]


@pytest.mark.parametrize("later", [
    "On Tuesday, Prince Khalid received Nigeria's Defence Minister Musa Bello.",
    "On Tuesday, Nigeria's Defence Minister Musa Bello called on Prince Khalid at the palace.",
    "On Tuesday, Prince Khalid hosted Nigeria's Defence Minister Musa Bello in Jeddah.",
])
def test_a_courtesy_title_and_given_name_is_the_person_named_in_full(nlp, later):
    text = (
        "RIYADH: Saudi Defence Minister Khalid bin Fahd met Kenya's Defence Minister John Kamau on Monday. "
        f"{later}"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["John Kamau", "Khalid bin Fahd", "Musa Bello"]
    pairs = {tuple(sorted({p.key: p.name for p in x.persons}[k] for k in mt.participants)) for mt in x.meetings}
    assert ("Khalid bin Fahd", "Musa Bello") in pairs


def test_a_given_name_two_persons_share_is_no_one_in_particular(nlp):
    text = (
        "RIYADH: Saudi Defence Minister Khalid bin Fahd met Interior Minister Khalid bin Nasser on Monday. "
        "On Tuesday, Prince Khalid received Nigeria's Defence Minister Musa Bello."
    )
    x = extract_text(nlp, text, PUBLISHED)
    named = {p.key: p.name for p in x.persons}
    met_bello = {named[k] for mt in x.meetings if "Musa Bello" in [named[k] for k in mt.participants] for k in mt.participants}
    assert not met_bello & {"Khalid bin Fahd", "Khalid bin Nasser"}
