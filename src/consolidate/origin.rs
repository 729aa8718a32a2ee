//! Where a unit's file comes from: the unit its name gives, the unit its
//! records are said to come from, and the id of the report it stands for.
//! Invariant: pure.

use chrono::NaiveDate;

use crate::plan::{Document, ReportId, Stamp};

use super::Incoming;

/// The unit named in an export file's name: "落实台账-秘书一处-2026-06-05.json"
/// (as [`crate::format::export_file_name`] writes it, with a browser's
/// " (1)" for a second download) gives 秘书一处; any other name gives none.
pub fn unit_from_file_name(name: &str) -> Option<String> {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base.strip_suffix(".json").unwrap_or(base);
    let stem = match stem.rfind(" (") {
        Some(i) if stem.ends_with(')') => &stem[..i],
        _ => stem,
    };
    let rest = stem.strip_prefix("落实台账-")?;
    let (unit, date) = rest.rsplit_once('-').and_then(|(a, day)| {
        let (b, month) = a.rsplit_once('-')?;
        let (unit, year) = b.rsplit_once('-')?;
        Some((unit, format!("{year}-{month}-{day}")))
    })?;
    NaiveDate::parse_from_str(&date, "%Y-%m-%d").ok()?;
    let unit = unit.trim();
    (!unit.is_empty()).then(|| unit.to_string())
}

/// Gives every record of `doc` that names no recording unit `unit`: an
/// older file's records, said to come from the unit that sent it. Their
/// stamps stay, since this says where they came from and is not an edit.
pub fn attribute(doc: &mut Document, unit: &str) {
    for a in doc.activities.iter_mut() {
        if a.recorded_by.trim().is_empty() {
            a.recorded_by = unit.to_string();
        }
    }
    for r in doc.readings.iter_mut() {
        if r.recorded_by.trim().is_empty() {
            r.recorded_by = unit.to_string();
        }
    }
}

/// FNV-1a, 64 bits, fed piece by piece.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn bytes(&mut self, bytes: &[u8]) -> &mut Fnv {
        for &b in bytes.iter().chain([&0]) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self
    }

    fn stamp(&mut self, at: &Stamp) -> &mut Fnv {
        self.bytes(&at.timestamp().to_le_bytes())
            .bytes(&at.timestamp_subsec_nanos().to_le_bytes())
    }

    /// One record: its kind's tag, its id and its stamp.
    fn record(&mut self, tag: &[u8], id: &str, at: &Stamp) -> &mut Fnv {
        self.bytes(tag).bytes(id.as_bytes()).stamp(at)
    }
}

/// The id of the report a file stands for, from the unit it is taken to
/// come from, the file's name and what the file holds: when it was
/// exported and what it covers, if it says, and every record's id and
/// stamp. The same file gives the same id on any day and in any copy, so
/// importing it again is recognised; two files that differ in what they
/// hold (two units' files of one name, one unit's months under one name,
/// an older file that gives no export date) never share one.
pub fn report_id(unit: &str, file: &Incoming) -> ReportId {
    let mut h = Fnv::new();
    h.bytes(unit.as_bytes()).bytes(file.name.as_bytes());
    ReportId(format!("rep-{:016x}", content(h, file).0))
}

/// What a file holds from `unit`, whatever its name: one key for one file
/// received twice in an import, once as "落实台账-秘书一处-2026-12-05.json"
/// and once as its browser copy "… (1).json" or from another folder.
pub fn content_key(unit: &str, file: &Incoming) -> u64 {
    let mut h = Fnv::new();
    h.bytes(unit.as_bytes()).bytes(b"content");
    content(h, file).0
}

/// `h` fed with what `file` holds (see [`report_id`]).
fn content(mut h: Fnv, file: &Incoming) -> Fnv {
    let decoded = &file.decoded;
    let doc = &decoded.document;
    match &decoded.exported_at {
        Some(at) => h.bytes(b"exported").stamp(at),
        None => h.bytes(b"-"),
    };
    match decoded.covers {
        Some((from, to)) => h
            .bytes(b"covers")
            .bytes(from.to_string().as_bytes())
            .bytes(to.to_string().as_bytes()),
        None => h.bytes(b"-"),
    };
    h.bytes(doc.plan.id.as_bytes()).stamp(&doc.plan.updated_at);
    for a in &doc.activities {
        h.record(b"a", a.id.as_str(), &a.updated_at);
    }
    for r in &doc.readings {
        h.record(b"r", r.id.as_str(), &r.updated_at);
    }
    for r in &doc.reports {
        h.record(b"p", r.id.as_str(), &r.updated_at);
    }
    for n in &doc.notices {
        h.record(b"n", n.id.as_str(), &n.updated_at);
    }
    for t in &doc.tombstones {
        h.record(b"t", &t.id, &t.deleted_at);
    }
    h
}
