import { YotFigures } from './YotFigures';
import { YotFindings } from './YotFindings';
import { YotPlan } from './YotPlan';
import { YotSummary } from './YotSummary';
import './yot.css';

/** The YOT inspection programme (§5.1–5.8): when every YOT is inspected, what it costs in hours, and the plan month by month. */
export function YotView() {
  return (
    <div className="layout__wide-main">
      <div className="layout__main">
        <YotSummary />
        <YotPlan />
      </div>
      <div className="layout__side">
        <YotFigures />
        <YotFindings />
      </div>
    </div>
  );
}
