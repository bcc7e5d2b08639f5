import { assess } from "../assess.ts";
import { dateOf, dayOf } from "../course/calendar.ts";
import { type CheckIn, type ColdRound, type Diary, emptyDiary, type Walk } from "../course/diary.ts";
import { CHECK_IN_WARNING_SIGNS } from "../knowledge/course.ts";
import { SCREENS } from "../knowledge/questions.ts";
import { DEFAULT_LANG, type Lang, messagesFor } from "../locales/index.ts";
import { FACT_KINDS } from "../schema/fact-kinds.ts";
import { type Facts, REGIONS, type Region } from "../schema/vocabulary.ts";

/**
 * Example diaries: the clearly marked demo a person or clinician can explore ("try with example data",
 * `backtalk report --demo`) and a generator of large diaries for performance tests. Deterministic: the same
 * seed and day give the same diary. Demo entries are written at +01:00 local time.
 */

/** A small seeded generator (mulberry32), so a demo never depends on Math.random. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const OFFSET = "+01:00";
const pad = (value: number) => String(value).padStart(2, "0");
const stamp = (day: number, minutes: number) =>
  `${dateOf(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00${OFFSET}`;
const clamp = (value: number) => Math.max(0, Math.min(10, Math.round(value)));

/** What a re-screen at a calm check-in records: the cauda equina signs, leg weakness and fever, all "no". */
/** Follow-up questions asked only after a trigger answer (weakness getting worse, after weakness in one leg). */
const CLINICIAN_FOLLOW_UPS = new Set(
  SCREENS.flatMap((screen) => screen.questions)
    .filter((question) => question.askedFor === "clinician")
    .map((question) => question.fact),
);

/**
 * A full check-in re-screen with nothing found: every re-screened sign answered "no" ("none" for leg pain and
 * weakness). A sign left out of a re-screen would mean "not sure". The follow-up about worsening weakness is
 * only asked after weakness in one leg, so it is not part of a calm re-screen.
 */
export const CALM_RESCREEN: Facts = Object.fromEntries(
  CHECK_IN_WARNING_SIGNS.filter((fact) => !CLINICIAN_FOLLOW_UPS.has(fact)).map((fact) => [
    fact,
    FACT_KINDS[fact].type === "boolean" ? false : "none",
  ]),
) as Facts;

export interface DemoOptions {
  /** ISO date the demo ends on (its "today"). */
  readonly today: string;
  readonly lang?: Lang;
  readonly seed?: number;
}

/**
 * The example diary: a lower-back episode that began 22 days ago and is not getting better, after two
 * earlier episodes in the same place (about 3 and 7 months ago), with cold rounds and walks. Its course
 * shows "not better after 3 weeks" (S1) and "keeps coming back" (S3).
 */
export function demoDiary(options: DemoOptions): Diary {
  const random = seededRandom(options.seed ?? 2026);
  const today = dayOf(options.today);
  const notes = messagesFor(options.lang ?? DEFAULT_LANG).report.demoNotes;
  const checkIns: CheckIn[] = [];
  const coldRounds: ColdRound[] = [];
  const walks: Walk[] = [];
  const add = (day: number, minutes: number, pain: number, extra: Partial<CheckIn> = {}): void => {
    checkIns.push({
      id: `demo-checkin-${pad(checkIns.length + 1)}`,
      at: stamp(day, minutes),
      painScore: clamp(pain),
      region: ["lower_back"],
      side: "left",
      ...extra,
    });
  };
  const selfCare = (day: number, rounds: number, walkMinutes: number) => {
    for (let round = 0; round < rounds; round += 1) {
      const start = 10 * 60 + round * 180;
      coldRounds.push({
        id: `demo-cold-${pad(coldRounds.length + 1)}`,
        startedAt: stamp(day, start),
        endedAt: stamp(day, start + 15 + Math.floor(random() * 6)),
      });
    }
    if (walkMinutes > 0)
      walks.push({ id: `demo-walk-${pad(walks.length + 1)}`, at: stamp(day, 17 * 60), minutes: walkMinutes });
  };

  // About 7 months ago: a short episode that settled within a week.
  const first = today - 212;
  [5, 6, 5, 3, 2, 1, 0].forEach((pain, day) => {
    add(first + day, 8 * 60 + 30, pain, { mobility: "limited" });
  });
  add(first + 9, 9 * 60, 0, { mobility: "normal" });
  // About 3 months ago: two weeks, with cold rounds and walks, then pain-free.
  const second = today - 97;
  [7, 7, 6, 6, 5, 5, 4, 3, 3, 2, 2, 1, 0].forEach((pain, day) => {
    add(second + day, 8 * 60, pain, { mobility: pain >= 5 ? "limited" : "normal" });
    selfCare(second + day, day < 7 ? 2 : 0, day < 10 ? 5 + day : 0);
  });
  add(second + 15, 8 * 60, 0, { mobility: "normal" });

  // Now: 22 days of pain that is about the same as at the start.
  const onset = today - 22;
  for (let day = onset; day <= today; day += 1) {
    const n = day - onset;
    const morning = n < 3 ? [7, 7, 6][n]! : 6 + Math.floor(random() * 3) - 1;
    add(day, 7 * 60 + 45 + Math.floor(random() * 40), morning, {
      mobility: n < 6 ? "limited" : random() < 0.5 ? "limited" : "normal",
      ...(n % 2 === 0 ? { warningSigns: CALM_RESCREEN } : {}),
      ...(n % 7 === 3 ? { note: notes[(n / 7) | 0] ?? notes[0] } : {}),
    });
    if (n % 3 === 1) add(day, 20 * 60 + 30, morning - 1 + Math.floor(random() * 2));
    selfCare(day, n < 10 ? 3 : n % 2, 5 + Math.min(n, 15));
  }

  const checkFacts = {
    age: 46,
    sex: "female",
    pregnant: false,
    region: ["lower_back"],
    side: "left",
    painScore: 7,
    mobility: "limited",
    onsetDaysAgo: 0,
    onsetTrigger: "strain",
    // Remembered from memory at the check; the diary itself holds two.
    previousEpisodesSameArea: 1,
    selfCareDays: 0,
    legPain: "none",
    legPainBothSides: false,
    legNumbness: false,
    legWeakness: "none",
    saddleNumbness: false,
    bladderChange: false,
    bowelIncontinence: false,
    sexualDysfunction: false,
    chestSymptoms: false,
    abdominalPain: false,
    fever: false,
    urinarySymptoms: false,
    cancerHistory: false,
    weightLoss: false,
    restNightPain: false,
    backLumpOrDeformity: false,
    osteoporosis: false,
    steroidUse: false,
    walkingLegPainEasedBySitting: false,
    morningStiffness: false,
    betterWithExercise: false,
  } as const;
  const facts = { ...checkFacts, region: [...checkFacts.region] };
  const assessment = assess(facts, { today: dateOf(onset) });
  return {
    ...emptyDiary(stamp(today, 9 * 60)),
    demo: true,
    profile: { age: 46, sex: "female" },
    checkIns,
    checks: [
      {
        id: "demo-check-1",
        at: stamp(onset, 7 * 60 + 30),
        facts,
        assessment: {
          level: assessment.level,
          rules: assessment.rules.map((rule) => rule.id),
          knowledgeVersion: assessment.knowledgeVersion,
        },
      },
    ],
    coldRounds,
    walks,
  };
}

export interface GenerateOptions {
  readonly checkIns: number;
  readonly seed?: number;
  /** ISO date of the last entry; defaults to 2026-11-25. */
  readonly today?: string;
}

/**
 * A large, plausible diary for performance tests: episodes of 4-30 days in random regions with 1-3 check-ins
 * a day, pain-free gaps between them, cold rounds and walks. Ends on `today`.
 */
export function generateDiary(options: GenerateOptions): Diary {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const entries: { day: number; minutes: number; pain: number; region: Region[] }[] = [];
  const days: { cold: number[]; walk: number[] } = { cold: [], walk: [] };
  let day = 0;
  while (entries.length < options.checkIns) {
    const region = [pick(REGIONS)];
    const length = 4 + Math.floor(random() * 27);
    let pain = 4 + Math.floor(random() * 6);
    for (let n = 0; n < length && entries.length < options.checkIns; n += 1, day += 1) {
      const perDay = 1 + Math.floor(random() * 3);
      for (let k = 0; k < perDay && entries.length < options.checkIns; k += 1) {
        pain = Math.max(1, Math.min(10, pain + Math.floor(random() * 3) - 1 - (n > length / 2 ? 1 : 0)));
        entries.push({ day, minutes: 7 * 60 + k * 300, pain, region });
      }
      if (random() < 0.7) days.cold.push(day);
      if (random() < 0.8) days.walk.push(day);
    }
    if (entries.length < options.checkIns) entries.push({ day, minutes: 9 * 60, pain: 0, region });
    day += 8 + Math.floor(random() * 30);
  }
  const today = dayOf(options.today ?? "2026-11-25");
  const shift = today - (entries[entries.length - 1]?.day ?? 0);
  return {
    ...emptyDiary(stamp(today, 23 * 60)),
    demo: true,
    checkIns: entries.map((entry, index) => ({
      id: `gen-${index + 1}`,
      at: stamp(entry.day + shift, entry.minutes),
      painScore: entry.pain,
      region: entry.region,
      ...(index % 3 === 0 ? { warningSigns: CALM_RESCREEN } : {}),
    })),
    coldRounds: days.cold.map((d, index) => ({
      id: `gen-cold-${index + 1}`,
      startedAt: stamp(d + shift, 11 * 60),
    })),
    walks: days.walk.map((d, index) => ({
      id: `gen-walk-${index + 1}`,
      at: stamp(d + shift, 17 * 60),
      minutes: 10,
    })),
  };
}
