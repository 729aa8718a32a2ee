//! User text made safe for each language Luoshi writes: one function per
//! output language, and nowhere else escapes text.
//!
//! - [`markup`]: HTML, XML (the .docx's WordprocessingML) and SVG, in text
//!   and in attribute values alike. SVG is XML and the HTML written here is
//!   also read as XML (an SVG drawn here is set inside the page and
//!   downloaded as a file of its own; the standalone HTML report is opened
//!   by Word and WPS), so one rule serves all three: the five characters
//!   with a meaning are written as references, and the characters XML 1.0
//!   forbids (which make Word refuse a .docx) are dropped.
//! - [`markdown`]: the Markdown of the report, the 督办通知单's text and the
//!   command's tables; [`unescape_markdown`] reads it back.
//! - [`ics_text`]: a TEXT value of an iCalendar file (RFC 5545).
//!
//! Pure: no I/O; never panics.

/// Text for HTML, XML or SVG, inside an element or a quoted attribute.
///
/// `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and
/// `&#39;` (a reference HTML and XML both know). Control characters are
/// dropped but tab, line feed and carriage return, which both languages
/// allow; so are U+FFFE and U+FFFF, which XML 1.0 forbids too.
pub fn markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Characters with a meaning anywhere in a line of Markdown.
const MARKDOWN_SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~'];

/// Text for Markdown: it reads as the same text, never as markup.
///
/// Punctuation with a meaning (`\ ` `` ` `` `* _ [ ] < > # | ~`) is
/// backslash-escaped, and so is an `&` that would start a character
/// reference (`&lt;`). Text opening with what would start a list, a rule
/// or a heading underline (`- `, `+ `, `1. `, `1) `, `---`, `===`) has that
/// character escaped, so the text may begin a line or a table cell. Line breaks are
/// folded into spaces: a paragraph, heading or cell is one line.
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let marker = block_marker(text);
    for (i, c) in text.char_indices() {
        match c {
            '\n' | '\r' => out.push(' '),
            '&' if starts_reference(&text[i + 1..]) => out.push_str("\\&"),
            c if MARKDOWN_SPECIAL.contains(&c) || marker == Some(i) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Where the character is that would make a line opening with `text` a
/// list item (`- `, `+ `, `1. `, `1) `, CommonMark §5.2) or a rule or
/// heading underline (`---`, `===`).
fn block_marker(text: &str) -> Option<usize> {
    let followed = |rest: &str| rest.is_empty() || rest.starts_with(char::is_whitespace);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let first = text.chars().next()?;
    if (1..=9).contains(&digits) {
        let rest = &text[digits..];
        return (rest.starts_with(['.', ')']) && followed(&rest[1..])).then_some(digits);
    }
    let bar = text.chars().all(|c| c == first || c == ' ');
    (matches!(first, '-' | '+' | '=') && (followed(&text[1..]) || bar)).then_some(0)
}

/// Whether text after an `&` makes a character reference: `lt;`, `#39;`.
fn starts_reference(rest: &str) -> bool {
    let name = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    name > 0 && rest.as_bytes().get(name) == Some(&b';')
}

/// Undoes [`markdown`] (but for folded line breaks): a backslash before
/// ASCII punctuation is dropped.
pub fn unescape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// A TEXT value of an iCalendar file (RFC 5545 §3.3.11): `\`, `;` and `,`
/// escaped, each line break (CRLF, CR or LF) written `\n`, other control
/// characters, which TEXT may not hold, dropped.
pub fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What an XML 1.0 parser accepts as a character (the spec's `Char`).
    fn xml_char(c: char) -> bool {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'
    }

    #[test]
    fn markup_escapes_a_script_quotes_and_ampersands() {
        assert_eq!(
            markup("<script>alert(\"x\" & 'y')</script>"),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        // An attribute cannot be closed from inside, by either quote.
        assert_eq!(markup("a\" onclick=\"x"), "a&quot; onclick=&quot;x");
        assert_eq!(markup("a' onclick='x"), "a&#39; onclick=&#39;x");
        // A reference typed by the user stays text.
        assert_eq!(markup("&lt;b&gt;"), "&amp;lt;b&amp;gt;");
        assert_eq!(markup("督查室《通报》"), "督查室《通报》");
    }

    #[test]
    fn markup_drops_what_xml_refuses_and_keeps_line_breaks() {
        let hostile: String = (0u32..0x20)
            .chain([0x7f, 0x85, 0x9f, 0xFFFE, 0xFFFF])
            .filter_map(char::from_u32)
            .collect();
        let out = markup(&format!("甲{hostile}乙"));
        assert_eq!(out, "甲\t\n\r乙");
        assert!(out.chars().all(xml_char));
        // Every character, escaped, is one XML 1.0 accepts.
        let all: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        assert!(markup(&all).chars().all(xml_char));
    }

    #[test]
    fn markdown_escapes_its_punctuation() {
        assert_eq!(
            markdown("**加粗** _x_ #1 | `code` [链接](u) <script> ~删~ a\\b"),
            "\\*\\*加粗\\*\\* \\_x\\_ \\#1 \\| \\`code\\` \\[链接\\](u) \\<script\\> \\~删\\~ a\\\\b"
        );
        assert_eq!(
            markdown("第一行\n第二行\r\n第三行"),
            "第一行 第二行  第三行"
        );
    }

    #[test]
    fn markdown_escapes_what_would_open_a_list_or_a_heading() {
        assert_eq!(markdown("1. 不是列表"), "1\\. 不是列表");
        assert_eq!(markdown("2026. 也不是"), "2026\\. 也不是");
        assert_eq!(markdown("3) 也不是"), "3\\) 也不是");
        assert_eq!(markdown("- 不是列表"), "\\- 不是列表");
        assert_eq!(markdown("+ 不是列表"), "\\+ 不是列表");
        assert_eq!(markdown("==="), "\\===");
        assert_eq!(markdown("= 不是标题线"), "\\= 不是标题线");
        assert_eq!(markdown("# 不是标题"), "\\# 不是标题");
        assert_eq!(markdown("> 不是引用"), "\\> 不是引用");
        assert_eq!(markdown("---"), "\\---");
        assert_eq!(markdown("-"), "\\-");
        // Elsewhere, or without the space a list needs, they are text.
        assert_eq!(markdown("完成1. 2-3 个 a+b=c"), "完成1. 2-3 个 a+b=c");
        assert_eq!(markdown("2026年1.5万元"), "2026年1.5万元");
        assert_eq!(markdown("94.8%/≥95.0%"), "94.8%/≥95.0%");
        assert_eq!(markdown("-5% +3 =2"), "-5% +3 =2");
        assert_eq!(
            markdown("1234567890. 十位数字不是列表"),
            "1234567890. 十位数字不是列表"
        );
    }

    #[test]
    fn markdown_escapes_an_ampersand_only_before_a_reference() {
        assert_eq!(markdown("&lt;b&gt; &#39;"), "\\&lt;b\\&gt; \\&\\#39;");
        assert_eq!(markdown("R&D 督查室 & 办公室"), "R&D 督查室 & 办公室");
    }

    #[test]
    fn markdown_reads_back_as_written() {
        for text in [
            "关于《<script>alert(1)</script>》的报告",
            "1. **x** | y & z &amp; #1 - `a` [b] ~c~ _d_ \\e",
            "- 开头",
            "=",
            "12) 第十二",
            "",
        ] {
            assert_eq!(unescape_markdown(&markdown(text)), text, "{text}");
        }
    }

    #[test]
    fn ics_text_escapes_separators_and_line_breaks() {
        assert_eq!(
            ics_text("a\\b;c,d\ne\r\nf\rg"),
            "a\\\\b\\;c\\,d\\ne\\nf\\ng"
        );
        assert_eq!(ics_text("甲\u{0}\u{1b}\u{7f}乙\t丙"), "甲乙丙");
    }
}
