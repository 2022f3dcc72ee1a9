import { describe, expect, it } from 'vitest';
import { omissionSummary } from '../../src/export/omissions.js';
import type { Omission } from '../../src/contract/documents.js';

const o = (document: string, what: string, reason: string, slide?: string): Omission => ({ document, what, reason, slide });

describe('the build\'s omission summary', () => {
  it('a slide left out whole is one line, its blocks are not repeated', () => {
    const lines = omissionSummary([
      o('deck.pptx', 'Revenue: {{t "x"}}', 'needs target-prev:rev@fy', 'revised'),
      o('deck.pptx', 'slide', 'none of its blocks has data', 'revised'),
      o('deck.pptx', 'Net sales next year', 'no figure "rev" for FY2026', 'summary'),
    ]);
    expect(lines).toEqual([
      'left out: 3 items (deck.pptx 3)',
      '  deck.pptx, slide revised: slide — none of its blocks has data',
      '  deck.pptx, slide summary: Net sales next year — no figure "rev" for FY2026',
    ]);
  });

  it('a long run of one reason shows its first three lines and how many more the manifest lists', () => {
    const list = Array.from({ length: 9 }, (_, i) => o('release.pdf', `narrative reasons: entry ${i}`, 'no template of the release prints this section or item'));
    const lines = omissionSummary(list);
    expect(lines[0]).toBe('left out: 9 items (release.pdf 9)');
    expect(lines.slice(1, 4)).toEqual([0, 1, 2].map((i) => `  release.pdf: narrative reasons: entry ${i} — no template of the release prints this section or item`));
    expect(lines[4]).toBe('  … 6 more in release.pdf (no template of the release prints this section or item): manifest.json lists every one');
    expect(lines).toHaveLength(5);
    // five or fewer are all shown
    expect(omissionSummary(list.slice(0, 5))).toHaveLength(6);
  });
});
