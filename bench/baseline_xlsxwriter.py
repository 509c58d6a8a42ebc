#!/usr/bin/python3
"""Baseline for `pledgetrack report`: the Recurrence sheet written with XlsxWriter, as an
analyst would script it.   baseline_xlsxwriter.py OUTPUT.xlsx PATH..."""
import sys

import xlsxwriter

from baseline_recurrence import rows

workbook = xlsxwriter.Workbook(sys.argv[1])
sheet = workbook.add_worksheet("Recurrence")
for r, cells in enumerate(rows(sys.argv[2:])):
    for c, value in cells:
        sheet.write(r, c, value)
workbook.close()
