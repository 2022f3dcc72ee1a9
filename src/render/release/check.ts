// The release's templates checked before anything runs: unknown helpers and partials, partial names
// outside the template folders, paths into prototypes, partials that include
// themselves, and table-layout words ("t:<key>") no message of the catalog has — each with its file
// and line.
import type Handlebars from 'handlebars';
import { didYouMean, type Problem } from '../../errors/problem.js';
import { checkTemplate } from '../template-check.js';
import { checkedOnce } from '../passed-checks.js';
import { partialCycleProblems } from '../partial-cycles.js';
import type { DocumentInputs } from '../../contract/document-inputs.js';
import { useProblems, type Catalog } from '../../template/catalog.js';
import { KEY_PREFIX, specKeys } from '../../template/localize.js';
import type { ReleaseTemplates } from '../../template/release-layouts.js';
import { lineOfText } from './env.js';
import { identityCache } from '../../cache/registry.js';
import { BoundedMap } from '../../cache/bounded-map.js';

/**
 * Templates that passed, per the things their check reads: the templates (one object per content of
 * their files, template/release.ts), the helpers' names, the taxonomy's items and the catalogs. The same
 * again passes again (a preview renders after every save; a batch once per package).
 */
const passed = identityCache<ReleaseTemplates, { helpers: string; items: unknown; catalogs: Catalog[]; catalog: Catalog }[]>({ name: 'release templates that passed their check', keyedBy: 'the release templates (identity), then helpers, items and catalogs' });

export function releaseTemplateProblems(t: ReleaseTemplates, hb: typeof Handlebars, inputs: DocumentInputs, catalogs: Catalog[], catalog: Catalog): Problem[] {
  const helpers = Object.keys(hb.helpers).join(',');
  const seen = passed.get(t) ?? [];
  if (seen.some((x) => x.helpers === helpers && x.items === inputs.items && x.catalogs === catalogs && x.catalog === catalog)) return [];
  // the templates, partials and catalogs are the template set's: a check that passed under its key passes again (render/passed-checks.ts)
  const faults = checkedOnce(inputs.templates, ['release', helpers], () => templateProblems(t, hb, inputs, catalogs, catalog));
  if (!faults.length) { passed.set(t, [...seen.slice(-3), { helpers, items: inputs.items, catalogs, catalog }]); }
  return faults;
}

/** Each template text that passed, per helpers and partials' names, items and catalogs: a saved partial is checked again alone. */
const textsPassed = identityCache<object, WeakMap<Catalog[], BoundedMap<string, true>>>({ name: 'release template texts that passed their check', keyedBy: 'the items and catalogs (identity), then the text, file and helpers' });

function templateProblems(t: ReleaseTemplates, hb: typeof Handlebars, inputs: DocumentInputs, catalogs: Catalog[], catalog: Catalog): Problem[] {
  // the figure keys and roles the templates name: the template stage's (template/check-templates.ts)
  const rules = { helpers: Object.keys(hb.helpers), partials: Object.keys(t.partials), message: (k: string, a: string[]) => useProblems({ key: k, args: a, file: '' }, catalogs) };
  const byCatalogs = textsPassed.get(inputs.items) ?? new WeakMap<Catalog[], BoundedMap<string, true>>();
  textsPassed.set(inputs.items, byCatalogs);
  const passedTexts = byCatalogs.get(catalogs) ?? new BoundedMap<string, true>({ max: 1024 });
  byCatalogs.set(catalogs, passedTexts);
  const scope = `${rules.helpers.join(',')}\0${rules.partials.join(',')}`;
  const check = (src: string, file: string): Problem[] => {
    const key = `${scope}\0${file}\0${src}`;
    if (passedTexts.has(key)) return [];
    const found = checkTemplate(src, file, rules);
    if (!found.length) passedTexts.set(key, true);
    return found;
  };
  const faults = [
    ...check(t.main, t.files.main), ...check(t.header, t.files.header), ...check(t.footer, t.files.footer),
    ...Object.entries(t.partials).flatMap(([name, src]) => check(src, t.files[`partial:${name}`])),
    ...partialCycleProblems(t.partials, (name) => t.files[`partial:${name}`]),
  ];
  // the words of the table layouts ("t:<key>") name messages of the catalogs
  for (const [name, layout] of [...Object.entries(t.tables), ...Object.entries(t.equity)]) {
    const file = t.files[`table:${name}`];
    for (const k of specKeys(layout)) {
      if (!catalog.messages.has(k.key)) faults.push({ code: 'E_TEMPLATE', file, line: lineOfText(file, `${KEY_PREFIX}${k.key}`), field: k.path, message: `no message "${k.key}" in the ${catalog.lang} catalog`, hint: didYouMean(k.key, catalog.messages.keys()) });
    }
  }
  return faults;
}
