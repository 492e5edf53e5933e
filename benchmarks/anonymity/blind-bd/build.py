"""Rebuild the blind-bd benchmark set (all 5 transcripts + labels.csv).

Run from this folder:  python build.py
Every person, number, address, employer, venue, school and street is invented.
Paths are relative to this script's own folder.
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def out(name):
    return os.path.join(HERE, name)


from content import *  # noqa: F401,F403  (texts + label specs)



# ---------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------
def write_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import P

    doc = OpenDocumentText()
    styles = {}
    for name, props in {
        "title": dict(fontweight="bold", fontsize="14pt"),
        "head": dict(fontweight="bold"),
        "body": dict(),
        "comment": dict(fontstyle="italic", color="#7a4b00"),
    }.items():
        st = Style(name="bd_" + name, family="paragraph")
        st.addElement(TextProperties(**props) if props else TextProperties())
        st.addElement(ParagraphProperties(marginbottom="0.2cm"))
        doc.automaticstyles.addElement(st)
        styles[name] = st
    for kind, text in F1_PARAS:
        doc.text.addElement(P(stylename=styles[kind], text=text))
    doc.save(out(F1))


def srt_time(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def write_srt():
    lines = []
    t = 1000
    for i, cue in enumerate(F2_CUES, 1):
        dur = 1800 + 330 * len(cue.split())
        lines.append(str(i))
        lines.append("%s --> %s" % (srt_time(t), srt_time(t + dur)))
        lines.extend(cue.split("\n"))
        lines.append("")
        t += dur + 240 + (i * 137) % 900
    with open(out(F2), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def write_sms():
    lines = list(F3_HEADER)
    for stamp, sender, text in F3_MSGS:
        lines += [stamp, sender, text, ""]
    with open(out(F3), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


def write_teams():
    lines = list(F4_HEADER)
    for who, when, said in F4_TURNS:
        lines += [who, when, said]
    lines += F4_FOOTER
    with open(out(F4), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write_docx():
    import docx
    d = docx.Document()
    d.core_properties.author = "synthetic"
    d.core_properties.title = "Synthetic field diary"
    for kind, val in F5_BLOCKS:
        if kind == "p":
            d.add_paragraph(val)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "table":
            tbl = d.add_table(rows=len(val), cols=len(val[0]))
            tbl.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    tbl.cell(r, c).text = cell
    d.save(out(F5))


# ---------------------------------------------------------------------------
# reading back (units = what a "line" means for each format)
# ---------------------------------------------------------------------------
def units(fname):
    """Return list of (line_number, text) for a file, per the label conventions."""
    path = out(fname)
    if fname.endswith(".docx"):
        import docx
        d = docx.Document(path)
        res, n = [], 0
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.split("}")[1]
            if tag == "p":
                n += 1
                res.append((n, docx.text.paragraph.Paragraph(child, d).text))
            elif tag == "tbl":
                tbl = docx.table.Table(child, d)
                for row in tbl.rows:
                    for cell in row.cells:
                        res.append((n, cell.text))
        return res
    if fname.endswith(".odt"):
        from odf.opendocument import load
        from odf import text as odftext, teletype
        doc = load(path)
        return [(i, teletype.extractText(p))
                for i, p in enumerate(doc.getElementsByType(odftext.P), 1)]
    with open(path, encoding="utf-8") as f:
        return [(i, l.rstrip("\n")) for i, l in enumerate(f.read().split("\n"), 1)]


def wb(text):
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


def write_labels():
    rows = []
    for fname, spec in SPECS.items():
        pats = [(kind, t, wb(t)) for kind, ts in spec.items() for t in ts]
        for line, txt in units(fname):
            hits = []
            for kind, t, p in pats:
                for m in p.finditer(txt):
                    hits.append((m.start(), kind, t))
            for _, kind, t in sorted(hits):
                rows.append((fname, line, kind, t))
    with open(out("labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "kind", "text"])
        w.writerows(rows)
    return rows


if __name__ == "__main__":
    write_odt()
    write_srt()
    write_sms()
    write_teams()
    write_docx()
    rows = write_labels()
    print("built 5 files, %d label rows" % len(rows))
