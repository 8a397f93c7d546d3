/**
 * What became of a unit, in the words the pages use: "Từ 01/03/2025 hợp nhất
 * vào Sở Tài chính", with the legal basis written out. Pure over a Timeline.
 */
import type { BasisRef, LegalBasis, UnitEventRecord } from '../../schema/unit-event';
import { formatDate } from '../time/describe';
import { basisId, currentOf, type Step, type Timeline } from './timeline';

/** unchanged: exists today with a basis or a plan that names it after 2025; changed: has ended or was created, with its basis. */
export type Status = 'changed' | 'unchanged' | 'unknown';

export interface Fate {
  status: Status;
  /** The event that decides the status (the unit's end, else its last event). */
  event?: UnitEventRecord;
}

export const STATUS_LABEL: Record<Status, string> = {
  changed: 'Đã thay đổi (có căn cứ)',
  unchanged: 'Không thay đổi',
  unknown: 'Chưa xác định',
};

export function fateOf(t: Timeline, unit: string, namedAfter?: string): Fate {
  const end = t.endOf.get(unit);
  if (end) return { status: 'changed', event: end };
  if (t.startOf.has(unit)) return { status: 'changed' };
  const last = t.eventsOf.get(unit)?.at(-1);
  if (last?.type === 'unchanged') return { status: 'unchanged', event: last };
  if (last?.type === 'unknown') return { status: 'unknown', event: last };
  // Named by a plan dated after every event: it exists under this name today.
  const lastEvent = t.events.at(-1)?.effective;
  if (namedAfter && lastEvent && namedAfter >= lastEvent) return { status: 'unchanged' };
  return { status: 'unknown' };
}

const VERB: Record<UnitEventRecord['type'], string> = {
  renamed: 'đổi tên thành',
  merged_into: 'hợp nhất vào',
  dissolved_functions_to: 'chấm dứt hoạt động; chức năng chuyển cho',
  territorial_successor: 'chấm dứt hoạt động; địa bàn thuộc',
  unchanged: 'giữ nguyên',
  unknown: 'chưa xác định',
};

/** "Từ 01/03/2025 hợp nhất vào" — the successors' names follow. */
export function eventLead(e: UnitEventRecord): string {
  const when = e.effective ? `Từ ${formatDate(e.effective)} ` : '';
  if (e.type === 'dissolved_functions_to' && e.successors.length === 0) return `${when}chấm dứt hoạt động`;
  return `${when}${VERB[e.type]}`;
}

/** "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ" (number "chưa xác định" when not confirmed). */
export function basisLabel(b: LegalBasis, ref?: BasisRef): string {
  const kind = /^(Nghị định|Nghị quyết|Quyết định|Thông tư|Luật)/.exec(b.title)?.[1] ?? 'Văn bản';
  const cite = ref && typeof ref !== 'string' ? `${ref.cite}, ` : '';
  const number = b.number ? `số ${b.number}` : '(số chưa xác định)';
  return `${cite}${kind} ${number} ngày ${formatDate(b.date)} của ${b.issuer}`;
}

export function basesOf(t: Timeline, refs: readonly BasisRef[]): { basis: LegalBasis; label: string }[] {
  return refs.flatMap((ref) => {
    const basis = t.bases.get(basisId(ref));
    return basis ? [{ basis, label: basisLabel(basis, ref) }] : [];
  });
}

/**
 * A unit's name where two units share it across time ("Sở Tài chính" before
 * and after the 2025 merger): a unit the reorganisation created says since when.
 */
export function datedName(u: { name: string; validFrom?: string }): string {
  return u.validFrom ? `${u.name} (từ ${formatDate(u.validFrom)})` : u.name;
}

/** Units carrying the work today, or nothing when the unit still exists or its end has no known successor. */
export function nowCarriedBy(t: Timeline, unit: string, today: string): Step[] {
  return currentOf(t, unit, today).filter((s) => s.unit !== unit);
}
