//! Word's automatic numbering: the numbers Word draws before a paragraph
//! (一、 （一） 1. （1）) from `word/numbering.xml`, which the paragraph's
//! text in `document.xml` does not hold. Each list counts on from where it
//! was; a level restarts when a level above it moves on.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// One level of a list: how its number is written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Level {
    /// `decimal`, `chineseCounting`, `bullet`, …
    format: String,
    /// The label with `%1`…`%9` for the numbers of levels 1–9.
    text: String,
    /// The first number.
    start: u32,
}

/// The lists of a document and where each has counted to.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    /// Abstract list id → its levels by `ilvl`.
    abstracts: HashMap<String, HashMap<u8, Level>>,
    /// List instance (`numId`) → its abstract list.
    nums: HashMap<String, String>,
    /// Per abstract list, the count of each level (0: not yet counted).
    counts: HashMap<String, [u32; 9]>,
    /// Paragraph style id → its list (`numId`, `ilvl`).
    pub styles: HashMap<String, (String, u8)>,
}

/// The value of an element's `w:val` attribute.
pub(crate) fn val(e: &BytesStart) -> Option<String> {
    attr(e, "val")
}

/// An attribute of an element by its local name. Ids and labels are plain
/// text; the five predefined entities are resolved.
fn attr(e: &BytesStart, name: &str) -> Option<String> {
    let a = e
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().into_inner() == name)?;
    let raw: &str = &a.value;
    Some(
        raw.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&"),
    )
}

impl Numbering {
    /// Reads `word/numbering.xml` and `word/styles.xml` (either may be
    /// empty); what cannot be read numbers nothing.
    pub fn read(numbering: &str, styles: &str) -> Numbering {
        let mut n = Numbering::default();
        let mut reader = Reader::from_str(numbering);
        let mut abstract_id = None;
        let mut level: Option<(u8, Level)> = None;
        let mut num_id = None;
        while let Ok(event) = reader.read_event() {
            match event {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "abstractNum" => abstract_id = attr(&e, "abstractNumId"),
                    "lvl" => {
                        let ilvl = attr(&e, "ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        level = Some((
                            ilvl,
                            Level {
                                start: 1,
                                ..Level::default()
                            },
                        ));
                    }
                    "numFmt" => {
                        if let (Some((_, l)), Some(v)) = (level.as_mut(), val(&e)) {
                            l.format = v;
                        }
                    }
                    "lvlText" => {
                        if let (Some((_, l)), Some(v)) = (level.as_mut(), val(&e)) {
                            l.text = v;
                        }
                    }
                    "start" => {
                        if let (Some((_, l)), Some(v)) = (level.as_mut(), val(&e)) {
                            l.start = v.parse().unwrap_or(1);
                        }
                    }
                    "num" => num_id = attr(&e, "numId"),
                    "abstractNumId" => {
                        if let (Some(id), Some(v)) = (num_id.clone(), val(&e)) {
                            n.nums.insert(id, v);
                        }
                    }
                    _ => {}
                },
                Event::End(e) => match e.local_name().as_ref() {
                    "lvl" => {
                        if let (Some(a), Some((ilvl, l))) = (abstract_id.clone(), level.take()) {
                            n.abstracts.entry(a).or_default().insert(ilvl, l);
                        }
                    }
                    "abstractNum" => abstract_id = None,
                    "num" => num_id = None,
                    _ => {}
                },
                Event::Eof => break,
                _ => {}
            }
        }
        let mut reader = Reader::from_str(styles);
        let mut style = None;
        let mut list: (Option<String>, u8) = (None, 0);
        while let Ok(event) = reader.read_event() {
            match event {
                Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                    "style" => {
                        style = attr(&e, "styleId");
                        list = (None, 0);
                    }
                    "numId" => list.0 = val(&e),
                    "ilvl" => list.1 = val(&e).and_then(|v| v.parse().ok()).unwrap_or(0),
                    _ => {}
                },
                Event::End(e) if e.local_name().as_ref() == "style" => {
                    if let (Some(s), Some(id)) = (style.take(), list.0.take()) {
                        n.styles.insert(s, (id, list.1));
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        n
    }

    /// The label Word draws before the next paragraph of list `num_id` at
    /// level `ilvl` (一、, （二）, 3.), counting it; empty for a bullet or a
    /// list the document does not define.
    pub fn next(&mut self, num_id: &str, ilvl: u8) -> String {
        let Some(abstract_id) = self.nums.get(num_id).cloned() else {
            return String::new();
        };
        let Some(levels) = self.abstracts.get(&abstract_id) else {
            return String::new();
        };
        let Some(level) = levels.get(&ilvl) else {
            return String::new();
        };
        if level.format == "bullet" || level.format == "none" {
            return String::new();
        }
        let i = usize::from(ilvl.min(8));
        let counts = self.counts.entry(abstract_id.clone()).or_insert([0; 9]);
        counts[i] = if counts[i] == 0 {
            level.start.max(1)
        } else {
            counts[i] + 1
        };
        for c in counts.iter_mut().skip(i + 1) {
            *c = 0;
        }
        let counts = *counts;
        let mut out = level.text.clone();
        for k in (1..=9u8).rev() {
            let key = format!("%{k}");
            if out.contains(&key) {
                let l = levels
                    .get(&(k - 1))
                    .map_or("decimal", |l| l.format.as_str());
                let v = counts[usize::from(k - 1)].max(1);
                out = out.replace(&key, &written(v, l));
            }
        }
        out
    }
}

/// A number as a list format writes it: 3, 三, 十二.
fn written(v: u32, format: &str) -> String {
    if !format.starts_with("chinese")
        && !format.starts_with("japanese")
        && format != "ideographDigital"
    {
        return v.to_string();
    }
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match v {
        0..=9 => DIGITS[v as usize].to_string(),
        10..=19 => format!(
            "十{}",
            if v == 10 {
                ""
            } else {
                DIGITS[(v - 10) as usize]
            }
        ),
        20..=99 => format!(
            "{}十{}",
            DIGITS[(v / 10) as usize],
            if v.is_multiple_of(10) {
                ""
            } else {
                DIGITS[(v % 10) as usize]
            }
        ),
        _ => v.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_count_and_restart() {
        let xml = r#"<w:numbering xmlns:w="x">
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
            <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
          </w:numbering>"#;
        let mut n = Numbering::read(xml, "");
        let got: Vec<String> = [
            (0, "5"),
            (1, "5"),
            (2, "5"),
            (2, "5"),
            (1, "5"),
            (2, "5"),
            (0, "5"),
            (0, "6"),
        ]
        .iter()
        .map(|(l, id)| n.next(id, *l))
        .collect();
        assert_eq!(
            got,
            ["一、", "（一）", "1.", "2.", "（二）", "1.", "二、", ""]
        );
        assert_eq!(written(12, "chineseCounting"), "十二");
        assert_eq!(written(21, "chineseCountingThousand"), "二十一");
    }
}
