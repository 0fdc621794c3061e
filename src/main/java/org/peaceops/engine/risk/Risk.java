package org.peaceops.engine.risk;

/** A risk of the register, as recorded. */
public record Risk(
        long id,
        String category,
        String description,
        String likelihood,
        String impact,
        String owner,
        String mitigation,
        String status) {}
