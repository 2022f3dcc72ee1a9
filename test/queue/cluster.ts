// A cluster on one machine that shares nothing but Redis: a real redis-server on a free loopback
// port, workers as separate CLI processes each in its own empty folder, a producer in another.
// The waits are bounds for a hang, not for speed: on a loaded machine (a load average of 25) the
// SIGKILL case of faults.test.ts, a few waits in a row, took 52 s.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../helpers.js';

export const REDIS_SERVER = '/usr/bin/redis-server';
export const haveRedis = existsSync(REDIS_SERVER);
const BIN = join(root, 'bin', 'quarterdeck.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as { port: number }).port; s.close(() => resolve(p)); }); });
}

/** A process whose output is kept, with a wait for a line that matches. */
export class Proc {
  out = '';
  err = '';
  code: number | null | undefined = undefined;
  exitedAt?: number;
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;
  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (d: Buffer) => { this.out += d.toString(); this.poke(); });
    child.stderr?.on('data', (d: Buffer) => { this.err += d.toString(); this.poke(); });
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => { this.code = code ?? (signal ? -1 : null); this.exitedAt = Date.now(); this.poke(); resolve(this.code); }));
  }
  private poke() { for (const w of this.waiters.splice(0)) w(); }
  /** Resolves with the first match in stdout (from character `from` on); rejects after `ms` or when the process exits first. */
  async waitFor(re: RegExp, ms = 90_000, from = 0): Promise<RegExpMatchArray> {
    const deadline = Date.now() + ms;
    for (;;) {
      const m = this.out.slice(from).match(re);
      if (m) return m;
      if (this.code !== undefined) throw new Error(`exited (${this.code}) before ${re}:\n${this.out}\n${this.err}`);
      if (Date.now() > deadline) throw new Error(`no ${re} within ${ms} ms:\n${this.out}\n${this.err}`);
      await new Promise<void>((r) => { const t = setTimeout(r, 200); this.waiters.push(() => { clearTimeout(t); r(); }); });
    }
  }
  kill(signal: NodeJS.Signals = 'SIGTERM') { if (this.code === undefined) this.child.kill(signal); }
}

export function quarterdeck(args: string[], cwd: string): Proc {
  return new Proc(spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** redis-server without persistence: a restart loses everything, the hardest case for the queue. */
export class RedisServer {
  proc?: Proc;
  constructor(readonly port: number) {}
  get url() { return `redis://127.0.0.1:${this.port}`; }
  async start(): Promise<void> {
    this.proc = new Proc(spawn(REDIS_SERVER, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] }));
    await this.proc.waitFor(/Ready to accept connections/, 30_000);
  }
  async stop(): Promise<void> {
    if (!this.proc || this.proc.code !== undefined) return;
    this.proc.kill('SIGKILL');
    await this.proc.exited;
  }
}

/** A worker in an empty folder of its own (no data, no templates, its own working directory). */
export function startWorker(redis: RedisServer, name: string, extra: string[] = []): Proc & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), `qd-worker-${name}-`));
  const p = quarterdeck(['worker', '--redis', redis.url, '--name', name, '--concurrency', '2', ...extra], dir) as Proc & { dir: string };
  p.dir = dir;
  return p;
}

/** Lines of a worker's JSON log (from character `from` of its output on). */
export const events = (p: Proc, from = 0) => p.out.slice(from).split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, string>);

/** The first of these workers to start a job after the marks (their output lengths then). */
export function firstToStart<P extends Proc>(ws: P[], marks: number[], ms = 90_000): Promise<P> {
  return Promise.race(ws.map((w, i) => w.waitFor(/"event":"job-start"/, ms, marks[i]).then(() => w, () => new Promise<P>(() => undefined))));
}
