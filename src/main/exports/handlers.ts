import type { HandlerTable } from '../api';
import type { CustomerListing } from '../customers/listing';
import type { DocumentReadingService } from '../document-reading/service';
import type { Storage } from '../db/storage';
import type { JobRunner } from '../jobs/runner';
import type { VaultStore } from '../vault/store';
import { countActivity, exportedActivity } from './activity-count';
import { writeDownload } from './files';
import { fontsFolderBeside } from './pdf/fonts';
import { renderProfileReport } from './pdf/profile-report';
import { gatherProfile } from './profile';

type ExportOperations = 'exports.customers' | 'exports.activity' | 'exports.customerReport';

export interface ExportsDeps {
  storage: Storage;
  /** Counts the customers an export will write, for its progress bar. */
  listing: CustomerListing;
  jobs: JobRunner;
  vault: VaultStore;
  /** The document readings, compared with the profile in the customer report. */
  reading: DocumentReadingService;
  dataDir: string;
  /** Where the report fonts are found (see fontsFolderBeside). */
  migrationsFolder: string;
  actor: () => string;
}

export function exportsHandlers(deps: ExportsDeps): HandlerTable<ExportOperations> {
  const { storage, listing, jobs, vault, dataDir, actor } = deps;
  const fontsFolder = fontsFolderBeside(deps.migrationsFolder);
  return {
    'exports.customers': async (input) => {
      const total = await storage.read((db) => listing.count(db, input.filters));
      const count = `${total.toLocaleString('en')} customer${total === 1 ? '' : 's'}`;
      const label =
        input.format === 'pdf'
          ? `Summary report of ${count} (PDF)`
          : `Export of ${count} to ${input.format.toUpperCase()}`;
      return jobs.start('export.customers', { ...input, fontsFolder, total }, { label });
    },
    'exports.activity': async (input) => {
      const counted = await storage.read((db) => countActivity(db, input));
      // Beyond the list's cap the count is not known: the progress shows rows written.
      const total = counted.capped ? null : counted.total;
      const what = exportedActivity(input, counted);
      return jobs.start(
        'export.activity',
        { input, total },
        { label: `Export of ${what} to ${input.format.toUpperCase()}` },
      );
    },
    // One customer's report is a few pages: rendered here rather than in a worker.
    'exports.customerReport': async ({ id }) => {
      const profile = {
        ...(await gatherProfile(storage, vault, id, actor())),
        comparison: await deps.reading.compare(id),
      };
      return writeDownload(dataDir, `kyc-profile-${id}`, 'pdf', async (out) => {
        await renderProfileReport(profile, out, fontsFolder);
        return 1;
      });
    },
  };
}
