//! The report view: choose the as-of date, scope and variant; read the
//! draft written from the data; edit its Markdown; print it on A4; download
//! it as Markdown, HTML or Word. Downloads and the preview are rendered from
//! the (possibly edited) Markdown, so what is exported is what is shown.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::chart_view::DashboardChart;
use crate::app::download::{download_bytes, download_text};
use crate::app::state::use_app;
use crate::engine::evaluate;
use crate::report::docx::{render_docx, MIME as DOCX_MIME};
use crate::report::html::{render_html, render_html_fragment};
use crate::report::{file_stem, parse_markdown, render_markdown, ReportOptions, Scope, Variant};

/// MIME type of the Markdown download.
const MD_MIME: &str = "text/markdown;charset=utf-8";
/// MIME type of the HTML download.
const HTML_MIME: &str = "text/html;charset=utf-8";

/// The scope select's value for a scope: "plan", "s:<section id>",
/// "u:<unit>".
fn scope_value(scope: &Scope) -> String {
    match scope {
        Scope::Plan => "plan".to_string(),
        Scope::Section(id) => format!("s:{id}"),
        Scope::Unit(u) => format!("u:{u}"),
    }
}

fn scope_from_value(v: &str) -> Scope {
    if let Some(id) = v.strip_prefix("s:") {
        Scope::Section(id.into())
    } else if let Some(u) = v.strip_prefix("u:") {
        Scope::Unit(u.to_string())
    } else {
        Scope::Plan
    }
}

/// The report view.
#[component]
pub fn ReportView() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::report::msgs(app.lang.get());
    let as_of = RwSignal::new(app.as_of.get_untracked());
    let scope = RwSignal::new(Scope::Plan);
    let variant = RwSignal::new(Variant::ToDate);
    // The user's edited Markdown; `None` while the draft follows the data.
    let draft: RwSignal<Option<String>> = RwSignal::new(None);
    let editing = RwSignal::new(false);

    let generated = Memo::new(move |_| {
        let opts = ReportOptions {
            scope: scope.get(),
            variant: variant.get(),
        };
        let date = as_of.get();
        app.doc
            .with(|d| render_markdown(d, &evaluate(d, date), &opts))
    });
    let markdown = Memo::new(move |_| draft.get().unwrap_or_else(|| generated.get()));
    let report = Memo::new(move |_| parse_markdown(&markdown.get()));
    let preview = move || report.with(render_html_fragment);

    // Scope choices: sections, then lead units named by targets.
    let choices = Memo::new(move |_| {
        app.doc.with(|d| {
            let sections: Vec<(String, String)> = d
                .plan
                .sections
                .iter()
                .map(|s| (scope_value(&Scope::Section(s.id.clone())), s.title.clone()))
                .collect();
            let mut units: Vec<String> = d
                .plan
                .targets()
                .map(|(_, t)| t.lead_unit.trim().to_string())
                .filter(|u| !u.is_empty())
                .collect();
            units.sort();
            units.dedup();
            (sections, units)
        })
    });

    let stem = move || file_stem(as_of.get_untracked(), variant.get_untracked());
    let save_md = move |_| {
        let name = format!("{}.md", stem());
        if let Err(e) = download_text(&name, MD_MIME, &markdown.get_untracked()) {
            leptos::logging::warn!("{e}");
        }
    };
    let save_html = move |_| {
        let name = format!("{}.html", stem());
        let html = report.with_untracked(render_html);
        if let Err(e) = download_text(&name, HTML_MIME, &html) {
            leptos::logging::warn!("{e}");
        }
    };
    let save_docx = move |_| {
        let name = format!("{}.docx", stem());
        let bytes = report.with_untracked(render_docx);
        if let Err(e) = download_bytes(&name, DOCX_MIME, &bytes) {
            leptos::logging::warn!("Word export failed: {e:?}");
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };

    view! {
        <section class="view view-report" aria-labelledby="report-title">
            <div class="view-head no-print">
                <h2 id="report-title">{move || m().title}</h2>
                <a href="#/duban" class="btn btn-quiet" data-action="duban">{move || crate::i18n::duban::msgs(app.lang.get()).report_link}</a>
            </div>
            <div class="report-controls no-print">
                <label class="field">
                    <span>{move || m().as_of}</span>
                    <input
                        type="date"
                        name="report-as-of"
                        prop:value=move || as_of.get().format("%Y-%m-%d").to_string()
                        on:change=move |ev| {
                            if let Ok(d) = event_target_value(&ev).parse::<NaiveDate>() {
                                as_of.set(d);
                            }
                        }
                    />
                </label>
                <label class="field">
                    <span>{move || m().scope}</span>
                    <select
                        name="report-scope"
                        prop:value=move || scope_value(&scope.get())
                        on:change=move |ev| scope.set(scope_from_value(&event_target_value(&ev)))
                    >
                        <option value="plan">{move || m().scope_plan}</option>
                        {move || {
                            let (sections, units) = choices.get();
                            let current = scope_value(&scope.get_untracked());
                            let s = sections
                                .into_iter()
                                .map(|(value, title)| {
                                    let selected = value == current;
                                    view! {
                                        <option value=value selected=selected>
                                            {m().scope_section}
                                            {title}
                                        </option>
                                    }
                                })
                                .collect_view();
                            let u = units
                                .into_iter()
                                .map(|unit| {
                                    let value = scope_value(&Scope::Unit(unit.clone()));
                                    let selected = value == current;
                                    view! {
                                        <option value=value selected=selected>
                                            {m().scope_unit}
                                            {unit}
                                        </option>
                                    }
                                })
                                .collect_view();
                            (s, u)
                        }}
                    </select>
                </label>
                <label class="field">
                    <span>{move || m().variant}</span>
                    <select
                        name="report-variant"
                        prop:value=move || variant.get().as_str()
                        on:change=move |ev| {
                            variant.set(Variant::from_str_or_default(&event_target_value(&ev)))
                        }
                    >
                        <option value="to_date">{move || m().variant_to_date}</option>
                        <option value="month">{move || m().variant_month}</option>
                        <option value="quarter">{move || m().variant_quarter}</option>
                    </select>
                </label>
            </div>
            <div class="report-toolbar no-print" role="toolbar">
                <button
                    type="button"
                    class="btn"
                    class:btn-primary=move || !editing.get()
                    aria-pressed=move || (!editing.get()).to_string()
                    on:click=move |_| editing.set(false)
                >
                    {move || m().preview}
                </button>
                <button
                    type="button"
                    class="btn"
                    class:btn-primary=move || editing.get()
                    aria-pressed=move || editing.get().to_string()
                    on:click=move |_| editing.set(true)
                >
                    {move || m().edit}
                </button>
                <Show when=move || draft.with(Option::is_some)>
                    <button type="button" class="btn btn-quiet" on:click=move |_| draft.set(None)>
                        {move || m().regenerate}
                    </button>
                </Show>
                <span class="toolbar-gap"></span>
                <button type="button" class="btn btn-quiet" on:click=print>
                    {move || m().print}
                </button>
                <button type="button" class="btn btn-quiet" on:click=save_md>
                    {move || m().download_md}
                </button>
                <button type="button" class="btn btn-quiet" on:click=save_html>
                    {move || m().download_html}
                </button>
                <button type="button" class="btn btn-quiet" on:click=save_docx>
                    {move || m().download_docx}
                </button>
            </div>
            <p class="report-hint no-print">
                {move || if draft.with(Option::is_some) { m().edited_note } else { m().hint }}
            </p>
            <Show
                when=move || editing.get()
                fallback=move || view! { <div class="report-paper" inner_html=preview></div> }
            >
                <textarea
                    class="report-editor no-print"
                    name="report-markdown"
                    aria-label=move || m().editor_label
                    spellcheck="false"
                    prop:value=move || markdown.get()
                    on:input=move |ev| draft.set(Some(event_target_value(&ev)))
                ></textarea>
            </Show>
            <section class="report-charts no-print" aria-labelledby="report-charts-title">
                <h3 id="report-charts-title">{move || m().charts}</h3>
                <DashboardChart/>
            </section>
        </section>
    }
}
