import sharp from 'sharp';
import type { FaceResult, Human } from '@vladmandic/human';
import { loadFaceEngine } from './face-engine';

export { faceEngine } from './face-engine';

/** Whether each image shows a face, and how alike the two faces are. */
export interface FaceComparison {
  documentFace: boolean;
  selfieFace: boolean;
  /** 0..1 from the library's descriptor match; null when either image has no face. */
  similarity: number | null;
  /** similarity >= faceMatchThreshold; null when there is nothing to compare. */
  same: boolean | null;
}

/**
 * Measured on the library's sample portraits (WASM backend, its default similarity scale): each of
 * five people's grey card photo against their own tilted, brighter selfie scored 0.71-0.87; the same
 * man in two different photos 0.61-0.62; the 20 pairs of different people 0.18-0.56 (the highest two
 * young women alike in look). The library suggests 0.5, which would have accepted that pair; 0.6
 * keeps every stranger pair out and still accepts the same man across photos. A reviewer sees the score.
 */
export const faceMatchThreshold = 0.6;

/** Images are scaled down to this longest side: the detector works at 256 px and large scans only cost memory. */
const maxSide = 1600;

interface Rgb {
  data: Buffer;
  width: number;
  height: number;
}

/** PNG or JPEG bytes to packed RGB; a corrupt or truncated file rejects, naming which image it was. */
async function decodeRgb(bytes: Buffer, what: string): Promise<Rgb> {
  try {
    const { data, info } = await sharp(bytes, { failOn: 'truncated' })
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (error) {
    throw new Error(`${what} could not be decoded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The largest face with a descriptor: on a document the main portrait, not the small ghost image. */
function mainFace(faces: FaceResult[]): FaceResult | null {
  const described = faces.filter((face) => face.embedding && face.embedding.length > 0);
  return described.sort((a, b) => b.box[2] * b.box[3] - a.box[2] * a.box[3])[0] ?? null;
}

/** Compares the face on an identity document with the face on a selfie. */
export class FaceMatcher {
  private closed = false;

  private constructor(private readonly human: Human) {}

  static async load(): Promise<FaceMatcher> {
    return new FaceMatcher(await loadFaceEngine());
  }

  private async face(image: Rgb): Promise<FaceResult | null> {
    const tensor = this.human.tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
    try {
      const result = await this.human.detect(tensor);
      return mainFace(result.face);
    } finally {
      this.human.tf.dispose(tensor);
    }
  }

  async compare(documentImage: Buffer, selfie: Buffer): Promise<FaceComparison> {
    if (this.closed) throw new Error('The face matcher is closed');
    const [documentRgb, selfieRgb] = [
      await decodeRgb(documentImage, 'The document image'),
      await decodeRgb(selfie, 'The selfie'),
    ];
    const documentFace = await this.face(documentRgb);
    const selfieFace = await this.face(selfieRgb);
    if (!documentFace?.embedding || !selfieFace?.embedding) {
      return { documentFace: documentFace !== null, selfieFace: selfieFace !== null, similarity: null, same: null };
    }
    const similarity = this.human.match.similarity(documentFace.embedding, selfieFace.embedding);
    return { documentFace: true, selfieFace: true, similarity, same: similarity >= faceMatchThreshold };
  }

  /**
   * Ends this matcher. The library keeps loaded models in its module scope, shared by every
   * instance in the thread, so they are freed with the worker rather than disposed here.
   */
  close(): void {
    this.closed = true;
  }
}
