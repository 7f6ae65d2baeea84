export const PRODUCT_NAME = 'Alliance Atlas';

/** "Organisations — Alliance Atlas": the page first, as tab titles get cut short. */
export function documentTitle(pageTitle: string): string {
  return pageTitle === '' ? PRODUCT_NAME : `${pageTitle} — ${PRODUCT_NAME}`;
}
