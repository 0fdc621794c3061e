package org.peaceops.engine.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The Theil–Sen line through a series: its slope is the median of the slopes between every two points,
 * its intercept the median of y − slope·x.
 *
 * <p>Why Theil–Sen and not least squares: measurements of a transition are few (one a quarter) and
 * some are wrong (a typo, a value of the wrong province, a count from another source). Least squares
 * lets one such value pull the line as far as the value is wrong; the median of the pairwise slopes
 * hardly moves until more than about 29 % of the points are wrong, so one bad quarter does not turn
 * a forecast around.
 */
final class TheilSen {

    private TheilSen() {}

    /** A line y = slope·x + intercept. */
    record Line(double slope, double intercept) {

        /** Where the line reaches y. */
        double xAt(double y) {
            return (y - intercept) / slope;
        }
    }

    /** The line through the points (x[i], y[i]); at least two of them with different x. */
    static Line fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x for " + y.length + " y");
        }
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (x[j] != x[i]) {
                    slopes.add((y[j] - y[i]) / (x[j] - x[i]));
                }
            }
        }
        if (slopes.isEmpty()) {
            throw new IllegalArgumentException("no two points with different x");
        }
        Median median = new Median();
        double slope =
                median.evaluate(slopes.stream().mapToDouble(Double::doubleValue).toArray());
        double[] intercepts = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            intercepts[i] = y[i] - slope * x[i];
        }
        return new Line(slope, median.evaluate(intercepts));
    }
}
