// The message module of a language. Every language has the shape of messages/en.ts.
import { en, type Messages } from './en.js';
import { ja } from './ja.js';

const LANGUAGES: Record<string, Messages> = { en, ja };

export function messagesFor(lang: string): Messages {
  return LANGUAGES[lang] ?? en;
}
