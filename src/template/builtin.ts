// The built-in templates folder (templates/ beside src/ and dist/): the last folder of every lookup.
import { fileURLToPath } from 'node:url';

export const builtinTemplates = fileURLToPath(new URL('../../templates', import.meta.url));
