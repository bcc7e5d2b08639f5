import { format, type Messages, type Region } from "@backtalk/engine";
import { COLUMNS, type Column, ROWS, type Side, type Zone, zoneOf } from "../diary/body-zones.ts";
import type { DiaryMessages } from "../i18n/diary-messages.ts";

interface BodyMapProps {
  readonly zones: ReadonlySet<Zone>;
  readonly onToggle: (zone: Zone) => void;
  readonly messages: Messages;
  readonly words: DiaryMessages;
  readonly invalid: boolean;
}

const TOP = 78;
const ROW_HEIGHT = 56;
const LEFT = 56;
const COLUMN_WIDTH = 36;

/**
 * The back, with nine areas (upper/middle/lower back by left/middle/right). Each area is a checkbox that a
 * pointer, Tab and Space or Enter all work; the same choices follow as a plain list of checkboxes.
 */
export function BodyMap({ zones, onToggle, messages, words, invalid }: BodyMapProps) {
  const regionText = messages.facts.region.options as Readonly<Record<Region, string>>;
  const sideText = messages.facts.side.options as Readonly<Record<Side, string>>;
  const label = (row: Region, column: Column) =>
    format(words.checkIn.mapArea, { region: regionText[row], side: sideText[column] });
  return (
    <div class={invalid ? "body-map invalid" : "body-map"}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot hold a fieldset; role group names the areas together. */}
      <svg viewBox="0 0 220 270" role="group" aria-label={words.checkIn.mapLabel} class="body-map-svg">
        <circle cx="110" cy="34" r="22" class="body-shape" />
        <path
          d="M74 62 Q110 52 146 62 L172 78 Q182 84 184 100 L196 196 Q198 208 188 210 L176 210 L164 112 L164 250 Q164 262 152 262 L68 262 Q56 262 56 250 L56 112 L44 210 L32 210 Q22 208 24 196 L36 100 Q38 84 48 78 Z"
          class="body-shape"
        />
        <line x1="110" y1={TOP} x2="110" y2={TOP + 3 * ROW_HEIGHT} class="body-spine" />
        <text x="20" y="258" class="body-side-label">
          {sideText.left}
        </text>
        <text x="200" y="258" class="body-side-label end">
          {sideText.right}
        </text>
        {ROWS.map((row, rowIndex) =>
          COLUMNS.map((column, columnIndex) => {
            const zone = zoneOf(row, column);
            const checked = zones.has(zone);
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG area cannot be an input; it has the checkbox role, name, state and keys.
              <rect
                key={zone}
                x={LEFT + columnIndex * COLUMN_WIDTH + 2}
                y={TOP + rowIndex * ROW_HEIGHT + 2}
                width={COLUMN_WIDTH - 4}
                height={ROW_HEIGHT - 4}
                rx="8"
                role="checkbox"
                aria-checked={checked}
                aria-label={label(row, column)}
                tabindex={0}
                class={checked ? "zone checked" : "zone"}
                data-zone={zone}
                onClick={() => onToggle(zone)}
                onKeyDown={(event) => {
                  if (event.key === " " || event.key === "Enter") {
                    event.preventDefault();
                    onToggle(zone);
                  }
                }}
              />
            );
          }),
        )}
      </svg>
      <details class="body-map-list">
        <summary>{words.checkIn.listTitle}</summary>
        {ROWS.map((row) => (
          <fieldset key={row} class="zone-row">
            <legend>{regionText[row]}</legend>
            {COLUMNS.map((column) => {
              const zone = zoneOf(row, column);
              return (
                <label class="option" key={zone}>
                  <input type="checkbox" checked={zones.has(zone)} onChange={() => onToggle(zone)} />
                  <span>{sideText[column]}</span>
                </label>
              );
            })}
          </fieldset>
        ))}
      </details>
    </div>
  );
}
