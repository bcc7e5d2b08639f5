import { answerText, type FactId, type FactValue, format } from "@backtalk/engine";
import { navigate } from "../router.ts";
import { describeText, lang, text } from "../state/settings.ts";
import "./describe.css";
import { editRequested, type StartedFrom } from "./describe-state.ts";
import { segmentsOf } from "./highlight.ts";
import { MarkedWords } from "./marked-words.tsx";

/** Back to the start screen with the cursor in the box; "Continue" there starts again, keeping every answer. */
function edit(): void {
  editRequested.value = true;
  navigate("start");
}

/**
 * "What you told us" on each step of a check started from the person's words: the words with the ones used
 * marked, what was taken from them (the pre-filled answers flagged as still to check), and a way back to edit.
 */
export function ToldUs({ started }: { readonly started: StartedFrom }) {
  const t = describeText.value;
  const facts = text.value.facts;
  const used = Object.entries(started.used) as [FactId, FactValue][];
  const labels = Object.fromEntries(used.map(([fact]) => [fact, facts[fact].short]));
  return (
    <section class="told-us" aria-labelledby="told-title">
      <h2 id="told-title">{t.toldTitle}</h2>
      <MarkedWords
        segments={segmentsOf(started.text, started.spans)}
        labels={labels}
        label={t.wordsLabel}
        lang={started.lang ?? lang.value}
      />
      {used.length > 0 ? (
        <>
          <p class="describe-because">{t.toldUsed}</p>
          <ul>
            {used.map(([fact, value]) => (
              <li key={fact}>
                {facts[fact].short}: {answerText(fact, value, lang.value)}
                {started.prefill[fact] !== undefined ? ` (${t.toConfirm})` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.toldNothing}</p>
      )}
      <button type="button" class="secondary" onClick={edit}>
        {t.edit}
      </button>
    </section>
  );
}

/** The note under a question whose answer was pre-filled from the words, quoting them. */
export function fromTextNote(started: StartedFrom | null, fact: FactId): string | undefined {
  if (!started || started.prefill[fact] === undefined) return undefined;
  const t = describeText.value;
  const spans = started.spans.filter((span) => span.fact === fact);
  const words = spans.map((span) => span.text).join(" … ");
  return format(spans.some((span) => span.negated) ? t.fromTextDenied : t.fromText, { words });
}
