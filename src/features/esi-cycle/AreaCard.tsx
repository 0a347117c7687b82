import { useDraggable } from '@dnd-kit/core';
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { areaOf, familyOf, familyPosition, scheduleEntryOf } from '../../domain/esiBoard';
import { FIELDWORK_ASSUMPTION, fieldworkWeeks } from '../../domain/esiMonths';
import { formatHours } from '../../domain/format';
import { monthName, monthsOf } from '../../domain/months';
import type { FinancialYear } from '../../domain/types';
import { usePlan } from '../../store/planContext';
import { areaDragId, pointerListener, type DragData } from './boardDnd';
import { DragHandle } from './DragHandle';
import { useCycleValue } from './boardSelectors';
import { MoveMenu, type MoveOptionGroup } from './MoveMenu';

/** The number of family colours; families past the sixth (on a scaled board) reuse them, their names still tell them apart. */
const FAMILY_COLOURS = 6;

export const familyColourClass = (position: number) => `family-colour-${((position % FAMILY_COLOURS) + FAMILY_COLOURS) % FAMILY_COLOURS}`;

/**
 * One Area on the board. dnd-kit re-renders every draggable whenever a drag starts, passes over a
 * target or ends; here that is only `DraggableCard`, the list item and its handle. The card's body
 * is made here, re-rendering only when this Area's own data changes, and passed through unchanged.
 */
export const AreaCard = memo(function AreaCard({ areaId }: { areaId: string }) {
  const area = useCycleValue((cycle) => areaOf(cycle, areaId));
  const entry = useCycleValue((cycle) => scheduleEntryOf(cycle, areaId));
  const family = useCycleValue((cycle) => (area ? familyOf(cycle, area.familyId) : undefined));
  const label = `${area?.name ?? areaId}, ${family?.name ?? ''}`;
  const year = entry?.year ?? ('' as FinancialYear);
  const data = useMemo((): DragData => ({ kind: 'area', areaId, year, label }), [areaId, year, label]);
  return (
    <DraggableCard areaId={areaId} data={data} done={entry?.inspected !== undefined}>
      <CardBody areaId={areaId} />
    </DraggableCard>
  );
});

function DraggableCard({ areaId, data, done, children }: { areaId: string; data: DragData; done: boolean; children: ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({ id: areaDragId(areaId), data, disabled: done });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`esi-card${done ? ' esi-card--done' : ''}${isDragging ? ' esi-card--dragging' : ''}`}
      onPointerDown={pointerListener(listeners)}
      data-area-id={areaId}
    >
      {!done && <DragHandle label={data.label} attributes={attributes} listeners={listeners} setActivatorNodeRef={setActivatorNodeRef} />}
      {children}
    </li>
  );
}

const CardBody = memo(function CardBody({ areaId }: { areaId: string }) {
  const area = useCycleValue((cycle) => areaOf(cycle, areaId));
  const entry = useCycleValue((cycle) => scheduleEntryOf(cycle, areaId));
  const family = useCycleValue((cycle) => (area ? familyOf(cycle, area.familyId) : undefined));
  const colour = useCycleValue((cycle) => (area ? familyPosition(cycle, area.familyId) : -1));
  const years = useCycleValue((cycle) => cycle.years);
  const familyName = family?.name ?? '';
  const familyHours = family?.coreHoursPerEsi;
  const moveArea = usePlan((state) => state.moveArea);
  const groups = useCallback((): MoveOptionGroup[] => years.map((year) => ({
    label: year,
    options: [
      { key: year, label: `${year}, no month`, current: entry?.year === year && entry.month === undefined, choose: () => moveArea(areaId, year) },
      ...monthsOf(year).map((month) => ({ key: month, label: monthName(month), current: entry?.month === month, choose: () => moveArea(areaId, year, month) })),
    ],
  })), [years, entry, moveArea, areaId]);
  if (!area || !entry) return null;

  const weeks = entry.month === undefined ? null : fieldworkWeeks(entry.month);
  const hours = area.coreHoursPerEsi ?? familyHours;
  const inspected = entry.inspected;
  const doneLabel = inspected ? `Done (inspected ${inspected.year}${inspected.month ? `, ${monthName(inspected.month)}` : ''})` : null;

  return (
    <div className="esi-card__body">
      <div className="esi-card__top">
        <p className="esi-card__name">{area.name}</p>
        <MoveMenu text="Move to…" subject={area.name} groups={groups} disabledReason={doneLabel && 'A done inspection cannot be moved.'} focusKey={`area:${areaId}`} />
      </div>
      <p className={`esi-card__family ${familyColourClass(colour)}`}>{familyName}</p>
      {weeks && entry.month && (
        <p className="esi-card__month">
          Starts {monthName(entry.month)}: fieldwork weeks of {weeks.firstLabel} and {weeks.secondLabel}{' '}
          <abbr className="esi-card__assumed" title={FIELDWORK_ASSUMPTION}>(assumed)</abbr>
        </p>
      )}
      {hours && (
        <p className="esi-card__hours">
          {formatHours(hours.value, 1)} core hours {area.coreHoursPerEsi ? '' : 'as its family '}
          <span className="esi-card__assumed">({hours.source.kind === 'assumption' ? 'assumption' : `report ${hours.source.ref}`})</span>
        </p>
      )}
      {area.scores && (
        <dl className="esi-card__scores" aria-label={`${area.name}'s ESI scores (§2.14)`}>
          <div><dt>Assessment</dt><dd>{area.scores.assessment}%</dd></div>
          <div><dt>Interventions</dt><dd>{area.scores.interventions}%</dd></div>
          <div><dt>Outcomes</dt><dd>{area.scores.outcomes}%</dd></div>
          <div><dt>Overall</dt><dd>{area.scores.overall}%</dd></div>
        </dl>
      )}
      {doneLabel && <p className="esi-card__lock"><span className="esi-card__lock-tag">Locked</span> {doneLabel}</p>}
    </div>
  );
});
