import { Decimal } from 'decimal.js';

/** A table unit: the base unit its values convert to, and the scale factor. */
export interface TableUnit { base: string; scale: Decimal }

const JPY_SCALES: Record<string, number> = { JPY: 1, 'JPY thousand': 1e3, 'JPY million': 1e6, 'JPY billion': 1e9 };
const USD_SCALES: Record<string, number> = { USD: 1, 'USD thousand': 1e3, 'USD million': 1e6 };

/** "JPY million" → { base: JPY, scale: 1e6 }; "percent" → { base: ratio, scale: 0.01 }. */
export function tableUnit(name: string): TableUnit {
  if (name in JPY_SCALES) return { base: 'JPY', scale: new Decimal(JPY_SCALES[name]) };
  if (name in USD_SCALES) return { base: 'USD', scale: new Decimal(USD_SCALES[name]) };
  if (name === 'percent' || name === 'points') return { base: 'ratio', scale: new Decimal('0.01') };
  return { base: name, scale: new Decimal(1) };
}

export interface ParsedToken {
  value: Decimal;
  /** half-width of the rounding interval, in base units (0 for an exact nil) */
  precision: Decimal;
  nil: boolean;
}

const NIL = new Set(['-', '—', '–', '_', '−']);

/**
 * Parse a printed token exactly: "12,148,490", "(408,152)", "+1,140", "(2.5%)", "530.5", "-".
 * Returns undefined for a token that is not a number.
 */
export function parseToken(token: string, unit: TableUnit): ParsedToken | undefined {
  const t = token.trim();
  if (NIL.has(t)) return { value: new Decimal(0), precision: new Decimal(0), nil: true };
  const m = /^([+\-−]?)(\()?([+\-−]?)(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?(%)?(\))?$/.exec(t);
  if (!m) return undefined;
  const [, sign1, open, sign2, int, frac = '', pct, close] = m;
  if (Boolean(open) !== Boolean(close)) return undefined;
  if (pct && unit.base !== 'ratio') return undefined;
  const negative = Boolean(open) || sign1 === '-' || sign1 === '−' || sign2 === '-' || sign2 === '−';
  const digits = new Decimal(`${int.replace(/,/g, '')}${frac}`);
  const decimals = frac ? frac.length - 1 : 0;
  const value = (negative ? digits.neg() : digits).times(unit.scale);
  const precision = new Decimal(10).pow(-decimals).times('0.5').times(unit.scale);
  return { value, precision, nil: false };
}
