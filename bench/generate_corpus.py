#!/usr/bin/python3
"""Writes a synthetic pledge data set for benchmarks: a catalog and one file per meeting,
shaped like the seeds (sources from both sides, pledges by both sides and jointly, partial
due dates, some meetings known only within a window). Deterministic for a given size.

    generate_corpus.py OUTPUT_DIR MEETINGS [ITEMS]
"""
import os
import random
import sys

NS = 'xmlns="urn:pledgetrack:pledges" version="1"'
KINDS = ["proposal", "request", "agreement", "pledge", "support", "affirmation", "congratulation"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def catalog(items, categories):
    lines = [f"<pledgetrack {NS}>"]
    for c in range(categories):
        lines.append(f'  <category id="cat-{c}"><title>Category {c}</title></category>')
    for p, side in ((0, "CN"), (1, "VN")):
        lines.append(f'  <person id="person-{p}" side="{side}"><name>Person {p}</name></person>')
    for i in range(items):
        lines.append(f'  <item id="item-{i}" category="cat-{i % categories}"><title>Item number {i}</title>'
                     f'<alias>Hạng mục {i}</alias>'
                     f'<milestone due="{2024 + i % 3}">Milestone of item {i}</milestone></item>')
    lines.append("</pledgetrack>")
    return "\n".join(lines) + "\n"


def meeting(index, items, rng):
    year = 2023 + index % 3
    month = 1 + index % 12
    day = 1 + index % 28
    date = f"{year}-{month:02d}-{day:02d}"
    mid = f"meeting-{index}"
    if index % 10 == 9:
        when = f'<window not-before="{date}" not-after="{year}-{month:02d}-{min(day + 6, 28):02d}"/>'
    else:
        when = f"<date>{date}</date>"
    lines = [f"<pledgetrack {NS}>",
             f'  <meeting id="{mid}" kind="talks" place="Hanoi, Viet Nam">',
             f"    <title>Talks number {index}</title>", f"    {when}",
             '    <participant person="person-0" role="Premier"/>',
             '    <participant person="person-1" role="Prime Minister"/>']
    for s, outlet in enumerate(("VN", "CN")):
        lines.append(f'    <source id="{mid}.s{s}" publisher="Outlet {outlet}" published="{year}-12-31" language="en" '
                     f'type="state-media" outlet="{outlet}"><title>Report {index}.{s}</title>'
                     f"<url>https://example.org/{index}/{s}</url></source>")
    for n, item in enumerate(rng.sample(range(items), 12)):
        side = ("CN", "VN", "joint")[n % 3]
        speaker = {"CN": ' speaker="person-0"', "VN": ' speaker="person-1"', "joint": ""}[side]
        due = f' due="{year + 1}" due-stated="next-year"' if n % 4 == 0 else ""
        lines.append(f'    <pledge item="item-{item}" side="{side}"{speaker} kind="{KINDS[n % len(KINDS)]}" '
                     f'sources="{mid}.s{n % 2}"{due}><summary>Pledge {n} on item {item} at meeting {index}.</summary></pledge>')
    lines.append("  </meeting>")
    lines.append("</pledgetrack>")
    return "\n".join(lines) + "\n"


def main():
    out, meetings = sys.argv[1], int(sys.argv[2])
    items = int(sys.argv[3]) if len(sys.argv) > 3 else max(50, meetings // 5)
    rng = random.Random(meetings)
    os.makedirs(os.path.join(out, "meetings"), exist_ok=True)
    with open(os.path.join(out, "catalog.xml"), "w", encoding="utf-8") as f:
        f.write(catalog(items, 12))
    for i in range(meetings):
        with open(os.path.join(out, "meetings", f"m{i:05d}.xml"), "w", encoding="utf-8") as f:
            f.write(meeting(i, items, rng))


if __name__ == "__main__":
    main()
