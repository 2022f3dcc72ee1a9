// Facts tables → Fact[]: every row checked (item, period, unit, number), errata applied.
import type { z } from 'zod';
import { Decimal } from 'decimal.js';
import type { Company, Erratum, Fact, TaxonomyItem } from '../contract/raw-data.js';
import { near, said, spoken, type Problem } from '../errors/problem.js';
import type { YamlFile } from './read-yaml.js';
import type { factsFile } from './schema.js';
import { parsePeriod } from '../periods/period.js';
import { parseToken, tableUnit } from '../calc/token.js';
import { MEASURES, isMeasure, splitKey } from '../calc/measures.js';
import { EXACT_UNITS } from '../calc/exact.js';

/** An entry workbook's cell in place of a seed line: `Income!E14` (the row is the line). */
const WORKBOOK_CELL = /^[^!]+![A-Z]{1,3}(\d+)$/;

interface Context { items: Map<string, TaxonomyItem>; company: Company; errata: Erratum[] }

/** Units a table may be in: the scales of money, percent and points, and every unit an item has. */
export function knownUnits(items: Map<string, TaxonomyItem>): Set<string> {
  const units = new Set(['JPY', 'JPY thousand', 'JPY million', 'JPY billion', 'USD', 'USD thousand', 'USD million', 'percent', 'points']);
  for (const i of items.values()) if (i.unit !== 'ratio') units.add(i.unit);
  return units;
}

/** The base unit an item's values are in (ratio items: "ratio"). */
export function itemBase(item: TaxonomyItem): string {
  return item.unit === 'ratio' ? 'ratio' : tableUnit(item.unit).base;
}

export function parseFacts(
  yf: YamlFile, data: z.infer<typeof factsFile>, ctx: Context,
  problems: Problem[], out: Fact[], excluded: { fact: Fact; erratum: Erratum }[],
): void {
  const seen = new Map<string, number>();
  const units = knownUnits(ctx.items);
  data.tables.forEach((table, t) => {
    const unit = tableUnit(table.unit);
    // a unit no item has is one mistake of the table, not one per row
    if (!units.has(table.unit)) {
      problems.push(spoken({ code: 'E_UNIT', file: yf.file, line: yf.lineOf(['tables', t, 'unit']), field: `tables.${t}.unit`, message: said('unknownUnit', table.unit), expected: [...units].sort().join(', '), found: `"${table.unit}"`, hint: near(table.unit, units) }));
      return;
    }
    const periods = table.columns.map((c, ci) => {
      const p = parsePeriod(c);
      if (!p) problems.push(spoken({ code: 'E_PERIOD', file: yf.file, line: yf.lineOf(['tables', t, 'columns', ci]), field: `tables.${t}.columns.${ci}`, message: said('unknownPeriod'), expected: said('periodOrDate'), found: `"${c}"` }));
      return p;
    });
    table.rows.forEach((row, r) => {
      const at = (k: number) => yf.lineOf(['tables', t, 'rows', r, k]);
      const [key, seedLine, ...values] = row;
      const line = at(0);
      const field = `tables.${t}.rows.${r}`;
      if (values.length !== table.columns.length) {
        problems.push(spoken({ code: 'E_SCHEMA', file: yf.file, line, field, message: said('rowValues', key, values.length, table.columns.length), expected: said('nValues', table.columns.length, table.columns.join(', ')), found: `${values.length}` }));
        return;
      }
      const cell = WORKBOOK_CELL.exec(seedLine);
      if (!/^\d+$/.test(seedLine) && !cell) {
        problems.push(spoken({ code: 'E_SCHEMA', file: yf.file, line: at(1), field: `${field}.1`, message: said('seedLineCell'), expected: said('aSeedLine'), found: `"${seedLine}"` }));
        return;
      }
      const { measure, item: itemId } = splitKey(key);
      const item = ctx.items.get(itemId);
      if (!item) {
        problems.push(spoken({ code: 'E_UNKNOWN_ITEM', file: yf.file, line, field: `${field}.0`, message: said('unknownItem', itemId), hint: near(itemId, ctx.items.keys()) }));
        return;
      }
      if (measure !== undefined && !isMeasure(measure)) {
        problems.push(spoken({ code: 'E_UNKNOWN_ITEM', file: yf.file, line, field: `${field}.0`, message: said('unknownMeasure', measure), expected: Object.keys(MEASURES).join(', '), hint: near(measure, Object.keys(MEASURES)) }));
        return;
      }
      const expectedBase = measure && MEASURES[measure as keyof typeof MEASURES].unit === 'ratio' ? 'ratio' : itemBase(item);
      if (unit.base !== expectedBase) {
        problems.push(spoken({ code: 'E_UNIT', file: yf.file, line, field: `${field}.0`, message: said('unitMismatch', key), expected: expectedBase === 'ratio' ? 'percent' : said('unitOrScale', expectedBase), found: said('tableUnit', table.unit, t) }));
        return;
      }
      values.forEach((token, ci) => {
        const period = periods[ci];
        if (token.trim() === '' || !period) return;
        const parsed = parseToken(token, unit);
        if (!parsed) {
          problems.push(spoken({ code: 'E_NUMBER', file: yf.file, line: at(ci + 2), field: `${field}.${ci + 2}`, message: said('notANumber', key, table.columns[ci]), expected: said(unit.base === 'ratio' ? 'aPercentage' : 'aNumber'), found: `"${token}"` }));
          return;
        }
        if (EXACT_UNITS.has(table.unit) && /\.\d/.test(token)) {
          problems.push(spoken({ code: 'E_NUMBER', file: yf.file, line: at(ci + 2), field: `${field}.${ci + 2}`, message: said('hasDecimals', token.trim(), table.unit, table.unit.replace(/^JPY |^USD /, '')), expected: said('aWholeNumber'), found: `"${token}"`, hint: /^\(?\d{1,3}\.\d{3}\)?$/.test(token.trim()) ? said('commaAsPeriod', token.trim().replace('.', ',')) : undefined }));
          return;
        }
        const wantInstant = item.time === 'instant';
        if ((period.kind === 'instant') !== wantInstant) {
          problems.push(spoken({ code: 'E_PERIOD', file: yf.file, line: at(ci + 2), field: `${table.columns[ci]}`, message: said('balanceOrFlow', itemId, item.time === 'instant'), expected: said('aDateOrPeriod', item.time === 'instant'), found: table.columns[ci] }));
          return;
        }
        const fact: Fact = {
          key, measure, item: itemId, period: table.columns[ci], scenario: table.scenario ?? 'actual', announced: table.announced,
          value: parsed.value, precision: item.exact && unit.base !== 'ratio' && !measure ? new Decimal(0) : parsed.precision, printed: token, tableUnit: table.unit,
          footing: table.rounding === 'footing' || undefined,
          source: { file: data.source.file, line: Number(cell ? cell[1] : seedLine), ...(cell ? { cell: seedLine } : {}), document: data.source.document, date: data.source.date, dataFile: yf.file, dataLine: at(ci + 2) },
        };
        const erratum = ctx.errata.find((e) => e.file === fact.source.file && e.line === fact.source.line && (!e.item || e.item === key) && (!e.period || e.period === fact.period) && e.printed.trim() === token.trim());
        if (erratum) { excluded.push({ fact, erratum }); return; }
        const dupKey = `${key}|${fact.period}|${fact.scenario}|${fact.announced ?? ''}|${fact.source.line}`;
        if (seen.has(dupKey)) {
          if (problems.some((p) => p.code === 'E_DUPLICATE' && p.file === yf.file && p.line === fact.source.dataLine)) return;
          problems.push(spoken({ code: 'E_DUPLICATE', file: yf.file, line: fact.source.dataLine, field: `${field}`, message: said('duplicateFact', key, seedLine), found: said('firstAtLine', seen.get(dupKey)) }));
          return;
        }
        seen.set(dupKey, fact.source.dataLine);
        out.push(fact);
      });
    });
  });
}
