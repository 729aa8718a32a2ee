//! The cell formats of the workbook: borders, number formats, the quote
//! prefix for formula-looking text, and the status fills.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

use crate::engine::Colour;

/// The cell formats of the workbook.
pub(crate) struct Styles {
    /// The title line above the header.
    pub(crate) title: Format,
    /// The header row: bold on a light blue.
    pub(crate) header: Format,
    /// Plain text in a bordered cell.
    pub(crate) text: Format,
    /// Text that a spreadsheet could take for a formula: stored with
    /// Excel's quote prefix, so it stays text even when edited.
    pub(crate) quoted: Format,
    /// Text that wraps within its column.
    pub(crate) wrap: Format,
    /// Formula-looking text that wraps.
    pub(crate) quoted_wrap: Format,
    /// A whole number.
    pub(crate) integer: Format,
    /// A date as 2026-03-05.
    pub(crate) date: Format,
    /// A fraction shown as 49.9%.
    pub(crate) percent: Format,
    /// "—" where a figure means nothing, centred.
    pub(crate) dash: Format,
    /// One status fill per colour, in [`Colour::ALL`] order.
    pub(crate) status: [Format; 5],
}

fn border(f: Format) -> Format {
    f.set_border(FormatBorder::Thin)
        .set_border_color(Color::RGB(0xBFBFBF))
        .set_align(FormatAlign::VerticalCenter)
}

impl Styles {
    pub(crate) fn new() -> Styles {
        let text = border(Format::new());
        // Excel's own "good / neutral / bad" cell styles, and a blue and a
        // grey in the same manner: a light fill with dark text of its hue.
        let fill = |bg: u32, fg: u32| {
            border(Format::new())
                .set_background_color(Color::RGB(bg))
                .set_font_color(Color::RGB(fg))
                .set_align(FormatAlign::Center)
        };
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            header: border(Format::new())
                .set_bold()
                .set_background_color(Color::RGB(0xD9E1F2))
                .set_align(FormatAlign::Center)
                .set_text_wrap(),
            quoted: text.clone().set_quote_prefix(),
            wrap: text.clone().set_text_wrap(),
            quoted_wrap: text.clone().set_text_wrap().set_quote_prefix(),
            integer: text.clone().set_num_format("0"),
            date: text.clone().set_num_format("yyyy-mm-dd"),
            percent: text.clone().set_num_format("0.0%"),
            dash: text.clone().set_align(FormatAlign::Center),
            text,
            status: [
                fill(0xC6EFCE, 0x006100),
                fill(0xFFEB9C, 0x9C5700),
                fill(0xFFC7CE, 0x9C0006),
                fill(0xDDEBF7, 0x1F4E78),
                fill(0xEDEDED, 0x404040),
            ],
        }
    }

    pub(crate) fn status(&self, colour: Colour) -> &Format {
        let i = Colour::ALL.iter().position(|c| *c == colour).unwrap_or(4);
        &self.status[i]
    }
}
