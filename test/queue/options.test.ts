// The queue's timers as a user sets them on `batch --redis` and `schedule --redis`: the defaults
// production runs with, the values typed, and one problem naming the flag for a value that is not
// a number. (faults.test.ts runs a cluster with short timers: a retry, a lost job queued again.)
import { describe, expect, it } from 'vitest';
import { queueOptions } from '../../src/queue/options.js';
import { jobOptions } from '../../src/queue/bull.js';
import { workerTimers } from '../../src/queue/worker.js';
import { QuarterDeckError } from '../../src/errors/problem.js';

const fallback = { data: 'data', out: 'out', company: 'iij' };
const config = { templates: [] };
const problemOf = (f: () => unknown) => { try { f(); } catch (e) { return e; } return undefined; };

describe('the queue\'s timers', () => {
  it('default to a first retry after 1 s, a check every 2 s, 60 s without Redis and no time limit', () => {
    const o = queueOptions({ redis: 'redis://localhost:6379' }, fallback, config);
    expect([o.retryDelay, o.checkInterval, o.redisTimeout, o.timeout]).toEqual([1000, 2, 60, 0]);
    expect(jobOptions(o.retryDelay).backoff).toEqual({ type: 'exponential', delay: 1000 });
    expect(jobOptions().attempts).toBe(4);
  });

  it('take the values typed; a check never more often than every 10 ms', () => {
    const o = queueOptions({ redis: 'redis://localhost:6379', retryDelay: '250', checkInterval: '0.2', redisTimeout: '30', timeout: '600' }, fallback, config);
    expect([o.retryDelay, o.checkInterval, o.redisTimeout, o.timeout]).toEqual([250, 0.2, 30, 600]);
    expect(jobOptions(o.retryDelay).backoff.delay).toBe(250);
    expect(queueOptions({ redis: 'redis://localhost:6379', checkInterval: '0' }, fallback, config).checkInterval).toBe(0.01);
  });

  it('a value that is not a number is one problem naming its flag, exit code 2', () => {
    for (const [flag, key] of [['--retry-delay', 'retryDelay'], ['--check-interval', 'checkInterval'], ['--redis-timeout', 'redisTimeout']] as const) {
      const e = problemOf(() => queueOptions({ redis: 'redis://localhost:6379', [key]: '2s' }, fallback, config));
      expect(e).toBeInstanceOf(QuarterDeckError);
      expect((e as QuarterDeckError).exitCode).toBe(2);
      expect((e as QuarterDeckError).problems).toEqual([expect.objectContaining({ code: 'E_ARG', field: flag, found: '"2s"' })]);
    }
  });
});

describe('a worker\'s timers', () => {
  it('default to a 30 s lock, looked for as often; the values typed; not a number is one problem naming its flag', () => {
    expect(workerTimers({})).toEqual({ lockDuration: 30_000, stalledInterval: 30_000 });
    expect(workerTimers({ lockDuration: '2000' })).toEqual({ lockDuration: 2000, stalledInterval: 2000 });
    expect(workerTimers({ lockDuration: '2000', stalledInterval: '500' })).toEqual({ lockDuration: 2000, stalledInterval: 500 });
    const e = problemOf(() => workerTimers({ lockDuration: '2000', stalledInterval: 'often' }));
    expect((e as QuarterDeckError).problems).toEqual([expect.objectContaining({ code: 'E_ARG', field: '--stalled-interval', found: '"often"' })]);
  });
});
