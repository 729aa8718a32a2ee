"""Writes tests/fixtures/plans/seed.docx: the seed's part 二 as a Word
document, one paragraph per line, made with python-docx (PyPI) so that the
.docx reader is tested on a file Word's own library layout produces.

    pip install python-docx && python3 tools/make_plan_docx.py
"""
import pathlib

import docx

root = pathlib.Path(__file__).resolve().parent.parent
text = (root / "tests/fixtures/plans/seed.txt").read_text(encoding="utf-8")
doc = docx.Document()
for line in text.splitlines():
    if line.strip():
        doc.add_paragraph(line.strip())
import datetime
doc.core_properties.created = datetime.datetime(2026, 1, 1)
doc.save(root / "tests/fixtures/plans/seed.docx")
