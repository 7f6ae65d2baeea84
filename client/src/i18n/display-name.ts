import { currentLanguage, type Language } from './language';

/** An entity's name in the reader's language where it has one: Chinese names in Chinese, else the display name. */
export function displayName(entity: { name: string; nameZh?: string | null }, language: Language = currentLanguage()): string {
  if (language === 'zh' && entity.nameZh) return entity.nameZh;
  return entity.name;
}
