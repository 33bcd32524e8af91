import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFaceEngine } from './face-engine';
import { FaceMatcher, faceMatchThreshold } from './face-matcher';

const require = createRequire(import.meta.url);
// A row of five portrait crops (a man, then four women) the library ships as a screenshot of its demo.
const samplePhoto = join(dirname(require.resolve('@vladmandic/human')), '..', 'assets', 'screenshot-facedetect.jpg');

type Box = [number, number, number, number];

/** The faces the library's own detector finds in the sample, left to right. */
async function sampleFaces(): Promise<Box[]> {
  const human = await loadFaceEngine();
  const { data, info } = await sharp(samplePhoto).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const tensor = human.tf.tensor3d(data, [info.height, info.width, 3], 'int32');
  const result = await human.detect(tensor);
  human.tf.dispose(tensor);
  return result.face.map((face) => face.box).sort((a, b) => a[0] - b[0]);
}

/** A square around a face box, `grow` times its side, kept inside the photo. */
async function cropFace([x, y, width, height]: Box, grow: number): Promise<Buffer> {
  const { width: photoWidth = 0, height: photoHeight = 0 } = await sharp(samplePhoto).metadata();
  const side = Math.max(width, height) * grow;
  const left = Math.max(0, Math.round(x + width / 2 - side / 2));
  const top = Math.max(0, Math.round(y + height / 2 - side / 2));
  const extract = {
    left,
    top,
    width: Math.min(photoWidth - left, Math.round(side)),
    height: Math.min(photoHeight - top, Math.round(side)),
  };
  return sharp(samplePhoto).extract(extract).png().toBuffer();
}

/** Grey text lines, as printed beside an ID card's portrait. */
const textLines = async () =>
  Promise.all(
    [0, 1, 2, 3, 4].map(async (line) => ({
      input: await sharp({ create: { width: 300 - line * 30, height: 14, channels: 3, background: '#9aa0a6' } })
        .png()
        .toBuffer(),
      left: 230,
      top: 110 + line * 40,
    })),
  );

/** An ID card: a small grey-scale portrait on a light card beside text lines. */
async function documentPhoto(face: Buffer): Promise<Buffer> {
  const portrait = await sharp(face).greyscale().resize(160, 200, { fit: 'cover' }).png().toBuffer();
  return sharp({ create: { width: 640, height: 400, channels: 3, background: '#eceff1' } })
    .composite([{ input: portrait, left: 30, top: 100 }, ...(await textLines())])
    .jpeg()
    .toBuffer();
}

/** A selfie: a wider crop, scaled up, tilted and brighter. */
async function selfie(face: Buffer): Promise<Buffer> {
  return sharp(face)
    .resize(480, 480)
    .rotate(8, { background: '#808080' })
    .modulate({ brightness: 1.15 })
    .jpeg()
    .toBuffer();
}

/** The same card with no portrait, stored as a one-channel grey PNG. */
async function cardWithoutFace(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 400, channels: 3, background: '#eceff1' } })
    .composite(await textLines())
    .greyscale()
    .png()
    .toBuffer();
}

describe('FaceMatcher', { timeout: 120_000 }, () => {
  let matcher: FaceMatcher;
  let manDocument: Buffer;
  let manSelfie: Buffer;
  let womanSelfie: Buffer;

  beforeAll(async () => {
    const faces = await sampleFaces();
    expect(faces).toHaveLength(5);
    const [man, woman] = faces as [Box, Box];
    manDocument = await documentPhoto(await cropFace(man, 1.1));
    manSelfie = await selfie(await cropFace(man, 1.5));
    womanSelfie = await selfie(await cropFace(woman, 1.5));
    matcher = await FaceMatcher.load();
  }, 120_000);

  afterAll(() => matcher?.close());

  it('scores a document photo and a selfie of the same person as the same', async () => {
    const comparison = await matcher.compare(manDocument, manSelfie);
    expect(comparison).toMatchObject({ documentFace: true, selfieFace: true, same: true });
    expect(comparison.similarity).toBeGreaterThanOrEqual(faceMatchThreshold);
    expect(comparison.similarity).toBeLessThanOrEqual(1);
  });

  it('scores two different people below the threshold', async () => {
    const comparison = await matcher.compare(manDocument, womanSelfie);
    expect(comparison).toMatchObject({ documentFace: true, selfieFace: true, same: false });
    expect(comparison.similarity).toBeLessThan(faceMatchThreshold);
    expect(comparison.similarity).toBeGreaterThanOrEqual(0);
  });

  it('gives no similarity when the document shows no face', async () => {
    expect(await matcher.compare(await cardWithoutFace(), manSelfie)).toEqual({
      documentFace: false,
      selfieFace: true,
      similarity: null,
      same: null,
    });
  });

  it('rejects corrupt or truncated images by name and stays usable', async () => {
    const randomBytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    await expect(matcher.compare(manDocument, randomBytes)).rejects.toThrow(/^The selfie could not be decoded: /);
    const truncated = manDocument.subarray(0, Math.floor(manDocument.length / 2));
    await expect(matcher.compare(truncated, manSelfie)).rejects.toThrow(/^The document image could not be decoded: /);
    expect((await matcher.compare(manDocument, manSelfie)).same).toBe(true);
  });
});
