import { osUser } from '../../main/actor';
import { seedDatabase } from '../../main/seed/seed';
import { parseCommandLine, UsageError, type Command } from './command';
import { openCliCore } from './core-options';

export const seedCommand: Command = {
  usage:
    'seed --customers N [--seed S] [--data DIR]   fill the database with realistic sample customers and their activity',
  async run(args) {
    const { values } = parseCommandLine({
      args,
      options: { customers: { type: 'string' }, seed: { type: 'string' }, data: { type: 'string' } },
    });
    const customers = Number(values.customers);
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isSafeInteger(customers) || customers < 1 || !Number.isSafeInteger(seed))
      throw new UsageError('Give --customers as a whole number of at least 1 (and --seed, if any, as a whole number).');
    const core = await openCliCore(values.data);
    try {
      const started = performance.now();
      let reported = 0;
      const result = await seedDatabase(core.storage, {
        actor: osUser(),
        chain: core.decisionChain,
        customers,
        seed,
        onProgress: (done, total) => {
          if (done !== total && done - reported < total / 20) return;
          reported = done;
          const seconds = (performance.now() - started) / 1000;
          console.log(
            `  ${done.toLocaleString('en')} / ${total.toLocaleString('en')} customers (${seconds.toFixed(1)} s)`,
          );
        },
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `Seeded ${result.customers.toLocaleString('en')} customers (#${result.firstId}-#${result.lastId}) in ${seconds.toFixed(1)} s into ${core.dataDir}`,
      );
      return 0;
    } finally {
      await core.close();
    }
  },
};
