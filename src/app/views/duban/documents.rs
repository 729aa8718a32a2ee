//! The 督办 page's documents to download: the month's 督查通报 (Markdown,
//! HTML, Word) and the calendar of deadlines (.ics), each built by
//! [`crate::duban`] from the document as of the page's day.

use chrono::Datelike;
use leptos::prelude::*;

use super::m;
use crate::app::download::{download_bytes, download_text};
use crate::app::state::use_app;
use crate::duban::{bulletin, ics};
use crate::report::docx::{render_docx, MIME as DOCX_MIME};
use crate::report::html::render_html;
use crate::report::render_markdown_report;

/// The month's 督查通报 in three forms.
#[component]
pub(super) fn BulletinBlock() -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let start = app.as_of.get_untracked();
    let month = RwSignal::new((start.year(), start.month()));
    // Issued on the page's as-of day (today unless the user set another),
    // so the 通报 judges reports as the 报送 page shows them that day.
    let as_of = move || {
        let (y, mo) = month.get();
        bulletin::as_of_for(y, mo, app.as_of.get())
    };
    let save = move |form: &'static str| {
        let (y, mo) = month.get_untracked();
        let issued = app.as_of.get_untracked();
        if bulletin::as_of_for(y, mo, issued).is_none() {
            return;
        }
        let report = app
            .doc
            .with_untracked(|d| bulletin::build(d, y, mo, issued));
        let stem = bulletin::file_stem(y, mo);
        let result = match form {
            "md" => download_text(
                &format!("{stem}.md"),
                "text/markdown;charset=utf-8",
                &render_markdown_report(&report),
            ),
            "html" => download_text(
                &format!("{stem}.html"),
                "text/html;charset=utf-8",
                &render_html(&report),
            ),
            _ => download_bytes(&format!("{stem}.docx"), DOCX_MIME, &render_docx(&report)),
        };
        if let Err(e) = result {
            leptos::logging::warn!("bulletin download failed: {e:?}");
        }
    };
    view! {
        <section class="card" aria-labelledby="duban-bulletin-title">
            <h3 id="duban-bulletin-title">{move || m(lang()).bulletin_heading}</h3>
            <label class="field">
                <span>{move || m(lang()).bulletin_month}</span>
                <input
                    type="month"
                    name="bulletin-month"
                    prop:value=move || { let (y, mo) = month.get(); format!("{y}-{mo:02}") }
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some((y, mo)) = v.split_once('-') {
                            if let (Ok(y), Ok(mo)) = (y.parse::<i32>(), mo.parse::<u32>()) {
                                month.set((y, mo));
                            }
                        }
                    }
                />
            </label>
            <Show
                when=move || as_of().is_some()
                fallback=move || view! { <p class="empty-note">{move || m(lang()).bulletin_not_begun}</p> }
            >
                <div class="toolbar">
                    <button type="button" class="btn btn-quiet" name="bulletin-md" on:click=move |_| save("md")>{move || m(lang()).download_md}</button>
                    <button type="button" class="btn btn-quiet" name="bulletin-html" on:click=move |_| save("html")>{move || m(lang()).download_html}</button>
                    <button type="button" class="btn btn-quiet" name="bulletin-docx" on:click=move |_| save("docx")>{move || m(lang()).download_docx}</button>
                </div>
            </Show>
        </section>
    }
}

/// The calendar download.
#[component]
pub(super) fn IcsBlock() -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let save = move |_| {
        let as_of = app.as_of.get_untracked();
        let stamp = app.now().naive_utc();
        let text = app.doc.with_untracked(|d| ics::calendar(d, as_of, stamp));
        if let Err(e) = download_text(&format!("{}.ics", ics::file_stem(as_of)), ics::MIME, &text) {
            leptos::logging::warn!("calendar download failed: {e:?}");
        }
    };
    view! {
        <section class="card" aria-labelledby="duban-ics-title">
            <h3 id="duban-ics-title">{move || m(lang()).ics_heading}</h3>
            <p class="quiet small">{move || m(lang()).ics_hint}</p>
            <button type="button" class="btn" name="ics-download" on:click=save>{move || m(lang()).ics_button}</button>
        </section>
    }
}
