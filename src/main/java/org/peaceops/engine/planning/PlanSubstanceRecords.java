package org.peaceops.engine.planning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What gives the plan substance besides its benchmarks (resolution 2594, OP 2 and 12): the roles matrix
 * and the role of the regional organisations consulted in planning.
 */
@Repository
public class PlanSubstanceRecords {

    /** The actors of the roles matrix, in the order the plan lists them. */
    public static final List<String> ACTORS = List.of("MISSION", "UNCT", "HOST_GOVERNMENT", "PARTNERS");

    private final JdbcClient jdbc;
    private final Clock clock;

    public PlanSubstanceRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A round of the roles matrix: one row per actor; the latest round is the matrix. */
    public void recordRoles(String operationCode, List<Role> roles, String link, String user) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Role role : roles) {
            jdbc.sql(
                            """
                    insert into plan_role (operation_code, actor, responsibilities, document_link, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(operationCode, role.actor(), role.responsibilities(), link, user, now)
                    .update();
        }
    }

    /** The roles matrix: each actor's latest responsibilities, in the order of {@link #ACTORS}. */
    public List<Role> roles(String operationCode) {
        return jdbc
                .sql(
                        """
                select actor, responsibilities from plan_role r
                where operation_code = ? and id = (select max(id) from plan_role l
                                                   where l.operation_code = r.operation_code and l.actor = r.actor)""")
                .param(operationCode)
                .query((rs, n) -> new Role(rs.getString("actor"), rs.getString("responsibilities")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingInt(role -> ACTORS.indexOf(role.actor())))
                .toList();
    }

    public void recordRegionalRole(String operationCode, RegionalRole role, String user) {
        jdbc.sql(
                        """
                insert into regional_role (operation_code, organisations, consulted_on, views, roles, document_link,
                                           recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        operationCode,
                        role.organisations(),
                        role.consultedOn(),
                        role.views(),
                        role.roles(),
                        role.link(),
                        user,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The regional organisations' consultations in planning, oldest first. */
    public List<RegionalRole> regionalRoles(String operationCode) {
        return jdbc.sql(
                        """
                select organisations, consulted_on, views, roles, document_link from regional_role
                where operation_code = ? order by id""")
                .param(operationCode)
                .query((rs, n) -> new RegionalRole(
                        rs.getString("organisations"),
                        rs.getObject("consulted_on", LocalDate.class),
                        rs.getString("views"),
                        rs.getString("roles"),
                        rs.getString("document_link")))
                .list();
    }

    /** An actor of the roles matrix (one of {@link #ACTORS}) and what it does in the transition. */
    public record Role(String actor, String responsibilities) {}

    /** The regional organisations consulted, on which day, what they said and the role each takes. */
    public record RegionalRole(String organisations, LocalDate consultedOn, String views, String roles, String link) {}
}
