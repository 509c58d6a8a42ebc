#!/usr/bin/python3
"""Baseline for `pledgetrack report`: the Recurrence sheet written with openpyxl in
write-only mode, as an analyst would script it.   baseline_openpyxl.py OUTPUT.xlsx PATH..."""
import sys

import openpyxl

from baseline_recurrence import rows

workbook = openpyxl.Workbook(write_only=True)
sheet = workbook.create_sheet("Recurrence")
for cells in rows(sys.argv[2:]):
    row = [None] * (cells[-1][0] + 1)
    for c, value in cells:
        row[c] = value
    sheet.append(row)
workbook.save(sys.argv[1])
