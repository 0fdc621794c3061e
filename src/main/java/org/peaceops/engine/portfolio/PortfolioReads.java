package org.peaceops.engine.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Phases with their sites, and the risk register, as the operations API shows them. */
@Service
public class PortfolioReads {

    private final JdbcClient jdbc;

    public PortfolioReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Phase> phases(String operationCode) {
        return jdbc.sql(
                        "select id, seq, name, planned_start, planned_end, status from phase where operation_code = ? order by seq")
                .param(operationCode)
                .query((rs, n) -> new Phase(
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        sites(rs.getLong(1))))
                .list();
    }

    private List<Site> sites(long phaseId) {
        return jdbc.sql(
                        "select name, type, area, status, closed_on, handover_to from site where phase_id = ? order by id")
                .param(phaseId)
                .query((rs, n) -> new Site(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .list();
    }

    private static final String SELECT_RISKS =
            "select id, category, description, likelihood, impact, owner, mitigation, status from risk where operation_code = ?";

    public List<Risk> risks(String operationCode) {
        return jdbc.sql(SELECT_RISKS + " order by id")
                .param(operationCode)
                .query(PortfolioReads::risk)
                .list();
    }

    public Optional<Risk> risk(String operationCode, long id) {
        return jdbc.sql(SELECT_RISKS + " and id = ?")
                .params(operationCode, id)
                .query(PortfolioReads::risk)
                .optional();
    }

    private static Risk risk(ResultSet rs, int row) throws SQLException {
        return new Risk(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }

    public record Phase(
            int seq, String name, LocalDate plannedStart, LocalDate plannedEnd, String status, List<Site> sites) {}

    public record Site(String name, String type, String area, String status, LocalDate closedOn, String handoverTo) {}

    public record Risk(
            long id,
            String category,
            String description,
            String likelihood,
            String impact,
            String owner,
            String mitigation,
            String status) {}
}
