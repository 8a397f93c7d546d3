/**
 * A plan's MDX file: its record as frontmatter, its body (src/content/body,
 * written by the remark serializer, so source text stays text) below.
 */

/** YAML frontmatter via JSON: every JSON document is valid YAML, and JSON strings cannot break out. */
export function mdxFile(frontmatter: unknown, body: string): string {
  return `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\n${body.trim()}\n`;
}
