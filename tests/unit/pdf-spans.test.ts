/**
 * The PDF layout's fast paths must give what the plain definitions give, to
 * the last bit: the folding and glyph tables, the candidate cells grown a
 * piece at a time (pdf-spans), and the programme that prunes and reorders
 * its candidates (pdf-layout), against a plain dynamic programme over every
 * candidate in order, on the real PDF plan (hai-lang-2024) and synthetic ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/text/fold';
import { type Piece, type Role, readTable } from '../../src/import/pdf/cells';
import { contentCost, features } from '../../src/import/pdf/content';
import { type Cues, fold, mentionsTime, opensWithAcronym, startsLower, timeMatchEnd } from '../../src/import/pdf/cues';
import { textWidth } from '../../src/import/pdf/glyphs';
import {
  LAYOUT_COST,
  MAX_CELL,
  type Row,
  SKIP,
  type Widths,
  estimateWidths,
  layoutItem,
} from '../../src/import/pdf/layout';
import { layoutItems } from '../../src/import/pdf/rows';
import { SpanTable } from '../../src/import/pdf/spans';
import { cellLines, cellText, fittedCost, widthCost, wrapShape } from '../../src/import/pdf/wrap';
import { planSpec } from '../../bench/corpus/plan';
import { renderPdf } from '../../bench/corpus/pdf';
import { Rng } from '../../bench/corpus/rng';
import { issuers, readRegistry, extendRegistry } from '../../bench/corpus/units';

const real = readFileSync('content/sources/hai-lang-2024.txt', 'utf8');

function synthetic(seed: number): string {
  const r = new Rng(seed);
  const issuer = issuers(extendRegistry(readRegistry('content/units.yaml'))).filter((i) => i.kind === 'district')[
    seed
  ]!;
  return renderPdf(planSpec(r, `syn-${seed}`, 'pdf-text', issuer, 30, 2024), r);
}

/** Each numbered item's pieces, as parsePdfTable groups them; fresh objects on each call. */
function items(text: string, cues: Cues = {}): { roles: Role[]; items: Piece[][] } {
  const stream = readTable(text, cues)!;
  const out: Piece[][] = [];
  for (const item of stream.items) {
    if (item.kind === 'row') out.push([]);
    else if (item.kind === 'piece' && out.length > 0) out[out.length - 1]!.push(item.piece);
  }
  return { roles: stream.columns.filter((r) => r !== 'tt'), items: out };
}

/** The layout programme without bounds or caches: every cell from every start, in order. */
function plainLayout(
  pieces: readonly Piece[],
  roles: readonly Role[],
  widths: Widths,
  cues: Cues,
  carry?: Partial<Record<Role, string>>,
): Row[] {
  const n = pieces.length;
  const m = roles.length;
  if (n === 0) return [];
  const sums = [[0], [0]];
  roles.forEach((r, k) => {
    sums[0]!.push(sums[0]![k]! + (SKIP[r] ?? 0));
    sums[1]!.push(sums[1]![k]! + (r === 'task' || r === 'objective' ? 0 : (SKIP[r] ?? 0)));
  });
  const skip = (from: number, to: number, cont: boolean) =>
    to <= from ? 0 : sums[cont ? 1 : 0]![to]! - sums[cont ? 1 : 0]![from]!;
  const C = LAYOUT_COST;
  const S = 2 * m;
  const best = new Float64Array((n + 1) * S).fill(Infinity);
  const back = new Int32Array((n + 1) * S).fill(-1);
  const carryCost = (role: Role, text: string) => {
    const prev = carry?.[role];
    if (prev === undefined) return C.carryMissing;
    const width = widths[role] ?? 0;
    const complete = textWidth(prev) < width * 0.7 ? C.carryComplete : 0;
    return complete + fittedCost(prev, text, Math.max(textWidth(prev), width * 0.85));
  };
  const opening = pieces.map((first, i) => {
    const acronym = opensWithAcronym(first.text, cues) ? C.acronymStart : 0;
    let bullets = false;
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      if (/^[-+•]/.test(pieces[k]!.text)) bullets = true;
      if (bullets || pieces[k]!.gap !== 'soft') break;
    }
    return {
      acronym,
      lower: (startsLower(first.text) ? C.lowerStart : 0) + acronym,
      empty: first.gap === 'empty',
      bulletRun: bullets && /^[-+•]/.test(first.text),
      carry: carry ? roles.map((r) => carryCost(r, first.text) + acronym) : [],
    };
  });
  for (let j = 1; j <= n; j++)
    for (let i = Math.max(0, j - MAX_CELL); i < j; i++) {
      const span = pieces.slice(i, j);
      const wrap = wrapShape(cellLines(span));
      const f = features(cellText(span), cues);
      const o = opening[i]!;
      const from: number[] = [];
      if (i > 0) for (let a = 0; a < S; a++) if (best[i * S + a]! < Infinity) from.push(a);
      for (let c = 0; c < m; c++) {
        const own = wrap.cost + widthCost(wrap, widths[roles[c]!]) + contentCost(f, roles[c]!);
        if (i === 0) {
          const total = own + (carry ? o.carry[c]! - o.acronym : o.lower) + skip(0, c, carry !== undefined);
          if (total < best[j * S + c + m]!) [best[j * S + c + m], back[j * S + c + m]] = [total, -1];
          continue;
        }
        for (const a of from) {
          const col = a % m;
          const inFirst = a >= m;
          const sameRow = c > col;
          let move = sameRow ? skip(col + 1, c, false) : C.rowBreak + skip(col + 1, m, false) + skip(0, c, true);
          move += carry && inFirst && sameRow ? o.carry[c]! : o.lower;
          if (o.empty && sameRow)
            move += c === col + 1 ? C.markUnused : -Math.min(C.markBonus, skip(col + 1, c, false));
          if (sameRow && o.bulletRun) move += C.bulletRunSplit;
          const total = best[i * S + a]! + own + move;
          const to = j * S + (inFirst && sameRow ? c + m : c);
          if (total < best[to]!) [best[to], back[to]] = [total, i * S + a];
        }
      }
    }
  let s = 0;
  const end = (k: number) => best[n * S + k]! + skip((k % m) + 1, m, false);
  for (let k = 0; k < S; k++) if (end(k) < end(s)) s = k;
  const cells: { from: number; to: number; col: number }[] = [];
  for (let j = n; j > 0;) {
    const prev = back[j * S + s]!;
    const i = prev < 0 ? 0 : Math.floor(prev / S);
    cells.unshift({ from: i, to: j, col: s % m });
    if (prev < 0) break;
    [j, s] = [i, prev % S];
  }
  const rows: Row[] = [];
  let lastCol = Infinity;
  for (const { from, to, col } of cells) {
    if (col <= lastCol) rows.push([]);
    const span = pieces.slice(from, to);
    rows[rows.length - 1]!.push({ role: roles[col]!, pieces: span, text: cellText(span) });
    lastCol = col;
  }
  return rows;
}

const shape = (rows: Row[]) => rows.map((r) => r.map((c) => [c.role, c.pieces.length, c.text]));

describe('folding and glyph tables', () => {
  it('fold() is foldVietnamese() on every line and on odd characters', () => {
    const odd = [
      '',
      ' ',
      'Sở  Nội vụ',
      'Sở Nội vụ'.normalize('NFD'),
      'a<b>c</b>',
      '*_#`',
      'Σσ İ',
      '\u00a0Đà\u2028Nẵng ',
      'x\u0301\u0323',
      '😀 Quý I',
      '\ud800x',
      'ǅ',
    ];
    for (const s of [...real.split('\n'), ...synthetic(1).split('\n'), ...odd]) expect(fold(s)).toBe(foldVietnamese(s));
  });

  it('timeMatchEnd finds a date as mentionsTime does, a piece at a time', () => {
    const pieces = [
      'truoc',
      'ngay 30/01/2024',
      'quy',
      'i',
      'ii',
      'iv',
      'x',
      'ke hoach',
      'quy iiiiiiiiiiiiiiiiiiiiiiiiiiiiii',
      'b',
      'thang',
      '3',
      'nam 20',
      '24',
      'theo thoi',
      'gian',
      '01/20',
      '24x',
    ];
    let seed = 5;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let t = 0; t < 3000; t++) {
      let folded = '';
      let end = -1;
      for (let k = 0; k < 8; k++) {
        const before = folded.length;
        const piece = pieces[Math.floor(rnd() * pieces.length)]!;
        folded = folded === '' ? piece : `${folded}${rnd() < 0.8 ? ' ' : ''}${piece}`;
        end = timeMatchEnd(folded, before, end);
        expect(end >= 0).toBe(mentionsTime(folded));
      }
    }
  });

  it('textWidth counts characters as for...of reads them', () => {
    expect(textWidth('Đường')).toBe(textWidth('Duong'));
    expect(textWidth('a😀b')).toBe(textWidth('a') + textWidth('😀') + textWidth('b'));
    expect(textWidth('😀')).toBe(500);
    expect(textWidth('\ud800')).toBe(500);
  });
});

describe('candidate cells grown a piece at a time', () => {
  const cueSets: [string, Cues][] = [
    ['no cues', {}],
    ['cues', { isTime: (s) => /^Quý/.test(s), resolveUnitName: (s) => /^Phòng Nội vụ/.test(s) }],
  ];
  for (const [name, cues] of cueSets)
    it(`equal wrapShape, widthCost and features of the plain cell text (${name})`, () => {
      const all = [
        ...items(real, cues).items,
        ...(name === 'cues' ? [] : items(synthetic(4), cues).items.slice(0, 15)),
      ];
      const widthsToTry = [undefined, 0, 2500, 9000, 14000];
      let checked = 0;
      for (const pieces of all) {
        const table = new SpanTable(pieces, cues);
        // Every other start: each cell from it is checked, and the next start's cells are built alike.
        for (let i = 0; i < pieces.length; i += 2) {
          const max = Math.min(MAX_CELL, pieces.length - i);
          // Longest first: a cell is grown through the shorter ones.
          for (const len of [max, ...Array.from({ length: max }, (_, k) => k + 1)]) {
            const span = pieces.slice(i, i + len);
            const wrap = wrapShape(cellLines(span));
            const slot = table.cell(i, len);
            expect(table.cost(slot)).toBe(wrap.cost);
            expect(table.text(i, len)).toBe(cellText(span));
            for (const w of widthsToTry) expect(table.widthCost(i, slot, w)).toBe(widthCost(wrap, w));
            expect(table.featuresOf(i, len)).toEqual(features(cellText(span), cues));
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(4_000);
    }, 120_000);
});

describe('the layout programme', () => {
  const texts: [string, string][] = [
    ['hai-lang-2024', real],
    ['synthetic 1', synthetic(1)],
    ['synthetic 2', synthetic(2)],
  ];
  for (const [name, text] of texts)
    it(`cuts every item as the plain programme does, in every pass (${name})`, () => {
      const { roles, items: all } = items(text);
      let widths: Widths = {};
      for (let pass = 0; pass < 3; pass++) {
        const rows = all.map((pieces) => layoutItem(pieces, roles, widths, {}));
        all.forEach((pieces, k) => expect(shape(rows[k]!)).toEqual(shape(plainLayout(pieces, roles, widths, {}))));
        widths = estimateWidths(rows.flat());
      }
      // A row continued after a page break: its first cells carry on the cut ones.
      const carry = Object.fromEntries(
        roles.map((r, k) => [r, k % 2 ? 'Phòng Nội vụ,' : 'Kế hoạch triển khai công tác cải cách hành chính năm']),
      ) as Partial<Record<Role, string>>;
      for (const pieces of all.slice(0, 12))
        expect(shape(layoutItem(pieces, roles, widths, {}, { carry }))).toEqual(
          shape(plainLayout(pieces, roles, widths, {}, carry)),
        );
    }, 120_000);

  it('breaks ties as the plain programme does', () => {
    // Alike pieces make alike cells: many cuts cost the same.
    const gaps: Piece['gap'][] = ['soft', 'hard', 'soft', 'empty', 'soft', 'inline', 'page'];
    const roles: Role[] = ['task', 'activity', 'output', 'lead', 'time'];
    for (const text of ['x', 'Phòng Nội vụ', 'Quý I', '- Kế hoạch', 'năm 2024']) {
      for (let n = 1; n <= 24; n += 5) {
        const pieces = Array.from({ length: n }, (_, k): Piece => ({
          line: k + 1 - (gaps[k % 7] === 'inline' ? 1 : 0),
          text,
          gap: k === 0 ? 'hard' : gaps[k % 7]!,
        }));
        for (const widths of [{}, { task: 3000, activity: 4000, output: 2500, lead: 2000, time: 1500 }] as Widths[]) {
          expect(shape(layoutItem(pieces, roles, widths, {}))).toEqual(shape(plainLayout(pieces, roles, widths, {})));
          const carry = { task: text, lead: text };
          expect(shape(layoutItem(pieces, roles, widths, {}, { carry }))).toEqual(
            shape(plainLayout(pieces, roles, widths, {}, carry)),
          );
        }
      }
    }
  });

  it('gives the layout of every item of hai-lang-2024 as before, with cues', () => {
    const cues: Cues = { isTime: (s) => /^(Quý|Trước)/.test(s), resolveUnitName: (s) => /^(Phòng|Văn phòng)/.test(s) };
    const { roles, items: all } = items(real, cues);
    const laid = layoutItems(all.slice(0, 20), roles, cues);
    const { items: fresh } = items(real, cues);
    const widths = estimateWidths(layoutItems(fresh.slice(0, 20), roles, cues).flatMap((o) => o.rows));
    expect(laid.length).toBe(20);
    for (const pieces of fresh.slice(0, 20))
      expect(shape(layoutItem(pieces, roles, widths, cues))).toEqual(shape(plainLayout(pieces, roles, widths, cues)));
  }, 120_000);
});
