import { usePlanEditable } from '../../store/planContext';
import { ContingencyPanel } from './ContingencyPanel';
import { JointRegister } from './JointRegister';
import { ProposeJointInspection } from './ProposeJointInspection';
import { SupportingPeoplePanel } from './SupportingPeoplePanel';
import './joint-work.css';

/**
 * Joint inspections with their capacity check, contingency, and the Supporting People cycle (§4.27–4.35, §5.13–5.14).
 * Proposing is left out while the plan is read-only: the form has nothing to show but what it would add.
 */
export function JointWorkView() {
  const editable = usePlanEditable();
  return (
    <>
      <div className="joint-work__full">
        <JointRegister />
      </div>
      <div className="layout__main">
        {editable && <ProposeJointInspection />}
        <ContingencyPanel />
      </div>
      <div className="layout__side">
        <SupportingPeoplePanel />
      </div>
    </>
  );
}
