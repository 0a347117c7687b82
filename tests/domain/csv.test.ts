import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../src/domain/csv';

const BOM = '\uFEFF';

describe('CSV writing (RFC 4180, for Excel)', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['Line', 'Cost (£)'],
        ['YOT inspections', 1028571.43],
      ]),
    ).toBe(`${BOM}Line,Cost (£)\r\nYOT inspections,1028571.43\r\n`);
  });

  it('quotes a field holding a comma, a quote, a CR or an LF, doubling its quotes', () => {
    expect(
      toCsv([
        ['Leicestershire, Rutland', 'the "metropolitan" family', 'two\r\nlines', 'line\nfeed', 'carriage\rreturn'],
      ]),
    ).toBe(
      `${BOM}"Leicestershire, Rutland","the ""metropolitan"" family","two\r\nlines","line\nfeed","carriage\rreturn"\r\n`,
    );
  });

  it('leaves plain fields and empty fields unquoted', () => {
    expect(toCsv([['Norfolk', '', '2004/05']])).toBe(`${BOM}Norfolk,,2004/05\r\n`);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['\n=1+1', `"'\n=1+1"`],
  ])('neutralises the formula in the text cell %j', (text, written) => {
    expect(toCsv([[text]])).toBe(`${BOM}${written}\r\n`);
  });

  it('leaves text that merely contains a trigger after its first character alone', () => {
    expect(neutraliseFormula('YOT inspections = 11,250 h')).toBe('YOT inspections = 11,250 h');
    expect(neutraliseFormula('a-b')).toBe('a-b');
  });

  it('writes numbers as numbers, negative ones included, so that the spreadsheet can add them', () => {
    expect(toCsv([[11250, 32.14, -750, 0]])).toBe(`${BOM}11250,32.14,-750,0\r\n`);
  });
});
