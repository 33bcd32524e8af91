import { eq } from 'drizzle-orm';
import { uploadLimitMegabytes } from '../../shared/kyc/fields';
import type { KycSettings } from '../../shared/kyc/contract';
import { writeAudit } from '../audit/log';
import type { Db } from '../db/connection';
import { kycSettings } from '../db/schema';
import { inTransaction } from './transaction';

const defaults: KycSettings = { maxUploadMegabytes: uploadLimitMegabytes.default };

export function readKycSettings(db: Db): KycSettings {
  const rows = db.select().from(kycSettings).all();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...defaults, ...stored } as KycSettings;
}

export function updateKycSettings(db: Db, settings: KycSettings, actor: string): KycSettings {
  return inTransaction(db, (tx) => {
    const before = readKycSettings(tx);
    for (const [key, value] of Object.entries(settings)) {
      const exists = tx.select({ key: kycSettings.key }).from(kycSettings).where(eq(kycSettings.key, key)).get();
      if (exists) tx.update(kycSettings).set({ value }).where(eq(kycSettings.key, key)).run();
      else tx.insert(kycSettings).values({ key, value }).run();
    }
    const changes = Object.fromEntries(
      Object.entries(settings)
        .filter(([key, value]) => before[key as keyof KycSettings] !== value)
        .map(([key, value]) => [key, { from: before[key as keyof KycSettings], to: value }]),
    );
    if (Object.keys(changes).length > 0)
      writeAudit(tx, { actor, entity: 'kyc_settings', entityId: 0, action: 'update', changes });
    return readKycSettings(tx);
  });
}
