//! Many units' files at once: pick several, a folder, or drop them here;
//! each is read and decoded as it arrives (a progress line counts them),
//! then one preview from [`crate::consolidate::preview`] lists every file,
//! and one confirmation applies them all as one undoable change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::consolidate::{
    clash_text, preview, Choices, Consolidation, FileLine, Incoming, Outcome,
};
use crate::format;
use crate::i18n::reporting::{fill, msgs, ReportingMsgs};
use crate::i18n::Lang;

use crate::app::files::{self, ReadError};
use crate::app::state::{use_app, AppState, ToastKind};

/// A file read: decoded, or why not (Chinese, English).
#[derive(Clone)]
struct Loaded {
    name: String,
    decoded: Result<format::Decoded, (String, String)>,
}

/// The page's import state.
#[derive(Clone, Copy)]
struct Import {
    loaded: RwSignal<Vec<Loaded>>,
    reading: RwSignal<Option<(usize, usize)>>,
    choices: RwSignal<Choices>,
    preview: RwSignal<Option<Consolidation>>,
}

impl Import {
    fn recompute(self, app: AppState) {
        let files: Vec<Incoming> = self.loaded.with_untracked(|l| {
            l.iter()
                .filter_map(|f| {
                    f.decoded.as_ref().ok().map(|d| Incoming {
                        name: f.name.clone(),
                        decoded: d.clone(),
                    })
                })
                .collect()
        });
        if self.loaded.with_untracked(Vec::is_empty) {
            self.preview.set(None);
            return;
        }
        let choices = self.choices.get_untracked();
        let (today, now) = (app.today(), app.now());
        let c = app
            .doc
            .with_untracked(|d| preview(d, &files, choices, today, now));
        self.preview.set(Some(c));
    }

    fn clear(self) {
        self.loaded.set(Vec::new());
        self.preview.set(None);
        self.reading.set(None);
    }

    /// Reads every file of `list` (only `.json` ones when `json_only`).
    fn read(self, app: AppState, list: web_sys::FileList, json_only: bool) {
        let mut picked = Vec::new();
        for i in 0..list.length() {
            if let Some(f) = list.get(i) {
                if !json_only || f.name().to_lowercase().ends_with(".json") {
                    picked.push(f);
                }
            }
        }
        self.clear();
        if picked.is_empty() {
            return;
        }
        let all = picked.len();
        self.reading.set(Some((0, all)));
        for file in picked {
            files::read_file(file, move |incoming| {
                let decoded = match incoming.text {
                    Ok(text) => {
                        format::decode_file(&text).map_err(|e| (e.message_zh(), e.to_string()))
                    }
                    Err(ReadError::TooLarge(bytes)) => {
                        let e = format::DecodeError::TooLarge {
                            bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
                        };
                        Err((e.message_zh(), e.to_string()))
                    }
                    Err(ReadError::Unreadable) => Err((
                        crate::i18n::data::ZH.unreadable_file.to_string(),
                        crate::i18n::data::EN.unreadable_file.to_string(),
                    )),
                };
                self.loaded.update(|l| {
                    l.push(Loaded {
                        name: incoming.name,
                        decoded,
                    })
                });
                let done = self.loaded.with_untracked(Vec::len);
                if done >= all {
                    self.reading.set(None);
                    self.recompute(app);
                } else {
                    self.reading.set(Some((done, all)));
                }
            });
        }
    }
}

fn file_list(e: &web_sys::Event) -> Option<(web_sys::HtmlInputElement, web_sys::FileList)> {
    let input = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let list = input.files()?;
    Some((input, list))
}

/// The import card of the reporting page.
#[component]
pub fn ImportFiles() -> impl IntoView {
    let app = use_app();
    let m = move || msgs(app.lang.get());
    let state = Import {
        loaded: RwSignal::new(Vec::new()),
        reading: RwSignal::new(None),
        choices: RwSignal::new(Choices {
            assign_unit: true,
            add_units: false,
            clock: None,
        }),
        preview: RwSignal::new(None),
    };
    let pick = move |e: web_sys::Event, json_only: bool| {
        if let Some((input, list)) = file_list(&e) {
            state.read(app, list, json_only);
            // Picking the same files again must fire `change` again.
            input.set_value("");
        }
    };
    // A folder picker where the browser has one (webkitdirectory): the
    // attribute is not in the element's typed list, so it is set here.
    let folder = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = folder.get() {
            let _ = input.set_attribute("webkitdirectory", "");
        }
    });
    let on_drop = move |e: web_sys::DragEvent| {
        app.dragging.set(false);
        let Some(list) = e.data_transfer().and_then(|dt| dt.files()) else {
            return;
        };
        // Taken here, not by the page-wide drop that opens the Data view.
        e.prevent_default();
        e.stop_propagation();
        state.read(app, list, false);
    };
    let progress = move || {
        state.reading.get().map(|(done, all)| {
            let text = fill(
                msgs(app.lang.get()).reading,
                &[("done", &done.to_string()), ("all", &all.to_string())],
            );
            view! {
                <div class="consolidate-progress" role="status" data-testid="consolidate-progress">
                    <progress max=all.to_string() value=done.to_string()></progress>
                    " "{text}
                </div>
            }
        })
    };
    view! {
        <section class="card consolidate" aria-labelledby="consolidate-title"
            on:drop=on_drop data-testid="consolidate-drop">
            <h3 id="consolidate-title">{move || m().import_heading}</h3>
            <p class="small muted">{move || m().import_hint}</p>
            <div class="file-pick">
                <input id="consolidate-files" class="file-input" type="file" multiple=true
                    accept=".json,application/json" data-testid="consolidate-files"
                    on:change=move |e| pick(e, false)/>
                <label for="consolidate-files" class="btn btn-primary">{move || m().pick_files}</label>
                <input id="consolidate-folder" class="file-input" type="file" multiple=true
                    node_ref=folder on:change=move |e| pick(e, true)/>
                <label for="consolidate-folder" class="btn">{move || m().pick_folder}</label>
            </div>
            {progress}
            {move || state.preview.get().map(|c| view! { <PreviewView state=state c=c/> })}
        </section>
    }
}

/// The unit cell of a file's line.
fn unit_text(f: &FileLine, m: &ReportingMsgs) -> String {
    let mut out = if f.unit.is_empty() {
        m.no_unit.to_string()
    } else {
        f.unit.clone()
    };
    if f.unit_from_name {
        out.push_str(m.from_name);
    }
    if !f.listed {
        out.push_str(&format!("（{}）", m.not_listed));
    }
    out
}

/// What a file does, with its conflicts and whose version stands.
fn effect_text(c: &Consolidation, f: &FileLine, m: &ReportingMsgs, lang: Lang) -> String {
    let mut out = match (&f.outcome, f.same_as) {
        (_, Some(j)) => fill(m.same_file, &[("file", &c.files[j].name)]),
        (outcome, None) => match outcome {
            Outcome::Unchanged => m.unchanged.to_string(),
            Outcome::OtherPlan { theirs, ours } => {
                fill(m.other_plan, &[("theirs", theirs), ("ours", ours)])
            }
            Outcome::Merged(s) => match lang {
                Lang::Zh => s.describe_zh(),
                Lang::En => s.describe_en(),
            },
        },
    };
    if !f.future.is_empty() {
        let latest = f
            .future
            .latest
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        out.push_str(match lang {
            Lang::Zh => "；",
            Lang::En => "; ",
        });
        out.push_str(&(crate::i18n::safety::msgs(lang).future_note)(
            f.future.total(),
            &latest,
        ));
    }
    for clash in &f.clashes {
        out.push_str(match lang {
            Lang::Zh => "；",
            Lang::En => "; ",
        });
        out.push_str(&clash_text(c, clash, lang));
    }
    out
}

#[component]
fn PreviewView(state: Import, c: Consolidation) -> impl IntoView {
    let app = use_app();
    let m = move || msgs(app.lang.get());
    let lang = move || app.lang.get();
    let unreadable: Vec<(String, String, String)> = state.loaded.with_untracked(|l| {
        l.iter()
            .filter_map(|f| {
                f.decoded
                    .as_ref()
                    .err()
                    .map(|(zh, en)| (f.name.clone(), zh.clone(), en.clone()))
            })
            .collect()
    });
    let count = c.files.len() + unreadable.len();
    let unattributed: usize = c
        .files
        .iter()
        .filter(|f| f.unit_from_name || !f.unit.is_empty())
        .map(|f| f.unattributed)
        .sum();
    let new_units = c.new_units.join("、");
    let nothing = c.changes_nothing();
    let lines = {
        let c = c.clone();
        move || {
            let lang = lang();
            let m = msgs(lang);
            c.files
                .iter()
                .map(|f| {
                    let refused = matches!(f.outcome, Outcome::OtherPlan { .. });
                    view! {
                        <tr class:refused=refused data-file=f.name.clone()>
                            <td>{f.name.clone()}</td>
                            <td>{unit_text(f, m)}</td>
                            <td>{effect_text(&c, f, m, lang)}</td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    let bad = move || {
        let m = msgs(lang());
        unreadable
            .iter()
            .map(|(name, zh, en)| {
                let why = if lang() == Lang::Zh { zh } else { en };
                view! {
                    <tr class="refused" data-file=name.clone()>
                        <td>{name.clone()}</td>
                        <td>"—"</td>
                        <td>{fill(m.unreadable, &[("why", why)])}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let result = StoredValue::new(c);
    let apply = move |_| {
        let (cmd, nothing, files) = result.with_value(|c| {
            (
                c.command(),
                c.changes_nothing(),
                c.files.len() - c.refused(),
            )
        });
        if nothing {
            state.clear();
            app.notify(|l| msgs(l).nothing.to_string(), ToastKind::Info);
            return;
        }
        match app.dispatch(cmd) {
            Ok(()) => {
                state.clear();
                app.notify(
                    move |l| fill(msgs(l).applied, &[("n", &files.to_string())]),
                    ToastKind::Undoable,
                );
            }
            Err(e) => app.notify_refused(&e),
        }
    };
    let toggle_assign = move |e: web_sys::Event| {
        let on = event_target_checked(&e);
        state.choices.update(|c| c.assign_unit = on);
        state.recompute(app);
    };
    let toggle_add = move |e: web_sys::Event| {
        let on = event_target_checked(&e);
        state.choices.update(|c| c.add_units = on);
        state.recompute(app);
    };
    view! {
        <div class="notice notice-info import-preview" data-testid="consolidate-preview">
            <h4>{move || fill(m().preview_heading, &[("n", &count.to_string())])}</h4>
            <div class="table-wrap">
                <table class="consolidate-files">
                    <thead><tr>
                        <th scope="col">{move || m().col_file}</th>
                        <th scope="col">{move || m().col_unit}</th>
                        <th scope="col">{move || m().col_effect}</th>
                    </tr></thead>
                    <tbody>{lines}{bad}</tbody>
                </table>
            </div>
            {(unattributed > 0).then(|| view! {
                <label class="check">
                    <input type="checkbox" prop:checked=move || state.choices.get().assign_unit on:change=toggle_assign/>
                    " "{move || fill(m().assign_unit, &[("n", &unattributed.to_string())])}
                </label>
            })}
            {(!new_units.is_empty()).then(|| view! {
                <label class="check">
                    <input type="checkbox" data-testid="add-units" prop:checked=move || state.choices.get().add_units on:change=toggle_add/>
                    " "{move || fill(m().add_units, &[("units", &new_units)])}
                </label>
            })}
            {nothing.then(|| view! { <p data-testid="consolidate-nothing">{move || m().nothing}</p> })}
            <div class="btn-row">
                <button type="button" class="btn btn-primary" data-testid="consolidate-apply" on:click=apply>{move || m().apply}</button>
                <button type="button" class="btn" on:click=move |_| state.clear()>{move || m().cancel}</button>
            </div>
        </div>
    }
}
