import { isAppUrl } from './app-origin';

/** Where a navigation or link may go: stay in the app, open outside it (allowlisted), or nowhere. */
export type LinkTarget = 'app' | 'external' | 'refused';

/** A customer's e-mail address as the profile links it: the address alone, no headers or attachments. */
const plainAddress = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

/**
 * The one table of what may leave the app for the OS, by scheme. The desk links to no web site,
 * so http(s) has no entry: a URL typed into customer data never reaches a browser.
 */
const externalLinks: Readonly<Record<string, (url: URL) => boolean>> = {
  'mailto:': (url) => url.search === '' && url.hash === '' && plainAddress.test(url.pathname),
};

export function linkTarget(href: string): LinkTarget {
  if (isAppUrl(href)) return 'app';
  if (!URL.canParse(href)) return 'refused';
  const url = new URL(href);
  const mayOpen = Object.hasOwn(externalLinks, url.protocol) ? externalLinks[url.protocol] : undefined;
  return mayOpen?.(url) ? 'external' : 'refused';
}
