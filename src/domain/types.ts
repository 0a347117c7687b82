/** A UK financial year, April to March, written like "2004/05". */
export type FinancialYear = `${number}/${number}`;

/** A calendar month written "yyyy-MM", e.g. "2004-09". */
export type YearMonth = `${number}-${number}`;

/** Where a figure comes from: a paragraph of the report, or an assumption with its reasoning. */
export type Source =
  | { kind: 'report'; ref: string; note?: string }
  | { kind: 'assumption'; reasoning: string };

/** A number together with where it comes from. */
export interface Figure {
  value: number;
  source: Source;
}

/** The programme an allocation line belongs to; the engine reads lines by group, never by id. */
export type LineGroup =
  | 'yot'
  | 'esi-core'
  | 'esi-thematic'
  | 'thematic'
  | 'joint-cjs'
  | 'joint-non-cjs'
  | 'supporting-people'
  | 'other'
  | 'contingency';

export interface AllocationLine {
  id: string;
  label: string;
  group: LineGroup;
  hours: number;
  source: Source;
}

export interface EsiFamily {
  id: string;
  name: string;
  source: Source;
  /** Core hours each of this family's ESIs needs when it differs from the standard (§2.5); an Area's own figure overrides it. */
  coreHoursPerEsi?: Figure;
}

/** ESI scores for sections B–D and overall, as percentages (§2.14). */
export interface EsiScores {
  assessment: number;
  interventions: number;
  outcomes: number;
  overall: number;
}

export interface ProbationArea {
  id: string;
  name: string;
  familyId: string;
  scores?: EsiScores;
  /** Core hours this Area's ESI needs when it differs from the standard (§2.5: the largest Areas need more). */
  coreHoursPerEsi?: Figure;
}

/** When an Area's ESI takes place; `inspected` is present once it has been done. */
export interface EsiScheduleEntry {
  areaId: string;
  year: FinancialYear;
  month?: YearMonth;
  inspected?: { year: FinancialYear; month?: YearMonth; source: Source };
  source: Source;
}

export interface EsiCycle {
  years: FinancialYear[];
  coreHoursPerEsi: Figure;
  thematicHoursPerEsi: Figure;
  /** How many ESIs may start in the same month: the report gives none, so it is an assumption. */
  maxPerMonth: Figure;
  families: EsiFamily[];
  areas: ProbationArea[];
  schedule: EsiScheduleEntry[];
}

export interface YotProgramme {
  teams: Figure;
  /** Inspections done before the planning year (phase 1 to March 2004, §5.7). */
  doneBefore: Figure;
  /** Inspections between the start of the planning year and the start of phase 2. */
  beforePhase2: Figure;
  phase2Start: { month: YearMonth; source: Source };
  ratePer12Months: Figure;
  hoursPerInspection: Figure;
  /** The programme's start, against which the five-year span of §5.4 is measured. */
  programmeStart: { month: YearMonth; source: Source };
}

export interface SupportingPeople {
  authorities: Figure;
  cycleYears: Figure;
  inspectionsPerYear: Figure;
  hoursPerInspection: Figure;
}

export type JointPool = 'cjs' | 'non-cjs';

export interface JointInspection {
  id: string;
  name: string;
  pool: JointPool;
  partners: string[];
  hours: number;
  status: 'proposed' | 'committed';
  source: Source;
}

/** Everything a plan is: plain data, no derived figures. */
export interface Scenario {
  name: string;
  planningYear: FinancialYear;
  budgetGBP: Figure;
  deployableHours: Figure;
  ceilingGBPPerHour: Figure;
  lines: AllocationLine[];
  esi: EsiCycle;
  yot: YotProgramme;
  supportingPeople: SupportingPeople;
  jointInspections: JointInspection[];
}

export type Severity = 'error' | 'warning' | 'info';

/** What a finding is about, so the screen can put it beside the right thing. */
export interface FindingTarget {
  lineId?: string;
  areaId?: string;
  familyId?: string;
  year?: FinancialYear;
  month?: YearMonth;
  field?: string;
  pool?: JointPool;
}

export interface Finding {
  severity: Severity;
  code: FindingCode;
  message: string;
  where: FindingTarget;
}

export type FindingCode =
  | 'HOURS_OVER_DEPLOYABLE'
  | 'HOURS_UNALLOCATED'
  | 'FIGURE_INVALID'
  | 'COST_PER_HOUR_OVER_CEILING'
  | 'COST_PER_HOUR_NEAR_CEILING'
  | 'ESI_YEAR_OVER_CAPACITY'
  | 'ESI_AREA_UNSCHEDULED'
  | 'ESI_AREA_SCHEDULED_TWICE'
  | 'ESI_UNKNOWN_AREA'
  | 'ESI_YEAR_OUTSIDE_CYCLE'
  | 'ESI_MONTH_OUTSIDE_YEAR'
  | 'ESI_FAMILY_SPLIT'
  | 'ESI_DONE_MOVED'
  | 'ESI_MONTH_OVER_LIMIT'
  | 'YOT_HOURS_OVER_LINE'
  | 'YOT_COMPLETION_LATE'
  | 'SUPPORTING_PEOPLE_OVER_LINE'
  | 'JOINT_COMMITTED_OVER_POOL'
  | 'INTENTION_YOT_SHARE'
  | 'INTENTION_ESI_CORE_SHARE';

export interface LineReport {
  id: string;
  label: string;
  group: LineGroup;
  hours: number;
  /** Fraction of the deployable hours (0.25 is a quarter). */
  share: number;
  costGBP: number;
}

export interface GroupReport {
  group: LineGroup;
  label: string;
  hours: number;
  share: number;
  costGBP: number;
}

export interface EsiYearReport {
  year: FinancialYear;
  scheduled: number;
  areaIds: string[];
  /** ESIs the core hours fund: core hours ÷ hours per ESI, rounded down. */
  capacity: number;
  hoursNeeded: number;
  coreHours: number;
}

/** A month in which at least one ESI starts, with the Areas placed in it. */
export interface EsiMonthReport {
  month: YearMonth;
  year: FinancialYear;
  scheduled: number;
  areaIds: string[];
}

export interface YotMonth {
  month: YearMonth;
  inspections: number;
  cumulative: number;
}

export interface YotYearReport {
  year: FinancialYear;
  inspections: number;
  hoursNeeded: number;
}

export interface JointPoolReport {
  pool: JointPool;
  available: number;
  committed: number;
  proposed: number;
}

export interface PlanReport {
  scenarioName: string;
  planningYear: FinancialYear;
  hours: { deployable: number; allocated: number; unallocated: number };
  /** Allocated hours as a fraction of the deployable hours. */
  allocatedShare: number;
  allocatedCostGBP: number;
  budgetGBP: number;
  /** Budget ÷ deployable hours, unrounded; null when the deployable hours are not positive. */
  costPerHourGBP: number | null;
  ceilingGBPPerHour: number;
  lines: LineReport[];
  groups: GroupReport[];
  esi: { coreHoursPerEsi: number; years: EsiYearReport[]; months: EsiMonthReport[] };
  yot: {
    teams: number;
    lineHours: number;
    /** The month the last of the teams is inspected, or null if the rate never gets there. */
    completionMonth: YearMonth | null;
    years: YotYearReport[];
    months: YotMonth[];
  };
  supportingPeople: { lineHours: number; hoursNeeded: number };
  joint: { pools: JointPoolReport[] };
  findings: Finding[];
}
