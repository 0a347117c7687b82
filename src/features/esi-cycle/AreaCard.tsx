import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { areaOf, familyOf, familyPosition, scheduleEntryOf } from '../../domain/esiLookups';
import { FIELDWORK_ASSUMPTION, fieldworkWeeks } from '../../domain/esiMonths';
import { formatHours } from '../../domain/format';
import { monthName, monthsOf } from '../../domain/months';
import { citeCarried } from '../../domain/sources';
import type { EsiFamily, EsiScheduleEntry, FinancialYear, ProbationArea, Source } from '../../domain/types';
import { usePlanStore } from '../../store/planContext';
import { areaDragId, areaDragLabel, type DragData } from './boardDnd';
import { DragHandle } from './DragHandle';
import { useCycle } from './boardSelectors';
import { useBoardDraggable } from './useBoardDraggable';
import { MoveMenu, type MoveOptionGroup } from '../../shared/MoveMenu';
import { esiVerbs } from '../../store/slices/esiVerbs';

/** The number of family colours; families past the sixth (on a scaled board) reuse them, their names still tell them apart. */
const FAMILY_COLOURS = 6;

type AreaDrag = Extract<DragData, { kind: 'area' }>;

/** "assumption", "report §2.5" or where it was carried from: the card's brief note of its hours' source. */
function citeHours(source: Source): string {
  if (source.kind === 'carried') return citeCarried(source);
  return source.kind === 'assumption' ? 'assumption' : `report ${source.ref}`;
}

export const familyColourClass = (position: number) =>
  `family-colour-${((position % FAMILY_COLOURS) + FAMILY_COLOURS) % FAMILY_COLOURS}`;

/**
 * One Area on the board. The card asks the store once for all it shows: on a board of hundreds of
 * cards, every change to the plan runs every card's question.
 */
export const AreaCard = memo(function AreaCard({ areaId }: { areaId: string }) {
  const { area, entry, family, colour, years } = useCycle((cycle) => {
    const found = areaOf(cycle, areaId);
    return {
      area: found,
      entry: scheduleEntryOf(cycle, areaId),
      family: found && familyOf(cycle, found.familyId),
      colour: found ? familyPosition(cycle, found.familyId) : -1,
      years: cycle.years,
    };
  });
  const label = areaDragLabel(area?.name ?? areaId, family?.name ?? '');
  const year = entry?.inspected === undefined ? entry?.year : undefined;
  const drag = useMemo(
    () => (year === undefined ? null : { kind: 'area' as const, areaId, year, label }),
    [areaId, year, label],
  );
  const body = <CardBody areaId={areaId} area={area} entry={entry} family={family} colour={colour} years={years} />;
  // A done Area cannot move, so it is no draggable and has no handle.
  if (!drag)
    return (
      <li className="esi-card esi-card--done" data-area-id={areaId}>
        {body}
      </li>
    );
  return <DraggableCard drag={drag}>{body}</DraggableCard>;
});

/** A card that can move: it alone re-renders with the drag's state, not what it shows. */
function DraggableCard({ drag, children }: { drag: AreaDrag; children: ReactNode }) {
  const { movable, setNodeRef, style, draggingClass, onPointerDown, handle } = useBoardDraggable(
    areaDragId(drag.areaId),
    drag,
  );
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`esi-card${draggingClass}`}
      data-area-id={drag.areaId}
      onPointerDown={onPointerDown}
    >
      {movable && <DragHandle label={drag.label} {...handle} />}
      {children}
    </li>
  );
}

/**
 * What a card shows. Each line's text is made as one string: on a board of hundreds of cards every
 * separate piece of text is one more node to create and compare.
 */
interface CardBodyProps {
  areaId: string;
  area: ProbationArea | undefined;
  entry: EsiScheduleEntry | undefined;
  family: EsiFamily | undefined;
  colour: number;
  years: FinancialYear[];
}

const CardBody = memo(function CardBody({ areaId, area, entry, family, colour, years }: CardBodyProps) {
  const familyName = family?.name ?? '';
  const familyHours = family?.coreHoursPerEsi;
  // Taken from the store when a choice is made, so the card does not subscribe to it.
  const store = usePlanStore();
  const groups = useCallback(
    (): MoveOptionGroup[] =>
      years.map((year) => ({
        label: year,
        options: [
          {
            key: year,
            label: `${year}, no month`,
            current: entry?.year === year && entry.month === undefined,
            choose: () => esiVerbs(store).moveArea(areaId, year),
          },
          ...monthsOf(year).map((month) => ({
            key: month,
            label: monthName(month),
            current: entry?.month === month,
            choose: () => esiVerbs(store).moveArea(areaId, year, month),
          })),
        ],
      })),
    [years, entry, store, areaId],
  );
  if (!area || !entry) return null;

  const weeks = entry.month === undefined ? null : fieldworkWeeks(entry.month);
  const hours = area.coreHoursPerEsi ?? familyHours;
  const inspected = entry.inspected;
  const doneLabel = inspected
    ? `Done (inspected ${inspected.year}${inspected.month ? `, ${monthName(inspected.month)}` : ''})`
    : null;

  return (
    <div className="esi-card__body">
      <div className="esi-card__top">
        <p className="esi-card__name">{area.name}</p>
        <MoveMenu
          text="Move to…"
          subject={area.name}
          groups={groups}
          disabledReason={doneLabel && 'A done inspection cannot be moved.'}
          focusKey={`area:${areaId}`}
        />
      </div>
      <p className={`esi-card__family ${familyColourClass(colour)}`}>{familyName}</p>
      {weeks && entry.month && (
        <p className="esi-card__month">
          {`Starts ${monthName(entry.month)}: fieldwork weeks of ${weeks.firstLabel} and ${weeks.secondLabel} `}
          <abbr className="esi-card__assumed" title={FIELDWORK_ASSUMPTION}>
            (assumed)
          </abbr>
        </p>
      )}
      {hours && (
        <p className="esi-card__hours">
          {`${formatHours(hours.value, 1)} core hours ${area.coreHoursPerEsi ? '' : 'as its family '}`}
          <span className="esi-card__assumed">{`(${citeHours(hours.source)})`}</span>
        </p>
      )}
      {area.scores && (
        <dl className="esi-card__scores" aria-label={`${area.name}'s ESI scores (§2.14)`}>
          <div>
            <dt>Assessment</dt>
            <dd>{`${area.scores.assessment}%`}</dd>
          </div>
          <div>
            <dt>Interventions</dt>
            <dd>{`${area.scores.interventions}%`}</dd>
          </div>
          <div>
            <dt>Outcomes</dt>
            <dd>{`${area.scores.outcomes}%`}</dd>
          </div>
          <div>
            <dt>Overall</dt>
            <dd>{`${area.scores.overall}%`}</dd>
          </div>
        </dl>
      )}
      {doneLabel && (
        <p className="esi-card__lock">
          <span className="esi-card__lock-tag">Locked</span>
          {` ${doneLabel}`}
        </p>
      )}
    </div>
  );
});
