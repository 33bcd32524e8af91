import { describe, expect, it } from 'vitest';
import { acceptedTypes, rejectionMessage } from './upload-messages';

function rejection(name: string, size: number, code: string) {
  return { file: new File([new Uint8Array(size)], name), errors: [{ code, message: code }] };
}

describe('upload refusals', () => {
  it('names the types a slot takes', () => {
    expect(acceptedTypes('photo')).toBe('JPEG, PNG, WebP or GIF');
    expect(acceptedTypes('addressFile')).toBe('JPEG, PNG, WebP, GIF or PDF');
  });

  it('says how large the file is and what the limit is', () => {
    expect(rejectionMessage('selfie', rejection('big.jpg', 11 * 1024 * 1024, 'file-too-large'), 10)).toBe(
      'big.jpg is 11.0 MB; files can be at most 10 MB.',
    );
  });

  it('says which types the slot takes when the type is wrong', () => {
    expect(rejectionMessage('coverPhoto', rejection('scan.pdf', 10, 'file-invalid-type'), 10)).toBe(
      'scan.pdf is not a file Cover photo takes: upload a JPEG, PNG, WebP or GIF file.',
    );
  });
});
