import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from '../io.js';
import { defaults } from '../io.js';

export function schemaCommand(program: Command, io: Io, done: (code: number) => void): void {
  program.command('schema')
    .description('print (or --write to data/schema/) the JSON Schemas of the data files')
    .option('--write', 'write data/schema/<kind>.schema.json')
    .option('--data <dir>', 'data folder', defaults().data)
    .action(async (o: { write?: boolean; data: string }) => {
      const [{ z }, { schemas }] = await Promise.all([import('zod'), import('../../load/schema.js')]);
      for (const [name, schema] of Object.entries(schemas)) {
        const json = `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`;
        if (o.write) {
          mkdirSync(join(o.data, 'schema'), { recursive: true });
          writeFileSync(join(o.data, 'schema', `${name}.schema.json`), json);
          io.out(`wrote ${join(o.data, 'schema', `${name}.schema.json`)}\n`);
        } else io.out(json);
      }
      done(0);
    });
}
