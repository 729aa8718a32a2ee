//! Row keys: which document, which kind of row, which record.
//!
//! A key is text, `luoshi/<n>:<doc>/<kind>/<id>` (the id empty for the
//! meta and summary rows), where `<n>` is the
//! length in bytes of the document's id (the plan's id, any text), so that
//! every key decodes back to its parts whatever the ids hold, and every row
//! of one document shares the prefix [`RowKey::doc_prefix`] and no other
//! document's row starts with it. Keys order as text: the rows of one
//! document are one range, [`RowKey::doc_prefix`] to [`RowKey::doc_end`].

/// What a row holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RowKind {
    /// Revision, versions, when saved, how many records (id empty).
    Meta,
    /// What the first screen shows, with its revision (id empty).
    Summary,
    /// The plan's head (id `plan`: the document's unit, the plan's own
    /// fields, its roster, units and sections' order) or one section with
    /// its targets (id `s:<section id>`).
    PlanPart,
    /// An activity, by id.
    Activity,
    /// A reading, by id.
    Reading,
    /// A unit's report received, by id.
    Report,
    /// A 督办通知单, by id.
    Notice,
    /// A tombstone, by `<kind>:<id>` (`activity:a-17`).
    Tombstone,
    /// Many records' rows in one (`super::pack`), by
    /// `<revision>.<n>.<writer>`.
    Pack,
}

const KINDS: [(RowKind, &str); 9] = [
    (RowKind::Meta, "meta"),
    (RowKind::Summary, "summary"),
    (RowKind::PlanPart, "plan"),
    (RowKind::Activity, "activity"),
    (RowKind::Reading, "reading"),
    (RowKind::Report, "report"),
    (RowKind::Notice, "notice"),
    (RowKind::Tombstone, "tombstone"),
    (RowKind::Pack, "pack"),
];

impl RowKind {
    /// The kind's name in keys.
    pub fn as_str(self) -> &'static str {
        KINDS
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("", |(_, name)| name)
    }

    fn from_name(name: &str) -> Option<RowKind> {
        KINDS.iter().find(|(_, n)| *n == name).map(|(k, _)| *k)
    }
}

/// The key of one row.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RowKey {
    /// The document: its plan's id (may be empty: a plan from a file older
    /// than version 3).
    pub doc: String,
    /// What the row holds.
    pub kind: RowKind,
    /// Which record (empty for the meta and summary rows).
    pub id: String,
}

/// The first characters of every key.
pub const ROOT: &str = "luoshi/";

impl RowKey {
    /// A key.
    pub fn new(doc: &str, kind: RowKind, id: impl Into<String>) -> RowKey {
        RowKey {
            doc: doc.to_string(),
            kind,
            id: id.into(),
        }
    }

    /// The meta row's key of `doc`.
    pub fn meta(doc: &str) -> RowKey {
        RowKey::new(doc, RowKind::Meta, "")
    }

    /// The summary row's key of `doc`.
    pub fn summary(doc: &str) -> RowKey {
        RowKey::new(doc, RowKind::Summary, "")
    }

    /// The key as text.
    pub fn encode(&self) -> String {
        format!(
            "{}{}/{}",
            RowKey::doc_prefix(&self.doc),
            self.kind.as_str(),
            self.id
        )
    }

    /// A key from its text; `None` for text that is not a row key.
    pub fn decode(text: &str) -> Option<RowKey> {
        let rest = text.strip_prefix(ROOT)?;
        let (len, rest) = rest.split_once(':')?;
        if len.is_empty() || !len.bytes().all(|b| b.is_ascii_digit()) || len.len() > 9 {
            return None;
        }
        let len: usize = len.parse().ok()?;
        if !rest.is_char_boundary(len.min(rest.len())) || rest.len() <= len {
            return None;
        }
        let (doc, rest) = rest.split_at(len);
        let rest = rest.strip_prefix('/')?;
        let (kind, id) = rest.split_once('/')?;
        let kind = RowKind::from_name(kind)?;
        Some(RowKey::new(doc, kind, id))
    }

    /// The first characters of every key of `doc`: the start of its range.
    pub fn doc_prefix(doc: &str) -> String {
        format!("{ROOT}{}:{doc}/", doc.len())
    }

    /// The end of `doc`'s range, excluded: the prefix with its last `/`
    /// replaced by the next character, `0`.
    pub fn doc_end(doc: &str) -> String {
        format!("{ROOT}{}:{doc}0", doc.len())
    }
}
