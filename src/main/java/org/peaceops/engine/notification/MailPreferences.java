package org.peaceops.engine.notification;

import org.camunda.bpm.engine.IdentityService;
import org.peaceops.engine.camunda.EngineCommands;
import org.springframework.stereotype.Component;

/**
 * Whether a person wants e-mail: the engine's user info {@value #KEY}, {@code off} for no mail; no
 * entry (or any other value) means yes. Read as each mail is sent, so that turning mail off holds for
 * mail already written and not yet sent.
 */
@Component
public class MailPreferences {

    /** The user-info key; the value {@value #OFF} turns e-mail off. */
    public static final String KEY = "transition.mail";

    public static final String OFF = "off";
    public static final String ON = "on";

    private final IdentityService identityService;
    private final EngineCommands commands;

    MailPreferences(IdentityService identityService, EngineCommands commands) {
        this.identityService = identityService;
        this.commands = commands;
    }

    public boolean wantsMail(String userId) {
        return !OFF.equals(commands.withoutAuthorization(() -> identityService.getUserInfo(userId, KEY)));
    }

    /** A person's own choice: written on the engine's account, since staff may not edit users. */
    public void choose(String userId, boolean email) {
        commands.withoutAuthorization(() -> identityService.setUserInfo(userId, KEY, email ? ON : OFF));
    }
}
