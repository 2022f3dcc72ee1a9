// A schema issue (zod) said by key: its English words as zod wrote them, and what another language
// needs to say it (messages/problems-ja.ts schemaIssue): the issue's kind, its detail and the
// schema's own words for the form expected.
import type { z } from 'zod';
import { said, type Said } from './problem.js';

const DEFAULT_FORMAT = /^Invalid string: /;

export function schemaSaid(issue: z.core.$ZodIssue): Said {
  const i = issue as z.core.$ZodIssue & { expected?: string; values?: unknown[]; keys?: string[]; minimum?: unknown; maximum?: unknown; origin?: string; pattern?: string; inclusive?: boolean };
  switch (i.code) {
    case 'invalid_type': return said('schemaIssue', i.message, i.code, String(i.expected ?? ''), /received (\w+)/.exec(i.message)?.[1] ?? '');
    case 'invalid_value': return said('schemaIssue', i.message, i.code, (i.values ?? []).map((v) => `"${String(v)}"`).join(', '), '');
    case 'too_small': return said('schemaIssue', i.message, i.code, String(i.minimum), `${i.origin ?? ''}${i.inclusive === false ? '>' : ''}`);
    case 'too_big': return said('schemaIssue', i.message, i.code, String(i.maximum), `${i.origin ?? ''}${i.inclusive === false ? '<' : ''}`);
    case 'invalid_format': return said('schemaIssue', i.message, i.code, String(i.pattern ?? ''), DEFAULT_FORMAT.test(i.message) ? '' : i.message);
    case 'unrecognized_keys': return said('schemaIssue', i.message, i.code, (i.keys ?? []).join(', '), '');
    case 'custom': return said('schemaIssue', i.message, i.code, '', i.message);
    default: return said('schemaIssue', i.message, i.code, '', '');
  }
}
