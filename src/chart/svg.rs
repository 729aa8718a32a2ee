//! Drawing the charts as SVG with plotters' SVG backend, into a string.
//!
//! Every chart is laid out in pixels on a fixed canvas (its viewBox) and
//! drawn from plain shapes and anchored text, so that no text has to be
//! measured: the browser lays out the Chinese labels in the page's own font
//! stack. [`responsive`] turns the fixed size into one that fills its
//! container. plotters escapes text; [`clean_label`] also drops characters
//! XML cannot hold and shortens long titles.

mod kit;
mod plan;
mod target;

use plotters::prelude::RGBColor;

use crate::engine::Colour;

pub use plan::{dashboard_svg, trend_svg};
pub use target::{cadence_svg, cumulative_svg, monthly_svg, readings_svg};

/// The page's font stack: the browser picks the first it has.
pub const FONT: &str =
    "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, sans-serif";

/// Canvas width of every chart, in SVG units.
pub const WIDTH: u32 = 720;

/// The text colour of a 三色督办 colour.
pub fn text_rgb(c: Colour) -> RGBColor {
    match c {
        // The status yellow and grey are for fills; as text on white they
        // fall below 4.5:1 contrast, so text uses darker shades of the same hue.
        Colour::Yellow => RGBColor(0x8A, 0x5A, 0x00),
        Colour::Grey => RGBColor(0x61, 0x61, 0x61),
        other => colour_rgb(other),
    }
}

/// The fill of a 三色督办 colour.
pub fn colour_rgb(c: Colour) -> RGBColor {
    match c {
        Colour::Green => RGBColor(0x2E, 0x7D, 0x32),
        Colour::Yellow => RGBColor(0xE0, 0x9B, 0x00),
        Colour::Red => RGBColor(0xC6, 0x28, 0x28),
        Colour::Blue => RGBColor(0x15, 0x65, 0xC0),
        Colour::Grey => RGBColor(0x9E, 0x9E, 0x9E),
    }
}

/// A label from user data, safe for XML and short enough for its place:
/// control characters dropped, whitespace folded, at most `max` characters
/// (an ellipsis marks the cut). plotters escapes `<`, `>`, `&` and quotes.
pub fn clean_label(text: &str, max: usize) -> String {
    let folded: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control() && *c != '\u{FFFE}' && *c != '\u{FFFF}')
        .collect();
    let t = folded.trim();
    if t.chars().count() <= max {
        t.to_string()
    } else {
        let mut s: String = t.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// The SVG made to fill the width of its container: the fixed width and
/// height give way to `width="100%"`, the viewBox keeps the proportions,
/// and the chart's title becomes its accessible name.
pub fn responsive(svg: &str, title: &str) -> String {
    let Some(open_end) = svg.find('>') else {
        return svg.to_string();
    };
    let head = &svg[..open_end];
    let mut new_head = String::new();
    for part in head.split(' ') {
        if part.starts_with("width=") || part.starts_with("height=") {
            continue;
        }
        if !new_head.is_empty() {
            new_head.push(' ');
        }
        new_head.push_str(part);
    }
    let title = crate::escape::markup(title);
    format!(
        "{new_head} width=\"100%\" role=\"img\" aria-label=\"{title}\" preserveAspectRatio=\"xMidYMid meet\"><title>{title}</title>{}",
        &svg[open_end + 1..]
    )
}

/// The canvas size an SVG drawn here declares, for the PNG export.
pub fn size_of(svg: &str) -> Option<(u32, u32)> {
    let view = svg.split("viewBox=\"").nth(1)?.split('"').next()?;
    let nums: Vec<u32> = view
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match nums.as_slice() {
        [_, _, w, h] => Some((*w, *h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_its_container_and_keeps_its_size_for_png() {
        let svg = "<svg width=\"720\" height=\"300\" viewBox=\"0 0 720 300\" xmlns=\"http://www.w3.org/2000/svg\">\n<rect/></svg>";
        assert_eq!(size_of(svg), Some((720, 300)));
        assert_eq!(
            responsive(svg, "A&B"),
            "<svg viewBox=\"0 0 720 300\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" role=\"img\" aria-label=\"A&amp;B\" preserveAspectRatio=\"xMidYMid meet\"><title>A&amp;B</title>\n<rect/></svg>"
        );
    }
}
