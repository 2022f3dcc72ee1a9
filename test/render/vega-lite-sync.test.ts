// The Vega-Lite compiler thread of the template check: started on the first spec, stopped when idle
// (its Vega-Lite is not held while the documents print), started again for a later spec.
import { describe, expect, it } from 'vitest';
import { compileInWorker, compilerRunning } from '../../src/render/vega-lite-sync.js';

const spec = (field: string) => ({ data: { values: [{ a: 'x', b: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field, type: 'quantitative' } } });

describe('the Vega-Lite compiler thread', () => {
  it('compiles, stops after a second with nothing to compile, and compiles again in a new thread', async () => {
    const first = JSON.parse(compileInWorker(spec('b')));
    expect(first.marks[0].type).toBe('rect');
    expect(compilerRunning()).toBe(true);
    await expect.poll(() => compilerRunning(), { timeout: 10_000, interval: 100 }).toBe(false);
    const again = JSON.parse(compileInWorker(spec('b')));
    expect(again).toEqual(first);
    expect(() => compileInWorker({ mark: 'no-such-mark' })).toThrow();
  });
});
