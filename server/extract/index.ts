// Finding agreements, organisations and places in press releases (English and Chinese), and scoring it against eval/.
// Other folders import from here; files inside the folder import each other directly.
export { evaluate, formatEvaluation, loadGoldSets } from "./evaluate.ts";
export { extractArticle, extractFile, toExtractJson } from "./extract.ts";
export { articleFromBytes, isArticleFile, maxArticleChars, readArticle, UnreadableArticleError } from "./read-article.ts";
export type { Evidence, ExtractedArticle, OrganizationRole } from "./types.ts";
