//! Pairs and lists in one clause: "A和B…分别超过90家和870家" gives each
//! figure its own subject, in order.

use super::lexicon::{is_han, starts_with};

/// Words that scope a subject without naming it (全区高新技术企业).
const SCOPES: &[&str] = &["全区", "全市", "全县", "全镇", "全省", "全街道", "各"];

/// Characters that end a subject after its last name (科技型企业在2022年…).
const AFTER: &[char] = &[
    '在', '实', '达', '分', '均', '将', '要', '力', '共', '到', '于',
];

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
        .find(|&i| AFTER.contains(&s[i]) || !(is_han(s[i]) || matches!(s[i], '“' | '”')))
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
