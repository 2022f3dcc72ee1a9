// Chart specs load nothing: the check refuses every `url` (file and line), and the renderer's
// loader refuses every load even for a spec that slips past the check. A loopback server records
// every request it gets: it must record none.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readChartSpec } from '../../src/render/template-check.js';
import { renderSvg, type ChartData } from '../../src/render/charts.js';
import { QuarterDeckError } from '../../src/errors/problem.js';

let server: Server; let base = ''; const requests: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => { requests.push(req.url ?? ''); res.end('a,b\nroot,1\n'); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const binding = { quarterdeck: { kind: 'bar', series: [{ key: 'is.revenue.total' }], periods: ['prior', 'cur'] } };
const rowsLayer = { mark: 'bar', encoding: { x: { field: 'period', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } } };
const specs = (url: () => string): Record<string, () => Record<string, unknown>> => ({
  'a layer\'s data.url': () => ({ usermeta: binding, layer: [rowsLayer, { data: { url: url(), format: { type: 'dsv', delimiter: ':' } }, mark: 'text', encoding: { text: { field: 'a' } } }] }),
  'a lookup transform': () => ({ usermeta: binding, transform: [{ lookup: 'period', from: { data: { url: url() }, key: 'a', fields: ['b'] } }], ...rowsLayer }),
  'a top-level data.url': () => ({ usermeta: binding, data: { url: url() }, ...rowsLayer }),
});
const text = (spec: Record<string, unknown>) => JSON.stringify(spec, null, 2);
const lineOfUrl = (t: string) => t.split('\n').findIndex((l) => l.includes('"url"')) + 1;
const data: Pick<ChartData, 'rows' | 'alt'> = { alt: 'x',
  rows: [{ period: 'FY08', periodOrder: 0, series: 'Revenue', seriesOrder: 0, value: 1, label: '1', axis: 'left', exact: '1', kind: 'bar', y0: 0, y1: 1, mid: 0.5 }] };

const urls: Record<string, () => string> = { 'http (loopback)': () => `${base}/leak.csv`, 'file://': () => 'file:///etc/passwd' };
for (const [kind, url] of Object.entries(urls)) {
  describe(`chart spec with a ${kind} URL`, () => {
    for (const [where, make] of Object.entries(specs(url))) {
      it(`${where}: the check refuses it with file, line and field`, () => {
        const t = text(make());
        let err: unknown;
        try { readChartSpec('charts/evil.vl.json', t); } catch (e) { err = e; }
        expect(err).toBeInstanceOf(QuarterDeckError);
        const [p, ...more] = (err as QuarterDeckError).problems;
        expect(more).toEqual([]);
        expect(p).toMatchObject({ code: 'E_TEMPLATE', file: 'charts/evil.vl.json', line: lineOfUrl(t) });
        expect(p.field).toMatch(/url$/);
        expect(requests).toEqual([]);
      });
      it(`${where}: rendering past the check loads nothing`, async () => {
        const render = renderSvg(make(), data);
        // the top-level data is always replaced by the figures' rows; any other load is refused
        if (where.startsWith('a top-level')) await expect(render).resolves.toContain('<svg');
        else await expect(render).rejects.toMatchObject({ problems: [expect.objectContaining({ code: 'E_TEMPLATE', field: 'url' })] });
        expect(requests).toEqual([]);
      });
    }
  });
}
