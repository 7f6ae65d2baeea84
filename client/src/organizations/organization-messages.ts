import type { OrganizationType } from '../api/queries';
import { currentLanguage, type Language } from '../i18n/language';
import { defineMessages } from '../i18n/messages';

/** The page's language; English where there is no page (unit tests run without a window). */
export function organizationsLanguage(): Language {
  return typeof window === 'undefined' ? 'en' : currentLanguage();
}

/** Every word of the organisations list view (`/`, `/organizations`), in English and Chinese. */
export const t = defineMessages(
  {
    en: {
      title: 'Organisations',
      totals: 'Database totals',
      list: 'All organisations',
      loadingCounts: 'Loading counts…',
      countsFailed: 'Could not load the counts. {reason}',
      loadingList: 'Loading organisations…',
      listFailed: 'Could not load the organisations. {reason}',
      emptyBefore: 'No organisations in the database yet — load some with ',
      emptyAfter: '.',
      filterName: 'Filter by name',
      filterPlaceholder: 'English or Chinese name',
      filterType: 'Type',
      allTypes: 'All types',
      caption: 'Organisations: type, name, kind and region code',
      colType: 'Type',
      colName: 'Name',
      colKind: 'Kind',
      colRegion: 'Region code',
      institutions: 'Institutions',
      enterprises: 'Enterprises',
      governments: 'Governments',
      agreements: 'Agreements',
      sources: 'Sources',
      showingAll: 'Showing all {n} organisations.',
      showingAllOne: 'Showing all 1 organisation.',
      showingSome: 'Showing {shown} of {n} organisations.',
      showingSomeOne: 'Showing {shown} of 1 organisation.',
      noneYet: 'There are no {what} in the database yet.',
      noMatch: 'No {what} match “{text}”.',
      organisations: 'organisations',
      truncated: 'Only the first {limit} {which} (by name) are listed here; the counts above are the full totals.',
      and: ' and ',
    },
    zh: {
      title: '机构',
      totals: '数据库统计',
      list: '全部机构',
      loadingCounts: '正在加载统计…',
      countsFailed: '无法加载统计。{reason}',
      loadingList: '正在加载机构…',
      listFailed: '无法加载机构列表。{reason}',
      emptyBefore: '数据库中还没有机构——请用以下命令导入：',
      emptyAfter: '。',
      filterName: '按名称筛选',
      filterPlaceholder: '中文或英文名称',
      filterType: '类型',
      allTypes: '全部类型',
      caption: '机构：类型、名称、性质和地区代码',
      colType: '类型',
      colName: '名称',
      colKind: '性质',
      colRegion: '地区代码',
      institutions: '院校',
      enterprises: '企业',
      governments: '政府部门',
      agreements: '协议',
      sources: '来源',
      showingAll: '共 {n} 个机构，全部显示。',
      showingAllOne: '共 1 个机构，全部显示。',
      showingSome: '显示 {shown} 个，共 {n} 个机构。',
      showingSomeOne: '显示 {shown} 个，共 1 个机构。',
      noneYet: '数据库中还没有{what}。',
      noMatch: '没有与“{text}”匹配的{what}。',
      organisations: '机构',
      truncated: '这里只按名称列出前 {limit} 个{which}；上方的统计为完整总数。',
      and: '和',
    },
  },
  organizationsLanguage,
);

/** One organisation type's name, in the reader's language. */
export const typeLabel = defineMessages<OrganizationType>(
  {
    en: { institution: 'Institution', enterprise: 'Enterprise', government: 'Government' },
    zh: { institution: '院校', enterprise: '企业', government: '政府部门' },
  },
  organizationsLanguage,
);

/** The plural, for filters and notes. */
export const typePlural = defineMessages<OrganizationType>(
  {
    en: { institution: 'Institutions', enterprise: 'Enterprises', government: 'Governments' },
    zh: { institution: '院校', enterprise: '企业', government: '政府部门' },
  },
  organizationsLanguage,
);
