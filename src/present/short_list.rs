//! How much of a long list a preview shows before its buttons' readers
//! lose them: the first [`SHORT_LIST`] entries, then a count of the rest
//! ("另有N条…") and a way to see all. One rule for every preview that can
//! list many skipped or refused rows.

/// How many entries a shortened list shows.
pub const SHORT_LIST: usize = 10;

/// Of `total` entries, how many are shown and how many are left unlisted:
/// all of them when `all` is asked for or when they are few enough to
/// show (a list one longer than the limit is shown whole, as "另有1条" saves
/// nothing).
pub fn shortened(total: usize, all: bool) -> (usize, usize) {
    if all || total <= SHORT_LIST + 1 {
        (total, 0)
    } else {
        (SHORT_LIST, total - SHORT_LIST)
    }
}
