//! The published plan texts of tests/fixtures/plans/, read by name, and
//! what the extractor proposes from a text, for the per-class checks of
//! the rounds' tests (each test crate uses only some of these).

use luoshi::intake::{extract, figure, Period};

/// The text of `tests/fixtures/plans/<name>.txt`.
pub fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/plans/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The year the quality test reads every text for.
#[allow(dead_code)]
pub fn year() -> Period {
    Period::year(2027).expect("year")
}

/// `figure | title` of each proposal of `input`, in order.
#[allow(dead_code)]
pub fn proposals(input: &str) -> Vec<String> {
    extract(input, year())
        .proposals()
        .map(|p| format!("{} | {}", figure(&p.kind), p.title))
        .collect()
}

/// The figure of each proposal of `input`, in order.
#[allow(dead_code)]
pub fn figures(input: &str) -> Vec<String> {
    extract(input, year())
        .proposals()
        .map(|p| figure(&p.kind))
        .collect()
}
