//! The published plan texts of tests/fixtures/plans/, read by name.

/// The text of `tests/fixtures/plans/<name>.txt`.
pub fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/plans/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}
