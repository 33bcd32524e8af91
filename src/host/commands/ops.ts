import { z } from 'zod';
import { api, operationNames } from '../../shared/api';
import { parseCommandLine, type Command } from './command';

export const opsCommand: Command = {
  usage: 'ops   list every operation with its input shape (JSON Schema)',
  run(args) {
    parseCommandLine({ args, options: {} });
    for (const name of operationNames) {
      const operation = api[name];
      const shape = z.toJSONSchema(operation.input, { io: 'input', unrepresentable: 'any' });
      delete shape.$schema;
      console.log(`${name}\n  ${operation.summary}\n  input: ${JSON.stringify(shape)}\n`);
    }
    return Promise.resolve(0);
  },
};
