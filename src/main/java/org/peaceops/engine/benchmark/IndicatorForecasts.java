package org.peaceops.engine.benchmark;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.engine.shared.CalendarDates;

/**
 * The readiness forecast of one indicator from its values up to a date, in the indicator's own terms
 * (the same as decision indicator-status's):
 *
 * <ul>
 *   <li>a number (NUMBER, PERCENT, ORDINAL) meets its target when its value reaches it, upwards, or
 *       downwards for direction DECREASE. Met already: the date since which the values have reached
 *       it. Otherwise, from three values on, the Theil–Sen line through them (x in days) gives the
 *       day it reaches the target, never earlier than the as-of date (a line that has crossed the
 *       target while the latest value has not says "by now"); a flat line, one pointing away, or one
 *       that gets there only after 2100 is not on trend;
 *   <li>a yes-or-no indicator has no trend to fit. BOOLEAN: met since the first of its latest run of
 *       true values, otherwise no forecast. MILESTONE: its value is the milestone's date, reached
 *       (met) when on or before the as-of date, otherwise the date expected, as recorded.
 * </ul>
 */
final class IndicatorForecasts {

    /** Below this many values a line says more about the noise than about the pace. */
    static final int MINIMUM_POINTS = 3;

    private IndicatorForecasts() {}

    static Forecast of(
            String type, String direction, String target, List<BenchmarkRecords.Value> values, LocalDate asOf) {
        if (values.isEmpty()) {
            return Forecast.none(Forecast.TOO_LITTLE_DATA);
        }
        return switch (type) {
            case "BOOLEAN" -> yesOrNo(values);
            case "MILESTONE" -> milestone(values.get(values.size() - 1), asOf);
            default -> number("DECREASE".equals(direction), number(target), values, asOf);
        };
    }

    private static Forecast yesOrNo(List<BenchmarkRecords.Value> values) {
        LocalDate since = null;
        for (int i = values.size() - 1; i >= 0 && "true".equals(values.get(i).value()); i--) {
            since = values.get(i).asOf();
        }
        return since == null ? Forecast.none(Forecast.NO_TREND_YES_OR_NO) : Forecast.metOn(since);
    }

    private static Forecast milestone(BenchmarkRecords.Value latest, LocalDate asOf) {
        return CalendarDates.iso(latest.value())
                .map(on -> on.isAfter(asOf) ? Forecast.by(on) : Forecast.metOn(on))
                .orElseGet(() -> Forecast.none(Forecast.TOO_LITTLE_DATA));
    }

    private static Forecast number(
            boolean downwards, Double target, List<BenchmarkRecords.Value> values, LocalDate asOf) {
        if (target == null) {
            return Forecast.none(Forecast.NO_TARGET);
        }
        List<LocalDate> days = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (BenchmarkRecords.Value value : values) {
            Double number = number(value.value());
            if (number != null) {
                days.add(value.asOf());
                numbers.add(number);
            }
        }
        LocalDate metSince = null;
        for (int i = numbers.size() - 1; i >= 0 && reaches(numbers.get(i), target, downwards); i--) {
            metSince = days.get(i);
        }
        if (metSince != null) {
            return Forecast.metOn(metSince);
        }
        if (numbers.size() < MINIMUM_POINTS) {
            return Forecast.none(Forecast.TOO_LITTLE_DATA);
        }
        LocalDate first = days.get(0);
        double[] x = days.stream()
                .mapToDouble(day -> ChronoUnit.DAYS.between(first, day))
                .toArray();
        double[] y = numbers.stream().mapToDouble(Double::doubleValue).toArray();
        TheilSen.Line line = TheilSen.fit(x, y);
        boolean towards = downwards ? line.slope() < 0 : line.slope() > 0;
        if (!towards) {
            return Forecast.none(Forecast.NOT_ON_TREND);
        }
        double reachedAt = line.xAt(target);
        if (reachedAt > ChronoUnit.DAYS.between(first, CalendarDates.LATEST)) {
            return Forecast.none(Forecast.NOT_ON_TREND);
        }
        if (reachedAt <= ChronoUnit.DAYS.between(first, asOf)) {
            return Forecast.by(asOf);
        }
        return Forecast.by(first.plusDays((long) Math.ceil(reachedAt)));
    }

    private static boolean reaches(double value, double target, boolean downwards) {
        return downwards ? value <= target : value >= target;
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(text);
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null; // a non-numeric target (imported as text) is no target, as for indicator-status
        }
    }
}
