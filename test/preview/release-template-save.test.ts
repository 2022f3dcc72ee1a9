// A save of the release's templates alone re-renders the release and keeps the deck as it was
// rendered: the deck reads none of those files (preview/state.ts bump). The kept deck is what a
// fresh render gives; a save of the deck's slides renders the deck again.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PreviewState, releaseOnly } from '../../src/preview/state.js';
import { renderSelection, type PreviewConfig } from '../../src/preview/render.js';
import { fixtures } from '../helpers.js';

describe('a save of a release template in the preview', () => {
  it('renders the release again and keeps the deck; a slides save renders the deck again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-release-save-'));
    cpSync(join(fixtures, 'harbor'), join(dir, 'data', 'harbor'), { recursive: true });
    cpSync(join(fixtures, 'harbor-templates'), join(dir, 'templates'), { recursive: true });
    const config: PreviewConfig = { dataDir: join(dir, 'data'), outDir: join(dir, 'out'), company: 'harbor', templates: [join(dir, 'templates')] };
    const sel = { audience: 'investors', period: 'FY2025' };
    const state = new PreviewState(config);
    const deck = (await state.view(sel, 'deck')).rendered!;
    expect(deck.deck?.html).toContain('<section');
    await state.view(sel, 'release');

    const partial = join(dir, 'templates', 'release', 'partials', 'harbor-results.hbs');
    writeFileSync(partial, `<p>Edited results.</p>\n${readFileSync(partial, 'utf8')}`);
    expect(releaseOnly([partial], [join(dir, 'templates')])).toBe(true);
    state.bump([partial]);
    const release = await state.view(sel, 'release');
    expect(release.rendered?.release?.html).toContain('Edited results.');
    const kept = await state.view(sel, 'deck');
    expect(kept.version).toBe(1);
    expect(kept.rendered).toBe(deck);
    expect(kept.rendered?.deck?.html).toBe((await renderSelection(config, sel, 'deck')).deck?.html);

    const slides = join(dir, 'templates', 'deck', 'slides.yaml');
    expect(releaseOnly([slides, partial], [join(dir, 'templates')])).toBe(false);
    writeFileSync(slides, `${readFileSync(slides, 'utf8')}\n`);
    state.bump([slides]);
    const again = await state.view(sel, 'deck');
    expect(again.rendered).not.toBe(deck);
    expect(again.rendered?.deck?.html).toBe(deck.deck?.html);
  }, 60_000);
});
