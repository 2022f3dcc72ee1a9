// The memory of a process and everything it started (Chromium's browser, renderer, GPU and utility
// processes), sampled from /proc while a measurement runs. Two sums: resident (RSS: pages shared
// between Chromium's processes counted in each) and proportional (PSS: a shared page split between
// the processes that map it, so that the sum is what the tree takes from the machine). Linux only:
// elsewhere `stop()` returns undefined.
import { readdirSync, readFileSync } from 'node:fs';

const read = (p) => { try { return readFileSync(p, 'utf8'); } catch { return ''; } };
const kB = (text, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);

/** A process and its descendants, through /proc/<pid>/task/<tid>/children (a child is listed under the thread that started it). */
function tree(root) {
  const out = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop();
    out.push(pid);
    let tasks = [];
    try { tasks = readdirSync(`/proc/${pid}/task`); } catch { /* gone */ }
    for (const tid of tasks) for (const c of read(`/proc/${pid}/task/${tid}/children`).split(' ')) if (c) queue.push(Number(c));
  }
  return out;
}

/** What the process is: node, or Chromium's --type= (browser for the one without). */
function kind(pid) {
  const argv = read(`/proc/${pid}/cmdline`).split(/[\0 ]/);
  if (/node$/.test(argv[0])) return 'node';
  const type = argv.find((a) => a.startsWith('--type='));
  return type ? type.slice(7) : /chrom/.test(argv[0]) ? 'browser' : argv[0].split('/').pop();
}

/** Start sampling `pid`'s tree every `everyMs`; `stop()` gives the peaks in MB. */
export function sampleTree(pid = process.pid, everyMs = 100) {
  if (!read(`/proc/${pid}/smaps_rollup`)) return { stop: () => undefined };
  let rss = 0, pss = 0, at = {};
  const sample = () => {
    let r = 0, p = 0;
    const byKind = {};
    for (const q of tree(pid)) {
      const roll = read(`/proc/${q}/smaps_rollup`);
      const qr = kB(roll, 'Rss'), qp = kB(roll, 'Pss');
      r += qr; p += qp;
      const k = kind(q);
      byKind[k] = (byKind[k] ?? 0) + qp;
    }
    if (r > rss) rss = r;
    if (p > pss) { pss = p; at = byKind; }
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      const mb = (x) => Math.round(x / 1024);
      return { rssMB: mb(rss), pssMB: mb(pss), atPeakMB: Object.fromEntries(Object.entries(at).map(([k, v]) => [k, mb(v)])) };
    },
  };
}
