import type { SourceId } from "../sources.ts";
import { EMERGENCY_RULES } from "./emergency.ts";
import type { Rule } from "./rule.ts";
import { SOON_RULES } from "./soon.ts";
import { URGENT_RULES } from "./urgent.ts";

/** Every rule in policy order; the order breaks ties when ranking causes. */
export const RULES: readonly Rule[] = [...EMERGENCY_RULES, ...URGENT_RULES, ...SOON_RULES];

/** SC: fires only when no rule fires and nothing unknown could make one fire. */
export const SELF_CARE_RULE = {
  id: "SC",
  level: "self_care",
  cause: "soft_tissue_strain",
  sources: ["nice_ng59", "acp_2017", "henschke_2009"] satisfies SourceId[],
} as const;

export type { CauseChoice, CauseStrength, Rule, RuleRow } from "./rule.ts";

/** Every rule's id, read from the rule tables. */
export type RuleId =
  | (typeof EMERGENCY_RULES)[number]["id"]
  | (typeof URGENT_RULES)[number]["id"]
  | (typeof SOON_RULES)[number]["id"]
  | (typeof SELF_CARE_RULE)["id"];
