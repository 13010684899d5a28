"""Link a name typed by a user to entities in the store: label, alias, surname, then fuzzy.

Everything is learnt from the store's own names (``queries/names.rq``): preferred labels,
skos:altLabel, acronyms, expansions and office titles. Nothing here knows a particular person.

Order of the steps, first that finds something wins:
1. exact: the name equals a label or an alternative name (ignoring case, accents, punctuation
   and honorifics such as "Dr", "Shri", "H.E.");
2. part of a name: a person's surname ("Khaleel"), a trailing part of the full name
   ("Khaled Nordin") or the given name alone ("Rajnath");
3. for countries, the other names and adjectives the extractor knows ("US", "Maldivian");
4. fuzzy: rapidfuzz similarity over every name and surname ("khaleell", "Abdulla Khalil").
Several entities found by the same step make an ambiguous name: all are returned, never one
guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .errors import UsageError
from .refdata import NAME_PARTICLES, without_accents

# Coarse kinds: what a question or parameter asks for -> the classes that qualify.
KIND_CLASSES: dict[str, set[str]] = {
    "person": {"Person"},
    "country": {"Country"},
    "place": {"Place", "City", "Region", "Country"},
    "framework": {"Framework", "Agreement", "Policy", "Forum", "Dialogue", "Organisation", "Exercise", "Initiative", "Event"},
    "event": {"Event", "Meeting"},
    "office": {"Office"},
    "entity": set(),  # anything
}

# Particles inside names ("Ana del Rio Vela", "Faris bin Nasser Al Kuwari"): no name of anyone on their own.
_PARTICLES = NAME_PARTICLES | {"das"}  # a person's particles, and Portuguese "das" ("Maria das Dores")

# Honorifics and ranks that precede names in news text (general English/South Asian/Malay usage).
_HONORIFICS = {
    "dr", "shri", "smt", "mr", "mrs", "ms", "miss", "he", "h e", "hon", "honourable", "sir", "dato", "datuk",
    "seri", "sri", "tan", "tun", "gen", "general", "maj", "major", "lt", "col", "colonel", "adm", "admiral",
    "vice", "rear", "air", "marshal", "brig", "brigadier", "capt", "captain", "prof", "professor", "the",
    "his", "her", "excellency", "highness", "royal", "crown", "prince", "princess", "king", "queen",
    "sheikh", "shaikh", "sheikha", "emir", "sultan", "senator", "ambassador",
}

_FUZZY_CUTOFF = 84.0
_FUZZY_TIE = 3.0  # candidates within this many points of the best are equally plausible


class UnknownName(UsageError):
    """No entity of the wanted kind has this name or anything close to it."""

    def __init__(self, name: str, kind: str, suggestions: list[str]):
        self.name, self.kind, self.suggestions = name, kind, suggestions
        what = "entity" if kind == "entity" else kind
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no {what} called '{name}' in the knowledge graph.{hint}")


class AmbiguousName(UsageError):
    """Several entities share the name; the caller should say which one is meant."""

    def __init__(self, name: str, candidates: list["Entity"]):
        self.name, self.candidates = name, candidates
        listed = "; ".join(c.described for c in candidates)
        super().__init__(f"'{name}' could be several entities: {listed}. Give the full name.")


def normalise(text: str, honorifics: bool = True) -> str:
    """Case-, accent- and punctuation-insensitive form of a name; leading honorifics removed
    unless ``honorifics`` is False (office titles: "Crown Prince", "Air Marshal")."""
    text = without_accents(text).casefold().replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"\b(\w)\.(?=\w\.)", r"\1", text)  # dotted abbreviations: "h.e." -> "he."
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"[-_\s]+", " ", text).strip()
    tokens = text.split()
    while honorifics and len(tokens) > 1 and tokens[0] in _HONORIFICS:
        tokens.pop(0)
    return " ".join(tokens)


@dataclass
class Entity:
    iri: str
    label: str
    kinds: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # name -> where from (label, alt, acronym...)
    description: str = ""  # e.g. the offices a person holds: "Defence Minister of India"

    @property
    def described(self) -> str:
        return f"{self.label} ({self.description})" if self.description else self.label

    def is_kind(self, kind: str) -> bool:
        wanted = KIND_CLASSES.get(kind, set())
        return not wanted or bool(self.kinds & wanted)


@dataclass
class Link:
    """The entities a name was linked to and how: "exact", "part" or "fuzzy"."""

    name: str
    entities: list[Entity]
    how: str

    @property
    def ambiguous(self) -> bool:
        return len(self.entities) > 1


class Linker:
    """Names of the store's entities, indexed for linking."""

    def __init__(self, entities: dict[str, Entity]):
        self.entities = entities
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._part: dict[str, set[str]] = defaultdict(set)
        self._middle: dict[str, set[str]] = defaultdict(set)
        for entity in entities.values():
            for name in entity.names:
                key = normalise(name)
                if key:
                    self._exact[key].add(entity.iri)
                tokens = key.split()
                if "Person" in entity.kinds and len(tokens) > 1:
                    for i in range(1, len(tokens)):  # surname, and trailing parts of the name
                        self._part[" ".join(tokens[i:])].add(entity.iri)
                    if len(tokens[0]) > 2:  # a given name alone ("Rajnath"); initials are too vague
                        self._part[tokens[0]].add(entity.iri)
                    for word in tokens[1:-1]:  # a middle word: the first of two surnames ("Rufino Nguema Esono")
                        if len(word) > 2 and word not in _PARTICLES:  # not "bin", "del", "van" of a name
                            self._middle[word].add(entity.iri)

    @classmethod
    def from_store(cls, store: Any) -> "Linker":
        from .queries import load_query, select

        entities: dict[str, Entity] = {}
        for row in select(store, load_query("names")):
            iri = str(row["entity"])
            entity = entities.setdefault(iri, Entity(iri=iri, label=""))
            entity.kinds.add(str(row["kind"]))
            name, how = str(row["name"]), str(row["nameKind"])
            entity.names.setdefault(name, how)
            if how == "label" and not entity.label:
                entity.label = name
        for entity in entities.values():
            if not entity.label:
                entity.label = next(iter(entity.names), entity.iri.rsplit("/", 1)[-1])
        # Describe persons by their offices, so that two namesakes can be told apart.
        office_rows = select(store, load_query("office-labels"))
        offices: dict[str, list[str]] = defaultdict(list)
        for row in office_rows:
            if row["officeLabel"] is not None and str(row["officeLabel"]) not in offices[str(row["person"])]:
                offices[str(row["person"])].append(str(row["officeLabel"]))
        for iri, labels in offices.items():
            if iri in entities:
                entities[iri].description = "; ".join(sorted(labels))
        return cls(entities)

    # -- linking -----------------------------------------------------------------------------
    def _of_kind(self, iris: set[str], kind: str) -> list[Entity]:
        found = [self.entities[i] for i in iris if self.entities[i].is_kind(kind)]
        return sorted(found, key=lambda e: e.label)

    def link(self, name: str, kind: str = "entity") -> Link:
        """All entities of ``kind`` the name can mean (several when ambiguous, none if unknown)."""
        key = normalise(name)
        if not key:
            return Link(name, [], "none")
        found = self._of_kind(self._exact.get(key, set()), kind)
        if found and " " not in key and not any(normalise(e.label) == key for e in found):
            # A one-word alternative name is a short form an article used ("Singh" for the one
            # Singh it spoke of): every person with that surname is as likely, so none is guessed.
            found = self._of_kind(self._exact[key] | self._part.get(key, set()), kind)
        if found:
            return Link(name, found, "exact")
        found = self._of_kind(self._part.get(key, set()), kind)
        if found:
            return Link(name, found, "part")
        if kind in ("country", "place", "entity"):
            found = self._country_by_reference(name)
            if found:
                return Link(name, found, "country")
        # a word inside a full name, when no name ends or starts with it: the paternal surname of
        # a Spanish or Portuguese name ("Nguema" of "Rufino Nguema Esono"), every such person
        found = self._of_kind(self._middle.get(key, set()), kind)
        if found:
            return Link(name, found, "part")
        return Link(name, self._fuzzy(key, kind), "fuzzy")

    def _country_by_reference(self, name: str) -> list[Entity]:
        """Other names and adjectives of a country the store knows ("US", "Maldivian",
        "Lao PDR"), from the extractor's reference data: the store only has the label."""
        from .namespaces import DKI
        from .refdata import country_iso3

        text = re.sub(r"(?:'s|’s|')$", "", name.strip())
        iso3 = country_iso3(text)
        iri = str(DKI[f"country/{iso3.lower()}"]) if iso3 else None
        return [self.entities[iri]] if iri in self.entities else []

    def _fuzzy(self, key: str, kind: str) -> list[Entity]:
        from rapidfuzz import fuzz, process

        choices: dict[str, set[str]] = defaultdict(set)
        for table in (self._exact, self._part):
            for text, iris in table.items():
                if any(self.entities[i].is_kind(kind) for i in iris):
                    choices[text] |= iris
        if not choices:
            return []
        scored = process.extract(key, list(choices), scorer=fuzz.ratio, limit=10, score_cutoff=_FUZZY_CUTOFF)
        if not scored:
            return []
        best = scored[0][1]
        iris: set[str] = set()
        for text, score, _ in scored:
            if score >= best - _FUZZY_TIE:
                iris |= choices[text]
        return self._of_kind(iris, kind)

    def suggest(self, name: str, kind: str = "entity", limit: int = 5) -> list[str]:
        """The labels closest to a name, for "did you mean" messages."""
        from rapidfuzz import fuzz, process

        labels = {e.label for e in self.entities.values() if e.is_kind(kind)}
        if not labels:
            return []
        key = normalise(name)
        scored = process.extract(key, {label: normalise(label) for label in labels}, scorer=fuzz.WRatio, limit=limit, score_cutoff=50)
        return [label for _, _, label in scored]

    def resolve(self, name: str, kind: str = "entity") -> list[Entity]:
        """Entities for a name; raises :class:`UnknownName` with suggestions when there are none."""
        found = self.link(name, kind).entities
        if not found:
            raise UnknownName(name, kind, self.suggest(name, kind))
        return found

    def resolve_one(self, name: str, kind: str = "entity") -> Entity:
        """Exactly one entity, or :class:`AmbiguousName` / :class:`UnknownName`."""
        found = self.resolve(name, kind)
        if len(found) > 1:
            raise AmbiguousName(name, found)
        return found[0]

    def office_title(self, title: str) -> str:
        """The store's spelling of an office title ("defence minister" -> "Defence Minister")."""
        key = normalise(title, honorifics=False)
        titles = {n for e in self.entities.values() if "Office" in e.kinds for n, how in e.names.items() if how in ("title", "alt")}
        for stored in sorted(titles):
            if normalise(stored, honorifics=False) == key:
                return stored
        from rapidfuzz import fuzz, process

        keys = {t: normalise(t, honorifics=False) for t in titles}
        best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if best:
            return best[2]
        raise UnknownName(title, "office", [t for _, _, t in process.extract(key, keys, scorer=fuzz.WRatio, limit=5)])

    def office_titles(self) -> list[str]:
        return sorted({n for e in self.entities.values() if "Office" in e.kinds for n, how in e.names.items() if how in ("title", "alt")})
