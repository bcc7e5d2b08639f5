import { all, any, atLeast, below, is, isNot, yes } from "../../conditions/condition.ts";
import type { RuleRow } from "./rule.ts";

/** S1-S10: book a doctor's appointment within 1-2 weeks. */
export const SOON_RULES = [
  {
    id: "S1",
    level: "soon",
    when: all(atLeast("onsetDaysAgo", 21), isNot("course", "improving")),
    causes: [{ cause: "degenerative_disc_disease" }],
    causeStrength: "fallback",
    sources: ["nice_ng59", "acp_2017"],
  },
  {
    id: "S2",
    level: "soon",
    when: atLeast("onsetDaysAgo", 42),
    causes: [{ cause: "degenerative_disc_disease" }],
    causeStrength: "fallback",
    sources: ["nice_ng59", "acp_2017"],
  },
  {
    id: "S3",
    level: "soon",
    when: atLeast("previousEpisodesSameArea", 2),
    causes: [{ cause: "osteoarthritis", when: atLeast("age", 50) }, { cause: "degenerative_disc_disease" }],
    causeStrength: "generic",
    sources: ["nice_ng59"],
  },
  {
    id: "S4",
    level: "soon",
    when: any(is("legPain", "below_knee"), yes("legNumbness")),
    causes: [{ cause: "herniated_disc" }],
    causeStrength: "specific",
    sources: ["nice_ng59"],
  },
  {
    id: "S5",
    level: "soon",
    when: yes("walkingLegPainEasedBySitting"),
    causes: [{ cause: "spinal_stenosis" }],
    causeStrength: "specific",
    sources: ["suri_2010", "nice_ng59"],
  },
  {
    id: "S6",
    level: "soon",
    when: all(
      yes("morningStiffness"),
      yes("betterWithExercise"),
      below("age", 45),
      atLeast("onsetDaysAgo", 90),
    ),
    causes: [{ cause: "inflammatory_back_pain" }],
    causeStrength: "specific",
    sources: ["nice_ng65"],
  },
  {
    id: "S7",
    level: "soon",
    when: any(yes("weightLoss"), yes("restNightPain")),
    causes: [{ cause: "malignancy" }],
    causeStrength: "specific",
    sources: ["nice_ng234", "downie_2013", "henschke_2009"],
  },
  {
    id: "S8",
    level: "soon",
    when: all(atLeast("selfCareDays", 7), is("course", "worsening")),
    causes: [],
    causeStrength: "specific",
    sources: ["nice_ng59"],
  },
  {
    id: "S9",
    level: "soon",
    when: yes("pregnant"),
    causes: [],
    causeStrength: "specific",
    sources: ["nice_ng59"],
  },
  {
    // BackTalk is made for 16 and over: a young person's back pain is checked by a doctor (NICE NG59 covers over 16s).
    id: "S10",
    level: "soon",
    when: below("age", 16),
    causes: [],
    causeStrength: "specific",
    sources: ["nice_ng59"],
  },
] as const satisfies readonly RuleRow[];
