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

/** The message to show for a failure of any kind. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
