/**
 * Greedy longest match of registered names over a piece of cell text. Works
 * without separators, so "Sở TT&TT Văn phòng UBND tỉnh" is two units and
 * "Phòng Hành chính - Tổ chức Phòng Hành chính - Tổ chức" the same unit twice.
 */
import type { IndexedName, UnitIndex } from './registry';
import { isConnectorText, keyTokens, type KeyToken } from './names';

export type ScanItem =
  | { kind: 'unit'; id: string; discovered: boolean; text: string; key: string[]; start: number; end: number }
  | { kind: 'gap'; text: string; /** No name follows it in this text. */ trailing: boolean };

/** Whether a name may end before token `end`: "UBND" is one source word of four tokens. */
const wordEnds = (tokens: KeyToken[], end: number) => tokens[end]?.src !== tokens[end - 1]?.src;

function matchAt(tokens: KeyToken[], i: number, name: IndexedName): boolean {
  const end = i + name.key.length;
  if (end > tokens.length) return false;
  for (let k = 0; k < name.key.length; k++) if (tokens[i + k]?.key !== name.key[k]) return false;
  return wordEnds(tokens, end);
}

/** Longest name starting at token i; on equal length the nearer jurisdiction wins. */
function longest(index: UnitIndex, chain: string[], tokens: KeyToken[], i: number): IndexedName | undefined {
  let best: IndexedName | undefined;
  for (const jurisdiction of chain)
    for (const name of index.names.get(jurisdiction)?.get(tokens[i]?.key ?? '') ?? [])
      if (matchAt(tokens, i, name) && (!best || name.key.length > best.key.length)) best = name;
  return best;
}

function exact(index: UnitIndex, chain: string[], key: string[]): IndexedName | undefined {
  for (const jurisdiction of chain)
    for (const name of index.names.get(jurisdiction)?.get(key[0] ?? '') ?? [])
      if (name.key.join(' ') === key.join(' ')) return name;
  return undefined;
}

/**
 * "UBND cấp huyện, cấp xã": the second name shares the head of the first.
 * Returns the recovered unit and how much of the gap it used.
 */
function elided(index: UnitIndex, chain: string[], prev: string[], gap: string) {
  const cap = prev.lastIndexOf('cap');
  const tokens = keyTokens(gap, index.abbreviations);
  const first = tokens[0];
  if (cap < 1 || first?.key !== 'cap' || !isConnectorText(gap.slice(0, first.start))) return undefined;
  for (let n = tokens.length; n > 0; n--) {
    const name = exact(index, chain, [...prev.slice(0, cap), ...tokens.slice(0, n).map((t) => t.key)]);
    const last = tokens[n - 1];
    if (name && last && wordEnds(tokens, n)) return { name, start: first.start, end: last.end };
  }
  return undefined;
}

export function scan(index: UnitIndex, chain: string[], text: string): ScanItem[] {
  const tokens = keyTokens(text, index.abbreviations);
  const items: ScanItem[] = [];
  let from = 0;
  let prev: string[] | undefined;
  const gap = (to: number) => {
    let rest = text.slice(from, to);
    const hit = prev && elided(index, chain, prev, rest);
    if (hit) {
      items.push({
        kind: 'unit',
        id: hit.name.id,
        discovered: hit.name.discovered,
        text: rest.slice(hit.start, hit.end),
        key: hit.name.key,
        start: from + hit.start,
        end: from + hit.end,
      });
      rest = rest.slice(hit.end);
    }
    if (rest.trim()) items.push({ kind: 'gap', text: rest, trailing: to === text.length });
  };
  for (let i = 0; i < tokens.length;) {
    const first = tokens[i]!;
    const name = longest(index, chain, tokens, i);
    if (!name) {
      while (tokens[i]?.src === first.src) i++;
      continue;
    }
    const last = tokens[i + name.key.length - 1]!;
    gap(first.start);
    items.push({
      kind: 'unit',
      id: name.id,
      discovered: name.discovered,
      text: text.slice(first.start, last.end),
      key: name.key,
      start: first.start,
      end: last.end,
    });
    prev = name.key;
    from = last.end;
    i += name.key.length;
  }
  gap(text.length);
  return items;
}

const TYPE_WORDS =
  'Phòng|Sở|Văn phòng|Trung tâm|Ban|UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Cổng|Bộ phận|Chi cục|Các|Cơ quan|Đơn vị|Tổ công tác|Kho bạc|Công an|Bưu điện';
// Where an unregistered name may start when the separator before it was
// lost; not after a word that makes it part of the phrase before ("Tổ công
// tác của Chủ tịch UBND tỉnh", "người lao động trong toàn Văn phòng").
const NAME_START = new RegExp(
  `(?<=^|[\\s,;.:\\-])(?<!(?:của|thuộc|tại|trong|toàn|cho|đến|với)\\s)(?:${TYPE_WORDS})(?=\\s|$)`,
  'gu',
);
const TYPE_ONLY = new RegExp(`^(?:${TYPE_WORDS})$`, 'u');
const TRIM = /^[\s,;.:\-+*•]+|[\s,;.:\-+*•]+$/g;
const EDGE_CONNECTOR = /^(?:và|cùng|với|giao)\s+|\s+(?:và|cùng|với)$/giu;

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(TRIM, '').replace(EDGE_CONNECTOR, '').replace(TRIM, '');
// A wrapped line that starts with a capital may start another name.
const LINE_START = /\n(?=\s*\p{Lu})/gu;

/** Whether a piece holds more than a bare type word ("Văn phòng" of "Văn phòng Sở" does not). */
const hasName = (piece: string) => !TYPE_ONLY.test(clean(piece)) && !isConnectorText(piece);

/** Residual text cut into candidate names, separators and connectors trimmed. */
export function splitUnknown(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  const starts = [...text.matchAll(NAME_START), ...text.matchAll(LINE_START)].sort((a, b) => a.index - b.index);
  for (const m of starts) {
    if (m.index > from && hasName(text.slice(from, m.index))) {
      pieces.push(text.slice(from, m.index));
      from = m.index;
    }
  }
  pieces.push(text.slice(from));
  return pieces.map(clean).filter((s) => s.length > 0 && !isConnectorText(s));
}
