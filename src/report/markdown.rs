//! The report as Markdown, and back.
//!
//! The report page lets the user edit the Markdown before exporting, so the
//! HTML and Word exports are rendered from the edited text parsed back into
//! a [`Report`]. The dialect is the small one written here: `# title`,
//! `## part`, paragraphs separated by blank lines, an optional `**lead**`
//! opening a paragraph, and the signature as the last paragraph when its
//! last line is a date ("2026年11月27日"). User text is backslash-escaped, so
//! a target titled `<script>` or `**x**` stays text.

use super::{Paragraph, Part, Report};
use crate::escape::{markdown as escape, unescape_markdown as unescape};

/// Renders a report as Markdown.
pub fn render_markdown_report(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n\n", escape(&report.title)));
    for p in &report.opening {
        push_paragraph(&mut out, p);
    }
    for part in &report.parts {
        out.push_str(&format!("## {}\n\n", escape(&part.heading)));
        for p in &part.paragraphs {
            push_paragraph(&mut out, p);
        }
    }
    if !report.signature.is_empty() {
        let lines: Vec<String> = report.signature.iter().map(|l| escape(l)).collect();
        out.push_str(&lines.join("  \n"));
        out.push('\n');
    }
    out
}

fn push_paragraph(out: &mut String, p: &Paragraph) {
    if let Some(lead) = &p.lead {
        out.push_str(&format!("**{}**", escape(lead)));
    }
    out.push_str(&escape(&p.text));
    out.push_str("\n\n");
}

/// Whether a line is a signature date such as "2026年11月27日".
fn is_date_line(line: &str) -> bool {
    let t = line.trim();
    let Some(rest) = t.strip_suffix('日') else {
        return false;
    };
    let parts: Vec<&str> = rest.split(['年', '月']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// "# title" is (1, "title"), "## part" is (2, "part"); a bare "#" is an
/// empty heading.
fn heading(line: &str) -> Option<(usize, &str)> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[level..];
    if (level == 1 || level == 2) && (rest.is_empty() || rest.starts_with(' ')) {
        Some((level, rest.trim()))
    } else {
        None
    }
}

/// Splits "**lead**text" into its lead and text.
fn split_lead(block: &str) -> Paragraph {
    if let Some(rest) = block.strip_prefix("**") {
        let bytes = rest.as_bytes();
        let mut i = 0;
        while i + 1 < bytes.len() {
            if bytes[i] == b'\\' {
                i += 2;
                continue;
            }
            if bytes[i] == b'*' && bytes[i + 1] == b'*' {
                return Paragraph {
                    lead: Some(unescape(&rest[..i])),
                    text: unescape(rest[i + 2..].trim_start()),
                };
            }
            i += 1;
        }
    }
    Paragraph::plain(unescape(block))
}

/// Parses Markdown in the dialect [`render_markdown_report`] writes, as a
/// user may have edited it. Anything unexpected is kept as a paragraph:
/// nothing the user typed is lost.
pub fn parse_markdown(text: &str) -> Report {
    let mut report = Report::default();
    // Blocks: runs of non-blank lines; headings are blocks of their own.
    let mut blocks: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else if trimmed.starts_with('#') {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
            blocks.push(vec![trimmed]);
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    // The signature is the last block when it ends with a date.
    let signature = match blocks.last() {
        Some(last) if last.last().is_some_and(|l| is_date_line(l)) => blocks.pop(),
        _ => None,
    };
    if let Some(lines) = signature {
        report.signature = lines.iter().map(|l| unescape(l.trim())).collect();
    }
    for block in blocks {
        let first = block[0].trim();
        match heading(first) {
            Some((2, h)) => {
                report.parts.push(Part {
                    heading: unescape(h),
                    paragraphs: Vec::new(),
                });
                continue;
            }
            Some((1, h)) if report.title.is_empty() => {
                report.title = unescape(h);
                continue;
            }
            _ => {}
        }
        // A paragraph's lines join without spaces, as Chinese text does.
        let joined: String = block
            .iter()
            .map(|l| l.trim().trim_end_matches('\\'))
            .collect::<Vec<_>>()
            .concat();
        let p = split_lead(&joined);
        match report.parts.last_mut() {
            Some(part) => part.paragraphs.push(p),
            None => report.opening.push(p),
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_round_trips() {
        let report = Report {
            title: "关于《<script>alert(1)</script>》落实情况的报告".to_string(),
            opening: vec![Paragraph::plain("今年以来，**加粗** _x_ #1。")],
            parts: vec![Part {
                heading: "一、主要工作情况".to_string(),
                paragraphs: vec![Paragraph {
                    lead: Some("（一）强化*理论*武装。".to_string()),
                    text: "全年计划组织专题培训6次\\。".to_string(),
                }],
            }],
            signature: vec!["市政府办公室".to_string(), "2026年11月27日".to_string()],
        };
        let md = render_markdown_report(&report);
        assert!(md.contains("# 关于《\\<script\\>alert(1)\\</script\\>》"));
        assert!(md.contains("**（一）强化\\*理论\\*武装。**全年"));
        assert!(md.ends_with("市政府办公室  \n2026年11月27日\n"));
        assert_eq!(parse_markdown(&md), report);
    }

    #[test]
    fn keeps_what_a_user_typed() {
        let r = parse_markdown("前言\n\n## 一、情况\n\n第一行\n第二行\n\n# 另一个标题\n");
        assert_eq!(r.title, "另一个标题");
        assert_eq!(r.opening, vec![Paragraph::plain("前言")]);
        assert_eq!(r.parts[0].paragraphs[0], Paragraph::plain("第一行第二行"));
        assert_eq!(r.signature, Vec::<String>::new());
        assert!(is_date_line("2026年1月5日"));
        let report = Report {
            opening: vec![
                Paragraph::plain("- 不是列表"),
                Paragraph::plain("2026. 也不是"),
            ],
            ..Report::default()
        };
        let md = render_markdown_report(&report);
        assert!(md.contains("\\- 不是列表"));
        assert!(md.contains("2026\\. 也不是"));
        assert_eq!(parse_markdown(&md).opening, report.opening);
        assert!(!is_date_line("2026年1月"));
    }
}
