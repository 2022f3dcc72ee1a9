import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { QuarterDeckError, said, spoken } from '../errors/problem.js';

/** Write a file through a temporary file beside it and a rename: never half a file. */
export async function writeFileAtomic(file: string, bytes: Buffer): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new QuarterDeckError([spoken({ code: 'E_WRITE', file, message: said('sheetCannotWriteWorkbook', (e as Error).message) })]);
  }
}
