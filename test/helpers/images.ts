/** Small images made in the test, from SVG, so no test depends on system fonts. */
import sharp from 'sharp';

/** A page of "text lines": rows of short dark bars, like words, optionally rotated by `degrees`. */
export async function barPage(options: { width?: number; height?: number; degrees?: number; density?: number } = {}): Promise<Buffer> {
  const width = options.width ?? 1240;
  const height = options.height ?? 1754;
  let bars = '';
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let y = 150; y < height - 150; y += 45) {
    let x = 120;
    while (x < width - 200) {
      const w = 30 + Math.floor(random() * 90);
      bars += `<rect x="${x}" y="${y}" width="${w}" height="18" fill="black"/>`;
      x += w + 18;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${bars}</svg>`;
  let image = sharp(Buffer.from(svg)).greyscale();
  if (options.degrees) image = sharp(await image.png().toBuffer()).rotate(options.degrees, { background: '#ffffff' });
  return image.png().withMetadata({ density: options.density ?? 150 }).toBuffer();
}

/** The box round an image's ink (grey under 128), in pixels. */
export async function inkBox(image: Buffer): Promise<{ l: number; t: number; r: number; b: number }> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  const box = { l: info.width, t: info.height, r: 0, b: 0 };
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++)
      if (data[y * info.width + x] < 128) Object.assign(box, { l: Math.min(box.l, x), t: Math.min(box.t, y), r: Math.max(box.r, x + 1), b: Math.max(box.b, y + 1) });
  return box;
}
