/**
 * Source text is untrusted: inside an MDX body it must stay literal text. MDX
 * would otherwise read `{…}` as JS expressions, `<x>` as JSX, a line starting
 * with `import`/`export` as ESM, and Markdown punctuation as formatting.
 * CommonMark lets any ASCII punctuation be backslash-escaped; words such as
 * `import` cannot be, so their first letter becomes a character reference.
 */
const PUNCTUATION = /[\\`*_{}[\]()<>#+\-.!|~&"'=:$^%@,;?/]/g;

export function escapeMdxText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .map((line) => line.replace(PUNCTUATION, (c) => `\\${c}`))
    .map((line) => line.replace(/^(import|export)\b/i, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`))
    .join('\n');
}

/** Paragraphs as an MDX body: one escaped paragraph per entry, blank-line separated. */
export function mdxBody(paragraphs: string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => escapeMdxText(p).replace(/\n/g, ' '))
    .join('\n\n');
}

/** YAML frontmatter via JSON: every JSON document is valid YAML, and JSON strings cannot break out. */
export function mdxFile(frontmatter: unknown, paragraphs: string[]): string {
  return `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\n${mdxBody(paragraphs)}\n`;
}
