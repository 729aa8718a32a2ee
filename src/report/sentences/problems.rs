//! The entries of "存在的问题" and the clauses of "下一步工作打算": what all
//! kinds share (grouping, a target without data, the colour's change); each
//! kind's own words are its module's in `kinds/`.

use super::{count_of, kinds, Item, Sentences, GROUP, LISTED};
use crate::engine::Status;
use crate::report::words::{end_sentence, quoted};

impl<'a> Sentences<'_, 'a> {
    /// The entries of "二、存在的问题" (each to follow "一是"). Targets not
    /// begun at all, and targets without data, are named together when
    /// there are several, so that an early or empty ledger reads as one
    /// finding rather than a page of them.
    pub fn problems(&self, all: &[&Item<'a>]) -> Vec<String> {
        let not_begun = |i: &&&Item<'a>| {
            kinds::of(&i.target.kind).counts_up()
                && matches!(i.figures.status, Status::Behind | Status::FarBehind)
                && count_of(&i.figures.actual) == 0
        };
        let no_data = |i: &&&Item<'a>| i.figures.status == Status::NoData;
        let begun: Vec<&&Item> = all.iter().filter(not_begun).collect();
        let empty: Vec<&&Item> = all.iter().filter(no_data).collect();
        let group_begun = begun.len() >= GROUP;
        let group_empty = empty.len() >= GROUP;
        let names = |list: &[&&Item]| -> String {
            let titles: Vec<String> = list.iter().map(|i| quoted(&i.target.title)).collect();
            if titles.len() <= LISTED {
                titles.concat()
            } else {
                format!("{}等", titles[..LISTED].concat())
            }
        };
        let mut out = Vec::new();
        if group_begun {
            out.push(format!(
                "{}{}项指标尚未开展，滞后于序时进度，需尽快启动、倒排工期。",
                names(&begun),
                begun.len()
            ));
        }
        for item in all {
            if (group_begun && not_begun(&item)) || (group_empty && no_data(&item)) {
                continue;
            }
            if let Some(p) = self.problem(item) {
                out.push(p);
            }
        }
        if group_empty {
            out.push(format!(
                "{}{}项指标尚未录入监测数据，无法评估进展。",
                names(&empty),
                empty.len()
            ));
        }
        out
    }

    /// The target's entry in "二、存在的问题" (after "一是"), if it has one.
    pub(super) fn problem(&self, item: &Item<'a>) -> Option<String> {
        let text = match kinds::of(&item.target.kind).problem(self, item) {
            Some(text) => text,
            None if item.figures.status == Status::NoData => format!(
                "{}尚未录入监测数据，无法评估进展",
                quoted(&item.target.title)
            ),
            None => return None,
        };
        // The change is told once: in the target's work sentence, or here
        // when a monthly or quarterly report has no sentence for it.
        let silent = self.ctx.window.is_some() && !self.touched(item);
        match self.change(item).filter(|_| silent) {
            Some(c) => Some(end_sentence(&format!("{text}，{c}"))),
            None => Some(end_sentence(&text)),
        }
    }

    /// The target's clause in "三、下一步工作打算", if work remains.
    pub fn next_step(&self, item: &Item<'a>) -> Option<String> {
        match item.figures.status {
            Status::Done | Status::Met => None,
            _ => kinds::of(&item.target.kind).next_step(self, item),
        }
    }
}
