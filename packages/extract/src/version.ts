/**
 * The extractor's rule set, recorded with every checker's decision on a suggestion so the desk can
 * compare precision across versions (docs/decisions/017-suggestion-quality-loop.md). Raise it with
 * every change to what the extractor suggests.
 */
export const EXTRACTOR_VERSION = '2026.12-8'
