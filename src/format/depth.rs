//! A cheap guard against absurd nesting, run before the JSON reader.
//!
//! A real document nests about eight levels deep. A hostile or broken file
//! of `[[[[…` could otherwise push a recursive reader to its limits, so one
//! linear pass counts brackets outside strings and stops at the first level
//! past the limit. It does not judge anything else: the JSON reader that
//! follows reports syntax errors with their own positions.

/// Where the nesting first went past `limit`, as a 1-based (line, column in
/// bytes), or `None` when it never did.
///
/// Every document read from storage and every imported file passes through
/// here first, so the scan is quick: a string's contents are skipped to its
/// next quote or backslash at once (`memchr`), and lines are counted only
/// when there is a position to report.
pub(crate) fn too_deep_at(text: &str, limit: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // To the closing quote: the next quote not escaped. An
                // unclosed string ends the scan; the reader reports it.
                i += 1;
                loop {
                    match memchr::memchr2(b'"', b'\\', &bytes[i..]) {
                        None => return None,
                        // The escaped byte is skipped too (at the very end, so is the scan).
                        Some(k) if bytes[i + k] == b'\\' => i = (i + k + 2).min(bytes.len()),
                        Some(k) => {
                            i += k + 1;
                            break;
                        }
                    }
                }
                continue;
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some(position(bytes, i));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// The 1-based line and column (in bytes) of byte `at`. Every newline
/// counts, a raw one inside a string too (a syntax error the reader
/// reports), so that positions agree with the reader's.
fn position(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at];
    let line = 1 + memchr::memchr_iter(b'\n', before).count();
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |n| n + 1);
    (line, at - line_start + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, limit: usize, expected: Option<(usize, usize)>) {
        assert_eq!(too_deep_at(input, limit), expected, "input {input:?}");
    }

    /// The scan as first written, byte by byte with lines counted as it
    /// goes: the quick one must agree with it everywhere.
    fn reference(text: &str, limit: usize) -> Option<(usize, usize)> {
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        let mut line = 1usize;
        let mut line_start = 0usize;
        for (i, b) in text.bytes().enumerate() {
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
                if b == b'\n' {
                    line += 1;
                    line_start = i + 1;
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > limit {
                        return Some((line, i - line_start + 1));
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                b'\n' => {
                    line += 1;
                    line_start = i + 1;
                }
                _ => {}
            }
        }
        None
    }

    proptest::proptest! {
        /// Any mix of brackets, quotes, backslashes, newlines and text, an
        /// unclosed string or a trailing backslash included.
        #[test]
        fn agrees_with_the_byte_by_byte_scan(
            text in "[\\[\\]{}\"\\\\\nab 中,:]{0,80}",
            limit in 0usize..6,
        ) {
            proptest::prop_assert_eq!(too_deep_at(&text, limit), reference(&text, limit));
        }
    }

    #[test]
    fn counts_brackets_outside_strings_only() {
        check("[[1]]", 2, None);
        check("[[[1]]]", 2, Some((1, 3)));
        check("{\"a\": {\"b\": [1]}}", 3, None);
        check("{\"a\": {\"b\": [1]}}", 2, Some((1, 13)));
        check("[\"[[[[[[\"]", 1, None);
        check("[\"\\\"[[[[\"]", 1, None);
        check("[\"\\\\\", [[1]]]", 2, Some((1, 9)));
        check("[\n  [\n    [1]\n  ]\n]", 2, Some((3, 5)));
        check("]]]][[", 2, None);
        check("", 0, None);
        check("1", 0, None);
        check("[]", 0, Some((1, 1)));
        // An escaped quote, then an escaped backslash before the closing one.
        check("[\"a\\\"b\\\\\", [[1]]]", 2, Some((1, 13)));
        // A raw newline inside a string counts as a line.
        check("[\"a\nb\",\n [[1]]]", 2, Some((3, 3)));
        // An unclosed string, and a backslash at the very end.
        check("[\"[[[[", 1, None);
        check("[\"\\", 1, None);
    }
}
