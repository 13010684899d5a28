"""A capitalised "... Security Architecture" is a government's named plan of its security forces, a
policy ("in line with the National Security Architecture agreed in 2017"); a lower-case "regional
security architecture" and a "School of Naval Architecture" are not (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds

HEAD = "Talks in Lima\n\n"


def test_a_named_security_architecture_is_a_policy(nlp):
    x = extract_text(nlp, HEAD + "The Peruvian side said the cooperation was in line with the National Security "
                                 "Architecture agreed by the federal government and the regions in 2017.")
    assert framework_kinds(x).get("National Security Architecture") == "Policy"


def test_other_architectures_are_not(nlp):
    x = extract_text(nlp, HEAD + "The ministers discussed the regional security architecture of the Pacific. She "
                                 "studied at the School of Naval Architecture in Lima.")
    assert not any("rchitecture" in name for name in framework_kinds(x))
