package org.peaceops.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.api.Test;

/**
 * The forecast's median is Apache Commons Math's, number for number: odd and even counts up to
 * hundreds of values, ties, negative values, zeros and large magnitudes, the pairwise slopes of a
 * series among them.
 */
class TheilSenMedianTest {

    @Test
    void theMedianIsCommonsMathsMedianForEveryKindOfSeries() {
        Random random = new Random(15);
        for (int run = 0; run < 200_000; run++) {
            // mostly short series, and one in ten as long as a past day's slopes (378 for 28 points)
            int n = 1 + random.nextInt(run % 10 == 0 ? 500 : 12);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(5);
                    case 1 -> random.nextGaussian() * 1e6;
                    case 2 -> -random.nextDouble();
                    default -> random.nextInt(600) / 7.0;
                };
            }
            double expected = new Median().evaluate(values.clone());

            // + 0.0: the sign of a zero aside, which neither the line's direction nor its crossing reads
            assertThat(TheilSen.median(values.clone(), n) + 0.0)
                    .as("median of %s", values)
                    .isEqualTo(expected + 0.0);
        }
    }

    @Test
    void theSelectedMedianIsTheSortedOnesBitForBitWithSignedZerosInfinitiesAndNotANumber() {
        Random random = new Random(15);
        double[] special = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0};
        for (int run = 0; run < 50_000; run++) {
            int n = 1 + random.nextInt(40);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = special[random.nextInt(special.length)];
            }

            assertThat(Double.doubleToRawLongBits(TheilSen.median(values.clone(), n)))
                    .as("median of %s", java.util.Arrays.toString(values))
                    .isEqualTo(Double.doubleToRawLongBits(sortedMedian(values.clone(), n)));
        }
    }

    /** The median as it was worked out before the selection: the whole array sorted. */
    private static double sortedMedian(double[] values, int n) {
        java.util.Arrays.sort(values, 0, n);
        double position = 0.5 * (n + 1);
        if (position < 1) {
            return values[0];
        }
        if (position >= n) {
            return values[n - 1];
        }
        int below = (int) Math.floor(position);
        return values[below - 1] + (position - below) * (values[below] - values[below - 1]);
    }

    @Test
    void theMedianOfTheFirstValuesLeavesTheRestAlone() {
        double[] values = {9, 1, 5, 100, -100};

        assertThat(TheilSen.median(values, 3)).isEqualTo(5);
        assertThat(values[3]).isEqualTo(100);
        assertThat(values[4]).isEqualTo(-100);
    }
}
