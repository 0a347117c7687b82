import { useMemo } from 'react';
import { hoursOverCapacity, monthDemand } from '../../domain/capacity';
import { formatHours } from '../../domain/format';
import { monthName } from '../../domain/months';
import { TentativeToggle } from '../../shared/TentativeToggle';
import { usePlan, usePlanReport } from '../../store/planContext';
import { CHART, layoutChart, overCapacitySummary, seriesShown, type SeriesKey } from './capacityChart';

/** Each part's fill: a pattern as well as a colour, so no part is told apart by colour alone. */
const fill: Record<SeriesKey, string> = {
  esi: 'var(--capacity-esi)',
  yot: 'url(#capacity-pattern-yot)',
  supportingPeople: 'url(#capacity-pattern-supporting-people)',
  jointFirm: 'var(--capacity-joint)',
  otherLines: 'url(#capacity-pattern-other)',
  jointTentative: 'url(#capacity-pattern-proposed)',
};

/** The patterns, defined once in the chart and used by the legend's swatches too. */
function Patterns() {
  return (
    <defs>
      <pattern id="capacity-pattern-yot" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="var(--capacity-yot)" />
        <circle cx="3" cy="3" r="1.3" fill="#fff" />
      </pattern>
      <pattern id="capacity-pattern-supporting-people" width="6" height="5" patternUnits="userSpaceOnUse">
        <rect width="6" height="5" fill="var(--capacity-supporting-people)" />
        <rect y="3.5" width="6" height="1.5" fill="#fff" />
      </pattern>
      <pattern id="capacity-pattern-other" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="var(--capacity-other)" />
        <rect x="3.6" width="1.4" height="5" fill="#fff" />
      </pattern>
      <pattern
        id="capacity-pattern-proposed"
        width="7"
        height="7"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="7" height="7" fill="#fff" />
        <rect width="2.5" height="7" fill="var(--capacity-joint)" />
      </pattern>
    </defs>
  );
}

/** A warning triangle with "!", drawn so the flag does not depend on an emoji font. */
function WarningIcon({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x - 8} ${y - 15})`} className="capacity-chart__warning-icon">
      <path d="M8 0 L16 14 L0 14 Z" />
      <rect x="7.1" y="4.2" width="1.8" height="5.2" fill="#fff" />
      <rect x="7.1" y="10.6" width="1.8" height="1.8" fill="#fff" />
    </g>
  );
}

/** Hours demanded each month, by programme, against the hours available: a chart, its legend, and the same figures as a table. */
export function CapacityChart() {
  const report = usePlanReport();
  const showTentative = usePlan((state) => state.showTentative);
  const months = report.capacity.months;
  const layout = useMemo(() => layoutChart(months, showTentative), [months, showTentative]);
  const summary = overCapacitySummary(months, showTentative);
  const shown = seriesShown(showTentative);
  const first = months[0];
  const last = months.at(-1);
  const span = first && last ? `${monthName(first.month)} to ${monthName(last.month)}` : report.planningYear;
  const label = `Bar chart of the hours demanded each month, ${span}, by programme, against the hours available. ${summary.text} The figures are in the table below the chart.`;

  return (
    <section className="panel capacity-chart" aria-labelledby="capacity-chart-heading">
      <h2 id="capacity-chart-heading">Hours demanded and available, month by month</h2>
      <TentativeToggle />
      <p
        className={`capacity-chart__summary${summary.anyOver ? ' capacity-chart__summary--over' : ''}`}
        data-testid="capacity-summary"
        aria-live="polite"
      >
        {summary.text}
      </p>
      <svg className="capacity-chart__svg" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-label={label}>
        <Patterns />
        <text x={layout.plotLeft - 6} y={CHART.top - 30} className="capacity-chart__axis-title" textAnchor="end">
          Hours
        </text>
        {layout.ticks.map((tick) => (
          <g key={tick.label}>
            <line x1={layout.plotLeft} x2={layout.plotRight} y1={tick.y} y2={tick.y} className="capacity-chart__grid" />
            <text x={layout.plotLeft - 6} y={tick.y + 4} textAnchor="end" className="capacity-chart__tick">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <g key={bar.month}>
            {bar.segments.map((segment) => (
              <rect
                key={segment.series}
                x={bar.centre - bar.barWidth / 2}
                y={segment.y}
                width={bar.barWidth}
                height={segment.height}
                fill={fill[segment.series]}
                className={
                  segment.series === 'jointTentative'
                    ? 'capacity-chart__segment capacity-chart__segment--proposed'
                    : 'capacity-chart__segment'
                }
              />
            ))}
            <line
              x1={bar.centre - bar.markerWidth / 2}
              x2={bar.centre + bar.markerWidth / 2}
              y1={bar.availableY}
              y2={bar.availableY}
              className="capacity-chart__available-halo"
            />
            <line
              x1={bar.centre - bar.markerWidth / 2}
              x2={bar.centre + bar.markerWidth / 2}
              y1={bar.availableY}
              y2={bar.availableY}
              className="capacity-chart__available"
            />
            {bar.overText && (
              <>
                <WarningIcon x={bar.centre} y={bar.top - 32} />
                <text textAnchor="middle" className="capacity-chart__over">
                  <tspan x={bar.centre} y={bar.top - 19}>
                    {bar.overText}
                  </tspan>
                  <tspan x={bar.centre} y={bar.top - 6}>
                    over
                  </tspan>
                </text>
              </>
            )}
            <text
              x={bar.centre}
              y={layout.baseline + 17}
              textAnchor="middle"
              className={bar.overText ? 'capacity-chart__month capacity-chart__month--over' : 'capacity-chart__month'}
            >
              {bar.shortName}
            </text>
            {bar.yearLabel && (
              <text x={bar.centre} y={layout.baseline + 35} textAnchor="middle" className="capacity-chart__year">
                {bar.yearLabel}
              </text>
            )}
          </g>
        ))}
        <line
          x1={layout.plotLeft}
          x2={layout.plotRight}
          y1={layout.baseline}
          y2={layout.baseline}
          className="capacity-chart__baseline"
        />
      </svg>
      <ul className="capacity-legend" aria-label="Key to the chart">
        {shown.map((series) => (
          <li key={series.key}>
            <svg className="capacity-legend__swatch" viewBox="0 0 24 16" aria-hidden="true">
              <rect
                x="0.5"
                y="0.5"
                width="23"
                height="15"
                fill={fill[series.key]}
                className={
                  series.key === 'jointTentative' ? 'capacity-chart__segment--proposed' : 'capacity-legend__box'
                }
              />
            </svg>
            {series.label}
          </li>
        ))}
        <li>
          <svg className="capacity-legend__swatch" viewBox="0 0 24 16" aria-hidden="true">
            <line x1="0" x2="24" y1="8" y2="8" className="capacity-chart__available-halo" />
            <line x1="0" x2="24" y1="8" y2="8" className="capacity-chart__available" />
          </svg>
          Hours available in the month
        </li>
        <li>
          <svg className="capacity-legend__swatch" viewBox="0 0 24 16" aria-hidden="true">
            <WarningIcon x={12} y={15.5} />
          </svg>
          Over capacity, with the hours over
        </li>
      </ul>
      {/* Focusable and named so that, on a narrow screen, the table scrolls by keyboard too. */}
      <div className="capacity-table-wrap" tabIndex={0} role="region" aria-labelledby="capacity-months-caption">
        <table className="capacity-table">
          <caption id="capacity-months-caption">
            Hours demanded and available in each month of {report.planningYear}
          </caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {shown.map((series) => (
                <th key={series.key} scope="col" className="numeric">
                  {series.column}
                </th>
              ))}
              <th scope="col" className="numeric">
                Hours demanded
              </th>
              <th scope="col" className="numeric">
                Hours available
              </th>
              <th scope="col">Over capacity</th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => {
              const over = hoursOverCapacity(month, showTentative);
              return (
                <tr key={month.month} className={over > 0 ? 'row--over' : undefined}>
                  <th scope="row">{monthName(month.month)}</th>
                  {shown.map((series) => (
                    <td key={series.key} className="numeric">
                      {formatHours(month[series.key])}
                    </td>
                  ))}
                  <td className="numeric capacity-table__total">{formatHours(monthDemand(month, showTentative))}</td>
                  <td className="numeric">{formatHours(month.available)}</td>
                  <td>
                    {over > 0 ? (
                      <strong className="capacity-table__over">
                        {formatHours(over)}
                        <span className="visually-hidden"> hours</span> over
                      </strong>
                    ) : (
                      'No'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
