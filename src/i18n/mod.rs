//! Every user-visible string, in Chinese first and English.
//!
//! One typed table per area of the app. Each area file defines a struct of
//! `&'static str` fields and two constants, `ZH` and `EN`: a string missing
//! from either language is a compile error, not a blank on screen.
//! Pure: the report and the native command use these tables too.
//!
//! [`Msgs`] holds only the tables the first screen needs (the shell, the
//! dashboard, the unassigned-records notice). Every other area's file has
//! its own `msgs(lang)` and is reached only from the code that shows its
//! strings, so the browser build leaves the table in that view's part
//! (src/app/lazy.rs) rather than in the app's main part. A new view adds its
//! own file here with `ZH`, `EN` and `msgs(lang)`, one `pub mod` line
//! below, and calls `crate::i18n::<area>::msgs(app.lang.get())`; it does
//! not add a field to `Msgs`.

pub mod cli;
pub mod contribution;
pub mod dashboard;
pub mod data;
pub mod duban;
pub mod evidence;
pub mod explain;
pub mod help;
pub mod history;
pub mod intake;
pub mod kind;
pub mod ledger;
pub mod pending_files;
pub mod plan;
pub mod records;
pub mod report;
pub mod reporting;
pub mod rules;
pub mod safety;
pub mod shell;
pub mod store;
pub mod target;
pub mod text;
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
    /// 未归属 records and deleting a target with records.
    pub records: &'static records::RecordsMsgs,
}

/// The message tables of `lang`.
pub fn msgs(lang: Lang) -> Msgs {
    match lang {
        Lang::Zh => Msgs {
            shell: &shell::ZH,
            dashboard: &dashboard::ZH,
            records: &records::ZH,
        },
        Lang::En => Msgs {
            shell: &shell::EN,
            dashboard: &dashboard::EN,
            records: &records::EN,
        },
    }
}
