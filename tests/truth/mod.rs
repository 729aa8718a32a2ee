//! Reading the 督查室's documents back and checking every claim they make
//! against the engine's figures, the 报送 page's table and a model of the
//! reporting cycle written here from the rules' own words (docs/RULES.md):
//! a cycle is the calendar month or quarter, its report due by day N of
//! the next month, overdue after the grace days; a 通报 for month M speaks
//! of the last cycle closed by M's end, judged on its day of issue.
//!
//! Shared by the property test (`document_truth.rs`) and the 督查室's
//! journey (`bulletin_journey.rs`). Each check returns what it found wrong.

#![allow(dead_code)]

use chrono::{Datelike, Months, NaiveDate};
use luoshi::duban::{bulletin, notice};
use luoshi::engine::{evaluate, Colour, PlanProgress, Status, TargetProgress};
use luoshi::frac::Frac;
use luoshi::plan::{Document, Notice, PartKey, Reporting, TargetKind};
use luoshi::report::{parse_markdown, render_markdown_report, Report};
use luoshi::reporting::{self, State};

/// "83.3%".
pub fn pct(f: Frac) -> String {
    format!("{}%", f.percent_1dp())
}

/// "11月27日" in the plan's year, "2027年1月5日" outside it.
pub fn md(d: NaiveDate, plan_year: i32) -> String {
    if d.year() == plan_year {
        format!("{}月{}日", d.month(), d.day())
    } else {
        full(d)
    }
}

/// "2026年11月27日".
pub fn full(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// A reporting cycle as the model sees it (with its label, 2026年11月).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelCycle {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub due: NaiveDate,
    pub grace_end: NaiveDate,
}

/// Every cycle of the plan, in order, clipped to the plan period.
pub fn model_cycles(doc: &Document) -> Vec<(ModelCycle, String)> {
    let plan = &doc.plan;
    let (months, by_day) = match plan.rules.reporting {
        Reporting::None => return Vec::new(),
        Reporting::Monthly { by_day } => (1u32, by_day),
        Reporting::Quarterly { by_day } => (3, by_day),
    };
    let grace = u64::from(plan.rules.grace_days);
    let mut out = Vec::new();
    // Calendar periods from January of the plan's first year.
    let mut start = NaiveDate::from_ymd_opt(plan.start.year(), 1, 1).unwrap();
    while start <= plan.end {
        let after = start.checked_add_months(Months::new(months)).unwrap();
        let end = after.pred_opt().unwrap();
        if end >= plan.start {
            let due = after.with_day(by_day.clamp(1, 28)).unwrap();
            let label = if months == 1 {
                format!("{}年{}月", start.year(), start.month())
            } else {
                format!("{}年第{}季度", start.year(), (start.month() - 1) / 3 + 1)
            };
            out.push((
                ModelCycle {
                    start: start.max(plan.start),
                    end: end.min(plan.end),
                    due,
                    grace_end: due + chrono::Days::new(grace),
                },
                label,
            ));
        }
        start = after;
    }
    out
}

/// The cycle a 通报 for `year`-`month` issued on `issued` speaks of.
pub fn model_cycle(
    doc: &Document,
    year: i32,
    month: u32,
    issued: NaiveDate,
) -> Option<(ModelCycle, String)> {
    let next = NaiveDate::from_ymd_opt(year, month, 1)?.checked_add_months(Months::new(1))?;
    let cutoff = next.min(issued);
    model_cycles(doc)
        .into_iter()
        .rev()
        .find(|(c, _)| c.end < cutoff)
}

/// How the model judges a unit for a cycle on `issued`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judged {
    OnTime,
    Late(NaiveDate),
    NotYet,
    Overdue,
    NotDue(NaiveDate),
}

/// The model's judgement of `unit` for `c` on `issued`.
pub fn model_judge(doc: &Document, unit: &str, c: &ModelCycle, issued: NaiveDate) -> Judged {
    let answered = doc
        .reports
        .iter()
        .filter(|r| r.unit == unit && r.sent <= issued && r.covers_to.unwrap_or(r.sent) >= c.end)
        .map(|r| r.sent)
        .min();
    // Listed after the plan was made (its earliest stamp): that day.
    let made = doc
        .plan
        .parts()
        .iter()
        .map(|k| doc.plan.stamp_of(k))
        .fold(doc.plan.updated_at, |a, b| a.min(b));
    let joined = doc
        .plan
        .units
        .iter()
        .any(|u| u == unit)
        .then(|| doc.plan.stamp_of(&PartKey::Unit(unit.to_string())))
        .filter(|at| *at > made)
        .map(|at| at.date_naive());
    match answered {
        Some(d) if d <= c.due => Judged::OnTime,
        Some(d) => Judged::Late(d),
        None => match joined {
            Some(j) if j > c.end => Judged::NotDue(j),
            _ if issued > c.grace_end => Judged::Overdue,
            _ => Judged::NotYet,
        },
    }
}

/// The statuses of `list` as the documents count them: "完成2项、正常1项".
fn counts(list: &[&TargetProgress]) -> String {
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter_map(|s| {
            let n = list.iter().filter(|t| t.status == *s).count();
            (n > 0).then(|| format!("{}{n}项", s.label_zh()))
        })
        .collect();
    if parts.is_empty() {
        "暂无指标".into()
    } else {
        parts.join("、")
    }
}

/// The weighted mean completion of `list`.
fn weighted(list: &[&TargetProgress]) -> Frac {
    let mut sum = Frac::ZERO;
    let mut w: u128 = 0;
    for t in list {
        sum = sum.add(t.completion.mul_int(u128::from(t.weight)));
        w += u128::from(t.weight);
    }
    sum.div(Frac::from_int(w)).unwrap_or(Frac::ZERO)
}

/// Completion against 序时进度 in the rules' words.
fn pace_words(doc: &Document, completion: Frac, tp: Frac) -> &'static str {
    if completion > tp {
        "快于序时进度"
    } else if completion == tp {
        "与序时进度持平"
    } else if doc
        .plan
        .rules
        .far_behind_from
        .is_some_and(|far| completion.points_behind(tp) > Frac::new(u128::from(far), 100))
    {
        "明显滞后于序时进度"
    } else {
        "略滞后于序时进度"
    }
}

/// Records `unit` made (recorded_by) dated `from..=to`, counted here.
fn recorded(doc: &Document, unit: &str, from: NaiveDate, to: NaiveDate) -> usize {
    doc.activities
        .iter()
        .filter(|a| a.recorded_by.trim() == unit && from <= a.date && a.date <= to)
        .count()
        + doc
            .readings
            .iter()
            .filter(|r| r.recorded_by.trim() == unit && from <= r.date && r.date <= to)
            .count()
}

/// The text between `before` and the next `after` in `s`.
fn between<'a>(s: &'a str, before: &str, after: &str) -> Option<&'a str> {
    let i = s.find(before)? + before.len();
    let j = s[i..].find(after)? + i;
    Some(&s[i..j])
}

/// Splits "甲处、乙处（12月7日报送）" into names with their bracketed dates.
fn names(list: &str) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut rest = list;
    while !rest.is_empty() {
        let cut = rest.find('、').unwrap_or(rest.len());
        let paren = rest.find('（');
        let (item, next) = match paren {
            Some(p) if p < cut => {
                let close = rest[p..]
                    .find('）')
                    .map(|c| p + c + '）'.len_utf8())
                    .unwrap_or(rest.len());
                (&rest[..close], &rest[close..])
            }
            _ => (&rest[..cut], &rest[cut..]),
        };
        let (name, date) = match item.find('（') {
            Some(p) => (
                item[..p].to_string(),
                Some(item[p + '（'.len_utf8()..item.len() - '）'.len_utf8()].to_string()),
            ),
            None => (item.to_string(), None),
        };
        out.push((name, date));
        rest = next.strip_prefix('、').unwrap_or(next);
    }
    out
}

/// Every claim of the 通报 for `year`-`month` issued on `issued`, read
/// back from its Markdown, against the engine, the 报送 table and the
/// model. Returns the claims found false.
pub fn check_bulletin(doc: &Document, year: i32, month: u32, issued: NaiveDate) -> Vec<String> {
    let mut wrong = Vec::new();
    let plan_year = doc.plan.start.year();
    let Some(as_of) = bulletin::as_of_for(year, month, issued) else {
        return wrong;
    };
    let written = render_markdown_report(&bulletin::build(doc, year, month, issued));
    let r: Report = parse_markdown(&written);
    let p = evaluate(doc, as_of);
    let label = format!("{year}年{month}月");
    let mut claim = |ok: bool, what: String| {
        if !ok {
            wrong.push(what);
        }
    };

    // The opening: counts, completion and 序时进度 at the month's end.
    let opening = r.opening.first().map(|p| p.full_text()).unwrap_or_default();
    let all: Vec<&TargetProgress> = p.targets.iter().collect();
    let pace = if as_of >= doc.plan.end {
        "计划期已结束".to_string()
    } else {
        format!(
            "序时进度{}，{}",
            pct(p.time_progress),
            pace_words(doc, p.completion, p.time_progress)
        )
    };
    let want = format!(
        "截至{}，计划{}项指标中，{}；全部指标加权平均完成率{}，{pace}。",
        md(as_of, plan_year),
        p.targets.len(),
        counts(&all),
        pct(p.completion)
    );
    claim(
        opening.contains(&want),
        format!("opening: {want:?} not in {opening:?}"),
    );

    // 二、各单位落实情况: one paragraph per unit of the 报送 page.
    let page = reporting::unit_table(doc, &p, issued);
    let units = reporting::units(doc);
    let part = r.parts.iter().find(|p| p.heading == "二、各单位落实情况");
    let paras = part.map(|p| p.paragraphs.clone()).unwrap_or_default();
    claim(
        paras.len() == units.len(),
        format!("{} unit paragraphs for {} units", paras.len(), units.len()),
    );
    let month_start = NaiveDate::from_ymd_opt(year, month, 1).unwrap();
    for (para, unit) in paras.iter().zip(&units) {
        let lead = para.lead.clone().unwrap_or_default();
        claim(
            lead.ends_with(&format!("）{unit}。")),
            format!("lead {lead:?} for {unit}"),
        );
        let led: Vec<&TargetProgress> = doc
            .plan
            .targets()
            .filter(|(_, t)| t.lead_unit.trim() == unit)
            .filter_map(|(_, t)| p.get(&t.id))
            .collect();
        let k = recorded(doc, unit, month_start, as_of);
        let want = if led.is_empty() {
            format!("未牵头指标；{label}本单位记录工作和数据{k}条。")
        } else {
            format!(
                "牵头指标{}项，{}，加权平均完成率{}；{label}本单位记录工作和数据{k}条。",
                led.len(),
                counts(&led),
                pct(weighted(&led))
            )
        };
        claim(
            para.text == want,
            format!("{unit}: {:?} ≠ {want:?}", para.text),
        );
        // The 报送 page counts the same records for the same month.
        if let Some(c) = page.cycle {
            if (c.start, c.end) == (month_start.max(doc.plan.start), as_of) {
                let row = page.row(unit).map(|r| r.records);
                claim(
                    row == Some(k),
                    format!("{unit}: page counts {row:?}, 通报 {k}"),
                );
            }
        }
    }

    // 四、进度滞后的指标: every yellow or red target, under its lead unit,
    // with its status.
    let mut want_behind: Vec<(String, String, String)> = doc
        .plan
        .targets()
        .filter_map(|(_, t)| p.get(&t.id).map(|f| (t, f)))
        .filter(|(_, f)| matches!(f.status.colour(), Colour::Yellow | Colour::Red))
        .map(|(t, f)| {
            let u = match t.lead_unit.trim() {
                "" => "未明确牵头单位".to_string(),
                u => u.to_string(),
            };
            (
                u,
                t.title.replace('“', "‘").replace('”', "’"),
                f.status.label_zh().to_string(),
            )
        })
        .collect();
    let mut got_behind = Vec::new();
    if let Some(part) = r.parts.iter().find(|p| p.heading == "四、进度滞后的指标") {
        for para in &part.paragraphs {
            let Some(unit) = para.lead.as_deref().and_then(|l| l.strip_suffix('：')) else {
                continue;
            };
            let mut rest = para.text.as_str();
            while let Some(i) = rest.find('“') {
                let after = &rest[i + '“'.len_utf8()..];
                let Some(j) = after.find('”') else { break };
                let title = &after[..j];
                let tail = &after[j + '”'.len_utf8()..];
                let status = &tail[..tail.find('（').unwrap_or(tail.len())];
                got_behind.push((unit.to_string(), title.to_string(), status.to_string()));
                rest = tail;
            }
        }
    }
    want_behind.sort();
    got_behind.sort();
    claim(
        want_behind == got_behind,
        format!("behind: {got_behind:?} ≠ {want_behind:?}"),
    );

    // 五、报送和督办情况: the cycle the month closes, judged on the day of
    // issue, unit by unit.
    let line = r
        .parts
        .iter()
        .find(|p| p.heading == "五、报送和督办情况")
        .and_then(|p| p.paragraphs.first())
        .map(|p| p.text.clone())
        .unwrap_or_default();
    match (
        doc.plan.rules.reporting,
        model_cycle(doc, year, month, issued),
    ) {
        (Reporting::None, _) => claim(
            line == "计划未设定进展报送周期，本期不通报报送情况。",
            format!("no cycle: {line:?}"),
        ),
        (_, None) => claim(
            line.ends_with(&format!(
                "截至{}尚无截止的报送周期，本期不通报报送情况。",
                md(issued, plan_year)
            )),
            format!("none closed: {line:?}"),
        ),
        (_, Some((c, period))) => {
            let head = format!(
                "{period}进展应于{}前报送。截至{}，",
                md(c.due, plan_year),
                md(issued, plan_year)
            );
            claim(
                line.contains(&head),
                format!("cycle: {head:?} not in {line:?}"),
            );
            let body = line.split_once(&head).map(|(_, b)| b).unwrap_or("");
            let body = body.strip_suffix('。').unwrap_or(body);
            let mut said: Vec<(String, Judged)> = Vec::new();
            for clause in body.split('；').filter(|s| !s.is_empty()) {
                let parsed = [
                    ("按时报送", 0),
                    ("迟报", 1),
                    ("尚未报送", 2),
                    ("逾期未报", 3),
                    ("本期无需报送", 4),
                ]
                .iter()
                .find_map(|(w, k)| clause.strip_suffix(w).map(|l| (l, *k)));
                let Some((list, kind)) = parsed else {
                    claim(false, format!("unread clause {clause:?}"));
                    continue;
                };
                for (name, date) in names(list) {
                    let date = date.unwrap_or_default();
                    let day = |suffix: &str| {
                        let d = date.strip_suffix(suffix).unwrap_or("");
                        parse_md(d, plan_year)
                    };
                    let j = match kind {
                        0 => Some(Judged::OnTime),
                        1 => day("报送").map(Judged::Late),
                        2 => Some(Judged::NotYet),
                        3 => Some(Judged::Overdue),
                        _ => day("列入计划").map(Judged::NotDue),
                    };
                    match j {
                        Some(j) => said.push((name, j)),
                        None => claim(false, format!("unread date in {clause:?}")),
                    }
                }
            }
            let own = doc.unit.trim();
            let want: Vec<(String, Judged)> = units
                .iter()
                .filter(|u| u.as_str() != own)
                .map(|u| (u.clone(), model_judge(doc, u, &c, issued)))
                .collect();
            let mut a = said.clone();
            let mut b = want.clone();
            a.sort_by(|x, y| x.0.cmp(&y.0));
            b.sort_by(|x, y| x.0.cmp(&y.0));
            claim(a == b, format!("reporting: said {a:?}, model {b:?}"));
            // The 报送 page on the day of issue says the same when it shows
            // the same cycle.
            if page.cycle.map(|pc| (pc.end, pc.due)) == Some((c.end, c.due)) {
                for (u, j) in &want {
                    let row = page.row(u).map(|r| (r.state, r.answered));
                    let same = match (j, row) {
                        (Judged::OnTime, Some((State::Reported, Some(_)))) => true,
                        (Judged::Late(d), Some((State::Late, Some(e)))) => *d == e,
                        (Judged::NotYet, Some((State::NotReported, None))) => true,
                        (Judged::Overdue, Some((State::Overdue, None))) => true,
                        (Judged::NotDue(_), Some((State::NotDue, None))) => true,
                        _ => false,
                    };
                    claim(same, format!("{u}: page {row:?}, 通报 {j:?}"));
                }
            }
        }
    }

    // Signed by the issuing office on the day of issue.
    let tail = r.signature.last().cloned().unwrap_or_default();
    claim(tail == full(issued), format!("signature {tail:?}"));
    wrong
}

/// "12月7日" or "2027年1月5日" back to a date.
fn parse_md(s: &str, plan_year: i32) -> Option<NaiveDate> {
    let (y, rest) = match s.split_once('年') {
        Some((y, rest)) => (y.parse().ok()?, rest),
        None => (plan_year, s),
    };
    let (m, rest) = rest.split_once('月')?;
    let d = rest.strip_suffix('日')?;
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
}

/// Every claim of notice `n` composed with the figures `p`, read back from
/// its Markdown.
pub fn check_notice(doc: &Document, p: &PlanProgress, n: &Notice) -> Vec<String> {
    let mut wrong = Vec::new();
    let text = notice::render_markdown(&notice::compose(doc, p, n));
    let blocks: Vec<&str> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|b| !b.is_empty())
        .collect();
    let mut claim = |ok: bool, what: String| {
        if !ok {
            wrong.push(what);
        }
    };
    claim(
        blocks.first() == Some(&"# 督办通知单"),
        format!("title {:?}", blocks.first()),
    );
    claim(
        blocks.get(1) == Some(&notice::number_text(n.year, n.number).as_str()),
        format!("number {:?}", blocks.get(1)),
    );
    claim(
        blocks.get(2) == Some(&format!("{}：", n.unit).as_str()),
        format!("addressee {:?}", blocks.get(2)),
    );
    let opening = blocks.get(3).copied().unwrap_or("");
    claim(
        opening.contains(&format!("截至{}，", full(p.as_of)))
            && opening.contains(&format!("以下{}项指标", n.targets.len())),
        format!("opening {opening:?}"),
    );
    // "你单位牵头的" only when the unit leads every target named.
    let leads_all = n.targets.iter().all(|id| {
        doc.plan
            .target(id)
            .is_some_and(|t| t.lead_unit.trim() == n.unit.trim())
    });
    claim(
        opening.contains("你单位牵头的") == leads_all,
        format!("lead claim in {opening:?}"),
    );
    for (i, id) in n.targets.iter().enumerate() {
        let item = blocks.get(4 + i).copied().unwrap_or("");
        let (Some(t), Some(f)) = (doc.plan.target(id), p.get(id)) else {
            continue;
        };
        let title = t.title.replace('“', "‘").replace('”', "’");
        claim(
            item.contains(&format!("“{title}”")),
            format!("{item:?} names {title}"),
        );
        if matches!(t.kind, TargetKind::Count { .. }) && f.status.colour() != Colour::Blue {
            if let Some(x) = between(item, "完成率", "%") {
                claim(
                    x == f.completion.percent_1dp(),
                    format!("{title}: 完成率{x}"),
                );
            }
            if let Some(g) = between(item, "低于序时进度", "个百分点") {
                let gap = f.time_progress.saturating_sub(f.completion).percent_1dp();
                claim(g == gap, format!("{title}: gap {g} ≠ {gap}"));
            }
        }
    }
    let last = blocks.last().copied().unwrap_or("");
    claim(last == full(n.issued), format!("notice signed {last:?}"));
    wrong
}

/// The progress report's opening at `p`: its completion, 序时进度, pace and
/// how many targets stand where.
pub fn check_report(doc: &Document, p: &PlanProgress) -> Vec<String> {
    let mut wrong = Vec::new();
    let written = luoshi::report::render_markdown(doc, p, &Default::default());
    let r = parse_markdown(&written);
    let opening = r.opening.first().map(|p| p.full_text()).unwrap_or_default();
    let n = p.targets.len();
    let want = if p.as_of >= doc.plan.end {
        format!(
            "计划期已结束，计划所列{n}项指标总体完成率{}。",
            pct(p.completion)
        )
    } else {
        format!(
            "计划所列{n}项指标总体完成率{}，序时进度{}，{}。",
            pct(p.completion),
            pct(p.time_progress),
            pace_words(doc, p.completion, p.time_progress)
        )
    };
    if p.as_of >= doc.plan.start && !opening.contains(&want) {
        wrong.push(format!("report: {want:?} not in {opening:?}"));
    }
    let groups: [(&[Status], &str); 11] = [
        (&[Status::Done, Status::Met], "已完成（达标）"),
        (&[Status::OnTrack, Status::Pending], "进度正常"),
        (&[Status::DueSoon], "临近到期"),
        (&[Status::Behind], "略滞后"),
        (&[Status::Near], "接近达标"),
        (&[Status::FarBehind], "严重滞后"),
        (&[Status::Missed], "未达标"),
        (&[Status::Overdue, Status::NotDone], "逾期未完成"),
        (&[Status::NoData], "暂无数据"),
        (&[Status::NotStarted], "尚未开始"),
        (&[Status::Annual], "按年考核"),
    ];
    let words: Vec<String> = groups
        .iter()
        .filter_map(|(s, label)| {
            let k = p.targets.iter().filter(|t| s.contains(&t.status)).count();
            (k > 0).then(|| format!("{label}{k}项"))
        })
        .collect();
    let all_done = p
        .targets
        .iter()
        .all(|t| matches!(t.status, Status::Done | Status::Met));
    let want = if all_done {
        "各项指标均已完成（达标）。".to_string()
    } else {
        format!("其中，{}。", words.join("，"))
    };
    if p.as_of >= doc.plan.start && n > 0 && !opening.contains(&want) {
        wrong.push(format!("report counts: {want:?} not in {opening:?}"));
    }
    wrong
}
