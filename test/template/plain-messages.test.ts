// A catalog message of plain words is printed as its formatter prints it, without making the
// formatter (template/format-message.ts): every such message of the built-in catalogs, in HTML and text.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCatalogs } from '../../src/template/catalogs.js';
import { formatMessage } from '../../src/template/format-message.js';
import { messageFormat } from '../../src/template/catalog.js';
import { escapeAttr } from '../../src/format/escape.js';
import { root } from '../helpers.js';

describe('plain messages', () => {
  it('print what their formatter prints', () => {
    let plain = 0;
    for (const c of loadCatalogs([join(root, 'templates')])) {
      for (const m of c.messages.values()) {
        if (m.args.size || /[{}<>'#]/.test(m.source)) continue;
        plain++;
        const formatted = String(messageFormat(m.source, c.lang).format());
        expect(formatMessage(m, {}, 'text'), m.key).toBe(formatted);
        expect(formatMessage(m, {}, 'html'), m.key).toBe(escapeAttr(formatted));
      }
    }
    expect(plain).toBeGreaterThan(50);
  });
});
