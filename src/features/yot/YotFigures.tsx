import { useMemo } from 'react';
import { formatNumber, formatNumberToTenths } from '../../domain/format';
import { addToMonth, firstMonthOf, monthName, monthsFrom } from '../../domain/months';
import type { YearMonth } from '../../domain/types';
import { NumberField } from '../../shared/NumberField';
import { SourceNote } from '../../shared/SourceNote';
import { usePlan, usePlanEditable, useScenario, useVerbs } from '../../store/planContext';
import { yotVerbs } from '../../store/slices/yotVerbs';

/** Phase 2 can start in any month of the planning year or the next. */
const PHASE_2_MONTHS = 24;

/** The figures that drive the YOT plan, each with where it comes from. */
export function YotFigures() {
  const yot = useScenario((scenario) => scenario.yot);
  const planningYear = useScenario((scenario) => scenario.planningYear);
  const { setYotFigure, setYotPhase2Start } = useVerbs(yotVerbs);
  const finishTyping = usePlan((state) => state.finishTyping);
  const editable = usePlanEditable();
  const first = firstMonthOf(planningYear);
  const phase2Start = yot.phase2Start.month;
  const startOptions = useMemo(() => {
    const months = monthsFrom(first, PHASE_2_MONTHS);
    return months.includes(phase2Start) ? months : [phase2Start, ...months];
  }, [first, phase2Start]);
  const lastBefore = addToMonth(phase2Start, -1);
  const toLeft = yot.teams.value - yot.doneBefore.value;

  return (
    <section className="panel yot-figures" aria-labelledby="yot-figures-heading">
      <h2 id="yot-figures-heading">Figures behind the plan</h2>
      <div className="yot-figures__grid">
        <NumberField
          field="yot.ratePer12Months"
          figureAt="yot/ratePer12Months"
          id="yot-rate"
          label="Inspections in each 12 months (phase 2)"
          hint={<SourceNote source={yot.ratePer12Months.source} />}
          value={yot.ratePer12Months.value}
          format={formatNumberToTenths}
          rule={{ label: 'the inspections in each 12 months', minimum: 'above-zero', maximum: toLeft, example: '30' }}
          onValid={(value) => setYotFigure('ratePer12Months', value)}
        />
        <div className="field">
          <label htmlFor={editable ? 'yot-phase2-start' : undefined} className="field__label">
            Phase 2 starts in
          </label>
          <div id="yot-phase2-start-hint" className="field__hint">
            <SourceNote source={yot.phase2Start.source} />
          </div>
          {editable ? (
            <select
              id="yot-phase2-start"
              className="field__select"
              aria-describedby="yot-phase2-start-hint"
              value={phase2Start}
              onChange={(event) => setYotPhase2Start(event.target.value as YearMonth)}
              onBlur={() => finishTyping('yot.phase2Start')}
            >
              {startOptions.map((month) => (
                <option key={month} value={month}>
                  {monthName(month)}
                </option>
              ))}
            </select>
          ) : (
            <p id="yot-phase2-start" className="field__value">
              {monthName(phase2Start)}
            </p>
          )}
        </div>
        <NumberField
          field="yot.beforePhase2"
          figureAt="yot/beforePhase2"
          id="yot-before-phase2"
          label={
            lastBefore < first
              ? 'Inspections before phase 2 (none: it starts with the year)'
              : `Inspections ${monthName(first)} to ${monthName(lastBefore)}, before phase 2`
          }
          hint={<SourceNote source={yot.beforePhase2.source} />}
          value={yot.beforePhase2.value}
          format={formatNumber}
          rule={{
            label: 'the inspections before phase 2',
            minimum: 'zero',
            maximum: toLeft,
            example: '10',
            whole: true,
          }}
          onValid={(value) => setYotFigure('beforePhase2', value)}
        />
        <NumberField
          field="yot.hoursPerInspection"
          figureAt="yot/hoursPerInspection"
          id="yot-hours"
          label="Hours per YOT inspection"
          hint={<SourceNote source={yot.hoursPerInspection.source} />}
          suffix="hours"
          value={yot.hoursPerInspection.value}
          format={formatNumberToTenths}
          rule={{ label: 'the hours per YOT inspection', minimum: 'above-zero', maximum: 100_000, example: '375' }}
          onValid={(value) => setYotFigure('hoursPerInspection', value)}
        />
      </div>
    </section>
  );
}
