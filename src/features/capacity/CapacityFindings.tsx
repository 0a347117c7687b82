import { FindingItems } from '../../shared/FindingItems';
import { usePlanReport } from '../../store/planContext';

/** The findings about months over capacity, beside the chart they describe. */
export function CapacityFindings() {
  const overFull = usePlanReport().findings.filter((finding) => finding.code === 'MONTH_OVER_CAPACITY');
  return (
    <section className="panel" aria-labelledby="capacity-findings-heading">
      <h2 id="capacity-findings-heading">Months over capacity</h2>
      {overFull.length > 0 && (
        <p className="capacity-findings__note">
          These findings count proposed (tentative) work, whether or not the chart shows it.
        </p>
      )}
      <FindingItems findings={overFull} none="No month needs more hours than it has, counting proposed work." />
    </section>
  );
}
