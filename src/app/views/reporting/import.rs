//! Many units' files at once: pick several, a folder, or drop them here;
//! each is read and decoded as it arrives (a progress line counts them),
//! then one preview from [`crate::consolidate::preview`] lists every file,
//! and one confirmation applies them all as one undoable change.

use leptos::prelude::*;

use crate::consolidate::{preview, Choices, Consolidation, Incoming, Outcome};
use crate::format;
use crate::i18n::reporting::{fill, msgs};
use crate::i18n::Lang;
use crate::present::{file_effect_text, file_unit_text};

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

    /// Starts reading `all` files: what was loaded before is let go.
    fn start(self, all: usize) {
        self.clear();
        if all > 0 {
            self.reading.set(Some((0, all)));
        }
    }

    /// Files read: each decoded (or why not), then one preview of them all.
    fn take(self, app: AppState, picked: Vec<files::Picked>) {
        if picked.is_empty() {
            return;
        }
        let loaded = picked
            .into_iter()
            .map(|p| {
                let decoded = match p.bytes {
                    Ok(bytes) => format::decode_file(&files::decode_text(bytes))
                        .map_err(|e| (e.message_zh(), e.to_string())),
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
                Loaded {
                    name: p.name,
                    decoded,
                }
            })
            .collect();
        self.loaded.set(loaded);
        self.reading.set(None);
        self.recompute(app);
    }

    /// Reads `files` (dropped here) as [`files::FilePick`] reads picked ones.
    fn read(self, app: AppState, files: Vec<web_sys::File>) {
        let all = files.len();
        self.start(all);
        files::read_all(
            files,
            json_limit,
            move |done| self.progress(done, all),
            move |picked| self.take(app, picked),
        );
    }

    /// `done` of `all` files read.
    fn progress(self, done: usize, all: usize) {
        if done < all {
            self.reading.set(Some((done, all)));
        }
    }
}

/// A unit's file is a document: larger ones are refused unread.
fn json_limit(_: &str, _: &str) -> u64 {
    format::MAX_INPUT_BYTES as u64
}

/// Whether a file of a picked folder is read: its `.json` files only.
fn is_json(name: &str) -> bool {
    name.to_lowercase().ends_with(".json")
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
    let on_progress = Callback::new(move |(done, all): (usize, usize)| {
        if done == 0 {
            state.start(all);
        } else {
            state.progress(done, all);
        }
    });
    let on_read = Callback::new(move |picked: Vec<files::Picked>| state.take(app, picked));
    let on_drop = move |e: web_sys::DragEvent| {
        app.dragging.set(false);
        let Some(list) = e.data_transfer().and_then(|dt| dt.files()) else {
            return;
        };
        // Taken here, not by the page-wide drop that opens the Data view.
        e.prevent_default();
        e.stop_propagation();
        state.read(app, files::list_files(Some(list)));
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
                <files::FilePick id="consolidate-files" multiple=true
                    accept=".json,application/json" testid="consolidate-files"
                    limit=json_limit on_progress=on_progress on_read=on_read/>
                <label for="consolidate-files" class="btn btn-primary">{move || m().pick_files}</label>
                <files::FilePick id="consolidate-folder" multiple=true folder=true keep=is_json
                    limit=json_limit on_progress=on_progress on_read=on_read/>
                <label for="consolidate-folder" class="btn">{move || m().pick_folder}</label>
            </div>
            {progress}
            {move || state.preview.get().map(|c| view! { <PreviewView state=state c=c/> })}
        </section>
    }
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
            c.files
                .iter()
                .map(|f| {
                    let refused = matches!(f.outcome, Outcome::OtherPlan { .. });
                    view! {
                        <tr class:refused=refused data-file=f.name.clone()>
                            <td>{f.name.clone()}</td>
                            <td>{file_unit_text(f, lang)}</td>
                            <td>{file_effect_text(&c, f, lang)}</td>
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
