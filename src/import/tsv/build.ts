/**
 * Mutable drafts of tasks and activities while the table is read, and the
 * "slots" a continuation cell can be appended to. Raw cell text (HTML kept)
 * lives here; conversion to Markdown-ish text happens in finish.ts.
 */
import type { Section } from './rows';

/** A Nhiệm vụ (task title) cell's text, boxed so that a continuation row can extend it in place. */
export interface TitleText {
  text: string;
}

export interface ActDraft {
  title?: TitleText;
  text: string;
  outputs: string[];
  lead: string;
  coord: string;
  time: string;
  lines: [number, number];
  index: number;
}

export interface TaskDraft {
  section?: Section;
  printed: string;
  title?: TitleText;
  /** Further Nhiệm vụ of the same numbered item. */
  titles: TitleText[];
  currentTitle?: TitleText;
  objective: string;
  acts: ActDraft[];
  outputs: string[];
  lead: string;
  coord: string;
  time: string;
  budget: string[];
  note: string[];
  lines: [number, number];
}

/** Somewhere a cell's text went, so the cell cut below a page break can follow it. */
export interface Slot {
  get(): string;
  set(v: string): void;
  task: TaskDraft;
  path: string;
}

export function newTask(printed: string, line: number, section?: Section): TaskDraft {
  return {
    ...(section ? { section } : {}),
    printed,
    titles: [],
    objective: '',
    acts: [],
    outputs: [],
    lead: '',
    coord: '',
    time: '',
    budget: [],
    note: [],
    lines: [line, line],
  };
}

export function newAct(task: TaskDraft, line: number, text: string): ActDraft {
  const act: ActDraft = {
    ...(task.currentTitle ? { title: task.currentTitle } : {}),
    text,
    outputs: [],
    lead: '',
    coord: '',
    time: '',
    lines: [line, line],
    index: task.acts.length,
  };
  task.acts.push(act);
  return act;
}

type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

export function fieldSlot<T extends object>(obj: T, key: StringKeys<T>, task: TaskDraft, path: string): Slot {
  return {
    get: () => obj[key] as string,
    set: (v) => {
      (obj as Record<string, unknown>)[key as string] = v;
    },
    task,
    path,
  };
}

/** The last element of a list field (outputs, budget, note). */
export function lastOfSlot(list: string[], task: TaskDraft, path: string): Slot {
  return {
    get: () => list[list.length - 1] ?? '',
    set: (v) => {
      if (list.length) list[list.length - 1] = v;
      else list.push(v);
    },
    task,
    path,
  };
}

export const actPath = (a: ActDraft, field: string) => `activities.${a.index}.${field}`;

/**
 * Joins a cell with its continuation below a page break, word by word. A
 * continuation opening with <p> carries on the sentence above, so that first
 * paragraph is merged inline.
 */
export function joinCut(above: string, below: string): string {
  let rest = below.trim();
  if (/^<p(\s[^<>]*)?>/i.test(rest)) rest = rest.replace(/^<p(\s[^<>]*)?>/i, '').replace(/<\/p>/i, '');
  return `${above.trimEnd()} ${rest.trim()}`.trim();
}

export function extend(task: TaskDraft, line: number, act?: ActDraft): void {
  task.lines[1] = Math.max(task.lines[1], line);
  if (act) act.lines[1] = Math.max(act.lines[1], line);
}
