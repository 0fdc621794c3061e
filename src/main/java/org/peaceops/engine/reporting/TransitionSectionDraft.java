package org.peaceops.engine.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peaceops.engine.risk.RiskRegister;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The first draft of a report's transition section: what the records say on a day (stage, benchmark
 * statuses, drawdown, open escalations, the PBC's latest advice, open risks), in words and in the
 * operation's working language, with the day of its figures.
 */
@Component
public class TransitionSectionDraft {

    private final TransitionStatusReport status;
    private final RiskRegister risks;
    private final MessageSource messages;

    public TransitionSectionDraft(TransitionStatusReport status, RiskRegister risks, MessageSource messages) {
        this.status = status;
        this.risks = risks;
        this.messages = messages;
    }

    public String of(String operation, LocalDate day, WorkingLanguage language) {
        Locale locale = language.locale();
        StringBuilder text = new StringBuilder(say(locale, "report.section.asOf", day)).append('\n');
        status.asOf(day, operation::equals).operations().forEach(o -> {
            text.append(say(locale, "report.section.stage", say(locale, "stage." + o.stage())))
                    .append('\n');
            List<String> benchmarks = o.benchmarks().stream()
                    .map(b -> say(
                            locale, "report.section.benchmark", b.code(), say(locale, "benchmarkStatus." + b.status())))
                    .toList();
            text.append(say(
                            locale,
                            "report.section.benchmarks",
                            benchmarks.isEmpty()
                                    ? say(locale, "report.section.none")
                                    : benchmarks.stream().collect(Collectors.joining(", "))))
                    .append('\n');
            text.append(say(
                            locale,
                            "report.section.drawdown",
                            o.sites().closed(),
                            o.sites().total()))
                    .append('\n');
            text.append(say(locale, "report.section.escalations", o.openEscalations()))
                    .append('\n');
            text.append(say(
                            locale,
                            "report.section.pbc",
                            o.lastPbcAdvice() == null
                                    ? say(locale, "report.section.none")
                                    : o.lastPbcAdvice().date()))
                    .append('\n');
        });
        long openRisks = risks.risks(operation).stream()
                .filter(risk -> !"CLOSED".equals(risk.status()))
                .count();
        return text.append(say(locale, "report.section.risks", openRisks)).toString();
    }

    private String say(Locale locale, String key, Object... args) {
        // numbers and days as they are: MessageFormat would write 1,000 or a long date
        Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(key, plain, locale);
    }
}
