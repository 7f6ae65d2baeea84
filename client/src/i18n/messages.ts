import { currentLanguage, type Language } from './language';

export type MessageVars = Readonly<Record<string, string | number>>;

/** Every message in both languages: the type makes a missing translation a compile error. */
export type MessageTable<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

export type Translate<K extends string> = (key: K, vars?: MessageVars) => string;

/**
 * A view's (or chart's) messages, defined beside it, as a function that reads the current
 * language at each call. `{name}` in a message is replaced by `vars.name`; numbers are written
 * with the language's digit grouping.
 */
export function defineMessages<K extends string>(table: MessageTable<K>, language: () => Language = currentLanguage): Translate<K> {
  return (key, vars) => {
    const lang = language();
    const template = table[lang][key];
    if (vars === undefined) return template;
    const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? value.toLocaleString(locale) : value;
    });
  };
}
