/**
 * `npm run audit -- --sample 50 --seed N`: prints random tasks field by
 * field beside their source lines, for a person to check by hand.
 *
 *   --record --by NAME [--wrong '/plan/slug/#field=value as read' ...] [--note '/plan/slug/#field=what was wrong']
 *     writes the checked sample to tests/audit/verdicts.yaml (one audit per
 *     seed, replaced if drawn again): every printed field is `right` with its
 *     printed value, except those given with --wrong, which record the value
 *     the person read in the source. The unit tests then hold the data to it.
 *   --file F   another verdict file (default tests/audit/verdicts.yaml)
 *   --only ID  print one task (its permalink), e.g. to re-check a fix
 */
import { existsSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { importContent } from './lib/pipeline';
import { InputError, readYaml } from './lib/input-file';
import { auditedFields, fieldValue, sampleTasks } from './lib/audit';
import { auditFileSchema, TASK_FIELDS, type Audit, type Task, type TaskField, type Verdict } from '../src/schema';

interface Args {
  sample: number;
  seed: number;
  record: boolean;
  by: string;
  file: string;
  only: string;
  wrong: Map<string, string>;
  notes: Map<string, string>;
}

function usage(message: string): never {
  console.error(`audit: ${message}`);
  process.exit(2);
}

/** '/plan/slug/#field=value' → ['/plan/slug/#field', 'value']. */
function keyed(arg: string, flag: string): [string, string] {
  const m = /^(\/[a-z0-9-]+\/[a-z0-9-]+\/#([a-z]+))=([\s\S]*)$/.exec(arg);
  if (!m || !(TASK_FIELDS as readonly string[]).includes(m[2]!))
    usage(`${flag} cần dạng '/kế-hoạch/số/#trường=giá trị' (trường: ${TASK_FIELDS.join(', ')}): ${arg}`);
  return [m[1]!, m[3]!];
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    sample: 50,
    seed: 1,
    record: false,
    by: '',
    file: 'tests/audit/verdicts.yaml',
    only: '',
    wrong: new Map(),
    notes: new Map(),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = () => argv[++i] ?? usage(`${flag} cần một giá trị`);
    const int = () => {
      const v = value();
      if (!/^\d+$/.test(v)) usage(`${flag} cần một số nguyên: ${v}`);
      return Number(v);
    };
    if (flag === '--sample') args.sample = int();
    else if (flag === '--seed') args.seed = int();
    else if (flag === '--record') args.record = true;
    else if (flag === '--by') args.by = value();
    else if (flag === '--file') args.file = value();
    else if (flag === '--only') args.only = value();
    else if (flag === '--wrong') args.wrong.set(...keyed(value(), flag));
    else if (flag === '--note') args.notes.set(...keyed(value(), flag));
    else usage(`không hiểu tham số ${flag}`);
  }
  if (args.record && !args.by) usage('--record cần --by <người kiểm tra>');
  return args;
}

const MARK: Record<'certain' | 'doubtful', string> = { certain: ' ', doubtful: '?' };

function show(t: Task, fields: TaskField[], unitName: (id: string) => string, source: string[]): void {
  const [first, last] = t.source.lines;
  console.log(`\n=== ${t.url}  (${t.source.file}:${first}-${last}) ${t.areaLabel}`);
  for (const f of fields) {
    const doubts = t.doubts.filter((d) => d.field === f).map((d) => d.reason);
    const why = doubts.length ? `  [${[...new Set(doubts)].join(', ')}]` : '';
    console.log(`${MARK[t.confidence[f]]} ${f.padEnd(10)} ${fieldValue(t, f, unitName) || '∅'}${why}`);
  }
  console.log('--- văn bản gốc');
  for (let n = first; n <= last; n++) {
    const line = source[n - 1] ?? '';
    if (!line.trim()) continue;
    // Table cells one per line, numbered from 1 as the header counts them.
    const cells = line.split('\t');
    console.log(
      cells.length > 1
        ? `${String(n).padStart(5)}: ${cells.map((c, k) => `\n        [${k + 1}] ${c}`).join('')}`
        : `${String(n).padStart(5)}: ${line}`,
    );
  }
}

function record(args: Args, sample: Task[], fieldsOf: (t: Task) => TaskField[], unitName: (id: string) => string) {
  const file = existsSync(args.file) ? readYaml(args.file, auditFileSchema()) : { audits: [] };
  const verdicts: Verdict[] = sample.flatMap((t) =>
    fieldsOf(t).map((field) => {
      const key = `${t.url}#${field}`;
      const read = args.wrong.get(key);
      const note = args.notes.get(key);
      return {
        task: t.url,
        field,
        verdict: read === undefined ? ('right' as const) : ('wrong' as const),
        value: read ?? fieldValue(t, field, unitName),
        ...(note ? { note } : {}),
      };
    }),
  );
  const keys = new Set(verdicts.map((v) => `${v.task}#${v.field}`));
  for (const k of [...args.wrong.keys(), ...args.notes.keys()]) if (!keys.has(k)) usage(`${k} không thuộc mẫu này`);
  const audit: Audit = {
    seed: args.seed,
    sample: sample.length,
    by: args.by,
    on: new Date().toISOString().slice(0, 10),
    verdicts,
  };
  const audits = [...file.audits.filter((a) => a.seed !== args.seed), audit].sort((a, b) => a.seed - b.seed);
  const header =
    '# Kiểm tra bằng tay: mỗi mẫu rút bằng `npm run audit -- --sample N --seed S`, từng trường đối chiếu\n' +
    '# với văn bản gốc. value = giá trị đọc được trong văn bản (dạng như công cụ in ra). Kiểm thử đơn vị\n' +
    '# (tests/unit/audit.test.ts) giữ dữ liệu đúng với mọi kết luận "right" và buộc trường "wrong" bị đánh dấu nghi ngờ.\n';
  writeFileSync(args.file, header + stringify({ audits }, { lineWidth: 0, singleQuote: true }));
  const wrong = verdicts.filter((v) => v.verdict === 'wrong').length;
  console.log(`\nĐã ghi ${verdicts.length} kết luận (${wrong} sai) vào ${args.file}.`);
}

try {
  const args = parseArgs(process.argv.slice(2));
  const corpus = importContent('content');
  const units = new Map(corpus.units.map((u) => [u.id, u.name]));
  const unitName = (id: string) => units.get(id) ?? id;
  const byPlan = new Map<string, TaskField[]>();
  for (const p of corpus.plans)
    byPlan.set(
      p.id,
      auditedFields(
        corpus.tasks.filter((t) => t.plan === p.id),
        unitName,
      ),
    );
  const fieldsOf = (t: Task) => byPlan.get(t.plan) ?? [];
  const sample = args.only
    ? corpus.tasks.filter((t) => t.url === args.only)
    : sampleTasks(corpus.tasks, args.sample, args.seed);
  if (!sample.length) usage(`không có nhiệm vụ ${args.only}`);
  const sources = new Map([...corpus.sources].map(([id, text]) => [id, text.split(/\r?\n/)]));
  console.log(
    `Mẫu ${sample.length} nhiệm vụ, seed ${args.seed}. Dấu "?" đầu dòng: trường đang được đánh dấu nghi ngờ (lý do trong ngoặc).`,
  );
  for (const t of sample) show(t, fieldsOf(t), unitName, sources.get(t.plan) ?? []);
  if (args.record) record(args, sample, fieldsOf, unitName);
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  console.error(e.lines.join('\n'));
  process.exit(1);
}
