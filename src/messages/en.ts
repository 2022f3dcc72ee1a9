// Words and phrases users read, in English. Templates, narrative and tests use these functions
// instead of typing the words; messages/ja.ts has the same shape.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];

export const en = {
  lang: 'en',
  up: (x: string) => `up ${x}`,
  down: (x: string) => `down ${x}`,
  unchanged: () => 'unchanged',
  notMeaningful: () => 'n.m.',
  yen: (amount: string, scale: string) => `JPY${amount}${scale ? ` ${scale}` : ''}`,
  usd: (amount: string, scale: string) => `$${amount}${scale ? ` ${scale}` : ''}`,
  scale: { 1: '', 1e3: 'thousand', 1e6: 'million', 1e9: 'billion' } as Record<number, string>,
  points: (x: string) => `${x} points`,
  percent: (x: string) => `${x}%`,
  yoy: () => 'YoY',
  qoq: () => 'QoQ',
  date: (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${MONTHS[m - 1]} ${d}, ${y}`; },
  monthYear: (iso: string) => { const [y, m] = iso.split('-').map(Number); return `${MON[m - 1]} ${y}`; },
  // period labels in the company's conventions
  fyShort: (fy: number) => `FY${String(fy % 100).padStart(2, '0')}`,
  fyLong: (fy: number) => `FY${fy}`,
  quarter: (q: number, fy: number) => `${q}Q${String(fy % 100).padStart(2, '0')}`,
  half: (h: number, fy: number) => `${h}H${String(fy % 100).padStart(2, '0')}`,
  nineMonths: (fy: number) => `9M${String(fy % 100).padStart(2, '0')}`,
  monthRange: (s: { y: number; m: number }, e: { y: number; m: number }) =>
    `(${String(s.y % 100).padStart(2, '0')}/${s.m}~${String(e.y % 100).padStart(2, '0')}/${String(e.m).padStart(2, '0')})`,
  fiscalYearEnded: (endIso: string, ended: boolean) => `Fiscal Year ${ended ? 'ended' : 'ending'} ${en.date(endIso)}`,
  monthsEnded: (months: number, endIso: string) => `${({ 3: 'three', 6: 'six', 9: 'nine', 12: 'twelve' } as Record<number, string>)[months]} months ended ${en.date(endIso)}`,
  asOf: (iso: string) => `as of ${en.date(iso)}`,
  compared: (a: string, b: string) => `${a} compared to ${b}`,
  yoyFootnote: (a: string, b: string) => `YoY = ${a} compared to ${b}`,
  qoqFootnote: (a: string, b: string) => `QoQ = ${a} compared to ${b}`,
};

export type Messages = typeof en;
