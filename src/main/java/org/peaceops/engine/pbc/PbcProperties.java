package org.peaceops.engine.pbc;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Peacebuilding Commission's advice ({@code transition.pbc.*}).
 *
 * @param escalateDaysBefore the advice not in this many days before it is needed goes to PBSO and HQ
 *     to chase
 */
@ConfigurationProperties("transition.pbc")
public record PbcProperties(int escalateDaysBefore) {

    public PbcProperties {
        escalateDaysBefore = escalateDaysBefore > 0 ? escalateDaysBefore : 14;
    }
}
