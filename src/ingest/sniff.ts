/** What a file is, by its first bytes (and, for text, its extension): never by the extension alone. */
export type InputFormat = 'png' | 'jpeg' | 'tiff' | 'pdf' | 'text' | 'unknown';

export function sniffFormat(bytes: Buffer, fileName: string): InputFormat {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 4 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0x00) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0x00 && bytes[3] === 0x2a))) return 'tiff';
  // a PDF header may follow a little junk; readers accept it within the first 1 KiB
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (/\.(txt|text)$/i.test(fileName)) return 'text';
  return 'unknown';
}
