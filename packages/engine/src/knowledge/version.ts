/** Stamped on every result. Bump it whenever any knowledge table or text changes meaning. */
export const KNOWLEDGE_VERSION = "2026.11.1";
/** When a clinician last reviewed the content against its sources (shown to users). */
export const CONTENT_REVIEWED = "2026-11-25";
