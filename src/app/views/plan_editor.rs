//! The plan editor: the period and title, the roster, the lead units, and
//! every section and target with the fields of its kind. Edits go to a
//! draft; saving applies it as one undoable change, refused while the
//! validator reports an error. Also starts a new plan.

mod delete_target;
mod kind_fields;
mod lists;
mod new_plan;
mod rules_form;
mod target_editor;

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::command::Command;
use crate::i18n::Lang;
use crate::plan::{kind, Plan, Section, SectionId, Target, TargetId};
use crate::present::{fill, parse_date};
use crate::unassigned::{self, RecordsChoice};
use crate::validate::{validate_plan, Issue};

use crate::app::state::{use_app, ToastKind};

/// The editor's draft and what it was made from.
#[derive(Clone, Copy)]
pub(super) struct Draft {
    /// The plan being edited.
    pub(super) plan: RwSignal<Plan>,
    /// The validator's findings on the draft.
    issues: Memo<Vec<Issue>>,
    /// What to do with the records of each target deleted from the draft,
    /// as the user answered; a target not here keeps its records.
    pub(super) choices: RwSignal<BTreeMap<TargetId, RecordsChoice>>,
}

impl Draft {
    pub(super) fn target(&self, id: &TargetId, f: impl FnOnce(&mut Target)) {
        self.plan.update(|p| {
            if let Some(t) = p
                .sections
                .iter_mut()
                .flat_map(|s| s.targets.iter_mut())
                .find(|t| &t.id == id)
            {
                f(t);
            }
        });
    }

    fn section(&self, id: &SectionId, f: impl FnOnce(&mut Section)) {
        self.plan.update(|p| {
            if let Some(s) = p.sections.iter_mut().find(|s| &s.id == id) {
                f(s);
            }
        });
    }

    /// Messages of the findings at `path` or inside it.
    pub(super) fn messages(&self, path: &str, lang: Lang) -> Vec<String> {
        self.issues.with(|issues| {
            issues
                .iter()
                .filter(|i| {
                    i.path == path
                        || i.path.starts_with(&format!("{path}."))
                        || i.path.starts_with(&format!("{path}["))
                })
                .map(|i| match lang {
                    Lang::Zh => i.message_zh(),
                    Lang::En => i.message_en(),
                })
                .collect()
        })
    }
}

thread_local! {
    /// An unsaved draft and the stored plan it was made from, kept while
    /// the user looks at another view.
    static KEPT_DRAFT: std::cell::RefCell<Option<(Plan, Plan)>> = const { std::cell::RefCell::new(None) };
}

/// The plan editor view.
#[component]
pub fn PlanEditorView() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let start = app.doc.with_untracked(|d| d.plan.clone());
    // Unsaved edits survive a visit to another view, as long as the stored
    // plan has not changed meanwhile.
    let kept = KEPT_DRAFT
        .with(|k| k.borrow_mut().take())
        .filter(|(kept_base, _)| *kept_base == start)
        .map(|(_, d)| d);
    let plan = RwSignal::new(kept.unwrap_or_else(|| start.clone()));
    let base = RwSignal::new(start);
    on_cleanup(move || {
        let (b, p) = (base.get_untracked(), plan.get_untracked());
        if !b.same_content(&p) {
            KEPT_DRAFT.with(|k| *k.borrow_mut() = Some((b, p)));
        }
    });
    let issues = Memo::new(move |_| plan.with(validate_plan));
    let choices = RwSignal::new(BTreeMap::new());
    let draft = Draft {
        plan,
        issues,
        choices,
    };
    provide_context(draft);

    // The stored plan changed (saved, undone, replaced): an untouched draft
    // follows it; a touched one keeps its edits.
    Effect::new(move |_| {
        let stored = app.doc.with(|d| d.plan.clone());
        // A draft that says what was just saved is clean too: saving stamps
        // the stored plan's parts, not the draft's.
        let clean =
            plan.with_untracked(|p| base.with_untracked(|b| p == b) || p.same_content(&stored));
        if clean {
            plan.set(stored.clone());
        } else {
            // The rules are saved on their own (rules_form): a draft with
            // other edits takes them as stored.
            plan.update(|p| p.rules = stored.rules);
        }
        base.set(stored);
    });

    let dirty = Memo::new(move |_| plan.with(|p| base.with(|b| !p.same_content(b))));
    let errors = Memo::new(move |_| issues.with(|i| i.iter().filter(|x| x.is_error()).count()));
    let save = move |_| {
        let mut p = plan.get_untracked();
        let now = app.now();
        p.updated_at = now;
        // The rules are the rules section's to change.
        p.rules = app.doc.with_untracked(|d| d.plan.rules);
        // Deleted targets whose records were to be moved or deleted: one
        // change for the plan and the records; otherwise the plan alone.
        let asked = choices.with_untracked(|c| {
            c.iter()
                .filter(|(id, _)| p.target(id).is_none())
                .any(|(_, c)| *c != RecordsChoice::Keep)
        });
        let cmd = if asked {
            let c = choices.get_untracked();
            app.doc
                .with_untracked(|d| unassigned::remove_targets(d, p, &c, now))
        } else {
            Ok(Command::SetPlan(p))
        };
        match cmd.and_then(|cmd| app.dispatch(cmd)) {
            Ok(()) => {
                choices.set(BTreeMap::new());
                app.notify(
                    move |l| crate::i18n::plan::msgs(l).saved.to_string(),
                    ToastKind::Undoable,
                )
            }
            Err(e) => app.notify_refused(&e),
        }
    };
    let discard = move |_| {
        choices.set(BTreeMap::new());
        plan.set(base.get_untracked());
    };

    view! {
        <section class="view view-plan" aria-labelledby="plan-title">
            <div class="view-head">
                <h2 id="plan-title">{move || m().heading}</h2>
            </div>
            <Basics/>
            <rules_form::RulesEditor/>
            <div class="plan-lists">
                <lists::PeopleEditor/>
                <lists::UnitsEditor/>
            </div>
            <h3 class="plan-sections-title">{move || m().sections}</h3>
            <For
                each=move || plan.with(|p| p.sections.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
                key=|id| id.clone()
                let:id
            >
                <SectionEditor id=id/>
            </For>
            <button
                type="button"
                class="btn"
                on:click=move |_| {
                    let id = SectionId(app.new_id("s"));
                    let title = crate::i18n::plan::msgs(app.lang.get_untracked()).new_section.to_string();
                    plan.update(|p| p.sections.push(Section { id, title, targets: Vec::new() }));
                }
            >
                "+ " {move || m().add_section}
            </button>
            <new_plan::NewPlan/>
            <div class="save-bar" class:save-bar-active=move || dirty.get() role="region" aria-label=move || m().save>
                <span class="save-bar-note">
                    {move || if errors.get() > 0 {
                        fill(m().has_errors, &[&errors.get().to_string()])
                    } else if dirty.get() {
                        m().unsaved.to_string()
                    } else {
                        String::new()
                    }}
                </span>
                <button type="button" class="btn" disabled=move || !dirty.get() on:click=discard>
                    {move || m().discard}
                </button>
                <button
                    type="button"
                    class="btn btn-primary"
                    disabled=move || { !dirty.get() || errors.get() > 0 }
                    on:click=save
                >
                    {move || m().save}
                </button>
            </div>
        </section>
    }
}

pub(super) fn use_draft() -> Draft {
    expect_context::<Draft>()
}

/// Validation messages under a field.
#[component]
pub(super) fn Problems(#[prop(into)] path: String) -> impl IntoView {
    let app = use_app();
    let draft = use_draft();
    let path = StoredValue::new(path);
    let messages = move || path.with_value(|p| draft.messages(p, app.lang.get()));
    view! {
        <Show when=move || !messages().is_empty()>
            // Spans, not a list: the messages sit inside the field's <label>,
            // which holds phrasing content only, and role="alert" would hide
            // a list's items from assistive technology.
            <span class="field-error problems" role="alert">
                {move || messages().into_iter().map(|s| view! { <span class="problem">{s}</span> }).collect_view()}
            </span>
        </Show>
    }
}

/// Title and period.
#[component]
fn Basics() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let draft = use_draft();
    let plan = draft.plan;
    view! {
        <section class="card" aria-labelledby="basics-title">
            <h3 id="basics-title">{move || m().basics}</h3>
            <div class="form-row">
                <label class="field field-grow">
                    <span>{move || m().plan_title}</span>
                    <input
                        type="text"
                        prop:value=move || plan.with(|p| p.title.clone())
                        on:input=move |e| { let v = event_target_value(&e); plan.update(|p| p.title = v); }
                    />
                    <Problems path="title"/>
                </label>
                <label class="field">
                    <span>{move || m().start}</span>
                    <input
                        type="date"
                        prop:value=move || plan.with(|p| p.start.format("%Y-%m-%d").to_string())
                        on:change=move |e| if let Some(d) = parse_date(&event_target_value(&e)) { plan.update(|p| p.start = d) }
                    />
                    <Problems path="start"/>
                </label>
                <label class="field">
                    <span>{move || m().end}</span>
                    <input
                        type="date"
                        prop:value=move || plan.with(|p| p.end.format("%Y-%m-%d").to_string())
                        on:change=move |e| if let Some(d) = parse_date(&event_target_value(&e)) { plan.update(|p| p.end = d) }
                    />
                    <Problems path="end"/>
                </label>
            </div>
        </section>
    }
}

/// Where a section or target stands in its list, for its validation path.
fn section_index(p: &Plan, id: &SectionId) -> Option<usize> {
    p.sections.iter().position(|s| &s.id == id)
}

pub(super) fn target_path(p: &Plan, id: &TargetId) -> String {
    for (si, s) in p.sections.iter().enumerate() {
        if let Some(ti) = s.targets.iter().position(|t| &t.id == id) {
            return format!("sections[{si}].targets[{ti}]");
        }
    }
    String::new()
}

/// One section: its title, its targets, moving and deleting.
#[component]
fn SectionEditor(id: SectionId) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let draft = use_draft();
    let plan = draft.plan;
    let sid = StoredValue::new(id);
    let title = move || {
        plan.with(|p| {
            p.sections
                .iter()
                .find(|s| s.id == sid.get_value())
                .map(|s| s.title.clone())
                .unwrap_or_default()
        })
    };
    let path = move || {
        plan.with(|p| {
            section_index(p, &sid.get_value())
                .map(|i| format!("sections[{i}]"))
                .unwrap_or_default()
        })
    };
    let count = move || {
        plan.with(|p| {
            p.sections
                .iter()
                .find(|s| s.id == sid.get_value())
                .map_or(0, |s| s.targets.len())
        })
    };
    let shift = move |delta: isize| {
        plan.update(|p| {
            if let Some(i) = section_index(p, &sid.get_value()) {
                let j = i as isize + delta;
                if j >= 0 && (j as usize) < p.sections.len() {
                    p.sections.swap(i, j as usize);
                }
            }
        })
    };
    // Each section is a landmark named by its own title, so that a screen
    // reader's list of regions tells the sections apart.
    let name = move || {
        let t = title();
        if t.trim().is_empty() {
            m().section_title.to_string()
        } else {
            t
        }
    };
    view! {
        <section class="card section-editor" aria-label=name>
            <div class="section-head">
                <label class="field field-grow">
                    <span>{move || m().section_title}</span>
                    <input type="text" class="section-title-input"
                        prop:value=title
                        on:input=move |e| { let v = event_target_value(&e); draft.section(&sid.get_value(), |s| s.title = v); }/>
                    {move || view! { <Problems path=format!("{}.title", path())/> }}
                </label>
                <div class="section-tools">
                    <span class="quiet small">{move || fill(m().target_count, &[&count().to_string()])}</span>
                    <button type="button" class="btn btn-small btn-quiet" title=move || m().move_up aria-label=move || m().move_up on:click=move |_| shift(-1)>"↑"</button>
                    <button type="button" class="btn btn-small btn-quiet" title=move || m().move_down aria-label=move || m().move_down on:click=move |_| shift(1)>"↓"</button>
                    <button type="button" class="btn btn-small btn-danger"
                        on:click=move |_| plan.update(|p| p.sections.retain(|s| s.id != sid.get_value()))>
                        {move || m().delete_section}
                    </button>
                </div>
            </div>
            <ol class="target-editors">
                <For
                    each=move || plan.with(|p| p.sections.iter().find(|s| s.id == sid.get_value()).map(|s| s.targets.iter().map(|t| t.id.clone()).collect::<Vec<_>>()).unwrap_or_default())
                    key=|id| id.clone()
                    let:tid
                >
                    <target_editor::TargetEditor id=tid/>
                </For>
            </ol>
            <button
                type="button"
                class="btn btn-small"
                on:click=move |_| {
                    let id = TargetId(app.new_id("t"));
                    let title = crate::i18n::plan::msgs(app.lang.get_untracked()).new_target.to_string();
                    draft.section(&sid.get_value(), |s| s.targets.push(Target { annual: false, zero_readings: false, partners: Vec::new(), suggestion: String::new(),
                        id,
                        title,
                        kind: kind::count::target(1),
                        unit: "次".to_string(),
                        lead_unit: String::new(),
                        owner: String::new(),
                        weight: 1,
                        due: None,
                    }));
                }
            >
                "+ " {move || m().add_target}
            </button>
        </section>
    }
}
