import type { BannerPart, Explanation } from "@backtalk/engine";
import { Fragment, type JSX } from "preact";
import { CountryPicker } from "./country-picker.tsx";
import { EmergencyCall, telHref } from "./emergency-call.tsx";
import { LevelIcon } from "./icons.tsx";

/**
 * The level first, in the engine's words, with its own icon and colour, its parts in the order the engine gives.
 * An alarm (an emergency) is a full-width alert with the local emergency number to call and the country picker.
 */
export function LevelBanner({ explanation }: { readonly explanation: Explanation }) {
  const level = explanation.level ?? "pending";
  const { headline, emergency, banner } = explanation;
  const parts: Record<BannerPart, () => JSX.Element | null> = {
    title: () => (
      <h2 id="level-title">
        <LevelIcon level={level} heading />
        <span>{headline.title}</span>
      </h2>
    ),
    action: () => <p class="level-action">{headline.action}</p>,
    call: () => <EmergencyCall variant="button" />,
    detail: () => <p class={banner.alarm ? "level-detail strong" : "level-detail"}>{headline.detail}</p>,
    country: () => <CountryPicker />,
    adviceLine: () =>
      banner.adviceLine && emergency.advice ? (
        <p>
          <a href={telHref(emergency.advice)}>{banner.adviceLine}</a>
        </p>
      ) : null,
  };
  return (
    <section
      class={`level level-${level}`}
      aria-labelledby="level-title"
      role={banner.alarm ? "alert" : undefined}
    >
      {banner.parts.map((part) => (
        <Fragment key={part}>{parts[part]()}</Fragment>
      ))}
    </section>
  );
}
