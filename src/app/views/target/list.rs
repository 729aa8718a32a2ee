//! The list of all targets, grouped by section.

use leptos::prelude::*;

use crate::engine::{Status, TargetProgress};
use crate::i18n::Lang;
use crate::plan::{Target, TargetId};
use crate::present::{goal_text, kind_name, short_figure};

use super::super::dashboard::parts::StatusBadge;
use crate::app::route::Route;
use crate::app::state::use_app;

/// Every target, grouped by section.
#[component]
pub(super) fn TargetList() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::target::msgs(app.lang.get());
    let sections = Memo::new(move |_| {
        app.doc.with(|d| {
            d.plan
                .sections
                .iter()
                .map(|s| {
                    (
                        s.id.clone(),
                        s.title.clone(),
                        s.targets.iter().map(|t| t.id.clone()).collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="view view-targets" aria-labelledby="targets-title">
            <div class="view-head">
                <h2 id="targets-title">{move || m().list_heading}</h2>
            </div>
            <For
                each=move || sections.get()
                key=|s| s.clone()
                children=move |(sid, title, ids)| {
                    let hid = format!("tl-{sid}");
                    let labelled = hid.clone();
                    view! {
                        <section class="target-list-section" aria-labelledby=labelled>
                            <h3 id=hid>{title}</h3>
                            <div class="table-wrap">
                                <table class="target-table">
                                    <thead>
                                        <tr>
                                            <th scope="col">{move || m().col_target}</th>
                                            <th scope="col">{move || m().col_kind}</th>
                                            <th scope="col">{move || m().col_goal}</th>
                                            <th scope="col">{move || m().col_progress}</th>
                                            <th scope="col">{move || m().col_status}</th>
                                            <th scope="col">{move || m().col_lead}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        <For each=move || ids.clone() key=|id| id.clone() let:id>
                                            <ListRow id=id/>
                                        </For>
                                    </tbody>
                                </table>
                            </div>
                        </section>
                    }
                }
            />
        </section>
    }
}

/// One row of the list of targets.
#[component]
pub(super) fn ListRow(id: TargetId) -> impl IntoView {
    let app = use_app();
    let target = {
        let id = id.clone();
        Memo::new(move |_| app.doc.with(|d| d.plan.target(&id).cloned()))
    };
    let progress = {
        let id = id.clone();
        Memo::new(move |_| app.progress.with(|p| p.get(&id).cloned()))
    };
    let status =
        Signal::derive(move || progress.with(|p| p.as_ref().map_or(Status::NoData, |p| p.status)));
    let cell = move |f: fn(&Target, &TargetProgress, Lang) -> String| {
        move || {
            let lang = app.lang.get();
            target.with(|t| {
                progress.with(|p| match (t, p) {
                    (Some(t), Some(p)) => f(t, p, lang),
                    _ => String::new(),
                })
            })
        }
    };
    let href = Route::Target(id.to_string()).to_hash();
    view! {
        <tr>
            <td><a href=href>{move || target.with(|t| t.as_ref().map(|t| t.title.clone()).unwrap_or_default())}</a></td>
            <td>{cell(|t, _, lang| kind_name(&t.kind, lang).to_string())}</td>
            <td>{cell(|t, _, lang| goal_text(t, lang))}</td>
            <td class="nowrap">{cell(short_figure)}</td>
            <td><StatusBadge status=status/></td>
            <td>{move || target.with(|t| t.as_ref().map(|t| t.lead_unit.clone()).unwrap_or_default())}</td>
        </tr>
    }
}
