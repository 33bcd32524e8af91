import type { DeskBridge } from '../../shared/bridge';
import type { ApiResult } from '../../shared/errors';
import { coreEvent } from '../../shared/events';

const tokenKey = 'kyc-desk-token';

/** The browser host hands the token in the URL once; keep it for reloads, then hide it. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem(tokenKey) ?? '';
}

/** The browser host's transport: the same router behind POST /api/<operation>. */
export function httpBridge(): DeskBridge & { token: string } {
  const token = takeToken();
  return {
    token,
    async call(operation, input) {
      const response = await fetch(`/api/${encodeURIComponent(operation)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      if (response.status === 401) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'This page lost its access token; open the link the host printed' },
        };
      }
      return (await response.json()) as ApiResult<unknown>;
    },
    onEvent(listener) {
      const source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
      // Server-sent events are JSON: checked against the events' table before anyone reads them.
      source.onmessage = (message: MessageEvent<string>) => {
        const event = coreEvent.safeParse(JSON.parse(message.data));
        if (event.success) listener(event.data);
        else console.error('An event outside the contract was ignored', event.error);
      };
      return () => source.close();
    },
    documentUrl: (documentId) => `/documents/${documentId}?token=${encodeURIComponent(token)}`,
  };
}
