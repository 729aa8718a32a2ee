//! The report as a Word document (.docx): a minimal WordprocessingML
//! package, its XML written by hand (no docx or XML crate in the browser
//! bundle for one download) into a stored zip written by the zip crate
//! (`report/zip.rs`), the same crate that reads and writes every other
//! archive.
//!
//! Styles follow the layout of official documents (GB/T 9704): A4 with
//! 37/35/28/26 mm margins, the title in 小标宋 二号 centred, the body in
//! 仿宋_GB2312 三号 with a two-character first-line indent and 28 pt lines,
//! part headings in 黑体, leads in 楷体 bold, the signature right-aligned.

use super::zip::stored_zip;
use super::{Paragraph, Report};
use crate::escape::markup;

/// The MIME type of a .docx file, for downloads.
pub const MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

/// A run of text, with a character style if given.
pub fn run(text: &str, style: Option<&str>) -> String {
    let props = match style {
        Some(s) => format!("<w:rPr><w:rStyle w:val=\"{s}\"/></w:rPr>"),
        None => String::new(),
    };
    format!(
        "<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        // A run holds no tab or line break (WordprocessingML writes them as
        // elements of their own): each is a space.
        markup(&text.replace(['\t', '\n', '\r'], " "))
    )
}

fn para(style: Option<&str>, runs: &str) -> String {
    let props = match style {
        Some(s) => format!("<w:pPr><w:pStyle w:val=\"{s}\"/></w:pPr>"),
        None => String::new(),
    };
    format!("<w:p>{props}{runs}</w:p>")
}

fn body_paragraph(p: &Paragraph) -> String {
    let mut runs = String::new();
    if let Some(lead) = &p.lead {
        runs.push_str(&run(lead, Some("Lead")));
    }
    runs.push_str(&run(&p.text, None));
    para(None, &runs)
}

/// word/document.xml of the report.
pub fn document_xml(report: &Report) -> String {
    let mut body = String::new();
    body.push_str(&para(Some("Title"), &run(&report.title, None)));
    for p in &report.opening {
        body.push_str(&body_paragraph(p));
    }
    for part in &report.parts {
        body.push_str(&para(Some("Heading1"), &run(&part.heading, None)));
        for p in &part.paragraphs {
            body.push_str(&body_paragraph(p));
        }
    }
    for (i, line) in report.signature.iter().enumerate() {
        let style = if i == 0 { "Signature" } else { "SignatureNext" };
        body.push_str(&para(Some(style), &run(line, None)));
    }
    wrap_body(&body)
}

/// A whole word/document.xml around the paragraphs `body`, on A4 with the
/// margins of GB/T 9704.
pub fn wrap_body(body: &str) -> String {
    format!(
        "{XML_HEAD}<w:document xmlns:w=\"{W_NS}\"><w:body>{body}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    )
}

fn fonts(east_asia: &str) -> String {
    format!(
        "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"{east_asia}\" w:cs=\"Times New Roman\"/>"
    )
}

fn styles_xml() -> String {
    let body_font = fonts("仿宋_GB2312");
    format!(
        "{XML_HEAD}<w:styles xmlns:w=\"{W_NS}\">\
<w:docDefaults><w:rPrDefault><w:rPr>{body_font}<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>\
<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"560\" w:line=\"720\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>{}<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr>{}</w:rPr></w:style>\
<w:style w:type=\"character\" w:styleId=\"Lead\"><w:name w:val=\"Lead\"/><w:rPr>{}<w:b/></w:rPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"Signature\"><w:name w:val=\"Signature\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:before=\"560\"/><w:ind w:firstLineChars=\"0\" w:firstLine=\"0\" w:rightChars=\"200\" w:right=\"640\"/><w:jc w:val=\"right\"/></w:pPr></w:style>\
<w:style w:type=\"paragraph\" w:styleId=\"SignatureNext\"><w:name w:val=\"Signature Next\"/><w:basedOn w:val=\"Signature\"/><w:pPr><w:spacing w:before=\"0\"/></w:pPr></w:style>\
</w:styles>",
        fonts("方正小标宋简体"),
        fonts("黑体"),
        fonts("楷体_GB2312"),
    )
}

fn font_table_xml() -> String {
    let font = |name: &str, alt: &str| {
        format!("<w:font w:name=\"{name}\"><w:altName w:val=\"{alt}\"/><w:charset w:val=\"86\"/></w:font>")
    };
    format!(
        "{XML_HEAD}<w:fonts xmlns:w=\"{W_NS}\">{}{}{}{}</w:fonts>",
        font("仿宋_GB2312", "仿宋"),
        font("方正小标宋简体", "宋体"),
        font("黑体", "SimHei"),
        font("楷体_GB2312", "楷体"),
    )
}

const CONTENT_TYPES: &str = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>\
</Relationships>";

/// The report as the bytes of a .docx file.
pub fn render_docx(report: &Report) -> Vec<u8> {
    package(document_xml(report))
}

/// A .docx package around `document_xml` (a whole word/document.xml), with
/// the report's styles (Title, Heading1, Lead, Signature, SignatureNext) and
/// fonts, for other documents in the same 公文 form (`crate::duban`).
pub fn package(document_xml: String) -> Vec<u8> {
    let with_head = |s: &str| format!("{XML_HEAD}{s}").into_bytes();
    stored_zip(&[
        ("[Content_Types].xml", with_head(CONTENT_TYPES)),
        ("_rels/.rels", with_head(ROOT_RELS)),
        ("word/_rels/document.xml.rels", with_head(DOCUMENT_RELS)),
        ("word/document.xml", document_xml.into_bytes()),
        ("word/styles.xml", styles_xml().into_bytes()),
        ("word/fontTable.xml", font_table_xml().into_bytes()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_escapes_drops_forbidden_characters_and_folds_breaks() {
        assert_eq!(
            run("a<b>&\"'\u{1}c\nd\te", None),
            "<w:r><w:t xml:space=\"preserve\">a&lt;b&gt;&amp;&quot;&#39;c d e</w:t></w:r>"
        );
    }
}
