//! The 从文本生成计划 view: paste a plan's text or pick a .txt, .docx, .pdf,
//! .csv or .xlsx, review each proposal beside its sentence, and import the
//! accepted ones as a new plan or appended to the current one — one
//! undoable change. Every decision is the core's (`intake`); this view
//! shows it and forwards the clicks.

mod mapping;
mod row;

use chrono::Datelike;
use leptos::prelude::*;

use crate::app::files::{FilePick, Picked, ReadError};
use crate::app::state::{use_app, ToastKind};
use crate::i18n::Lang;
use crate::intake::review::Review;
use crate::intake::{build, docx, extract, sheet, Extraction, Period, Unmatched};
use crate::plan::Document;

use mapping::{MappingStep, Sheet};
use row::ProposalRow;

/// What a file gives: a table to map, an extraction, a document's text
/// with a 任务分解表 in it to map, or why not.
enum FromFile {
    Table(sheet::Table),
    Text(Extraction),
    Both(Extraction, sheet::Table),
}

fn from_file(name: &str, bytes: &[u8], period: Period, lang: Lang) -> Result<FromFile, String> {
    let zh = lang == Lang::Zh;
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".csv") || lower.ends_with(".xlsx") {
        return sheet::read_table(name, bytes)
            .map(FromFile::Table)
            .map_err(|e| if zh { e.message_zh() } else { e.to_string() });
    }
    let file =
        docx::plan_file(name, bytes)
            .map_err(|e| if zh { e.message_zh() } else { e.to_string() })?;
    let mut ex = extract(&file.text, period);
    let mut tables = file
        .tables
        .into_iter()
        .filter_map(|rows| sheet::table_of_rows(rows).ok());
    // The first task table goes through the mapping step; any further
    // one is read by its guessed columns.
    let first = tables.next();
    for table in tables {
        ex.sections
            .extend(sheet::propose(&table, &sheet::guess(&table), period).sections);
    }
    Ok(match first {
        Some(table) => FromFile::Both(ex, table),
        None => FromFile::Text(ex),
    })
}

/// The intake view.
#[component]
pub fn IntakeView() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::intake::msgs(app.lang.get());
    let text = RwSignal::new(String::new());
    let year = RwSignal::new(app.today().year());
    let review: RwSignal<Option<Review>> = RwSignal::new(None);
    // Counts the reviews shown, so a new one is drawn afresh.
    let generation = RwSignal::new(0u32);
    let unmatched: RwSignal<Vec<Unmatched>> = RwSignal::new(Vec::new());
    let title: RwSignal<Option<String>> = RwSignal::new(None);
    let error = RwSignal::new(String::new());
    let sheet_state: RwSignal<Option<Sheet>> = RwSignal::new(None);
    let problems: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    // A document's text beside its mapped table: its proposals come first.
    let text_part: RwSignal<Option<Extraction>> = RwSignal::new(None);
    let period = move || Period::year(year.get_untracked());

    let clear = move || {
        review.set(None);
        unmatched.set(Vec::new());
        problems.set(Vec::new());
        title.set(None);
    };
    let show = move |got: Result<Extraction, String>| {
        clear();
        match got {
            Ok(ex) => {
                error.set(String::new());
                let Some(p) = period() else { return };
                title.set(ex.title.clone());
                unmatched.set(ex.unmatched.clone());
                generation.update(|g| *g += 1);
                review.set(Some(Review::new(ex.sections, p)));
            }
            Err(msg) => error.set(msg),
        }
    };
    // The table's rows read through the current mapping.
    let read_sheet = move || {
        let Some(p) = period() else { return };
        let Some(current) = sheet_state.get_untracked() else {
            return;
        };
        clear();
        let zh = app.lang.get_untracked() == Lang::Zh;
        if let Err(e) = sheet::check_mapping(&current.mapping) {
            error.set(if zh { e.message_zh() } else { e.to_string() });
            return;
        }
        error.set(String::new());
        let mut got = sheet::propose(&current.table, &current.mapping, p);
        if let Some(ex) = text_part.get_untracked() {
            title.set(ex.title.clone());
            unmatched.set(ex.unmatched.clone());
            let mut sections = ex.sections;
            sections.append(&mut got.sections);
            got.sections = sections;
        }
        problems.set(
            got.problems
                .iter()
                .map(|x| if zh { x.message_zh() } else { x.message_en() })
                .collect(),
        );
        generation.update(|g| *g += 1);
        review.set(Some(Review::new(got.sections, p)));
    };
    let on_read = move |_| {
        sheet_state.set(None);
        text_part.set(None);
        if let Some(p) = period() {
            show(Ok(extract(&text.get_untracked(), p)));
        }
    };
    let on_file = Callback::new(move |picked: Vec<Picked>| {
        let Some(Picked { name, bytes, .. }) = picked.into_iter().next() else {
            return;
        };
        sheet_state.set(None);
        text_part.set(None);
        let lang = app.lang.get_untracked();
        let zh = lang == Lang::Zh;
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(ReadError::TooLarge(size)) => {
                let e = docx::InputError::TooLarge {
                    size: usize::try_from(size).unwrap_or(usize::MAX),
                };
                show(Err(if zh { e.message_zh() } else { e.to_string() }));
                return;
            }
            Err(ReadError::Unreadable) => {
                let why = crate::i18n::data::msgs(lang).unreadable_file;
                show(Err(format!("“{name}”：{why}")));
                return;
            }
        };
        let Some(p) = period() else { return };
        match from_file(&name, &bytes, p, lang) {
            Ok(FromFile::Text(ex)) => show(Ok(ex)),
            Ok(FromFile::Table(table)) => {
                let mapping = sheet::guess(&table);
                sheet_state.set(Some(Sheet { table, mapping }));
                read_sheet();
            }
            Ok(FromFile::Both(ex, table)) => {
                text_part.set(Some(ex));
                let mapping = sheet::guess(&table);
                sheet_state.set(Some(Sheet { table, mapping }));
                read_sheet();
            }
            Err(msg) => show(Err(msg)),
        }
    });
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
                build::new_plan(&app.new_id("plan"), &t, p, &sections, app.now())
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
                    sheet_state.set(None);
                    text_part.set(None);
                    problems.set(Vec::new());
                    app.notify(
                        move |l| crate::i18n::intake::msgs(l).done.to_string(),
                        ToastKind::Undoable,
                    );
                }
                Err(msg) => error.set(msg),
            }
        }
    };

    // The table is drawn when a new review arrives, not on every edit: a
    // row keeps its inputs and its own message while it is edited.
    let shape = Memo::new(move |_| {
        review.with(|r| {
            r.as_ref().map(|r| {
                let shape: Vec<(String, usize)> = r
                    .sections
                    .iter()
                    .map(|x| (x.title.clone(), x.proposals.len()))
                    .collect();
                (generation.get(), shape)
            })
        })
    });
    let counted = move || {
        review.with(|r| {
            r.as_ref().map(|r| {
                let (yes, all) = r.count();
                format!(
                    "{} {yes} / {all}（{} {}）",
                    m().accepted,
                    m().to_check,
                    r.doubtful()
                )
            })
        })
    };
    // The sure ones accepted, the doubtful left for the reviewer (each
    // row's box follows the review).
    let accept_sure = move |_| {
        review.update(|r| {
            if let Some(r) = r {
                r.accept_sure_only();
            }
        });
    };
    let table = move || {
        let (_, shape) = shape.get()?;
        let all: usize = shape.iter().map(|x| x.1).sum();
        if all == 0 {
            return Some(view! { <p class="muted">{m().nothing}</p> }.into_any());
        }
        let sections = shape
            .iter()
            .enumerate()
            .map(|(s, (title, len))| {
                let rows = (0..*len)
                    .map(|i| view! { <ProposalRow review=review s=s i=i/> })
                    .collect_view();
                view! {
                    <tbody>
                        <tr><th colspan="8" scope="rowgroup" class="intake-section">{title.clone()}</th></tr>
                        {rows}
                    </tbody>
                }
            })
            .collect_view();
        Some(
            view! {
                <p>{counted}</p>
                <div class="actions">
                    <button type="button" class="btn" id="intake-accept-sure" on:click=accept_sure>{m().accept_sure}</button>
                </div>
                <div class="table-wrap">
                    <table class="intake-table">
                        <thead><tr>
                            <th>{m().col_accept}</th><th>{m().col_title}</th><th>{m().col_kind}</th>
                            <th>{m().col_figure}</th><th>{m().col_unit}</th><th>{m().col_lead}</th>
                            <th title=m().annual_hint>{m().col_annual}</th><th>{m().col_source}</th>
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
    let problem_list = move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|x| view! { <li>{x}</li> })
                .collect_view();
            view! {
                <h3>{m().problems_title}</h3>
                <ul class="intake-problems">{items}</ul>
            }
        })
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
                <FilePick id="intake-file"
                    accept=".txt,.docx,.pdf,.doc,.csv,.xlsx,text/plain,text/csv,application/pdf"
                    limit=|_, _| docx::MAX_BYTES as u64 on_read=on_file/>
                <label for="intake-file" class="btn">{move || m().choose_file}</label>
                <span class="field-hint">{move || m().file_hint}</span>
            </div>
            <MappingStep sheet=sheet_state changed=Callback::new(move |_| read_sheet())/>
            <p class="field-error" role="alert" id="intake-error">{move || error.get()}</p>
            {problem_list}
            {table}
            {unmatched_list}
        </section>
    }
}
