/**
 * A strict RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF records), with the
 * separator given: enough to read a report the way a spreadsheet would, and to fail on a stray
 * quote or a bare LF.
 */
export function readCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') (value += '"'), (i += 2);
        else if (text[i] === '"') break;
        else value += text[i++];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        value += text[i++];
      }
    }
    record.push(value);
    if (text[i] === separator) i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') (records.push(record), (record = []), (i += 2));
    else throw new Error(`expected "${separator}" or CRLF at ${i}, got ${JSON.stringify(text[i])}`);
  }
  if (record.length) throw new Error('the last record has no CRLF');
  return records;
}
