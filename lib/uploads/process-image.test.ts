import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { corruptJpegBytes, jpegBytes, jpegWithExifBytes, oversizedJpegBytes, pngBytes, sidewaysJpegBytes, textBytes, truncatedJpegBytes, webpBytes } from '@/tests/fixtures/images';
import { ValidationFailed } from '@/lib/errors';
import { processImage } from './process-image';

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationFailed);
  return (error as ValidationFailed).message;
};

describe('processImage', () => {
  it.each([
    ['JPEG', jpegBytes],
    ['PNG', pngBytes],
    ['WebP', webpBytes],
  ])('re-encodes a real %s as WebP of the same size', async (_kind, make) => {
    const image = await processImage({ name: 'boat', bytes: await make(64, 48) }, 'photo');
    expect(image).toMatchObject({ contentType: 'image/webp', width: 64, height: 48 });
    expect(image.byteSize).toBe(image.data.byteLength);
    expect((await sharp(image.data).metadata()).format).toBe('webp');
  });

  it('fits big photos within 1600 × 1600 and logos within 512 × 512, never enlarging', async () => {
    const big = await jpegBytes(3200, 1000);
    expect(await processImage({ name: 'wide.jpg', bytes: big }, 'photo')).toMatchObject({ width: 1600, height: 500 });
    expect(await processImage({ name: 'wide.jpg', bytes: big }, 'logo')).toMatchObject({ width: 512, height: 160 });
    expect(await processImage({ name: 'tiny.png', bytes: await pngBytes(20, 10) }, 'logo')).toMatchObject({ width: 20, height: 10 });
  });

  it('turns a sideways camera photo upright and drops its metadata (GPS, camera)', async () => {
    expect(await processImage({ name: 'phone.jpg', bytes: await sidewaysJpegBytes(80, 40) }, 'photo')).toMatchObject({ width: 40, height: 80 });
    const image = await processImage({ name: 'gps.jpg', bytes: await jpegWithExifBytes() }, 'photo');
    const metadata = await sharp(image.data).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(image.data.includes('SecretCam')).toBe(false);
  });

  it('refuses a text file renamed to .jpg, naming the file', async () => {
    expect(await rejection(processImage({ name: 'notes.jpg', bytes: textBytes() }, 'photo'))).toBe('"notes.jpg" is not a JPEG, PNG or WebP image.');
  });

  it('refuses a file over 5 MB before decoding it', async () => {
    expect(await rejection(processImage({ name: 'huge.jpg', bytes: await oversizedJpegBytes() }, 'photo'))).toBe('"huge.jpg" is too large (5.0 MB). Each image can be at most 5 MB.');
  });

  it('refuses a truncated or corrupt JPEG with a clear message', async () => {
    const message = '"broken.jpg" could not be read as an image; it may be damaged or incomplete.';
    expect(await rejection(processImage({ name: 'broken.jpg', bytes: await truncatedJpegBytes() }, 'photo'))).toBe(message);
    expect(await rejection(processImage({ name: 'broken.jpg', bytes: corruptJpegBytes() }, 'photo'))).toBe(message);
  });

  it('refuses a decompression bomb: few bytes, too many pixels', async () => {
    const bomb = new Uint8Array(await sharp({ create: { width: 10_000, height: 5_000, channels: 3, background: '#fff' } }).png({ compressionLevel: 9 }).toBuffer());
    expect(bomb.byteLength).toBeLessThan(5 * 1024 * 1024);
    expect(await rejection(processImage({ name: 'bomb.png', bytes: bomb }, 'photo'))).toMatch(/^"bomb.png" has too many pixels/);
  });

  it('refuses an empty file', async () => {
    expect(await rejection(processImage({ name: 'empty.png', bytes: new Uint8Array() }, 'photo'))).toBe('"empty.png" is empty.');
  });
});
