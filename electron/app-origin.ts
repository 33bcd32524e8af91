/** The renderer is served from app://desk/, never file://, so its origin is ours alone. */
export const appScheme = 'app';
const appHost = 'desk';
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * Whether a URL is one of our pages. Decided on scheme and host, not `URL.origin`: Node's URL
 * (the main process's) reports origin "null" for schemes it does not know, such as app:.
 */
export function isAppUrl(href: string): boolean {
  if (!URL.canParse(href)) return false;
  const url = new URL(href);
  return url.protocol === `${appScheme}:` && url.host === appHost && url.username === '' && url.password === '';
}
