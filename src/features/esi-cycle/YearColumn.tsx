import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo, type ReactNode } from 'react';
import { familyGroups } from '../../domain/esiLookups';
import { isOverCoreHours } from '../../domain/esiCycle';
import { formatCount, formatHours, formatNumber } from '../../domain/format';
import { monthName, monthsOf, shortMonthName } from '../../domain/months';
import type { FinancialYear, YearMonth } from '../../domain/types';
import { monthDrop, monthDropId, yearDrop, yearDropId } from './boardDnd';
import {
  useCycle,
  useMonthLoad,
  useYearAreaIds,
  useYearFigures,
  useYearFindings,
  useYearMonthsOverLimit,
} from './boardSelectors';
import { FamilyBlock } from './FamilyBlock';

/**
 * One year of the cycle: what it schedules against what its hours fund, its months, and its Areas
 * by family. Only `DroppableYear` re-renders with dnd-kit's drag state; what it holds is made here.
 */
export const YearColumn = memo(function YearColumn({ year }: { year: FinancialYear }) {
  const figures = useYearFigures(year);
  const problems = useYearFindings(year);
  const monthsOverLimit = useYearMonthsOverLimit(year);
  const over = isOverCoreHours(figures.hoursNeeded, figures.coreHours);
  const headingId = `esi-year-${year.replace('/', '-')}`;

  return (
    <DroppableYear year={year} over={over} headingId={headingId}>
      <header className="esi-year__header">
        <h3 id={headingId} className="esi-year__title">
          {year}
        </h3>
        <p className="esi-year__count" data-testid={`esi-count-${year}`}>
          {formatCount(figures.scheduled, 'Area')} of {formatNumber(figures.capacity)} funded
          {over && (
            <>
              {' '}
              <span className="tag tag--error">Over</span>
            </>
          )}
        </p>
        <p className="esi-year__hours" data-testid={`esi-hours-${year}`}>
          {formatHours(figures.hoursNeeded)} hours needed of {formatHours(figures.coreHours)} core hours
        </p>
        {problems.length > 0 && (
          <ul className="esi-year__problems">
            {problems.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        {monthsOverLimit.length > 0 && (
          <ul className="esi-year__warnings">
            {monthsOverLimit.map((message) => (
              <li key={message}>
                <strong>Warning:</strong> {message}
              </li>
            ))}
          </ul>
        )}
      </header>
      <MonthStrip year={year} />
      <ColumnBody year={year} />
    </DroppableYear>
  );
});

/**
 * Years and months are measured as a drag starts and do not change size while it lasts (what is
 * dragged moves by a transform), so dnd-kit need not watch each one with a ResizeObserver, made as
 * every drag starts and taken down as it ends.
 */
const UNWATCHED = { disabled: true };

function DroppableYear({
  year,
  over,
  headingId,
  children,
}: {
  year: FinancialYear;
  over: boolean;
  headingId: string;
  children: ReactNode;
}) {
  const data = useMemo(() => yearDrop(year), [year]);
  const { setNodeRef, isOver } = useDroppable({ id: yearDropId(year), data, resizeObserverConfig: UNWATCHED });
  return (
    <section
      ref={setNodeRef}
      className={`esi-year${over ? ' esi-year--over' : ''}${isOver ? ' esi-year--target' : ''}`}
      aria-labelledby={headingId}
      data-year={year}
    >
      {children}
    </section>
  );
}

const MonthStrip = memo(function MonthStrip({ year }: { year: FinancialYear }) {
  return (
    <ol
      className="esi-months"
      aria-label={`ESIs starting each month of ${year}; drop an Area on a month to place it there`}
    >
      {monthsOf(year).map((month) => (
        <MonthCell key={month} month={month} year={year} />
      ))}
    </ol>
  );
});

/** A month as a drop target. Only `DroppableMonth` re-renders as a drag passes over targets; its label only when its count changes. */
const MonthCell = memo(function MonthCell({ month, year }: { month: YearMonth; year: FinancialYear }) {
  const { count, overLimit } = useMonthLoad(month);
  return (
    <DroppableMonth
      month={month}
      year={year}
      className={`esi-month${count > 0 ? ' esi-month--used' : ''}${overLimit ? ' esi-month--over' : ''}`}
    >
      <MonthLabel month={month} count={count} overLimit={overLimit !== null} />
    </DroppableMonth>
  );
});

function DroppableMonth({
  month,
  year,
  className,
  children,
}: {
  month: YearMonth;
  year: FinancialYear;
  className: string;
  children: ReactNode;
}) {
  const data = useMemo(() => monthDrop(month, year), [month, year]);
  const { setNodeRef, isOver } = useDroppable({ id: monthDropId(month), data, resizeObserverConfig: UNWATCHED });
  return (
    <li ref={setNodeRef} className={`${className}${isOver ? ' esi-month--target' : ''}`}>
      {children}
    </li>
  );
}

const MonthLabel = memo(function MonthLabel({
  month,
  count,
  overLimit,
}: {
  month: YearMonth;
  count: number;
  overLimit: boolean;
}) {
  const name = monthName(month);
  return (
    <>
      <span aria-hidden="true" className="esi-month__name">
        {shortMonthName(month)}
      </span>
      <span aria-hidden="true" className="esi-month__count">
        {count > 0 ? count : ''}
        {overLimit ? '!' : ''}
      </span>
      <span className="visually-hidden">
        {name}: {count} {count === 1 ? 'ESI starts' : 'ESIs start'}
        {overLimit ? ', more than the limit' : ''}
      </span>
    </>
  );
});

const ColumnBody = memo(function ColumnBody({ year }: { year: FinancialYear }) {
  const areaIds = useYearAreaIds(year);
  const lists = useCycle((cycle) => ({ areas: cycle.areas, families: cycle.families }));
  const groups = useMemo(() => familyGroups(lists, areaIds), [lists, areaIds]);
  if (groups.length === 0) return <p className="esi-year__empty">No Areas in {year}. Drop one here.</p>;
  return (
    <div className="esi-year__families">
      {groups.map((group) => (
        <FamilyBlock key={group.familyId} familyId={group.familyId} year={year} areaIds={group.areaIds} />
      ))}
    </div>
  );
});
