package org.peaceops.engine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bench's one table: a row per figure, beside its bare-engine reference and the target. */
final class BenchTable {

    /** A row; {@code met} is null where the issue sets no target to compare with. */
    record Row(String what, String ours, String reference, String target, Boolean met) {}

    private final List<Row> rows = new ArrayList<>();

    void add(String what, String ours, String reference, String target, Boolean met) {
        rows.add(new Row(what, ours, reference, target, met));
    }

    String markdown() {
        var out = new StringBuilder();
        out.append("| what | ours | bare-engine reference | target | met |\n");
        out.append("|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ")
                    .append(String.join(
                            " | ",
                            row.what(),
                            row.ours(),
                            row.reference(),
                            row.target(),
                            row.met() == null ? "–" : row.met() ? "met" : "NOT met"))
                    .append(" |\n");
        }
        return out.toString();
    }

    void write(Path file, String header) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, header + "\n" + markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Round trips and milliseconds, as every row shows them. */
    static String figure(Sample sample) {
        return sample.roundTrips() + " rt, " + millis(sample.millis());
    }

    static String millis(double millis) {
        return millis >= 10_000 ? "%.1f s".formatted(millis / 1000) : "%.1f ms".formatted(millis);
    }

    /** One request's (or the median of several requests') round trips and wall time. */
    record Sample(long roundTrips, double millis) {}
}
