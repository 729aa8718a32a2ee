//! Property tests: the decoder never panics, whatever it is given, and any
//! document the model can hold comes back from its file form unchanged.

use chrono::{FixedOffset, NaiveDate, TimeZone};
use luoshi::fixed::Fixed;
use luoshi::format::{decode, decode_file, encode_compact, encode_pretty};
use luoshi::plan::{
    Activity, ActivityId, Better, Cadence, Direction, Document, Evidence, FileRef, Notice,
    NoticeId, Pace, Person, Plan, Reading, ReadingId, ReadingValue, RecordKind, ReportId,
    Reporting, Rules, Section, SectionId, Stamp, Target, TargetId, TargetKind, Tombstone,
    UnitReport,
};
use proptest::prelude::*;

/// The largest decimal the format holds, in ten-thousandths.
const MAX_RAW: i64 = 999_999_999_999_999;

fn text() -> impl Strategy<Value = String> {
    "(?s).{0,10}"
}

fn date() -> impl Strategy<Value = NaiveDate> {
    // Every day of years 0000..=9999, the years a YYYY date can name.
    (0i32..=9999, 1u32..=12, 1u32..=31)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d.min(28)).unwrap())
}

fn stamp() -> impl Strategy<Value = Stamp> {
    (
        1000i32..=9999,
        1u32..=12,
        1u32..=28,
        0u32..86_400,
        prop_oneof![Just(0u32), 0u32..1_000_000_000],
        -1439i32..=1439,
    )
        .prop_map(|(y, m, d, secs, nanos, offset_min)| {
            let offset = FixedOffset::east_opt(offset_min * 60).unwrap();
            let naive = NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_nano_opt(secs / 3600, secs / 60 % 60, secs % 60, nanos)
                .unwrap();
            offset.from_local_datetime(&naive).unwrap()
        })
}

fn fixed() -> impl Strategy<Value = Fixed> {
    prop_oneof![
        (-MAX_RAW..=MAX_RAW).prop_map(Fixed::from_raw),
        (-1000i64..=1000).prop_map(|n| Fixed::from_raw(n * 500)),
    ]
}

fn kind(people: Vec<String>) -> impl Strategy<Value = TargetKind> {
    let roster = proptest::sample::subsequence(people.clone(), 0..=people.len());
    prop_oneof![
        any::<u32>().prop_map(|target| TargetKind::Count { target }),
        (any::<u32>(), any::<u32>()).prop_map(|(a, b)| TargetKind::Range {
            min: a.min(b),
            max: a.max(b),
        }),
        (any::<u32>(), roster).prop_map(|(each, roster)| TargetKind::PerPerson { each, roster }),
        (
            prop_oneof![
                Just(Cadence::Week),
                Just(Cadence::Month),
                Just(Cadence::Quarter),
                Just(Cadence::Year)
            ],
            any::<u32>()
        )
            .prop_map(|(every, at_least)| TargetKind::Cadence { every, at_least }),
        (fixed(), any::<bool>()).prop_map(|(line, up)| TargetKind::Threshold {
            line,
            direction: if up {
                Direction::AtLeast
            } else {
                Direction::AtMost
            },
        }),
        (fixed(), text(), text()).prop_map(|(line, numerator, denominator)| {
            TargetKind::Ratio {
                line,
                numerator,
                denominator,
            }
        }),
        (fixed(), fixed(), any::<bool>()).prop_map(|(baseline, percent, higher)| {
            TargetKind::Improvement {
                baseline,
                percent,
                better: if higher {
                    Better::Higher
                } else {
                    Better::Lower
                },
            }
        }),
        date().prop_map(|due| TargetKind::Milestone { due }),
    ]
}

fn rules() -> impl Strategy<Value = Rules> {
    let reporting = prop_oneof![
        Just(Reporting::None),
        (1u32..=28).prop_map(|by_day| Reporting::Monthly { by_day }),
        (1u32..=28).prop_map(|by_day| Reporting::Quarterly { by_day }),
    ];
    (
        prop_oneof![Just(Pace::Day), Just(Pace::Month), Just(Pace::Quarter)],
        0u32..=100,
        proptest::option::of(0u32..=100),
        0u32..=100,
        any::<u32>(),
        reporting,
        any::<u32>(),
    )
        .prop_map(
            |(pace, behind_from, far, near_points, due_soon_days, reporting, grace_days)| Rules {
                pace,
                behind_from,
                // Far behind is never before behind.
                far_behind_from: far.map(|f| f.max(behind_from)),
                near_points,
                due_soon_days,
                reporting,
                grace_days,
            },
        )
}

fn evidence() -> impl Strategy<Value = Evidence> {
    let file = ("[0-9a-f]{64}", text(), any::<u64>()).prop_map(|(sha256, mime, size)| FileRef {
        sha256,
        mime,
        size,
    });
    (text(), proptest::option::of(file), stamp()).prop_map(|(name, file, added_at)| Evidence {
        name,
        file,
        added_at,
    })
}

fn target(people: Vec<String>) -> impl Strategy<Value = Target> {
    (
        text(),
        text(),
        kind(people),
        text(),
        text(),
        text(),
        prop_oneof![Just(1u32), any::<u32>()],
        proptest::option::of(date()),
        any::<(bool, bool)>(),
        proptest::collection::vec(text(), 0..3),
        text(),
    )
        .prop_map(
            |(
                id,
                title,
                kind,
                unit,
                lead_unit,
                owner,
                weight,
                due,
                (annual, zero_readings),
                partners,
                suggestion,
            )| Target {
                annual,
                zero_readings,
                partners,
                suggestion,
                id: TargetId(id),
                title,
                kind,
                unit,
                lead_unit,
                owner,
                weight,
                due,
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    proptest::collection::vec((text(), text()), 0..4).prop_flat_map(|people| {
        let names: Vec<String> = people.iter().map(|(n, _)| n.clone()).collect();
        let section = (
            text(),
            text(),
            proptest::collection::vec(target(names), 0..4),
        );
        (
            text(),
            date(),
            0i64..800,
            proptest::collection::vec(section, 0..4),
            proptest::collection::vec(text(), 0..3),
            stamp(),
            (text(), rules()),
        )
            .prop_map(
                move |(title, start, length, sections, units, updated_at, (id, rules))| {
                    let mut n = 0;
                    let sections = sections
                        .into_iter()
                        .enumerate()
                        .map(|(i, (id, title, targets))| Section {
                            // Ids are unique within their kind, as the format requires.
                            id: SectionId(format!("{id}#{i}")),
                            title,
                            targets: targets
                                .into_iter()
                                .map(|mut t| {
                                    n += 1;
                                    t.id = TargetId(format!("{}#{n}", t.id));
                                    t
                                })
                                .collect(),
                        })
                        .collect();
                    let end = start
                        .checked_add_signed(chrono::Duration::days(length))
                        .filter(|e| e.format("%Y").to_string().len() == 4)
                        .unwrap_or(start);
                    Plan {
                        id,
                        rules,
                        stamps: Default::default(),
                        title,
                        start,
                        end,
                        sections,
                        people: people
                            .iter()
                            .map(|(name, role)| Person {
                                name: name.clone(),
                                role: role.clone(),
                            })
                            .collect(),
                        units,
                        updated_at,
                    }
                },
            )
    })
}

fn document() -> impl Strategy<Value = Document> {
    plan().prop_flat_map(|plan| {
        let ids: Vec<TargetId> = plan.targets().map(|(_, t)| t.id.clone()).collect();
        let some_targets = proptest::sample::subsequence(ids.clone(), 0..=ids.len().min(3));
        let activity = (
            text(),
            date(),
            text(),
            some_targets,
            prop_oneof![Just(1u32), 1u32..=u32::MAX],
            proptest::collection::vec(text(), 0..3),
            text(),
            text(),
            stamp(),
            (text(), proptest::collection::vec(evidence(), 0..3)),
        )
            .prop_map(
                |(
                    id,
                    date,
                    title,
                    targets,
                    quantity,
                    people,
                    lead_unit,
                    notes,
                    updated_at,
                    (recorded_by, evidence),
                )| {
                    Activity {
                        recorded_by,
                        evidence,
                        id: ActivityId(id),
                        date,
                        title,
                        targets,
                        quantity,
                        people,
                        lead_unit,
                        notes,
                        updated_at,
                    }
                },
            );
        let value = prop_oneof![
            fixed().prop_map(ReadingValue::Value),
            (any::<u64>(), 1u64..=u64::MAX).prop_map(|(numerator, denominator)| {
                ReadingValue::Counts {
                    numerator,
                    denominator,
                }
            }),
            Just(ReadingValue::Counts {
                numerator: 0,
                denominator: 0
            }),
        ];
        let readings = if ids.is_empty() {
            Just(Vec::new()).boxed()
        } else {
            proptest::collection::vec(
                (
                    text(),
                    proptest::sample::select(ids),
                    date(),
                    value,
                    text(),
                    stamp(),
                    (text(), proptest::collection::vec(evidence(), 0..2)),
                )
                    .prop_map(
                        |(id, target, date, value, notes, updated_at, (recorded_by, evidence))| {
                            Reading {
                                recorded_by,
                                evidence,
                                id: ReadingId(id),
                                target,
                                date,
                                value,
                                notes,
                                updated_at,
                            }
                        },
                    ),
                0..6,
            )
            .boxed()
        };
        let tombstone = (
            proptest::sample::select(vec![
                RecordKind::Activity,
                RecordKind::Reading,
                RecordKind::Report,
                RecordKind::Notice,
            ]),
            "(?s).{1,8}",
            stamp(),
        )
            .prop_map(|(kind, id, deleted_at)| Tombstone {
                kind,
                id,
                deleted_at,
            });
        let report = (
            text(),
            text(),
            date(),
            proptest::option::of(date()),
            text(),
            stamp(),
        )
            .prop_map(
                |(id, unit, sent, covers_to, file_name, updated_at)| UnitReport {
                    id: ReportId(id),
                    unit,
                    sent,
                    covers_to,
                    file_name,
                    updated_at,
                },
            );
        let notice = (
            (text(), any::<i32>(), any::<u32>(), text()),
            proptest::collection::vec(text(), 0..3),
            text(),
            date(),
            0i64..400,
            proptest::option::of(0i64..400),
            text(),
            stamp(),
        )
            .prop_map(
                |(
                    (id, year, number, unit),
                    targets,
                    request,
                    issued,
                    due,
                    replied,
                    reply,
                    updated_at,
                )| {
                    let later = |days: i64| {
                        issued
                            .checked_add_signed(chrono::Duration::days(days))
                            .filter(|d| d.format("%Y").to_string().len() == 4)
                            .unwrap_or(issued)
                    };
                    Notice {
                        id: NoticeId(id),
                        year,
                        number,
                        unit,
                        targets: targets.into_iter().map(TargetId).collect(),
                        request,
                        issued,
                        reply_due: later(due),
                        replied: replied.map(later),
                        reply,
                        updated_at,
                    }
                },
            );
        (
            Just(plan),
            text(),
            proptest::collection::vec(activity, 0..8),
            readings,
            proptest::collection::vec(tombstone, 0..3),
            proptest::collection::vec(report, 0..3),
            proptest::collection::vec(notice, 0..3),
        )
            .prop_map(
                |(plan, unit, activities, readings, tombstones, reports, notices)| Document {
                    reports: reports
                        .into_iter()
                        .enumerate()
                        .map(|(i, mut r)| {
                            r.id = ReportId(format!("{}#{i}", r.id));
                            r
                        })
                        .collect(),
                    notices: notices
                        .into_iter()
                        .enumerate()
                        .map(|(i, mut n)| {
                            n.id = NoticeId(format!("{}#{i}", n.id));
                            n
                        })
                        .collect(),
                    unit,
                    plan,
                    activities: activities
                        .into_iter()
                        .enumerate()
                        .map(|(i, mut a)| {
                            a.id = ActivityId(format!("{}#{i}", a.id));
                            a
                        })
                        .collect(),
                    readings: readings
                        .into_iter()
                        .enumerate()
                        .map(|(i, mut r)| {
                            r.id = ReadingId(format!("{}#{i}", r.id));
                            r
                        })
                        .collect(),
                    tombstones,
                },
            )
    })
}

/// Stamps compare by instant alone; the offset a user wrote must survive too.
fn offsets(doc: &Document) -> Vec<i32> {
    let mut out = vec![doc.plan.updated_at.offset().local_minus_utc()];
    out.extend(
        doc.activities
            .iter()
            .map(|a| a.updated_at.offset().local_minus_utc()),
    );
    out.extend(
        doc.readings
            .iter()
            .map(|r| r.updated_at.offset().local_minus_utc()),
    );
    out.extend(
        doc.tombstones
            .iter()
            .map(|t| t.deleted_at.offset().local_minus_utc()),
    );
    out
}

fn complete_fixture() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/v1/complete.json"
    );
    std::fs::read_to_string(path).unwrap()
}

proptest! {
    #[test]
    fn any_document_round_trips(doc in document(), at in proptest::option::of(stamp())) {
        let compact = decode(&encode_compact(&doc));
        prop_assert_eq!(compact.as_ref(), Ok(&doc));
        let pretty = decode_file(&encode_pretty(&doc, at))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&pretty.document, &doc);
        prop_assert_eq!(pretty.exported_at, at);
        prop_assert_eq!(offsets(&pretty.document), offsets(&doc));
        prop_assert_eq!(encode_pretty(&pretty.document, None), encode_pretty(&doc, None));
    }

    #[test]
    fn arbitrary_text_never_panics_the_decoder(s in any::<String>()) {
        let _ = decode(&s);
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn json_like_text_never_panics_the_decoder(s in r#"[\[\]{}":,0-9a-z.\-eE \n\\]{0,200}"#) {
        let _ = decode(&s);
        let _ = decode(&format!(r#"{{"format":"luoshi","version":1,{s}"#));
    }

    #[test]
    fn a_damaged_file_never_panics_the_decoder(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..4, any::<char>()), 1..6)
    ) {
        let mut chars: Vec<char> = complete_fixture().chars().collect();
        for (at, op, c) in edits {
            let i = at.index(chars.len().max(1)).min(chars.len());
            match op {
                0 if i < chars.len() => { chars.remove(i); }
                1 => chars.insert(i, c),
                2 if i < chars.len() => chars[i] = c,
                _ => chars.truncate(i),
            }
        }
        let text: String = chars.into_iter().collect();
        let _ = decode(&text);
    }
}
