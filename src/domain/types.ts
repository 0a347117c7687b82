/** A UK financial year, April to March, written like "2004/05". */
export type FinancialYear = `${number}/${number}`;

/** A calendar month written "yyyy-MM", e.g. "2004-09". */
export type YearMonth = `${number}-${number}`;

/** Where a figure first came from: a paragraph of the report, or an assumption with its reasoning. */
export type OriginSource = { kind: 'report'; ref: string; note?: string } | { kind: 'assumption'; reasoning: string };

/**
 * Where a figure comes from: its origin, or the earlier year's plan it was carried from with that
 * plan's origin for it. A figure carried again names the latest plan and keeps the first origin,
 * so a source never nests more than once.
 */
export type Source = OriginSource | { kind: 'carried'; from: FinancialYear; was: OriginSource };

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
  /** Inspections the user moved from one month to another, applied in order over the plan the rate gives. */
  moves: YotMove[];
}

/** A manual change to the YOT plan: `count` inspections taken from one month and put in another. */
export interface YotMove {
  from: YearMonth;
  to: YearMonth;
  count: number;
}

export interface SupportingPeople {
  authorities: Figure;
  /** The month the five-year cycle began (§4.28: September 2003). */
  cycleStart: { month: YearMonth; source: Source };
  cycleYears: Figure;
  /** Inspections joined before the planning year (§4.28: 29 by the close of March 2004). */
  doneBefore: Figure;
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
  /** Proposed work is tentative: the screen can show or hide it in every total. */
  status: 'proposed' | 'committed';
  /** The months its hours fall in, first and last (inclusive). */
  startMonth: YearMonth;
  endMonth: YearMonth;
  source: Source;
}

/** Hours taken from the contingency line, for an investigation or for a commitment its pool could not hold. */
export interface ContingencyDraw {
  id: string;
  /** The day it was recorded, "yyyy-MM-dd". */
  date: string;
  reason: string;
  hours: number;
  /** Set when the draw covers part of a joint inspection's commitment; withdrawing the commitment removes it. */
  jointInspectionId?: string;
}

/** How the deployable hours fall across the months of the year: relative weights, April first. */
export interface MonthlyProfile {
  weights: number[];
  source: Source;
}

/**
 * Marks a scenario as the frozen copy of a plan the group agreed: it is never changed, so the
 * working plan can be compared with what was agreed.
 */
export interface AgreedMark {
  /** The working scenario it was copied from, which may since have been deleted. */
  fromScenarioId: string;
  /** The day it was agreed, "yyyy-MM-dd". */
  on: string;
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
  contingencyDraws: ContingencyDraw[];
  monthlyProfile: MonthlyProfile;
  /** Present only on an agreed plan's frozen copy. */
  agreed?: AgreedMark;
}

/** The user's scenarios and which one is open: everything that is saved, and everything undo restores. */
export interface Workspace {
  scenarios: { id: string; scenario: Scenario }[];
  activeId: string;
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
  | 'YOT_MOVE_SHORT'
  | 'SUPPORTING_PEOPLE_OVER_LINE'
  | 'SUPPORTING_PEOPLE_CYCLE_LATE'
  | 'JOINT_COMMITTED_OVER_POOL'
  | 'CONTINGENCY_OVERDRAWN'
  | 'MONTH_OVER_CAPACITY'
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
  /** Inspections moved into (positive) or out of (negative) this month by hand; 0 when as the rate gives. */
  moved: number;
}

export interface YotYearReport {
  year: FinancialYear;
  inspections: number;
  hoursNeeded: number;
}

export interface JointPoolReport {
  pool: JointPool;
  available: number;
  /** Hours of committed inspections, including any part drawn from contingency. */
  committed: number;
  /** The part of the committed hours contingency covers. */
  fromContingency: number;
  /** Hours of proposed (tentative) inspections. */
  proposed: number;
  /** The pool's hours not yet committed: available − (committed − fromContingency); negative when over. */
  left: number;
}

export interface ContingencyReport {
  lineHours: number;
  drawn: number;
  left: number;
}

export interface SupportingPeopleYear {
  year: FinancialYear;
  inspections: number;
  hoursNeeded: number;
  /** True for years before the planning year, whose inspections are done. */
  done: boolean;
}

/** Hours demanded in one month of the planning year against the hours available in it. */
export interface CapacityMonth {
  month: YearMonth;
  available: number;
  esi: number;
  yot: number;
  supportingPeople: number;
  /** Committed joint inspections. */
  jointFirm: number;
  /** Proposed joint inspections: tentative work. */
  jointTentative: number;
  /** The lines no programme schedules by month (thematics, other work, contingency), spread by the profile. */
  otherLines: number;
}

/** One financial year of the programmes, from the first inspections on record to the last planned. */
export interface TimelineYear {
  year: FinancialYear;
  /** ESIs in the year, or null when the year is outside the cycle. */
  esiAreas: number | null;
  esiHours: number;
  yotInspections: number;
  yotHours: number;
  supportingPeopleInspections: number;
  supportingPeopleHours: number;
  jointFirmHours: number;
  jointTentativeHours: number;
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
    /** Five years from the programme's start (§5.4): completion after it is late. */
    deadlineMonth: YearMonth;
    years: YotYearReport[];
    months: YotMonth[];
  };
  supportingPeople: {
    lineHours: number;
    hoursNeeded: number;
    years: SupportingPeopleYear[];
    completionYear: FinancialYear | null;
    /** The last month of the five-year cycle. */
    cycleEndMonth: YearMonth;
  };
  joint: { pools: JointPoolReport[]; contingency: ContingencyReport };
  capacity: { months: CapacityMonth[] };
  timeline: { years: TimelineYear[] };
  findings: Finding[];
}
