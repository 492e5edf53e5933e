# -*- coding: utf-8 -*-
"""Build the blind-aw benchmark set from content.py.

Writes the five transcripts, labels.csv and tricky.csv into this folder.
Run with:  .venv/bin/python build_set.py
Everything in the output is invented.
"""
import csv
import hashlib
import os
import re

from docx import Document
from docx.shared import Pt

import content as C
from tricky_list import TRICKY

HERE = os.path.dirname(os.path.abspath(__file__))
KIND = {
    "N": "name", "P": "place", "W": "workplace", "S": "street_address", "PC": "postcode",
    "PH": "phone", "E": "email", "U": "url", "H": "handle", "D": "date_of_birth",
    "NHS": "nhs_number", "NI": "ni_number", "CAR": "car_registration",
}
MARK = re.compile(r"«([A-Z]+):([^»]+)»")

F_OTTER = "aw01_otter_cardiff.txt"
F_SRT = "aw02_captions_swansea.srt"
F_DOCX = "aw03_minutes_rhondda.docx"
F_VTT = "aw04_teams_wrexham.vtt"
F_MSG = "aw05_messenger_gwynedd.txt"
FILES = [F_OTTER, F_SRT, F_DOCX, F_VTT, F_MSG]


def strip(s):
    """Return (plain text, [(kind, text)]) for one marked-up unit (a line / paragraph)."""
    found = [(KIND[m.group(1)], m.group(2)) for m in MARK.finditer(s)]
    return MARK.sub(lambda m: m.group(2), s), found


def plain(s):
    return strip(s)[0]


def write_marked_lines(fname, marked_lines, labels):
    out = []
    for i, ml in enumerate(marked_lines, 1):
        text, found = strip(ml)
        for kind, t in found:
            labels.append((fname, i, kind, t))
        out.append(text)
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- Otter ----
def build_otter(labels):
    lines = [C.SYN, ""]
    for speaker, ts, text in C.OTTER:
        lines += [f"{speaker}  {ts}", text, ""]
    lines.append(C.OTTER_FOOTER)
    write_marked_lines(F_OTTER, lines, labels)


# ------------------------------------------------------------------ SRT ----
TOK = re.compile(r"(?:«[^»]*»|\S)+")


def srt_time(sec):
    ms = int(round(sec * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def wrap_cues(text, width=42):
    """Greedy caption wrapping; markup tokens are atomic. Returns list of cues (list of marked lines)."""
    cues, cur, line = [], [], ""
    for tok in TOK.findall(text):
        if tok == "¶":
            if line:
                cur.append(line)
            if cur:
                cues.append(cur)
            cur, line = [], ""
            continue
        if tok == "¦":
            cur.append(line)
            line = ""
            if len(cur) == 2:
                cues.append(cur)
                cur = []
            continue
        cand = (line + " " + tok) if line else tok
        if len(plain(cand)) <= width or not line:
            line = cand
        else:
            cur.append(line)
            line = tok
            if len(cur) == 2:
                cues.append(cur)
                cur = []
    if line:
        cur.append(line)
    if cur:
        cues.append(cur)
    return cues


def build_srt(labels):
    cues = [[C.SYN]]
    for turn in C.SRT:
        cues += wrap_cues(turn)
    lines, t = [], 0.4
    for n, cue in enumerate(cues, 1):
        words = sum(len(plain(x).split()) for x in cue)
        dur = max(1.6, words / 2.6)
        lines += [str(n), f"{srt_time(t)} --> {srt_time(t + dur)}"] + cue + [""]
        t += dur + 0.25
    write_marked_lines(F_SRT, lines, labels)


# ------------------------------------------------------------------ VTT ----
def vtt_time(sec):
    return srt_time(sec).replace(",", ".")


def guid(n):
    h = hashlib.md5(f"blind-aw-teams-{n}".encode()).hexdigest()
    h = re.sub(r"\d", lambda m: "abcdef"[int(m.group()) % 6], h[:6]) + h[6:]  # keep ids from looking numeric
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def build_vtt(labels):
    lines = ["WEBVTT", ""]
    base = guid(0)
    t = 1.2
    lines += [f"{base}/8-0", f"{vtt_time(t)} --> {vtt_time(t + 4.0)}", C.SYN, ""]
    t += 4.6
    for n, (voice, text) in enumerate(C.VTT, 1):
        words = len(plain(text).split())
        dur = words / 2.7
        lines += [f"{base}/{8 + n * 3}-{n % 2}", f"{vtt_time(t)} --> {vtt_time(t + dur)}",
                  f"<v {voice}>{text}</v>", ""]
        t += dur + 0.9
    write_marked_lines(F_VTT, lines, labels)


# ------------------------------------------------------------ Messenger ----
def build_msg(labels):
    lines = C.MESSENGER.rstrip("\n").split("\n")
    write_marked_lines(F_MSG, lines, labels)


# ----------------------------------------------------------------- DOCX ----
def build_docx(labels):
    doc = Document()
    doc.core_properties.author = "synthetic"
    doc.core_properties.title = "Synthetic minutes"
    doc.styles["Normal"].font.size = Pt(11)
    numbered = []  # marked text in the documented numbering order

    def para(style, marked):
        text = plain(marked)
        if style and style.startswith("Heading"):
            doc.add_heading(text, level=int(style.split()[-1]))
        else:
            doc.add_paragraph(text)

    for style, marked in C.DOCX_BODY_BEFORE:
        para(style, marked)
    table = doc.add_table(rows=len(C.DOCX_TABLE), cols=2)
    table.style = "Table Grid"
    for r, (spk, paras) in enumerate(C.DOCX_TABLE):
        c0, c1 = table.rows[r].cells
        c0.text = plain(spk)
        c1.text = plain(paras[0])
        for extra in paras[1:]:
            c1.add_paragraph(plain(extra))
        if r == 0:
            for c in (c0, c1):
                for run in c.paragraphs[0].runs:
                    run.bold = True
    for style, marked in C.DOCX_BODY_AFTER:
        para(style, marked)
    # numbering: body paragraphs (before and after the table) first, then table cells row by row
    numbered += [m for _, m in C.DOCX_BODY_BEFORE] + [m for _, m in C.DOCX_BODY_AFTER]
    for spk, paras in C.DOCX_TABLE:
        numbered.append(spk)
        numbered += paras
    doc.save(os.path.join(HERE, F_DOCX))
    # sanity check against what python-docx reads back
    d2 = Document(os.path.join(HERE, F_DOCX))
    back = [p.text for p in d2.paragraphs]
    for t in d2.tables:
        for row in t.rows:
            for cell in row.cells:
                back += [p.text for p in cell.paragraphs]
    assert back == [plain(m) for m in numbered], "docx numbering mismatch"
    for i, m in enumerate(numbered, 1):
        for kind, t in strip(m)[1]:
            labels.append((F_DOCX, i, kind, t))


SETTINGS = {
    F_OTTER: ("Otter.ai plain-text export (speaker + timestamp line, text, blank line; Otter footer)",
              "Cardiff: members' review of a peer-support group meeting in a community centre; facilitator plus three members, two of them untagged 'Speaker N' voices"),
    F_SRT: (".srt caption file (numbered cues, 2 lines of <=42 chars, CAPITALISED speaker tags)",
            "Swansea: training-video recording of a chapel-vestry peer group, facilitator plus three members; captioner credit in the last cue"),
    F_DOCX: (".docx minutes; discussion in a two-column table (Speaker / What was said)",
             "Rhondda and Cynon valleys: members' review meeting with a commissioning officer; initials as speaker labels"),
    F_VTT: ("Microsoft Teams .vtt (GUID/n-n cue ids, <v Display Name> voices)",
            "Wrexham: online quarterly check-in with a health-board commissioner, a Polish member, a Welsh speaker and a dial-in caller"),
    F_MSG: ("Facebook Messenger group chat pasted as text (system lines, day stamps, sender headers, reactions, 'You sent')",
            "Gwynedd and the Ceredigion coast (Blaenau, Bethesda, Llanbadarn near Aberystwyth): members answer the facilitator's review question in the group chat"),
}


def count_words(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        d = Document(path)
        ps = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    ps += [p.text for p in cell.paragraphs]
        return sum(len(p.split()) for p in ps)
    n = 0
    timing = re.compile(r"^\d\d:\d\d:\d\d[,.]\d{3} --> ")
    for ln in open(path, encoding="utf-8").read().split("\n"):
        if fname.endswith(".srt") and (timing.match(ln) or re.fullmatch(r"\d+", ln)):
            continue
        if fname.endswith(".vtt"):
            if timing.match(ln) or ln == "WEBVTT" or re.fullmatch(r"[0-9a-f-]{36}/\d+-\d", ln):
                continue
            ln = re.sub(r"^<v [^>]*>", "", ln).replace("</v>", "")
        n += len(ln.split())
    return n


def write_readme(labels):
    from collections import Counter
    per_file = Counter(r[0] for r in labels)
    kinds = Counter(r[2] for r in labels)
    out = [
        "This set is synthetic: every person, number, address, employer, venue, school and street in it is invented.",
        "**Status: NOT scored yet.**",
        "",
        "# blind-aw: Welsh peer-support groups (Cardiff, Swansea, Rhondda/Cynon, Wrexham, Gwynedd/Ceredigion)",
        "",
        "Five synthetic transcripts of UK mental-health peer-support groups in Wales, each in a different real-world",
        "format, with planted personal identifiers. Members, facilitators and commissioners talk about what makes",
        "their groups work (mutual support, shared identity, taking on roles, ground rules, facilitation, the room)",
        "and the tensions (outcome forms, crisis boundaries, confidentiality in small places, venues, Welsh language).",
        "Each transcript opens with `SYNTHETIC TRANSCRIPT - every name, number and address is invented.`",
        "(first line of the text files, first cue text of the captions, first paragraph of the .docx).",
        "",
        "The set was written blind: nothing outside this folder was read while making it.",
        "",
        "## Files",
        "",
        "| file | format | setting | words | label rows |",
        "|---|---|---|---|---|",
    ]
    for f in FILES:
        fmt, setting = SETTINGS[f]
        out.append(f"| `{f}` | {fmt} | {setting} | {count_words(f)} | {per_file[f]} |")
    out += [
        f"| **total** | | | {sum(count_words(f) for f in FILES)} | {len(labels)} |",
        "",
        "Other files: `labels.csv` (answer key), `tricky.csv` (look-alikes that must not be flagged),",
        "`content.py` (source text with inline «KIND:text» markup), `tricky_list.py`, `build_set.py` (builds everything,",
        "including the .docx and this README), `verify_labels.py` (checks).",
        "",
        "Words = whitespace-separated tokens of the text a reader sees: every line of the .txt files; every paragraph",
        "and table-cell paragraph of the .docx; for .srt only cue text lines (not cue numbers or timings); for .vtt only",
        "cue text with the `<v ...>` / `</v>` tags removed (not `WEBVTT`, cue ids or timings). Counted whole-file the",
        "captions are still under 1000 tokens.",
        "",
        "## Label conventions (`labels.csv`: `file,line,kind,text`)",
        "",
        "- One row per occurrence. `text` is the exact surface string as it appears (case, spacing, punctuation kept).",
        "- `line` is the 1-based physical line for .txt, .srt and .vtt files (cue numbers, timing lines, cue ids and",
        "  blank lines all count as lines).",
        "- For the .docx, `line` is a paragraph number: every body paragraph in python-docx `Document.paragraphs` order",
        "  is numbered from 1 (headings included, and body paragraphs that come *after* the table included, in order);",
        "  numbering then continues through the table: each row in order, cells left to right, each cell's paragraphs",
        "  in order (the header row `Speaker | What was said` counts; one cell holds three paragraphs).",
        "- Rule: every whole-word, case-sensitive occurrence `(?<!\\w)text(?!\\w)` of a labelled text in its file is an",
        "  identifier and has a row; no label text is contained in another label text of the same file",
        "  (case-insensitive); one kind per text per file.",
        "- Names are single words: a full name gives two rows; hyphenated surnames (`Roberts-Lewis`) are one word;",
        "  patronymic particles (`ap`, `ab`) are not labelled, the name after them is; titles (Mrs, Dr, Rev.) and",
        "  possessive `'s` are left out. Full initials such as `J.T.` and minute-style initials (`GJ`, `MT`, `NI`, `ORP`)",
        "  are names. Role labels (`Speaker 2`, `FACILITATOR`, `You sent`, `Speaker`) and single initials (`P.`, `T.`,",
        "  `O.`, `F`, `Ll.`) are not labelled.",
        "- A phone number wrapped across two caption lines is labelled as two `phone` rows, one per fragment",
        "  (`07700 900` and `318` in the .srt).",
        "- Kinds: name, place (village/small town/estate named with personal detail), workplace (employer, venue,",
        "  school, GP practice, pub, club, the group's own name), street_address, postcode, phone, email, url, handle,",
        "  date_of_birth, nhs_number, ni_number, car_registration.",
        "- Safe values only: phones in Ofcom drama ranges (07700 900xxx, 01632 960xxx, 029 2018 0xxx); emails and URLs on",
        "  example.org/.com/.net; NHS numbers start 999 with a valid modulus-11 check digit; NI numbers start QQ or ZZ;",
        "  postcodes have a real outward code and an inward part containing C, I, K, M, O or V; car registrations have",
        "  I or Q among the last three letters. Real towns and villages appear; people, employers, venues, schools and",
        "  streets are invented.",
        "",
        "## Totals per kind",
        "",
        "| kind | rows |",
        "|---|---|",
    ]
    for k in ["name", "place", "workplace", "street_address", "postcode", "phone", "email", "url", "handle",
              "date_of_birth", "nhs_number", "ni_number", "car_registration"]:
        out.append(f"| {k} | {kinds[k]} |")
    out += [f"| **all** | **{len(labels)}** |", "", f"`tricky.csv` has {len(TRICKY)} look-alikes.", ""]
    out += HARD_CASES.strip("\n").split("\n")
    out += [
        "",
        "## Rebuild and verify",
        "",
        "```",
        "cd benchmarks/anonymity/blind-aw",
        ".venv/bin/python build_set.py      # rewrites the 5 transcripts, labels.csv, tricky.csv, README.md",
        ".venv/bin/python verify_labels.py  # must print PASS",
        "```",
        "",
        "`verify_labels.py` checks: the SYNTHETIC opening line/cue/paragraph; format sanity (SRT cue numbering, Teams",
        "cue ids and voices); word counts 700-1000; each label's text is on its line; every whole-word case-sensitive",
        "occurrence of a label text has exactly one row per occurrence; one kind per text per file; no containment",
        "between label texts; names are bare single words and single initials are not labelled; safe values for",
        "every phone (spoken digits and split fragments joined), email (spoken 'at'/'dot' normalised), URL, NHS",
        "number (modulus 11), NI number, postcode (spoken/odd spacing normalised) and car registration; at least 60",
        "tricky rows, each present in its file outside any label and never itself a label there; totals 180-220 and",
        "names about half; and a sweep of every text line for unlabelled phone-, email-, URL-, handle-, postcode-,",
        "NI-, NHS-, registration- and date-like strings, unlabelled capitalised words that are not sentence-initial",
        "ordinary words or on a small allow-list, and any name from anywhere in the set appearing in any case in any",
        "file without a label or a tricky row.",
        "",
    ]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out))


HARD_CASES = """
## Hard cases planted

**Otter (Cardiff)**
- Only two voices were tagged in Otter: `Rhian` (speaker label) and `Siân`; the others are `Speaker 2` / `Speaker 3`, yet their names surface in the text (`Dai` is Speaker 2; Speaker 3 is greeted as `Ffion`).
- Otter drops the accent in body text: label `Siân` but "diolch `Sian`" (two different label texts), and mangles Gwenllian into two words, `Gwen` `Lian`.
- `Will` is a name four times while lower-case "will" (verb) stays unlabelled in the same file; possessive `Bethan's`; title + surname `Mrs Okafor`.
- Postcode with Otter's odd spacing `CF3 3 KV`; Otter-style date of birth `12th of September 83`; NHS number read from a phone; phone with a spoken grouping `07700 900 127`; car registration remembered from a visitors' book; email and Instagram handle in the sign-off; GP practice with an apostrophe `Meddygfa'r Dderwen`.
- Look-alikes: Otter footer URL `https://otter.ai`, CALL helpline 0800 132 737, Samaritans 116 123, `Brains`, `Greggs`.

**SRT captions (Swansea)**
- Speaker tags are real names in capitals (`MEIRION:`, `CERI:`, `YUSUF:`) beside the role tag `FACILITATOR:`.
- A phone number wraps across the two lines of one cue: `07700 900` / `318` (two rows). A name wraps across lines: `Gwenan` / `Roberts-Lewis`.
- `Bont` (local name for Pontarddulais) as a place; `Rose` (name) next to "the rent rose".
- NI number with spaces `QQ 40 17 82 D`; date of birth in words `ninth of November 1971`; captioner credit in the last cue (name + subtitling company).
- Look-alikes: `Dylan Thomas`, `Nye Bevan`, `Morriston`, `Somaliland`, `DWP`, `PIP`, "National / Insurance number" split across lines.

**DOCX minutes (Rhondda and Cynon)**
- Discussion in a two-column table with initials as speaker labels: `GJ`, `MT`, `ORP`, and `NI` (a member's initials that read like "National Insurance").
- Patronymic `Nerys ab Ifan`; `Mark T.` (name + single initial), `O. Rees-Pritchard` (single initial + hyphenated surname); full initials `J.T.`; `Dr Mathias`, `Rev. Bowen` (surname only after a title); a quoted first name `"to Glenys"`.
- One table cell holds three paragraphs; body paragraphs after the table (Actions, AOB, circulation line) are numbered before the table cells.
- Minibus registration inside brackets in the Actions; email in the circulation footer line; URL in a table cell.
- Look-alikes: lower-case `mark` and `will`, sentence-initial `Will` (a name in aw01), meeting dates `Thursday 6 March 2025`, `WEMWBS`, `Regional Partnership Board`, `NHS 111 press 2`.

**Teams VTT (Wrexham)**
- Surname-first corporate display name `<v Pryce-Morgan, Dawn (BCUHB)>`; guest tag `<v Gosia Wiśniewska (Guest)>` (Polish diacritics); a place inside a display name `<v Gethin (Caia Park)>`.
- A dial-in caller whose voice label is a phone number `<v +44 7700 900584>`; the same number is later read out in national form `07700 900584` (two different label texts, neither containing the other).
- `Łukasz`, `Renata`; Teams rendering of a spoken date of birth `14th of the 2nd 51`; address `22 Clos Tegla` + `LL14 3MK` dictated for posting a form; Facebook handle `@BrewaSgwrsWxm`.
- Look-alikes: `dawn` (lower case) beside the name `Dawn`; `BCUHB`, `Guest`, `Dziękuję`, `Pan dw i'n sâl`, `Flintshire`.

**Messenger (Gwynedd and Ceredigion coast)**
- Pasted from the admin's own account: her messages appear under `You sent`, system lines say "You named the group ..."; her name appears only where others use it and in her sign-off `Ffion Haf x`.
- Display names with an emoji `Meinir 🌸` and with a village as surname `Dafydd Bethesda` (`Bethesda` labelled place); the local nickname `pesda` in lower case; lower-case names `sioned`, `twm`, `eleri`; lower-case place `penparcau`; diacritics `Zoë`, `Llŷr ap Iorwerth`.
- Members post an NHS number with a date of birth (`14/07/1986`), a lower-case NI number `zz 73 14 58 b`, a phone without spaces `07700900236`, a lower-case postcode `ll49 9cv`, a URL without scheme `example.org/glannau-review`; "Seen by `Zoë` and 10 others" metadata line.
- Look-alikes: `haf` (Welsh "summer") beside the name `Haf`; `Nain's`; `NI` meaning National Insurance (a name in aw03); single initials `F` and `Ll.`; `Aber`, `A487`, `Cyngor ar Bopeth`, `sertraline`, `100mg`.
"""


def main():
    labels = []
    build_otter(labels)
    build_srt(labels)
    build_docx(labels)
    build_vtt(labels)
    build_msg(labels)
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for row in labels:
            w.writerow(row)
    with open(os.path.join(HERE, "tricky.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "text", "why"])
        for row in TRICKY:
            w.writerow(row)
    write_readme(labels)
    print(f"wrote {len(FILES)} transcripts, {len(labels)} label rows, {len(TRICKY)} tricky rows")


if __name__ == "__main__":
    main()
