/**
 * Characters that must never reach a page, a data file or a terminal raw:
 * C0/C1 control characters (NUL, ESC starting a terminal escape sequence…)
 * except tab and line ends, bidirectional overrides and isolates (U+202E
 * turns "txt.exe" into "exe.txt" on screen), zero-width characters, the soft
 * hyphen, line/paragraph separators, stray byte-order marks and non-characters.
 * None has a place in a plan's text; each hides or fakes what is written.
 */
export const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]/g;

/** "U+202E" for a character. */
export const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The distinct invisible characters of a text, as code points ("U+200B, U+202E"). */
export function invisibleIn(text: string): string[] {
  return [...new Set(text.match(INVISIBLE) ?? [])].map(codePoint);
}

/**
 * Terminal escape sequences whole (CSI "ESC [ 31 m", OSC "ESC ] … BEL"), so
 * no "[31m" is left behind when the ESC goes.
 */
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g;

/** Text with every escape sequence and invisible character removed. */
export function withoutInvisible(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(INVISIBLE, '');
}
