//! What a wrong command line is told: each failure of usage in the
//! command's words, shared by the line's reader (`args.rs`) and the
//! commands that read their own options (`duban.rs`, `consolidate.rs`).

use chrono::NaiveDate;

use super::{say, words, Failure};

/// A failure of usage that says `message`.
pub(crate) fn usage(message: impl Into<String>) -> Failure {
    Failure::Usage(message.into())
}

/// `{name} {value}: use a, b or c`.
pub(crate) fn use_one_of(name: &str, value: &str, choices: &[&str]) -> Failure {
    let m = words();
    usage(say(
        m.use_one_of,
        &[
            ("name", name),
            ("value", &format!("{value:?}")),
            ("choices", &luoshi::i18n::cli::one_of(m, choices)),
        ],
    ))
}

/// `{name} does not apply to {word}`.
pub(crate) fn not_for(name: &str, word: &str) -> Failure {
    usage(say(words().not_for, &[("name", name), ("word", word)]))
}

/// `{word} needs {what}`.
pub(crate) fn needs(word: &str, what: &str) -> Failure {
    usage(say(words().needs, &[("word", word), ("what", what)]))
}

/// `{name} needs a value`, `{name} given twice`, `unknown option {name}`.
pub(crate) fn about_option(template: &str, name: &str) -> Failure {
    usage(say(template, &[("name", name)]))
}

/// A date given to the option `name`, written `YYYY-MM-DD` in full; one in
/// that form that does not exist (2026-02-30) is "not a real date", as the
/// file format says it.
pub(crate) fn date_option(name: &str, text: &str) -> Result<NaiveDate, Failure> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(usage(say(
            words().not_a_date,
            &[("name", name), ("text", &format!("{text:?}"))],
        )));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        usage(say(
            words().not_a_real_date,
            &[("name", name), ("text", text)],
        ))
    })
}
