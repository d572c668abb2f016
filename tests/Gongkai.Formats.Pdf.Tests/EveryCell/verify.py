#!/usr/bin/env python3
"""Checks a table reading (TableDump text: *.expected.txt or *.actual.txt) against poppler's `pdftotext -layout`, an
independent reader of the same PDF.

For every table row: on the row's page, the layout line that holds the row's code or name must carry the row's printed
values, in column order, right after the name, and each value must sit under the same column as the other values read
into that column (right edges within a few characters). Rows it cannot place (names wrapped over lines, performance
tables) are listed for a check by eye on the rendered page (pdftoppm -png -f N -l N). Goal and remark texts are checked
in full when the reading carries them (*.actual.txt); the committed expectations keep only a long text's start and digest.

usage: verify.py READING.txt FILE.pdf
"""
import re
import subprocess
import sys
from collections import defaultdict

NUMBER = re.compile(r"^-?[\d,]+(\.\d+)?%?$")


def pages_of(pdf):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def parse_reading(path):
    tables, table = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("== "):
            table = {"head": line, "rows": []}
            tables.append(table)
        elif table is not None and line and not line.startswith(("cols:", "绩效:", "资金 ", "目标 ", "完成 ", "指标 ", "总分 ")):
            parts = [p.strip() for p in line.split("|")]
            if parts[-1] == "": parts.pop()
            page_at = next(i for i, p in enumerate(parts) if re.fullmatch(r"p(\d+|-)", p))
            values = parts[page_at + 1:]
            project = next((p[3:] for p in parts[3:page_at] if p.startswith("项目 ")), None)
            # a code filled from the catalogue (“~”) is not printed: the row is found by its name
            code = "-" if parts[0].endswith("~") else parts[0]
            table["rows"].append({"code": code, "name": parts[1], "project": project, "page": parts[page_at][1:], "values": values, "line": line})
        elif table is not None and line.startswith("绩效:"):
            table["performance"] = True
    return tables


def number(token):
    return token.replace(",", "").rstrip("%")


def candidates(lines, row):
    """Lines holding the row's code, name or project name, each with where the figures start and whether text may come
    between the key and the figures (the rest of a name after a code or a name's start)."""
    keys = []
    if row["code"] != "-": keys.append((row["code"], r"(?=\s|$|\])", True))
    if row.get("project"): keys.append((row["project"], r"(?=\s|$)", False))
    keys.append((row["name"], r"(?=\s|$)", False))
    if len(row["name"]) > 6: keys.append((row["name"][:6], "", True))
    seen = set()
    for key, after, skip_text in keys:
        # Names may be printed spaced out (“收   入   总   计”).
        body = r"\s*".join(re.escape(c) for c in key) if not key.isdigit() else re.escape(key)
        pattern = re.compile(r"(?:^|(?<=[\s、）)\]\[.．]))" + body + after)
        for n, line in enumerate(lines):
            for m in pattern.finditer(line):
                if (n, m.end()) in seen: continue
                seen.add((n, m.end()))
                yield line, m.end(), skip_text
                if skip_text and n + 1 < len(lines):
                    # a name wrapped over lines: its figures may stand on the next line
                    yield lines[n + 1], 0, True


def tokens_after(line, start, skip_text):
    """The figures printed right after a name; with skip_text, text before the first figure (the rest of a name) is skipped."""
    out = []
    for m in re.finditer(r"\S+", line[start:]):
        token = m.group(0)
        if NUMBER.match(token):
            out.append((number(token), start + m.end()))
        elif out:
            break
        elif skip_text:
            continue
        else:
            break
    return out


def check_texts(reading, pdf):
    """Goal and remark texts sentence by sentence, and each indicator's name and target, in poppler's -raw text. A target
    composed from several columns (Hunan: 指标值 100, 度量单位 %, 指标值类型 ≤ → “≤100%”) is found as its parts on the
    layout line holding the indicator's name (or the line after it, for a wrapped name)."""
    raw = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True, check=True).stdout)
    layout = [l for page in pages_of(pdf) for l in page.split("\n")]
    pieces = []
    for line in open(reading, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith(("目标 ", "完成 ")):
            pieces += [(p, None) for p in (re.split(r"(?<=[。；;])", line[3:]) if "…（" not in line else [line[3:]])]
        elif " | 说明 " in line:
            remark = line.split(" | 说明 ")[1].split(" | p")[0]
            pieces += [(p, None) for p in (re.split(r"(?<=[。；;])", remark) if "…（" not in remark else [remark])]
        elif line.startswith("指标 "):
            cells = [c.strip() for c in line[3:].split("|")]
            pieces += [(cells[2], None), (cells[3], cells[2])]

    def composed(target, name):
        m = re.fullmatch(r"([≤≥=<>＝]?)(-?\d+(?:\.\d+)?)(.*)", target)
        if not m:
            return False
        operator, number, unit = m.groups()
        key = re.sub(r"\s+", "", name)[:8]
        for i, l in enumerate(layout):
            if key and key in re.sub(r"\s+", "", l):
                near = " ".join(layout[i:i + 2])
                tokens = near.split()
                if number in tokens and (not unit or unit in tokens) and (not operator or operator in near.replace("＝", "=")):
                    return True
        return False

    def present(piece, name):
        # A long text is written as its start, “…（N字 sha256:…）”: the start must be printed.
        text = re.sub(r"\s+", "", piece.split("…（")[0])
        return len(text) < 2 or text in raw or (name is not None and composed(text, name))
    missing = [p for p, name in pieces if not present(p, name)]
    return len(pieces), missing


def check_weights(reading, pages):
    """Each indicator's weight is the last figure of a layout line holding the indicator's name (any page)."""
    lines = [l for page in pages for l in page.split("\n")]
    checked, wrong = 0, []
    for line in open(reading, encoding="utf-8"):
        if not line.startswith("指标 "):
            continue
        cells = [c.strip() for c in line[3:].split("|")]
        name, weight = re.sub(r"\s+", "", cells[2]), cells[5]
        if weight == "" or len(name) < 2:
            continue
        # the name may wrap: its first eight characters locate the line
        key = name[:8]
        found = [l for l in lines if key in re.sub(r"\s+", "", l)]
        lasts = [re.findall(r"-?\d+(?:\.\d+)?", l)[-1:] for l in found]
        if any(float(x[0]) == float(weight) for x in lasts if x):
            checked += 1
        else:
            wrong.append(f"{name}: weight {weight}, layout lines {[l.strip()[-40:] for l in found[:2]]}")
    return checked, wrong


def main(reading, pdf):
    pages = pages_of(pdf)
    problems, unplaced, checked = [], [], 0
    for table in parse_reading(reading):
        if table.get("performance"):
            unplaced.append(f"{table['head']}: performance table: weights, scores and funds by eye")
            continue
        edges = defaultdict(list)
        placed = []
        for row in table["rows"]:
            printed = [v for v in row["values"] if v != ""]
            if row["page"] == "-":
                unplaced.append(row["line"]); continue
            lines = pages[int(row["page"]) - 1].split("\n")
            expect = [float(number(v)) for v in printed]
            best = None
            for line, at, skip_text in candidates(lines, row):
                found = [(t, r) for t, r in tokens_after(line, at, skip_text) if t != "-"]
                if [float(t) for t, _ in found] == expect:
                    best = (line, found, True); break
                if best is None or len(found) > len(best[1]): best = (line, found, False)
            if (best is None or not best[2]) and len(expect) >= 2:
                # a transposed table prints its one row of figures under the headers, with no name
                for line in lines:
                    found = [(number(m.group(0)), m.end()) for m in re.finditer(r"\S+", line)]
                    if found and all(NUMBER.match(t) for t, _ in found) and [float(t) for t, _ in found] == expect:
                        best = (line, found, True); break
            if best is None:
                if printed: unplaced.append(f"not found on p{row['page']}: {row['line']}")
                continue
            line, found, ok = best
            if not ok:
                problems.append(f"p{row['page']} {table['head'][:40]}: {row['code']} {row['name']}: read {printed}, pdftotext {[t for t, _ in found]}\n    {line.strip()}")
                continue
            checked += 1
            index = [i for i, v in enumerate(row["values"]) if v != ""]
            for (t, right), i in zip(found, index):
                edges[(row["page"], i)].append((right, row))
        medians = {k: sorted(r for r, _ in v)[len(v) // 2] for k, v in edges.items()}
        for (page, i), items in edges.items():
            median = medians[(page, i)]
            for right, row in items:
                other = [j for (p, j), m in medians.items() if p == page and j != i and abs(m - right) <= 2 and len(edges[(p, j)]) > len(items)]
                if abs(right - median) > 4 or other:
                    problems.append(f"p{row['page']} {table['head'][:40]}: {row['code']} {row['name']}: value in column {i + 1} ends at {right}, "
                                    f"column {i + 1} at {median}" + (f", under column {other[0] + 1}" if other else ""))
    print(f"rows checked against pdftotext: {checked}")
    print(f"problems: {len(problems)}")
    for p in problems: print("  " + p)
    texts, missing = check_texts(reading, pdf)
    print(f"texts (goals, remarks, indicator names and targets) found in pdftotext -raw: {texts - len(missing)} of {texts}")
    for m in missing: print("  not found: " + m)
    weights, wrong = check_weights(reading, pages)
    print(f"indicator weights found as the last figure of the indicator's line: {weights} of {weights + len(wrong)}")
    for w in wrong: print("  " + w)
    print(f"to check by eye: {len(unplaced)}")
    for u in unplaced: print("  " + u)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
