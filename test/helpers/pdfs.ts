/** PDFs made in the test: a scanned one (an image, no text layer) and an encrypted one. */
import { PDFDocument } from 'pdf-lib';

export async function scannedPdf(png: Buffer): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(png);
  const page = pdf.addPage([595.28, 841.89]);
  page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/**
 * A PDF whose trailer names a Standard security handler with an owner/user key
 * that no empty password opens: what a password-protected plan looks like to a reader.
 */
export async function encryptedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595.28, 841.89]);
  const text = Buffer.from(await pdf.save({ useObjectStreams: false })).toString('latin1');
  const key = '<' + '5a'.repeat(32) + '>';
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /O ${key} /U ${key} /P -44 >> /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>]`;
  return Buffer.from(text.replace(/trailer\s*<</, (m) => `${m}\n${encrypt}\n`), 'latin1');
}
