import { select } from 'd3';
import type { View } from './view';

/** Any path that is no view of the dashboard. */
export const notFoundView: View = (root) => {
  const view = select(root).append('section').attr('class', 'view').attr('aria-labelledby', 'view-heading');
  view.append('h1').attr('id', 'view-heading').text('Page not found');
  view
    .append('p')
    .attr('class', 'status status-empty')
    .attr('role', 'status')
    .text(`There is no page at ${window.location.pathname}.`);
  view.append('p').append('a').attr('href', '/organizations').text('Go to the list of organisations');
};
