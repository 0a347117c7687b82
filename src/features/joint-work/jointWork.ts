import type { FormProblem, FormResult } from '../../shared/formProblems';
import { parseAmount } from '../../shared/parseAmount';
import { firstMonthOf, isCalendarDate, monthsBetween, monthsFrom } from '../../domain/months';
import { formatHours } from '../../domain/format';
import type { FinancialYear, JointPool, JointPoolReport, YearMonth } from '../../domain/types';
import type { NewContingencyDraw, NewJointInspection } from '../../store/slices/jointWorkVerbs';

export const POOL_LABEL: Record<JointPool, string> = { cjs: 'CJS', 'non-cjs': 'Non-CJS' };
export const POOL_LINE: Record<JointPool, string> = {
  cjs: 'CJS joint inspections',
  'non-cjs': 'Non-CJS joint inspections',
};

/** The months a joint inspection may run in: the planning year and the one after, since joint work often spans two. */
export function jointMonthOptions(planningYear: FinancialYear): YearMonth[] {
  return monthsFrom(firstMonthOf(planningYear), 24);
}

/** A pool's totals as the screen shows them: with proposed work counted only when the user asks for it. */
export interface PoolView {
  pool: JointPool;
  available: number;
  committed: number;
  fromContingency: number;
  /** Null when proposed work is hidden. */
  proposed: number | null;
  /** The pool's hours left, after proposed work too when it is shown; negative when over. */
  left: number;
}

export function poolView(report: JointPoolReport, includeTentative: boolean): PoolView {
  return {
    pool: report.pool,
    available: report.available,
    committed: report.committed,
    fromContingency: report.fromContingency,
    proposed: includeTentative ? report.proposed : null,
    left: includeTentative ? report.left - report.proposed : report.left,
  };
}

/** What the user typed into the "Propose a joint inspection" form. */
export interface JointInspectionInput {
  name: string;
  pool: JointPool;
  partners: string;
  startMonth: YearMonth;
  endMonth: YearMonth;
  hours: string;
}

export const JOINT_FORM_IDS = {
  name: 'joint-name',
  partners: 'joint-partners',
  startMonth: 'joint-start',
  endMonth: 'joint-end',
  hours: 'joint-hours',
} as const;

/** Reads the form, or names every problem in it; nothing is proposed until it is all valid. */
export function readJointInspection(input: JointInspectionInput): FormResult<NewJointInspection> {
  const problems: FormProblem[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ inputId: JOINT_FORM_IDS.name, message: 'Enter the name of the joint inspection' });
  const partners = input.partners
    .split(',')
    .map((partner) => partner.trim())
    .filter((partner) => partner !== '');
  if (partners.length === 0)
    problems.push({ inputId: JOINT_FORM_IDS.partners, message: 'Enter at least one partner inspectorate' });
  if (monthsBetween(input.startMonth, input.endMonth) < 0) {
    problems.push({
      inputId: JOINT_FORM_IDS.endMonth,
      message: 'The end month must be the same as or after the start month',
    });
  }
  const hours = parseAmount(input.hours, {
    label: 'the estimated hours',
    minimum: 'above-zero',
    maximum: 1e6,
    example: '800',
  });
  if (!hours.ok) problems.push({ inputId: JOINT_FORM_IDS.hours, message: hours.problem });
  if (problems.length > 0 || !hours.ok) return { ok: false, problems };
  return {
    ok: true,
    value: {
      name,
      pool: input.pool,
      partners,
      hours: hours.value,
      startMonth: input.startMonth,
      endMonth: input.endMonth,
    },
  };
}

export interface ContingencyDrawInput {
  date: string;
  reason: string;
  hours: string;
}

export const DRAW_FORM_IDS = { date: 'draw-date', reason: 'draw-reason', hours: 'draw-hours' } as const;

/** Reads the contingency draw form, or names every problem in it. */
export function readContingencyDraw(input: ContingencyDrawInput): FormResult<NewContingencyDraw> {
  const problems: FormProblem[] = [];
  const date = input.date.trim();
  if (date === '') problems.push({ inputId: DRAW_FORM_IDS.date, message: 'Enter the date of the draw' });
  else if (!isCalendarDate(date))
    problems.push({ inputId: DRAW_FORM_IDS.date, message: 'The date of the draw must be a real date' });
  const reason = input.reason.trim();
  if (reason === '') problems.push({ inputId: DRAW_FORM_IDS.reason, message: 'Enter the reason for the draw' });
  const hours = parseAmount(input.hours, {
    label: 'the hours drawn',
    minimum: 'above-zero',
    maximum: 1e6,
    example: '120',
  });
  if (!hours.ok) problems.push({ inputId: DRAW_FORM_IDS.hours, message: hours.problem });
  if (problems.length > 0 || !hours.ok) return { ok: false, problems };
  return { ok: true, value: { date, reason, hours: hours.value } };
}

/** The planning year's Supporting People hours against its line, in words: "within the line, 200 hours to spare" or "600 hours over the line". */
export function supportingPeopleVerdict(hoursNeeded: number, lineHours: number): { over: boolean; text: string } {
  if (hoursNeeded > lineHours)
    return { over: true, text: `${formatHours(hoursNeeded - lineHours)} hours over the line` };
  const spare = lineHours - hoursNeeded;
  return {
    over: false,
    text:
      spare === 0
        ? 'within the line, with none to spare'
        : `within the line, with ${formatHours(spare)} hours to spare`,
  };
}
