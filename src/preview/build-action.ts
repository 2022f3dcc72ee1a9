// The page's Build button: the real `build` of the selection's package into out/, with one browser
// kept for the life of the preview. Its result, or its problems, as the page shows them.
import { relative } from 'node:path';
import { build, type BuildSession } from '../build.js';
import { faultError } from '../cli/fault.js';
import { faultOf, type Fault } from './state.js';
import type { PreviewConfig, Selection } from './render.js';

export interface BuildOutcome { ok: boolean; ms: number; outputs: string[]; findings: string[]; faults: Fault[] }

export class Builder {
  private running = false;
  private session: BuildSession = {};

  constructor(readonly config: PreviewConfig) {}

  get busy(): boolean { return this.running; }

  async run(sel: Selection): Promise<BuildOutcome> {
    this.running = true;
    const started = Date.now();
    try {
      if (!this.session.browser) this.session.browser = new (await import('../batch/shared-browser.js')).SharedBrowser();
      const c = this.config;
      const r = await build({ dataDir: c.dataDir, outDir: c.outDir, company: c.company, period: sel.period, audience: sel.audience, templates: c.templates, defaults: c.defaults, look: { theme: sel.theme || undefined } }, this.session);
      const { formatFinding } = await import('../preflight/run.js');
      return { ok: true, ms: Date.now() - started, outputs: r.outputs.map((o) => relative(process.cwd(), o)), findings: (r.findings ?? []).map((f) => formatFinding(f)), faults: [] };
    } catch (e) {
      return { ok: false, ms: Date.now() - started, outputs: [], findings: [], faults: faultError(e).problems.map((p) => faultOf(p)) };
    } finally { this.running = false; }
  }

  async close(): Promise<void> { await this.session.browser?.close(); }
}
