//! A conflict of the consolidation preview in words: the record by its date
//! and title, and which version stands and why.

use super::{Clash, Consolidation};
use crate::i18n::reporting::{fill, msgs};
use crate::i18n::Lang;
use crate::merge::Side;

/// "2026-03-05「走访企业」两边内容不同，以本文件的版本（修改时间较晚）为准
/// （已有版本来自 a.json）": the record named as the result holds it, the
/// version kept (the one changed later, or, stamped alike, the one the
/// merge's tie-break picks) and where the other came from.
pub fn clash_text(c: &Consolidation, clash: &Clash, lang: Lang) -> String {
    let m = msgs(lang);
    let winner = match (clash.conflict.winner, clash.conflict.same_stamp) {
        (Side::Theirs, false) => m.winner_this,
        (Side::Ours, false) => m.winner_ours,
        (Side::Theirs, true) => m.winner_this_tie,
        (Side::Ours, true) => m.winner_ours_tie,
    };
    let record = match clash.conflict.label(&c.result) {
        Some((date, title)) => fill(
            m.record,
            &[
                ("date", &date.format("%Y-%m-%d").to_string()),
                ("title", &title),
            ],
        ),
        None => fill(m.record_id, &[("id", &clash.conflict.id)]),
    };
    let mut out = fill(m.clash, &[("record", &record), ("winner", winner)]);
    out.push_str(&match clash.against.and_then(|j| c.files.get(j)) {
        Some(f) => fill(m.clash_with, &[("file", &f.name)]),
        None => m.clash_with_ours.to_string(),
    });
    out
}
