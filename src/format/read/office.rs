//! The records of this version's new kinds: evidence on activities and
//! readings, units' reports and 督办通知单.

use super::super::v3::{EvidenceV3, NoticeV3, ReportV3};
use super::super::{DecodeError, Problem};
use super::{all_unique, date, invalid, non_empty_id, stamp};
use crate::plan::{Evidence, FileRef, Notice, NoticeId, ReportId, TargetId, UnitReport};

fn is_hash(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The evidence of one record; `at(j, field)` is the path of a field of
/// its `j`th piece.
pub(super) fn evidence(
    list: &[EvidenceV3],
    at: &dyn Fn(usize, &str) -> String,
) -> Result<Vec<Evidence>, DecodeError> {
    let mut out = Vec::with_capacity(list.len());
    for (j, e) in list.iter().enumerate() {
        let file = match (&e.sha256, &e.mime, e.size) {
            (None, None, None) => None,
            (Some(sha256), Some(mime), Some(size)) => {
                if !is_hash(sha256) {
                    return Err(invalid(
                        at(j, "sha256"),
                        Problem::NotAHash {
                            text: sha256.clone(),
                        },
                    ));
                }
                Some(FileRef {
                    sha256: sha256.clone(),
                    mime: mime.clone(),
                    size,
                })
            }
            _ => return Err(invalid(at(j, "sha256"), Problem::EvidenceForm)),
        };
        out.push(Evidence {
            name: e.name.clone(),
            file,
            added_at: stamp(|| at(j, "added_at"), &e.added_at)?,
        });
    }
    Ok(out)
}

pub(in crate::format) fn reports(list: Vec<ReportV3>) -> Result<Vec<UnitReport>, DecodeError> {
    let mut out = Vec::with_capacity(list.len());
    for (i, r) in list.into_iter().enumerate() {
        let at = |field: &str| format!("reports[{i}].{field}");
        non_empty_id(|| at("id"), &r.id)?;
        out.push(UnitReport {
            sent: date(|| at("sent"), &r.sent)?,
            covers_to: match &r.covers_to {
                Some(d) => Some(date(|| at("covers_to"), d)?),
                None => None,
            },
            updated_at: stamp(|| at("updated_at"), &r.updated_at)?,
            id: ReportId(r.id),
            unit: r.unit,
            file_name: r.file_name,
        });
    }
    all_unique(out.iter().map(|r| r.id.as_str()), |i| {
        format!("reports[{i}].id")
    })?;
    Ok(out)
}

pub(in crate::format) fn notices(list: Vec<NoticeV3>) -> Result<Vec<Notice>, DecodeError> {
    let mut out = Vec::with_capacity(list.len());
    for (i, n) in list.into_iter().enumerate() {
        let at = |field: &str| format!("notices[{i}].{field}");
        non_empty_id(|| at("id"), &n.id)?;
        let issued = date(|| at("issued"), &n.issued)?;
        let replied = match &n.replied {
            Some(d) => Some(date(|| at("replied"), d)?),
            None => None,
        };
        if let Some(r) = replied {
            if r < issued {
                return Err(invalid(
                    at("replied"),
                    Problem::RepliedBeforeIssued {
                        issued: n.issued.clone(),
                        replied: n.replied.clone().unwrap_or_default(),
                    },
                ));
            }
        }
        out.push(Notice {
            reply_due: date(|| at("reply_due"), &n.reply_due)?,
            updated_at: stamp(|| at("updated_at"), &n.updated_at)?,
            issued,
            replied,
            id: NoticeId(n.id),
            year: n.year,
            number: n.number,
            unit: n.unit,
            targets: n.targets.into_iter().map(TargetId).collect(),
            request: n.request,
            reply: n.reply,
        });
    }
    all_unique(out.iter().map(|n| n.id.as_str()), |i| {
        format!("notices[{i}].id")
    })?;
    Ok(out)
}
