//! The room the browser allows this site for stored files, as far as it
//! can be known. `navigator.storage.estimate()` reports a quota, but a
//! smaller one may be in force (a policy, or a quota set for the origin
//! through the DevTools protocol): Chromium still reports the nominal one
//! then, and only refuses the write. Once a write has been refused below
//! the reported quota, the storage line says so — the reported figure is
//! not in force, and the browser refused a file at about that size (the
//! usage is itself the browser's estimate, so "about") — instead of
//! repeating the nominal figure.

/// What the browser allows, as the storage line states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotaInForce {
    /// The quota the browser reports, with no refusal below it.
    Reported(u64),
    /// A write that would have brought the site to about this size was
    /// refused; `reported` is what the browser still claims.
    Below {
        /// The site's size the refused write would have made.
        refused_at: u64,
        /// The quota the browser reports, if it reports one.
        reported: Option<u64>,
    },
}

/// The quota in force from the browser's report and the size at which a
/// write was refused, if one was: a refusal below the report wins.
pub fn quota_in_force(reported: Option<u64>, refused_at: Option<u64>) -> Option<QuotaInForce> {
    match (reported, refused_at) {
        (Some(r), Some(at)) if at <= r => Some(QuotaInForce::Below {
            refused_at: at,
            reported: Some(r),
        }),
        (None, Some(at)) => Some(QuotaInForce::Below {
            refused_at: at,
            reported: None,
        }),
        (Some(r), _) => Some(QuotaInForce::Reported(r)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_below_the_reported_quota_is_the_quota_in_force() {
        // Chromium reports 10 GiB while a quota of 3 MiB is set for the
        // origin; a 4 MiB file is refused with 70 KiB already stored.
        let reported = 10 * 1024 * 1024 * 1024;
        let refused = 70 * 1024 + 4 * 1024 * 1024;
        assert_eq!(
            quota_in_force(Some(reported), Some(refused)),
            Some(QuotaInForce::Below {
                refused_at: refused,
                reported: Some(reported)
            })
        );
        assert_eq!(
            quota_in_force(Some(reported), None),
            Some(QuotaInForce::Reported(reported))
        );
        // A refusal above the report tells nothing new.
        assert_eq!(
            quota_in_force(Some(1000), Some(2000)),
            Some(QuotaInForce::Reported(1000))
        );
        assert_eq!(
            quota_in_force(None, Some(2000)),
            Some(QuotaInForce::Below {
                refused_at: 2000,
                reported: None
            })
        );
        assert_eq!(quota_in_force(None, None), None);
    }
}
