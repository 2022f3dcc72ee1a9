// Waits for the producer's jobs. BullMQ's QueueEvents says when a job completes or fails; a
// reconciliation every couple of seconds (checkInterval) asks Redis directly, so nothing is missed
// while the event stream was unreachable, a job Redis lost (it restarted without persistence) is
// queued again, a snapshot that expired is uploaded again when a job fails for want of it, and a
// Redis that stays away ends the wait with a clear error.
import { Job, QueueEvents, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { closeAll, connect, downClock } from './connection.js';
import { DEFAULT_CHECK_INTERVAL, QUEUE, type RemoteJob, type RemoteResult } from './bull.js';
import { queueError } from './messages.js';

interface Pending { resolve: (r: RemoteResult) => void; reject: (e: Error) => void; data: RemoteJob; name: string; opts: object }

export interface WaiterOptions {
  /** give up when Redis has been unreachable this long (s) */
  redisTimeout: number;
  /** give up on unfinished packages after this long (s); 0 = wait as long as it takes */
  timeout: number;
  /** when a job of ours failed an attempt and waits to be retried, and before a lost job is queued again (uploads snapshots Redis no longer has) */
  beforeRetry?: () => Promise<void>;
  onRequeue?: (name: string) => void;
  /** seconds between reconciliations (default 2) */
  checkInterval?: number;
}

export class JobWaiter {
  private pending = new Map<string, Pending>();
  private events: QueueEvents;
  private eventsConnection: Redis;
  private down: () => number;
  private timer: NodeJS.Timeout;
  private started = Date.now();
  private checking = false;

  constructor(private url: string, private queue: Queue, private commands: Redis, private o: WaiterOptions) {
    this.eventsConnection = connect(url, 'blocking');
    this.events = new QueueEvents(QUEUE, { connection: this.eventsConnection });
    this.events.on('error', () => undefined); // reconnection is the reconciliation's business
    this.events.on('completed', ({ jobId, returnvalue }) => this.settle(jobId, (p) => p.resolve(parse(returnvalue))));
    this.events.on('failed', ({ jobId, failedReason }) => this.settle(jobId, (p) => p.reject(new Error(failedReason))));
    // a failed attempt waits out its backoff: whatever it lacked (an expired snapshot) is put back first
    this.events.on('delayed', ({ jobId }) => { if (this.pending.has(jobId)) void this.o.beforeRetry?.().catch(() => undefined); });
    this.down = downClock(commands);
    this.timer = setInterval(() => { void this.reconcile(); }, (o.checkInterval ?? DEFAULT_CHECK_INTERVAL) * 1000);
  }

  ready(): Promise<void> { return this.events.waitUntilReady().then(() => undefined); }

  /** Queue a job and wait for its result. */
  run(id: string, name: string, data: RemoteJob, opts: object): Promise<RemoteResult> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, data, name, opts });
      // when Redis is away now, the reconciliation queues the job once it is back (or gives up)
      this.queue.add(name, data, { ...opts, jobId: id }).catch(() => undefined);
    });
  }

  private settle(id: string, f: (p: Pending) => void): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    f(p);
  }

  private failAll(e: Error): void {
    for (const id of [...this.pending.keys()]) this.settle(id, (p) => p.reject(e));
  }

  private async reconcile(): Promise<void> {
    if (this.checking || !this.pending.size) return;
    const downFor = this.down() / 1000;
    if (downFor > this.o.redisTimeout) { this.failAll(queueError('redisDown', this.url, Math.round(downFor), this.pending.size)); return; }
    if (this.o.timeout && (Date.now() - this.started) / 1000 > this.o.timeout) { this.failAll(queueError('timeout', this.o.timeout, this.pending.size)); return; }
    if (this.commands.status !== 'ready') return;
    this.checking = true;
    try {
      for (const [id, p] of [...this.pending]) await this.check(id, p);
    } catch { /* Redis went away mid-check: the next tick tries again */ } finally {
      this.checking = false;
    }
  }

  private async check(id: string, p: Pending): Promise<void> {
    const state = await this.queue.getJobState(id);
    if (state === 'completed' || state === 'failed') {
      const job = await Job.fromId<RemoteJob, RemoteResult>(this.queue, id);
      if (!job) return;
      if (state === 'completed') this.settle(id, (x) => x.resolve(job.returnvalue));
      else this.settle(id, (x) => x.reject(new Error(job.failedReason)));
    } else if (state === 'unknown') {
      this.o.onRequeue?.(p.name);
      await this.o.beforeRetry?.();
      await this.queue.add(p.name, p.data, { ...p.opts, jobId: id });
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.race([this.events.close().catch(() => undefined), new Promise((r) => setTimeout(r, 2000).unref())]);
    closeAll(this.eventsConnection);
  }
}

const parse = (v: unknown): RemoteResult => (typeof v === 'string' ? JSON.parse(v) : v) as RemoteResult;
