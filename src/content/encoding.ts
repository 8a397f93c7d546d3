/**
 * Bytes of a source file → the text to publish, or a refusal. Damage is never
 * published quietly (docs/SECURITY.md): a UTF-16 file or one that is mostly
 * not text is refused; invalid UTF-8 bytes (shown as U+FFFD), text typed in
 * the legacy Vietnamese encodings TCVN3 (ABC) or VNI, or Windows-1258 read
 * as another code page, are warned about line by line; invisible and control
 * characters are removed, with a warning naming the line and the characters.
 * Line breaks are never touched, so every line number still points at the file.
 */
import type { Diagnostic } from '../schema/quality';
import { invisibleIn, withoutInvisible } from '../text/invisible';

/** Share of characters that no plan document contains: control bytes and U+FFFD. */
export function junkRatio(text: string): number {
  if (!text) return 0;
  const junk = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return junk / text.length;
}

/**
 * Latin-1 letters and signs Vietnamese never writes, which TCVN3 and VNI
 * use for its letters ("Qu¶ng TrÞ", "Quaûng Trò"), and Windows-1258 read as
 * Windows-1252 produces ("ð" for đ). Superscript digits (footnote marks ¹ ²)
 * and the degree sign are left out: plans use them.
 */
const LEGACY = '¨©ª«¬®¯±´µ¶·¸»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñöøûüþÿ';
const LETTER = 'A-Za-zÀ-ÖØ-öø-ỹ';
/** A legacy sign right after a letter: inside or at the end of a word, where no Vietnamese text has one. */
const IN_WORD = new RegExp(`[${LETTER}][${LEGACY}]|[a-zà-ỹ][À-ÖØ-Þ][a-zà-ỹ]`, 'gu');

/** Lines with at most this share of legacy-encoded words are warned about; more and the file is refused. */
const LEGACY_SHARE = 0.2;
/** Warnings of one kind per file beyond which a single summary stands for the rest. */
const MAX_LINE_WARNINGS = 10;

export interface SourceText {
  /** The text to publish and parse (invisible characters removed). */
  text: string;
  diagnostics: Diagnostic[];
  /** Set when the file cannot be published at all: the one-line reason. */
  refused?: string;
}

function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  // Without a BOM: ASCII in UTF-16 is every other byte NUL.
  const sample = bytes.subarray(0, 4096);
  let nul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) nul++;
  return sample.length >= 16 && nul / sample.length > 0.3;
}

export function readSourceText(bytes: Uint8Array, file: string, plan: string): SourceText {
  const diagnostics: Diagnostic[] = [];
  if (looksUtf16(bytes))
    return {
      text: '',
      diagnostics,
      refused: `${file}: tệp mã hoá UTF-16; hãy lưu lại văn bản dạng UTF-8`,
    };
  const decoded = new TextDecoder('utf-8').decode(bytes);
  const lines = decoded.split('\n');
  if (junkRatio(decoded) > 0.01) {
    const at = lines.findIndex((l) => /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(l)) + 1;
    return {
      text: '',
      diagnostics,
      refused: `${file}${at ? `:${at} ` : ': '}không phải văn bản (có ký tự nhị phân hoặc lỗi mã hoá UTF-8)`,
    };
  }
  const warn = (code: string, found: number[], what: (line: number) => string, summary: string) => {
    for (const line of found.slice(0, MAX_LINE_WARNINGS))
      diagnostics.push({ level: 'warning', code, message: what(line), plan, file, line });
    if (found.length > MAX_LINE_WARNINGS)
      diagnostics.push({
        level: 'warning',
        code,
        message: `${summary} ở ${found.length - MAX_LINE_WARNINGS} dòng khác (dòng ${found.slice(MAX_LINE_WARNINGS).join(', ')})`,
        plan,
        file,
      });
  };
  const numbered = (test: (l: string) => boolean) => lines.flatMap((l, i) => (test(l) ? [i + 1] : []));
  const replaced = numbered((l) => l.includes('\ufffd'));
  warn(
    'encoding-invalid',
    replaced,
    () =>
      'Dòng có byte không phải UTF-8 (hiện thành "\ufffd"): văn bản gốc có thể lưu sai bảng mã; kiểm tra và sửa nguồn',
    'Byte không phải UTF-8',
  );
  const withLetters = lines.filter((l) => /\p{L}/u.test(l)).length;
  const legacy = numbered((l) => (l.match(IN_WORD)?.length ?? 0) >= 2);
  if (legacy.length > 0 && legacy.length >= Math.max(3, LEGACY_SHARE * withLetters))
    return {
      text: '',
      diagnostics,
      refused: `${file}:${legacy[0]} văn bản có vẻ gõ bằng bảng mã cũ (TCVN3/ABC, VNI hoặc Windows-1258), chữ hiện sai; hãy chuyển sang Unicode (UTF-8) rồi nhập lại`,
    };
  warn(
    'encoding-legacy',
    legacy,
    () => 'Dòng có chữ giống bảng mã cũ (TCVN3/ABC, VNI, Windows-1258) hiển thị sai; kiểm tra và sửa nguồn',
    'Chữ giống bảng mã cũ',
  );
  // A BOM at the very start is how some editors save UTF-8; it is not text.
  const body = decoded.replace(/^\uFEFF/, '');
  const hidden = body.split('\n').flatMap((l, i) => {
    const found = invisibleIn(l);
    return found.length ? [{ line: i + 1, found }] : [];
  });
  warn(
    'invisible-removed',
    hidden.map((h) => h.line),
    (line) =>
      `Đã xoá ký tự ẩn hoặc điều khiển (${hidden.find((h) => h.line === line)!.found.join(', ')}) khỏi văn bản công bố`,
    'Đã xoá ký tự ẩn hoặc điều khiển',
  );
  return { text: hidden.length ? withoutInvisible(body) : body, diagnostics };
}
