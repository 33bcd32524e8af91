// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary, before it is
// signed. Every fuse @electron/fuses knows is set explicitly, so none is left at Electron's default.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** The fuses of a packaged desk, for one target platform. */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature macOS (Apple Silicon) demands before real signing.
    resetAdHocDarwinSignature: platform === 'darwin',
    // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node for any script.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // electron-builder writes the asar's hash into the app (macOS, Windows); Electron checks it.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The renderer is served from app://, never file://.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

export default async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuseConfig(context.electronPlatformName));
}
