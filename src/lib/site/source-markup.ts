/**
 * How a line of a published source looked: the pasted documents carry a
 * little Markdown and HTML (`## KẾ HOẠCH`, `**Điều 1.**`, `<b>I</b>`), which
 * the source viewer shows as bold and headings instead of as marks. The text
 * is read into a small tree — per line, runs of text with their style — and
 * the page renders the runs as elements with escaped text: nothing of the
 * source ever becomes markup. Marks with no partner stay as printed.
 */

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface StyledLine {
  /** 1–6 for a line opened by "#" … "######" and a space; 0 otherwise. */
  heading: number;
  runs: Run[];
  /** The line had marks that were read (and so differs from the raw text). */
  styled: boolean;
}

type Token = { kind: 'text'; text: string } | { kind: 'bold' | 'italic'; open?: boolean };

const TAGS = new Map<string, Token>([
  ['<b>', { kind: 'bold', open: true }],
  ['</b>', { kind: 'bold', open: false }],
  ['<strong>', { kind: 'bold', open: true }],
  ['</strong>', { kind: 'bold', open: false }],
  ['<i>', { kind: 'italic', open: true }],
  ['</i>', { kind: 'italic', open: false }],
  ['<em>', { kind: 'italic', open: true }],
  ['</em>', { kind: 'italic', open: false }],
]);

/** "**" spans lines in these documents ("**ỦY BAN NHÂN DÂN\nHUYỆN VĨNH LINH**"), but not many. */
const BOLD_REACH = 4;

function tokens(line: string): Token[] {
  const out: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < line.length;) {
    if (line.startsWith('**', i)) {
      flush();
      out.push({ kind: 'bold' });
      i += 2;
      continue;
    }
    if (line[i] === '<') {
      const end = line.indexOf('>', i);
      const tag = end > i ? TAGS.get(line.slice(i, end + 1).toLowerCase()) : undefined;
      if (tag) {
        flush();
        out.push(tag);
        i = end + 1;
        continue;
      }
    }
    // "*(Phụ lục kèm theo)*": a single star against a word opens or closes italics.
    if (line[i] === '*' && (/\S/.test(line[i + 1] ?? '') || /\S/.test(line[i - 1] ?? ''))) {
      flush();
      out.push({ kind: 'italic' });
      i += 1;
      continue;
    }
    text += line[i];
    i += 1;
  }
  flush();
  return out;
}

/** Reads every line of a document; marks are paired within reach, else printed as they are. */
export function styleLines(lines: readonly string[]): StyledLine[] {
  const heads = lines.map((l) => /^(#{1,6}) (?=\S)/.exec(l)?.[1]?.length ?? 0);
  const toks = lines.map((l, i) => tokens(heads[i] ? l.slice(heads[i] + 1) : l));
  // Pair "**" (across a few lines) and "*" (within a line); the rest turn back into text.
  const paired = new Set<Token>();
  const open: { tok: Token; line: number }[] = [];
  toks.forEach((line, n) => {
    let italic: Token | undefined;
    for (const t of line) {
      if (t.kind === 'bold' && t.open === undefined) {
        const last = open.at(-1);
        if (last && n - last.line <= BOLD_REACH) {
          paired.add(last.tok).add(t);
          open.pop();
        } else open.splice(0, open.length, { tok: t, line: n });
      } else if (t.kind === 'italic' && t.open === undefined) {
        if (italic) {
          paired.add(italic).add(t);
          italic = undefined;
        } else italic = t;
      } else if (t.kind !== 'text') paired.add(t);
    }
  });
  const literal = (t: Token) => (t.kind === 'bold' ? (t.open === undefined ? '**' : '') : '*');
  // "**" may run over lines; an HTML tag's effect ends with its line, so a lost "</b>" cannot bold the rest.
  let stars = false;
  return toks.map((line, n) => {
    let italic = false;
    let tags = 0;
    const runs: Run[] = [];
    let styled = heads[n]! > 0;
    for (const t of line) {
      const bold = stars || tags > 0;
      if (t.kind === 'text') {
        const last = runs.at(-1);
        if (last && last.bold === bold && last.italic === italic) last.text += t.text;
        else runs.push({ text: t.text, bold, italic });
        continue;
      }
      if (!paired.has(t)) {
        runs.push({ text: literal(t), bold, italic });
        continue;
      }
      styled = true;
      if (t.kind === 'italic') italic = !italic;
      else if (t.open === undefined) stars = !stars;
      else tags = Math.max(0, tags + (t.open ? 1 : -1));
    }
    return { heading: heads[n]!, runs: runs.filter((r) => r.text), styled };
  });
}
