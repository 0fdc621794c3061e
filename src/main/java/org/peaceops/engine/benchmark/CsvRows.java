package org.peaceops.engine.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.peaceops.engine.shared.TextValues;

/**
 * The rows of an uploaded spreadsheet after its header (RFC 4180), each with the line it starts on
 * (the header being line 1) and what is wrong with its shape: a row with more or fewer cells than the
 * header, a cell with control characters or longer than a text may be. A CSV that cannot be read
 * past some line (a quote never closed) ends with a row naming that line.
 */
final class CsvRows {

    private CsvRows() {}

    record Row(long line, List<String> cells, String problem) {
        String cell(int index) {
            return cells.get(index);
        }
    }

    static List<Row> read(String csv, List<String> header) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean first = true;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    rows.add(
                            new Row(
                                    line,
                                    List.of(),
                                    "is not valid CSV from here on: a quoted value is not closed, or text follows its closing quote"));
                    break;
                }
                if (first) {
                    first = false;
                } else if (!blank(record)) {
                    rows.add(row(line, record, header));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading a CSV held in memory", e);
        }
        return rows;
    }

    private static Row row(long line, CSVRecord record, List<String> header) {
        List<String> cells = record.toList();
        if (cells.size() != header.size()) {
            return new Row(
                    line,
                    cells,
                    "has " + cells.size() + " columns; every row has the header's " + header.size() + " ("
                            + String.join(",", header) + ")");
        }
        for (int i = 0; i < cells.size(); i++) {
            String problem = TextValues.problem(cells.get(i));
            if (problem != null) {
                return new Row(line, cells, header.get(i) + " " + problem);
            }
        }
        return new Row(line, cells, null);
    }

    /** An empty line, as spreadsheets leave at the end: no row at all. */
    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }
}
