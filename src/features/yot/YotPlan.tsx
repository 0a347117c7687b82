import { DndContext, useDraggable, useDroppable, type DragEndEvent } from '@dnd-kit/core';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { formatHours, formatNumber } from '../../domain/format';
import { firstMonthOf, monthName, shortMonthName } from '../../domain/months';
import type { YearMonth } from '../../domain/types';
import { useBoardSensors } from '../../shared/boardKeyboardSensor';
import '../../shared/board.css';
import { keepInside } from '../../shared/keepInside';
import { requestFocusAfterMove, useFocusAfterMove } from '../../shared/focusAfterMove';
import { MoveMenu, type MoveOptionGroup } from '../../shared/MoveMenu';
import { usePlanEditable, useScenario, useVerbs } from '../../store/planContext';
import {
  inspectionDragId,
  monthDropId,
  screenReaderInstructions,
  yotAnnouncements,
  yotCollisions,
  yotDragData,
  yotDropData,
  yotKeyboardMoves,
  type YotDragData,
  type YotDropData,
} from './yotDnd';
import type { PlanMonth, PlanYear } from './yotPlanYears';
import { useYotLayout } from './useYotLayout';
import { yotVerbs } from '../../store/slices/yotVerbs';

const handleKey = (month: YearMonth) => `yot-handle:${month}`;
const menuKey = (month: YearMonth) => `yot-menu:${month}`;
const inspectionsText = (count: number) => (count === 1 ? 'inspection' : 'inspections');
/** What is dragged stays in the plan (see `keepInside`). */
const MODIFIERS = [keepInside('.yot-plan')];

/**
 * The month-by-month YOT plan by financial year. A drag changes nothing until the drop, which is
 * one store verb and so one undo step; Escape, or a drop outside the months, leaves the plan as it was.
 * While the plan is read-only it shows the months with nothing to move.
 */
export function YotPlan() {
  const { years, months, planned, total } = useYotLayout();
  const teams = useScenario((scenario) => scenario.yot.teams.value);
  const doneBefore = useScenario((scenario) => scenario.yot.doneBefore.value);
  const planningYear = useScenario((scenario) => scenario.planningYear);
  const hasMoves = useScenario((scenario) => scenario.yot.moves.length > 0);
  const { moveYotInspections, clearYotMoves } = useVerbs(yotVerbs);
  const editable = usePlanEditable();
  const keyboardMoves = useCallback(() => yotKeyboardMoves(months), [months]);
  const sensors = useBoardSensors(keyboardMoves);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The menu lists the months when it is opened, so it reads them then: its function stays the same
  // across edits, and a month whose own figures did not change is not drawn again.
  const latestYears = useRef(years);
  useEffect(() => {
    latestYears.current = years;
  }, [years]);

  const move = useCallback(
    (from: YearMonth, to: YearMonth, last: boolean, focusKey: (month: YearMonth) => string) => {
      // The last inspection out of a month takes its handle and menu with it: focus follows the inspection.
      if (last) requestFocusAfterMove(focusKey(to));
      moveYotInspections(from, to);
    },
    [moveYotInspections],
  );

  const onDragEnd = useCallback(
    ({ active, over }: DragEndEvent) => {
      const dragged = yotDragData(active.data.current);
      const target = yotDropData(over?.data.current);
      if (dragged && target && target.month !== dragged.from) move(dragged.from, target.month, dragged.last, handleKey);
    },
    [move],
  );

  const menuGroups = useCallback(
    (from: YearMonth, last: boolean): MoveOptionGroup[] =>
      latestYears.current.map((year) => ({
        label: year.year,
        options: year.months.map(({ month }) => ({
          key: month,
          label: monthName(month),
          current: month === from,
          choose: () => move(from, month, last, menuKey),
        })),
      })),
    [move],
  );

  return (
    <section className="panel yot-plan" aria-labelledby="yot-plan-heading">
      <div className="yot-plan__head">
        <h2 id="yot-plan-heading" ref={headingRef} tabIndex={-1}>
          Month by month
        </h2>
        <p className="yot-plan__total" data-testid="yot-total">
          <strong>
            {formatNumber(total)} of {formatNumber(teams)} YOTs
          </strong>
          : {formatNumber(doneBefore)} before {monthName(firstMonthOf(planningYear))} and {formatNumber(planned)}{' '}
          planned
        </p>
        {hasMoves && editable && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              clearYotMoves();
              // The button goes with the moves; focus stays in the plan rather than falling to the page.
              headingRef.current?.focus();
            }}
          >
            Put the plan back to its rate
          </button>
        )}
      </div>
      <p className="yot-plan__intro">
        Each month shows its inspections and the YOTs inspected by its end.{' '}
        {editable && (
          <>
            Move an inspection by its handle <span aria-hidden="true">⠿</span>: drag it, or pick it up with Space,
            choose a month with the arrow keys and drop it with Space; or use the month&rsquo;s Move one to&hellip;
            button.
          </>
        )}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={yotCollisions}
        modifiers={MODIFIERS}
        onDragEnd={onDragEnd}
        accessibility={{ announcements: yotAnnouncements, screenReaderInstructions }}
      >
        {years.map((year) => (
          <PlanYearSection key={year.year} year={year} teams={teams} menuGroups={menuGroups} movable={editable} />
        ))}
      </DndContext>
    </section>
  );
}

interface PlanYearSectionProps {
  year: PlanYear;
  teams: number;
  menuGroups: (from: YearMonth, last: boolean) => MoveOptionGroup[];
  /** False while the plan is read-only: no month has a handle. */
  movable: boolean;
}

function PlanYearSection({ year, teams, menuGroups, movable }: PlanYearSectionProps) {
  const headingId = `yot-year-${year.year.replace('/', '-')}`;
  return (
    <section className="yot-year" aria-labelledby={headingId}>
      <header className="yot-year__head">
        <h3 id={headingId}>{year.year}</h3>
        <p data-testid={`yot-year-${year.year}`}>
          <strong>{formatNumber(year.inspections)}</strong> {inspectionsText(year.inspections)},{' '}
          {formatHours(year.hoursNeeded)} hours
        </p>
        {year.phase2 && (
          <p className="yot-year__phase2" data-testid={`yot-phase2-${year.year}`}>
            Phase 2, {monthName(year.phase2.from)} to {monthName(year.phase2.to)}:{' '}
            <strong>{formatNumber(year.phase2.inspections)}</strong> {inspectionsText(year.phase2.inspections)} (§5.8)
          </p>
        )}
      </header>
      <ol className="yot-months" aria-label={`Inspections each month of ${year.year}`}>
        {year.months.map((month) => (
          <MonthCell key={month.month} {...month} teams={teams} menuGroups={menuGroups} movable={movable} />
        ))}
      </ol>
    </section>
  );
}

interface MonthCellProps extends PlanMonth {
  teams: number;
  menuGroups: (from: YearMonth, last: boolean) => MoveOptionGroup[];
  movable: boolean;
}

const MonthCell = memo(function MonthCell({
  month,
  inspections,
  cumulative,
  moved,
  teams,
  menuGroups,
  movable,
}: MonthCellProps) {
  const data = useMemo((): YotDropData => ({ kind: 'yot-month', month }), [month]);
  const { setNodeRef, isOver } = useDroppable({ id: monthDropId(month), data });
  const last = inspections === 1;
  const groups = useCallback(() => menuGroups(month, last), [menuGroups, month, last]);
  const after = cumulative === null;
  const className = `yot-month${inspections > 0 ? ' yot-month--used' : ''}${moved !== 0 ? ' yot-month--moved' : ''}${after ? ' yot-month--after' : ''}${isOver ? ' yot-month--target' : ''}`;
  return (
    <li ref={setNodeRef} className={className} data-month={month}>
      <div className="yot-month__top">
        <p className="yot-month__name">
          <span aria-hidden="true">{shortMonthName(month, true)}</span>
          <span className="visually-hidden">{monthName(month)}</span>
        </p>
        {inspections > 0 && movable && <InspectionHandle month={month} last={last} />}
      </div>
      <p>
        <span className="yot-month__number">{formatNumber(inspections)}</span> {inspectionsText(inspections)}
      </p>
      <p className="yot-month__total">
        {after ? 'after completion' : `${formatNumber(cumulative)} of ${formatNumber(teams)} done`}
      </p>
      {moved !== 0 && (
        <p className="yot-month__moved">
          {moved > 0 ? `+${formatNumber(moved)} moved here` : `−${formatNumber(-moved)} moved out`}
        </p>
      )}
      {inspections > 0 && (
        <MoveMenu
          text="Move one to…"
          subject={`an inspection from ${monthName(month)}`}
          groups={groups}
          focusKey={menuKey(month)}
        />
      )}
    </li>
  );
});

function InspectionHandle({ month, last }: { month: YearMonth; last: boolean }) {
  const data = useMemo((): YotDragData => ({ kind: 'yot-inspection', from: month, last }), [month, last]);
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: inspectionDragId(month),
    data,
  });
  const ref = useRef<HTMLButtonElement | null>(null);
  useFocusAfterMove(handleKey(month), ref);
  const setRefs = useCallback(
    (element: HTMLButtonElement | null) => {
      ref.current = element;
      setNodeRef(element);
    },
    [setNodeRef],
  );
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <button
      ref={setRefs}
      type="button"
      style={style}
      className={`board-handle yot-handle${isDragging ? ' yot-handle--dragging' : ''}`}
      {...attributes}
      {...listeners}
    >
      <span aria-hidden="true">⠿</span>
      <span className="visually-hidden">Drag an inspection from {monthName(month)}</span>
    </button>
  );
}
