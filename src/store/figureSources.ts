import type { Draft } from 'immer';
import { formatHours } from '../domain/format';
import { citeCarried } from '../domain/sources';
import type { Figure, Source } from '../domain/types';

/** How every source the planner writes begins, so an edited figure is told apart from the report's. */
export const SET_IN_THE_PLANNER = 'Set in the planner';

/** "1,234.5 hours": how an edited figure of hours is named in its new source. */
export const hoursText = (hours: number) => `${formatHours(hours, 1)} hours`;

/**
 * A figure the user typed is theirs, not the report's, and its source says so, naming the figure
 * it replaced; further edits keep that first account rather than piling one on another.
 */
export function sourceAfterEdit(source: Source, previous: string): Source {
  if (source.kind === 'assumption' && source.reasoning.startsWith(SET_IN_THE_PLANNER)) return source;
  const replaced =
    source.kind === 'report'
      ? `the report's figure (${source.ref}) is ${previous}`
      : source.kind === 'carried'
        ? `it replaced ${previous}, ${citeCarried(source)}`
        : `it replaced the assumption of ${previous} (${source.reasoning})`;
  return { kind: 'assumption', reasoning: `${SET_IN_THE_PLANNER}; ${replaced}.` };
}

/** Sets a figure to a value the user chose, its source saying what it replaced. */
export function setFigure(figure: Draft<Figure>, value: number, describe: (value: number) => string) {
  figure.source = sourceAfterEdit(figure.source, describe(figure.value));
  figure.value = value;
}

/** A figure the user set on the ESI board is theirs, not the report's: it says so. */
export function boardAssumption(what: string): Source {
  return { kind: 'assumption', reasoning: `Set on the ESI board: ${what}.` };
}
