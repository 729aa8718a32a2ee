//! Tables pasted as text, one cell a line (序号 / 项目 / 目标任务 / 责任单位 /
//! 完成时限 …, then each row from its number): found in a plan's text and
//! read through the same column mapping as a spreadsheet (`sheet`), so the
//! target column is read and the progress and note columns are not.
//! A web page's cells may end with " |"; a line "||" is an empty cell and
//! a line "|" ends a row.

use std::ops::Range;

use super::numerals::{is_chinese_numeral, parse_chinese};
use super::table::{guess_column, Column, Table};

/// The rows with a number of a table that a report holds, each as a
/// sentence that proposes nothing because the text reports.
pub(crate) fn rows_reported(table: &Table) -> Vec<super::Unmatched> {
    table
        .rows
        .iter()
        .map(|(_, cells)| cells.join(" "))
        .filter(|row| row.chars().any(|c| c.is_ascii_digit()))
        .map(|sentence| super::Unmatched {
            sentence,
            section: String::new(),
            why: super::Why::Report,
        })
        .collect()
}

/// One line as a cell: its text, or `None` for a row's end marker.
fn cell(line: &str) -> Option<String> {
    let t = line.trim();
    match t {
        "|" => None,
        "||" => Some(String::new()),
        _ => Some(t.strip_suffix('|').unwrap_or(t).trim().to_string()),
    }
}

/// The row number a cell holds (24, 二十四), if it holds only that.
fn row_number(c: &str) -> Option<u64> {
    let c = c.trim_end_matches(['、', '.']);
    if !c.is_empty() && c.chars().all(|x| x.is_ascii_digit()) {
        return c.parse().ok();
    }
    let chars: Vec<char> = c.chars().collect();
    if !chars.is_empty() && chars.iter().all(|&x| is_chinese_numeral(x)) {
        return parse_chinese(&chars);
    }
    None
}

/// A header cell: short, no sentence marks.
fn header_like(c: &str) -> bool {
    let n = c.chars().count();
    (1..=16).contains(&n) && !c.contains(['。', '，', '；']) && row_number(c).is_none()
}

/// The first table pasted one cell a line in `lines`: the lines it takes
/// and the table (header cells and rows, cells placed under the headers).
pub(crate) fn find(lines: &[&str]) -> Option<(Range<usize>, Table)> {
    let start = lines
        .iter()
        .position(|l| cell(l).is_some_and(|c| c.replace(' ', "") == "序号"))?;
    let mut headers = Vec::new();
    let mut i = start;
    while i < lines.len() {
        let line = lines[i];
        if line.trim().is_empty() {
            i += 1;
            continue;
        }
        match cell(line) {
            Some(c) if header_like(&c) => headers.push(c.replace(' ', "")),
            _ => break,
        }
        i += 1;
    }
    let known: Vec<Column> = headers.iter().filter_map(|h| guess_column(h)).collect();
    if headers.len() < 3
        || !known
            .iter()
            .any(|c| matches!(c, Column::Task | Column::Goal))
    {
        return None;
    }
    let n = headers.len();
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut next: Option<u64> = None;
    let mut end = i;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if line.trim().is_empty() {
            continue;
        }
        let Some(c) = cell(line) else {
            end = i;
            continue;
        };
        let number = row_number(&c);
        let starts = number.is_some_and(|v| next.is_none_or(|x| v == x));
        if starts {
            next = number.map(|v| v + 1);
            rows.push((i, vec![c]));
        } else if let Some(row) = rows.last_mut().filter(|r| r.1.len() <= n) {
            row.1.push(c);
        } else {
            break;
        }
        end = i;
    }
    if rows.is_empty() {
        return None;
    }
    // A row with fewer cells than headers lost merged cells on the left:
    // its number stays first, the rest go under the last headers.
    for (_, cells) in rows.iter_mut() {
        if cells.len() < n {
            let rest = cells.split_off(1);
            cells.resize(n - rest.len(), String::new());
            cells.extend(rest);
        }
        cells.truncate(n);
    }
    let table = Table {
        headers,
        header_row: start + 1,
        rows,
    };
    Some((start..end, table))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_under_their_headers() {
        let text = "推进情况\n序号 |\n主要任务 |\n全年目标任务 |\n牵头 单位 |\n推进情况 |\n说明 |\n24 |\n优化50条后巷。 |\n城管局 |\n完成30%。 |\n||\n25 |\n新增小区210个。 |\n城管局 |\n在46个小区。 |\n滞后2个月。 |\n|\n";
        let lines: Vec<&str> = text.lines().collect();
        let (range, table) = find(&lines).expect("a table");
        assert_eq!(range, 1..18);
        assert_eq!(
            table.headers,
            [
                "序号",
                "主要任务",
                "全年目标任务",
                "牵头单位",
                "推进情况",
                "说明"
            ]
        );
        let row = |k: usize| table.rows[k].1.clone();
        assert_eq!(
            row(0),
            ["24", "", "优化50条后巷。", "城管局", "完成30%。", ""]
        );
        assert_eq!(
            row(1),
            [
                "25",
                "",
                "新增小区210个。",
                "城管局",
                "在46个小区。",
                "滞后2个月。"
            ]
        );
    }
}
