//! A target's figures by contributing unit (the unit that recorded each activity), on its page: who did how much, from
//! [`crate::contribution::by_unit`]. Hidden for measured targets and when
//! no activity counts yet.

use leptos::prelude::*;

use crate::contribution::{by_unit, Share};
use crate::engine::Measure;
use crate::i18n::contribution::msgs;
use crate::i18n::Lang;
use crate::plan::{Target, TargetId};
use crate::present::{fmt_measure, with_unit};

use crate::app::state::use_app;

/// A share in the words of the kind: "2 次", "4 个月", "已完成".
fn share_figure(target: &Target, s: &Share, lang: Lang) -> String {
    let n = match s.actual {
        Measure::Count(n) => n,
        _ => return fmt_measure(s.actual, &target.unit),
    };
    let kind = crate::plan::kind::of(&target.kind);
    if kind.is_once() {
        return if n > 0 {
            msgs(lang).done.to_string()
        } else {
            "—".to_string()
        };
    }
    let unit = kind.counted_in(&target.kind, lang).unwrap_or(&target.unit);
    with_unit(&n.to_string(), unit)
}

/// The target's shares by unit, as a small table.
#[component]
pub fn UnitShares(
    /// The target.
    id: TargetId,
) -> impl IntoView {
    let app = use_app();
    let shares = {
        let id = id.clone();
        Memo::new(move |_| {
            let as_of = app.as_of.get();
            app.doc.with(|d| {
                let target = d.plan.target(&id).cloned();
                let shares = by_unit(d, as_of)
                    .into_iter()
                    .find(|t| t.id == id)
                    .map(|t| t.shares)
                    .unwrap_or_default();
                target.map(|t| (t, shares))
            })
        })
    };
    let shown = move || shares.with(|s| s.as_ref().is_some_and(|(_, v)| !v.is_empty()));
    let rows = move || {
        let lang = app.lang.get();
        let m = msgs(lang);
        shares.with(|s| match s {
            Some((target, list)) => list
                .iter()
                .map(|s| {
                    let unit = if s.unit.is_empty() {
                        m.no_unit.to_string()
                    } else {
                        s.unit.clone()
                    };
                    view! {
                        <tr>
                            <td>{unit}</td>
                            <td class="num">{share_figure(target, s, lang)}</td>
                            <td class="num">{s.activities}</td>
                        </tr>
                    }
                })
                .collect_view()
                .into_any(),
            None => ().into_any(),
        })
    };
    let m = move || msgs(app.lang.get());
    view! {
        <Show when=shown>
            <section class="card unit-shares" aria-labelledby="unit-shares-title" data-testid="unit-shares">
                <h3 id="unit-shares-title">{move || m().heading}</h3>
                <div class="table-wrap" tabindex="0" role="group" aria-labelledby="unit-shares-title">
                    <table>
                        <thead><tr>
                            <th scope="col">{move || m().col_unit}</th>
                            <th scope="col" class="num">{move || m().col_done}</th>
                            <th scope="col" class="num">{move || m().col_records}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p class="quiet small">{move || m().note}</p>
            </section>
        </Show>
    }
}
