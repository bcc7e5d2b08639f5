import { describe, expect, it } from "vitest";
import { COURSE, HISTORY_FACTS, PROFILE_FACTS } from "../knowledge/course.ts";
import { CALM_RESCREEN } from "../report/demo-diary.ts";
import type { Facts } from "../schema/vocabulary.ts";
import { negativeFacts } from "../testing/negative-facts.ts";
import { dateOf, dayOf } from "./calendar.ts";
import { type CourseData, courseOf } from "./course.ts";
import type { CheckIn, CompletedCheck } from "./diary.ts";

const BASE = dayOf("2026-01-05");
const date = (day: number) => dateOf(BASE + day);
let counter = 0;
const checkIn = (day: number, pain: number, extra: Partial<CheckIn> = {}): CheckIn => ({
  id: `ci${++counter}`,
  at: `${date(day)}T08:00:00+01:00`,
  painScore: pain,
  region: ["lower_back"],
  ...extra,
});

/** Every warning sign answered "no", as a completed check would leave them; history facts are left to the diary. */
const NEGATIVE: Facts = negativeFacts(Object.fromEntries(HISTORY_FACTS.map((fact) => [fact, undefined])));
const CALM = CALM_RESCREEN;
const check = (day: number, facts: Facts = {}): CompletedCheck => ({
  id: `check${++counter}`,
  at: `${date(day)}T07:30:00+01:00`,
  facts: { ...NEGATIVE, ...facts },
  assessment: { level: "self_care", rules: ["SC"], knowledgeVersion: "test" },
});
/** Daily check-ins from `from` to `to` with pain given by `pain(day)`. */
const daily = (from: number, to: number, pain: (day: number) => number, extra: Partial<CheckIn> = {}) =>
  Array.from({ length: to - from + 1 }, (_, i) => checkIn(from + i, pain(from + i), extra));
const diary = (checkIns: CheckIn[], more: Partial<CourseData> = {}): CourseData => ({
  checkIns,
  checks: [check(0)],
  ...more,
});
const ruleIds = (course: ReturnType<typeof courseOf>) => course.assessment.rules.map((rule) => rule.id);

describe("trend", () => {
  it("is null (too early) while only the first days are logged", () => {
    const course = courseOf(diary(daily(0, COURSE.trendWindowDays - 1, () => 6)), {
      today: date(COURSE.trendWindowDays - 1),
    });
    expect(course.trend).toBeNull();
    expect(course.status).toBe("too_early");
    expect(course.facts.course).toBeUndefined();
  });

  it.each([
    [6, 4, "improving"], // 2 points
    [6, 5, "unchanged"], // 1 point, 17%
    [3, 2, "improving"], // 1 point but 33%
    [10, 8, "improving"], // 2 points
    [10, 9, "unchanged"],
    [5, 7, "worsening"],
    [7, 8, "unchanged"],
    [2, 0, "improving"],
  ] as const)("from a worst of %i to %i reads %s", (first, last, trend) => {
    const course = courseOf(diary([checkIn(0, first), checkIn(1, 1), checkIn(5, last)]), { today: date(5) });
    expect(course.trend).toBe(trend);
    expect(course.facts.course).toBe(trend);
    expect(course.factSources.course).toEqual({ from: "history" });
  });

  it("compares the worst of each window, so one good day is not recovery", () => {
    const course = courseOf(diary([checkIn(0, 7), checkIn(8, 7), checkIn(9, 2)]), { today: date(9) });
    expect(course.trendReading).toEqual({ trend: "unchanged", baseline: 7, recent: 7 });
  });
});

describe("S1 and S2 from the history", () => {
  const unchanged = (days: number) => courseOf(diary(daily(0, days, () => 5)), { today: date(days) });

  it("fires S1 at 21 days when not improving, not at 20", () => {
    expect(unchanged(20).facts.onsetDaysAgo).toBe(20);
    expect(ruleIds(unchanged(20))).not.toContain("S1");
    expect(unchanged(20).assessment.level).toBe("self_care");
    const day21 = unchanged(21);
    expect(ruleIds(day21)).toContain("S1");
    expect(day21.assessment.level).toBe("soon");
    expect(day21.status).toBe("not_better_after_3_weeks");
  });

  it("does not fire S1 at 21 days when improving, but S2 fires at 42 (not 41) whatever the trend", () => {
    const improving = (days: number) =>
      courseOf(diary(daily(0, days, (day) => (day < 3 ? 8 : 4))), { today: date(days) });
    expect(ruleIds(improving(21))).not.toContain("S1");
    expect(improving(21).status).toBe("improving");
    expect(ruleIds(improving(41))).not.toContain("S2");
    expect(ruleIds(improving(42))).toContain("S2");
    expect(improving(42).status).toBe("not_better_after_3_weeks");
  });

  it("counts from an earlier onset when the check said the pain began before the first check-in", () => {
    const course = courseOf(
      diary(
        daily(0, 15, () => 5),
        { checks: [check(0, { onsetDaysAgo: 6 })] },
      ),
      {
        today: date(15),
      },
    );
    expect(course.onset).toBe(date(-6));
    expect(course.daysSinceOnset).toBe(21);
    expect(ruleIds(course)).toContain("S1");
  });

  it("judges a resolved episode by how long it lasted, so S2 does not fire weeks after the pain has gone", () => {
    const checkIns = [...daily(0, 9, () => 5), ...daily(10, 20, () => 0)];
    const course = courseOf(diary(checkIns), { today: date(50) });
    expect(course.episode?.resolved).toBe(true);
    expect(course.daysSinceOnset).toBe(50);
    expect(course.facts.onsetDaysAgo).toBe(9);
    expect(course.trend).toBe("improving");
    expect(course.assessment.level).toBe("self_care");
  });

  it("ignores entries after today", () => {
    const course = courseOf(diary(daily(0, 30, () => 5)), { today: date(10) });
    expect(course.episode?.checkIns).toHaveLength(11);
    expect(course.facts.onsetDaysAgo).toBe(10);
  });
});

describe("S3 from earlier episodes in the same area", () => {
  const episode = (start: number, region: CheckIn["region"]) => [
    ...daily(start, start + 4, () => 6, { region }),
    checkIn(start + 5, 0, { region }),
  ];
  const current = (region: CheckIn["region"]) => daily(200, 205, () => 5, { region });
  const run = (checkIns: CheckIn[]) =>
    courseOf(diary(checkIns, { checks: [check(200)] }), { today: date(205) });

  it("fires with 2 earlier episodes in the same region in the last 12 months", () => {
    const course = run([
      ...episode(0, ["lower_back"]),
      ...episode(100, ["lower_back"]),
      ...current(["lower_back"]),
    ]);
    expect(course.episodes).toHaveLength(3);
    expect(course.previousEpisodesSameArea.region).toBe("lower_back");
    expect(course.previousEpisodesSameArea.episodes.map((e) => e.index)).toEqual([0, 1]);
    expect(course.facts.previousEpisodesSameArea).toBe(2);
    expect(ruleIds(course)).toContain("S3");
    expect(course.status).toBe("keeps_coming_back");
  });

  it("does not fire with one earlier episode, nor when the earlier ones were in another region", () => {
    expect(ruleIds(run([...episode(100, ["lower_back"]), ...current(["lower_back"])]))).not.toContain("S3");
    const elsewhere = run([
      ...episode(0, ["upper_back"]),
      ...episode(100, ["upper_back"]),
      ...current(["lower_back"]),
    ]);
    expect(elsewhere.facts.previousEpisodesSameArea).toBe(0);
    expect(ruleIds(elsewhere)).not.toContain("S3");
  });

  it("counts per region: one earlier episode in each of two regions is not two in the same area", () => {
    const course = run([
      ...episode(0, ["upper_back"]),
      ...episode(100, ["lower_back"]),
      ...current(["lower_back", "upper_back"]),
    ]);
    expect(course.facts.previousEpisodesSameArea).toBe(1);
  });

  it("counts an earlier episode whose last pain was 365 days ago, not 366", () => {
    const lookback = COURSE.sameAreaLookbackDays;
    // The earlier episodes' last pain is on days 4 and 104.
    const at = (today: number) =>
      courseOf(
        diary(
          [
            ...episode(0, ["lower_back"]),
            ...episode(100, ["lower_back"]),
            ...daily(today - 2, today, () => 5),
          ],
          {
            checks: [check(today - 2)],
          },
        ),
        { today: date(today) },
      ).facts.previousEpisodesSameArea;
    expect(at(4 + lookback)).toBe(2);
    expect(at(5 + lookback)).toBe(1);
    expect(at(105 + lookback)).toBe(0);
  });

  it("keeps the higher count when the check remembered more than the diary holds", () => {
    const course = run([...current(["lower_back"])].concat());
    expect(course.facts.previousEpisodesSameArea).toBe(0);
    const remembered = courseOf(
      diary(current(["lower_back"]), { checks: [check(200, { previousEpisodesSameArea: 2 })] }),
      {
        today: date(205),
      },
    );
    expect(remembered.facts.previousEpisodesSameArea).toBe(2);
    expect(ruleIds(remembered)).toContain("S3");
  });
});

describe("S8 from self-care days and a worsening course", () => {
  const worsening = (days: number) =>
    courseOf(diary(daily(0, days, (day) => (day < 3 ? 4 : 7))), { today: date(days) });

  it("fires at 7 days of self-care when worsening, not at 6", () => {
    expect(worsening(6).selfCareDays).toBe(6);
    expect(ruleIds(worsening(6))).not.toContain("S8");
    expect(worsening(6).status).toBe("worsening");
    expect(ruleIds(worsening(7))).toContain("S8");
    expect(worsening(7).status).toBe("worse_despite_self_care");
  });

  it("counts self-care from the first cold round or walk when logged before the first check-in", () => {
    const course = courseOf(
      diary(
        daily(0, 5, (day) => (day < 3 ? 4 : 7)),
        {
          checks: [],
          walks: [{ id: "w1", at: `${date(-2)}T10:00:00+01:00`, minutes: 5 }],
          coldRounds: [{ id: "r1", startedAt: `${date(1)}T10:00:00+01:00` }],
        },
      ),
      { today: date(5) },
    );
    // The walk was before the first check-in with pain, so outside the episode's onset: not counted.
    expect(course.selfCare).toEqual({ coldRounds: 1, walks: 0, walkMinutes: 0, loggedDays: 1 });
    expect(course.selfCareDays).toBe(5);
  });

  it("takes the self-care days a check reported", () => {
    const course = courseOf(
      diary(
        daily(0, 4, (day) => (day < 3 ? 4 : 7)),
        { checks: [check(0, { selfCareDays: 3 })] },
      ),
      {
        today: date(4),
      },
    );
    expect(course.selfCareDays).toBe(7);
    expect(ruleIds(course)).toContain("S8");
  });
});

describe("a warning sign at a check-in", () => {
  it("escalates at once: bladder change is an emergency, fever is urgent", () => {
    const quiet = daily(0, 3, () => 5, { warningSigns: CALM });
    expect(courseOf(diary(quiet), { today: date(3) }).assessment.level).toBe("self_care");
    const emergency = courseOf(
      diary([...quiet, checkIn(4, 5, { warningSigns: { ...CALM, bladderChange: true } })]),
      {
        today: date(4),
      },
    );
    expect(emergency.assessment.level).toBe("emergency");
    expect(emergency.status).toBe("new_warning_sign");
    expect(emergency.factSources.bladderChange?.from).toBe("check_in");
    const urgent = courseOf(diary([...quiet, checkIn(4, 5, { warningSigns: { ...CALM, fever: true } })]), {
      today: date(4),
    });
    expect(urgent.assessment.level).toBe("urgent");
    expect(urgent.statuses).toEqual(["new_warning_sign", "unchanged"]);
    expect(urgent.status).toBe("new_warning_sign");
  });

  it("keeps the latest answer: a sign answered no later no longer fires", () => {
    const course = courseOf(
      diary([
        checkIn(0, 5),
        checkIn(1, 5, { warningSigns: { ...CALM, fever: true } }),
        checkIn(2, 5, { warningSigns: { ...CALM, fever: false } }),
      ]),
      { today: date(2) },
    );
    expect(course.facts.fever).toBe(false);
    expect(course.assessment.level).toBe("self_care");
    expect(course.answers.filter((answer) => answer.fact === "fever").map((answer) => answer.value)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("treats a sign left out of a later re-screen as not sure: unknown again, never the earlier no", () => {
    const course = courseOf(
      diary([
        checkIn(0, 5, { warningSigns: { bladderChange: false, fever: false } }),
        checkIn(1, 4, { warningSigns: { fever: false } }),
      ]),
      { today: date(1) },
    );
    expect(course.facts.bladderChange).toBeUndefined();
    expect(course.facts.fever).toBe(false);
    expect(course.assessment.missing).toContain("bladderChange");
    expect(course.assessment.level).not.toBe("self_care");
  });

  it("treats a re-screen with every sign not sure as all unknown, but a pain-only check-in as no re-screen", () => {
    const allNotSure = courseOf(
      diary([checkIn(0, 5, { warningSigns: CALM }), checkIn(1, 5, { warningSigns: {} })]),
      {
        today: date(1),
      },
    );
    expect(allNotSure.facts.bladderChange).toBeUndefined();
    expect(allNotSure.assessment.level).toBeNull();
    const painOnly = courseOf(diary([checkIn(0, 5, { warningSigns: CALM }), checkIn(1, 5)]), {
      today: date(1),
    });
    expect(painOnly.facts.bladderChange).toBe(false);
  });

  it("is not called new when the urgent fact comes from the profile", () => {
    const course = courseOf(
      diary(
        daily(0, 4, () => 5),
        { profile: { cancerHistory: true } },
      ),
      { today: date(4) },
    );
    expect(course.assessment.level).toBe("urgent");
    expect(course.factSources.cancerHistory).toEqual({ from: "profile" });
    expect(course.statuses).not.toContain("new_warning_sign");
  });
});

describe("facts", () => {
  it("are built once from profile, the check, the check-ins and the history", () => {
    const course = courseOf(
      diary([checkIn(0, 6, { mobility: "limited", side: "left" }), checkIn(4, 4, { region: ["mid_back"] })], {
        profile: { age: 52 },
      }),
      { today: date(4) },
    );
    expect(course.facts).toMatchObject({
      age: 52,
      painScore: 4,
      region: ["lower_back", "mid_back"],
      mobility: "limited",
      side: "left",
      onsetDaysAgo: 4,
      selfCareDays: 4,
      previousEpisodesSameArea: 0,
    });
    expect(course.factSources.age).toEqual({ from: "profile" });
    expect(course.factSources.onsetTrigger?.from).toBe("check");
    expect(course.assessment.complete).toBe(true);
  });

  it("keep profile and history facts apart", () => {
    expect(PROFILE_FACTS.filter((fact) => (HISTORY_FACTS as readonly string[]).includes(fact))).toEqual([]);
  });

  it("with only a check, advance nothing and still assess", () => {
    const course = courseOf(
      { checkIns: [], checks: [check(0, { onsetDaysAgo: 2, course: "improving" })] },
      {
        today: date(5),
      },
    );
    expect(course.episode).toBeNull();
    expect(course.daysSinceOnset).toBe(7);
    expect(course.facts.course).toBe("improving");
    expect(course.status).toBe("too_early");
  });

  it("accept a bare list of check-ins", () => {
    const course = courseOf(
      daily(0, 3, () => 5),
      { today: date(3) },
    );
    expect(course.episode?.checkIns).toHaveLength(4);
    expect(course.assessment.level).toBeNull(); // warning signs never asked: unknown, never "no"
    expect(course.assessment.missing.length).toBeGreaterThan(0);
  });
});
