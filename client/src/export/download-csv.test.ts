import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './download-csv';

describe('csvCell', () => {
  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell('西安理工大学')).toBe('西安理工大学');
  });

  it('writes numbers as they are and absent values as empty cells', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('keeps text that a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 10 1234')).toBe("'+86 10 1234");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    // The tab is where a reader of tab-separated text starts a cell, so the = after it is guarded too.
    expect(csvCell('\t=cmd')).toBe("'\t'=cmd");
    expect(csvCell('=HYPERLINK("http://x", "y")')).toBe('"\'=HYPERLINK(""http://x"", ""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('guards a formula after a ; or , inside the text, where a spreadsheet splitting there starts a cell', () => {
    expect(csvCell('Acme;=1+1')).toBe("Acme;'=1+1");
    expect(csvCell('Acme; +1;')).toBe("Acme;' +1;");
    expect(csvCell('Acme;"=1+1"')).toBe('"Acme;\'""=1+1"""');
    expect(csvCell('Acme,@SUM(A1)')).toBe('"Acme,\'@SUM(A1)"');
    expect(csvCell('Acme\n-1')).toBe('"Acme\n\'-1"');
    expect(csvCell('Acme; Ltd')).toBe('Acme; Ltd');
    expect(csvCell('2019-03-01;2020-01-01')).toBe('2019-03-01;2020-01-01');
    // Each line of a table split on ; as such a spreadsheet splits it: no cell starts with a formula character.
    const text = csvText(['name', 'n'], [['Acme;=1+1;', 3], ['x;@A1', -2], ['=y;-z', 1]]);
    const cells = text.split(/\r\n/).flatMap((line) => line.split(';'));
    expect(cells.filter((cell) => /^[\s"]*[=+@-]/.test(cell))).toEqual([]);
  });
});

describe('csvText', () => {
  it('starts with a BOM for Excel and ends every row with CRLF', () => {
    const text = csvText(['period', 'new', 'ended', 'live'], [
      ['2017', 8, 0, 8],
      ['2018', 0, 1, 7],
    ]);
    expect(text).toBe('\uFEFFperiod,new,ended,live\r\n2017,8,0,8\r\n2018,0,1,7\r\n');
  });

  it('can leave the BOM out and keeps Chinese headers as they are', () => {
    expect(csvText(['时期', '新签'], [['2024', 3]], { bom: false })).toBe('时期,新签\r\n2024,3\r\n');
  });
});
