package org.peaceops.engine.assessment;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The assessment's consultations: which task consults whom, and the variables of its form. Each
 * consultation has its own variable prefix, since the four run side by side in one instance.
 */
public enum ConsultationStep {
    HOST_GOVERNMENT(StrategicAssessment.TASK_CONSULT_HOST_GOVERNMENT, "HOST_GOVERNMENT", "hostConsultation", false),
    RC_UNCT(StrategicAssessment.TASK_CONSULT_RC_UNCT, "UN_COUNTRY_TEAM", "unctConsultation", false),
    CIVIL_SOCIETY(StrategicAssessment.TASK_CONSULT_CIVIL_SOCIETY, "CIVIL_SOCIETY", "civilSocietyConsultation", true),
    REGIONAL_ORGANISATIONS(
            StrategicAssessment.TASK_CONSULT_REGIONAL_ORGANISATIONS,
            "REGIONAL_ORGANIZATION",
            "regionalConsultation",
            false);

    private final String taskId;
    private final String counterpart;
    private final String prefix;
    private final boolean countsParticipation;

    ConsultationStep(String taskId, String counterpart, String prefix, boolean countsParticipation) {
        this.taskId = taskId;
        this.counterpart = counterpart;
        this.prefix = prefix;
        this.countsParticipation = countsParticipation;
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
