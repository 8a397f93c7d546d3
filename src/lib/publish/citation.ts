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
}

/** "cải cách ..." → "Kế hoạch cải cách ...", without doubling "Kế hoạch". */
function planName(title: string): string {
  const t = title.trim();
  return /^kế hoạch\b/i.test(t) ? 'Kế hoạch' + t.slice('kế hoạch'.length) : `Kế hoạch ${t}`;
}

/**
 * The plan as an official letter names it. Number and date appear only where
 * the source gives them: drafts leave "Số: /KH-SNV" blank and so do we.
 * A plan issued with a decision (vinh-linh-2021-2025: "5486/QĐ-UBND") is cited through it.
 */
export function citePlan(plan: CitablePlan): string {
  const date = plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : '';
  const name = planName(plan.title);
  if (plan.documentNumber && /\/QĐ/i.test(plan.documentNumber)) {
    return `${name} ban hành kèm theo Quyết định số ${plan.documentNumber}${date} của ${plan.issuer}`;
  }
  const number = plan.documentNumber ? ` số ${plan.documentNumber}` : '';
  return `${name}${number}${date} của ${plan.issuer}`;
}

/**
 * "Nhiệm vụ số 13, Phụ lục Kế hoạch … số …/KH-… ngày … của …". A plan's
 * appendix may carry its own title ("Phụ lục Nhiệm vụ, giải pháp trọng tâm
 * …"), then it is set off by a comma. A plan without an appendix table
 * (prose plans) is cited by its section instead.
 */
export function citeTask(task: CitableTask, plan: CitablePlan): string {
  const appendix = plan.appendix?.trim();
  const where = appendix
    ? /^phụ lục$/i.test(appendix)
      ? `${appendix} `
      : `${appendix}, `
    : plan.format === 'prose'
      ? `mục "${task.areaLabel}", `
      : '';
  return `Nhiệm vụ số ${task.number}, ${where}${citePlan(plan)}`;
}
