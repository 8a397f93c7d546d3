import { formatDate } from '../time/describe';

export interface CitablePlan {
  title: string;
  issuer: string;
  documentNumber?: string | undefined;
  issuedOn?: string | undefined;
  appendix?: string | undefined;
  format: string;
}

export interface CitableTask {
  number: string;
  areaLabel: string;
  /** The heading the task stands under, number as printed ("III"), when the plan numbers it. */
  section?: { number: string; label: string } | undefined;
}

/** "cải cách ..." → "Kế hoạch cải cách ...", without doubling "Kế hoạch". */
function planName(title: string): string {
  const t = title.trim();
  return /^kế hoạch\b/i.test(t) ? 'Kế hoạch' + t.slice('kế hoạch'.length) : `Kế hoạch ${t}`;
}

/**
 * What the document leaves blank, said in words: a draft prints "Số: /KH-SNV"
 * and "ngày tháng năm 2026", and a citation must not carry an empty slot.
 */
function blanks(plan: CitablePlan): string {
  const missing = [!plan.documentNumber && 'số', !plan.issuedOn && 'ngày'].filter(Boolean);
  return missing.length ? ` (${missing.join(', ')} chưa ghi trong văn bản)` : '';
}

/**
 * The plan as an official letter names it. Number and date appear only where
 * the source gives them; where it leaves them blank the citation says so.
 * A plan issued with a decision (vinh-linh-2021-2025: "5486/QĐ-UBND") is cited through it.
 */
export function citePlan(plan: CitablePlan): string {
  const date = plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : '';
  const name = planName(plan.title);
  if (plan.documentNumber && /\/QĐ/i.test(plan.documentNumber)) {
    return `${name} ban hành kèm theo Quyết định số ${plan.documentNumber}${date} của ${plan.issuer}${blanks(plan)}`;
  }
  const number = plan.documentNumber ? ` số ${plan.documentNumber}` : '';
  return `${name}${number}${date} của ${plan.issuer}${blanks(plan)}`;
}

/**
 * The place of a task as an official cites it: task number, the section (mục)
 * it stands under, the appendix and the plan — "Nhiệm vụ số 13, mục III "CẢI
 * CÁCH THỦ TỤC HÀNH CHÍNH", Phụ lục … kèm theo Kế hoạch … của …". Never the
 * line of a text file: those stay in the source viewer. A plan without an
 * appendix table (prose plans) is cited by its section alone.
 */
export function citeTask(task: CitableTask, plan: CitablePlan): string {
  const section = task.section?.number
    ? `mục ${task.section.number} "${task.section.label}", `
    : task.areaLabel
      ? `mục "${task.areaLabel}", `
      : '';
  const appendix = plan.appendix?.trim();
  const where = !appendix
    ? ''
    : /kèm theo/i.test(appendix)
      ? `${appendix}, `
      : /^phụ lục$/i.test(appendix)
        ? `Phụ lục kèm theo `
        : `${appendix} kèm theo `;
  return `Nhiệm vụ số ${task.number}, ${section}${where}${citePlan(plan)}`;
}
