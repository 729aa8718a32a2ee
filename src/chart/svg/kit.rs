//! The drawing kit shared by every chart: colours, text and line styles,
//! the canvas, a linear frame, axes, legends and the as-of marker.

use chrono::{Datelike, NaiveDate};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{clean_label, colour_rgb, FONT, WIDTH};
use crate::engine::Colour;
use crate::engine::PeriodState;
use crate::i18n::report::ReportMsgs;
use crate::i18n::Lang;
use crate::period::{periods_in, Period};
use crate::plan::Cadence;

pub(super) const INK: RGBColor = RGBColor(0x33, 0x33, 0x33);
// Text colours keep at least 4.5:1 contrast on white and on the future-cell
// grey, in the page and in downloaded SVG/PNG files alike.
pub(super) const MUTED: RGBColor = RGBColor(0x5F, 0x5F, 0x5F);
pub(super) const GRID: RGBColor = RGBColor(0xE6, 0xE6, 0xE6);
pub(super) const TRACK: RGBColor = RGBColor(0xEF, 0xEF, 0xEF);
pub(super) const ACTUAL: RGBColor = RGBColor(0x1F, 0x5F, 0xA8);
pub(super) const PLAN: RGBColor = RGBColor(0x99, 0x99, 0x99);
pub(super) const TODAY: RGBColor = RGBColor(0xC6, 0x28, 0x28);
pub(super) const GOAL: RGBColor = RGBColor(0x2E, 0x7D, 0x32);

pub(super) fn state_rgb(s: PeriodState) -> RGBColor {
    match s {
        PeriodState::Met => colour_rgb(Colour::Green),
        PeriodState::Missed => colour_rgb(Colour::Red),
        PeriodState::Current => colour_rgb(Colour::Blue),
        PeriodState::Future => RGBColor(0xE3, 0xE3, 0xE3),
    }
}

pub(super) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
pub(super) type Drawn = Result<(), DrawingAreaErrorKind<std::io::Error>>;

pub(super) fn font(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FONT), size, FontStyle::Normal)
}

pub(super) fn text<'a>(size: f64, color: &'a RGBColor, h: HPos, v: VPos) -> TextStyle<'a> {
    TextStyle::from(font(size)).color(color).pos(Pos::new(h, v))
}

pub(super) fn line(color: &RGBColor, width: u32) -> ShapeStyle {
    ShapeStyle {
        color: color.to_rgba(),
        filled: false,
        stroke_width: width,
    }
}

pub(super) fn fill(color: &RGBColor) -> ShapeStyle {
    ShapeStyle {
        color: color.to_rgba(),
        filled: true,
        stroke_width: 0,
    }
}

/// Draws into a string: `draw` gets the blank white canvas.
pub(super) fn render(height: u32, draw: impl FnOnce(&Area) -> Drawn) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, height)).into_drawing_area();
        // The string backend cannot fail to write; a failed element would
        // only leave the chart short of it.
        let _ = root.fill(&WHITE);
        let _ = draw(&root);
        let _ = root.present();
    }
    out
}

/// A linear mapping from data to pixels inside a plot frame.
pub(super) struct Frame {
    pub(super) left: i32,
    pub(super) top: i32,
    pub(super) right: i32,
    pub(super) bottom: i32,
    pub(super) x_max: f64,
    pub(super) y_min: f64,
    pub(super) y_max: f64,
}

impl Frame {
    pub(super) fn x(&self, v: f64) -> i32 {
        let t = if self.x_max > 0.0 {
            v / self.x_max
        } else {
            0.0
        };
        self.left + (t.clamp(0.0, 1.0) * f64::from(self.right - self.left)).round() as i32
    }

    pub(super) fn y(&self, v: f64) -> i32 {
        let span = self.y_max - self.y_min;
        let t = if span > 0.0 {
            (v - self.y_min) / span
        } else {
            0.0
        };
        self.bottom - (t.clamp(0.0, 1.0) * f64::from(self.bottom - self.top)).round() as i32
    }
}

/// A round axis from at most `lo` to at least `hi` in about `ticks`
/// steps of 1, 2, 2.5 or 5 × 10ⁿ (whole steps when `whole`): the axis's
/// bounds and its number of steps.
pub(super) fn nice_axis(lo: f64, hi: f64, ticks: usize, whole: bool) -> (f64, f64, usize) {
    let span = (hi - lo).max(if whole { 1.0 } else { 1e-6 });
    let raw = span / ticks.max(1) as f64;
    let exp = raw.log10().floor();
    let base = 10f64.powf(exp);
    let mut step = 10.0 * base;
    for m in [1.0, 2.0, 2.5, 5.0] {
        if raw <= m * base + 1e-9 {
            step = m * base;
            break;
        }
    }
    if whole {
        step = step.round().max(1.0);
    }
    let min = (lo / step).floor() * step;
    let max = ((hi / step).ceil() * step).max(min + step);
    let n = ((max - min) / step).round().max(1.0) as usize;
    (min, max, n)
}

/// "12", "2.5", "90": axis numbers without trailing zeros.
pub(super) fn axis_number(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if (r - r.round()).abs() < 1e-9 {
        format!("{}", r.round() as i64)
    } else {
        format!("{r}")
    }
}

/// Horizontal grid lines with their values on the left.
pub(super) fn y_grid(area: &Area, f: &Frame, ticks: usize, suffix: &str) -> Drawn {
    let style = text(11.0, &MUTED, HPos::Right, VPos::Center);
    for i in 0..=ticks {
        let v = f.y_min + (f.y_max - f.y_min) * i as f64 / ticks as f64;
        let y = f.y(v);
        area.draw(&PathElement::new(
            vec![(f.left, y), (f.right, y)],
            line(&GRID, 1),
        ))?;
        area.draw(&Text::new(
            format!("{}{suffix}", axis_number(v)),
            (f.left - 6, y),
            style.clone(),
        ))?;
    }
    Ok(())
}

pub(super) fn month_name(m: u32, msgs: &ReportMsgs) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match msgs.lang {
        Lang::Zh => format!("{m}月"),
        Lang::En => EN[(m.clamp(1, 12) - 1) as usize].to_string(),
    }
}

/// Days from `start` to the end of `date`: the x of a date on a time axis.
pub(super) fn day_x(start: NaiveDate, date: NaiveDate) -> f64 {
    ((date - start).num_days() + 1) as f64
}

/// Month boundaries and month names along a time axis.
pub(super) fn x_months(
    area: &Area,
    f: &Frame,
    start: NaiveDate,
    end: NaiveDate,
    msgs: &ReportMsgs,
) -> Drawn {
    let style = text(11.0, &MUTED, HPos::Center, VPos::Top);
    let months = periods_in(Cadence::Month, start, end);
    let compact = months.len() > 14;
    for (i, m) in months.iter().enumerate() {
        let from = m.start().max(start);
        let to = m.end().min(end);
        let x0 = f.x(day_x(start, from) - 1.0);
        let x1 = f.x(day_x(start, to));
        area.draw(&PathElement::new(
            vec![(x0, f.bottom), (x0, f.bottom + 4)],
            line(&PLAN, 1),
        ))?;
        if !compact || i % 3 == 0 {
            if let Period::Month { month, .. } = m {
                area.draw(&Text::new(
                    month_name(*month, msgs),
                    ((x0 + x1) / 2, f.bottom + 6),
                    style.clone(),
                ))?;
            }
        }
    }
    area.draw(&PathElement::new(
        vec![(f.left, f.bottom), (f.right, f.bottom)],
        line(&PLAN, 1),
    ))?;
    Ok(())
}

/// A legend entry: a short line or swatch and its label; returns the x
/// after it.
pub(super) fn legend(
    area: &Area,
    x: i32,
    y: i32,
    color: &RGBColor,
    dashed: bool,
    label: &str,
) -> Result<i32, DrawingAreaErrorKind<std::io::Error>> {
    if dashed {
        area.draw(&DashedPathElement::new(
            vec![(x, y), (x + 22, y)],
            5,
            3,
            line(color, 2),
        ))?;
    } else {
        area.draw(&PathElement::new(vec![(x, y), (x + 22, y)], line(color, 3)))?;
    }
    let label = clean_label(label, 30);
    let width = label
        .chars()
        .map(|c| if c.is_ascii() { 7 } else { 12 })
        .sum::<i32>();
    area.draw(&Text::new(
        label,
        (x + 28, y),
        text(12.0, &INK, HPos::Left, VPos::Center),
    ))?;
    Ok(x + 28 + width + 18)
}

/// The as-of marker: a vertical line and its date at the top.
pub(super) fn today_marker(
    area: &Area,
    f: &Frame,
    start: NaiveDate,
    as_of: NaiveDate,
    msgs: &ReportMsgs,
) -> Drawn {
    let x = f.x(day_x(start, as_of));
    area.draw(&DashedPathElement::new(
        vec![(x, f.top), (x, f.bottom)],
        4,
        3,
        line(&TODAY, 1),
    ))?;
    let label = match msgs.lang {
        Lang::Zh => format!("{}{}月{}日", msgs.legend_today, as_of.month(), as_of.day()),
        Lang::En => format!("{} {}", msgs.legend_today, as_of.format("%Y-%m-%d")),
    };
    let near_end = x > f.right - 80;
    let (h, dx) = if near_end {
        (HPos::Right, -4)
    } else {
        (HPos::Left, 4)
    };
    area.draw(&Text::new(
        label,
        (x + dx, f.top + 2),
        text(11.0, &TODAY, h, VPos::Top),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_are_round() {
        let check = |lo, hi, ticks, whole, expected: (f64, f64, usize)| {
            assert_eq!(nice_axis(lo, hi, ticks, whole), expected, "{lo}..{hi}");
        };
        check(0.0, 21.6, 5, true, (0.0, 25.0, 5));
        check(0.0, 2.3, 4, true, (0.0, 3.0, 3));
        check(0.0, 0.0, 4, true, (0.0, 1.0, 1));
        check(84.9, 91.0, 4, false, (84.0, 92.0, 4));
        assert_eq!(axis_number(2.5), "2.5");
        assert_eq!(axis_number(90.0), "90");
    }
}
