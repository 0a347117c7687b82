import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatHours } from '../../domain/format';
import { checkCommitment } from '../../domain/jointInspections';
import { monthName } from '../../domain/months';
import type { JointInspection } from '../../domain/types';
import { NumberField } from '../../shared/NumberField';
import { SourceNote } from '../../shared/SourceNote';
import { TentativeToggle } from '../../shared/TentativeToggle';
import { usePlan, usePlanEditable, usePlanReport, useScenario, useVerbs } from '../../store/planContext';
import { CommitDialog } from './CommitDialog';
import { FindingsAbout } from '../../shared/FindingItems';
import { today } from '../../shared/today';
import { POOL_LABEL, POOL_LINE, poolView } from './jointWork';
import { jointWorkVerbs } from '../../store/slices/jointWorkVerbs';

const actionId = (id: string) => `joint-action-${id}`;

function monthsText(inspection: JointInspection): string {
  const start = monthName(inspection.startMonth);
  return inspection.startMonth === inspection.endMonth ? start : `${start} – ${monthName(inspection.endMonth)}`;
}

/** Signed hours left: a pool past its hours says how far over, in words, not by a minus sign alone. */
function leftText(left: number): string {
  return left < 0 ? `${formatHours(-left)} over` : formatHours(left);
}

/** The joint inspections (§4.35, §5.13), each proposed or committed, with what is left of each pool; committing checks capacity first. */
export function JointRegister() {
  const inspections = useScenario((scenario) => scenario.jointInspections);
  const report = usePlanReport();
  const showTentative = usePlan((state) => state.showTentative);
  const {
    setJointInspectionHours: setHours,
    commitJointInspection,
    withdrawJointCommitment: withdraw,
    removeJointInspection: remove,
  } = useVerbs(jointWorkVerbs);
  const editable = usePlanEditable();
  const [committingId, setCommittingId] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const committing = inspections.find((inspection) => inspection.id === committingId) ?? null;
  const pools = report.joint.pools.map((pool) => poolView(pool, showTentative));

  /** Closes the confirmation and puts focus back on the row's button (Commit, or Withdraw once committed). */
  const closeDialog = (id: string) => {
    flushSync(() => setCommittingId(null));
    document.getElementById(actionId(id))?.focus();
  };
  const confirm = (inspection: JointInspection) => {
    const check = commitJointInspection(inspection.id, today());
    if (check?.outcome === 'fits') {
      setStatus(
        `Committed ${inspection.name}: ${formatHours(check.hours)} hours from the ${POOL_LINE[inspection.pool]} line, ${formatHours(check.poolLeftAfter)} left in it.`,
      );
    } else if (check?.outcome === 'needs-contingency') {
      setStatus(
        `Committed ${inspection.name}: ${formatHours(check.fromPool)} hours from the ${POOL_LINE[inspection.pool]} line and ${formatHours(check.fromContingency)} from contingency, which has ${formatHours(check.contingencyLeftAfter)} left.`,
      );
    } else if (check?.outcome === 'refused') {
      setStatus(`${inspection.name} was not committed: short by ${formatHours(check.shortBy)} hours.`);
    }
    closeDialog(inspection.id);
  };
  const withdrawCommitment = (inspection: JointInspection) => {
    flushSync(() => withdraw(inspection.id));
    document.getElementById(actionId(inspection.id))?.focus();
    setStatus(
      `Withdrew the commitment to ${inspection.name}; it is proposed again and any hours it drew from contingency are back.`,
    );
  };
  const removeInspection = (inspection: JointInspection) => {
    remove(inspection.id);
    setStatus(`Removed ${inspection.name}. Undo brings it back.`);
    headingRef.current?.focus();
  };

  return (
    <section className="panel joint-register" aria-labelledby="joint-register-heading">
      <h2 id="joint-register-heading" ref={headingRef} tabIndex={-1}>
        Joint inspections
      </h2>
      <div className="joint-register__top">
        <div>
          <TentativeToggle />
          <table className="joint-pools">
            <caption className="visually-hidden">
              Hours of each joint line: available, committed, proposed and left
              {showTentative ? ' if proposed work goes ahead' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Hours</th>
                {pools.map((pool) => (
                  <th key={pool.pool} scope="col" className="numeric">
                    {POOL_LABEL[pool.pool]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Available (the line)</th>
                {pools.map((pool) => (
                  <td key={pool.pool} className="numeric">
                    {formatHours(pool.available)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Committed</th>
                {pools.map((pool) => (
                  <td key={pool.pool} className="numeric">
                    {formatHours(pool.committed)}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">of which from contingency</th>
                {pools.map((pool) => (
                  <td key={pool.pool} className="numeric">
                    {formatHours(pool.fromContingency)}
                  </td>
                ))}
              </tr>
              {showTentative && (
                <tr>
                  <th scope="row">Proposed (tentative)</th>
                  {pools.map((pool) => (
                    <td key={pool.pool} className="numeric">
                      {formatHours(pool.proposed ?? 0)}
                    </td>
                  ))}
                </tr>
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{showTentative ? 'Left if proposed work goes ahead' : 'Left'}</th>
                {pools.map((pool) => (
                  <td key={pool.pool} className={`numeric${pool.left < 0 ? ' joint-work__over' : ''}`}>
                    {leftText(pool.left)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
        <div>
          <p className="joint-work__intro">
            Inspections with other inspectorates draw on two lines of §5.14, CJS joint work and non-CJS joint work: the
            table shows what each holds. Proposed work is tentative; committing checks first that its line, or failing
            that contingency, still holds the hours.
          </p>
          <h3>Findings about the joint lines and contingency</h3>
          <FindingsAbout
            codes={['JOINT_COMMITTED_OVER_POOL', 'CONTINGENCY_OVERDRAWN']}
            none="Committed joint work is within its lines, and contingency is not overdrawn."
          />
        </div>
      </div>
      <p role="status" className="joint-work__status">
        {status}
      </p>
      {inspections.length === 0 ? (
        <p>No joint inspections yet{editable ? ': propose one below' : ''}.</p>
      ) : (
        <div className="joint-register__scroll">
          <table className="joint-register__table">
            <caption className="visually-hidden">
              Each joint inspection: its line, partners, months, estimated hours and status
            </caption>
            <thead>
              <tr>
                <th scope="col">Inspection</th>
                <th scope="col">Line</th>
                <th scope="col">Partners</th>
                <th scope="col">Months</th>
                <th scope="col" className="numeric">
                  Estimated hours
                </th>
                <th scope="col">Status</th>
                <th scope="col">Source</th>
                {editable && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {inspections.map((inspection) => (
                <tr
                  key={inspection.id}
                  className={inspection.status === 'proposed' ? 'joint-register__proposed' : undefined}
                >
                  <th scope="row">{inspection.name}</th>
                  <td>{POOL_LABEL[inspection.pool]}</td>
                  <td>{inspection.partners.join(', ')}</td>
                  <td>{monthsText(inspection)}</td>
                  <td className="numeric">
                    {inspection.status === 'proposed' ? (
                      <NumberField
                        field={`joint:${inspection.id}:hours`}
                        id={`joint-hours-${inspection.id}`}
                        label={`Estimated hours for ${inspection.name}`}
                        labelHidden
                        value={inspection.hours}
                        format={formatHours}
                        rule={{
                          label: `the estimated hours for ${inspection.name}`,
                          minimum: 'above-zero',
                          maximum: 1e6,
                          example: formatHours(inspection.hours),
                        }}
                        onValid={(hours) => setHours(inspection.id, hours)}
                      />
                    ) : (
                      formatHours(inspection.hours)
                    )}
                  </td>
                  <td>
                    <span className={`joint-status joint-status--${inspection.status}`}>
                      {inspection.status === 'proposed' ? 'Proposed (tentative)' : 'Committed'}
                    </span>
                  </td>
                  <td>
                    <SourceNote source={inspection.source} />
                  </td>
                  {editable && (
                    <td className="joint-register__actions">
                      {inspection.status === 'proposed' ? (
                        <>
                          <button
                            id={actionId(inspection.id)}
                            type="button"
                            className="button"
                            onClick={() => setCommittingId(inspection.id)}
                          >
                            Commit<span className="visually-hidden"> {inspection.name}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => removeInspection(inspection)}
                          >
                            Remove<span className="visually-hidden"> {inspection.name}</span>
                          </button>
                        </>
                      ) : (
                        <button
                          id={actionId(inspection.id)}
                          type="button"
                          className="button button--secondary"
                          onClick={() => withdrawCommitment(inspection)}
                        >
                          Withdraw<span className="visually-hidden"> the commitment to {inspection.name}</span>
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {committing && committing.status === 'proposed' && (
        <CommitDialog
          inspection={committing}
          check={checkCommitment(report, committing)}
          onCancel={() => closeDialog(committing.id)}
          onConfirm={() => confirm(committing)}
        />
      )}
    </section>
  );
}
