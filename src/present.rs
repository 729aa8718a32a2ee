//! Presentation logic shared by the views and the report, pure and tested
//! natively: formatting of dates and figures, each kind of target's words
//! for its figures (`kind_words`, one module per kind), ledger filters and
//! sorting, the needs-attention list, and the HTML the shell sets from
//! strings (the dashboard, the first screen, ledger rows, the history grid).
//!
//! The views only wire these functions to signals, so that every rule a
//! user sees (what a filter keeps, which target needs attention, how a
//! figure is worded) is checked by native tests.

mod attention;
mod dashboard;
mod first_screen;
mod format;
mod history_html;
pub mod kind_words;
mod ledger;
mod ledger_html;
mod ledger_order;
mod overview;
mod plan_copy;
mod reporting_words;
mod short_list;
mod toast_place;

pub use attention::{attention_text, needs_attention, Attention, AttentionItem, STALE_DAYS};
pub use dashboard::{
    bar_width, choose_filter, dashboard_body_html, dashboard_head_html, dashboard_html,
    has_targets, plan_has_targets, status_class, toggle_status, Controls, DashAction, DashLinks,
    DashSource, Dashboard, PlanCounts, FILTER_SECTION, FILTER_STATUS, FILTER_UNIT,
};
pub use first_screen::{can_paint_first, first_screen_html, reminder_due, FirstScreen, Notice};
pub use format::{
    cadence_name, fill, fmt_date, fmt_date_short, fmt_measure, fmt_percent, iso_date, kind_name,
    missed_periods_text, parse_date, parse_people, status_word, with_unit,
};
pub use history_html::{cell_label, history_rows_html, month_full, month_short};
pub use kind_words::{figure_sentence, goal_text, short_figure, shows_time_marker};
pub use ledger::{
    known_names, ledger_rows, ledger_rows_indexed, page_count, page_slice, pick_in_order,
    search_targets, totals, KnownNames, LedgerFilter, SearchIndex, Totals, PAGE_SIZE,
};
pub use ledger_html::{
    ledger_row_cells_html, ledger_rows_html, DELETE_ACTION, EDIT_ACTION, EVIDENCE_ACTION,
};
pub use ledger_order::{LedgerColumn, LedgerSort};
pub use overview::{
    dashboard_groups, quick_dates, status_counts, DashFilter, QuickDate, SectionGroup,
};
pub use plan_copy::{next_year_date, next_year_plan};
pub use reporting_words::{cycle_text, file_effect_text, file_unit_text};
pub use short_list::{shortened, SHORT_LIST};
pub use toast_place::{place as place_toasts, stack_at, Corner, Rect, Screen};
