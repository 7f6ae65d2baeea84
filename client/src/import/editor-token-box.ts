import { t as reviewText } from '../review/review-messages';
import { cleanToken, readToken, storeToken } from '../review/review-token';
import { h } from './dom';

const TOKEN_COMMAND = 'npm run -s atlas -- token --subject NAME';

/**
 * The editor token as the review page takes it: a password field, kept in this tab's session storage
 * under the same key, so a token entered on either page serves both. `help` has a {command} to set
 * in <code>; `none` says what happens without a token. `onChange` runs after the token is set or forgotten.
 */
export function editorTokenBox(help: string, none: string, onChange: () => void): { element: HTMLElement; token(): string } {
  let token = readToken();
  const form = h('form', { class: 'review-token', 'aria-labelledby': 'import-token-heading' });
  form.append(h('h2', { id: 'import-token-heading' }, reviewText('tokenHeading')));
  const [before, after] = help.split('{command}');
  form.append(h('p', { class: 'note', id: 'import-token-help' }, before ?? '', h('code', {}, TOKEN_COMMAND), after ?? ''));
  const input = h('input', {
    id: 'import-token-input',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'import-token-help import-token-state',
    'data-testid': 'import-token',
  });
  input.value = token;
  const save = h('button', { type: 'submit', class: 'review-button', 'data-testid': 'import-token-save' }, reviewText('tokenSave'));
  const clear = h('button', { type: 'button', class: 'review-button review-cancel' }, reviewText('tokenClear'));
  const state = h('p', { class: 'note', id: 'import-token-state', role: 'status' }, token === '' ? none : reviewText('tokenSaved'));
  form.append(h('div', { class: 'review-token-row' }, h('div', { class: 'field' }, h('label', { for: 'import-token-input' }, reviewText('tokenLabel')), input), save, clear), state);

  const set = (value: string) => {
    token = value;
    storeToken(value);
    input.value = value;
    state.textContent = value === '' ? none : reviewText('tokenSaved');
    onChange();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    set(cleanToken(input.value));
  });
  clear.addEventListener('click', () => set(''));
  return { element: form, token: () => token };
}
