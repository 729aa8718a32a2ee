//! A sentence's readings become proposals: each with its lead unit and
//! partners, its horizon noted when it falls outside the period, and the
//! story news tells about a plan left out.

use super::model::{Period, Proposal, Source};
use super::notes::Note;
use super::{counts, kinds, lexicon, propose, scan};

/// What the sentence's line and text say about its readings.
pub(super) struct Context {
    /// The text is news that carries a plan adopted.
    pub news: bool,
    /// The sentence is an item of a list (a heading's, a project's).
    pub listed: bool,
    /// Where a breakdown told in the perfect starts (其中，遴选了…).
    pub narrated_from: Option<usize>,
    /// The text is a semester's plan.
    pub semester: bool,
    pub period: Period,
}

/// In a semester's plan, a figure said per semester (每学期不少于15篇) is
/// the plan's own: it is not folded into a yearly number.
fn unfold_semester(f: &mut propose::Found) {
    let folded = f.notes.iter().position(
        |n| matches!(n, Note::CadenceFolded(w) if counts::SEMESTER.contains(&w.as_str())),
    );
    let Some(at) = folded else { return };
    if let Some(n) = kinds::tally_mut(&mut f.kind) {
        *n /= 2;
        f.notes.remove(at);
    } else if let Some((min, max)) = kinds::range_mut(&mut f.kind) {
        (*min, *max) = (*min / 2, *max / 2);
        f.notes.remove(at);
    }
}

/// Adds the proposals of `reading`, read from the sentence `chars`, to
/// `out`.
pub(super) fn push(
    out: &mut Vec<Proposal>,
    reading: propose::Reading,
    chars: &[char],
    cx: Context,
) {
    let own_lead = scan::lead_unit(chars);
    let own_partners = scan::partners(chars);
    let annual = lexicon::has_word(chars, 0, chars.len(), lexicon::ANNUAL_CUES);
    for (mut f, horizon) in reading.found.into_iter().zip(reading.horizons) {
        // In news, a commitment with neither a figure nor a date
        // outside the plan's items tells how it was made (…，形成
        // 民生实事建议项目).
        let story = cx.news
            && !cx.listed
            && kinds::is_milestone(&f.kind)
            && f.notes.contains(&Note::DueAtPeriodEnd);
        if story || cx.narrated_from.is_some_and(|b| f.span.start >= b) {
            continue;
        }
        if cx.semester {
            unfold_semester(&mut f);
        }
        let period = cx.period;
        if let Some(h) = horizon.filter(|h| *h < period.start || *h > period.end) {
            f.notes.push(Note::OutsidePeriod(h));
        }
        out.push(Proposal {
            title: f.title,
            kind: f.kind,
            unit: f.unit,
            lead_unit: own_lead.clone().unwrap_or_default(),
            partners: own_partners.clone(),
            owner: String::new(),
            annual,
            due: f.due,
            group: f.group,
            source: Source::new(chars, f.span),
            notes: f.notes,
        });
    }
}
