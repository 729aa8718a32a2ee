//! What the JSON reader found wrong, in Luoshi's words.
//!
//! serde_json and serde describe a failure in an English sentence ("invalid
//! type: integer `5`, expected a string", "EOF while parsing a value"). The
//! sentence never reaches a user: [`JsonFault::of`] sorts it into one of
//! these, which keeps what matters (the field's name, the value found, the
//! kind of value expected) and is worded in Chinese and English here. The
//! place (path, line and column) stays in [`super::DecodeError`]. A
//! sentence not recognised becomes [`JsonFault::Syntax`] or
//! [`JsonFault::Other`]: a plainer message, never the library's.

/// What was wrong at one place of a JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonFault {
    /// The text stops in the middle (a cut-off file).
    Eof,
    /// A `:` was expected after a key.
    ExpectedColon,
    /// A `,` or the closing bracket (`]` or `}`) was expected.
    ExpectedCommaOr(char),
    /// A value was expected (a bare word, a stray character).
    ExpectedValue,
    /// A `\` escape that is not one.
    BadEscape,
    /// A control character (a raw line break) inside a string.
    ControlCharacter,
    /// A number written wrongly.
    BadNumber,
    /// A number too large to hold.
    NumberOutOfRange,
    /// An object key that is not a string.
    KeyNotText,
    /// A comma before a closing bracket.
    TrailingComma,
    /// More after the end of the JSON value.
    TrailingCharacters,
    /// Nested deeper than the reader allows.
    TooDeep,
    /// Any other fault of the JSON text itself.
    Syntax,
    /// A field the record needs is missing.
    MissingField(String),
    /// A field the format does not have.
    UnknownField(String),
    /// A field given twice in one object.
    DuplicateField(String),
    /// A value not among the allowed ones (a kind, a period).
    UnknownVariant {
        /// The value found.
        value: String,
        /// The allowed values.
        allowed: Vec<String>,
    },
    /// A value of the wrong kind.
    WrongType {
        /// What was found.
        found: Found,
        /// What was expected.
        expected: Expected,
    },
    /// A value of the right kind but not allowed (a negative count).
    WrongValue {
        /// What was found.
        found: Found,
        /// What was expected.
        expected: Expected,
    },
    /// A list of the wrong length.
    WrongLength(usize),
    /// Any other fault of a value.
    Other,
}

/// A value as found in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A string.
    Text(String),
    /// A whole number, as written.
    Integer(String),
    /// A number with a fraction, as written.
    Number(String),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// An array.
    List,
    /// An object.
    Object,
    /// Anything else.
    Other,
}

/// The kind of value a place of the format holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    Text,
    /// A whole number, 0 or more.
    WholeNumber,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// `true` or `false`.
    TrueFalse,
    /// An array.
    List,
    /// An object.
    Object,
    /// Anything else.
    Other,
}

/// The text between the first pair of backticks after `prefix`.
fn ticked(text: &str, prefix: &str) -> Option<String> {
    let rest = text.strip_prefix(prefix)?.strip_prefix('`')?;
    rest.split_once('`').map(|(name, _)| name.to_string())
}

/// Every backticked word of `text`, in order.
fn all_ticked(text: &str) -> Vec<String> {
    text.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, w)| w.to_string())
        .collect()
}

fn found(unexpected: &str) -> Found {
    let inner = |s: &str| s.trim_matches('`').to_string();
    if let Some(s) = unexpected.strip_prefix("string ") {
        let s = s.strip_prefix('"').unwrap_or(s);
        let s = s.strip_suffix('"').unwrap_or(s);
        return Found::Text(s.replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    if let Some(c) = unexpected.strip_prefix("character ") {
        return Found::Text(inner(c));
    }
    if let Some(n) = unexpected.strip_prefix("integer ") {
        return Found::Integer(inner(n));
    }
    if let Some(n) = unexpected.strip_prefix("floating point ") {
        return Found::Number(inner(n));
    }
    if let Some(b) = unexpected.strip_prefix("boolean ") {
        return Found::Bool(inner(b) == "true");
    }
    match unexpected {
        "null" | "unit value" | "Option value" => Found::Null,
        "sequence" => Found::List,
        "map" => Found::Object,
        _ => Found::Other,
    }
}

fn expected(what: &str) -> Expected {
    let words: Vec<&str> = what
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &[&str]| words.iter().any(|x| w.contains(x));
    if has(&["decimal", "f32", "f64"]) {
        Expected::Number
    } else if has(&["u8", "u16", "u32", "u64", "u128", "usize"]) {
        Expected::WholeNumber
    } else if has(&["i8", "i16", "i32", "i64", "i128", "isize", "integer"]) {
        Expected::Integer
    } else if has(&["struct", "map", "object"]) {
        Expected::Object
    } else if has(&["sequence", "tuple", "array", "list", "seq"]) {
        Expected::List
    } else if has(&["string", "str", "char"]) {
        Expected::Text
    } else if has(&["bool", "boolean"]) {
        Expected::TrueFalse
    } else {
        Expected::Other
    }
}

/// `"invalid type: X, expected Y"` → (X, Y).
fn split_expected<'a>(text: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    text.strip_prefix(prefix)?.split_once(", expected ")
}

impl JsonFault {
    /// The fault behind a serde_json error.
    pub fn of(e: &serde_json::Error) -> JsonFault {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        let text = full.strip_suffix(&suffix).unwrap_or(&full);
        JsonFault::of_message(text)
    }

    /// The fault behind the reader's message (without its position).
    pub fn of_message(text: &str) -> JsonFault {
        if text.starts_with("EOF while parsing") {
            return JsonFault::Eof;
        }
        if let Some(name) = ticked(text, "missing field ") {
            return JsonFault::MissingField(name);
        }
        if let Some(name) = ticked(text, "unknown field ") {
            return JsonFault::UnknownField(name);
        }
        if let Some(name) = ticked(text, "duplicate field ") {
            return JsonFault::DuplicateField(name);
        }
        if let Some(value) = ticked(text, "unknown variant ") {
            let allowed = all_ticked(text).into_iter().skip(1).collect();
            return JsonFault::UnknownVariant { value, allowed };
        }
        if let Some((f, e)) = split_expected(text, "invalid type: ") {
            return JsonFault::WrongType {
                found: found(f),
                expected: expected(e),
            };
        }
        if let Some((f, e)) = split_expected(text, "invalid value: ") {
            return JsonFault::WrongValue {
                found: found(f),
                expected: expected(e),
            };
        }
        if let Some(rest) = text.strip_prefix("invalid length ") {
            let n = rest.split(',').next().unwrap_or("").trim();
            return n.parse().map_or(JsonFault::Other, JsonFault::WrongLength);
        }
        match text {
            "expected `:`" => JsonFault::ExpectedColon,
            "expected `,` or `]`" => JsonFault::ExpectedCommaOr(']'),
            "expected `,` or `}`" => JsonFault::ExpectedCommaOr('}'),
            "expected ident" | "expected value" => JsonFault::ExpectedValue,
            "invalid escape"
            | "invalid unicode code point"
            | "lone leading surrogate in hex escape"
            | "unexpected end of hex escape" => JsonFault::BadEscape,
            "invalid number" => JsonFault::BadNumber,
            "number out of range" => JsonFault::NumberOutOfRange,
            "key must be a string" | "key must be a number" => JsonFault::KeyNotText,
            "trailing comma" => JsonFault::TrailingComma,
            "trailing characters" => JsonFault::TrailingCharacters,
            "recursion limit exceeded" => JsonFault::TooDeep,
            t if t.starts_with("control character") => JsonFault::ControlCharacter,
            t if t.starts_with("expected ") => JsonFault::Syntax,
            _ => JsonFault::Other,
        }
    }

    /// What is wrong, in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            JsonFault::Eof => "文件在此处意外结束，内容不完整".into(),
            JsonFault::ExpectedColon => "此处应为冒号“:”".into(),
            JsonFault::ExpectedCommaOr(c) => format!("此处应为逗号“,”或“{c}”"),
            JsonFault::ExpectedValue => "此处应为一个值（文本须加英文双引号）".into(),
            JsonFault::BadEscape => "文本中有无效的转义（以 \\ 开头的写法）".into(),
            JsonFault::ControlCharacter => "文本中有控制字符（如未转义的换行）".into(),
            JsonFault::BadNumber => "数字的写法无效".into(),
            JsonFault::NumberOutOfRange => "数字超出范围".into(),
            JsonFault::KeyNotText => {
                "此处应为加英文双引号的字段名（若前面多了一个逗号，请删去）".into()
            }
            JsonFault::TrailingComma => "右括号前多了一个逗号".into(),
            JsonFault::TrailingCharacters => "JSON 已经结束，其后还有多余内容".into(),
            JsonFault::TooDeep => "嵌套层数过深".into(),
            JsonFault::Syntax => "此处的 JSON 写法有误".into(),
            JsonFault::MissingField(f) => format!("缺少字段“{f}”"),
            JsonFault::UnknownField(f) => format!("不认识的字段“{f}”，本格式没有此字段"),
            JsonFault::DuplicateField(f) => format!("字段“{f}”出现了两次"),
            JsonFault::UnknownVariant { value, allowed } => {
                let list = if allowed.is_empty() {
                    String::new()
                } else {
                    let quoted: Vec<String> = allowed.iter().map(|a| format!("“{a}”")).collect();
                    format!("（可选：{}）", quoted.join("、"))
                };
                format!("“{value}”不是可选的值{list}")
            }
            JsonFault::WrongType { found, expected } => {
                format!("应为{}，实为{}", expected.zh(), found.zh())
            }
            JsonFault::WrongValue { found, expected } => {
                format!("{} 不是允许的值，应为{}", found.zh(), expected.zh())
            }
            JsonFault::WrongLength(n) => format!("长度 {n} 不符合要求"),
            JsonFault::Other => "值不符合文件格式".into(),
        }
    }

    /// What is wrong, in English.
    pub fn message_en(&self) -> String {
        match self {
            JsonFault::Eof => "the file ends too early: it is incomplete".into(),
            JsonFault::ExpectedColon => "a colon \":\" is expected here".into(),
            JsonFault::ExpectedCommaOr(c) => format!("a comma \",\" or \"{c}\" is expected here"),
            JsonFault::ExpectedValue => {
                "a value is expected here (text goes in double quotes)".into()
            }
            JsonFault::BadEscape => "a text holds an invalid escape (a \\ sequence)".into(),
            JsonFault::ControlCharacter => {
                "a text holds a control character (such as an unescaped line break)".into()
            }
            JsonFault::BadNumber => "a number is not written validly".into(),
            JsonFault::NumberOutOfRange => "a number is out of range".into(),
            JsonFault::KeyNotText => {
                "a field name in double quotes is expected here (or a comma before it is one too many)"
                    .into()
            }
            JsonFault::TrailingComma => "a comma comes right before a closing bracket".into(),
            JsonFault::TrailingCharacters => "more follows after the JSON has ended".into(),
            JsonFault::TooDeep => "it nests too deeply".into(),
            JsonFault::Syntax => "the JSON is malformed here".into(),
            JsonFault::MissingField(f) => format!("the field \"{f}\" is missing"),
            JsonFault::UnknownField(f) => {
                format!("the field \"{f}\" is not one this format has")
            }
            JsonFault::DuplicateField(f) => format!("the field \"{f}\" appears twice"),
            JsonFault::UnknownVariant { value, allowed } => {
                let list = if allowed.is_empty() {
                    String::new()
                } else {
                    let quoted: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
                    format!(" ({})", quoted.join(", "))
                };
                format!("\"{value}\" is not one of the allowed values{list}")
            }
            JsonFault::WrongType { found, expected } => {
                format!("expected {}, found {}", expected.en(), found.en())
            }
            JsonFault::WrongValue { found, expected } => {
                format!(
                    "{} is not allowed here: expected {}",
                    found.en(),
                    expected.en()
                )
            }
            JsonFault::WrongLength(n) => format!("a length of {n} is not allowed"),
            JsonFault::Other => "the value does not fit the file format".into(),
        }
    }
}

impl std::fmt::Display for JsonFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_en())
    }
}

impl Found {
    fn zh(&self) -> String {
        match self {
            Found::Text(t) => format!("文本“{t}”"),
            Found::Integer(n) => format!("整数 {n}"),
            Found::Number(n) => format!("数 {n}"),
            Found::Bool(b) => format!("布尔值 {b}"),
            Found::Null => "空值 null".into(),
            Found::List => "列表".into(),
            Found::Object => "对象".into(),
            Found::Other => "其他类型的值".into(),
        }
    }

    fn en(&self) -> String {
        match self {
            Found::Text(t) => format!("the text \"{t}\""),
            Found::Integer(n) => format!("the whole number {n}"),
            Found::Number(n) => format!("the number {n}"),
            Found::Bool(b) => format!("{b}"),
            Found::Null => "null".into(),
            Found::List => "a list".into(),
            Found::Object => "an object".into(),
            Found::Other => "another kind of value".into(),
        }
    }
}

impl Expected {
    fn zh(self) -> &'static str {
        match self {
            Expected::Text => "文本（加英文双引号）",
            Expected::WholeNumber => "不小于 0 的整数",
            Expected::Integer => "整数",
            Expected::Number => "数",
            Expected::TrueFalse => "true 或 false",
            Expected::List => "列表 [ ]",
            Expected::Object => "对象 { }",
            Expected::Other => "另一种值",
        }
    }

    fn en(self) -> &'static str {
        match self {
            Expected::Text => "text (in double quotes)",
            Expected::WholeNumber => "a whole number of 0 or more",
            Expected::Integer => "a whole number",
            Expected::Number => "a number",
            Expected::TrueFalse => "true or false",
            Expected::List => "a list [ ]",
            Expected::Object => "an object { }",
            Expected::Other => "another kind of value",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readers_sentences_are_sorted() {
        let cases = [
            ("EOF while parsing a value", JsonFault::Eof),
            ("expected `,` or `}`", JsonFault::ExpectedCommaOr('}')),
            ("key must be a string", JsonFault::KeyNotText),
            (
                "missing field `plan`",
                JsonFault::MissingField("plan".into()),
            ),
            (
                "unknown field `note`, expected one of `id`, `notes`",
                JsonFault::UnknownField("note".into()),
            ),
            (
                "unknown variant `tally`, expected `count` or `range`",
                JsonFault::UnknownVariant {
                    value: "tally".into(),
                    allowed: vec!["count".into(), "range".into()],
                },
            ),
            (
                "invalid type: integer `20260210`, expected a string",
                JsonFault::WrongType {
                    found: Found::Integer("20260210".into()),
                    expected: Expected::Text,
                },
            ),
            (
                "invalid type: string \"115\", expected u64",
                JsonFault::WrongType {
                    found: Found::Text("115".into()),
                    expected: Expected::WholeNumber,
                },
            ),
            (
                "invalid value: integer `-2`, expected u32",
                JsonFault::WrongValue {
                    found: Found::Integer("-2".into()),
                    expected: Expected::WholeNumber,
                },
            ),
            (
                "invalid type: string \"x\", expected struct ActivityV3",
                JsonFault::WrongType {
                    found: Found::Text("x".into()),
                    expected: Expected::Object,
                },
            ),
            ("something new", JsonFault::Other),
        ];
        for (text, want) in cases {
            assert_eq!(JsonFault::of_message(text), want, "{text}");
        }
    }
}
