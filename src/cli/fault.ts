// What the CLI says when something other than a QuarterDeckError stops a command: a problem a user
// can act on (the path, what to do), never a raw stack trace. QUARTERDECK_DEBUG=1 prints the stack.
import { QuarterDeckError, said, spoken, type Problem } from '../errors/problem.js';
import { writeProblem } from '../export/package-writer.js';

const FS_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR', 'EMFILE', 'ENOENT']);

export function faultError(e: unknown): QuarterDeckError {
  if (e instanceof QuarterDeckError) return e;
  const err = e as NodeJS.ErrnoException & { name?: string };
  if (err && typeof err === 'object' && err.code && FS_CODES.has(err.code)) return writeProblem(err, err.path ?? '');
  if (err?.name === 'TimeoutError' || /Navigation timeout|timed? ?out/i.test(String(err?.message))) {
    return new QuarterDeckError([spoken({ code: 'E_RENDER', message: said('browserTimeout', firstLine(err)), hint: said('browserTimeoutHint') })]);
  }
  if (/Target closed|Browser has disconnected|Connection closed|Session closed/i.test(String(err?.message))) {
    return new QuarterDeckError([spoken({ code: 'E_RENDER', message: said('browserStopped', firstLine(err)), hint: said('browserStoppedHint') })]);
  }
  const p: Problem = spoken({ code: 'E_INTERNAL' as const, message: said('unexpected', firstLine(err)), hint: said('unexpectedHint') });
  return new QuarterDeckError([p], 3);
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];

/**
 * The language a run's problems are printed in: `--lang ja|en` if given, else the language of the
 * audience named (`--audience`, each of a batch's list, else the config file's), else the
 * environment's locale (LANG ja_JP* → ja), else English. Read from the arguments as typed, since a
 * run may stop before its options are parsed; nothing here may fail.
 */
export async function problemLanguage(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<'en' | 'ja'> {
  const flag = (name: string) => {
    for (let i = argv.length - 1; i >= 0; i--) {
      if (argv[i] === name) return argv[i + 1];
      if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
    }
    return undefined;
  };
  const lang = flag('--lang');
  if (lang === 'en' || lang === 'ja') return lang;
  const audience = await audienceLanguage(flag('--audience'), argv.flatMap((a, i) => (argv[i - 1] === '--templates' ? [a] : [])));
  if (audience) return audience;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja([_.-]|$)/i.test(locale) ? 'ja' : 'en';
}

/** The one language of the audiences named (or the config file's), or undefined. */
async function audienceLanguage(named: string | undefined, templates: string[]): Promise<'en' | 'ja' | undefined> {
  try {
    const [{ loadConfig, templateFolders }, { loadProfile }, { builtinTemplates }] = await Promise.all([
      import('../config/config.js'), import('../audience/profile.js'), import('../template/builtin.js')]);
    const config = loadConfig();
    const names = (named ?? config.audience)?.split(',').map((n) => n.trim()).filter(Boolean) ?? [];
    if (!names.length) return undefined;
    const dirs = [...templateFolders(templates, config), builtinTemplates];
    const langs = new Set(names.map((n) => loadProfile(n, dirs).language));
    return langs.size === 1 ? [...langs][0] : undefined;
  } catch { return undefined; }
}
