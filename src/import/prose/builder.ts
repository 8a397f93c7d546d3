/**
 * Bookkeeping of the prose parser: the part, area and group being read, the
 * statements and their stable numbers, the ledger and the numbering checks.
 * prose.ts decides what a paragraph is; this records it.
 */
import type { Statement } from '../../schema/plan';
import type { Diagnostic } from '../../schema/quality';
import type { Lines, RawArea } from '../raw';
import { emptyResult } from '../raw';
import { areaKey } from '../areas';
import { foldVietnamese } from '../../text/fold';
import { numberingGaps, romanValue, type Paragraph } from './outline';
import { extractTargets, indicatorArea } from '../targets';

export type PartKind = 'goals' | 'tasks' | 'solutions' | 'budget' | 'duties' | 'other';
type Kind = Statement['kind'];

export function partKind(title: string): PartKind {
  const f = foldVietnamese(title);
  if (/to chuc thuc hien/.test(f)) return 'duties';
  if (/nhiem vu/.test(f)) return 'tasks';
  if (/giai phap/.test(f)) return 'solutions';
  if (/kinh phi/.test(f)) return 'budget';
  return /muc (tieu|dich)|yeu cau|chi tieu/.test(f) ? 'goals' : 'other';
}

function groupKind(title: string): Kind | undefined {
  const f = foldVietnamese(title);
  if (/^yeu cau/.test(f)) return 'requirement';
  if (/^(muc tieu|muc dich|(cac )?chi tieu)/.test(f)) return 'objective';
  if (/^nhiem vu/.test(f)) return 'task';
  return /^giai phap/.test(f) ? 'solution' : undefined;
}

const DEFAULT_KIND: Partial<Record<PartKind, Kind>> = { goals: 'objective', tasks: 'task', solutions: 'solution' };

/** Items under one heading ("b) Nhiệm vụ"): numbered `${prefix}.${count}`. */
export interface Group {
  prefix: string;
  kind: Kind;
  count: number;
  /** Last item, which "+" sub-bullets attach to. */
  parent: Statement | null;
  /** "Đến năm 2025:": every item until the next heading belongs to it. */
  leadin: { year: number; raw: string; statement: Statement } | null;
}

export class ProseBuilder {
  readonly res = emptyResult();
  part: { numeral: string; title: string; kind: PartKind } | null = null;
  area: RawArea | null = null;
  group: Group | null = null;
  readonly childLines = new Map<Statement, Lines[]>();
  private readonly parts: number[] = [];
  private readonly numbering = new Map<string, { n: number; p: Paragraph }[]>();

  constructor(private readonly opts: { file: string; plan: string; period: { from: number; to: number } }) {}

  diag(level: Diagnostic['level'], code: string, message: string, p?: Paragraph) {
    const { plan, file } = this.opts;
    this.res.diagnostics.push({ level, code, message, plan, file, ...(p ? { line: p.lines[0], text: p.text } : {}) });
  }

  ledger(p: Paragraph, to: string) {
    for (const r of p.raw) this.res.ledger.push({ line: r.line, text: r.text, to });
  }

  /** Records a printed number so that skips ("5." then "7.") can be reported at the end. */
  count(scope: string, number: string, p: Paragraph) {
    const n = Number(number.split('.').at(-1));
    this.numbering.set(scope, [...(this.numbering.get(scope) ?? []), { n, p }]);
  }

  startPart(numeral: string, title: string) {
    this.part = { numeral, title, kind: partKind(title) };
    this.parts.push(romanValue(numeral));
    this.area = null;
    this.group = null;
  }

  startArea(number: string, label: string, p: Paragraph) {
    this.count(`mục ${this.part!.numeral}`, number, p);
    if (!areaKey(label)) this.diag('warning', 'area-unknown', `Mục "${label}" không khớp lĩnh vực cải cách nào`, p);
    this.area = { number, label, statements: [], lines: [...p.lines] };
    this.res.areas.push(this.area);
    this.group = null;
    this.ledger(p, `area:${number}`);
  }

  startGroup(sub: string, title: string, p: Paragraph) {
    const a = this.ensureArea(p);
    const kind = groupKind(title) ?? DEFAULT_KIND[this.part!.kind] ?? 'objective';
    this.group = { prefix: `${a.number}.${sub}`, kind, count: 0, parent: null, leadin: null };
    this.ledger(p, `area:${a.number}`);
  }

  /** Text before any area heading of a part (I. MỤC TIÊU, IV. GIẢI PHÁP) belongs to the part itself. */
  ensureArea(p: Paragraph): RawArea {
    if (!this.area) {
      this.area = { number: this.part!.numeral, label: this.part!.title, statements: [], lines: [...p.lines] };
      this.res.areas.push(this.area);
    }
    return this.area;
  }

  ensureGroup(p: Paragraph): Group {
    const prefix = this.ensureArea(p).number;
    return (this.group ??= {
      prefix,
      kind: DEFAULT_KIND[this.part!.kind] ?? 'objective',
      count: 0,
      parent: null,
      leadin: null,
    });
  }

  targets(text: string, p: Paragraph, kind: Kind | 'duty') {
    const { period } = this.opts;
    const annual = period.from === period.to;
    const found = extractTargets(text, {
      areaLabel: this.area?.label ?? '',
      lines: [...p.lines],
      contextYear: this.group?.leadin?.year ?? null,
      contextRaw: this.group?.leadin?.raw ?? '',
      // An objective of a plan holds for the plan's period unless it names a year.
      defaultYear: annual || kind === 'objective' ? period.to : null,
      requireDeadline: !annual && kind !== 'objective',
    });
    // Plan-level targets ("Các chỉ tiêu cụ thể") belong to the area their measure is about.
    for (const t of found) if (!areaKey(t.areaLabel)) t.areaLabel = indicatorArea(t.text) ?? t.areaLabel;
    this.res.targets.push(...found);
  }

  addStatement(p: Paragraph, text: string, number?: string): Statement {
    const g = this.ensureGroup(p);
    g.count++;
    const s: Statement = {
      kind: g.kind,
      number: number ?? `${g.prefix}.${g.count}`,
      text,
      children: [],
      source: { file: this.opts.file, lines: [...p.lines] },
    };
    this.area!.statements.push(s);
    this.grow(this.area!.lines, p);
    this.ledger(p, `statement:${s.number}`);
    this.targets(text, p, s.kind);
    return s;
  }

  addChild(parent: Statement, p: Paragraph, text: string) {
    parent.children.push(text);
    this.childLines.set(parent, [...(this.childLines.get(parent) ?? []), [...p.lines]]);
    this.grow(parent.source.lines, p);
    this.grow(this.area!.lines, p);
    this.ledger(p, `statement:${parent.number}`);
    this.targets(text, p, parent.kind);
  }

  private grow(lines: Lines, p: Paragraph) {
    lines[1] = Math.max(lines[1], p.lines[1]);
  }

  /** Skipped or repeated numbers, as warnings: the document is read anyway. */
  reportNumbering() {
    for (const gap of numberingGaps(this.parts))
      this.diag('warning', 'numbering-gap', `Số thứ tự La Mã không liên tục: phần ${gap.after} → ${gap.found}`);
    for (const [scope, seq] of this.numbering)
      for (const gap of numberingGaps(seq.map((s) => s.n))) {
        const at = seq.find((s) => s.n === gap.found)!.p;
        this.diag('warning', 'numbering-gap', `Số thứ tự nhảy từ ${gap.after} sang ${gap.found} (${scope})`, at);
      }
  }
}
