//! Units a plan names for a target: a line that only names them (牵头单位：
//! XX on a line of its own, under the target it belongs to) and lists of
//! names typed or written in a cell.

use super::Proposal;

/// Labels of a line that only names the units of the line before.
const UNIT_LABELS: &[&str] = &[
    "牵头单位",
    "牵头处室",
    "牵头部门",
    "责任单位",
    "责任处室",
    "责任部门",
    "配合单位",
    "配合处室",
    "配合部门",
    "协办单位",
];

/// Whether a line only names units: 牵头单位：XX, 责任单位：XX、YY.
pub(super) fn units_only(line: &[char]) -> bool {
    let t: String = line.iter().collect();
    let t = t.trim().trim_start_matches(['（', '(', '[', '【']);
    UNIT_LABELS
        .iter()
        .any(|l| t.starts_with(l) && t[l.len()..].starts_with(['：', ':']))
}

/// Gives the proposals of the line before the units a units-only line
/// names: a 牵头 line their lead; a 配合 line their supporting units; a 责任
/// line supporting units when they have a lead already, else its first
/// unit leads and the rest support.
pub(super) fn name_units(proposals: &mut [Proposal], line: &[char]) {
    let t: String = line.iter().collect();
    let Some((label, rest)) = t.trim().split_once(['：', ':']) else {
        return;
    };
    let names = unit_names(rest.trim_end_matches(['）', ')', ']', '】', '。', '；']));
    for p in proposals {
        if label.contains("配合") || label.contains("协办") {
            p.partners = names.clone();
        } else if label.contains("牵头") || p.lead_unit.is_empty() {
            if let Some(first) = names.first() {
                p.lead_unit = first.clone();
                if label.contains("责任") {
                    p.partners = names[1..].to_vec();
                }
            }
        } else {
            p.partners = names.clone();
        }
    }
}

/// The names in a cell or field of units: split on 、，, ; / and spaces,
/// blanks and repeats dropped.
pub fn unit_names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in text.split(['、', '，', ',', ';', '；', '/', ' ', '\n']) {
        let name = name.trim();
        if !name.is_empty() && !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    }
    out
}
