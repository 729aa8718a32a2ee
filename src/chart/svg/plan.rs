//! The charts of the whole plan: every target's completion against
//! 序时进度, and the plan's completion month by month.

use chrono::NaiveDate;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::kit::*;
use super::{clean_label, colour_rgb, text_rgb, WIDTH};
use crate::chart::data::Row;
use crate::engine::Colour;
use crate::frac::Frac;
use crate::i18n::report::ReportMsgs;

/// Row height of the dashboard chart.
const ROW_H: i32 = 24;

/// Every target's completion as a bar coloured by status, with a tick at
/// its 序时进度: a bullet chart, one row per target.
pub fn dashboard_svg(rows: &[Row], msgs: &ReportMsgs) -> String {
    let height = (60 + rows.len() as i32 * ROW_H + 16) as u32;
    render(height, |area| {
        let f = Frame {
            left: 268,
            top: 44,
            right: WIDTH as i32 - 64,
            bottom: 44 + rows.len() as i32 * ROW_H,
            x_max: 1.0,
            y_min: 0.0,
            y_max: 1.0,
        };
        // Percent scale on top.
        for i in 0..=4 {
            let v = f64::from(i) / 4.0;
            let x = f.x(v);
            area.draw(&PathElement::new(
                vec![(x, f.top - 4), (x, f.bottom)],
                line(&GRID, 1),
            ))?;
            area.draw(&Text::new(
                format!("{}%", i * 25),
                (x, f.top - 6),
                text(11.0, &MUTED, HPos::Center, VPos::Bottom),
            ))?;
        }
        for (i, r) in rows.iter().enumerate() {
            let y0 = f.top + i as i32 * ROW_H + 5;
            let y1 = y0 + ROW_H - 10;
            let mid = (y0 + y1) / 2;
            area.draw(&Text::new(
                clean_label(&r.title, 20),
                (f.left - 8, mid),
                text(12.0, &INK, HPos::Right, VPos::Center),
            ))?;
            area.draw(&Rectangle::new(
                [(f.x(0.0), y0), (f.x(1.0), y1)],
                fill(&TRACK),
            ))?;
            let colour = colour_rgb(r.status.colour());
            // Even 0% shows its status colour, as a stub.
            let w = r.completion.to_f64();
            let x1 = f.x(w).max(f.x(0.0) + 4);
            area.draw(&Rectangle::new([(f.x(0.0), y0), (x1, y1)], fill(&colour)))?;
            let tx = f.x(r.time_progress.to_f64());
            area.draw(&PathElement::new(
                vec![(tx, y0 - 3), (tx, y1 + 3)],
                line(&INK, 2),
            ))?;
            area.draw(&Text::new(
                format!("{}%", r.completion.percent_1dp()),
                (f.right + 8, mid),
                text(11.0, &text_rgb(r.status.colour()), HPos::Left, VPos::Center),
            ))?;
        }
        // Legend.
        let y = 14;
        let green = colour_rgb(Colour::Green);
        area.draw(&Rectangle::new(
            [(f.left, y - 6), (f.left + 20, y + 6)],
            fill(&green),
        ))?;
        area.draw(&Text::new(
            msgs.legend_completion,
            (f.left + 26, y),
            text(12.0, &INK, HPos::Left, VPos::Center),
        ))?;
        let x = f.left + 120;
        area.draw(&PathElement::new(
            vec![(x, y - 8), (x, y + 8)],
            line(&INK, 2),
        ))?;
        area.draw(&Text::new(
            msgs.legend_time_progress,
            (x + 8, y),
            text(12.0, &INK, HPos::Left, VPos::Center),
        ))?;
        Ok(())
    })
}

/// The plan's completion at each month end against 序时进度.
pub fn trend_svg(
    points: &[(NaiveDate, Frac, Frac)],
    start: NaiveDate,
    end: NaiveDate,
    msgs: &ReportMsgs,
) -> String {
    render(240, |area| {
        let days = day_x(start, end).max(1.0);
        let f = Frame {
            left: 52,
            top: 40,
            right: WIDTH as i32 - 24,
            bottom: 206,
            x_max: days,
            y_min: 0.0,
            y_max: 100.0,
        };
        y_grid(area, &f, 4, "%")?;
        x_months(area, &f, start, end, msgs)?;
        area.draw(&DashedPathElement::new(
            vec![(f.x(0.0), f.y(0.0)), (f.x(days), f.y(100.0))],
            6,
            4,
            line(&PLAN, 2),
        ))?;
        let pts: Vec<(i32, i32)> = points
            .iter()
            .map(|(d, c, _)| (f.x(day_x(start, *d)), f.y(c.to_f64() * 100.0)))
            .collect();
        if pts.len() > 1 {
            area.draw(&PathElement::new(pts.clone(), line(&ACTUAL, 3)))?;
        }
        for p in &pts {
            area.draw(&Circle::new(*p, 3, fill(&ACTUAL)))?;
        }
        if let (Some((_, c, _)), Some(p)) = (points.last(), pts.last()) {
            area.draw(&Text::new(
                format!("{}%", c.percent_1dp()),
                (p.0 - 6, p.1 - 6),
                text(12.0, &ACTUAL, HPos::Right, VPos::Bottom),
            ))?;
        }
        let x = legend(area, f.left, 16, &ACTUAL, false, msgs.legend_completion)?;
        legend(area, x, 16, &PLAN, true, msgs.legend_time_progress)?;
        Ok(())
    })
}
