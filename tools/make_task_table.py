"""Writes tests/fixtures/plans/task-table.xlsx from task-table.csv with
openpyxl (PyPI), the deadline of row 5 as a real Excel date cell, so that
the .xlsx reader is tested on what a spreadsheet program writes.

    pip install openpyxl && python3 tools/make_task_table.py
"""
import csv
import datetime
import pathlib

import openpyxl

root = pathlib.Path(__file__).resolve().parent.parent
rows = list(csv.reader((root / "tests/fixtures/plans/task-table.csv").open(encoding="utf-8")))
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "任务分解表"
for row in rows:
    ws.append(row)
# 序号 5's deadline as a date cell, not text.
ws.cell(row=9, column=7).value = datetime.date(2027, 9, 30)
ws.cell(row=9, column=7).number_format = "yyyy-mm-dd"
wb.properties.created = datetime.datetime(2026, 1, 1)
wb.properties.modified = datetime.datetime(2026, 1, 1)
wb.save(root / "tests/fixtures/plans/task-table.xlsx")
