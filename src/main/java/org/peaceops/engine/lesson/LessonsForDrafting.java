package org.peaceops.engine.lesson;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.camunda.TaskTexts;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.stereotype.Component;

/**
 * Lessons put to use (resolution 2594, OP 9): when terms of reference or a transition plan are
 * drafted, the most relevant lessons of earlier transitions of the same type, in words, in the
 * operation's language.
 */
@Component
public class LessonsForDrafting {

    /** The task variable the drafting forms show. */
    public static final String RELEVANT_LESSONS = "relevantLessons";

    static final int SHOWN = 3;
    /** How many of the newest lessons are weighed: enough for years of transitions, one query. */
    static final int WEIGHED = 500;

    /** Words too common in the operations' names to tell one transition from another. */
    private static final Set<String> COMMON = Set.of(
            "mission",
            "missions",
            "united",
            "nations",
            "operation",
            "office",
            "integrated",
            "support",
            "stabilization",
            "stabilisation",
            "multidimensional",
            "assistance",
            "organization",
            "republic",
            "democratic",
            "transition",
            "planned",
            "mandate",
            "training",
            "exercise",
            "with",
            "from",
            "that",
            "this",
            "pour",
            "dans",
            "avec",
            "unies");

    private final LessonRecords records;
    private final TransitionRegistry registry;
    private final TaskTexts texts;

    public LessonsForDrafting(LessonRecords records, TransitionRegistry registry, TaskTexts texts) {
        this.records = records;
        this.registry = registry;
        this.texts = texts;
    }

    /**
     * The lessons of other operations of the same type, those sharing the most words with the
     * operation (its name, host country, trigger) first, then the newest; at most {@code max}. With no
     * word in common, the newest lessons of its type.
     */
    public List<LessonRecords.LessonRow> relevantTo(String operationCode, int max) {
        var profile = registry.profile(operationCode).orElse(null);
        if (profile == null) {
            return List.of();
        }
        Set<String> words = words(profile);
        List<Scored> scored = new ArrayList<>();
        // of unknown type (a transition started by hand): the lessons of every other operation, in one query
        List<LessonRecords.LessonRow> rows = profile.type() == null
                ? records.ofOperationsOtherThan(operationCode, WEIGHED)
                : records.ofOperations(
                        registry.operationsOfType(profile.type()).stream()
                                .filter(code -> !code.equals(operationCode))
                                .toList(),
                        WEIGHED);
        for (int i = 0; i < rows.size(); i++) {
            scored.add(new Scored(rows.get(i), score(rows.get(i), words), i));
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::recency))
                .limit(max)
                .map(Scored::row)
                .toList();
    }

    /** The task's lessons in plain words, in its operation's language; a sentence when there are none yet. */
    public void show(DelegateTask task) {
        var lessons = relevantTo(task.getExecution().getProcessBusinessKey(), SHOWN);
        if (lessons.isEmpty()) {
            task.setVariableLocal(RELEVANT_LESSONS, texts.text(task, "text.lessons.none"));
            return;
        }
        StringBuilder text = new StringBuilder(texts.text(task, "text.lessons.intro", lessons.size()));
        for (var lesson : lessons) {
            text.append("\n\n")
                    .append(texts.text(
                            task,
                            "text.lessons.item",
                            lesson.title(),
                            lesson.operationCode(),
                            LocalDate.ofInstant(lesson.recordedAt(), ZoneOffset.UTC)
                                    .toString(),
                            lesson.lesson()));
            if (lesson.recommendation() != null && !lesson.recommendation().isBlank()) {
                text.append(' ').append(texts.text(task, "text.lessons.recommendation", lesson.recommendation()));
            }
        }
        task.setVariableLocal(RELEVANT_LESSONS, text.toString());
    }

    private static Set<String> words(TransitionRegistry.OperationProfile profile) {
        Set<String> words = new LinkedHashSet<>();
        for (String source : new String[] {profile.name(), profile.hostCountryName(), profile.trigger()}) {
            if (source == null) {
                continue;
            }
            for (String word : source.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4 && !COMMON.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static int score(LessonRecords.LessonRow row, Set<String> words) {
        String text = String.join(
                        " ",
                        row.category(),
                        row.title(),
                        row.lesson(),
                        row.recommendation() == null ? "" : row.recommendation())
                .toLowerCase(Locale.ROOT)
                .replace('_', ' ');
        return (int) words.stream().filter(text::contains).count();
    }

    private record Scored(LessonRecords.LessonRow row, int score, int recency) {}
}
