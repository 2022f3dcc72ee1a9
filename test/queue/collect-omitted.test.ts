// A queued package's manifest lists what its documents left out, as build() lists it: the worker
// sends build's `omitted` with its result and the producer writes it into the package's manifest.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePackage } from '../../src/queue/collect.js';
import type { Omission } from '../../src/contract/documents.js';

describe('the producer writes the package', () => {
  it('with the omissions the worker reported in its manifest', () => {
    const out = mkdtempSync(join(tmpdir(), 'qd-collect-'));
    const dir = join(out, 'harbor', 'FY2025', 'investors');
    const omitted: Omission[] = [{ document: 'deck.pptx', slide: 'target', what: 'slide', reason: 'needs target:pl.sales.total@targetFy' }];
    const written = writePackage(out, dir, new Map([['figures.json', new TextEncoder().encode('{}\n')]]), 'a'.repeat(64), omitted);
    expect(written).toEqual([join(dir, 'figures.json')]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { omitted?: Omission[] };
    expect(manifest.omitted).toEqual(omitted);
  });
});
