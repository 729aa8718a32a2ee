//! A progress report in prose: a text that measures what was done in a
//! span already past against the year's plan (1-10月累计完成投资629亿元，
//! 占年度投资计划的97.2%; 超过时间进度13.8个百分点). Its frame (今年安排
//! 重点项目444项, 年度投资计划647.4亿元) is what the progress is measured
//! against, not a plan of its own: the text proposes nothing until a
//! heading announces the coming work.

use super::lexicon::{has_word, is_han, word_at};
use super::news::elapsed;
use super::text::{forward, sentences};

/// Words that measure work done against the year's plan or its schedule.
const AGAINST_PLAN: &[&str] = &[
    "占年度",
    "占年计划",
    "占全年",
    "完成年度",
    "完成全年任务的",
    "年度计划的",
    "时间进度",
    "序时进度",
];

/// Words that open a clause on where things stand now (截至目前): what
/// follows is a result, whatever the year.
const AS_OF_NOW: &[&str] = &["截至目前", "截止目前", "截至当前", "截止当前"];

/// Parts of the year named as spans (上半年, 前三季度). A plan names them
/// too (上半年完成投资占年度计划的50%以上), so the span is past only when a
/// word of what actually happened follows it in its clause.
const YEAR_PARTS: &[&str] = &["上半年", "前三季度", "一季度", "前两季度"];

/// Words of what actually happened: 实际完成, 累计完成, 已完成.
const ACTUAL: &[&str] = &["实际", "累计", "已"];

/// Whether a clause of the sentence opens on where things stand now
/// (截至目前，…) or on a part of the year followed by what actually
/// happened in it (上半年实际完成投资156.92亿元).
fn past_clause(s: &[char]) -> bool {
    s.split(|c| matches!(c, '，' | ',')).any(|clause| {
        let Some(a) = clause.iter().position(|c| is_han(*c)) else {
            return false;
        };
        if word_at(clause, a, AS_OF_NOW).is_some() || dated_as_of(clause, a) {
            return true;
        }
        word_at(clause, a, YEAR_PARTS).is_some_and(|w| {
            let k = a + w.chars().count();
            has_word(clause, k, clause.len(), ACTUAL)
        })
    })
}

/// Whether the clause opens at `a` on the date things stood at, with its
/// year (截至2020年12月底，…): a result.
fn dated_as_of(clause: &[char], a: usize) -> bool {
    if word_at(clause, a, &["截至", "截止"]).is_none() {
        return false;
    }
    let digits = |from: usize| {
        let mut j = from;
        while j < clause.len() && clause[j].is_ascii_digit() {
            j += 1;
        }
        (j > from).then_some(j)
    };
    let Some(y) = digits(a + 2).filter(|&y| clause.get(y) == Some(&'年')) else {
        return false;
    };
    digits(y + 1).is_some_and(|m| clause.get(m) == Some(&'月'))
}

/// Whether a sentence opens on a span already past (1-8月, 截至7月底,
/// 截至目前, 上半年实际…) and measures what was done in it against the
/// year's plan.
fn measures_progress(s: &[char]) -> bool {
    (elapsed(s) || past_clause(s)) && has_word(s, 0, s.len(), AGAINST_PLAN)
}

/// Whether a short line without a sentence's stops announces the coming
/// work (下一步工作打算, 2024年工作计划): what follows it is a plan again.
fn forward_heading(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= 30 && !t.contains(['。', '，', '；']) && forward(t)
}

/// Whether the text, before any heading of the coming work, measures its
/// progress against the year's plan: a progress report, whose figures
/// (the frame included) are not targets.
pub(crate) fn reports_progress(text: &str) -> bool {
    for line in text.lines() {
        if forward_heading(line) {
            return false;
        }
        let chars: Vec<char> = line.chars().collect();
        if sentences(&chars)
            .iter()
            .any(|s| measures_progress(&s.chars))
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_against_the_plan() {
        assert!(reports_progress(
            "今年安排重点项目10项，年度投资计划20亿元。1-6月累计完成投资12亿元，占年度投资计划的60%。"
        ));
        assert!(reports_progress(
            "截至9月底，完成投资8亿元，超过时间进度5个百分点。"
        ));
        // A plan's half-year line is a target, not a result.
        assert!(!reports_progress("上半年完成投资占年度计划的50%以上。"));
        // Where things stand now, and a half year's actual work.
        assert!(reports_progress(
            "截至目前，在建项目95个，完成投资188.7亿元，占年度计划的53.43%。"
        ));
        assert!(reports_progress(
            "今年计划总投资277亿元，上半年实际完成投资156.92亿元，占全年计划投资的56.6%。"
        ));
        assert!(reports_progress(
            "年度计划投资2.47亿元，截至2020年12月底，完成投资2.41亿元，占年度计划的97.6%。"
        ));
        // After the coming work's heading the text is a plan.
        assert!(!reports_progress(
            "下一步工作计划\n1-6月完成投资占年度计划的50%。"
        ));
    }
}
