// The entry workbook's words and its import's problems are the operator's, in the CLI's language (English).
import { en } from '../messages/en.js';

export const say = en.sheet;
