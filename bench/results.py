#!/usr/bin/python3
"""Turns the measurements of bench/run into tables, checks the issue's targets and
bench/baseline.json, prints everything and writes bench/RESULTS.md (with bench/NOTES.md,
the hand-written part, included as it is).

    results.py WORK-DIR [--update-baseline]

WORK-DIR is where bench/run left its measurements (build-bench/bench-work). Run this alone
to rewrite RESULTS.md from the last run, after editing NOTES.md.

Exit status 1 when a case is more than 1.5x slower, or larger in memory, than its baseline.
"""
import csv
import datetime
import json
import pathlib
import platform
import subprocess
import sys

import openpyxl
import xlsxwriter

BENCH = pathlib.Path(__file__).resolve().parent
ROOT = BENCH.parent
PRODUCT = {"validate": "pledgetrack validate", "report": "pledgetrack report", "regen": "pledgetrack regen (no-op)"}
# The product writing the same workbook as the floor and the Python baselines: the
# Recurrence sheet alone. The targets are judged on it; the full workbook is shown too.
SAME_CELLS = "pledgetrack report --table Recurrence"
SLOWER = 1.5  # a case this much slower (or larger) than its baseline is flagged


def load(work):
    fields = ["group", "size", "case", "median", "min", "rss", "status"]
    results = [dict(zip(fields, row)) for row in csv.reader(open(work / "results.tsv"), delimiter="\t")]
    for r in results:
        r["ok"] = r["status"] == "ok"
        r["median"] = float(r["median"]) if r["ok"] else None
        r["min"] = float(r["min"]) if r["ok"] else None
        r["rss"] = int(r["rss"]) if r["rss"].isdigit() else None
    corpora = {}
    for size, layout, pledges, meetings, files, size_bytes in csv.reader(open(work / "corpora.tsv"), delimiter="\t"):
        corpora[(size, layout)] = {"pledges": int(pledges), "meetings": int(meetings), "files": int(files),
                                   "bytes": int(size_bytes)}
    return results, corpora


def find(results, group, size, case):
    return next((r for r in results if (r["group"], r["size"], r["case"]) == (group, size, case)), None)


def seconds(value):
    return "—" if value is None else f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def megabytes(kb):
    return "—" if kb is None else f"{kb / 1024:.0f} MB"


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt_ratio(value):
    return "—" if value is None else f"{value:.2f}"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def group_table(results, group):
    """One row per case and size; the ratio is the product's time over this case's time
    (below 1: the product is faster). Layout rows compare with the default layout."""
    rows = []
    for r in (r for r in results if r["group"] == group):
        if group == "layout":
            base_case = r["case"].split(",")[0]
            base = find(results, "validate" if "validate" in base_case or "xmllint" in base_case else "report",
                        r["size"], base_case)
            shown = fmt_ratio(ratio(r["median"], base and base["median"]))
        elif group == "report":
            # Against the baselines, the product writing the same cells they write.
            product = find(results, group, r["size"], SAME_CELLS)
            shown = "" if r["case"].startswith(PRODUCT[group]) else fmt_ratio(ratio(product and product["median"], r["median"]))
        else:
            product = find(results, group, r["size"], PRODUCT[group])
            shown = "" if r["case"] == PRODUCT[group] else fmt_ratio(ratio(product and product["median"], r["median"]))
        rows.append([r["size"], r["case"], seconds(r["median"]) if r["ok"] else r["status"], seconds(r["min"]),
                     megabytes(r["rss"]), shown])
    last = "this / default layout" if group == "layout" else "product / this"
    return table(["size", "case", "median", "min", "max RSS", last], rows)


def memory_table(results, corpora, sizes):
    cases = []
    for group in ("validate", "report", "regen"):
        for r in results:
            if r["group"] == group and r["case"] not in cases:
                cases.append(r["case"])
    rows = [["XML input"] + [megabytes(corpora[(s, "default")]["bytes"] / 1024) for s in sizes]]
    for case in cases:
        cells = []
        for s in sizes:
            r = next((r for r in results if r["size"] == s and r["case"] == case), None)
            cells.append(megabytes(r and r["rss"]))
        rows.append([case] + cells)
    return table(["max RSS"] + sizes, rows)


def targets(results, corpora, sizes):
    """The issue's targets, judged at the largest size measured (they are stated at 1M)."""
    at = sizes[-1] if sizes else None
    note = "" if at == "1M" else f" (1M not run: judged at {at})"

    def median(group, case, size=at):
        r = find(results, group, size, case)
        return r["median"] if r and r["ok"] else None

    report, validate = median("report", SAME_CELLS), median("validate", PRODUCT["validate"])
    workbook = median("report", PRODUCT["report"])
    validate_row = find(results, "validate", at, PRODUCT["validate"])
    input_kb = corpora[(at, "default")]["bytes"] / 1024 if at else None
    # (target, what is measured, value, "<=" or ">=", limit)
    checks = [
        ("report within 1.3x of the floor", "report / floor",
         ratio(report, median("report", "floor (pugixml + libxlsxwriter)")), "<=", 1.3),
        ("report >= 3x faster than Python XlsxWriter", "XlsxWriter / report",
         ratio(median("report", "Python XlsxWriter"), report), ">=", 3),
        ("report >= 5x faster than openpyxl", "openpyxl / report", ratio(median("report", "Python openpyxl"), report), ">=", 5),
        ("validate >= 3x faster than xmllint --schema", "xmllint / validate",
         ratio(median("validate", "xmllint --schema"), validate), ">=", 3),
        ("validate no slower than xmllint --stream --schema", "xmllint --stream / validate",
         ratio(median("validate", "xmllint --stream --schema"), validate), ">=", 1),
        ("validate peak memory <= 3x input size", "validate max RSS / input bytes",
         ratio(validate_row and validate_row["rss"], input_kb), "<=", 3),
        ("regen no-op under 50 ms on the seeds", "time", median("regen", PRODUCT["regen"], "seeds"), "<=", 0.05),
        ("regen no-op under 1 s at 1M", "time", median("regen", PRODUCT["regen"]), "<=", 1),
    ]
    rows = []
    for name, measured, value, op, limit in checks:
        if value is None:
            verdict, shown = "MISS", "not measured, or failed"
        else:
            verdict = "PASS" if (value <= limit if op == "<=" else value >= limit) else "MISS"
            shown = seconds(value) if measured == "time" else f"{measured} = {value:.2f}"
        rows.append([name + ("" if "seeds" in name else note), shown, verdict])
    floor, python = median("report", "floor (pugixml + libxlsxwriter)"), median("report", "Python XlsxWriter")
    full = (f"\n\nThe report targets compare `{SAME_CELLS}` (the cells the baselines write). The full nine-sheet "
            f"workbook took {seconds(workbook)} at {at}: {fmt_ratio(ratio(workbook, floor))} x the floor's time, and "
            f"Python XlsxWriter's Recurrence sheet {fmt_ratio(ratio(python, workbook))} x the workbook's.")
    return table(["target", "measured", "verdict"], rows) + full


def regressions(results, update):
    """Compares with bench/baseline.json (same case names), or replaces it: returns the
    flagged cases and a one-line summary."""
    now = {f'{r["group"]}/{r["size"]}/{r["case"]}': {"median_seconds": r["median"], "max_rss_kb": r["rss"]}
           for r in results if r["ok"]}
    baseline_path = BENCH / "baseline.json"
    if update:
        baseline_path.write_text(json.dumps(now, indent=1, ensure_ascii=False) + "\n")
        return [], "baseline updated: bench/baseline.json"
    if not baseline_path.exists():
        return [], "no bench/baseline.json: run bench/run --update-baseline to make one"
    base = json.loads(baseline_path.read_text())
    flagged = []
    for key, r in now.items():
        b = base.get(key)
        if not b:
            continue
        slower = r["median_seconds"] / b["median_seconds"]
        larger = r["max_rss_kb"] / b["max_rss_kb"]
        if slower > SLOWER or larger > SLOWER:
            flagged.append(f"{key}: {slower:.2f}x the baseline's time, {larger:.2f}x its memory")
    compared = sum(1 for key in now if key in base)
    return flagged, f"{compared} cases compared with bench/baseline.json, {len(flagged)} slower than {SLOWER}x"


def command(*args):
    try:
        result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
        return (result.stdout or result.stderr).strip()
    except OSError:
        return "?"


def machine(work):
    cpu = next((line.split(":", 1)[1].strip() for line in command("lscpu").splitlines() if line.startswith("Model name")), "?")
    memory = next((line.split()[1] for line in command("free", "-g").splitlines() if line.startswith("Mem:")), "?")
    os_name = next((line.split("=", 1)[1].strip().strip('"') for line in open("/etc/os-release") if line.startswith("PRETTY_NAME")), "?")
    xmllint = command("xmllint", "--version").splitlines()[0].split()[-1]
    return [
        f"- CPU: {cpu}, {command('nproc')} cores; memory: {memory} GiB; {os_name}, Linux {platform.release()}",
        f"- product: {(work / 'product.txt').read_text().strip()}, built RelWithDebInfo in build-bench/",
        f"- load average (1, 5, 15 min) at the end of the measurements: {(work / 'load.txt').read_text().strip()}",
        f"- tools: {command('hyperfine', '--version')}, xmllint {xmllint}, "
        f"Python {platform.python_version()}, XlsxWriter {xlsxwriter.__version__}, openpyxl {openpyxl.__version__}, "
        f"libxlsxwriter {command('dpkg-query', '-W', '-f', '${Version}', 'libxlsxwriter-dev')}",
    ]


def main():
    work = pathlib.Path(sys.argv[1])
    results, corpora = load(work)
    sizes = [s for s, layout in corpora if layout == "default"]  # in the order run
    corpus_rows = [[s, f"{c['pledges']:,}", f"{c['meetings']:,}", f"{c['files']:,}", megabytes(c["bytes"] / 1024)]
                   for (s, layout), c in corpora.items() if layout == "default"]
    corpus_rows += [[s, f"{c['pledges']:,}", f"{c['meetings']:,}", f"{c['files']:,} ({'one meetings file' if layout == '1' else 'one per meeting'})",
                     megabytes(c["bytes"] / 1024)]
                    for (s, layout), c in corpora.items() if layout != "default"]
    flagged, baseline_summary = regressions(results, "--update-baseline" in sys.argv)

    sections = [
        ("Corpora", "Generated by `bench/gen` (seed 1); files include the catalog.\n\n" +
         table(["size", "pledges", "meetings", "files", "XML"], corpus_rows)),
        ("Targets", targets(results, corpora, sizes)),
        ("validate", "Against `xmllint --noout --schema schemas/pledges.xsd` on the same files "
                     "(pledgetrack also checks the rules of meaning).\n\n" + group_table(results, "validate")),
        ("report", "`pledgetrack report` writes the whole workbook (nine sheets); with `--table Recurrence` "
                   "it writes the Recurrence sheet alone, the same cells as the floor and the Python baselines, "
                   "and the ratios compare that case with them. Every case reads and parses the same XML; "
                   "the product also validates it (schema and rules of meaning) before writing.\n\n" +
         group_table(results, "report")),
        ("regen when nothing changed", "Against hashing the same inputs with `openssl dgst -sha256`.\n\n" + group_table(results, "regen")),
    ]
    if any(r["group"] == "layout" for r in results):
        sections.append(("One big file or many small ones", group_table(results, "layout")))
    sections += [("Peak memory by size", memory_table(results, corpora, sizes)),
                 ("Baseline", baseline_summary + "".join("\n- " + line for line in flagged))]
    text = "\n\n".join(f"## {title}\n\n{body}" for title, body in sections)
    print(text)

    notes = (BENCH / "NOTES.md").read_text() if (BENCH / "NOTES.md").exists() else ""
    measured = datetime.datetime.fromtimestamp((work / "results.tsv").stat().st_mtime, datetime.timezone.utc)
    (BENCH / "RESULTS.md").write_text(
        "# Benchmark results\n\n"
        f"Measured by `bench/run --sizes {','.join(sizes)}` on {measured:%Y-%m-%d %H:%M} UTC; everything but the last section is "
        "regenerated on each run. The last section is `bench/NOTES.md`, written by hand.\n\n"
        "## Machine\n\n" + "\n".join(machine(work)) + "\n\n" + text + "\n\n" + notes)
    sys.exit(1 if flagged else 0)


if __name__ == "__main__":
    main()
