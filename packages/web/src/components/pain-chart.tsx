import type { Lang } from "@backtalk/engine";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type uPlot from "uplot";
import { dayMonth, shortDate } from "../i18n/diary-dates.ts";
import type { DiaryMessages } from "../i18n/diary-messages.ts";
import { countsText } from "../i18n/plural.ts";
import { type ChartInput, type ChartSeries, canDraw, chartSeries, dayRows } from "./chart-data.ts";

const HEIGHT = 220;
const DAY = 86_400;
const COLORS = { pain: "#1d5c63", band: "rgba(29, 92, 99, 0.13)", cold: "#1a56a0", walk: "#1e6b3a" };
const AXIS = { stroke: "#1f2328", font: "13px system-ui, sans-serif", grid: "rgba(0, 0, 0, 0.1)" };

const isoOf = (seconds: number) => new Date(seconds * 1000).toISOString();

/** The x range: every point, band and mark, with a little room on both sides. */
function xRange(series: ChartSeries): [number, number] {
  const all = [...series.x, ...series.cold, ...series.walks, ...series.bands.flat()];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const pad = Math.max((max - min) * 0.03, DAY / 2);
  return [min - pad, max + pad];
}

function options(series: ChartSeries, width: number, lang: Lang, onDrawn: () => void): uPlot.Options {
  const range = xRange(series);
  const ratio = typeof devicePixelRatio === "number" ? devicePixelRatio : 1;
  return {
    width,
    height: HEIGHT,
    cursor: { show: false },
    legend: { show: false },
    scales: { x: { time: true, range: () => range }, y: { range: [0, 10] } },
    axes: [
      {
        stroke: AXIS.stroke,
        font: AXIS.font,
        grid: { stroke: AXIS.grid },
        space: 70,
        values: (_chart, splits) => splits.map((split) => dayMonth(isoOf(split), lang)),
      },
      {
        stroke: AXIS.stroke,
        font: AXIS.font,
        grid: { stroke: AXIS.grid },
        size: 34,
        splits: () => [0, 2, 4, 6, 8, 10],
      },
    ],
    series: [
      {},
      {
        stroke: COLORS.pain,
        width: 2,
        spanGaps: false,
        points: { show: series.x.length <= 60, size: 6, fill: COLORS.pain },
      },
    ],
    hooks: {
      // Episodes shaded under the line.
      drawClear: [
        (chart) => {
          const { ctx, bbox } = chart;
          ctx.save();
          ctx.fillStyle = COLORS.band;
          for (const [from, to] of series.bands) {
            const left = chart.valToPos(from, "x", true);
            const right = Math.max(chart.valToPos(to, "x", true), left + 3 * ratio);
            ctx.fillRect(left, bbox.top, right - left, bbox.height);
          }
          ctx.restore();
        },
      ],
      // Cold rounds (blue triangles) and walks (green dots) along the bottom.
      draw: [
        (chart) => {
          const { ctx, bbox } = chart;
          const bottom = bbox.top + bbox.height;
          const size = 5 * ratio;
          ctx.save();
          ctx.fillStyle = COLORS.cold;
          for (const at of series.cold) {
            const x = chart.valToPos(at, "x", true);
            ctx.beginPath();
            ctx.moveTo(x - size, bottom - 2 * size - 10 * ratio);
            ctx.lineTo(x + size, bottom - 2 * size - 10 * ratio);
            ctx.lineTo(x, bottom - 10 * ratio);
            ctx.fill();
          }
          ctx.fillStyle = COLORS.walk;
          for (const at of series.walks) {
            ctx.beginPath();
            ctx.arc(chart.valToPos(at, "x", true), bottom - 4 * ratio, 3.5 * ratio, 0, 2 * Math.PI);
            ctx.fill();
          }
          ctx.restore();
          onDrawn();
        },
      ],
    },
  };
}

interface PainChartProps {
  readonly input: ChartInput;
  readonly lang: Lang;
  readonly words: DiaryMessages;
  /** Distinguishes several charts on one page (ids). */
  readonly id: string;
}

/**
 * Pain over time with episodes shaded and self-care marked (uPlot on a canvas, loaded on demand), a legend in
 * text, a one-line summary for screen readers, and the same numbers as a table.
 */
export function PainChart({ input, lang, words, id }: PainChartProps) {
  const series = useMemo(() => chartSeries(input), [input]);
  const box = useRef<HTMLDivElement>(null);
  const t = words.chart;

  useEffect(() => {
    const target = box.current;
    if (!target || series.x.length === 0 || !canDraw()) return;
    let chart: uPlot | undefined;
    let observer: ResizeObserver | undefined;
    let cancelled = false;
    let marked = false;
    const onDrawn = () => {
      if (marked) return;
      marked = true;
      performance.mark(`backtalk:chart-drawn:${id}`);
    };
    void Promise.all([import("uplot"), import("uplot/dist/uPlot.min.css")]).then(([module]) => {
      if (cancelled) return;
      const width = () => Math.max(240, target.clientWidth);
      chart = new module.default(options(series, width(), lang, onDrawn), [series.x, series.pain], target);
      observer = new ResizeObserver(() => chart?.setSize({ width: width(), height: HEIGHT }));
      observer.observe(target);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
  }, [series, lang, id]);

  if (input.points.length === 0) return <p>{t.none}</p>;
  const first = input.points[0];
  const last = input.points[input.points.length - 1];
  const summary = countsText(lang, t.summary, {
    count: input.points.length,
    from: first ? shortDate(first.at, lang) : "",
    to: last ? shortDate(last.at, lang) : "",
    last: last?.pain ?? "",
    peak: Math.max(...input.points.map((point) => point.pain)),
  });
  return (
    <figure class="pain-chart">
      <div class="chart-box" ref={box} role="img" aria-label={`${t.label}. ${summary}`} />
      <figcaption>
        <p class="chart-summary">{summary}</p>
        <ul class="chart-legend">
          <li>
            <span class="swatch swatch-line" aria-hidden="true" />
            {t.legendPain}
          </li>
          {series.bands.length > 0 ? (
            <li>
              <span class="swatch swatch-band" aria-hidden="true" />
              {t.legendEpisode}
            </li>
          ) : null}
          {series.cold.length > 0 ? (
            <li>
              <span class="swatch swatch-cold" aria-hidden="true" />
              {t.legendCold}
            </li>
          ) : null}
          {series.walks.length > 0 ? (
            <li>
              <span class="swatch swatch-walk" aria-hidden="true" />
              {t.legendWalk}
            </li>
          ) : null}
        </ul>
      </figcaption>
      <ChartTable input={input} lang={lang} words={words} />
    </figure>
  );
}

/** The chart as a table, one row per day; drawn only when opened, so 1,000 check-ins cost nothing until then. */
function ChartTable({ input, lang, words }: Omit<PainChartProps, "id">) {
  const [open, setOpen] = useState(false);
  const rows = useMemo(() => (open ? dayRows(input) : []), [open, input]);
  const t = words.chart;
  return (
    <details class="chart-table no-print" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.tableShow}</summary>
      {open ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.day}</th>
              <th scope="col">{t.pain}</th>
              <th scope="col">{t.coldCount}</th>
              <th scope="col">{t.walkCount}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.day}>
                <th scope="row">{shortDate(row.day, lang)}</th>
                <td>{row.pains.join(", ")}</td>
                <td>{row.cold}</td>
                <td>{row.walks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
