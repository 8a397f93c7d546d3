/**
 * Reform areas (docs/DOMAIN.md §4): every plan prints the same areas in its own
 * words; this maps a printed section heading to one canonical key.
 */
import { AREAS } from '../schema/area';
import { foldVietnamese } from '../text/fold';

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
