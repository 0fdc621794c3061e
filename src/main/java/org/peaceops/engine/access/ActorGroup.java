package org.peaceops.engine.access;

import java.util.Arrays;
import java.util.List;

/**
 * The candidate groups of the processes, one per actor. Headquarters groups work on every operation
 * and so belong to every operation's tenant; operation staff are added to their operation's tenant
 * one by one.
 */
public enum ActorGroup {
    HQ_TASK_FORCE("hq-task-force", "HQ integrated task force", true),
    EOSG("eosg", "Executive Office of the Secretary-General", true),
    PBSO("pbso", "Peacebuilding Support Office (PBC)", true),
    MISSION_LEADERSHIP("mission-leadership", "Mission leadership (SRSG/Head of Mission, DSRSG)", false),
    TRANSITION_CELL("transition-cell", "Mission planning and transition cell", false),
    MISSION_ANALYSIS("mission-analysis", "Mission analysis (JMAC)", false),
    POC_UNIT("poc-unit", "Protection of civilians unit", false),
    GENDER_ADVISER("gender-adviser", "Senior gender adviser", false),
    HUMAN_RIGHTS("human-rights", "Human rights component", false),
    HOST_GOVERNMENT("host-government", "Host government", false),
    RC_UNCT("rc-unct", "Resident Coordinator and UN Country Team", false),
    CIVIL_SOCIETY_LIAISON("civil-society-liaison", "Civil society liaison", false),
    REGIONAL_ORGANISATION("regional-organisation", "Regional organisations' liaison", false),
    UNDSS("undss", "UN Department of Safety and Security", false),
    MISSION_SUPPORT("mission-support", "Mission support", false);

    private final String id;
    private final String displayName;
    private final boolean headquarters;

    ActorGroup(String id, String displayName, boolean headquarters) {
        this.id = id;
        this.displayName = displayName;
        this.headquarters = headquarters;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public boolean headquarters() {
        return headquarters;
    }

    public static List<String> headquartersIds() {
        return Arrays.stream(values())
                .filter(ActorGroup::headquarters)
                .map(ActorGroup::id)
                .toList();
    }
}
