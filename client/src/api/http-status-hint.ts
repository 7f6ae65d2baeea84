/**
 * A plain-words guess at what an HTTP status from /graphql means here, since
 * "HTTP 502" alone tells a user nothing. In development Vite's proxy answers
 * 502 when the API server is not running; in production a reverse proxy does
 * the same, and 503 is what the server says when its database does not answer.
 */
export function httpStatusHint(status: number): string | null {
  switch (status) {
    case 502:
    case 504:
      return 'The Alliance Atlas server is not answering. Is it running (npm start)?';
    case 503:
      return 'The service is unavailable. Is the database running?';
    case 401:
    case 403:
      return 'The server refused the request. Sign in again or check your token.';
    case 404:
      return 'Nothing answers at this address. Is this the Alliance Atlas server?';
    default:
      return null;
  }
}
