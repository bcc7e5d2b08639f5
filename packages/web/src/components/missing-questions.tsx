import type { Explanation } from "@backtalk/engine";

/** The questions still open that could change the advice, in the engine's words. */
export function MissingQuestions({ explanation }: { readonly explanation: Explanation }) {
  return (
    <>
      <p>{explanation.missingIntro}</p>
      <ul>
        {explanation.missing.map((item) => (
          <li key={item.fact}>{item.question}</li>
        ))}
      </ul>
    </>
  );
}
