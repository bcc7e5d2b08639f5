import { format } from "@backtalk/engine";
import { emergency, text } from "../state/settings.ts";
import { PhoneIcon } from "./icons.tsx";

export const telHref = (number: string): string => `tel:${number.replace(/[^\d+]/g, "")}`;

/**
 * A tel: link to the local emergency number: in the header ("Emergency? Call 911"), in the compact header of
 * the check ("Call 911", to fit one row on a phone) or as a big button.
 */
export function EmergencyCall({ variant }: { readonly variant: "header" | "compact" | "button" }) {
  const number = emergency.value.emergency;
  const messages = text.value.emergency;
  return (
    <a class={variant === "button" ? "call-button" : "emergency-link"} href={telHref(number)}>
      <PhoneIcon />
      <span>{format(variant === "header" ? messages.callNow : messages.call, { number })}</span>
    </a>
  );
}
