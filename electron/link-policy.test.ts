import { describe, expect, it } from 'vitest';
import { isAppUrl } from './app-origin';
import { linkTarget } from './link-policy';

describe('isAppUrl', () => {
  it('knows our pages by scheme and host', () => {
    expect(isAppUrl('app://desk/index.html')).toBe(true);
    expect(isAppUrl('app://desk/#/customers/1')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://desk.evil/index.html')).toBe(false);
    expect(isAppUrl('app://user@desk/index.html')).toBe(false);
    expect(isAppUrl('https://desk/index.html')).toBe(false);
    expect(isAppUrl('kyc-doc://document/1')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('linkTarget', () => {
  it('keeps our own pages inside the app', () => {
    expect(linkTarget('app://desk/index.html#/verification/3')).toBe('app');
  });

  it('opens a plain e-mail address in the mail client', () => {
    expect(linkTarget('mailto:ana.lopez+kyc@example.co.uk')).toBe('external');
    expect(linkTarget('MAILTO:ana@example.com')).toBe('external');
  });

  it('refuses mailto links that carry more than an address', () => {
    for (const href of [
      'mailto:ana@example.com?attach=/etc/passwd',
      'mailto:ana@example.com?cc=boss@example.com',
      'mailto:ana@example.com#x',
      'mailto:ana@example.com%0Abcc:x@example.com',
      'mailto:ana@example.com,bob@example.com',
      'mailto:',
      'mailto:ana',
    ])
      expect(linkTarget(href), href).toBe('refused');
  });

  it('opens no web site, file, script or other scheme', () => {
    for (const href of [
      'https://example.com/',
      'http://example.com/',
      'https://desk/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'kyc-doc://document/1',
      'app://other/index.html',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'not a url',
      '',
    ])
      expect(linkTarget(href), href).toBe('refused');
  });
});
