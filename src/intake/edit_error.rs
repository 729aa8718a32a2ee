//! Why an edit of a proposal was refused: the one error of the review
//! ([`super::review`]) and of the fields it edits ([`super::fields`]), kept
//! apart from both so that each can name it.

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// No such proposal.
    #[error("no proposal {0}.{1}")]
    NoSuchProposal(usize, usize),
    /// The figure is not a number this kind takes.
    #[error("\"{0}\" is not a figure for this kind of target")]
    BadFigure(String),
    /// Not a whole number above zero.
    #[error("\"{0}\" is not a whole number above 0")]
    NotWhole(String),
    /// Not a number above zero.
    #[error("\"{0}\" is not a number above 0")]
    NotNumber(String),
    /// A range whose lower end is above its upper end.
    #[error("the lower end {0} is above the upper end {1}")]
    MinAboveMax(u32, u32),
    /// A ratio's line above 100%.
    #[error("\"{0}\": a rate is at most 100%")]
    RatioAbove100(String),
    /// The date is not YYYY-MM-DD.
    #[error("\"{0}\" is not a date YYYY-MM-DD")]
    BadDate(String),
    /// A milestone without a date.
    #[error("a milestone needs a due date")]
    DueRequired,
    /// A choice the menu does not offer.
    #[error("\"{0}\" is not one of the choices")]
    BadChoice(String),
    /// A field this kind of target does not have.
    #[error("this kind of target has no such field")]
    NoSuchField,
}

impl EditError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            EditError::NoSuchProposal(s, i) => format!("没有第 {s}.{i} 项"),
            EditError::BadFigure(t) => format!("“{t}”不是该类目标可用的数值"),
            EditError::NotWhole(t) => format!("“{t}”不是大于 0 的整数"),
            EditError::NotNumber(t) => format!("“{t}”不是大于 0 的数"),
            EditError::MinAboveMax(a, b) => format!("下限 {a} 大于上限 {b}"),
            EditError::RatioAbove100(t) => format!("“{t}”：比率不能超过 100%"),
            EditError::BadDate(t) => format!("“{t}”不是日期（年-月-日）"),
            EditError::DueRequired => "完成节点必须有时限".into(),
            EditError::BadChoice(t) => format!("“{t}”不是可选项"),
            EditError::NoSuchField => "该类目标没有这一项".into(),
        }
    }
}
