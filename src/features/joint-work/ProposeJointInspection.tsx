import { useState } from 'react';
import { firstMonthOf, lastMonthOf, monthName } from '../../domain/months';
import { JOINT_POOLS } from '../../domain/jointInspections';
import { useScenario, useVerbs } from '../../store/planContext';
import type { NewJointInspection } from '../../store/slices/jointWorkVerbs';
import { FormErrorSummary, TextField, useCheckedForm } from '../../shared/FormParts';
import { problemFor } from '../../shared/formProblems';
import {
  JOINT_FORM_IDS,
  POOL_LINE,
  jointMonthOptions,
  readJointInspection,
  type JointInspectionInput,
} from './jointWork';
import { jointWorkVerbs } from '../../store/slices/jointWorkVerbs';

/** Proposes a joint inspection: nothing is added until every field is valid, and each problem is named beside its field. */
export function ProposeJointInspection() {
  const planningYear = useScenario((scenario) => scenario.planningYear);
  const { addJointInspection } = useVerbs(jointWorkVerbs);
  const months = jointMonthOptions(planningYear);
  const blank = (): JointInspectionInput => ({
    name: '',
    pool: 'cjs',
    partners: '',
    startMonth: firstMonthOf(planningYear),
    endMonth: lastMonthOf(planningYear),
    hours: '',
  });
  const {
    input,
    change,
    problems,
    summaryRef,
    submit: readForm,
  } = useCheckedForm<JointInspectionInput, NewJointInspection>(
    'propose-joint-errors',
    blank,
    readJointInspection,
    blank,
  );
  const [added, setAdded] = useState('');

  const submit = () => {
    const inspection = readForm();
    if (inspection === null) {
      setAdded('');
      return;
    }
    addJointInspection(inspection);
    setAdded(`Proposed ${inspection.name}. It is in the register as tentative work until committed.`);
    document.getElementById(JOINT_FORM_IDS.name)?.focus();
  };
  const endProblem = problemFor(problems, JOINT_FORM_IDS.endMonth);

  return (
    <section className="panel" aria-labelledby="propose-joint-heading">
      <h2 id="propose-joint-heading">Propose a joint inspection</h2>
      <form
        className="joint-work__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormErrorSummary id="propose-joint-errors" problems={problems} ref={summaryRef} />
        <TextField
          id={JOINT_FORM_IDS.name}
          label="Name"
          problem={problemFor(problems, JOINT_FORM_IDS.name)}
          value={input.name}
          onChange={(value) => change('name', value)}
          wide
        />
        <fieldset className="joint-work__radios">
          <legend className="field__label">Line</legend>
          {JOINT_POOLS.map((pool) => (
            <div key={pool} className="joint-work__radio">
              <input
                id={`joint-pool-${pool}`}
                type="radio"
                name="joint-pool"
                value={pool}
                checked={input.pool === pool}
                onChange={() => change('pool', pool)}
              />
              <label htmlFor={`joint-pool-${pool}`}>{POOL_LINE[pool]}</label>
            </div>
          ))}
        </fieldset>
        <TextField
          id={JOINT_FORM_IDS.partners}
          label="Partner inspectorates"
          hint="Separate them with commas, for example: HMI Prisons, HMI Constabulary"
          problem={problemFor(problems, JOINT_FORM_IDS.partners)}
          value={input.partners}
          onChange={(value) => change('partners', value)}
          wide
        />
        <div className="joint-work__months">
          <div className="field">
            <label htmlFor={JOINT_FORM_IDS.startMonth} className="field__label">
              Start month
            </label>
            <select
              id={JOINT_FORM_IDS.startMonth}
              className="field__select joint-work__select"
              value={input.startMonth}
              onChange={(event) => change('startMonth', event.target.value as JointInspectionInput['startMonth'])}
            >
              {months.map((month) => (
                <option key={month} value={month}>
                  {monthName(month)}
                </option>
              ))}
            </select>
          </div>
          <div className={`field${endProblem ? ' field--error' : ''}`}>
            <label htmlFor={JOINT_FORM_IDS.endMonth} className="field__label">
              End month
            </label>
            {endProblem && (
              <p id={`${JOINT_FORM_IDS.endMonth}-error`} className="field__error">
                <span className="visually-hidden">Error: </span>
                {endProblem}
              </p>
            )}
            <select
              id={JOINT_FORM_IDS.endMonth}
              className="field__select joint-work__select"
              value={input.endMonth}
              aria-invalid={endProblem ? true : undefined}
              aria-describedby={endProblem ? `${JOINT_FORM_IDS.endMonth}-error` : undefined}
              onChange={(event) => change('endMonth', event.target.value as JointInspectionInput['endMonth'])}
            >
              {months.map((month) => (
                <option key={month} value={month}>
                  {monthName(month)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <TextField
          id={JOINT_FORM_IDS.hours}
          label="Estimated hours"
          hint="The report gives no hours for joint inspections: this is the management group’s estimate."
          problem={problemFor(problems, JOINT_FORM_IDS.hours)}
          value={input.hours}
          onChange={(value) => change('hours', value)}
          inputMode="decimal"
        />
        <div>
          <button type="submit" className="button">
            Propose the inspection
          </button>
        </div>
        <p role="status" className="joint-work__status">
          {added}
        </p>
      </form>
    </section>
  );
}
