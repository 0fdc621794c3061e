package org.peaceops.engine.benchmark;

import java.util.Arrays;

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
        double[] slopes = new double[x.length * (x.length - 1) / 2];
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                if (x[j] != x[i]) {
                    slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("no two points with different x");
        }
        double slope = median(slopes, count);
        double[] intercepts = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            intercepts[i] = y[i] - slope * x[i];
        }
        return new Line(slope, median(intercepts, intercepts.length));
    }

    /**
     * The median of the first {@code n} values (sorted in place), worked out as Apache Commons Math's
     * {@code Median} does (its legacy estimate: the value at position (n + 1) / 2, between the two
     * middle values for an even n): the same number, without the boxing and the copies that made the
     * forecast of a portfolio's indicators cost a report a quarter of its time.
     */
    static double median(double[] values, int n) {
        Arrays.sort(values, 0, n);
        double position = 0.5 * (n + 1);
        if (position < 1) {
            return values[0];
        }
        if (position >= n) {
            return values[n - 1];
        }
        int below = (int) Math.floor(position);
        double lower = values[below - 1];
        double upper = values[below];
        return lower + (position - below) * (upper - lower);
    }
}
