package org.peaceops.engine.camunda;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener told of every user task as it is created, after the model's own create listeners: the
 * task's name, due date and candidates are final by then. Beans of this type are attached to every
 * user task of every model.
 */
public interface UserTaskCreationListener extends TaskListener {}
