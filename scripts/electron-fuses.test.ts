import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { afterAll, describe, expect, it } from 'vitest';
import afterPack, { fuseConfig } from './electron-fuses.mjs';

/**
 * The Electron binary cannot be downloaded here, so these tests check the fuse table the hook
 * hands to electron-builder, and @electron/fuses writing it into a stand-in binary that carries
 * Electron's fuse wire (its sentinel, wire version 1, eight fuses at Electron's defaults), not a
 * real packaged app.
 */
const folder = mkdtempSync(join(tmpdir(), 'electron-fuses-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const [disabled, enabled] = ['0'.charCodeAt(0), '1'.charCodeAt(0)];
const electronDefaults = [enabled, disabled, enabled, enabled, disabled, disabled, disabled, enabled];

describe('electron-builder afterPack fuses', () => {
  it.each(['linux', 'win32', 'darwin', 'mas'])('sets every fuse explicitly for %s', (platform) => {
    const config = fuseConfig(platform);
    expect(config.version).toBe(FuseVersion.V1);
    expect({
      RunAsNode: config[FuseV1Options.RunAsNode],
      EnableCookieEncryption: config[FuseV1Options.EnableCookieEncryption],
      EnableNodeOptionsEnvironmentVariable: config[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      EnableNodeCliInspectArguments: config[FuseV1Options.EnableNodeCliInspectArguments],
      EnableEmbeddedAsarIntegrityValidation: config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      OnlyLoadAppFromAsar: config[FuseV1Options.OnlyLoadAppFromAsar],
      LoadBrowserProcessSpecificV8Snapshot: config[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot],
      GrantFileProtocolExtraPrivileges: config[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
    // No fuse of the wire is left to Electron's default.
    const numericFuses = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    expect(numericFuses.every((fuse) => typeof config[fuse] === 'boolean')).toBe(true);
  });

  it('re-signs ad hoc on macOS only', () => {
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('linux').resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('win32').resetAdHocDarwinSignature).toBe(false);
  });

  it('flips a binary fuse wire to the table', async () => {
    const binary = join(folder, 'kyc-desk');
    const wire = Buffer.from([...Buffer.from(sentinel), 1, electronDefaults.length, ...electronDefaults]);
    writeFileSync(binary, Buffer.concat([Buffer.alloc(4096, 0x90), wire, Buffer.alloc(4096, 0x90)]));
    const config = fuseConfig('linux');
    await flipFuses(binary, config);
    const flipped = await getCurrentFuseWire(binary);
    const fuses = electronDefaults.map((_state, fuse) => fuse as FuseV1Options);
    expect(fuses.map((fuse) => flipped[fuse])).toEqual(fuses.map((fuse) => (config[fuse] ? enabled : disabled)));
    expect(fuses.map((fuse) => flipped[fuse])).not.toEqual(electronDefaults);
  });

  it('hands the table to electron-builder for the packaged app', async () => {
    const flipped: unknown[] = [];
    const context = {
      electronPlatformName: 'win32',
      packager: { addElectronFuses: async (...args: unknown[]) => void flipped.push(args) },
    } as unknown as AfterPackContext;
    await afterPack(context);
    expect(flipped).toEqual([[context, fuseConfig('win32')]]);
  });
});
