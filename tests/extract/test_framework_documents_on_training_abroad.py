""""a Letter of Arrangement on the training of X pilots in Y" (a letter of arrangement is named by its
topic as a letter of intent is), "an implementing arrangement on the training of X crews in Y" (the
country the trainees are trained in belongs to the topic when "in" hangs on them), "an Implementing
Arrangement on the support of the X Navy's future frigates" (a possessive inside the topic); not the
place a document was signed in (invented sentences, no names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_country_trainees_are_trained_in_stays_in_the_topic(nlp):
    for text, name in (
            ("The two ministers signed an implementing arrangement on the training of Kenyan helicopter crews in Belgium.",
             "implementing arrangement on the training of Kenyan helicopter crews in Belgium"),
            ("Following the talks, the two sides signed a Letter of Arrangement on the training of Kenyan Air Force pilots and "
             "technicians in Belgium.",
             "Letter of Arrangement on the training of Kenyan Air Force pilots and technicians in Belgium")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert name in kinds, (text, kinds)


def test_place_of_the_signing_is_not_in_the_topic(nlp):
    kinds = framework_kinds(extract_text(nlp, "The ministers signed an implementing arrangement on military medicine in Chile "
                                              "during the visit."))
    assert "implementing arrangement on military medicine" in kinds, kinds


def test_letter_of_arrangement_with_its_acronym_keeps_its_short_name(nlp):
    kinds = framework_kinds(extract_text(nlp, "The two sides signed a Letter of Arrangement (LoA) on the training of Kenyan "
                                              "officers at Belgian military schools."))
    assert not any(n.startswith("Letter of Arrangement on") for n in kinds), kinds


def test_possessive_inside_the_topic(nlp):
    kinds = framework_kinds(extract_text(nlp, "The two ministers signed an Implementing Arrangement on the through-life support "
                                              "of the Kenyan Navy's future patrol vessels."))
    assert "Implementing Arrangement on the through-life support of the Kenyan Navy's future patrol vessels" in kinds, kinds


def test_letter_of_arrangement_still_to_be_signed_is_not_named_by_its_topic(nlp):
    kinds = framework_kinds(extract_text(nlp, "A Letter of Arrangement on training is likely to be signed during the visit."))
    assert "Letter of Arrangement on training" not in kinds, kinds
