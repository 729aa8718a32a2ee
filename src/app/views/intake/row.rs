//! One proposal of the review: accept or skip it, and edit its title, kind
//! and the figures of that kind, unit, lead and supporting units, and the
//! 年度指标 mark. A refused edit is said next to the row and changes
//! nothing.

use leptos::prelude::*;

use crate::app::state::use_app;
use crate::i18n::Lang;
use crate::intake::doubt::{self, Sureness};
use crate::intake::fields::{field_text, fields, Field, FieldSpec};
use crate::intake::review::{EditError, Review};
use crate::intake::Proposal;
use crate::plan::kind::{self, Input};

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
pub(super) fn ProposalRow(review: RwSignal<Option<Review>>, s: usize, i: usize) -> impl IntoView {
    let app = use_app();
    let Some(p) = review.with_untracked(|r| r.as_ref().and_then(|r| r.get(s, i).cloned())) else {
        return ().into_any();
    };
    let lang = app.lang.get_untracked();
    let zh = lang == Lang::Zh;
    let m = crate::i18n::intake::msgs(app.lang.get_untracked());
    let error = RwSignal::new(String::new());
    let report = move |r: Result<(), EditError>| {
        error.set(match r {
            Ok(()) => String::new(),
            Err(e) if zh => e.message_zh(),
            Err(e) => e.to_string(),
        })
    };
    let edit = move |f: fn(&mut Review, usize, usize, &str) -> Result<(), EditError>| {
        move |e: web_sys::Event| {
            let value = event_target_value(&e);
            let mut got = Ok(());
            review.update(|r| {
                if let Some(r) = r {
                    got = f(r, s, i, &value);
                }
            });
            report(got);
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
    let on_annual = move |e: web_sys::Event| {
        let yes = event_target_checked(&e);
        let mut got = Ok(());
        review.update(|r| {
            if let Some(r) = r {
                got = r.set_annual(s, i, yes);
            }
        });
        report(got);
    };
    // The kind and its figures; redrawn only when one of them changes.
    let figures = Memo::new(move |_| {
        review.with(|r| {
            r.as_ref().and_then(|r| r.get(s, i)).map(|p| {
                let list: Vec<(FieldSpec, String)> = fields(&p.kind)
                    .into_iter()
                    .map(|f| (f, field_text(p, f.field)))
                    .collect();
                (kind::of(&p.kind).key(), list)
            })
        })
    });
    let kind_select = move || {
        let current = figures.with(|f| f.as_ref().map(|f| f.0).unwrap_or("count"));
        let options = kind::KINDS
            .iter()
            .map(|k| {
                let key = k.key();
                view! { <option value=key selected=key == current>{k.name(lang)}</option> }
            })
            .collect_view();
        view! {
            <select class="intake-kind" aria-label=m.col_kind
                on:change=move |e| {
                    let key = event_target_value(&e);
                    let mut got = Ok(());
                    review.update(|r| if let Some(r) = r { got = r.set_kind(s, i, &key) });
                    report(got);
                }>{options}</select>
        }
    };
    let figure_fields = move || {
        let (_, list) = figures.get()?;
        Some(
            list.into_iter()
                .map(|(spec, value)| {
                    let f = spec.field;
                    let on_change = move |e: web_sys::Event| {
                        let v = event_target_value(&e);
                        let mut got = Ok(());
                        review.update(|r| {
                            if let Some(r) = r {
                                got = if f == Field::Due {
                                    r.set_due(s, i, &v)
                                } else {
                                    r.set_field(s, i, f, &v)
                                };
                            }
                        });
                        report(got);
                    };
                    let input = match spec.input {
                        Input::Choice(list) => {
                            let options = list
                                .iter()
                                .map(|(k, n)| {
                                    view! { <option value=*k selected=*k == value>{n(lang)}</option> }
                                })
                                .collect_view();
                            view! { <select on:change=on_change>{options}</select> }.into_any()
                        }
                        Input::Date => view! {
                            <input type="date" prop:value=value on:change=on_change/>
                        }
                        .into_any(),
                        Input::Text => view! {
                            <input type="text" size="8" prop:value=value on:change=on_change/>
                        }
                        .into_any(),
                        _ => view! {
                            <input type="text" inputmode="decimal" size="5" prop:value=value
                                on:change=on_change/>
                        }
                        .into_any(),
                    };
                    view! {
                        <label class="intake-field" data-field=format!("{f:?}").to_lowercase()>
                            <span class="small muted">{(spec.label)(lang)}</span>
                            {input}
                        </label>
                    }
                })
                .collect_view(),
        )
    };
    let notes: Vec<String> = p
        .notes
        .iter()
        .map(|n| if zh { n.zh() } else { n.en() })
        .collect();
    // How sure the extractor is, in a word; why not, on hover and for
    // screen readers.
    let doubts: Vec<&str> = doubt::doubts(&p)
        .iter()
        .map(|d| if zh { d.zh() } else { d.en() })
        .collect();
    let sure = doubt::sureness(&p);
    let word = match sure {
        Sureness::Sure => m.sure,
        Sureness::Check => m.check,
    };
    let why = doubts.join("；");
    view! {
        <tr class:muted=move || !accepted() class:intake-doubt=sure == Sureness::Check>
            <td>
                <input type="checkbox" aria-label=m.col_accept prop:checked=accepted on:change=on_accept/>
                <span class=format!("intake-sure intake-sure-{}", sure.as_str()) title=why.clone()>{word}</span>
                <span class="visually-hidden">{why}</span>
            </td>
            <td><input type="text" class="intake-title" aria-label=m.col_title prop:value=p.title.clone() on:change=edit(Review::set_title)/></td>
            <td>{kind_select}</td>
            <td>
                <div class="intake-figures">{figure_fields}</div>
                <p class="field-error" role="alert">{move || error.get()}</p>
            </td>
            <td><input type="text" size="3" aria-label=m.col_unit prop:value=p.unit.clone() on:change=edit(Review::set_unit)/></td>
            <td>
                <input type="text" size="8" aria-label=m.col_lead prop:value=p.lead_unit.clone() on:change=edit(Review::set_lead)/>
                <label class="intake-field">
                    <span class="small muted">{m.col_partners}</span>
                    <input type="text" size="8" class="intake-partners" prop:value=p.partners.join("、") on:change=edit(Review::set_partners)/>
                </label>
            </td>
            <td><input type="checkbox" class="intake-annual" title=m.annual_hint aria-label=m.col_annual prop:checked=p.annual on:change=on_annual/></td>
            <td>
                {source_view(&p)}
                <div class="field-hint">{notes.join("；")}</div>
            </td>
        </tr>
    }
    .into_any()
}
