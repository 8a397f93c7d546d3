/**
 * A prose task names no unit; the duties section ("Tổ chức thực hiện") says
 * who does what. The unit whose own duty item restates the task ("đẩy mạnh
 * công tác thông tin, tuyên truyền" under Phòng Văn hóa và Thông tin) wins
 * over the unit put in charge of the task's whole area, and the partner that
 * item names ("phối hợp với Trung tâm Văn hóa- thông tin huyện") supports.
 */
import type { Lines, RawDuty } from '../raw';
import { foldVietnamese } from '../../text/fold';

/**
 * Opening words the task and the duty item must share: the item restates the
 * task when both start with the same verb phrase ("đẩy mạnh công tác thông
 * tin, tuyên truyền"); a phrase shared somewhere in the middle is often
 * boilerplate ("hiệu quả hoạt động của các đơn vị sự nghiệp công lập").
 */
const MIN_OPENING = 5;

const tokens = (s: string) =>
  foldVietnamese(s)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** How many words two texts open with in common. */
export function sharedOpening(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** What opens a duty before its substance: "Chủ trì, phối hợp với X" (the partner is X). */
const OPENING =
  /^(?:chủ trì,?\s*)?(?:phối hợp\s+(?:với\s+)?(.+?)\s+(?=đẩy mạnh|tham mưu|đề xuất|triển khai|thực hiện|xây dựng|trong|hướng dẫn|tổ chức)|)/iu;

export interface Assignment {
  unitRaw: string;
  partnerRaw: string;
  lines: Lines;
}

/**
 * The one lead duty item that restates `title` (opening with the same
 * MIN_OPENING words), when exactly one unit has such an item; undefined when none
 * or several do (then the area's lead stands).
 */
export function specificDuty(title: string, duties: readonly RawDuty[]): Assignment | undefined {
  const words = tokens(title);
  const scored = duties
    .filter((d) => d.role === 'lead' && /^chủ trì(?=[\s,])/iu.test(d.text.trim()))
    .map((d) => {
      const m = OPENING.exec(d.text.trim());
      const body = d.text.trim().slice(m?.[0].length ?? 0);
      return { d, partner: m?.[1]?.trim() ?? '', run: sharedOpening(words, tokens(body)) };
    })
    .filter((x) => x.run >= MIN_OPENING);
  if (!scored.length) return undefined;
  const best = Math.max(...scored.map((x) => x.run));
  const top = scored.filter((x) => x.run === best);
  if (new Set(top.map((x) => x.d.unitRaw)).size !== 1) return undefined;
  const { d, partner } = top[0]!;
  return { unitRaw: d.unitRaw, partnerRaw: /^các\b/iu.test(partner) ? '' : partner, lines: d.lines };
}
