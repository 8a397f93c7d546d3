/**
 * Doubts about a rebuilt PDF table row, said out loud: the layout always
 * picks the most plausible cut, so wherever the text itself disagrees with
 * the result (no lead, a date left in the outputs, a lead that names no
 * unit), a reader of quality.json must be told rather than left to trust it.
 */
import type { Diagnostic } from '../../schema/quality';
import { type Cues, looksTime, looksUnit, mentionsTime, opensWithAcronym } from './cues';
import type { Role } from './cells';
import type { Row } from './layout';
import { cellLines } from './wrap';

type Finding = Omit<Diagnostic, 'plan' | 'file'>;

export const FIELD_NAME: Record<Role, string> = {
  tt: 'TT',
  objective: 'Mục tiêu',
  task: 'Nhiệm vụ',
  activity: 'Hoạt động',
  output: 'Sản phẩm đầu ra',
  lead: 'Cơ quan chủ trì',
  coord: 'Cơ quan phối hợp',
  time: 'Thời gian',
  budget: 'Kinh phí',
  note: 'Ghi chú',
};

export function checkRow(row: Row, index: number, number: string, roles: readonly Role[], cues: Cues): Finding[] {
  const out: Finding[] = [];
  const cell = (role: Role) => row.find((c) => c.role === role);
  const line = row[0]?.pieces[0]?.line;
  const at = `Nhiệm vụ ${number}${index > 0 ? `, hàng ${index + 1}` : ''}`;
  const hasWork = row.some((c) => c.role === 'activity' || c.role === 'output');
  if (roles.includes('lead') && hasWork && !cell('lead'))
    out.push({
      level: 'warning',
      code: 'pdf-no-lead',
      message: `${at}: không thấy cơ quan chủ trì.`,
      line,
      field: FIELD_NAME.lead,
    });
  const note = cell('note');
  if (roles.includes('time') && hasWork && !cell('time'))
    out.push(
      note && mentionsTime(note.text)
        ? {
            level: 'warning',
            code: 'pdf-time-in-note',
            message: `${at}: cột Thời gian trống; Ghi chú có vẻ là thời hạn.`,
            line: note.pieces[0]!.line,
            field: FIELD_NAME.note,
            text: note.text,
          }
        : {
            level: 'warning',
            code: 'pdf-no-time',
            message: `${at}: không thấy thời gian hoàn thành.`,
            line,
            field: FIELD_NAME.time,
          },
    );
  for (const c of row) {
    const first = c.pieces[0]!;
    const name = FIELD_NAME[c.role];
    if ((c.role === 'lead' || c.role === 'coord') && !looksUnit(c.text, cues))
      out.push({
        level: 'warning',
        code: 'pdf-unit-unsure',
        message: `${at}: "${name}" không giống tên cơ quan, đơn vị.`,
        line: first.line,
        field: name,
        text: c.text,
      });
    if (c.role === 'time' && !looksTime(c.text, cues) && !mentionsTime(c.text))
      out.push({
        level: 'warning',
        code: 'pdf-time-unsure',
        message: `${at}: "${name}" không giống một thời hạn.`,
        line: first.line,
        field: name,
        text: c.text,
      });
    const tail = cellLines(c.pieces).at(-1)!;
    if (
      c.role !== 'time' &&
      c.role !== 'note' &&
      c.role !== 'task' &&
      cellLines(c.pieces).length > 1 &&
      /^\p{Lu}/u.test(tail.text) &&
      looksTime(tail.text, cues)
    )
      out.push({
        level: 'warning',
        code: 'pdf-time-in-cell',
        message: `${at}: dòng cuối của "${name}" giống một thời hạn; có thể thuộc cột Thời gian.`,
        line: tail.line,
        field: name,
        text: tail.text,
      });
    if (c.role !== 'time' && c.pieces.length === 1 && c.text.split(' ').length <= 2 && opensWithAcronym(c.text, cues))
      out.push({
        level: 'warning',
        code: 'pdf-fragment',
        message: `${at}: "${name}" chỉ có vài chữ viết tắt; có thể là phần cuối của ô đứng trước.`,
        line: first.line,
        field: name,
        text: c.text,
      });
    if (first.gap === 'inline')
      out.push({
        level: 'info',
        code: 'pdf-line-split',
        message: `${at}: một dòng chứa cuối ô này và đầu ô "${name}"; đã tách.`,
        line: first.line,
        field: name,
        text: first.text,
      });
    if (c.role === 'note' && cell('time') && mentionsTime(c.text))
      out.push({
        level: 'warning',
        code: 'pdf-note-looks-like-time',
        message: `${at}: Ghi chú có vẻ là (phần tiếp của) thời hạn.`,
        line: first.line,
        field: name,
        text: c.text,
      });
    if (c.role === 'task' && index > 0)
      out.push({
        level: 'info',
        code: 'pdf-subtask',
        message: `${at}: hàng không số thứ tự có Nhiệm vụ riêng.`,
        line: first.line,
        field: name,
        text: c.text,
      });
  }
  return out;
}
