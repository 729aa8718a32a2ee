//! From the domain model to the current file version's serde types.
//!
//! Writing cannot fail: every domain value has its file form. Empty and
//! default fields are left for the serde types to omit. A target's kind is
//! written by `goal.rs`, dates by `day.rs`.

use chrono::{Datelike, SecondsFormat, Timelike};

use super::day::{date_text, digits};
use super::goal;
use super::v1::Decimal;
use super::v2::{PersonV2, UnitV2};
use super::v3::{
    ActivityV3, CoversV3, DocumentV3, EvidenceV3, NoticeV3, PaceV3, PlanV3, ReadingV3,
    RecordKindV3, ReportV3, ReportingV3, RulesV3, SectionV3, TargetV3, TombstoneV3,
};
use super::{CURRENT_VERSION, FORMAT_NAME};
use crate::plan::{
    Activity, Document, Evidence, Notice, Pace, PartKey, Plan, Reading, ReadingValue, RecordKind,
    Reporting, Rules, Section, SectionId, Stamp, Target, TargetId, Tombstone, UnitReport,
};

/// The stamp as RFC 3339 in its own offset, with as many fractional digits
/// as it has (0, 3, 6 or 9): `2026-11-30T09:05:07.250+08:00`.
///
/// Written out by hand for the stamps the app makes (a four-digit year, an
/// offset of whole minutes, no leap second), since a ledger has one per
/// record and chrono's general writer was a tenth of a save; anything else
/// goes through chrono, whose text this is byte for byte (tested below).
fn stamp_text(s: &Stamp) -> String {
    let local = s.naive_local();
    let (year, nanos) = (local.year(), local.nanosecond());
    let offset = s.offset().local_minus_utc();
    if !(0..=9999).contains(&year) || offset % 60 != 0 || nanos >= 1_000_000_000 {
        return s.to_rfc3339_opts(SecondsFormat::AutoSi, false);
    }
    let two = |out: &mut Vec<u8>, n: u32| digits(out, n, 2);
    let mut out = Vec::with_capacity(35);
    digits(&mut out, year as u32, 4);
    out.push(b'-');
    two(&mut out, local.month());
    out.push(b'-');
    two(&mut out, local.day());
    out.push(b'T');
    two(&mut out, local.hour());
    out.push(b':');
    two(&mut out, local.minute());
    out.push(b':');
    two(&mut out, local.second());
    if nanos != 0 {
        out.push(b'.');
        if nanos % 1_000_000 == 0 {
            digits(&mut out, nanos / 1_000_000, 3);
        } else if nanos % 1_000 == 0 {
            digits(&mut out, nanos / 1_000, 6);
        } else {
            digits(&mut out, nanos, 9);
        }
    }
    out.push(if offset < 0 { b'-' } else { b'+' });
    let minutes = offset.unsigned_abs() / 60;
    two(&mut out, minutes / 60);
    out.push(b':');
    two(&mut out, minutes % 60);
    // Only ASCII digits and punctuation were written.
    String::from_utf8(out).unwrap_or_default()
}

/// The days an export covers: from the plan's start to the day of export,
/// kept within the plan's period.
fn covers(p: &Plan, exported_at: &Stamp) -> CoversV3 {
    let day = exported_at.date_naive().clamp(p.start, p.end);
    CoversV3 {
        from: date_text(p.start),
        to: date_text(day),
    }
}

fn rules_file(r: &Rules) -> RulesV3 {
    RulesV3 {
        pace: match r.pace {
            Pace::Day => PaceV3::Day,
            Pace::Month => PaceV3::Month,
            Pace::Quarter => PaceV3::Quarter,
        },
        behind_from: r.behind_from,
        far_behind_from: r.far_behind_from,
        near_points: r.near_points,
        due_soon_days: r.due_soon_days,
        reporting: match r.reporting {
            Reporting::None => ReportingV3::None,
            Reporting::Monthly { by_day } => ReportingV3::Monthly { by_day },
            Reporting::Quarterly { by_day } => ReportingV3::Quarterly { by_day },
        },
        grace_days: r.grace_days,
    }
}

fn evidence_file(list: &[Evidence]) -> Vec<EvidenceV3> {
    list.iter()
        .map(|e| EvidenceV3 {
            name: e.name.clone(),
            sha256: e.file.as_ref().map(|f| f.sha256.clone()),
            mime: e.file.as_ref().map(|f| f.mime.clone()),
            size: e.file.as_ref().map(|f| f.size),
            added_at: stamp_text(&e.added_at),
        })
        .collect()
}

/// The file form of a domain document, in the current version.
pub(crate) fn from_domain(doc: &Document, exported_at: Option<&Stamp>) -> DocumentV3 {
    let p = &doc.plan;
    DocumentV3 {
        format: FORMAT_NAME.to_string(),
        version: CURRENT_VERSION,
        exported_at: exported_at.map(stamp_text),
        unit: doc.unit.clone(),
        covers: exported_at.map(|at| covers(p, at)),
        plan: plan_file(p),
        activities: doc.activities.iter().map(activity_file).collect(),
        readings: doc.readings.iter().map(reading_file).collect(),
        tombstones: doc.tombstones.iter().map(tombstone_file).collect(),
        reports: doc.reports.iter().map(report_file).collect(),
        notices: doc.notices.iter().map(notice_file).collect(),
    }
}

/// The plan's file form, sections and targets included.
pub(super) fn plan_file(p: &Plan) -> PlanV3 {
    PlanV3 {
        id: p.id.clone(),
        title: p.title.clone(),
        start: date_text(p.start),
        end: date_text(p.end),
        updated_at: stamp_text(&p.updated_at),
        rules: Some(rules_file(&p.rules)),
        units: p
            .units
            .iter()
            .map(|name| UnitV2 {
                name: name.clone(),
                updated_at: own_stamp(p, PartKey::Unit(name.clone())),
            })
            .collect(),
        people: p
            .people
            .iter()
            .map(|x| PersonV2 {
                name: x.name.clone(),
                role: x.role.clone(),
                updated_at: own_stamp(p, PartKey::Person(x.name.clone())),
            })
            .collect(),
        sections: p.sections.iter().map(|s| section_file(p, s)).collect(),
    }
}

/// One section's file form, with its targets.
pub(super) fn section_file(p: &Plan, s: &Section) -> SectionV3 {
    SectionV3 {
        id: s.id.0.clone(),
        title: s.title.clone(),
        updated_at: own_stamp(p, PartKey::Section(SectionId(s.id.0.clone()))),
        targets: s.targets.iter().map(|t| target_file(p, t)).collect(),
    }
}

pub(super) fn activity_file(a: &Activity) -> ActivityV3 {
    ActivityV3 {
        id: a.id.0.clone(),
        date: date_text(a.date),
        title: a.title.clone(),
        targets: a.targets.iter().map(|t| t.0.clone()).collect(),
        quantity: a.quantity,
        people: a.people.clone(),
        lead_unit: a.lead_unit.clone(),
        notes: a.notes.clone(),
        recorded_by: a.recorded_by.clone(),
        evidence: evidence_file(&a.evidence),
        updated_at: stamp_text(&a.updated_at),
    }
}

pub(super) fn reading_file(r: &Reading) -> ReadingV3 {
    let (value, numerator, denominator) = match r.value {
        ReadingValue::Value(v) => (Some(Decimal::Exact(v)), None, None),
        ReadingValue::Counts {
            numerator,
            denominator,
        } => (None, Some(numerator), Some(denominator)),
    };
    ReadingV3 {
        id: r.id.0.clone(),
        target: r.target.0.clone(),
        date: date_text(r.date),
        value,
        numerator,
        denominator,
        notes: r.notes.clone(),
        recorded_by: r.recorded_by.clone(),
        evidence: evidence_file(&r.evidence),
        updated_at: stamp_text(&r.updated_at),
    }
}

pub(super) fn tombstone_file(t: &Tombstone) -> TombstoneV3 {
    TombstoneV3 {
        kind: record_kind_file(t.kind),
        id: t.id.clone(),
        deleted_at: stamp_text(&t.deleted_at),
    }
}

/// A tombstone's kind as the file names it.
pub(super) fn record_kind_file(kind: RecordKind) -> RecordKindV3 {
    match kind {
        RecordKind::Activity => RecordKindV3::Activity,
        RecordKind::Reading => RecordKindV3::Reading,
        RecordKind::Section => RecordKindV3::Section,
        RecordKind::Target => RecordKindV3::Target,
        RecordKind::Person => RecordKindV3::Person,
        RecordKind::Unit => RecordKindV3::Unit,
        RecordKind::Report => RecordKindV3::Report,
        RecordKind::Notice => RecordKindV3::Notice,
    }
}

pub(super) fn report_file(r: &UnitReport) -> ReportV3 {
    ReportV3 {
        id: r.id.0.clone(),
        unit: r.unit.clone(),
        sent: date_text(r.sent),
        covers_to: r.covers_to.map(date_text),
        file_name: r.file_name.clone(),
        updated_at: stamp_text(&r.updated_at),
    }
}

pub(super) fn notice_file(n: &Notice) -> NoticeV3 {
    NoticeV3 {
        id: n.id.0.clone(),
        year: n.year,
        number: n.number,
        unit: n.unit.clone(),
        targets: n.targets.iter().map(|t| t.0.clone()).collect(),
        request: n.request.clone(),
        issued: date_text(n.issued),
        reply_due: date_text(n.reply_due),
        replied: n.replied.map(date_text),
        reply: n.reply.clone(),
        updated_at: stamp_text(&n.updated_at),
    }
}

/// A part's stamp where it has its own, to be written beside it; a part
/// without one was last changed with the plan.
fn own_stamp(p: &Plan, part: PartKey) -> Option<String> {
    p.stamps.0.get(&part).map(stamp_text)
}

fn target_file(p: &Plan, t: &Target) -> TargetV3 {
    TargetV3 {
        updated_at: own_stamp(p, PartKey::Target(TargetId(t.id.0.clone()))),
        id: t.id.0.clone(),
        title: t.title.clone(),
        goal: goal::goal_file(&t.kind),
        unit: t.unit.clone(),
        lead_unit: t.lead_unit.clone(),
        partners: t.partners.clone(),
        owner: t.owner.clone(),
        weight: t.weight,
        due: t.due.map(date_text),
        annual: t.annual,
        zero_readings: t.zero_readings,
        suggestion: t.suggestion.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::stamp_text;
    use crate::plan::Stamp;
    use chrono::{FixedOffset, NaiveDate, SecondsFormat, TimeZone};
    use proptest::prelude::*;

    fn chrono_text(s: &Stamp) -> String {
        s.to_rfc3339_opts(SecondsFormat::AutoSi, false)
    }

    #[test]
    fn stamps_read_as_chrono_writes_them() {
        let cases = [
            "2026-11-30T09:05:07+08:00",
            "2026-11-30T09:05:07.250+08:00",
            "2026-11-30T09:05:07.250001+08:00",
            "2026-11-30T09:05:07.000000001-05:30",
            "0001-01-01T00:00:00+00:00",
            "9999-12-31T23:59:59.999999999+14:00",
            "2026-06-30T23:59:60.5+00:00",
        ];
        for text in cases {
            let s = chrono::DateTime::parse_from_rfc3339(text).unwrap();
            assert_eq!(stamp_text(&s), chrono_text(&s), "{text}");
        }
        // The hand-written text itself, for the common case.
        let s = chrono::DateTime::parse_from_rfc3339("2026-03-04T05:06:07.089+08:00").unwrap();
        assert_eq!(stamp_text(&s), "2026-03-04T05:06:07.089+08:00");
    }

    #[test]
    fn unusual_stamps_fall_back_to_chrono() {
        // An offset with seconds, and a year of five digits.
        let odd = FixedOffset::east_opt(3600 + 30).unwrap();
        let s = odd.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap();
        assert_eq!(stamp_text(&s), chrono_text(&s));
        let far = NaiveDate::from_ymd_opt(12026, 1, 2)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let s = FixedOffset::east_opt(0)
            .unwrap()
            .from_local_datetime(&far)
            .unwrap();
        assert_eq!(stamp_text(&s), chrono_text(&s));
    }

    proptest! {
        #[test]
        fn any_stamp_is_chrono_text(
            secs in -62_000_000_000i64..253_000_000_000i64,
            nanos in prop_oneof![Just(0u32), (0u32..1000).prop_map(|m| m * 1_000_000), (0u32..1_000_000).prop_map(|u| u * 1000), 0u32..1_000_000_000],
            offset_min in -(23 * 60 + 59)..=(23 * 60 + 59),
        ) {
            let offset = FixedOffset::east_opt(offset_min * 60).unwrap();
            let utc = chrono::DateTime::from_timestamp(secs, nanos).unwrap();
            let s = utc.with_timezone(&offset);
            prop_assert_eq!(stamp_text(&s), chrono_text(&s));
        }
    }
}
