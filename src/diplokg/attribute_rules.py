"""The model's attribute rules (tag -> POS and morphology, lemma exceptions), applied by table lookup.

spaCy's ``attribute_ruler`` runs its ~180 rules through the token Matcher, which tests every
rule's first token at every position: ~15 % of the English pipeline's time, more than the
tagger and the lemmatizer together. Its rules are all fixed-length token sequences over a few
attributes, so they can be indexed by the first token's tag (or lower-case form) and checked
directly. ``IndexedAttributeRules`` does that: the same rules (read from the model's own
component, so any model works), the same matches, applied in the same order by spaCy's own
``set_token_attrs``: the Doc it leaves is identical (tests/pipeline compares every token
attribute on real articles). A rule it cannot index (an operator such as ``"OP": "*"``, another
attribute) leaves the model's component in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

TokenTest = Callable[[Any], bool]

# What a rule may test, and how to read it from a token.
_READERS: dict[str, Callable[[Any], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
    "ORTH": lambda t: t.text,
    "POS": lambda t: t.pos_,
}
_INDEXABLE = ("TAG", "LOWER")  # first-token attributes a rule is filed under, in this order of preference


class UnsupportedRule(ValueError):
    """A rule this component cannot apply exactly; the model's own attribute_ruler is kept."""


def _value_test(attr: str, spec: Any) -> TokenTest:
    read = _READERS[attr]
    if isinstance(spec, dict):
        if len(spec) != 1:
            raise UnsupportedRule(f"{attr}: {spec}")
        (op, arg), = spec.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda t: read(t) in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda t: read(t) not in banned
        if op == "REGEX":
            search = re.compile(arg).search  # the Matcher's REGEX is re.search
            return lambda t: search(read(t)) is not None
        raise UnsupportedRule(f"{attr}: {spec}")
    return lambda t: read(t) == spec


def _token_test(token_spec: dict) -> TokenTest:
    unknown = set(token_spec) - set(_READERS)
    if unknown:
        raise UnsupportedRule(f"token attribute(s) {sorted(unknown)}")
    tests = [_value_test(attr, spec) for attr, spec in token_spec.items()]
    if len(tests) == 1:
        return tests[0]
    return lambda t: all(test(t) for test in tests)


def _index_keys(first: dict) -> tuple[str, list[str]] | None:
    """Under which first-token values a rule is filed: ("TAG", ["NN"]), or None (checked everywhere)."""
    for attr in _INDEXABLE:
        spec = first.get(attr)
        if isinstance(spec, str):
            return attr, [spec]
        if isinstance(spec, dict) and set(spec) == {"IN"}:
            return attr, list(spec["IN"])
    return None


class IndexedAttributeRules:
    """Apply an AttributeRuler's rules without the Matcher (see the module docstring)."""

    def __init__(self, ruler: Any) -> None:
        # ruler.patterns lists one entry per rule, in rule order (the ruler's own attrs/indices order).
        entries = ruler.patterns
        if len(entries) != len(ruler.attrs):
            raise UnsupportedRule("the ruler's patterns and attributes do not line up")
        self._attrs = list(ruler.attrs)  # normalised (attribute id -> value hash), as set_token_attrs wants
        self._indices = list(ruler.indices)
        self._by_tag: dict[str, list[tuple[int, list[TokenTest]]]] = {}
        self._by_lower: dict[str, list[tuple[int, list[TokenTest]]]] = {}
        self._anywhere: list[tuple[int, list[TokenTest]]] = []
        for rule_id, entry in enumerate(entries):
            for pattern in entry["patterns"]:
                if not pattern or any(not isinstance(spec, dict) or "OP" in spec for spec in pattern):
                    raise UnsupportedRule(f"rule {rule_id}: {pattern}")
                filed = (rule_id, [_token_test(spec) for spec in pattern])
                keys = _index_keys(pattern[0])
                if keys is None:
                    self._anywhere.append(filed)
                    continue
                table = self._by_tag if keys[0] == "TAG" else self._by_lower
                for value in keys[1]:
                    table.setdefault(value, []).append(filed)

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(rule id, start, end) of every rule match, as the ruler's Matcher finds them, in the order it applies them."""
        found: set[tuple[int, int, int]] = set()
        n = len(doc)
        empty: list = []
        for token in doc:
            start = token.i
            for rule_id, tests in (*self._by_tag.get(token.tag_, empty), *self._by_lower.get(token.lower_, empty), *self._anywhere):
                end = start + len(tests)
                if end <= n and tests[0](token) and all(test(doc[start + k]) for k, test in enumerate(tests[1:], 1)):
                    found.add((rule_id, start, end))
        return sorted(found)  # later rules win: the ruler applies matches sorted by rule

    def __call__(self, doc: Doc) -> Doc:
        for rule_id, start, end in self.matches(doc):
            index = self._indices[rule_id]  # which token of the match gets the attributes; negative counts from the end
            set_token_attrs(doc[(start if index >= 0 else end) + index], self._attrs[rule_id])
        return doc


@Language.factory("diplokg_attribute_rules", default_config={"source": "attribute_ruler"})
def make_indexed_attribute_rules(nlp: Language, name: str, source: str) -> IndexedAttributeRules:
    """The rules of the pipeline's component ``source`` (the model's attribute ruler), indexed."""
    return IndexedAttributeRules(nlp.get_pipe(source))


def use_indexed_attribute_rules(nlp: Language, source: str = "attribute_ruler") -> bool:
    """Put IndexedAttributeRules in place of the model's attribute ruler; False (no change) if it cannot."""
    if source not in nlp.pipe_names:
        return False
    try:
        IndexedAttributeRules(nlp.get_pipe(source))
    except UnsupportedRule:
        return False
    nlp.add_pipe("diplokg_attribute_rules", before=source, config={"source": source})
    nlp.remove_pipe(source)
    return True
