/**
 * The hand audits of tests/audit/verdicts.yaml as gold facts: every field a
 * person found right must still read the same, every field found wrong must
 * be marked doubtful on its page, and each audit must be the sample the tool
 * draws for its seed, checked field by field.
 */
import { describe, expect, it } from 'vitest';
import { importContent } from '../../scripts/lib/pipeline';
import { readYaml } from '../../scripts/lib/input-file';
import { auditedFields, fieldValue, sampleTasks } from '../../scripts/lib/audit';
import { auditFileSchema, type Task } from '../../src/schema';

const corpus = importContent('content');
const { audits } = readYaml('tests/audit/verdicts.yaml', auditFileSchema());
const byUrl = new Map(corpus.tasks.map((t) => [t.url, t]));
const units = new Map(corpus.units.map((u) => [u.id, u.name]));
const unitName = (id: string) => units.get(id) ?? id;
const fieldsOf = (t: Task) =>
  auditedFields(
    corpus.tasks.filter((x) => x.plan === t.plan),
    unitName,
  );

describe('hand audits (tests/audit/verdicts.yaml)', () => {
  it('hold at least 100 distinct random tasks', () => {
    expect(new Set(audits.flatMap((a) => a.verdicts.map((v) => v.task))).size).toBeGreaterThanOrEqual(100);
  });

  for (const audit of audits)
    describe(`seed ${audit.seed}, ${audit.sample} tasks, ${audit.by}, ${audit.on}`, () => {
      it('is the sample the tool draws for this seed, every audited field of it judged once', () => {
        const drawn = sampleTasks(corpus.tasks, audit.sample, audit.seed);
        const expected = drawn.flatMap((t) => fieldsOf(t).map((f) => `${t.url}#${f}`)).sort();
        const judged = audit.verdicts.map((v) => `${v.task}#${v.field}`).sort();
        expect(judged).toEqual(expected);
      });

      it('fields found right still read as the person read them in the source', () => {
        const changed = audit.verdicts
          .filter((v) => v.verdict === 'right')
          .filter((v) => fieldValue(byUrl.get(v.task)!, v.field, unitName) !== v.value)
          .map((v) => `${v.task}#${v.field}: ${fieldValue(byUrl.get(v.task)!, v.field, unitName)}`);
        expect(changed).toEqual([]);
      });

      it('fields found wrong are still wrong (else record them right) and marked doubtful', () => {
        for (const v of audit.verdicts.filter((x) => x.verdict === 'wrong')) {
          const t = byUrl.get(v.task)!;
          expect(fieldValue(t, v.field, unitName), `${v.task}#${v.field}`).not.toBe(v.value);
          expect(t.confidence[v.field], `${v.task}#${v.field}`).toBe('doubtful');
        }
      });

      it('finds at least 99.5 % of fields right', () => {
        const right = audit.verdicts.filter((v) => v.verdict === 'right').length;
        expect(right / audit.verdicts.length).toBeGreaterThanOrEqual(0.995);
      });
    });
});
