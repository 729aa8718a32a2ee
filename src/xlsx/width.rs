//! How wide text is in a spreadsheet column: a Chinese character takes the
//! room of two Latin ones.

/// Whether `c` is drawn double width (East Asian wide or full-width).
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
        // Curly quotes sit between Chinese words and are drawn wide by
        // Chinese fonts.
        || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—')
}

/// The width of `text` in Latin characters, Chinese counted as two; the
/// widest line when it has several.
pub fn display_width(text: &str) -> usize {
    text.lines()
        .map(|line| line.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum())
        .max()
        .unwrap_or(0)
}

/// The widest text seen in each column, to size the columns once written.
pub(crate) struct Widths(Vec<usize>);

impl Widths {
    /// Widths of `columns` columns, each at least as wide as its header.
    pub(crate) fn new(headers: &[&str]) -> Widths {
        Widths(headers.iter().map(|h| display_width(h)).collect())
    }

    /// Takes note of `text` written in column `col`.
    pub(crate) fn see(&mut self, col: usize, text: &str) {
        if let Some(w) = self.0.get_mut(col) {
            *w = (*w).max(display_width(text));
        }
    }

    /// How many Latin characters of text fit on one line of column `col`
    /// before its cap: the widest text seen there.
    pub(crate) fn room(&self, col: usize) -> usize {
        self.0.get(col).copied().unwrap_or(0)
    }

    /// Each column's width in Excel's units (characters of the default
    /// font), with a little room, never wider than `max` (longer text wraps).
    pub(crate) fn excel(&self, max: &[usize]) -> Vec<f64> {
        self.0
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let cap = max.get(i).copied().unwrap_or(40);
                // Whole characters: the widths are small counts.
                f64::from(u32::try_from((*w + 2).min(cap)).unwrap_or(40))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_counts_double() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("台账"), 4);
        assert_eq!(display_width("组织专题培训 6 次"), 17);
        assert_eq!(display_width("（一）强化理论武装"), 18);
        assert_eq!(display_width("ＡＢ"), 4);
        assert_eq!(display_width("first\n第二行很长"), 10);
        assert_eq!(display_width(""), 0);
    }
}
