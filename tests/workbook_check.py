#!/usr/bin/python3
"""Reads a pledgetrack workbook with openpyxl, independently of the writer, and checks
what an analyst relies on. Usage: workbook_check.py WORKBOOK CHECK [FULL_WORKBOOK]
Prints nothing and exits 0 when the check holds; prints the reason and exits 1 if not."""
import re
import sys
import zipfile

import openpyxl

SHEETS = ["Overview", "Recurrence", "Pledges", "Meetings", "Items", "Deadlines",
          "Coverage", "Quarters", "Provenance"]


def fail(message):
    print(message)
    sys.exit(1)


def expect(actual, expected, what):
    if actual != expected:
        fail(f"{what}: expected {expected!r}, got {actual!r}")


def header(sheet):
    return [cell.value for cell in sheet[1]]


def row_of(sheet, column, value):
    for row in sheet.iter_rows(min_row=2):
        if row[column].value == value:
            return row
    fail(f"{sheet.title}: no row with {value!r} in column {column + 1}")


def check_small(book):
    """tests/fixtures/small: known answers."""
    expect(book.sheetnames, SHEETS, "sheet names")
    recurrence = book["Recurrence"]
    names = header(recurrence)
    expect(names[:11], ["Category", "Item", "Type", "Group", "Meetings", "Pledges", "First seen",
                        "Last seen", "Years", "Sides", "Kinds"], "Recurrence headers")
    expect(names[11:], ["2024", "2025", "2024-12-10 First talks",
                        "2025-03-24..2025-03-30 (monday) Second meeting, a Monday"], "meeting columns")
    expect(recurrence.freeze_panes, "C2", "Recurrence frozen panes")
    expect(recurrence.auto_filter.ref is not None, True, "Recurrence autofilter")
    line_a = [cell.value for cell in row_of(recurrence, 1, "Line A")]
    expect(line_a[2:11], ["item", "rail-links", 2, 3, "2024-12-10", "2025-03-24..2025-03-30 (monday)",
                          "2024, 2025", "CN+VN+joint", "proposal, agreement, support"], "Line A recurrence")
    expect(line_a[13:], ["CN: support | VN: proposal", "joint: agreement"], "Line A marks")
    group = [cell.value for cell in row_of(recurrence, 1, "Rail links")]
    expect(group[2:6], ["group", None, 2, 4], "group roll-up")
    expect(recurrence.row_dimensions[3].outline_level, 1, "item rows grouped under their category")

    pledges = book["Pledges"]
    expect(pledges.freeze_panes, "A2", "Pledges frozen header")
    expect(pledges.auto_filter.ref, "A1:P6", "Pledges autofilter over every row")
    expect(pledges.max_row, 6, "one row per pledge, plus the header")
    formula_like = row_of(pledges, 5, "agreement")[8]
    expect(formula_like.data_type, "s", "formula-like summary is text")
    expect(formula_like.value.startswith("=HYPERLINK("), True, "formula-like summary kept verbatim")
    first_source = row_of(pledges, 5, "support")[14]
    expect(first_source.hyperlink.target if first_source.hyperlink else None, "https://example.org/vn",
           "source hyperlink")
    expect(first_source.value, "VGP: Talks held", "source link text")

    deadlines = book["Deadlines"]
    states = [(row[4].value, row[5].value, row[2].value) for row in deadlines.iter_rows(min_row=2)]
    expect(states, [("Durian protocol", "milestone", "overdue"), ("Durian protocol", "pledge", "overdue"),
                    ("Line A", "pledge", "future"), ("Line A", "milestone", "future")], "deadline states")

    coverage = book["Coverage"]
    expect([cell.value for cell in coverage[2]],
           ["2024-12-10", "First talks", "Durian protocol", None, "VGP", None, "CN"], "coverage gap")

    provenance = book["Provenance"]
    entries = [(row[0].value, row[1].value) for row in provenance.iter_rows(min_row=2)]
    expect(entries[0], ("tool", "pledgetrack"), "provenance tool line")
    expect(("option", "as-of") in entries, True, "provenance records --as-of")
    inputs = [row[2].value for row in provenance.iter_rows(min_row=2) if row[0].value == "input"]
    expect(len(inputs), 3, "provenance lists the three inputs")
    expect(all(value.startswith("sha256:") and len(value.split()[0]) == 7 + 64 for value in inputs), True,
           "inputs carry SHA-256 digests")

    overview = book["Overview"]
    expect(len(overview._charts), 1, "Overview has a chart")
    values = {row[0].value: row[1].value for row in overview.iter_rows(min_row=3, max_row=10)}
    expect(values.get("Meetings"), 2, "Overview meeting count")
    expect(values.get("Pledges"), 5, "Overview pledge count")


def check_seeds(book):
    """The bundled seeds: the 10 Dec 2024 meeting is one column, counted once."""
    expect(book.sheetnames, SHEETS, "sheet names")
    recurrence = book["Recurrence"]
    names = header(recurrence)
    december = [name for name in names if isinstance(name, str) and name.startswith("2024-12-10 ")]
    expect(len(december), 1, "the 10 Dec 2024 meeting has one column")
    expect(len([n for n in names[14:]]), 25, "25 meeting columns")
    column = names.index(december[0])
    row = [cell.value for cell in row_of(recurrence, 1, "Lao Cai–Hanoi–Hai Phong standard-gauge railway")]
    expect(row[column] is not None and row[column].startswith("VN:"), True, "Lao Cai line marked at 10 Dec 2024")
    marked = sum(1 for value in row[14:] if value)
    expect(row[4], marked, "Lao Cai meeting count equals the meetings marked")
    links = [cell.hyperlink.target for row in book["Pledges"].iter_rows(min_row=2) for cell in row[14:]
             if cell.hyperlink]
    expect(len(links) > 100 and all(link.startswith("http") for link in links), True, "source hyperlinks")


def check_recurrence_alone(book):
    """tests/fixtures/small with --table Recurrence: that sheet and nothing else."""
    expect(book.sheetnames, ["Recurrence"], "sheet names")
    recurrence = book["Recurrence"]
    expect(recurrence["A1"].value, "Category", "first header")
    expect(recurrence["N1"].value, "2024-12-10 First talks", "first meeting column")
    line_a = [cell.value for cell in row_of(recurrence, 1, "Line A")]
    expect(line_a[4], 2, "Line A meetings")
    expect(line_a[13:], ["CN: support | VN: proposal", "joint: agreement"], "Line A marks")
    expect(recurrence.freeze_panes, "C2", "Recurrence frozen panes")


def check_overview_alone(book):
    """tests/fixtures/small with --table Overview: Overview, and Quarters for its chart."""
    expect(book.sheetnames, ["Overview", "Quarters"], "sheet names")
    overview = book["Overview"]
    expect(overview["A1"].value, "China–Viet Nam commitments", "title")
    expect(overview["A3"].value, "Input files", "first count")
    expect(overview["B4"].value, 2, "Overview meeting count")
    expect(len(overview._charts), 1, "Overview has a chart")
    expect(book["Quarters"]["A1"].value, "Quarter", "Quarters header")


def sheet_xml(path):
    """Each sheet's XML by sheet name, without the tabSelected mark of the front sheet."""
    archive = zipfile.ZipFile(path)
    names = re.findall(r'<sheet name="([^"]+)" sheetId="(\d+)"', archive.read("xl/workbook.xml").decode())
    return {name: archive.read(f"xl/worksheets/sheet{number}.xml").replace(b' tabSelected="1"', b"")
            for name, number in names}


def check_same_sheets(path, full_path):
    """Every sheet of one workbook is, byte for byte, the same sheet of the full workbook."""
    full = sheet_xml(full_path)
    for name, xml in sheet_xml(path).items():
        expect(xml == full.get(name), True, f"sheet {name} the same as in the full workbook")


if __name__ == "__main__":
    if sys.argv[2] == "same-sheets":
        check_same_sheets(sys.argv[1], sys.argv[3])
        sys.exit(0)
    workbook = openpyxl.load_workbook(sys.argv[1])
    {"small": check_small, "seeds": check_seeds, "recurrence-alone": check_recurrence_alone,
     "overview-alone": check_overview_alone}[sys.argv[2]](workbook)
