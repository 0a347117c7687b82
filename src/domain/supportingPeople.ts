import { addToMonth, financialYearOf, financialYearOfMonth, financialYearStart, previousFinancialYear } from './months';
import type { FinancialYear, SupportingPeople, SupportingPeopleYear, YearMonth } from './types';

/** Past this many years the cycle is reported as never finishing. */
const YEARS_TO_PROJECT = 50;

export interface SupportingPeoplePlan {
  years: SupportingPeopleYear[];
  /** The financial year of the last inspection, or null if the yearly number never gets there. */
  completionYear: FinancialYear | null;
  /** The last month of the cycle: its start plus its length in years. */
  cycleEndMonth: YearMonth;
}

/**
 * The Supporting People cycle year by year: the inspections joined before the planning year (kept
 * as one done year, the one before it, since the report gives only their total), then the yearly
 * number until every administering authority has been inspected.
 */
export function planSupportingPeople(people: SupportingPeople, planningYear: FinancialYear): SupportingPeoplePlan {
  const hours = people.hoursPerInspection.value;
  const perYear = people.inspectionsPerYear.value;
  const start = financialYearStart(planningYear);
  const years: SupportingPeopleYear[] = [];
  const doneBefore = Math.min(people.doneBefore.value, people.authorities.value);
  if (doneBefore > 0)
    years.push({
      year: previousFinancialYear(planningYear),
      inspections: doneBefore,
      hoursNeeded: doneBefore * hours,
      done: true,
    });

  let remaining = people.authorities.value - doneBefore;
  let completionYear: FinancialYear | null = remaining <= 0 ? previousFinancialYear(planningYear) : null;
  for (let offset = 0; offset < YEARS_TO_PROJECT && remaining > 0 && perYear > 0; offset += 1) {
    const inspections = Math.min(perYear, remaining);
    remaining -= inspections;
    const year = financialYearOf(start + offset);
    years.push({ year, inspections, hoursNeeded: inspections * hours, done: false });
    if (remaining <= 0) completionYear = year;
  }
  const cycleEndMonth = addToMonth(people.cycleStart.month, people.cycleYears.value * 12 - 1);
  return { years, completionYear, cycleEndMonth };
}

/** True when the cycle does not finish by the financial year its last month falls in. */
export function supportingPeopleLate(plan: SupportingPeoplePlan): boolean {
  if (plan.completionYear === null) return true;
  return financialYearStart(plan.completionYear) > financialYearStart(financialYearOfMonth(plan.cycleEndMonth));
}
