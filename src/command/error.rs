//! Why a command was refused.

use crate::plan::RecordKind;
use crate::validate::Issue;

/// Why a command was refused. A refused command has changed nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    /// The record or plan has errors; each issue names its field, with a
    /// path relative to the record (`title`, `targets[1]`) or to the plan.
    #[error("{}", invalid_en(.0))]
    Invalid(Vec<Issue>),
    /// Adding or restoring a record whose id is already in use.
    #[error("{} {id} already exists", kind_en(*.kind))]
    DuplicateId {
        /// Activity or reading.
        kind: RecordKind,
        /// The id.
        id: String,
    },
    /// Adding a record under the id of a deleted one: restore it instead, so
    /// that the deletion's tombstone is handled.
    #[error("{} {id} was deleted; restore it instead of adding it again", kind_en(*.kind))]
    DeletedId {
        /// Activity or reading.
        kind: RecordKind,
        /// The id.
        id: String,
    },
    /// Updating or deleting a record that does not exist.
    #[error("there is no {} {id}", kind_en(*.kind).to_lowercase())]
    UnknownId {
        /// Activity or reading.
        kind: RecordKind,
        /// The id.
        id: String,
    },
    /// One command of a batch was refused, so none of the batch was applied.
    #[error("change {} of the batch: {source}", .index + 1)]
    InBatch {
        /// Position of the refused command in the batch, from 0.
        index: usize,
        /// Why it was refused.
        source: Box<CommandError>,
    },
    /// Merging a document of another plan: one plan per document. Worded
    /// as the 报送 page words the same refusal.
    #[error("{}", crate::i18n::reporting::fill(crate::i18n::reporting::EN.other_plan, &[("theirs", theirs), ("ours", ours)]))]
    OtherPlan {
        /// Our plan's id.
        ours: String,
        /// The other document's plan id.
        theirs: String,
    },
}

fn kind_en(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Activity => "Activity",
        RecordKind::Reading => "Reading",
        RecordKind::Section => "Section",
        RecordKind::Target => "Target",
        RecordKind::Person => "Person",
        RecordKind::Unit => "Unit",
        RecordKind::Report => "Report",
        RecordKind::Notice => "Notice",
    }
}

fn kind_zh(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Activity => "活动",
        RecordKind::Reading => "数值记录",
        RecordKind::Section => "分项",
        RecordKind::Target => "指标",
        RecordKind::Person => "人员",
        RecordKind::Unit => "处室",
        RecordKind::Report => "报送记录",
        RecordKind::Notice => "督办单",
    }
}

fn invalid_en(issues: &[Issue]) -> String {
    let all: Vec<String> = issues.iter().map(Issue::message_en).collect();
    all.join("; ")
}

impl CommandError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            CommandError::Invalid(issues) => {
                let all: Vec<String> = issues.iter().map(Issue::message_zh).collect();
                all.join("；")
            }
            CommandError::DuplicateId { kind, id } => {
                format!("{} {id} 已存在", kind_zh(*kind))
            }
            CommandError::DeletedId { kind, id } => {
                format!("{} {id} 已被删除，请使用恢复而不是重新添加", kind_zh(*kind))
            }
            CommandError::UnknownId { kind, id } => {
                format!("{} {id} 不存在", kind_zh(*kind))
            }
            CommandError::InBatch { index, source } => {
                format!("第 {} 项修改：{}", index + 1, source.message_zh())
            }
            CommandError::OtherPlan { ours, theirs } => crate::i18n::reporting::fill(
                crate::i18n::reporting::ZH.other_plan,
                &[("theirs", theirs), ("ours", ours)],
            ),
        }
    }

    /// The issues to show next to their fields, if the refusal has any.
    pub fn issues(&self) -> &[Issue] {
        match self {
            CommandError::Invalid(issues) => issues,
            CommandError::InBatch { source, .. } => source.issues(),
            _ => &[],
        }
    }
}
