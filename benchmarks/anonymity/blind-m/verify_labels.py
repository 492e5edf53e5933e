#!/usr/bin/env python3
"""Check setM transcripts against labels.csv. Needs python-docx for sm03.docx.
Run: python verify_labels.py"""
import collections, csv, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SYN = "SYNTHETIC TRANSCRIPT - every name, number and address is invented."
FILES = ["sm01.txt", "sm02.vtt", "sm03.docx", "sm04.txt", "sm05.txt"]
MINIMUMS = {"name": 40, "phone": 8, "email": 6, "postcode": 6, "nhs_number": 3, "ni_number": 3,
            "street_address": 5, "date_of_birth": 4, "url": 5, "handle": 4, "car_registration": 3,
            "place": 4, "workplace": 4}
TRICKY = {
    "sm01.txt": ["hope", "dawn", "Mind", "CMHT", "Integrated Care Board", "Samaritans", "116 123", "NHS 111",
                 "Argos", "Corsa", "Tuesday", "May", "London", "fifteen pounds", "seventy", "P2 said", "Reading"],
    "sm02.vtt": ["Discord", "Steam", "Breathing Space", "NHS 24", "CMHT", "Glasgow", "Edinburgh", "twenty-four",
                 "2am", "March", "Thursday", "Monday"],
    "sm03.docx": ["patience", "Windrush", "Integrated Care Board", "WhatsApp", "Soho Road", "Birmingham", "London",
                  "eleven pounds", "two pounds", "seventy-eight", "Sunshine Elders Circle", "Thursday"],
    "sm04.txt": ["will", "bill", "mark", "mind", "newcastle", "whatsapp", "£20", "nineteen", "P2 said", "lakes"],
    "sm05.txt": ["Mind", "Samaritans", "116 123", "Hearing Voices Network", "CMHT", "Manchester", "sixty-one",
                 "Pisces", "Saturday", "Astra", "Diolch"],
}
DRAMA = [("07700", 900000, 900999), ("0113", 4960000, 4960999), ("0117", 4960000, 4960999),
         ("0118", 4960000, 4960999), ("0161", 4960000, 4960999), ("020", 79460000, 79460999),
         ("029", 20180000, 20180999), ("0191", 4980000, 4980999)]
NI_PREFIXES = {"QQ", "TN", "BG", "GB", "NK", "KN", "ZZ"}
SPOKEN_DIGITS = {"oh": "0", "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                 "six": "6", "seven": "7", "eight": "8", "nine": "9"}
errors = []


def err(msg):
    errors.append(msg)


def read_lines(fname):
    path = os.path.join(HERE, fname)
    if fname.endswith(".docx"):
        import docx
        return [p.text for p in docx.Document(path).paragraphs]
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    lines = text.split("\n")
    return lines[:-1] if text.endswith("\n") else lines


def occurrences(text, line):
    pat = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(line)]


def spoken_to_digits(s):
    out, words = "", re.findall(r"[a-z]+", s.lower())
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("double", "treble"):
            n = 2 if w == "double" else 3
            out += SPOKEN_DIGITS[words[i + 1]] * n
            i += 2
            continue
        out += SPOKEN_DIGITS[w]
        i += 1
    return out


def check_phone(t):
    digits = re.sub(r"\D", "", t) if re.search(r"\d", t) else spoken_to_digits(t)
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    if not digits.startswith("0"):
        digits = "0" + digits  # spoken without the leading zero
    for pre, lo, hi in DRAMA:
        if digits.startswith(pre) and len(digits) == 11 and lo <= int(digits[len(pre):]) <= hi:
            return True
    return False


def check_nhs(t):
    d = [int(c) for c in re.sub(r"\D", "", t)]
    if len(d) != 10 or d[:3] != [9, 9, 9]:
        return False
    c = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


def main():
    rows = list(csv.DictReader(open(os.path.join(HERE, "labels.csv"), encoding="utf-8", newline="")))
    by_file = collections.defaultdict(list)
    for r in rows:
        if r["file"] not in FILES:
            err("unknown file in labels: %s" % r["file"])
            continue
        if r["kind"] not in MINIMUMS:
            err("unknown kind: %s" % r)
        by_file[r["file"]].append(r)
    kinds = collections.Counter(r["kind"] for r in rows)
    for fname in FILES:
        lines = read_lines(fname)
        # 1. synthetic line
        if fname.endswith(".vtt"):
            if lines[0] != "WEBVTT" or lines[1] != "NOTE " + SYN:
                err("%s: WEBVTT/NOTE SYNTHETIC header wrong" % fname)
        elif lines[0] != SYN:
            err("%s: first line is not the SYNTHETIC line" % fname)
        # 2/3. rows on their lines; occurrences match rows exactly
        want = collections.Counter()
        spans = collections.defaultdict(list)
        for r in by_file[fname]:
            ln = int(r["line"])
            if not (1 <= ln <= len(lines)) or not occurrences(r["text"], lines[ln - 1]):
                err("%s:%s: %r (%s) not found as whole word on its line" % (fname, r["line"], r["text"], r["kind"]))
            want[(ln, r["text"])] += 1
        texts = sorted({r["text"] for r in by_file[fname]})
        for t in texts:
            for i, line in enumerate(lines, 1):
                occ = occurrences(t, line)
                spans[i] += occ
                if len(occ) != want.get((i, t), 0):
                    err("%s:%d: %r occurs %d times but has %d rows" % (fname, i, t, len(occ), want.get((i, t), 0)))
        kinds_per_text = collections.defaultdict(set)
        for r in by_file[fname]:
            kinds_per_text[r["text"]].add(r["kind"])
        for t, ks in kinds_per_text.items():
            if len(ks) > 1:
                err("%s: %r labelled with several kinds %s" % (fname, t, ks))
        # 4. no labelled text inside another
        for a in texts:
            for b in texts:
                if a != b and occurrences(a, b):
                    err("%s: labelled %r is inside labelled %r" % (fname, a, b))
        # 6. word count (tokens containing a letter)
        words = sum(1 for l in lines for tok in l.split() if re.search(r"[A-Za-z]", tok))
        if not 700 <= words <= 1000:
            err("%s: %d words, outside 700-1000" % (fname, words))
        print("%-10s %4d words %3d labels" % (fname, words, len(by_file[fname])))
        # 7. tricky strings present and unlabelled
        for t in TRICKY.get(fname, []):
            found = False
            if t in kinds_per_text:
                err("%s: tricky %r is labelled" % (fname, t))
            for i, line in enumerate(lines, 1):
                for s, e in occurrences(t, line):
                    found = True
                    for ls, le in spans[i]:
                        if s < le and ls < e:
                            err("%s:%d: tricky %r overlaps a labelled span" % (fname, i, t))
            if not found:
                err("%s: tricky %r not present" % (fname, t))
    # value safety
    for r in rows:
        t, k = r["text"], r["kind"]
        if k == "phone" and not check_phone(t):
            err("phone outside drama ranges: %r" % t)
        if k == "nhs_number" and not check_nhs(t):
            err("bad NHS number: %r" % t)
        if k == "ni_number" and t.replace(" ", "")[:2].upper() not in NI_PREFIXES:
            err("NI prefix not in never-issued list: %r" % t)
        if k in ("email", "url") and not re.search(r"example( dot |\.)(org|com|net)|twitch\.tv/", t):
            err("%s not at example domain or social path: %r" % (k, t))
    # 5. minimums
    for k, n in MINIMUMS.items():
        flag = "" if kinds[k] >= n else "  <-- below minimum %d" % n
        if flag:
            err("kind %s: %d < %d" % (k, kinds[k], n))
        print("  %-17s %3d%s" % (k, kinds[k], flag))
    tricky_total = sum(len(v) for v in TRICKY.values())
    print("tricky non-identifiers checked: %d" % tricky_total)
    if tricky_total < 20:
        err("fewer than 20 tricky strings")
    if errors:
        print("\nFAIL (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nPASS")


if __name__ == "__main__":
    main()
