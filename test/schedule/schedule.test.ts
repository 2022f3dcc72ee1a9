import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, root, run } from '../helpers.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { History } from '../../src/history/store.js';
import type { Job } from '../../src/schedule/schedule-file.js';

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'qd-sched-'));
  cpSync(join(fixtures, 'harbor'), join(dir, 'data', 'harbor'), { recursive: true });
  return { dir, data: join(dir, 'data'), out: join(dir, 'out') };
}

const job = (cron: string): Job => ({ name: 'draft', cron, build: [{ company: ['harbor'], period: ['FY2024'], formats: ['figures'] }] });

describe('the scheduler', () => {
  it('runs a due job, and skips (and records) a run that is due while the previous one is still going', async () => {
    const t = scratch();
    const history = new History(join(t.out, 'runs.jsonl'));
    const lines: string[] = [];
    let runs = 0;
    let sawSkip!: () => void;
    const skipped = new Promise<void>((r) => { sawSkip = r; });
    const s = new Scheduler([job('* * * * * *')], {
      history, timezone: 'Asia/Tokyo', log: (event, f) => { lines.push(JSON.stringify({ event, ...f })); if (event === 'skipped') sawSkip(); },
      // a run goes on until the job is due again (it is due every second) and that run was skipped
      runJob: async () => { runs++; await skipped; return { status: 'ok', outputs: [] }; },
    });
    s.start();
    await skipped;
    await s.stop();
    const recs = history.read();
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(recs.filter((r) => r.status === 'ok').length).toBe(runs);
    expect(recs.filter((r) => r.status === 'skipped').length).toBeGreaterThanOrEqual(1);
    expect(recs.find((r) => r.status === 'skipped')?.error).toBe('previous run still going');
    expect(lines.some((l) => l.includes('"event":"skipped"'))).toBe(true);
  }, 15_000);

  it('rejects a bad cron expression with its file and line', async () => {
    const t = scratch();
    writeFileSync(join(t.dir, 's.yaml'), 'jobs:\n  - name: draft\n    cron: "61 * * * *"\n    build: [{ company: harbor }]\n');
    const r = await run(['schedule', '--file', join(t.dir, 's.yaml'), '--once', 'draft', '--data', t.data, '--out', t.out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/s\.yaml:3: jobs\.0\.cron: not a valid cron expression/);
  });

  it('--once runs one job now and records it in the history', async () => {
    const t = scratch();
    writeFileSync(join(t.dir, 's.yaml'), `history: ${join(t.out, 'h.jsonl')}\njobs:\n  - name: final\n    cron: "0 9 14 5 *"\n    build:\n      - company: harbor\n        period: [FY2024, 1H24]\n        formats: figures\n`);
    const r = await run(['schedule', '--file', join(t.dir, 's.yaml'), '--once', 'final', '--data', t.data, '--out', t.out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/"event":"run-end","job":"final","run":"[0-9a-f-]+","status":"ok","packages":2/);
    const h = await run(['history', '--file', join(t.dir, 's.yaml'), '--out', t.out]);
    expect(h.out).toMatch(/final\s+ok\s+[\d.]+ s\s+2\s+[0-9a-f]{12}/);
    const wrong = await run(['schedule', '--file', join(t.dir, 's.yaml'), '--once', 'finale', '--data', t.data, '--out', t.out]);
    expect(wrong.err).toMatch(/no job "finale".*Did you mean "final"\?/);
  });

  it('on SIGTERM finishes the running package, records the run and exits cleanly', async () => {
    const t = scratch();
    const periods = ['FY2024', '1H24', '2Q24', '4Q24', '1Q24', '3Q24', '9M24', '2H24'];
    writeFileSync(join(t.dir, 's.yaml'), `jobs:\n  - name: draft\n    cron: "* * * * * *"\n    force: true\n    build:\n      - company: harbor\n        period: [${periods.join(', ')}]\n        formats: figures\n`);
    const child = spawn(process.execPath, [join(root, 'bin', 'quarterdeck.js'), 'schedule', '--file', join(t.dir, 's.yaml'), '--concurrency', '1', '--data', t.data, '--out', t.out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    await new Promise<void>((resolve) => { const i = setInterval(() => { if (out.includes('"run-start"')) { clearInterval(i); resolve(); } }, 20); });
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code).toBe(0);
    const events = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.event)).toContain('signal');
    expect(events.at(-1).event).toBe('stopped');
    const recs = new History(join(t.out, '.history', 'runs.jsonl')).read();
    const done = recs.filter((r) => r.status !== 'running' && r.status !== 'skipped');
    expect(done.length).toBeGreaterThanOrEqual(1);
    for (const r of done) {
      expect(['ok', 'interrupted']).toContain(r.status);
      for (const o of r.outputs ?? []) expect(JSON.parse(readFileSync(o, 'utf8')).figures.length).toBeGreaterThan(10);
    }
    // no half-written file anywhere
    expect(existsSync(t.out)).toBe(true);
    const { execSync } = await import('node:child_process');
    expect(execSync(`find ${t.out} -name '*.tmp-*'`).toString()).toBe('');
  }, 120_000); // a CLI process and a few builds: seconds when idle; 23 s at a load average of 25
});
