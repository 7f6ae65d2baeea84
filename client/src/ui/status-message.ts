import { GraphQLRequestError } from '../api/graphql-request-error';
import { defineMessages } from '../i18n/messages';

export type StatusKind = 'loading' | 'empty' | 'error' | 'info';

/** Plain text, or text with command snippets to set in `<code>`. */
export type StatusText = string | readonly (string | { readonly code: string })[];

// Loading and empty states are announced politely; errors interrupt, since
// the user is otherwise left waiting for something that will not come.
const ROLE: Readonly<Record<StatusKind, string>> = {
  loading: 'status',
  empty: 'status',
  info: 'status',
  error: 'alert',
};

/**
 * Replaces the container's content with one status line, so a panel is never
 * blank while loading, when empty, or after a failure. Strings go in as text
 * nodes, never as markup: messages may quote data or server errors.
 */
export function showStatus(container: Element, kind: StatusKind, text: StatusText): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = `status status-${kind}`;
  paragraph.setAttribute('role', ROLE[kind]);
  paragraph.dataset['status'] = kind;
  for (const part of typeof text === 'string' ? [text] : text) {
    if (typeof part === 'string') {
      paragraph.append(part);
    } else {
      const code = document.createElement('code');
      code.textContent = part.code;
      paragraph.append(code);
    }
  }
  container.replaceChildren(paragraph);
  return paragraph;
}

const t = defineMessages({
  en: {
    databaseUnavailable: 'The database is unavailable right now; try again shortly. Nothing needs to be done here: the page works again once the database is back.',
    serverBusy: 'The server is busy with other analyses right now; try again in a few seconds.',
  },
  zh: {
    databaseUnavailable: '数据库暂时不可用，请稍后重试。此处无需任何操作：数据库恢复后页面即可正常使用。',
    serverBusy: '服务器正忙于其他分析，请几秒后重试。',
  },
});

/**
 * The server refused an analysis because too many run or wait already (SERVER_BUSY, answered 503
 * with Retry-After): the database is fine, and the same request will be answered shortly.
 */
export function isServerBusy(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.graphQLErrors.some((entry) => entry.extensions?.['code'] === 'SERVER_BUSY');
}

/**
 * The server says its database is down with DATABASE_UNAVAILABLE (a GraphQL error) or 503 (other
 * routes, or a proxy's health check; a busy server's 503 says SERVER_BUSY): a reader should learn
 * it is passing, not see driver words.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof GraphQLRequestError) || isServerBusy(error)) return false;
  return error.status === 503 || error.graphQLErrors.some((entry) => entry.extensions?.['code'] === 'DATABASE_UNAVAILABLE');
}

/** The message to show for a failure of any kind. */
export function errorMessage(error: unknown): string {
  if (isServerBusy(error)) return t('serverBusy');
  if (isDatabaseUnavailable(error)) return t('databaseUnavailable');
  return error instanceof Error ? error.message : String(error);
}
