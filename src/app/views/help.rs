//! The 帮助 (Help) view: the rules behind every figure, in plain words.

use leptos::prelude::*;

use crate::engine::{Colour, Status};
use crate::i18n::Lang;

use crate::app::state::use_app;

/// The Help view.
#[component]
pub fn HelpView() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::help::msgs(app.lang.get());
    let lang = move || app.lang.get();

    let rm = move || crate::i18n::rules::msgs(app.lang.get());
    let rules_line = move || {
        let lang = app.lang.get();
        app.doc
            .with(|d| crate::rules::statement(&d.plan.rules, lang))
    };
    let rules = move || app.doc.with(|d| d.plan.rules);
    // 序时进度 of this plan, by its own pace, at the as-of date.
    let time_formula = move || crate::rules::pace_formula(rules().pace, app.lang.get());
    let time_example = move || {
        let lang = app.lang.get();
        let (start, end) = app.doc.with(|d| (d.plan.start, d.plan.end));
        let now = crate::rules::pace_now(rules().pace, start, end, app.as_of.get(), lang);
        crate::present::fill(
            crate::i18n::explain::msgs(lang).help_time_example,
            &[
                &crate::present::fmt_date(start, lang),
                &crate::present::fmt_date(end, lang),
                &now,
            ],
        )
    };
    let threshold_example = move || crate::rules::threshold_example(&rules(), app.lang.get());
    let presets = move || crate::rules::presets_text(app.lang.get());
    let status_rows = move || {
        let help = m();
        let rules = rules();
        Status::ALL
            .iter()
            .zip(help.status_meanings.iter())
            .map(|(s, meaning)| {
                // The statuses the rules set are worded from the rules.
                let meaning = crate::rules::status_meaning(*s, &rules, lang())
                    .unwrap_or_else(|| (*meaning).to_string());
                let colour = s.colour();
                let word = if lang() == Lang::Zh { s.label_zh() } else { s.label_en() };
                let colour_word = if lang() == Lang::Zh { colour.label_zh() } else { colour.label_en() };
                view! {
                    <tr>
                        <td><span class=format!("status-badge status-{}", colour.as_str())>{word}</span></td>
                        <td class=format!("status-{}", colour.as_str())>
                            <span class="status-dot" aria-hidden="true"></span>" "{colour_word}
                        </td>
                        <td>{meaning}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let colour_list = move || {
        Colour::ALL
            .iter()
            .zip(m().colour_meanings.iter())
            .map(|(c, text)| {
                view! {
                    <li class=format!("status-{}", c.as_str())>
                        <span class="status-dot" aria-hidden="true"></span>" "
                        <span class="colour-text">{*text}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let kind_rows = move || {
        m().kinds
            .iter()
            .map(|(kind, rule, example)| {
                view! {
                    <tr>
                        <th scope="row">{*kind}</th>
                        <td>{*rule}</td>
                        <td class="muted">{*example}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <section class="view view-help help" aria-labelledby="help-title">
            <h2 id="help-title" class="view-title">{move || m().title}</h2>
            <p>{move || m().intro}</p>

            <section aria-labelledby="help-time">
                <h3 id="help-time">{move || m().time_title}</h3>
                <p>{move || m().time_body}</p>
                <p class="formula" data-testid="help-time-formula">{time_formula}</p>
                <p data-testid="help-time-example">{time_example}</p>
                <p>{move || m().time_edges}</p>
            </section>

            <section aria-labelledby="help-rules" class="help-rules">
                <h3 id="help-rules">{move || rm().help_title}</h3>
                <p data-testid="rules-in-force">{move || rm().help_current}{rules_line}</p>
                <p>{move || rm().help_pace}</p>
                <p>{move || rm().help_thresholds}</p>
                <p data-testid="help-threshold-example">{threshold_example}</p>
                <p>{presets}</p>
                <p>{move || rm().help_annual}</p>
                <p>{move || rm().help_zero}</p>
                <p>{move || rm().help_default}</p>
            </section>

            <section aria-labelledby="help-completion">
                <h3 id="help-completion">{move || m().completion_title}</h3>
                <p>{move || m().completion_body}</p>
            </section>

            <section aria-labelledby="help-status">
                <h3 id="help-status">{move || m().status_title}</h3>
                <p>{move || m().status_intro}</p>
                <ul class="colour-legend">{colour_list}</ul>
                // Focusable, so that a table wider than a phone can be
                // scrolled from the keyboard.
                <div class="table-wrap" tabindex="0" role="group" aria-labelledby="help-status">
                    <table class="status-table">
                        <thead><tr>
                            <th scope="col">{move || m().col_status}</th>
                            <th scope="col">{move || m().col_colour}</th>
                            <th scope="col">{move || m().col_meaning}</th>
                        </tr></thead>
                        <tbody>{status_rows}</tbody>
                    </table>
                </div>
            </section>

            <section aria-labelledby="help-kinds">
                <h3 id="help-kinds">{move || m().kinds_title}</h3>
                <div class="table-wrap" tabindex="0" role="group" aria-labelledby="help-kinds">
                    <table class="kind-table">
                        <thead><tr>
                            <th scope="col">{move || m().col_kind}</th>
                            <th scope="col">{move || m().col_rule}</th>
                            <th scope="col">{move || m().col_example}</th>
                        </tr></thead>
                        <tbody>{kind_rows}</tbody>
                    </table>
                </div>
            </section>

            <section aria-labelledby="help-records">
                <h3 id="help-records">{move || m().records_title}</h3>
                <p>{move || m().records_body}</p>
            </section>

            <section aria-labelledby="help-as-of">
                <h3 id="help-as-of">{move || m().as_of_title}</h3>
                <p>{move || m().as_of_body}</p>
            </section>

            <section aria-labelledby="help-data">
                <h3 id="help-data">{move || m().data_title}</h3>
                <p>{move || m().data_body}</p>
                <p>{move || m().merge_body}</p>
            </section>

            <section aria-labelledby="help-keys">
                <h3 id="help-keys">{move || m().keys_title}</h3>
                <p>{move || m().keys_body}</p>
            </section>
        </section>
    }
}
