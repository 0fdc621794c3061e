package org.peaceops.engine.hostile;

import static org.peaceops.engine.hostile.HostileRequest.post;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;

/**
 * Spreadsheets of measurements for MONUSCO: every refusal names its line (the header is line 1) and
 * stores no row at all, also the good rows around the bad one.
 */
@EngineTest
class CsvHostileTest extends HostileApiTest {

    private static final String UPLOAD = "/api/operations/MONUSCO/measurements";
    private static final String HEADER = "indicatorCode,asOf,value,note\r\n";
    private static final String GOOD = "B1.2,2024-06-30,3,fine\r\n";

    private static HostileRequest csv(String rows) {
        return post(UPLOAD).csv(HEADER + rows);
    }

    static Stream<HostileRequest> spreadsheets() {
        return Stream.of(
                csv(GOOD + "B1.2,2024-06-30,3,\"never closed\r\n" + GOOD)
                        .because("a quote never closed")
                        .refused(400, "line 3"),
                csv("B1.2,2024-06-30,3,\"closed\"then more\r\n")
                        .because("text after a closing quote")
                        .refused(400, "line 2"),
                csv("B1.2,2024-06-30,3\r\n").because("three columns").refused(400, "line 2"),
                csv("B1.2,2024-06-30,3,note,extra\r\n").because("five columns").refused(400, "line 2"),
                csv(GOOD + GOOD + "B1.2\r\n").because("one column on line 4").refused(400, "line 4"),
                csv("B1.2,2024-06-30,3,a\u0000b\r\n")
                        .because("a NUL in the note")
                        .refused(400, "line 2"),
                csv("B1.2\u001b,2024-06-30,3,\r\n")
                        .because("an escape in the code")
                        .refused(400, "line 2"),
                csv("B1.2,2024-06-30,3\u0007,\r\n")
                        .because("a bell in the value")
                        .refused(400, "line 2"),
                csv("B1.2,2024-06-30,3,\"" + longText(2001) + "\"\r\n")
                        .because("a note of 2,001 characters")
                        .refused(400, "line 2"),
                csv("B1.2,0000-01-01,3,\r\n").because("year 0").refused(400, "line 2"),
                csv("B1.2,+99999-01-01,3,\r\n").because("a five-digit year").refused(400, "line 2"),
                csv("B1.2,-0001-01-01,3,\r\n").because("a year before the era").refused(400, "line 2"),
                csv("B1.2,2021-02-30,3,\r\n").because("the 30th of February").refused(400, "line 2"),
                csv("B1.2,1945-10-23,3,\r\n").because("before the Charter").refused(400, "line 2"),
                csv("B1.2,2099-12-31,3,\r\n").because("in the future").refused(400, "line 2"),
                csv("B1.2,2024-06-30,NaN,\r\n").because("NaN").refused(400, "line 2"),
                csv("B1.2,2024-06-30,Infinity,\r\n").because("Infinity").refused(400, "line 2"),
                csv("B1.1,2024-06-30,101,\r\n").because("a percentage over 100").refused(400, "line 2"),
                csv("B2.1,2024-06-30,maybe,\r\n")
                        .because("a word for a boolean")
                        .refused(400, "line 2"),
                csv("NOPE,2024-06-30,3,\r\n")
                        .because("an indicator that does not exist")
                        .refused(400, "line 2"),
                csv(GOOD + "B1.2,2024-06-30,3,\"two\r\nlines\"\r\nB1.2,2021-02-30,3,\r\n")
                        .because("a bad row after a note of two lines")
                        .refused(400, "line 5"),
                csv("").because("a header and no rows").refused(400, "line 2"),
                post(UPLOAD).csv("").because("nothing at all").refused(400, "line 1"),
                post(UPLOAD)
                        .csv("\uFEFF" + HEADER + GOOD)
                        .because("a byte-order mark before the header")
                        .refused(400, "line 1"),
                post(UPLOAD)
                        .csv("code,date,value\r\n" + GOOD)
                        .because("another header")
                        .refused(400, "line 1"),
                post(UPLOAD)
                        .csv(HEADER + GOOD.repeat(50_000))
                        .because("a spreadsheet over the size limit")
                        .refused(413, ""),
                post(UPLOAD)
                        .json("{\"rows\": []}")
                        .because("JSON to the CSV route")
                        .refused(415, ""),
                post(UPLOAD)
                        .as("trainex-host")
                        .csv(HEADER + GOOD)
                        .because("another tenant's operation")
                        .refused(404, "code"),
                post(UPLOAD)
                        .anonymous()
                        .csv(HEADER + GOOD)
                        .because("no credentials")
                        .refused(401, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spreadsheets")
    void aSpreadsheetIsRefusedWholeNamingTheLine(HostileRequest request) {
        assertRefused(request);
    }
}
