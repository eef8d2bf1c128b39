// Outcomes (content/outcomes/<plan>/<name>.yaml): what was reported for a target, recorded on it
// with its source, checked against the publishers catalog.
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../../src/ingest/run-ingest.ts';
import { memoryIO, seedFile, SEEDS } from '../../helpers/ingest.ts';

const PLAN = 'baotou-suzhi-2021-2025';
const dir = `content/outcomes/${PLAN}`;

function ingest(staff: Record<string, string>) {
  const memory = memoryIO([seedFile(SEEDS.baotou)], staff);
  return { ...memory, result: runIngest(memory.io) };
}

const report = (reached: number, asOf: string, extra = '') => `quote: “十四五”期间，培训高素质农牧民2万人次。
reached: ${reached}
as_of: ${asOf}
source:
  publisher: cast
  title_zh: 全民科学素质工作报告
  url: https://www.cast.org.cn/report.html
${extra}`;

describe('runIngest(with outcomes)', () => {
  it('records each report on its target, oldest first, with its source', () => {
    const { result, front } = ingest({ [`${dir}/farmers-2025.yaml`]: report(21000, '2025-12-31'), [`${dir}/farmers-2023.yaml`]: report(9000, '2023-12-31') });
    expect(result.ok, JSON.stringify(result.problems)).toBe(true);
    expect(front(`targets/${PLAN}/sx2-2-2-t1.yaml`)['outcomes']).toEqual([
      { reached: 9000, as_of: '2023-12-31', source: { publisher: 'cast', title_zh: '全民科学素质工作报告', url: 'https://www.cast.org.cn/report.html' }, file: `${dir}/farmers-2023.yaml` },
      { reached: 21000, as_of: '2025-12-31', source: { publisher: 'cast', title_zh: '全民科学素质工作报告', url: 'https://www.cast.org.cn/report.html' }, file: `${dir}/farmers-2025.yaml` },
    ]);
  });

  it('refuses a source link that is not its publisher’s own page, and a publisher the catalog does not have, naming file and line', () => {
    const { log } = ingest({
      [`${dir}/copy.yaml`]: report(21000, '2025-12-31').replace('https://www.cast.org.cn/report.html', 'https://www.sohu.com/a/123'),
      [`${dir}/unknown.yaml`]: report(21000, '2025-12-31').replace('publisher: cast', 'publisher: baotou-kexie'),
    });
    expect(log.filter((l) => l.startsWith('content/'))).toEqual([
      `${dir}/copy.yaml:7:1: error [source.url] www.sohu.com is not a host of 中国科学技术协会 (cast.org.cn): link the publisher’s own page, or leave url out if only a copy exists`,
      `${dir}/unknown.yaml:5:1: error [source.publisher] no publisher “baotou-kexie” in content/catalog/publishers.yaml: name the original publisher of the report by its key, or add it there`,
    ]);
  });

  it('reports an outcome for a sentence without a target', () => {
    const { log } = ingest({ [`${dir}/none.yaml`]: report(1, '2025-12-31').replace('“十四五”期间，培训高素质农牧民2万人次。', '完善青少年科学教育体系') });
    expect(log).toContain(`${dir}/none.yaml:1:1: error [quote] the sentence has no figure read as a target (to add one, commit a correction with correct: missed-target)`);
  });
});
