import { select } from 'd3';
import type { View } from './view';

/**
 * A view that is planned but not built: it says so plainly and what it will
 * be for, rather than showing sample figures a user could mistake for data.
 */
export function placeholderView(title: string, notBuilt: string, purpose: string): View {
  return (root) => {
    const view = select(root).append('section').attr('class', 'view placeholder').attr('aria-labelledby', 'view-heading');
    view.append('h1').attr('id', 'view-heading').text(title);
    view.append('p').attr('class', 'status status-info').attr('data-status', 'not-built').text(notBuilt);
    view.append('p').text(purpose);
    const hint = view.append('p');
    hint.append('span').text('Meanwhile, the data can be queried in the ');
    hint.append('a').attr('href', '/graphiql').text('GraphQL IDE');
    hint.append('span').text('.');
  };
}
