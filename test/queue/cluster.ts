// A cluster on one machine that shares nothing but Redis: a real redis-server on a free loopback
// port, workers as separate CLI processes each in its own empty folder, a producer in another.
// The waits are bounds for a hang, not for speed: on a loaded machine (a load average of 25) the
// SIGKILL case of faults.test.ts, a few waits in a row, took 52 s.
// Every process a Cluster starts carries its mark in its environment, and so does everything those
// start (a worker's build processes, their Chromium): stop() ends them all, even those whose parent
// was killed first, and a test file that fails or times out still leaves nothing running.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../helpers.js';

export const REDIS_SERVER = '/usr/bin/redis-server';
export const haveRedis = existsSync(REDIS_SERVER);
const BIN = join(root, 'bin', 'quarterdeck.js');
const MARK = 'QUARTERDECK_TEST_CLUSTER';

// Short queue timers, so that a retry, a lost job queued again and a dead worker's job taken over
// happen within a second or two instead of many (the defaults are for production):
/** for a producer (`batch --redis`, `schedule --redis`): the first retry after 250 ms (0.25, 0.5, 1 s: the
 *  three retries span 1.75 s, time enough for the producer to upload a snapshot again), checks every 0.2 s */
export const PRODUCER_TIMERS = ['--retry-delay', '250', '--check-interval', '0.2'];
/** for a worker: a job whose worker stopped answering is taken over 2–3 s after its last heartbeat
 *  (renewed every second by a worker whose builds run in child processes) */
export const WORKER_TIMERS = ['--lock-duration', '2000', '--stalled-interval', '500'];

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

/** The processes alive (not zombies) whose environment carries `mark`: Linux's /proc; elsewhere none are
 *  found. (redis-server rewrites its environment with its title: it is found as the cluster's own child.) */
function marked(mark: string): number[] {
  const needle = `${MARK}=${mark}\0`;
  const found: number[] = [];
  let pids: string[];
  try { pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n)); } catch { return found; }
  for (const pid of pids) {
    try {
      if (/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) continue;
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(needle)) found.push(Number(pid));
    } catch { /* gone meanwhile, or not ours */ }
  }
  return found;
}

const killAll = (pids: number[]) => { for (const pid of pids) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } };

/** Clusters not stopped yet: ended when the test process exits, whatever happened to the file's hooks. */
const running = new Set<Cluster>();
process.on('exit', () => { for (const c of running) c.killNow(); });

/** The processes of one test file: a Redis, workers, producers. */
export class Cluster {
  private readonly mark = randomUUID();
  private readonly procs = new Set<Proc>();
  readonly redis: RedisServer;

  constructor(port: number) {
    this.redis = new RedisServer(this, port);
    running.add(this);
  }

  spawn(command: string, args: string[], o: SpawnOptions = {}): Proc {
    const p = new Proc(spawn(command, args, { ...o, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...o.env, [MARK]: this.mark } }));
    this.procs.add(p);
    void p.exited.then(() => this.procs.delete(p));
    return p;
  }

  quarterdeck(args: string[], cwd: string): Proc {
    return this.spawn(process.execPath, [BIN, ...args], { cwd });
  }

  /** A worker in an empty folder of its own (no data, no templates, its own working directory). */
  worker(name: string, extra: string[] = []): Proc & { dir: string } {
    const dir = mkdtempSync(join(tmpdir(), `qd-worker-${name}-`));
    const p = this.quarterdeck(['worker', '--redis', this.redis.url, '--name', name, '--concurrency', '2', ...extra], dir) as Proc & { dir: string };
    p.dir = dir;
    return p;
  }

  /** SIGKILL to everything this cluster started (and what that started), at once. */
  killNow(): void {
    for (const p of this.procs) p.kill('SIGKILL');
    killAll(marked(this.mark));
  }

  /** End every process of the cluster and wait until none is left (a bound of 10 s for a process that will not die). */
  async stop(): Promise<void> {
    this.killNow();
    await Promise.race([Promise.all([...this.procs].map((p) => p.exited)), new Promise((r) => setTimeout(r, 10_000))]);
    for (let i = 0; i < 100; i++) {
      const left = marked(this.mark);
      if (!left.length) break;
      killAll(left);
      await new Promise((r) => setTimeout(r, 100));
    }
    running.delete(this);
  }

  /** What is still running (for a test that checks the teardown). */
  alive(): number[] { return marked(this.mark); }
}

/** redis-server without persistence: a restart loses everything, the hardest case for the queue. */
export class RedisServer {
  proc?: Proc;
  constructor(private cluster: Cluster, readonly port: number) {}
  get url() { return `redis://127.0.0.1:${this.port}`; }
  async start(): Promise<void> {
    this.proc = this.cluster.spawn(REDIS_SERVER, ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
    await this.proc.waitFor(/Ready to accept connections/, 30_000);
  }
  async stop(): Promise<void> {
    if (!this.proc || this.proc.code !== undefined) return;
    this.proc.kill('SIGKILL');
    await this.proc.exited;
  }
}

/** Lines of a worker's JSON log (from character `from` of its output on). */
export const events = (p: Proc, from = 0) => p.out.slice(from).split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, string>);

/** The first of these workers to start a job after the marks (their output lengths then). */
export function firstToStart<P extends Proc>(ws: P[], marks: number[], ms = 90_000): Promise<P> {
  return Promise.race(ws.map((w, i) => w.waitFor(/"event":"job-start"/, ms, marks[i]).then(() => w, () => new Promise<P>(() => undefined))));
}
