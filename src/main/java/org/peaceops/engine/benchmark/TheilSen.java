package org.peaceops.engine.benchmark;

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
     * The median of the first {@code n} values (reordered in place), worked out as Apache Commons Math's
     * {@code Median} does (its legacy estimate: the value at position (n + 1) / 2, between the two
     * middle values for an even n): the same number, without the boxing and the copies that made the
     * forecast of a portfolio's indicators cost a report a quarter of its time. Only the one or two
     * middle values are needed, so they are selected rather than the whole array sorted (a past day's
     * report fits some 20,000 lines through 378 slopes each); the order is {@link Double#compare}'s,
     * as a sort's, so the values picked are the sort's.
     */
    static double median(double[] values, int n) {
        double position = 0.5 * (n + 1);
        if (position < 1) {
            return select(values, n, 0);
        }
        if (position >= n) {
            return select(values, n, n - 1);
        }
        int below = (int) Math.floor(position);
        double lower = select(values, n, below - 1);
        // after the selection every value from index below on is at least lower: the next is their least
        double upper = values[below];
        for (int i = below + 1; i < n; i++) {
            if (Double.compare(values[i], upper) < 0) {
                upper = values[i];
            }
        }
        return lower + (position - below) * (upper - lower);
    }

    /**
     * The k-th least of the first n values (from 0), in place: afterwards the values before index k are
     * no greater and those after it no less (Hoare's selection, the middle of three as pivot).
     */
    static double select(double[] values, int n, int k) {
        int left = 0;
        int right = n - 1;
        while (right > left) {
            int middle = (left + right) >>> 1;
            // the middle of three at values[middle], the least at left, the greatest at right
            if (Double.compare(values[middle], values[left]) < 0) {
                swap(values, middle, left);
            }
            if (Double.compare(values[right], values[left]) < 0) {
                swap(values, right, left);
            }
            if (Double.compare(values[right], values[middle]) < 0) {
                swap(values, right, middle);
            }
            double pivot = values[middle];
            int i = left;
            int j = right;
            while (i <= j) {
                while (Double.compare(values[i], pivot) < 0) {
                    i++;
                }
                while (Double.compare(values[j], pivot) > 0) {
                    j--;
                }
                if (i <= j) {
                    swap(values, i++, j--);
                }
            }
            if (k <= j) {
                right = j;
            } else if (k >= i) {
                left = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static void swap(double[] values, int a, int b) {
        double kept = values[a];
        values[a] = values[b];
        values[b] = kept;
    }
}
