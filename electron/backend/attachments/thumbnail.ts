import { createCanvas, loadImage } from '@napi-rs/canvas';

const LONG_SIDE = 320;
/** Decoding costs 4 bytes a pixel; past this a photo is stored without a thumbnail rather than risk memory. */
const MAX_PIXELS = 100_000_000;

/** A PNG at most 320 px on its long side, or null when the image cannot or should not be decoded. */
export async function thumbnailOf(data: Buffer, size: { width: number; height: number } | null): Promise<Buffer | null> {
  if (!size || size.width < 1 || size.height < 1 || size.width * size.height > MAX_PIXELS) return null;
  try {
    const image = await loadImage(data);
    const scale = Math.min(1, LONG_SIDE / Math.max(image.width, image.height));
    const w = Math.max(1, Math.round(image.width * scale));
    const h = Math.max(1, Math.round(image.height * scale));
    const canvas = createCanvas(w, h);
    canvas.getContext('2d').drawImage(image, 0, 0, w, h);
    return await canvas.encode('png');
  } catch {
    return null;
  }
}
