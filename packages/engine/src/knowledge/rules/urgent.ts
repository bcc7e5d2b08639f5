import { all, any, atLeast, below, is, unknown, yes } from "../../conditions/condition.ts";
import type { RuleRow } from "./rule.ts";

/** U1-U7: see a doctor today. */
export const URGENT_RULES = [
  {
    id: "U1",
    level: "urgent",
    when: yes("fever"),
    causes: [{ cause: "kidney", when: yes("urinarySymptoms") }, { cause: "spinal_infection" }],
    causeStrength: "specific",
    sources: ["nhs_back_pain", "finucane_2020"],
  },
  {
    id: "U2",
    level: "urgent",
    when: all(
      is("onsetTrigger", "minor_trauma"),
      any(atLeast("age", 70), yes("osteoporosis"), yes("steroidUse")),
    ),
    causes: [{ cause: "spinal_fracture" }],
    causeStrength: "specific",
    sources: ["downie_2013", "henschke_2009", "finucane_2020"],
  },
  {
    id: "U3",
    level: "urgent",
    when: yes("cancerHistory"),
    causes: [{ cause: "malignancy" }],
    causeStrength: "specific",
    sources: ["nice_ng234", "downie_2013", "finucane_2020"],
  },
  {
    id: "U4",
    level: "urgent",
    when: is("legWeakness", "one_leg"),
    alsoCite: yes("weaknessWorsening"),
    causes: [{ cause: "herniated_disc" }],
    causeStrength: "specific",
    sources: ["nice_ng59", "nhs_back_pain"],
  },
  {
    id: "U5",
    level: "urgent",
    when: yes("urinarySymptoms"),
    causes: [{ cause: "kidney" }],
    causeStrength: "specific",
    sources: ["nhs_back_pain"],
  },
  {
    id: "U6",
    level: "urgent",
    when: all(yes("abdominalPain"), any(below("age", 50), unknown("age"))),
    causes: [{ cause: "aortic_aneurysm", when: unknown("age") }, { cause: "kidney" }],
    causeStrength: "specific",
    sources: ["nhs_back_pain"],
  },
  {
    id: "U7",
    level: "urgent",
    when: yes("backLumpOrDeformity"),
    causes: [],
    causeStrength: "specific",
    sources: ["nhs_back_pain", "finucane_2020"],
  },
] as const satisfies readonly RuleRow[];
