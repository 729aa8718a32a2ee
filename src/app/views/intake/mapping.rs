//! The column-mapping step of a 任务分解表: each header, its first value,
//! and what the column is read as, guessed and changeable. A change reads
//! the rows again; nothing in the document changes here.

use leptos::prelude::*;

use crate::app::state::use_app;
use crate::i18n::Lang;
use crate::intake::sheet::{self, Column, Mapping, Table};

/// The table and how its columns are read.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Sheet {
    /// The table as read.
    pub table: Table,
    /// Each column's role.
    pub mapping: Mapping,
}

fn column_key(c: Column) -> String {
    format!("{c:?}")
}

/// The mapping step; `changed` runs after every change of a role.
#[component]
pub(super) fn MappingStep(sheet: RwSignal<Option<Sheet>>, changed: Callback<()>) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::intake::msgs(app.lang.get());
    move || {
        let current = sheet.get()?;
        let zh = app.lang.get() == Lang::Zh;
        // The fullest of the first rows shows what a column holds (heading
        // rows 一、二 fill only two cells).
        let filled = |r: &[String]| r.iter().filter(|c| !c.trim().is_empty()).count();
        let first: Vec<String> = current
            .table
            .rows
            .iter()
            .take(10)
            .max_by_key(|(n, r)| (filled(r), std::cmp::Reverse(*n)))
            .map(|(_, r)| r.clone())
            .unwrap_or_default();
        let rows = current
            .table
            .headers
            .iter()
            .enumerate()
            .map(|(index, header)| {
                let role = current.mapping.get(index).copied().flatten();
                let sample: String = first
                    .get(index)
                    .map(|c| c.chars().take(40).collect())
                    .unwrap_or_default();
                let options = Column::ALL
                    .iter()
                    .map(|c| {
                        let name = if zh { c.zh() } else { c.en() };
                        view! { <option value=column_key(*c) selected=role == Some(*c)>{name}</option> }
                    })
                    .collect_view();
                let on_change = move |e: web_sys::Event| {
                    let v = event_target_value(&e);
                    let col = Column::ALL.iter().copied().find(|c| column_key(*c) == v);
                    sheet.update(|s| {
                        if let Some(s) = s {
                            sheet::assign(&mut s.mapping, index, col);
                        }
                    });
                    changed.run(());
                };
                view! {
                    <tr>
                        <th scope="row">{header.clone()}</th>
                        <td class="small muted">{sample}</td>
                        <td>
                            <select class="intake-role" data-column=index.to_string()
                                aria-label=header.clone() on:change=on_change>
                                <option value="" selected=role.is_none()>{m().map_ignore}</option>
                                {options}
                            </select>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <h3>{m().map_title}</h3>
            <p class="small muted">{m().map_intro}</p>
            <div class="table-wrap">
                <table class="intake-mapping">
                    <thead><tr>
                        <th scope="col">{m().map_header}</th>
                        <th scope="col">{m().map_sample}</th>
                        <th scope="col">{m().map_role}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    }
}
