"""Writes tests/fixtures/plans/xianan-2023-fenjie.xlsx from the .csv of the
same name with openpyxl (PyPI): a published 任务分解表 as a spreadsheet
program would hold it (see tests/fixtures/plans/SOURCES.md).

    pip install openpyxl && python3 tools/make_fenjie_table.py
"""
import csv
import datetime
import pathlib

import openpyxl

root = pathlib.Path(__file__).resolve().parent.parent
src = root / "tests/fixtures/plans/xianan-2023-fenjie.csv"
rows = list(csv.reader(src.open(encoding="utf-8")))
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "任务分解表"
for row in rows:
    # 序号 as a number cell, as it is typed in a spreadsheet.
    ws.append([int(c) if i == 0 and c.isdigit() else c for i, c in enumerate(row)])
wb.properties.created = datetime.datetime(2026, 1, 1)
wb.properties.modified = datetime.datetime(2026, 1, 1)
wb.save(root / "tests/fixtures/plans/xianan-2023-fenjie.xlsx")
