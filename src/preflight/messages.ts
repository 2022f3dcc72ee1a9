// The preflight's findings are reported to the operator in the CLI's language (English).
import { en } from '../messages/en.js';

export const preflightMessages = en.preflight;

type Words = typeof en.preflight;
/** the words of a finding (not of where it is, or of the summary) */
export type FindingKey = Exclude<keyof Words, 'where' | 'summary' | 'strictHint'>;

/** A finding's message in English, with its key and arguments: a problem made of the finding says it in any language (messages/problems-*.ts preflightFinding). */
export function findingWords<K extends FindingKey>(key: K, ...args: Parameters<Words[K]>): { message: string; says: { key: K; args: string[] } } {
  return { message: (en.preflight[key] as (...a: unknown[]) => string)(...args), says: { key, args: args as string[] } };
}
