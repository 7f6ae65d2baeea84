import {
  importRoutes,
  type ChangesetJson,
  type ChangesetsAnswer,
  type CommitAnswer,
  type ImportErrorAnswer,
  type ImportPreviewJson,
  type ImportRequestBody,
} from '../../../contract/import-api.ts';
import { currentLanguage, type Language } from '../i18n/language';
import type { ImportState } from './import-state';

/** A refusal of an import route, with the server's words (they name the file, the limit, or the token needed). */
export class ImportRequestError extends Error {
  override readonly name = 'ImportRequestError';
  constructor(
    message: string,
    readonly status: number,
    /** The body, when the server sent one (a commit refused for problems carries its preview). */
    readonly body: unknown = undefined,
  ) {
    super(message);
  }
}

/** The request body of a preview or a commit, from the page's state; the server words its problems in the reader's language. */
export function requestBody(state: ImportState, language: Language = currentLanguage()): ImportRequestBody {
  return { files: state.files.map((file) => ({ name: file.name, base64: file.base64 })), choices: { ...state.choices }, decisions: { ...state.decisions }, locale: language };
}

/** The message of an answer that failed: the server's JSON error, else its status. */
export function failureMessage(status: number, body: unknown): string {
  const errors = (body as ImportErrorAnswer | undefined)?.errors;
  const first = Array.isArray(errors) ? errors[0]?.message : undefined;
  if (typeof first === 'string' && first !== '') return first;
  if (status === 0) return 'The server could not be reached. Is it running?';
  return `The server answered HTTP ${status}.`;
}

/** Progress of an upload, 0 to 1; then null while the server works on it. */
export type OnProgress = (fraction: number | null) => void;

/**
 * POSTs JSON with XMLHttpRequest, whose upload events fetch lacks: a large workbook shows how much
 * has gone. Resolves with the status and the parsed body whatever the status; rejects only when
 * the server could not be reached or the request was aborted.
 */
export function postJsonWithProgress(url: string, body: unknown, token: string, onProgress: OnProgress, signal?: AbortSignal): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    if (token !== '') xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.upload.addEventListener('load', () => onProgress(null));
    xhr.addEventListener('load', () => resolve({ status: xhr.status, body: parseJson(xhr.responseText) }));
    xhr.addEventListener('error', () => reject(new ImportRequestError(failureMessage(0, undefined), 0)));
    xhr.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(JSON.stringify(body));
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export async function previewImport(state: ImportState, token: string, onProgress: OnProgress, signal?: AbortSignal): Promise<ImportPreviewJson> {
  const { status, body } = await postJsonWithProgress(importRoutes.preview, requestBody(state), token, onProgress, signal);
  if (status !== 200) throw new ImportRequestError(failureMessage(status, body), status, body);
  return body as ImportPreviewJson;
}

/** Commits; a refusal for the preview's problems (422) rejects with the answer, whose preview the view shows. */
export async function commitImport(state: ImportState, token: string, onProgress: OnProgress, signal?: AbortSignal): Promise<CommitAnswer> {
  const { status, body } = await postJsonWithProgress(importRoutes.commit, requestBody(state), token, onProgress, signal);
  const answer = body as CommitAnswer | undefined;
  if (status === 200 && answer?.changeset !== undefined) return answer;
  const message = status === 422 && answer?.preview ? `${answer.preview.problems.length} problems were found.` : failureMessage(status, body);
  throw new ImportRequestError(message, status, body);
}

async function sendWithToken(url: string, init: RequestInit, token: string): Promise<unknown> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  if (token !== '') headers.set('authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await globalThis.fetch(url, { ...init, headers });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ImportRequestError(failureMessage(0, undefined), 0);
  }
  const body = parseJson(await response.text());
  if (!response.ok) throw new ImportRequestError(failureMessage(response.status, body), response.status, body);
  return body;
}

export async function listChangesets(token: string, signal?: AbortSignal): Promise<ChangesetJson[]> {
  const body = (await sendWithToken(importRoutes.changesets, signal === undefined ? {} : { signal }, token)) as ChangesetsAnswer;
  return body.changesets;
}

export async function undoChangeset(id: string, token: string): Promise<ChangesetJson> {
  const body = (await sendWithToken(importRoutes.undo(id), { method: 'POST' }, token)) as { changeset: ChangesetJson };
  return body.changeset;
}

/** A chosen file's bytes as base64, read by the browser. */
export function fileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    });
    reader.addEventListener('error', () => reject(reader.error ?? new Error('the file could not be read')));
    reader.readAsDataURL(file);
  });
}
