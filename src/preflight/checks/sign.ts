// Words that contradict a figure's sign: a loss written as income ("Net income was JPY13 million"
// for a loss of 13), or a % change printed across a change of sign ("down 102.2%").
import { Decimal } from 'decimal.js';
import type { Figure } from '../../contract/figures.js';
import type { DocText, Finding, PreflightContext } from '../types.js';
import { groupDigits } from '../../format/display.js';
import { parsePeriod, periodId, priorYear } from '../../periods/period.js';
import { SEVERITY } from '../severity.js';
import { findingWords } from '../messages.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** results whose label names a profit ("Operating income", "当期純利益"), not a loss, tax or expense */
const PROFIT = /\b(income|profit)\b|利益/i;
const NOT_PROFIT = /\bloss(es)?\b(?!\))|tax expense\b|税金|\bexpenses?\b|^損失|[^（]損失/i;

/** The words a text uses for a result: its label up to four words ("net income attributable to"). */
function stemOf(label: string, lang: string): string {
  if (lang === 'ja') return label.replace(/（.*?）|\(.*?\)/g, '');
  return label.toLowerCase().replace(/\(.*?\)/g, ' ').split(/\s+/).filter(Boolean).slice(0, 4).join(' ');
}

/** The periods a document speaks of: its own, the cumulative period and the quarter, and a year earlier. */
function periodsOf(ctx: PreflightContext): Set<string> {
  const p = parsePeriod(ctx.figures.period);
  const out = new Set<string>([ctx.figures.period]);
  if (p && p.kind === 'duration') {
    out.add(periodId(priorYear(p)));
    const cum = p.span.startsWith('Q') && p.span !== 'Q1' ? { ...p, span: p.span === 'Q2' ? 'H1' as const : p.span === 'Q3' ? '9M' as const : 'FY' as const } : undefined;
    if (cum) { out.add(periodId(cum)); out.add(periodId(priorYear(cum))); }
  }
  return out;
}

export function signWords(docs: DocText[], ctx: PreflightContext): Finding[] {
  const periods = periodsOf(ctx);
  const byId = new Map(ctx.figures.figures.map((f) => [f.id, f]));
  const losses: { f: Figure; stem: string; amount: string; turned: boolean }[] = [];
  /** the words of every result the documents may name, to tell whose figure follows a name */
  const stems = new Set<string>();
  for (const f of ctx.figures.figures) {
    if (f.measure || f.unit !== 'JPY' || f.scenario !== 'actual' || !periods.has(f.period)) continue;
    const label = ctx.labels.get(f.item) ?? '';
    if (!PROFIT.test(label) || NOT_PROFIT.test(label)) continue;
    stems.add(stemOf(label, ctx.lang).toLowerCase());
    const v = new Decimal(f.value);
    const amount = groupDigits(v.abs().div(1e6), 0);
    const p = parsePeriod(f.period)!;
    const prior = byId.get(`${f.item}@${periodId(priorYear(p))}`);
    const turned = prior !== undefined && new Decimal(prior.value).isNegative() !== v.isNegative();
    if (v.isNegative() && amount !== '0') losses.push({ f, stem: stemOf(label, ctx.lang), amount, turned });
    else if (turned) losses.push({ f, stem: stemOf(label, ctx.lang), amount: '', turned });
  }
  // an amount the same item also shows as a profit in one of the document's periods cannot tell which period a text means
  const profitAmounts = new Set(ctx.figures.figures.filter((f) => !f.measure && periods.has(f.period) && new Decimal(f.value).gt(0)).map((f) => `${f.item}\0${groupDigits(new Decimal(f.value).div(1e6), 0)}`));
  const found: Finding[] = [];
  for (const doc of docs) {
    for (const page of doc.pages) {
      const text = page.text.replace(/\s+/g, ' ');
      for (const l of losses) {
        const hits: RegExp[] = [];
        if (l.amount && !profitAmounts.has(`${l.f.item}\0${l.amount}`)) {
          hits.push(ctx.lang === 'ja'
            ? new RegExp(`${esc(l.stem)}[^。、]{0,40}?(?<![\\d,])${esc(l.amount)}百万円(?!の損失)`)
            : new RegExp(`${esc(l.stem)}[^.;]{0,90}?JPY${esc(l.amount)} million(?! in losses)`, 'i'));
        }
        if (l.turned) hits.push(ctx.lang === 'ja' ? new RegExp(`${esc(l.stem)}[^。]{0,40}?(前期比|前年同期比)\\d[\\d,.]*%[増減]`) : new RegExp(`${esc(l.stem)}[^.;]{0,90}?\\b(up|down) \\d[\\d,.]*%`, 'i'));
        for (const re of hits) {
          const m = re.exec(text);
          // the words between name the loss ("… compared to equity in net loss of … JPY92 million"), or
          // another result whose figure it is ("Net Income  Operating Income: 1Q10: down 79.5%"): no contradiction
          const between = m ? m[0].slice(l.stem.length) : '';
          const other = [...stems].some((st) => st !== l.stem.toLowerCase() && between.toLowerCase().includes(st));
          if (m && !other && !/\bloss(es)?\b|損失|赤字/i.test(between)) {
            found.push({ code: 'sign', severity: SEVERITY.sign, file: doc.file, page: page.n, ...findingWords('sign', l.f.item, l.f.period, l.f.display), text: m[0] });
          }
        }
      }
    }
  }
  return found;
}
