//! Contribution by unit: who did how much of each target.
//!
//! Activities name their lead unit (牵头处室, [`Activity::lead_unit`]). A
//! unit's share of a target is what [`engine::evaluate`] gives for the
//! document holding only that unit's activities — no arithmetic of its own,
//! so a unit's figure follows the same rules as the target's. For counts
//! and ranges the shares add up to the target's figure; for a per-person
//! or cadence target a share is what the unit's activities reach alone
//! (people credited, periods met), which need not add up. Readings carry
//! no unit, so measured targets (threshold, ratio, improvement) have no
//! breakdown.
//!
//! [`Activity::lead_unit`]: crate::plan::Activity::lead_unit

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::engine::{self, Measure};
use crate::plan::{Document, TargetId};

/// One unit's part of one target.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    /// The unit as the activities name it (trimmed); empty when they name
    /// none.
    pub unit: String,
    /// The engine's figure for the unit's activities alone.
    pub actual: Measure,
    /// How many of the unit's activities count toward the target.
    pub activities: usize,
}

/// A target's shares, units in the plan's order, then units the plan does
/// not list (by name), then activities naming no unit.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetShares {
    /// The target.
    pub id: TargetId,
    /// Units with at least one activity counted toward it.
    pub shares: Vec<Share>,
}

/// The units named by the document's activities, in the order
/// [`TargetShares`] lists them.
fn units(doc: &Document) -> Vec<String> {
    let named: BTreeSet<&str> = doc.activities.iter().map(|a| a.lead_unit.trim()).collect();
    let listed: Vec<String> = doc
        .plan
        .units
        .iter()
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty() && named.contains(u.as_str()))
        .fold(Vec::new(), |mut v, u| {
            if !v.contains(&u) {
                v.push(u);
            }
            v
        });
    let mut out = listed.clone();
    out.extend(
        named
            .iter()
            .filter(|u| !u.is_empty() && !listed.iter().any(|l| l == *u))
            .map(|u| u.to_string()),
    );
    if named.contains("") {
        out.push(String::new());
    }
    out
}

/// Every target's shares by unit as of `as_of`, in plan order: one
/// evaluation per unit.
pub fn by_unit(doc: &Document, as_of: NaiveDate) -> Vec<TargetShares> {
    let mut out: Vec<TargetShares> = doc
        .plan
        .targets()
        .map(|(_, t)| TargetShares {
            id: t.id.clone(),
            shares: Vec::new(),
        })
        .collect();
    let measured: Vec<bool> = doc
        .plan
        .targets()
        .map(|(_, t)| t.kind.takes_readings())
        .collect();
    for unit in units(doc) {
        let part = Document {
            reports: Default::default(),
            notices: Default::default(),
            unit: doc.unit.clone(),
            plan: doc.plan.clone(),
            activities: doc
                .activities
                .iter()
                .filter(|a| a.lead_unit.trim() == unit)
                .cloned()
                .collect(),
            readings: Vec::new(),
            tombstones: Vec::new(),
        };
        let progress = engine::evaluate(&part, as_of);
        for ((row, p), skip) in out.iter_mut().zip(&progress.targets).zip(&measured) {
            if *skip || p.activities.is_empty() {
                continue;
            }
            row.shares.push(Share {
                unit: unit.clone(),
                actual: p.actual,
                activities: p.activities.len(),
            });
        }
    }
    out
}
