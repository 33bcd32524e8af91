import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The part of a tf model.json and of tf.io this loader uses (the library types its tf as any). */
type WeightsManifest = { paths: string[]; weights: unknown[] }[];
type ModelJson = { weightsManifest: WeightsManifest };
interface TfIo {
  registerLoadRouter(router: (url: unknown) => { load(): Promise<unknown> } | null): void;
  getModelArtifactsForJSON(
    json: ModelJson,
    loadWeights: (manifest: WeightsManifest) => Promise<[unknown[], ArrayBuffer]>,
  ): Promise<unknown>;
}

const registered = new WeakSet<TfIo>();

/** A model's weight files, read from beside its model.json and joined in manifest order. */
async function readWeights(modelFile: string, manifest: WeightsManifest) {
  const files = await Promise.all(
    manifest.flatMap((group) => group.paths).map((path) => readFile(join(dirname(modelFile), path))),
  );
  const weights = Buffer.concat(files);
  const bytes = weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength) as ArrayBuffer;
  return [manifest.flatMap((group) => group.weights), bytes] as [unknown[], ArrayBuffer];
}

/**
 * Lets tf load `file://` model URLs from disk. Without tfjs-node, tf only knows http loading, and
 * Node's fetch refuses file URLs; the routers live in the one tf instance, so they are added once.
 */
export function registerDiskModelLoader(io: TfIo): void {
  if (registered.has(io)) return;
  registered.add(io);
  io.registerLoadRouter((url) => {
    if (typeof url !== 'string' || !url.startsWith('file://')) return null;
    const modelFile = fileURLToPath(url);
    return {
      load: async () => {
        const json = JSON.parse(await readFile(modelFile, 'utf8')) as ModelJson;
        return io.getModelArtifactsForJSON(json, (manifest) => readWeights(modelFile, manifest));
      },
    };
  });
}
