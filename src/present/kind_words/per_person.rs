//! A per-person target's words: "每人不少于 4 个（共 7 人）", "7 人中 5 人
//!已达 4 个…".

use super::{measure_text, Fact, KindWords, TableWords};
use crate::engine::{Detail, TargetProgress};
use crate::i18n::Lang;
use crate::plan::Target;
use crate::present::format::{fill, fmt_percent, status_in_sentence, with_unit};

/// Each person on `roster` at least `each`.
pub struct Words<'a> {
    /// The number each person must reach.
    pub each: u32,
    /// The people it applies to.
    pub roster: &'a [String],
}

impl Words<'_> {
    /// How many people have met it, of how many.
    fn met(&self, p: &TargetProgress) -> (usize, usize) {
        match &p.detail {
            Detail::PerPerson(t) => (t.iter().filter(|x| x.met).count(), t.len()),
            _ => (0, self.roster.len()),
        }
    }
}

impl KindWords for Words<'_> {
    fn goal(&self, target: &Target, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        fill(
            m.goal_per_person,
            &[
                &with_unit(&self.each.to_string(), &target.unit),
                &self.roster.len().to_string(),
            ],
        )
    }
    fn figure_sentence(&self, target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let (met, n) = self.met(p);
        fill(
            m.fig_per_person,
            &[
                &met.to_string(),
                &n.to_string(),
                &with_unit(&self.each.to_string(), &target.unit),
                &fmt_percent(p.completion),
                &fmt_percent(p.time_progress),
                &status_in_sentence(p.status, lang),
            ],
        )
    }
    fn short_figure(&self, _target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let (met, all) = self.met(p);
        fill(m.short_people, &[&met.to_string(), &all.to_string()])
    }
    fn shows_time_marker(&self) -> bool {
        true
    }
    fn table_figure(&self, target: &Target, p: &TargetProgress, w: &TableWords) -> String {
        let (actual, goal) = (measure_text(&p.actual, ""), measure_text(&p.goal, ""));
        let short = p.people_short();
        let mut text = format!("{actual}/{goal}{}", target.unit);
        if !short.is_empty() {
            text.push_str(&format!(
                "{}{}{}{}",
                w.open,
                w.short,
                short.join(w.sep),
                w.close
            ));
        }
        text
    }
    fn facts(&self, p: &TargetProgress) -> Vec<Fact> {
        let short = p.people_short().into_iter().map(String::from).collect();
        vec![Fact::PeopleShort(short)]
    }
}
