import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a command writes; tests pass their own. */
export interface Io { out: (s: string) => void; err: (s: string) => void; isTty?: boolean }
export const processIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), isTty: Boolean(process.stdout.isTTY) };

/** The project root (where data/, templates/ and out/ live by default). */
export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface CommonOptions { data: string; out: string; company: string }
export const defaults = (): CommonOptions => ({ data: resolve(projectRoot, 'data'), out: resolve(projectRoot, 'out'), company: 'iij' });
