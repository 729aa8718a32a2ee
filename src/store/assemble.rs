//! The document from its rows, whatever they hold: every row that can be
//! read loads, every other is set aside with why and its text.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::key::{RowKey, RowKind};
use super::saved::{row_hash, Saved};
use super::{stored_tombstones, tombstone_id, HEAD_ID, SECTION_PREFIX};
use crate::format::stored::{self as form, Meta, Summary, LAYOUT, RECORD_VERSION};
use crate::format::DecodeError;
use crate::plan::{Activity, Document, Notice, Reading, Tombstone, UnitReport};

/// Why the stored document cannot be assembled at all. The rows are
/// unchanged: the caller keeps them (the recovery copy) and writes nothing
/// over them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// No row of this document is stored.
    #[error("no document of the plan \"{doc}\" is stored")]
    NotStored {
        /// The plan's id asked for.
        doc: String,
    },
    /// Records are stored but not the plan's head row.
    #[error("{rows} stored rows have no plan: the plan's own row is missing")]
    NoPlan {
        /// How many rows of the document there are.
        rows: usize,
    },
    /// The plan's head row cannot be read.
    #[error("the stored plan cannot be read: {0}")]
    Plan(DecodeError),
    /// The meta row cannot be read, so the versions of the rows are unknown.
    #[error("the stored document's versions cannot be read: {0}")]
    Meta(DecodeError),
    /// The rows were written by a newer version of Luoshi.
    #[error("the stored document was written by a newer version of Luoshi (records of version {format}, layout {layout}; this app reads up to {RECORD_VERSION} and {LAYOUT})")]
    Newer {
        /// The records' format version.
        format: u32,
        /// The layout's version.
        layout: u32,
    },
}

impl StoreError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            StoreError::NotStored { doc } => format!("浏览器中没有计划“{doc}”的数据"),
            StoreError::NoPlan { rows } => {
                format!("已保存的 {rows} 条数据缺少计划本身，无法载入")
            }
            StoreError::Plan(e) => format!("已保存的计划无法读取：{}", e.message_zh()),
            StoreError::Meta(e) => format!("已保存数据的版本信息无法读取：{}", e.message_zh()),
            StoreError::Newer { format, layout } => format!(
                "已保存的数据由更新版本的落实写入（记录版本 {format}，存储结构 {layout}；本版本最高读取 {RECORD_VERSION} 和 {LAYOUT}）"
            ),
        }
    }
}

/// Why one row was set aside.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Why {
    /// The record in it cannot be read.
    #[error("{0}")]
    Record(DecodeError),
    /// It holds another record than its key names.
    #[error("the row stored as \"{stored}\" holds the record \"{holds}\"")]
    NotItsKey {
        /// The id its key names.
        stored: String,
        /// The id of the record it holds.
        holds: String,
    },
    /// Its key is of this document but names nothing this version knows.
    #[error("the row's key names nothing this version of Luoshi knows")]
    UnknownKey,
    /// Its key was given twice with different texts; the first was read.
    #[error("the row is stored twice with different contents")]
    Twice,
    /// A section the plan lists has no row (no text to keep).
    #[error("the plan lists the section \"{0}\", which is not stored")]
    MissingSection(String),
    /// A row of many records (`super::pack`) cannot be read: every record
    /// in it is set aside with it.
    #[error("a row holding many records cannot be read")]
    Pack,
}

impl Why {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            Why::Record(e) => e.message_zh(),
            Why::NotItsKey { stored, holds } => {
                format!("以“{stored}”保存的记录实为“{holds}”")
            }
            Why::UnknownKey => "该条数据的键无法识别（本版本不认识）".to_string(),
            Why::Twice => "同一条数据保存了两份且内容不同".to_string(),
            Why::MissingSection(id) => format!("计划列有部分“{id}”，但未找到其数据"),
            Why::Pack => "一组记录（多条合存的一行）无法读取".to_string(),
        }
    }
}

/// A row that could not be read: its key and text, kept whole for the
/// recovery copy, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The row's key as stored.
    pub key: String,
    /// Its text as stored.
    pub value: String,
    /// Why it could not be read.
    pub why: Why,
}

/// The document assembled from its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Assembled {
    /// Every record that could be read, in [`super::stored_order`].
    pub doc: Document,
    /// Rows set aside, in key order.
    pub unreadable: Vec<Unreadable>,
    /// The meta row, when there is one.
    pub meta: Option<Meta>,
    /// The summary row, when there is one that can be read.
    pub summary: Option<Summary>,
    /// Records the meta row counts that are neither loaded nor set aside.
    pub missing: u64,
    /// The index of the rows loaded (not those set aside): what the next
    /// save compares with ([`Saved::delta`]).
    pub saved: Saved,
}

/// One kind's records as read, with their days and places.
struct Placed<R> {
    list: Vec<(NaiveDate, u32, String, R)>,
}

impl<R> Placed<R> {
    fn new() -> Self {
        Placed { list: Vec::new() }
    }

    fn into_sorted(mut self) -> Vec<R> {
        self.list
            .sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
        self.list.into_iter().map(|(_, _, _, r)| r).collect()
    }
}

/// Reads a record of one kind into `into` and its row into the index, or
/// sets the row aside. `row` is the key's text, the value, the key and the
/// value's hash.
fn take<R>(
    row: (String, String, RowKey, u64),
    read: impl Fn(&str) -> Result<(R, u32), DecodeError>,
    id: impl Fn(&R) -> &str,
    day: impl Fn(&R) -> NaiveDate,
    into: &mut Placed<R>,
    aside: &mut Vec<Unreadable>,
    saved: &mut Saved,
) {
    let (key, value, k, h) = row;
    match read(&value) {
        Ok((r, _)) if id(&r) != k.id => {
            aside.push(Unreadable {
                why: Why::NotItsKey {
                    stored: k.id,
                    holds: id(&r).to_string(),
                },
                key,
                value,
            });
        }
        Ok((r, n)) => {
            let d = day(&r);
            saved.insert_row(k.kind, &k.id, h, Some((d, n)));
            into.list.push((d, n, k.id, r));
        }
        Err(e) => {
            aside.push(Unreadable {
                key,
                value,
                why: Why::Record(e),
            });
        }
    }
}

/// The document `doc_id` from stored rows (key and value text, in any
/// order; rows of other documents are ignored). Never panics.
pub fn assemble(
    doc_id: &str,
    rows: impl IntoIterator<Item = (String, String)>,
) -> Result<Assembled, StoreError> {
    let prefix = RowKey::doc_prefix(doc_id);
    let mut aside: Vec<Unreadable> = Vec::new();
    let mut head: Option<String> = None;
    let mut sections: Vec<(String, String)> = Vec::new();
    let mut section_keys: Vec<String> = Vec::new();
    let mut meta_text: Option<String> = None;
    let mut summary_text: Option<String> = None;
    let mut activities: Placed<Activity> = Placed::new();
    let mut readings: Placed<Reading> = Placed::new();
    let mut reports: Placed<UnitReport> = Placed::new();
    let mut notices: Placed<Notice> = Placed::new();
    let mut tombstones: Vec<Tombstone> = Vec::new();
    let mut count = 0usize;
    let rows = rows.into_iter();
    let expected = rows.size_hint().0;
    // Each key's hash with its text's: the key's hash stands for the key
    // (two keys share one with a chance of 2⁻⁶⁴, as in the index).
    let mut texts: HashMap<u64, u64> = HashMap::with_capacity(expected);
    let mut saved = Saved::of_doc_sized(doc_id, expected);
    for (key, value) in rows {
        if !key.starts_with(&prefix) {
            continue;
        }
        count += 1;
        // The same key twice: the same text is one row; another text is
        // set aside, the first kept.
        let h = row_hash(&value);
        match texts.entry(row_hash(&key)) {
            Entry::Occupied(first) => {
                if *first.get() != h {
                    aside.push(Unreadable {
                        key,
                        value,
                        why: Why::Twice,
                    });
                }
                continue;
            }
            Entry::Vacant(slot) => {
                slot.insert(h);
            }
        }
        let Some(k) = RowKey::decode(&key).filter(|k| k.doc == doc_id) else {
            aside.push(Unreadable {
                key,
                value,
                why: Why::UnknownKey,
            });
            continue;
        };
        match k.kind {
            RowKind::Meta if k.id.is_empty() => meta_text = Some(value),
            RowKind::Summary if k.id.is_empty() => summary_text = Some(value),
            RowKind::PlanPart if k.id == HEAD_ID => {
                saved.insert_row(k.kind, &k.id, h, None);
                head = Some(value);
            }
            RowKind::PlanPart if k.id.starts_with(SECTION_PREFIX) => {
                saved.insert_row(k.kind, &k.id, h, None);
                sections.push((k.id[SECTION_PREFIX.len()..].to_string(), value));
                section_keys.push(key);
            }
            RowKind::Activity => take(
                (key, value, k, h),
                form::decode_activity,
                |a| a.id.as_str(),
                |a| a.date,
                &mut activities,
                &mut aside,
                &mut saved,
            ),
            RowKind::Reading => take(
                (key, value, k, h),
                form::decode_reading,
                |r| r.id.as_str(),
                |r| r.date,
                &mut readings,
                &mut aside,
                &mut saved,
            ),
            RowKind::Report => take(
                (key, value, k, h),
                form::decode_report,
                |r| r.id.as_str(),
                |r| r.sent,
                &mut reports,
                &mut aside,
                &mut saved,
            ),
            RowKind::Notice => take(
                (key, value, k, h),
                form::decode_notice,
                |x| x.id.as_str(),
                |x| x.issued,
                &mut notices,
                &mut aside,
                &mut saved,
            ),
            RowKind::Tombstone => match form::decode_tombstone(&value) {
                Ok(t) if tombstone_id(&t) == k.id => {
                    saved.insert_row(k.kind, &k.id, h, None);
                    tombstones.push(t);
                }
                Ok(t) => aside.push(Unreadable {
                    key,
                    value,
                    why: Why::NotItsKey {
                        stored: k.id,
                        holds: tombstone_id(&t),
                    },
                }),
                Err(e) => aside.push(Unreadable {
                    key,
                    value,
                    why: Why::Record(e),
                }),
            },
            _ => aside.push(Unreadable {
                key,
                value,
                why: Why::UnknownKey,
            }),
        }
    }
    if count == 0 {
        return Err(StoreError::NotStored {
            doc: doc_id.to_string(),
        });
    }
    let meta = match meta_text {
        Some(text) => Some(form::decode_meta(&text).map_err(StoreError::Meta)?),
        None => None,
    };
    if let Some(m) = &meta {
        if m.format > RECORD_VERSION || m.layout > LAYOUT {
            return Err(StoreError::Newer {
                format: m.format,
                layout: m.layout,
            });
        }
    }
    let Some(head) = head else {
        return Err(StoreError::NoPlan { rows: count });
    };
    let plan = form::decode_plan(&head, &sections).map_err(StoreError::Plan)?;
    for (id, e) in plan.unreadable {
        saved.remove_row(RowKind::PlanPart, &format!("{SECTION_PREFIX}{id}"));
        let at = sections.iter().position(|(k, _)| *k == id);
        let (key, value) = match at {
            Some(i) => (section_keys[i].clone(), sections[i].1.clone()),
            None => (String::new(), String::new()),
        };
        aside.push(Unreadable {
            key,
            value,
            why: Why::Record(e),
        });
    }
    for id in plan.missing {
        aside.push(Unreadable {
            key: RowKey::new(doc_id, RowKind::PlanPart, format!("{SECTION_PREFIX}{id}")).encode(),
            value: String::new(),
            why: Why::MissingSection(id),
        });
    }
    let doc = Document {
        unit: plan.unit,
        plan: plan.plan,
        activities: activities.into_sorted(),
        readings: readings.into_sorted(),
        reports: reports.into_sorted(),
        notices: notices.into_sorted(),
        tombstones: stored_tombstones(&tombstones),
    };
    let aside_records = aside
        .iter()
        .filter(|u| {
            RowKey::decode(&u.key).is_some_and(|k| {
                !matches!(k.kind, RowKind::Meta | RowKind::Summary | RowKind::PlanPart)
            })
        })
        .count() as u64;
    let missing = meta.as_ref().map_or(0, |m| {
        m.records
            .saturating_sub(super::record_count(&doc) + aside_records)
    });
    let summary = summary_text.and_then(|t| form::decode_summary(&t).ok());
    aside.sort_by(|a, b| a.key.cmp(&b.key));
    Ok(Assembled {
        doc,
        unreadable: aside,
        meta,
        summary,
        missing,
        saved,
    })
}
