// Small PDFs made in the test with pdf-lib, so no binary fixture is committed.
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface PdfPage {
  /** Lines top to bottom; an empty string leaves a paragraph gap. */
  lines: string[];
}

export async function makePdf(pages: PdfPage[], options: { header?: string; footer?: boolean } = {}): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  pages.forEach((p, index) => {
    const page = pdf.addPage([595, 842]);
    let y = 800;
    if (options.header) page.drawText(options.header, { x: 50, y: 815, size: 9, font });
    for (const line of p.lines) {
      if (line === '') {
        y -= 14;
        continue;
      }
      const isBold = line.startsWith('**');
      page.drawText(isBold ? line.slice(2) : line, { x: 50, y, size: 11, font: isBold ? bold : font });
      y -= 14;
    }
    if (options.footer) page.drawText(String(index + 1), { x: 290, y: 30, size: 9, font });
  });
  return Buffer.from(await pdf.save({ useObjectStreams: false }));
}

/** A PDF whose trailer claims encryption: readers ask for a password. */
export async function makeEncryptedLookingPdf(): Promise<Buffer> {
  const plain = (await makePdf([{ lines: ['Secret announcement.'] }])).toString('latin1');
  const encrypt = '/Encrypt << /Filter /Standard /V 1 /R 2 /O <' + '0'.repeat(64) + '> /U <' + '1'.repeat(64) + '> /P -4 >>';
  const withEncrypt = plain.replace(/trailer\s*<</, (m) => `${m}\n${encrypt}\n/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`);
  return Buffer.from(withEncrypt, 'latin1');
}
