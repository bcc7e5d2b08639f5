import "../styles/diary.css";
import { type Assessment, type Course, courseOf, format } from "@backtalk/engine";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { DraftValue } from "../check/check-session.ts";
import { fieldId, QuestionField } from "../check/question-field.tsx";
import { BodyMap } from "../components/body-map.tsx";
import { CourseStatus } from "../components/course-status.tsx";
import { DemoBanner } from "../components/demo-banner.tsx";
import { Link } from "../components/link.tsx";
import { type Zone, zonesOf } from "../diary/body-zones.ts";
import {
  CHECKLIST_SIGNS,
  type CheckInDraft,
  type CheckInProblem,
  checkInOf,
  DETAIL_SIGNS,
  notSureOf,
  problemsOf,
  type SignFact,
  visibleSigns,
} from "../diary/check-in-form.ts";
import { diary, loadDiary, saveCheckIn } from "../diary/diary-state.ts";
import { newId } from "../diary/diary-store.ts";
import { entryTime } from "../i18n/diary-dates.ts";
import { diaryText, lang, text, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";

const PAIN_SCORES = Array.from({ length: 11 }, (_, score) => score);

interface Saved {
  readonly at: string;
  readonly course: Course;
  readonly advice: Assessment;
  readonly notSure: readonly SignFact[];
}

/** The daily check-in: pain, where (body map), moving, the warning-sign re-screen and a note. */
export default function CheckInScreen() {
  const [saved, setSaved] = useState<Saved | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!diary.value) void loadDiary();
  }, []);
  if (!diary.value) return <p aria-busy="true">{ui.value.loading}</p>;
  if (saved)
    return (
      <SavedView
        saved={saved}
        onAnother={() => {
          setSaved(null);
          setRound(round + 1);
        }}
      />
    );
  return <CheckInForm key={round} onSaved={setSaved} />;
}

function startingDraft(): CheckInDraft {
  const last = diary.value?.checkIns.at(-1);
  return { zones: last ? zonesOf(last.region, last.side) : new Set(), signs: {}, note: "" };
}

function CheckInForm({ onSaved }: { readonly onSaved: (saved: Saved) => void }) {
  const w = diaryText.value;
  const t = ui.value;
  const messages = text.value;
  const [draft, setDraft] = useState<CheckInDraft>(startingDraft);
  const [problems, setProblems] = useState<CheckInProblem[]>([]);
  const [failed, setFailed] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const checklist = visibleSigns(draft, CHECKLIST_SIGNS);
  const details = visibleSigns(draft, DETAIL_SIGNS);

  useEffect(() => {
    if (problems.length > 0) summary.current?.focus();
  }, [problems]);

  const update = (next: CheckInDraft) => {
    setDraft(next);
    if (problems.length > 0) setProblems(problemsOf(next).filter((problem) => problems.includes(problem)));
  };
  const setSign = (fact: SignFact, value: DraftValue | undefined) => {
    const signs = { ...draft.signs };
    if (value === undefined) delete signs[fact];
    else signs[fact] = value;
    update({ ...draft, signs });
  };
  const toggleZone = (zone: Zone) => {
    const zones = new Set(draft.zones);
    if (zones.has(zone)) zones.delete(zone);
    else zones.add(zone);
    update({ ...draft, zones });
  };
  const noneOfThese = () => {
    const signs = { ...draft.signs };
    for (const fact of checklist) signs[fact] = false;
    update({ ...draft, signs });
  };

  async function submit(event: Event) {
    event.preventDefault();
    const found = problemsOf(draft);
    setProblems(found);
    if (found.length > 0) return;
    const now = new Date();
    const entry = checkInOf(draft, newId("checkin"), now);
    try {
      await saveCheckIn(entry);
    } catch {
      setFailed(true);
      return;
    }
    const course = courseOf(diary.value ?? { checkIns: [entry] }, { today: today() });
    const notSure = notSureOf(draft);
    onSaved({ at: entry.at, course, advice: course.assessment, notSure });
  }

  const problemText = (problem: CheckInProblem) =>
    problem === "pain"
      ? w.checkIn.errorPain
      : problem === "where"
        ? w.checkIn.errorWhere
        : `${messages.facts[problem].short}: ${format(t.check.errorUnanswered, { dontKnow: messages.answers.dontKnow })}`;
  const anchorOf = (problem: CheckInProblem) =>
    problem === "pain" ? "checkin-pain" : problem === "where" ? "checkin-where" : fieldId(problem);
  const signField = (fact: SignFact) => (
    <QuestionField
      key={fact}
      fact={fact}
      value={draft.signs[fact]}
      error={
        problems.includes(fact)
          ? format(t.check.errorUnanswered, { dontKnow: messages.answers.dontKnow })
          : undefined
      }
      messages={messages}
      ui={t}
      onChange={(value) => setSign(fact, value)}
    />
  );

  return (
    <form class="check-in" onSubmit={(event) => void submit(event)} noValidate>
      <h1 tabIndex={-1}>{w.checkIn.title}</h1>
      <DemoBanner />
      <p class="lead">{w.checkIn.lead}</p>

      {problems.length > 0 ? (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h2>{w.checkIn.errorTitle}</h2>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>
                <a
                  href={`#${anchorOf(problem)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document
                      .querySelector<HTMLElement>(
                        `#${anchorOf(problem)} input, #${anchorOf(problem)} [tabindex]`,
                      )
                      ?.focus();
                  }}
                >
                  {problemText(problem)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {failed ? (
        <p class="notice warning" role="alert">
          {w.checkIn.saveFailed}
        </p>
      ) : null}

      <fieldset class={problems.includes("pain") ? "question invalid" : "question"} id="checkin-pain">
        <legend>{messages.facts.painScore.question}</legend>
        <div class="pain-scale">
          {PAIN_SCORES.map((score) => (
            <label class="option pain-option" key={score}>
              <input
                type="radio"
                name="painScore"
                value={score}
                checked={draft.pain === score}
                onChange={() => update({ ...draft, pain: score })}
              />
              <span>{score}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset
        class={problems.includes("where") ? "question invalid" : "question"}
        id="checkin-where"
        aria-describedby="checkin-where-hint"
      >
        <legend>{messages.facts.region.question}</legend>
        <p class="hint" id="checkin-where-hint">
          {w.checkIn.whereHint}
        </p>
        <BodyMap
          zones={draft.zones}
          onToggle={toggleZone}
          messages={messages}
          words={w}
          invalid={problems.includes("where")}
        />
      </fieldset>

      <QuestionField
        fact="mobility"
        value={draft.mobility}
        error={undefined}
        messages={messages}
        ui={t}
        onChange={(value) => {
          const { mobility: _old, ...rest } = draft;
          update(value === undefined ? rest : { ...rest, mobility: value });
        }}
      />

      <section class="signs" aria-labelledby="signs-title">
        <h2 id="signs-title">{w.checkIn.signsTitle}</h2>
        <p>{w.checkIn.signsIntro}</p>
        <h3>{w.checkIn.legsTitle}</h3>
        {details.map(signField)}
        <h3>{w.checkIn.otherSignsTitle}</h3>
        <div class="none-of-these">
          <button type="button" class="secondary" onClick={noneOfThese} aria-describedby="signs-none-hint">
            {messages.answers.noneOfThese}
          </button>
          <span id="signs-none-hint" class="hint">
            {w.checkIn.noneHint}
          </span>
        </div>
        {checklist.map(signField)}
      </section>

      <div class="question note-field">
        <label for="checkin-note">{w.checkIn.noteLabel}</label>
        <p class="hint" id="checkin-note-hint">
          {w.checkIn.noteHint}
        </p>
        <textarea
          id="checkin-note"
          rows={3}
          maxLength={500}
          aria-describedby="checkin-note-hint"
          value={draft.note}
          onInput={(event) => update({ ...draft, note: event.currentTarget.value })}
        />
      </div>

      <div class="actions">
        <button type="submit" class="primary big">
          {w.checkIn.save}
        </button>
      </div>
    </form>
  );
}

function SavedView({ saved, onAnother }: { readonly saved: Saved; readonly onAnother: () => void }) {
  const w = diaryText.value;
  const messages = text.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const course = useMemo(() => saved.course, [saved]);
  return (
    <div class="check-in-saved">
      <h1 tabIndex={-1} ref={heading}>
        {w.checkIn.savedTitle}
      </h1>
      <DemoBanner />
      <CourseStatus course={course} words={w} assessment={saved.advice} />
      <p class="meta">{format(w.checkIn.savedAt, { time: entryTime(saved.at, lang.value) })}</p>
      {saved.notSure.length > 0 ? (
        <section class="notice warning" aria-labelledby="not-sure-title">
          <h2 id="not-sure-title">{w.checkIn.notSureTitle}</h2>
          <p>{w.checkIn.notSureIntro}</p>
          <ul>
            {saved.notSure.map((fact) => {
              const words = messages.facts[fact];
              return (
                <li key={fact}>
                  {words.question}
                  {"findOut" in words && words.findOut ? <p class="hint">{words.findOut as string}</p> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <div class="actions">
        <Link to="diary" class="button primary">
          {ui.value.nav.diary}
        </Link>
        <Link to="report" class="button secondary">
          {w.diary.report}
        </Link>
        <button type="button" class="secondary" onClick={onAnother}>
          {w.checkIn.another}
        </button>
      </div>
    </div>
  );
}
