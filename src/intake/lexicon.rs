//! The words the extractor knows: measure words, set phrases, rates, verbs
//! and the markers of cadence, persons, direction and past results. One
//! place, so that teaching it a word is one edit here and one test.

/// Measure words that make a number a quantity, longest first so that
/// `个工作日` wins over `个`.
pub(crate) const MEASURES: &[&str] = &[
    "个百分点",
    "百分点",
    "万平方米",
    "平方米",
    "公里",
    "立方米",
    "千米",
    "万千瓦",
    "千瓦",
    "米",
    "吨",
    "公顷",
    "个工作日",
    "工作日",
    "个月",
    "万人次",
    "人次",
    "万元",
    "亿元",
    "万件",
    "万份",
    "万人",
    "小时",
    "学时",
    "课时",
    "分钟",
    "场次",
    "批次",
    "家次",
    "篇次",
    "期次",
    "次",
    "个",
    "篇",
    "项",
    "条",
    "名",
    "人",
    "期",
    "场",
    "份",
    "家",
    "件",
    "批",
    "本",
    "部",
    "套",
    "所",
    "户",
    "支",
    "轮",
    "堂",
    "节",
    "门",
    "天",
    "类",
    "例",
    "座",
    "台",
    "处",
    "元",
    "字",
    "课",
    "组",
    "册",
    "种",
    "首",
    "幅",
    "集",
    "棵",
    "株",
    "盏",
    "辆",
    "张",
    "亩",
    "岁",
    "间",
];

/// Measures that are durations or shares of a whole, never a count to
/// reach: the number is listed as unmatched instead.
pub(crate) const NOT_COUNTS: &[&str] = &["个百分点", "百分点", "个月"];

/// Set phrases and names with numerals in them that are never targets.
pub(crate) const SET_PHRASES: &[&str] = &[
    "两个确立",
    "两个维护",
    "四个意识",
    "四个自信",
    "四个全面",
    "两个大局",
    "两个务必",
    "三个务必",
    "两个结合",
    "两个毫不动摇",
    "三会一课",
    "第一议题",
    "三服务",
    "三重一大",
    "十四五",
    "十五五",
    "十三五",
    "二十大",
    "二十届",
    "十九大",
    "一岗双责",
    "两学一做",
    "四下基层",
    "四风",
    "五级联动",
    "三专",
    "双随机一公开",
    "一对一",
    "八项规定",
    "两会",
    "三农",
    "五位一体",
    "三严三实",
    "两优一先",
    "三个区分开来",
    "一把手",
    "一盘棋",
    "一张图",
    "一网通办",
    "一网统管",
    "一件事",
    "一站式",
    "一次性",
    "二次供水",
    "二次污染",
    "二次创业",
    "二次开发",
    "一线",
    "一批",
    "一系列",
    "一体化",
    "最多跑一次",
    "一窗受理",
    "七一",
    "五一",
    "十一",
    "六稳",
    "六保",
    "三大攻坚战",
    "百千万",
    "千万工程",
    "五个必由之路",
    "第一时间",
    "第一责任人",
    "统一",
    "唯一",
    "同一",
    "单一",
    "之一",
    "逐一",
    "合一",
    "划一",
    "万一",
    "专一",
    "其一",
    "一一",
];

/// Rates of two counts: the rate word, its numerator and denominator.
/// Longest first, so that `按时办结率` wins over `办结率`.
pub(crate) const RATIOS: &[(&str, &str, &str)] = &[
    ("按时办结率", "按时办结", "受理"),
    ("按期办结率", "按期办结", "受理"),
    ("按时完成率", "按时完成", "交办"),
    ("一次办结率", "一次办结", "受理"),
    ("办结率", "办结", "受理"),
    ("办复率", "办复", "交办"),
    ("答复率", "答复", "受理"),
    ("回复率", "回复", "受理"),
    ("满意率", "满意", "回访"),
    ("响应率", "响应", "受理"),
    ("出勤率", "出勤", "应出勤"),
    ("参训率", "参训", "应参训"),
    ("参与率", "参与", "应参与"),
    ("参会率", "参会", "应参会"),
    ("参学率", "参学", "应参学"),
    ("采用率", "采用", "报送"),
    ("合格率", "合格", "抽查"),
    ("完成率", "完成", "任务"),
    ("落实率", "落实", "交办"),
    ("解决率", "解决", "受理"),
    ("好评率", "好评", "评价"),
];

/// Words after which a measured level follows (覆盖率, 占比): the target is
/// a threshold unless the word is one of [`RATIOS`].
pub(crate) const LEVEL_ENDINGS: &[char] = &['率', '比', '度', '重', '例'];

/// Verbs that make a percentage a change against a baseline, with the
/// direction that is better.
pub(crate) const RAISE_VERBS: &[&str] = &["提升", "提高", "增长", "增加", "上升", "增幅"];
/// Verbs of a reduction.
pub(crate) const LOWER_VERBS: &[&str] = &["压缩", "缩短", "降低", "减少", "下降", "压减", "精简"];

/// Words meaning "at least" (≥).
pub(crate) const AT_LEAST: &[&str] = &[
    "不少于",
    "不低于",
    "至少",
    "以上",
    "达到",
    "超过",
    "力争",
    "不小于",
];
/// Words meaning "at most" (≤).
pub(crate) const AT_MOST: &[&str] = &[
    // 居民消费价格指数涨幅3%左右: a price rise is kept under its line.
    "涨幅",
    // 城镇调查失业率5.5%左右: a rate of harm is kept under its line.
    "失业率",
    "死亡率",
    "发病率",
    "发生率",
    "事故率",
    "不超过",
    "不高于",
    "不多于",
    "以内",
    "以下",
    "控制在",
    "低于",
    "压减至",
    "压缩至",
    "缩短至",
    "减少到",
    "减少至",
    "降至",
    "降低到",
    "降低至",
];

/// Words naming a group whose every member carries a per-person target
/// when followed by a 每 word (班子成员每年…).
pub(crate) const GROUPS: &[&str] = &[
    "中心组成员",
    "班子成员",
    "领导班子成员",
    "党组成员",
    "领导干部",
    "党员干部",
    "党员",
    "干部职工",
    "干部",
    "支部书记",
    "处级干部",
    "科级干部",
    "成员",
    "教师",
    "老师",
    "班主任",
    "职工",
    "员工",
    "医务人员",
    "副校长",
    "校长",
    "教导主任",
    "教务主任",
    "教研组长",
    "备课组长",
];

/// Verbs of a commitment that is done once (a milestone) even without a
/// date: 建立制度, 修订规则, 设立奖项.
pub(crate) const MILESTONE_VERBS: &[&str] = &[
    "研究制定",
    "制定出台",
    "修订完善",
    "建立",
    "修订",
    "制定",
    "出台",
    "印发",
    "设立",
    "编制",
    "明确",
    "建成",
    "上线",
    "组建",
    "开通",
    "修改",
    "起草",
    "公布",
];

/// Verbs that, when the sentence gives a deadline, make the clause a
/// milestone even when its object is not one of [`CONCRETE`].
pub(crate) const DATED_VERBS: &[&str] = &[
    "完成", "建立", "修订", "制定", "出台", "印发", "设立", "编制", "建成", "上线", "启动", "实现",
    "召开", "举办", "提交", "推出", "开通", "形成", "部署", "组建", "开展", "报送", "筹备", "建设",
    "起草", "发布", "推行", "上报", "报区", "报市", "报县", "组织", "评选", "规范", "报告", "创建",
];

/// Words that make a dated clause an aspiration, not a deliverable
/// (实现新突破, 建成…体系, 水平明显提升).
pub(crate) const VAGUE: &[&str] = &[
    "新突破",
    "基本实现",
    "新成效",
    "新进展",
    "新局面",
    "新水平",
    "体系",
    "水平",
    "明显",
    "大幅",
    "更加",
    "进一步",
    "不断",
];

/// Words before a milestone verb that make it ongoing work, not a
/// one-off commitment (建立健全, 完善).
pub(crate) const ONGOING: &[&str] = &["健全", "完善", "深化", "持续", "不断", "逐步"];

/// Objects that make an undated commitment concrete enough to be done
/// once: a rule, a mechanism, a list, a prize, a system.
pub(crate) const CONCRETE: &[&str] = &[
    "制度", "机制", "规则", "办法", "方案", "清单", "奖", "细则", "规定", "意见", "规划", "指引",
    "台账", "》", "平台", "系统", "标准", "目录", "手册", "指南", "专班", "章程", "规程", "预案",
];

/// Headings whose section tells what was done (a summary), not what will
/// be done.
pub(crate) const PAST_HEADINGS: &[&str] = &[
    "情况",
    "总结",
    "成效",
    "回顾",
    "主要做法",
    "成绩",
    "进展",
    "亮点",
    "经验",
    "存在问题",
    "存在的问题",
    "不足",
];
/// Headings whose section is the plan.
pub(crate) const PLAN_HEADINGS: &[&str] = &[
    "打算",
    "计划",
    "安排",
    "要点",
    "思路",
    "下一步",
    "重点任务",
    "主要任务",
    "工作任务",
    "目标任务",
    "工作目标",
    "主要目标",
    "总体目标",
    "举措",
    "工作措施",
    "保障措施",
];

/// Words that make a target a 年度指标 (judged at the end of the year, not
/// prorated). 全年 is not one: 全年组织6次 is a count for the year.
pub(crate) const ANNUAL_CUES: &[&str] = &[
    "年度指标",
    "年度考核指标",
    "按年度考核",
    "按年考核",
    "年终考核",
    "年底考核",
    "年末考核",
];

/// Words that make a sentence a past result wherever it stands.
pub(crate) const PAST_MARKERS: &[&str] = &[
    "今年以来",
    "年以来",
    "去年以来",
    "去年",
    "累计",
    "截至目前",
    "截至年底",
    "先后",
    "已经",
    "已完成",
    "已建成",
    "已累计",
    "共组织",
    "共开展",
    "共举办",
    "共计",
    "共召开",
    "共完成",
    "完成了",
    "开展了",
    "组织了",
    "召开了",
    "举办了",
];

/// Leading words stripped from a proposal's title.
pub(crate) const TITLE_LEADS: &[&str] = &[
    "同时",
    "并且",
    "确保",
    "力争",
    "推动",
    "全年计划",
    "计划",
    "并",
    "还",
    "要",
    "将",
    "其中",
    "另外",
    "切实",
];

/// Whether `s` at `i` starts with `word`.
pub(crate) fn starts_with(s: &[char], i: usize, word: &str) -> bool {
    (i..).zip(word.chars()).all(|(j, w)| s.get(j) == Some(&w))
}

/// The first word of `words` that `s` starts with at `i`, longest listed
/// first.
pub(crate) fn word_at<'a>(s: &[char], i: usize, words: &[&'a str]) -> Option<&'a str> {
    words.iter().copied().find(|w| starts_with(s, i, w))
}

/// The last position in `s[from..to]` where one of `words` starts, and the
/// word.
pub(crate) fn last_word<'a>(
    s: &[char],
    from: usize,
    to: usize,
    words: &[&'a str],
) -> Option<(usize, &'a str)> {
    (from..to)
        .rev()
        .find_map(|i| word_at(s, i, words).map(|w| (i, w)))
        .filter(|(i, w)| i + w.chars().count() <= to)
}

/// Whether one of `words` occurs in `s[from..to]`.
pub(crate) fn has_word(s: &[char], from: usize, to: usize, words: &[&str]) -> bool {
    (from..to).any(|i| {
        word_at(s, i, words)
            .map(|w| i + w.chars().count() <= to)
            .unwrap_or(false)
    })
}

/// Whether `c` is a Chinese character (CJK unified ideograph).
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
