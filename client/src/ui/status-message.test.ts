import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError } from '../api/graphql-request-error';
import { errorMessage } from './status-message';

function inLanguage(lang: 'en' | 'zh'): void {
  vi.stubGlobal('window', { location: { search: `?lang=${lang}` }, localStorage: { getItem: () => null, setItem: () => undefined } });
}

describe('errorMessage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says the database is unavailable, not what the driver said, when the server reports DATABASE_UNAVAILABLE or 503', () => {
    const graphql = new GraphQLRequestError('The GraphQL server reported: The database is not answering', {
      kind: 'graphql',
      status: 200,
      graphQLErrors: [{ message: 'The database is not answering', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
    });
    const http = new GraphQLRequestError('The GraphQL server answered HTTP 503', { kind: 'http', status: 503 });
    inLanguage('en');
    for (const error of [graphql, http]) expect(errorMessage(error)).toMatch(/^The database is unavailable right now; try again shortly/);
    inLanguage('zh');
    for (const error of [graphql, http]) expect(errorMessage(error)).toMatch(/^数据库暂时不可用/);
  });

  it('says the server is busy, not that the database is down, when an analysis is refused as SERVER_BUSY with 503', () => {
    const busy = new GraphQLRequestError('The GraphQL server answered HTTP 503: The server is busy.', {
      kind: 'http',
      status: 503,
      graphQLErrors: [{ message: 'The server is busy', extensions: { code: 'SERVER_BUSY', retryAfterSeconds: 10 } }],
    });
    inLanguage('en');
    expect(errorMessage(busy)).toBe('The server is busy with other analyses right now; try again in a few seconds.');
    inLanguage('zh');
    expect(errorMessage(busy)).toMatch(/^服务器正忙/);
  });

  it('passes every other failure through', () => {
    inLanguage('en');
    expect(errorMessage(new GraphQLRequestError('Query depth limit', { kind: 'graphql', status: 200 }))).toBe('Query depth limit');
    expect(errorMessage('plain')).toBe('plain');
  });
});
