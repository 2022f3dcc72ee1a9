// The release's sections: release.yaml's list, or the audience profile's `release.sections` in its
// order. A section whose `if` names a flag of the release's shape that is false is left out.
import { near, said, spoken, type Problem } from '../../errors/problem.js';
import { TemplateFault } from '../template-check.js';
import { profileField, type Profile } from '../../audience/profile.js';
import type { ReleaseTemplates } from '../../template/release-layouts.js';
import type { ReleaseShape } from './shape.js';

export function releaseSections(t: ReleaseTemplates, shape: ReleaseShape, profile?: Profile): { partial: string }[] {
  const listed = t.config.sections.map((s) => (typeof s === 'string' ? { partial: s } : s));
  const known = Object.keys(t.partials);
  const problems: Problem[] = [];
  const chosen = profile?.release.sections;
  const entries = chosen
    ? chosen.map((name, i) => {
      if (!Object.hasOwn(t.partials, name)) problems.push(spoken({ code: 'E_TEMPLATE', ...profileField(profile, ['release', 'sections', i]), message: said('noReleaseSection', name), expected: known.join(', '), hint: near(name, known) }));
      return listed.find((x) => x.partial === name) ?? { partial: name };
    })
    : listed;
  for (const e of listed) {
    if (!chosen && !Object.hasOwn(t.partials, e.partial)) problems.push(spoken({ code: 'E_TEMPLATE', file: t.files.config, field: 'sections', message: said('noPartial', e.partial), expected: known.join(', '), hint: near(e.partial, known) }));
    if (e.if !== undefined && !Object.hasOwn(shape, e.if)) problems.push({ code: 'E_TEMPLATE', file: t.files.config, field: `sections.${e.partial}.if`, message: `"${e.if}" is not a flag of the release's shape`, expected: Object.keys(shape).join(', ') });
  }
  if (problems.length) throw new TemplateFault(problems);
  return entries.filter((e) => !e.if || Boolean((shape as unknown as Record<string, unknown>)[e.if]));
}
