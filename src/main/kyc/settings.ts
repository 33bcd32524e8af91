import { eq } from 'drizzle-orm';
import { uploadLimitMegabytes } from '../../shared/kyc/fields';
import type { KycSettings } from '../../shared/kyc/contract';
import { writeAudit } from '../audit/log';
import type { ReadableDB } from '../db/handles';
import type { Storage } from '../db/storage';
import { kycSettings } from '../db/schema';

const defaults: KycSettings = { maxUploadMegabytes: uploadLimitMegabytes.default };

export async function readKycSettings(db: ReadableDB): Promise<KycSettings> {
  const rows = await db.select().from(kycSettings);
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...defaults, ...stored } as KycSettings;
}

export function updateKycSettings(storage: Storage, settings: KycSettings, actor: string): Promise<KycSettings> {
  return storage.withTransaction(
    async (tx) => {
      const before = await readKycSettings(tx);
      for (const [key, value] of Object.entries(settings)) {
        const [exists] = await tx.select({ key: kycSettings.key }).from(kycSettings).where(eq(kycSettings.key, key));
        if (exists) await tx.update(kycSettings).set({ value }).where(eq(kycSettings.key, key));
        else await tx.insert(kycSettings).values({ key, value });
      }
      const changes = Object.fromEntries(
        Object.entries(settings)
          .filter(([key, value]) => before[key as keyof KycSettings] !== value)
          .map(([key, value]) => [key, { from: before[key as keyof KycSettings], to: value }]),
      );
      if (Object.keys(changes).length > 0)
        await writeAudit(tx, { actor, entity: 'kyc_settings', entityId: 0, action: 'update', changes });
      return readKycSettings(tx);
    },
    { what: 'saving the settings' },
  );
}
