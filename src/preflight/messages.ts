// The preflight's findings are reported to the operator in the CLI's language (English).
import { en } from '../messages/en.js';

export const preflightMessages = en.preflight;
