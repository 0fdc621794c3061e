package org.peaceops.engine.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for dates: ISO YYYY-MM-DD, a day that exists, from 1945-10-24 to 2100-12-31. */
class CalendarDatesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000-01-01",
                "+99999-01-01",
                "-0001-01-01",
                "2021-02-30",
                "2023-02-29",
                "2024-13-01",
                "2024-00-10",
                "2024-04-31",
                "1945-10-23",
                "2101-01-01",
                "9999-12-31",
                "2024-6-30",
                "20240630",
                "2024-06-30T00:00",
                " 2024-06-30",
                "２０２４-０６-３０",
                ""
            })
    void aDateThatCannotExistOrLiesOutsideTheBoundsIsRefused(String text) {
        assertThat(CalendarDates.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1945-10-24", "2100-12-31", "2024-02-29", "2000-02-29"})
    void aRealDateWithinTheBoundsIsRead(String text) {
        assertThat(CalendarDates.parse(text)).contains(LocalDate.parse(text));
    }

    @org.junit.jupiter.api.Test
    void noTextIsNoDate() {
        assertThat(CalendarDates.parse(null)).isEmpty();
    }
}
