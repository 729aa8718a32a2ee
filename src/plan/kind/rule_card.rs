//! What a kind's 判定规则 card is made of: the words of the office's rules
//! in force, which `rules::explain` makes and [`super::Kind::rule_card`]
//! puts together the kind's way.

use crate::i18n::explain::ExplainMsgs;

/// The parts of a target's 判定规则 card that come from the rules.
pub struct RuleParts<'a> {
    /// The explanations' words in the card's language (passed in, so that
    /// a module asking a kind nothing about its rule builds none of them in).
    pub words: &'a ExplainMsgs,
    /// Between two sentences: nothing in Chinese, a space in English.
    pub sep: &'a str,
    /// How a cumulative target is judged: the colours of the rules, the
    /// formula of 序时进度 and its figure over the target's period now.
    pub cumulative: &'a dyn Fn() -> String,
    /// The near band in words: in the target's unit when it has one that is
    /// not a percentage (`true`), else in percentage points.
    pub near: &'a dyn Fn(bool) -> String,
    /// How many days before its due date a milestone is 临近到期.
    pub due_soon_days: u32,
}
