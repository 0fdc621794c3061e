package org.peaceops.engine.lesson;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.drawdown.DrawdownReads;
import org.springframework.stereotype.Component;

/**
 * Lessons learned (resolution 2594, OP 9): recorded as each phase ends, searchable so that the next
 * transition can use them.
 */
@Component
public class Lessons {

    static final int MAX_RESULTS = 200;

    private final LessonRecords records;
    private final DrawdownReads phases;
    private final CurrentUser currentUser;

    public Lessons(LessonRecords records, DrawdownReads phases, CurrentUser currentUser) {
        this.records = records;
        this.phases = phases;
        this.currentUser = currentUser;
    }

    /** Task_RecordLesson: one lesson of the phase. */
    public void recorded(DelegateTask task) {
        records.add(
                task.getExecution().getProcessBusinessKey(),
                (Long) task.getVariable(PHASE_ID),
                new LessonRecords.NewLesson(
                        FormValues.text(task, LESSON_CATEGORY),
                        FormValues.text(task, LESSON_TITLE),
                        FormValues.text(task, LESSON_TEXT),
                        FormValues.text(task, LESSON_RECOMMENDATION)),
                currentUser.completing(task));
    }

    /**
     * Task_RecordTransitionLesson (closure): a lesson of the transition as a whole, with no phase, taken
     * as the transition closes.
     */
    public void recordedForTransition(DelegateTask task) {
        records.add(
                task.getExecution().getProcessBusinessKey(),
                null,
                new LessonRecords.NewLesson(
                        FormValues.text(task, LESSON_CATEGORY),
                        FormValues.text(task, LESSON_TITLE),
                        FormValues.text(task, LESSON_TEXT),
                        FormValues.text(task, LESSON_RECOMMENDATION)),
                currentUser.completing(task));
    }

    /**
     * The lessons of the given operations whose title, text, recommendation, category or phase
     * contains every word of the query (case-insensitive), newest first; all of them for an empty
     * query. A lesson's phase is one of its operation's phases (the lifecycle records it from its own
     * drawdown), so the phases named like a word are looked for among the operations' phases.
     */
    public List<Lesson> search(List<String> operationCodes, String query) {
        if (operationCodes.isEmpty()) {
            return List.of();
        }
        List<String> words = query == null || query.isBlank()
                ? List.of()
                : List.of(query.trim().toLowerCase(Locale.ROOT).split("\\s+"));
        List<LessonRecords.Word> matches = words.stream()
                .map(word -> "%" + escapeLike(word) + "%")
                .map(pattern -> new LessonRecords.Word(pattern, phases.phasesNamedLike(operationCodes, pattern)))
                .toList();
        var rows = records.search(operationCodes, matches, MAX_RESULTS);
        Map<Long, String> labels = phases.phaseLabels(rows.stream()
                .map(LessonRecords.LessonRow::phaseId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return rows.stream()
                .map(row -> new Lesson(
                        row.id(),
                        row.operationCode(),
                        row.phaseId() == null ? null : labels.get(row.phaseId()),
                        row.category(),
                        row.title(),
                        row.lesson(),
                        row.recommendation(),
                        row.recordedBy(),
                        row.recordedAt().toString()))
                .toList();
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public record Lesson(
            long id,
            String operation,
            String phase,
            String category,
            String title,
            String lesson,
            String recommendation,
            String recordedBy,
            String recordedAt) {}
}
