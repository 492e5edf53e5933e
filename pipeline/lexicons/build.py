"""Build ``first_names.txt`` and ``english_first_names.txt``, the gate's gazetteers, from Faker's person providers.

    pip install faker==40.63.0 && python pipeline/lexicons/build.py

Faker (MIT licence) lists first names for 86 locales; every one written in Latin letters goes in,
folded (accents removed, case-folded: see ``pipeline.detectors.fold``), so "Róisín", "Roisin" and
"roisin" are one entry. English function words ("an", "my", "do" are also names in some locales) are
left out: no context could tell them apart. The file is committed, so the gate does not depend on
Faker or change when Faker does; rebuild it deliberately and say so in the commit.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from importlib.metadata import version
from pathlib import Path

from pipeline.detectors import english_stop_words, fold


def latin(name: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") or c in " '-." for c in name)


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
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in dir(provider):
            if "first_name" in attribute and not callable(getattr(provider, attribute)):
                for name in names_of(getattr(provider, attribute)):
                    for part in name.replace("-", " ").split():  # "Mary-Jane", "Anne Marie": each part
                        if latin(part) and len(fold(part)) >= 2 and fold(part).isalpha():
                            names.add(fold(part))
                            if module.name in ("en", "en_GB", "en_IE", "en_NZ", "en_US"):
                                english.add(fold(part))
    names -= stop
    english -= stop
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


if __name__ == "__main__":
    main()
