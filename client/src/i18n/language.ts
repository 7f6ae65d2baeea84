/** The dashboard's two languages. */
export type Language = 'en' | 'zh';

const STORAGE_KEY = 'atlas.lang';

function isLanguage(value: string | null | undefined): value is Language {
  return value === 'en' || value === 'zh';
}

/**
 * The language of the page: the `lang` parameter of the URL when it has one (so a shared link
 * shows what its sender saw), else the reader's last choice, else the browser's preference.
 */
export function currentLanguage(search: string = window.location.search): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be blocked; the browser's preference still answers.
  }
  return typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Remembers a choice for visits that arrive without a `lang` in the URL. */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering is fine: the URL carries the choice.
  }
}

/** The same address in another language: only `lang` changes. */
export function hrefInLanguage(href: string, language: Language): string {
  const url = new URL(href);
  url.searchParams.set('lang', language);
  return url.pathname + url.search + url.hash;
}
