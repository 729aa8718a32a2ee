#!/usr/bin/env python3
"""Opens the 督办 documents with real readers: the calendar with the
`icalendar` package (PyPI, https://pypi.org/project/icalendar/) and the
Word files with `python-docx` (PyPI, https://pypi.org/project/python-docx/).

    pip install icalendar python-docx
    cargo build --bin luoshi
    python3 tests/duban_check.py [path/to/luoshi]

It writes the example ledger with a monthly reporting cycle, one unit's
report and one 督办通知单 whose title needs escaping, runs `luoshi ics`,
`luoshi notice` and `luoshi bulletin`, and checks what the readers see.
Exits 0 when every check holds, 1 otherwise.
"""

import json
import pathlib
import subprocess
import sys
import tempfile

import docx
import icalendar

ROOT = pathlib.Path(__file__).resolve().parent.parent
FAILS = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        FAILS.append(what)


def run(luoshi, *args):
    return subprocess.run([luoshi, *args], check=True, capture_output=True).stdout


def main(luoshi):
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="luoshi-duban-"))
    doc = json.loads(run(luoshi, "example", "--year", "2026", "--as-of", "2026-06-30"))
    doc["plan"]["rules"]["reporting"] = {"cycle": "monthly", "by_day": 5}
    first = doc["plan"]["sections"][0]["targets"][0]
    first["title"] = "学习研讨,交流;总结\\提升"
    first["due"] = "2026-10-31"
    unit = first.get("lead_unit") or "机关党委"
    doc["reports"] = [{"id": "r1", "unit": unit, "sent": "2026-06-08",
                       "updated_at": "2026-06-08T09:00:00+08:00"}]
    doc["notices"] = [{"id": "n1", "year": 2026, "number": 1, "unit": unit,
                       "targets": [first["id"]], "request": "请加快推进,按期完成;",
                       "issued": "2026-06-30", "reply_due": "2026-07-07",
                       "updated_at": "2026-06-30T09:00:00+08:00"}]
    src = tmp / "doc.json"
    src.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    # The calendar.
    ics_path = tmp / "cal.ics"
    run(luoshi, "ics", str(src), "--as-of", "2026-06-30", "--out", str(ics_path))
    raw = ics_path.read_bytes()
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    print(f"     {len(events)} events read by icalendar {icalendar.__version__}")
    check(len(events) > 3, "the calendar has events")
    summaries = {str(e["SUMMARY"]): e for e in events}
    title = "学习研讨,交流;总结\\提升"
    reply = [s for s in summaries if s.startswith("【督办反馈】督办〔2026〕1号")]
    check(len(reply) == 1, "the open notice's reply date is an event")
    if reply:
        e = summaries[reply[0]]
        check(str(e["DESCRIPTION"]) == "请加快推进,按期完成;", "DESCRIPTION unescapes to the request")
        check(e["DTSTART"].dt.isoformat() == "2026-07-07", "DTSTART is the all-day reply date")
        check(e["DTSTART"].params.get("VALUE") == "DATE", "DTSTART;VALUE=DATE")
    reports = [s for s in summaries if s.startswith("【报送】")]
    check(len(reports) >= 1 and all(summaries[s]["DTSTART"].dt.isoformat() == "2026-07-05" for s in reports),
          "each unit's next report is due 2026-07-05")
    check(any(title in s for s in summaries), "a title with , ; \\ survives escaping")
    uids = [str(e["UID"]) for e in events]
    check(len(set(uids)) == len(uids), "UIDs are unique")
    check(all(len(line) <= 75 for line in raw.split(b"\r\n")), "no line longer than 75 octets")
    check(b"\n" not in raw.replace(b"\r\n", b""), "every line ends in CRLF")

    # The notice as Word.
    notice_path = tmp / "notice.docx"
    run(luoshi, "notice", str(src), "--as-of", "2026-06-30", "--number", "1", "--out", str(notice_path))
    d = docx.Document(str(notice_path))
    paras = [p.text for p in d.paragraphs]
    print("     notice: " + " | ".join(paras[:4]))
    check(paras[0] == "督办通知单", "the notice's title")
    check(paras[1] == "督办〔2026〕1号", "its number under the title")
    check(d.paragraphs[1].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER, "the number is centred")
    check(paras[2] == f"{unit}：", "addressed to the lead unit")
    check(any("学习研讨" in p for p in paras), "the target is named")
    check(any("2026年7月7日前" in p for p in paras), "the reply date is asked")
    check(paras[-1] == "2026年6月30日", "dated on the day of issue")

    # The bulletin as Word.
    b_path = tmp / "bulletin.docx"
    run(luoshi, "bulletin", str(src), "--month", "2026-06", "--format", "docx", "--out", str(b_path))
    b = docx.Document(str(b_path))
    texts = [p.text for p in b.paragraphs]
    print(f"     bulletin: {len(texts)} paragraphs; title {texts[0]}")
    heads = [p.text for p in b.paragraphs if p.style.style_id == "Heading1"]
    check(heads == ["一、总体进展情况", "二、各单位落实情况", "三、提前完成的指标",
                    "四、进度滞后的指标", "五、报送和督办情况", "六、下一步工作要求"], "the six parts as headings")
    check(any(f"{unit}（6月8日报送）迟报" in t for t in texts), "the late unit is named")
    return 1 if FAILS else 0


if __name__ == "__main__":
    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "debug" / "luoshi")
    sys.exit(main(binary))
