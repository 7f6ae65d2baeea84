import { currentLanguage, hrefInLanguage, rememberLanguage, type Language } from './language';
import { defineMessages } from './messages';

const t = defineMessages({
  en: {
    organizations: 'Organisations',
    network: 'Network',
    coverage: 'Coverage',
    map: 'Map',
    timeline: 'Timeline',
    briefing: 'Briefing',
    review: 'Review',
    import: 'Import',
    graphiql: 'GraphQL IDE',
    skip: 'Skip to content',
    switchTo: '中文',
    switchLabel: '切换到中文',
  },
  zh: {
    organizations: '机构',
    network: '合作网络',
    coverage: '产业链覆盖',
    map: '地图',
    timeline: '时间线',
    briefing: '简报',
    review: '审核',
    import: '导入',
    graphiql: 'GraphQL 工具',
    skip: '跳到正文',
    switchTo: 'English',
    switchLabel: 'Switch to English',
  },
});

type NavKey = 'organizations' | 'network' | 'coverage' | 'map' | 'timeline' | 'briefing' | 'review' | 'import';

/**
 * The page around the views in the current language: `<html lang>`, the nav labels, the skip
 * link, and the language switch, whose link keeps the page and its state and changes only `lang`.
 */
export function applyPageChrome(doc: Document = document): Language {
  const language = currentLanguage();
  rememberLanguage(language);
  doc.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('#site-nav a[data-route]')) {
    link.textContent = t(link.dataset.route as NavKey);
  }
  const tool = doc.querySelector<HTMLAnchorElement>('#site-nav a[href="/graphiql"]');
  if (tool) tool.textContent = t('graphiql');
  const skip = doc.querySelector<HTMLAnchorElement>('.skip-link');
  if (skip) skip.textContent = t('skip');
  const switcher = doc.querySelector<HTMLAnchorElement>('#language-switch');
  if (switcher) {
    const other: Language = language === 'zh' ? 'en' : 'zh';
    switcher.textContent = t('switchTo');
    switcher.lang = other === 'zh' ? 'zh-CN' : 'en';
    switcher.setAttribute('aria-label', t('switchLabel'));
    switcher.href = hrefInLanguage(window.location.href, other);
  }
  return language;
}

/**
 * Keeps the language switch pointing at the page as it is now: views change their query string in
 * place as filters change, after the switch's link was written. Updated on the way to a click (and
 * on hover or focus, so the status bar shows the right address); the router then follows it.
 */
export function keepLanguageSwitchCurrent(doc: Document = document): void {
  const switcher = doc.querySelector<HTMLAnchorElement>('#language-switch');
  if (!switcher) return;
  const refresh = () => {
    const other: Language = currentLanguage() === 'zh' ? 'en' : 'zh';
    switcher.href = hrefInLanguage(window.location.href, other);
  };
  for (const event of ['click', 'mouseenter', 'focus']) switcher.addEventListener(event, refresh);
}
