const KEY = 'atlas.editorToken';

/**
 * The editor's bearer token, kept in session storage only: it lasts as long as the tab, is not
 * shared with other tabs, and never goes into the URL (where it would be logged and shared).
 */
export function readToken(storage: Storage | null = sessionStore()): string {
  try {
    return storage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function storeToken(token: string, storage: Storage | null = sessionStore()): void {
  try {
    if (token === '') storage?.removeItem(KEY);
    else storage?.setItem(KEY, token);
  } catch {
    // Storage blocked: the token still works for this page until it is left.
  }
}

/** A token as pasted: without spaces or a leading "Bearer ". */
export function cleanToken(raw: string): string {
  return raw.trim().replace(/^bearer\s+/i, '').trim();
}

/** A fetch that sends the token as `Authorization: Bearer …` (or no header without one). */
export function fetchWithToken(token: string): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (token !== '') headers.set('authorization', `Bearer ${token}`);
    return globalThis.fetch(input, { ...init, headers });
  };
}

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
