package org.tocsin.access;

import org.tocsin.common.Transactions;
import org.tocsin.situation.Situation;
import org.tocsin.situation.SituationStore;

import java.util.List;
import java.util.Optional;

/**
 * A situation store that, in the same transaction as creating a situation, registers the groups
 * and people its file's bodies imply ({@link DirectoryService#registerBodies}): the Council exists in
 * the directory as soon as the situation does. A decorator, so the situation capability need not
 * know the directory; it can be replaced by an explicit call where situations are created.
 */
public final class BodiesRegisteringSituationStore implements SituationStore {

    private final SituationStore delegate;
    private final java.util.function.Supplier<DirectoryService> directory;
    private final Transactions transactions;

    public BodiesRegisteringSituationStore(SituationStore delegate, java.util.function.Supplier<DirectoryService> directory,
                                           Transactions transactions) {
        this.delegate = delegate;
        this.directory = directory;
        this.transactions = transactions;
    }

    @Override
    public boolean create(Situation situation) {
        return transactions.inTransaction(tx -> {
            boolean created = delegate.create(situation);
            if (created) directory.get().registerBodies(situation);
            return created;
        });
    }

    @Override public Optional<Situation> find(String id) { return delegate.find(id); }

    @Override public boolean exists(String id) { return delegate.exists(id); }

    @Override public List<Situation> list() { return delegate.list(); }
}
