//! Where the user is: the views as hash routes (`#/ledger`), so that any
//! static host or a plain file server works and the back button behaves.
//! Parsing and formatting are plain functions, tested in tests/web.rs.

/// A place in the app, one per view.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Route {
    /// 总览 `#/dashboard` (also the empty and every unknown hash).
    #[default]
    Dashboard,
    /// 台账 `#/ledger`.
    Ledger,
    /// 指标 `#/targets`: the list of targets.
    Targets,
    /// 指标 `#/targets/<id>`: one target's page.
    Target(String),
    /// 指标逐月状态 `#/history`: every target's status month by month.
    History,
    /// 计划 `#/plan`.
    Plan,
    /// 数据 `#/data`.
    Data,
    /// 报告 `#/report`.
    Report,
    /// 帮助 `#/help`.
    Help,
    /// 从文本生成计划 `#/intake`, reached from the plan editor.
    Intake,
    /// 进度报送 `#/reporting`: units' reports and the many-file import.
    Reporting,
    /// 督办 `#/duban`, or `#/duban/<target id>` with that target chosen.
    Duban(Option<String>),
}

impl Route {
    /// The route of a location hash such as `#/targets/t-1`. Anything not
    /// understood is the dashboard, so a stale bookmark still opens the app.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("");
        let path = path.trim_end_matches('/');
        let mut parts = path.splitn(2, '/');
        let head = parts.next().unwrap_or("");
        let rest = parts.next();
        match (head, rest) {
            ("ledger", None) => Route::Ledger,
            ("targets", None) => Route::Targets,
            ("targets", Some(id)) if !id.is_empty() && !id.contains('/') => {
                match percent_decode(id) {
                    Some(id) if !id.is_empty() => Route::Target(id),
                    _ => Route::Targets,
                }
            }
            ("history", None) => Route::History,
            ("plan", None) => Route::Plan,
            ("data", None) => Route::Data,
            ("report", None) => Route::Report,
            ("help", None) => Route::Help,
            ("intake", None) => Route::Intake,
            ("reporting", None) => Route::Reporting,
            ("duban", None) => Route::Duban(None),
            ("duban", Some(id)) if !id.contains('/') => {
                Route::Duban(percent_decode(id).filter(|id| !id.is_empty()))
            }
            _ => Route::Dashboard,
        }
    }

    /// The location hash of the route, such as `#/targets/t-1`; the
    /// inverse of [`Route::parse`].
    pub fn to_hash(&self) -> String {
        match self {
            Route::Dashboard => "#/dashboard".into(),
            Route::Ledger => "#/ledger".into(),
            Route::Targets => "#/targets".into(),
            Route::Target(id) => format!("#/targets/{}", percent_encode(id)),
            Route::History => "#/history".into(),
            Route::Plan => "#/plan".into(),
            Route::Data => "#/data".into(),
            Route::Report => "#/report".into(),
            Route::Help => "#/help".into(),
            Route::Intake => "#/intake".into(),
            Route::Reporting => "#/reporting".into(),
            Route::Duban(None) => "#/duban".into(),
            Route::Duban(Some(id)) => format!("#/duban/{}", percent_encode(id)),
        }
    }

    /// The view the route draws: a target's page is drawn by the 指标 view,
    /// which reads the target's id from the route.
    pub fn section(&self) -> Route {
        match self {
            Route::Target(_) => Route::Targets,
            Route::Duban(_) => Route::Duban(None),
            other => other.clone(),
        }
    }
}

impl Route {
    /// The navigation link marked as current: a target's page and the
    /// month-by-month grid belong to 指标, the plan-from-text review to 计划.
    pub fn nav_section(&self) -> Route {
        match self {
            Route::Target(_) | Route::History => Route::Targets,
            Route::Intake => Route::Plan,
            Route::Duban(_) => Route::Report,
            other => other.clone(),
        }
    }
}

/// Percent-encodes everything but unreserved URL characters, so any id
/// survives the address bar.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes; `None` for a malformed escape or bytes that are
/// not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
