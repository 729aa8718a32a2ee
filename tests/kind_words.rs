//! Each kind's words reach the right kind: the 判定规则 card each kind
//! tells (`plan::kind::Kind::rule_card`), which kinds are judged once a
//! year, and which kinds' bars show 序时进度 (`present::kind_words`). The
//! example ledger holds a target of every kind.

use chrono::NaiveDate;
use luoshi::i18n::explain::msgs;
use luoshi::i18n::Lang;
use luoshi::plan::kind::KINDS;
use luoshi::present::shows_time_marker;
use luoshi::rules::target_rule;
use luoshi::seed::example_document;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

#[test]
fn each_kind_tells_its_own_rule_card_and_only_a_milestone_is_never_yearly() {
    let as_of = d("2026-11-27");
    let mut doc = example_document(2026, as_of);
    for section in &mut doc.plan.sections {
        for t in &mut section.targets {
            t.annual = true;
        }
    }
    let plan = &doc.plan;
    let mut seen: Vec<&str> = Vec::new();
    for (_, t) in plan.targets() {
        let key = t.kind.as_str();
        seen.push(key);
        for lang in [Lang::Zh, Lang::En] {
            let m = msgs(lang);
            let card = target_rule(t, plan, as_of, lang);
            let cumulative = m.cumulative.split("{0}").next().unwrap_or_default();
            let opens = |text: &str| card.starts_with(text.split("{0}").next().unwrap_or(text));
            let told = match key {
                "count" | "range" => opens(cumulative) && !card.contains(m.per_person),
                "per_person" => opens(cumulative) && card.contains(m.per_person),
                "cadence" => opens(m.cadence),
                "threshold" => opens(m.threshold),
                "ratio" => opens(m.ratio),
                "improvement" => opens(m.improvement),
                "milestone" => {
                    opens(m.milestone) && card.contains(&plan.rules.due_soon_days.to_string())
                }
                other => panic!("a kind without a card: {other}"),
            };
            assert!(told, "{key} ({lang:?}) told the wrong card: {card}");
            // A 年度指标 is told so, except a milestone, which keeps its own due date.
            assert_eq!(
                card.ends_with(m.annual),
                key != "milestone",
                "{key}: {card}"
            );
        }
    }
    for k in KINDS {
        assert!(seen.contains(&k.key()), "the example lacks a {}", k.key());
    }
}

#[test]
fn only_the_kinds_that_accumulate_show_the_time_marker() {
    let doc = example_document(2026, d("2026-11-27"));
    for (_, t) in doc.plan.targets() {
        let accumulates = matches!(
            t.kind.as_str(),
            "count" | "range" | "per_person" | "cadence"
        );
        assert_eq!(
            shows_time_marker(&t.kind),
            accumulates,
            "{}",
            t.kind.as_str()
        );
    }
}
