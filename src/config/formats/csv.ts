// RFC 4180 CSV in one pass: quoted fields may hold commas, quotes ("") and newlines. Each
// row keeps the line it starts on, so errors about a test read from CSV point at its row.

export interface CsvRow {
  cells: string[];
  /** 1-based line the row starts on. */
  line: number;
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let touched = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      touched = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (touched || cell !== '') {
        cells.push(cell);
        rows.push({ cells, line: rowLine });
      }
      cells = [];
      cell = '';
      touched = false;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      touched = true;
    }
  }
  if (touched || cell !== '') {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return rows;
}
