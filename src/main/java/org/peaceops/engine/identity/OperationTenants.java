package org.peaceops.engine.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Service;

/**
 * One tenant per operation (tenant id = operation code). Headquarters and administrators belong to
 * every one; an operation's own staff are added one by one, so that staff of one operation never see
 * another's work.
 */
@Service
public class OperationTenants {

    private final IdentityService identityService;

    public OperationTenants(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Creates the operation's tenant with headquarters and administrators in it, unless it exists. */
    public void open(String operationCode, String operationName) {
        var commandContext = Context.getCommandContext();
        // Registering a transition needs no identity rights of the person who starts it.
        if (commandContext == null) {
            create(operationCode, operationName);
        } else {
            commandContext.runWithoutAuthorization(() -> {
                create(operationCode, operationName);
                return null;
            });
        }
    }

    /** Adds a member of the operation's staff to its tenant, unless already there. */
    public void addStaff(String operationCode, String userId) {
        boolean member = identityService
                        .createTenantQuery()
                        .tenantId(operationCode)
                        .userMember(userId)
                        .count()
                > 0;
        if (!member) {
            identityService.createTenantUserMembership(operationCode, userId);
        }
    }

    private void create(String operationCode, String operationName) {
        if (identityService.createTenantQuery().tenantId(operationCode).count() > 0) {
            return;
        }
        var tenant = identityService.newTenant(operationCode);
        tenant.setName(operationName);
        identityService.saveTenant(tenant);
        for (String group : everyTenantGroups()) {
            if (identityService.createGroupQuery().groupId(group).count() > 0) {
                identityService.createTenantGroupMembership(operationCode, group);
            }
        }
    }

    static List<String> everyTenantGroups() {
        List<String> groups = new ArrayList<>(ActorGroup.headquartersIds());
        groups.add(Groups.CAMUNDA_ADMIN);
        return groups;
    }
}
