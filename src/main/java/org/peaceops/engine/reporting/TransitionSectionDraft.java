package org.peaceops.engine.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peaceops.engine.lesson.LessonRecords;
import org.peaceops.engine.risk.RiskRegister;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The first draft of a report's transition section: what the records say on a day (stage, benchmark
 * statuses, drawdown, open escalations, the PBC's latest advice, open risks, and the lessons recorded
 * for the operation and the rule-of-law functions mapped and handed over; resolution 2594, OP 7 and
 * 9), in words and in the operation's working language,
 * with the day of its figures.
 */
@Component
public class TransitionSectionDraft {

    /** The lessons named in the section, newest first: the section is a summary, the store has them all. */
    static final int LESSONS_NAMED = 5;

    private final TransitionStatusReport status;
    private final RiskRegister risks;
    private final LessonRecords lessons;
    private final RuleOfLawHandovers ruleOfLaw;
    private final MessageSource messages;

    public TransitionSectionDraft(
            TransitionStatusReport status,
            RiskRegister risks,
            LessonRecords lessons,
            RuleOfLawHandovers ruleOfLaw,
            MessageSource messages) {
        this.status = status;
        this.risks = risks;
        this.lessons = lessons;
        this.ruleOfLaw = ruleOfLaw;
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
        text.append(say(locale, "report.section.risks", openRisks)).append('\n');
        text.append(lessons(operation, locale)).append('\n');
        return text.append(ruleOfLaw(operation, locale)).toString();
    }

    /**
     * OP 7: the rule-of-law functions mapped for handover, how many are handed over or withheld, and
     * which were handed over to whom.
     */
    private String ruleOfLaw(String operation, Locale locale) {
        var functions = ruleOfLaw.ofOperation(operation);
        if (functions.isEmpty()) {
            return say(locale, "report.section.ruleOfLaw.none");
        }
        var handedOver = functions.stream()
                .filter(f -> RuleOfLawHandovers.HANDED_OVER.equals(f.status()))
                .toList();
        long withheld = functions.stream()
                .filter(f -> RuleOfLawHandovers.WITHHELD.equals(f.status()))
                .count();
        String counts = say(locale, "report.section.ruleOfLaw", functions.size(), handedOver.size(), withheld);
        if (handedOver.isEmpty()) {
            return counts;
        }
        return counts
                + '\n'
                + say(
                        locale,
                        "report.section.ruleOfLaw.handedOver",
                        handedOver.stream()
                                .map(f -> say(locale, "report.section.ruleOfLaw.item", f.function(), f.receiver()))
                                .collect(Collectors.joining("; ")));
    }

    /** OP 9: the lessons recorded for the operation, by their one-line titles, newest first. */
    private String lessons(String operation, Locale locale) {
        var recorded = lessons.ofOperations(List.of(operation), LESSONS_NAMED + 1);
        if (recorded.isEmpty()) {
            return say(locale, "report.section.lessons.none");
        }
        String titles = recorded.stream()
                .limit(LESSONS_NAMED)
                .map(LessonRecords.LessonRow::title)
                .collect(Collectors.joining("; "));
        return recorded.size() > LESSONS_NAMED
                ? say(locale, "report.section.lessons.more", titles)
                : say(locale, "report.section.lessons", titles);
    }

    private String say(Locale locale, String key, Object... args) {
        // numbers and days as they are: MessageFormat would write 1,000 or a long date
        Object[] plain = java.util.Arrays.stream(args).map(String::valueOf).toArray();
        return messages.getMessage(key, plain, locale);
    }
}
