package org.peaceops.engine.planning;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The financial-cliff rule: UNCT funding that covers less than {@code cliffThreshold} of the
 * mission's programme budget raises an escalation ({@code transition.financing.cliff-threshold}).
 */
@ConfigurationProperties("transition.financing")
public record FinancingProperties(BigDecimal cliffThreshold, int escalationDueDays) {

    public FinancingProperties {
        if (cliffThreshold == null) {
            cliffThreshold = new BigDecimal("0.50");
        }
        if (cliffThreshold.signum() < 0 || cliffThreshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("transition.financing.cliff-threshold must be between 0 and 1");
        }
        if (escalationDueDays <= 0) {
            escalationDueDays = 14;
        }
    }
}
