import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { defaults } from '../io.js';
import { QuarterDeckError, said, spoken } from '../../errors/problem.js';

const collect = (v: string, prev: string[] = []) => [...prev, v];

/** --port: 0 (any free port) to 65535. */
function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) throw new QuarterDeckError([spoken({ code: 'E_ARG', field: '--port', message: said('portFlag'), expected: said('forExample', '--port 4173'), found: `"${value}"` })], 2);
  return n;
}

export function previewCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('preview')
    .description('a live preview of the package on 127.0.0.1: release and deck as you edit data and templates, every figure traced to its source')
    .option('--company <id>', 'company folder under data/')
    .option('--period <P>', 'FY2009, FY2009-H1, 1H09 … (default: the latest full year)')
    .option('--audience <name>', 'who the package is for (see `quarterdeck audiences`)')
    .option('--lang <code>', 'language of the documents: en or ja (default: the audience\'s)')
    .option('--templates <dir>', 'a template folder whose files override the built-ins (repeatable)', collect)
    .option('--theme <name>', 'a deck theme of templates/deck/themes/ (default: the audience\'s)')
    .option('--data <dir>', 'data folder')
    .option('--out <dir>', 'output folder (the Build button builds into it; the changes view compares with it)')
    .option('--port <n>', 'port on 127.0.0.1 (0: any free port)', port, 4173)
    .action(async (o: { company?: string; period?: string; audience?: string; lang?: string; templates?: string[]; theme?: string; data?: string; out?: string; port: number }) => {
      const [{ startPreview }, { loadConfig, templateFolders }, { previewEn }] = await Promise.all([import('../../preview/server.js'), import('../../config/config.js'), import('../../messages/preview-en.js')]);
      const config = loadConfig();
      if (o.lang !== undefined && o.lang !== 'en' && o.lang !== 'ja') throw new QuarterDeckError([spoken({ code: 'E_ARG', field: '--lang', message: said('unknownLanguage'), expected: 'en, ja', found: `"${o.lang}"` })], 2);
      const preview = await startPreview({
        dataDir: resolve(o.data ?? config.data ?? defaults().data),
        outDir: resolve(o.out ?? config.out ?? defaults().out),
        company: o.company ?? config.company ?? defaults().company,
        templates: templateFolders(o.templates, config),
        defaults: { theme: config.theme },
        port: o.port,
        selection: { audience: o.audience ?? config.audience ?? 'investors', period: o.period, lang: o.lang, theme: o.theme },
      }).catch((e: NodeJS.ErrnoException) => {
        if (e?.code === 'EADDRINUSE') throw new QuarterDeckError([spoken({ code: 'E_ARG', field: '--port', message: said('portInUse', String(o.port)), hint: said('otherPort') })], 2);
        throw e;
      });
      io.out(previewEn.listening(preview.url, preview.folders.length));
      await new Promise<void>((stop) => { process.once('SIGTERM', () => stop()); process.once('SIGINT', () => stop()); });
      await preview.close();
      io.out(previewEn.stopped());
      done(0);
    });
}
