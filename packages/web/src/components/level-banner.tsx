import { type Explanation, format } from "@backtalk/engine";
import { text } from "../state/settings.ts";
import { CountryPicker } from "./country-picker.tsx";
import { EmergencyCall, telHref } from "./emergency-call.tsx";
import { LevelIcon } from "./icons.tsx";

/**
 * The level first, in the engine's words, with its own icon and colour. An emergency is a full-width alert
 * with the local emergency number to call, "don't drive yourself", and the country picker next to it.
 */
export function LevelBanner({ explanation }: { readonly explanation: Explanation }) {
  const level = explanation.level ?? "pending";
  const { headline, emergency } = explanation;
  return (
    <section
      class={`level level-${level}`}
      aria-labelledby="level-title"
      role={level === "emergency" ? "alert" : undefined}
    >
      <h2 id="level-title">
        <LevelIcon level={level} heading />
        <span>{headline.title}</span>
      </h2>
      <p class="level-action">{headline.action}</p>
      {level === "emergency" ? <EmergencyCall variant="button" /> : null}
      <p class={level === "emergency" ? "level-detail strong" : "level-detail"}>{headline.detail}</p>
      {level === "emergency" ? <CountryPicker /> : null}
      {level !== "emergency" && emergency.advice ? (
        <p>
          <a href={telHref(emergency.advice)}>
            {format(text.value.emergency.adviceLine, { number: emergency.advice })}
          </a>
        </p>
      ) : null}
    </section>
  );
}
