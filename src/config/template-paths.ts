// Template folders: where a template, partial, slide, chart spec, theme, logo or audience is looked
// up. Every name is a path relative to a template folder, and it stays there: "../", an absolute
// path or a link to a file outside the folder is refused with a clear error. Templates read nothing
// but the template folders.
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, win32 } from 'node:path';
import { QuarterDeckError, said, spoken, type Problem } from '../errors/problem.js';

/** Where a name was written (a template file, its line and field), for the error. */
export type NameSource = Pick<Problem, 'file' | 'line' | 'field'>;

/** A relative path that stays inside its folder: no absolute path, no "..", no backslash, no NUL. */
export function isSafeName(rel: string): boolean {
  if (!rel || rel.includes('\0') || rel.includes('\\') || isAbsolute(rel) || win32.isAbsolute(rel)) return false;
  return !rel.split('/').some((seg) => seg === '..');
}

/** Refuse a name that would leave the template folders. `what`: "partial", "chart spec" … */
export function checkName(rel: string, what: string, at: NameSource = {}): void {
  if (isSafeName(rel)) return;
  throw new QuarterDeckError([spoken({
    code: 'E_TEMPLATE' as const, ...at, message: said('outsideTemplates', what, rel),
    expected: said('relativeName'), found: JSON.stringify(rel),
  })]);
}

/** Is `file` (after following links) inside `dir`? */
function inside(dir: string, file: string): boolean {
  const r = relative(realpathSync(dir), realpathSync(file));
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * Every template folder's file at `rel`, in folder order (user folders first, built-ins last).
 * Throws when the name leaves the folders, or when a file there is a link to a file outside.
 */
export function templateFiles(dirs: string[], rel: string, what: string, at: NameSource = {}): string[] {
  checkName(rel, what, at);
  const out: string[] = [];
  for (const d of dirs) {
    const f = join(d, rel);
    if (!existsSync(f)) continue;
    if (!inside(d, f)) {
      throw new QuarterDeckError([spoken({ code: 'E_TEMPLATE' as const, ...at, file: f, message: said('linksOutside', what, rel, d) })]);
    }
    out.push(f);
  }
  return out;
}

/** The first template folder's file at `rel` (user overrides win), or undefined. */
export function findTemplate(dirs: string[], rel: string, what: string, at: NameSource = {}): string | undefined {
  return templateFiles(dirs, rel, what, at)[0];
}
