//! The 从文本生成计划 view: paste a plan's text or pick a .txt, .docx, .csv
//! or .xlsx, review each proposal beside its sentence, and import the
//! accepted ones as a new plan or appended to the current one — one
//! undoable change. Every decision is the core's (`intake`); this view
//! shows it and forwards the clicks.

use chrono::Datelike;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::state::{use_app, ToastKind};
use crate::i18n::Lang;
use crate::intake::review::{figure_text, Review};
use crate::intake::{build, docx, extract, sheet, Extraction, Period, Proposal, Unmatched};
use crate::plan::{Document, TargetKind};
use crate::present::kind_name;

/// Reads the picked file's bytes and hands them to `done`.
fn read_bytes(file: web_sys::File, done: impl FnOnce(String, Option<Vec<u8>>) + 'static) {
    let name = file.name();
    crate::app::files::read_file_bytes(&file, move |bytes| done(name, bytes));
}

/// What a file gives: an extraction, or the message of why not.
fn from_file(name: &str, bytes: &[u8], period: Period, lang: Lang) -> Result<Extraction, String> {
    let zh = lang == Lang::Zh;
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".csv") || lower.ends_with(".xlsx") {
        let table = sheet::read_table(name, bytes).map_err(|e| {
            if zh {
                e.message_zh()
            } else {
                e.to_string()
            }
        })?;
        let got = sheet::propose(&table, &sheet::guess(&table), period);
        let unmatched = got
            .problems
            .iter()
            .map(|p| Unmatched {
                sentence: if zh { p.message_zh() } else { p.message_en() },
                section: String::new(),
                why: crate::intake::Why::NoPattern,
            })
            .collect();
        return Ok(Extraction {
            title: None,
            sections: got.sections,
            unmatched,
        });
    }
    let text =
        docx::plan_text(name, bytes)
            .map_err(|e| if zh { e.message_zh() } else { e.to_string() })?;
    Ok(extract(&text, period))
}

/// The source sentence with the phrase that gave the proposal marked.
fn source_view(p: &Proposal) -> impl IntoView {
    let s = &p.source.sentence;
    let b = p.source.bytes.clone();
    let before = s.get(..b.start).unwrap_or("").to_string();
    let phrase = s.get(b.clone()).unwrap_or("").to_string();
    let after = s.get(b.end..).unwrap_or("").to_string();
    view! { <span class="small">{before}<mark>{phrase}</mark>{after}</span> }
}

/// One proposal's row.
#[component]
fn ProposalRow(
    review: RwSignal<Option<Review>>,
    error: RwSignal<String>,
    s: usize,
    i: usize,
) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let p = review.with_untracked(|r| {
        r.as_ref()
            .and_then(|r| r.sections[s].proposals.get(i).cloned())
    });
    let Some(p) = p else {
        return ().into_any();
    };
    let zh = app.lang.get_untracked() == Lang::Zh;
    let edit = move |f: fn(
        &mut Review,
        usize,
        usize,
        &str,
    ) -> Result<(), crate::intake::review::EditError>| {
        move |e: web_sys::Event| {
            let value = event_target_value(&e);
            let mut msg = String::new();
            review.update(|r| {
                if let Some(r) = r {
                    if let Err(err) = f(r, s, i, &value) {
                        msg = if zh {
                            err.message_zh()
                        } else {
                            err.to_string()
                        };
                    }
                }
            });
            error.set(msg);
        }
    };
    let accepted = move || review.with(|r| r.as_ref().is_some_and(|r| r.accepted[s][i]));
    let on_accept = move |e: web_sys::Event| {
        let yes = event_target_checked(&e);
        review.update(|r| {
            if let Some(r) = r {
                r.set_accepted(s, i, yes);
            }
        });
    };
    let due = match (&p.kind, p.due) {
        (TargetKind::Milestone { due }, _) => due.to_string(),
        (_, Some(d)) => d.to_string(),
        _ => String::new(),
    };
    let notes: Vec<String> = p
        .notes
        .iter()
        .map(|n| if zh { n.zh() } else { n.en() })
        .collect();
    let kind = p.kind.clone();
    view! {
        <tr class:muted=move || !accepted()>
            <td><input type="checkbox" prop:checked=accepted on:change=on_accept/></td>
            <td><input type="text" prop:value=p.title.clone() on:change=edit(Review::set_title)/></td>
            <td>{move || kind_name(&kind, lang())}</td>
            <td><input type="text" size="6" prop:value=figure_text(&p.kind) on:change=edit(Review::set_figure)/></td>
            <td><input type="text" size="3" prop:value=p.unit.clone() on:change=edit(Review::set_unit)/></td>
            <td><input type="text" size="8" prop:value=p.lead_unit.clone() on:change=edit(Review::set_lead)/></td>
            <td><input type="date" prop:value=due on:change=edit(Review::set_due)/></td>
            <td>{source_view(&p)}<div class="field-hint">{notes.join("；")}</div></td>
        </tr>
    }
    .into_any()
}

/// The intake view.
#[component]
pub fn IntakeView() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::intake::msgs(app.lang.get());
    let text = RwSignal::new(String::new());
    let year = RwSignal::new(app.today().year());
    let review: RwSignal<Option<Review>> = RwSignal::new(None);
    let unmatched: RwSignal<Vec<Unmatched>> = RwSignal::new(Vec::new());
    let title: RwSignal<Option<String>> = RwSignal::new(None);
    let error = RwSignal::new(String::new());
    let period = move || Period::year(year.get_untracked());

    let show = move |got: Result<Extraction, String>| match got {
        Ok(ex) => {
            error.set(String::new());
            title.set(ex.title.clone());
            unmatched.set(ex.unmatched.clone());
            review.set(Some(Review::new(ex.sections)));
        }
        Err(msg) => {
            review.set(None);
            unmatched.set(Vec::new());
            error.set(msg);
        }
    };
    let on_read = move |_| {
        if let Some(p) = period() {
            show(Ok(extract(&text.get_untracked(), p)));
        }
    };
    let on_pick = move |e: web_sys::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let file = input.files().and_then(|l| l.get(0));
        input.set_value("");
        let Some(file) = file else { return };
        if file.size() > docx::MAX_BYTES as f64 {
            let e = docx::InputError::TooLarge {
                size: file.size() as usize,
            };
            let zh = app.lang.get_untracked() == Lang::Zh;
            error.set(if zh { e.message_zh() } else { e.to_string() });
            return;
        }
        let lang = app.lang.get_untracked();
        read_bytes(file, move |name, bytes| {
            let Some(p) = period() else { return };
            match bytes {
                Some(bytes) => show(from_file(&name, &bytes, p, lang)),
                None => show(Err(format!("{name}: ?"))),
            }
        });
    };
    let confirm = move |append: bool| {
        move |_| {
            let Some(p) = period() else { return };
            let Some(sections) =
                review.with_untracked(|r| r.as_ref().map(|r| r.accepted_sections()))
            else {
                return;
            };
            let zh = app.lang.get_untracked() == Lang::Zh;
            let built = if append {
                app.doc
                    .with_untracked(|d| build::append(&d.plan, &sections, app.now()))
            } else {
                let t = title
                    .get_untracked()
                    .unwrap_or_else(|| format!("{}年工作计划", p.start.year()));
                build::new_plan(&t, p, &sections, app.now())
            };
            let result = match built {
                Err(e) => Err(if zh { e.message_zh() } else { e.to_string() }),
                Ok(b) if append => app
                    .dispatch(crate::command::Command::SetPlan(b.plan))
                    .map_err(|e| e.to_string()),
                Ok(b) => {
                    let unit = app.doc.with_untracked(|d| d.unit.clone());
                    app.replace_document(Document {
                        reports: Default::default(),
                        notices: Default::default(),
                        unit,
                        plan: b.plan,
                        activities: Vec::new(),
                        readings: Vec::new(),
                        tombstones: Vec::new(),
                    })
                    .map_err(|e| e.to_string())
                }
            };
            match result {
                Ok(()) => {
                    review.set(None);
                    app.notify(
                        crate::i18n::intake::msgs(app.lang.get_untracked())
                            .done
                            .to_string(),
                        ToastKind::Undoable,
                    );
                }
                Err(msg) => error.set(msg),
            }
        }
    };

    let table = move || {
        let r = review.get()?;
        let (yes, all) = r.count();
        if all == 0 {
            return Some(view! { <p class="muted">{m().nothing}</p> }.into_any());
        }
        let sections = r
            .sections
            .iter()
            .enumerate()
            .map(|(s, sec)| {
                let rows = (0..sec.proposals.len())
                    .map(|i| view! { <ProposalRow review=review error=error s=s i=i/> })
                    .collect_view();
                view! {
                    <tbody>
                        <tr><th colspan="8" scope="rowgroup">{sec.title.clone()}</th></tr>
                        {rows}
                    </tbody>
                }
            })
            .collect_view();
        Some(
            view! {
                <p>{move || m().accepted}" "{yes}" / "{all}</p>
                <div class="table-wrap">
                    <table class="intake-table">
                        <thead><tr>
                            <th>{m().col_accept}</th><th>{m().col_title}</th><th>{m().col_kind}</th>
                            <th>{m().col_figure}</th><th>{m().col_unit}</th><th>{m().col_lead}</th>
                            <th>{m().col_due}</th><th>{m().col_source}</th>
                        </tr></thead>
                        {sections}
                    </table>
                </div>
                <p class="field-hint">{m().new_plan_hint}</p>
                <div class="actions">
                    <button type="button" class="btn btn-primary" id="intake-new" on:click=confirm(false)>{m().as_new_plan}</button>
                    <button type="button" class="btn" id="intake-append" on:click=confirm(true)>{m().append}</button>
                </div>
            }
            .into_any(),
        )
    };
    let unmatched_list = move || {
        let list = unmatched.get();
        let zh = app.lang.get() == Lang::Zh;
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|u| {
                    let why = if zh { u.why.zh() } else { u.why.en() };
                    view! { <li>{u.sentence}<span class="muted">" — "{why}</span></li> }
                })
                .collect_view();
            view! {
                <h3>{m().unmatched_title}</h3>
                <ul class="intake-unmatched">{items}</ul>
            }
        })
    };

    view! {
        <section class="card" aria-labelledby="intake-title">
            <h2 id="intake-title">{move || m().title}</h2>
            <p class="small muted">{move || m().intro}</p>
            <label class="field">
                <span>{move || m().year}</span>
                <input type="number" min="2000" max="2100" prop:value=move || year.get().to_string()
                    on:change=move |e| {
                        if let Ok(y) = event_target_value(&e).trim().parse::<i32>() {
                            year.set(y.clamp(2000, 2100));
                        }
                    }/>
            </label>
            <label class="field">
                <span>{move || m().paste_label}</span>
                <textarea id="intake-text" rows="10" prop:value=move || text.get()
                    on:input=move |e| text.set(event_target_value(&e))></textarea>
            </label>
            <div class="actions file-pick">
                <button type="button" class="btn btn-primary" id="intake-read" on:click=on_read>{move || m().read_text}</button>
                <input id="intake-file" class="file-input" type="file"
                    accept=".txt,.docx,.csv,.xlsx,text/plain,text/csv" on:change=on_pick/>
                <label for="intake-file" class="btn">{move || m().choose_file}</label>
                <span class="field-hint">{move || m().file_hint}</span>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            {table}
            {unmatched_list}
        </section>
    }
}
