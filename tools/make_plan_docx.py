"""Writes two Word documents of tests/fixtures/plans/ with python-docx
(PyPI), so that the .docx reader is tested on files Word's own library
lays out:

- seed.docx: the seed's part 二, one paragraph per line, markers typed.
- seed-numbered.docx: the same text with its headings numbered by Word's
  automatic numbering (二、 and （一）（二）… drawn from numbering.xml, not
  typed), followed by a Word table: rows 1 and 2 of the 2021年重大民生实事项目
  目标任务责任分解表 of 常州市钟楼区 (tuned-zhonglou-2021-minsheng.txt, its
  cells as the published table has them).

    pip install python-docx && python3 tools/make_plan_docx.py
"""
import datetime
import pathlib
import re

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

root = pathlib.Path(__file__).resolve().parent.parent
plans = root / "tests/fixtures/plans"
text = (plans / "seed.txt").read_text(encoding="utf-8")
lines = [line.strip() for line in text.splitlines() if line.strip()]


def fixed_date(d):
    d.core_properties.created = datetime.datetime(2026, 1, 1)
    d.core_properties.modified = datetime.datetime(2026, 1, 1)


doc = docx.Document()
for line in lines:
    doc.add_paragraph(line)
fixed_date(doc)
doc.save(plans / "seed.docx")


def element(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    return e


def add_list(numbering, abstract_id, num_id, levels):
    """A list whose levels are (start, numFmt, lvlText)."""
    abstract = element("w:abstractNum", **{"w:abstractNumId": str(abstract_id)})
    for ilvl, (start, fmt, label) in enumerate(levels):
        lvl = element("w:lvl", **{"w:ilvl": str(ilvl)})
        lvl.append(element("w:start", **{"w:val": str(start)}))
        lvl.append(element("w:numFmt", **{"w:val": fmt}))
        lvl.append(element("w:lvlText", **{"w:val": label}))
        abstract.append(lvl)
    # abstractNum elements come before num elements.
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    num = element("w:num", **{"w:numId": str(num_id)})
    num.append(element("w:abstractNumId", **{"w:val": str(abstract_id)}))
    numbering.append(num)


def numbered(paragraph, num_id, ilvl):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = element("w:numPr")
    numpr.append(element("w:ilvl", **{"w:val": str(ilvl)}))
    numpr.append(element("w:numId", **{"w:val": str(num_id)}))
    ppr.insert(0, numpr)


doc = docx.Document()
numbering = doc.part.numbering_part.element
add_list(numbering, 90, 90, [(2, "chineseCounting", "%1、"), (1, "chineseCounting", "（%2）")])
for line in lines:
    marker = re.match(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])", line)
    body = line[marker.end():] if marker else line
    p = doc.add_paragraph(body)
    if marker:
        numbered(p, 90, 0 if marker.group().endswith("、") else 1)

doc.add_paragraph("附件：2021年重大民生实事项目目标任务责任分解表")
rows = [
    ["序号", "项目名称", "主要内容", "区政府分管领导", "牵头单位", "配合单位"],
    [
        "1",
        "增加教育资源供给",
        "实施新建、改扩建学校重点建设项目12个,计划竣工3个,其中幼儿园7个、小学4个、初中1个;增加学位5000个,其中幼儿园420个,中小学4580个。",
        "何海平",
        "教育局",
        "经开区、高新园(邹区镇)、各街道、市国有公司",
    ],
    [
        "2",
        "促进就业稳定增长",
        "落实就业优先战略。全区城镇新增就业15000人,失业人员再就业5800人,新增参保大学生5400人,城乡“零就业家庭”动态清零,城镇登记失业率控制在3%以内;支持成功自主创业2000人,支持大学生创业240人;开展职业技能补贴培训10000人次。",
        "何海平",
        "人社局",
        "高新园(邹区镇)、各街道",
    ],
]
table = doc.add_table(rows=len(rows), cols=len(rows[0]))
for r, cells in enumerate(rows):
    for c, value in enumerate(cells):
        table.cell(r, c).text = value
fixed_date(doc)
doc.save(plans / "seed-numbered.docx")
