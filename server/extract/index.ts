// Finding agreements, organisations and places in press releases (English and Chinese), and scoring it against eval/.
// Other folders import from here; files inside the folder import each other directly.
export { corpusTextFile, CorpusError, readCorpusManifest, readCorpusText, sha256 } from "./corpus.ts";
export type { CorpusEntry } from "./corpus.ts";
export { evaluateCorpus } from "./corpus-evaluation.ts";
export { formatCorpusEvaluation } from "./corpus-table.ts";
export { evaluate, formatEvaluation, loadGoldSets } from "./evaluate.ts";
export { extractArticle, extractByRules, extractFile, reviewThreshold, toExtractJson } from "./extract.ts";
export { articleFromBytes, isArticleFile, maxArticleChars, readArticle, UnreadableArticleError } from "./read-article.ts";
export type { ArticleText, Evidence, ExtractedArticle, OrganizationRole } from "./types.ts";
export { confidenceExamples, crossValidate, fitConfidenceModel, modelSource, type ThresholdFigures } from "./train-confidence.ts";
