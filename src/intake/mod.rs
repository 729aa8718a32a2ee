//! Intake: a plan from its text. Reads a work plan as offices write it
//! (工作要点, 工作计划, 下一步工作打算) and proposes sections and targets,
//! each with the sentence and the phrase it came from, plus the sentences
//! with a number that gave nothing, so that nothing is silently dropped.
//!
//! Pure: text in, proposals out; no clock, no I/O. Reading .docx and
//! spreadsheets into text and rows is in [`docx`] and [`sheet`]; turning
//! accepted proposals into a plan is in [`build`]. The one file that names
//! a target kind's variants is `kinds.rs`: the readers make and inspect
//! kinds through it or through the kind's own module ([`crate::plan::kind`]).

mod asides;
pub mod build;
mod clause;
mod counts;
mod dates;
pub mod docx;
pub mod doubt;
mod emit;
pub mod fields;
mod genre;
mod input;
mod kinds;
mod level;
mod lexicon;
mod model;
mod narration;
mod news;
mod notes;
mod numbering;
mod numerals;
mod pairs;
pub mod pdf;
mod progress;
mod projects;
mod propose;
mod rates;
mod requests;
pub mod review;
mod scan;
pub mod sheet;
mod subject;
mod table;
mod table_text;
mod tallies;
mod text;
mod units;

pub use dates::deadline_of;
pub use kinds::figure;
pub use model::{
    Extraction, Period, Proposal, ProposedSection, Source, Unmatched, UNTITLED_SECTION,
};
pub use notes::{Note, Why};
pub use text::normalize;
pub use units::unit_names;
use units::{name_units, units_only};

/// The year of the period's end, in which deadlines without a year fall.
fn year_of(period: Period) -> i32 {
    chrono::Datelike::year(&period.end)
}

/// A sentence's text without its closing stop.
fn sentence_text(s: &[char]) -> String {
    let t: String = s.iter().collect();
    t.trim().trim_end_matches(['。', '；', '，']).to_string()
}

/// Whether a heading's words state a rate, level or improvement.
fn states_level(title: &[char], period: Period) -> bool {
    text::sentences(title).iter().any(|s| {
        propose::read(&s.chars, period.end, None, false, None, None)
            .found
            .iter()
            .any(|f| kinds::is_level(&f.kind))
    })
}

/// Reads a plan's text for `period`.
pub fn extract(input: &str, period: Period) -> Extraction {
    let norm = normalize(input);
    // Tables pasted one cell a line are read by their columns, the rest of
    // the text as text.
    let mut tables = Vec::new();
    let mut lines: Vec<&str> = norm.split('\n').collect();
    while let Some((range, table)) = table_text::find(&lines) {
        tables.push(table);
        lines.drain(range);
    }
    let norm = lines.join("\n");
    let mut title = None;
    // A semester's plan (本学期): its 每学期 is its own period.
    let semester = counts::semester_plan(&norm);
    let mut tense = text::Tense::Plan;
    // The tense of the whole text, from its title; a heading that says
    // nothing of its own falls back to it.
    let mut base = text::Tense::Plan;
    let mut sections: Vec<ProposedSection> = Vec::new();
    let mut current = ProposedSection {
        title: UNTITLED_SECTION.to_string(),
        proposals: Vec::new(),
    };
    let mut unmatched = Vec::new();
    let mut seen_heading = false;
    // Whether the title named a summary before its plan, and the plan's
    // heading has not come yet.
    let mut summary_first = false;
    // Whether the text has opened as a report on a plan (现将…汇报如下) or
    // as news of work done (本报讯…) that adopts no plan.
    let mut report = news::reports_news(&norm)
        || progress::reports_progress(&norm)
        || narration::opens_on_meeting(&norm)
        || narration::calls_for_proposals(&norm);
    // News that carries a plan adopted: its story is told, not proposed.
    let news = narration::news_head(&norm);
    if report {
        tense = text::Tense::Past;
        base = text::Tense::Past;
    }
    // The proposals of the last line that gave any, for a following line
    // that only names their units (牵头单位：XX on a line of its own).
    let mut last_line: std::ops::Range<usize> = 0..0;
    // A list of projects (民生实事), and the project whose text is being
    // read: its name and its first proposal.
    let mut projects = projects::Projects::default();
    let mut project: Option<(String, usize)> = None;
    // Whether the line is an item of a list a colon announced.
    let mut in_list = false;
    // Whether a line of text has been read (the first is the title, if any).
    let mut first = true;
    // Whether each line's passage is told as done: its unmarked sentences
    // are results too.
    let told = genre::passages_done(&text::lines(&norm));
    // Whether each line stands in a meeting's requests to others.
    let asked = requests::requested(&text::lines(&norm));
    for (at, line) in text::lines(&norm).into_iter().enumerate() {
        // A page's source, date or address line gives nothing.
        if news::is_metadata(&line.chars) {
            continue;
        }
        let opening = std::mem::replace(&mut first, false);
        projects.see(&line.chars);
        if text::list_title(&line.chars) {
            continue;
        }
        let mut body: &[char] = &line.chars;
        // A project ends where the next heading or project starts.
        let item = projects
            .on
            .then(|| projects::item(&line.chars))
            .flatten()
            .filter(|_| line.heading.is_none());
        // The lines after one that ends on a colon (这八件民生实事项目是：)
        // are the items it announces, as long as each ends on ；.
        let project_item = item.is_some() || in_list;
        let ends = line.chars.iter().rev().find(|c| !c.is_whitespace());
        in_list = match ends {
            Some('：') => true,
            Some('；') => in_list,
            _ => false,
        };
        if line.heading.is_some() || item.is_some() {
            if let Some((name, start)) = project.take() {
                projects::close(
                    &mut current.proposals,
                    start,
                    &name,
                    projects.rest,
                    period.end,
                );
            }
        }
        if let (true, Some((_, marker))) = (projects.on, line.heading) {
            let name: String = line.chars[marker..].iter().collect();
            if projects::is_name(name.trim()) {
                project = Some((name.trim().to_string(), current.proposals.len()));
                continue;
            }
        }
        let mut carried = None;
        if let Some((name, at)) = item {
            // Its dated commitment came from the schedule already.
            if projects.scheduled(&name) {
                continue;
            }
            project = Some((name, current.proposals.len()));
            body = &line.chars[at..];
            carried = projects.rest;
        }
        let mut levels_only = false;
        match line.heading {
            // A short line after 一、 or （一） is a heading; a long one is
            // an item of a numbered list and is read whole.
            // A heading line that itself states a rate or level (（一）地区生产
            // 总值增长7%以上) is a target of the heading above, not a section
            // of its own; counts in headings are their structure (七个方面).
            // A heading that opens on a date (七、7-8月开展暑期…活动; 八、9月
            // 开展文化周活动：…) is that date's event: read as an item.
            Some((level, marker))
                if level.0 <= 2
                    && dates::opens_on_date(&line.chars[marker..], year_of(period))
                    && text::heading_tense(&text::heading_title(&line.chars).0).is_none() =>
            {
                body = &line.chars[marker..];
            }
            Some((level, marker))
                if level.0 <= 2
                    && text::heading_title(&line.chars).1 >= line.chars.len()
                    && states_level(&line.chars[marker..], period) =>
            {
                body = &line.chars[marker..];
                levels_only = true;
            }
            Some((level, _))
                if level.0 <= 2 && text::heading_title(&line.chars).0.chars().count() <= 30 =>
            {
                let (heading, body_at) = text::heading_title(&line.chars);
                if let Some(t) = text::heading_tense(&heading) {
                    // In a report on a plan (解读, 督查), only a heading of
                    // the coming work (下一步, 计划) is the plan again.
                    // After a summary titled before its plan, only the plan's
                    // own heading (二、2026年工作计划, 下一步…) opens it; a
                    // summary's heading may hold a plan's word (创新思路).
                    let summary_heading = summary_first && !narration::plan_heading(&heading);
                    tense = if (report && !text::forward(&heading)) || summary_heading {
                        text::Tense::Past
                    } else {
                        t
                    };
                    if summary_first && tense == text::Tense::Plan {
                        base = text::Tense::Plan;
                        summary_first = false;
                    }
                } else if level.0 == 1 {
                    tense = base;
                }
                seen_heading = true;
                let done = std::mem::replace(
                    &mut current,
                    ProposedSection {
                        title: heading,
                        proposals: Vec::new(),
                    },
                );
                if !done.proposals.is_empty() {
                    sections.push(done);
                }
                // A units line under the new heading names no line of the
                // section before.
                last_line = 0..0;
                body = &line.chars[body_at..];
            }
            // 1. and （1）: an item; its marker is not a number of the text.
            Some((_, marker)) => body = &line.chars[marker..],
            None => {
                let l: String = line.chars.iter().collect();
                let titled = ["计划", "要点", "打算", "方案", "安排", "任务分解"]
                    .iter()
                    .any(|w| l.contains(w));
                let sentence_like = l.contains(['。', '，', '；']);
                // A summary's or a report's title (工作总结, 述职报告, …通报):
                // its numbers are results until a heading announces the plan.
                let summary = news::summary_title(&l);
                // A headline of a meeting held (…党委召开…述职评议会): news.
                let held = opening && narration::headline_of_meeting(&line.chars);
                if held {
                    report = true;
                }
                // 2024年工作回顾 on a line of its own: a heading's tense.
                let bare = (!opening && !sentence_like && line.chars.len() <= 20)
                    .then(|| text::bare_heading_tense(&l))
                    .flatten();
                if let Some(t) = bare {
                    tense = if report && !text::forward(&l) {
                        text::Tense::Past
                    } else {
                        t
                    };
                    seen_heading = true;
                    continue;
                }
                // …工作总结及2026年工作计划: the summary comes first; its
                // headings keep the plan's tense for the part after it.
                if !seen_heading
                    && !sentence_like
                    && titled
                    && title.is_none()
                    && narration::summary_then_plan(&l)
                {
                    tense = text::Tense::Past;
                    base = text::Tense::Past;
                    summary_first = true;
                    title = Some(l.trim_end_matches(['。', '：']).to_string());
                    continue;
                }
                if !seen_heading && !sentence_like && !titled && (summary || held) {
                    tense = text::Tense::Past;
                    base = text::Tense::Past;
                    continue;
                }
                if !seen_heading
                    && title.is_none()
                    && titled
                    && !sentence_like
                    // …印发《…三年行动计划（2018—2020年）》的通知: a notice's
                    // title is whole whatever its length.
                    && (line.chars.len() <= 60 || l.trim_end().ends_with("的通知"))
                {
                    title = Some(l.trim_end_matches(['。', '：']).to_string());
                    continue;
                }
            }
        }
        let lead = scan::lead_unit(body);
        let partners = scan::partners(body);
        if units_only(body) {
            name_units(&mut current.proposals[last_line.clone()], body);
            continue;
        }
        let first_new = current.proposals.len();
        // 近日，…印发…: the line's first sentence reports, whatever the
        // line's item marker took.
        let mut recent = news::recent(&line.chars);
        let mut each_of: Option<(String, String)> = None;
        // The names of a list of rates, for a sentence that pairs its
        // figures with them (…；2020年分别达到…).
        let mut listed: Option<Vec<String>> = None;
        for sentence in text::sentences(body) {
            let chars = &sentence.chars;
            let due = carried.take();
            let meeting = news::reports_meeting(chars);
            // 现将有关情况汇报如下: a report on a plan, not the plan; it holds
            // until a heading announces the plan.
            if narration::opens_report(chars) {
                report = true;
                tense = text::Tense::Past;
                base = text::Tense::Past;
            }
            // 其中，遴选了12件…: the perfect of a breakdown is the
            // breakdown's; the commitments before it stand.
            let narrated_from = clause::breakdown_start(chars)
                .filter(|&b| !news::perfect(&chars[..b]) && news::perfect(&chars[b..]));
            let past = tense == text::Tense::Past
                || std::mem::take(&mut recent)
                || news::recent(chars)
                || news::past_marked(chars)
                || (news::perfect(chars) && narrated_from.is_none())
                || news::elapsed(chars)
                || (news && narration::tells(chars))
                || narration::inspection_day(chars)
                || narration::tells_adoption(chars)
                || (told[at] || genre::said(chars))
                    && genre::orientation(chars) != genre::Orientation::Ahead
                || asked[at] && !requests::own_step(chars);
            let (group_in, named) = std::mem::take(&mut each_of).unzip();
            let mut reading = propose::read(
                chars,
                period.end,
                due,
                projects.on,
                group_in.clone(),
                listed.as_deref(),
            );
            listed = reading.listed.take();
            // 要求每位教师…写教学反思。每周至少1篇…: the next sentence's bare
            // figures are each member's, and what they count is named here.
            each_of = counts::per_person(chars, &(0..chars.len()), chars.len()).map(|g| {
                (
                    g,
                    sentence.text().trim_end_matches(['。', '；']).to_string(),
                )
            });
            if let (Some(g), Some(named)) = (&group_in, &named) {
                for f in reading.found.iter_mut() {
                    if f.group == *g && !f.title.contains(g.as_str()) {
                        f.title = format!("{named}，{}", f.title);
                    }
                }
            }
            if levels_only {
                reading.found.retain(|f| kinds::is_level(&f.kind));
            }
            if chars.last() == Some(&'；') {
                carried = reading.due;
            }
            // 其余项目均在12月完成: the date for the projects it does not
            // name; the ones it names keep their own.
            if projects.on && projects::is_schedule(chars) {
                projects.rest = reading.due;
                projects
                    .named
                    .extend(reading.found.iter().map(|f| f.title.clone()));
            }
            // （11）市图书馆延长免费开放时间…: in a list of projects numbered
            // inline, an item with no figure is a commitment for the period.
            let bare_item = clause::inline_item(chars).filter(|&at| {
                projects.on
                    && reading.found.is_empty()
                    && !chars[at..].iter().any(|c| c.is_ascii_digit())
            });
            if let (Some(at), false, false) = (bare_item, meeting, past) {
                reading.found.push(propose::Found {
                    title: sentence_text(&chars[at..]),
                    kind: kinds::milestone(period.end),
                    unit: String::new(),
                    due: None,
                    group: String::new(),
                    span: at..chars.len(),
                    notes: vec![Note::DueAtPeriodEnd],
                });
                reading.horizons.push(None);
            }
            let listed = line.heading.is_some() || project_item || bare_item.is_some();
            if meeting || past || reading.found.is_empty() {
                if reading.has_number {
                    unmatched.push(Unmatched {
                        sentence: sentence.text(),
                        section: current.title.clone(),
                        why: if meeting {
                            Why::Meeting
                        } else if past && report {
                            Why::Report
                        } else if past {
                            Why::PastResult
                        } else {
                            Why::NoPattern
                        },
                    });
                }
                continue;
            }
            emit::push(
                &mut current.proposals,
                reading,
                chars,
                emit::Context {
                    news,
                    listed,
                    narrated_from,
                    semester,
                    period,
                },
            );
        }
        if current.proposals.len() > first_new {
            last_line = first_new..current.proposals.len();
        }
        if let Some(lead) = lead {
            for p in current.proposals[first_new..].iter_mut() {
                if p.lead_unit.is_empty() {
                    p.lead_unit = lead.clone();
                    if p.partners.is_empty() {
                        p.partners = partners.clone();
                    }
                }
            }
        }
    }
    if let Some((name, start)) = project.take() {
        projects::close(
            &mut current.proposals,
            start,
            &name,
            projects.rest,
            period.end,
        );
    }
    if !current.proposals.is_empty() {
        sections.push(current);
    }
    for table in tables {
        // A table in a report (a progress table: 进度表, 推进情况) tells how
        // far each project has come; it proposes nothing, and each row
        // with a number says so.
        if base == text::Tense::Past {
            unmatched.extend(table_text::rows_reported(&table));
            continue;
        }
        let got = sheet::propose(&table, &sheet::guess(&table), period);
        sections.extend(got.sections);
    }
    Extraction {
        title,
        sections,
        unmatched,
    }
}
