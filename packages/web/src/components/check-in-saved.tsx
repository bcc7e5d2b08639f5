import { type Assessment, type Course, format, type Messages } from "@backtalk/engine";
import { useEffect, useRef } from "preact/hooks";
import type { SignFact } from "../diary/check-in-form.ts";
import { entryTime } from "../i18n/diary-dates.ts";
import type { DiaryMessages } from "../i18n/diary-messages.ts";
import { diaryText, lang, text, ui } from "../state/settings.ts";
import { CourseStatus } from "./course-status.tsx";
import { DemoBanner } from "./demo-banner.tsx";
import { Link } from "./link.tsx";

/** A saved check-in and what the diary says now. */
export interface SavedCheckIn {
  readonly at: string;
  readonly course: Course;
  readonly advice: Assessment;
  readonly notSure: readonly SignFact[];
}

/** After saving: how it is going, the advice now, the signs left "not sure", and where to go next. */
export function CheckInSaved({
  saved,
  onAnother,
}: {
  readonly saved: SavedCheckIn;
  readonly onAnother: () => void;
}) {
  const w = diaryText.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="check-in-saved">
      <h1 tabIndex={-1} ref={heading}>
        {w.checkIn.savedTitle}
      </h1>
      <DemoBanner />
      <CourseStatus course={saved.course} words={w} assessment={saved.advice} />
      <p class="meta">{format(w.checkIn.savedAt, { time: entryTime(saved.at, lang.value) })}</p>
      <NotSureSigns signs={saved.notSure} words={w} messages={text.value} />
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

/** The warning signs answered "not sure", each with how to find out: not the same as a no. */
function NotSureSigns(props: {
  readonly signs: readonly SignFact[];
  readonly words: DiaryMessages;
  readonly messages: Messages;
}) {
  const { signs, words, messages } = props;
  if (signs.length === 0) return null;
  return (
    <section class="notice warning" aria-labelledby="not-sure-title">
      <h2 id="not-sure-title">{words.checkIn.notSureTitle}</h2>
      <p>{words.checkIn.notSureIntro}</p>
      <ul>
        {signs.map((fact) => {
          const texts = messages.facts[fact];
          return (
            <li key={fact}>
              {texts.question}
              {"findOut" in texts && texts.findOut ? <p class="hint">{texts.findOut as string}</p> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
