//! One module per view; each exports one `#[component]`.

pub mod chart_view;
pub mod dashboard;
pub mod data;
pub mod help;
pub mod ledger;
pub mod plan_editor;
pub mod report;
pub mod target;
