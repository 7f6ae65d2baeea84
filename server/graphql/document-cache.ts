import type { DocumentStore } from "@apollo/server";
import type { DocumentNode } from "graphql";
import { VersionedCache } from "../cache/index.ts";

/** Apollo's cache of parsed and validated documents, with what it holds in bytes. */
export interface DocumentCache extends DocumentStore {
  /** The bytes kept, as counted below; never above the bound. */
  readonly bytes: number;
}

/** Most bytes of parsed queries kept (the dashboard's whole set, parsed, is well under 1 MB). */
export const defaultDocumentCacheBytes = 16 * 1024 * 1024;

/**
 * The bytes a parsed document holds, roughly: its text twice (a document keeps the text it was
 * parsed from, and its tokens, comments included, keep slices of it; JavaScript strings may take
 * two bytes a character), its syntax tree as JSON (Apollo's own measure), and its key.
 */
export function documentBytes(document: DocumentNode, key: string): number {
  const text = document.loc?.source.body.length ?? 0;
  return key.length + 2 * text + JSON.stringify(document).length;
}

/**
 * The documents Apollo keeps parsed, keyed by the hash of their text, sized in bytes. Apollo's own
 * default counts only the syntax tree, not the text each document keeps (comments included), so
 * distinct long texts filled memory without ever reaching its bound.
 */
export function documentCache(maxBytes = defaultDocumentCacheBytes): DocumentCache {
  // One version for ever: a document is valid as long as the schema, and the schema's hash is part of the key.
  const kept = new VersionedCache<DocumentNode>({ maxSize: maxBytes, sizeOf: documentBytes, maxValueSize: maxBytes / 4 });
  kept.get(0, "");
  return {
    get bytes() {
      return kept.totalSize;
    },
    async get(key) {
      return kept.get(0, key);
    },
    async set(key, document) {
      kept.set(0, key, document);
    },
    async delete(key) {
      kept.delete(key);
    },
  };
}
