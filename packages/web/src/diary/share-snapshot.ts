import {
  buildReport,
  type CheckIn,
  courseOf,
  type Diary,
  type DiarySnapshot,
  type Lang,
  localDateTime,
} from "@backtalk/engine";

export interface SnapshotOptions {
  readonly today: string;
  readonly lang: Lang;
  readonly now: Date;
}

const withoutNote = ({ note: _note, ...checkIn }: CheckIn): CheckIn => checkIn;
/** Earlier episodes only need when, how bad and where. */
const painOnly = ({ id, at, painScore, region }: CheckIn): CheckIn => ({ id, at, painScore, region });

/**
 * An older episode the report does not show still counts (episodes are numbered): its first check-in, its
 * last with pain and the pain-free ones after it start and end it the same way.
 */
function stubOf(checkIns: readonly CheckIn[]): CheckIn[] {
  const lastPain = checkIns.findLastIndex((checkIn) => checkIn.painScore > 0);
  return checkIns.filter((_, index) => index === 0 || index >= lastPain);
}

const sameReport = (a: Diary, b: Diary, options: SnapshotOptions): boolean => {
  const made = { today: options.today, lang: options.lang, generatedAt: options.now.toISOString() };
  return JSON.stringify(buildReport(a, made)) === JSON.stringify(buildReport(b, made));
};

/**
 * The smallest diary that gives the same report: this episode without notes, earlier episodes reduced to
 * pain and place (those older than the report's 12 months to their start and end), the checks since then, and
 * this episode's self-care. If the smaller diary would change the report in any way, the whole diary goes
 * (still without notes).
 */
export function shareSnapshot(diary: Diary, options: SnapshotOptions): DiarySnapshot {
  const course = courseOf(diary, { today: options.today });
  const report = buildReport(diary, { today: options.today, lang: options.lang });
  const shown = new Set(report.episodes.map((episode) => episode.index));
  const checkIns = course.episodes.flatMap((episode) =>
    episode === course.episode
      ? episode.checkIns.map(withoutNote)
      : shown.has(episode.index)
        ? episode.checkIns.map(painOnly)
        : stubOf(episode.checkIns).map(painOnly),
  );
  const firstDay = (report.episodes[0]?.onset ?? options.today).slice(0, 10);
  const checks = diary.checks ?? [];
  const latestCheck = checks.reduce<(typeof checks)[number] | undefined>(
    (latest, check) => (!latest || Date.parse(check.at) > Date.parse(latest.at) ? check : latest),
    undefined,
  );
  const cold = new Set(report.selfCare.coldRoundsAt);
  const walks = new Set(report.selfCare.walksAt);
  const small: Diary = {
    format: diary.format,
    version: diary.version,
    exportedAt: localDateTime(options.now),
    ...(diary.demo ? { demo: true } : {}),
    ...(diary.profile ? { profile: diary.profile } : {}),
    checkIns,
    checks: checks.filter((check) => check === latestCheck || check.at.slice(0, 10) >= firstDay),
    coldRounds: (diary.coldRounds ?? []).filter((round) => cold.has(round.startedAt)),
    walks: (diary.walks ?? []).filter((walk) => walks.has(walk.at)),
  };
  const whole: Diary = {
    ...diary,
    exportedAt: localDateTime(options.now),
    checkIns: diary.checkIns.map(withoutNote),
  };
  return {
    kind: "diary",
    diary: sameReport(small, diary, options) ? small : whole,
    today: options.today,
    lang: options.lang,
    createdAt: options.now.toISOString(),
  };
}
