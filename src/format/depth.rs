//! A cheap guard against absurd nesting, run before the JSON reader.
//!
//! A real document nests about eight levels deep. A hostile or broken file
//! of `[[[[…` could otherwise push a recursive reader to its limits, so one
//! linear pass counts brackets outside strings and stops at the first level
//! past the limit. It does not judge anything else: the JSON reader that
//! follows reports syntax errors with their own positions.

/// Where the nesting first went past `limit`, as a 1-based (line, column in
/// bytes), or `None` when it never did.
pub(crate) fn too_deep_at(text: &str, limit: usize) -> Option<(usize, usize)> {
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
            // A raw newline inside a string is a syntax error the reader
            // reports; counting it keeps our positions consistent with it.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, limit: usize, expected: Option<(usize, usize)>) {
        assert_eq!(too_deep_at(input, limit), expected, "input {input:?}");
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
    }
}
