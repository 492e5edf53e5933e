#!/usr/bin/env python3
"""Check labels.csv against si01-si05 (standard library + python-docx).
Run: python verify_labels.py   -> exit 0 and "ALL CHECKS PASSED".
SYNTHETIC - every identifier referred to here is invented."""
import csv, os, re, sys
from collections import Counter, defaultdict
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["si01.txt", "si02.vtt", "si03.docx", "si04.txt", "si05.txt"]
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
KINDS = {"name", "phone", "email", "postcode", "nhs_number", "ni_number", "street_address",
         "date_of_birth", "url", "handle", "car_registration", "place", "workplace"}
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3, "ni_number": 3,
            "street_address": 5, "date_of_birth": 4, "url": 5, "handle": 4,
            "car_registration": 3, "place": 4, "workplace": 4}
MIN_TRICKY = 20
# Tricky non-identifiers: must be present (whole-word, case-sensitive) and never labelled.
TRICKY = {
 "si01.txt": ["honey", "will", "may", "Greggs", "WhatsApp", "NHS 111", "Samaritans 116 123",
              "P3 said", "Integrated Care Board", "Derby", "Mind", "Thursday 14 March 2024",
              "Christmas", "April", "twenty-six", "Bumps & Beyond", "Corsa"],
 "si02.vtt": ["Zoom", "zoom", "Galaxy A52", "CMHT", "Samaritans", "Shout 85258", "P1 said",
              "the page", "Thursday 17 October 2024", "August", "TikTok", "Instagram",
              "Brixton Voices Together", "twelve minutes"],
 "si03.docx": ["ginger nuts", "misty morning", "a kit", "Bonfire Night", "NHS Highland",
               "Christmas", "who will", "Inverness", "Transit", "P4 said", "Nineteen",
               "Twitter", "Jobcentre", "Highland Shed Collective"],
 "si04.txt": ["discord", "zoom", "greggs", "ford focus", "shout 85258", "nhs 111",
              "samaritans 116 123", "will", "may", "halloween", "honey", "£4.50", "p6 said",
              "19", "southampton", "tuesday"],
 "si05.txt": ["Ford Focus", "WhatsApp", "Samaritans 116 123", "Mind", "fern", "the page",
              "will", "may", "P2 said", "Luton", "Limassol", "Jaffna", "Eid al-Fitr",
              "Christmas", "sixteen", "Wednesday", "Lean On Me"],
}
DRAMA = ["07700900", "01134960", "01174960", "01184960", "01614960", "02079460",
         "02920180", "01914980"]
NI_PREFIXES = {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}
SPOKEN = {"oh": "0", "o": "0", "zero": "0", "nought": "0", "one": "1", "two": "2",
          "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
          "nine": "9"}

errors = []


def err(msg):
    errors.append(msg)


def lines_of(fn):
    path = os.path.join(HERE, fn)
    if fn.endswith(".docx"):
        return [p.text for p in Document(path).paragraphs]
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def pat(t):
    return re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")


def digits_of(text):
    """Digits of a written or spoken number ('double oh', 'triple five' supported)."""
    if re.search(r"\d", text):
        d = re.sub(r"\D", "", text)
        if text.strip().startswith("+44"):
            d = "0" + d[2:]
        return d
    out, mult = "", 1
    for w in re.findall(r"[a-z]+", text.lower()):
        if w == "double":
            mult = 2
        elif w == "triple":
            mult = 3
        elif w in SPOKEN:
            out += SPOKEN[w] * mult
            mult = 1
        else:
            return None
    return out


def nhs_ok(d):
    if len(d) != 10 or not d.startswith("999"):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    chk = 11 - s % 11
    chk = 0 if chk == 11 else chk
    return chk != 10 and chk == int(d[9])


def word_count(fn, ls):
    if fn.endswith(".vtt"):
        spoken = [re.sub(r"<v [^>]*>", "", l) for l in ls
                  if l.strip() and "-->" not in l and not l.strip().isdigit()
                  and l.strip() != "WEBVTT"]
        return [sum(len(l.split()) for l in ls), sum(len(l.split()) for l in spoken)]
    return [sum(len(l.split()) for l in ls)]


def main():
    with open(os.path.join(HERE, "labels.csv"), newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        header = next(rd)
        if header != ["file", "line", "kind", "text"]:
            err(f"bad header {header}")
        rows = [r for r in rd]
    dup = [r for r, n in Counter(map(tuple, rows)).items() if n > 1]
    if dup:
        err(f"duplicate rows: {dup}")

    content = {fn: lines_of(fn) for fn in FILES}
    by_file = defaultdict(list)
    for r in rows:
        if len(r) != 4:
            err(f"bad row {r}"); continue
        fn, line, kind, text = r
        if fn not in content:
            err(f"unknown file {fn}"); continue
        if kind not in KINDS:
            err(f"unknown kind {kind} in {r}")
        if text != text.strip() or not text:
            err(f"untrimmed/empty text {r}")
        line = int(line)
        ls = content[fn]
        if not 1 <= line <= len(ls):
            err(f"line out of range {r}"); continue
        if not pat(text).search(ls[line - 1]):
            err(f"text not on its line (whole word): {r}")
        by_file[fn].append((line, kind, text))

    # 1. synthetic line
    for fn, ls in content.items():
        if fn.endswith(".vtt"):
            if ls[0] != "WEBVTT":
                err(f"{fn}: first line must be WEBVTT")
            notes = [l for l in ls if l.startswith("NOTE ")]
            if not notes or notes[0] != "NOTE " + SYN:
                err(f"{fn}: first NOTE must be the SYNTHETIC line")
        elif ls[0] != SYN:
            err(f"{fn}: first line/paragraph is not the SYNTHETIC line")

    # 2. exhaustive occurrences, 3. no nesting
    for fn, labs in by_file.items():
        ls = content[fn]
        texts = {t for _, _, t in labs}
        kinds_of = defaultdict(set)
        for _, k, t in labs:
            kinds_of[t].add(k)
        for t, ks in kinds_of.items():
            if len(ks) > 1:
                err(f"{fn}: {t!r} has several kinds {ks}")
        want = Counter((l, t) for l, _, t in labs)
        have = Counter()
        for t in texts:
            for i, l in enumerate(ls, 1):
                have[(i, t)] += len(pat(t).findall(l))
        for key in set(want) | set(k for k, v in have.items() if v):
            if want[key] != have[key]:
                err(f"{fn}: line {key[0]} text {key[1]!r}: {have[key]} occurrences, {want[key]} rows")
        for a in texts:
            for b in texts:
                if a != b and pat(a).search(b):
                    err(f"{fn}: labelled {a!r} occurs inside labelled {b!r}")

        # 4. tricky strings present and not labelled / not overlapping labelled spans
        spans = defaultdict(list)
        for t in texts:
            for i, l in enumerate(ls, 1):
                for m in pat(t).finditer(l):
                    spans[i].append(m.span())
        for tr in TRICKY.get(fn, []):
            found = False
            for i, l in enumerate(ls, 1):
                for m in pat(tr).finditer(l):
                    found = True
                    s, e = m.span()
                    if any(s < e2 and s2 < e for s2, e2 in spans[i]):
                        err(f"{fn}: tricky {tr!r} overlaps a labelled span on line {i}")
            if not found:
                err(f"{fn}: tricky {tr!r} not present")
            if tr in texts:
                err(f"{fn}: tricky {tr!r} is labelled")

    # 5. value checks
    for fn, labs in by_file.items():
        for line, kind, text in labs:
            where = f"{fn}:{line} {text!r}"
            if kind == "phone":
                d = digits_of(text)
                if not d or len(d) != 11 or not any(d.startswith(p) for p in DRAMA):
                    err(f"phone outside Ofcom drama ranges: {where} -> {d}")
            elif kind == "nhs_number":
                d = digits_of(text)
                if not d or not nhs_ok(d):
                    err(f"bad NHS number / check digit: {where} -> {d}")
            elif kind == "ni_number":
                compact = text.replace(" ", "").upper()
                if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact) or compact[:2] not in NI_PREFIXES:
                    err(f"bad NI number: {where}")
            elif kind == "email":
                if "@" in text:
                    dom = text.split("@")[1].lower()
                else:
                    dom = text.lower().split(" at ")[-1].replace(" dot ", ".")
                if dom not in ("example.org", "example.com", "example.net"):
                    err(f"email not at an example domain: {where}")
            elif kind == "url":
                host = re.sub(r"^https?://", "", text.lower()).split("/")[0]
                if not (host.endswith(("example.org", "example.com", "example.net"))
                        or host in ("facebook.com", "instagram.com", "tiktok.com", "x.com")):
                    err(f"url host not safe: {where}")
            elif kind == "postcode":
                if not re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}", text):
                    err(f"bad postcode: {where}")
            elif kind == "car_registration":
                if not re.fullmatch(r"[A-Za-z]{2}\d{2}\s?[A-Za-z]{3}", text):
                    err(f"bad registration: {where}")
            elif kind == "handle":
                if not (text.startswith("@") or text.startswith("at ")):
                    err(f"handle neither @ nor read aloud: {where}")

    # 6. minimums
    kc = Counter(k for labs in by_file.values() for _, k, _ in labs)
    for k, n in MINIMUMS.items():
        if kc[k] < n:
            err(f"kind {k}: {kc[k]} rows < minimum {n}")
    ntricky = sum(len(v) for v in TRICKY.values())
    if ntricky < MIN_TRICKY:
        err(f"only {ntricky} tricky strings")

    # 7. word counts
    for fn, ls in content.items():
        for n in word_count(fn, ls):
            if not 700 <= n <= 1000:
                err(f"{fn}: word count {n} outside 700-1000")

    print("rows per kind:", dict(sorted(kc.items())))
    print("rows per file:", {fn: len(v) for fn, v in sorted(by_file.items())})
    print("word counts:", {fn: word_count(fn, ls) for fn, ls in content.items()})
    print("tricky strings:", ntricky)
    if errors:
        print(f"{len(errors)} PROBLEM(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
