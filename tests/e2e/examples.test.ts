/**
 * Each component's examples (src/components/examples.ts) as rendered on the
 * pattern page: the expected text is there, and markup from the source is
 * shown as text, never run. The same page is in the axe audit (pages.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { useBrowser, visit } from './browser';
import * as ex from '../../src/components/examples';

const session = useBrowser({ context: {} });

const sets: [component: string, examples: ex.Example<unknown>[]][] = [
  ['Breadcrumbs', ex.breadcrumbExamples],
  ['TimeInfo', ex.timeExamples],
  ['SourceLink', ex.sourceLinkExamples],
  ['Diagnostics', ex.diagnosticExamples],
  ['Corrections', ex.correctionExamples],
  ['SourceLines', ex.sourceLineExamples],
  ['Citation', ex.citationExamples],
  ['Pagination', ex.paginationExamples],
];

describe('mẫu giao diện', () => {
  it.each(sets)('%s hiển thị đúng các ví dụ', async (component, examples) => {
    const { page, consoleErrors } = await visit(session.context, '/mau-giao-dien/');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    for (const e of examples) {
      const el = page.locator(`[data-example="${component}/${e.name}"]`);
      expect(await el.count(), `${component}/${e.name}`).toBe(1);
      const text = await el.innerText();
      for (const want of e.expect) expect(text).toContain(want);
    }
    expect(dialogs).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
