// Every problem and note of an import as a code with values, and its words in English and Chinese.
// Files of server/ingest import from here; other folders through server/ingest/index.ts.
export { locales, type Difference, type Fragment, type GivenText, type Locale, type Message, type MessageCode, type MessageValues, type Noun, type OrganizationLabel, type Place } from "./codes.ts";
export { fragment, given, isLocale, kindName, message, messageDetail, renderMessage, renderMessages, wording, type MessageDetail } from "./render.ts";
export { zodErrorMap } from "./zod-errors.ts";
