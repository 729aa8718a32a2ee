//! Every user-visible string, in Chinese first and English.
//!
//! One typed table per area of the app. Each area file defines a struct of
//! `&'static str` fields and two constants, `ZH` and `EN`: a string missing
//! from either language is a compile error, not a blank on screen.
//! Pure: the report and the native command use these tables too.

pub mod contribution;
pub mod dashboard;
pub mod data;
pub mod duban;
pub mod evidence;
pub mod help;
pub mod history;
pub mod intake;
pub mod ledger;
pub mod plan;
pub mod records;
pub mod report;
pub mod reporting;
pub mod rules;
pub mod shell;
pub mod target;
pub mod xlsx;

/// The language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// 中文 (default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Stable code, as stored in settings and set on `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses a stored code; anything unknown is Chinese.
    pub fn from_code(code: &str) -> Lang {
        if code.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Zh
        }
    }
}

/// All message tables for one language.
#[derive(Debug, Clone, Copy)]
pub struct Msgs {
    /// Navigation, header, notices shared by every view.
    pub shell: &'static shell::ShellMsgs,
    /// 总览.
    pub dashboard: &'static dashboard::DashboardMsgs,
    /// 台账.
    pub ledger: &'static ledger::LedgerMsgs,
    /// 指标.
    pub target: &'static target::TargetMsgs,
    /// 计划.
    pub plan: &'static plan::PlanMsgs,
    /// 数据.
    pub data: &'static data::DataMsgs,
    /// 报告.
    pub report: &'static report::ReportMsgs,
    /// 帮助.
    pub help: &'static help::HelpMsgs,
    /// 未归属 records and deleting a target with records.
    pub records: &'static records::RecordsMsgs,
    /// 从文本生成计划.
    pub intake: &'static intake::IntakeMsgs,
}

/// The message tables of `lang`.
pub fn msgs(lang: Lang) -> Msgs {
    match lang {
        Lang::Zh => Msgs {
            shell: &shell::ZH,
            dashboard: &dashboard::ZH,
            ledger: &ledger::ZH,
            target: &target::ZH,
            plan: &plan::ZH,
            data: &data::ZH,
            report: &report::ZH,
            help: &help::ZH,
            records: &records::ZH,
            intake: &intake::ZH,
        },
        Lang::En => Msgs {
            shell: &shell::EN,
            dashboard: &dashboard::EN,
            ledger: &ledger::EN,
            target: &target::EN,
            plan: &plan::EN,
            data: &data::EN,
            report: &report::EN,
            help: &help::EN,
            records: &records::EN,
            intake: &intake::EN,
        },
    }
}
