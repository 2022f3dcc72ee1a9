// The documents' only source of numbers: figures.json, indexed, with period roles.
// Templates never name a period: they name a role ("cur", "prior", "q", …) that the period of
// the document resolves.
import type { Figure, FiguresFile, NotComparable } from '../contract/figures.js';
import { cumulative, endDate, openingDate, parsePeriod, periodId, priorQuarter, priorYear, type Duration, type FiscalYear, type Period } from '../periods/period.js';
import { QuarterDeckError, near, nearest, said, spoken } from '../errors/problem.js';
import { figureLookup } from '../model/figures.js';
import { TemplateFault } from '../errors/template-fault.js';

export type Roles = Record<string, string>;

/** Period roles of a document for period p. */
export function periodRoles(p: Period, fiscal: FiscalYear): Roles {
  if (p.kind === 'instant') return { cur: p.date, end: p.date, endPrior: periodId(priorYear(p)) };
  const d = p as Duration;
  const fy = (span: Duration['span'], y = d.fy): Duration => ({ kind: 'duration', fy: y, span });
  const last: Duration = d.span === 'FY' || d.span === 'H2' ? fy('Q4') : d.span === 'H1' ? fy('Q2') : d.span === '9M' ? fy('Q3') : d;
  const prevQ = priorQuarter(last);
  const roles: Roles = {
    cur: periodId(d), prior: periodId(priorYear(d)), prior2: periodId(priorYear(priorYear(d))),
    q: periodId(last), qPrior: periodId(priorYear(last)),
    end: endDate(d, fiscal), endPrior: endDate(priorYear(d), fiscal),
    open: openingDate(fy('FY'), fiscal), fy: periodId(fy('FY')), nextFy: periodId(fy('FY', d.fy + 1)), nextH1: periodId(fy('H1', d.fy + 1)),
    h1: periodId(fy('H1')), h1Prior: periodId(fy('H1', d.fy - 1)), h2Prior: periodId(fy('H2', d.fy - 1)),
  };
  if (prevQ) { roles.qPrev = periodId(prevQ); roles.endQPrev = endDate(prevQ, fiscal); }
  // the fiscal year a document's targets are for: the next one once the year is complete, else this one
  const yearDone = d.span === 'FY' || d.span === 'H2' || d.span === 'Q4';
  roles.targetFy = yearDone ? roles.nextFy : roles.fy;
  /** the actual year a target is compared with: the year before the target's */
  roles.targetBase = yearDone ? roles.fy : periodId(fy('FY', d.fy - 1));
  // ytd: from the start of the fiscal year to the end of the period (a third-quarter document's nine months)
  const ytd = cumulative(d);
  Object.assign(roles, {
    ytd: periodId(ytd), ytdPrior: periodId(priorYear(ytd)), fyPrior: periodId(fy('FY', d.fy - 1)),
    openPrior: openingDate(fy('FY', d.fy - 1), fiscal),
  });
  // the quarters of this and the previous fiscal year (charts over quarters)
  for (const n of [1, 2, 3, 4] as const) { roles[`q${n}`] = periodId(fy(`Q${n}`)); roles[`q${n}Prior`] = periodId(fy(`Q${n}`, d.fy - 1)); }
  return roles;
}

export class FigureSet {
  readonly byId = new Map<string, Figure>();
  readonly roles: Roles;
  /** ids of the figures the documents asked for and found */
  readonly asked = new Set<string>();
  /** computes a measure no figure of the file holds yet (files built with measures: 'asked') */
  private readonly more?: (id: string) => Figure | undefined;
  /** every role a document of some period has (a role outside it is a typo in a template) */
  readonly roleNames: Set<string>;
  constructor(readonly file: FiguresFile, fiscal: FiscalYear) {
    for (const f of file.figures) this.byId.set(f.id, f);
    this.roles = periodRoles(parsePeriod(file.period)!, fiscal);
    this.more = figureLookup(file);
    this.roleNames = new Set([...Object.keys(this.roles), ...Object.keys(periodRoles({ kind: 'duration', fy: 2000, span: 'Q1' }, fiscal))]);
  }

  /** A role ("cur", "prior" …) or a canonical period id → a canonical period id. */
  period(roleOrId: string | undefined): string {
    const r = roleOrId ?? 'cur';
    if (r in this.roles) return this.roles[r];
    if (parsePeriod(r)) return r;
    // a role no document has is a fault of the template (never a column or slide left out); a role
    // this document's period lacks is a gap like a missing figure
    const problem = { code: 'E_TEMPLATE' as const, expected: Object.keys(this.roles).join(', '), found: r, hint: near(r, this.roleNames) };
    if (!this.roleNames.has(r)) throw new TemplateFault([spoken({ ...problem, message: said('unknownRole', r) })]);
    throw new QuarterDeckError([spoken({ ...problem, message: said('noPeriod', r, this.file.period) })]);
  }

  /** The figure for a key (item id or measure:item id) and period role, or undefined. */
  find(key: string, role?: string): Figure | undefined {
    const id = `${key}@${this.period(role)}`;
    let f = this.byId.get(id);
    if (!f && this.more) {
      f = this.more(id);
      if (f) { this.byId.set(id, f); this.file.figures.push(f); }
    }
    if (f) this.asked.add(id);
    return f;
  }

  /** A change (key "yoy:…") that has no comparable figure for a role, and why (figures.json `notComparable`). */
  notComparable(key: string, role?: string): NotComparable | undefined {
    let id: string;
    try { id = `${key}@${this.period(role)}`; } catch (e) { if (e instanceof TemplateFault) throw e; return undefined; }
    this.notComparables ??= new Map((this.file.notComparable ?? []).map((n) => [n.id, n]));
    return this.notComparables.get(id);
  }
  private notComparables?: Map<string, NotComparable>;

  /** The figure, or a template error naming the closest ids that exist. */
  get(key: string, role?: string, where?: string): Figure {
    const f = this.find(key, role);
    if (f) return f;
    const period = this.period(role);
    const ids = [...this.byId.keys()].filter((k) => k.endsWith(`@${period}`)).map((k) => k.slice(0, k.lastIndexOf('@')));
    // the same item with another measure (or none) is not a misspelling: its change is what the period lacks
    const guess = nearest(key, ids);
    const itemOf = (k: string) => k.slice(k.indexOf(':') + 1);
    const hint = guess !== undefined && itemOf(guess) !== itemOf(key) ? said('didYouMean', guess) : said('noFigureThisPeriod');
    throw new QuarterDeckError([spoken({ code: 'E_TEMPLATE', file: where, message: said('noFigure', key, period), hint })]);
  }
}
