//! The target page's 督办 block: the 督办通知单 issued about the target
//! (issued, reply due, replied) and, for a yellow, red or blue target, the
//! action that opens the issuing form at `#/duban/<id>`.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::state::use_app;
use crate::duban::notice;
use crate::i18n::duban::msgs;
use crate::plan::TargetId;
use crate::present::{fill, fmt_date};

/// The notices about one target.
#[component]
pub fn TargetNotices(
    /// The target.
    id: TargetId,
) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let chase = Memo::new(move |_| {
        app.progress.with(|p| {
            id.with_value(|id| {
                p.get(id)
                    .is_some_and(|f| notice::can_chase(f.status.colour()))
            })
        })
    });
    let lines = move || {
        let lang = app.lang.get();
        let as_of = app.as_of.get();
        let m = msgs(lang);
        app.doc.with(|d| {
            id.with_value(|id| {
                notice::about_target(d, id)
                    .into_iter()
                    .map(|n| {
                        let state = notice::state(n, as_of);
                        let words = match state {
                            notice::State::Open => m.state_open.to_string(),
                            notice::State::Overdue => m.state_overdue.to_string(),
                            notice::State::Replied(day) => {
                                let mut s = fill(m.state_replied, &[&fmt_date(day, lang)]);
                                if !n.reply.is_empty() {
                                    s.push_str(&format!("：{}", n.reply));
                                }
                                s
                            }
                        };
                        let text = fill(
                            m.target_line,
                            &[
                                &notice::number_text(n.year, n.number),
                                &n.unit,
                                &fmt_date(n.issued, lang),
                                &fmt_date(n.reply_due, lang),
                                &words,
                            ],
                        );
                        view! { <li class=format!("notice-{}", state.as_str())>{text}</li> }
                    })
                    .collect_view()
            })
        })
    };
    let empty = move || {
        app.doc
            .with(|d| id.with_value(|id| notice::about_target(d, id).is_empty()))
    };
    let href = move || Route::Duban(Some(id.get_value().0)).to_hash();
    view! {
        <section class="card target-notices" aria-labelledby="target-notices-title">
            <h3 id="target-notices-title">{move || msgs(app.lang.get()).target_heading}</h3>
            <Show when=move || chase.get()>
                <p><a class="btn btn-primary" href=href data-action="duban">{move || msgs(app.lang.get()).target_action}</a></p>
            </Show>
            <Show
                when=move || !empty()
                fallback=move || view! { <p class="quiet small">{move || msgs(app.lang.get()).target_none}</p> }
            >
                <ul class="plain-list">{lines}</ul>
            </Show>
        </section>
    }
}
