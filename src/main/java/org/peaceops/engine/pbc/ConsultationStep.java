package org.peaceops.engine.pbc;

/**
 * The consultations the processes hold: whom each consults, at which stage, and the variables of its
 * form. Each consultation has its own variable prefix, since several run side by side. Each
 * consultation task has its own recorder, which names its step here.
 */
public enum ConsultationStep {
    /** Task_ConsultHostGovernment (strategic assessment). */
    HOST_GOVERNMENT("HOST_GOVERNMENT", "hostConsultation", false, "ASSESSMENT"),
    /** Task_ConsultRcUnct (strategic assessment). */
    RC_UNCT("UN_COUNTRY_TEAM", "unctConsultation", false, "ASSESSMENT"),
    /** Task_ConsultCivilSociety (strategic assessment). */
    CIVIL_SOCIETY("CIVIL_SOCIETY", "civilSocietyConsultation", true, "ASSESSMENT"),
    /** Task_ConsultRegionalOrganisations (strategic assessment). */
    REGIONAL_ORGANISATIONS("REGIONAL_ORGANIZATION", "regionalConsultation", false, "ASSESSMENT"),
    /**
     * Task_ConsultCommunitiesOnPlan (joint planning): women, youth and communities on the draft plan
     * (resolution 2594, OP 2 and 6).
     */
    COMMUNITIES_ON_PLAN("CIVIL_SOCIETY", "planConsultation", true, "PLANNING");

    private final String counterpart;
    private final String prefix;
    private final boolean countsParticipation;
    private final String stage;

    ConsultationStep(String counterpart, String prefix, boolean countsParticipation, String stage) {
        this.counterpart = counterpart;
        this.prefix = prefix;
        this.countsParticipation = countsParticipation;
        this.stage = stage;
    }

    /** The stage of the transition in which the consultation is held. */
    public String stage() {
        return stage;
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
}
