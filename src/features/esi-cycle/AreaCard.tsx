import { memo, useCallback, useEffect, useRef } from 'react';
import { areaOf, familyOf, familyPosition, scheduleEntryOf } from '../../domain/esiBoard';
import { FIELDWORK_ASSUMPTION, fieldworkWeeks } from '../../domain/esiMonths';
import { formatHours } from '../../domain/format';
import { monthName, monthsOf } from '../../domain/months';
import type { EsiFamily, EsiScheduleEntry, FinancialYear, ProbationArea } from '../../domain/types';
import { usePlanStore } from '../../store/planContext';
import { areaDragLabel, areaZone } from './boardDnd';
import { DragHandle } from './DragHandle';
import { useCycle } from './boardSelectors';
import { MoveMenu, type MoveOptionGroup } from '../../shared/MoveMenu';

/** The number of family colours; families past the sixth (on a scaled board) reuse them, their names still tell them apart. */
const FAMILY_COLOURS = 6;

export const familyColourClass = (position: number) => `family-colour-${((position % FAMILY_COLOURS) + FAMILY_COLOURS) % FAMILY_COLOURS}`;

/**
 * One Area on the board. A card that can move is a drag zone (see `BoardDragSource`): it holds no
 * drag state, so a drag does not re-render it. The card asks the store once for all it shows: on a
 * board of hundreds of cards, every change to the plan runs every card's question.
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
  const card = useSkippableOutOfView();
  const body = <CardBody areaId={areaId} area={area} entry={entry} family={family} colour={colour} years={years} />;
  // A done Area cannot move, so it is no drag zone and has no handle.
  if (entry?.inspected !== undefined) return <li ref={card} className="esi-card esi-card--done" data-area-id={areaId}>{body}</li>;
  return (
    <li ref={card} className="esi-card" {...areaZone(areaId)}>
      <DragHandle label={areaDragLabel(area?.name ?? areaId, family?.name ?? '')} />
      {body}
    </li>
  );
});

/**
 * Whether the browser may skip the card while it is out of view (`data-skippable`; see
 * esi-cycle.css): from the frame after the one that first showed it. Drawn once in full, the card
 * leaves the browser its true size to keep while skipped, so nothing on the board changes size as
 * cards come into view, and a card scrolled to (by find in page, say) stays where it was brought.
 * Set on the element rather than rendered, so that no card renders twice for it.
 */
function useSkippableOutOfView() {
  const card = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => card.current?.setAttribute('data-skippable', ''));
    return () => cancelAnimationFrame(frame);
  }, []);
  return card;
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
  const groups = useCallback((): MoveOptionGroup[] => years.map((year) => ({
    label: year,
    options: [
      { key: year, label: `${year}, no month`, current: entry?.year === year && entry.month === undefined, choose: () => store.getState().moveArea(areaId, year) },
      ...monthsOf(year).map((month) => ({ key: month, label: monthName(month), current: entry?.month === month, choose: () => store.getState().moveArea(areaId, year, month) })),
    ],
  })), [years, entry, store, areaId]);
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
          {`Starts ${monthName(entry.month)}: fieldwork weeks of ${weeks.firstLabel} and ${weeks.secondLabel} `}
          <abbr className="esi-card__assumed" title={FIELDWORK_ASSUMPTION}>(assumed)</abbr>
        </p>
      )}
      {hours && (
        <p className="esi-card__hours">
          {`${formatHours(hours.value, 1)} core hours ${area.coreHoursPerEsi ? '' : 'as its family '}`}
          <span className="esi-card__assumed">{`(${hours.source.kind === 'assumption' ? 'assumption' : `report ${hours.source.ref}`})`}</span>
        </p>
      )}
      {area.scores && (
        <dl className="esi-card__scores" aria-label={`${area.name}'s ESI scores (§2.14)`}>
          <div><dt>Assessment</dt><dd>{`${area.scores.assessment}%`}</dd></div>
          <div><dt>Interventions</dt><dd>{`${area.scores.interventions}%`}</dd></div>
          <div><dt>Outcomes</dt><dd>{`${area.scores.outcomes}%`}</dd></div>
          <div><dt>Overall</dt><dd>{`${area.scores.overall}%`}</dd></div>
        </dl>
      )}
      {doneLabel && <p className="esi-card__lock"><span className="esi-card__lock-tag">Locked</span>{` ${doneLabel}`}</p>}
    </div>
  );
});
