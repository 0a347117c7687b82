import { describe, expect, it } from 'vitest';
import { decisionLogCsv } from '../../src/features/decisions/decisionLogCsv';

describe('the decision log as CSV', () => {
  it('writes each decision with its time, who, kind and figures, and makes a formula in a name inert', () => {
    const csv = decisionLogCsv([
      {
        kind: 'budget-changed',
        label: 'Changed the budget',
        before: '£3,200,000',
        after: '£3,100,000',
        by: '=HYPERLINK("http://example.com")',
        at: '2004-05-04T08:15:00.000Z',
      },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row, end] = csv.slice(1).split('\r\n');
    expect(header).toBe('When,Time (ISO 8601),Who,Kind,Decision,Before,After');
    expect(row).toMatch(
      /^"4 May 2004, \d\d:15",2004-05-04T08:15:00.000Z,"'=HYPERLINK\(""http:\/\/example.com""\)",Budget and hours,Changed the budget,"£3,200,000","£3,100,000"$/,
    );
    expect(end).toBe('');
  });
});
