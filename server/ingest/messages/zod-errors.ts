import { z } from "zod";
import type { Locale } from "./codes.ts";

const english = z.locales.en().localeError;
const chinese = z.locales.zhCN().localeError;

/** What a value should have been, as zod names it, in Chinese. */
const typeNames: Readonly<Record<string, string>> = { string: "文字", number: "数字", int: "整数", boolean: "是或否", array: "列表", object: "对象", date: "日期" };

/**
 * zod's own issues (a value too long, not one of a list, not a web address) in Chinese, as a
 * predicate after "有误：": zod's Chinese locale for everything else. The schemas' own checks carry
 * message codes instead (model/records.ts), worded by zh.ts.
 */
const chineseIssue: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "too_big" && issue.origin === "string") return `太长，最多 ${Number(issue.maximum).toLocaleString("zh-CN")} 个字符`;
  if (issue.code === "too_small" && issue.origin === "string") return Number(issue.minimum) <= 1 ? "不能为空" : `太短，至少 ${issue.minimum} 个字符`;
  if (issue.code === "invalid_value") return `不是可用的取值，应为以下之一：${issue.values.map(String).join("、")}`;
  if (issue.code === "invalid_format" && issue.format === "url") return "不是有效的网址，应以 http:// 或 https:// 开头";
  if (issue.code === "invalid_type") return `应为${typeNames[issue.expected] ?? "其他类型的值"}`;
  return chinese(issue);
};

/**
 * The error map of one parse (`schema.safeParse(data, { error })`), so that one server words zod's
 * issues in each request's language at once, with no global z.config: zod's English locale (its
 * words, which the project's tests quote), or Chinese.
 */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  return locale === "zh" ? chineseIssue : english;
}
