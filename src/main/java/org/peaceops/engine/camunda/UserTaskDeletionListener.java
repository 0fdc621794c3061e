package org.peaceops.engine.camunda;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener told of every user task its process deletes without completing it (an interrupting
 * event, a cancelled instance). Beans of this type are attached to every user task of every model.
 */
public interface UserTaskDeletionListener extends TaskListener {}
