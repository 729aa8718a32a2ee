//! A date as the file writes it, `YYYY-MM-DD`: the records' dates, the
//! plan's period and a milestone's due date all go through [`date_text`].

use chrono::{Datelike, NaiveDate};

/// The date as `YYYY-MM-DD` (a year outside 0–9999 as chrono's general
/// formatter pads it).
pub(super) fn date_text(d: NaiveDate) -> String {
    // Written out by hand: chrono's general formatter costs more than the
    // rest of an activity together, and a ledger has thousands.
    if !(0..=9999).contains(&d.year()) {
        return format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    }
    let mut out = Vec::with_capacity(10);
    digits(&mut out, d.year() as u32, 4);
    out.push(b'-');
    digits(&mut out, d.month(), 2);
    out.push(b'-');
    digits(&mut out, d.day(), 2);
    // Only ASCII digits and dashes were written.
    String::from_utf8(out).unwrap_or_default()
}

/// `n`'s last `width` decimal digits, zero-padded.
pub(super) fn digits(out: &mut Vec<u8>, n: u32, width: u32) {
    for k in (0..width).rev() {
        out.push(b'0' + (n / 10u32.pow(k) % 10) as u8);
    }
}

#[cfg(test)]
mod tests {
    use super::date_text;
    use chrono::{Datelike, NaiveDate};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_date_is_the_general_formatters_text(days in -800_000i32..4_000_000) {
            let d = NaiveDate::from_num_days_from_ce_opt(days).unwrap();
            let general = format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
            prop_assert_eq!(date_text(d), general);
        }
    }
}
