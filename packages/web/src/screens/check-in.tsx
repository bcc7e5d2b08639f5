import "../styles/diary.css";
import { courseOf, format } from "@backtalk/engine";
import { useEffect, useState } from "preact/hooks";
import { fieldId, QuestionField } from "../check/question-field.tsx";
import { NoteField, PainScaleField, WhereField } from "../components/check-in-fields.tsx";
import { CheckInSaved, type SavedCheckIn } from "../components/check-in-saved.tsx";
import { CheckInSigns } from "../components/check-in-signs.tsx";
import { DiaryHeading } from "../components/diary-heading.tsx";
import { ErrorSummary } from "../components/error-summary.tsx";
import { type CheckInProblem, checkInOf, notSureOf } from "../diary/check-in-form.ts";
import { diary, loadDiary, saveCheckIn } from "../diary/diary-state.ts";
import { newId } from "../diary/diary-store.ts";
import { useCheckInDraft } from "../diary/use-check-in-draft.ts";
import { diaryText, text, ui } from "../state/settings.ts";
import { today } from "../state/today.ts";

/** The daily check-in: pain, where (body map), moving, the warning-sign re-screen and a note. */
export default function CheckInScreen() {
  const [saved, setSaved] = useState<SavedCheckIn | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!diary.value) void loadDiary();
  }, []);
  if (!diary.value) return <p aria-busy="true">{ui.value.loading}</p>;
  if (saved)
    return (
      <CheckInSaved
        saved={saved}
        onAnother={() => {
          setSaved(null);
          setRound(round + 1);
        }}
      />
    );
  return <CheckInForm key={round} onSaved={setSaved} />;
}

/** The form: its fields in reading order, the error summary, and saving to the diary. */
function CheckInForm({ onSaved }: { readonly onSaved: (saved: SavedCheckIn) => void }) {
  const w = diaryText.value;
  const t = ui.value;
  const messages = text.value;
  const form = useCheckInDraft();
  const { draft, problems } = form;
  const [failed, setFailed] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (!form.validate()) return;
    const entry = checkInOf(draft, newId("checkin"), new Date());
    try {
      await saveCheckIn(entry);
    } catch {
      setFailed(true);
      return;
    }
    const course = courseOf(diary.value ?? { checkIns: [entry] }, { today: today() });
    onSaved({ at: entry.at, course, advice: course.assessment, notSure: notSureOf(draft) });
  }

  const problemText = (problem: CheckInProblem) =>
    problem === "pain"
      ? w.checkIn.errorPain
      : problem === "where"
        ? w.checkIn.errorWhere
        : `${messages.facts[problem].short}: ${format(t.check.errorUnanswered, { dontKnow: messages.answers.dontKnow })}`;
  const anchorOf = (problem: CheckInProblem) =>
    problem === "pain" ? "checkin-pain" : problem === "where" ? "checkin-where" : fieldId(problem);

  return (
    <form class="check-in" onSubmit={(event) => void submit(event)} noValidate>
      <DiaryHeading title={w.checkIn.title} lead={w.checkIn.lead} />
      <ErrorSummary
        title={w.checkIn.errorTitle}
        problems={problems}
        anchorOf={anchorOf}
        textOf={problemText}
      />
      {failed ? (
        <p class="notice warning" role="alert">
          {w.checkIn.saveFailed}
        </p>
      ) : null}
      <PainScaleField
        question={messages.facts.painScore.question}
        value={draft.pain}
        invalid={problems.includes("pain")}
        onChange={form.setPain}
      />
      <WhereField
        zones={draft.zones}
        invalid={problems.includes("where")}
        onToggle={form.toggleZone}
        messages={messages}
        words={w}
      />
      <QuestionField
        fact="mobility"
        value={draft.mobility}
        error={undefined}
        messages={messages}
        ui={t}
        onChange={form.setMobility}
      />
      <CheckInSigns
        draft={draft}
        problems={problems}
        messages={messages}
        ui={t}
        words={w}
        onSign={form.setSign}
        onNone={form.noneOf}
      />
      <NoteField value={draft.note} words={w} onInput={form.setNote} />
      <div class="actions">
        <button type="submit" class="primary big">
          {w.checkIn.save}
        </button>
      </div>
    </form>
  );
}
