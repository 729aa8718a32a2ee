"""Writes tests/fixtures/plans/seed.pdf (and scan.pdf, bad-old-word.doc,
below): the seed's part 二 (seed.txt) as a
text PDF, printed by headless Chromium from a plain HTML page in a CJK
TrueType font, as an office's "print to PDF" makes one (the glyphs
embedded, each font with its ToUnicode map).

    apt-get install chromium fonts-wqy-microhei && python3 tools/make_plan_pdf.py
"""
import html
import pathlib
import subprocess
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
plans = root / "tests/fixtures/plans"
lines = [l.strip() for l in (plans / "seed.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
body = "\n".join(f"<p>{html.escape(l)}</p>" for l in lines)
page = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<style>body {{ font-family: "WenQuanYi Micro Hei"; font-size: 14pt; margin: 2cm; }}
p {{ text-indent: 2em; line-height: 1.6; margin: 0; }}</style></head><body>{body}</body></html>"""
with tempfile.TemporaryDirectory() as tmp:
    src = pathlib.Path(tmp) / "seed.html"
    src.write_text(page, encoding="utf-8")
    subprocess.run(
        [
            "chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
            f"--print-to-pdf={plans / 'seed.pdf'}", src.as_uri(),
        ],
        check=True,
        capture_output=True,
    )

# scan.pdf: a page that is only a picture (a grey block where a scanner's
# image of the page would be), as a scanned plan arrives: no text in it.
scan = """<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:2cm">
<div style="width:15cm;height:22cm;background:#ddd"></div></body></html>"""
with tempfile.TemporaryDirectory() as tmp:
    src = pathlib.Path(tmp) / "scan.html"
    src.write_text(scan, encoding="utf-8")
    subprocess.run(
        [
            "chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
            f"--print-to-pdf={plans / 'scan.pdf'}", src.as_uri(),
        ],
        check=True,
        capture_output=True,
    )

# bad-old-word.doc: the 8-byte signature of an OLE compound file (Word
# 97–2003), then zeros: the reader must say to save it as .docx.
(plans / "bad-old-word.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))
