import { useRef, useState } from 'react';
import { formatHours } from '../../domain/format';
import { dayName } from '../../domain/months';
import type { ContingencyDraw } from '../../domain/types';
import { usePlan, usePlanReport, useScenario } from '../../store/planContext';
import type { NewContingencyDraw } from '../../store/slices/jointWorkVerbs';
import { FormErrorSummary, TextField, useCheckedForm } from '../../shared/FormParts';
import { problemFor } from '../../shared/formProblems';
import { DRAW_FORM_IDS, readContingencyDraw, today, type ContingencyDrawInput } from './jointWork';

/** "yyyy-MM-dd" as that day's local midnight: a date-time without an offset is read as local time. */
const localDay = (date: string) => new Date(`${date}T00:00`);

/** The contingency line (§5.14): draws for investigations and for commitments their joint line could not hold, and what is left. */
export function ContingencyPanel() {
  const draws = useScenario((scenario) => scenario.contingencyDraws);
  const inspections = useScenario((scenario) => scenario.jointInspections);
  const { contingency } = usePlanReport().joint;
  const addDraw = usePlan((state) => state.addContingencyDraw);
  const removeDraw = usePlan((state) => state.removeContingencyDraw);
  const {
    input,
    change,
    problems,
    summaryRef,
    submit: readForm,
  } = useCheckedForm<ContingencyDrawInput, NewContingencyDraw>(
    'draw-errors',
    () => ({ date: today(), reason: '', hours: '' }),
    readContingencyDraw,
    // The next draw is most often recorded the same day.
    (recorded) => ({ date: recorded.date, reason: '', hours: '' }),
  );
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const submit = () => {
    const draw = readForm();
    if (draw === null) {
      setStatus('');
      return;
    }
    addDraw(draw);
    setStatus(`Recorded a draw of ${formatHours(draw.hours)} hours.`);
  };
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
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
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
                <td>
                  {draw.jointInspectionId === undefined ? (
                    <button type="button" className="button button--secondary" onClick={() => remove(draw)}>
                      Remove<span className="visually-hidden"> the draw "{draw.reason}"</span>
                    </button>
                  ) : (
                    <span className="contingency-draws__note">Withdraw the commitment to return these hours</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Record a draw on contingency</h3>
      <form
        className="joint-work__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormErrorSummary id="draw-errors" problems={problems} ref={summaryRef} />
        <TextField
          id={DRAW_FORM_IDS.date}
          label="Date"
          type="date"
          problem={problemFor(problems, DRAW_FORM_IDS.date)}
          value={input.date}
          onChange={(value) => change('date', value)}
        />
        <TextField
          id={DRAW_FORM_IDS.reason}
          label="Reason"
          hint="For example: inquiry into the death of PC Gerald Walker"
          problem={problemFor(problems, DRAW_FORM_IDS.reason)}
          value={input.reason}
          onChange={(value) => change('reason', value)}
          wide
        />
        <TextField
          id={DRAW_FORM_IDS.hours}
          label="Hours"
          problem={problemFor(problems, DRAW_FORM_IDS.hours)}
          value={input.hours}
          onChange={(value) => change('hours', value)}
          inputMode="decimal"
        />
        <div>
          <button type="submit" className="button">
            Record the draw
          </button>
        </div>
      </form>
    </section>
  );
}
