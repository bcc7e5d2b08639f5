import { all, any, atLeast, is, isNot, yes } from "../../conditions/condition.ts";
import type { RuleRow } from "./rule.ts";

/** E1-E7: call the emergency number now. */
export const EMERGENCY_RULES = [
  {
    id: "E1",
    level: "emergency",
    when: any(
      yes("saddleNumbness"),
      yes("bladderChange"),
      yes("bowelIncontinence"),
      yes("sexualDysfunction"),
    ),
    causes: [{ cause: "cauda_equina_syndrome" }],
    causeStrength: "specific",
    sources: ["girft_ces_2023", "nice_ng59", "nhs_back_pain", "finucane_2020"],
  },
  {
    id: "E2",
    level: "emergency",
    when: is("legWeakness", "both_legs"),
    causes: [{ cause: "cauda_equina_syndrome" }],
    causeStrength: "specific",
    sources: ["girft_ces_2023", "nhs_back_pain", "finucane_2020"],
  },
  {
    id: "E3",
    level: "emergency",
    when: is("onsetTrigger", "major_trauma"),
    causes: [{ cause: "spinal_fracture" }],
    causeStrength: "specific",
    sources: ["nhs_back_pain", "finucane_2020", "downie_2013"],
  },
  {
    id: "E4",
    level: "emergency",
    when: yes("chestSymptoms"),
    causes: [{ cause: "cardiac" }],
    causeStrength: "specific",
    sources: ["nhs_back_pain"],
  },
  {
    id: "E5",
    level: "emergency",
    when: all(yes("abdominalPain"), atLeast("age", 50)),
    causes: [{ cause: "aortic_aneurysm" }],
    causeStrength: "specific",
    sources: ["nhs_back_pain", "finucane_2020"],
  },
  {
    id: "E6",
    level: "emergency",
    when: all(
      yes("fever"),
      any(
        yes("ivDrugUse"),
        yes("immunosuppressed"),
        yes("recentInfectionOrSpinalProcedure"),
        isNot("legWeakness", "none"),
        yes("legNumbness"),
      ),
    ),
    causes: [{ cause: "spinal_infection" }],
    causeStrength: "specific",
    sources: ["finucane_2020", "nice_ng59"],
  },
  {
    id: "E7",
    level: "emergency",
    when: all(yes("legPainBothSides"), any(is("legPain", "below_knee"), yes("legNumbness"))),
    causes: [{ cause: "cauda_equina_syndrome" }],
    causeStrength: "specific",
    sources: ["girft_ces_2023", "nhs_back_pain"],
  },
] as const satisfies readonly RuleRow[];
