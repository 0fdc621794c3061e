package org.peaceops.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.notification.MailPreferences;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own notification settings: whether they get e-mail of new tasks, escalations
 * and the daily digest. Everyone may read and change their own, nobody anyone else's.
 */
@RestController
@RequestMapping("/api/me/notifications")
class NotificationsController {

    private final CurrentUser currentUser;
    private final MailPreferences preferences;

    NotificationsController(CurrentUser currentUser, MailPreferences preferences) {
        this.currentUser = currentUser;
        this.preferences = preferences;
    }

    @GetMapping
    Notifications read() {
        return new Notifications(preferences.wantsMail(currentUser.id()));
    }

    /** {"email": false} turns e-mail off, {"email": true} on again. */
    @PutMapping
    Notifications change(@RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InputRejectedException.invalid("", "must be an object: {\"email\": true} or {\"email\": false}");
        }
        if (!body.path("email").isBoolean()) {
            throw InputRejectedException.invalid("/email", "is required: true for e-mail, false for none");
        }
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        fields.stream().filter(name -> !name.equals("email")).findFirst().ifPresent(name -> {
            throw InputRejectedException.invalid("/" + name, "is not a notification setting");
        });
        preferences.choose(currentUser.id(), body.path("email").booleanValue());
        return read();
    }

    /** Whether the person gets e-mail notifications. */
    record Notifications(boolean email) {}
}
