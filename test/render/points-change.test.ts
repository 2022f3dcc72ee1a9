// One phrase for a change in percentage points, in the release ({{pointsChange}}, once ptsChange)
// and the deck ({{pointsChange}}): the same words, the same rounding, "unchanged" when it rounds to 0.0.
import { describe, expect, it } from 'vitest';
import { pointsChange } from '../../src/render/points-change.js';
import { en } from '../../src/messages/en.js';
import { ja } from '../../src/messages/ja.js';
import type { Figure } from '../../src/contract/figures.js';

const pts = (value: string) => ({ id: `ytd-pts:x@2010-03-31`, item: 'x', label: 'x', period: '2010-03-31', periodLabel: '', scenario: 'actual', value, display: '', unit: 'points', kind: 'computed', sources: [] }) as unknown as Figure;

describe('pointsChange', () => {
  it('reads the sign, to one decimal', () => {
    expect(pointsChange(pts('0.033'), en)).toBe('up 3.3 points');
    expect(pointsChange(pts('-0.0125'), en)).toBe('down 1.3 points');
    expect(pointsChange(pts('0.033'), ja)).toBe('3.3ポイント上昇');
    expect(pointsChange(pts('-0.0125'), ja)).toBe('1.3ポイント低下');
  });
  it('a change that rounds to 0.0 points is unchanged, never "up 0.0 points"', () => {
    expect(pointsChange(pts('0.0004'), en)).toBe('unchanged');
    expect(pointsChange(pts('-0.0004'), ja)).toBe('横ばい');
  });
  it('names its comparison in the language\'s word order', () => {
    expect(pointsChange(pts('0.033'), en, { base: 'yoy' })).toBe('up 3.3 points YoY');
    expect(pointsChange(pts('0.033'), ja, { base: 'ytd' })).toMatch(/^前期末比3\.3ポイント上昇$/);
  });
});
