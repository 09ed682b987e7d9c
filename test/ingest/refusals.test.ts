import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { KehoachError } from '../../src/diagnostics/diagnostic.ts';
import { barPage } from '../helpers/images.ts';
import { encryptedPdf } from '../helpers/pdfs.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kehoach-ingest-'));
function file(name: string, bytes: Buffer | string): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/** A PNG whose header claims width × height, with valid CRCs and only a few rows of pixel data: a decoder must refuse it by the header. */
function pngHeaderOnly(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.alloc((width + 1) * 4))), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

async function refusal(p: string): Promise<KehoachError> {
  const error = await ingest([p]).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KehoachError);
  return error as KehoachError;
}

describe('ingest refuses bad input with the file and the reason', () => {
  it('a 0-byte PNG', async () => {
    const e = await refusal(file('empty.png', ''));
    expect(e.code).toBe('ingest/empty-file');
    expect(e.message).toMatch(/empty\.png: file is empty/);
  });

  it('a PNG that claims 30000×30000 pixels, refused by its header without decoding', async () => {
    const e = await refusal(file('huge.png', pngHeaderOnly(30000, 30000)));
    expect(e.message).toMatch(/huge\.png: .*megapixel limit/);
  });

  it('a truncated PNG', async () => {
    const png = await barPage();
    const e = await refusal(file('truncated.png', png.subarray(0, Math.floor(png.length / 2))));
    expect(e.message).toMatch(/truncated\.png: image is truncated or damaged/);
  });

  it('a corrupt PDF', async () => {
    const e = await refusal(file('corrupt.pdf', '%PDF-1.7\n1 0 obj garbage\n%%EOF'));
    expect(e.code).toBe('ingest/corrupt-pdf');
    expect(e.message).toMatch(/^.*corrupt\.pdf: corrupt or unreadable PDF/);
  });

  it('an encrypted PDF, with how to decrypt it', async () => {
    const e = await refusal(file('locked.pdf', await encryptedPdf()));
    expect(e.code).toBe('ingest/encrypted-pdf');
    expect(e.message).toMatch(/locked\.pdf: encrypted PDF; remove the password/);
  });

  it('an image too small to hold a page', async () => {
    const tiny = await sharp({ create: { width: 50, height: 40, channels: 3, background: '#fff' } }).png().toBuffer();
    const e = await refusal(file('tiny.png', tiny));
    expect(e.message).toMatch(/tiny\.png: image of 50×40 pixels is too small/);
  });

  it('a file of an unsupported kind', async () => {
    const e = await refusal(file('plan.docx', 'PK\u0003\u0004 not really'));
    expect(e.code).toBe('ingest/unsupported');
  });

  it('a missing file', async () => {
    const e = await refusal(path.join(dir, 'nowhere.png'));
    expect(e.message).toMatch(/nowhere\.png: no such file/);
  });
});
