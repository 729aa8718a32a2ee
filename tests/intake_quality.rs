//! Precision and recall of the plan-text extractor on labelled plan texts
//! (tests/fixtures/plans/, sources in SOURCES.md). Prints a table per text
//! and in total; asserts the seed reaches 90% both ways and that the
//! others do not fall below what they reach today.

use luoshi::intake::{extract, figure, Period};

const TEXTS: &[&str] = &[
    "seed",
    "beijing-2016-zwgk",
    "xinyu-2023-zwgk",
    "guanxian-2021-zwgk",
    "hnsyu-sanhui-yike",
    "district-ducha-summary",
    "district-zwfw-2023",
    "central-jiguan-dangjian-2025",
    "city-office-dangjian-shuzhi-2025",
    "branch-standards",
    "kindergarten-party-day",
    "office-summary-2024",
    "caidian-2023-mubiao",
    "xialuqu-2023-renwu",
];

/// One expected target: its figure line and a phrase of its title.
struct Label {
    figure: String,
    phrase: String,
}

fn labels(name: &str) -> Vec<Label> {
    let path = format!(
        "{}/tests/fixtures/plans/{name}.labels",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (figure, phrase) = l
                .split_once('|')
                .unwrap_or_else(|| panic!("{path}: no | in {l:?}"));
            Label {
                figure: figure.trim().to_string(),
                phrase: phrase.trim().to_string(),
            }
        })
        .collect()
}

/// (matched, proposed, expected) for one text: each label takes at most
/// one proposal with the same figure whose title holds its phrase.
fn score(name: &str) -> (usize, usize, usize) {
    let path = format!(
        "{}/tests/fixtures/plans/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let ex = extract(&text, Period::year(2027).unwrap());
    let proposals: Vec<(String, String)> = ex
        .proposals()
        .map(|p| (figure(&p.kind), p.title.clone()))
        .collect();
    let expected = labels(name);
    let mut taken = vec![false; proposals.len()];
    let mut matched = 0;
    for l in &expected {
        let hit = proposals
            .iter()
            .enumerate()
            .find(|(i, (f, t))| !taken[*i] && *f == l.figure && t.contains(&l.phrase));
        match hit {
            Some((i, _)) => {
                taken[i] = true;
                matched += 1;
            }
            None => println!("  {name}: missed {} | {}", l.figure, l.phrase),
        }
    }
    for (i, (f, t)) in proposals.iter().enumerate() {
        if !taken[i] {
            println!("  {name}: extra {f} | {t}");
        }
    }
    (matched, proposals.len(), expected.len())
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

#[test]
fn precision_and_recall() {
    println!("| text | expected | proposed | matched | precision | recall |");
    println!("| --- | --- | --- | --- | --- | --- |");
    let mut total = (0, 0, 0);
    let mut rows = Vec::new();
    for name in TEXTS {
        let (m, p, e) = score(name);
        total = (total.0 + m, total.1 + p, total.2 + e);
        println!(
            "| {name} | {e} | {p} | {m} | {:.1}% | {:.1}% |",
            pct(m, p),
            pct(m, e)
        );
        rows.push((*name, m, p, e));
    }
    let (m, p, e) = total;
    println!(
        "| total | {e} | {p} | {m} | {:.1}% | {:.1}% |",
        pct(m, p),
        pct(m, e)
    );
    let (_, sm, sp, se) = rows[0];
    assert!(pct(sm, sp) >= 90.0 && pct(sm, se) >= 90.0, "seed below 90%");
    // Floors a little under today's figures (100% on these learned texts;
    // see SOURCES.md for the first run on held-out ones), so a regression
    // fails. Most texts hold one or two targets: one miss there is 50%.
    assert!(pct(m, p) >= 95.0, "total precision {:.1}%", pct(m, p));
    assert!(pct(m, e) >= 95.0, "total recall {:.1}%", pct(m, e));
    for (name, m, p, e) in rows {
        assert!(pct(m, p) >= 50.0, "{name}: precision {:.1}%", pct(m, p));
        assert!(pct(m, e) >= 50.0, "{name}: recall {:.1}%", pct(m, e));
    }
}
