//! Precision and recall of the plan-text extractor on labelled plan texts
//! (tests/fixtures/plans/, sources in SOURCES.md), for two sets apart:
//! the held-out set (`heldout-*`, labelled and committed before the
//! extractor read them, never tuned on) and the tuned set (every other
//! labelled text). Prints, held-out set first, a table per text and in
//! total, recall per failure class, the proposals made on texts that are
//! not plans, and the reviewer effort (field edits, defined at
//! [`Effort`]). Asserts the tuned set's regression floors (the seed at 90%
//! both ways, the set at 95%, each text at 50%) and that the held-out set
//! holds at least 14 texts from at least 8 kinds of office; the held-out
//! figures are reported, never asserted.
//!
//! Label files: `# kind: K` names the office's kind; `# class: not-plan`
//! marks a text that is not a plan (no target lines); `# not-target:
//! phrase | class` names a phrase whose proposals are known false; other
//! `# round: N` the round the text joined its set in (1 when absent;
//! held-out totals are printed per round); other `#` lines are
//! comments. A target line is `figure | key phrase`,
//! optionally `| class`, the figure as `luoshi::intake::figure` writes it.

use std::collections::BTreeMap;

use luoshi::intake::{extract, figure, Period};

/// The failure classes of the labels' third field (issue: plans from any
/// office's text).
const CLASSES: &[&str] = &[
    "level",
    "pair",
    "horizon",
    "not-plan",
    "date-binding",
    "table-text",
    "period",
    "per-person",
];

const HELD_OUT: &str = "heldout-";

/// One expected target: its figure line, a phrase of its title, and the
/// failure class it exercises, if any.
struct Label {
    figure: String,
    phrase: String,
    class: Option<String>,
}

/// A labelled text.
struct Labelled {
    name: String,
    kind: Option<String>,
    not_plan: bool,
    /// The round the text joined its set in (`# round: N`, 1 when absent):
    /// a held-out figure is compared before and after a change on the
    /// same texts, so each round's texts are totalled apart too.
    round: u32,
    not_targets: Vec<(String, String)>,
    labels: Vec<Label>,
}

fn dir() -> String {
    format!("{}/tests/fixtures/plans", env!("CARGO_MANIFEST_DIR"))
}

fn class_of(path: &str, line: &str, c: &str) -> String {
    assert!(
        CLASSES.contains(&c),
        "{path}: unknown class {c:?} in {line:?} (known: {CLASSES:?})"
    );
    c.to_string()
}

fn read_labels(name: &str) -> Labelled {
    let path = format!("{}/{name}.labels", dir());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Labelled {
        name: name.to_string(),
        kind: None,
        not_plan: false,
        round: 1,
        not_targets: Vec::new(),
        labels: Vec::new(),
    };
    for l in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(c) = l.strip_prefix('#') {
            let c = c.trim();
            if let Some(k) = c.strip_prefix("kind:") {
                out.kind = Some(k.trim().to_string());
            } else if let Some(r) = c.strip_prefix("round:") {
                out.round = r
                    .trim()
                    .parse()
                    .unwrap_or_else(|_| panic!("{path}: round is a number in {l:?}"));
            } else if let Some(k) = c.strip_prefix("class:") {
                assert_eq!(k.trim(), "not-plan", "{path}: a text's class is not-plan");
                out.not_plan = true;
            } else if let Some(n) = c.strip_prefix("not-target:") {
                let (phrase, class) = n
                    .split_once('|')
                    .unwrap_or_else(|| panic!("{path}: no | in {l:?}"));
                out.not_targets
                    .push((phrase.trim().to_string(), class_of(&path, l, class.trim())));
            }
            continue;
        }
        let mut parts = l.split('|').map(str::trim);
        let (Some(figure), Some(phrase)) = (parts.next(), parts.next()) else {
            panic!("{path}: no | in {l:?}");
        };
        let class = parts.next().map(|c| class_of(&path, l, c));
        assert!(
            parts.next().is_none(),
            "{path}: more than three fields in {l:?}"
        );
        out.labels.push(Label {
            figure: figure.to_string(),
            phrase: phrase.to_string(),
            class,
        });
    }
    assert!(
        !out.not_plan || out.labels.is_empty(),
        "{path}: a text that is not a plan has no target lines"
    );
    out
}

/// Every labelled text (a `.labels` with its `.txt`), by name.
fn labelled() -> Vec<Labelled> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .unwrap_or_else(|e| panic!("{}: {e}", dir()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|f| f.strip_suffix(".labels").map(str::to_string))
        .collect();
    names.sort();
    names.iter().map(|n| read_labels(n)).collect()
}

/// The fields of a figure as a reviewer edits them: its kind, then each
/// value — a threshold's direction and line, a range's two ends, a
/// cadence's period and number, an improvement's direction and percent, a
/// count's, ratio's or per-person figure, a milestone's date.
fn fields(fig: &str) -> Vec<String> {
    let mut words = fig.split_whitespace();
    let kind = words.next().unwrap_or("").to_string();
    let mut out = vec![kind.clone()];
    for w in words {
        match kind.as_str() {
            "threshold" if w.len() > 2 => {
                out.push(w[..2].to_string());
                out.push(w[2..].to_string());
            }
            "range" => out.extend(w.splitn(2, '-').map(str::to_string)),
            _ => out.push(w.to_string()),
        }
    }
    out
}

/// Field edits to turn a proposal's figure into the label's: with the same
/// kind, one per value that differs; with another kind, the kind and every
/// value of the label.
fn figure_edits(proposed: &str, expected: &str) -> usize {
    let (p, e) = (fields(proposed), fields(expected));
    if p[0] != e[0] || p.len() != e.len() {
        return e.len();
    }
    p.iter().zip(&e).filter(|(a, b)| a != b).count()
}

/// Reviewer effort: how many field edits turn the proposals into the
/// labels. Proposals and labels are paired in two passes: first a
/// proposal with the label's figure whose title holds its phrase (a
/// match, no edit); then, among those left, a proposal whose title holds
/// the phrase but whose figure differs ([`figure_edits`]: 1 per differing
/// value, or the label's kind and values when the kind is wrong). A label
/// left unpaired is a target to type anew: its title and every field of
/// its figure (`count 6` is 3 edits, `threshold >=90` 4). A proposal left
/// unpaired is 1 deletion. Titles that hold the phrase need no edit; a
/// proposal of the right figure whose title lacks the phrase counts as a
/// deletion and a new target (an upper bound: the reviewer may only need
/// to retitle it, but pairing by figure alone would pair unrelated
/// proposals, such as two 12-31 milestones).
#[derive(Default, Clone, Copy)]
struct Effort {
    edits: usize,
    fixed: usize,
    typed: usize,
    deleted: usize,
}

/// One text's result.
#[derive(Default)]
struct Score {
    matched: usize,
    proposed: usize,
    expected: usize,
    effort: Effort,
    /// Per class: (matched, expected).
    classes: BTreeMap<String, (usize, usize)>,
    /// Unpaired proposals whose title holds a `not-target` phrase, per class.
    known_false: BTreeMap<String, usize>,
}

fn score(t: &Labelled) -> Score {
    let path = format!("{}/{}.txt", dir(), t.name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let ex = extract(&text, Period::year(2027).unwrap());
    let proposals: Vec<(String, String)> = ex
        .proposals()
        .map(|p| (figure(&p.kind), p.title.clone()))
        .collect();
    let name = &t.name;
    let mut s = Score {
        proposed: proposals.len(),
        expected: t.labels.len(),
        ..Score::default()
    };
    let mut taken = vec![false; proposals.len()];
    let mut hit = vec![false; t.labels.len()];
    for (j, l) in t.labels.iter().enumerate() {
        let found = proposals
            .iter()
            .enumerate()
            .find(|(i, (f, ti))| !taken[*i] && *f == l.figure && ti.contains(&l.phrase));
        if let Some((i, _)) = found {
            taken[i] = true;
            hit[j] = true;
            s.matched += 1;
        }
        if let Some(c) = &l.class {
            let e = s.classes.entry(c.clone()).or_default();
            e.0 += usize::from(hit[j]);
            e.1 += 1;
        }
    }
    for l in t
        .labels
        .iter()
        .zip(&hit)
        .filter(|(_, h)| !**h)
        .map(|(l, _)| l)
    {
        let near = proposals
            .iter()
            .enumerate()
            .find(|(i, (_, ti))| !taken[*i] && ti.contains(&l.phrase));
        match near {
            Some((i, (f, ti))) => {
                taken[i] = true;
                let n = figure_edits(f, &l.figure);
                s.effort.edits += n;
                s.effort.fixed += 1;
                println!("  {name}: wrong {f} (want {}, {n} edits) | {ti}", l.figure);
            }
            None => {
                s.effort.edits += 1 + fields(&l.figure).len();
                s.effort.typed += 1;
                println!("  {name}: missed {} | {}", l.figure, l.phrase);
            }
        }
    }
    let left = proposals.iter().zip(&taken).filter(|(_, t)| !**t);
    for ((f, ti), _) in left {
        s.effort.edits += 1;
        s.effort.deleted += 1;
        println!("  {name}: extra {f} | {ti}");
        for (phrase, class) in &t.not_targets {
            if ti.contains(phrase.as_str()) {
                *s.known_false.entry(class.clone()).or_default() += 1;
            }
        }
    }
    s
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

/// Scores a set, printing its tables; returns each text's score.
fn report(title: &str, set: &[&Labelled]) -> Vec<Score> {
    println!("\n## {title}: {} texts\n", set.len());
    println!("Misses, wrong figures and extras:");
    let scores: Vec<Score> = set.iter().map(|t| score(t)).collect();
    println!();
    println!("| text | kind | expected | proposed | matched | precision | recall | edits |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut total = Score::default();
    let mut not_plan = (0, 0);
    for (t, s) in set.iter().zip(&scores) {
        let kind = t.kind.as_deref().unwrap_or("—");
        let np = if t.not_plan { " (not a plan)" } else { "" };
        println!(
            "| {}{np} | {kind} | {} | {} | {} | {:.1}% | {:.1}% | {} |",
            t.name,
            s.expected,
            s.proposed,
            s.matched,
            pct(s.matched, s.proposed),
            pct(s.matched, s.expected),
            s.effort.edits
        );
        total.matched += s.matched;
        total.proposed += s.proposed;
        total.expected += s.expected;
        total.effort.edits += s.effort.edits;
        total.effort.fixed += s.effort.fixed;
        total.effort.typed += s.effort.typed;
        total.effort.deleted += s.effort.deleted;
        for (c, (m, e)) in &s.classes {
            let x = total.classes.entry(c.clone()).or_default();
            x.0 += m;
            x.1 += e;
        }
        if t.not_plan {
            not_plan = (not_plan.0 + 1, not_plan.1 + s.proposed);
        } else {
            for (c, n) in &s.known_false {
                *total.known_false.entry(c.clone()).or_default() += n;
            }
        }
    }
    let rounds: std::collections::BTreeSet<u32> = set.iter().map(|t| t.round).collect();
    if rounds.len() > 1 {
        for r in &rounds {
            let (mut m, mut p, mut e, mut ed, mut n) = (0, 0, 0, 0, 0);
            for (_, s) in set.iter().zip(&scores).filter(|(t, _)| t.round == *r) {
                (m, p, e, ed, n) = (
                    m + s.matched,
                    p + s.proposed,
                    e + s.expected,
                    ed + s.effort.edits,
                    n + 1,
                );
            }
            println!(
                "| round {r} ({n} texts) | | {e} | {p} | {m} | {:.1}% | {:.1}% | {ed} |",
                pct(m, p),
                pct(m, e)
            );
        }
    }
    println!(
        "| total | | {} | {} | {} | {:.1}% | {:.1}% | {} |",
        total.expected,
        total.proposed,
        total.matched,
        pct(total.matched, total.proposed),
        pct(total.matched, total.expected),
        total.effort.edits
    );
    println!("\n| class | labels | found | recall |");
    println!("| --- | --- | --- | --- |");
    for (c, (m, e)) in &total.classes {
        println!("| {c} | {e} | {m} | {:.1}% |", pct(*m, *e));
    }
    let known = total.known_false.get("not-plan").copied().unwrap_or(0);
    println!(
        "| not-plan | {} texts not plans | {} proposals on them (should be 0); {known} from known non-target phrases in plans | |",
        not_plan.0, not_plan.1
    );
    let e = total.effort;
    println!(
        "\nreviewer effort: {} field edits for {} labels ({} figures corrected, {} targets typed anew, {} proposals deleted)",
        e.edits, total.expected, e.fixed, e.typed, e.deleted
    );
    scores
}

#[test]
fn precision_and_recall() {
    let all = labelled();
    let held: Vec<&Labelled> = all
        .iter()
        .filter(|t| t.name.starts_with(HELD_OUT))
        .collect();
    let tuned: Vec<&Labelled> = all
        .iter()
        .filter(|t| !t.name.starts_with(HELD_OUT))
        .collect();

    // The held-out set: reported, never tuned on, no floor.
    report("held-out set (never tuned on)", &held);
    for t in &held {
        assert!(t.kind.is_some(), "{}: no `# kind:` line", t.name);
    }
    let kinds: std::collections::BTreeSet<&str> =
        held.iter().filter_map(|t| t.kind.as_deref()).collect();
    assert!(held.len() >= 14, "held-out set has {} texts", held.len());
    assert!(
        kinds.len() >= 8,
        "held-out set has {} kinds: {kinds:?}",
        kinds.len()
    );

    // The tuned set: regression floors.
    let scores = report("tuned set", &tuned);
    let seed = tuned
        .iter()
        .position(|t| t.name == "seed")
        .expect("seed.labels");
    let s = &scores[seed];
    assert!(
        pct(s.matched, s.proposed) >= 90.0 && pct(s.matched, s.expected) >= 90.0,
        "seed below 90%"
    );
    let m: usize = scores.iter().map(|s| s.matched).sum();
    let p: usize = scores.iter().map(|s| s.proposed).sum();
    let e: usize = scores.iter().map(|s| s.expected).sum();
    // Floors a little under today's figures (100% on these learned texts;
    // see SOURCES.md for the first runs on held-out ones), so a regression
    // fails. Most texts hold one or two targets: one miss there is 50%.
    assert!(pct(m, p) >= 95.0, "total precision {:.1}%", pct(m, p));
    assert!(pct(m, e) >= 95.0, "total recall {:.1}%", pct(m, e));
    for (t, s) in tuned.iter().zip(&scores) {
        let (name, m, p, e) = (&t.name, s.matched, s.proposed, s.expected);
        assert!(pct(m, p) >= 50.0, "{name}: precision {:.1}%", pct(m, p));
        assert!(pct(m, e) >= 50.0, "{name}: recall {:.1}%", pct(m, e));
    }
}

/// The effort measure's arithmetic on the figures of the labels.
#[test]
fn effort_counts_fields() {
    assert_eq!(fields("count 6"), ["count", "6"]);
    assert_eq!(fields("threshold <=0.3"), ["threshold", "<=", "0.3"]);
    assert_eq!(fields("range 8-10"), ["range", "8", "10"]);
    assert_eq!(fields("cadence month 1"), ["cadence", "month", "1"]);
    assert_eq!(fields("milestone 12-31"), ["milestone", "12-31"]);
    // Same kind: one edit per differing value.
    assert_eq!(figure_edits("count 7", "count 70000"), 1);
    assert_eq!(figure_edits("threshold <=3", "threshold <=0.3"), 1);
    assert_eq!(figure_edits("cadence week 2", "cadence month 1"), 2);
    // Another kind: the kind and every value of the label.
    assert_eq!(figure_edits("threshold >=98", "ratio 98"), 2);
    assert_eq!(figure_edits("count 25", "threshold <=25"), 3);
}
