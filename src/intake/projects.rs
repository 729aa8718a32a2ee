//! Lists of projects (民生实事): each project is one target. A project is a
//! line "名称项目：内容" or a numbered heading "1、名称项目" with its text
//! below; it gives the figures of its text, or else one commitment titled
//! by its name. A schedule sentence (除A在6月前完成、B在10月底前完成外，其余
//! 项目均在12月完成) gives A and B their dates and the rest theirs.

use std::ops::Range;

use chrono::NaiveDate;

use super::lexicon::{is_han, starts_with, word_at};
use super::numerals::is_chinese_numeral;

/// What the extractor knows of the list it is reading.
#[derive(Debug, Default)]
pub(crate) struct Projects {
    /// The text is a list of projects (its title or a line names 实事).
    pub on: bool,
    /// The date a schedule gives the projects it does not name.
    pub rest: Option<NaiveDate>,
    /// Titles of the commitments a schedule gave by name.
    pub named: Vec<String>,
}

/// Words that make a text a list of projects.
const LIST_WORDS: &[&str] = &["实事", "民生工程", "为民办实事", "民生项目"];

/// Endings of a project's name.
const NAME_ENDS: &[&str] = &["项目", "工程"];

/// Kinds of list a heading may name before its name ending (实事项目,
/// 重点工程): the list, not one of its projects.
const LIST_KINDS: &[&str] = &["实事", "民生实事", "为民办实事", "惠民实事", "重点", "民生"];

impl Projects {
    /// Notes a line of the text: the list starts where a title or a
    /// heading names it (its first clause: 2024年真新街道实事项目出炉), not
    /// where a sentence mentions 实事 in passing.
    pub fn see(&mut self, line: &[char]) {
        let end = line
            .iter()
            .position(|c| matches!(c, '，' | '。' | '；' | '：'))
            .unwrap_or(line.len());
        let t: String = line[..end].iter().collect();
        // 关于做好…为民办实事的通知: a notice about the list, not the list.
        let notice = t.trim().starts_with("关于") && t.trim_end().ends_with("通知");
        // 根据…民生十件实事内容，…: a clause that cites the list.
        let cites = ["根据", "按照", "依据"]
            .iter()
            .any(|w| t.trim().starts_with(w));
        if !notice && !cites && LIST_WORDS.iter().any(|w| t.contains(w)) {
            self.on = true;
        }
    }

    /// Whether a schedule already gave the project `name` its date.
    pub fn scheduled(&self, name: &str) -> bool {
        self.named.iter().any(|t| t.contains(name))
    }
}

/// Whether the text is a project's name: short, no sentence marks, ending
/// in 项目 or 工程.
pub(crate) fn is_name(t: &str) -> bool {
    let n = t.chars().count();
    // 一、实事项目 over （一）老有所享: the list's kind heads the list, it
    // names no project of it.
    let kind = NAME_ENDS
        .iter()
        .find_map(|e| t.strip_suffix(e))
        .is_some_and(|k| LIST_KINDS.contains(&k));
    !kind
        && (4..=40).contains(&n)
        && NAME_ENDS.iter().any(|e| t.ends_with(e))
        && !t.contains(['，', '。', '；'])
}

/// A line "名称项目：内容": the name and where the text starts (chars).
pub(crate) fn item(line: &[char]) -> Option<(String, usize)> {
    let colon = line.iter().position(|&c| c == '：')?;
    let name: String = line[..colon].iter().collect();
    is_name(name.trim()).then(|| (name.trim().to_string(), colon + 1))
}

/// Whether the sentence is a schedule for the rest of a list: 其余项目均…
pub(crate) fn is_schedule(s: &[char]) -> bool {
    let t: String = s.iter().collect();
    ["其余", "其他", "其它", "剩余"]
        .iter()
        .any(|w| t.contains(w))
        && ["均", "都", "全部"].iter().any(|w| t.contains(w))
}

/// Ends the project `name` whose text gave `proposals[start..]`: its
/// figures stay; its commitments become one, titled by its name and due on
/// the first date they give, else the schedule's date for the rest, else
/// the end of the period.
pub(crate) fn close(
    proposals: &mut Vec<super::Proposal>,
    start: usize,
    name: &str,
    rest: Option<NaiveDate>,
    period_end: NaiveDate,
) {
    let tail: Vec<super::Proposal> = proposals.drain(start..).collect();
    let mut first_due = None;
    let mut source = None;
    for mut p in tail {
        if let Some(due) = super::kinds::due_of(&p.kind) {
            if !p.notes.contains(&super::Note::DueAtPeriodEnd) {
                first_due = first_due.or(Some(due));
            }
            source = source.or(Some(p.source));
            continue;
        }
        if !p.title.contains(name) {
            p.title = format!("{name}：{}", p.title);
        }
        proposals.push(p);
    }
    if proposals.len() > start {
        return;
    }
    let mut notes = Vec::new();
    let due = first_due.or(rest).unwrap_or_else(|| {
        notes.push(super::Note::DueAtPeriodEnd);
        period_end
    });
    let chars: Vec<char> = name.chars().collect();
    proposals.push(super::Proposal {
        title: name.to_string(),
        kind: super::kinds::milestone(due),
        unit: String::new(),
        lead_unit: String::new(),
        partners: Vec::new(),
        owner: String::new(),
        annual: false,
        due: None,
        group: String::new(),
        source: source.unwrap_or_else(|| super::Source::new(&chars, 0..chars.len())),
        notes,
    });
}

/// In a list of projects, a clause that carries out a project it names
/// (实施农村生活污水改造提升工程; 二是推进…综合环境整治工程; …小区将实施…
/// 粉刷工程): the project is the commitment.
pub(crate) fn carried_out(s: &[char], c: &Range<usize>) -> Option<Range<usize>> {
    let mut a = (c.start..c.end).find(|&i| is_han(s[i]))?;
    // 二是…: the item's marker.
    let marked = is_chinese_numeral(s[a]) && s.get(a + 1) == Some(&'是');
    if marked {
        a += 2;
    }
    let mut e = c.end;
    while e > a && !is_han(s[e - 1]) {
        e -= 1;
    }
    let names = ["工程", "项目"]
        .iter()
        .any(|w| e >= a + 2 && starts_with(s, e - 2, w));
    const CARRY: &[&str] = &["实施", "推进", "新建", "建设"];
    // 实施校舍安全工程，完成加固校舍3.03万平方米…: the programme whose
    // figures follow is their frame.
    let frames = (c.end..s.len()).any(|i| s[i].is_ascii_digit());
    let opens = word_at(s, a, CARRY).is_some() && !frames;
    let will = (a..e).any(|i| starts_with(s, i, "将") && word_at(s, i + 1, CARRY).is_some());
    // 将实施十件民生实事项目: a clause that sizes the list announces it.
    let sized = (a..e.saturating_sub(1)).any(|i| {
        (is_chinese_numeral(s[i]) || s[i].is_ascii_digit())
            && matches!(s[i + 1], '件' | '项' | '个' | '大')
    });
    // 四是对…小区外便道进行标准化提升, 五是在…安装健身器材: an item that
    // opens on the work it does to a thing.
    const WORKS: &[&str] = &["安装", "提升", "改造", "新建", "修建", "铺设"];
    let works = marked
        && (a..e).any(|i| word_at(s, i, WORKS).is_some())
        && !(a..e).any(|i| word_at(s, i, super::lexicon::ONGOING).is_some());
    (((opens || will) && names) || works)
        .then_some(a..e)
        .filter(|_| !sized)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_items() {
        let line: Vec<char> = "环卫设施维护项目：对辖区270余座无主无能化粪池进行清掏维护。"
            .chars()
            .collect();
        assert_eq!(item(&line).map(|(n, _)| n), Some("环卫设施维护项目".into()));
        assert!(is_name("部分小区雨污混接混排改造工程项目"));
        assert!(!is_name("对华玉小学公交站进行升级改造，项目"));
    }
}
