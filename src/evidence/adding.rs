//! Adding files to a record's evidence: the name each one is kept under and
//! which are already there. A pasted screenshot arrives from the browser as
//! "image.png" every time; it is named from the moment it was pasted
//! ("截图-20261207-105300.png"), and every name is made distinct within the
//! record ("…-2.png"), so the 佐证材料 column and the report's annex tell
//! them apart. A file whose bytes (SHA-256) the record already holds, or
//! that came twice in one drop, is added once and reported. Pure: the
//! moment is a parameter.

use std::collections::BTreeSet;

use crate::plan::{Evidence, FileRef, Stamp};

/// A file about to be attached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// Its name as the browser gave it (may be empty).
    pub name: String,
    /// Whether it came from the clipboard (a paste), not a picked or
    /// dropped file.
    pub pasted: bool,
    /// The stored file it is.
    pub file: FileRef,
}

/// A file not added because the record already holds the same bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    /// The name it came with (or was given).
    pub name: String,
    /// The name of the entry holding the same file.
    pub same_as: String,
}

/// What attaching a batch does to a record.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Additions {
    /// The new entries, each with its distinct name.
    pub added: Vec<Evidence>,
    /// The files left out as already there.
    pub duplicates: Vec<Duplicate>,
}

/// The name of a screenshot pasted at `now`: `{prefix}-YYYYMMDD-HHMMSS.ext`,
/// the time of day as the stamp's own clock reads it, the extension from
/// the media type.
pub fn screenshot_name(prefix: &str, now: Stamp, mime: &str) -> String {
    let ext = match mime {
        "image/jpeg" => "jpg",
        "image/gif" => "gif",
        "image/webp" => "webp",
        "image/bmp" => "bmp",
        _ => "png",
    };
    format!("{prefix}-{}.{ext}", now.format("%Y%m%d-%H%M%S"))
}

/// `name` made distinct from every name in `taken` by a number before the
/// extension: "截图-20261207-105300.png" → "截图-20261207-105300-2.png".
fn distinct(name: &str, taken: &BTreeSet<String>) -> String {
    if !taken.contains(name) {
        return name.to_string();
    }
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if dot > 0 => (&name[..dot], &name[dot..]),
        _ => (name, ""),
    };
    (2u32..)
        .map(|n| format!("{stem}-{n}{ext}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| name.to_string())
}

/// Adds `incoming` to a record holding `existing`, at `now`: a pasted file
/// (or one without a name) is named from `now` with `prefix`; every name is
/// made distinct within the record; a file whose SHA-256 the record (or the
/// batch before it) already holds is left out and listed.
pub fn additions(
    existing: &[Evidence],
    incoming: Vec<Incoming>,
    prefix: &str,
    now: Stamp,
) -> Additions {
    let mut held: Vec<(String, String)> = existing
        .iter()
        .filter_map(|e| e.file.as_ref().map(|f| (f.sha256.clone(), e.name.clone())))
        .collect();
    let mut taken: BTreeSet<String> = existing.iter().map(|e| e.name.clone()).collect();
    let mut out = Additions::default();
    for Incoming { name, pasted, file } in incoming {
        let given = if pasted || name.trim().is_empty() {
            screenshot_name(prefix, now, &file.mime)
        } else {
            name.trim().to_string()
        };
        if let Some((_, same_as)) = held.iter().find(|(sha, _)| *sha == file.sha256) {
            out.duplicates.push(Duplicate {
                name: given,
                same_as: same_as.clone(),
            });
            continue;
        }
        let name = distinct(&given, &taken);
        taken.insert(name.clone());
        held.push((file.sha256.clone(), name.clone()));
        out.added.push(Evidence {
            name,
            file: Some(file),
            added_at: now,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn at(s: &str) -> Stamp {
        DateTime::parse_from_rfc3339(s).expect("test stamp")
    }

    fn file(sha: char, mime: &str) -> FileRef {
        FileRef {
            sha256: sha.to_string().repeat(64),
            mime: mime.into(),
            size: 10,
        }
    }

    fn pasted(sha: char) -> Incoming {
        // Chrome names every pasted image "image.png".
        Incoming {
            name: "image.png".into(),
            pasted: true,
            file: file(sha, "image/png"),
        }
    }

    fn names(a: &Additions) -> Vec<&str> {
        a.added.iter().map(|e| e.name.as_str()).collect()
    }

    #[test]
    fn pasted_screenshots_are_named_from_the_moment_and_kept_apart() {
        let now = at("2026-12-07T10:53:00+08:00");
        let a = additions(&[], vec![pasted('a'), pasted('b')], "截图", now);
        assert_eq!(
            names(&a),
            ["截图-20261207-105300.png", "截图-20261207-105300-2.png"]
        );
        assert_eq!(a.duplicates, []);
        // A later paste into the same record, a second later, and one in
        // the same second as an entry it holds.
        let later = additions(
            &a.added,
            vec![pasted('c')],
            "截图",
            at("2026-12-07T10:53:01+08:00"),
        );
        assert_eq!(names(&later), ["截图-20261207-105301.png"]);
        let same = additions(&a.added, vec![pasted('d')], "截图", now);
        assert_eq!(names(&same), ["截图-20261207-105300-3.png"]);
        // A JPEG keeps its kind; English names say Screenshot.
        let mut jpeg = pasted('e');
        jpeg.file.mime = "image/jpeg".into();
        assert_eq!(
            names(&additions(&[], vec![jpeg], "Screenshot", now)),
            ["Screenshot-20261207-105300.jpg"]
        );
    }

    #[test]
    fn a_picked_file_keeps_its_name_made_distinct() {
        let now = at("2026-12-07T10:53:00+08:00");
        let picked = |name: &str, sha: char| Incoming {
            name: name.into(),
            pasted: false,
            file: file(sha, "application/pdf"),
        };
        let a = additions(
            &[],
            vec![
                picked("会议纪要.pdf", 'a'),
                picked("会议纪要.pdf", 'b'),
                picked(" ", 'c'),
            ],
            "截图",
            now,
        );
        assert_eq!(
            names(&a),
            ["会议纪要.pdf", "会议纪要-2.pdf", "截图-20261207-105300.png"]
        );
    }

    #[test]
    fn the_same_file_twice_is_added_once_and_reported() {
        let now = at("2026-12-07T10:53:00+08:00");
        let first = additions(&[], vec![pasted('a')], "截图", now);
        // The same bytes again, pasted later, and twice in one drop.
        let again = additions(
            &first.added,
            vec![pasted('a')],
            "截图",
            at("2026-12-07T11:00:00+08:00"),
        );
        assert_eq!(again.added, []);
        assert_eq!(
            again.duplicates,
            [Duplicate {
                name: "截图-20261207-110000.png".into(),
                same_as: "截图-20261207-105300.png".into()
            }]
        );
        let twice = additions(&[], vec![pasted('b'), pasted('b')], "截图", now);
        assert_eq!(names(&twice), ["截图-20261207-105300.png"]);
        assert_eq!(twice.duplicates.len(), 1);
        assert_eq!(twice.duplicates[0].same_as, "截图-20261207-105300.png");
    }
}
