import type { RGB } from "pdf-lib";
import { dayOf } from "../course/calendar.ts";
import { formatDate } from "../locales/dates.ts";
import type { ReportLabels } from "./labels.ts";
import {
  COLD,
  CONTENT,
  dayTime,
  heading,
  INK,
  MARGIN,
  MUTED,
  RULE,
  room,
  WALK,
  type Writer,
  write,
} from "./pdf-page.ts";
import type { DoctorReport } from "./report.ts";

/** The pain line chart of the current episode, with cold rounds and walks marked under it. */
export function drawChart(w: Writer, report: DoctorReport, labels: ReportLabels): void {
  heading(w, labels.painChart);
  const points = report.painSeries.filter((point) => point.current);
  if (points.length === 0 || !report.course.onset) {
    write(w, labels.noPainData);
    return;
  }
  const height = 120;
  room(w, height + 50);
  const left = MARGIN + 24;
  const width = CONTENT - 24;
  const top = w.y - 14;
  const bottom = top - height;
  const first = dayOf(report.course.onset);
  const span = Math.max(1, dayOf(report.today) + 1 - first);
  const x = (at: string) => left + ((dayTime(at) - first) / span) * width;
  const y = (pain: number) => bottom + (pain / 10) * height;
  w.page.drawText(w.clean(labels.painAxis), {
    x: MARGIN,
    y: top + 4,
    size: 7,
    font: w.regular,
    color: MUTED,
  });
  for (const pain of [0, 5, 10]) {
    w.page.drawLine({
      start: { x: left, y: y(pain) },
      end: { x: left + width, y: y(pain) },
      thickness: 0.4,
      color: RULE,
    });
    w.page.drawText(String(pain), { x: left - 12, y: y(pain) - 3, size: 7, font: w.regular, color: MUTED });
  }
  points.forEach((point, index) => {
    const previous = points[index - 1];
    if (previous) {
      w.page.drawLine({
        start: { x: x(previous.at), y: y(previous.painScore) },
        end: { x: x(point.at), y: y(point.painScore) },
        thickness: 1.1,
        color: INK,
      });
    }
    w.page.drawCircle({ x: x(point.at), y: y(point.painScore), size: 1.6, color: INK });
  });
  const marks = (dates: readonly string[], offset: number, color: RGB) => {
    for (const at of dates) {
      const mx = x(at);
      w.page.drawLine({
        start: { x: mx, y: bottom - offset },
        end: { x: mx, y: bottom - offset - 4 },
        thickness: 0.8,
        color,
      });
    }
  };
  marks(report.selfCare.coldRoundsAt, 4, COLD);
  marks(report.selfCare.walksAt, 10, WALK);
  w.y = bottom - 16;
  const label = (text: string, at: number, align: "left" | "right") => {
    const clean = w.clean(text);
    const textWidth = w.regular.widthOfTextAtSize(clean, 7);
    w.page.drawText(clean, {
      x: align === "left" ? at : at - textWidth,
      y: w.y - 7,
      size: 7,
      font: w.regular,
      color: MUTED,
    });
  };
  label(formatDate(report.course.onset, report.lang), left, "left");
  label(formatDate(report.today, report.lang), left + width, "right");
  // Legend: a swatch before each mark's name, centred under the chart.
  const items = [
    { text: w.clean(labels.coldMark), color: COLD },
    { text: w.clean(labels.walkMark), color: WALK },
  ];
  const total = items.reduce((sum, item) => sum + 14 + w.regular.widthOfTextAtSize(item.text, 7) + 12, 0);
  let legendX = left + width / 2 - total / 2;
  for (const item of items) {
    w.page.drawLine({
      start: { x: legendX, y: w.y - 7 },
      end: { x: legendX, y: w.y - 1 },
      thickness: 1.2,
      color: item.color,
    });
    w.page.drawText(item.text, { x: legendX + 5, y: w.y - 7, size: 7, font: w.regular, color: MUTED });
    legendX += 14 + w.regular.widthOfTextAtSize(item.text, 7) + 12;
  }
  w.y -= 10;
}
