# -*- coding: utf-8 -*-
"""Rebuild the blind-bn benchmark: the 5 transcripts, labels.csv and tricky.csv.

Run from this folder (or anywhere):  python build.py
All paths are relative to this file's folder. Needs python-docx and odfpy.

labels.csv is not typed by hand: LABELS below says which surface strings are
identifiers (and of which kind) in each file, and build.py writes one row for
every whole-word, case-sensitive occurrence of each of them, on the line or
paragraph where it occurs. verify_labels.py then checks the result
independently (including a sweep for identifier-like strings nobody listed).
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep the folder free of __pycache__

import content_interview
import content_radio
import content_teams
import content_whatsapp
import content_workshop

F_ODT = "bn_interview_mehndi_moon.odt"
F_WA = "bn_whatsapp_spinning_tops.txt"
F_DOCX = "bn_teams_pennine_review.docx"
F_SRT = "bn_radio_phonein.srt"
F_MD = "bn_workshop_notes_todmorden.md"
FILES = [F_ODT, F_WA, F_DOCX, F_SRT, F_MD]


def path(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------

def build_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf import text, table

    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    body = Style(name="Body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.2cm"))
    doc.automaticstyles.addElement(body)
    col = Style(name="CoverCol", family="table-column")
    col.addElement(TableColumnProperties(columnwidth="8cm"))
    doc.automaticstyles.addElement(col)

    for kind, val in content_interview.ITEMS:
        if kind == "h1":
            doc.text.addElement(text.H(outlinelevel=1, stylename=h1, text=val))
        elif kind == "h2":
            doc.text.addElement(text.H(outlinelevel=2, stylename=h2, text=val))
        elif kind == "p":
            doc.text.addElement(text.P(stylename=body, text=val))
        elif kind == "table":
            t = table.Table(name="Cover")
            t.addElement(table.TableColumn(numbercolumnsrepeated=2, stylename=col))
            for left, right in val:
                tr = table.TableRow()
                for cell_text in (left, right):
                    tc = table.TableCell(valuetype="string")
                    tc.addElement(text.P(text=cell_text))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    doc.save(path(F_ODT))


def build_whatsapp():
    data = content_whatsapp.TEXT.replace("{LRM}", "\u200e")
    with open(path(F_WA), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)


def build_docx():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    cp.title = "Meeting transcript"
    for para in content_teams.HEAD:
        d.add_paragraph(para)
    for who, when, speech in content_teams.TURNS:
        p = d.add_paragraph()
        r = p.add_run(f"{who}   {when}")
        r.bold = True
        r.font.size = Pt(10)
        d.add_paragraph(speech)
    d.save(path(F_DOCX))


def _ts(seconds):
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def build_srt():
    out = []
    t = 0.0
    for i, cue in enumerate(content_radio.CUES, start=1):
        words = len(cue.split())
        dur = max(1.6, 0.38 * words)
        out.append(str(i))
        out.append(f"{_ts(t)} --> {_ts(t + dur)}")
        out.extend(cue.split("\n"))
        out.append("")
        t += dur + 0.12
    with open(path(F_SRT), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def build_md():
    with open(path(F_MD), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(content_workshop.TEXT)


# --------------------------------------------------------------------------
# Reading files back as numbered lines / paragraphs
# --------------------------------------------------------------------------

def odt_paragraphs(fname):
    from odf.opendocument import load
    from odf import teletype
    from odf.namespaces import TEXTNS

    doc = load(fname)
    out = []

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType != ch.ELEMENT_NODE:
                continue
            if ch.qname in ((TEXTNS, "p"), (TEXTNS, "h")):
                out.append(teletype.extractText(ch))
            else:
                walk(ch)

    walk(doc.text)
    return out


def read_units(name):
    """Return the file as a list of lines (text formats) or paragraphs (docx/odt)."""
    fname = path(name)
    if name.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(fname).paragraphs]
    if name.endswith(".odt"):
        return odt_paragraphs(fname)
    with open(fname, encoding="utf-8") as fh:
        return fh.read().split("\n")


# --------------------------------------------------------------------------
# Label specification: surface text -> kind, per file
# --------------------------------------------------------------------------

LABELS = {
    F_ODT: {
        "name": ["Catriona", "Lumb", "Shamim", "Chaudhry", "Rukhsana", "Begum", "Okafor", "Parveen", "Akhtar",
                 "Nusrat", "Shabnam", "Hansaben", "Rumana",
                 "Inaya", "\u0635\u0627\u0626\u0645\u06c1", "Saima"],
        "workplace": ["Mehndi Moon", "Lowbrook", "Spurfield Lane Surgery", "Shahi Mithai", "Ferncliffe"],
        "place": ["Chadderton", "Fitton Hill"],
        "street_address": ["41 Quarlton Street"],
        "postcode": ["OL4 1MC"],
        "phone": ["07700 900318", "Oh seven seven double oh, nine double oh, three one eight"],
        "date_of_birth": ["02.09.1967", "2nd September 1967"],
        "nhs_number": ["999 372 4815"],
        "ni_number": ["QQ 41 27 09 C"],
        "url": ["example.org/mmwc-oldham"],
    },
    F_WA: {
        "name": ["Lorraine", "Heskin", "ngozi", "Siddiqui", "Kez", "Dan", "Alfie", "Tierney",
                 "Garside", "tyler", "zayn", "Jean", "loz", "Venkataraman", "bushra"],
        "workplace": ["Spinning Tops", "Tinkers Row Community Hub", "Hawkley Brow Primary"],
        "place": ["Hindley Green", "Aspull", "Worsley Mesnes"],
        "street_address": ["12 Pennystone Lane"],
        "postcode": ["wn59kc"],
        "phone": ["+44 7700 900551", "0161 496 0773", "07700900624", "07700 900 417"],
        "email": ["senddropin@example.org", "spinningtops.parents@example.com"],
        "url": ["https://example.net/tinkers/rota-spring"],
        "handle": ["@wobblestep.sensory"],
        "date_of_birth": ["21.06.2016"],
        "nhs_number": ["9991047735"],
        "car_registration": ["YD15 QKI"],
    },
    F_DOCX: {
        "name": ["Amber", "Holden", "Si\u00e2n", "Pritchard", "Gaz", "Whittle", "Jasvinder", "Kaur-Bassi", "Declan",
                 "Kasia", "Kyle", "Pritam", "Hetal", "Sean"],
        "workplace": ["Tightrope", "Cobblers Yard", "Chambeli", "Madhuban", "Moorgate Lane Medical Practice"],
        "place": ["Rishton"],
        "street_address": ["Moleside Street", "Unit 4, Dyehouse Yard"],
        "postcode": ["BB 51 MV"],
        "phone": ["+44 161 496 0552", "0770 090 0295"],
        "email": ["peergrants.pennine@example.com"],
        "url": ["example.com/pl-peer-review"],
        "ni_number": ["ZZ 31 08 76 B", "ZZ 31 08 67 B"],
        "date_of_birth": ["30/01/1991"],
        "car_registration": ["YT68 QLI"],
    },
    F_SRT: {
        "name": ["Kirsty", "Pollard", "Tomek", "Wr\u00f3bel", "WROBEL", "Bernard", "Ogden", "Shabana", "Humaira",
                 "Zubeida", "Dave", "Haworth", "Bev", "Imran", "Wendy"],
        "workplace": ["Scout Moor Sound", "Greyslack", "Brookside Mill", "Hallworth", "Saffron Teas"],
        "place": ["Smithy Bridge", "Milnrow", "Bacup", "Whitworth", "Kirkholt", "Todmorden"],
        "street_address": ["Sladen Brow"],
        "postcode": ["OL15 8KC"],
        "phone": ["oh one six one, four nine six, oh eight eight two", "07700 900240", "07700 900 731"],
        "email": ["phonein@example.net"],
        "url": ["example.net/phonein/sheds"],
        "handle": ["@sawdust_and_brews"],
        "date_of_birth": ["Christmas Day 1962"],
    },
    F_MD: {
        "name": ["Malcolm", "Hird", "Rosie", "Whitworth", "Frank", "J.T.", "Zden\u011bk", "Pat",
                 "Robin", "Ackroyd", "Siobh\u00e1n", "Gwen", "Lenka", "MH", "RW"],
        "workplace": ["Ridgefoot Chapel", "Tidewater", "Calder Peer Network", "Rushbearer"],
        "place": ["Hebden Bridge", "Cornholme"],
        "street_address": ["Lumb Carr Lane", "Cockden Terrace"],
        "postcode": ["OL14  6MV"],
        "phone": ["07700 900 736", "01632 960 581", "07700 900 819"],
        "email": ["greenbike77@example.com", "notes.pennines@example.org"],
        "handle": ["@hilltop_cyclist", "@offcuts.and.oddments"],
        "date_of_birth": ["12/06/1944"],
        "car_registration": ["YJ14 QRI"],
    },
}


def occurrences(label_text, line):
    pat = re.compile(r"(?<!\w)" + re.escape(label_text) + r"(?!\w)")
    return [m.start() for m in pat.finditer(line)]


def write_labels():
    rows = []
    for name in FILES:
        units = read_units(name)
        for kind, texts in LABELS[name].items():
            for t in texts:
                found = 0
                for ln, line in enumerate(units, start=1):
                    for pos in occurrences(t, line):
                        rows.append((FILES.index(name), ln, pos, name, kind, t))
                        found += 1
                if not found:
                    raise SystemExit(f"label text not found in {name}: {t!r}")
    rows.sort()
    with open(path("labels.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        for _, ln, _, name, kind, t in rows:
            w.writerow([name, ln, kind, t])
    return len(rows)


# --------------------------------------------------------------------------
# Look-alikes that must NOT be flagged (each really appears in its file)
# --------------------------------------------------------------------------

TRICKY = [
    (F_ODT, "Greater Manchester", "county/region, not personal"),
    (F_ODT, "Oldham", "large town named as the study strand and in a venue address; not a small place with personal detail"),
    (F_ODT, "Manchester", "big city"),
    (F_ODT, "Thursday 7 March 2024, 10:30", "interview date and time, not a date of birth"),
    (F_ODT, "GMPS-07", "interview reference code"),
    (F_ODT, "sertraline, 50mg", "drug and dose"),
    (F_ODT, "2021", "year of bereavement"),
    (F_ODT, "Attendance Allowance", "national benefit"),
    (F_ODT, "WhatsApp", "app"),
    (F_ODT, "Eid", "religious festival"),
    (F_ODT, "Urdu", "language"),
    (F_ODT, "Pothwari", "language"),
    (F_ODT, "Interviewer", "role label in cover table"),
    (F_ODT, "Aunty", "honorific after a name; the name is labelled, the title is not"),
    (F_ODT, "baji", "honorific (elder sister) after a name"),
    (F_ODT, "saheliyan", "ordinary Urdu word (female friends)"),
    (F_ODT, "00:41:17", "recording length"),
    (F_ODT, "11/03/2024", "transcription date, not a date of birth"),
    (F_ODT, "C.", "single initial before a labelled surname (single initials are not labelled)"),
    (F_WA, "04/03/2024, 18:41:07", "WhatsApp message timestamp"),
    (F_WA, "WhatsApp", "app"),
    (F_WA, "00000031-AUDIO-2024-03-10-08-03-14.opus", "voice-note file name made of a date/time"),
    (F_WA, "EHCP", "education health and care plan (statutory document type)"),
    (F_WA, "SENDIASS", "statutory information service type, not a named local employer"),
    (F_WA, "Thurs 28 March 2.15pm", "appointment date, not a date of birth"),
    (F_WA, "Child Development Centre", "generic clinic type"),
    (F_WA, "Dad", "role word inside a contact name"),
    (F_WA, "B", "single initial in a contact name (surname is labelled)"),
    (F_WA, "Mrs", "title before a labelled surname"),
    (F_WA, "7\u20139pm", "meeting time"),
    (F_WA, "Peer Facilitator", "role in signature"),
    (F_WA, "insta", "app"),
    (F_DOCX, "20240314_140312", "meeting recording timestamp in the title"),
    (F_DOCX, "Pennine Lancashire", "region"),
    (F_DOCX, "Burnley", "large town where a group is based, no personal detail"),
    (F_DOCX, "Accrington", "town where a group is based, no personal detail"),
    (F_DOCX, "Blackburn", "large town where a group is based, no personal detail"),
    (F_DOCX, "Lisbon", "foreign capital city"),
    (F_DOCX, "800mg of lithium", "drug and dose"),
    (F_DOCX, "amber", "RAG rating; the same word is a labelled name in another case"),
    (F_DOCX, "M65", "motorway"),
    (F_DOCX, "Mental Health Act", "legislation"),
    (F_DOCX, "ICB", "NHS commissioning body (generic)"),
    (F_DOCX, "Friday 29 March", "deadline date"),
    (F_DOCX, "She/Her", "pronouns in a display name"),
    (F_DOCX, "Guest", "Teams account tag"),
    (F_DOCX, "External", "Teams account tag"),
    (F_DOCX, "Aunty", "honorific after a labelled name"),
    (F_DOCX, "Fiesta", "car model"),
    (F_DOCX, "0:04", "transcript timestamp"),
    (F_DOCX, "52m 40s", "meeting length"),
    (F_DOCX, "14 March 2024, 2:03PM", "meeting date and time"),
    (F_SRT, "104.6", "radio frequency"),
    (F_SRT, "Rochdale", "large town in the station slogan"),
    (F_SRT, "Poland", "country"),
    (F_SRT, "2006", "year"),
    (F_SRT, "116 123", "Samaritans helpline"),
    (F_SRT, "Samaritans", "national charity"),
    (F_SRT, "NHS 111", "national helpline"),
    (F_SRT, "A58", "road number"),
    (F_SRT, "M62", "motorway"),
    (F_SRT, "Stephen Fry", "public figure"),
    (F_SRT, "Zoom", "app"),
    (F_SRT, "Facebook", "app"),
    (F_SRT, ">>", "caption speaker-change marker"),
    (F_SRT, "LAUGHS", "caption sound description"),
    (F_SRT, "Auntie", "honorific before a labelled name"),
    (F_SRT, "nazar", "ordinary Urdu word (evil eye)"),
    (F_SRT, "00:00:00,000", "caption timecode"),
    (F_MD, "Saturday 18 May 2024", "workshop date"),
    (F_MD, "10:00\u201313:00", "session times"),
    (F_MD, "TW-BC/05/24", "document reference code built from group initials"),
    (F_MD, "Member 3", "pseudonymous role label"),
    (F_MD, "frank", "ordinary word (\"to be frank\"); the name Frank is labelled"),
    (F_MD, "robin", "the bird; the name Robin is labelled"),
    (F_MD, "400mg quetiapine", "drug and dose"),
    (F_MD, "CMHT", "service type"),
    (F_MD, "Burnley", "large town, no personal detail"),
    (F_MD, "March 2025", "lease end date"),
    (F_MD, "Sat 15 June", "party date, not a date of birth"),
    (F_MD, "20/05/24", "date notes were typed"),
    (F_MD, "WhatsApp", "app"),
    (F_MD, "80th", "age/birthday ordinal, not a date"),
    (F_MD, "M.", "single initial after a labelled first name (single initials are not labelled)"),
    (F_MD, "G.", "single initial after a labelled first name"),
]


def write_tricky():
    with open(path("tricky.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "text", "why"])
        for row in TRICKY:
            w.writerow(row)
    return len(TRICKY)


def main():
    build_odt()
    build_whatsapp()
    build_docx()
    build_srt()
    build_md()
    n = write_labels()
    k = write_tricky()
    print(f"built {len(FILES)} transcripts, {n} label rows, {k} tricky rows")


if __name__ == "__main__":
    main()
