"""Bodies kept as frameworks though written in a way that once lost them: a known organisation
named after a second, conjoined "of" ("members of the A and of the B"), and a force several states
make up named inside a post's title ("Commander of the X Task Force"), with its loosely spelled
acronym; each with a look-alike that must stay out."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_organisation_after_a_conjoined_of_is_kept(nlp):
    x = extract_text(nlp, "Both republics are members of the Arab League and of the Commonwealth of Independent States (CIS).")
    assert "CIS" in framework_kinds(x)
    bystander = extract_text(nlp, "The minister said the Commonwealth of Independent States had changed since 1991.")
    assert "CIS" not in framework_kinds(bystander)


def test_shared_force_named_in_a_posts_title(nlp):
    x = extract_text(nlp, "The talks brought together the ministers and the Force Commander of the Combined Coastal Task Force (CCTF), "
                          "Brig. Gen. Tomas Varga. Ruritania, which joined the CCTF in 2019, sent its navy chief.")
    fw = {f.name: f for f in x.frameworks}
    assert fw["Combined Coastal Task Force"].kind == "Organisation"
    looser = extract_text(nlp, "The parade was led by the Commander of the Multinational Rapid Task Force (MRTF), Col. Ana Lis, "
                               "whose unit Osterland set up in 2020.")
    assert looser.frameworks and looser.frameworks[0].acronym == "MRTF"
    national = extract_text(nlp, "He met the Secretary of the National Security Council, Mr Dan Orlov, in Sofia.")
    assert "National Security Council" not in framework_kinds(national)
