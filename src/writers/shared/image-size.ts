// Pixel size of PNG and JPEG images, to keep their aspect ratio in both writers, and whether a file is whole.
import { inflateSync } from 'node:zlib';

export interface PixelSize {
  width: number;
  height: number;
}

function jpegSize(data: Buffer): PixelSize | undefined {
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return undefined;
    const marker = data[offset + 1]!;
    const length = data.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

export function imageSize(data: Buffer): PixelSize | undefined {
  if (data.length > 24 && data.toString('ascii', 1, 4) === 'PNG') {
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data[0] === 0xff && data[1] === 0xd8) return jpegSize(data);
  return undefined;
}

/** The compressed pixel data of a PNG (its IDAT chunks), or undefined when the chunks are cut off. */
function pngPixelData(data: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  for (let offset = 8; offset + 12 <= data.length; ) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('ascii', offset + 4, offset + 8);
    if (offset + 12 + length > data.length) return undefined;
    if (type === 'IDAT') parts.push(data.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') return Buffer.concat(parts);
    offset += 12 + length;
  }
  return undefined;
}

/** Whether a PNG or JPEG file is whole: its chunks complete and its pixels decompress, or its end marker there. */
export function imageIntact(data: Buffer): boolean {
  if (!imageSize(data)) return false;
  if (data[0] === 0xff) return data.subarray(-2).equals(Buffer.from([0xff, 0xd9]));
  const pixels = pngPixelData(data);
  if (!pixels) return false;
  try {
    inflateSync(pixels);
    return true;
  } catch {
    return false;
  }
}
