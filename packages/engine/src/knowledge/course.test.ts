import { describe, expect, it } from "vitest";
import { factsIn } from "../conditions/condition.ts";
import {
  CHECK_IN_WARNING_SIGNS,
  COURSE_RULE_STATUS,
  COURSE_STATUSES,
  HISTORY_FACTS,
  PROFILE_FACTS,
} from "./course.ts";
import { rankOf } from "./levels.ts";
import { RULES } from "./rules/index.ts";

/** Facts fixed for the whole episode: asked once at the check, not re-screened each day. */
const PER_EPISODE = ["onsetTrigger", "recentInfectionOrSpinalProcedure"];

describe("course knowledge", () => {
  it("re-screens at check-ins every emergency or urgent fact that can change from day to day", () => {
    const settled = new Set<string>([...PROFILE_FACTS, ...HISTORY_FACTS, ...PER_EPISODE]);
    const needed = RULES.filter((rule) => rankOf(rule.level) >= rankOf("urgent"))
      .flatMap((rule) => [...factsIn(rule.when), ...(rule.alsoCite ? factsIn(rule.alsoCite) : [])])
      .filter((fact) => !settled.has(fact));
    expect(
      [...new Set(needed)].filter((fact) => !(CHECK_IN_WARNING_SIGNS as readonly string[]).includes(fact)),
    ).toEqual([]);
  });

  it("maps exactly the rules that judge the course from the history", () => {
    const historyRules = RULES.filter((rule) =>
      factsIn(rule.when).some((fact) =>
        ["onsetDaysAgo", "previousEpisodesSameArea", "selfCareDays"].includes(fact),
      ),
    )
      .map((rule) => rule.id)
      .filter((id) => id !== "S6"); // S6 uses onsetDaysAgo only as a duration filter for an inflammatory pattern
    expect(Object.keys(COURSE_RULE_STATUS).sort()).toEqual(historyRules.sort());
    for (const status of Object.values(COURSE_RULE_STATUS)) expect(COURSE_STATUSES).toContain(status);
  });
});
