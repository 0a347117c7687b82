import { useMemo } from 'react';
import type { Finding, FindingCode } from '../../domain/types';
import { FindingItems } from '../../shared/FindingItems';
import { usePlanReport } from '../../store/planContext';

const YOT_CODES = new Set<FindingCode>(['YOT_HOURS_OVER_LINE', 'YOT_COMPLETION_LATE', 'YOT_MOVE_SHORT']);

/** The findings about the YOT programme, including a YOT figure that is not valid, beside the plan they concern. */
export function YotFindings() {
  const { findings } = usePlanReport();
  const concerning = useMemo(
    () =>
      findings.filter(
        (finding: Finding) =>
          YOT_CODES.has(finding.code) || (finding.code === 'FIGURE_INVALID' && finding.where.field?.startsWith('yot.')),
      ),
    [findings],
  );
  return (
    <section className="panel yot-findings" aria-labelledby="yot-findings-heading">
      <h2 id="yot-findings-heading">YOT findings</h2>
      <FindingItems findings={concerning} none="No findings about the YOT programme." />
    </section>
  );
}
