//! A progress report in prose: a text that measures what was done in a
//! span already past against the year's plan (1-10月累计完成投资629亿元，
//! 占年度投资计划的97.2%; 超过时间进度13.8个百分点). Its frame (今年安排
//! 重点项目444项, 年度投资计划647.4亿元) is what the progress is measured
//! against, not a plan of its own: the text proposes nothing until a
//! heading announces the coming work.

use super::lexicon::has_word;
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

/// Whether a sentence opens on a span already past (1-8月, 截至7月底) and
/// measures what was done in it against the year's plan.
fn measures_progress(s: &[char]) -> bool {
    elapsed(s) && has_word(s, 0, s.len(), AGAINST_PLAN)
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
        // After the coming work's heading the text is a plan.
        assert!(!reports_progress(
            "下一步工作计划\n1-6月完成投资占年度计划的50%。"
        ));
    }
}
