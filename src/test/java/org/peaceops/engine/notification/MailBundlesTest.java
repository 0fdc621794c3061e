package org.peaceops.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.closure.Closure;
import org.peaceops.engine.drawdown.DrawdownAlert;
import org.peaceops.engine.drawdown.DrawdownPhase;
import org.peaceops.engine.monitoring.PostTransition;
import org.peaceops.engine.pbc.PbcConsultation;
import org.peaceops.engine.review.BenchmarkReview;

/** The mail's words exist in every language, for every kind of escalation the processes open. */
class MailBundlesTest {

    static final List<String> ESCALATION_KINDS = List.of(
            Closure.FINANCIAL_CLIFF,
            BenchmarkReview.OVERDUE_ESCALATION,
            PbcConsultation.LATE_ESCALATION,
            DrawdownPhase.PAUSED_ESCALATION,
            DrawdownAlert.SITE_OVERDUE,
            DrawdownAlert.PHASE_OVERRUN,
            PostTransition.RELAPSE_ESCALATION);

    @Test
    void frenchSaysEverythingEnglishSays() throws IOException {
        assertThat(bundle("mail_fr").stringPropertyNames())
                .isEqualTo(bundle("mail").stringPropertyNames());
    }

    @Test
    void everyKindOfEscalationIsSaidInWords() throws IOException {
        for (String bundle : List.of("mail", "mail_fr")) {
            Properties words = bundle(bundle);
            for (String kind : ESCALATION_KINDS) {
                assertThat(words.getProperty("mail.escalation.kind." + kind))
                        .as("%s in %s", kind, bundle)
                        .isNotBlank()
                        .doesNotContain("_");
            }
        }
    }

    /** MessageFormat takes a straight apostrophe for a quote: the texts use the typographic one. */
    @Test
    void noTextHasAStraightApostrophe() throws IOException {
        for (String bundle : List.of("mail", "mail_fr")) {
            bundle(bundle).forEach((key, text) -> assertThat((String) text)
                    .as("%s in %s", key, bundle)
                    .doesNotContain("'"));
        }
    }

    static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = MailBundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
