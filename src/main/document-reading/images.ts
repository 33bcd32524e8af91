import sharp from 'sharp';

/** Bigger than this is slower to read and no clearer; smaller is upscaled, since OCR wants ~30 px capitals. */
const readingWidth = { min: 1600, max: 2400 };

/** Raises a decoding failure as the message a reviewer reads. */
async function decoded<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/^Input buffer /, '') : String(error);
    throw new Error(`The ${what} could not be decoded: ${why}`);
  }
}

/** A photo as the camera held it: EXIF orientation applied (phones store sideways pixels and a rotation tag). */
export function upright(bytes: Buffer, what: string): Promise<Buffer> {
  return decoded(what, () => sharp(bytes, { failOn: 'error' }).rotate().png().toBuffer());
}

/** The image OCR reads: upright, grey, contrast stretched, at a width where capitals are big enough. */
export function forText(bytes: Buffer, what: string): Promise<Buffer> {
  return decoded(what, async () => {
    const image = sharp(bytes, { failOn: 'error' }).rotate();
    const { width = 0 } = await image.clone().metadata();
    const target = Math.min(readingWidth.max, Math.max(readingWidth.min, width));
    return image.resize({ width: target }).greyscale().normalise().png().toBuffer();
  });
}
