import { EmergencyCall } from "../components/emergency-call.tsx";
import { LevelIcon } from "../components/icons.tsx";
import type { DescribeMessages } from "./describe-messages.ts";
import type { Preview } from "./preview.ts";

/**
 * The advice for warning signs found in the words, shown at once (before any question): for an emergency,
 * an alert with the local number to call. The engine's words for the level and its reasons; the signs are
 * still confirmed by one explicit question in the check.
 */
export function PreviewBanner({
  preview,
  t,
  confirm = t.bannerConfirm,
}: {
  readonly preview: Preview;
  readonly t: DescribeMessages;
  /** What comes next: confirming the answers on the next page (default) or on this one. */
  readonly confirm?: string;
}) {
  const emergency = preview.level === "emergency";
  return (
    <section
      class={`level level-${preview.level} describe-banner`}
      aria-labelledby="describe-banner-title"
      role={emergency ? "alert" : undefined}
    >
      <h3 id="describe-banner-title">
        <LevelIcon level={preview.level} heading />
        <span>{emergency ? t.bannerEmergency : t.bannerUrgent}</span>
      </h3>
      <p class="level-action">{preview.action}</p>
      {emergency ? <EmergencyCall variant="button" /> : null}
      <p class={emergency ? "level-detail strong" : "level-detail"}>{preview.detail}</p>
      {preview.reasons.length > 0 ? (
        <>
          <p class="describe-because">{t.bannerBecause}</p>
          <ul>
            {preview.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{confirm}</p>
    </section>
  );
}
