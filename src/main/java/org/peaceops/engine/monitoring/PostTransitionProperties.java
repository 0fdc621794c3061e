package org.peaceops.engine.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * After the withdrawal ({@code transition.post-transition.*}).
 *
 * @param checkMonths months between two checks for relapse (quarterly)
 * @param liquidationMonths months after the withdrawal by which the liquidation is due
 */
@ConfigurationProperties("transition.post-transition")
public record PostTransitionProperties(int checkMonths, int liquidationMonths) {

    public PostTransitionProperties {
        checkMonths = checkMonths > 0 ? checkMonths : 3;
        liquidationMonths = liquidationMonths > 0 ? liquidationMonths : 18;
    }
}
