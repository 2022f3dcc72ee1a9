// Periods: fiscal years, halves, quarters, nine months (durations) and balance dates (instants).
// Pure: no clock, no fs. A fiscal year is named by the calendar year it starts in ("start")
// or ends in ("end"); IIJ's FY2009 runs April 2009 – March 2010.

export type Span = 'FY' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4' | '9M';
export interface Duration { kind: 'duration'; fy: number; span: Span }
export interface Instant { kind: 'instant'; date: string }
export type Period = Duration | Instant;

export interface FiscalYear { endMonth: number; naming: 'start' | 'end' }

const SPANS: Span[] = ['FY', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', '9M'];
/** first and last month (1-based, counted from the fiscal year's first month) of each span */
const SPAN_MONTHS: Record<Span, [number, number]> = {
  FY: [1, 12], H1: [1, 6], H2: [7, 12], Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], '9M': [1, 9],
};

export function periodId(p: Period): string {
  if (p.kind === 'instant') return p.date;
  return p.span === 'FY' ? `FY${p.fy}` : `FY${p.fy}-${p.span}`;
}

/** Parse a canonical id: FY2009, FY2009-H1, FY2009-Q4, FY2009-9M, 2010-03-31. */
export function parsePeriod(id: string): Period | undefined {
  let m = /^FY(\d{4})(?:-(H1|H2|Q[1-4]|9M))?$/.exec(id);
  if (m) return { kind: 'duration', fy: Number(m[1]), span: (m[2] ?? 'FY') as Span };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(id);
  if (m && isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) return { kind: 'instant', date: id };
  return undefined;
}

/** Parse what a user may type: canonical ids, or the company's labels 1H09, 4Q08, FY09, 2H09, 9M09. */
export function parsePeriodArg(text: string): Period | undefined {
  const t = text.trim();
  const canonical = parsePeriod(t.toUpperCase().replace(/^(\d{4}-\d{2}-\d{2})$/, '$1'));
  if (canonical) return canonical;
  let m = /^FY(\d{2})$/i.exec(t);
  if (m) return { kind: 'duration', fy: century(m[1]), span: 'FY' };
  m = /^([1-4])Q(\d{2}|\d{4})$/i.exec(t);
  if (m) return { kind: 'duration', fy: century(m[2]), span: `Q${m[1]}` as Span };
  m = /^([12])H(\d{2}|\d{4})$/i.exec(t);
  if (m) return { kind: 'duration', fy: century(m[2]), span: `H${m[1]}` as Span };
  m = /^9M(\d{2}|\d{4})$/i.exec(t);
  if (m) return { kind: 'duration', fy: century(m[1]), span: '9M' };
  return undefined;
}

function century(yy: string): number {
  return yy.length === 4 ? Number(yy) : 2000 + Number(yy);
}

function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Calendar year and month of the fiscal year's first month. */
function fiscalStart(fy: number, fiscal: FiscalYear): { y: number; m: number } {
  const startMonth = (fiscal.endMonth % 12) + 1;
  const startYear = fiscal.naming === 'start' ? fy : (startMonth === 1 ? fy : fy - 1);
  return { y: startYear, m: startMonth };
}

function addMonths(ym: { y: number; m: number }, n: number): { y: number; m: number } {
  const idx = ym.y * 12 + (ym.m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** First and last calendar month of a duration. */
export function monthRange(p: Duration, fiscal: FiscalYear): { start: { y: number; m: number }; end: { y: number; m: number } } {
  const s = fiscalStart(p.fy, fiscal);
  const [a, b] = SPAN_MONTHS[p.span];
  return { start: addMonths(s, a - 1), end: addMonths(s, b - 1) };
}

/** Last day of a period (ISO date). */
export function endDate(p: Period, fiscal: FiscalYear): string {
  if (p.kind === 'instant') return p.date;
  const { end } = monthRange(p, fiscal);
  return iso(end.y, end.m, daysInMonth(end.y, end.m));
}

/** The last day of the quarter after a period's end (a quarter's results are published before it ends). */
export function nextQuarterEnd(p: Period, fiscal: FiscalYear): string {
  const [y, m] = endDate(p, fiscal).split('-').map(Number);
  const next = addMonths({ y, m }, 3);
  return iso(next.y, next.m, daysInMonth(next.y, next.m));
}

/** The balance date just before a duration starts (e.g. FY2009 → 2009-03-31). */
export function openingDate(p: Duration, fiscal: FiscalYear): string {
  const { start } = monthRange(p, fiscal);
  const prev = addMonths(start, -1);
  return iso(prev.y, prev.m, daysInMonth(prev.y, prev.m));
}

/** The same period one year earlier. */
export function priorYear(p: Period): Period {
  if (p.kind === 'duration') return { ...p, fy: p.fy - 1 };
  const [y, m, d] = p.date.split('-').map(Number);
  return { kind: 'instant', date: iso(y - 1, m, Math.min(d, daysInMonth(y - 1, m))) };
}

/** The previous quarter of a quarter; undefined for other spans. */
export function priorQuarter(p: Period): Period | undefined {
  if (p.kind !== 'duration' || !p.span.startsWith('Q')) return undefined;
  const q = Number(p.span[1]);
  return q === 1 ? { kind: 'duration', fy: p.fy - 1, span: 'Q4' } : { kind: 'duration', fy: p.fy, span: `Q${q - 1}` as Span };
}

/** The fiscal year a period belongs to (for instants: the year that contains the date). */
export function fiscalYearOf(p: Period, fiscal: FiscalYear): number {
  if (p.kind === 'duration') return p.fy;
  const [y, m] = p.date.split('-').map(Number);
  const startMonth = (fiscal.endMonth % 12) + 1;
  const startYear = m >= startMonth ? y : y - 1;
  return fiscal.naming === 'start' ? startYear : (startMonth === 1 ? startYear : startYear + 1);
}

/** Additive identities inside one fiscal year: parent = Σ children. */
export function periodIdentities(fy: number): [string, string[]][] {
  const id = (span: Span) => periodId({ kind: 'duration', fy, span });
  return [
    [id('FY'), [id('H1'), id('H2')]],
    [id('H1'), [id('Q1'), id('Q2')]],
    [id('H2'), [id('Q3'), id('Q4')]],
    [id('9M'), [id('H1'), id('Q3')]],
    [id('FY'), [id('9M'), id('Q4')]],
  ];
}

export function allSpans(): readonly Span[] {
  return SPANS;
}

/** Months in a duration (3, 6, 9 or 12). */
export function monthCount(p: Duration): number {
  const [a, b] = SPAN_MONTHS[p.span];
  return b - a + 1;
}

/** The period from the start of the fiscal year to the end of d: Q2 → H1, Q3 → 9M, Q4 and H2 → FY. */
export function cumulative(d: Duration): Duration {
  const span = ({ Q2: 'H1', Q3: '9M', Q4: 'FY', H2: 'FY' } as Partial<Record<Span, Span>>)[d.span] ?? d.span;
  return { ...d, span };
}
