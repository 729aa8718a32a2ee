//! Pairs and lists in one clause: "A和B…分别超过90家和870家" gives each
//! figure its own subject, in order.

use super::lexicon::{is_han, starts_with};

/// Words that scope a subject without naming it (全区高新技术企业).
const SCOPES: &[&str] = &["全区", "全市", "全县", "全镇", "全省", "全街道", "各"];

/// Characters that end a subject after its last name (科技型企业在2022年…).
/// 力 only as 力争 (劳动力 is a name).
const AFTER: &[char] = &['在', '实', '达', '分', '均', '将', '要', '共', '到', '于'];

/// The `n` subjects, in order, that the 分别 at `at` pairs its figures
/// with: the names joined by 和、及、与 before it in the sentence, back to the
/// clause that holds them. `None` when there are not exactly `n`.
pub(crate) fn subjects(s: &[char], at: usize, n: usize) -> Option<Vec<String>> {
    if n < 2 {
        return None;
    }
    // The last joiner before 分别, and the name after it; with none, a
    // contracted pair (城乡居民…分别增长7%、8%).
    let Some(j) = (0..at)
        .rev()
        .find(|&i| matches!(s[i], '和' | '及' | '与' | '、'))
    else {
        return contracted(s, at, n);
    };
    let last_end = (j + 1..at)
        .find(|&i| {
            (AFTER.contains(&s[i]) && !(s[i] == '均' && s[i - 1] == '人'))
                || starts_with(s, i, "力争")
                || !(is_han(s[i]) || matches!(s[i], '“' | '”'))
        })
        .unwrap_or(at);
    // The start of the list: back to the clause's start.
    let start = (0..j)
        .rev()
        .find(|&i| matches!(s[i], '，' | '。' | '；' | '：'))
        .map_or(0, |i| i + 1);
    let mut names: Vec<String> = s[start..last_end]
        .split(|&c| matches!(c, '和' | '及' | '与' | '、'))
        .map(|part| {
            let mut t: &[char] = part;
            while let Some(w) = SCOPES.iter().find(|w| starts_with(t, 0, w)) {
                t = &t[w.chars().count()..];
            }
            t.iter().collect::<String>().trim().to_string()
        })
        .collect();
    names.retain(|n| !n.is_empty());
    (names.len() == n && names.iter().all(|x| x.chars().count() <= 20)).then_some(names)
}

/// Where each figure after `at` starts: a run of digits (90%、99%和13.5年).
fn figure_starts(s: &[char], at: usize, end: usize) -> Vec<usize> {
    (at..end)
        .filter(|&i| s[i].is_ascii_digit() && !(s[i - 1].is_ascii_digit() || s[i - 1] == '.'))
        .collect()
}

/// The names of a list of rates, each with its own subject, that the 分别
/// in clause `c` pairs its figures with (义务教育巩固率和高中阶段教育毛入学率
/// 分别达到…), in order, a year that opens the clause left out; with where
/// 分别 stands. `None` when the later names are bare rate words that share
/// the first one's subject (办结率、满意率分别达95%、90%), or when the
/// figures are not as many as the names. A clause with no names of its own
/// (2020年分别达到98%、…) takes `carried`, the list of the sentence before.
pub(crate) fn list_names(
    s: &[char],
    c: &std::ops::Range<usize>,
    carried: Option<&[String]>,
) -> Option<(usize, Vec<String>)> {
    let at = (c.start..c.end).find(|&i| starts_with(s, i, "分别"))?;
    let n = figure_starts(s, at, c.end).len();
    let joined = (c.start..at).any(|i| matches!(s[i], '和' | '及' | '与' | '、'));
    if !joined {
        let bare = !(c.start..at).any(|i| is_han(s[i]) && !matches!(s[i], '年' | '底' | '末'));
        return carried
            .filter(|l| bare && l.len() == n)
            .map(|l| (at, l.to_vec()));
    }
    let names: Vec<String> = subjects(s, at, n)?
        .into_iter()
        .map(|x| {
            let digits = x.chars().take_while(char::is_ascii_digit).count();
            match x.chars().nth(digits) {
                Some('年') if digits == 4 => x.chars().skip(5).collect(),
                _ => x,
            }
        })
        .collect();
    names[1..]
        .iter()
        .any(|x| x.chars().count() > 4)
        .then_some((at, names))
}

/// The name of the list `names` paired by the 分别 at `at` with the figure
/// starting at `from`.
pub(crate) fn name_of<'a>(
    s: &[char],
    (at, names): (usize, &'a [String]),
    from: usize,
) -> Option<&'a String> {
    names.get(figure_starts(s, at, from).len())
}

/// Words that name two subjects at once, as statistics write them
/// (城乡居民 for 城镇居民 and 农村居民), with the two they stand for.
const CONTRACTED: &[(&str, [&str; 2])] = &[("城乡", ["城镇", "农村"])];

/// The two subjects of a clause whose subject is a contracted pair
/// (城乡居民人均可支配收入分别增长7%、8%): the subject with each word in
/// its place.
fn contracted(s: &[char], at: usize, n: usize) -> Option<Vec<String>> {
    let start = (0..at)
        .rev()
        .find(|&i| matches!(s[i], '，' | '。' | '；' | '：'))
        .map_or(0, |i| i + 1);
    let subject: String = s[start..at].iter().collect();
    let subject = subject.trim();
    let (word, pair) = CONTRACTED.iter().find(|(w, _)| subject.contains(w))?;
    (n == 2 && subject.chars().count() <= 20)
        .then(|| pair.iter().map(|p| subject.replacen(word, p, 1)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_names_own_or_carried() {
        let s: Vec<char> =
            "2015年义务教育巩固率和高中阶段毛入学率分别达到96%和92%；2020年分别达到98%和95%"
                .chars()
                .collect();
        let semi = s.iter().position(|&c| c == '；').unwrap();
        let (at, names) = list_names(&s, &(0..semi), None).unwrap();
        assert_eq!(names, ["义务教育巩固率", "高中阶段毛入学率"]);
        let second = semi + 1..s.len();
        let (_, carried) = list_names(&s, &second, Some(&names)).unwrap();
        assert_eq!(carried, names);
        let at92 = (at..semi)
            .find(|&i| s[i] == '9' && s[i + 1] == '2')
            .unwrap();
        assert_eq!(
            name_of(&s, (at, &names), at92).map(String::as_str),
            Some("高中阶段毛入学率")
        );
        // Bare rate words share the first's subject: no list of names.
        let s: Vec<char> = "办结率、满意率分别达到95%、90%".chars().collect();
        assert_eq!(list_names(&s, &(0..s.len()), None), None);
    }

    #[test]
    fn subjects_before_respectively() {
        let s: Vec<char> = "到2027年，全区高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家"
            .chars()
            .collect();
        let at = s.iter().position(|&c| c == '分').unwrap();
        assert_eq!(
            subjects(&s, at, 2),
            Some(vec!["高新技术企业".to_string(), "科技型企业".to_string()])
        );
        assert_eq!(subjects(&s, at, 3), None);
        let s: Vec<char> = "新增城镇就业和转移农村劳动力分别为5000人和8000人"
            .chars()
            .collect();
        let at = s.iter().position(|&c| c == '分').unwrap();
        assert_eq!(
            subjects(&s, at, 2),
            Some(vec![
                "新增城镇就业".to_string(),
                "转移农村劳动力".to_string()
            ])
        );
        let s: Vec<char> = "城乡居民人均可支配收入分别增长7%、8%左右".chars().collect();
        let at = s.iter().position(|&c| c == '分').unwrap();
        assert_eq!(
            subjects(&s, at, 2),
            Some(vec![
                "城镇居民人均可支配收入".to_string(),
                "农村居民人均可支配收入".to_string()
            ])
        );
    }
}
