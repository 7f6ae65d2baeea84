import './styles.css';
import { applyPageChrome, keepLanguageSwitchCurrent } from './i18n/page-chrome';
import { startRouter } from './router/router';
import { VIEWS } from './view-registry';
import { notFoundView } from './views/not-found';

const root = document.getElementById('view-root');
const nav = document.getElementById('site-nav');
if (root === null || nav === null) {
  throw new Error('index.html must contain #view-root and #site-nav.');
}
keepLanguageSwitchCurrent();
startRouter({ root, nav, views: VIEWS, notFound: notFoundView, beforeRender: () => applyPageChrome() });
