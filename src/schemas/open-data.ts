import { z } from 'zod';
import { planSchema } from './plan.ts';
import { targetSchema } from './target.ts';

// The open-data contract: dist/data/targets.json (and .csv), plans.json and meta.json. Each field
// carries its meaning in both languages; the data page, the JSON Schema at /data/schema/ and the
// build's check of every export are all read from here.

/** A field with what it means, in English (`description`) and Chinese (`x-description-zh`). */
function field<T extends z.ZodType>(schema: T, en: string, zh: string): T {
  return schema.meta({ description: en, 'x-description-zh': zh });
}

const target = targetSchema.shape;
const plan = planSchema.shape;
const url = z.url();

export const targetRowSchema = z
  .object({
    id: field(target.id, 'Permanent id of the target: <plan>/<paragraph>-t<n>', '目标的永久标识：<规划>/<段落编号>-t<序号>'),
    plan: field(target.plan, 'The plan’s id (slug)', '规划的标识（slug）'),
    seed: field(z.string(), 'File name of the source text (the seed)', '原文种子文件名'),
    city_zh: field(z.string(), 'The plan’s place, in Chinese', '规划所属地方（中文）'),
    city_en: field(z.string(), 'The plan’s place, in English', '规划所属地方（英文）'),
    kind: field(target.kind, 'target, baseline or achievement (a past result)', 'target 目标、baseline 基线或 achievement 既往成果'),
    metric_zh: field(target.metric_zh, 'What is measured, as written', '指标，照原文'),
    metric_key: field(target.metric_key, 'A metric code comparable across places (null if none applies)', '可跨地区比较的指标代码（未归类时为 null）'),
    metric_en: field(z.string().nullable(), 'The comparable metric’s English name', '可比指标的英文名称'),
    metric_text_en: field(z.string().nullable(), 'What is measured, in English: the translation of metric_zh (null until translated)', '指标的英文译文（metric_zh 的翻译；尚未翻译时为 null）'),
    value: field(target.value, 'The normalized number: 1.2万 → 12000, 90%以上 → 90', '规范化后的数值：“1.2万”记为 12000，“90%以上”记为 90'),
    value_max: field(target.value_max, 'Upper end of a range such as 1—2门 (null if not a range)', '区间的上限，如“1—2门”中的 2（非区间时为 null）'),
    unit: field(target.unit, 'Unit as written, without the magnitude: %, 人次, 个 … (empty when the text gives none)', '单位，照原文，不含数量级：%、人次、个……（原文无单位时为空）'),
    unit_en: field(z.string(), 'The unit in English, as it follows a number: person-times, people (empty for a count word such as 个)', '单位的英文，写在数字之后（“个”等量词为空）'),
    comparator: field(target.comparator, 'Relation: >= (at least: 以上, 不少于), = , ~ (about: 左右), <= (at most)', '比较关系：>=（以上、不少于）、=、~（约、左右）、<=（以内）'),
    figure: field(target.figure, 'The figure as it reads in the text, e.g. 1.2万名以上', '原文中的数字写法，如“1.2万名以上”'),
    deadline_year: field(target.deadline_year, 'Year by which a target is to be met (null if none)', '目标的截止年份（无则为 null）'),
    as_of_year: field(target.as_of_year, 'Year a baseline or achievement describes', '基线或成果所指的年份'),
    period: field(target.period, 'Span the figure covers, e.g. 2021-2025 (null if none)', '数字涵盖的期间，如 2021-2025（无则为 null）'),
    frequency: field(target.frequency, 'per-semester or per-year, for recurring targets', '频率：per-semester 每学期、per-year 每年'),
    group: field(target.group, 'Population group: youth, farmers, workers, elderly, officials or general', '人群代码：youth、farmers、workers、elderly、officials、general'),
    section: field(target.section, 'Id of the improvement action or key project the sentence belongs to', '所属提升行动或重点工程的标识'),
    quote: field(target.quote, 'The source sentence, exactly as in the seed file', '原文句子，与种子文件逐字相同'),
    line: field(target.line, 'Line of the sentence in the seed file', '句子在种子文件中的行号'),
    url: field(url, 'Permanent link to the sentence (Chinese page)', '原文句子的永久链接（中文页面）'),
    url_en: field(url, 'Permanent link to the sentence (English page)', '原文句子的永久链接（英文页面）'),
    corrected: field(z.boolean(), 'Whether the editors corrected what was read from the sentence (content/corrections)', '编辑是否更正了从原句读取的结果'),
    original: field(z.record(z.string(), z.unknown()).nullable(), 'The fields as first read, before the correction (null if not corrected, or for a target the editors added)', '更正前读取的字段（未更正或为编辑补充的目标时为 null）'),
    correction_reason: field(z.string().nullable(), 'Why it was corrected', '更正理由'),
    outcome_status: field(z.enum(['achieved', 'partly', 'not-achieved', 'not-reported']).nullable(), 'What was reported, against the deadline: achieved, partly (short of it before the deadline year), not-achieved (short of it for the deadline year or later) or not-reported; null for baselines and achievements', '报告的实现情况：achieved 已实现、partly 部分实现（截止年之前的报告未达到）、not-achieved 未实现（截止年或之后的报告未达到）、not-reported 未报告；基线和成果为 null'),
    outcome_reached: field(z.number().nullable(), 'The value in the latest report, in the target’s unit', '最近一次报告的数值（单位同目标）'),
    outcome_as_of: field(z.string().nullable(), 'The date the latest report describes (YYYY-MM-DD)', '最近一次报告所指的日期'),
    outcome_source: field(z.string().nullable(), 'Its original publisher and document: 中国科学技术协会《…》', '报告的发布机构和文件'),
    outcome_url: field(z.url().nullable(), 'The publisher’s own page of the report, if known', '报告在发布机构网站上的网址'),
  })
  .strict()
  .meta({ title: 'Target', description: 'A quantitative target, baseline or past achievement, read from one sentence of a plan' });

/** A unit (department) as the plan writes it, beside its department's canonical short name. */
const unitSchema = z.object({ as_written: z.string(), department: z.string() }).strict();
const units = (en: string, zh: string) => field(z.array(unitSchema), `${en}: each {as_written, department}, the plan’s own words beside the canonical Chinese short name`, `${zh}：每项含原文写法 as_written 和规范简称 department`);
const measureSchema = z.object({ order: z.number().int(), title_zh: z.string(), lead_units: z.array(unitSchema), cooperating_units: z.array(unitSchema) }).strict();
const sectionFields = {
  order: field(z.number().int().positive(), 'Its number in the plan', '在规划中的序号'),
  name_zh: field(z.string(), 'Its name, as written', '名称，照原文'),
  key: field(z.string(), 'Its id', '标识'),
  lead_units: units('Lead units', '牵头单位'),
  cooperating_units: units('Cooperating units', '配合单位'),
  measures: field(z.array(measureSchema), 'Its measures: {order, title_zh, lead_units, cooperating_units}', '主要举措：序号、标题、牵头单位和配合单位'),
};

export const planRowSchema = z
  .object({
    slug: field(plan.slug, 'The plan’s id', '规划的标识'),
    seed: field(z.string(), 'File name of the source text', '原文种子文件名'),
    sha256: field(z.string().regex(/^[0-9a-f]{64}$/u), 'sha256 of the seed file the data was read from', '所读种子文件的 sha256'),
    url: field(url, 'The plan’s page (Chinese)', '规划页面（中文）'),
    url_en: field(url, 'The plan’s page (English)', '规划页面（英文）'),
    title_zh: field(plan.title_zh, 'Title, as published', '标题，照原文'),
    kind: field(plan.kind, 'kepu-plan (science popularization) or literacy-plan (scientific literacy)', 'kepu-plan 科普规划，literacy-plan 科学素质实施方案'),
    city_zh: field(plan.city_zh, 'The plan’s place: a province, city, county or district', '规划所属地方：省、市、县或区'),
    city_en: field(z.string(), 'The place in English', '地方的英文名'),
    province_zh: field(plan.province_zh, 'Its province', '所属省份'),
    parent_zh: field(plan.parent_zh, 'The city or province a county-level place belongs to', '县级地方所属的市或省'),
    level: field(plan.level, 'province, prefecture, county-level, county, district or unknown', '级别：province 省级、prefecture 地级、county-level 县级市、county 县、district 区、unknown 未知'),
    place_code: field(plan.place_code, 'Six-digit code of the place (GB/T 2260), when known', '地方的六位行政区划代码（GB/T 2260）'),
    script: field(plan.script, 'simplified or traditional: the characters the text is written in', '原文字体：simplified 简体、traditional 繁体'),
    doc_number: field(plan.doc_number, 'Document number (文号), as written', '文号，照原文'),
    issuer_zh: field(plan.issuer_zh, 'Issuing body, as written', '发文机关，照原文'),
    issued: field(plan.issued, 'Date issued (YYYY-MM-DD)', '成文日期（YYYY-MM-DD）'),
    period: field(z.string().regex(/^\d{4}-\d{4}$/u).nullable(), 'Years covered, e.g. 2021-2025 (null when the plan states none)', '规划期，如 2021-2025（未写明时为 null）'),
    period_start: field(z.number().int().nullable(), 'First year of the period', '规划期起始年'),
    period_end: field(z.number().int().nullable(), 'Last year of the period', '规划期截止年'),
    vision_year: field(z.number().int().nullable(), 'Year of the long-range vision (远景目标), if any', '远景目标年份'),
    status: field(plan.status, 'final, or draft (for public comment)', 'final 正式，draft 征求意见稿'),
    comment: field(plan.comment, 'A draft’s comment window and contact (null for a final plan)', '征求意见稿的意见征集时间和联系方式（正式文件为 null）'),
    literacy: field(plan.literacy, 'Share of citizens with basic scientific literacy: baselines and target', '公民具备科学素质的比例：基线和目标'),
    actions: field(z.array(z.object({ ...sectionFields, group: z.string().nullable() }).strict()), 'Improvement actions (提升行动), each with its population group', '提升行动及其人群'),
    projects: field(z.array(z.object({ ...sectionFields, theme: z.string().nullable() }).strict()), 'Key projects (重点工程), each with its theme', '重点工程及其主题'),
    bases: field(z.array(z.object({ name_zh: z.string(), type: z.string(), status: z.string() }).strict()), 'Venues and bases named: {name_zh, type, status}', '提到的场馆和基地：名称、类型、状态'),
    activity_days: field(z.array(z.string()), 'Activity days named (canonical Chinese names)', '提到的活动日（规范中文名称）'),
    corrections: field(
      z.array(z.object({ correct: z.string(), quote: z.string(), removed: z.boolean(), entry: z.string().nullable(), original: z.record(z.string(), z.unknown()).nullable(), reason: z.string(), date: z.string(), file: z.string() }).strict()),
      'The editors’ corrections to what was read from the plan: what each corrects (correct, quote, entry), the reading it replaced (original; null for an added target), why and when',
      '编辑对读取结果的更正：更正对象（correct、quote、entry）、更正前的读取结果（original；补充的目标为 null）、理由和日期',
    ),
  })
  .strict()
  .meta({ title: 'Plan', description: 'A plan with its actions, projects, venues and activity days' });

export const metaSchema = z
  .object({
    commit: field(z.string().regex(/^[0-9a-f]{40}$/u).nullable(), 'The git commit the data was built from', '生成数据的 Git 提交'),
    commit_date: field(z.string().nullable(), 'Its date (ISO 8601)', '该提交的时间（ISO 8601）'),
    uncommitted_changes: field(z.boolean(), 'Whether seeds or content had changes not committed', '种子或内容是否有未提交的改动'),
    seeds: field(z.array(z.object({ file: z.string(), sha256: z.string(), plan: z.string() }).strict()), 'Each seed read, with its sha256 and plan', '读取的每个种子文件及其 sha256 和规划'),
    counts: field(z.object({ plans: z.number().int(), actions: z.number().int(), projects: z.number().int(), targets: z.number().int(), bases: z.number().int() }).strict(), 'How many of each there are', '各类数量'),
    files: field(z.array(z.string()), 'The files of the open data', '开放数据的文件'),
  })
  .strict()
  .meta({ title: 'Build', description: 'Which commit, of what date, the exports were built from' });

export const openDataSchemas = { targets: z.array(targetRowSchema), plans: z.array(planRowSchema), meta: metaSchema } as const;

export type TargetRow = z.output<typeof targetRowSchema>;
export type PlanRow = z.output<typeof planRowSchema>;
export type Meta = z.output<typeof metaSchema>;
