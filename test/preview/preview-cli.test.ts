// The command: on --port 0 it prints its loopback URL and serves there until SIGTERM; bad flags are
// one problem naming the flag, before anything starts.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fixtures, root, run } from '../helpers.js';

describe('quarterdeck preview (the command)', () => {
  it('--port 0: prints the URL it serves on 127.0.0.1, answers there, stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(root, 'bin', 'quarterdeck.js'), 'preview', '--port', '0', '--data', fixtures, '--company', 'harbor', '--templates', join(fixtures, 'harbor-templates'), '--period', 'FY2025'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (b) => { out += b; const m = /preview: (http:\/\/127\.0\.0\.1:\d+\/) \(watching 3 folders/.exec(out); if (m) done(m[1]); });
      child.once('exit', (code) => fail(new Error(`exited ${code}: ${out}`)));
    });
    const options = await (await fetch(new URL('/api/options', url))).json();
    expect(options.periods).toContain('FY2025');
    expect(options.audiences).toContain('investors');
    const code = await new Promise<number | null>((done) => { child.once('exit', done); child.kill('SIGTERM'); });
    expect(code).toBe(0);
    expect(out).toContain('preview stopped');
  }, 60_000);

  it('a bad --port or --lang is one problem naming the flag', async () => {
    const port = await run(['preview', '--port', 'abc']);
    expect(port.code).toBe(2);
    expect(port.err).toContain('--port takes a port number from 0 (any free port) to 65535');
    const lang = await run(['preview', '--lang', 'fr', '--port', '0']);
    expect(lang.code).toBe(2);
    expect(lang.err).toMatch(/--lang: unknown language \(expected en, ja, found "fr"\)/);
  });
});
