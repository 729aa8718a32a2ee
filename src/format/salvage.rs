//! Reading what can be read of a current-version file whose activities or
//! readings include one of the wrong shape (a field of the wrong type, an
//! unknown field): each such record is set aside with its field named and
//! its text, and the file is read without it. A record of the right shape
//! whose values cannot be read (an impossible date) is set aside by the
//! reader itself (`read::to_domain`).

use serde_json::Value;

use super::v3::{ActivityV3, DocumentV3, ReadingV3};
use super::{finished, DecodeError, Decoded, JsonFault, Quarantined};
use crate::plan::RecordKind;

/// One list's records of the wrong shape, taken out of `value`; the
/// original index of each record left, in order.
fn take_bad<T: serde::de::DeserializeOwned>(
    value: &mut Value,
    key: &str,
    kind: RecordKind,
    out: &mut Vec<Quarantined>,
) -> Vec<usize> {
    let Some(list) = value.get_mut(key).and_then(Value::as_array_mut) else {
        return Vec::new();
    };
    let mut kept = Vec::with_capacity(list.len());
    let mut left = Vec::with_capacity(list.len());
    for (i, item) in std::mem::take(list).into_iter().enumerate() {
        match serde_path_to_error::deserialize::<_, T>(&item) {
            Ok(_) => {
                kept.push(item);
                left.push(i);
            }
            Err(e) => {
                let path = format!("{key}[{i}].{}", e.path());
                let inner = e.into_inner();
                out.push(Quarantined {
                    kind,
                    index: i,
                    id: item
                        .get("id")
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string(),
                    error: DecodeError::WrongField {
                        path,
                        fault: JsonFault::of(&inner),
                        line: 0,
                        column: 0,
                    },
                    text: item.to_string(),
                });
            }
        }
    }
    *list = kept;
    left
}

/// The file read without its activities and readings of the wrong shape,
/// which are set aside; `None` when there are none, or the rest cannot be
/// read either (then the first refusal stands).
pub(super) fn without_bad_shapes(text: &str) -> Option<Decoded> {
    let mut value: Value = serde_json::from_str(text).ok()?;
    let mut aside = Vec::new();
    let activities =
        take_bad::<ActivityV3>(&mut value, "activities", RecordKind::Activity, &mut aside);
    let readings = take_bad::<ReadingV3>(&mut value, "readings", RecordKind::Reading, &mut aside);
    if aside.is_empty() {
        return None;
    }
    let file: DocumentV3 = serde_json::from_value(value).ok()?;
    let mut decoded = finished(file, super::CURRENT_VERSION).ok()?;
    // Records set aside for their values were counted without the ones
    // taken out here: give them their place in the file.
    for q in &mut decoded.quarantined {
        let (key, left) = match q.kind {
            RecordKind::Activity => ("activities", &activities),
            _ => ("readings", &readings),
        };
        let Some(&original) = left.get(q.index) else {
            continue;
        };
        if let DecodeError::Invalid { path, .. } = &mut q.error {
            let was = format!("{key}[{}]", q.index);
            if let Some(rest) = path.strip_prefix(&was) {
                *path = format!("{key}[{original}]{rest}");
            }
        }
        q.index = original;
    }
    decoded.quarantined.extend(aside);
    decoded
        .quarantined
        .sort_by_key(|q| (q.kind == RecordKind::Reading, q.index));
    Some(decoded)
}
