import type { FactId } from "@backtalk/engine";

/** A run of the person's text: plain words, or words some facts were read from. */
export interface Segment {
  readonly text: string;
  /** The facts these words gave, in the order their spans start; empty for plain text. */
  readonly facts: readonly FactId[];
}

interface Span {
  readonly fact: FactId;
  readonly start: number;
  readonly end: number;
}

/**
 * Cuts the text at every span's edges, so it can be drawn with highlighted words. Spans may overlap (one
 * phrase can give two facts): the overlap becomes its own segment naming both. Offsets outside the text are
 * clamped, and the segments always join back into the text.
 */
export function segmentsOf(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans
    .map((span) => ({
      fact: span.fact,
      start: Math.max(0, Math.min(text.length, span.start)),
      end: Math.max(0, Math.min(text.length, span.end)),
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    const facts = [
      ...new Set(valid.filter((span) => span.start <= start && span.end >= end).map((span) => span.fact)),
    ];
    const last = segments.at(-1);
    if (last && last.facts.join() === facts.join()) {
      segments[segments.length - 1] = { text: last.text + text.slice(start, end), facts };
    } else {
      segments.push({ text: text.slice(start, end), facts });
    }
  }
  return segments;
}
