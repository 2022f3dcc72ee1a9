// The printed ratios and changes a facts file may hold, keyed `<measure>:<item>`.

export type Measure =
  | 'yoy' | 'qoq' | 'pct-of-revenue' | 'pct-of-assets' | 'vs-target'
  | 'yoy-diff' | 'qoq-diff' | 'ytd-diff' | 'yoy-pts' | 'qoq-pts' | 'ytd-pts';

export const MEASURES: Record<Measure, { unit: 'ratio' | 'item'; en: string }> = {
  yoy: { unit: 'ratio', en: 'YoY % change' },
  qoq: { unit: 'ratio', en: 'QoQ % change' },
  'pct-of-revenue': { unit: 'ratio', en: '% of total revenues' },
  'pct-of-assets': { unit: 'ratio', en: '% of total assets' },
  'vs-target': { unit: 'ratio', en: '% against target' },
  'yoy-diff': { unit: 'item', en: 'change YoY' },
  'qoq-diff': { unit: 'item', en: 'change QoQ' },
  'ytd-diff': { unit: 'item', en: 'change since fiscal year end' },
  'yoy-pts': { unit: 'ratio', en: 'change in points YoY' },
  'qoq-pts': { unit: 'ratio', en: 'change in points QoQ' },
  'ytd-pts': { unit: 'ratio', en: 'change in points since fiscal year end' },
};

/** Which measures make sense for an item: % changes of amounts, point changes of ratios. */
export function appliesTo(m: Measure, item: { unit: string; time: 'duration' | 'instant' }, base: string): boolean {
  const ratio = item.unit === 'ratio';
  switch (m) {
    case 'yoy': case 'qoq': return !ratio;
    case 'yoy-pts': case 'qoq-pts': return ratio;
    case 'ytd-pts': return ratio && item.time === 'instant';
    case 'pct-of-revenue': return !ratio && item.time === 'duration' && base === 'JPY';
    case 'pct-of-assets': return !ratio && item.time === 'instant' && base === 'JPY';
    case 'ytd-diff': return !ratio && item.time === 'instant';
    case 'yoy-diff': case 'qoq-diff': return !ratio;
    case 'vs-target': return !ratio;
  }
}

export function isMeasure(m: string): m is Measure {
  return m in MEASURES;
}

export function splitKey(key: string): { measure?: string; item: string } {
  const i = key.indexOf(':');
  return i < 0 ? { item: key } : { measure: key.slice(0, i), item: key.slice(i + 1) };
}
