package org.peaceops.engine.web;

import org.peaceops.engine.web.ProductionCredentialsCheck.MissingAdminCredentialsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a refused production start in plain words instead of a stack trace. */
public class MissingAdminCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminCredentialsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminCredentialsException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set ADMIN_USER and ADMIN_PASSWORD in the environment of the engine, or start without the prod "
                        + "profile to use the demo users.",
                cause);
    }
}
