package org.peaceops.engine.pbc;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.planning.JointTransitionPlanning;

/**
 * The consultations the processes hold: which task consults whom, at which stage, and the variables
 * of its form. Each consultation has its own variable prefix, since several run side by side.
 */
public enum ConsultationStep {
    HOST_GOVERNMENT(
            StrategicAssessment.TASK_CONSULT_HOST_GOVERNMENT,
            "HOST_GOVERNMENT",
            "hostConsultation",
            false,
            "ASSESSMENT"),
    RC_UNCT(StrategicAssessment.TASK_CONSULT_RC_UNCT, "UN_COUNTRY_TEAM", "unctConsultation", false, "ASSESSMENT"),
    CIVIL_SOCIETY(
            StrategicAssessment.TASK_CONSULT_CIVIL_SOCIETY,
            "CIVIL_SOCIETY",
            "civilSocietyConsultation",
            true,
            "ASSESSMENT"),
    REGIONAL_ORGANISATIONS(
            StrategicAssessment.TASK_CONSULT_REGIONAL_ORGANISATIONS,
            "REGIONAL_ORGANIZATION",
            "regionalConsultation",
            false,
            "ASSESSMENT"),
    /** Women, youth and communities on the draft plan (resolution 2594, OP 2 and 6). */
    COMMUNITIES_ON_PLAN(
            JointTransitionPlanning.TASK_CONSULT_COMMUNITIES, "CIVIL_SOCIETY", "planConsultation", true, "PLANNING");

    private final String taskId;
    private final String counterpart;
    private final String prefix;
    private final boolean countsParticipation;
    private final String stage;

    ConsultationStep(String taskId, String counterpart, String prefix, boolean countsParticipation, String stage) {
        this.taskId = taskId;
        this.counterpart = counterpart;
        this.prefix = prefix;
        this.countsParticipation = countsParticipation;
        this.stage = stage;
    }

    /** The stage of the transition in which the consultation is held. */
    public String stage() {
        return stage;
    }

    public static Optional<ConsultationStep> forTask(String taskId) {
        return Arrays.stream(values()).filter(s -> s.taskId.equals(taskId)).findFirst();
    }

    public String taskId() {
        return taskId;
    }

    /** The counterpart as the portfolio format names it. */
    public String counterpart() {
        return counterpart;
    }

    public String date() {
        return prefix + "Date";
    }

    public String topic() {
        return prefix + "Topic";
    }

    public String outcome() {
        return prefix + "Outcome";
    }

    public String recordLink() {
        return prefix + "RecordLink";
    }

    public String participants() {
        return prefix + "Participants";
    }

    public String women() {
        return prefix + "Women";
    }

    public String youth() {
        return prefix + "Youth";
    }

    public String personsWithDisabilities() {
        return prefix + "PersonsWithDisabilities";
    }

    public boolean countsParticipation() {
        return countsParticipation;
    }

    public Set<String> variables() {
        Stream<String> common = Stream.of(date(), topic(), outcome(), recordLink(), participants());
        Stream<String> participation =
                countsParticipation ? Stream.of(women(), youth(), personsWithDisabilities()) : Stream.empty();
        return Stream.concat(common, participation).collect(Collectors.toUnmodifiableSet());
    }
}
