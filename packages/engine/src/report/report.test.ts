import { describe, expect, it } from "vitest";
import { courseOf } from "../course/course.ts";
import { parseDiary } from "../course/diary.ts";
import { KNOWLEDGE_VERSION } from "../knowledge/version.ts";
import { demoDiary, generateDiary } from "./demo-diary.ts";
import { REPORT_LABELS } from "./labels.ts";
import { buildReport } from "./report.ts";

const TODAY = "2026-11-25";
const GENERATED = "2026-11-25T10:00:00.000Z";

describe("demo diary", () => {
  it("is deterministic, valid and clearly marked", () => {
    const diary = demoDiary({ today: TODAY });
    expect(demoDiary({ today: TODAY })).toEqual(diary);
    expect(parseDiary(diary)).toEqual(diary);
    expect(diary.demo).toBe(true);
    expect(generateDiary({ checkIns: 50, seed: 3 })).toEqual(generateDiary({ checkIns: 50, seed: 3 }));
  });

  it("is not better after 3 weeks and keeps coming back, as designed", () => {
    const course = courseOf(demoDiary({ today: TODAY }), { today: TODAY });
    expect(course.episodes).toHaveLength(3);
    expect(course.daysSinceOnset).toBe(22);
    expect(course.trend).toBe("unchanged");
    expect(course.previousEpisodesSameArea.episodes).toHaveLength(2);
    expect(course.status).toBe("not_better_after_3_weeks");
    expect(course.statuses).toEqual(["not_better_after_3_weeks", "keeps_coming_back", "unchanged"]);
    expect(course.assessment.level).toBe("soon");
    expect(course.assessment.complete).toBe(true);
    // Its check at onset remembered one earlier episode; the diary shows two.
    expect(demoDiary({ today: TODAY }).checks?.[0]?.facts.previousEpisodesSameArea).toBe(1);
  });

  it("moves with today and fits any day", () => {
    const course = courseOf(demoDiary({ today: "2027-03-01" }), { today: "2027-03-01" });
    expect(course.status).toBe("not_better_after_3_weeks");
  });
});

describe("buildReport", () => {
  const report = buildReport(demoDiary({ today: TODAY }), { today: TODAY, generatedAt: GENERATED });

  it("carries the level, every rule with its evidence, the causes and the knowledge version", () => {
    expect(report).toMatchObject({
      level: "soon",
      complete: true,
      demo: true,
      knowledgeVersion: KNOWLEDGE_VERSION,
    });
    expect(report.generatedAt).toBe(GENERATED);
    expect(report.rules.map((rule) => rule.id)).toEqual(["S1", "S3"]);
    expect(report.rules[0]?.facts.map((fact) => fact.fact)).toEqual(["onsetDaysAgo", "course"]);
    expect(report.rules[0]?.title).toMatch(/3 weeks/);
    expect(report.causes.map((cause) => cause.id)).toEqual(["degenerative_disc_disease"]);
  });

  it("has the episode timeline and the pain series of the last 12 months", () => {
    expect(report.episodes.map((episode) => [episode.current, episode.resolved])).toEqual([
      [false, true],
      [false, true],
      [true, false],
    ]);
    expect(report.episodes[2]).toMatchObject({
      onset: "2026-11-03",
      end: TODAY,
      days: 23,
      regions: ["lower_back"],
    });
    expect(report.painSeries.length).toBe(
      report.episodes.reduce((sum, episode) => sum + episode.checkIns, 0),
    );
    expect(report.painSeries.every((point, i, all) => i === 0 || all[i - 1]!.at <= point.at)).toBe(true);
  });

  it("lists warning signs screened (answered no) and reported (yes), and the self-care tried", () => {
    expect(report.warningSigns.reported).toEqual([]);
    const screened = report.warningSigns.screened.map((sign) => sign.fact);
    expect(screened).toEqual(
      expect.arrayContaining(["saddleNumbness", "bladderChange", "fever", "chestSymptoms"]),
    );
    expect(report.warningSigns.screened.find((sign) => sign.fact === "fever")?.at?.slice(0, 10)).toBe(TODAY);
    expect(report.selfCare.coldRounds).toBeGreaterThan(20);
    expect(report.selfCare.walks).toBe(23);
    expect(report.selfCare.coldRoundsAt).toHaveLength(report.selfCare.coldRounds);
  });

  it("reports a sign answered yes at a check-in, with the date it was first reported", () => {
    const diary = demoDiary({ today: TODAY });
    const last = diary.checkIns[diary.checkIns.length - 1]!;
    diary.checkIns[diary.checkIns.length - 1] = { ...last, warningSigns: { legWeakness: "one_leg" } };
    const urgent = buildReport(diary, { today: TODAY, generatedAt: GENERATED });
    expect(urgent.level).toBe("urgent");
    expect(urgent.status).toBe("new_warning_sign");
    expect(urgent.warningSigns.reported).toEqual([
      expect.objectContaining({ fact: "legWeakness", value: "one_leg", firstReportedAt: last.at }),
    ]);
    expect(urgent.rules.map((rule) => rule.id)).toContain("U4");
  });

  it("puts how the pain started under 'how it started', never among the signs answered no", () => {
    for (const lang of ["en", "es"] as const) {
      const built = buildReport(demoDiary({ today: TODAY, lang }), {
        today: TODAY,
        lang,
        generatedAt: GENERATED,
      });
      expect(built.howItStarted).toEqual([
        expect.objectContaining({
          fact: "onsetTrigger",
          value: "strain",
          label: REPORT_LABELS[lang].howItStarted,
        }),
      ]);
      const signs = [...built.warningSigns.screened, ...built.warningSigns.reported];
      expect(signs.map((sign) => sign.fact)).not.toContain("onsetTrigger");
      // "Answered no" holds only answers that are a no.
      expect(built.warningSigns.screened.every((sign) => sign.value === false || sign.value === "none")).toBe(
        true,
      );
    }
  });

  it("still reports a serious accident as a warning sign, and under how it started", () => {
    const diary = demoDiary({ today: TODAY });
    const check = diary.checks![0]!;
    diary.checks = [{ ...check, facts: { ...check.facts, onsetTrigger: "major_trauma" } }];
    const built = buildReport(diary, { today: TODAY, generatedAt: GENERATED });
    expect(built.howItStarted[0]?.value).toBe("major_trauma");
    expect(built.warningSigns.reported.map((sign) => sign.fact)).toContain("onsetTrigger");
  });

  it("labels the answered pain score as the worst of the last 24 hours, apart from the episode's worst", () => {
    for (const lang of ["en", "es"] as const) {
      const built = buildReport(demoDiary({ today: TODAY, lang }), {
        today: TODAY,
        lang,
        generatedAt: GENERATED,
      });
      const pain = built.answers.find((answer) => answer.fact === "painScore");
      expect(pain?.label).toMatch(lang === "en" ? /last 24 hours/ : /últimas 24 horas/);
      const current = built.episodes.find((episode) => episode.current);
      expect(current?.peakPain).toBe(7);
      expect(pain?.value).not.toBe(current?.peakPain);
    }
  });

  it("speaks Spanish when asked", () => {
    const es = buildReport(demoDiary({ today: TODAY, lang: "es" }), {
      today: TODAY,
      lang: "es",
      generatedAt: GENERATED,
    });
    expect(es.levelTitle).not.toBe(report.levelTitle);
    expect(es.episodes[2]?.regionText).not.toBe(report.episodes[2]?.regionText);
  });
});
