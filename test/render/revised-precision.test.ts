// A revised target beside the one it replaced: never more decimals than the less precise of the two is
// known to. A target announced as "4 billion" is not printed "4.0" however many decimals the unit allows.
import { describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import { registerHelpers } from '../../src/render/helpers.js';
import { FigureSet } from '../../src/render/figure-set.js';
import { en } from '../../src/messages/en.js';
import type { Figure, FiguresFile } from '../../src/contract/figures.js';

const fiscal = { endMonth: 3, naming: 'start' } as const;
const target = (measure: string, value: string, precision: string): Figure => ({
  id: `${measure}:is.operating-income@FY2010`, item: 'is.operating-income', measure, period: 'FY2010', scenario: 'target',
  value, display: '', unit: 'JPY', kind: 'reported', precision, sources: [], label: 'Operating income — target', periodLabel: 'FY2010',
});

function revised(now: Figure, before: Figure): string {
  const file = { company: 'x', period: 'FY2010', periodLabel: 'FY2010', generatedFrom: 'x', figures: [now, before] } as FiguresFile;
  const hb = Handlebars.create();
  registerHelpers(hb, { figures: new FigureSet(file, fiscal), m: en, fiscal, labels: new Map(), output: 'text' });
  return hb.compile('{{revised "target:is.operating-income" unit="billion" decimals=1}}', { noEscape: true })({});
}

describe('revised targets: one precision, never finer than known', () => {
  it('both known to 0.1 billion: one decimal', () => {
    expect(revised(target('target', '3100000000', '50000000'), target('target-prev', '4300000000', '50000000'))).toMatch(/JPY3\.1 billion.*JPY4\.3 billion/);
  });
  it('the earlier target announced as 4 billion: no decimal on either', () => {
    expect(revised(target('target', '3000000000', '50000000'), target('target-prev', '4000000000', '500000000'))).toMatch(/JPY3 billion.*JPY4 billion/);
  });
});
