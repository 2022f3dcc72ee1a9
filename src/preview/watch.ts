// The folders the preview renders from (the company's data, every template folder), watched with
// chokidar: the saves of one moment (an editor writes a file and its backup) are one change.
import { watch, type FSWatcher } from 'chokidar';

export interface Watcher { close: () => Promise<void>; ready: Promise<void> }

/** Calls `changed(files)` once per burst of saves (`settle` ms after the last event of the burst). */
export function watchFolders(folders: string[], changed: (files: string[]) => void, settle = 15): Watcher {
  const w: FSWatcher = watch(folders, {
    ignoreInitial: true,
    // editors' swap and backup files are not inputs
    ignored: (path: string) => /(^|[/\\])(\.#|#.*#$|.*~$|.*\.sw[px]$)/.test(path),
  });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const fire = () => { timer = undefined; const files = [...pending]; pending = new Set(); changed(files); };
  w.on('all', (_event: string, path: string) => {
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, settle);
  });
  const ready = new Promise<void>((resolve) => w.once('ready', () => resolve()));
  return { ready, close: async () => { if (timer) clearTimeout(timer); await w.close(); } };
}
