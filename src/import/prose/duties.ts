/**
 * The duties section ("Tổ chức thực hiện", docs/DOMAIN.md §3): each numbered unit
 * paragraph says what that unit leads (chủ trì) or helps with (phối hợp).
 * Two shapes are seen: a unit heading followed by items ("3. Phòng Tư pháp"
 * + "a) Chủ trì ... cải cách thể chế"), and one paragraph that opens with
 * the unit ("3. Phòng Nội chính tham mưu ... cải cách thủ tục hành chính").
 */
import type { Lines, RawDuty } from '../raw';
import { areaKey } from '../areas';
import { foldChars, foldVietnamese } from '../../text/fold';

// Words a unit's name starts with (folded); anything else is not a unit.
const UNIT_START =
  /^(phong|van phong|trung tam|ban|so|cong|ubnd|uy ban|chu tich|thu truong|truong|lanh dao|cac|co quan|bo phan|don vi|hoi dong|dai|cong an|doan|mat tran|toan the)\b/;
// Where the name ends and the duty begins (folded, with the leading space).
const VERBS =
  /\s(truc tiep|tham muu|trien khai|thuc hien|chu tri|phoi hop|co trach nhiem|chiu trach nhiem|giup|xac dinh|co ke hoach|theo doi|tich cuc|chu dong|la co quan|tang cuong)\b/;

const clean = (s: string) => s.replace(/[*#]/g, '').replace(/\s+/g, ' ').trim();

export interface DutyHead {
  unitRaw: string;
  /** The duty text after the name; '' for a bare heading ("3. Phòng Tư pháp"). */
  rest: string;
}

/**
 * The unit a duty paragraph opens with ("Giao Văn phòng Sở theo dõi ..." →
 * "Văn phòng Sở"), or null when it opens with something else ("Trong quá
 * trình triển khai ...").
 */
export function dutyHead(paragraph: string): DutyHead | null {
  let text = clean(paragraph)
    .replace(/^\d+(?:\.\d+)*[.)]\s*/, '')
    .replace(/^Căn cứ [^,]+,[^,]*được giao,\s*/iu, '')
    .replace(/^Giao\s+/iu, '');
  text = (text.charAt(0).toUpperCase() + text.slice(1)).normalize('NFC');
  const folded = foldChars(text);
  return UNIT_START.test(folded) ? split(text, folded) : null;
}

function split(text: string, folded: string): DutyHead {
  const colon = text.indexOf(':');
  const verb = VERBS.exec(folded);
  const ends = [colon >= 0 ? colon : Infinity, verb ? verb.index : Infinity];
  const end = Math.min(...ends);
  if (end === Infinity) return { unitRaw: text.replace(/[:.]$/, '').trim(), rest: '' };
  const unitRaw = text.slice(0, end).trim();
  const rest = text
    .slice(end)
    .replace(/^[:\s]+/, '')
    .trim();
  return { unitRaw, rest };
}

/** Role of one duty item: "Phối hợp ..." (or "Đề nghị ... phối hợp") helps; anything else is the unit's own. */
export function dutyRole(text: string): RawDuty['role'] {
  const f = foldVietnamese(text).replace(/^[a-z]\)\s*|^[-+]\s*/, '');
  if (/\bchu tri\b/.test(f)) return 'lead';
  return /^(phoi hop|de nghi\b.*\bphoi hop|tang cuong phoi hop)/.test(f) ? 'coordinate' : 'lead';
}

/**
 * Area keys named anywhere in a text. areaKey only reads a heading's start,
 * so it is tried at every word ("... thực hiện các nhiệm vụ về cải cách thể
 * chế; ..." → the-che).
 */
export function areasNamed(text: string): string[] {
  const words = clean(text).split(' ');
  const keys: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const key = areaKey(words.slice(i).join(' '));
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

export function duty(unitRaw: string, text: string, lines: Lines): RawDuty {
  const t = clean(text).replace(/^\d+(?:\.\d+)*[.)]\s*/, '');
  return { unitRaw, role: dutyRole(t), areaLabels: areasNamed(t), text: t, lines };
}

const opensWithChuTri = (d: RawDuty) => /^([a-zđ]\)\s*)?chu tri\b/.test(foldVietnamese(d.text));

/**
 * Lead unit of each area: the unit whose duty opens with "Chủ trì" and names
 * the area; failing that, any unit whose own (non-"phối hợp") duty names it.
 */
export function leadsByArea(duties: RawDuty[]): Map<string, string> {
  const leads = new Map<string, string>();
  const pass = (keep: (d: RawDuty) => boolean) => {
    for (const d of duties.filter((d) => d.role === 'lead' && keep(d)))
      for (const key of d.areaLabels) if (!leads.has(key)) leads.set(key, d.unitRaw);
  };
  pass(opensWithChuTri);
  // Collective groups ("Thủ trưởng các phòng ...") carry everyone's duties, never an area's lead.
  pass((d) => !/^(cac|thu truong|lanh dao|toan the|ubnd cac|chu tich)\b/.test(foldVietnamese(d.unitRaw)));
  return leads;
}

export interface DutyStep {
  duty?: RawDuty;
  /** The unit whose items follow. */
  unit: string | null;
  /** Ledger destination of the paragraph. */
  to: string;
}

/**
 * One paragraph of the duties section. `numbered`: it opens with a printed
 * number ("3. Phòng Tư pháp"); `body`: its text without bullet or letter;
 * `unit`: the unit whose items are being read.
 */
export function dutyStep(
  p: { text: string; lines: Lines; formatted: boolean },
  numbered: boolean,
  body: string,
  unit: string | null,
): DutyStep {
  if (numbered) {
    const head = dutyHead(p.text);
    // "1. Giao Thủ trưởng ... thực hiện các nhiệm vụ sau:" introduces the items below.
    if (head?.rest && !/:$/.test(head.rest)) {
      // A unit paragraph of one piece (vp-ubnd-2024): what follows is not its duty, unless it is set as a heading.
      const next = p.formatted ? head.unitRaw : null;
      return { duty: duty(head.unitRaw, p.text, [...p.lines]), unit: next, to: `duty:${head.unitRaw}` };
    }
    const u = head?.unitRaw ?? null;
    return { unit: u, to: u ? `duty:${u}` : 'prose' };
  }
  // "Giao Phòng Nội vụ theo dõi ...": an item can hand the duty to another unit.
  const named = /^Giao\s/iu.test(body) ? dutyHead(body) : null;
  const owner = named?.rest ? named.unitRaw : unit;
  if (!owner) return { unit, to: 'prose' };
  return { duty: duty(owner, body, [...p.lines]), unit, to: `duty:${owner}` };
}
