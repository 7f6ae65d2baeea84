import { select } from 'd3';
import { defineMessages } from '../i18n/messages';
import { documentTitle } from '../router/document-title';
import type { View } from './view';

const t = defineMessages({
  en: {
    title: 'Page not found',
    body: 'There is no page at {path}.',
    back: 'Go to the list of organisations',
  },
  zh: {
    title: '页面不存在',
    body: '{path} 没有对应的页面。',
    back: '前往机构列表',
  },
});

/** Any path that is no view of the dashboard. */
export const notFoundView: View = (root) => {
  document.title = documentTitle(t('title'));
  const view = select(root).append('section').attr('class', 'view').attr('aria-labelledby', 'view-heading');
  view.append('h1').attr('id', 'view-heading').text(t('title'));
  view
    .append('p')
    .attr('class', 'status status-empty')
    .attr('role', 'status')
    .text(t('body', { path: window.location.pathname }));
  view.append('p').append('a').attr('href', '/organizations').text(t('back'));
};
