import './styles.css';
import { applyPageChrome, keepLanguageSwitchCurrent } from './i18n/page-chrome';
import { startRouter } from './router/router';
import { startMetricsStatus } from './ui/metrics-status';
import { VIEWS } from './view-registry';
import { notFoundView } from './views/not-found';

const root = document.getElementById('view-root');
const nav = document.getElementById('site-nav');
if (root === null || nav === null) {
  throw new Error('index.html must contain #view-root and #site-nav.');
}
keepLanguageSwitchCurrent();
// One status line for every view, under the header: whether the network figures are being recomputed.
const statusLine = document.createElement('div');
root.before(statusLine);
const metricsStatus = startMetricsStatus({ element: statusLine });
startRouter({
  root,
  nav,
  views: VIEWS,
  notFound: notFoundView,
  beforeRender: () => {
    applyPageChrome();
    metricsStatus.refresh();
  },
});
