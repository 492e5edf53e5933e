"""REFI-QDA: exchange the codebook and the coding with NVivo, ATLAS.ti, MAXQDA and QualCoder.

``export`` takes the cleared segments and sources, the human coding files, the final codes, the
workshops and the codebook; makes ``reports/codebook.qdc`` (the code hierarchy with definitions) and
``reports/study.qdpx`` (the project: sources as plain text, one user per human coder and one for the
model's codes where it is relied on for them, every coding as a text selection with character offsets,
workshops as cases with their attributes). GUIDs are derived from the things they name, so the same
study gives the same files.

``import`` takes a ``.qdpx`` or ``.qdc`` made by another tool (an untrusted archive: member names,
sizes, compression ratios and XML are all checked) and writes a codebook and one human coding file
per user: codes are matched to the study's codebook by GUID or name, selections to segments by
offset overlap, and a report lists everything that did not map.

Offsets count Unicode characters (code points) in the plain text, which has LF line endings; a
source whose text differs only by CRLF line endings is mapped back before matching.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree

import pandas as pd
import yaml

from pipeline.archives import read_member, safe_members
from pipeline.codebook import Codebook, load_codebook, parse_codebook
from pipeline.coding import findings, read_coding
from pipeline.errors import StudyError, run_stage
from pipeline.imports import code_for, honest_coding, nearest, read_code_map
from pipeline.tables import atomic, read_csv_table, read_workshops, stable_zip_entry, write_csv, write_text

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
GUID_NAMESPACE = uuid.UUID("6f1e7a52-8c4d-4d0e-9b8a-2f5c8e1d4a90")  # this project's own namespace
THEME_COLOUR, FIRST_POLE_COLOUR, SECOND_POLE_COLOUR, TENSION_COLOUR = "#009E73", "#0072B2", "#E69F00", "#999999"
MAX_XML_BYTES = 200_000_000


def guid(*parts: str) -> str:
    """A GUID that is a function of what it names, so exports are reproducible: ``uuid.uuid5`` of the parts
    in this project's namespace, computed directly (a project has a GUID per coding and selection, tens of
    thousands, and ``uuid5`` builds a UUID object for each: a third of the export's time)."""
    digest = bytearray(hashlib.sha1(GUID_NAMESPACE.bytes + "\x1f".join(parts).encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    text = digest.hex().upper()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def code_description(code: Any) -> str:
    parts = [
        code.full or code.brief,
        f"When to use: {code.when_to_use}" if code.when_to_use else "",
        f"When not to use: {code.when_not_to_use}" if code.when_not_to_use else "",
        f"Example: \u201c{code.example}\u201d" if code.example else "",
    ]
    return "\n".join(part for part in parts if part)


def codes_element(parent: ElementTree.Element, ns: str, codebook: Codebook) -> None:
    """The code hierarchy: themes, and tensions (not codable) with their two poles (codable)."""
    codes = ElementTree.SubElement(parent, f"{{{ns}}}Codes")
    for theme in codebook.themes:
        element = ElementTree.SubElement(
            codes, f"{{{ns}}}Code", guid=guid("code", theme.id), name=theme.label, isCodable="true", color=THEME_COLOUR
        )
        ElementTree.SubElement(element, f"{{{ns}}}Description").text = code_description(theme)
    for tension in codebook.tensions:
        element = ElementTree.SubElement(
            codes,
            f"{{{ns}}}Code",
            guid=guid("code", tension.id),
            name=tension.label,
            isCodable="false",
            color=TENSION_COLOUR,
        )
        ElementTree.SubElement(element, f"{{{ns}}}Description").text = tension.full
        for pole, colour in zip(tension.poles, (FIRST_POLE_COLOUR, SECOND_POLE_COLOUR), strict=True):
            child = ElementTree.SubElement(
                element, f"{{{ns}}}Code", guid=guid("code", pole.id), name=pole.label, isCodable="true", color=colour
            )
            ElementTree.SubElement(child, f"{{{ns}}}Description").text = code_description(pole)


def to_bytes(root: ElementTree.Element, ns: str) -> bytes:
    ElementTree.register_namespace("", ns)
    ElementTree.indent(root, space="  ")
    document: bytes = ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"


def codebook_xml(codebook: Codebook) -> bytes:
    root = ElementTree.Element(f"{{{CODEBOOK_NS}}}CodeBook", origin=f"what-works pipeline, codebook {codebook.version}")
    codes_element(root, CODEBOOK_NS, codebook)
    return to_bytes(root, CODEBOOK_NS)


MARKING_COLUMNS = ("segment_id", "code", "user", "note")
# the user whose codings are the final codes, as the report counts them: what a finding rests on
FINAL_USER = "final codes"


def markings(coding: pd.DataFrame, codes: pd.DataFrame, overrides: pd.DataFrame | None = None) -> pd.DataFrame:
    """What becomes a text selection with a coding: one code on one segment by one rater (a user), with a
    note. Each human coder's own codes, the final codes that came from overrides and the model, and every final
    code once more as the user ``FINAL_USER``: the codes the report counts, the coders' consensus where they read
    a segment, an override's decision where one was made (it wins), the model's where it is relied on.

    A coder's own layer keeps what the coder did, an override notwithstanding: it is the coder's reading, and an
    export that dropped it would misreport what the coder did (and a round trip would lose it). So each of a
    coder's codes is labelled as that coder's reading, and one that is not among the final codes says why (an
    override removed it, with who and when, from ``overrides``, the code stage's overrides report; or the coders'
    consensus did not reach it): the fourteenth issue-19 trial found a code an override had removed exported as
    the coder's, with nothing to tell a reader in NVivo that it was no finding."""
    human = coding[coding["code"] != ""]
    model = codes[codes["source"] == "model"]
    override = codes[codes["source"] == "override"]
    final = set(zip(codes["segment_id"], codes["code"], strict=True))
    decided = overruled(overrides)
    coder_notes = [
        f"coded by {coder}: this coder's own reading"
        + (
            ""
            if (segment, code) in final
            else "; not a final code: "
            + decided.get((segment, code), decided.get((segment, ""), "the coders' consensus did not reach it"))
        )
        for coder, segment, code in zip(human["coder"], human["segment_id"], human["code"], strict=True)
    ]
    frames = [
        pd.DataFrame(
            {"segment_id": human["segment_id"], "code": human["code"], "user": human["coder"], "note": coder_notes}
        ),
        pd.DataFrame({"segment_id": model["segment_id"], "code": model["code"], "user": "model"}).assign(
            # written row by row: with no model codes (every segment human-coded) the columns are empty
            # and of different types, which pandas will not add
            note=[
                f"coded by the model {by}, probability {float(probability):.3f}"
                for by, probability in zip(model["by"], model["probability"], strict=True)
            ]
        ),
        pd.DataFrame(
            {"segment_id": override["segment_id"], "code": override["code"], "user": override["by"] + " (override)"}
        ).assign(note="override"),
        pd.DataFrame({"segment_id": codes["segment_id"], "code": codes["code"], "user": FINAL_USER}).assign(
            note=[final_note(row) for row in codes[["source", "by", "probability"]].to_dict("records")]
        ),
    ]
    return pd.concat(frames, ignore_index=True)[list(MARKING_COLUMNS)].astype(str)


def final_note(row: dict[Any, Any]) -> str:
    """A final code's description: where it came from."""
    if row["source"] == "human":
        return f"final code: the coders' consensus ({row['by']})"
    if row["source"] == "override":
        return f"final code: an override by {row['by']}"
    return f"final code: the model {row['by']}, probability {float(row['probability']):.3f}, relied on for this code"


def overruled(overrides: pd.DataFrame | None) -> dict[tuple[str, str], str]:
    """For each (segment, code) an applied override took off the final codes, why, in words; (segment, "") for a
    segment an 'only' override decided whole (a coder's code not among its 'only' rows is off the final codes)."""
    if overrides is None or overrides.empty:
        return {}
    applied = ~overrides["stale"].astype(bool) if "stale" in overrides else overrides["status"].eq("applied")
    rows = overrides[applied & overrides["action"].isin(["remove", "only"])]
    said = {}
    for row in rows.to_dict("records"):
        if row["action"] == "remove":
            said[(str(row["segment_id"]), str(row["code"]))] = (
                f"an override by {row['coder']} ({row['date']}) removed it"
            )
        else:
            said[(str(row["segment_id"]), "")] = (
                f"an override by {row['coder']} ({row['date']}) decided the segment's codes"
            )
    return said


def write_project(
    handle: BinaryIO,
    codebook: Codebook,
    source_ids: Sequence[str],
    segments: pd.DataFrame,
    workshops: pd.DataFrame,
    marks: pd.DataFrame,
    model_id: str,
) -> None:
    """The project.qde document, written to ``handle`` one source at a time.

    A study of ten thousand workshops has millions of codings: as one element tree in memory they took
    6 GB. The head (users, codebook, cases) is one small tree; each source and its selections is a tree of
    its own, written in its place, indented as the whole document would be.
    """
    ns = PROJECT_NS
    root = ElementTree.Element(
        f"{{{ns}}}Project", name=f"{codebook.title}: workshop coding", origin="what-works pipeline"
    )
    users = sorted(set(marks["user"]))
    users_element = ElementTree.SubElement(root, f"{{{ns}}}Users")
    for user in users:
        name = f"model {model_id}" if user == "model" else user
        ElementTree.SubElement(users_element, f"{{{ns}}}User", guid=guid("user", user), name=name, id=user)
    codes_element(ElementTree.SubElement(root, f"{{{ns}}}CodeBook"), ns, codebook)
    attributes = ("group", "stakeholder", "date")
    variables = ElementTree.SubElement(root, f"{{{ns}}}Variables")
    for attribute in attributes:
        ElementTree.SubElement(
            variables, f"{{{ns}}}Variable", guid=guid("variable", attribute), name=attribute, typeOfVariable="Text"
        )
    cases = ElementTree.SubElement(root, f"{{{ns}}}Cases")
    for workshop in workshops.sort_values("workshop_id").to_dict("records"):
        case = ElementTree.SubElement(
            cases, f"{{{ns}}}Case", guid=guid("case", workshop["workshop_id"]), name=workshop["workshop_id"]
        )
        for attribute in attributes:
            value = ElementTree.SubElement(case, f"{{{ns}}}VariableValue")
            ElementTree.SubElement(value, f"{{{ns}}}VariableRef", targetGUID=guid("variable", attribute))
            ElementTree.SubElement(value, f"{{{ns}}}TextValue").text = str(workshop[attribute])
        ElementTree.SubElement(case, f"{{{ns}}}SourceRef", targetGUID=guid("source", workshop["workshop_id"]))
    sources_element = ElementTree.SubElement(root, f"{{{ns}}}Sources")
    if not source_ids:
        handle.write(to_bytes(root, ns))
        return
    ElementTree.SubElement(sources_element, SOURCES_PLACE)
    head, tail = to_bytes(root, ns).split(f"<{SOURCES_PLACE} />".encode(), 1)
    spans = segments[["segment_id", "workshop_id", "start", "end"]]
    placed = marks.merge(spans, on="segment_id", how="left", validate="many_to_one")
    by_workshop = {str(key): rows for key, rows in placed.groupby("workshop_id", sort=False)}
    handle.write(head.rstrip(b" \n"))
    for workshop_id in sorted(source_ids):
        handle.write(b"\n    " + source_xml(workshop_id, by_workshop.get(workshop_id, placed.iloc[0:0])))
    handle.write(b"\n  " + tail.lstrip(b" \n"))


SOURCES_PLACE = "SourcesGoHere"  # where the sources are written into the document's head


def source_xml(workshop_id: str, marks: pd.DataFrame) -> bytes:
    """One TextSource element with its selections, without a namespace of its own (it sits inside the
    project's default namespace), indented for its depth in the document."""
    source_guid = guid("source", workshop_id)
    source = ElementTree.Element(
        "TextSource", guid=source_guid, name=workshop_id, plainTextPath=f"internal://{source_guid}.txt"
    )
    ordered = marks.sort_values(["start", "code", "user"])
    columns = ("segment_id", "code", "user", "note", "start", "end")
    for segment_id, code, user, note, start, end in zip(*(ordered[c].tolist() for c in columns), strict=True):
        key = (str(segment_id), str(code), str(user))
        selection = ElementTree.SubElement(
            source,
            "PlainTextSelection",
            guid=guid("selection", *key),
            name=key[0],
            startPosition=str(start),
            endPosition=str(end),
            creatingUser=guid("user", key[2]),
        )
        ElementTree.SubElement(selection, "Description").text = str(note)
        coding = ElementTree.SubElement(
            selection, "Coding", guid=guid("coding", *key), creatingUser=guid("user", key[2])
        )
        ElementTree.SubElement(coding, "CodeRef", targetGUID=guid("code", key[1]))
    ElementTree.indent(source, space="  ", level=2)
    return ElementTree.tostring(source, encoding="unicode").encode("utf-8")


def source_file(workshop_id: str) -> str:
    """A source's plain text's name in the archive."""
    return f"Sources/{guid('source', workshop_id)}.txt"


def project_xml(
    codebook: Codebook,
    sources: dict[str, str],
    segments: pd.DataFrame,
    workshops: pd.DataFrame,
    marks: pd.DataFrame,
    model_id: str,
) -> tuple[bytes, dict[str, bytes]]:
    """The project.qde document and the plain-text source files it points to, in memory (small studies)."""
    document = io.BytesIO()
    write_project(document, codebook, list(sources), segments, workshops, marks, model_id)
    return document.getvalue(), {source_file(w): text.encode("utf-8") for w, text in sorted(sources.items())}


# ---------------------------------------------------------------- reading untrusted archives


def parse_xml(data: bytes, source: Path) -> ElementTree.Element:
    """XML with no DTD, no entities and no external references (defusedxml), or a one-line error."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: ElementTree.Element = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise StudyError(
            f"{source}: the XML declares a DTD or entities ({type(error).__name__}); refusing it"
        ) from None
    except ElementTree.ParseError as error:
        raise StudyError(f"{source}: malformed XML ({error}); export it again from the QDA tool") from None
    return root


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def children(element: ElementTree.Element, name: str) -> list[ElementTree.Element]:
    return [child for child in element if local(child.tag) == name]


def descendants(element: ElementTree.Element, name: str) -> Iterable[ElementTree.Element]:
    return (node for node in element.iter() if local(node.tag) == name)


# ---------------------------------------------------------------- import


def slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_") or "code"
    if not base[0].isalpha():
        base = f"code_{base}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    taken.add(candidate)
    return candidate


def imported_codebook(codes_root: ElementTree.Element, source: Path) -> dict[str, Any]:
    """A codebook in this project's structure from a REFI code tree.

    A non-codable code with exactly two codable children is a tension with its poles; every other
    codable code is a theme (nested ones named "parent / child"). Fields the other tool does not have are
    left out: the report lists the codes that lack them, for the team to write before the next round.
    """
    taken: set[str] = set()

    def leaf(node: ElementTree.Element, label: str) -> dict[str, str]:
        description = (
            " ".join((children(node, "Description")[0].text or "").split()) if children(node, "Description") else ""
        )
        defined = {"brief": description, "full": description} if description else {}
        return {"id": slug(label, taken), "label": label, **defined, "guid": node.get("guid", "")}

    themes: list[dict[str, str]] = []
    tensions: list[dict[str, Any]] = []

    def walk(node: ElementTree.Element, prefix: str) -> None:
        label = f"{prefix}{node.get('name', '')}".strip()
        kids = children(node, "Code")
        codable = node.get("isCodable", "true") == "true"
        two_codable_leaves = len(kids) == 2 and all(
            k.get("isCodable", "true") == "true" and not children(k, "Code") for k in kids
        )
        if not codable and two_codable_leaves:
            tension = leaf(node, label)
            tensions.append(
                {key: tension[key] for key in ("id", "label", "brief", "full") if key in tension}
                | {"poles": [leaf(kids[0], kids[0].get("name", "")), leaf(kids[1], kids[1].get("name", ""))]}
            )
            return
        if codable:
            themes.append(leaf(node, label))
        for kid in kids:
            walk(kid, f"{label} / ")

    for code in children(codes_root, "Code"):
        walk(code, "")
    return {"themes": themes, "tensions": tensions}


def guid_map(tree: dict[str, Any]) -> dict[str, str]:
    """Imported code GUID to the code id it became."""
    leaves = tree["themes"] + [pole for tension in tree["tensions"] for pole in tension["poles"]]
    return {leaf["guid"].strip("{}").upper(): leaf["id"] for leaf in leaves if leaf["guid"]}


def match_codes(
    tree: dict[str, Any], codebook: Codebook | None, code_map: dict[str, str] | None = None
) -> dict[str, str]:
    """Imported code GUID to a code of the study's codebook, by GUID first, then by label or id (or its last part,
    "Parent / Child"), a leading article aside, or by the code map (``pipeline.imports``; "" for a code the study
    leaves out)."""
    leaves = tree["themes"] + [pole for tension in tree["tensions"] for pole in tension["poles"]]
    if codebook is None:
        return guid_map(tree)
    by_guid = {guid("code", code.id): code.id for code in codebook.leaf_codes}
    matched = {}
    for leaf in leaves:
        key = leaf["guid"].strip("{}").upper()
        label = leaf["label"]
        found = by_guid.get(key)
        for name in (label, label.split(" / ")[-1]):
            found = found if found is not None else code_for(name, codebook, code_map or {})
        if found is not None:
            matched[key] = found
    return matched


def code_labels(tree: dict[str, Any]) -> dict[str, str]:
    """Imported code GUID to the code's name in the other tool, for a report a researcher reads (a GUID alone sent
    the thirteenth issue-18 trial into the project file to learn which code it was)."""
    leaves = tree["themes"] + [pole for tension in tree["tensions"] for pole in tension["poles"]]
    return {leaf["guid"].strip("{}").upper(): leaf["label"] for leaf in leaves if leaf["guid"]}


def position_map(vendor: str, ours: str) -> Any:
    """Offsets in another tool's copy of a source to offsets in ours (CRLF counted as one character)."""
    if vendor == ours:
        return lambda position: position
    if vendor.replace("\r\n", "\n").replace("\r", "\n") != ours:
        return None
    removed = [i for i, char in enumerate(vendor) if char == "\r" and vendor[i + 1 : i + 2] == "\n"]

    def to_ours(position: int) -> int:
        return position - sum(1 for i in removed if i < position)

    return to_ours


WORD = re.compile(r"[^\W\d_]+")  # words of letters: a caption's times and numbers are its layout, not its text
ALIGNED = 0.8  # the share of a source's words that must stand, in order, in the study's text for it to map


@dataclass(frozen=True)
class Alignment:
    """Another tool's copy of a source aligned word by word with ours, where the texts differ beyond line ends:
    the tool's copy of a .docx or an .odt, of a caption file as it is, or of the text before the gate redacted a
    name (the tenth issue-18 trial's QualCoder project placed 2 of its 6 sources, each off by a trailing newline, a
    table's heading, a caption's layout or a redaction)."""

    vendor: list[tuple[int, int]]  # the other tool's words, (start, end)
    ours: list[tuple[int, int]]  # ours
    to_ours: dict[int, int]  # vendor word -> our word, where they match
    share: float  # of the other tool's words, how many matched

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """A selection's span in our text: from the first to the last of its words that matched; None if none did."""
        hit = [self.to_ours[i] for i, (a, b) in enumerate(self.vendor) if a < end and b > start and i in self.to_ours]
        return (self.ours[min(hit)][0], self.ours[max(hit)][1]) if hit else None


def aligned(vendor: str, ours: str) -> Alignment:
    from difflib import SequenceMatcher

    theirs = [(m.start(), m.end(), m.group(0).casefold()) for m in WORD.finditer(vendor)]
    mine = [(m.start(), m.end(), m.group(0).casefold()) for m in WORD.finditer(ours)]
    matcher = SequenceMatcher(None, [w for *_, w in theirs], [w for *_, w in mine], autojunk=False)
    to_ours = {block.a + k: block.b + k for block in matcher.get_matching_blocks() for k in range(block.size)}
    return Alignment(
        [(a, b) for a, b, _ in theirs], [(a, b) for a, b, _ in mine], to_ours, len(to_ours) / max(len(theirs), 1)
    )


def source_matcher(
    sources: dict[str, str], named: dict[str, str] | None = None
) -> Callable[[str, str, str, str | None], str | None]:
    """Which of the study's workshops a project's source is: by the study's map (``named``: a source's name, its
    plain-text file or its GUID, to a workshop), by the GUID this project's export gives it, by its name, by its
    plain-text file's name, or by its text, the same or aligned word by word (QualCoder names a source by none of
    the first four). The lookups are built once for the whole project."""
    by_guid = {guid("source", workshop_id): workshop_id for workshop_id in sources}
    by_folded = {workshop_id.casefold(): workshop_id for workshop_id in sources}
    words = {workshop_id: set(WORD.findall(text.casefold())) for workshop_id, text in sources.items()}

    def workshop_of(source_guid: str, name: str, internal: str, text: str | None) -> str | None:
        for given in (name, internal, internal.removeprefix("internal://"), source_guid.strip("{}")):
            if given and named and given in named:
                return named[given]
        found = by_guid.get(source_guid.strip("{}").upper())
        if found:
            return found
        for candidate in (name, Path(name).stem, Path(internal.removeprefix("internal://")).stem):
            if candidate and candidate.casefold() in by_folded:
                return by_folded[candidate.casefold()]
        if text is not None:
            matches = [workshop_id for workshop_id, ours in sources.items() if position_map(text, ours) is not None]
            if len(matches) == 1:
                return matches[0]
            # aligned word by word: the closest three by their words, the one most of whose words stand in order
            theirs = set(WORD.findall(text.casefold()))
            closest = sorted(sources, key=lambda w: -len(theirs & words[w]) / max(len(theirs | words[w]), 1))[:3]
            shares = sorted(((aligned(text, sources[w]).share, w) for w in closest), reverse=True)
            if shares and shares[0][0] >= ALIGNED and (len(shares) == 1 or shares[1][0] < shares[0][0] - 0.1):
                return shares[0][1]
        return None

    return workshop_of


# the problems by which codings are lost (the others say how a source was matched)
LOSING = ("source not in the study", "source text differs", "code not in the codebook", "selection matches no segment")


def source_map(path: Path | None, sources: dict[str, str]) -> dict[str, str]:
    """The study's map of a project's sources to workshops (CSV: source,workshop), checked against the study."""
    if path is None:
        return {}
    table = read_csv_table(path, ("source", "workshop"))
    for number, row in enumerate(table.itertuples(index=False), start=2):
        if row.workshop not in sources:
            raise StudyError(
                f"{path} row {number}: workshop '{row.workshop}' is not one of the study's sources; use the "
                "transcript's file name without its extension"
            )
    return {str(row.source).strip(): str(row.workshop) for row in table.itertuples(index=False)}


def import_project(
    path: Path,
    codebook: Codebook | None,
    segments: pd.DataFrame | None,
    sources: dict[str, str],
    named: dict[str, str] | None = None,
    code_map: dict[str, str] | None = None,
) -> tuple[dict[str, Any], dict[str, pd.DataFrame], pd.DataFrame]:
    """The imported code tree, one coding table per user, and a report of what did not map. A code ``code_map``
    (see ``pipeline.imports``) maps to "" is one the study leaves out: its codings code nothing. A user's segment a
    coding of which did not map, and the uncoded segments of a workshop where one of theirs matched no segment, are
    left out of their table (``pipeline.imports.honest_coding``)."""
    problems: list[dict[str, str]] = []
    lost: dict[str, set[str]] = {}  # by user: segments a coding of which did not map (its code is none of the study's)
    unplaced: dict[str, set[str]] = {}  # by user: workshops where a coding of theirs matched no segment
    if not path.is_file():
        raise StudyError(f"{path}: file not found")
    if path.suffix.lower() == ".qdc":
        if path.stat().st_size > MAX_XML_BYTES:
            raise StudyError(f"{path}: larger than {MAX_XML_BYTES / 1e6:.0f} MB; refusing it")
        root = parse_xml(path.read_bytes(), path)
        if local(root.tag) != "CodeBook":
            raise StudyError(f"{path}: the root element is {local(root.tag)}, not a REFI-QDA CodeBook")
        codes_root = children(root, "Codes")
        return (
            imported_codebook(codes_root[0], path) if codes_root else {"themes": [], "tensions": []},
            {},
            pd.DataFrame(),
        )
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise StudyError(f"{path}: not a .qdpx archive (not a zip file); export the project again") from None
    with archive:
        members = safe_members(archive, path)
        project_names = [name for name in members if name.lower().endswith(".qde") and "/" not in name]
        if len(project_names) != 1:
            raise StudyError(f"{path}: expected one project.qde at the top of the archive, found {len(project_names)}")
        root = parse_xml(read_member(archive, members[project_names[0]], MAX_XML_BYTES, path), path)
        if local(root.tag) != "Project":
            raise StudyError(f"{path}: the root element is {local(root.tag)}, not a REFI-QDA Project")
        codebooks = list(descendants(root, "CodeBook"))
        codes_roots = children(codebooks[0], "Codes") if codebooks else []
        tree = imported_codebook(codes_roots[0], path) if codes_roots else {"themes": [], "tensions": []}
        code_of = match_codes(tree, codebook, code_map)
        named_code = code_labels(tree)
        users = {
            u.get("guid", "").strip("{}").upper(): u.get("id") or u.get("name") or "unknown"
            for u in descendants(root, "User")
        }
        rows: dict[str, list[dict[str, str]]] = {}
        seen: dict[str, set[str]] = {}  # the workshops each user coded in
        spans = segments.sort_values("start") if segments is not None else None
        # NVivo writes sources/ in lower case, others Sources/
        by_folded = {name.casefold(): name for name in members}
        workshop_of = source_matcher(sources, named)
        for text_source in descendants(root, "TextSource"):
            name = text_source.get("name", "")
            internal = text_source.get("plainTextPath", "")
            member = by_folded.get(("sources/" + internal.removeprefix("internal://")).casefold())
            selections = children(text_source, "PlainTextSelection")
            if member is not None:
                vendor_text: str | None = read_member(archive, members[member], MAX_XML_BYTES, path).decode("utf-8-sig")
            elif children(text_source, "PlainTextContent"):
                vendor_text = "".join(children(text_source, "PlainTextContent")[0].itertext())
            else:
                vendor_text = None
            workshop_id = workshop_of(text_source.get("guid", ""), name, internal, vendor_text)
            if spans is None or workshop_id is None:
                problems += [
                    {
                        "kind": "source not in the study",
                        "item": name or internal,
                        "detail": f"{len(selections)} selection(s)",
                    }
                ]
                continue
            if vendor_text is None:
                vendor_text = sources[workshop_id]
            to_ours = position_map(vendor_text, sources[workshop_id])
            alignment = aligned(vendor_text, sources[workshop_id]) if to_ours is None else None
            if alignment is not None and alignment.share < ALIGNED:
                problems.append(
                    {
                        "kind": "source text differs",
                        "item": name or workshop_id,
                        "detail": f"{len(selections)} selection(s) not mapped: {alignment.share:.0%} of its words "
                        f"stand in order in {workshop_id}'s text",
                    }
                )
                continue
            if alignment is not None:
                problems.append(
                    {
                        "kind": "source text differs; mapped word by word",
                        "item": name or workshop_id,
                        "detail": f"{alignment.share:.0%} of its words stand in order in {workshop_id}'s text",
                    }
                )
            in_workshop = spans[spans["workshop_id"] == workshop_id]
            for selection in selections:
                if selection.get("startPosition") is None or selection.get("endPosition") is None:
                    # REFI-QDA's positions are startPosition and endPosition: a selection without them is nowhere
                    # (the twelfth issue-18 trial's read as 0-0, "matches no segment", with nothing said of why)
                    problems.append(
                        {
                            "kind": "selection matches no segment",
                            "item": name or workshop_id,
                            "detail": "a PlainTextSelection without startPosition and endPosition; export it again",
                        }
                    )
                    continue
                given = (int(selection.get("startPosition", "0")), int(selection.get("endPosition", "0")))
                found = alignment.span(*given) if alignment is not None else (to_ours(given[0]), to_ours(given[1]))
                start, end = found if found is not None else (0, 0)
                hit = in_workshop[(in_workshop["start"] < end) & (in_workshop["end"] > start)]
                for coding in children(selection, "Coding"):
                    refs = children(coding, "CodeRef")
                    code_guid = refs[0].get("targetGUID", "").strip("{}").upper() if refs else ""
                    user = users.get(
                        (coding.get("creatingUser") or selection.get("creatingUser") or "").strip("{}").upper(),
                        "unknown",
                    )
                    if code_of.get(code_guid) == "":
                        continue  # a code the study leaves out (the code map says so): it codes nothing
                    if code_guid not in code_of:
                        label = named_code.get(code_guid, "")
                        problems.append(
                            {
                                "kind": "code not in the codebook",
                                "item": label or code_guid,
                                "detail": f"{name or workshop_id} {start}-{end}; code {code_guid}"
                                + (nearest(label, codebook) if codebook is not None and label else ""),
                            }
                        )
                        lost.setdefault(user, set()).update(hit["segment_id"])
                        continue
                    if hit.empty:
                        problems.append(
                            {"kind": "selection matches no segment", "item": name, "detail": f"{start}-{end}"}
                        )
                        unplaced.setdefault(user, set()).add(workshop_id)
                        continue
                    for segment_id in hit["segment_id"]:
                        rows.setdefault(user, []).append({"segment_id": segment_id, "code": code_of[code_guid]})
                    seen.setdefault(user, set()).add(workshop_id)
        # a coder who coded in a source saw all of it: its segments they gave no code are reviewed, no code
        for user, workshops in seen.items():
            assert spans is not None  # a user is seen only where selections mapped to segments
            coded = {row["segment_id"] for row in rows[user]}
            reviewed = spans[spans["workshop_id"].isin(workshops) & ~spans["segment_id"].isin(coded)]
            rows[user] += [{"segment_id": segment_id, "code": ""} for segment_id in reviewed["segment_id"]]
        tables = {}
        for user, user_rows in sorted(rows.items()):
            table = pd.DataFrame(user_rows, columns=["segment_id", "code"]).drop_duplicates().reset_index(drop=True)
            if spans is not None:
                table, left_out = honest_coding(table, lost.get(user, set()), unplaced.get(user, set()), spans)
                problems += [
                    {"kind": str(kind), "item": f"{user}: {item}", "detail": str(detail)}
                    for kind, item, detail in left_out[["kind", "item", "detail"]].itertuples(index=False)
                ]
            tables[user] = table
        return tree, tables, pd.DataFrame(problems, columns=["kind", "item", "detail"])


def codebook_yaml(tree: dict[str, Any], source: Path) -> dict[str, Any]:
    """The imported tree as a codebook file of this project (GUIDs dropped), schema-valid."""

    def clean(node: dict[str, Any]) -> dict[str, Any]:
        return {
            key: ([clean(p) for p in value] if key == "poles" else value)
            for key, value in node.items()
            if key != "guid"
        }

    return {
        "id": slug(source.stem, set()),
        "version": "0.1.0",
        "title": f"Imported from {source.name}",
        "source": f"REFI-QDA import of {source.name}",
        "headings": {"themes": "Themes", "tensions": "Tensions"},
        "changes": [{"version": "0.1.0", "date": "imported", "note": f"Imported from {source.name}."}],
        "themes": [clean(theme) for theme in tree["themes"]],
        "tensions": [clean(tension) for tension in tree["tensions"]],
    }


# ---------------------------------------------------------------- command line


def export_main(args: argparse.Namespace) -> int:
    import json

    codebook = load_codebook(args.codebook)
    segments = pd.read_parquet(args.segments, columns=["segment_id", "workshop_id", "start", "end"])
    sources = {path.stem: path for path in sorted(args.sources.glob("*.txt"))}
    coding = read_coding(args.coding, set(segments["segment_id"]), codebook)
    codes = findings(pd.read_parquet(args.codes))
    model_id = json.loads(args.card.read_text(encoding="utf-8"))["model_id"]
    overrides = pd.read_csv(args.overrides_report, dtype=str, keep_default_na=False) if args.overrides_report else None
    marks = markings(coding, codes, overrides)
    del codes
    args.codebook_out.parent.mkdir(parents=True, exist_ok=True)
    write_text(codebook_xml(codebook).decode("utf-8"), args.codebook_out)
    # the document goes to a file first, then into the archive: its size must be known before it is
    # added for the archive's bytes to be those of an archive written from memory
    with atomic(args.project_out) as partial:
        document = partial.with_name(partial.name + ".qde")
        with document.open("wb") as handle:
            write_project(handle, codebook, list(sources), segments, read_workshops(args.workshops), marks, model_id)
        entries = {source_file(workshop_id): path for workshop_id, path in sources.items()}
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in sorted([*entries, "project.qde"]):
                if name == "project.qde":
                    with document.open("rb") as handle:
                        stable_zip_entry(archive, name, handle, document.stat().st_size)
                else:
                    data = entries[name].read_text(encoding="utf-8").encode("utf-8")
                    stable_zip_entry(archive, name, io.BytesIO(data), len(data))
        document.unlink()
    print(f"REFI-QDA export: {len(codebook.leaf_codes)} codes, {len(sources)} sources, {len(marks)} codings")
    return 0


def import_main(args: argparse.Namespace) -> int:
    codebook = load_codebook(args.codebook) if args.codebook else None
    segments = pd.read_parquet(args.segments) if args.segments else None
    sources = (
        {p.stem: p.read_text(encoding="utf-8") for p in sorted(args.sources.glob("*.txt"))} if args.sources else {}
    )
    tree, tables, problems = import_project(
        args.file, codebook, segments, sources, source_map(args.source_map, sources),
        read_code_map(args.code_map, codebook),
    )  # fmt: skip
    args.out.mkdir(parents=True, exist_ok=True)
    raw = codebook_yaml(tree, args.file)
    parse_codebook(yaml.safe_load(yaml.safe_dump(raw)), args.out / "codebook.yaml")  # it must be usable
    write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), args.out / "codebook.yaml")
    write_csv(problems, args.out / "import_report.csv")
    # codings asked for (the study's segments given) that did not land: a coder's file without them would read as
    # their coding, so nothing but the codebook and the report is written unless told to leave them out (a
    # codebook-only import maps no codings; a source with no selections loses nothing)
    lost = problems[problems["kind"].isin(LOSING) & ~problems["detail"].astype(str).str.startswith("0 selection")]
    if args.segments and len(lost) and not args.accept_unplaced:
        # what to do depends on why (the tenth issue-18 trial was told to give the --sources it had given)
        advice = {
            "source not in the study": "name each source's workshop in a CSV given with --source-map (source,workshop: "
            "the source's name, its plainTextPath or its GUID)",
            "source text differs": "check the source is this workshop's transcript (see the report's share of words)",
            "code not in the codebook": "name the study's code each is (or nothing, to leave it out) in a CSV of "
            "name,code given with --code-map (the report gives the nearest code), or import without --codebook to "
            "take the project's own codes",
            "selection matches no segment": "check the transcript holds the selected text",
        }
        why = "; ".join(f"{count} {kind}: {advice[str(kind)]}" for kind, count in lost["kind"].value_counts().items())
        raise StudyError(
            f"{len(lost)} source(s), code(s) or selection(s) with codings did not map to the study and no coding file "
            f"was written (see {args.out / 'import_report.csv'}): {why}; or rerun with --accept-unplaced to keep the "
            "rest and leave these out"
        )
    for user, table in tables.items():
        # the model's and the overrides' codings are kept apart: data/raw/coding is for human coders
        folder = "other_users" if user in ("model", FINAL_USER) or user.endswith("(override)") else "coding"
        write_csv(table, args.out / folder / f"{slug(user, set())}.csv")
    # codes and "reviewed, no code" rows apart (the tenth issue-18 trial read "98 segment codes" for 29 codes), said
    # once written
    coded = sum(int((table["code"] != "").sum()) for table in tables.values())
    reviewed = sum(int((table["code"] == "").sum()) for table in tables.values())
    print(
        f"REFI-QDA import of {args.file.name}: {len(raw['themes'])} themes, {len(raw['tensions'])} tensions; for "
        f"{len(tables)} user(s), {coded} segment codes and {reviewed} segments reviewed with no code; "
        f"{int(problems['kind'].isin(LOSING).sum()) if len(problems) else 0} item(s) did not map, {len(problems)} to "
        f"look at in {args.out / 'import_report.csv'}"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.refi", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write the codebook (.qdc) and the project (.qdpx)")
    export.add_argument("--segments", type=Path, required=True, help="cleared segments")
    export.add_argument("--sources", type=Path, required=True, help="folder of cleared sources")
    export.add_argument("--coding", type=Path, nargs="*", default=[], help="the coders' files (data/raw/coding/*.csv)")
    export.add_argument(
        "--codes", type=Path, required=True, help="every segment's codes (data/processed/codes.parquet)"
    )
    export.add_argument(
        "--overrides-report", type=Path, help="the code stage's overrides_report.csv: why a coder's code is not final"
    )
    export.add_argument("--card", type=Path, required=True, help="model card (names the model's user)")
    export.add_argument("--workshops", type=Path, required=True, help="the workshops table (data/raw/workshops.csv)")
    export.add_argument("--codebook", type=Path, required=True, help="the codebook (config/codebook.yaml)")
    export.add_argument("--codebook-out", type=Path, required=True, help="output .qdc")
    export.add_argument("--project-out", type=Path, required=True, help="output .qdpx")
    imported = commands.add_parser("import", help="read a .qdpx or .qdc into a codebook and coding files")
    imported.add_argument("file", type=Path, help="the .qdpx or .qdc file")
    imported.add_argument("--out", type=Path, required=True, help="folder for codebook.yaml, coding/ and the report")
    imported.add_argument("--codebook", type=Path, help="the study's codebook, to match codes to")
    imported.add_argument("--segments", type=Path, help="the study's cleared segments, to map selections to")
    imported.add_argument("--sources", type=Path, help="the study's cleared sources")
    imported.add_argument(
        "--source-map",
        type=Path,
        help="CSV of source,workshop: the workshop of each source the project names otherwise (its name, plainTextPath "
        "or GUID)",
    )
    imported.add_argument(
        "--code-map",
        type=Path,
        help="CSV of name,code: the study's code (id or label) each of the project's codes is, or nothing for one "
        "the study leaves out (with --codebook)",
    )
    imported.add_argument(
        "--accept-unplaced",
        action="store_true",
        help="keep the codings that mapped although some did not (they are listed in the report; a segment that "
        "lost a code is left out of its coder's file, not written as read)",
    )
    args = parser.parse_args(argv)
    return export_main(args) if args.command == "export" else import_main(args)


if __name__ == "__main__":
    raise SystemExit(run_stage(main))
