/**
 * Just enough of a PDF from Chromium's page.pdf({ outline: true, tagged: true })
 * to say on which page a heading or a figure landed: the page tree's order,
 * the outline's destinations, the structure tree's figures with their
 * alternative text. Chromium (Skia) writes plain objects, no object streams.
 */
export interface PdfPlaces {
  pages: number;
  /** Outline entry title → page number (1-based). */
  headings: Map<string, number>;
  /** Alternative text of each tagged figure → page number (1-based). */
  figures: Map<string, number>;
}

/** "<FEFF0054…>" (UTF-16BE hex) or "(text)" → the string. */
function pdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '').replace(/^FEFF/i, '');
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return out;
  }
  return token.slice(1, -1);
}

export function pdfPlaces(pdf: Buffer): PdfPlaces {
  const text = pdf.toString('latin1');
  const kids = /\/Type \/Pages[^]*?\/Kids \[([^\]]*)\]/.exec(text);
  if (!kids) throw new Error('PDF không có cây trang (/Pages /Kids)');
  const order = [...kids[1]!.matchAll(/(\d+) 0 R/g)].map((m) => m[1]!);
  const pageOf = (ref: string) => order.indexOf(ref) + 1;
  const headings = new Map<string, number>();
  for (const m of text.matchAll(/\/Title (<[0-9A-Fa-f\s]*>|\([^)]*\))[^<>]*?\/Dest \[(\d+) 0 R/g))
    if (!headings.has(pdfString(m[1]!))) headings.set(pdfString(m[1]!), pageOf(m[2]!));
  const figures = new Map<string, number>();
  for (const m of text.matchAll(/\/S \/Figure\s*\/Alt (<[0-9A-Fa-f\s]*>|\([^)]*\))[^<>]*?\/Pg (\d+) 0 R/g))
    figures.set(pdfString(m[1]!), pageOf(m[2]!));
  return { pages: order.length, headings, figures };
}
