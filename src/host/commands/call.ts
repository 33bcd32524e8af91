import { parseCommandLine, UsageError, type Command } from './command';
import { openCliCore } from './core-options';
import { errorLine } from './error-line';

export const callCommand: Command = {
  usage: "call OPERATION ['JSON input'] [--data DIR]   run one API operation, print its JSON result",
  async run(args) {
    const { positionals, values } = parseCommandLine({
      args,
      allowPositionals: true,
      options: { data: { type: 'string' } },
    });
    const [name, json, ...extra] = positionals;
    if (!name) throw new UsageError('Name an operation; `ops` lists them.');
    if (extra.length) throw new UsageError(`One JSON input only; unexpected ${extra.map((a) => `'${a}'`).join(' ')}`);
    let input: unknown;
    try {
      input = json === undefined ? undefined : JSON.parse(json);
    } catch {
      console.error(errorLine({ code: 'VALIDATION', message: 'The input is not valid JSON' }));
      return 1;
    }
    const core = await openCliCore(values.data);
    try {
      const result = await core.router.call(name, input);
      if (result.ok) {
        console.log(JSON.stringify(result.value, null, 2));
        return 0;
      }
      console.error(errorLine(result.error));
      return 1;
    } finally {
      await core.close();
    }
  },
};
