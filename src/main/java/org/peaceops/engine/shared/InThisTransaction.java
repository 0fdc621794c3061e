package org.peaceops.engine.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the current transaction wrote itself, kept until it ends, so that it need not read it back: an
 * operation it registered, a tenant it opened. Outside a transaction nothing is kept, and each reader
 * reads the database as before. Each holder keeps its own facts, bound to the transaction under the
 * holder itself.
 *
 * @param <K> what a fact is about (an operation code)
 * @param <V> the fact
 */
public final class InThisTransaction<K, V> {

    /** Keeps the fact until the transaction ends; nothing outside one. */
    public void remember(K key, V value) {
        Map<K, V> facts = facts(true);
        if (facts != null) {
            facts.put(key, value);
        }
    }

    /** The fact kept in this transaction, if any. */
    public Optional<V> recall(K key) {
        Map<K, V> facts = facts(false);
        return facts == null ? Optional.empty() : Optional.ofNullable(facts.get(key));
    }

    /** Drops the fact: the transaction changed what it was about. */
    public void forget(K key) {
        Map<K, V> facts = facts(false);
        if (facts != null) {
            facts.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> facts(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<K, V> facts = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
        if (facts == null && create) {
            Map<K, V> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(InThisTransaction.this);
                }
            });
            facts = created;
        }
        return facts;
    }
}
