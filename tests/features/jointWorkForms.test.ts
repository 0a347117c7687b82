import { describe, expect, it } from 'vitest';
import {
  readContingencyDraw,
  readJointInspection,
  type JointInspectionInput,
} from '../../src/features/joint-work/jointWork';

const valid: JointInspectionInput = {
  name: ' Resettlement ',
  pool: 'cjs',
  partners: 'HMI Prisons, , HMI Constabulary ,',
  startMonth: '2004-09',
  endMonth: '2005-02',
  hours: '1,500',
};

describe('the propose form', () => {
  it('reads a valid entry, trimming the name and splitting the partners on commas', () => {
    expect(readJointInspection(valid)).toEqual({
      ok: true,
      value: {
        name: 'Resettlement',
        pool: 'cjs',
        partners: ['HMI Prisons', 'HMI Constabulary'],
        startMonth: '2004-09',
        endMonth: '2005-02',
        hours: 1500,
      },
    });
  });

  it('names every problem at once, each against its input', () => {
    const result = readJointInspection({ ...valid, name: '  ', partners: ' , ', endMonth: '2004-08', hours: '0' });
    expect(result).toEqual({
      ok: false,
      problems: [
        { inputId: 'joint-name', message: 'Enter the name of the joint inspection' },
        { inputId: 'joint-partners', message: 'Enter at least one partner inspectorate' },
        { inputId: 'joint-end', message: 'The end month must be the same as or after the start month' },
        { inputId: 'joint-hours', message: 'The estimated hours must be more than 0' },
      ],
    });
  });

  it('accepts an inspection that starts and ends in the same month', () => {
    expect(readJointInspection({ ...valid, endMonth: '2004-09' }).ok).toBe(true);
  });
});

describe('the contingency draw form', () => {
  it('reads a valid draw', () => {
    expect(readContingencyDraw({ date: '2004-03-01', reason: ' PC Gerald Walker inquiry ', hours: '120' })).toEqual({
      ok: true,
      value: { date: '2004-03-01', reason: 'PC Gerald Walker inquiry', hours: 120 },
    });
  });

  it.each([
    ['', 'Enter the date of the draw'],
    ['2005-02-29', 'The date of the draw must be a real date'],
    ['1/3/2004', 'The date of the draw must be a real date'],
  ])('refuses the date "%s" with "%s"', (date, message) => {
    const result = readContingencyDraw({ date, reason: 'Inquiry', hours: '10' });
    expect(result).toEqual({ ok: false, problems: [{ inputId: 'draw-date', message }] });
  });

  it('refuses hours that are not a positive number', () => {
    expect(readContingencyDraw({ date: '2004-03-01', reason: 'Inquiry', hours: '-5' })).toEqual({
      ok: false,
      problems: [{ inputId: 'draw-hours', message: 'The hours drawn must be more than 0' }],
    });
  });
});
