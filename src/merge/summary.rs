//! What a merge did, counted for the import preview and the undo history.

use crate::plan::RecordKind;

/// Which document a record came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The document merged into (this browser's copy).
    Ours,
    /// The document merged in (the colleague's file).
    Theirs,
}

/// A record both documents hold with different content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// Activity or reading.
    pub kind: RecordKind,
    /// The record's id.
    pub id: String,
    /// The side whose version was kept: the one changed later, or, when
    /// both were changed at the same instant (`same_stamp`), the one the
    /// merge's tie-break picks (the same on either side).
    pub winner: Side,
    /// Both versions carry the same stamp.
    pub same_stamp: bool,
}

impl Conflict {
    /// The record as a person knows it, from `doc` (the merged document,
    /// which holds the version that stands): its date and its title (an
    /// activity), its target's title (a reading), its unit (a report or a
    /// notice). `None` when `doc` does not hold it.
    pub fn label(&self, doc: &crate::plan::Document) -> Option<(chrono::NaiveDate, String)> {
        let id = self.id.as_str();
        match self.kind {
            RecordKind::Activity => doc
                .activities
                .iter()
                .find(|a| a.id.as_str() == id)
                .map(|a| (a.date, a.title.clone())),
            RecordKind::Reading => doc.readings.iter().find(|r| r.id.as_str() == id).map(|r| {
                let title = doc
                    .plan
                    .target(&r.target)
                    .map_or_else(|| r.target.as_str().to_string(), |t| t.title.clone());
                (r.date, title)
            }),
            RecordKind::Report => doc
                .reports
                .iter()
                .find(|r| r.id.as_str() == id)
                .map(|r| (r.sent, r.unit.clone())),
            RecordKind::Notice => doc
                .notices
                .iter()
                .find(|n| n.id.as_str() == id)
                .map(|n| (n.issued, n.unit.clone())),
            _ => None,
        }
    }
}

/// A document of another plan, which is not merged: both plan ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherPlan {
    /// Our plan's id.
    pub ours: String,
    /// The other document's plan id.
    pub theirs: String,
}

/// What a merge did to one kind of record, counted against ours.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordChanges {
    /// Records we did not have (or had deleted and theirs revived).
    pub added: usize,
    /// Records whose content changed to their newer version.
    pub changed: usize,
    /// Records of ours removed by their newer deletion.
    pub deleted: usize,
    /// Records both sides hold with different content, with the side kept.
    pub conflicts: Vec<Conflict>,
}

impl RecordChanges {
    /// Whether ours is left as it was.
    pub fn is_empty(&self) -> bool {
        self.added == 0 && self.changed == 0 && self.deleted == 0
    }

    /// How many conflicts were settled in favour of ours.
    pub fn kept_ours(&self) -> usize {
        self.conflicts
            .iter()
            .filter(|c| c.winner == Side::Ours)
            .count()
    }
}

/// What happened to the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanChange {
    /// Both plans say the same.
    Unchanged,
    /// Their plan is newer and replaced ours.
    Updated,
    /// Their plan differs but ours is newer, so ours was kept.
    KeptOurs,
}

/// What a merge did to one target of the plan, against ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TargetChangeKind {
    /// A target we did not have.
    Added,
    /// A target of ours replaced by their newer version (kept theirs).
    Changed,
    /// A target of ours removed by their newer deletion.
    Removed,
    /// A target both changed, where ours is newer and was kept (kept mine).
    KeptOurs,
}

/// One target the merge added, changed, removed or kept ours of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetChange {
    /// The target's id.
    pub id: crate::plan::TargetId,
    /// Its title, as the merged plan (or, if removed, ours) has it.
    pub title: String,
    /// What happened.
    pub kind: TargetChangeKind,
}

/// What a merge did, counted against ours: "+12 activities, 3 changed,
/// 1 conflict, plan unchanged".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeSummary {
    /// Activities.
    pub activities: RecordChanges,
    /// Readings.
    pub readings: RecordChanges,
    /// Units' reports received.
    pub reports: RecordChanges,
    /// 督办通知单.
    pub notices: RecordChanges,
    /// The plan.
    pub plan: PlanChange,
    /// Each target added, changed, removed or kept ours of, by id.
    pub targets: Vec<TargetChange>,
    /// Records (activities, readings, reports, notices) both sides hold
    /// with the same content.
    pub unchanged: usize,
    /// Set when the other document is another plan's, which was not merged.
    pub other_plan: Option<Box<OtherPlan>>,
}

impl MergeSummary {
    /// Whether the merge leaves ours as it was (stamps and tombstones aside).
    pub fn changes_nothing(&self) -> bool {
        self.activities.is_empty()
            && self.readings.is_empty()
            && self.reports.is_empty()
            && self.notices.is_empty()
            && self.plan != PlanChange::Updated
    }

    /// All conflicts, activities first.
    pub fn conflicts(&self) -> impl Iterator<Item = &Conflict> {
        self.activities
            .conflicts
            .iter()
            .chain(self.readings.conflicts.iter())
            .chain(self.reports.conflicts.iter())
            .chain(self.notices.conflicts.iter())
    }

    /// One line in Chinese, e.g. "活动 +12，修改 3，冲突 1（保留本方 1）；数值记录无变化；计划未变".
    pub fn describe_zh(&self) -> String {
        let part = |name: &str, c: &RecordChanges| {
            if c.is_empty() && c.conflicts.is_empty() {
                return format!("{name}无变化");
            }
            let mut s = format!(
                "{name} +{}，修改 {}，删除 {}",
                c.added, c.changed, c.deleted
            );
            if !c.conflicts.is_empty() {
                s += &format!("，冲突 {}（保留本方 {}）", c.conflicts.len(), c.kept_ours());
            }
            s
        };
        let plan = match self.plan {
            PlanChange::Unchanged => "计划未变",
            PlanChange::Updated => "计划已更新",
            PlanChange::KeptOurs => "计划保留本方较新版本",
        };
        let mut office = String::new();
        for (name, c) in [("报送记录", &self.reports), ("督办单", &self.notices)] {
            if !(c.is_empty() && c.conflicts.is_empty()) {
                office += &format!("；{}", part(name, c));
            }
        }
        format!(
            "{}；{}{office}；{}；{} 条相同",
            part("活动", &self.activities),
            part("数值记录", &self.readings),
            plan,
            self.unchanged
        )
    }

    /// One line in English, e.g. "activities +12, 3 changed, 0 deleted,
    /// 1 conflict (1 kept ours); readings unchanged; plan unchanged".
    pub fn describe_en(&self) -> String {
        let part = |name: &str, c: &RecordChanges| {
            if c.is_empty() && c.conflicts.is_empty() {
                return format!("{name} unchanged");
            }
            let mut s = format!(
                "{name} +{}, {} changed, {} deleted",
                c.added, c.changed, c.deleted
            );
            if !c.conflicts.is_empty() {
                let n = c.conflicts.len();
                s += &format!(
                    ", {n} conflict{} ({} kept ours)",
                    if n == 1 { "" } else { "s" },
                    c.kept_ours()
                );
            }
            s
        };
        let plan = match self.plan {
            PlanChange::Unchanged => "plan unchanged",
            PlanChange::Updated => "plan updated",
            PlanChange::KeptOurs => "plan: ours is newer and kept",
        };
        let mut office = String::new();
        for (name, c) in [("reports", &self.reports), ("notices", &self.notices)] {
            if !(c.is_empty() && c.conflicts.is_empty()) {
                office += &format!("; {}", part(name, c));
            }
        }
        format!(
            "{}; {}{office}; {}; {} identical",
            part("activities", &self.activities),
            part("readings", &self.readings),
            plan,
            self.unchanged
        )
    }
}
