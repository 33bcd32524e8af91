import { z } from 'zod';
import { text } from '../text';
import { operation } from '../contract';

/**
 * Where the document vault's key stands. Only `unlocked` lets documents be stored or read;
 * every other state says what the person at the desk has to do.
 */
export const vaultStates = [
  'unlocked',
  /** No passphrase protects the key yet: a fresh data folder, or a key file from before keys were protected. */
  'set-passphrase',
  /** The key file is wrapped by a passphrase; enter it. */
  'enter-passphrase',
  /** Documents are stored but `key.json` is gone: restore it from a backup, or start a new vault. */
  'missing',
  /** `key.json` cannot be read as a vault key. */
  'corrupt',
  /** `key.json` holds a key that does not open the stored documents: another installation's, or a newer one. */
  'wrong',
  /** The key is wrapped by a protector this process does not have (e.g. the desktop app's keychain). */
  'other-protector',
] as const;
export type VaultState = (typeof vaultStates)[number];

export const vaultStatus = z.object({
  state: z.enum(vaultStates),
  /** The key's fingerprint (from the key itself), when a key could be read. */
  keyId: z.string().nullable(),
  /** The fingerprint the key file declares, so a missing or wrong key can be named. */
  expectedKeyId: z.string().nullable(),
  keyFile: z.string(),
  /** What is wrong and what to restore; empty when unlocked. */
  message: z.string(),
  /** How many stored document versions the database refers to. */
  documents: z.number().int(),
  /** What protects the key in this process: the device's keychain or keyring, or a passphrase. */
  protector: z.string(),
  /** Whether this process holds a passphrase (KYC_VAULT_PASSPHRASE, or one entered): a new vault then reuses it. */
  passphraseHeld: z.boolean(),
});
export type VaultStatus = z.output<typeof vaultStatus>;

export const minPassphraseLength = 10;
/** The protector that wraps the key with a passphrase; any other name is the device's own. */
export const passphraseProtectorName = 'passphrase-scrypt';
// The text rule too: a control character or a lone surrogate cannot be typed again at the lock screen.
const passphrase = text({ error: 'Enter the passphrase' }).min(1, { error: 'Enter the passphrase' }).max(1024);

export const unreadableReasons = ['no-key', 'file-missing', 'not-decryptable', 'content-mismatch'] as const;
export type UnreadableReason = (typeof unreadableReasons)[number];

export const vaultContract = {
  'vault.status': operation('Where the document vault key stands', z.object({}).strict(), vaultStatus),
  'vault.unlock': operation(
    'Opens the vault key with its passphrase, or sets the passphrase that will protect it',
    z.object({ passphrase }).strict(),
    vaultStatus,
  ),
  'vault.startNew': operation(
    'Starts a new, empty vault with a new key; the documents stored under the old key stay unreadable',
    z
      .object({
        confirm: z.literal(true, { error: 'Confirm that the stored documents will be unreadable' }),
        passphrase: passphrase.optional(),
      })
      .strict(),
    vaultStatus,
  ),
  'vault.check': operation(
    'Tries every stored document against the vault key and reports which can be read',
    z.object({}).strict(),
    z.object({
      keyId: z.string().nullable(),
      readable: z.number().int(),
      unreadable: z.array(
        z.object({
          documentId: z.number().int(),
          customerId: z.number().int(),
          fileName: z.string(),
          reason: z.enum(unreadableReasons),
        }),
      ),
    }),
  ),
};
