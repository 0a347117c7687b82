import { FIELDWORK_ASSUMPTION } from '../../domain/esiMonths';
import { usePlanEditable } from '../../store/planContext';
import { EsiBoard } from './EsiBoard';
import { EsiSettings } from './EsiSettings';
import { ResolvePanel } from './ResolvePanel';
import './esi-cycle.css';

/** The ESI three-year cycle (§2.2–2.5, Appendix C): which Areas are inspected in which year and month. */
export function EsiCycleView() {
  const editable = usePlanEditable();
  return (
    <div className="esi-view">
      <div className="esi-view__resolve">
        <ResolvePanel />
      </div>
      <section className="panel esi-view__board" aria-labelledby="esi-board-heading">
        <h2 id="esi-board-heading">ESI three-year cycle</h2>
        <p className="esi-view__intro">
          Each year lists its Areas by family (Appendix C); Areas of a family are inspected in the same year so their
          results can be compared (§2.2).{' '}
          {editable && (
            <>
              Drag a card or a family by its handle <span aria-hidden="true">⠿</span>, pick it up with Space and move it
              with the arrow keys, or use its Move to… button. Drop on a month to place the inspection in it.{' '}
            </>
          )}
          {FIELDWORK_ASSUMPTION}
        </p>
        <EsiBoard />
      </section>
      <div className="esi-view__settings">
        <EsiSettings />
      </div>
    </div>
  );
}
