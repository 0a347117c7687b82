import { hoursOverCapacity, monthDemand } from '../../domain/capacity';
import { formatCount, formatHours } from '../../domain/format';
import { monthName, shortMonthName } from '../../domain/months';
import type { CapacityMonth, YearMonth } from '../../domain/types';

/** The parts of a month's demand, as the report's capacity months name them. */
export type SeriesKey = 'esi' | 'yot' | 'supportingPeople' | 'jointFirm' | 'otherLines' | 'jointTentative';

export interface Series {
  key: SeriesKey;
  label: string;
  /** The table's column header, short enough for twelve months' figures to fit without scrolling. */
  column: string;
}

/** The parts of a bar, bottom first: proposed work on top, as the least certain. */
const SERIES: readonly Series[] = [
  { key: 'esi', label: 'ESI fieldwork (core and thematic)', column: 'ESI' },
  { key: 'yot', label: 'YOT inspections', column: 'YOT' },
  { key: 'supportingPeople', label: 'Supporting People', column: 'Supporting People' },
  { key: 'jointFirm', label: 'Joint work, committed', column: 'Joint, committed' },
  { key: 'otherLines', label: 'Other lines: thematics, other work, contingency', column: 'Other lines' },
  { key: 'jointTentative', label: 'Joint work, proposed (tentative)', column: 'Joint, proposed' },
];

/** The series shown: proposed work only while the tentative toggle includes it. */
export function seriesShown(includeTentative: boolean): readonly Series[] {
  return includeTentative ? SERIES : SERIES.filter((series) => series.key !== 'jointTentative');
}

/** The drawing's own units; the SVG scales to its column, so these are proportions more than pixels. */
export const CHART = { width: 760, height: 360, left: 58, right: 8, top: 60, bottom: 46 } as const;

export interface BarSegment {
  series: SeriesKey;
  y: number;
  height: number;
}

export interface ChartBar {
  month: YearMonth;
  /** "Apr" */
  shortName: string;
  /** The year under the first month of each calendar year, so the axis reads "Apr 2004 … Jan 2005". */
  yearLabel: string | null;
  centre: number;
  barWidth: number;
  markerWidth: number;
  segments: BarSegment[];
  top: number;
  availableY: number;
  /** "318": the hours over capacity, or null when the month fits. */
  overText: string | null;
}

export interface ChartTick {
  y: number;
  label: string;
}

export interface ChartLayout {
  bars: ChartBar[];
  ticks: ChartTick[];
  plotLeft: number;
  plotRight: number;
  baseline: number;
}

/** A round step for the axis (1, 2 or 5 times a power of ten) giving about four gridlines. */
function niceStep(largest: number): number {
  const rough = largest / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const multiple = [1, 2, 5, 10].find((candidate) => candidate * power >= rough) ?? 10;
  return multiple * power;
}

/**
 * Where each bar, segment and marker goes. The scale always counts proposed work, so hiding it
 * shortens the bars without moving the axis, and the two views can be compared by eye.
 */
export function layoutChart(months: readonly CapacityMonth[], includeTentative: boolean): ChartLayout {
  const largest = Math.max(0, ...months.map((month) => Math.max(monthDemand(month, true), month.available)));
  const step = largest > 0 ? niceStep(largest) : 1000;
  const axisTop = Math.max(step, Math.ceil(largest / step) * step);
  const plotLeft = CHART.left;
  const plotRight = CHART.width - CHART.right;
  const baseline = CHART.height - CHART.bottom;
  const plotHeight = baseline - CHART.top;
  const yOf = (hours: number) => baseline - (hours / axisTop) * plotHeight;
  const slot = (plotRight - plotLeft) / Math.max(1, months.length);
  const shown = seriesShown(includeTentative);

  const bars = months.map((month, index): ChartBar => {
    let stacked = 0;
    const segments: BarSegment[] = [];
    for (const { key } of shown) {
      const hours = month[key];
      if (hours <= 0) continue;
      segments.push({ series: key, y: yOf(stacked + hours), height: yOf(stacked) - yOf(stacked + hours) });
      stacked += hours;
    }
    const over = hoursOverCapacity(month, includeTentative);
    const calendarMonth = month.month.slice(5, 7);
    return {
      month: month.month,
      shortName: shortMonthName(month.month),
      yearLabel: index === 0 || calendarMonth === '01' ? month.month.slice(0, 4) : null,
      centre: plotLeft + slot * (index + 0.5),
      barWidth: slot * 0.58,
      markerWidth: slot * 0.86,
      segments,
      top: Math.min(yOf(monthDemand(month, includeTentative)), yOf(month.available)),
      availableY: yOf(month.available),
      overText: over > 0 ? formatHours(over) : null,
    };
  });

  const ticks: ChartTick[] = [];
  for (let value = 0; value <= axisTop; value += step) ticks.push({ y: yOf(value), label: formatHours(value) });
  return { bars, ticks, plotLeft, plotRight, baseline };
}

/** "2 months over capacity: April 2004 (318 hours over), May 2004 (318 hours over).", and whether any is. */
export function overCapacitySummary(
  months: readonly CapacityMonth[],
  includeTentative: boolean,
): { anyOver: boolean; text: string } {
  const over = months
    .map((month) => ({ month: month.month, hours: hoursOverCapacity(month, includeTentative) }))
    .filter((entry) => entry.hours > 0);
  if (over.length === 0) return { anyOver: false, text: 'No month is over capacity.' };
  const named = over.map((entry) => `${monthName(entry.month)} (${formatHours(entry.hours)} hours over)`).join(', ');
  return { anyOver: true, text: `${formatCount(over.length, 'month')} over capacity: ${named}.` };
}
