import { formatHours } from '../../domain/format';
import { useVerbs } from '../../store/planContext';
import type { NewContingencyDraw } from '../../store/slices/jointWorkVerbs';
import { FormErrorSummary, TextField, useCheckedForm } from '../../shared/FormParts';
import { problemFor } from '../../shared/formProblems';
import { today } from '../../shared/today';
import { DRAW_FORM_IDS, readContingencyDraw, type ContingencyDrawInput } from './jointWork';
import { jointWorkVerbs } from '../../store/slices/jointWorkVerbs';

/**
 * Records a draw on contingency: nothing is added until every field is valid. `onStatus` is told what
 * was recorded (or nothing, after a refused submission), for the panel's one status line.
 */
export function ContingencyDrawForm({ onStatus }: { onStatus: (message: string) => void }) {
  const { addContingencyDraw: addDraw } = useVerbs(jointWorkVerbs);
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

  const submit = () => {
    const draw = readForm();
    if (draw === null) {
      onStatus('');
      return;
    }
    addDraw(draw);
    onStatus(`Recorded a draw of ${formatHours(draw.hours)} hours.`);
  };

  return (
    <>
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
    </>
  );
}
