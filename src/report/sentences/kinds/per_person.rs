//! A per-person target's sentences in the progress report: who has met it,
//! who has not and by how much.

use super::super::{by_count, count_of, list_names, Item, Sentences, LISTED};
use super::{lag_words, KindSentences};
use crate::engine::{Detail, Status};
use crate::report::words::quoted;

/// Each person on `roster` at least `each`.
pub(super) struct Words<'k> {
    /// The number each person must reach.
    pub each: u32,
    /// The people it applies to.
    pub roster: &'k [String],
}

impl<'a> Sentences<'_, 'a> {
    fn work_per_person(&self, item: &Item<'a>, each: u32) -> String {
        let f = item.figures;
        let t = item.target;
        let u = t.unit.trim();
        let tallies = match &f.detail {
            Detail::PerPerson(list) => list.as_slice(),
            _ => &[],
        };
        let n = tallies.len();
        let met = tallies.iter().filter(|p| p.met).count();
        let a = count_of(&f.actual);
        // A per-person target names its people first ("班子成员每年……"):
        // it reads without the "计划" a count opens with.
        let phrase = if t.title.contains(&each.to_string()) {
            t.title.trim().to_string()
        } else {
            format!("{}（每人{each}{u}）", t.title.trim())
        };
        let asof = self.ctx.as_of_words();
        let mut s = match &self.ctx.window {
            Some(w) => format!(
                "{phrase}，{}新增{}{u}，{asof}，",
                w.this,
                self.window_quantity(item)
            ),
            None if a == 0 => {
                return format!(
                    "{phrase}，{asof}尚未开展{}",
                    self.cumulative_tail(item, 0, u, 0)
                )
            }
            None => format!("{phrase}，{asof}，"),
        };
        if met == n {
            s.push_str(&format!("{n}人均已达到要求"));
        } else {
            if met == 0 {
                s.push_str(&format!("{n}人中尚无人达到要求"));
            } else {
                s.push_str(&format!("{n}人中已有{met}人达到要求"));
            }
            let short: Vec<(&str, u64)> = tallies
                .iter()
                .filter(|p| !p.met)
                .map(|p| (p.name.as_str(), p.count))
                .collect();
            if short.len() <= LISTED {
                let words = by_count(&short, |names, n, each| match (n, each) {
                    (0, _) => format!("{names}尚未开展"),
                    (n, false) => format!("{names}已完成{n}{u}"),
                    (n, true) => format!("{names}各完成{n}{u}"),
                });
                s.push_str(&format!("，{words}"));
            }
        }
        let tail = self
            .cumulative_tail(item, a, u, 0)
            .replacen("，完成率", "，整体完成率", 1);
        s.push_str(&tail);
        s
    }
}

impl KindSentences for Words<'_> {
    fn work<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.work_per_person(item, self.each))
    }
    fn problem<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        let f = item.figures;
        let t = item.target;
        let q = quoted(&t.title);
        let u = t.unit.trim();
        let lag = lag_words(f.status);
        let each = self.each;
        if !matches!(
            f.status,
            Status::Behind | Status::FarBehind | Status::NotDone
        ) {
            return None;
        }
        let short: Vec<(&str, u64)> = match &f.detail {
            Detail::PerPerson(list) => list
                .iter()
                .filter(|p| !p.met)
                .map(|p| (p.name.as_str(), u64::from(each).saturating_sub(p.count)))
                .collect(),
            _ => Vec::new(),
        };
        let head = if f.status == Status::NotDone {
            format!("{q}计划期已结束，")
        } else {
            format!("{q}{lag}，")
        };
        let mut text = format!("{head}尚有{}人未达到要求", short.len());
        if short.len() <= LISTED {
            let words = by_count(&short, |names, n, each| {
                if each {
                    format!("{names}各差{n}{u}")
                } else {
                    format!("{names}还差{n}{u}")
                }
            });
            text.push_str(&format!("，其中{words}"));
        }
        if f.status != Status::NotDone {
            text.push_str(&format!("，{}", s.need_by(s.deadline(t))));
        }
        Some(text)
    }
    fn next_step<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        let f = item.figures;
        let q = quoted(&item.target.title);
        let by = s.ctx.date(s.deadline(item.target));
        let short: Vec<String> = f.people_short().iter().map(|s| s.to_string()).collect();
        if short.is_empty() {
            return None;
        }
        if f.status == Status::NotDone {
            Some(format!("{q}督促{}抓紧补齐", list_names(&short)))
        } else {
            Some(format!("{q}督促{}于{by}前完成", list_names(&short)))
        }
    }
    fn counts_up(&self) -> bool {
        true
    }
    fn roster(&self) -> Option<&[String]> {
        Some(self.roster)
    }
}
