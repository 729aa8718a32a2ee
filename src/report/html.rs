//! The report as HTML: a fragment for the page and a standalone document
//! for download, every piece of text escaped.

use super::{Paragraph, Report};
use crate::escape::markup as escape;

/// The typography of an official document on A4: 仿宋 body at 三号 (16pt),
/// 小标宋 title at 二号 (22pt), 黑体 part headings, 楷体 leads, two-character
/// first-line indents, 28pt lines. Shared with the downloaded file so that
/// it prints the same way outside the app.
pub const DOCUMENT_CSS: &str = r#"
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0; background: #fff; color: #000; }
.luoshi-report { max-width: 156mm; margin: 0 auto; padding: 12mm 0;
  font-family: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "SimSun", "宋体", "Songti SC", serif;
  font-size: 16pt; line-height: 28pt; text-align: justify; }
.luoshi-report h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", "Songti SC", serif;
  font-size: 22pt; line-height: 36pt; font-weight: normal; text-align: center; margin: 0 0 28pt; }
.luoshi-report h2 { font-family: "SimHei", "黑体", "Heiti SC", "PingFang SC", sans-serif;
  font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; line-height: 28pt; }
.luoshi-report p { margin: 0; text-indent: 2em; }
.luoshi-report .lead { font-family: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti", serif; font-weight: bold; }
.luoshi-report .signature { text-align: right; text-indent: 0; margin-top: 28pt; padding-right: 2em; }
.luoshi-report .signature + .signature { margin-top: 0; }
"#;

fn paragraph(out: &mut String, p: &Paragraph) {
    out.push_str("<p>");
    if let Some(lead) = &p.lead {
        out.push_str(&format!("<span class=\"lead\">{}</span>", escape(lead)));
    }
    out.push_str(&escape(&p.text));
    out.push_str("</p>\n");
}

/// The report as an `<article class="luoshi-report">` fragment, safe to set
/// as inner HTML.
pub fn render_html_fragment(report: &Report) -> String {
    let mut out = String::from("<article class=\"luoshi-report\">\n");
    out.push_str(&format!("<h1>{}</h1>\n", escape(&report.title)));
    for p in &report.opening {
        paragraph(&mut out, p);
    }
    for part in &report.parts {
        out.push_str(&format!("<h2>{}</h2>\n", escape(&part.heading)));
        for p in &part.paragraphs {
            paragraph(&mut out, p);
        }
    }
    for line in &report.signature {
        out.push_str(&format!("<p class=\"signature\">{}</p>\n", escape(line)));
    }
    out.push_str("</article>\n");
    out
}

/// The report as a standalone HTML document that prints on A4.
pub fn render_html(report: &Report) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
        escape(&report.title),
        DOCUMENT_CSS,
        render_html_fragment(report)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_user_text() {
        let report = Report {
            title: "关于《</h1><script>x</script>》的报告".to_string(),
            opening: vec![Paragraph::plain("a & b \"c\"")],
            parts: Vec::new(),
            signature: vec!["2026年11月27日".to_string()],
        };
        let html = render_html(&report);
        assert!(html.contains("<h1>关于《&lt;/h1&gt;&lt;script&gt;x&lt;/script&gt;》的报告</h1>"));
        assert!(html.contains("<p>a &amp; b &quot;c&quot;</p>"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("<p class=\"signature\">2026年11月27日</p>"));
    }
}
