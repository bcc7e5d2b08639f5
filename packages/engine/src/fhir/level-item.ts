/** linkId of the adaptive form's read-only result item (its answer is the triage level as a coding). */
export const LEVEL_LINK_ID = "level";
