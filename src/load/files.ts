// The only part of loading that touches the file system: read a company folder into texts.
// Every file is checked for what it is before it is parsed: a link that leaves the data folder is
// refused, an empty or binary file is named as such, and text that is not UTF-8 is rejected with
// the line of its first bad byte (never read with replacement characters).
import { lstatSync, readdirSync, readFileSync, realpathSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { said, spoken, type Problem } from '../errors/problem.js';

export interface TextFile { path: string; text: string }

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file's bytes, or the problem with them (empty, binary, not UTF-8). */
export function decodeText(file: string, bytes: Uint8Array): { text?: string; problem?: Problem } {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { problem: spoken({ code: 'E_FILE', file, line: 1, message: said('emptyFile'), expected: said('yamlTextOrDelete'), found: said('nBytes', bytes.length) }) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { problem: spoken({ code: 'E_FILE', file, line: lineAtByte(bytes, nul), message: said('binaryFile'), expected: said('aUtf8File'), found: said('nulByte', nul) }) };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: encodingProblem(file, bytes) };
  }
}

/** The first line that is not UTF-8 (a newline byte is never part of a multi-byte character). */
function encodingProblem(file: string, bytes: Uint8Array): Problem {
  let start = 0; let line = 1;
  for (;;) {
    const end = bytes.indexOf(0x0a, start);
    const chunk = bytes.subarray(start, end < 0 ? bytes.length : end);
    try { utf8.decode(chunk); } catch {
      const bad = firstBadByte(chunk);
      const hex = [...chunk.subarray(bad, bad + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
      return spoken({
        code: 'E_ENCODING', file, line, message: said('notUtf8'), expected: said('utf8Text'), found: said('badBytes', hex, bad + 1),
        hint: looksLikeShiftJis(bytes) ? said('readsAsShiftJis') : said('saveAsUtf8'),
      });
    }
    if (end < 0) break;
    start = end + 1; line++;
  }
  return spoken({ code: 'E_ENCODING', file, line: 1, message: said('notUtf8'), expected: said('utf8Text') });
}

function firstBadByte(chunk: Uint8Array): number {
  let lo = 0; let hi = chunk.length;
  // the longest valid prefix, allowing for a character cut at the end (stream mode)
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try { new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(0, mid), { stream: true }); lo = mid; } catch { hi = mid - 1; }
  }
  return lo;
}

function looksLikeShiftJis(bytes: Uint8Array): boolean {
  try { new TextDecoder('shift_jis', { fatal: true }).decode(bytes); return true; } catch { return false; }
}

const lineAtByte = (bytes: Uint8Array, at: number) => { let n = 1; for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) n++; return n; };

/** Read every YAML file of a company folder; what is not a readable text file inside it is a problem. */
export function readCompanyFiles(root: string, problems: Problem[] = []): TextFile[] {
  const out: TextFile[] = [];
  if (!existsSync(root)) return out;
  const realRoot = realpathSync(root);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const path = relative(root, full);
      const isLink = lstatSync(full).isSymbolicLink();
      // only what is read is checked: folders and YAML files (a linked README is no data)
      if (!/\.ya?ml$/.test(name) && !(existsSync(full) && statSync(full).isDirectory())) continue;
      if (isLink) {
        let target: string;
        try { target = realpathSync(full); } catch { problems.push(spoken({ code: 'E_FILE', file: path, message: said('linkToNothing'), found: said('brokenLink') })); continue; }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          problems.push(spoken({ code: 'E_FILE', file: path, message: said('linkLeaves'), expected: said('fileInside', root), found: said('linkTo', target), hint: said('copyNotLink') }));
          continue;
        }
      }
      if (statSync(full).isDirectory()) { walk(full); continue; }
      if (!/\.ya?ml$/.test(name)) continue;
      const { text, problem } = decodeText(path, readFileSync(full));
      if (problem) problems.push(problem);
      else out.push({ path, text: text! });
    }
  };
  walk(root);
  return out;
}
