//! The charts of one target: cumulative against the plan line, bars per
//! month, the period grid of a cadence, readings against the line.

use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::kit::*;
use super::{clean_label, WIDTH};
use crate::chart::data::{Cell, Cumulative, Level, MonthBar, Readings};
use crate::engine::PeriodState;
use crate::i18n::report::ReportMsgs;
use crate::i18n::Lang;
use crate::period::Period;
use crate::plan::{Cadence, Pace};

/// The target page's main chart: the cumulative actual as a step line
/// against the 序时进度 line from 0 to the goal, the goal (and a
/// range's maximum) as horizontal lines, the as-of date marked.
pub fn cumulative_svg(c: &Cumulative, unit: &str, msgs: &ReportMsgs) -> String {
    render(300, |area| {
        let days = day_x(c.start, c.end).max(1.0);
        let last = c.steps.last().map_or(0, |s| s.total);
        let top_value = c.goal.max(c.max.unwrap_or(0)).max(last).max(1) as f64;
        let (_, y_max, ticks) = nice_axis(0.0, top_value * 1.08, 5, true);
        let f = Frame {
            left: 52,
            top: 40,
            right: WIDTH as i32 - 20,
            bottom: 266,
            x_max: days,
            y_min: 0.0,
            y_max,
        };
        y_grid(area, &f, ticks, "")?;
        x_months(area, &f, c.start, c.end, msgs)?;
        let unit = clean_label(unit, 4);
        // Goal and maximum.
        for (value, label) in [(Some(c.goal), msgs.legend_goal), (c.max, msgs.legend_max)] {
            if let Some(v) = value {
                let y = f.y(v as f64);
                area.draw(&PathElement::new(
                    vec![(f.left, y), (f.right, y)],
                    line(&GOAL, 1),
                ))?;
                area.draw(&Text::new(
                    format!("{label} {v}{unit}"),
                    (f.left + 4, y - 3),
                    text(11.0, &GOAL, HPos::Left, VPos::Bottom),
                ))?;
            }
        }
        // The plan line of 序时进度: straight by day, in steps at each
        // month's or quarter's end by month or quarter.
        area.draw(&DashedPathElement::new(
            plan_line(c, days, &f),
            6,
            4,
            line(&PLAN, 2),
        ))?;
        // The cumulative actual, as steps, up to the as-of date.
        let until = c.as_of.min(c.end);
        if c.as_of >= c.start {
            let mut pts = vec![(f.x(0.0), f.y(0.0))];
            let mut prev = 0u64;
            for s in &c.steps {
                if s.date > until {
                    break;
                }
                let x = f.x(day_x(c.start, s.date) - 0.5);
                pts.push((x, f.y(prev as f64)));
                pts.push((x, f.y(s.total as f64)));
                prev = s.total;
            }
            let end_x = f.x(day_x(c.start, until));
            pts.push((end_x, f.y(prev as f64)));
            area.draw(&PathElement::new(pts, line(&ACTUAL, 3)))?;
            area.draw(&Circle::new((end_x, f.y(prev as f64)), 4, fill(&ACTUAL)))?;
            area.draw(&Text::new(
                format!("{prev}{unit}"),
                (end_x - 6, f.y(prev as f64) - 6),
                text(12.0, &ACTUAL, HPos::Right, VPos::Bottom),
            ))?;
            today_marker(area, &f, c.start, c.as_of.min(c.end), msgs)?;
        }
        let x = legend(area, f.left, 16, &ACTUAL, false, msgs.legend_actual)?;
        legend(area, x, 16, &PLAN, true, msgs.legend_plan_line)?;
        Ok(())
    })
}

/// What was done in each month, as bars with their values.
pub fn monthly_svg(bars: &[MonthBar], unit: &str, msgs: &ReportMsgs) -> String {
    render(220, |area| {
        let slots = bars.len().max(12);
        let top_value = bars.iter().map(|b| b.done).max().unwrap_or(0).max(1) as f64;
        let (_, y_max, ticks) = nice_axis(0.0, top_value * 1.15, 4, true);
        let f = Frame {
            left: 52,
            top: 20,
            right: WIDTH as i32 - 20,
            bottom: 188,
            x_max: slots as f64,
            y_min: 0.0,
            y_max,
        };
        y_grid(area, &f, ticks, "")?;
        area.draw(&PathElement::new(
            vec![(f.left, f.bottom), (f.right, f.bottom)],
            line(&PLAN, 1),
        ))?;
        let unit = clean_label(unit, 4);
        for (i, b) in bars.iter().enumerate() {
            let x0 = f.x(i as f64 + 0.2);
            let x1 = f.x(i as f64 + 0.8);
            if b.done > 0 {
                area.draw(&Rectangle::new(
                    [(x0, f.y(b.done as f64)), (x1, f.bottom)],
                    fill(&ACTUAL),
                ))?;
                area.draw(&Text::new(
                    format!("{}{unit}", b.done),
                    ((x0 + x1) / 2, f.y(b.done as f64) - 3),
                    text(11.0, &INK, HPos::Center, VPos::Bottom),
                ))?;
            }
            if let Period::Month { month, .. } = b.month {
                area.draw(&Text::new(
                    month_name(month, msgs),
                    ((x0 + x1) / 2, f.bottom + 6),
                    text(11.0, &MUTED, HPos::Center, VPos::Top),
                ))?;
            }
        }
        Ok(())
    })
}

/// The periods of a cadence target as a grid of cells coloured met,
/// missed, running or not yet due.
pub fn cadence_svg(cells: &[Cell], msgs: &ReportMsgs) -> String {
    let cadence = cells.first().map_or(Cadence::Month, |c| c.period.cadence());
    let (cols, cell_w, cell_h) = match cadence {
        Cadence::Week => (27usize, 23, 23),
        Cadence::Month => (12, 52, 40),
        Cadence::Quarter => (4, 160, 44),
        Cadence::Year => (1, 300, 44),
    };
    let rows = cells.len().div_ceil(cols).max(1);
    let gap = 3;
    let grid_h = rows as i32 * (cell_h + gap);
    let height = (grid_h + 70) as u32;
    let zh = msgs.lang == Lang::Zh;
    render(height, |area| {
        let grid_w = cols as i32 * (cell_w + gap) - gap;
        let left = (WIDTH as i32 - grid_w) / 2;
        let top = 12;
        for (i, c) in cells.iter().enumerate() {
            let (r, k) = ((i / cols) as i32, (i % cols) as i32);
            let x0 = left + k * (cell_w + gap);
            let y0 = top + r * (cell_h + gap);
            let colour = state_rgb(c.state);
            area.draw(&Rectangle::new(
                [(x0, y0), (x0 + cell_w, y0 + cell_h)],
                fill(&colour),
            ))?;
            let ink = if c.state == PeriodState::Future {
                MUTED
            } else {
                WHITE
            };
            let label = match c.period {
                Period::Week { week, .. } => week.to_string(),
                Period::Month { month, .. } => month_name(month, msgs),
                Period::Quarter { quarter, .. } => {
                    if zh {
                        format!("第{quarter}季度")
                    } else {
                        format!("Q{quarter}")
                    }
                }
                Period::Year(y) => {
                    if zh {
                        format!("{y}年")
                    } else {
                        y.to_string()
                    }
                }
            };
            let size = if cadence == Cadence::Week { 10.0 } else { 13.0 };
            area.draw(&Text::new(
                label,
                (x0 + cell_w / 2, y0 + cell_h / 2),
                text(size, &ink, HPos::Center, VPos::Center),
            ))?;
        }
        // Legend under the grid.
        let y = top + grid_h + 22;
        let mut x = left.min(WIDTH as i32 / 2 - 200).max(20);
        for (state, label) in [
            (PeriodState::Met, msgs.cell_met),
            (PeriodState::Missed, msgs.cell_missed),
            (PeriodState::Current, msgs.cell_current),
            (PeriodState::Future, msgs.cell_future),
        ] {
            let colour = state_rgb(state);
            area.draw(&Rectangle::new(
                [(x, y - 7), (x + 14, y + 7)],
                fill(&colour),
            ))?;
            area.draw(&Text::new(
                label,
                (x + 20, y),
                text(12.0, &INK, HPos::Left, VPos::Center),
            ))?;
            x += 20
                + label
                    .chars()
                    .map(|c| if c.is_ascii() { 7 } else { 12 })
                    .sum::<i32>()
                + 24;
        }
        Ok(())
    })
}

/// Readings over time against the target line (and an improvement's
/// baseline), the as-of date not marked: readings carry their own dates.
pub fn readings_svg(r: &Readings, unit: &str, msgs: &ReportMsgs) -> String {
    render(280, |area| {
        let days = day_x(r.start, r.end).max(1.0);
        let is_ratio = matches!(r.line, Level::Ratio(_));
        let suffix = if is_ratio {
            "%".to_string()
        } else {
            clean_label(unit, 4)
        };
        let mut values: Vec<f64> = r.points.iter().map(|(_, l)| l.to_f64()).collect();
        values.push(r.line.to_f64());
        if let Some(b) = r.baseline {
            values.push(b.to_f64());
        }
        let hi = values.iter().cloned().fold(f64::MIN, f64::max);
        let lo = values.iter().cloned().fold(f64::MAX, f64::min);
        let span = (hi - lo).max(hi.abs() * 0.05).max(0.5);
        let (y_min, y_max, ticks) =
            nice_axis((lo - span * 0.3).max(0.0), hi + span * 0.2, 4, false);
        let f = Frame {
            left: 56,
            top: 40,
            right: WIDTH as i32 - 20,
            bottom: 246,
            x_max: days,
            y_min,
            y_max,
        };
        y_grid(area, &f, ticks, &suffix)?;
        x_months(area, &f, r.start, r.end, msgs)?;
        let mut lines = vec![(r.line.to_f64(), msgs.legend_goal, GOAL)];
        if let Some(b) = r.baseline {
            lines.push((b.to_f64(), msgs.legend_baseline, PLAN));
        }
        for (v, label, colour) in &lines {
            let y = f.y(*v);
            area.draw(&DashedPathElement::new(
                vec![(f.left, y), (f.right, y)],
                6,
                4,
                line(colour, 2),
            ))?;
            let shown = match r.line {
                Level::Ratio(line) if *label == msgs.legend_goal => {
                    format!("{}%", line.percent_1dp())
                }
                _ => format!("{}{suffix}", axis_number(*v)),
            };
            area.draw(&Text::new(
                format!("{label} {shown}"),
                (f.right - 4, y - 3),
                text(11.0, colour, HPos::Right, VPos::Bottom),
            ))?;
        }
        let pts: Vec<(i32, i32)> = r
            .points
            .iter()
            .map(|(d, l)| (f.x(day_x(r.start, *d) - 0.5), f.y(l.to_f64())))
            .collect();
        if pts.len() > 1 {
            area.draw(&PathElement::new(pts.clone(), line(&ACTUAL, 2)))?;
        }
        for p in &pts {
            area.draw(&Circle::new(*p, 3, fill(&ACTUAL)))?;
        }
        if let (Some((_, l)), Some(p)) = (r.points.last(), pts.last()) {
            let label = match l {
                Level::Value(v) => format!("{v}{suffix}"),
                Level::Ratio(f) => format!("{}%", f.percent_1dp()),
            };
            area.draw(&Text::new(
                label,
                (p.0, p.1 - 8),
                text(12.0, &ACTUAL, HPos::Center, VPos::Bottom),
            ))?;
        }
        let x = legend(area, f.left, 16, &ACTUAL, false, msgs.legend_readings)?;
        legend(area, x, 16, &GOAL, true, msgs.legend_goal)?;
        Ok(())
    })
}

/// The points of the plan line: goal × 序时进度 over the period.
fn plan_line(c: &Cumulative, days: f64, f: &Frame) -> Vec<(i32, i32)> {
    if c.pace == Pace::Day {
        return vec![(f.x(0.0), f.y(0.0)), (f.x(days), f.y(c.goal as f64))];
    }
    let mut pts = vec![(f.x(0.0), f.y(0.0))];
    let mut prev = 0.0;
    let mut day = c.start;
    while day <= c.end {
        let v = c.plan_at(day).to_f64();
        if v != prev {
            let x = f.x(day_x(c.start, day));
            pts.push((x, f.y(prev)));
            pts.push((x, f.y(v)));
            prev = v;
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    pts.push((f.x(days), f.y(prev)));
    pts
}
