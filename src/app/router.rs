//! The app's table from route to view, at the top of the shell: which view
//! each route shows, and which view or code each split part holds (one
//! `split_point!` per part, see src/app/lazy.rs). Only the app's root
//! (src/app/mod.rs) uses this module; no view does, so no view reaches
//! another through it.

use leptos::prelude::*;

use super::lazy::{split_point, Part, PreloadFuture, Table, ViewFuture};
use super::part_view::PartView;
use super::route::Route;
use super::views::dashboard::DashboardView;

/// Gives the split machinery its table; the app calls it once, first.
pub fn install() {
    super::lazy::install(Table { load, preload });
}

/// The view a route shows. Every view but the dashboard is loaded on
/// demand.
pub fn page(route: Route) -> AnyView {
    match route {
        Route::Dashboard => DashboardView().into_any(),
        Route::Ledger => view! { <PartView part=Part::Ledger/> }.into_any(),
        Route::Targets | Route::Target(_) => view! { <PartView part=Part::Targets/> }.into_any(),
        Route::Plan => view! { <PartView part=Part::Plan/> }.into_any(),
        Route::Data => view! { <PartView part=Part::Data/> }.into_any(),
        Route::Report => view! { <PartView part=Part::Report/> }.into_any(),
        Route::Help => view! { <PartView part=Part::Help/> }.into_any(),
        Route::History => view! { <PartView part=Part::History/> }.into_any(),
        Route::Intake => view! { <PartView part=Part::Intake/> }.into_any(),
        Route::Reporting => view! { <PartView part=Part::Reporting/> }.into_any(),
        Route::Duban(_) => view! { <PartView part=Part::Duban/> }.into_any(),
    }
}

split_point!(
    charts,
    preload_charts,
    fn charts_view() -> AnyView {
        Ok(super::views::chart_view::DashboardChart().into_any())
    }
);

split_point!(
    ledger,
    preload_ledger,
    fn ledger_view() -> AnyView {
        Ok(super::views::ledger::LedgerView().into_any())
    }
);

split_point!(
    targets,
    preload_targets,
    fn target_view() -> AnyView {
        Ok(super::views::target::TargetView().into_any())
    }
);

split_point!(
    plan,
    preload_plan,
    fn plan_view() -> AnyView {
        Ok(super::views::plan_editor::PlanEditorView().into_any())
    }
);

split_point!(
    data,
    preload_data,
    fn data_view() -> AnyView {
        Ok(super::views::data::DataView().into_any())
    }
);

split_point!(
    report,
    preload_report,
    fn report_view() -> AnyView {
        Ok(super::views::report::ReportView().into_any())
    }
);

split_point!(
    help,
    preload_help,
    fn help_view() -> AnyView {
        Ok(super::views::help::HelpView().into_any())
    }
);

split_point!(
    history,
    preload_history,
    fn history_view() -> AnyView {
        Ok(super::views::history::HistoryView().into_any())
    }
);

split_point!(
    reporting,
    preload_reporting,
    fn reporting_view() -> AnyView {
        Ok(super::views::reporting::ReportingView().into_any())
    }
);

split_point!(
    intake,
    preload_intake,
    fn intake_view() -> AnyView {
        Ok(super::views::intake::IntakeView().into_any())
    }
);

split_point!(
    duban,
    preload_duban,
    fn duban_view() -> AnyView {
        Ok(super::views::duban::DubanView().into_any())
    }
);

split_point!(
    unassigned,
    preload_unassigned,
    fn unassigned_view() -> AnyView {
        Ok(super::unassigned_panel::UnassignedNotice().into_any())
    }
);

/// Each part's view, by its split function.
fn load(part: Part) -> ViewFuture {
    match part {
        Part::Charts => Box::pin(charts_view()),
        Part::Ledger => Box::pin(ledger_view()),
        Part::Targets => Box::pin(target_view()),
        Part::Plan => Box::pin(plan_view()),
        Part::Data => Box::pin(data_view()),
        Part::Report => Box::pin(report_view()),
        Part::Help => Box::pin(help_view()),
        Part::History => Box::pin(history_view()),
        Part::Intake => Box::pin(intake_view()),
        Part::Reporting => Box::pin(reporting_view()),
        Part::Duban => Box::pin(duban_view()),
        Part::Unassigned => Box::pin(unassigned_view()),
    }
}

/// Fetches a part's code without showing it.
fn preload(part: Part) -> PreloadFuture {
    Box::pin(async move {
        match part {
            Part::Charts => preload_charts().await,
            Part::Ledger => preload_ledger().await,
            Part::Targets => preload_targets().await,
            Part::Plan => preload_plan().await,
            Part::Data => preload_data().await,
            Part::Report => preload_report().await,
            Part::Help => preload_help().await,
            Part::History => preload_history().await,
            Part::Intake => preload_intake().await,
            Part::Reporting => preload_reporting().await,
            Part::Duban => preload_duban().await,
            Part::Unassigned => preload_unassigned().await,
        }
    })
}
