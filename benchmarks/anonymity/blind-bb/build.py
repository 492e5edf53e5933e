# -*- coding: utf-8 -*-
"""Rebuild the blind-bb benchmark: writes the 5 transcripts, labels.csv and tricky.csv.
Run:  .venv/bin/python build.py   (then verify_labels.py)"""
import csv, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content_discord_zoom import DISCORD, DISCORD_LABELS, DISCORD_TRICKY, ZOOM, ZOOM_LABELS, ZOOM_TRICKY
from content_vtt import CUES, VTT_LABELS, VTT_TRICKY
from content_docs import ODT, ODT_LABELS, ODT_TRICKY, DOCX, DOCX_LABELS, DOCX_TRICKY

F_DISCORD = "discord_respawn_rest_checkin.txt"
F_ZOOM = "zoom_harbour_young_voices_chat.txt"
F_VTT = "teams_campus_grants_review.vtt"
F_ODT = "focus_group_thornleigh_writeup.odt"
F_DOCX = "google_docs_open_door_transcript.docx"


def write_text(name, s):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(s)
    return s.split("\n")


def ts(ms):
    h, ms = divmod(ms, 3600000); m, ms = divmod(ms, 60000); s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def build_vtt():
    out = ["WEBVTT", ""]
    t = 3120
    base = "6f1c2a9e-4d3b-4b7a-8e25-0c9d1f3a7b52"
    for i, (voice, text) in enumerate(CUES):
        dur = 1800 + 330 * len(text.split())
        out.append("%s/%d-0" % (base, 11 + i * 7))
        out.append("%s --> %s" % (ts(t), ts(t + dur)))
        out.append(text if voice is None else "<v %s>%s</v>" % (voice, text))
        out.append("")
        t += dur + 240
    return write_text(F_VTT, "\n".join(out))


def build_odt():
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P
    from odf import teletype
    doc = OpenDocumentText()
    paras = []
    for kind, text in ODT:
        el = H(outlinelevel=1) if kind == "H" else P()
        teletype.addTextToElement(el, text)
        doc.text.addElement(el)
        paras.append(text)
    doc.save(os.path.join(HERE, F_ODT))
    return paras


def build_docx():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Synthetic"; cp.last_modified_by = "Synthetic"; cp.title = "Synthetic transcript"; cp.comments = ""
    paras = []
    for style, speaker, text in DOCX:
        p = d.add_paragraph(style=style)
        if speaker:
            r = p.add_run(speaker); r.bold = True
        p.add_run(text)
        paras.append((speaker or "") + text)
    d.save(os.path.join(HERE, F_DOCX))
    return paras


def label_rows(fname, lines, labels):
    rows = []
    for ln, line in enumerate(lines, 1):
        hits = []
        for text, kind in labels.items():
            for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", line):
                hits.append((m.start(), kind, text))
        for _, kind, text in sorted(hits):
            rows.append((fname, ln, kind, text))
    return rows


def main():
    files = [
        (F_DISCORD, write_text(F_DISCORD, DISCORD), DISCORD_LABELS, DISCORD_TRICKY),
        (F_ZOOM, write_text(F_ZOOM, ZOOM), ZOOM_LABELS, ZOOM_TRICKY),
        (F_VTT, build_vtt(), VTT_LABELS, VTT_TRICKY),
        (F_ODT, build_odt(), ODT_LABELS, ODT_TRICKY),
        (F_DOCX, build_docx(), DOCX_LABELS, DOCX_TRICKY),
    ]
    rows, tricky = [], []
    for fname, lines, labels, tr in files:
        r = label_rows(fname, lines, labels)
        found = {x[3] for x in r}
        missing = set(labels) - found
        if missing:
            print("WARNING: label texts never found in", fname, missing)
        rows += r
        tricky += [(fname, t, w) for t, w in tr]
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["file", "line", "kind", "text"]); w.writerows(rows)
    with open(os.path.join(HERE, "tricky.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f); w.writerow(["file", "text", "why"]); w.writerows(tricky)
    print("label rows:", len(rows), "tricky:", len(tricky))


if __name__ == "__main__":
    main()
