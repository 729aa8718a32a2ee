//! Messages of the 帮助 (Help) view: the rules in plain words. They say
//! what docs/RULES.md says; when a rule changes, both change.

/// Strings of the Help view.
#[derive(Debug)]
pub struct HelpMsgs {
    /// The view's heading.
    pub title: &'static str,
    /// What the app does, in two sentences.
    pub intro: &'static str,
    /// Heading: 序时进度.
    pub time_title: &'static str,
    /// What 序时进度 is.
    pub time_body: &'static str,
    /// Edge cases: before, after, a target's own due date.
    pub time_edges: &'static str,
    /// Heading: completion.
    pub completion_title: &'static str,
    /// Completion of a target and of the plan.
    pub completion_body: &'static str,
    /// Heading: statuses and colours.
    pub status_title: &'static str,
    /// Introduces the list.
    pub status_intro: &'static str,
    /// Column head: status.
    pub col_status: &'static str,
    /// Column head: colour.
    pub col_colour: &'static str,
    /// Column head: meaning.
    pub col_meaning: &'static str,
    /// What each status means, in the order of `engine::Status::ALL`. The
    /// statuses the rules set (behind, far behind, near, due soon) are
    /// worded from the document's rules (`rules::status_meaning`); their
    /// entries here are empty.
    pub status_meanings: [&'static str; 14],
    /// What each colour means: green, yellow, red, blue, grey.
    pub colour_meanings: [&'static str; 5],
    /// Heading: how each kind of target is computed.
    pub kinds_title: &'static str,
    /// Column head: kind.
    pub col_kind: &'static str,
    /// Column head: how it is computed.
    pub col_rule: &'static str,
    /// Column head: example.
    pub col_example: &'static str,
    /// Kind name, rule, example; in the order count, range, per person,
    /// cadence, milestone, threshold, ratio, improvement.
    pub kinds: [(&'static str, &'static str, &'static str); 8],
    /// Heading: which records count.
    pub records_title: &'static str,
    /// Which records count.
    pub records_body: &'static str,
    /// Heading: the as-of date.
    pub as_of_title: &'static str,
    /// The as-of date.
    pub as_of_body: &'static str,
    /// Heading: where the data is kept.
    pub data_title: &'static str,
    /// Where the data is kept and how files are merged.
    pub data_body: &'static str,
    /// How merging works.
    pub merge_body: &'static str,
    /// Heading: keyboard.
    pub keys_title: &'static str,
    /// Keyboard use.
    pub keys_body: &'static str,
}

/// 中文.
pub const ZH: HelpMsgs = HelpMsgs {
    title: "帮助：计算规则",
    intro: "落实台账把年度工作计划中的每一项量化指标与日常工作台账对应起来，按下面的规则算出完成情况和状态。所有数字都按原始记录精确计算，可以逐条追溯到台账。",
    time_title: "序时进度",
    time_body: "序时进度表示按时间推算“此时应当完成多少”：计划期已经过去的部分占整个计划期的比例，按日、按月或按季计算（由“计划”页的“督办规则”决定）。统计截至日当天算作已经过去。本文档的算法和此刻的数字如下：",
    time_edges: "统计截至日在计划开始之前，序时进度为 0；在计划结束当天及以后，为 100%。指标另有完成期限、且早于计划结束日的，按“计划开始日至该期限”计算它自己的序时进度。",
    completion_title: "完成率",
    completion_body: "单项指标的完成率 = 实际完成数 ÷ 目标数（各类指标的算法见下表）。显示的完成率保留一位小数。计划总体完成率是各项指标完成率的加权平均，每项指标的完成率超过 100% 时按 100% 计入，权重默认都是 1。",
    status_title: "状态和颜色",
    status_intro: "每项指标都有一个状态，并按“三色督办”的习惯用颜色标出：绿色正常，黄色需要关注，红色需要督办；蓝色表示临近截止，灰色表示暂时无从判断。",
    col_status: "状态",
    col_colour: "颜色",
    col_meaning: "含义",
    status_meanings: [
        "累计类指标已达到目标数（周期类指标：每个周期都已完成）。",
        "完成率不低于序时进度（周期类指标：到目前没有漏掉的周期）。",
        "",
        "",
        "统计截至日还在计划期（或指标期限）开始之前。",
        "计划期（或指标期限）已经结束，仍未达到目标数。",
        "数值类指标达到标准线。",
        "",
        "数值类指标未达到标准线，差距超过“接近”界限。",
        "数值类指标还没有填报任何数值。",
        "",
        "节点类任务已过截止日期，仍未完成。",
        "节点类任务尚未到期，也尚未完成。",
        "年度指标在期间结束前只看是否已完成，不按序时进度折算，显示为按年考核；期间结束时再判定完成或未完成。",
    ],
    colour_meanings: [
        "绿色：完成、正常、达标",
        "黄色：滞后、接近达标",
        "红色：严重滞后、未完成、未达标、逾期",
        "蓝色：临近到期",
        "灰色：未开始、暂无数据、待完成",
    ],
    kinds_title: "各类指标怎样计算",
    col_kind: "类型",
    col_rule: "计算方法",
    col_example: "例子",
    kinds: [
        ("累计数量", "把关联到该指标的活动的“数量”相加，完成率 = 累计数 ÷ 目标数，与序时进度比较得出状态。", "组织专题培训 6 次：已办 3 次，完成率 50.0%。"),
        ("数量区间", "同累计数量，以区间下限为目标：达到下限即完成；超过上限的标注“超出计划”。", "落地实施优秀项目 8—10 个：已有 9 个，完成。"),
        ("人均数量", "按名单逐人统计参与的活动；每人最多按要求数计入（一个人多做不能替别人补），完成率 = 各人计入数之和 ÷（要求数 × 人数）。", "班子成员每人领学专题不少于 4 个：5 人共需 20 个。"),
        ("周期频次", "把计划期按周、月、季度或年分成若干周期，每个周期至少完成规定次数。完成率 = 已完成的周期数 ÷ 全部周期数。周期结束时仍未完成的算“漏了”。按周统计时，一周至少有 4 天在计划期内才算入计划。", "每月至少 1 次：1—10 月都有，完成率 10 ÷ 12 = 83.3%。"),
        ("节点任务", "在截止日期前登记一条关联该任务的活动即为完成。", "6 月底前完成制度修订。"),
        ("数值标准", "以最近一次填报的数值与标准线比较（不低于或不高于）。", "无纸化办公覆盖率不低于 90%：最近一次为 92%，达标。"),
        ("比率", "把计划期内各次填报的分子、分母分别相加，比率 = 分子合计 ÷ 分母合计，与标准线比较。", "办结率不低于 95%：办结 115 件 ÷ 受理 120 件 = 95.8%，达标。"),
        ("提升幅度", "以最近一次填报的数值与基准值比较，提升幅度 = 改善量 ÷ 基准值（“越低越好”的指标，改善量 = 基准值 − 最新值）。", "办理时长由 10 天降到 6.5 天，提升 35.0%，目标提升 30% 以上，达标。"),
    ],
    records_title: "哪些记录计入",
    records_body: "只计入日期在计划期内、且不晚于统计截至日的活动和数值。一条活动可以同时关联几项指标，分别计入；“数量”默认为 1。删除的记录不再计入，撤销删除后恢复计入。",
    as_of_title: "统计截至日期",
    as_of_body: "页面顶部的“统计截至”日期默认是今天。改成过去某一天，所有数字、状态和报告都会按那一天重新计算，便于补写月报或核对历史数据。点“回到今天”恢复。",
    data_title: "数据保存在哪里",
    data_body: "所有数据只保存在本浏览器中，不会上传到任何服务器。每次修改都会自动保存；另有最近 7 天的每日快照，可在“数据”页恢复。清理浏览器数据会把这些一并删除，请定期在“数据”页导出 JSON 备份。",
    merge_body: "合并同事的文件时，按记录逐条比对：同一条记录以最后修改时间较新的为准；一方删除的记录不会被另一方较早的文件带回来；计划也按分项、指标、人员和处室逐项合并，同事新增的指标和本方的修改都会保留；所关联指标已不在计划中的记录列为“未归属”，不会丢失。同一个文件导入两次，第二次不会有任何改变。导入前会先显示将要发生的变化，确认后才修改，并且可以撤销。另一计划的文件不能合并，只能改为打开（先下载当前数据的备份）。文件中修改时间晚于本机时钟一天以上的内容不可信，不会覆盖或删除本机已有的数据。合并后发现记录被删掉了：能撤销时直接撤销；已无法撤销时，在“数据”页导入合并前导出的备份，选“替换当前数据”（不是“合并”：合并时较晚的删除仍然有效），备份中的记录就都回来了，其他标签页也随之更新；替换同样可以撤销。注意：备份之后才有的修改会随替换一并撤去，请先导出当前数据留存。",
    keys_title: "键盘操作",
    keys_body: "用 Tab 键在按钮、链接和输入框之间移动，Enter 键确认。不在输入框中时，按 Ctrl+Z（Mac 上为 ⌘Z）撤销上一步修改。",
};

/// English.
pub const EN: HelpMsgs = HelpMsgs {
    title: "Help: how figures are computed",
    intro: "Luoshi links every quantified target of the annual work plan to the ledger of work done, and computes progress and status by the rules below. Every figure is computed exactly from the records and can be traced back to them.",
    time_title: "Time progress (序时进度)",
    time_body: "Time progress says how much should be done by now if work kept an even pace: the share of the plan period that has passed, counted by day, by month or by quarter (set under the rules on the Plan page). The as-of day itself counts as passed. This document's way and today's figure:",
    time_edges: "Before the plan starts, time progress is 0; on the last day and after, it is 100%. A target with its own due date before the plan's end has its own time progress, from the plan's start to that date.",
    completion_title: "Completion",
    completion_body: "A target's completion = what was achieved ÷ what is to be achieved (each kind's rule is in the table below), shown with one decimal. The plan's completion is the weighted mean of its targets' completions, each counted at no more than 100%; every weight is 1 unless the plan says otherwise.",
    status_title: "Statuses and colours",
    status_intro: "Every target has a status and a colour, as in 三色督办 (three-colour supervision): green is fine, yellow needs attention, red needs action; blue means a deadline is near, grey that there is nothing to judge yet.",
    col_status: "Status",
    col_colour: "Colour",
    col_meaning: "Meaning",
    status_meanings: [
        "A cumulative target has reached its number (a cadence target: every period done).",
        "Completion is at or above time progress (a cadence target: no period missed so far).",
        "",
        "",
        "The as-of date is before the plan period (or the target's period) begins.",
        "The period (or the target's own period) is over and the number was not reached.",
        "A measured target meets its line.",
        "",
        "A measured target misses its line by more than the near band.",
        "A measured target has no reading yet.",
        "",
        "A milestone is past its due date and not done.",
        "A milestone is not yet due and not yet done.",
        "An annual target before its period ends: judged only as done or not at the end, never against time progress.",
    ],
    colour_meanings: [
        "Green: done, on track, met",
        "Yellow: behind, near",
        "Red: far behind, not done, missed, overdue",
        "Blue: due soon",
        "Grey: not started, no data, pending",
    ],
    kinds_title: "How each kind of target is computed",
    col_kind: "Kind",
    col_rule: "Rule",
    col_example: "Example",
    kinds: [
        ("Count", "The quantities of the activities linked to the target are added up; completion = total ÷ target, compared with time progress for the status.", "6 training sessions: 3 held, completion 50.0%."),
        ("Range", "As a count, with the range's minimum as the target: reaching it is done; above the maximum is flagged as over the plan.", "8–10 projects: 9 carried out, done."),
        ("Per person", "Activities are counted for each person on the roster; each person counts for at most the number asked (one person's extra work cannot make up for another's); completion = the sum ÷ (number asked × people).", "Each of 5 leaders leads at least 4 study sessions: 20 in all."),
        ("Cadence", "The plan period is split into weeks, months, quarters or years, each needing at least the number asked. Completion = periods done ÷ all periods. A period that ends short is missed. A week belongs to the plan when at least 4 of its days are in the plan period.", "At least once a month: January to October done, completion 10 ÷ 12 = 83.3%."),
        ("Milestone", "Done once an activity linked to it is recorded on or before its due date.", "Revise the rules by the end of June."),
        ("Threshold", "The latest reading is compared with the line (at least or at most).", "Paperless office coverage at least 90%: latest 92%, met."),
        ("Ratio", "Numerators and denominators of all readings in the period are added up; ratio = numerators ÷ denominators, compared with the line.", "Completion rate at least 95%: 115 completed ÷ 120 received = 95.8%, met."),
        ("Improvement", "The latest reading is compared with the baseline: improvement = gain ÷ baseline (for lower-is-better, gain = baseline − latest).", "Processing time from 10 days down to 6.5: 35.0% better against a goal of 30%, met."),
    ],
    records_title: "Which records count",
    records_body: "Only activities and readings dated within the plan period and on or before the as-of date count. One activity may count toward several targets; its quantity is 1 unless stated. Deleted records no longer count; undoing a deletion brings them back.",
    as_of_title: "The as-of date",
    as_of_body: "The as-of date at the top of the page is today unless you change it. Pick a past day and every figure, status and report is computed for that day, to write a late monthly report or check history. \"Today\" goes back.",
    data_title: "Where the data is kept",
    data_body: "All data stays in this browser and is never uploaded. Every change is saved at once, and daily snapshots of the last 7 days can be restored on the Data page. Clearing browser data deletes all of it: export a JSON backup regularly from the Data page.",
    merge_body: "Merging a colleague's file compares record by record: the newer change of a record wins; a record one side deleted does not come back from the other side's older file; the plan too is merged section by section, target by target, person by person and unit by unit, so a colleague's new target and a change here both survive; records whose target is no longer in the plan are listed as unassigned, never lost. Importing the same file twice changes nothing the second time. You see what will change before anything does, and you can undo it. Another plan's file cannot be merged, only opened instead (after a backup of the current data is downloaded). What a file stamps more than a day after this computer's clock is not trusted: it overwrites and deletes nothing here. If a merge deleted records you need: undo it while you can; after that, import a backup exported before the merge on the Data page and choose “Replace current data” (not “Merge”: in a merge the later deletion still wins) — every record of the backup comes back, in the other tabs too, and the replace can be undone. Changes made after the backup go with the replace, so export the current data first to keep them.",
    keys_title: "Keyboard",
    keys_body: "Tab moves between buttons, links and fields; Enter confirms. Outside a text field, Ctrl+Z (⌘Z on a Mac) undoes the latest change.",
};

/// The table of `lang`. Reached only from the code that shows these
/// strings, so that the table lands in that code's part of the browser module.
pub fn msgs(lang: super::Lang) -> &'static HelpMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
