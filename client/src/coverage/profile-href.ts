import { orgPath } from '../router/paths';

/** `/org/<id>`, keeping the page's language for a reader who opens it in a new tab. */
export function profileHref(id: string, search: string = window.location.search): string {
  const lang = new URLSearchParams(search).get('lang');
  return lang === null ? orgPath(id) : `${orgPath(id)}?lang=${encodeURIComponent(lang)}`;
}
