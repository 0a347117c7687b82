import { useRef, useState } from 'react';
import { formatHours } from '../../domain/format';
import { dayName } from '../../domain/months';
import type { ContingencyDraw } from '../../domain/types';
import { usePlanEditable, usePlanReport, useScenario, useVerbs } from '../../store/planContext';
import { ContingencyDrawForm } from './ContingencyDrawForm';
import { jointWorkVerbs } from '../../store/slices/jointWorkVerbs';

/** "yyyy-MM-dd" as that day's local midnight: a date-time without an offset is read as local time. */
const localDay = (date: string) => new Date(`${date}T00:00`);

/**
 * The contingency line (§5.14): draws for investigations and for commitments their joint line could not hold, and what
 * is left. While the plan is read-only it shows the draws, with no way to record or remove one.
 */
export function ContingencyPanel() {
  const draws = useScenario((scenario) => scenario.contingencyDraws);
  const inspections = useScenario((scenario) => scenario.jointInspections);
  const { contingency } = usePlanReport().joint;
  const { removeContingencyDraw: removeDraw } = useVerbs(jointWorkVerbs);
  const editable = usePlanEditable();
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const remove = (draw: ContingencyDraw) => {
    removeDraw(draw.id);
    setStatus(`Removed the draw "${draw.reason}". Undo brings it back.`);
    headingRef.current?.focus();
  };
  const inspectionName = (id: string) =>
    inspections.find((inspection) => inspection.id === id)?.name ?? 'a joint inspection';

  return (
    <section className="panel" aria-labelledby="contingency-heading">
      <h2 id="contingency-heading" ref={headingRef} tabIndex={-1}>
        Contingency
      </h2>
      <p className="joint-work__intro">
        Hours kept for investigations and other contingencies (§5.14), such as the inquiry into the death of PC Gerald
        Walker (Appendix A), and for a joint commitment its line cannot hold.
      </p>
      <dl className="facts">
        <div>
          <dt>The line (§5.14)</dt>
          <dd>{formatHours(contingency.lineHours)} hours</dd>
        </div>
        <div>
          <dt>Drawn</dt>
          <dd>{formatHours(contingency.drawn)} hours</dd>
        </div>
        <div>
          <dt>Left</dt>
          <dd data-testid="contingency-left" className={contingency.left < 0 ? 'joint-work__over' : undefined}>
            {contingency.left < 0
              ? `${formatHours(-contingency.left)} hours overdrawn`
              : `${formatHours(contingency.left)} hours`}
          </dd>
        </div>
      </dl>
      <p role="status" className="joint-work__status">
        {status}
      </p>
      {draws.length === 0 ? (
        <p>No draws recorded.</p>
      ) : (
        <table className="contingency-draws">
          <caption className="visually-hidden">Draws on contingency: date, reason and hours</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Reason</th>
              <th scope="col" className="numeric">
                Hours
              </th>
              {editable && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {draws.map((draw) => (
              <tr key={draw.id}>
                <td>{dayName(localDay(draw.date))}</td>
                <th scope="row">
                  {draw.reason}
                  {draw.jointInspectionId !== undefined && (
                    <span className="contingency-draws__for">
                      Covers the commitment to {inspectionName(draw.jointInspectionId)}
                    </span>
                  )}
                </th>
                <td className="numeric">{formatHours(draw.hours)}</td>
                {editable && (
                  <td>
                    {draw.jointInspectionId === undefined ? (
                      <button type="button" className="button button--secondary" onClick={() => remove(draw)}>
                        Remove<span className="visually-hidden"> the draw "{draw.reason}"</span>
                      </button>
                    ) : (
                      <span className="contingency-draws__note">Withdraw the commitment to return these hours</span>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editable && <ContingencyDrawForm onStatus={setStatus} />}
    </section>
  );
}
