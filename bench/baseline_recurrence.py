"""The Recurrence sheet as an analyst would compute it in Python: parse every pledge file
with xml.etree, then one row per item (and per group, rolled up from its members) with
meetings across in date order. Shared by baseline_xlsxwriter.py and baseline_openpyxl.py,
which only differ in how they write the rows.

rows(paths) yields the header, then the rows, each as (column, value) pairs with empty
cells left out (most of the meetings-across grid is empty): a category's title on a row
of its own before its items, as in pledgetrack's workbook.
"""
import calendar
import datetime
import pathlib
import xml.etree.ElementTree as ET

NS = "{urn:pledgetrack:pledges}"
SIDES = ["CN", "VN", "joint"]
KINDS = ["proposal", "request", "agreement", "pledge", "support", "affirmation", "congratulation"]


def xml_files(paths):
    for path in map(pathlib.Path, paths):
        yield from sorted(path.rglob("*.xml")) if path.is_dir() else [path]


def span(text):
    """First and last day a date may stand for: '2025' is the whole year."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(*parts)[1]
        return datetime.date(*parts, 1), datetime.date(*parts, last)
    day = datetime.date(*parts)
    return day, day


def load(paths):
    categories, groups, items, meetings = {}, {}, {}, []
    for path in xml_files(paths):
        for node in ET.parse(path).getroot():
            tag = node.tag[len(NS):]
            if tag == "category":
                categories[node.get("id")] = node.findtext(NS + "title")
            elif tag == "group":
                groups[node.get("id")] = (node.findtext(NS + "title"), node.get("category"))
            elif tag == "item":
                items[node.get("id")] = (node.findtext(NS + "title"), node.get("category"), node.get("group", ""))
            elif tag == "meeting":
                window = node.find(NS + "window")
                if window is not None:
                    first, last = span(window.get("not-before"))[0], span(window.get("not-after"))[0]
                    label = f'{window.get("not-before")}..{window.get("not-after")}'
                    if window.get("weekday"):
                        label += f' ({window.get("weekday")})'
                else:
                    label = node.findtext(NS + "date")
                    first, last = span(label)
                pledges = [(p.get("item"), p.get("side"), p.get("kind")) for p in node.iter(NS + "pledge")]
                meetings.append((first, last, node.get("id"), label, node.findtext(NS + "title"), pledges))
    meetings.sort(key=lambda m: m[:3])
    return categories, groups, items, meetings


def mark(kinds_by_side):
    """'CN: support | VN: proposal, request'"""
    return " | ".join(f"{side}: " + ", ".join(k for k in KINDS if k in kinds_by_side[side])
                      for side in SIDES if side in kinds_by_side)


def rows(paths):
    categories, groups, items, meetings = load(paths)
    years = sorted({m[0].year for m in meetings if m[0].year == m[1].year})
    header = (["Category", "Item", "Type", "Group", "Meetings", "Pledges", "First seen", "Last seen", "Years",
               "Sides", "Kinds"] + [str(y) for y in years] + [f"{m[3]} {m[4]}" for m in meetings])
    yield list(enumerate(header))

    # appearances[key][meeting position] = {side: set of kinds}, plus pledge counts
    appearances, pledge_counts = {}, {}
    for position, (_, _, _, _, _, pledges) in enumerate(meetings):
        for item, side, kind in pledges:
            keys = [("item", item)]
            if items[item][2]:
                keys.append(("group", items[item][2]))
            for key in keys:
                at = appearances.setdefault(key, {}).setdefault(position, {})
                at.setdefault(side, set()).add(kind)
                pledge_counts[key] = pledge_counts.get(key, 0) + 1

    def describe(key):
        kind, ident = key
        title, category = groups[ident] if kind == "group" else items[ident][:2]
        return categories[category], kind == "item", category, -len(appearances[key]), title

    previous = None
    for key in sorted(appearances, key=describe):
        category_title, _, _, _, title = describe(key)
        if category_title != previous:
            yield [(0, category_title)]
            previous = category_title
        seen = appearances[key]
        positions = sorted(seen)
        per_year = {}
        for p in positions:
            first, last = meetings[p][:2]
            if first.year == last.year:
                per_year[first.year] = per_year.get(first.year, 0) + 1
        sides = {s for at in seen.values() for s in at}
        kinds = {k for at in seen.values() for ks in at.values() for k in ks}
        row = [category_title, title, key[0], items[key[1]][2] if key[0] == "item" else "", len(seen),
               pledge_counts[key], meetings[positions[0]][3], meetings[positions[-1]][3],
               ", ".join(str(y) for y in sorted(per_year)), "+".join(s for s in SIDES if s in sides),
               ", ".join(k for k in KINDS if k in kinds)]
        row += [per_year.get(y) for y in years]
        cells = [(column, value) for column, value in enumerate(row) if value not in (None, "")]
        yield cells + [(len(row) + p, mark(seen[p])) for p in positions]
