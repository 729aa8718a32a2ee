//! The browser's clock and random numbers. The shell reads the clock here
//! and only here: the core is always handed a date or a stamp.

use chrono::{DateTime, FixedOffset, NaiveDate, Offset, Utc};

use crate::plan::Stamp;

/// Today's local calendar date, as the user's computer sees it.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    // getMonth is 0-based; the values are always in range for a real clock.
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| now().date_naive())
}

/// The current instant in local time, with the local UTC offset, to the
/// millisecond. Change stamps made here decide which edit wins a merge.
pub fn now() -> Stamp {
    let d = js_sys::Date::new_0();
    // getTimezoneOffset is minutes *behind* UTC: UTC+8 gives -480.
    let east_secs = -(d.get_timezone_offset() as i32) * 60;
    let offset = FixedOffset::east_opt(east_secs).unwrap_or_else(|| Utc.fix());
    let utc: DateTime<Utc> =
        DateTime::from_timestamp_millis(d.get_time() as i64).unwrap_or_default();
    utc.with_timezone(&offset)
}

/// The local calendar day of an instant given in milliseconds since the
/// epoch (as stored beside evidence files).
pub fn local_day(ms: i64) -> Option<NaiveDate> {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

/// Milliseconds since the epoch, for timing debounces and toasts.
pub fn millis() -> f64 {
    js_sys::Date::now()
}

/// `n` random bytes, from the platform's cryptographic generator when it
/// is there (it always is in a supported browser).
pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut buf = vec![0u8; n];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut buf).is_ok())
        .unwrap_or(false);
    if !filled {
        for b in buf.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    buf
}

/// A new random record id such as `a-3f9c0b1e7d2a4c68`: the prefix names
/// the kind of record, 64 random bits keep ids apart across colleagues'
/// files that are later merged.
pub fn new_id(prefix: &str) -> String {
    let mut id = String::with_capacity(prefix.len() + 17);
    id.push_str(prefix);
    id.push('-');
    for b in random_bytes(8) {
        id.push_str(&format!("{b:02x}"));
    }
    id
}
