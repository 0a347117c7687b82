import { CapacityChart } from './CapacityChart';
import { CapacityFindings } from './CapacityFindings';
import { MonthlyProfile } from './MonthlyProfile';
import { ProgrammeTimeline } from './ProgrammeTimeline';
import './capacity.css';

/** Capacity over time: the planning year month by month against the hours available, and the programmes year by year. */
export function CapacityView() {
  return (
    <div className="layout__wide-main">
      <div className="layout__main">
        <CapacityChart />
        <ProgrammeTimeline />
      </div>
      <div className="layout__side">
        <CapacityFindings />
        <MonthlyProfile />
      </div>
    </div>
  );
}
