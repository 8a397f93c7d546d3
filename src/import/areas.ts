/**
 * Reform areas (DOMAIN.md §4): every plan prints the same areas in its own
 * words; this maps a printed section heading to one canonical key.
 */
import { asciiLower } from '../lib/fold';

export interface Area {
  key: string;
  /** Canonical Vietnamese name. */
  name: string;
  /** Display order (the national programme's order, not any one plan's). */
  order: number;
}

export const AREAS: readonly Area[] = [
  { key: 'chi-dao', name: 'Công tác chỉ đạo, điều hành', order: 1 },
  { key: 'the-che', name: 'Cải cách thể chế', order: 2 },
  { key: 'tthc', name: 'Cải cách thủ tục hành chính', order: 3 },
  { key: 'bo-may', name: 'Cải cách tổ chức bộ máy hành chính nhà nước', order: 4 },
  { key: 'cong-vu', name: 'Cải cách chế độ công vụ', order: 5 },
  { key: 'tai-chinh', name: 'Cải cách tài chính công', order: 6 },
  { key: 'so', name: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', order: 7 },
  { key: 'chi-so', name: 'Duy trì nâng cao các chỉ số', order: 8 },
];

/**
 * Where the importer puts a task or target whose heading names none of the
 * areas above (`khac`): listed last, so that nothing drops off the area and
 * target pages.
 */
export const OTHER_AREA: Area = { key: 'khac', name: 'Nội dung khác', order: 99 };

/** Lower-case ASCII folding: accents, đ, case, markup and punctuation runs removed. */
export function foldVietnamese(text: string): string {
  return asciiLower(text)
    .replace(/<[^>]*>/g, ' ')
    .replace(/[*_#`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Patterns are anchored at the start of the heading so that a prose sentence
// that merely mentions an area ("Tiếp tục chỉ đạo, điều hành ...") is not
// mistaken for a heading.
const PATTERNS: [key: string, re: RegExp][] = [
  ['chi-so', /^(duy tri,? )?nang cao (cac )?chi so/],
  ['chi-so', /^cac chi so\b/],
  ['so', /^((xay dung|ung dung|phat trien)( va (xay dung|phat trien))? )?(chinh phu|chinh quyen) (dien tu|so)\b/],
  ['chi-dao', /^(cong tac )?chi dao,? (va )?dieu hanh\b/],
  ['the-che', /^cai cach the che\b/],
  ['tthc', /^(cai cach )?thu tuc hanh chinh\b/],
  ['bo-may', /^cai cach (to chuc )?bo may\b/],
  ['cong-vu', /^cai cach (che do )?(cong chuc,? )?cong (vu|chuc)\b/],
  ['tai-chinh', /^cai cach tai chinh cong\b/],
];

/** Strips the printed numbering: "Nội dung 1.", "VII", "8.", "2)", "a)". */
function stripNumbering(folded: string): string {
  return folded
    .replace(/^(noi dung|phan|muc|linh vuc)\s*/, '')
    .replace(/^([ivx]+|\d+(\.\d+)*|[a-h])\s*[.:)\-–]?\s+/, '')
    .replace(/^[\s.:)\-–]+/, '');
}

/** Canonical area key of a printed heading, or undefined when it names no area. */
export function areaKey(label: string): string | undefined {
  const folded = stripNumbering(foldVietnamese(label));
  if (AREAS.some((a) => a.key === folded)) return folded;
  for (const [key, re] of PATTERNS) if (re.test(folded)) return key;
  return undefined;
}

export function areaByKey(key: string): Area | undefined {
  return key === OTHER_AREA.key ? OTHER_AREA : AREAS.find((a) => a.key === key);
}
