import { type CheckIn, REGIONS, type Region } from "@backtalk/engine";

/**
 * The body map's nine areas and what the diary keeps of them. Pure, so it is tested without a DOM.
 */

/** The three columns of the back view. The person's left is on the left: we look at their back. */
export const COLUMNS = ["left", "center", "right"] as const;
export type Column = (typeof COLUMNS)[number];
export type Side = NonNullable<CheckIn["side"]>;

/** A marked area of the back, "region:column". */
export type Zone = `${Region}:${Column}`;
export const zoneOf = (region: Region, column: Column): Zone => `${region}:${column}`;

/** Body-map order, top to bottom, as a person looks at a back. */
export const ROWS: readonly Region[] = ["upper_back", "mid_back", "lower_back"];

/** What the diary keeps of the marked areas: the regions, and one side for the check-in. */
export function placeOf(zones: ReadonlySet<Zone>): { region: Region[]; side?: Side } {
  const region = REGIONS.filter((row) => COLUMNS.some((column) => zones.has(zoneOf(row, column))));
  const used = new Set(COLUMNS.filter((column) => ROWS.some((row) => zones.has(zoneOf(row, column)))));
  const side: Side | undefined =
    used.has("left") && used.has("right")
      ? "both"
      : used.has("left")
        ? "left"
        : used.has("right")
          ? "right"
          : used.has("center")
            ? "center"
            : undefined;
  return side ? { region, side } : { region };
}

/** The areas to show for a diary place (e.g. the last check-in's, to start from). */
export function zonesOf(region: readonly Region[], side: Side | undefined): Set<Zone> {
  const columns: readonly Column[] =
    side === "both" ? ["left", "right"] : side === "left" || side === "right" ? [side] : ["center"];
  return new Set(region.flatMap((row) => columns.map((column) => zoneOf(row, column))));
}
