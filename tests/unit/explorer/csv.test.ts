import { csvField, toCsv } from '../../../web/explorer/csv';

describe('CSV of a table on screen', () => {
  it('quotes fields with commas, quotes and line breaks; CRLF line ends', () => {
    expect(
      toCsv(
        ['id', 'name', 'share'],
        [
          ['fac:a', 'Plant "A", Texas', 0.5],
          ['fac:b', 'two\nlines', null],
        ],
      ),
    ).toBe('id,name,share\r\nfac:a,"Plant ""A"", Texas",0.5\r\nfac:b,"two\nlines",\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(Number.NaN)).toBe('');
  });
});
