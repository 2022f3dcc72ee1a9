// What the CLI says when something other than a QuarterDeckError stops a command: a problem a user
// can act on (the path, what to do), never a raw stack trace. QUARTERDECK_DEBUG=1 prints the stack.
import { QuarterDeckError, type Problem } from '../errors/problem.js';
import { writeProblem } from '../export/package-writer.js';

const FS_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'EMFILE', 'ENOENT']);

export function faultError(e: unknown): QuarterDeckError {
  if (e instanceof QuarterDeckError) return e;
  const err = e as NodeJS.ErrnoException & { name?: string };
  if (err && typeof err === 'object' && err.code && FS_CODES.has(err.code)) return writeProblem(err, err.path ?? '');
  if (err?.name === 'TimeoutError' || /Navigation timeout|timed? ?out/i.test(String(err?.message))) {
    return new QuarterDeckError([{ code: 'E_RENDER', message: `the browser did not finish the document in time: ${firstLine(err)}`, hint: 'A template that makes a very long document (a runaway loop) or a machine under heavy load; check the templates, or build fewer packages at once (--concurrency 1).' }]);
  }
  if (/Target closed|Browser has disconnected|Connection closed|Session closed/i.test(String(err?.message))) {
    return new QuarterDeckError([{ code: 'E_RENDER', message: `the browser stopped while printing: ${firstLine(err)}`, hint: 'Build again; if it keeps happening, check that Chromium runs (chromium --headless --version) and that memory is not exhausted.' }]);
  }
  const p: Problem = { code: 'E_INTERNAL', message: `unexpected error: ${firstLine(err)}`, hint: 'This is a fault in QuarterDeck, not in your data: please report it with the command you ran (QUARTERDECK_DEBUG=1 prints the stack).' };
  return new QuarterDeckError([p], 3);
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];
