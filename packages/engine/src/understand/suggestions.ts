import { type Assessment, assess } from "../assess.ts";
import { factsIn } from "../conditions/condition.ts";
import type { InterviewState } from "../interview.ts";
import { LEVEL_PRESENTATION, rankOf } from "../knowledge/levels.ts";
import { SCREENS } from "../knowledge/questions.ts";
import { RULES } from "../knowledge/rules/index.ts";
import type { PlanOptions } from "../plan.ts";
import { FACT_IDS } from "../schema/fact-kinds.ts";
import type { FactId, Facts, FactValue } from "../schema/vocabulary.ts";
import { parseFacts } from "../validate.ts";
import type { Understood } from "./understand.ts";
import { isUrgentSign } from "./warning-signs.ts";

const readByRules = new Set(RULES.flatMap((rule) => factsIn(rule.when)));
const askedOnScreens = new Set(
  SCREENS.flatMap((screen) => screen.questions.map((question) => question.fact)),
);

/**
 * Facts that only describe the pain (where, which side, how bad, how the person moves): no rule reads them,
 * so they cannot change the level, and no question asks them. These alone are taken from the words as given.
 */
export const DESCRIPTIVE_FACTS: readonly FactId[] = FACT_IDS.filter(
  (fact) => !readByRules.has(fact) && !askedOnScreens.has(fact),
);

const pick = (facts: Facts, keep: (fact: FactId) => boolean): Facts =>
  Object.fromEntries(
    (Object.entries(facts) as [FactId, FactValue][]).filter(
      ([fact, value]) => value !== undefined && keep(fact),
    ),
  ) as Facts;

/**
 * The interview after the person's own words. Nothing the words say is settled: each fact they seemed to state
 * becomes the pre-filled answer of its question (`suggested`), to confirm or change, and the follow-up screens
 * ask every question that could change the level, by urgency. Answers the person already gave (`answers`) are
 * kept and never pre-filled over. Only descriptive facts (DESCRIPTIVE_FACTS) start as given.
 * @example startFromWords(understand("no fever, lower back")) // initial { region }, suggested { fever: false }
 */
export function startFromWords(understood: Pick<Understood, "facts">, answers: Facts = {}): InterviewState {
  const descriptive = new Set(DESCRIPTIVE_FACTS);
  const unanswered = (fact: FactId) => answers[fact] === undefined;
  const initial = parseFacts({
    ...pick(understood.facts, (fact) => descriptive.has(fact) && unanswered(fact)),
    ...answers,
  });
  const suggested = pick(understood.facts, (fact) => !descriptive.has(fact) && unanswered(fact));
  return {
    initial,
    steps: [],
    mode: "follow_up",
    ...(Object.keys(suggested).length > 0 ? { suggested } : {}),
  };
}

/**
 * The advice that warning signs in the words would mean if confirmed, to show at once: `assess` of the known
 * facts with the suggested warning signs laid over the unknown ones. Returned only when its level's advice is
 * brought forward (LEVEL_PRESENTATION: an emergency or a doctor today) and more urgent than the known facts alone, so words can bring advice forward, never lower it.
 * A suggested "no" is never used here.
 */
export function adviceBroughtForward(
  known: Facts,
  suggested: Facts,
  options: PlanOptions = {},
): Assessment | undefined {
  const signs = pick(
    suggested,
    (fact) => known[fact] === undefined && isUrgentSign(fact, suggested[fact] as FactValue),
  );
  if (Object.keys(signs).length === 0) return undefined;
  const ahead = assess({ ...known, ...signs }, options);
  const now = assess(known, options);
  const forward = ahead.level !== null && LEVEL_PRESENTATION[ahead.level].bringForward;
  return forward && rankOf(ahead.level) > rankOf(now.level) ? ahead : undefined;
}
