//! Why the sweep is stopped, in words: each [`Stop`] worded once, in the
//! table of the Data view's list of files waiting to be deleted.

use chrono::NaiveDate;

use super::{Holder, Stop};
use crate::i18n::pending_files::PendingFilesMsgs;
use crate::i18n::reporting::fill;

/// Why the sweep is stopped, in words; `date` words a snapshot's day.
pub fn stop_text(m: &PendingFilesMsgs, stop: &Stop, date: impl Fn(NaiveDate) -> String) -> String {
    match stop {
        Stop::Unreadable {
            holder: Holder::Stored,
            reason,
        } => fill(m.stop_stored_unreadable, &[("reason", reason)]),
        Stop::Newer {
            holder: Holder::Stored,
        } => m.stop_stored_newer.to_string(),
        Stop::Unreadable {
            holder: Holder::Snapshot(day),
            reason,
        } => fill(
            m.stop_snapshot_unreadable,
            &[("date", &date(*day)), ("reason", reason)],
        ),
        Stop::Newer {
            holder: Holder::Snapshot(day),
        } => fill(m.stop_snapshot_newer, &[("date", &date(*day))]),
        Stop::RecoveryKept { .. } => m.stop_recovery.to_string(),
        // A recovery copy is named once, by `RecoveryKept`.
        Stop::Unreadable {
            holder: Holder::Recovery(_),
            ..
        }
        | Stop::Newer {
            holder: Holder::Recovery(_),
        } => String::new(),
        Stop::Unreadable { reason, .. } => fill(m.stop_other, &[("reason", reason)]),
        Stop::Newer { .. } => fill(m.stop_other, &[("reason", "")]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::pending_files::{EN, ZH};

    #[test]
    fn every_stop_is_worded_once_in_both_languages() {
        let day = NaiveDate::from_ymd_opt(2026, 1, 5).expect("date");
        let stops = [
            Stop::Newer {
                holder: Holder::Stored,
            },
            Stop::Unreadable {
                holder: Holder::Snapshot(day),
                reason: "line 1".into(),
            },
            Stop::RecoveryKept {
                key: "luoshi.recovery.v1".into(),
            },
        ];
        for m in [&ZH, &EN] {
            let words: Vec<String> = stops
                .iter()
                .map(|s| stop_text(m, s, |d| d.to_string()))
                .collect();
            assert!(
                words.iter().all(|w| !w.is_empty() && !w.contains('{')),
                "{words:?}"
            );
            assert!(words[1].contains("2026-01-05") && words[1].contains("line 1"));
        }
        let recovery_again = Stop::Newer {
            holder: Holder::Recovery("luoshi.recovery.v1".into()),
        };
        assert_eq!(stop_text(&ZH, &recovery_again, |d| d.to_string()), "");
    }
}
